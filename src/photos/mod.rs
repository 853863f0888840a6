//! The photo pipeline: decode, turn upright, size for print, re-encode without metadata.

pub mod layout;

use std::io::Cursor;
use std::path::Path;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

pub use layout::{Placement, Plan};

/// A photo ready for the PDF: encoded bytes and the pixel size.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub bytes: Vec<u8>,
    /// `jpg` or `png`.
    pub ext: &'static str,
    pub width: u32,
    pub height: u32,
}

/// Photos larger than this many pixels are refused before decoding (a 100 MP camera fits).
pub const MAX_PIXELS: u64 = 120_000_000;
/// JPEG quality for re-encoded photos: no visible artefacts in print at 300 ppi.
pub const JPEG_QUALITY: u8 = 82;

/// A photo's upright pixel size, read from its header only.
pub fn upright_size(path: &Path) -> Result<(u32, u32), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let mut decoder = decoder(&bytes)?;
    let (w, h) = decoder.dimensions();
    let turned = matches!(
        decoder
            .orientation()
            .unwrap_or(image::metadata::Orientation::NoTransforms),
        image::metadata::Orientation::Rotate90
            | image::metadata::Orientation::Rotate270
            | image::metadata::Orientation::Rotate90FlipH
            | image::metadata::Orientation::Rotate270FlipH
    );
    Ok(if turned { (h, w) } else { (w, h) })
}

fn decoder(bytes: &[u8]) -> Result<impl ImageDecoder + '_, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = Limits::default();
    limits.max_alloc = Some(2 * 1024 * 1024 * 1024);
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(describe)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!(
            "the photo claims {w} x {h} pixels ({} megapixels); at most {} megapixels are accepted",
            u64::from(w) * u64::from(h) / 1_000_000,
            MAX_PIXELS / 1_000_000
        ));
    }
    Ok(decoder)
}

fn describe(e: image::ImageError) -> String {
    match e {
        image::ImageError::Unsupported(_) => "this kind of image is not supported".into(),
        image::ImageError::Limits(_) => "the photo is too large to decode".into(),
        other => format!("the photo cannot be decoded ({other}); it may be damaged or cut short"),
    }
}

/// Decodes, orients, crops (cover) or fits, downsizes to the placement and re-encodes.
pub fn prepare(path: &Path, place: &Placement) -> Result<Prepared, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let mut decoder = decoder(&bytes)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(describe)?;
    img.apply_orientation(orientation);
    let (tw, th) = place.pixels();
    if place.crop {
        img = crop_to_aspect(img, f64::from(tw) / f64::from(th));
    }
    let img = downsize(img, tw, th);
    encode(img)
}

fn crop_to_aspect(img: DynamicImage, aspect: f64) -> DynamicImage {
    let (w, h) = (img.width(), img.height());
    let current = f64::from(w) / f64::from(h);
    if current > aspect {
        let nw = (f64::from(h) * aspect).round() as u32;
        img.crop_imm((w - nw) / 2, 0, nw, h)
    } else {
        let nh = (f64::from(w) / aspect).round() as u32;
        img.crop_imm(0, (h - nh) / 2, w, nh)
    }
}

/// Fits inside (tw, th) keeping the aspect; never upscales.
fn downsize(img: DynamicImage, tw: u32, th: u32) -> DynamicImage {
    let scale =
        (f64::from(tw) / f64::from(img.width())).max(f64::from(th) / f64::from(img.height()));
    if scale >= 1.0 {
        return img;
    }
    let nw = ((f64::from(img.width()) * scale).round() as u32).max(1);
    let nh = ((f64::from(img.height()) * scale).round() as u32).max(1);
    img.resize_exact(nw, nh, image::imageops::FilterType::Lanczos3)
}

fn encode(img: DynamicImage) -> Result<Prepared, String> {
    let (width, height) = (img.width(), img.height());
    if img.color().has_alpha() {
        let mut out = Vec::new();
        img.into_rgba8()
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .map_err(|e| e.to_string())?;
        return Ok(Prepared {
            bytes: out,
            ext: "png",
            width,
            height,
        });
    }
    let rgb = img.into_rgb8();
    let mut out = Vec::new();
    let encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
    let (w16, h16) = (
        u16::try_from(width).map_err(|_| "photo too wide")?,
        u16::try_from(height).map_err(|_| "photo too high")?,
    );
    encoder
        .encode(rgb.as_raw(), w16, h16, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| e.to_string())?;
    Ok(Prepared {
        bytes: out,
        ext: "jpg",
        width,
        height,
    })
}
