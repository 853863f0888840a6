//! Mailing the report to the aldermen at the tables, in three steps: the [`plan`] (who gets
//! what), the [`outbox`] (one reviewable `.eml` each, stamped with what it was made from) and
//! [`deliver`] (SMTP, journalled so that no message goes out twice). One run at a time per
//! outbox; no message is sent that no longer matches its record, photos, look or contact.

pub mod contacts;
pub mod deliver;
pub mod journal;
mod message;
pub mod outbox;
pub mod plan;
pub mod quiet;
pub mod round;
pub mod send;
pub mod template;

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
    /// `--without-approval`: open tables the final mail goes out without.
    pub without_approval: &'a [String],
}

pub fn run(r: &Request<'_>) -> Outcome {
    let plan = plan::plan(r).map_err(nothing)?;
    if r.dry_run {
        let journal = plan.journal().map_err(nothing)?;
        let sorted = plan.sort(&journal);
        sorted.print();
        let inputs = Inputs::of(&plan.loaded, &r.setup.common).map_err(nothing)?;
        older_report_note(&plan, &journal, &inputs, r.event);
        let content = plan.content();
        for c in &sorted.pending {
            let (subject, _) = plan.template.fill(&content, c, &from_name(&plan));
            console::result(crate::msg!(
                "mail-would-send",
                who = plan::who(c),
                subject = subject
            ));
        }
        deliver::uncertain_note(&sorted.uncertain, &journal);
        return Ok(());
    }
    let server = match r.server {
        Some(connect) => {
            let mut server = connect().map_err(nothing)?;
            if !server.loopback {
                refuse_reserved(&plan, &r.brand).map_err(nothing)?;
            }
            server
                .login()
                .map_err(|e| nothing(Diagnostic::env("VERSLAG_SMTP_PASSWORD", e)))?;
            Some(server)
        }
        None => None,
    };
    let mut held = hold(&plan, r.setup, server.is_some()).map_err(nothing)?;
    held.sorted.print();
    older_report_note(&plan, &held.journal, &held.inputs, r.event);
    let Some(server) = &server else {
        let all = write_held(&plan, &held, r).map_err(nothing)?;
        for c in &all {
            console::result(plan.path_of(c).display());
        }
        deliver::uncertain_note(&held.sorted.uncertain, &held.journal);
        if !all.is_empty() {
            let review = if plan.review { "--review " } else { "" };
            console::next(crate::msg!(
                "next-read-outbox",
                outbox = plan.outbox.display().to_string(),
                command = format!("verslag mail {review}--send {}", r.event.display())
            ));
        }
        return Ok(());
    };
    let done =
        send_held(&plan, &mut held, r, server, &mut deliver::print_step()).map_err(nothing)?;
    deliver::print_summary(server, &plan, &done);
    // A send is not done while nobody knows whether a message arrived.
    let uncertain = deliver::uncertain_note(&held.sorted.uncertain, &held.journal);
    if done.failed.is_empty() && !uncertain {
        console::next(if plan.review {
            crate::msg!("next-status", event = r.event.display().to_string())
        } else {
            crate::msg!("next-web", event = r.event.display().to_string())
        });
        Ok(())
    } else {
        Err(Failure::default())
    }
}

/// An outbox held by one run: its lock (a second run on it stops at once, so no two runs
/// read the journal before either wrote to it), its journal, who is still to go, and the
/// inputs the messages must match.
pub struct Held {
    _lock: lock::Lock,
    pub journal: journal::Journal,
    pub sorted: plan::Sorted,
    pub inputs: Inputs,
}

/// Takes the outbox of `plan` for writing or, with `sending`, for sending.
pub fn hold(plan: &plan::Plan, setup: &Setup, sending: bool) -> Result<Held, Vec<Diagnostic>> {
    let outbox = plan.outbox.display().to_string();
    let doing = if sending {
        crate::msg!("doing-sending", folder = outbox)
    } else {
        crate::msg!("doing-writing", folder = outbox)
    };
    let lock = lock::exclusive(&plan.outbox, &doing.to_string()).map_err(|d| vec![d])?;
    let journal = plan.journal().map_err(|d| vec![d])?;
    let sorted = plan.sort(&journal);
    let inputs = Inputs::of(&plan.loaded, &setup.common).map_err(|d| vec![d])?;
    Ok(Held {
        _lock: lock,
        journal,
        sorted,
        inputs,
    })
}

