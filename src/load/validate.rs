//! The record's rules beyond its shape: unique municipalities, one cover photo, the date
//! against the folder, photo paths confined to the event folder, photo files by content.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use super::reader::Ctx;
use crate::catalog::{Arg, Message};
use crate::diagnostics::line_col;
use crate::msg;
use crate::record::{Date, Photo, Spanned};

/// Each municipality has one table (compared without case).
pub fn unique_municipalities(cx: &mut Ctx, municipalities: &[Option<Spanned<String>>]) {
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, m) in municipalities.iter().enumerate() {
        let Some(m) = m else { continue };
        let key = m.value.to_lowercase();
        if let Some((first, line)) = seen.get(&key) {
            cx.error_key(
                &format!("tables[{i}].municipality"),
                m.span.clone(),
                msg!(
                    "municipality-twice",
                    i = i,
                    name = &m.value,
                    first = *first,
                    line = *line
                ),
                Some(msg!("hint-municipality-twice")),
            );
        } else {
            let (line, _) = line_col(&cx.source, m.span.start);
            seen.insert(key, (i, line));
        }
    }
}

/// At most one photo has `cover = true`.
pub fn one_cover<'p>(cx: &mut Ctx, photos: impl Iterator<Item = &'p Photo>) {
    let mut first: Option<(&str, usize)> = None;
    for p in photos.filter(|p| p.cover.value) {
        match first {
            None => first = Some((&p.key, line_col(&cx.source, p.cover.span.start).0)),
            Some((key, line)) => cx.error_key(
                &format!("{}.cover", p.key),
                p.cover.span.clone(),
                msg!("second-cover", photo = &p.key, cover = key, line = line),
                Some(msg!("hint-second-cover")),
            ),
        }
    }
}

/// `events/<year>/<yyyy-mm-dd>-<name>/`: the year folder and the date prefix must agree.
pub fn date_matches_folder(cx: &mut Ctx, date: &Spanned<Date>) {
    let Some(dir) = cx.dir.clone() else { return };
    let iso = date.value.iso();
    let abs = std::path::absolute(&dir.dir).unwrap_or_else(|_| dir.dir.clone());
    let year_folder = abs
        .parent()
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let year = format!("{:04}", date.value.year);
    if year_folder != year {
        cx.error_key(
            "event.date",
            date.span.clone(),
            msg!("date-year-folder", year = &year, folder = year_folder),
            Some(msg!("hint-date-year-folder", year = &year, iso = &iso)),
        );
    }
    let expected = format!("{iso}-");
    if !dir.name.starts_with(&expected) || dir.name.len() == expected.len() {
        cx.error_key(
            "event.date",
            date.span.clone(),
            msg!("date-folder-name", iso = &iso, folder = &dir.name),
            Some(msg!("hint-date-folder-name", iso = &iso)),
        );
    }
}

/// A draft names the day until which the aldermen may react, and that day is not before
/// the event.
pub fn review(
    cx: &mut Ctx,
    status: &Spanned<crate::record::Status>,
    review_by: Option<&Spanned<Date>>,
    date: &Spanned<Date>,
) {
    if status.value == crate::record::Status::Draft && review_by.is_none() {
        cx.error_key(
            "event.status",
            status.span.clone(),
            msg!("draft-without-review-by"),
            Some(msg!("hint-draft-without-review-by")),
        );
    }
    if let Some(r) = review_by
        && r.value < date.value
    {
        cx.error_key(
            "event.review_by",
            r.span.clone(),
            msg!(
                "review-by-before-event",
                day = r.value.iso(),
                event = date.value.iso()
            ),
            Some(msg!("hint-review-by-before-event")),
        );
    }
}

