//! Who gets what: the record's hosts found in the contacts, the sender from the brand, and,
//! once the outbox's journal is read, who is still to be sent to.

use std::path::{Path, PathBuf};

use lettre::message::Mailbox;

use super::contacts::{self, Contact};
use super::journal::{Journal, State};
use crate::catalog::Message;
use crate::console;
use crate::diagnostics::Diagnostic;
use crate::load::{self, Loaded};

/// An event's mail, before anything is written or sent.
pub struct Plan {
    pub loaded: Loaded,
    /// The contacts file, as the user named it, and its text.
    pub contacts_file: PathBuf,
    pub contacts_source: std::sync::Arc<str>,
    /// One per table, in table order.
    pub recipients: Vec<Contact>,
    /// Recipients named with `--resend`.
    pub resend: Vec<Contact>,
    pub from: Mailbox,
    /// `OUTBOX/<event>`, or `OUTBOX/<event>/review` for the review round.
    pub outbox: PathBuf,
    /// The review round of a draft (`mail --review`).
    pub review: bool,
    /// The wording, checked.
    pub template: super::template::Template,
}

impl Plan {
    /// The report's content, as the mail reads it (it prints no colophon, so it lists no
    /// approvals).
    pub fn content(&self) -> crate::content::Content<'_> {
        crate::content::of(
            &self.loaded.record,
            &self.loaded.source,
            false,
            &self.loaded.without_approval,
        )
    }
}

/// Loads the record and the contacts and finds every host; every problem is named.
pub fn plan(r: &super::Request<'_>) -> Result<Plan, Vec<Diagnostic>> {
    let (event, contacts_file, resend, setup) = (r.event, r.contacts, r.resend, r.setup);
    let (brand, outbox_root, review, without_approval) =
        (r.brand.clone(), r.outbox, r.review, r.without_approval);
    let mut loaded = load::load_with(event, Some(setup.brand.font_set.clone()))?;
    if review {
        review_open(&loaded).map_err(|d| vec![d])?;
    } else {
        loaded
            .refuse_draft(crate::msg!("done-mailed-as-final"))
            .map_err(|d| vec![d])?;
        let today = crate::i18n::today();
        loaded.allow_without_approval(without_approval, today)?;
        loaded.refuse_open(crate::msg!("done-mailed"), today, |m| {
            format!("--without-approval {m}")
        })?;
    }
    let contacts = contacts::load(contacts_file)?;
    let recipients = recipients(&loaded, &contacts.list, contacts_file)?;
    let resend = named(&recipients, resend)?;
    let mail = setup.brand.mail.clone().ok_or_else(|| {
        vec![Diagnostic::from(
            brand.clone(),
            crate::msg!("mail-no-sender"),
        )]
    })?;
    let address = mail
        .from_address
        .parse()
        .map_err(|e: lettre::address::AddressError| {
            vec![Diagnostic::from(
                brand,
                crate::msg!("mail-bad-sender", reason = e.to_string()),
            )]
        })?;
    let (template, note) =
        super::template::Template::load(&setup.templates, loaded.record.event.language, review)
            .map_err(|d| vec![d])?;
    console::problems(note.as_slice());
    let outbox = outbox_root.join(&loaded.dir.slug);
    Ok(Plan {
        outbox: if review {
            outbox.join("review")
        } else {
            outbox
        },
        review,
        template,
        loaded,
        contacts_file: contacts_file.to_path_buf(),
        contacts_source: contacts.source.clone(),
        recipients,
        resend,
        from: Mailbox::new(Some(mail.from_name), address),
    })
}

/// A review round needs a draft whose review date has not passed (today, on this computer).
pub(crate) fn review_open(loaded: &Loaded) -> Result<(), Diagnostic> {
    let event = &loaded.record.event;
    let at = |span: std::ops::Range<usize>, msg: Message, hint: Message| {
        Diagnostic::at(&loaded.dir.toml, &loaded.source, span, msg).with_hint(hint)
    };
    if event.status.value != crate::record::Status::Draft {
        return Err(at(
            event.status.span.clone(),
            crate::msg!("review-final"),
            crate::msg!("hint-review-final"),
        ));
    }
    if let Some(r) = &event.review_by {
        let today = crate::i18n::today();
        if r.value < today {
            return Err(at(
                r.span.clone(),
                crate::msg!("review-by-passed", day = r.value.iso(), today = today.iso()),
                crate::msg!("hint-review-by-passed"),
            ));
        }
    }
    Ok(())
}

/// The recipients still to be sent to, after the journal.
pub struct Sorted {
    pub pending: Vec<Contact>,
    /// Messages that may have been delivered: not sent again unless named.
    pub uncertain: Vec<Contact>,
    /// Who is not sent to again, in table order, with what the journal says of them.
    pub done: Vec<(Contact, State)>,
}

