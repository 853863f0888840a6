//! The fonts a report may use: Inter for the brand, with Noto Sans Arabic, Noto Sans Hebrew
//! and Symbola (emoji and symbols) as fallbacks for names and quotes in other scripts. All are
//! compiled into the binary, parsed lazily and shared by every document a process builds. No
//! system font is ever consulted.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontInfo};
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

/// One font store for the whole process: parallel builds share it.
pub static STORE: LazyLock<FontStore> = LazyLock::new(|| {
    let mut store = FontStore::new();
    for (_, data) in BUNDLED {
        for (index, info) in FontInfo::iter(data).enumerate() {
            let index = u32::try_from(index).unwrap_or(0);
            store.push((Bundled { data, index }, info));
        }
    }
    store
});

/// The font families available to templates and brands.
pub fn families() -> Vec<String> {
    let mut names: Vec<String> = STORE
        .book()
        .families()
        .map(|(name, _)| name.to_string())
        .collect();
    names.dedup();
    names
}

/// The first character of `text` that no bundled font can draw (it would print as a box).
/// Characters that are never drawn (white space, joiners, variation selectors, direction
/// marks) are skipped.
pub fn first_missing_glyph(text: &str) -> Option<char> {
    static COVERAGE: LazyLock<Vec<typst::text::Coverage>> = LazyLock::new(|| {
        BUNDLED
            .iter()
            .flat_map(|(_, data)| FontInfo::iter(data).map(|info| info.coverage))
            .collect()
    });
    text.chars().find(|&c| {
        !(c.is_whitespace()
            || c.is_control()
            || invisible(c)
            || COVERAGE.iter().any(|cov| cov.contains(u32::from(c))))
    })
}

/// Default-ignorable code points: they shape other characters and have no glyph of their own.
fn invisible(c: char) -> bool {
    matches!(u32::from(c),
        0x00AD | 0x034F | 0x061C | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF | 0xE0000..=0xE0FFF)
}
