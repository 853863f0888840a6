//! `verslag schema`: a JSON Schema of the record, generated from the input types below, so
//! that editors with Taplo / Even Better TOML complete and check fields while typing.
//!
//! The types mirror what `load` accepts (key lists are tested against `load`'s), with the same
//! limits. The schema is a help for editors; `verslag check` remains the judge (it also checks
//! photo files, dates against the folder and unique municipalities).

use std::borrow::Cow;
use std::path::Path;

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::load::reader::{MAX_ITEMS, MAX_TEXT_CHARS};

/// Where `verslag new` keeps the schema: beside the year folders, `EVENTS/record.schema.json`.
pub const FILE_NAME: &str = "record.schema.json";

/// The directive at the top of a record in `EVENTS/<year>/<event>/event.toml`.
pub const DIRECTIVE: &str = "#:schema ../../record.schema.json";

/// The schema as pretty JSON with a final newline.
pub fn json() -> String {
    let mut settings = SchemaSettings::draft07();
    settings
        .transforms
        .push(Box::new(RecursiveTransform(no_null)));
    let schema = settings.into_generator().into_root_schema_for::<Record>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// TOML has no null: an optional key is simply left out, so `Option`'s null is dropped.
fn no_null(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if let Some(serde_json::Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            obj.insert("type".into(), only);
        }
    }
    if let Some(serde_json::Value::Array(any)) = obj.get("anyOf") {
        let rest: Vec<_> = any
            .iter()
            .filter(|s| s.get("type").and_then(|t| t.as_str()) != Some("null"))
            .cloned()
            .collect();
        if rest.len() == 1 && rest.len() < any.len() {
            obj.remove("anyOf");
            if let serde_json::Value::Object(inner) = &rest[0] {
                for (k, v) in inner {
                    obj.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
        }
    }
}

/// Writes `EVENTS/record.schema.json` when it is missing or differs from this build's schema.
pub fn refresh(events: &Path) -> Result<(), crate::diagnostics::Diagnostic> {
    let path = events.join(FILE_NAME);
    let text = json();
    if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    crate::fsx::write_atomic(&path, text.as_bytes())
}

/// A non-blank string of at most 20 000 characters, as `load` checks every string.
fn text_schema(description: &str) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": "\\S",
        "maxLength": MAX_TEXT_CHARS,
        "description": description,
    })
}

/// A string that is not blank (checked after trimming), at most 20 000 characters.
struct NonBlank;

impl JsonSchema for NonBlank {
    fn schema_name() -> Cow<'static, str> {
        "NonBlank".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text_schema(
            "Plain text, not blank. Nothing in it is markup: # $ * _ @ < [ \\ print as themselves.",
        )
    }
}

/// Text with paragraphs: a blank line starts a new paragraph.
struct Paragraphs;

impl JsonSchema for Paragraphs {
    fn schema_name() -> Cow<'static, str> {
        "Paragraphs".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text_schema(
            "Plain text, not blank. Between \"\"\" and \"\"\" it may span lines; a blank line starts a new paragraph. Nothing in it is markup.",
        )
    }
}

/// A TOML local date without quotes, e.g. 2022-11-01.
struct LocalDate;

impl JsonSchema for LocalDate {
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

/// The record of one event (format version 1): see docs/record-format.md.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "verslag event record, format version 1")]
#[allow(dead_code)]
struct Record {
    /// The record format version: always 1.
    #[schemars(range(min = 1, max = 1))]
    version: i64,
    event: Event,
    /// The photos, each a [[photos]] section; at most one is the cover.
    #[schemars(length(max = MAX_ITEMS))]
    photos: Option<Vec<Photo>>,
    facts: Option<Facts>,
    pitches: Option<Pitches>,
    /// One [[tables]] section per discussion table (usually one municipality).
    #[schemars(length(min = 1, max = MAX_ITEMS))]
    tables: Vec<Table>,
    closing: Option<Closing>,
    about: Option<About>,
}

/// What the event was: its title, day, place and lead text.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Event {
    /// The headline on the cover.
    title: NonBlank,
    /// A line under the headline.
    subtitle: Option<NonBlank>,
    /// The kind of event, e.g. "Praktijktafel".
    kind: Option<NonBlank>,
    /// The day of the event; it must match the year folder and the folder name.
    date: LocalDate,
    /// Where it was held.
    location: Option<NonBlank>,
    /// Who organised it, e.g. "De Normaalste Zaak Amersfoort".
    organizer: NonBlank,
    /// The report's language: labels, hyphenation and date format (default "nl").
    language: Option<Language>,
    /// The lead paragraphs.
    intro: Paragraphs,
    /// The organisations of the core group.
    #[schemars(length(max = MAX_ITEMS))]
    core_group: Option<Vec<NonBlank>>,
}

