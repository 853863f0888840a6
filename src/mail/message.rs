//! One personal message per alderman, from the mail template ([`Template`]) in the record's
//! language, with the report attached: correct MIME, UTF-8 display names, Message-ID and Date.

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use super::contacts::Contact;
use super::template::Template;
use crate::content::Content;

/// The whole message, ready to write as .eml or to send. `unique` makes its Message-ID
/// unique (it is hashed, with the time, into the part before the sender's domain).
pub fn build(
    template: &Template,
    content: &Content<'_>,
    contact: &Contact,
    from: &Mailbox,
    pdf_name: &str,
    pdf: Vec<u8>,
    unique: &str,
) -> Result<Message, String> {
    let (subject, body) = template.fill(content, contact, from.name.as_deref().unwrap_or(""));
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
    let id = crate::digest::hex(&Sha256::digest(seed.as_bytes())[..16]);
    format!("<{id}@{}>", from.email.domain())
}
