//! A content-addressed cache of prepared photos: the key hashes the photo's SHA-256, its target
//! size and the pipeline version, so an unchanged photo is never decoded twice. Entries are
//! written atomically, so concurrent builds cannot corrupt it.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

use super::Placement;

/// Bump when the pipeline's output changes (decoder, resampling, quality, encoder).
pub const PIPELINE_VERSION: u32 = 2;

#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// `$XDG_CACHE_HOME/verslag` (or the platform's cache folder), if there is one.
    pub fn default_dir() -> Option<PathBuf> {
        dirs::cache_dir().map(|d| d.join("verslag"))
    }

    pub fn new(dir: PathBuf) -> Cache {
        Cache { dir }
    }

    /// The cache's folder (brand fonts keep their checked properties here too).
    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// The key of a photo (by the SHA-256 of its bytes) prepared for a placement.
    pub fn key(photo_sha256: &[u8], place: &Placement) -> String {
        let (w, h) = place.pixels();
        let mut hasher = Sha256::new();
        hasher.update(format!(
            "verslag-photo-v{PIPELINE_VERSION}:{w}x{h}:{}:",
            place.crop
        ));
        hasher.update(photo_sha256);
        crate::inputs::hex(&hasher.finalize())
    }

    fn path(&self, key: &str, ext: &str) -> PathBuf {
        self.dir
            .join(format!("photos-v{PIPELINE_VERSION}"))
            .join(&key[..2])
            .join(format!("{key}.{ext}"))
    }

    /// A cached entry: bytes and extension.
    pub fn get(&self, key: &str) -> Option<(Vec<u8>, &'static str)> {
        Some((std::fs::read(self.path(key, "jpg")).ok()?, "jpg"))
    }

    /// A cached entry of another kind (`webp`, `woff2`).
    pub fn get_ext(&self, key: &str, ext: &str) -> Option<Vec<u8>> {
        std::fs::read(self.path(key, ext)).ok()
    }

    /// Stores an entry; a cache that cannot be written is not an error (the build goes on).
    pub fn put(&self, key: &str, ext: &str, bytes: &[u8]) -> Result<(), String> {
        let path = self.path(key, ext);
        crate::fsx::write_atomic(&path, bytes).map_err(|d| d.message)
    }
}
