//! The brand: organisation, logo, colours, fonts, footer and website, from `brand.toml`.
//! The built-in brand is compiled in; `--brand FILE` selects another one.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::assets::{BRAND_LOGO, BRAND_TOML};
use crate::cache::{Cache, Kind};
use crate::catalog::Message;
use crate::diagnostics::Diagnostic;
use crate::fonts::{BrandFont, FontSet};
use crate::msg;

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
    #[serde(default)]
    web: Option<RawWeb>,
    #[serde(default)]
    report: Option<RawReport>,
    #[serde(default)]
    wordpress: Option<RawWordpress>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWordpress {
    site: Spanned<String>,
    foldouts: Option<Spanned<String>>,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
}

/// How a post's tables fold out on the WordPress site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foldouts {
    /// The `core/details` block (WordPress 6.3 and later).
    DetailsBlock,
    /// The `[wpex more="…" less="…"]` shortcode the network's site uses.
    Wpex,
    /// A plain `<details>` in a `core/html` block.
    Html,
}

/// `[wordpress]`: where `verslag publish` makes its drafts, and how.
#[derive(Debug, Clone)]
pub struct Wordpress {
    /// The site's address, without a trailing `/`; HTTPS unless on this computer.
    pub site: String,
    /// As the brand chose; none: the block when the site has it, else html.
    pub foldouts: Option<Foldouts>,
    /// Category and tag names the post gets; each must exist on the site.
    pub categories: Vec<String>,
    pub tags: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReport {
    caption_credits: Option<bool>,
    approvals: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWeb {
    base_url: Option<Spanned<String>>,
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fonts {
    pub body: Spanned<String>,
    pub heading: Spanned<String>,
    /// Families to try, in order, for a character the body or heading font lacks; the bundled
    /// fallbacks follow.
    #[serde(default)]
    pub fallback: Vec<Spanned<String>>,
    /// The brand's own font files, relative to the brand file (globs allowed).
    #[serde(default)]
    pub files: Vec<Spanned<String>>,
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
    /// `[web] base_url`: the address the web articles live under, ending in `/`.
    pub base_url: Option<String>,
    /// `[wordpress]`: the WordPress site `verslag publish` makes its drafts on, and how.
    pub wordpress: Option<Wordpress>,
    /// `[report] caption_credits`: print each photo's credit in its caption too; the
    /// colophon lists every credit either way.
    pub caption_credits: bool,
    /// `[report] approvals`: list the tables' approvals in the colophon (default true).
    pub approvals: bool,
    /// Logo bytes and file extension (`svg`, `png`, `jpg`).
    pub logo: (Arc<[u8]>, String),
    /// SHA-256 of the brand file, the logo and the font files: what a report was made with.
    pub fingerprint: String,
    /// The bundled fonts and the brand's.
    pub font_set: Arc<FontSet>,
    /// The logo and font files, relative to the brand file (`/` between folders); none for
    /// the built-in brand.
    pub assets: Vec<String>,
}

impl Brand {
    /// The logo's width over its height: from an SVG's `viewBox` (or its `width` and
    /// `height`), from a PNG's or JPEG's pixels; 1 when it cannot be told.
    pub fn logo_aspect(&self) -> f64 {
        let (bytes, ext) = (&self.logo.0, self.logo.1.as_str());
        let size = if ext == "svg" {
            svg_size(&String::from_utf8_lossy(bytes))
        } else {
            image::ImageReader::new(std::io::Cursor::new(&bytes[..]))
                .with_guessed_format()
                .ok()
                .and_then(|r| r.into_dimensions().ok())
                .map(|(w, h)| (f64::from(w), f64::from(h)))
        };
        size.filter(|(w, h)| *w > 0.0 && *h > 0.0)
            .map_or(1.0, |(w, h)| w / h)
    }

    pub fn builtin() -> Result<Brand, Vec<Diagnostic>> {
        let origin = PathBuf::from("templates/brand.toml (built in)");
        parse(origin, BRAND_TOML, None, None, |_| Ok(BRAND_LOGO.to_vec()))
    }

    /// Loads a brand file; its logo path is relative to it and must stay in its folder. The
    /// properties of its font files are kept in `cache` (a folder) between runs, when given.
    pub fn load(path: &Path, cache: Option<&Cache>) -> Result<Brand, Vec<Diagnostic>> {
        let text = crate::fsx::read_bounded(path, MAX_BRAND_BYTES).map_err(|d| vec![d])?;
        let text = String::from_utf8(text).map_err(|_| {
            vec![
                Diagnostic::file(path, msg!("brand-not-utf8")).with_hint(msg!("hint-save-as-utf8")),
            ]
        })?;
        // `brand.toml` alone has the empty path as its parent: that is the current folder.
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        parse(path.to_path_buf(), &text, Some(&folder), cache, |logo| {
            let root = folder.canonicalize().map_err(|e| {
                msg!(
                    "cannot-read-file",
                    file = folder.display().to_string(),
                    reason = &e
                )
            })?;
            let real = folder
                .join(logo)
                .canonicalize()
                .map_err(|_| msg!("brand-logo-missing", logo = logo))?;
            if !real.starts_with(&root) {
                return Err(msg!("brand-logo-outside", logo = logo));
            }
            crate::fsx::read_bounded(&real, MAX_LOGO_BYTES).map_err(|d| d.message)
        })
    }
}

fn parse(
    origin: PathBuf,
    text: &str,
    folder: Option<&Path>,
    cache: Option<&Cache>,
    read_logo: impl FnOnce(&str) -> Result<Vec<u8>, Message>,
) -> Result<Brand, Vec<Diagnostic>> {
    let source: Arc<str> = Arc::from(text);
    let at = |span: std::ops::Range<usize>, msg: Message, hint: Message| {
        Diagnostic::at(origin.clone(), &source, span, msg).with_hint(hint)
    };
    let raw: RawBrand = toml::from_str(text).map_err(|e| {
        vec![at(
            e.span().unwrap_or(0..0),
            msg!("brand-syntax", detail = e.message().trim()),
            msg!("hint-brand-syntax"),
        )]
    })?;
    let mut problems = Vec::new();
    let c = &raw.colors;
    for color in [&c.primary, &c.accent, &c.light, &c.text, &c.muted] {
        if !is_hex_color(color.get_ref()) {
            problems.push(at(
                color.span(),
                msg!("brand-colour", colour = color.get_ref()),
                msg!("hint-brand-colour"),
            ));
        }
    }
    let (brand_fonts, font_problems) = read_font_files(&raw.fonts.files, folder, cache);
    for (span, msg, hint) in font_problems {
        problems.push(at(span, msg, hint));
    }
    let font_set = if brand_fonts.is_empty() {
        FontSet::bundled()
    } else {
        Arc::new(FontSet::new(
            &brand_fonts
                .iter()
                .map(|(_, f)| f.clone())
                .collect::<Vec<_>>(),
        ))
    };
    let families = font_set.families();
    let named = [&raw.fonts.body, &raw.fonts.heading]
        .into_iter()
        .chain(&raw.fonts.fallback);
    for font in named {
        if !families
            .iter()
            .any(|f| f.eq_ignore_ascii_case(font.get_ref()))
        {
            let message = if raw.fonts.files.is_empty() {
                msg!("brand-font-not-bundled", font = font.get_ref())
            } else {
                msg!("brand-font-unknown", font = font.get_ref())
            };
            problems.push(at(
                font.span(),
                message,
                msg!("hint-brand-fonts-available", fonts = families.join(", ")),
            ));
        }
    }
    let base_url = raw
        .web
        .as_ref()
        .and_then(|w| w.base_url.as_ref())
        .and_then(|url| match web_address(url.get_ref()) {
            Some(mut address) => {
                if !address.ends_with('/') {
                    address.push('/');
                }
                Some(address)
            }
            None => {
                problems.push(at(
                    url.span(),
                    msg!("brand-base-url", url = url.get_ref()),
                    msg!("hint-brand-base-url"),
                ));
                None
            }
        });
    let wordpress = raw.wordpress.as_ref().and_then(|w| {
        let site = w.site.get_ref();
        let foldouts = match w
            .foldouts
            .as_ref()
            .map(|f| (f.get_ref().as_str(), f.span()))
        {
            None => None,
            Some(("details-block", _)) => Some(Foldouts::DetailsBlock),
            Some(("wpex", _)) => Some(Foldouts::Wpex),
            Some(("html", _)) => Some(Foldouts::Html),
            Some((other, span)) => {
                problems.push(at(
                    span,
                    msg!("brand-wordpress-foldouts", value = other),
                    msg!("hint-brand-wordpress-foldouts"),
                ));
                None
            }
        };
        match wordpress_site(site) {
            Some(address) => Some(Wordpress {
                site: address,
                foldouts,
                categories: w.categories.clone(),
                tags: w.tags.clone(),
            }),
            None => {
                problems.push(at(
                    w.site.span(),
                    msg!("brand-wordpress-site", url = site),
                    msg!("hint-brand-wordpress-site"),
                ));
                None
            }
        }
    });
    let ext = Path::new(raw.logo.get_ref())
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !matches!(ext.as_str(), "svg" | "png" | "jpg" | "jpeg") {
        problems.push(at(
            raw.logo.span(),
            msg!("brand-logo-kind", logo = raw.logo.get_ref()),
            msg!("hint-brand-logo-kind"),
        ));
    }
    let logo = match read_logo(raw.logo.get_ref()) {
        Ok(bytes) => Some(bytes),
        Err(msg) => {
            problems.push(at(raw.logo.span(), msg, msg!("hint-brand-logo-missing")));
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
                for (name, font) in &brand_fonts {
                    h.update(name.as_bytes());
                    h.update(font.sha256.as_bytes());
                }
                crate::digest::hex(&h.finalize())
            },
            font_set,
            assets: match folder.and_then(|f| Some((f, f.canonicalize().ok()?))) {
                Some((folder, root)) => folder
                    .join(raw.logo.get_ref())
                    .canonicalize()
                    .ok()
                    .and_then(|real| {
                        Some(
                            real.strip_prefix(&root)
                                .ok()?
                                .to_string_lossy()
                                .replace('\\', "/"),
                        )
                    })
                    .into_iter()
                    .chain(brand_fonts.iter().map(|(name, _)| name.clone()))
                    .collect(),
                None => Vec::new(),
            },
            organization: raw.organization,
            website: raw.website,
            footer: raw.footer,
            colors: raw.colors,
            fonts: raw.fonts,
            mail: raw.mail,
            base_url,
            wordpress,
            caption_credits: raw
                .report
                .as_ref()
                .and_then(|r| r.caption_credits)
                .unwrap_or(false),
            approvals: raw
                .report
                .as_ref()
                .and_then(|r| r.approvals)
                .unwrap_or(true),
            logo: (Arc::from(logo), ext),
        }),
        _ => {
            problems.sort_by_key(crate::diagnostics::Diagnostic::sort_key);
            Err(problems)
        }
    }
}

/// Every file below `root` (at most 10 000, in sorted order) with its path relative to it,
/// `/` between folders.
fn files_below(root: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if out.len() >= 10_000 {
                break;
            }
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(rel) = path.strip_prefix(root) {
                out.push((rel.to_string_lossy().replace('\\', "/"), path));
            }
        }
    }
    out.sort();
    out
}

