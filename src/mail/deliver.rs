//! Delivery of the outbox: each message in two steps over SMTP, journalled before its data and
//! after its acceptance, so that none goes out twice.

use std::path::{Path, PathBuf};

use lettre::address::Envelope;
use lettre::message::Mailbox;

use super::contacts::Contact;
use super::journal::{Journal, State};
use super::outbox;
use super::plan::{Plan, who};
use super::send;
use crate::console;

/// Says what to do about each message that may have been delivered; true when there is any.
pub fn uncertain_note(uncertain: &[Contact], journal: &Journal) -> bool {
    let left: Vec<&Contact> = uncertain
        .iter()
        .filter(|c| journal.state(&c.email.value) == Some(State::Uncertain))
        .collect();
    let warnings: Vec<_> = left
        .iter()
        .map(|c| {
            crate::diagnostics::Diagnostic::file(
                journal.path(),
                crate::msg!("mail-uncertain", who = who(c)),
            )
            .with_hint(crate::msg!(
                "hint-mail-uncertain",
                address = &c.email.value,
                journal = journal.path().display().to_string(),
                municipality = &c.municipality.value
            ))
            .into_warning()
        })
        .collect();
    console::problems(&warnings);
    !left.is_empty()
}

/// What became of one message, as it happens: for whoever shows a send's progress.
pub enum Step<'a> {
    /// Its turn: connecting to the server and announcing it.
    Sending(&'a Contact),
    Sent(&'a Contact),
    NotSent(&'a Contact, &'a send::Failure),
}

/// What a delivery did.
#[derive(Default)]
pub struct Delivery {
    pub sent: Vec<Contact>,
    /// Not sent: refused, failed, or left when the run stopped.
    pub failed: Vec<Contact>,
    /// The server refused the login: nothing more goes until the password is given again.
    pub login_refused: bool,
}

/// Sends each message, telling `tell` each step; stops at a failure that will fail them all
/// (login, connection). A journal that cannot be written sends nothing.
pub fn deliver_all(
    server: &send::Server,
    plan: &Plan,
    files: &[(Contact, PathBuf)],
    journal: &mut Journal,
    tell: &mut dyn FnMut(Step<'_>),
) -> Result<Delivery, crate::diagnostics::Diagnostic> {
    let from = &plan.from;
    // A message sent but not recorded would go out twice on the next run: make sure the
    // journal can be written before anything is sent.
    journal.check_writable().map_err(|e| {
        crate::diagnostics::Diagnostic::file(journal.path(), e)
            .with_hint(crate::msg!("hint-outbox-writable"))
    })?;
    let mut done = Delivery::default();
    for (i, (c, path)) in files.iter().enumerate() {
        tell(Step::Sending(c));
        match send_one(server, from, c, path, journal) {
            Ok(()) => {
                tell(Step::Sent(c));
                done.sent.push(c.clone());
            }
            Err(f) => {
                tell(Step::NotSent(c, &f));
                done.failed.push(c.clone());
                done.login_refused |= f.login_refused;
                if f.stops_run {
                    done.failed
                        .extend(files[i + 1..].iter().map(|(c, _)| c.clone()));
                    break;
                }
            }
        }
    }
    Ok(done)
}

/// The command line's way of telling a send's steps: a line per message (`-v`: how long it
/// took).
pub fn print_step() -> impl FnMut(Step<'_>) {
    let mut started = std::time::Instant::now();
    move |step| match step {
        Step::Sending(_) => started = std::time::Instant::now(),
        Step::Sent(c) => {
            console::verbose(format!("{}: {} ms", who(c), started.elapsed().as_millis()));
            console::result(crate::msg!("mail-sent", who = who(c)));
        }
        Step::NotSent(c, f) => {
            console::verbose(format!("{}: {} ms", who(c), started.elapsed().as_millis()));
            console::note(if f.maybe_delivered {
                crate::msg!(
                    "mail-maybe-delivered-because",
                    who = who(c),
                    why = &f.message
                )
            } else {
                crate::msg!("mail-not-sent-because", who = who(c), why = &f.message)
            });
        }
    }
}

/// The summary of a delivery on the command line, and how to send the rest.
pub fn print_summary(server: &send::Server, plan: &Plan, done: &Delivery) {
    console::result(crate::msg!(
        "mail-summary",
        server = &server.shown,
        sent = done.sent.len(),
        failed = done.failed.len()
    ));
    if done.failed.is_empty() {
        return;
    }
    let names: Vec<String> = done.failed.iter().map(who).collect();
    // Whoever was named with --resend and did go out must not be named again.
    let named: Vec<&str> = done
        .failed
        .iter()
        .filter(|c| plan.named(c))
        .map(|c| c.municipality.value.as_str())
        .collect();
    let again = if plan.resend.is_empty() {
        crate::msg!("mail-again")
    } else if named.is_empty() {
        crate::msg!("mail-again-without-resend")
    } else {
        crate::msg!("mail-again-resend", resend = named.join(" --resend "))
    };
    console::note(crate::msg!(
        "mail-not-sent",
        names = names.join(", "),
        again = again
    ));
}

/// Sends one outbox file, journalling the intent before its data and the acceptance after.
fn send_one(
    server: &send::Server,
    from: &Mailbox,
    c: &Contact,
    path: &Path,
    journal: &mut Journal,
) -> Result<(), send::Failure> {
    let eml = std::fs::read(path).map_err(|e| {
        crate::msg!(
            "cannot-read-file",
            file = path.display().to_string(),
            reason = &e
        )
    })?;
    let to = c.email.value.parse().map_err(|e| format!("{e}"))?;
    let envelope = Envelope::new(Some(from.email.clone()), vec![to]).map_err(|e| e.to_string())?;
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = outbox::header(&eml, "Message-ID").unwrap_or_default();
    let ready = send::announce(server, &envelope, &eml)?;
    journal
        .intent(&c.email.value, &file, &id)
        .map_err(|e| send::Failure {
            message: crate::msg!("journal-not-sent", reason = e),
            stops_run: true,
            maybe_delivered: false,
            login_refused: false,
        })?;
    if let Err(f) = send::deliver(ready, &eml) {
        if !f.maybe_delivered {
            // Refused: not delivered. Should this line not be written, the message stays
            // "may have been delivered", which is the safe side.
            let _ = journal.refused(&c.email.value, &file, &id);
        }
        return Err(f);
    }
    journal
        .accepted(&c.email.value, &file, &id)
        .map_err(|e| send::Failure {
            message: crate::msg!("journal-after-send", reason = e),
            stops_run: true,
            maybe_delivered: true,
            login_refused: false,
        })
}
