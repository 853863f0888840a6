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
    let fill = |s: &str| {
        s.replace("{name}", &contact.name.value)
            .replace("{role}", &role)
            .replace("{municipality}", &contact.municipality.value)
            .replace("{title}", &record.event.title)
            .replace("{date}", &date)
            .replace("{organizer}", &record.event.organizer)
            .replace("{sender}", sender)
    };
    let (subject, body) = template.split_once('\n').unwrap_or((template, ""));
    let subject = subject
        .trim_start_matches("Subject:")
        .trim_start_matches("Onderwerp:")
        .trim();
    (fill(subject), fill(body.trim_start_matches('\n')))
}

/// The whole message, ready to write as .eml or to send.
pub fn build(
    record: &Record,
    contact: &Contact,
    from: &Mailbox,
    pdf_name: &str,
    pdf: Vec<u8>,
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
        .message_id(None)
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(body))
                .singlepart(Attachment::new(pdf_name.to_string()).body(pdf, pdf_type)),
        )
        .map_err(|e| e.to_string())
}
