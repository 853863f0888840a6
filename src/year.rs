//! The year record, `events/<year>/year.toml` (format version 1): an optional title, cover
//! photo, foreword with its signatory and thanks for the yearbook. Read and checked like
//! event.toml, every problem located; see docs/record-format.md, "The year record".

use std::path::{Path, PathBuf};
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::load::reader::{Ctx, Obj};
use crate::load::{EventDir, read_source, syntax_error};
use crate::record::{Language, Person, Spanned, Text};

/// The file name of a year record, in a year folder.
pub const FILE_NAME: &str = "year.toml";

/// The keys each table of a year record may hold; the schema is checked against these.
pub mod keys {
    pub const RECORD: &[&str] = &["version", "year", "cover", "foreword", "thanks"];
    pub const YEAR: &[&str] = &["title", "subtitle", "language"];
    pub const COVER: &[&str] = &["file", "alt", "credit"];
    pub const FOREWORD: &[&str] = &["title", "text", "signatory"];
    pub const THANKS: &[&str] = &["title", "text"];
}

/// The record of one year (format version 1).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "verslag year record, format version 1")]
pub struct YearRecord {
    /// The record format version: always 1.
    #[schemars(range(min = 1, max = 1))]
    pub version: i64,
    /// The yearbook's title and language; all optional.
    #[serde(default)]
    pub year: YearInfo,
    /// The yearbook's cover photo.
    pub cover: Option<YearCover>,
    pub foreword: Option<Foreword>,
    pub thanks: Option<Thanks>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct YearInfo {
    /// The yearbook's title; "Jaaroverzicht <year>" (or "Yearbook <year>") when left out.
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// "nl" (the default) or "en": the yearbook's labels and dates.
    #[serde(default)]
    pub language: Language,
}

/// A photo inside the year folder, e.g. from one of the year's events.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct YearCover {
    /// Relative to the year folder: "2022-11-01-praktijktafel-amersfoort/photos/a.jpg".
    pub file: Spanned<String>,
    /// A description for screen readers.
    pub alt: String,
    /// Photographer and licence.
    pub credit: Option<String>,
    #[serde(skip)]
    pub resolved: PathBuf,
    #[serde(skip)]
    pub size: (u32, u32),
}

/// The foreword, signed.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Foreword {
    /// "Voorwoord" / "Foreword" when left out.
    pub title: Option<String>,
    pub text: Text,
    /// Who signs it.
    pub signatory: Person,
}

/// Thanks to partners, hosts and volunteers.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Thanks {
    /// "Met dank aan" / "With thanks to" when left out.
    pub title: Option<String>,
    pub text: Text,
}

/// A year record that passed every check, with its year and where it came from.
#[derive(Debug, Clone)]
pub struct LoadedYear {
    pub year: u16,
    pub path: PathBuf,
    pub record: YearRecord,
    pub source: Arc<str>,
}

/// The event folders of a year, sorted: every folder directly below it.
pub fn event_folders(dir: &Path) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir() && !is_hidden(p))
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    folders
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// Whether a command-line argument names a year record rather than an event.
pub fn is_year_record(arg: &Path) -> bool {
    arg.file_name().is_some_and(|n| n == FILE_NAME) && arg.is_file()
}

/// Reads and checks `path`, a year.toml in a year folder; `Err` holds every problem.
pub fn load(path: &Path) -> Result<LoadedYear, Vec<Diagnostic>> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let abs = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
    let name = abs
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let year = match name.parse::<u16>() {
        Ok(y) if name.len() == 4 => y,
        _ => {
            return Err(vec![
                Diagnostic::file(path, crate::msg!("year-record-folder", folder = &name))
                    .with_hint(crate::msg!("hint-year-record-folder")),
            ]);
        }
    };
    let source = read_source(path).map_err(|d| vec![d])?;
    let mut cx = Ctx::new(path.to_path_buf(), source.clone());
    cx.folder = "year folder";
    cx.dir = Some(EventDir {
        dir: folder.to_path_buf(),
        toml: path.to_path_buf(),
        name: name.clone(),
        slug: name,
    });
    let record = match toml::de::DeTable::parse(&source) {
        Ok(root) => record(&mut cx, &Obj::root(&root)),
        Err(e) => {
            syntax_error(&mut cx, &source, &e);
            None
        }
    };
    match record {
        Some(record) if cx.diags.is_empty() => Ok(LoadedYear {
            year,
            path: path.to_path_buf(),
            record,
            source,
        }),
        _ => {
            let mut diags = cx.diags;
            diags.sort_by_key(Diagnostic::sort_key);
            Err(diags)
        }
    }
}

fn record(cx: &mut Ctx, root: &Obj<'_, '_>) -> Option<YearRecord> {
    root.deny_unknown(cx, keys::RECORD);
    let version = crate::load::sections::version(cx, root);
    let year = match root.table(cx, "year", false) {
        Some(t) => {
            t.deny_unknown(cx, keys::YEAR);
            let title = t.opt_str(cx, "title");
            let subtitle = t.opt_str(cx, "subtitle");
            crate::load::sections::language(cx, &t).map(|language| YearInfo {
                title,
                subtitle,
                language,
            })
        }
        None => (!root.has("year")).then(YearInfo::default),
    };
    let cover = optional(cx, root, "cover", |cx, t| {
        t.deny_unknown(cx, keys::COVER);
        let file = t.req_path(cx, "file");
        let alt = t.req_str(cx, "alt");
        let credit = t.opt_str(cx, "credit");
        let resolved = file
            .as_ref()
            .and_then(|f| crate::load::validate::photo_file(cx, t.path(), f));
        let (resolved, size) = resolved?;
        Some(YearCover {
            file: file?,
            alt: alt?.value,
            credit,
            resolved,
            size,
        })
    });
    let foreword = optional(cx, root, "foreword", |cx, t| {
        t.deny_unknown(cx, keys::FOREWORD);
        let title = t.opt_str(cx, "title");
        let text = t.req_text(cx, "text");
        let signatory = crate::load::sections::person(cx, t, "signatory", true);
        Some(Foreword {
            title,
            text: text?,
            signatory: signatory??,
        })
    });
    let thanks = optional(cx, root, "thanks", |cx, t| {
        t.deny_unknown(cx, keys::THANKS);
        let title = t.opt_str(cx, "title");
        let text = t.req_text(cx, "text");
        Some(Thanks { title, text: text? })
    });
    Some(YearRecord {
        version: version?,
        year: year?,
        cover: cover?,
        foreword: foreword?,
        thanks: thanks?,
    })
}

/// An optional section: `Some(None)` when absent, `None` when present but broken.
fn optional<T>(
    cx: &mut Ctx,
    root: &Obj<'_, '_>,
    key: &str,
    read: impl FnOnce(&mut Ctx, &Obj<'_, '_>) -> Option<T>,
) -> Option<Option<T>> {
    match root.table(cx, key, false) {
        Some(t) => read(cx, &t).map(Some),
        None => (!root.has(key)).then_some(None),
    }
}
