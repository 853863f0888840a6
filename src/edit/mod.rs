//! A record edited from a form while it stays the organiser's own file: read with its
//! encoding, byte order mark and line ends, edited through `toml_edit` so that comments,
//! order, blank lines and untouched values stay as they were, and written back atomically,
//! never over a change made since the form read it.

mod apply;
mod rename;
pub mod spec;
pub mod values;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use serde_json::Value as Json;

pub use apply::Refused;
pub use rename::Follower;
use rename::renamed_folder;

use crate::catalog::Message;
use crate::diagnostics::Diagnostic;
use crate::msg;
use crate::record::MAX_RECORD_BYTES;

/// How the file's text is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf8Mark,
    Utf16 { little: bool },
    Utf32 { little: bool },
}

/// A record's file as read: its bytes and how to write text back the same way.
pub struct Opened {
    pub bytes: Vec<u8>,
    pub text: String,
    encoding: Encoding,
    /// Every line ends in CR LF: new lines will too.
    crlf: bool,
}

/// The file's text could not be read as TOML: the message and where.
#[derive(Debug)]
pub struct Broken {
    pub message: String,
    /// 1-based.
    pub line: usize,
    pub column: usize,
}

pub fn open(path: &Path) -> Result<Opened, Diagnostic> {
    let bytes = crate::fsx::read_bounded(path, MAX_RECORD_BYTES)?;
    let undecodable = |what: &str| {
        Diagnostic::file(path, msg!("file-invalid-encoding", encoding = what))
            .with_position(1, 1)
            .with_hint(msg!("hint-save-as-utf8"))
    };
    let (text, encoding) = match crate::load::decode_wide(&bytes) {
        Some(Ok(text)) => {
            let little = bytes[0] == 0xFF;
            let wide = if bytes.starts_with(&[0xFF, 0xFE, 0, 0])
                || bytes.starts_with(&[0, 0, 0xFE, 0xFF])
            {
                Encoding::Utf32 { little }
            } else {
                Encoding::Utf16 { little }
            };
            (text, wide)
        }
        Some(Err(what)) => return Err(undecodable(what)),
        None => {
            let (rest, encoding) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
                Some(rest) => (rest, Encoding::Utf8Mark),
                None => (&bytes[..], Encoding::Utf8),
            };
            let text = String::from_utf8(rest.to_vec()).map_err(|_| undecodable("UTF-8"))?;
            (text, encoding)
        }
    };
    let lf = text.matches('\n').count();
    let crlf = lf > 0 && text.matches("\r\n").count() == lf;
    Ok(Opened {
        bytes,
        text,
        encoding,
        crlf,
    })
}

impl Opened {
    /// What the form's save must name: the file as it read it.
    pub fn version(&self) -> String {
        version_of(&self.bytes)
    }

    pub fn document(&self) -> Result<toml_edit::DocumentMut, Broken> {
        self.text.parse::<toml_edit::DocumentMut>().map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            let (line, column) = crate::diagnostics::line_col(&self.text, at);
            Broken {
                message: e.message().to_string(),
                line,
                column,
            }
        })
    }

    /// `text` in the file's encoding, with its mark and its line ends.
    pub fn encode(&self, text: &str) -> Vec<u8> {
        let text = if self.crlf {
            text.replace("\r\n", "\n").replace('\n', "\r\n")
        } else {
            text.to_string()
        };
        match self.encoding {
            Encoding::Utf8 => text.into_bytes(),
            Encoding::Utf8Mark => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            Encoding::Utf16 { little } => {
                let mut out = if little {
                    vec![0xFF, 0xFE]
                } else {
                    vec![0xFE, 0xFF]
                };
                for u in text.encode_utf16() {
                    out.extend(if little {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    });
                }
                out
            }
            Encoding::Utf32 { little } => {
                let mut out = if little {
                    vec![0xFF, 0xFE, 0, 0]
                } else {
                    vec![0, 0, 0xFE, 0xFF]
                };
                for c in text.chars() {
                    let u = c as u32;
                    out.extend(if little {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    });
                }
                out
            }
        }
    }
}

/// A file's version: the start of its bytes' SHA-256.
fn version_of(bytes: &[u8]) -> String {
    crate::digest::sha256_hex(bytes)[..16].to_string()
}

/// The record's `event.date` as the form shows it.
fn event_date(doc: &toml_edit::DocumentMut) -> Option<String> {
    let date = doc.get("event")?.get("date")?.as_value()?;
    values::scalar(date, &spec::Kind::Date)
        .as_str()
        .map(str::to_string)
}

