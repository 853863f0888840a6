//! `verslag yearbook YEAR [-o FILE]`: the yearbook of a year outside the archive, as a draft
//! of the year's publication. Every event and the year record must check; nothing is written
//! otherwise.

use std::path::PathBuf;

use crate::cli::YearbookArgs;
use crate::console;
use crate::diagnostics::{Diagnostic, Outcome};
use crate::render::Flavour;
use crate::yearbook::{YearEvent, book};

pub fn run(a: &YearbookArgs) -> Outcome {
    let setup = super::shared::setup(&a.look, &a.photos)?;
    let dir = a.events.dir.join(format!("{:04}", a.year));
    let folders = crate::archive::event_folders(&dir);
    if folders.is_empty() {
        return Err(Diagnostic::file(
            &dir,
            crate::msg!("yearbook-no-events", year = a.year.to_string()),
        )
        .with_hint(crate::msg!("hint-no-events"))
        .into());
    }
    let fonts = Some(setup.brand.font_set.clone());
    let (loaded, mut count) = super::shared::load_all(&folders, &fonts);
    let year_path = dir.join(crate::year::FILE_NAME);
    let year_record = match year_path.is_file().then(|| crate::year::load(&year_path)) {
        Some(Ok(y)) => Some(y),
        Some(Err(diags)) => {
            count += diags.len();
            console::problems(&diags);
            None
        }
        None => None,
    };
    if count > 0 {
        return Err(crate::diagnostics::Failure::reported(
            crate::msg!("problems-no-yearbook", count = count).to_string(),
        ));
    }
    let chapters: Vec<YearEvent<'_>> = loaded
        .iter()
        .map(|l| YearEvent {
            loaded: l,
            file: format!("{}.pdf", l.dir.slug),
        })
        .collect();
    let output = book::make(
        a.year,
        &chapters,
        year_record.as_ref(),
        &setup,
        Flavour::Standard,
    )?;
    console::problems(&output.warnings);
    let path = a.output.clone().unwrap_or_else(|| {
        PathBuf::from("out")
            .join(format!("{:04}", a.year))
            .join(format!("yearbook-{:04}.pdf", a.year))
    });
    crate::fsx::write_atomic(&path, &output.pdf)?;
    console::result(path.display());
    Ok(())
}
