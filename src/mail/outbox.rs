//! The outbox: one `.eml` per alderman, written for review. Each carries what it was made
//! from: `X-Verslag-Inputs` (the report's inputs, part by part) and `X-Verslag-Contact` (the
//! contact it was addressed with), so that `--send` can refuse a message that no longer
//! matches the record, the photos, the look or the contacts.

use std::path::Path;

use sha2::{Digest, Sha256};

use super::contacts::Contact;
use super::message;
use super::plan::Plan;
use crate::catalog::Message;
use crate::diagnostics::Diagnostic;
use crate::digest::hex;
use crate::inputs::Inputs;
use crate::report::{Setup, ensure_report};

pub const INPUTS_HEADER: &str = "X-Verslag-Inputs";
pub const CONTACT_HEADER: &str = "X-Verslag-Contact";

/// A short hash of everything a message is addressed with.
pub fn contact_stamp(c: &Contact) -> String {
    let fields = [
        c.name.value.as_str(),
        c.email.value.as_str(),
        c.municipality.value.as_str(),
        c.role.as_deref().unwrap_or(""),
    ];
    hex(&Sha256::digest(fields.join("\0").as_bytes())[..8])
}

/// The message with its stamps as the first header lines (folded below 78 characters).
pub fn stamped(eml: &[u8], inputs: &Inputs, contact: &Contact) -> Vec<u8> {
    let mut head = format!("{INPUTS_HEADER}:");
    let mut line = head.len();
    for part in inputs.summary().split(' ') {
        if line + 1 + part.len() > 76 {
            head.push_str("\r\n");
            line = 0;
        }
        head.push(' ');
        head.push_str(part);
        line += 1 + part.len();
    }
    head.push_str(&format!(
        "\r\n{CONTACT_HEADER}: {}\r\n",
        contact_stamp(contact)
    ));
    let mut out = head.into_bytes();
    out.extend_from_slice(eml);
    out
}

/// A header's value from a message's header block, unfolded; None when absent.
pub fn header(eml: &[u8], name: &str) -> Option<String> {
    let text = String::from_utf8_lossy(eml);
    let mut value: Option<String> = None;
    for line in text.split('\n').map(|l| l.trim_end_matches('\r')) {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(v) = value.as_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        if value.is_some() {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.trim().eq_ignore_ascii_case(name)
        {
            value = Some(v.trim().to_string());
        }
    }
    value
}

/// Why a written message may not be sent as it is: what changed since it was written, in
/// words. Empty: it still matches.
pub fn stale(eml: &[u8], inputs: &Inputs, contact: &Contact, contacts_file: &str) -> Vec<Message> {
    let mut changed: Vec<Message> = match header(eml, INPUTS_HEADER) {
        Some(summary) => inputs.changed_since(&summary),
        None => vec![crate::msg!("part-unknown")],
    };
    if header(eml, CONTACT_HEADER).as_deref() != Some(contact_stamp(contact).as_str()) {
        changed.push(crate::msg!(
            "part-contact",
            name = &contact.name.value,
            file = contacts_file
        ));
    }
    changed
}

/// Refuses the reviewed messages (already in the outbox) that no longer match what they were
/// made from, naming what changed in each.
pub fn check_current(
    plan: &Plan,
    to: &[Contact],
    inputs: &Inputs,
    event: &Path,
) -> Result<(), Vec<Diagnostic>> {
    let contacts_file = plan.contacts_file.display().to_string();
    let stale: Vec<Diagnostic> = to
        .iter()
        .filter_map(|c| {
            let path = plan.path_of(c);
            let eml = std::fs::read(&path).ok()?;
            let changed = stale(&eml, inputs, c, &contacts_file);
            let again = if plan.named(c) {
                format!("--resend {} ", c.municipality.value)
            } else {
                String::new()
            };
            (!changed.is_empty()).then(|| stale_message(&path, &changed, event, &again))
        })
        .collect();
    if stale.is_empty() { Ok(()) } else { Err(stale) }
}

/// Writes the message of each of `to`, with the report attached (built first when it is not
/// current).
pub fn write(
    plan: &Plan,
    to: &[Contact],
    inputs: &Inputs,
    setup: &Setup,
    output: &Path,
) -> Result<(), Vec<Diagnostic>> {
    if to.is_empty() {
        return Ok(());
    }
    // The attachment and the stamp come from one report: the one on disk only when it is
    // exactly the current one, else a new one.
    let (pdf_path, pdf, inputs) = ensure_report(&plan.loaded, setup, output, inputs)?;
    let inputs = &inputs;
    let pdf_name = pdf_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let content = plan.content();
    for c in to {
        let path = plan.path_of(c);
        let msg = message::build(
            &plan.template,
            &content,
            c,
            &plan.from,
            &pdf_name,
            pdf.clone(),
            &inputs.digest(),
        )
        .map_err(|e| vec![Diagnostic::file(&path, e)])?;
        let eml = stamped(&msg.formatted(), inputs, c);
        crate::fsx::write_atomic(&path, &eml).map_err(|d| vec![d])?;
    }
    Ok(())
}

fn stale_message(path: &Path, changed: &[Message], event: &Path, again: &str) -> Diagnostic {
    Diagnostic::file(
        path,
        crate::msg!("outbox-stale", changed = join_words(changed)),
    )
    .with_hint(crate::msg!(
        "hint-outbox-stale",
        command = format!("verslag mail {again}{}", event.display())
    ))
}

/// "a, b and c" in the process's language.
pub(crate) fn join_words(words: &[Message]) -> Message {
    match words {
        [] => Message::Plain(String::new()),
        [one] => one.clone(),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(Message::to_string).collect();
            crate::msg!("list-and", first = rest.join(", "), last = last)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_headers_are_read_back_whole() {
        let eml = b"X-Verslag-Inputs: a=1 b=2\r\n c=3\r\nX-Verslag-Contact: ff\r\nTo: x\r\n\r\nX-Verslag-Contact: body";
        assert_eq!(
            header(eml, "x-verslag-inputs").as_deref(),
            Some("a=1 b=2 c=3")
        );
        assert_eq!(header(eml, CONTACT_HEADER).as_deref(), Some("ff"));
        assert_eq!(header(eml, "Subject"), None);
    }
}
