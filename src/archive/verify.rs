//! Rechecking an archived year against its manifest: what is missing, changed or unexpected.

use std::path::Path;

use super::manifest::{FILE_NAME, Manifest, sha256_hex};
use crate::diagnostics::{Diagnostic, Failure};

/// Checks `dir` (`archive/<year>`); how many files match, or every problem.
pub fn check(year: u16, dir: &Path) -> Result<usize, Failure> {
    // An archive being written right now would show files the manifest does not list yet.
    crate::lock::is_free(dir)?;
    let manifest_path = dir.join(FILE_NAME);
    let manifest = Manifest::read(&manifest_path)?.ok_or_else(|| {
        Diagnostic::file(&manifest_path, crate::msg!("verify-no-manifest")).with_hint(crate::msg!(
            "hint-verify-no-manifest",
            year = year.to_string()
        ))
    })?;
    let mut problems = Vec::new();
    let mut ok = 0;
    for entry in &manifest.files {
        let path = dir.join(&entry.name);
        match std::fs::read(&path) {
            Err(_) => problems.push(
                Diagnostic::file(&path, crate::msg!("verify-missing"))
                    .with_hint(crate::msg!("hint-verify-missing")),
            ),
            Ok(bytes) if bytes.len() as u64 != entry.size || sha256_hex(&bytes) != entry.sha256 => {
                problems.push(
                    Diagnostic::file(
                        &path,
                        crate::msg!(
                            "verify-changed",
                            size = bytes.len(),
                            sha = sha256_hex(&bytes)[..16].to_string(),
                            listed_size = entry.size,
                            listed_sha = entry.sha256.chars().take(16).collect::<String>()
                        ),
                    )
                    .with_hint(crate::msg!("hint-verify-changed")),
                )
            }
            Ok(_) => ok += 1,
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    for name in names {
        if name != FILE_NAME && name != crate::lock::FILE_NAME && manifest.entry(&name).is_none() {
            problems.push(
                Diagnostic::file(dir.join(&name), crate::msg!("verify-unexpected"))
                    .with_hint(crate::msg!("hint-verify-unexpected")),
            );
        }
    }
    if problems.is_empty() {
        Ok(ok)
    } else {
        let closing = crate::msg!(
            "verify-problems",
            dir = dir.display().to_string(),
            count = ok,
            problems = problems.len()
        )
        .to_string();
        Err(Failure::from(problems).closing(closing))
    }
}
