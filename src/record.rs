//! The event record, format version 1: the types the rest of the program trusts, and the one
//! statement of the record's shape. `load` builds them from the TOML text (keeping spans for
//! later checks), `schema` derives the editors' JSON Schema from them (the doc comments below
//! are its descriptions), and the templates get them as data. Field names follow
//! docs/record-format.md.

use std::ops::Range;
use std::path::PathBuf;

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;

/// The only record format version this build reads.
pub const FORMAT_VERSION: i64 = 1;

/// The format's limits (docs/record-format.md, "Size"), checked by the loader and stated in
/// the schema. Records larger than this are refused before they are read: a real one is a
/// few kB.
pub const MAX_RECORD_BYTES: u64 = 1024 * 1024;
/// The longest text a field may hold: a long summary is a few thousand characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Figures print exactly up to here (15 significant digits of an f64).
pub const MAX_NUMBER: f64 = 1e15;
/// The most items a list (solutions, core group) or array of tables may hold: a real table
/// has about fifteen solutions.
pub const MAX_ITEMS: usize = 100;

/// A value together with the byte range of its source text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Range<usize>,
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

/// In the schema a spanned value is just the value.
impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// The record of one event (format version 1): see docs/record-format.md.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "verslag event record, format version 1")]
pub struct Record {
    /// The record format version: always 1.
    #[schemars(range(min = 1, max = 1))]
    pub version: i64,
    pub event: Event,
    /// The photos, each a [[photos]] section; at most one is the cover.
    #[serde(default)]
    #[schemars(length(max = MAX_ITEMS))]
    pub photos: Vec<Photo>,
    pub facts: Option<Facts>,
    pub pitches: Option<Pitches>,
    /// One [[tables]] section per discussion table (usually one municipality).
    #[schemars(length(min = 1, max = MAX_ITEMS))]
    pub tables: Vec<Table>,
    pub closing: Option<Closing>,
    pub about: Option<About>,
}

/// "nl" (Dutch) or "en" (English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, JsonSchema)]
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

/// Whether a record's report is final or a draft out for review by the aldermen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Final,
    Draft,
}

/// A calendar date (TOML local date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A TOML local date without quotes, e.g. 2022-11-01.
impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "LocalDate".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "description": "The day, written without quotes and without a time: date = 2022-11-01",
        })
    }
}

impl Date {
    /// `2022-11-01`
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What the event was: its title, day, place and lead text.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Event {
    /// The headline on the cover.
    pub title: String,
    /// A line under the headline.
    pub subtitle: Option<String>,
    /// The kind of event, e.g. "Praktijktafel".
    pub kind: Option<String>,
    /// The day of the event; it must match the year folder and the folder name.
    pub date: Spanned<Date>,
    /// Where it was held.
    pub location: Option<String>,
    /// Who organised it, e.g. "De Normaalste Zaak Amersfoort".
    pub organizer: String,
    /// The report's language: labels, hyphenation and date format (default "nl").
    #[serde(default)]
    pub language: Language,
    /// The lead paragraphs.
    pub intro: Text,
    /// The organisations of the core group.
    #[serde(default)]
    #[schemars(length(max = MAX_ITEMS))]
    pub core_group: Vec<String>,
    /// "final" (the default) or "draft": a draft is out for review by the aldermen, and is
    /// neither mailed as final nor archived.
    #[serde(default)]
    #[schemars(with = "Status")]
    pub status: Spanned<Status>,
    /// Until when the aldermen may react to the draft; required when status is "draft", kept
    /// as history on a final record.
    pub review_by: Option<Spanned<Date>>,
}

/// Plain text split into paragraphs at blank lines; single line breaks become spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(pub Vec<String>);

/// Text with paragraphs: a blank line starts a new paragraph.
impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Paragraphs".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "Plain text, not blank. Between \"\"\" and \"\"\" it may span lines; a blank line starts a new paragraph. Nothing in it is markup.",
        })
    }
}

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

/// A photo with its caption.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Photo {
    /// The photo's path inside the event folder, e.g. "photos/table-1.jpg" (JPEG, PNG or WebP).
    pub file: Spanned<String>,
    /// Printed under the photo.
    pub caption: String,
    /// What is seen in the photo, for screen readers (the caption says what happened); left
    /// out, the caption is read instead, and `check` warns.
    #[serde(default)]
    pub alt: String,
    /// Photographer and licence, printed with the photo.
    pub credit: Option<String>,
    /// true for the cover photo; at most one photo.
    #[serde(default)]
    #[schemars(with = "bool")]
    pub cover: Spanned<bool>,
    // Not in the record: the photo's key path (e.g. `photos[2]`) for messages, the real path
    // of the file (known to be inside the event folder) and its upright pixel size.
    #[serde(skip)]
    pub key: String,
    #[serde(skip)]
    pub resolved: PathBuf,
    #[serde(skip)]
    pub size: (u32, u32),
}

