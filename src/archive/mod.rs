//! The year archive: every event of a year as PDF/A-3b + PDF/UA-1 with its record
//! attached, a yearbook, and a manifest. Incremental: unchanged inputs are not rebuilt; one
//! failing event is reported and does not stop the others; nothing archived is overwritten
//! by a failed build.

pub mod manifest;
pub mod verify;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::console::Progress;
use crate::diagnostics::{Diagnostic, Failure};
use crate::inputs::Inputs;
use crate::load::{self, Loaded};
use crate::render::Flavour;
use crate::report::{Setup, render_event};
use crate::yearbook::{YearEvent, book};
use manifest::{Entry, FILE_NAME, Manifest, now_rfc3339, sha256_hex, tool};

/// What a run did, for its closing line.
pub struct Done {
    pub dir: PathBuf,
    pub built: usize,
    pub unchanged: usize,
    pub failed: usize,
    /// What happened to the yearbook: "yearbook built", "yearbook unchanged", or why it was
    /// not rebuilt.
    pub yearbook: crate::catalog::Message,
}

/// What an archive run tells as it goes: the CLI prints the problems, the studio shows each
/// event's state.
pub enum Told<'a> {
    /// The run holds the year's lock and will archive this many events.
    Start(usize),
    /// One event is done: its folder's name and what became of it.
    Event(&'a str, State),
    /// Problems of an event, the year record or the yearbook, in the order found.
    Problems(&'a [Diagnostic]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Built,
    Unchanged,
    Failed,
}

/// Archives the year `events/<year>/` into `archive/<year>/`. Each failing event's problems
/// are told as they are found; they do not stop the others.
/// `without_approval` names, as `EVENT/MUNICIPALITY`, the open tables an event is archived
/// without (see `Loaded::open_tables`).
pub fn year(
    year: u16,
    events: &Path,
    archive: &Path,
    setup: &Setup,
    without_approval: &[String],
    tell: &(dyn Fn(Told<'_>) + Sync),
) -> Result<Done, Failure> {
    let events_dir = events.join(format!("{year:04}"));
    let out_dir = archive.join(format!("{year:04}"));
    let folders = crate::year::event_folders(&events_dir);
    if folders.is_empty() {
        return Err(Diagnostic::file(
            &events_dir,
            crate::msg!("archive-no-events", year = year.to_string()),
        )
        .with_hint(crate::msg!("hint-no-events"))
        .into());
    }
    let names: Vec<String> = folders.iter().map(|f| folder_name(f)).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let without = load::without_approval_by_event(without_approval, &names)
        .map_err(|d| Failure::from(d).closing(crate::msg!("nothing-archived").to_string()))?;
    // Held until the manifest is written: a second archive of this year stops at once.
    let _lock = crate::lock::exclusive(
        &out_dir,
        &crate::msg!("doing-archiving", folder = out_dir.display().to_string()).to_string(),
    )?;
    let manifest_path = out_dir.join(FILE_NAME);
    let mut manifest = match Manifest::read(&manifest_path) {
        Ok(m) => m.unwrap_or_else(|| Manifest::new(year)),
        Err(d) => {
            return Err(
                Failure::from(d).closing(crate::msg!("nothing-archived-manifest").to_string())
            );
        }
    };

    tell(Told::Start(folders.len()));
    let progress = Progress::new(folders.len());
    let results: Vec<(String, Outcome)> = folders
        .par_iter()
        .map(|folder| {
            let name = folder_name(folder);
            let named = without.get(&name).map_or(&[][..], Vec::as_slice);
            let outcome = archive_event(folder, setup, &manifest, &out_dir, named);
            let state = match &outcome {
                Outcome::Built(..) => State::Built,
                Outcome::Unchanged(..) => State::Unchanged,
                Outcome::Failed(_) => State::Failed,
            };
            tell(Told::Event(&name, state));
            // Typst's memoisation is process-wide: drop what a long batch no longer needs.
            typst::comemo::evict(20);
            progress.tick(folder);
            (name, outcome)
        })
        .collect();
    progress.done();

    let (mut built, mut unchanged, mut failed) = (0, 0, 0);
    // Each event with its report's file name and the digest of its inputs.
    let mut chapters: Vec<(Loaded, String, String)> = Vec::new();
    let mut failing: Vec<String> = Vec::new();
    for (name, outcome) in results {
        match outcome {
            Outcome::Failed(diags) => {
                failed += 1;
                failing.push(name);
                tell(Told::Problems(&diags));
            }
            Outcome::Unchanged(loaded, file, inputs) => {
                unchanged += 1;
                chapters.push((loaded, file, inputs));
            }
            Outcome::Built(entry, loaded, file) => {
                built += 1;
                chapters.push((loaded, file, entry.inputs.clone()));
                manifest.put(entry);
            }
        }
    }
    let year_path = events_dir.join(crate::year::FILE_NAME);
    let year_record = match year_path.is_file().then(|| crate::year::load(&year_path)) {
        None => None,
        Some(Ok(y)) => Some(y),
        Some(Err(diags)) => {
            failed += 1;
            failing.push(crate::year::FILE_NAME.to_string());
            tell(Told::Problems(&diags));
            None
        }
    };
    // A yearbook binds the whole year: with an event missing it would be wrong, so the
    // previous one stays until every event builds again.
    let yearbook = if failing.is_empty() {
        match archive_yearbook(
            year,
            &chapters,
            year_record.as_ref(),
            setup,
            &mut manifest,
            &out_dir,
        ) {
            Ok(true) => crate::msg!("yearbook-built"),
            Ok(false) => crate::msg!("yearbook-unchanged"),
            Err(diags) => {
                failed += 1;
                tell(Told::Problems(&diags));
                crate::msg!("yearbook-failed")
            }
        }
    } else {
        crate::msg!("yearbook-not-rebuilt", failing = failing.join(", "))
    };
    manifest.tool = tool();
    manifest.write(&manifest_path)?;
    Ok(Done {
        dir: out_dir,
        built,
        unchanged,
        failed,
        yearbook,
    })
}

fn folder_name(folder: &Path) -> String {
    folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

enum Outcome {
    Built(Entry, Loaded, String),
    /// The record, its report's file name and the digest of its inputs.
    Unchanged(Loaded, String, String),
    Failed(Vec<Diagnostic>),
}

fn archive_event(
    folder: &Path,
    setup: &Setup,
    manifest: &Manifest,
    out_dir: &Path,
    without_approval: &[String],
) -> Outcome {
    let mut loaded = match load::load_with(folder, Some(setup.brand.font_set.clone())) {
        Ok(l) => l,
        Err(diags) => return Outcome::Failed(diags),
    };
    if let Err(d) = loaded.refuse_draft(crate::msg!("done-archived")) {
        return Outcome::Failed(vec![d]);
    }
    let today = crate::i18n::today();
    let name = loaded.dir.name.clone();
    let gate = loaded
        .allow_without_approval(without_approval, today)
        .and_then(|()| {
            loaded.refuse_open(crate::msg!("done-archived"), today, |m| {
                format!("--without-approval {name}/{m}")
            })
        });
    if let Err(diags) = gate {
        return Outcome::Failed(diags);
    }
    let name = format!("{}.pdf", loaded.dir.slug);
    let inputs = match Inputs::of(&loaded, &setup.common) {
        Ok(i) => i.digest(),
        Err(d) => return Outcome::Failed(vec![d]),
    };
    let path = out_dir.join(&name);
    if let Some(entry) = manifest.entry(&name)
        && entry.inputs == inputs
        && std::fs::read(&path).is_ok_and(|b| sha256_hex(&b) == entry.sha256)
    {
        crate::console::verbose(crate::msg!("verbose-unchanged", name = &name));
        return Outcome::Unchanged(loaded, name, inputs);
    }
    let report = match render_event(&loaded, setup, Flavour::Archive) {
        Ok(r) => r,
        Err(diags) => return Outcome::Failed(diags),
    };
    let pdf = &report.output.pdf;
    if let Err(d) = crate::fsx::write_atomic(&path, pdf) {
        return Outcome::Failed(vec![d]);
    }
    Outcome::Built(
        Entry {
            name: name.clone(),
            sha256: sha256_hex(pdf),
            size: pdf.len() as u64,
            // What the PDF was really made from (a photo may have changed since the check).
            inputs: report.inputs.digest(),
            built: now_rfc3339(),
            source: Some(loaded.dir.dir.display().to_string()),
        },
        loaded,
        name,
    )
}

/// Builds the yearbook when anything it is made from changed; `Ok(true)` when it was built.
fn archive_yearbook(
    year: u16,
    events: &[(Loaded, String, String)],
    year_record: Option<&crate::year::LoadedYear>,
    setup: &Setup,
    manifest: &mut Manifest,
    out_dir: &Path,
) -> Result<bool, Vec<Diagnostic>> {
    let name = format!("yearbook-{year:04}.pdf");
    let stamps: Vec<(&str, &str)> = events
        .iter()
        .map(|(_, file, inputs)| (file.as_str(), inputs.as_str()))
        .collect();
    let inputs = book::digest(setup, &stamps, year_record);
    let path = out_dir.join(&name);
    if let Some(entry) = manifest.entry(&name)
        && entry.inputs == inputs
        && std::fs::read(&path).is_ok_and(|b| sha256_hex(&b) == entry.sha256)
    {
        return Ok(false);
    }
    let chapters: Vec<YearEvent<'_>> = events
        .iter()
        .map(|(loaded, file, _)| YearEvent {
            loaded,
            file: file.clone(),
        })
        .collect();
    let output = book::make(year, &chapters, year_record, setup, Flavour::Archive)?;
    crate::fsx::write_atomic(&path, &output.pdf).map_err(|d| vec![d])?;
    manifest.put(Entry {
        name,
        sha256: sha256_hex(&output.pdf),
        size: output.pdf.len() as u64,
        inputs,
        built: now_rfc3339(),
        source: None,
    });
    Ok(true)
}
