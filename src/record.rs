//! The event record, format version 1: the types the rest of the program trusts.
//!
//! Built by `load` from the TOML text (which keeps spans for later checks) and serialised
//! to the templates as data. Field names follow `docs/record-format.md`.

use std::ops::Range;
use std::path::PathBuf;

use serde::Serialize;

/// The only record format version this build reads.
pub const FORMAT_VERSION: i64 = 1;

/// A value together with the byte range of its source text.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Range<usize>,
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    pub version: i64,
    pub event: Event,
    pub photos: Vec<Photo>,
    pub facts: Option<Facts>,
    pub pitches: Option<Pitches>,
    pub tables: Vec<Table>,
    pub closing: Option<Closing>,
    pub about: Option<About>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Nl,
    En,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }
}

/// A calendar date (TOML local date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// `2022-11-01`
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub title: String,
    pub subtitle: Option<String>,
    pub kind: Option<String>,
    pub date: Spanned<Date>,
    pub location: Option<String>,
    pub organizer: String,
    pub language: Language,
    /// Paragraphs of the lead text.
    pub intro: Text,
    pub core_group: Vec<String>,
}

/// Plain text split into paragraphs at blank lines; single line breaks become spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(pub Vec<String>);

impl Text {
    pub fn parse(raw: &str) -> Text {
        let mut paragraphs = Vec::new();
        let mut current: Vec<&str> = Vec::new();
        for line in raw.lines() {
            let line = line.trim();
            if line.is_empty() {
                if !current.is_empty() {
                    paragraphs.push(current.join(" "));
                    current.clear();
                }
            } else {
                current.push(line);
            }
        }
        if !current.is_empty() {
            paragraphs.push(current.join(" "));
        }
        Text(paragraphs)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Photo {
    /// The path as written in the record, relative to the event folder.
    pub file: Spanned<String>,
    pub caption: String,
    pub alt: String,
    pub credit: Option<String>,
    pub cover: Spanned<bool>,
    /// The photo's key path, e.g. `photos[2]`, for messages.
    #[serde(skip)]
    pub key: String,
    /// The real path of the file, known to be inside the event folder.
    #[serde(skip)]
    pub resolved: PathBuf,
    /// Upright pixel size, read from the file's header.
    #[serde(skip)]
    pub size: (u32, u32),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub organization: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facts {
    pub title: Option<String>,
    pub speaker: Option<Person>,
    pub text: Text,
    pub figures: Vec<Figure>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub label: String,
    pub value: f64,
    pub unit: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pitches {
    pub title: Option<String>,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub municipality: Spanned<String>,
    pub host: Person,
    pub core_member: Option<Person>,
    pub pitch: Option<Text>,
    pub question: Text,
    pub solutions: Vec<String>,
    pub summary: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Closing {
    pub title: Option<String>,
    pub text: Option<Text>,
    pub quotes: Vec<Quote>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub text: String,
    pub speaker: Person,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct About {
    pub title: String,
    pub text: Text,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_splits_paragraphs_at_blank_lines() {
        let t = Text::parse("  First line\nwraps here.\n\n\nSecond # $ *.\n  ");
        assert_eq!(t.0, vec!["First line wraps here.", "Second # $ *."]);
    }
}