/// "nl" (Dutch) or "en" (English).
#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
#[allow(dead_code)]
enum Language {
    Nl,
    En,
}

/// A photo with its caption.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Photo {
    /// The photo's path inside the event folder, e.g. "photos/table-1.jpg" (JPEG, PNG or WebP).
    file: NonBlank,
    /// Printed under the photo.
    caption: NonBlank,
    /// A description for screen readers; the caption when left out.
    alt: Option<NonBlank>,
    /// Photographer and licence, printed with the photo.
    credit: Option<NonBlank>,
    /// true for the cover photo; at most one photo.
    cover: Option<bool>,
}

/// A person, as an inline table: { name = "...", role = "...", organization = "..." }.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Person {
    name: NonBlank,
    /// E.g. "wethouder".
    role: Option<NonBlank>,
    organization: Option<NonBlank>,
}

/// The facts & figures presentation.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Facts {
    /// The heading; "Feiten & cijfers" / "Facts & figures" when left out.
    title: Option<NonBlank>,
    /// Who presented.
    speaker: Option<Person>,
    text: Paragraphs,
    /// Key figures, each a [[facts.figures]] section.
    #[schemars(length(max = MAX_ITEMS))]
    figures: Option<Vec<Figure>>,
}

/// A key figure.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Figure {
    label: NonBlank,
    /// A number without quotes; put its unit in `unit`.
    #[schemars(range(min = -999_999_999_999_999.0, max = 999_999_999_999_999.0))]
    value: f64,
    /// E.g. "%" or "vacatures".
    unit: Option<NonBlank>,
    source: Option<NonBlank>,
}

/// The pitch round.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Pitches {
    /// The heading; "Pitchen" / "Pitches" when left out.
    title: Option<NonBlank>,
    /// How the pitch round went.
    text: Paragraphs,
}

/// One discussion table.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Table {
    /// Unique within the record.
    municipality: NonBlank,
    /// The alderman (wethouder) at the table.
    host: Person,
    /// The core group member at the table.
    core_member: Option<Person>,
    /// What the host pitched from the coalition agreement.
    pitch: Option<Paragraphs>,
    /// The table question (Vraag).
    question: Paragraphs,
    /// The proposed solutions (Oplossingen), at least one.
    #[schemars(length(min = 1, max = MAX_ITEMS))]
    solutions: Vec<NonBlank>,
    /// The summary (Samengevat).
    summary: Option<Paragraphs>,
}

/// Closing words and quotes.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Closing {
    title: Option<NonBlank>,
    text: Option<Paragraphs>,
    /// Quotes, each a [[closing.quotes]] section.
    #[schemars(length(max = MAX_ITEMS))]
    quotes: Option<Vec<Quote>>,
}

/// A quote.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Quote {
    /// The quote, without quotation marks.
    text: NonBlank,
    speaker: Person,
}

/// About the organising network.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct About {
    title: NonBlank,
    text: Paragraphs,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::sections::keys;

    fn properties(schema: &serde_json::Value, name: Option<&str>) -> Vec<String> {
        let obj = match name {
            None => schema,
            Some(n) => &schema["definitions"][n],
        };
        let mut keys: Vec<String> = obj["properties"]
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    }

    fn sorted(keys: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        v.sort();
        v
    }

    #[test]
    fn schema_has_exactly_the_keys_the_loader_accepts() {
        let schema: serde_json::Value = serde_json::from_str(&json()).unwrap();
        let pairs: [(Option<&str>, &[&str]); 11] = [
            (None, keys::RECORD),
            (Some("Event"), keys::EVENT),
            (Some("Photo"), keys::PHOTO),
            (Some("Person"), keys::PERSON),
            (Some("Facts"), keys::FACTS),
            (Some("Figure"), keys::FIGURE),
            (Some("Pitches"), keys::PITCHES),
            (Some("Table"), keys::TABLE),
            (Some("Closing"), keys::CLOSING),
            (Some("Quote"), keys::QUOTE),
            (Some("About"), keys::ABOUT),
        ];
        for (name, keys) in pairs {
            assert_eq!(properties(&schema, name), sorted(keys), "{name:?}");
        }
    }

    #[test]
    fn new_records_and_the_example_carry_the_directive() {
        for text in [
            include_str!("../templates/new-nl.toml"),
            include_str!("../templates/new-en.toml"),
            include_str!("../events/2022/2022-11-01-praktijktafel-amersfoort/event.toml"),
        ] {
            assert_eq!(text.lines().next(), Some(DIRECTIVE));
        }
    }

    #[test]
    fn schema_has_no_null_and_no_extra_keys() {
        let text = json();
        assert!(!text.contains("\"null\""), "{text}");
        assert!(text.contains("\"additionalProperties\": false"));
    }
}
