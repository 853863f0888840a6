//! A new event: a folder with a commented event.toml to fill in and an
//! empty photos/ folder, and the editor schema `EVENTS/record.schema.json` the record points to.
//! Never overwrites an existing event.

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::msg;
use crate::record::Language;

use crate::assets::{NEW_CONTACTS_EN, NEW_CONTACTS_NL, NEW_RECORD_EN, NEW_RECORD_NL};

/// What `new` wrote: the event folder, and the contacts file when there was none yet.
pub struct Created {
    pub folder: std::path::PathBuf,
    pub contacts: Option<std::path::PathBuf>,
}

/// Creates the event folder, and `EVENTS/contacts.toml` to fill in when the events folder
/// has none (an existing one is never touched).
pub fn create(
    date: &str,
    name: &str,
    language: Language,
    events: &Path,
) -> Result<Created, Diagnostic> {
    let valid_date = date.len() == 10
        && date
            .parse::<toml::value::Datetime>()
            .is_ok_and(|d| d.date.is_some() && d.time.is_none());
    if !valid_date {
        return Err(
            Diagnostic::argument("DATE", msg!("new-not-a-date", date = date))
                .with_hint(msg!("hint-new-date")),
        );
    }
    let slug_ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-')
        && !name.ends_with('-');
    if !slug_ok {
        return Err(Diagnostic::argument("NAME", msg!("new-name", name = name))
            .with_hint(msg!("hint-new-name")));
    }
    let folder = events.join(&date[..4]).join(format!("{date}-{name}"));
    if folder.exists() {
        return Err(
            Diagnostic::file(&folder, msg!("new-exists")).with_hint(msg!("hint-new-exists"))
        );
    }
    let template = match language {
        Language::Nl => NEW_RECORD_NL,
        Language::En => NEW_RECORD_EN,
    };
    // The commented review and approval dates are an example an organiser can uncomment:
    // two weeks and one week after the event.
    let after = |days: i64| {
        date.parse::<jiff::civil::Date>()
            .ok()
            .and_then(|d| d.checked_add(jiff::Span::new().days(days)).ok())
            .map_or_else(|| date.to_string(), |d| d.to_string())
    };
    let text = template
        .replace("{date}", date)
        .replace("{review_by}", &after(14))
        .replace("{approved}", &after(7))
        .replace("{folder}", &folder.display().to_string())
        .replace(['«', '»'], "");
    std::fs::create_dir_all(folder.join("photos"))
        .map_err(|e| Diagnostic::file(&folder, msg!("cannot-create-folder", reason = &e)))?;
    crate::fsx::write_new(&folder.join("event.toml"), text.as_bytes())?;
    // The record's `#:schema` line points here; keep it current for this verslag.
    crate::schema::refresh(events)?;
    let contacts = contacts_file(events, language)?;
    Ok(Created { folder, contacts })
}

/// Writes `EVENTS/contacts.toml` to fill in, unless there is one; the file when written.
pub fn contacts_file(
    events: &Path,
    language: Language,
) -> Result<Option<std::path::PathBuf>, Diagnostic> {
    let contacts = events.join("contacts.toml");
    if contacts.exists() {
        return Ok(None);
    }
    let text = match language {
        Language::Nl => NEW_CONTACTS_NL,
        Language::En => NEW_CONTACTS_EN,
    };
    crate::fsx::write_new(&contacts, text.replace(['«', '»'], "").as_bytes())?;
    Ok(Some(contacts))
}
