//! `verslag mail EVENT`: a reviewed outbox of personal messages to the aldermen at the tables,
//! then, with `--send`, delivery over SMTP that never sends a message twice.

pub mod contacts;
mod message;
mod send;

use std::path::{Path, PathBuf};

use lettre::address::Envelope;
use lettre::message::Mailbox;

use crate::build::{Setup, output_path, render_event};
use crate::check::print_problems;
use crate::cli::{Format, Look, PhotoOptions};
use crate::diagnostics::Diagnostic;
use crate::load::{self, Loaded};
use crate::render::Flavour;
use contacts::Contact;

pub struct Options<'a> {
    pub event: &'a Path,
    pub contacts: &'a Path,
    pub output: &'a Path,
    pub outbox: &'a Path,
    pub send: bool,
    pub dry_run: bool,
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
    let setup = Setup::new(o.look, o.photos)?;
    let mail = setup.brand.mail.clone().ok_or_else(|| {
        vec![Diagnostic::file(
            "brand.toml",
            "the brand has no sender: add a [mail] table with from_name and from_address",
        )]
    })?;
    let from = Mailbox::new(
        Some(mail.from_name.clone()),
        mail.from_address.parse().map_err(|e| {
            vec![Diagnostic::file(
                "brand.toml",
                format!("[mail] from_address: {e}"),
            )]
        })?,
    );
    let outbox = o.outbox.join(&loaded.dir.slug);
    let journal = outbox.join("sent.log");
    let sent = send::already_sent(&journal);
    let pending: Vec<&Contact> = recipients
        .iter()
        .copied()
        .filter(|c| !sent.contains(&c.email.value.to_lowercase()))
        .collect();
    for c in recipients
        .iter()
        .filter(|c| !pending.iter().any(|p| p.email.value == c.email.value))
    {
        println!(
            "already sent: {} <{}> ({})",
            c.name.value, c.email.value, c.municipality.value
        );
    }
    if o.dry_run {
        for c in &pending {
            let (subject, _) = message::fill(&loaded.record, c, &mail.from_name);
            println!(
                "would send: {} <{}> ({}): {subject}",
                c.name.value, c.email.value, c.municipality.value
            );
        }
        return Ok(0);
    }
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
    let pdf_path = ensure_report(&loaded, &setup, o.output)?;
    let pdf = std::fs::read(&pdf_path)
        .map_err(|e| vec![Diagnostic::file(&pdf_path, format!("cannot read: {e}"))])?;
    let pdf_name = pdf_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();

    // Write the outbox: every pending message (a reviewed one is kept as it is when sending).
    let mut files = Vec::new();
    for c in &pending {
        let path = outbox.join(format!("{}.eml", file_name(&c.municipality.value)));
        if !(o.send && path.exists()) {
            let msg = message::build(&loaded.record, c, &from, &pdf_name, pdf.clone())
                .map_err(|e| vec![Diagnostic::file(&path, e)])?;
            crate::fsx::write_atomic(&path, &msg.formatted()).map_err(|d| vec![d])?;
        }
        files.push((*c, path));
    }
    let Some(server) = server else {
        for (_, path) in &files {
            println!("{}", path.display());
        }
        return Ok(0);
    };
    Ok(deliver_all(&server, &from, &files, &journal))
}

/// Sends each message; stops at a failure that will fail them all (login, connection).
fn deliver_all(
    server: &send::Server,
    from: &Mailbox,
    files: &[(&Contact, PathBuf)],
    journal: &Path,
) -> i32 {
    let who = |c: &Contact| {
        format!(
            "{} <{}> ({})",
            c.name.value, c.email.value, c.municipality.value
        )
    };
    // A message sent but not recorded would go out twice on the next run: make sure the
    // journal can be written before anything is sent.
    if let Err(e) = send::open_journal(journal) {
        eprintln!("error: {e}\n  hint: nothing was sent; make sure the outbox folder is writable");
        return 1;
    }
    let (mut sent, mut failed) = (Vec::new(), Vec::new());
    for (i, (c, path)) in files.iter().enumerate() {
        let started = std::time::Instant::now();
        let result = send_one(server, from, c, path, journal);
        crate::log::verbose(format!("{}: {} ms", who(c), started.elapsed().as_millis()));
        match result {
            Ok(None) => {
                println!("sent: {}", who(c));
                sent.push(who(c));
            }
            Ok(Some(unrecorded)) => {
                println!("sent: {}", who(c));
                sent.push(who(c));
                eprintln!(
                    "error: the message to {} was sent, but {unrecorded}\n  hint: before the next \
                     run, add the line \"- {}\" to {}, or it will be sent twice",
                    who(c),
                    c.email.value,
                    journal.display()
                );
                failed.extend(files[i + 1..].iter().map(|(c, _)| who(c)));
                break;
            }
            Err(f) => {
                eprintln!("not sent: {}: {}", who(c), f.message);
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

/// Sends one outbox file and records it in the journal. `Ok(Some(why))`: it was sent but
/// could not be recorded.
fn send_one(
    server: &send::Server,
    from: &Mailbox,
    c: &Contact,
    path: &Path,
    journal: &Path,
) -> Result<Option<String>, send::Failure> {
    let eml = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let to = c.email.value.parse().map_err(|e| format!("{e}"))?;
    let envelope = Envelope::new(Some(from.email.clone()), vec![to]).map_err(|e| e.to_string())?;
    send::deliver(server, &envelope, &eml)?;
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(send::record(journal, &c.email.value, &file, &message_id(&eml)).err())
}

fn message_id(eml: &[u8]) -> String {
    String::from_utf8_lossy(eml)
        .lines()
        .find_map(|l| l.strip_prefix("Message-ID:").map(|v| v.trim().to_string()))
        .unwrap_or_default()
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

/// The report, built first when it is missing or older than its record or photos.
fn ensure_report(loaded: &Loaded, setup: &Setup, out: &Path) -> Result<PathBuf, Vec<Diagnostic>> {
    let path = output_path(out, loaded);
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = modified(&path).is_some_and(|pdf| {
        std::iter::once(loaded.dir.toml.clone())
            .chain(loaded.record.photos.iter().map(|p| p.resolved.clone()))
            .all(|input| modified(&input).is_some_and(|t| t <= pdf))
    });
    if !fresh {
        let output = render_event(loaded, setup, Flavour::Standard)?;
        crate::fsx::write_atomic(&path, &output.pdf).map_err(|d| vec![d])?;
        crate::log::verbose(format!("built {}", path.display()));
    }
    Ok(path)
}
