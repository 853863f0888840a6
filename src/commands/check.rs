//! `verslag check EVENT...`: every problem of every record, and a line per good one.

use super::shared::{load_all, problems_found};
use crate::cli::CheckArgs;
use crate::console;
use crate::diagnostics::{Failure, Outcome};
use crate::fonts::FontSet;
use crate::i18n::long_date;
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
        console::problems(&approved_in_the_future(l, today));
        // `build` makes it, but mail, archive and web refuse it while a table is open.
        let open: Vec<_> = l
            .open_problems(today, |m| format!("--without-approval {m}"))
            .into_iter()
            .map(|(_, mut d)| {
                d.message = crate::msg!("open-refused-later", problem = &d.message);
                d.into_warning()
            })
            .collect();
        console::problems(&open);
        console::result(format!("{}ok{} {}", style.green, style.reset, summary(l)));
    }
    for path in a.events.iter().filter(|e| crate::year::is_year_record(e)) {
        match crate::year::load(path) {
            Ok(y) => console::result(format!(
                "{}ok{} {}: year record for {}{}",
                style.green,
                style.reset,
                path.display(),
                y.year,
                y.record
                    .year
                    .title
                    .as_ref()
                    .map(|t| format!(", \"{t}\""))
                    .unwrap_or_default()
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
            console::next(format!(
                "`verslag build {events}` makes the report (`verslag watch EVENT` remakes it on \
                 every save)"
            ));
        }
        Ok(())
    } else {
        Err(Failure::reported(problems_found(count)))
    }
}

/// An approval dated after today is most likely a typo in the year or month.
fn approved_in_the_future(
    l: &Loaded,
    today: crate::record::Date,
) -> Vec<crate::diagnostics::Diagnostic> {
    l.record
        .tables
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.approved.as_ref().map(|a| (i, a)))
        .filter(|(_, a)| a.value > today)
        .map(|(i, a)| {
            crate::diagnostics::Diagnostic::at(
                &l.dir.toml,
                &l.source,
                a.span.clone(),
                crate::msg!(
                    "approved-in-the-future",
                    i = i,
                    day = a.value.iso(),
                    today = today.iso()
                ),
            )
            .with_hint(crate::msg!("hint-approved-in-the-future"))
            .into_warning()
        })
        .collect()
}

/// One line per good record: where, title, date, tables, photos.
fn summary(loaded: &Loaded) -> String {
    let r = &loaded.record;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}: \"{}\", {}, {}, {}",
        loaded.dir.dir.display(),
        r.event.title,
        long_date(r.event.date.value, r.event.language),
        plural(r.tables.len(), "table", "tables"),
        plural(r.photos.len(), "photo", "photos"),
    )
}
