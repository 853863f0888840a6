//! The record's rules beyond its shape: unique municipalities, one cover photo, the date
//! against the folder, photo paths confined to the event folder, photo files by content.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use super::reader::Ctx;
use crate::diagnostics::line_col;
use crate::record::{Date, Photo, Spanned};

/// Each municipality has one table (compared without case).
pub fn unique_municipalities(cx: &mut Ctx, municipalities: &[Option<Spanned<String>>]) {
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, m) in municipalities.iter().enumerate() {
        let Some(m) = m else { continue };
        let key = m.value.to_lowercase();
        if let Some((first, line)) = seen.get(&key) {
            cx.error(
                m.span.clone(),
                format!(
                    "`tables[{i}].municipality`: \"{}\" already has a table (tables[{first}], line {line})",
                    m.value
                ),
                Some("each municipality has one table; merge the two tables".into()),
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
            Some((key, line)) => cx.error(
                p.cover.span.clone(),
                format!(
                    "`{}.cover`: a second cover photo ({key} is the cover, line {line})",
                    p.key
                ),
                Some("at most one photo has `cover = true`; remove it from the others".into()),
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
        cx.error(
            date.span.clone(),
            format!(
                "`event.date` is in {year}, but the event folder is in the year folder \"{year_folder}\""
            ),
            Some(format!(
                "keep events as events/{year}/{iso}-<name>/, or correct the date"
            )),
        );
    }
    let expected = format!("{iso}-");
    if !dir.name.starts_with(&expected) || dir.name.len() == expected.len() {
        cx.error(
            date.span.clone(),
            format!(
                "`event.date` is {iso}, but the event folder is named \"{}\"",
                dir.name
            ),
            Some(format!(
                "name the folder {iso}-<name> (e.g. {iso}-praktijktafel), or correct the date"
            )),
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
        cx.error(
            status.span.clone(),
            "a draft needs `event.review_by`: the day until which the aldermen may react".into(),
            Some("add `review_by = 2022-11-15` (a date, without quotes) in [event]".into()),
        );
    }
    if let Some(r) = review_by
        && r.value < date.value
    {
        cx.error(
            r.span.clone(),
            format!(
                "`event.review_by` {} is before the event itself ({})",
                r.value.iso(),
                date.value.iso()
            ),
            Some("the aldermen review after the event: give a day after it".into()),
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
            cx.error(
                approved.span.clone(),
                format!(
                    "`tables[{i}].approved` {} is before the event ({})",
                    approved.value.iso(),
                    date.value.iso()
                ),
                Some("an approval comes after the event: check the day".into()),
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
    let folder = cx.folder;
    let key = format!("{key}.file");
    let rel = Path::new(&file.value);
    let err = |cx: &mut Ctx, msg: String, hint: &str| {
        cx.error(
            file.span.clone(),
            format!("`{key}`: {msg}"),
            Some(hint.to_string()),
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
        return err(
            cx,
            format!("\"{}\" leaves the {folder}", file.value),
            &format!(
                "photos live inside the {folder}; write a path like \"{}\" (no `..`, no leading `/`)",
                if folder == "year folder" {
                    "2023-05-04-event/photos/name.jpg"
                } else {
                    "photos/name.jpg"
                }
            ),
        );
    }
    // Windows shows paths with \; elsewhere \ is a character of a name. Never resolved
    // either way: a record means the same on every computer.
    if file.value.contains('\\') {
        return err(
            cx,
            format!("\"{}\" has a \\ between folders", file.value),
            &format!(
                "write / between folders: \"{}\"",
                file.value.replace('\\', "/")
            ),
        );
    }
    // Names must match exactly, capitals too: a record that works on a Windows or macOS
    // laptop must work on the archive computer as well.
    match on_disk(&dir.dir, &file.value) {
        OnDisk::Exact | OnDisk::Missing => {}
        OnDisk::Case(actual) => {
            return err(
                cx,
                format!(
                    "\"{}\" differs in capitals from the file \"{actual}\"",
                    file.value
                ),
                &format!("write \"{actual}\": on other computers capitals count"),
            );
        }
        OnDisk::Form(actual) => {
            return err(
                cx,
                format!(
                    "\"{}\" stores its accents otherwise than the file's name \"{actual}\"",
                    file.value
                ),
                "copy the file's name into the record (macOS and Windows write accents \
                 differently; the record must match the file exactly)",
            );
        }
        OnDisk::Typo(actual) => {
            return err(
                cx,
                format!("no file \"{}\"", file.value),
                &format!(
                    "did you mean \"{actual}\"? Paths are relative to the {folder} {}",
                    dir.dir.display()
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
            let hint = format!(
                "paths are relative to the {folder} {}; check the spelling and the extension",
                dir.dir.display()
            );
            return err(cx, format!("no file \"{}\"", file.value), &hint);
        }
    };
    if !real.starts_with(&root) {
        return err(
            cx,
            format!(
                "\"{}\" is a link that leads out of the {folder}",
                file.value
            ),
            &format!("copy the photo into the {folder} instead of linking to it"),
        );
    }
    if real.is_dir() {
        return err(
            cx,
            format!("\"{}\" is a folder, not a photo", file.value),
            "name the photo file itself, e.g. \"photos/name.jpg\"",
        );
    }
    match sniff(&real) {
        Ok(Kind::Image) => match crate::photos::upright_size(&real) {
            Ok((w, h)) if w.min(h) < crate::photos::MIN_SIDE => err(
                cx,
                format!(
                    "\"{}\" is only {w} x {h} pixels: too small to print",
                    file.value
                ),
                &format!(
                    "a photo needs at least {} pixels on its shorter side; use the original photo",
                    crate::photos::MIN_SIDE
                ),
            ),
            Ok(size) => Some((real, size)),
            Err(e) => {
                let hint = match e {
                    crate::photos::Refusal::TooLarge(_) => {
                        "make the photo smaller in a photo editor and export it again as JPEG"
                    }
                    crate::photos::Refusal::Unreadable(_) => {
                        "open the photo in a photo viewer; export it again as JPEG if it does not show"
                    }
                };
                err(cx, format!("\"{}\": {e}", file.value), hint)
            }
        },
        Ok(Kind::Other(what)) => err(
            cx,
            format!(
                "\"{}\" is {what}, not a JPEG, PNG or WebP photo",
                file.value
            ),
            if what == HEIC {
                "an iPhone saves HEIC: mail or AirDrop the photo to yourself, which turns it into \
                 JPEG, or set the iPhone to Settings > Camera > Formats > Most Compatible for the \
                 next event; then name the JPEG file"
            } else {
                "export or save the photo as JPEG (or PNG/WebP) and name that file"
            },
        ),
        Err(e) => err(
            cx,
            format!("cannot read \"{}\": {e}", file.value),
            "check that the file is readable",
        ),
    }
}

enum Kind {
    Image,
    Other(&'static str),
}

/// Recognises a file by its first bytes, never by its extension.
const HEIC: &str = "a HEIC/HEIF or video file (iPhone format)";

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
        Kind::Other("an empty file")
    } else if h.starts_with(&[0xFF, 0xD8, 0xFF])
        || h.starts_with(b"\x89PNG\r\n\x1a\n")
        || (h.starts_with(b"RIFF") && h.get(8..12) == Some(b"WEBP"))
    {
        Kind::Image
    } else if h.get(4..8) == Some(b"ftyp") {
        Kind::Other(HEIC)
    } else if h.starts_with(b"II*\0") || h.starts_with(b"MM\0*") {
        Kind::Other("a TIFF image")
    } else if h.starts_with(b"GIF8") {
        Kind::Other("a GIF image")
    } else if h.starts_with(b"%PDF") {
        Kind::Other("a PDF document")
    } else if std::str::from_utf8(h).is_ok_and(|_| true)
        || std::str::from_utf8(h).is_err_and(|e| e.error_len().is_none())
    {
        Kind::Other("a text file")
    } else {
        Kind::Other("an unknown kind of file")
    })
}

/// A photo without `alt` is read out by its caption, which says what happened, not what is
/// seen.
pub fn no_alt(cx: &mut Ctx, key: &str, caption: &Spanned<String>) {
    cx.warn(
        caption.span.clone(),
        format!(
            "`{key}` has no `alt`: screen readers will read its caption \"{}\" instead",
            caption.value
        ),
        Some(format!(
            "add `alt = \"...\"` to {key} saying what is seen in the photo; the caption says \
             what happened, the alt text what is seen"
        )),
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
    let message = format!(
        "`{key}`: {raw} is read as {}; write {sign}{whole}{fraction} (or {sign}{whole}_{fraction})",
        crate::i18n::spoken_decimal(raw)
    );
    let hint = Some(format!(
        "for a decimal, write four digits after the point: {raw}0"
    ));
    match cx.language {
        crate::record::Language::Nl => cx.error(n.span.clone(), message, hint),
        crate::record::Language::En => cx.warn(n.span.clone(), message, hint),
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
    cx.warn(
        solutions.span.clone(),
        format!(
            "`{key}` has one solution that reads like a list of {}",
            parts.len()
        ),
        Some(format!(
            "give each solution its own quotes: solutions = [{}]",
            split.join(", ")
        )),
    );
}