/// A table cannot have been approved before the event.
pub fn approved_after_event(
    cx: &mut Ctx,
    date: &Spanned<Date>,
    tables: &[Option<crate::record::Table>],
) {
    for (i, t) in tables.iter().enumerate() {
        let Some(approved) = t.as_ref().and_then(|t| t.approved.as_ref()) else {
            continue;
        };
        if approved.value < date.value {
            cx.error_key(
                &format!("tables[{i}].approved"),
                approved.span.clone(),
                msg!(
                    "approved-before-event",
                    i = i,
                    day = approved.value.iso(),
                    event = date.value.iso()
                ),
                Some(msg!("hint-approved-before-event")),
            );
        }
    }
}

/// Confines the path to the event folder, and checks the file is an image by its content.
/// Returns the photo's real path and upright pixel size when it is an image inside the event
/// folder whose header is sound and whose size is within limits.
pub fn photo_file(
    cx: &mut Ctx,
    key: &str,
    file: &Spanned<String>,
) -> Option<(PathBuf, (u32, u32))> {
    let dir = cx.dir.clone()?;
    let year_folder = cx.folder == "year folder";
    let folder = if year_folder {
        msg!("folder-year")
    } else {
        msg!("folder-event")
    };
    let key = format!("{key}.file");
    let rel = Path::new(&file.value);
    let name = file.value.as_str();
    let err = |cx: &mut Ctx, problem: Message, hint: Message| {
        cx.error_key(
            &key,
            file.span.clone(),
            msg!("photo-problem", key = &key, problem = problem),
            Some(hint),
        );
        None
    };
    let escapes = rel.components().any(|c| {
        matches!(
            c,
            Component::ParentDir | Component::RootDir | Component::Prefix(_)
        )
    }) || file.value.starts_with('\\')
        || file.value.contains(":\\");
    if escapes {
        let example = if year_folder {
            "2023-05-04-event/photos/name.jpg"
        } else {
            "photos/name.jpg"
        };
        return err(
            cx,
            msg!("photo-leaves-folder", name = name, folder = folder.clone()),
            msg!(
                "hint-photo-leaves-folder",
                folder = folder,
                example = example
            ),
        );
    }
    // Windows shows paths with \; elsewhere \ is a character of a name. Never resolved
    // either way: a record means the same on every computer.
    if file.value.contains('\\') {
        return err(
            cx,
            msg!("photo-backslash", name = name),
            msg!("hint-photo-backslash", path = name.replace('\\', "/")),
        );
    }
    // Names must match exactly, capitals too: a record that works on a Windows or macOS
    // laptop must work on the archive computer as well.
    match on_disk(&dir.dir, &file.value) {
        OnDisk::Exact | OnDisk::Missing => {}
        OnDisk::Case(actual) => {
            return err(
                cx,
                msg!("photo-capitals", name = name, actual = &actual),
                msg!("hint-photo-capitals", actual = &actual),
            );
        }
        OnDisk::Form(actual) => {
            return err(
                cx,
                msg!("photo-accents", name = name, actual = &actual),
                msg!("hint-photo-accents"),
            );
        }
        OnDisk::Typo(actual) => {
            return err(
                cx,
                msg!("photo-missing", name = name),
                msg!(
                    "hint-photo-typo",
                    actual = &actual,
                    folder = folder,
                    dir = dir.dir.display().to_string()
                ),
            );
        }
    }
    let path = dir.dir.join(rel);
    let root = dir.dir.canonicalize().ok()?;
    let real = path.canonicalize();
    let real = match real {
        Ok(real) => real,
        Err(_) => {
            let hint = msg!(
                "hint-photo-missing",
                folder = folder,
                dir = dir.dir.display().to_string()
            );
            return err(cx, msg!("photo-missing", name = name), hint);
        }
    };
    if !real.starts_with(&root) {
        return err(
            cx,
            msg!("photo-link-out", name = name, folder = folder.clone()),
            msg!("hint-photo-link-out", folder = folder),
        );
    }
    if real.is_dir() {
        return err(
            cx,
            msg!("photo-is-folder", name = name),
            msg!("hint-photo-is-folder"),
        );
    }
    match photo_content(&real, name) {
        Ok(size) => Some((real, size)),
        Err((problem, hint)) => err(cx, problem, hint),
    }
}

