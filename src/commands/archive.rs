//! `verslag archive YEAR` and `verslag verify YEAR`.

use crate::cli::{ArchiveArgs, VerifyArgs};
use crate::console;
use crate::diagnostics::{Failure, Outcome};

pub fn run(a: &ArchiveArgs) -> Outcome {
    let setup = super::shared::setup(&a.look, &a.photos)?;
    let done = crate::archive::year(
        a.year,
        &a.events.dir,
        &a.archive.dir,
        &setup,
        &a.without_approval,
        &|told| {
            if let crate::archive::Told::Problems(p) = told {
                console::problems(p);
            }
        },
    )?;
    console::result(crate::msg!(
        "archive-done",
        dir = done.dir.display().to_string(),
        built = done.built,
        unchanged = done.unchanged,
        failed = done.failed,
        yearbook = &done.yearbook
    ));
    if done.failed == 0 {
        console::next(crate::msg!("next-after-archive", year = a.year.to_string()));
        Ok(())
    } else {
        Err(Failure::default())
    }
}

pub fn verify(a: &VerifyArgs) -> Outcome {
    let dir = a.archive.dir.join(format!("{:04}", a.year));
    let ok = crate::archive::verify::check(a.year, &dir)?;
    console::result(crate::msg!(
        "verify-ok",
        dir = dir.display().to_string(),
        count = ok
    ));
    Ok(())
}
