//! `verslag web EVENT...`: check every record, build (or reuse) each PDF report, then write
//! each event's web folder `DIR/<year>/<slug>/` as a whole. Nothing is written for an event
//! with a problem, and a failed run leaves the previous page in place.

use rayon::prelude::*;

use super::shared::{failed, prepare};
use crate::cli::WebArgs;
use crate::console::{self, Progress};
use crate::diagnostics::Outcome;

pub fn run(a: &WebArgs) -> Outcome {
    let page = crate::msg!("thing-web-page");
    let (setup, mut good) = prepare(&a.events, &a.look, &a.photos, &page)?;
    super::shared::gate_open_tables(
        &mut good,
        &a.without_approval,
        crate::msg!("done-on-the-web"),
        &page,
    )?;
    let progress = Progress::new(if good.len() > 1 { good.len() } else { 0 });
    let results: Vec<_> = good
        .par_iter()
        .map(|loaded| {
            let result = crate::web::write(loaded, &setup, &a.reports, &a.output);
            progress.tick(&loaded.dir.dir);
            result
        })
        .collect();
    progress.done();
    let mut failures = 0;
    for result in results {
        match result {
            Ok((folder, warnings)) => {
                console::problems(&warnings);
                console::result(folder.join("index.html").display());
            }
            Err(diags) => {
                failures += diags.len();
                console::problems(&diags);
            }
        }
    }
    if failures == 0 {
        if let Some(l) = good.first() {
            console::next(crate::msg!(
                "next-archive",
                year = l.record.event.date.value.year.to_string()
            ));
        }
        if setup.brand.base_url.is_none() && !console::is_quiet() {
            console::note(crate::msg!("web-no-base-url"));
        }
        Ok(())
    } else {
        Err(failed(failures, &page))
    }
}
