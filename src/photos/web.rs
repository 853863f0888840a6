//! Photos for the web article: each in up to three widths, as WebP and as JPEG, through the
//! same steps as the print photos (upright, sRGB, no metadata) and the same cache.

use std::path::Path;

use sha2::{Digest, Sha256};

use super::cache::{Cache, PIPELINE_VERSION};
use super::{decode, encode, resize};

/// The widths a photo is offered in: a phone (1x/2x), a desktop column, a 2x desktop column.
/// A photo narrower than a width is offered at its own width instead, never enlarged.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
/// WebP and JPEG quality for the screen: no artefacts show at 100% on a laptop; chosen with
/// the benchmark (the images of a phone's first screen stay well under 300 KB).
pub const WEBP_QUALITY: f32 = 74.0;
pub const JPEG_QUALITY: u8 = 78;

/// One width of a photo in both formats.
#[derive(Debug, Clone)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub jpeg: Vec<u8>,
    pub webp: Vec<u8>,
}

/// Every width of the photo at `path`, smallest first, and the SHA-256 of the file as read.
pub fn variants(path: &Path, cache: Option<&Cache>) -> Result<(Vec<Variant>, [u8; 32]), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let sha: [u8; 32] = Sha256::digest(&bytes).into();
    let (ow, oh) = decode::probe(std::io::Cursor::new(&bytes)).map_err(|r| r.to_string())?;
    let sizes = sizes_for(ow, oh);
    let key = |w: u32| {
        let mut h = Sha256::new();
        h.update(format!(
            "verslag-web-v{PIPELINE_VERSION}:{w}:{WEBP_QUALITY}:{JPEG_QUALITY}:"
        ));
        h.update(sha);
        crate::inputs::hex(&h.finalize())
    };
    if let Some(cache) = cache {
        let cached: Option<Vec<Variant>> = sizes
            .iter()
            .map(|&(width, height)| {
                let k = key(width);
                Some(Variant {
                    width,
                    height,
                    jpeg: cache.get_ext(&k, "jpg")?,
                    webp: cache.get_ext(&k, "webp")?,
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
    for &(width, height) in &sizes {
        let img = resize::fit(decoded.image.clone(), (width, height), true)?;
        let (jpeg, _) = encode::encode_with(&img, JPEG_QUALITY)?;
        let rgb = img.to_rgb8();
        let webp = webp::Encoder::from_rgb(rgb.as_raw(), img.width(), img.height())
            .encode(WEBP_QUALITY)
            .to_vec();
        if let Some(cache) = cache {
            let k = key(width);
            // A cache that cannot be written only costs time on the next run.
            let _ = cache.put(&k, "jpg", &jpeg);
            let _ = cache.put(&k, "webp", &webp);
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

/// The (width, height) of each variant of an upright `ow` x `oh` photo.
fn sizes_for(ow: u32, oh: u32) -> Vec<(u32, u32)> {
    let mut widths: Vec<u32> = WIDTHS.iter().map(|&w| w.min(ow)).collect();
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
    use super::sizes_for;

    #[test]
    fn photos_are_never_enlarged_and_keep_their_shape() {
        assert_eq!(
            sizes_for(4000, 3000),
            vec![(480, 360), (960, 720), (1600, 1200)]
        );
        assert_eq!(sizes_for(800, 1200), vec![(480, 720), (800, 1200)]);
        assert_eq!(sizes_for(300, 200), vec![(300, 200)]);
    }
}
