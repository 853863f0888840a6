//! The fonts a report may use: Inter, compiled into the binary, parsed lazily, shared by
//! every document a process builds. No system font is ever consulted.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontInfo};
use typst_kit::fonts::{FontSource, FontStore};

/// (file name, bytes) of every bundled font, from the project's `fonts/` folder.
pub const BUNDLED: &[(&str, &[u8])] = &[
    (
        "Inter-Regular.otf",
        include_bytes!("../../fonts/Inter-Regular.otf"),
    ),
    (
        "Inter-Italic.otf",
        include_bytes!("../../fonts/Inter-Italic.otf"),
    ),
    (
        "Inter-SemiBold.otf",
        include_bytes!("../../fonts/Inter-SemiBold.otf"),
    ),
    (
        "Inter-SemiBoldItalic.otf",
        include_bytes!("../../fonts/Inter-SemiBoldItalic.otf"),
    ),
    (
        "Inter-Bold.otf",
        include_bytes!("../../fonts/Inter-Bold.otf"),
    ),
    (
        "Inter-BoldItalic.otf",
        include_bytes!("../../fonts/Inter-BoldItalic.otf"),
    ),
    (
        "Inter-ExtraBold.otf",
        include_bytes!("../../fonts/Inter-ExtraBold.otf"),
    ),
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
