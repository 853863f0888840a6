//! Where an event's review round stands: draft or final, the review date, and per table its
//! approval or that it is open, when its host was sent the review, and the final mail to
//! them; from the record, the contacts and the journals in the outbox. `verslag status`
//! prints it; the studio shows it on the event's page.

use std::path::Path;

use serde::Serialize;

use super::contacts::Contacts;
use super::journal::{Journal, State};
use crate::load::Loaded;
use crate::record::Status;

#[derive(Serialize, Clone, Debug)]
pub struct Round {
    pub event: String,
    pub status: &'static str,
    /// ISO date, or null.
    pub review_by: Option<String>,
    pub tables: Vec<TableRound>,
    /// Why the review mail or the final mail cannot go yet (not in `status --json`).
    #[serde(skip)]
    pub gates: Gates,
}

#[derive(Serialize, Clone, Debug)]
pub struct TableRound {
    pub municipality: String,
    pub host: String,
    /// ISO date of the approval, or null while open.
    pub approved: Option<String>,
    pub approved_note: Option<String>,
    /// When the server accepted the review message to this host (the journal's time, UTC
    /// RFC 3339), or null when it was not sent from this outbox.
    pub review_sent: Option<String>,
    /// The final report's mail to this host: "sent", "may have been delivered" (a run
    /// stopped while the server took it), or null when it has not gone out from this outbox.
    pub mail: Option<&'static str>,
    /// When the server accepted the final report's mail (UTC RFC 3339), or null.
    pub mail_sent: Option<String>,
}

impl Round {
    pub fn is_draft(&self) -> bool {
        self.status == "draft"
    }

    /// Every host has the final report.
    pub fn all_mailed(&self) -> bool {
        self.tables.iter().all(|t| t.mail == Some("sent"))
    }
}

/// The round of `l`: contacts tell which address a host's mail went to; without them, no
/// times.
pub fn of(l: &Loaded, contacts: Option<&Contacts>, outbox: &Path) -> Round {
    let e = &l.record.event;
    let review_journal =
        Journal::read(&outbox.join(&l.dir.slug).join("review").join("sent.log")).ok();
    let final_log = outbox.join(&l.dir.slug).join("sent.log");
    let final_journal = Journal::read(&final_log).ok();
    Round {
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
                    super::plan::find(&c.list, &t.municipality.value, &t.host.name)
                        .map(|c| c.email.value.clone())
                });
                let mail =
                    address
                        .as_ref()
                        .and_then(|a| match final_journal.as_ref()?.state(a)? {
                            State::Sent => Some("sent"),
                            State::Uncertain => Some("may have been delivered"),
                        });
                TableRound {
                    municipality: t.municipality.value.clone(),
                    host: t.host.name.clone(),
                    approved: t.approved.as_ref().map(|a| a.value.iso()),
                    approved_note: t.approved_note.clone(),
                    review_sent: address
                        .as_ref()
                        .and_then(|a| review_journal.as_ref()?.accepted_at(a))
                        .map(str::to_string),
                    mail,
                    mail_sent: address
                        .and_then(|a| final_journal.as_ref()?.accepted_at(&a))
                        .map(str::to_string),
                }
            })
            .collect(),
        gates: gates(l, crate::i18n::today()),
    }
}

/// Why a step of the round cannot run yet, each in its gate's own words: the review mail
/// (a draft whose review date has not passed) and the final mail (a final record, every
/// table approved). Empty when the step may run.
#[derive(Clone, Debug, Default)]
pub struct Gates {
    pub review: Vec<crate::diagnostics::Diagnostic>,
    pub final_mail: Vec<crate::diagnostics::Diagnostic>,
}

fn gates(l: &Loaded, today: crate::record::Date) -> Gates {
    let review = super::plan::review_open(l).err().into_iter().collect();
    let mut final_mail: Vec<_> = l
        .refuse_draft(crate::msg!("done-mailed-as-final"))
        .err()
        .into_iter()
        .collect();
    if final_mail.is_empty()
        && let Err(open) = l.refuse_open(crate::msg!("done-mailed"), today, |m| {
            format!("--without-approval {m}")
        })
    {
        final_mail = open;
    }
    Gates { review, final_mail }
}

/// A journal's time (UTC, `2026-11-28T09:42:00Z`) in this computer's time zone, as the lock
/// message shows times: `2026-11-28 10:42`. A time that cannot be read is shown as written.
pub fn local(time: &str) -> String {
    time.parse::<jiff::Timestamp>().map_or_else(
        |_| time.to_string(),
        |t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        },
    )
}
