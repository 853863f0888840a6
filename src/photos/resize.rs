//! Cropping and downsizing with SIMD convolution (fast_image_resize, Lanczos3).

use fast_image_resize::images::Image;
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, RgbImage};

/// Resizes to fit (tw, th), or to fill it exactly with a centred crop when `crop`; never
/// upscales (a smaller photo keeps its pixels and prints at a lower resolution).
pub fn fit(
    img: DynamicImage,
    (tw, th): (u32, u32),
    crop: bool,
) -> Result<DynamicImage, crate::catalog::Message> {
    let (w, h) = (img.width(), img.height());
    // The source rectangle: the whole image, or the centred part with the target's aspect.
    let target_aspect = f64::from(tw) / f64::from(th);
    let (cw, ch) = if crop {
        if f64::from(w) / f64::from(h) > target_aspect {
            (
                (f64::from(h) * target_aspect).round().max(1.0),
                f64::from(h),
            )
        } else {
            (
                f64::from(w),
                (f64::from(w) / target_aspect).round().max(1.0),
            )
        }
    } else {
        (f64::from(w), f64::from(h))
    };
    let scale = (f64::from(tw) / cw).max(f64::from(th) / ch).min(1.0);
    let (nw, nh) = if crop && scale < 1.0 {
        (tw, th)
    } else {
        (
            ((cw * scale).round() as u32).max(1),
            ((ch * scale).round() as u32).max(1),
        )
    };
    let (left, top) = ((f64::from(w) - cw) / 2.0, (f64::from(h) - ch) / 2.0);
    if nw == w && nh == h {
        return Ok(img);
    }
    let options = ResizeOptions::new()
        .resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3))
        .crop(left, top, cw, ch);
    let fail = |e: &dyn std::fmt::Display| crate::msg!("photo-resize", detail = e.to_string());
    let src = Image::from_vec_u8(w, h, img.into_rgb8().into_raw(), PixelType::U8x3)
        .map_err(|e| fail(&e))?;
    let mut dst = Image::new(nw, nh, PixelType::U8x3);
    Resizer::new()
        .resize(&src, &mut dst, &options)
        .map_err(|e| fail(&e))?;
    RgbImage::from_raw(nw, nh, dst.into_vec())
        .map(DynamicImage::ImageRgb8)
        .ok_or_else(|| crate::msg!("photo-resize", detail = ""))
}
