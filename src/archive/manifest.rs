//! `archive/<year>/manifest.toml`: per archived file its SHA-256, size, the hash of everything it
//! was built from, and when. Read with located errors; written atomically, last.

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::diagnostics::Diagnostic;

pub const FILE_NAME: &str = "manifest.toml";
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Manifest format version.
    pub format: u32,
    pub year: u16,
    /// The verslag release that wrote it.
    pub tool: String,
    #[serde(default, rename = "file")]
    pub files: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// File name inside the year folder.
    pub name: String,
    pub sha256: String,
    pub size: u64,
    /// SHA-256 over everything the file was built from (see `inputs.rs`): record, photos,
    /// brand, templates, fonts and verslag itself. Unchanged inputs: the file is not rebuilt.
    pub inputs: String,
    /// When it was built (UTC, RFC 3339).
    pub built: String,
    /// The event folder it was built from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Manifest {
    pub fn new(year: u16) -> Manifest {
        Manifest {
            format: FORMAT,
            year,
            tool: tool(),
            files: Vec::new(),
        }
    }

    pub fn entry(&self, name: &str) -> Option<&Entry> {
        self.files.iter().find(|e| e.name == name)
    }

    /// Replaces or adds the entry of `entry.name`, keeping files sorted by name.
    pub fn put(&mut self, entry: Entry) {
        self.files.retain(|e| e.name != entry.name);
        self.files.push(entry);
        self.files.sort_by(|a, b| a.name.cmp(&b.name));
    }

    /// Reads a manifest; `Ok(None)` when there is none yet.
    pub fn read(path: &Path) -> Result<Option<Manifest>, Diagnostic> {
        let text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                Diagnostic::file(path, crate::msg!("manifest-not-utf8"))
                    .with_hint(crate::msg!("hint-manifest-hand-edited"))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Diagnostic::file(
                    path,
                    crate::msg!("cannot-read", reason = &e),
                ));
            }
        };
        let source: Arc<str> = Arc::from(text.as_str());
        let manifest: Manifest = toml::from_str(&text).map_err(|e| {
            Diagnostic::at(
                path,
                &source,
                e.span().unwrap_or(0..0),
                crate::msg!("manifest-invalid", detail = e.message().trim()),
            )
            .with_hint(crate::msg!("hint-manifest-hand-edited"))
        })?;
        if manifest.format != FORMAT {
            return Err(Diagnostic::file(
                path,
                crate::msg!("manifest-format", format = manifest.format.to_string()),
            )
            .with_hint(crate::msg!("hint-manifest-format")));
        }
        Ok(Some(manifest))
    }

    pub fn write(&self, path: &Path) -> Result<(), Diagnostic> {
        let mut text = String::from(
            "# Written by verslag: every archived file with its SHA-256 and what it was built from.\n\
             # Check it with `verslag verify YEAR`. Do not edit by hand.\n",
        );
        text.push_str(&toml::to_string(self).map_err(|e| Diagnostic::file(path, e.to_string()))?);
        crate::fsx::write_atomic(path, text.as_bytes())
    }
}

pub fn tool() -> String {
    format!("verslag {}", env!("CARGO_PKG_VERSION"))
}

pub use crate::digest::sha256_hex;

/// Now, UTC, as RFC 3339 (`2026-11-27T18:04:05Z`).
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}