/// A font file checked: from the cache, keyed by its path, size and time of change, without
/// reading it; else read, checked and remembered.
fn read_font(path: &Path, cache: Option<&Cache>) -> Result<BrandFont, Message> {
    use sha2::{Digest, Sha256};
    let real = path
        .canonicalize()
        .map_err(|e| msg!("font-cannot-be-read", reason = &e))?;
    let meta = std::fs::metadata(&real).map_err(|e| msg!("font-cannot-be-read", reason = &e))?;
    let changed = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    // Size and times of change (ctime changes on every copy, also one that keeps mtime), and
    // this verslag's code: a font checked by an older check is checked again.
    #[cfg(unix)]
    let more = {
        use std::os::unix::fs::MetadataExt;
        format!(
            "{}.{} {} {}",
            meta.ctime(),
            meta.ctime_nsec(),
            meta.ino(),
            meta.dev()
        )
    };
    #[cfg(not(unix))]
    let more = String::new();
    let key = crate::digest::hex(&Sha256::digest(
        format!(
            "{}\0{}\0{changed}\0{more}\0{}",
            real.display(),
            meta.len(),
            env!("VERSLAG_CODE_SHA256")
        )
        .as_bytes(),
    ));
    let entry = cache.map(|c| c.path(Kind::BrandFonts, &key, "json"));
    if let Some(entry) = &entry
        && let Ok(text) = std::fs::read(entry)
        && let Ok(checked) = serde_json::from_slice::<crate::fonts::Checked>(&text)
    {
        return Ok(BrandFont {
            file: crate::fonts::FontFile::unread(real, checked.sha256.clone()),
            faces: checked.faces,
            sha256: checked.sha256,
        });
    }
    let bytes =
        crate::fsx::read_bounded(&real, crate::fonts::MAX_FONT_BYTES).map_err(|d| d.message)?;
    let checked = crate::fonts::check_font(&bytes)?;
    if let Some(entry) = &entry
        && let Ok(json) = serde_json::to_vec(&checked)
    {
        // A cache that cannot be written only costs the next run a read.
        let _ = crate::fsx::write_atomic(entry, &json);
    }
    Ok(BrandFont {
        file: crate::fonts::FontFile::read(real, checked.sha256.clone(), bytes),
        faces: checked.faces,
        sha256: checked.sha256,
    })
}