/// Why a save wrote nothing.
#[derive(Debug)]
pub enum NotSaved {
    /// The file changed since the form read it: its version now.
    Changed { version: String },
    /// The event folder or its record is gone.
    Gone,
    /// The file does not read as TOML (a hand edit): the form does not write over it.
    Broken(Broken),
    /// A value the file cannot take, or a limit.
    Refused(Refused),
    /// The date changed, but the folder cannot follow it.
    Rename(Message),
    /// Reading or writing failed (disk full, read-only).
    Io(Diagnostic),
}

/// A save that went through.
#[derive(Debug)]
pub struct Saved {
    pub version: String,
    /// Whether the file changed (a form that changed nothing writes nothing).
    pub written: bool,
    /// The file's size now, in bytes.
    pub size: usize,
    /// The event's new folder, when its date moved it.
    pub moved: Option<PathBuf>,
}

/// Writes the form's `values` into the record of the event in `dir`, if the file is still
/// the one of `version`. When `event.date` changed, the folder (and what `follower` moves
/// with it: the outbox) follows it to `<year>/<date>-<name>`.
pub fn save(
    dir: &Path,
    version: &str,
    values: &Json,
    follower: &dyn Follower,
) -> Result<Saved, NotSaved> {
    let path = dir.join("event.toml");
    let (opened, doc, before) = match edited(&path, version, values, spec::record())? {
        Edited::Same(saved) => return Ok(saved),
        Edited::Changed(c) => (c.opened, c.doc, c.before),
    };
    let bytes = opened.encode(&doc.to_string());
    let target = match (event_date(&before), event_date(&doc)) {
        (Some(old), Some(new)) if old != new => {
            renamed_folder(dir, &new, follower).map_err(NotSaved::Rename)?
        }
        _ => None,
    };
    crate::fsx::write_atomic(&path, &bytes).map_err(NotSaved::Io)?;
    let version = version_of(&bytes);
    let moved = match target {
        Some(to) => match rename::apply(&to, follower) {
            Ok(()) => Some(to.folder),
            Err(message) => {
                // The folder could not follow: the record goes back to the date it matches.
                let _ = crate::fsx::write_atomic(&path, &opened.bytes);
                return Err(NotSaved::Rename(message));
            }
        },
        None => None,
    };
    Ok(Saved {
        version,
        written: true,
        size: bytes.len(),
        moved,
    })
}

/// Writes the form's `values` into a year record, if the file is still the one of `version`.
pub fn save_year(path: &Path, version: &str, values: &Json) -> Result<Saved, NotSaved> {
    let (opened, doc) = match edited(path, version, values, spec::year())? {
        Edited::Same(saved) => return Ok(saved),
        Edited::Changed(c) => (c.opened, c.doc),
    };
    let bytes = opened.encode(&doc.to_string());
    crate::fsx::write_atomic(path, &bytes).map_err(NotSaved::Io)?;
    Ok(Saved {
        version: version_of(&bytes),
        written: true,
        size: bytes.len(),
        moved: None,
    })
}

enum Edited {
    /// The form changed nothing: nothing to write.
    Same(Saved),
    Changed(Box<Changed>),
}

/// The file as read, the document before and after the form's values.
struct Changed {
    opened: Opened,
    doc: toml_edit::DocumentMut,
    before: toml_edit::DocumentMut,
}

/// The file at `path` with the form's `values` applied, if it is still the one of
/// `version` and the result is within the format's size.
fn edited(
    path: &Path,
    version: &str,
    values: &Json,
    fields: &[spec::Field],
) -> Result<Edited, NotSaved> {
    if !path.is_file() {
        return Err(NotSaved::Gone);
    }
    let opened = open(path).map_err(NotSaved::Io)?;
    let read = opened.version();
    if read != version {
        return Err(NotSaved::Changed { version: read });
    }
    let mut doc = opened.document().map_err(NotSaved::Broken)?;
    let before = doc.clone();
    apply::apply(&mut doc, fields, values).map_err(NotSaved::Refused)?;
    let bytes = opened.encode(&doc.to_string());
    if bytes == opened.bytes {
        return Ok(Edited::Same(Saved {
            version: read,
            written: false,
            size: bytes.len(),
            moved: None,
        }));
    }
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Err(NotSaved::Refused(Refused {
            key: String::new(),
            message: msg!("form-too-large", max = MAX_RECORD_BYTES / 1024),
        }));
    }
    Ok(Edited::Changed(Box::new(Changed {
        opened,
        doc,
        before,
    })))
}
