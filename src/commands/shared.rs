//! What the commands share: the setup of a run, the cache, loading and gating the records
//! named, and the words of a failure.

use std::path::PathBuf;
use std::sync::Arc;

use crate::cache::Cache;
use crate::catalog::Message;
use crate::cli::{Look, PhotoOptions};
use crate::console;
use crate::diagnostics::{Diagnostic, Outcome};
use crate::fonts::FontSet;
use crate::msg;
use crate::report::Setup;

/// The setup of a run from the look and photo options.
pub(super) fn setup(look: &Look, photos: &PhotoOptions) -> Result<Setup, Vec<Diagnostic>> {
    Setup::new(
        look.brand.as_deref(),
        look.templates.as_deref(),
        cache(photos),
    )
}

/// Where prepared photos and checked brand fonts are kept, unless `--no-cache`.
pub(super) fn cache(photos: &PhotoOptions) -> Option<Cache> {
    if photos.no_cache {
        return None;
    }
    photos
        .cache_dir
        .clone()
        .or_else(Cache::default_dir)
        .map(Cache::new)
}

/// The setup and the good records of a run that makes one `what` ("report", "web page") per
/// event; every problem is printed. Fails, naming how many problems, when the brand, the
/// templates or any record has one: nothing is made then.
pub(super) fn prepare(
    events: &[PathBuf],
    look: &Look,
    photos: &PhotoOptions,
    what: &Message,
) -> Result<(Setup, Vec<crate::load::Loaded>), crate::diagnostics::Failure> {
    let setup = setup(look, photos);
    // A brand with problems of its own: its fonts are not known, so names are not checked.
    let fonts = setup.as_ref().ok().map(|s| s.brand.font_set.clone());
    let (good, count) = load_all(events, &fonts);
    match setup {
        Ok(setup) if count == 0 => Ok((setup, good)),
        Ok(_) => Err(failed(count, what)),
        Err(diags) => {
            let n = count + diags.len();
            let closing = failed(n, what).closing.unwrap_or_default();
            Err(crate::diagnostics::Failure::from(diags).closing(closing))
        }
    }
}

/// The final records of a run over several events, refused while a table is open (see
/// `Loaded::open_tables`) unless named with `--without-approval EVENT/MUNICIPALITY`. Every
/// problem is printed; nothing is made when there is one.
pub(super) fn gate_open_tables(
    good: &mut [crate::load::Loaded],
    without: &[String],
    what: Message,
    made: &Message,
) -> Outcome {
    let names: Vec<String> = good.iter().map(|l| l.dir.name.clone()).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let by_event = crate::load::without_approval_by_event(without, &names)?;
    let today = crate::i18n::today();
    let mut problems = Vec::new();
    for l in good.iter_mut() {
        let named = by_event.get(&l.dir.name).map_or(&[][..], Vec::as_slice);
        let event = l.dir.name.clone();
        let result = l.allow_without_approval(named, today).and_then(|()| {
            l.refuse_open(what.clone(), today, |m| {
                format!("--without-approval {event}/{m}")
            })
        });
        problems.extend(result.err().into_iter().flatten());
    }
    if problems.is_empty() {
        return Ok(());
    }
    let n = crate::load::errors(&problems);
    let closing = failed(n, made).closing.unwrap_or_default();
    Err(crate::diagnostics::Failure::from(problems).closing(closing))
}

/// "3 problems found; no report was written for a failed event".
pub(super) fn failed(n: usize, what: &Message) -> crate::diagnostics::Failure {
    crate::diagnostics::Failure::reported(
        msg!("problems-nothing-written", count = n, thing = what).to_string(),
    )
}

/// The paths named on the command line, as one would type them again.
pub(super) fn shown(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// "1 problem found" / "3 problems found".
pub(super) fn problems_found(n: usize) -> String {
    msg!("problems-found", count = n).to_string()
}

/// The records named, loaded for these fonts; problems and warnings are printed. The good
/// ones and how many errors. A year record among them (`events/2022/*` names it) is not an
/// event and is passed over: `check` reads it on its own.
pub(super) fn load_all(
    events: &[PathBuf],
    fonts: &Option<Arc<FontSet>>,
) -> (Vec<crate::load::Loaded>, usize) {
    let mut good = Vec::new();
    let mut count = 0;
    for result in events
        .iter()
        .filter(|e| !crate::year::is_year_record(e))
        .map(|e| crate::load::load_with(e, fonts.clone()))
    {
        match result {
            Ok(l) => {
                console::problems(&l.warnings);
                good.push(l);
            }
            Err(diags) => {
                count += crate::load::errors(&diags);
                console::problems(&diags);
            }
        }
    }
    (good, count)
}
