//! The inputs of a report: everything its bytes depend on (record, photos, brand and logo,
//! templates, fonts, verslag's own code), hashed in one place, so that build, mail and archive
//! agree on when a report is stale and can name what changed.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use crate::brand::Brand;
use crate::diagnostics::Diagnostic;
use crate::digest::{hex, sha256_hex};
use crate::load::Loaded;
use crate::templates::Templates;

/// The parts, in a fixed order, each with what an organiser is told when it changed.
const PARTS: [&str; 6] = ["record", "photos", "brand", "templates", "fonts", "verslag"];

/// A part in words, for "written before ... changed".
fn words(part: &str) -> crate::catalog::Message {
    match part {
        "record" => crate::msg!("part-record"),
        "photos" => crate::msg!("part-photos"),
        "brand" => crate::msg!("part-brand"),
        "templates" => crate::msg!("part-templates"),
        "fonts" => crate::msg!("part-fonts"),
        _ => crate::msg!("part-verslag"),
    }
}

/// How many hex digits of each part an outbox message keeps: enough to notice a change.
const SHORT: usize = 16;

/// What is the same for every event of one run: brand, templates, fonts and verslag.
#[derive(Debug, Clone)]
pub struct Common {
    brand: String,
    templates: String,
    fonts: String,
    verslag: String,
}

impl Common {
    pub fn new(brand: &Brand, templates: &Templates) -> Common {
        // The mail's wording is not part of the report: a reworded mail leaves it current.
        let mut files: Vec<_> = templates
            .files
            .iter()
            .filter(|(path, _)| !(path.starts_with("/mail-") && path.ends_with(".txt")))
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut t = Sha256::new();
        for (path, bytes) in files {
            t.update(path.as_bytes());
            t.update([0]);
            t.update(Sha256::digest(bytes.as_slice()));
        }
        Common {
            brand: brand.fingerprint.clone(),
            templates: hex(&t.finalize()),
            fonts: env!("VERSLAG_FONTS_SHA256").to_string(),
            verslag: hex(&Sha256::digest(format!(
                "verslag {} code {} photos v{}",
                env!("CARGO_PKG_VERSION"),
                env!("VERSLAG_CODE_SHA256"),
                crate::photos::key::PIPELINE_VERSION
            ))),
        }
    }

    /// One hash of the common parts (for the yearbook, which has no record of its own).
    pub fn digest(&self) -> String {
        let mut h = Sha256::new();
        for part in [&self.brand, &self.templates, &self.fonts, &self.verslag] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        hex(&h.finalize())
    }
}

/// The inputs of one event's report, part by part (full SHA-256 hex each).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inputs {
    parts: Vec<(&'static str, String)>,
}

impl Inputs {
    /// Reads and hashes the event's photos.
    pub fn of(loaded: &Loaded, common: &Common) -> Result<Inputs, Diagnostic> {
        let mut hashes = Vec::new();
        for photo in &loaded.record.photos {
            let bytes = std::fs::read(&photo.resolved).map_err(|e| {
                Diagnostic::file(&photo.resolved, crate::msg!("cannot-read", reason = &e))
            })?;
            hashes.push(Sha256::digest(&bytes).into());
        }
        Ok(Inputs::with_photos(loaded, common, &hashes))
    }

    /// With the photos' SHA-256 already known (in record order), as a build knows them.
    pub fn with_photos(loaded: &Loaded, common: &Common, photos: &[[u8; 32]]) -> Inputs {
        let mut p = Sha256::new();
        for (photo, hash) in loaded.record.photos.iter().zip(photos) {
            p.update(photo.file.value.as_bytes());
            p.update([0]);
            p.update(hash);
        }
        // Tables sent out without approval change the report (its colophon says so); an
        // ordinary report's record hash is the record's alone.
        let record = if loaded.without_approval.is_empty() {
            sha256_hex(loaded.source.as_bytes())
        } else {
            let mut r = Sha256::new();
            r.update(loaded.source.as_bytes());
            r.update(b"\0without approval:");
            for m in &loaded.without_approval {
                r.update(m.as_bytes());
                r.update([0]);
            }
            hex(&r.finalize())
        };
        let values = [
            record,
            hex(&p.finalize()),
            common.brand.clone(),
            common.templates.clone(),
            common.fonts.clone(),
            common.verslag.clone(),
        ];
        Inputs {
            parts: PARTS.iter().copied().zip(values).collect(),
        }
    }

    /// One SHA-256 over every part: what a report beside its PDF or in the manifest records.
    pub fn digest(&self) -> String {
        let mut h = Sha256::new();
        for (name, value) in &self.parts {
            h.update(format!("{name}={value}\n").as_bytes());
        }
        hex(&h.finalize())
    }

    /// A short form that still tells the parts apart: `record=0123456789abcdef photos=...`.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        for (name, value) in &self.parts {
            let _ = write!(
                s,
                "{}{name}={}",
                if s.is_empty() { "" } else { " " },
                &value[..SHORT]
            );
        }
        s
    }

    /// What changed since a [`summary`](Inputs::summary), in words; empty when nothing did.
    /// A summary that cannot be read counts as everything changed.
    pub fn changed_since(&self, summary: &str) -> Vec<crate::catalog::Message> {
        let old: Vec<(&str, &str)> = summary
            .split_whitespace()
            .filter_map(|kv| kv.split_once('='))
            .collect();
        self.parts
            .iter()
            .filter(|(name, value)| {
                !old.iter()
                    .any(|(n, v)| n == name && value.get(..SHORT) == Some(*v))
            })
            .map(|(name, _)| words(name))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(values: [&str; 6]) -> Inputs {
        Inputs {
            parts: PARTS
                .iter()
                .copied()
                .zip(values.map(|v| v.repeat(64)))
                .collect(),
        }
    }

    #[test]
    fn a_summary_names_exactly_the_parts_that_changed() {
        let before = inputs(["a", "b", "c", "d", "e", "f"]);
        assert!(before.changed_since(&before.summary()).is_empty());
        let after = inputs(["a", "9", "c", "d", "e", "8"]);
        let changed: Vec<String> = after
            .changed_since(&before.summary())
            .iter()
            .map(|m| m.show(crate::record::Language::En))
            .collect();
        assert_eq!(changed, ["a photo", "verslag itself (another version)"]);
        assert_ne!(before.digest(), after.digest());
        assert_eq!(after.changed_since("garbage").len(), 6);
    }
}
