//! The photo pipeline: decode, turn upright, convert to sRGB, size for print, re-encode
//! without metadata, and remember the result in a content-addressed cache.

mod decode;
mod encode;
pub mod key;
pub mod layout;
mod resize;
pub mod web;

use std::io::BufReader;
use std::path::Path;
use std::time::Instant;

use sha2::{Digest, Sha256};

use crate::cache::Cache;
use crate::cache::Kind;
pub use decode::Refusal;
pub use layout::{Placement, Plan};

/// A photo ready for the PDF: encoded bytes and the pixel size.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub bytes: Vec<u8>,
    /// `jpg`: every photo is embedded as JPEG.
    pub ext: &'static str,
    /// SHA-256 of the photo file as it was read: one of the report's inputs.
    pub source_sha256: [u8; 32],
    pub width: u32,
    pub height: u32,
    /// What happened, for `-v`: taken from the cache, or decoded and scaled.
    pub log: crate::catalog::Message,
}

/// Photos smaller than this on their shorter side are refused: they cannot print sensibly.
pub const MIN_SIDE: u32 = 100;

/// A photo's upright pixel size, read from its header only.
pub fn upright_size(path: &Path) -> Result<(u32, u32), Refusal> {
    let file = std::fs::File::open(path)
        .map_err(|e| Refusal::from(crate::msg!("cannot-read", reason = &e)))?;
    decode::probe(BufReader::new(file))
}

/// Prepares one photo for its placement, through the cache when there is one.
pub fn prepare(
    path: &Path,
    place: &Placement,
    cache: Option<&Cache>,
) -> Result<Prepared, crate::catalog::Message> {
    let bytes = std::fs::read(path).map_err(|e| crate::msg!("cannot-read", reason = &e))?;
    prepare_bytes(bytes, place, cache)
}

/// [`upright_size`] for a photo already in memory.
pub fn upright_size_of(bytes: &[u8]) -> Result<(u32, u32), Refusal> {
    decode::probe(std::io::Cursor::new(bytes))
}

/// [`prepare`] for a photo already in memory.
pub fn prepare_bytes(
    bytes: Vec<u8>,
    place: &Placement,
    cache: Option<&Cache>,
) -> Result<Prepared, crate::catalog::Message> {
    let source_sha256: [u8; 32] = Sha256::digest(&bytes).into();
    let key = cache.map(|_| key::key(&source_sha256, place));
    if let (Some(cache), Some(key)) = (cache, &key)
        && let Some(bytes) = cache.get(Kind::PrintPhotos, key, "jpg")
        && let Ok((width, height)) = decode::probe(std::io::Cursor::new(&bytes))
    {
        let log = crate::msg!(
            "photo-cache-hit",
            size = format!("{width}x{height}"),
            kb = bytes.len() / 1024
        );
        return Ok(Prepared {
            bytes,
            ext: "jpg",
            source_sha256,
            width,
            height,
            log,
        });
    }
    let started = Instant::now();
    let need = place.pixels();
    let decoded = decode::decode(&bytes, need)?;
    drop(bytes);
    let (ow, oh) = decoded.original;
    let dct = decoded.dct_scale;
    let img = resize::fit(decoded.image, need, place.crop)?;
    let (out, ext) = encode::encode(&img)?;
    let (width, height) = (img.width(), img.height());
    drop(img);
    let (original, size) = (format!("{ow}x{oh}"), format!("{width}x{height}"));
    let (kb, ms) = (out.len() / 1024, started.elapsed().as_millis());
    let ms = u64::try_from(ms).unwrap_or(u64::MAX);
    let mut log = if dct > 1 {
        let scale = format!("1/{dct}");
        crate::msg!(
            "photo-decoded-scaled",
            original = original,
            scale = scale,
            size = size,
            ext = ext,
            kb = kb,
            ms = ms
        )
    } else {
        crate::msg!(
            "photo-decoded",
            original = original,
            size = size,
            ext = ext,
            kb = kb,
            ms = ms
        )
    };
    if let (Some(cache), Some(key)) = (cache, &key)
        && let Err(e) = cache.put(Kind::PrintPhotos, key, ext, &out)
    {
        log = crate::msg!("photo-not-cached", log = log, reason = e.to_string());
    }
    Ok(Prepared {
        bytes: out,
        ext,
        source_sha256,
        width,
        height,
        log,
    })
}