/// Writes the outbox for review: every message still to go (the uncertain ones too, for a
/// resend); the recipients written.
pub fn write_held(
    plan: &plan::Plan,
    held: &Held,
    r: &Request<'_>,
) -> Result<Vec<contacts::Contact>, Vec<Diagnostic>> {
    let all: Vec<_> = held
        .sorted
        .pending
        .iter()
        .chain(&held.sorted.uncertain)
        .cloned()
        .collect();
    outbox::write(plan, &all, &held.inputs, r.setup, r.output)?;
    Ok(all)
}

/// Sends what is still to go from a held outbox. A reviewed message goes out as it is, but
/// only while it matches what it was made from; a missing one is written now.
pub fn send_held(
    plan: &plan::Plan,
    held: &mut Held,
    r: &Request<'_>,
    server: &send::Server,
    tell: &mut dyn FnMut(deliver::Step<'_>),
) -> Result<deliver::Delivery, Vec<Diagnostic>> {
    let pending = &held.sorted.pending;
    outbox::check_current(plan, pending, &held.inputs, r.event)?;
    let missing: Vec<_> = pending
        .iter()
        .filter(|c| !plan.path_of(c).exists())
        .cloned()
        .collect();
    outbox::write(plan, &missing, &held.inputs, r.setup, r.output)?;
    let files: Vec<_> = pending
        .iter()
        .map(|c| (c.clone(), plan.path_of(c)))
        .collect();
    deliver::deliver_all(server, plan, &files, &mut held.journal, tell).map_err(|d| vec![d])
}

/// The aldermen the journal says have their message, while the record, a photo or the look
/// changed since it was written: they hold an older report than the record now makes, and
/// nothing goes to them again unless named. Says so, with the commands that resend it.
fn older_report_note(plan: &plan::Plan, journal: &journal::Journal, inputs: &Inputs, event: &Path) {
    let contacts_file = plan.contacts_file.display().to_string();
    let older: Vec<&contacts::Contact> = plan
        .recipients
        .iter()
        .filter(|c| !plan.named(c) && journal.state(&c.email.value) == Some(journal::State::Sent))
        .filter(|c| {
            std::fs::read(plan.path_of(c))
                .is_ok_and(|eml| !outbox::stale(&eml, inputs, c, &contacts_file).is_empty())
        })
        .collect();
    if older.is_empty() {
        return;
    }
    let names: Vec<&str> = older
        .iter()
        .map(|c| c.municipality.value.as_str())
        .collect();
    let resend: String = names.iter().map(|m| format!("--resend {m} ")).collect();
    let review = if plan.review { "--review " } else { "" };
    console::note(crate::msg!(
        "mail-older-report",
        names = names.join(", "),
        write = format!("verslag mail {review}{resend}{}", event.display()),
        send = format!("verslag mail {review}--send {resend}{}", event.display())
    ));
}

/// A sender or recipient at a domain reserved for examples (the built-in brand's sender,
/// the shipped contacts) goes nowhere: refused before anything is sent, except to a server
/// on this machine, where tests and local relays take them.
pub(crate) fn refuse_reserved(plan: &plan::Plan, brand: &Origin) -> Result<(), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let from = plan.from.email.to_string();
    if let Some(domain) = send::reserved_domain(&from) {
        problems.push(
            Diagnostic::from(
                brand.clone(),
                crate::msg!(
                    "mail-example-sender",
                    from = from.to_string(),
                    domain = domain
                ),
            )
            .with_hint(crate::msg!("hint-mail-example-sender")),
        );
    }
    for c in &plan.recipients {
        if let Some(domain) = send::reserved_domain(&c.email.value) {
            problems.push(
                Diagnostic::at(
                    &plan.contacts_file,
                    &plan.contacts_source,
                    c.email.span.clone(),
                    crate::msg!(
                        "mail-example-address",
                        name = &c.name.value,
                        municipality = &c.municipality.value,
                        domain = domain
                    ),
                )
                .with_hint(crate::msg!("hint-mail-example-address")),
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// A problem before anything was sent.
fn nothing(problems: impl Into<Failure>) -> Failure {
    problems
        .into()
        .closing(crate::msg!("nothing-sent").to_string())
}

fn from_name(plan: &plan::Plan) -> String {
    plan.from.name.clone().unwrap_or_default()
}