impl Plan {
    /// Sorts the recipients by what the journal says.
    pub fn sort(&self, journal: &Journal) -> Sorted {
        let mut sorted = Sorted {
            pending: Vec::new(),
            uncertain: Vec::new(),
            done: Vec::new(),
        };
        for c in &self.recipients {
            match journal.state(&c.email.value) {
                Some(state) if !self.named(c) => {
                    if state == State::Uncertain {
                        sorted.uncertain.push(c.clone());
                    }
                    sorted.done.push((c.clone(), state));
                }
                _ => sorted.pending.push(c.clone()),
            }
        }
        sorted
    }

    /// Whether `c` was named with `--resend`.
    pub fn named(&self, c: &Contact) -> bool {
        self.resend.iter().any(|r| r.email.value == c.email.value)
    }

    /// `OUTBOX/<event>/<municipality>.eml`.
    pub fn path_of(&self, c: &Contact) -> PathBuf {
        self.outbox
            .join(format!("{}.eml", file_name(&c.municipality.value)))
    }

    /// The outbox's journal; one that exists but cannot be read stops everything.
    pub fn journal(&self) -> Result<Journal, Diagnostic> {
        let path = self.outbox.join("sent.log");
        Journal::read(&path)
            .map_err(|e| Diagnostic::file(&path, e).with_hint(crate::msg!("hint-journal-readable")))
    }
}

impl Sorted {
    /// Says on the command line who was already sent to, or may have been.
    pub fn print(&self) {
        for (c, state) in &self.done {
            console::result(match state {
                State::Sent => crate::msg!("mail-already-sent", who = who(c)),
                State::Uncertain => crate::msg!("mail-maybe-delivered", who = who(c)),
            });
        }
    }
}

/// "Name <address> (Municipality)".
pub fn who(c: &Contact) -> String {
    format!(
        "{} <{}> ({})",
        c.name.value, c.email.value, c.municipality.value
    )
}

/// The recipients named with `--resend`, by municipality or address; an unknown name is an
/// error before anything is done.
fn named(recipients: &[Contact], names: &[String]) -> Result<Vec<Contact>, Vec<Diagnostic>> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for name in names {
        match recipients.iter().find(|c| {
            crate::names::same(&c.municipality.value, name)
                || c.email.value.eq_ignore_ascii_case(name.trim())
        }) {
            Some(c) => found.push(c.clone()),
            None => problems.push(
                Diagnostic::argument("--resend", crate::msg!("resend-unknown", name = name))
                    .with_hint(crate::msg!(
                        "hint-resend-unknown",
                        names = recipients
                            .iter()
                            .map(|c| c.municipality.value.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
            ),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

/// A municipality as a file name: letters, digits, `-` and `_` kept, anything else `-`, and
/// never a name Windows reserves.
fn file_name(s: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    crate::fsx::safe_name(&kept)
}

/// The contact of a table's host: municipality and name the same once folded (case,
/// accents, apostrophes, quotes, dashes and spaces forgiven: see `names::fold`).
pub fn find<'c>(contacts: &'c [Contact], municipality: &str, host: &str) -> Option<&'c Contact> {
    contacts.iter().find(|c| {
        crate::names::same(&c.municipality.value, municipality)
            && crate::names::same(&c.name.value, host)
    })
}

/// `did you mean "..."?` for a host whose contact is written a letter or two otherwise.
fn near_miss(contacts: &[Contact], municipality: &str, host: &str) -> Option<Message> {
    let here: Vec<&Contact> = contacts
        .iter()
        .filter(|c| crate::names::same(&c.municipality.value, municipality))
        .collect();
    if let Some(name) = crate::names::closest(host, here.iter().map(|c| c.name.value.as_str())) {
        return Some(crate::msg!(
            "hint-contact-name-near",
            name = name,
            municipality = municipality
        ));
    }
    let same_host: Vec<&Contact> = contacts
        .iter()
        .filter(|c| crate::names::same(&c.name.value, host))
        .collect();
    crate::names::closest(
        municipality,
        same_host.iter().map(|c| c.municipality.value.as_str()),
    )
    .map(|m| {
        crate::msg!(
            "hint-contact-municipality-near",
            municipality = m,
            host = host
        )
    })
}

/// Each table's host, found in the contacts by municipality and name; every missing one is named.
fn recipients(
    loaded: &Loaded,
    contacts: &[Contact],
    file: &Path,
) -> Result<Vec<Contact>, Vec<Diagnostic>> {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for (i, t) in loaded.record.tables.iter().enumerate() {
        match find(contacts, &t.municipality.value, &t.host.name) {
            Some(c) => found.push(c.clone()),
            None => missing.push(
                Diagnostic::at(
                    &loaded.dir.toml,
                    &loaded.source,
                    t.municipality.span.clone(),
                    crate::msg!(
                        "mail-no-contact",
                        i = i,
                        host = &t.host.name,
                        municipality = &t.municipality.value,
                        file = file.display().to_string()
                    ),
                )
                .with_hint(
                    near_miss(contacts, &t.municipality.value, &t.host.name).unwrap_or_else(|| {
                        crate::msg!(
                            "hint-mail-add-contact",
                            host = &t.host.name,
                            municipality = &t.municipality.value
                        )
                    }),
                ),
            ),
        }
    }
    if missing.is_empty() {
        Ok(found)
    } else {
        Err(missing)
    }
}
