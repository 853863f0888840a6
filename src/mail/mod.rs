//! `verslag mail EVENT`: a reviewed outbox of personal messages to the aldermen at the tables,
//! then, with `--send`, delivery over SMTP that never sends a message twice: one run at a time
//! per outbox, a journal of intents and acceptances, and no message sent that no longer
//! matches its record, photos, look or contact.

pub mod contacts;
mod journal;
mod message;
mod outbox;
mod send;

use std::path::{Path, PathBuf};

use lettre::address::Envelope;
use lettre::message::Mailbox;

use crate::build::{Setup, is_current, output_path, render_event, write_report};
use crate::check::print_problems;
use crate::cli::{Format, Look, PhotoOptions};
use crate::diagnostics::Diagnostic;
use crate::inputs::Inputs;
use crate::load::{self, Loaded};
use crate::lock;
use crate::render::Flavour;
use contacts::Contact;
use journal::{Journal, State};

pub struct Options<'a> {
    pub event: &'a Path,
    pub contacts: &'a Path,
    pub output: &'a Path,
    pub outbox: &'a Path,
    pub send: bool,
    pub dry_run: bool,
    /// Recipients to send to again (municipality or address), even when the journal says
    /// their message was, or may have been, delivered.
    pub resend: &'a [String],
    pub smtp_url: Option<&'a str>,
    pub smtp_timeout: u64,
    pub look: &'a Look,
    pub photos: &'a PhotoOptions,
    pub format: Format,
}

pub fn run(o: &Options<'_>) -> i32 {
    match prepare(o) {
        Ok(code) => code,
        Err(diags) => {
            print_problems(&diags, o.format);
            eprintln!("nothing was sent");
            1
        }
    }
}

fn prepare(o: &Options<'_>) -> Result<i32, Vec<Diagnostic>> {
    let loaded = load::load(o.event)?;
    let contacts = contacts::load(o.contacts)?;
    let recipients = recipients(&loaded, &contacts.list, o.contacts)?;
    let resend = named(&recipients, o.resend)?;
    let setup = Setup::new(o.look, o.photos)?;
    let brand_file = o
        .look
        .brand
        .clone()
        .unwrap_or_else(|| "templates/brand.toml (built in)".into());
    let mail = setup.brand.mail.clone().ok_or_else(|| {
        vec![Diagnostic::file(
            &brand_file,
            "the brand has no sender: add a [mail] table with from_name and from_address",
        )]
    })?;
    let from = Mailbox::new(
        Some(mail.from_name.clone()),
        mail.from_address.parse().map_err(|e| {
            vec![Diagnostic::file(
                &brand_file,
                format!("[mail] from_address: {e}"),
            )]
        })?,
    );
    let outbox = o.outbox.join(&loaded.dir.slug);
    let server = match (o.send, o.smtp_url) {
        (true, Some(url)) => Some(
            send::server(url, std::time::Duration::from_secs(o.smtp_timeout))
                .map_err(|e| vec![Diagnostic::file("VERSLAG_SMTP_URL", e)])?,
        ),
        (true, None) => {
            return Err(vec![
                Diagnostic::file("VERSLAG_SMTP_URL", "no SMTP server is set").with_hint(
                    "set VERSLAG_SMTP_URL=smtp://user@mail.example.org:587 or pass --smtp-url",
                ),
            ]);
        }
        (false, _) => None,
    };
    // Held until the last message is sent: a second run on this outbox stops at once, so no
    // two runs read the journal before either wrote to it.
    let _lock = if o.dry_run {
        None
    } else {
        let doing = if o.send { "sending" } else { "writing" };
        Some(
            lock::exclusive(&outbox, &format!("{doing} {}", outbox.display()))
                .map_err(|d| vec![d])?,
        )
    };
    let mut journal = Journal::read(&outbox.join("sent.log"));
    let mut pending = Vec::new();
    let mut uncertain = Vec::new();
    for c in &recipients {
        let state = journal.state(&c.email.value);
        let named = resend.iter().any(|r| std::ptr::eq(*r, *c));
        match state {
            Some(State::Sent) if !named => println!("already sent: {}", who(c)),
            Some(State::Uncertain) if !named => {
                println!("may have been delivered: {}", who(c));
                uncertain.push(*c);
            }
            _ => pending.push(*c),
        }
    }
    if o.dry_run {
        for c in &pending {
            let (subject, _) = message::fill(&loaded.record, c, &mail.from_name);
            println!("would send: {}: {subject}", who(c));
        }
        uncertain_note(&uncertain, &journal);
        return Ok(0);
    }
    let inputs = Inputs::of(&loaded, &setup.common).map_err(|d| vec![d])?;
    let path_of = |c: &Contact| outbox.join(format!("{}.eml", file_name(&c.municipality.value)));
    // A reviewed message goes out as it is, but only while it matches what it was made from.
    if o.send {
        let stale: Vec<Diagnostic> = pending
            .iter()
            .filter_map(|c| {
                let path = path_of(c);
                let eml = std::fs::read(&path).ok()?;
                let changed = outbox::stale(&eml, &inputs, c, &o.contacts.display().to_string());
                (!changed.is_empty()).then(|| stale_message(&path, &changed, o.event))
            })
            .collect();
        if !stale.is_empty() {
            return Err(stale);
        }
    }
    // The outbox: every message still to go (the uncertain ones too, for a --resend later).
    let to_write: Vec<&Contact> = pending
        .iter()
        .chain(if o.send { [].iter() } else { uncertain.iter() })
        .copied()
        .filter(|c| !(o.send && path_of(c).exists()))
        .collect();
    if !to_write.is_empty() {
        let pdf_path = ensure_report(&loaded, &setup, o.output, &inputs)?;
        let pdf = std::fs::read(&pdf_path)
            .map_err(|e| vec![Diagnostic::file(&pdf_path, format!("cannot read: {e}"))])?;
        let pdf_name = pdf_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for c in &to_write {
            let path = path_of(c);
            let msg = message::build(
                &loaded.record,
                c,
                &from,
                &pdf_name,
                pdf.clone(),
                &inputs.digest(),
            )
            .map_err(|e| vec![Diagnostic::file(&path, e)])?;
            let eml = outbox::stamped(&msg.formatted(), &inputs, c);
            crate::fsx::write_atomic(&path, &eml).map_err(|d| vec![d])?;
        }
    }
    let files: Vec<(&Contact, PathBuf)> = pending.iter().map(|c| (*c, path_of(c))).collect();
    let Some(server) = server else {
        for c in pending.iter().chain(&uncertain) {
            println!("{}", path_of(c).display());
        }
        uncertain_note(&uncertain, &journal);
        return Ok(0);
    };
    let code = deliver_all(&server, &from, &files, &mut journal);
    // A send is not done while nobody knows whether a message arrived.
    Ok(if uncertain_note(&uncertain, &journal) {
        1
    } else {
        code
    })
}

