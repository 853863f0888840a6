//! A year's yearbook outside the archive (`verslag yearbook`, the studio's year page): every
//! event and the year record must check; nothing is written otherwise, and the file is
//! written whole.

use std::path::{Path, PathBuf};

use super::{YearEvent, book};
use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::render::Flavour;
use crate::report::Setup;

/// A yearbook written: where, its size, and the warnings of the records it was made from.
pub struct Written {
    pub path: PathBuf,
    pub bytes: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Why no yearbook was written.
pub enum NotWritten {
    /// The year folder holds no event.
    NoEvents(Diagnostic),
    /// A record or the year record has problems (errors and warnings, in order).
    Problems(Vec<Diagnostic>),
    /// Typesetting or writing failed.
    Failed(Vec<Diagnostic>),
}

/// Where a year's yearbook goes without `-o`: `out/<year>/yearbook-<year>.pdf`.
pub fn default_path(output: &Path, year: u16) -> PathBuf {
    output
        .join(format!("{year:04}"))
        .join(format!("yearbook-{year:04}.pdf"))
}

/// Makes the yearbook of `events/<year>/` and writes it to `path`.
pub fn write(year: u16, events: &Path, setup: &Setup, path: &Path) -> Result<Written, NotWritten> {
    let dir = events.join(format!("{year:04}"));
    let folders = crate::year::event_folders(&dir);
    if folders.is_empty() {
        return Err(NotWritten::NoEvents(
            Diagnostic::file(
                &dir,
                crate::msg!("yearbook-no-events", year = year.to_string()),
            )
            .with_hint(crate::msg!("hint-no-events")),
        ));
    }
    let fonts = Some(setup.brand.font_set.clone());
    let mut said = Vec::new();
    let mut loaded: Vec<Loaded> = Vec::new();
    for folder in &folders {
        match crate::load::load_with(folder, fonts.clone()) {
            Ok(l) => {
                said.extend(l.warnings.iter().cloned());
                loaded.push(l);
            }
            Err(diags) => said.extend(diags),
        }
    }
    let year_path = dir.join(crate::year::FILE_NAME);
    let year_record = match year_path.is_file().then(|| crate::year::load(&year_path)) {
        Some(Ok(y)) => Some(y),
        Some(Err(diags)) => {
            said.extend(diags);
            None
        }
        None => None,
    };
    if crate::load::errors(&said) > 0 {
        return Err(NotWritten::Problems(said));
    }
    let chapters: Vec<YearEvent<'_>> = loaded
        .iter()
        .map(|l| YearEvent {
            loaded: l,
            file: format!("{}.pdf", l.dir.slug),
        })
        .collect();
    let output = book::make(
        year,
        &chapters,
        year_record.as_ref(),
        setup,
        Flavour::Standard,
    )
    .map_err(NotWritten::Failed)?;
    crate::fsx::write_atomic(path, &output.pdf).map_err(|d| NotWritten::Failed(vec![d]))?;
    said.extend(output.warnings);
    Ok(Written {
        path: path.to_path_buf(),
        bytes: output.pdf.len(),
        warnings: said,
    })
}
