//! The one cache folder of verslag, with a folder per kind of entry: photos prepared for
//! print and for the web, web font subsets, the checked properties of brand fonts, and the
//! locks of web folders. Entries are content-addressed by their callers' keys and written
//! atomically, so concurrent runs cannot corrupt them; a cache that cannot be written is
//! never an error (the run goes on, the next one only costs time).

use std::path::PathBuf;

/// What an entry is: each kind has its own folder in the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Photos prepared for a placement on the page (`jpg`).
    PrintPhotos,
    /// Photos in the web article's widths (`webp`, `jpg`).
    WebPhotos,
    /// The subsets of fonts the web article embeds (`woff2`).
    WebFonts,
    /// The checked properties of a brand's font files (`json`).
    BrandFonts,
}

impl Kind {
    fn folder(self) -> &'static str {
        match self {
            Kind::PrintPhotos => "print-photos",
            Kind::WebPhotos => "web-photos",
            Kind::WebFonts => "web-fonts",
            Kind::BrandFonts => "brand-fonts",
        }
    }
}

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

    /// Where an entry of `kind` with `key` (a hex digest) and extension `ext` is kept; photos
    /// and fonts are spread over folders by the key's first two characters.
    pub fn path(&self, kind: Kind, key: &str, ext: &str) -> PathBuf {
        let folder = self.dir.join(kind.folder());
        let folder = match kind {
            Kind::BrandFonts => folder,
            _ => folder.join(key.get(..2).unwrap_or("00")),
        };
        folder.join(format!("{key}.{ext}"))
    }

    /// A cached entry's bytes, if it is there.
    pub fn get(&self, kind: Kind, key: &str, ext: &str) -> Option<Vec<u8>> {
        std::fs::read(self.path(kind, key, ext)).ok()
    }

    /// Stores an entry atomically; the error says why it could not be written.
    pub fn put(&self, kind: Kind, key: &str, ext: &str, bytes: &[u8]) -> Result<(), String> {
        crate::fsx::write_atomic(&self.path(kind, key, ext), bytes)
            .map_err(|d| d.message.to_string())
    }

    /// The lock file `name` in the cache's `locks/` folder.
    pub fn lock(&self, name: &str) -> PathBuf {
        self.dir.join("locks").join(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_folder_and_entries_round_trip() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let cache = Cache::new(dir.path().to_path_buf());
        let key = "ab12";
        for kind in [
            Kind::PrintPhotos,
            Kind::WebPhotos,
            Kind::WebFonts,
            Kind::BrandFonts,
        ] {
            cache
                .put(kind, key, "bin", kind.folder().as_bytes())
                .expect("written");
        }
        assert_eq!(
            cache.get(Kind::WebFonts, key, "bin").as_deref(),
            Some(&b"web-fonts"[..])
        );
        assert_eq!(
            cache.path(Kind::PrintPhotos, key, "jpg"),
            dir.path().join("print-photos/ab/ab12.jpg")
        );
        assert_eq!(
            cache.path(Kind::BrandFonts, key, "json"),
            dir.path().join("brand-fonts/ab12.json")
        );
        assert_eq!(cache.get(Kind::WebPhotos, "cd34", "bin"), None);
    }
}
