//! `verslag check EVENT...`: every problem of every record, and a line per good one.

use super::shared::{load_all, problems_found};
use crate::cli::CheckArgs;
use crate::console;
use crate::diagnostics::{Failure, Outcome};
use crate::fonts::FontSet;
use crate::load::Loaded;

pub fn run(a: &CheckArgs) -> Outcome {
    let style = console::stdout_style();
    // The record is checked for the fonts of the brand it will be printed with.
    let fonts = match &a.brand {
        Some(path) => {
            let cache = super::shared::cache(&a.photos);
            Some(crate::brand::Brand::load(path, cache.as_ref())?.font_set)
        }
        None => Some(FontSet::bundled()),
    };
    let (good, mut count) = load_all(&a.events, &fonts);
    let today = crate::i18n::today();
    for l in &good {
        console::problems(&l.advice(today));
        console::result(format!("{}ok{} {}", style.green, style.reset, summary(l)));
    }
    for path in a.events.iter().filter(|e| crate::year::is_year_record(e)) {
        match crate::year::load(path) {
            Ok(y) => console::result(format!(
                "{}ok{} {}",
                style.green,
                style.reset,
                match &y.record.year.title {
                    Some(t) => crate::msg!(
                        "check-ok-year-titled",
                        path = path.display().to_string(),
                        year = y.year.to_string(),
                        title = t
                    ),
                    None => crate::msg!(
                        "check-ok-year",
                        path = path.display().to_string(),
                        year = y.year.to_string()
                    ),
                }
            )),
            Err(diags) => {
                count += diags.len();
                console::problems(&diags);
            }
        }
    }
    if count == 0 {
        if !good.is_empty() {
            let events = super::shared::shown(&a.events);
            console::next(crate::msg!("next-build", events = events));
        }
        Ok(())
    } else {
        Err(Failure::reported(problems_found(count)))
    }
}

/// One line per good record: where, title, date, tables, photos.
fn summary(loaded: &Loaded) -> crate::catalog::Message {
    let r = &loaded.record;
    crate::msg!(
        "check-ok",
        dir = loaded.dir.dir.display().to_string(),
        title = &r.event.title,
        date = r.event.date.value,
        tables = r.tables.len(),
        photos = r.photos.len()
    )
}
