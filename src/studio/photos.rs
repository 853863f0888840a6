//! Photos dropped into the studio's page: each streamed to a temp file in the event's
//! `photos/`, checked by its content as `check` checks a photo, and kept under a safe name
//! that never replaces another file (the same bytes again are the same photo); and the small
//! pictures the form shows, made through the photo cache.

use std::io::{Read, Write};
use std::path::{Component, Path};

use serde_json::{Value as Json, json};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::catalog::Message;
use crate::fsx::TempFile;
use crate::msg;
use crate::photos::Placement;
use crate::record::Language;

/// The extensions a dropped photo may have; HEIC is let through to be told apart by its
/// content, with the iPhone's tip.
const EXTENSIONS: [&str; 6] = ["jpg", "jpeg", "png", "webp", "heic", "heif"];
/// The longer side of the form's small pictures, in pixels.
const THUMB_PX: f64 = 320.0;

/// The name a dropped file is kept under in `photos/`: NFC, safe on every system, with its
/// extension in small letters; or why it cannot be (a path, `..`, not a photo's extension).
pub fn safe_name(sent: &str) -> Result<String, (Message, Message)> {
    let name: String = sent.trim().nfc().collect();
    let bad = name.is_empty()
        || name.contains(['/', '\\'])
        || name.contains("..")
        || name.starts_with('.')
        || name.chars().any(char::is_control)
        || name.chars().count() > 120;
    if bad {
        return Err((msg!("upload-name", name = sent), msg!("hint-upload-name")));
    }
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name.as_str(), ""));
    let ext = ext.to_lowercase();
    if !EXTENSIONS.contains(&ext.as_str()) || stem.trim().is_empty() {
        return Err((
            msg!("upload-extension", name = sent),
            msg!("hint-photo-export"),
        ));
    }
    Ok(format!(
        "{}.{ext}",
        crate::fsx::safe_name(stem.trim()).replace(' ', "-")
    ))
}

/// Takes one dropped photo for the event in `dir`: `(status, answer)` with the record's
/// path of the kept file, or the reason it was refused (and nothing kept).
pub fn upload(
    dir: &Path,
    sent: &str,
    body: &mut dyn Read,
    length: usize,
    lang: Language,
) -> (u16, Json) {
    let refused = |m: Message, hint: Option<Message>| {
        (
            422,
            json!({"refused": m.show(lang), "hint": hint.map(|h| h.show(lang))}),
        )
    };
    let failed = |e: std::io::Error| {
        let m = msg!("fs-cannot", what = msg!("fs-write"), reason = &e);
        (507, json!({"failed": m.show(lang)}))
    };
    let name = match safe_name(sent) {
        Ok(name) => name,
        Err((m, hint)) => return refused(m, Some(hint)),
    };
    let folder = dir.join("photos");
    if let Err(e) = std::fs::create_dir_all(&folder) {
        return failed(e);
    }
    let mut tmp = match TempFile::new_in(&folder) {
        Ok(t) => t,
        Err(e) => return failed(e),
    };
    let sha = match stream(body, length, &mut tmp) {
        Ok(Some(sha)) => sha,
        Ok(None) => return (400, json!({"failed": msg!("upload-cut").show(lang)})),
        Err(e) => return failed(e),
    };
    if let Err((problem, hint)) = crate::load::validate::photo_content(tmp.path(), &name) {
        return refused(problem, Some(hint));
    }
    match keep(&folder, &mut tmp, &name, &sha, length as u64) {
        Ok((kept, same)) => (200, json!({"file": format!("photos/{kept}"), "same": same})),
        Err(e) => failed(e),
    }
}

