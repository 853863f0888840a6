//! The fonts a report may use: the bundled ones (Inter for the brand, with Noto Sans Arabic,
//! Noto Sans Hebrew and Symbola as fallbacks for names and quotes in other scripts), compiled
//! into the binary and parsed once per process, and the font files a brand lists. No system
//! font is ever consulted.

use std::sync::{Arc, LazyLock};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst_kit::fonts::{FontSource, FontStore};

/// The bundled brand family: what a brand font stands back for where it may not be used.
pub const BUNDLED_FAMILY: &str = "Inter";

/// A bundled font face, turned into a typst `Font` the first time a document needs it.
struct Bundled {
    data: &'static [u8],
    index: u32,
}

impl FontSource for Bundled {
    fn load(&self) -> Option<Font> {
        Font::new(Bytes::new(self.data), self.index)
    }
}

/// A brand's font file, read from disk the first time a document uses one of its faces (a
/// CJK font is 10-20 MB; `check` never reads it when its properties are cached). What is read
/// then must be the file that was checked: a changed or unreadable file is an error of the
/// build ([`FontSet::failures`]), never a silent swap to another font.
pub struct FontFile {
    path: std::path::PathBuf,
    sha256: String,
    bytes: std::sync::OnceLock<Result<Bytes, crate::catalog::Message>>,
}

/// Font files may be this large (a CJK font is 10-20 MB).
pub const MAX_FONT_BYTES: u64 = 64 * 1024 * 1024;

impl FontFile {
    pub fn unread(path: std::path::PathBuf, sha256: String) -> Arc<FontFile> {
        Arc::new(FontFile {
            path,
            sha256,
            bytes: std::sync::OnceLock::new(),
        })
    }

    pub fn read(path: std::path::PathBuf, sha256: String, bytes: Vec<u8>) -> Arc<FontFile> {
        let file = FontFile::unread(path, sha256);
        let _ = file.bytes.set(Ok(Bytes::new(bytes)));
        file
    }

    fn bytes(&self) -> Option<Bytes> {
        self.bytes
            .get_or_init(|| {
                let bytes =
                    crate::fsx::read_bounded(&self.path, MAX_FONT_BYTES).map_err(|d| d.message)?;
                if crate::digest::sha256_hex(&bytes) != self.sha256 {
                    return Err(crate::msg!("font-changed"));
                }
                Ok(Bytes::new(bytes))
            })
            .clone()
            .ok()
    }

    /// Why a read for a document failed, if it did.
    fn failure(&self) -> Option<crate::diagnostics::Diagnostic> {
        match self.bytes.get() {
            Some(Err(e)) => Some(
                crate::diagnostics::Diagnostic::file(
                    &self.path,
                    crate::msg!("brand-font-unusable", reason = e),
                )
                .with_hint(crate::msg!("hint-brand-font-unusable")),
            ),
            _ => None,
        }
    }
}

/// A face of a brand's font file; Typst parses it when a document uses it.
struct FileFace {
    file: Arc<FontFile>,
    index: u32,
}

impl FontSource for FileFace {
    fn load(&self) -> Option<Font> {
        Font::new(self.file.bytes()?, self.index)
    }
}

/// Every face of the bundled fonts with its properties, parsed once per process.
static BUNDLED_FACES: LazyLock<Vec<(&'static [u8], u32, FontInfo)>> = LazyLock::new(|| {
    crate::assets::FONTS
        .iter()
        .flat_map(|(_, data)| {
            FontInfo::iter(data)
                .enumerate()
                .map(|(i, info)| (*data, u32::try_from(i).unwrap_or(0), info))
        })
        .collect()
});

/// A font file of a brand, checked: its faces (number in the file, properties) and the
/// SHA-256 of its bytes.
#[derive(Clone)]
pub struct BrandFont {
    pub file: Arc<FontFile>,
    pub faces: Vec<(u32, FontInfo)>,
    pub sha256: String,
}

/// What is kept of a checked font file between runs (see `brand.rs`).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Checked {
    pub sha256: String,
    pub faces: Vec<(u32, FontInfo)>,
}

/// Checks a font file's bytes: readable faces, embedding allowed.
pub fn check_font(bytes: &[u8]) -> Result<Checked, crate::catalog::Message> {
    let unreadable = || crate::msg!("font-unreadable");
    // A collection's header names its number of faces; a lying one must not make us loop.
    let count = ttf_parser::fonts_in_collection(bytes).unwrap_or(1);
    if count as usize > bytes.len().saturating_sub(12) / 4 + 1 {
        return Err(unreadable());
    }
    let faces: Vec<(u32, FontInfo)> = (0..count)
        .filter_map(|i| Some((i, FontInfo::new(bytes, i)?)))
        .collect();
    if faces.is_empty() {
        return Err(unreadable());
    }
    for (i, _) in &faces {
        let Ok(face) = ttf_parser::Face::parse(bytes, *i) else {
            return Err(unreadable());
        };
        if face.permissions() == Some(ttf_parser::Permissions::Restricted) {
            return Err(crate::msg!("font-restricted"));
        }
        // A PDF carries a subset of the outlines: both must be allowed (a font without an
        // OS/2 table says nothing, which allows it).
        if face.tables().os2.is_some()
            && (!face.is_subsetting_allowed() || !face.is_outline_embedding_allowed())
        {
            return Err(crate::msg!("font-no-subsetting"));
        }
    }
    Ok(Checked {
        sha256: crate::digest::sha256_hex(bytes),
        faces,
    })
}

