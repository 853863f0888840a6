//! Mailing the report to the aldermen at the tables, in three steps: the [`plan`] (who gets
//! what), the [`outbox`] (one reviewable `.eml` each, stamped with what it was made from) and
//! [`deliver`] (SMTP, journalled so that no message goes out twice). One run at a time per
//! outbox; no message is sent that no longer matches its record, photos, look or contact.

pub mod contacts;
mod deliver;
pub mod journal;
mod message;
pub mod outbox;
pub mod plan;
pub mod send;

use std::path::Path;

use crate::console;
use crate::diagnostics::{Diagnostic, Failure, Origin, Outcome};
use crate::inputs::Inputs;
use crate::lock;
use crate::report::Setup;

/// One `verslag mail` run.
pub struct Request<'a> {
    pub event: &'a Path,
    pub contacts: &'a Path,
    /// Where the report is built when it is not current.
    pub output: &'a Path,
    pub outbox: &'a Path,
    pub dry_run: bool,
    /// Recipients to send to again (municipality or address).
    pub resend: &'a [String],
    /// Deliver through the server this connects to (`--send`), asked for once the plan is
    /// sound; `None`: write the outbox only.
    pub server: Option<&'a dyn Fn() -> Result<send::Server, Diagnostic>>,
    pub setup: &'a Setup,
    /// Where the brand came from, for its problems.
    pub brand: Origin,
    /// `--review`: each host gets their own table of the draft to check, from an outbox and
    /// journal of its own.
    pub review: bool,
}

pub fn run(r: &Request<'_>) -> Outcome {
    let plan = plan::plan(
        r.event,
        r.contacts,
        r.resend,
        r.setup,
        r.brand.clone(),
        r.outbox,
        r.review,
    )
    .map_err(nothing)?;
    if r.dry_run {
        let journal = plan.journal().map_err(nothing)?;
        let sorted = plan.sort(&journal);
        for c in &sorted.pending {
            let (subject, _) =
                message::fill(&plan.loaded.record, c, &from_name(&plan), plan.review);
            console::result(format!("would send: {}: {subject}", plan::who(c)));
        }
        deliver::uncertain_note(&sorted.uncertain, &journal);
        return Ok(());
    }
    let server = match r.server {
        Some(connect) => Some(connect().map_err(nothing)?),
        None => None,
    };
    // Held until the last message is sent: a second run on this outbox stops at once, so no
    // two runs read the journal before either wrote to it.
    let doing = if server.is_some() {
        "sending"
    } else {
        "writing"
    };
    let _lock = lock::exclusive(&plan.outbox, &format!("{doing} {}", plan.outbox.display()))
        .map_err(nothing)?;
    let mut journal = plan.journal().map_err(nothing)?;
    let sorted = plan.sort(&journal);
    let inputs = Inputs::of(&plan.loaded, &r.setup.common).map_err(nothing)?;
    let Some(server) = &server else {
        // The outbox: every message still to go (the uncertain ones too, for a --resend).
        let all: Vec<_> = sorted
            .pending
            .iter()
            .chain(&sorted.uncertain)
            .cloned()
            .collect();
        outbox::write(&plan, &all, &inputs, r.setup, r.output).map_err(nothing)?;
        for c in &all {
            console::result(plan.path_of(c).display());
        }
        deliver::uncertain_note(&sorted.uncertain, &journal);
        return Ok(());
    };
    // A reviewed message goes out as it is, but only while it matches what it was made from;
    // a missing one is written now.
    outbox::check_current(&plan, &sorted.pending, &inputs, r.event).map_err(nothing)?;
    let missing: Vec<_> = sorted
        .pending
        .iter()
        .filter(|c| !plan.path_of(c).exists())
        .cloned()
        .collect();
    outbox::write(&plan, &missing, &inputs, r.setup, r.output).map_err(nothing)?;
    let files: Vec<_> = sorted
        .pending
        .iter()
        .map(|c| (c.clone(), plan.path_of(c)))
        .collect();
    let delivered = deliver::deliver_all(server, &plan, &files, &mut journal);
    // A send is not done while nobody knows whether a message arrived.
    let uncertain = deliver::uncertain_note(&sorted.uncertain, &journal);
    if delivered && !uncertain {
        Ok(())
    } else {
        Err(Failure::default())
    }
}

/// A problem before anything was sent.
fn nothing(problems: impl Into<Failure>) -> Failure {
    problems.into().closing("nothing was sent")
}

fn from_name(plan: &plan::Plan) -> String {
    plan.from.name.clone().unwrap_or_default()
}
