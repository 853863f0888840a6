//! Photos for the web article: each in up to three widths, as WebP and as JPEG, through the
//! same steps as the print photos (upright, sRGB, no metadata) and the same cache.

use std::path::Path;

use sha2::{Digest, Sha256};

use super::key::PIPELINE_VERSION;
use super::{decode, encode, resize};
use crate::cache::{Cache, Kind};

/// The widths a photo is offered in: a phone at 1x, a phone at 2x and a desktop column, a
/// 3x phone or 2x desktop at full width (the cover only: gallery photos are never shown
/// wider than half the column). A photo narrower than a width is offered at its own width
/// instead, never enlarged.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
pub const GALLERY_WIDTHS: [u32; 2] = [480, 960];
/// WebP and JPEG quality for the screen: no artefacts show at 100% on a laptop; chosen with
/// the benchmark (the images of a phone's first screen stay well under 300 KB).
pub const WEBP_QUALITY: f32 = 74.0;
pub const JPEG_QUALITY: u8 = 78;

/// One width of a photo in both formats.
#[derive(Debug, Clone)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    /// Only for the widths asked for as JPEG too: every browser of the last years shows WebP.
    pub jpeg: Option<Vec<u8>>,
    pub webp: Vec<u8>,
}

/// The photo at `path` in each of `widths` (smallest first) as WebP; as JPEG too at the
/// second width (the fallback `src`) and, when `largest_jpeg`, at the largest (to share);
/// with the SHA-256 of the file as read.
pub fn variants(
    path: &Path,
    cache: Option<&Cache>,
    widths: &[u32],
    largest_jpeg: bool,
) -> Result<(Vec<Variant>, [u8; 32]), crate::catalog::Message> {
    let bytes = std::fs::read(path).map_err(|e| crate::msg!("cannot-read", reason = &e))?;
    let sha: [u8; 32] = Sha256::digest(&bytes).into();
    let (ow, oh) =
        decode::probe(std::io::Cursor::new(&bytes)).map_err(crate::catalog::Message::from)?;
    let sizes = sizes_for(ow, oh, widths);
    let wants_jpeg =
        |i: usize| i == fallback(sizes.len()) || (largest_jpeg && i + 1 == sizes.len());
    let key = |w: u32| {
        let mut h = Sha256::new();
        h.update(format!(
            "verslag-web-v{PIPELINE_VERSION}:{w}:{WEBP_QUALITY}:{JPEG_QUALITY}:"
        ));
        h.update(sha);
        crate::digest::hex(&h.finalize())
    };
    if let Some(cache) = cache {
        let cached: Option<Vec<Variant>> = sizes
            .iter()
            .enumerate()
            .map(|(i, &(width, height))| {
                let k = key(width);
                let jpeg = if wants_jpeg(i) {
                    Some(cache.get(Kind::WebPhotos, &k, "jpg")?)
                } else {
                    None
                };
                Some(Variant {
                    width,
                    height,
                    jpeg,
                    webp: cache.get(Kind::WebPhotos, &k, "webp")?,
                })
            })
            .collect();
        if let Some(found) = cached {
            return Ok((found, sha));
        }
    }
    let largest = *sizes.last().ok_or("the photo has no size")?;
    let decoded = decode::decode(&bytes, largest)?;
    drop(bytes);
    let mut out = Vec::new();
    for (i, &(width, height)) in sizes.iter().enumerate() {
        let img = resize::fit(decoded.image.clone(), (width, height), true)?;
        let jpeg = if wants_jpeg(i) {
            Some(encode::encode_with(&img, JPEG_QUALITY)?.0)
        } else {
            None
        };
        let rgb = img.to_rgb8();
        let webp = webp::Encoder::from_rgb(rgb.as_raw(), img.width(), img.height())
            .encode(WEBP_QUALITY)
            .to_vec();
        if let Some(cache) = cache {
            let k = key(width);
            // A cache that cannot be written only costs time on the next run.
            if let Some(jpeg) = &jpeg {
                let _ = cache.put(Kind::WebPhotos, &k, "jpg", jpeg);
            }
            let _ = cache.put(Kind::WebPhotos, &k, "webp", &webp);
        }
        out.push(Variant {
            width: img.width(),
            height: img.height(),
            jpeg,
            webp,
        });
    }
    Ok((out, sha))
}

/// The variant whose JPEG is the fallback `src`: the second, or the only one.
pub fn fallback(count: usize) -> usize {
    count.min(2).saturating_sub(1)
}

/// The (width, height) of each variant of an upright `ow` x `oh` photo.
fn sizes_for(ow: u32, oh: u32, widths: &[u32]) -> Vec<(u32, u32)> {
    let mut widths: Vec<u32> = widths.iter().map(|&w| w.min(ow)).collect();
    widths.dedup();
    widths
        .into_iter()
        .map(|w| {
            let h = (f64::from(oh) * f64::from(w) / f64::from(ow))
                .round()
                .max(1.0) as u32;
            (w, h)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{WIDTHS, sizes_for};

    #[test]
    fn photos_are_never_enlarged_and_keep_their_shape() {
        assert_eq!(
            sizes_for(4000, 3000, &WIDTHS),
            vec![(480, 360), (960, 720), (1600, 1200)]
        );
        assert_eq!(sizes_for(800, 1200, &WIDTHS), vec![(480, 720), (800, 1200)]);
        assert_eq!(sizes_for(300, 200, &WIDTHS), vec![(300, 200)]);
    }
}
