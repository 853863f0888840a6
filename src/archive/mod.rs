//! The year archive: every event of a year as PDF/A-3b + PDF/UA-1 with its record
//! attached, a yearbook, and a manifest. Incremental: unchanged inputs are not rebuilt; one
//! failing event is reported and does not stop the others; nothing archived is overwritten
//! by a failed build.

pub mod manifest;
pub mod verify;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::console::{self, Progress};
use crate::diagnostics::{Diagnostic, Failure};
use crate::i18n::long_date;
use crate::inputs::Inputs;
use crate::inputs::hex;
use crate::load::{self, Loaded};
use crate::record::{Date, Language};
use crate::render::data::{BrandData, YearbookData, YearbookEvent, YearbookTable, labels_of};
use crate::render::{self, Flavour, Typeset};
use crate::report::{Setup, render_event};
use crate::templates::YEARBOOK;
use manifest::{Entry, FILE_NAME, Manifest, now_rfc3339, sha256_hex, tool};

/// What a run did, for its closing line.
pub struct Done {
    pub dir: PathBuf,
    pub built: usize,
    pub unchanged: usize,
    pub failed: usize,
    pub yearbook: &'static str,
}

/// Archives the year `events/<year>/` into `archive/<year>/`. Each failing event's problems
/// are printed as they are found; they do not stop the others.
pub fn year(year: u16, events: &Path, archive: &Path, setup: &Setup) -> Result<Done, Failure> {
    let events_dir = events.join(format!("{year:04}"));
    let out_dir = archive.join(format!("{year:04}"));
    let folders = event_folders(&events_dir);
    if folders.is_empty() {
        return Err(Diagnostic::file(&events_dir, format!("no events to archive for {year}"))
            .with_hint("events live in events/<year>/<date>-<name>/event.toml; check the year and --events")
            .into());
    }
    // Held until the manifest is written: a second archive of this year stops at once.
    let _lock = crate::lock::exclusive(&out_dir, &format!("archiving {}", out_dir.display()))?;
    let manifest_path = out_dir.join(FILE_NAME);
    let mut manifest = match Manifest::read(&manifest_path) {
        Ok(m) => m.unwrap_or_else(|| Manifest::new(year)),
        Err(d) => {
            return Err(
                Failure::from(d).closing("nothing was archived: the manifest must be sound first")
            );
        }
    };

    let fingerprint = setup.common.digest();
    let progress = Progress::new(folders.len());
    let results: Vec<Outcome> = folders
        .par_iter()
        .map(|folder| {
            let outcome = archive_event(folder, setup, &manifest, &out_dir);
            // Typst's memoisation is process-wide: drop what a long batch no longer needs.
            typst::comemo::evict(20);
            progress.tick(folder);
            outcome
        })
        .collect();
    progress.done();

    let (mut built, mut unchanged, mut failed) = (0, 0, 0);
    let mut yearbook_events = Vec::new();
    for outcome in results {
        match outcome {
            Outcome::Failed(diags) => {
                failed += 1;
                console::problems(&diags);
            }
            Outcome::Unchanged(summary) => {
                unchanged += 1;
                yearbook_events.push(summary);
            }
            Outcome::Built(entry, summary) => {
                built += 1;
                manifest.put(entry);
                yearbook_events.push(summary);
            }
        }
    }
    yearbook_events.sort_by(|a, b| (a.date, &a.file).cmp(&(b.date, &b.file)));
    let yearbook = archive_yearbook(
        year,
        &yearbook_events,
        setup,
        &fingerprint,
        &mut manifest,
        &out_dir,
    );
    let yearbook_note = match &yearbook {
        Ok(true) => "yearbook built",
        Ok(false) => "yearbook unchanged",
        Err(_) => "yearbook failed",
    };
    if let Err(diags) = &yearbook {
        failed += 1;
        console::problems(diags);
    }
    manifest.tool = tool();
    manifest.write(&manifest_path)?;
    Ok(Done {
        dir: out_dir,
        built,
        unchanged,
        failed,
        yearbook: yearbook_note,
    })
}

