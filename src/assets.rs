//! Every file built into the binary, in one place: the templates, the built-in brand and its
//! logo, the bundled fonts, and the texts `verslag new` writes. An installed verslag needs no
//! file beside it.

/// (file name, bytes) of every bundled font, from the project's `fonts/` folder.
pub const FONTS: &[(&str, &[u8])] = &[
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

/// The built-in templates, by file name: what `templates export` writes and a templates
/// folder overrides.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("report.typ", include_str!("../templates/report.typ")),
    ("chapter.typ", include_str!("../templates/chapter.typ")),
    (
        "components.typ",
        include_str!("../templates/components.typ"),
    ),
    ("yearbook.typ", include_str!("../templates/yearbook.typ")),
    ("web/page.html", include_str!("../templates/web/page.html")),
    (
        "web/article.html",
        include_str!("../templates/web/article.html"),
    ),
    ("web/style.css", include_str!("../templates/web/style.css")),
    ("mail-nl.txt", include_str!("../templates/mail-nl.txt")),
    ("mail-en.txt", include_str!("../templates/mail-en.txt")),
    (
        "mail-review-nl.txt",
        include_str!("../templates/mail-review-nl.txt"),
    ),
    (
        "mail-review-en.txt",
        include_str!("../templates/mail-review-en.txt"),
    ),
];

/// The built-in brand and its logo.
pub const BRAND_TOML: &str = include_str!("../templates/brand.toml");
pub const BRAND_LOGO: &[u8] = include_bytes!("../templates/logo.svg");

/// The records and contacts file `verslag new` writes, per language. A text between « and »
/// is a placeholder: written without the marks, and refused by `check` wherever it is left.
pub const NEW_RECORD_NL: &str = include_str!("../templates/new-nl.toml");
pub const NEW_RECORD_EN: &str = include_str!("../templates/new-en.toml");
pub const NEW_CONTACTS_NL: &str = include_str!("../templates/contacts-nl.toml");
pub const NEW_CONTACTS_EN: &str = include_str!("../templates/contacts-en.toml");

/// The catalogs of what verslag says about problems (`catalog`), in Fluent.
pub const CATALOG_NL: &str = include_str!("catalog/nl.ftl");
pub const CATALOG_EN: &str = include_str!("catalog/en.ftl");

/// The studio's style sheet and script, served as they are.
pub const STUDIO_CSS: &str = include_str!("studio/static/studio.css");
pub const STUDIO_JS: &str = include_str!("studio/static/studio.js");
pub const STUDIO_PROBLEMS_JS: &str = include_str!("studio/static/problems.js");
pub const STUDIO_PHOTOS_JS: &str = include_str!("studio/static/photos.js");
pub const STUDIO_MAIL_JS: &str = include_str!("studio/static/mail.js");
pub const STUDIO_YEAR_JS: &str = include_str!("studio/static/year.js");
pub const STUDIO_PUBLISH_JS: &str = include_str!("studio/static/publish.js");
