//! `verslag status EVENT... [--json]`: where each event's review round stands: draft or
//! final, the review date, and per table its approval (when, how) or that it is still open,
//! with when the host was sent the review (from the review journal, where the outbox is).

use serde::Serialize;

use crate::cli::StatusArgs;
use crate::console;
use crate::diagnostics::{Failure, Outcome};
use crate::i18n::long_date;
use crate::load::Loaded;
use crate::mail::journal::Journal;
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
    /// When the server accepted the review message to this host (the journal's time), or
    /// null when it was not sent from this outbox.
    review_sent: Option<String>,
}

pub fn run(a: &StatusArgs) -> Outcome {
    let (good, count) = super::load_all(&a.events, &None);
    // Contacts only tell which address the host's review went to: without them, no times.
    let contacts = crate::mail::contacts::load(&a.contacts).ok();
    let all: Vec<(EventStatus, &Loaded)> = good
        .iter()
        .map(|l| (status_of(l, contacts.as_ref(), &a.outbox), l))
        .collect();
    if a.json {
        let list: Vec<&EventStatus> = all.iter().map(|(s, _)| s).collect();
        console::result(serde_json::to_string_pretty(&list).unwrap_or_default());
    } else {
        for (s, l) in &all {
            print_status(s, l);
        }
    }
    if count == 0 {
        Ok(())
    } else {
        Err(Failure::reported(format!(
            "{} found",
            super::problems(count)
        )))
    }
}

fn status_of(
    l: &Loaded,
    contacts: Option<&crate::mail::contacts::Contacts>,
    outbox: &std::path::Path,
) -> EventStatus {
    let e = &l.record.event;
    let journal = outbox.join(&l.dir.slug).join("review").join("sent.log");
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
                    c.list
                        .iter()
                        .find(|c| {
                            c.municipality
                                .value
                                .eq_ignore_ascii_case(&t.municipality.value)
                                && c.name.value.eq_ignore_ascii_case(&t.host.name)
                        })
                        .map(|c| c.email.value.clone())
                });
                TableStatus {
                    municipality: t.municipality.value.clone(),
                    host: t.host.name.clone(),
                    approved: t.approved.as_ref().map(|a| a.value.iso()),
                    approved_note: t.approved_note.clone(),
                    review_sent: address.and_then(|a| Journal::accepted_at(&journal, &a)),
                }
            })
            .collect(),
    }
}

fn print_status(s: &EventStatus, l: &Loaded) {
    let e = &l.record.event;
    let lang = e.language;
    let review = e
        .review_by
        .as_ref()
        .map(|r| {
            let passed = if r.value < crate::i18n::today() {
                ", passed"
            } else {
                ""
            };
            format!(", review by {}{passed}", long_date(r.value, lang))
        })
        .unwrap_or_default();
    let open = s.tables.iter().filter(|t| t.approved.is_none()).count();
    console::result(format!(
        "{}: {}{review}; {} of {} tables approved",
        s.event,
        s.status,
        s.tables.len() - open,
        s.tables.len()
    ));
    let width = s
        .tables
        .iter()
        .map(|t| t.municipality.chars().count())
        .max()
        .unwrap_or(0);
    for (t, table) in s.tables.iter().zip(&l.record.tables) {
        let line = match (&table.approved, &t.approved_note) {
            (Some(a), Some(note)) => format!("approved {} ({note})", long_date(a.value, lang)),
            (Some(a), None) => format!("approved {}", long_date(a.value, lang)),
            (None, _) => match &t.review_sent {
                Some(time) => format!("open; review sent {time} to {}", t.host),
                None => format!("open; no review sent to {} from this outbox", t.host),
            },
        };
        console::result(format!("  {:width$}  {line}", t.municipality));
    }
}
