//! `verslag build EVENT...`: check every record, then typeset the reports in parallel and
//! write `DIR/<year>/<slug>.pdf` atomically. Nothing is written unless every record is valid.

use rayon::prelude::*;

use super::shared::{failed, prepare};
use crate::cli::BuildArgs;
use crate::console::{self, Progress};
use crate::diagnostics::Outcome;
use crate::render::Flavour;
use crate::report::{output_path, render_event, write_report};

pub fn run(a: &BuildArgs) -> Outcome {
    let report = crate::msg!("thing-report");
    let (setup, good) = prepare(&a.events, &a.report.look, &a.report.photos, &report)?;
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
        let drafts = good
            .iter()
            .any(|l| l.record.event.status.value == crate::record::Status::Draft);
        let event = if good.len() == 1 {
            good[0].dir.dir.display().to_string()
        } else {
            "EVENT".into()
        };
        console::next(if drafts {
            crate::msg!("next-review", event = &event)
        } else {
            crate::msg!("next-mail", event = &event)
        });
        Ok(())
    } else {
        Err(failed(failures, &report))
    }
}