/// The event folders of a year, sorted: every folder directly below it.
fn event_folders(dir: &Path) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir() && !is_hidden(p))
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    folders
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// What the yearbook shows of an event.
struct Summary {
    date: Date,
    file: String,
    value: YearbookEvent,
}

enum Outcome {
    Built(Entry, Summary),
    Unchanged(Summary),
    Failed(Vec<Diagnostic>),
}

fn archive_event(folder: &Path, setup: &Setup, manifest: &Manifest, out_dir: &Path) -> Outcome {
    let loaded = match load::load_with(folder, Some(setup.brand.font_set.clone())) {
        Ok(l) => l,
        Err(diags) => return Outcome::Failed(diags),
    };
    let name = format!("{}.pdf", loaded.dir.slug);
    let summary = summary(&loaded, &name);
    let inputs = match Inputs::of(&loaded, &setup.common) {
        Ok(i) => i.digest(),
        Err(d) => return Outcome::Failed(vec![d]),
    };
    let path = out_dir.join(&name);
    if let Some(entry) = manifest.entry(&name)
        && entry.inputs == inputs
        && std::fs::read(&path).is_ok_and(|b| sha256_hex(&b) == entry.sha256)
    {
        crate::console::verbose(format!("{name}: unchanged"));
        return Outcome::Unchanged(summary);
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
            name,
            sha256: sha256_hex(pdf),
            size: pdf.len() as u64,
            // What the PDF was really made from (a photo may have changed since the check).
            inputs: report.inputs.digest(),
            built: now_rfc3339(),
            source: Some(loaded.dir.dir.display().to_string()),
        },
        summary,
    )
}

fn summary(loaded: &Loaded, file: &str) -> Summary {
    let r = &loaded.record;
    let date = r.event.date.value;
    Summary {
        date,
        file: file.to_string(),
        value: YearbookEvent {
            date_long: long_date(date, r.event.language),
            title: r.event.title.clone(),
            location: r.event.location.clone(),
            municipalities: r
                .tables
                .iter()
                .map(|t| t.municipality.value.clone())
                .collect(),
            tables: r
                .tables
                .iter()
                .map(|t| YearbookTable {
                    municipality: t.municipality.value.clone(),
                    question: t.question.0.join(" "),
                })
                .collect(),
            file: file.to_string(),
        },
    }
}

/// Builds the yearbook when any event or the look changed; `Ok(true)` when it was built.
fn archive_yearbook(
    year: u16,
    events: &[Summary],
    setup: &Setup,
    fingerprint: &str,
    manifest: &mut Manifest,
    out_dir: &Path,
) -> Result<bool, Vec<Diagnostic>> {
    let name = format!("yearbook-{year:04}.pdf");
    let mut h = Sha256::new();
    h.update(fingerprint.as_bytes());
    for e in events {
        h.update(
            serde_json::to_string(&e.value)
                .unwrap_or_default()
                .as_bytes(),
        );
    }
    let inputs = hex(&h.finalize());
    let path = out_dir.join(&name);
    if let Some(entry) = manifest.entry(&name)
        && entry.inputs == inputs
        && std::fs::read(&path).is_ok_and(|b| sha256_hex(&b) == entry.sha256)
    {
        return Ok(false);
    }
    let lang = Language::Nl;
    let listed: Vec<YearbookEvent> = events.iter().map(|e| e.value.clone()).collect();
    let data = serde_json::to_value(YearbookData {
        year,
        lang: lang.code(),
        labels: labels_of(lang),
        brand: BrandData::of(&setup.brand),
        events: &listed,
    })
    .unwrap_or_default();
    let date = events.iter().map(|e| e.date).max().unwrap_or(Date {
        year,
        month: 12,
        day: 31,
    });
    let output = render::typeset(Typeset {
        main: YEARBOOK,
        data,
        brand: &setup.brand,
        templates: &setup.templates,
        files: Vec::new(),
        date,
        ident: &name,
        flavour: Flavour::Archive,
    })?;
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
