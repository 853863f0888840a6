//! The cache key of a prepared photo: it hashes the photo's SHA-256, its target size and the
//! pipeline version, so an unchanged photo is never decoded twice (the cache is `crate::cache`).

use sha2::{Digest, Sha256};

use super::Placement;

/// Bump when the pipeline's output changes (decoder, resampling, quality, encoder).
pub const PIPELINE_VERSION: u32 = 2;

/// The key of a photo (by the SHA-256 of its bytes) prepared for a placement.
pub fn key(photo_sha256: &[u8], place: &Placement) -> String {
    let (w, h) = place.pixels();
    let mut hasher = Sha256::new();
    hasher.update(format!(
        "verslag-photo-v{PIPELINE_VERSION}:{w}x{h}:{}:",
        place.crop
    ));
    hasher.update(photo_sha256);
    crate::digest::hex(&hasher.finalize())
}