/// The fonts a run typesets with: the bundled ones, then the brand's.
pub struct FontSet {
    store: FontStore,
    coverage: Vec<typst::text::Coverage>,
    families: Vec<String>,
    /// The families of the brand's font files.
    brand_families: Vec<String>,
    files: Vec<Arc<FontFile>>,
}

impl FontSet {
    /// The bundled fonts only, shared by the whole process.
    pub fn bundled() -> Arc<FontSet> {
        static SET: LazyLock<Arc<FontSet>> = LazyLock::new(|| Arc::new(FontSet::new(&[])));
        SET.clone()
    }

    pub fn new(brand: &[BrandFont]) -> FontSet {
        let mut store = FontStore::new();
        let mut coverage = Vec::new();
        for (data, index, info) in BUNDLED_FACES.iter() {
            coverage.push(info.coverage.clone());
            store.push((
                Bundled {
                    data,
                    index: *index,
                },
                info.clone(),
            ));
        }
        let mut files = Vec::new();
        for font in brand {
            files.push(font.file.clone());
            for (index, info) in &font.faces {
                coverage.push(info.coverage.clone());
                let source = FileFace {
                    file: font.file.clone(),
                    index: *index,
                };
                store.push((source, info.clone()));
            }
        }
        let mut families: Vec<String> = store
            .book()
            .families()
            .map(|(name, _)| name.to_string())
            .collect();
        families.dedup();
        let mut brand_families: Vec<String> = brand
            .iter()
            .flat_map(|f| f.faces.iter().map(|(_, i)| i.family.clone()))
            .collect();
        brand_families.sort();
        brand_families.dedup();
        FontSet {
            store,
            coverage,
            families,
            brand_families,
            files,
        }
    }

    /// What a character no font has can be done about: what the fonts cover, and how to add one.
    pub fn coverage_hint(&self) -> crate::catalog::Message {
        if self.brand_families.is_empty() {
            crate::msg!("hint-glyph-coverage")
        } else {
            crate::msg!(
                "hint-glyph-coverage-brand",
                families = self.brand_families.join(", ")
            )
        }
    }

    /// The brand's font files that could not be read for a document: each would have been
    /// swapped for another font.
    pub fn failures(&self) -> Vec<crate::diagnostics::Diagnostic> {
        self.files.iter().filter_map(|f| f.failure()).collect()
    }

    /// The font families available to templates and brands.
    pub fn families(&self) -> &[String] {
        &self.families
    }

    pub fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
    }

    /// Every face with its properties, by index.
    pub fn faces(&self) -> impl Iterator<Item = (usize, &FontInfo)> {
        let book = self.store.book();
        (0..).map_while(move |i| book.info(i).map(|info| (i, info)))
    }

    pub fn font(&self, index: usize) -> Option<Font> {
        self.store.font(index)
    }

    /// The first character of `text` that no font of the set can draw (it would print as a
    /// box). Characters that are never drawn (white space, joiners, variation selectors,
    /// direction marks) are skipped.
    pub fn first_missing_glyph(&self, text: &str) -> Option<char> {
        text.chars().find(|&c| {
            !(c.is_whitespace()
                || c.is_control()
                || invisible(c)
                || self.coverage.iter().any(|cov| cov.contains(u32::from(c))))
        })
    }
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FontSet({})", self.families().join(", "))
    }
}

/// Default-ignorable code points: they shape other characters and have no glyph of their own.
fn invisible(c: char) -> bool {
    matches!(u32::from(c),
        0x00AD | 0x034F | 0x061C | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF | 0xE0000..=0xE0FFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Its OS/2 table is version 3, which has the subsetting and bitmap-only flags.
    const SERIF: &[u8] = include_bytes!("../tests/fixtures/fonts/IPAGothic-subset.ttf");

    /// The font with its OS/2 fsType set to `value`.
    fn with_fs_type(value: u16) -> Vec<u8> {
        let mut font = SERIF.to_vec();
        let tables = usize::from(u16::from_be_bytes([font[4], font[5]]));
        let record = (0..tables)
            .map(|i| 12 + 16 * i)
            .find(|&r| &font[r..r + 4] == b"OS/2")
            .expect("an OS/2 table");
        let offset = u32::from_be_bytes(font[record + 8..record + 12].try_into().unwrap()) as usize;
        font[offset + 8..offset + 10].copy_from_slice(&value.to_be_bytes());
        font
    }

    #[test]
    fn fonts_that_cannot_be_embedded_as_verslag_embeds_are_refused() {
        assert!(check_font(SERIF).is_ok());
        assert!(check_font(&with_fs_type(0x0002)).is_err_and(|e| e.contains("restricted")));
        // Bitmap embedding only, and no subsetting: Typst embeds subsets of the outlines.
        assert!(check_font(&with_fs_type(0x0200)).is_err());
        assert!(check_font(&with_fs_type(0x0100)).is_err());
        // Preview & print, editable: fine.
        assert!(check_font(&with_fs_type(0x0004)).is_ok());
        assert!(check_font(&with_fs_type(0x0008)).is_ok());
    }

    #[test]
    fn a_collection_header_that_lies_about_its_size_is_refused_at_once() {
        let mut ttc = b"ttcf\x00\x01\x00\x00".to_vec();
        ttc.extend_from_slice(&u32::MAX.to_be_bytes());
        assert!(check_font(&ttc).is_err());
        assert!(check_font(b"").is_err());
    }
}
