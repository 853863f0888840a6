//! `verslag verify YEAR`: recheck every archived file against the manifest and name what is
//! missing, changed or unexpected.

use std::path::Path;

use super::manifest::{FILE_NAME, Manifest, sha256_hex};
use crate::check::print_problems;
use crate::cli::Format;
use crate::diagnostics::Diagnostic;

pub fn run(year: u16, archive: &Path, format: Format) -> i32 {
    let dir = archive.join(format!("{year:04}"));
    // An archive being written right now would show files the manifest does not list yet.
    if let Err(d) = crate::lock::is_free(&dir) {
        print_problems(&[d], format);
        return 1;
    }
    let manifest_path = dir.join(FILE_NAME);
    let manifest = match Manifest::read(&manifest_path) {
        Ok(Some(m)) => m,
        Ok(None) => {
            let d = Diagnostic::file(
                &manifest_path,
                "there is no manifest: this year has no archive",
            )
            .with_hint(format!("create it with `verslag archive {year}`"));
            print_problems(&[d], format);
            return 1;
        }
        Err(d) => {
            print_problems(&[d], format);
            return 1;
        }
    };
    let mut problems = Vec::new();
    let mut ok = 0;
    for entry in &manifest.files {
        let path = dir.join(&entry.name);
        match std::fs::read(&path) {
            Err(_) => problems.push(
                Diagnostic::file(
                    &path,
                    "missing: the manifest lists it, the folder does not have it",
                )
                .with_hint("restore it from a backup"),
            ),
            Ok(bytes) if bytes.len() as u64 != entry.size || sha256_hex(&bytes) != entry.sha256 => {
                problems.push(
                    Diagnostic::file(
                        &path,
                        format!(
                            "changed: {} bytes with SHA-256 {}, the manifest says {} bytes with {}",
                            bytes.len(),
                            &sha256_hex(&bytes)[..16],
                            entry.size,
                            entry.sha256.chars().take(16).collect::<String>()
                        ),
                    )
                    .with_hint("restore it from a backup; an archived file must not change"),
                )
            }
            Ok(_) => ok += 1,
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
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
                Diagnostic::file(dir.join(&name), "unexpected: not in the manifest")
                    .with_hint("move it out of the archive folder, or run `verslag archive` if it belongs there"),
            );
        }
    }
    if problems.is_empty() {
        if !crate::log::is_quiet() {
            println!("{}: all {ok} files match the manifest", dir.display());
        }
        0
    } else {
        print_problems(&problems, format);
        eprintln!(
            "{}: {ok} files match, {} problems",
            dir.display(),
            problems.len()
        );
        1
    }
}
