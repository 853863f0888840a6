//! The report templates: compiled into the binary, or a designer's copy from `--templates DIR`
//! (only files inside DIR are served). `verslag templates export DIR` writes the built-in ones.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use typst::foundations::Bytes;

use crate::assets::{BRAND_LOGO, BRAND_TOML, TEMPLATES};
use crate::diagnostics::Diagnostic;
use crate::fsx;
use crate::msg;

/// The entry point of a report.
pub const REPORT: &str = "report.typ";
/// The template contract these templates keep (docs/templates.md, "Template contract").
pub const CONTRACT: u32 = 3;
/// The entry point of a year's yearbook.
pub const YEARBOOK: &str = "yearbook.typ";

const MAX_FILES: usize = 200;
const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Template files as the Typst world serves them.
#[derive(Debug, Clone)]
pub struct Templates {
    /// (virtual path such as `/report.typ`, contents)
    pub files: Vec<(String, Bytes)>,
    /// Virtual path -> the path shown in messages.
    pub shown: HashMap<String, PathBuf>,
}

impl Templates {
    pub fn builtin() -> Templates {
        let mut t = Templates {
            files: Vec::new(),
            shown: HashMap::new(),
        };
        for (name, text) in TEMPLATES {
            let vpath = format!("/{name}");
            t.shown.insert(
                vpath.clone(),
                PathBuf::from(format!("templates/{name} (built in)")),
            );
            t.files.push((vpath, Bytes::from_string(*text)));
        }
        t
    }

    /// Every regular file below `dir` (links that lead out are skipped), served at `/<relative>`.
    pub fn from_dir(dir: &Path) -> Result<Templates, Diagnostic> {
        let root = dir.canonicalize().map_err(|e| {
            Diagnostic::file(dir, msg!("templates-cannot-open", reason = &e))
                .with_hint(msg!("hint-templates-export"))
        })?;
        let mut t = Templates {
            files: Vec::new(),
            shown: HashMap::new(),
        };
        let mut pending = vec![root.clone()];
        while let Some(folder) = pending.pop() {
            let entries = std::fs::read_dir(&folder)
                .map_err(|e| Diagnostic::file(&folder, msg!("cannot-read", reason = &e)))?;
            for entry in entries.flatten() {
                let Ok(real) = entry.path().canonicalize() else {
                    continue;
                };
                if !real.starts_with(&root) {
                    continue;
                }
                if real.is_dir() {
                    pending.push(real);
                    continue;
                }
                // Fonts are the brand's, not templates (and may be far larger than one).
                if is_font_file(&real) {
                    continue;
                }
                let Ok(rel) = real.strip_prefix(&root) else {
                    continue;
                };
                let vpath = format!("/{}", rel.to_string_lossy().replace('\\', "/"));
                let shown = dir.join(rel);
                let bytes = crate::fsx::read_bounded(&real, MAX_FILE_BYTES)?;
                t.shown.insert(vpath.clone(), shown);
                t.files.push((vpath, Bytes::new(bytes)));
                if t.files.len() > MAX_FILES {
                    return Err(
                        Diagnostic::file(dir, msg!("templates-too-many", max = MAX_FILES))
                            .with_hint(msg!("hint-templates-too-many")),
                    );
                }
            }
        }
        if !t.shown.contains_key(&format!("/{REPORT}")) {
            return Err(
                Diagnostic::file(dir.join(REPORT), msg!("templates-no-report"))
                    .with_hint(msg!("hint-templates-no-report")),
            );
        }
        Ok(t)
    }
}

