//! The brand: organisation, logo, colours, fonts, footer and website, from `brand.toml`.
//! The built-in brand is compiled in; `--brand FILE` selects another one.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::Diagnostic;
use crate::fonts;

pub const BUILTIN_TOML: &str = include_str!("../templates/brand.toml");
pub const BUILTIN_LOGO: &[u8] = include_bytes!("../templates/logo.svg");

/// Brand files larger than this are refused: a real one is a few hundred bytes.
const MAX_BRAND_BYTES: u64 = 64 * 1024;
const MAX_LOGO_BYTES: u64 = 2 * 1024 * 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBrand {
    organization: String,
    website: Option<String>,
    footer: Option<String>,
    logo: Spanned<String>,
    colors: Colors,
    fonts: Fonts,
    mail: Option<Mail>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    pub primary: Spanned<String>,
    pub accent: Spanned<String>,
    pub light: Spanned<String>,
    pub text: Spanned<String>,
    pub muted: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fonts {
    pub body: Spanned<String>,
    pub heading: Spanned<String>,
}

/// Sender of mailed reports.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mail {
    pub from_name: String,
    pub from_address: String,
}

/// A checked brand with its logo loaded.
#[derive(Debug, Clone)]
pub struct Brand {
    pub organization: String,
    pub website: Option<String>,
    pub footer: Option<String>,
    pub colors: Colors,
    pub fonts: Fonts,
    pub mail: Option<Mail>,
    /// Logo bytes and file extension (`svg`, `png`, `jpg`).
    pub logo: (Arc<[u8]>, String),
    /// SHA-256 of the brand file and the logo: what an archived file was made with.
    pub fingerprint: String,
}

impl Brand {
    pub fn builtin() -> Result<Brand, Vec<Diagnostic>> {
        let origin = PathBuf::from("templates/brand.toml (built in)");
        parse(origin, BUILTIN_TOML, |_| Ok(BUILTIN_LOGO.to_vec()))
    }

    /// Loads a brand file; its logo path is relative to it and must stay in its folder.
    pub fn load(path: &Path) -> Result<Brand, Vec<Diagnostic>> {
        let text = crate::fsx::read_bounded(path, MAX_BRAND_BYTES).map_err(|d| vec![d])?;
        let text = String::from_utf8(text).map_err(|_| {
            vec![
                Diagnostic::file(path, "the brand file is not UTF-8 text")
                    .with_hint("save it as UTF-8"),
            ]
        })?;
        let folder = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        parse(path.to_path_buf(), &text, |logo| {
            let root = folder.canonicalize().map_err(|e| e.to_string())?;
            let real = folder
                .join(logo)
                .canonicalize()
                .map_err(|_| format!("no logo file \"{logo}\" next to the brand file"))?;
            if !real.starts_with(&root) {
                return Err(format!(
                    "the logo \"{logo}\" lies outside the brand file's folder"
                ));
            }
            crate::fsx::read_bounded(&real, MAX_LOGO_BYTES).map_err(|d| d.message)
        })
    }
}

fn parse(
    origin: PathBuf,
    text: &str,
    read_logo: impl FnOnce(&str) -> Result<Vec<u8>, String>,
) -> Result<Brand, Vec<Diagnostic>> {
    let source: Arc<str> = Arc::from(text);
    let at = |span: std::ops::Range<usize>, msg: String, hint: &str| {
        Diagnostic::at(origin.clone(), &source, span, msg).with_hint(hint)
    };
    let raw: RawBrand = toml::from_str(text).map_err(|e| {
        vec![at(
            e.span().unwrap_or(0..0),
            format!("brand: {}", e.message().trim()),
            "see templates/brand.toml for every key a brand file has",
        )]
    })?;
    let mut problems = Vec::new();
    let c = &raw.colors;
    for color in [&c.primary, &c.accent, &c.light, &c.text, &c.muted] {
        if !is_hex_color(color.get_ref()) {
            problems.push(at(
                color.span(),
                format!("brand colour \"{}\" is not a hex colour", color.get_ref()),
                "write colours as \"#RRGGBB\", e.g. \"#17324D\"",
            ));
        }
    }
    let families = fonts::families();
    for font in [&raw.fonts.body, &raw.fonts.heading] {
        if !families
            .iter()
            .any(|f| f.eq_ignore_ascii_case(font.get_ref()))
        {
            problems.push(at(
                font.span(),
                format!("font \"{}\" is not bundled with verslag", font.get_ref()),
                &format!("fonts available: {}", families.join(", ")),
            ));
        }
    }
    let ext = Path::new(raw.logo.get_ref())
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !matches!(ext.as_str(), "svg" | "png" | "jpg" | "jpeg") {
        problems.push(at(
            raw.logo.span(),
            format!(
                "logo \"{}\" must be an SVG, PNG or JPEG file",
                raw.logo.get_ref()
            ),
            "an SVG logo prints sharpest",
        ));
    }
    let logo = match read_logo(raw.logo.get_ref()) {
        Ok(bytes) => Some(bytes),
        Err(msg) => {
            problems.push(at(
                raw.logo.span(),
                msg,
                "put the logo next to the brand file",
            ));
            None
        }
    };
    match logo {
        Some(logo) if problems.is_empty() => Ok(Brand {
            fingerprint: {
                use sha2::{Digest, Sha256};
                let mut h = Sha256::new();
                h.update(text.as_bytes());
                h.update(Sha256::digest(&logo));
                crate::inputs::hex(&h.finalize())
            },
            organization: raw.organization,
            website: raw.website,
            footer: raw.footer,
            colors: raw.colors,
            fonts: raw.fonts,
            mail: raw.mail,
            logo: (Arc::from(logo), ext),
        }),
        _ => Err(problems),
    }
}

fn is_hex_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}
