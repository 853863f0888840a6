//! The catalog of what verslag says about problems, in Dutch and in English (Fluent files
//! embedded in the binary, `nl.ftl` and `en.ftl`): a message is an id and its arguments
//! until it is shown, in the language of the process (the command line) or of a request.
//! Names and values (keys, file names, what the user typed, numbers) are arguments and are
//! never translated; dates are shown in the message's language.

mod choose;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::record::{Date, Language};

pub use choose::{choose, from_args};

/// A text to show: a catalog message, or text made elsewhere (a library's own words that
/// the catalog has no message for, or a text already composed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Plain(String),
    Catalog {
        id: &'static str,
        args: Box<[(&'static str, Arg)]>,
    },
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Shown as it is.
    Str(String),
    /// A count: Fluent's plural selectors choose by it.
    Num(i64),
    /// Another message, shown in the same language.
    Message(Box<Message>),
    /// A day, shown as a long date in the message's language.
    Date(Date),
    /// A decimal as written (`2.345`), shown as it is read aloud in the message's language.
    Spoken(String),
    /// A decimal as written (`0.25`), shown as a figure in the message's language (`0,25`).
    Figure(String),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}
impl From<Message> for Arg {
    fn from(t: Message) -> Arg {
        Arg::Message(Box::new(t))
    }
}
impl From<&Message> for Arg {
    fn from(t: &Message) -> Arg {
        Arg::Message(Box::new(t.clone()))
    }
}
impl From<Date> for Arg {
    fn from(d: Date) -> Arg {
        Arg::Date(d)
    }
}

impl From<String> for Message {
    fn from(s: String) -> Message {
        Message::Plain(s)
    }
}
impl From<&str> for Message {
    fn from(s: &str) -> Message {
        Message::Plain(s.to_string())
    }
}
impl From<&String> for Message {
    fn from(s: &String) -> Message {
        Message::Plain(s.clone())
    }
}

/// An error of the operating system in our words for the kinds a user meets, else quoted
/// after our lead.
pub fn io_error(e: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => crate::msg!("io-not-found"),
        ErrorKind::PermissionDenied => crate::msg!("io-permission-denied"),
        ErrorKind::AlreadyExists => crate::msg!("io-exists"),
        ErrorKind::StorageFull => crate::msg!("io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => crate::msg!("io-read-only"),
        ErrorKind::IsADirectory => crate::msg!("io-is-a-folder"),
        ErrorKind::NotADirectory => crate::msg!("io-not-a-folder"),
        _ => crate::msg!("io-other", detail = e.to_string()),
    }
}

impl From<&std::io::Error> for Arg {
    fn from(e: &std::io::Error) -> Arg {
        Arg::Message(Box::new(io_error(e)))
    }
}
impl From<std::io::Error> for Arg {
    fn from(e: std::io::Error) -> Arg {
        Arg::from(&e)
    }
}

/// A catalog message: its id, then each argument as `name = value`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::catalog::Message::Catalog {
            id: $id,
            args: Box::new([$((stringify!($name), $crate::catalog::Arg::from($value))),*]),
        }
    };
}

impl Message {
    /// The text in `lang`.
    pub fn show(&self, lang: Language) -> String {
        match self {
            Message::Plain(s) => s.clone(),
            Message::Catalog { id, args } => format(lang, id, args),
        }
    }

    /// Whether the text, in the process's language, contains `needle`.
    pub fn contains(&self, needle: &str) -> bool {
        self.to_string().contains(needle)
    }
}

/// The text in the process's language.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.show(language()))
    }
}

static LANGUAGE: OnceLock<Language> = OnceLock::new();

/// Sets the process's language (once, before anything is shown); later calls change nothing.
pub fn set_language(lang: Language) {
    let _ = LANGUAGE.set(lang);
}

/// Sets the process's language from its arguments (`--lang`) and environment.
pub fn set_from_process() -> Result<(), String> {
    let arg = from_args(std::env::args().skip(1));
    set_language(choose(arg.as_deref(), |k| std::env::var(k).ok())?);
    Ok(())
}

/// The process's language: as set, else as the environment chooses it.
pub fn language() -> Language {
    *LANGUAGE.get_or_init(|| choose(None, |k| std::env::var(k).ok()).unwrap_or(Language::En))
}

/// The catalog files, by language.
pub fn source(lang: Language) -> &'static str {
    match lang {
        Language::Nl => crate::assets::CATALOG_NL,
        Language::En => crate::assets::CATALOG_EN,
    }
}

/// The text of a message without arguments in `lang`, if that language's catalog has it (no
/// fallback to English: for texts looked up by a made-up id, such as the command line's help).
pub fn text(lang: Language, id: &str) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

fn bundle(lang: Language) -> &'static FluentBundle<FluentResource> {
    static NL: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, tag) = match lang {
        Language::Nl => (&NL, "nl"),
        Language::En => (&EN, "en"),
    };
    cell.get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Plain text on a terminal: no Unicode isolation marks around the arguments.
        bundle.set_use_isolating(false);
        // The catalogs are tested to parse; a broken entry would only lose that entry.
        let resource = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

fn format(lang: Language, id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, arg) in args {
        let value = match arg {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Message(t) => FluentValue::from(t.show(lang)),
            Arg::Date(d) => FluentValue::from(crate::i18n::long_date(*d, lang)),
            Arg::Spoken(raw) => FluentValue::from(crate::i18n::spoken_decimal_in(raw, lang)),
            Arg::Figure(raw) => FluentValue::from(crate::i18n::figure(raw, lang)),
        };
        fluent.set(*name, value);
    }
    // A message the language lacks (the tests forbid it) falls back to English, then the id.
    for bundle in [bundle(lang), bundle(Language::En)] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

#[cfg(test)]
mod tests;