/// Whether the file at `path` (named `name` in messages) is a photo verslag can print, by
/// its content: its upright pixel size, or the problem and what to do about it. `check` and
/// the studio's upload say the same.
pub fn photo_content(path: &Path, name: &str) -> Result<(u32, u32), (Message, Message)> {
    match sniff(path) {
        Ok(Kind::Image) => match crate::photos::upright_size(path) {
            Ok((w, h)) if w.min(h) < crate::photos::MIN_SIDE => Err((
                msg!(
                    "photo-too-small",
                    name = name,
                    width = i64::from(w),
                    height = i64::from(h)
                ),
                msg!(
                    "hint-photo-too-small",
                    min = i64::from(crate::photos::MIN_SIDE)
                ),
            )),
            Ok(size) => Ok(size),
            Err(e) => {
                let hint = match e {
                    crate::photos::Refusal::TooLarge(_) => msg!("hint-photo-too-large"),
                    crate::photos::Refusal::Unreadable(_) => msg!("hint-photo-unreadable"),
                };
                Err((
                    msg!("photo-refused", name = name, reason = e.message()),
                    hint,
                ))
            }
        },
        Ok(Kind::Heic) => Err((
            msg!("photo-not-a-photo", name = name, kind = msg!("file-heic")),
            msg!("hint-photo-heic"),
        )),
        Ok(Kind::Other(what)) => Err((
            msg!("photo-not-a-photo", name = name, kind = what),
            msg!("hint-photo-export"),
        )),
        Err(e) => Err((
            msg!("photo-unreadable", name = name, reason = e.to_string()),
            msg!("hint-photo-readable"),
        )),
    }
}

enum Kind {
    Image,
    /// An iPhone's photo or video.
    Heic,
    /// What the file is instead.
    Other(Message),
}

/// How a path written in a record matches the names on disk, compared name by name.
enum OnDisk {
    /// Every name is there exactly as written.
    Exact,
    /// A name is there only in other capitals: the path as it is on disk.
    Case(String),
    /// A name is there with its accents stored otherwise (composed or decomposed Unicode, as
    /// macOS writes them): the path as it is on disk.
    Form(String),
    /// A name is not there, but one a letter away is: the path with that name.
    Typo(String),
    /// Nothing close.
    Missing,
}

fn on_disk(dir: &Path, rel: &str) -> OnDisk {
    use unicode_normalization::UnicodeNormalization;
    let mut here = dir.to_path_buf();
    let mut actual = Vec::new();
    let mut found = OnDisk::Exact;
    for part in rel.split('/').filter(|p| !p.is_empty() && *p != ".") {
        let names: Vec<String> = std::fs::read_dir(&here)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let lower = part.to_lowercase();
        let nfc = |s: &str| s.nfc().collect::<String>();
        let name = if names.iter().any(|n| n == part) {
            part.to_string()
        } else if let Some(n) = names.iter().find(|n| nfc(n) == nfc(part)) {
            if !matches!(found, OnDisk::Typo(_)) {
                found = OnDisk::Form(String::new());
            }
            n.clone()
        } else if let Some(n) = names.iter().find(|n| n.to_lowercase() == lower) {
            if matches!(found, OnDisk::Exact) {
                found = OnDisk::Case(String::new());
            }
            n.clone()
        } else if let Some(n) = names
            .iter()
            .filter(|n| {
                lower.chars().count() >= 4 && strsim::levenshtein(&n.to_lowercase(), &lower) == 1
            })
            .min()
        {
            found = OnDisk::Typo(String::new());
            n.clone()
        } else {
            return OnDisk::Missing;
        };
        here.push(&name);
        actual.push(name);
    }
    match found {
        OnDisk::Case(_) => OnDisk::Case(actual.join("/")),
        OnDisk::Form(_) => OnDisk::Form(actual.join("/")),
        OnDisk::Typo(_) => OnDisk::Typo(actual.join("/")),
        other => other,
    }
}