type Problem = (std::ops::Range<usize>, Message, Message);

/// Reads the font files `[fonts] files` names, relative to the brand's folder (globs allowed,
/// never leaving it). Each problem is located at its entry. Returns (shown name, font) pairs.
fn read_font_files(
    entries: &[Spanned<String>],
    folder: Option<&Path>,
    cache: Option<&Cache>,
) -> (Vec<(String, BrandFont)>, Vec<Problem>) {
    let mut fonts = Vec::new();
    let mut problems = Vec::new();
    let Some(folder) = folder else {
        for e in entries {
            problems.push((
                e.span(),
                msg!("brand-builtin-no-fonts"),
                msg!("hint-brand-builtin-no-fonts"),
            ));
        }
        return (fonts, problems);
    };
    let root = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    for entry in entries {
        let pattern = entry.get_ref();
        let is_glob = pattern.contains(['*', '?', '[']);
        let written = pattern.replace('\\', "/");
        // Matched against the paths below the folder, relative to it: the folder's own name
        // is never read as a pattern (Windows' \\?\ prefix, brackets, other scripts).
        let mut matched: Vec<PathBuf> = match glob::Pattern::new(&written) {
            Ok(_) if !is_glob => {
                let path = root.join(&written);
                if path.is_file() {
                    vec![path]
                } else {
                    Vec::new()
                }
            }
            Ok(glob) => {
                let options = glob::MatchOptions {
                    case_sensitive: true,
                    require_literal_separator: true,
                    require_literal_leading_dot: false,
                };
                files_below(&root)
                    .into_iter()
                    .filter(|(rel, _)| glob.matches_with(rel, options))
                    .map(|(_, path)| path)
                    .collect()
            }
            Err(e) => {
                problems.push((
                    entry.span(),
                    msg!("brand-font-pattern", pattern = pattern, detail = e.msg),
                    msg!("hint-brand-font-pattern"),
                ));
                continue;
            }
        };
        matched.sort();
        if matched.is_empty() {
            let message = if is_glob {
                msg!("brand-font-pattern-none", pattern = pattern)
            } else {
                msg!("brand-font-missing", pattern = pattern)
            };
            problems.push((
                entry.span(),
                message,
                msg!(
                    "hint-brand-font-folder",
                    folder = folder.display().to_string()
                ),
            ));
            continue;
        }
        for path in matched {
            let real = path.canonicalize().unwrap_or_else(|_| path.clone());
            let inside = real.starts_with(&root);
            // Named by where it really is, so an export puts it inside its folder.
            let shown = real
                .strip_prefix(&root)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| written.clone());
            if !inside {
                problems.push((
                    entry.span(),
                    msg!("brand-font-outside", file = &shown),
                    msg!("hint-brand-font-outside"),
                ));
                continue;
            }
            match read_font(&path, cache) {
                Ok(font) => fonts.push((shown, font)),
                Err(reason) => problems.push((
                    entry.span(),
                    msg!("brand-font-refused", file = &shown, reason = reason),
                    msg!("hint-brand-font-refused"),
                )),
            }
        }
    }
    (fonts, problems)
}

