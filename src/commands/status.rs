//! `verslag status EVENT... [--json]`: where each event's review round stands: draft or
//! final, the review date, and per table its approval (when, how) or that it is still open,
//! with when the host was sent the review (from the review journal, where the outbox is).

use serde::Serialize;

use crate::cli::StatusArgs;
use crate::console;
use crate::diagnostics::{Failure, Outcome};
use crate::load::Loaded;
use crate::mail::journal::{Journal, State};
use crate::record::Status;

#[derive(Serialize)]
struct EventStatus {
    event: String,
    status: &'static str,
    /// ISO date, or null.
    review_by: Option<String>,
    tables: Vec<TableStatus>,
}

#[derive(Serialize)]
struct TableStatus {
    municipality: String,
    host: String,
    /// ISO date of the approval, or null while open.
    approved: Option<String>,
    approved_note: Option<String>,
    /// When the server accepted the review message to this host (the journal's time, UTC
    /// RFC 3339), or null when it was not sent from this outbox.
    review_sent: Option<String>,
    /// The final report's mail to this host: "sent", "may have been delivered" (a run
    /// stopped while the server took it), or null when it has not gone out from this outbox.
    mail: Option<&'static str>,
    /// When the server accepted the final report's mail (UTC RFC 3339), or null.
    mail_sent: Option<String>,
}

pub fn run(a: &StatusArgs) -> Outcome {
    let (good, count) = super::shared::load_all(&a.events, &None);
    // Contacts only tell which address the host's review went to: without them, no times.
    let contacts = crate::mail::contacts::load(&a.contacts).ok();
    let all: Vec<(EventStatus, &Loaded)> = good
        .iter()
        .map(|l| (status_of(l, contacts.as_ref(), &a.outbox), l))
        .collect();
    if a.json {
        let list: Vec<&EventStatus> = all.iter().map(|(s, _)| s).collect();
        console::machine(serde_json::to_string_pretty(&list).unwrap_or_default());
    } else {
        for (s, l) in &all {
            print_status(s, l);
        }
        if let [(s, l)] = all.as_slice() {
            let event = l.dir.dir.display();
            let event = event.to_string();
            console::next(if s.status == "draft" {
                crate::msg!(
                    "next-approve",
                    today = crate::i18n::today().iso(),
                    event = &event
                )
            } else if s.tables.iter().all(|t| t.mail == Some("sent")) {
                crate::msg!("next-web", event = &event)
            } else {
                crate::msg!("next-mail", event = &event)
            });
        }
    }
    if count == 0 {
        Ok(())
    } else {
        Err(Failure::reported(super::shared::problems_found(count)))
    }
}

fn status_of(
    l: &Loaded,
    contacts: Option<&crate::mail::contacts::Contacts>,
    outbox: &std::path::Path,
) -> EventStatus {
    let e = &l.record.event;
    let journal = outbox.join(&l.dir.slug).join("review").join("sent.log");
    let final_log = outbox.join(&l.dir.slug).join("sent.log");
    let final_journal = Journal::read(&final_log).ok();
    EventStatus {
        event: l.dir.dir.display().to_string(),
        status: match e.status.value {
            Status::Draft => "draft",
            Status::Final => "final",
        },
        review_by: e.review_by.as_ref().map(|r| r.value.iso()),
        tables: l
            .record
            .tables
            .iter()
            .map(|t| {
                let address = contacts.and_then(|c| {
                    crate::mail::plan::find(&c.list, &t.municipality.value, &t.host.name)
                        .map(|c| c.email.value.clone())
                });
                let mail =
                    address
                        .as_ref()
                        .and_then(|a| match final_journal.as_ref()?.state(a)? {
                            State::Sent => Some("sent"),
                            State::Uncertain => Some("may have been delivered"),
                        });
                TableStatus {
                    municipality: t.municipality.value.clone(),
                    host: t.host.name.clone(),
                    approved: t.approved.as_ref().map(|a| a.value.iso()),
                    approved_note: t.approved_note.clone(),
                    review_sent: address
                        .as_ref()
                        .and_then(|a| Journal::accepted_at(&journal, a)),
                    mail,
                    mail_sent: address.and_then(|a| Journal::accepted_at(&final_log, &a)),
                }
            })
            .collect(),
    }
}

fn print_status(s: &EventStatus, l: &Loaded) {
    let e = &l.record.event;
    let status = if s.status == "draft" {
        crate::msg!("status-draft")
    } else {
        crate::msg!("status-final")
    };
    let review = match &e.review_by {
        Some(r) if r.value < crate::i18n::today() => {
            crate::msg!("status-review-passed", day = r.value)
        }
        Some(r) => crate::msg!("status-review", day = r.value),
        None => crate::catalog::Message::Plain(String::new()),
    };
    let open = s.tables.iter().filter(|t| t.approved.is_none()).count();
    console::result(crate::msg!(
        "status-event",
        event = &s.event,
        status = status,
        review = review,
        approved = s.tables.len() - open,
        tables = s.tables.len()
    ));
    let width = s
        .tables
        .iter()
        .map(|t| t.municipality.chars().count())
        .max()
        .unwrap_or(0);
    for (t, table) in s.tables.iter().zip(&l.record.tables) {
        let mut line = match (&table.approved, &t.approved_note) {
            (Some(a), Some(note)) => {
                crate::msg!("status-approved-note", day = a.value, note = note)
            }
            (Some(a), None) => crate::msg!("status-approved", day = a.value),
            (None, _) => match &t.review_sent {
                Some(time) => crate::msg!("status-review-sent", time = local(time), host = &t.host),
                None => crate::msg!("status-no-review-sent", host = &t.host),
            },
        }
        .to_string();
        match (t.mail, &t.mail_sent) {
            (Some("sent"), Some(time)) => line.push_str(&format!(
                "; {}",
                crate::msg!("status-mailed-at", time = local(time))
            )),
            (Some("sent"), None) => line.push_str(&format!("; {}", crate::msg!("status-mailed"))),
            (Some(_), _) => line.push_str(&format!("; {}", crate::msg!("status-maybe-delivered"))),
            (None, _) if s.status == "final" => {
                line.push_str(&format!("; {}", crate::msg!("status-not-mailed")))
            }
            (None, _) => {}
        }
        console::result(format!("  {:width$}  {line}", t.municipality));
    }
}

/// A journal's time (UTC, `2026-11-28T09:42:00Z`) in this computer's time zone, as the lock
/// message shows times: `2026-11-28 10:42`. A time that cannot be read is shown as written.
fn local(time: &str) -> String {
    time.parse::<jiff::Timestamp>().map_or_else(
        |_| time.to_string(),
        |t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        },
    )
}