fn who(c: &Contact) -> String {
    format!(
        "{} <{}> ({})",
        c.name.value, c.email.value, c.municipality.value
    )
}

/// The recipients named with `--resend`, by municipality or address; an unknown name is an
/// error before anything is done.
fn named<'c>(
    recipients: &[&'c Contact],
    names: &[String],
) -> Result<Vec<&'c Contact>, Vec<Diagnostic>> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for name in names {
        let n = name.trim().to_lowercase();
        match recipients
            .iter()
            .find(|c| c.municipality.value.to_lowercase() == n || c.email.value.to_lowercase() == n)
        {
            Some(c) => found.push(*c),
            None => problems.push(
                Diagnostic::file(
                    "--resend",
                    format!("\"{name}\" is no recipient of this event"),
                )
                .with_hint(format!(
                    "name a municipality or address of a table: {}",
                    recipients
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

fn stale_message(path: &Path, changed: &[String], event: &Path) -> Diagnostic {
    Diagnostic::file(
        path,
        format!(
            "written before {} changed: it would send what the organiser no longer means",
            join_words(changed)
        ),
    )
    .with_hint(format!(
        "write the outbox again with `verslag mail {}`, review it, then send; nothing was sent",
        event.display()
    ))
}

fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Says what to do about each message that may have been delivered; true when there is any.
fn uncertain_note(uncertain: &[&Contact], journal: &Journal) -> bool {
    let left: Vec<&&Contact> = uncertain
        .iter()
        .filter(|c| journal.state(&c.email.value) == Some(State::Uncertain))
        .collect();
    for c in &left {
        eprintln!(
            "warning: the message to {} may have been delivered: a run stopped while the server \
             was taking it, so it is not sent again by itself\n  hint: ask whether it arrived; if \
             it did, add the line \"- {}\" to {}; if not, send it with --resend {}",
            who(c),
            c.email.value,
            journal.path().display(),
            c.municipality.value
        );
    }
    !left.is_empty()
}

/// Sends each message; stops at a failure that will fail them all (login, connection).
fn deliver_all(
    server: &send::Server,
    from: &Mailbox,
    files: &[(&Contact, PathBuf)],
    journal: &mut Journal,
) -> i32 {
    // A message sent but not recorded would go out twice on the next run: make sure the
    // journal can be written before anything is sent.
    if let Err(e) = journal.check_writable() {
        eprintln!("error: {e}\n  hint: nothing was sent; make sure the outbox folder is writable");
        return 1;
    }
    let (mut sent, mut failed) = (Vec::new(), Vec::new());
    for (i, (c, path)) in files.iter().enumerate() {
        let started = std::time::Instant::now();
        let result = send_one(server, from, c, path, journal);
        crate::log::verbose(format!("{}: {} ms", who(c), started.elapsed().as_millis()));
        match result {
            Ok(()) => {
                println!("sent: {}", who(c));
                sent.push(who(c));
            }
            Err(f) => {
                if f.maybe_delivered {
                    eprintln!("may have been delivered: {}: {}", who(c), f.message);
                } else {
                    eprintln!("not sent: {}: {}", who(c), f.message);
                }
                failed.push(who(c));
                if f.stops_run {
                    failed.extend(files[i + 1..].iter().map(|(c, _)| who(c)));
                    break;
                }
            }
        }
    }
    println!(
        "{}: {} sent, {} not sent",
        server.shown,
        sent.len(),
        failed.len()
    );
    if failed.is_empty() {
        0
    } else {
        eprintln!(
            "not sent: {}; run the same command again to send only these",
            failed.join(", ")
        );
        1
    }
}

/// Sends one outbox file, journalling the intent before its data and the acceptance after.
fn send_one(
    server: &send::Server,
    from: &Mailbox,
    c: &Contact,
    path: &Path,
    journal: &mut Journal,
) -> Result<(), send::Failure> {
    let eml = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
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
            message: format!("{e}; the message was not sent"),
            stops_run: true,
            maybe_delivered: false,
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
            message: format!(
                "the server took it, but {e}; it is not sent again unless you name it with --resend"
            ),
            stops_run: true,
            maybe_delivered: true,
        })
}

/// A municipality as a file name: letters, digits, `-` and `_` kept, anything else `-`.
fn file_name(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// Each table's host, found in the contacts by municipality and name; every missing one is named.
fn recipients<'c>(
    loaded: &Loaded,
    contacts: &'c [Contact],
    file: &Path,
) -> Result<Vec<&'c Contact>, Vec<Diagnostic>> {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for (i, t) in loaded.record.tables.iter().enumerate() {
        let m = t.municipality.value.to_lowercase();
        let name = t.host.name.to_lowercase();
        match contacts
            .iter()
            .find(|c| c.municipality.value.to_lowercase() == m && c.name.value.to_lowercase() == name)
        {
            Some(c) => found.push(c),
            None => missing.push(
                Diagnostic::at(
                    &loaded.dir.toml,
                    &loaded.source,
                    t.municipality.span.clone(),
                    format!(
                        "`tables[{i}]`: no contact for {} of {} in {}",
                        t.host.name,
                        t.municipality.value,
                        file.display()
                    ),
                )
                .with_hint(format!(
                    "add [[contacts]] with name = \"{}\", municipality = \"{}\" and email = \"...\"",
                    t.host.name, t.municipality.value
                )),
            ),
        }
    }
    if missing.is_empty() {
        Ok(found)
    } else {
        Err(missing)
    }
}

/// The report, built first unless the one on disk was built from exactly these inputs.
fn ensure_report(
    loaded: &Loaded,
    setup: &Setup,
    out: &Path,
    inputs: &Inputs,
) -> Result<PathBuf, Vec<Diagnostic>> {
    let path = output_path(out, loaded);
    if !is_current(&path, inputs) {
        let report = render_event(loaded, setup, Flavour::Standard)?;
        write_report(&path, &report).map_err(|d| vec![d])?;
        crate::log::verbose(format!("built {}", path.display()));
    }
    Ok(path)
}