fn is_hex_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// A web address with its scheme: `https://` is added to one written without (as
/// "www.denormaalstezaak.nl"); anything but http(s), such as `javascript:`, is no web address.
pub fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let address = if lower.starts_with("https://") || lower.starts_with("http://") {
        text.to_string()
    } else if lower.contains(':') || text.starts_with('/') {
        return None;
    } else {
        format!("https://{text}")
    };
    let host = address.split_once("://")?.1.split(['/', '?', '#']).next()?;
    let fine = !host.is_empty()
        && !address.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
        });
    fine.then_some(address)
}

/// A WordPress site's address: a web address without query or fragment, HTTPS unless its
/// host is this computer (a password goes with every request); without a trailing `/`.
pub fn wordpress_site(text: &str) -> Option<String> {
    let address = web_address(text)?;
    let (scheme, rest) = address.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let name = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    let loopback = matches!(name, "localhost" | "127.0.0.1" | "[::1]");
    let secure = scheme.eq_ignore_ascii_case("https") || loopback;
    (secure && !rest.contains(['?', '#'])).then(|| address.trim_end_matches('/').to_string())
}

#[cfg(test)]
mod web_tests {
    use super::web_address;

    #[test]
    fn web_addresses_get_a_scheme_and_nothing_else_becomes_a_link() {
        assert_eq!(
            web_address("www.denormaalstezaak.nl").as_deref(),
            Some("https://www.denormaalstezaak.nl")
        );
        assert_eq!(
            web_address("http://example.org/a").as_deref(),
            Some("http://example.org/a")
        );
        assert_eq!(web_address("javascript:alert(1)"), None);
        assert_eq!(web_address("JavaScript://%0aalert(1)"), None);
        assert_eq!(web_address("https://"), None);
        assert_eq!(web_address("https://a b"), None);
    }

