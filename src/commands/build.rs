//! `verslag build EVENT...`: check every record, then typeset the reports in parallel and
//! write `DIR/<year>/<slug>.pdf` atomically. Nothing is written unless every record is valid.

use rayon::prelude::*;

use super::{load_all, problems, setup};
use crate::cli::BuildArgs;
use crate::console::{self, Progress};
use crate::diagnostics::{Failure, Outcome};
use crate::render::Flavour;
use crate::report::{output_path, render_event, write_report};

pub fn run(a: &BuildArgs) -> Outcome {
    let setup = setup(&a.report.look, &a.report.photos);
    // A brand with problems of its own: its fonts are not known, so names are not checked.
    let fonts = setup.as_ref().ok().map(|s| s.brand.font_set.clone());
    let (good, count) = load_all(&a.events, &fonts);
    let failed = |n: usize| {
        Failure::reported(format!(
            "{} found; no report was written for a failed event",
            problems(n)
        ))
    };
    let setup = match setup {
        Ok(setup) if count == 0 => setup,
        Ok(_) => return Err(failed(count)),
        Err(diags) => {
            let n = count + diags.len();
            return Err(Failure::from(diags).closing(failed(n).closing.unwrap_or_default()));
        }
    };
    let progress = Progress::new(if good.len() > 1 { good.len() } else { 0 });
    let results: Vec<_> = good
        .par_iter()
        .map(|loaded| {
            let result = render_event(loaded, &setup, Flavour::Standard);
            progress.tick(&loaded.dir.dir);
            result
        })
        .collect();
    progress.done();
    let mut failures = 0;
    for (loaded, result) in good.iter().zip(results) {
        let written = result.and_then(|report| {
            console::problems(&report.output.warnings);
            let path = output_path(&a.report.output, loaded);
            write_report(&path, &report).map_err(|d| vec![d])?;
            Ok(path)
        });
        match written {
            Ok(path) => console::result(path.display()),
            Err(diags) => {
                failures += diags.len();
                console::problems(&diags);
            }
        }
    }
    if failures == 0 {
        Ok(())
    } else {
        Err(failed(failures))
    }
}