/// Copies exactly `length` bytes into `tmp`, hashing them; `None` when fewer came.
fn stream(
    body: &mut dyn Read,
    length: usize,
    tmp: &mut TempFile,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut got = 0;
    let file = tmp.file().ok_or(std::io::ErrorKind::NotFound)?;
    while got < length {
        let want = buf.len().min(length - got);
        let n = match body.read(&mut buf[..want]) {
            Ok(0) | Err(_) => return Ok(None),
            Ok(n) => n,
        };
        hash.update(&buf[..n]);
        file.write_all(&buf[..n])?;
        got += n;
    }
    file.flush()?;
    Ok(Some(hash.finalize().to_vec()))
}

/// Names the temp file (`size` bytes) `name`, or `name-2`, `name-3`, ...: never over another
/// file, and not at all when a file of the same bytes is there already (then that one's name).
fn keep(
    folder: &Path,
    tmp: &mut TempFile,
    name: &str,
    sha: &[u8],
    size: u64,
) -> std::io::Result<(String, bool)> {
    // Temp files (this one, another tab's upload half-way) are no photos: their names start
    // with a dot, which no kept photo's does.
    let existing: Vec<(String, u64)> = std::fs::read_dir(folder)?
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| {
            let len = e.metadata().ok().filter(|m| m.is_file())?.len();
            Some((e.file_name().to_string_lossy().nfc().collect(), len))
        })
        .collect();
    let same_bytes = |file: &str| {
        std::fs::read(folder.join(file)).is_ok_and(|b| Sha256::digest(&b).as_slice() == sha)
    };
    if let Some((same, _)) = existing
        .iter()
        .find(|(n, len)| *len == size && same_bytes(n))
    {
        return Ok((same.clone(), true));
    }
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    for n in 1..10_000 {
        let candidate = if n == 1 {
            name.to_string()
        } else {
            format!("{stem}-{n}.{ext}")
        };
        // Other capitals are the same name on Windows and macOS.
        let taken = existing
            .iter()
            .any(|(e, _)| e.to_lowercase() == candidate.to_lowercase());
        if taken {
            continue;
        }
        if tmp.keep_new(&folder.join(&candidate))? {
            return Ok((candidate, false));
        }
        // It appeared meanwhile (the same photo dropped in a second tab, say).
        if same_bytes(&candidate) {
            return Ok((candidate, true));
        }
    }
    Err(std::io::ErrorKind::AlreadyExists.into())
}

/// A small JPEG of the photo at `file` (a record's path, inside the event folder only), made
/// through the photo cache; `None` when it is no photo there.
pub fn thumbnail(dir: &Path, file: &str, cache: Option<&crate::cache::Cache>) -> Option<Vec<u8>> {
    let rel = Path::new(file);
    if file.is_empty() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let root = dir.canonicalize().ok()?;
    let real = dir.join(rel).canonicalize().ok()?;
    if !real.starts_with(&root) || !real.is_file() {
        return None;
    }
    crate::load::validate::photo_content(&real, file).ok()?;
    let side = THUMB_PX / crate::photos::layout::PRINT_PPI * 25.4;
    let place = Placement {
        index: 0,
        width_mm: side,
        height_mm: side,
        crop: false,
    };
    crate::photos::prepare(&real, &place, cache)
        .ok()
        .map(|p| p.bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_name_is_made_safe_or_refused() {
        assert_eq!(safe_name("Foto 1.JPG").unwrap(), "Foto-1.jpg");
        // NFC: an é typed as e + combining accent is kept as one é.
        assert_eq!(safe_name("cafe\u{301}.jpeg").unwrap(), "café.jpeg");
        assert_eq!(safe_name("CON.png").unwrap(), "_CON.png");
        assert_eq!(safe_name("a:b?.webp").unwrap(), "a-b-.webp");
        for bad in [
            "../x.jpg",
            "a/b.jpg",
            "a\\b.jpg",
            ".hidden.jpg",
            "x..jpg",
            "",
            "notes.txt",
            "photo",
            ".jpg",
        ] {
            assert!(safe_name(bad).is_err(), "{bad}");
        }
    }
}