impl Templates {
    /// A text template by its name (`web/page.html`, `mail-nl.txt`): the designer's file, or
    /// the built-in one. Also the path shown in messages, and whether this is a designer's
    /// folder that lacks the file (so the built-in one stands in for it).
    pub fn text(&self, name: &str) -> Result<(std::sync::Arc<str>, PathBuf, bool), Diagnostic> {
        let vpath = format!("/{name}");
        if let Some((_, bytes)) = self.files.iter().find(|(p, _)| *p == vpath) {
            let shown = self
                .shown
                .get(&vpath)
                .cloned()
                .unwrap_or_else(|| PathBuf::from(name));
            let text = std::str::from_utf8(bytes.as_slice()).map_err(|_| {
                Diagnostic::file(&shown, msg!("template-not-utf8"))
                    .with_hint(msg!("hint-save-as-utf8"))
            })?;
            return Ok((std::sync::Arc::from(text), shown, false));
        }
        let builtin = TEMPLATES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, t)| *t);
        let shown = PathBuf::from(format!("templates/{name} (built in)"));
        Ok((std::sync::Arc::from(builtin), shown, self.is_designers()))
    }

    /// Whether these are a designer's templates (`--templates DIR`), not the built-in ones.
    pub fn is_designers(&self) -> bool {
        self.shown
            .get(&format!("/{REPORT}"))
            .is_some_and(|p| !p.to_string_lossy().ends_with("(built in)"))
    }

    /// The yearbook binds every report in through `report` in chapter.typ, whose chapters end
    /// with their colophon (template contract 3: chapter.typ says `#let template-contract =
    /// 3`). A templates folder exported before (contract 1: no chapter.typ; contract 2: each
    /// chapter with its own back cover) still makes reports, but no yearbook, and says so
    /// instead of making one of the old shape.
    pub fn check_yearbook_contract(&self) -> Result<(), Diagnostic> {
        let chapter = self.files.iter().find(|(p, _)| p == "/chapter.typ");
        let contract = match chapter {
            None => 1,
            Some((_, bytes)) => {
                let text = String::from_utf8_lossy(bytes.as_slice());
                text.lines()
                    .find_map(|l| l.trim().strip_prefix("#let template-contract ="))
                    .and_then(|n| n.trim().parse::<u32>().ok())
                    .unwrap_or(2)
            }
        };
        if contract >= CONTRACT {
            return Ok(());
        }
        let report = format!("/{REPORT}");
        let dir = self
            .shown
            .get(&report)
            .and_then(|p| p.parent())
            .unwrap_or(Path::new("."));
        let why = if contract == 1 {
            msg!("templates-contract-1")
        } else {
            msg!("templates-contract-2")
        };
        Err(Diagnostic::file(
            dir,
            msg!(
                "templates-old-contract",
                contract = i64::from(contract),
                why = why
            ),
        )
        .with_hint(msg!("hint-templates-old-contract")))
    }
}

fn is_font_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        let e = e.to_string_lossy().to_ascii_lowercase();
        matches!(e.as_str(), "otf" | "ttf" | "ttc" | "otc" | "woff" | "woff2")
    })
}

/// Writes the built-in templates and a brand (the built-in one, or `brand` with its logo and
/// font files, at the same places relative to it) to `dir`; refuses to overwrite any file.
pub fn export(dir: &Path, brand: Option<&Path>) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let mut files: Vec<(String, Vec<u8>)> = TEMPLATES
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
        .collect();
    match brand {
        None => {
            files.push(("brand.toml".into(), BRAND_TOML.as_bytes().to_vec()));
            files.push(("logo.svg".into(), BRAND_LOGO.to_vec()));
        }
        Some(path) => {
            let loaded = crate::brand::Brand::load(path, None)?;
            let folder = path.parent().unwrap_or(Path::new("."));
            let text = fsx::read_bounded(path, 1 << 20).map_err(|d| vec![d])?;
            // The copy keeps brand.toml as it is: its paths must lead into its own folder.
            let climbs = String::from_utf8_lossy(&text).contains("../")
                || String::from_utf8_lossy(&text).contains("..\\");
            if climbs {
                return Err(vec![
                    Diagnostic::file(path, msg!("export-brand-parent"))
                        .with_hint(msg!("hint-export-brand-parent")),
                ]);
            }
            files.push(("brand.toml".into(), text));
            for asset in &loaded.assets {
                // Assets are named relative to the brand's folder, inside it.
                let plain = Path::new(asset)
                    .components()
                    .all(|c| matches!(c, std::path::Component::Normal(_)));
                if !plain {
                    let message = crate::msg!("brand-font-outside", file = asset);
                    return Err(vec![Diagnostic::file(path, message)]);
                }
                let bytes =
                    fsx::read_bounded(&folder.join(asset), 64 << 20).map_err(|d| vec![d])?;
                files.push((asset.clone(), bytes));
            }
        }
    }
    for (name, _) in &files {
        let target = dir.join(name);
        if target.exists() {
            return Err(vec![
                Diagnostic::file(&target, msg!("export-exists"))
                    .with_hint(msg!("hint-export-exists")),
            ]);
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        vec![Diagnostic::file(
            dir,
            msg!("cannot-create-folder", reason = &e),
        )]
    })?;
    let mut written = Vec::new();
    for (name, bytes) in files {
        let target = dir.join(name);
        fsx::write_atomic(&target, &bytes).map_err(|d| vec![d])?;
        written.push(target);
    }
    Ok(written)
}
