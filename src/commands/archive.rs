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
    )?;
    console::result(format!(
        "{}: {} built, {} unchanged, {} failed; {}",
        done.dir.display(),
        done.built,
        done.unchanged,
        done.failed,
        done.yearbook
    ));
    if done.failed == 0 {
        console::next(format!(
            "`verslag yearbook {}` makes a copy of the yearbook to print; `verslag verify {}` \
             checks the archive at any time",
            a.year, a.year
        ));
        Ok(())
    } else {
        Err(Failure::default())
    }
}

pub fn verify(a: &VerifyArgs) -> Outcome {
    let dir = a.archive.dir.join(format!("{:04}", a.year));
    let ok = crate::archive::verify::check(a.year, &dir)?;
    let files = if ok == 1 {
        "the 1 file matches".to_string()
    } else {
        format!("all {ok} files match")
    };
    console::result(format!("{}: {files} the manifest", dir.display()));
    Ok(())
}
