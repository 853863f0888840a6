//! One personal message per alderman, from the message template in the record's language,
//! with the report attached: correct MIME, UTF-8 display names, Message-ID and Date.

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use super::contacts::Contact;
use crate::i18n::long_date;
use crate::record::{Language, Record};

pub const TEMPLATE_NL: &str = include_str!("../../templates/mail-nl.txt");
pub const TEMPLATE_EN: &str = include_str!("../../templates/mail-en.txt");

/// Subject and body with the placeholders filled in.
pub fn fill(record: &Record, contact: &Contact, sender: &str) -> (String, String) {
    let template = match record.event.language {
        Language::Nl => TEMPLATE_NL,
        Language::En => TEMPLATE_EN,
    };
    let date = long_date(record.event.date.value, record.event.language);
    let role = contact.role.clone().unwrap_or_else(|| {
        match record.event.language {
            Language::Nl => "wethouder",
            Language::En => "alderman",
        }
        .to_string()
    });
    // The sender is often the organisation itself: sign once, not twice.
    let template = if sender
        .trim()
        .eq_ignore_ascii_case(record.event.organizer.trim())
    {
        template.replace("{sender}\n{organizer}", "{sender}")
    } else {
        template.to_string()
    };
    let fill = |s: &str| {
        s.replace("{name}", &contact.name.value)
            .replace("{role}", &role)
            .replace("{municipality}", &contact.municipality.value)
            .replace("{title}", &record.event.title)
            .replace("{date}", &date)
            .replace("{organizer}", &record.event.organizer)
            .replace("{sender}", sender)
    };
    let (subject, body) = template.split_once('\n').unwrap_or((&template, ""));
    let subject = subject
        .trim_start_matches("Subject:")
        .trim_start_matches("Onderwerp:")
        .trim();
    (fill(subject), fill(body.trim_start_matches('\n')))
}

/// The whole message, ready to write as .eml or to send. `unique` makes its Message-ID
/// unique (it is hashed, with the time, into the part before the sender's domain).
pub fn build(
    record: &Record,
    contact: &Contact,
    from: &Mailbox,
    pdf_name: &str,
    pdf: Vec<u8>,
    unique: &str,
) -> Result<Message, String> {
    let (subject, body) = fill(record, contact, from.name.as_deref().unwrap_or(""));
    let to = Mailbox::new(
        Some(contact.name.value.clone()),
        contact
            .email
            .value
            .parse()
            .map_err(|e| format!("{}: {e}", contact.email.value))?,
    );
    let pdf_type = ContentType::parse("application/pdf").map_err(|e| e.to_string())?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(subject)
        .message_id(Some(message_id(from, &contact.email.value, unique)))
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(body))
                .singlepart(Attachment::new(pdf_name.to_string()).body(pdf, pdf_type)),
        )
        .map_err(|e| e.to_string())
}

/// `<32 hex digits@sender's domain>`: the sender's own domain, as spam filters expect, not
/// the name of the machine that happened to write the message.
fn message_id(from: &Mailbox, to: &str, unique: &str) -> String {
    use sha2::{Digest, Sha256};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let seed = format!("{to}\0{unique}\0{nanos}\0{}", std::process::id());
    let id = crate::inputs::hex(&Sha256::digest(seed.as_bytes())[..16]);
    format!("<{id}@{}>", from.email.domain())
}
