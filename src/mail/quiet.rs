//! `mail` for a program that shows its own progress (the studio's page): nothing is printed;
//! each step and the outcome are handed back. The same plan, gates, lock, journal and
//! stale-input refusal as `verslag mail`, and what the outbox holds, read back message by
//! message for review.

use mailparse::{DispositionType, MailHeaderMap, ParsedMail};

use super::contacts::Contact;
use super::deliver::{Delivery, Step};
use super::journal::State;
use super::{Request, hold, outbox, plan, refuse_reserved, send, send_held, write_held};
use crate::catalog::Message;
use crate::diagnostics::Diagnostic;
use crate::inputs::Inputs;

/// Writes the outbox for review, as `verslag mail` without `--send`; the recipients written.
pub fn write(r: &Request<'_>) -> Result<Vec<Contact>, Vec<Diagnostic>> {
    let plan = plan::plan(r)?;
    let held = hold(&plan, r.setup, false)?;
    write_held(&plan, &held, r)
}

/// Sends what is still to go, as `verslag mail --send`, through a server whose password the
/// caller gave; `tell` hears each step. An error here sent nothing.
pub fn send(
    r: &Request<'_>,
    server: &send::Server,
    tell: &mut dyn FnMut(Step<'_>),
) -> Result<Delivery, Vec<Diagnostic>> {
    let plan = plan::plan(r)?;
    if !server.loopback {
        refuse_reserved(&plan, &r.brand)?;
    }
    let mut held = hold(&plan, r.setup, true)?;
    send_held(&plan, &mut held, r, server, tell)
}

/// One recipient's message: where it stands, and what the outbox holds for them.
pub struct Letter {
    pub contact: Contact,
    /// What the journal says: sent, may have been delivered, or nothing yet.
    pub state: Option<State>,
    /// When the server accepted it (the journal's UTC time).
    pub sent_at: Option<String>,
    /// The message in the outbox; `None` while it is not written.
    pub written: Option<Written>,
    /// What changed since it was written (empty: it still matches).
    pub stale: Vec<Message>,
}

/// A message as it will go out.
pub struct Written {
    pub subject: String,
    pub body: String,
    /// The attachment's file name and its size in bytes.
    pub attachment: Option<(String, usize)>,
}

/// Every recipient's letter for the mail of `r` (the review round's with `r.review`); the
/// plan's problems (the gate, a missing contact or sender) when there is none to show. With
/// the server it would go through, a sender at an example domain is a problem too.
pub fn letters(
    r: &Request<'_>,
    server: Option<&send::Server>,
) -> Result<Vec<Letter>, Vec<Diagnostic>> {
    let plan = plan::plan(r)?;
    if let Some(s) = server
        && !s.loopback
    {
        refuse_reserved(&plan, &r.brand)?;
    }
    let journal = plan.journal().map_err(|d| vec![d])?;
    let inputs = Inputs::of(&plan.loaded, &r.setup.common).map_err(|d| vec![d])?;
    let contacts_file = plan.contacts_file.display().to_string();
    Ok(plan
        .recipients
        .iter()
        .map(|c| {
            let eml = std::fs::read(plan.path_of(c)).ok();
            Letter {
                state: journal.state(&c.email.value),
                sent_at: journal.accepted_at(&c.email.value).map(str::to_string),
                stale: eml.as_deref().map_or_else(Vec::new, |eml| {
                    outbox::stale(eml, &inputs, c, &contacts_file)
                }),
                written: eml.as_deref().and_then(read),
                contact: c.clone(),
            }
        })
        .collect())
}

/// A written message's subject, text and attachment; `None` when it does not parse.
fn read(eml: &[u8]) -> Option<Written> {
    let mail = mailparse::parse_mail(eml).ok()?;
    let subject = mail.headers.get_first_value("Subject").unwrap_or_default();
    let mut body = None;
    let mut attachment = None;
    walk(&mail, &mut |part| {
        let disposition = part.get_content_disposition();
        if disposition.disposition == DispositionType::Attachment {
            let name = disposition
                .params
                .get("filename")
                .cloned()
                .or_else(|| part.ctype.params.get("name").cloned())
                .unwrap_or_default();
            let size = part.get_body_raw().map_or(0, |b| b.len());
            attachment = Some((name, size));
        } else if body.is_none() && part.ctype.mimetype == "text/plain" {
            body = part.get_body().ok();
        }
    });
    Some(Written {
        subject,
        body: body.unwrap_or_default(),
        attachment,
    })
}

fn walk<'a>(part: &'a ParsedMail<'a>, visit: &mut dyn FnMut(&'a ParsedMail<'a>)) {
    if part.subparts.is_empty() {
        visit(part);
    }
    for sub in &part.subparts {
        walk(sub, visit);
    }
}
