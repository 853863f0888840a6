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
pub const REVIEW_NL: &str = include_str!("../../templates/mail-review-nl.txt");
pub const REVIEW_EN: &str = include_str!("../../templates/mail-review-en.txt");

/// Subject and body with the placeholders filled in; `review`: the message that asks the
/// host to check their own table of a draft.
pub fn fill(record: &Record, contact: &Contact, sender: &str, review: bool) -> (String, String) {
    let template = match (record.event.language, review) {
        (Language::Nl, false) => TEMPLATE_NL,
        (Language::En, false) => TEMPLATE_EN,
        (Language::Nl, true) => REVIEW_NL,
        (Language::En, true) => REVIEW_EN,
    };
    let review_by = record
        .event
        .review_by
        .as_ref()
        .map(|r| long_date(r.value, record.event.language))
        .unwrap_or_default();
    let table = if review {
        table_text(record, &contact.municipality.value)
    } else {
        String::new()
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
            .replace("{review_by}", &review_by)
    };
    let (subject, body) = template.split_once('\n').unwrap_or((&template, ""));
    let subject = subject
        .trim_start_matches("Subject:")
        .trim_start_matches("Onderwerp:")
        .trim();
    // The table's own text goes in last, so that nothing in it is read as a placeholder.
    let body = fill(body.trim_start_matches('\n')).replace("{table}", &table);
    (fill(subject), body)
}

/// The text of the municipality's table, as plain text to answer in: question, solutions
/// and summary, in the record's language.
pub fn table_text(record: &Record, municipality: &str) -> String {
    let Some(t) = record
        .tables
        .iter()
        .find(|t| t.municipality.value.eq_ignore_ascii_case(municipality))
    else {
        return String::new();
    };
    let labels: std::collections::BTreeMap<_, _> = crate::i18n::labels(record.event.language)
        .iter()
        .copied()
        .collect();
    let rule = "-".repeat(60);
    let mut out = format!("{rule}\n{}\n\n", labels["question"].to_uppercase());
    out.push_str(&t.question.0.join("\n\n"));
    out.push_str(&format!("\n\n{}\n", labels["solutions"].to_uppercase()));
    for s in &t.solutions {
        out.push_str(&format!("- {s}\n"));
    }
    if let Some(summary) = &t.summary {
        out.push_str(&format!("\n{}\n", labels["summary"].to_uppercase()));
        out.push_str(&summary.0.join("\n\n"));
        out.push('\n');
    }
    out.push_str(&rule);
    out
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
    review: bool,
) -> Result<Message, String> {
    let (subject, body) = fill(record, contact, from.name.as_deref().unwrap_or(""), review);
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