    #[test]
    fn a_wordpress_site_is_https_unless_on_this_computer() {
        use super::wordpress_site;
        assert_eq!(
            wordpress_site("www.denormaalstezaak.nl/").as_deref(),
            Some("https://www.denormaalstezaak.nl")
        );
        assert_eq!(wordpress_site("http://www.denormaalstezaak.nl"), None);
        assert_eq!(
            wordpress_site("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(
            wordpress_site("http://localhost/wp/").as_deref(),
            Some("http://localhost/wp")
        );
        assert_eq!(wordpress_site("http://127.0.0.1.example.org"), None);
        assert_eq!(wordpress_site("https://example.org/?p=1"), None);
    }
}

/// The size an SVG's root element gives: its `viewBox`, else its `width` and `height` (in
/// any unit; only their ratio is used).
fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let start = svg.find("<svg")?;
    let tag = &svg[start..start + svg[start..].find('>')?];
    let attr = |name: &str| {
        let at = tag.find(&format!(" {name}="))? + name.len() + 2;
        let quote = tag[at..].chars().next()?;
        let rest = &tag[at + 1..];
        Some(rest[..rest.find(quote)?].to_string())
    };
    let number = |s: &str| {
        s.trim()
            .trim_end_matches(|c: char| c.is_alphabetic() || c == '%')
            .parse::<f64>()
            .ok()
    };
    if let Some(view) = attr("viewBox") {
        let v: Vec<f64> = view
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.parse().ok())
            .collect();
        if let [_, _, w, h] = v[..] {
            return Some((w, h));
        }
    }
    Some((number(&attr("width")?)?, number(&attr("height")?)?))
}

#[cfg(test)]
mod logo_tests {
    #[test]
    fn an_svg_logo_has_the_ratio_of_its_view_box() {
        assert_eq!(
            super::svg_size(
                "<?xml?><svg xmlns=\"x\" width=\"300\" height=\"64\" viewBox=\"0 0 300 64\">"
            ),
            Some((300.0, 64.0))
        );
        assert_eq!(
            super::svg_size("<svg width='10mm' height='5mm'>"),
            Some((10.0, 5.0))
        );
        assert_eq!(super::svg_size("<svg>"), None);
    }
}
