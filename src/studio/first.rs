//! The studio's first page, while it has no events folder (none given, none served before,
//! no `events` here): a typed path, or a folder picked by name in Documents, on the Desktop or
//! beside the program. A folder that holds year folders is taken as it is; an empty one
//! becomes an events folder (with a contacts file as `verslag new` writes it). From then on
//! the studio serves only below it.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use super::pages::{frame, t};
use crate::catalog::Message;
use crate::msg;
use crate::record::Language;
use crate::web::html::escape as esc;

/// The places offered: (their name, the folder).
fn places() -> Vec<(Message, PathBuf)> {
    let program = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf));
    [
        (msg!("first-documents"), dirs::document_dir()),
        (msg!("first-desktop"), dirs::desktop_dir()),
        (msg!("first-program"), program),
    ]
    .into_iter()
    .filter_map(|(name, dir)| Some((name, dir?)))
    .filter(|(_, dir)| dir.is_dir())
    .collect()
}

/// Whether `dir` holds a year folder (`2022`).
fn has_years(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.len() == 4 && name.chars().all(|c| c.is_ascii_digit()) && e.path().is_dir()
        })
    })
}

/// The folder a typed path names, once it may be an events folder: whole (no `..`), a folder,
/// and holding year folders or nothing. An empty one is made an events folder here.
pub fn accept(typed: &str, lang: Language) -> Result<PathBuf, Message> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(msg!("first-empty"));
    }
    let path = Path::new(typed);
    if path.components().any(|c| c == Component::ParentDir) {
        return Err(msg!("first-dotdot", path = typed));
    }
    if !path.is_absolute() {
        return Err(msg!("first-relative", path = typed));
    }
    if path.is_file() {
        return Err(msg!("first-file", path = typed));
    }
    let dir = std::fs::canonicalize(path).map_err(|_| msg!("first-missing", path = typed))?;
    let empty = std::fs::read_dir(&dir)
        .map_err(|e| msg!("first-unreadable", path = typed, reason = &e))?
        .next()
        .is_none();
    if empty {
        crate::new::contacts_file(&dir, lang).map_err(|d| d.message)?;
        return Ok(dir);
    }
    if has_years(&dir) {
        Ok(dir)
    } else {
        Err(msg!("first-not-events", path = typed))
    }
}

/// A new empty folder `verslagen` in `place` (`verslagen-2`, … when taken), to become the
/// events folder.
pub fn new_in(place: &str, lang: Language) -> Result<PathBuf, Message> {
    let place = Path::new(place.trim());
    if !places().iter().any(|(_, p)| p == place) {
        return Err(msg!("first-missing", path = place.display().to_string()));
    }
    let base = match lang {
        Language::Nl => "verslagen",
        Language::En => "reports",
    };
    for n in 1..100 {
        let dir = if n == 1 {
            place.join(base)
        } else {
            place.join(format!("{base}-{n}"))
        };
        match std::fs::create_dir(&dir) {
            Ok(()) => return accept(&dir.to_string_lossy(), lang),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(msg!(
                    "first-unreadable",
                    path = dir.display().to_string(),
                    reason = &e
                ));
            }
        }
    }
    Err(msg!("first-missing", path = place.display().to_string()))
}

/// The page: what was typed and why it was refused, if it was; the places with their
/// folders, by name only.
pub fn page(lang: Language, typed: &str, refused: Option<&Message>) -> String {
    let mut body = format!(
        "<h1>{}</h1><p>{}</p>",
        t(msg!("first-heading"), lang),
        t(msg!("first-intro"), lang)
    );
    if let Some(why) = refused {
        let _ = write!(
            body,
            "<p class=\"bad\" role=\"alert\">{}</p>",
            esc(&super::pages::capitalized(&why.show(lang)))
        );
    }
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/choose\" class=\"first\">\
<label>{} <input name=\"path\" value=\"{}\" spellcheck=\"false\" autocomplete=\"off\"></label>\
<button>{}</button></form>",
        t(msg!("first-type"), lang),
        esc(typed),
        t(msg!("first-use"), lang)
    );
    for (i, (name, dir)) in places().iter().enumerate() {
        let _ = write!(
            body,
            "<section aria-labelledby=\"p{i}\" class=\"place\"><h2 id=\"p{i}\">{}</h2>\
<p class=\"slug\">{}</p><form method=\"post\" action=\"/choose\"><ul class=\"folders\">",
            t(name.clone(), lang),
            esc(&dir.display().to_string())
        );
        let mut folders: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| e.path().is_dir())
                    .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
                    .filter(|(n, _)| !n.starts_with('.'))
                    .collect()
            })
            .unwrap_or_default();
        folders.sort();
        for (name, path) in folders.iter().take(60) {
            let events = if has_years(path) {
                format!(
                    " <span class=\"ok\">{}</span>",
                    t(msg!("first-is-events"), lang)
                )
            } else {
                String::new()
            };
            let _ = write!(
                body,
                "<li><button class=\"secondary\" name=\"path\" value=\"{}\">{}</button>{events}</li>",
                esc(&path.display().to_string()),
                esc(name)
            );
        }
        let _ = write!(
            body,
            "</ul><p><button name=\"new_in\" value=\"{}\">{}</button></p></form></section>",
            esc(&dir.display().to_string()),
            t(msg!("first-new-here"), lang)
        );
    }
    frame(lang, "/", &t(msg!("first-heading"), lang), &body)
}
