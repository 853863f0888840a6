//! The fonts a report may use: the bundled ones (Inter for the brand, with Noto Sans Arabic,
//! Noto Sans Hebrew and Symbola as fallbacks for names and quotes in other scripts), compiled
//! into the binary and parsed once per process, and the font files a brand lists. No system
//! font is ever consulted.

use std::sync::{Arc, LazyLock};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst_kit::fonts::{FontSource, FontStore};

/// (file name, bytes) of every bundled font, from the project's `fonts/` folder.
pub const BUNDLED: &[(&str, &[u8])] = &[
    (
        "Inter-Regular.otf",
        include_bytes!("../fonts/Inter-Regular.otf"),
    ),
    (
        "Inter-Italic.otf",
        include_bytes!("../fonts/Inter-Italic.otf"),
    ),
    (
        "Inter-SemiBold.otf",
        include_bytes!("../fonts/Inter-SemiBold.otf"),
    ),
    (
        "Inter-SemiBoldItalic.otf",
        include_bytes!("../fonts/Inter-SemiBoldItalic.otf"),
    ),
    ("Inter-Bold.otf", include_bytes!("../fonts/Inter-Bold.otf")),
    (
        "Inter-BoldItalic.otf",
        include_bytes!("../fonts/Inter-BoldItalic.otf"),
    ),
    (
        "Inter-ExtraBold.otf",
        include_bytes!("../fonts/Inter-ExtraBold.otf"),
    ),
    (
        "NotoSansArabic-Regular.ttf",
        include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "NotoSansArabic-Bold.ttf",
        include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
    ),
    (
        "NotoSansHebrew-Regular.ttf",
        include_bytes!("../fonts/NotoSansHebrew-Regular.ttf"),
    ),
    (
        "NotoSansHebrew-Bold.ttf",
        include_bytes!("../fonts/NotoSansHebrew-Bold.ttf"),
    ),
    ("Symbola.ttf", include_bytes!("../fonts/Symbola.ttf")),
];

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
/// CJK font is 10-20 MB; `check` never reads it when its properties are cached).
pub struct FontFile {
    path: std::path::PathBuf,
    bytes: std::sync::OnceLock<Option<Bytes>>,
}

impl FontFile {
    pub fn unread(path: std::path::PathBuf) -> Arc<FontFile> {
        Arc::new(FontFile {
            path,
            bytes: std::sync::OnceLock::new(),
        })
    }

    pub fn read(path: std::path::PathBuf, bytes: Vec<u8>) -> Arc<FontFile> {
        let file = FontFile::unread(path);
        let _ = file.bytes.set(Some(Bytes::new(bytes)));
        file
    }

    fn bytes(&self) -> Option<Bytes> {
        self.bytes
            .get_or_init(|| std::fs::read(&self.path).ok().map(Bytes::new))
            .clone()
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
    BUNDLED
        .iter()
        .flat_map(|(_, data)| {
            FontInfo::iter(data)
                .enumerate()
                .map(|(i, info)| (*data, u32::try_from(i).unwrap_or(0), info))
        })
        .collect()
});

/// A font file of a brand, checked: its faces' properties and the SHA-256 of its bytes.
#[derive(Clone)]
pub struct BrandFont {
    pub file: Arc<FontFile>,
    pub faces: Vec<FontInfo>,
    pub sha256: String,
}

/// What is kept of a checked font file between runs (see `brand.rs`).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Checked {
    pub sha256: String,
    pub faces: Vec<FontInfo>,
}

/// Checks a font file's bytes: readable faces, embedding allowed.
pub fn check_font(bytes: &[u8]) -> Result<Checked, String> {
    use sha2::{Digest, Sha256};
    let faces: Vec<FontInfo> = FontInfo::iter(bytes).collect();
    if faces.is_empty() {
        return Err("is not a font that can be read (OTF, TTF or TTC); it may be cut short".into());
    }
    for i in 0..ttf_parser::fonts_in_collection(bytes).unwrap_or(1) {
        if let Ok(face) = ttf_parser::Face::parse(bytes, i)
            && face.permissions() == Some(ttf_parser::Permissions::Restricted)
        {
            return Err(
                "forbids embedding (its licence sets fsType to \"restricted\"): a PDF cannot carry it"
                    .into(),
            );
        }
    }
    Ok(Checked {
        sha256: crate::inputs::hex(&Sha256::digest(bytes)),
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
        for font in brand {
            for (index, info) in font.faces.iter().enumerate() {
                coverage.push(info.coverage.clone());
                let index = u32::try_from(index).unwrap_or(0);
                let source = FileFace {
                    file: font.file.clone(),
                    index,
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
            .flat_map(|f| f.faces.iter().map(|i| i.family.clone()))
            .collect();
        brand_families.sort();
        brand_families.dedup();
        FontSet {
            store,
            coverage,
            families,
            brand_families,
        }
    }

    /// What a character no font has can be done about: what the fonts cover, and how to add one.
    pub fn coverage_hint(&self) -> String {
        let brand = if self.brand_families.is_empty() {
            String::new()
        } else {
            format!(", and the brand's fonts {}", self.brand_families.join(", "))
        };
        format!(
            "the bundled fonts cover Latin, Greek, Cyrillic, Arabic, Hebrew and emoji up to Unicode 9 \
             (2016){brand}; to print it, add a font that has it to a brand (in brand.toml: [fonts] \
             files = [\"fonts/NotoSansJP-Regular.otf\"] and fallback = [\"Noto Sans JP\"]) and \
             pass --brand, or write it in Latin letters"
        )
    }

    /// The font families available to templates and brands.
    pub fn families(&self) -> &[String] {
        &self.families
    }

    pub fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
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

/// Default-ignorable code points: they shape other characters and have no glyph of their own.
fn invisible(c: char) -> bool {
    matches!(u32::from(c),
        0x00AD | 0x034F | 0x061C | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF | 0xE0000..=0xE0FFF)
}
