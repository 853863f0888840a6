//! `verslag status EVENT... [--json]`: where each event's review round stands: draft or
//! final, the review date, and per table its approval (when, how) or that it is still open,
//! with when the host was sent the review (from the review journal, where the outbox is).

use crate::cli::StatusArgs;
use crate::console;
use crate::diagnostics::{Failure, Outcome};
use crate::load::Loaded;
use crate::mail::round::{self, Round, local};

pub fn run(a: &StatusArgs) -> Outcome {
    let (good, count) = super::shared::load_all(&a.events, &None);
    // Contacts only tell which address the host's review went to: without them, no times.
    let contacts = crate::mail::contacts::load(&a.contacts).ok();
    let all: Vec<(Round, &Loaded)> = good
        .iter()
        .map(|l| (round::of(l, contacts.as_ref(), &a.outbox), l))
        .collect();
    if a.json {
        let list: Vec<&Round> = all.iter().map(|(s, _)| s).collect();
        console::machine(serde_json::to_string_pretty(&list).unwrap_or_default());
    } else {
        for (s, l) in &all {
            print_status(s, l);
        }
        if let [(s, l)] = all.as_slice() {
            let event = l.dir.dir.display();
            let event = event.to_string();
            console::next(if s.is_draft() {
                crate::msg!(
                    "next-approve",
                    today = crate::i18n::today().iso(),
                    event = &event
                )
            } else if s.all_mailed() {
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

fn print_status(s: &Round, l: &Loaded) {
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
