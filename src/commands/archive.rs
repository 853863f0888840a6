//! `verslag archive YEAR` and `verslag verify YEAR`.

use crate::cli::{ArchiveArgs, VerifyArgs};
use crate::console;
use crate::diagnostics::{Failure, Outcome};

pub fn run(a: &ArchiveArgs) -> Outcome {
    let setup = super::setup(&a.look, &a.photos)?;
    let done = crate::archive::year(
        a.year,
        &a.events.dir,
        &a.archive.dir,
        &setup,
        &a.without_approval,
    )?;
    console::info(format!(
        "{}: {} built, {} unchanged, {} failed; {}",
        done.dir.display(),
        done.built,
        done.unchanged,
        done.failed,
        done.yearbook
    ));
    if done.failed == 0 {
        Ok(())
    } else {
        Err(Failure::default())
    }
}

pub fn verify(a: &VerifyArgs) -> Outcome {
    let dir = a.archive.dir.join(format!("{:04}", a.year));
    let ok = crate::archive::verify::check(a.year, &dir)?;
    console::info(format!(
        "{}: all {ok} files match the manifest",
        dir.display()
    ));
    Ok(())
}
