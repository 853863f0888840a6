//! `verslag yearbook YEAR [-o FILE]`: the yearbook of a year outside the archive, as a draft
//! of the year's publication (`yearbook::write`). Every event and the year record must
//! check; nothing is written otherwise.

use std::path::Path;

use crate::cli::YearbookArgs;
use crate::console;
use crate::diagnostics::Outcome;
use crate::yearbook::write::{self, NotWritten};

pub fn run(a: &YearbookArgs) -> Outcome {
    let setup = super::shared::setup(&a.look, &a.photos)?;
    let path = a
        .output
        .clone()
        .unwrap_or_else(|| write::default_path(Path::new("out"), a.year));
    match write::write(a.year, &a.events.dir, &setup, &path) {
        Ok(written) => {
            console::problems(&written.warnings);
            console::result(written.path.display());
            Ok(())
        }
        Err(NotWritten::NoEvents(d)) => Err(d.into()),
        Err(NotWritten::Problems(said)) => {
            console::problems(&said);
            Err(crate::diagnostics::Failure::reported(
                crate::msg!("problems-no-yearbook", count = crate::load::errors(&said)).to_string(),
            ))
        }
        Err(NotWritten::Failed(diags)) => Err(diags.into()),
    }
}