fn sniff(path: &Path) -> std::io::Result<Kind> {
    let mut head = [0u8; 16];
    let mut f = std::fs::File::open(path)?;
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..])? {
            0 => break,
            k => n += k,
        }
    }
    let h = &head[..n];
    Ok(if n == 0 {
        Kind::Other(msg!("file-empty"))
    } else if h.starts_with(&[0xFF, 0xD8, 0xFF])
        || h.starts_with(b"\x89PNG\r\n\x1a\n")
        || (h.starts_with(b"RIFF") && h.get(8..12) == Some(b"WEBP"))
    {
        Kind::Image
    } else if h.get(4..8) == Some(b"ftyp") {
        Kind::Heic
    } else if h.starts_with(b"II*\0") || h.starts_with(b"MM\0*") {
        Kind::Other(msg!("file-tiff"))
    } else if h.starts_with(b"GIF8") {
        Kind::Other(msg!("file-gif"))
    } else if h.starts_with(b"%PDF") {
        Kind::Other(msg!("file-pdf"))
    } else if std::str::from_utf8(h).is_ok_and(|_| true)
        || std::str::from_utf8(h).is_err_and(|e| e.error_len().is_none())
    {
        Kind::Other(msg!("file-text"))
    } else {
        Kind::Other(msg!("file-unknown"))
    })
}

/// A photo without `alt` is read out by its caption, which says what happened, not what is
/// seen.
pub fn no_alt(cx: &mut Ctx, key: &str, caption: &Spanned<String>) {
    // At the field the studio shows it beside, the one left empty.
    cx.warn_key(
        &format!("{key}.alt"),
        caption.span.clone(),
        msg!("photo-no-alt", key = key, caption = &caption.value),
        Some(msg!("hint-photo-no-alt", key = key)),
    );
}

/// `2.345` meant as two thousand three hundred and forty-five, as Dutch writes it, is read
/// as a decimal by TOML. Three digits after the point, and digits before it that could be a
/// thousands group (not `0`, no `_`), is an error in a Dutch record and a warning in an
/// English one.
pub fn thousands_point(cx: &mut Ctx, key: &str, n: &super::reader::Number) {
    let raw = n.raw.as_str();
    let unsigned = raw.trim_start_matches(['+', '-']);
    let Some((whole, fraction)) = unsigned.split_once('.') else {
        return;
    };
    let looks_grouped = fraction.len() == 3
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && (1..=3).contains(&whole.len())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && whole != "0";
    if !looks_grouped {
        return;
    }
    let sign = if raw.starts_with('-') { "-" } else { "" };
    let message = msg!(
        "thousands-point",
        key = key,
        raw = raw,
        spoken = Arg::Spoken(raw.to_string()),
        digits = format!("{sign}{whole}{fraction}"),
        grouped = format!("{sign}{whole}_{fraction}")
    );
    let hint = Some(msg!("hint-thousands-point", raw = raw));
    match cx.language {
        crate::record::Language::Nl => cx.error_key(key, n.span.clone(), message, hint),
        crate::record::Language::En => cx.warn_key(key, n.span.clone(), message, hint),
    }
}

/// `solutions = ["A, B, C"]`: one solution with two or more commas or semicolons is most
/// likely a list typed as one text.
pub fn one_solution_holding_a_list(cx: &mut Ctx, key: &str, solutions: &Spanned<Vec<String>>) {
    let [only] = solutions.value.as_slice() else {
        return;
    };
    let parts: Vec<&str> = only
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if only.matches([',', ';']).count() < 2 || parts.len() < 3 {
        return;
    }
    let split: Vec<String> = parts.iter().map(|p| format!("\"{p}\"")).collect();
    cx.warn_key(
        key,
        solutions.span.clone(),
        msg!("solution-list", key = key, count = parts.len()),
        Some(msg!("hint-solution-list", solutions = split.join(", "))),
    );
}