/// A person, as an inline table: { name = "...", role = "...", organization = "..." }.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// E.g. "wethouder".
    pub role: Option<String>,
    pub organization: Option<String>,
}

/// The facts & figures presentation.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Facts {
    /// The heading; "Facts & figures" (in Dutch and English alike) when left out.
    pub title: Option<String>,
    /// Who presented.
    pub speaker: Option<Person>,
    pub text: Text,
    /// Key figures, each a [[facts.figures]] section.
    #[serde(default)]
    #[schemars(length(max = MAX_ITEMS))]
    pub figures: Vec<Figure>,
}

/// A key figure.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Figure {
    pub label: String,
    /// A number without quotes and without thousands separators (2345 or 2_345; a decimal
    /// takes a point: 3.5); put its unit in `unit`.
    #[schemars(range(min = -999_999_999_999_999.0, max = 999_999_999_999_999.0))]
    pub value: f64,
    /// E.g. "%" or "vacatures".
    pub unit: Option<String>,
    pub source: Option<String>,
    /// Not in the record as such: the value's digits as written (`2.3450`), so that a figure
    /// prints every decimal written and no other.
    #[serde(skip)]
    pub written: String,
}

/// The pitch round.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Pitches {
    /// The heading; "Pitchen" / "Pitches" when left out.
    pub title: Option<String>,
    /// How the pitch round went.
    pub text: Text,
}

/// One discussion table.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Table {
    /// Unique within the record.
    pub municipality: Spanned<String>,
    /// The alderman (wethouder) at the table.
    pub host: Person,
    /// The core group member at the table.
    pub core_member: Option<Person>,
    /// What the host pitched from the coalition agreement.
    pub pitch: Option<Text>,
    /// The table question (Vraag).
    pub question: Text,
    /// The proposed solutions (Oplossingen), at least one.
    #[schemars(length(min = 1, max = MAX_ITEMS))]
    pub solutions: Vec<String>,
    /// The summary (Samengevat).
    pub summary: Option<Text>,
    /// The day the host agreed to this table's text.
    pub approved: Option<Spanned<Date>>,
    /// How the host agreed, e.g. "akkoord per mail" or "no reply by the review date".
    pub approved_note: Option<String>,
}

/// Closing words and quotes.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Closing {
    pub title: Option<String>,
    pub text: Option<Text>,
    /// Quotes, each a [[closing.quotes]] section.
    #[serde(default)]
    #[schemars(length(max = MAX_ITEMS))]
    pub quotes: Vec<Quote>,
}

/// A quote.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Quote {
    /// The quote, without quotation marks.
    pub text: String,
    pub speaker: Person,
}

/// About the organising network.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct About {
    pub title: String,
    pub text: Text,
}

impl Record {
    /// The record as it is printed: every text that reaches a page, a bookmark, the PDF's
    /// metadata, a web page or an alt text with typographic apostrophes (`van ’t Hof`, see
    /// `i18n::apostrophes`). Paths are left as they are; the record on disk keeps what was
    /// typed.
    pub fn printed(&self) -> Record {
        let mut r = self.clone();
        let f = crate::typography::apostrophes;
        let text = |t: &mut Text| t.0.iter_mut().for_each(f);
        let opt = |s: &mut Option<String>| s.iter_mut().for_each(f);
        let person = |p: &mut Person| {
            f(&mut p.name);
            opt(&mut p.role);
            opt(&mut p.organization);
        };
        let e = &mut r.event;
        f(&mut e.title);
        opt(&mut e.subtitle);
        opt(&mut e.kind);
        opt(&mut e.location);
        f(&mut e.organizer);
        text(&mut e.intro);
        e.core_group.iter_mut().for_each(f);
        for p in &mut r.photos {
            f(&mut p.caption);
            f(&mut p.alt);
            opt(&mut p.credit);
        }
        if let Some(facts) = &mut r.facts {
            opt(&mut facts.title);
            facts.speaker.iter_mut().for_each(person);
            text(&mut facts.text);
            for fig in &mut facts.figures {
                f(&mut fig.label);
                opt(&mut fig.unit);
                opt(&mut fig.source);
            }
        }
        if let Some(p) = &mut r.pitches {
            opt(&mut p.title);
            text(&mut p.text);
        }
        for t in &mut r.tables {
            f(&mut t.municipality.value);
            person(&mut t.host);
            t.core_member.iter_mut().for_each(person);
            t.pitch.iter_mut().for_each(text);
            text(&mut t.question);
            t.solutions.iter_mut().for_each(f);
            t.summary.iter_mut().for_each(text);
            opt(&mut t.approved_note);
        }
        if let Some(c) = &mut r.closing {
            opt(&mut c.title);
            c.text.iter_mut().for_each(text);
            for q in &mut c.quotes {
                f(&mut q.text);
                person(&mut q.speaker);
            }
        }
        if let Some(a) = &mut r.about {
            f(&mut a.title);
            text(&mut a.text);
        }
        r
    }
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
