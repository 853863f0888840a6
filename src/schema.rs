//! The record's JSON Schema, generated from the record's own types (`record.rs`), so that
//! editors with Taplo / Even Better TOML complete and check fields while typing.
//!
//! It has the limits `load` checks (the loader's key lists are tested against it). The schema
//! is a help for editors; `verslag check` remains the judge (it also checks photo files, dates
//! against the folder and unique municipalities).

use std::path::Path;

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;

use crate::record::MAX_TEXT_CHARS;
use crate::record::Record;

/// Where `verslag new` keeps the schema: beside the year folders, `EVENTS/record.schema.json`.
pub const FILE_NAME: &str = "record.schema.json";

/// Where `verslag new` keeps the year record's schema: `EVENTS/year.schema.json`.
pub const YEAR_FILE_NAME: &str = "year.schema.json";

/// The event record's schema as pretty JSON with a final newline.
pub fn json() -> String {
    json_of::<Record>()
}

/// The year record's schema (`events/<year>/year.toml`).
pub fn year_json() -> String {
    json_of::<crate::year::YearRecord>()
}

fn json_of<T: schemars::JsonSchema>() -> String {
    let mut settings = SchemaSettings::draft07();
    settings
        .transforms
        .push(Box::new(RecursiveTransform(no_null)));
    settings
        .transforms
        .push(Box::new(RecursiveTransform(plain_text)));
    let schema = settings.into_generator().into_root_schema_for::<T>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// TOML has no null: an optional key is simply left out, so `Option`'s null is dropped. An
/// optional key's default is said in its description, not as a value (the alt text's default
/// is the caption, which no value can say).
fn no_null(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    obj.remove("default");
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
    for (name, text) in [(FILE_NAME, json()), (YEAR_FILE_NAME, year_json())] {
        let path = events.join(name);
        if !std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            crate::fsx::write_atomic(&path, text.as_bytes())?;
        }
    }
    Ok(())
}

/// Every string of the record is checked by `load` as plain, non-blank text of at most
/// 20 000 characters; dates and the language are not free text.
fn plain_text(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    let is_text = obj.get("type").and_then(|t| t.as_str()) == Some("string")
        && !obj.contains_key("format")
        && !obj.contains_key("enum");
    if !is_text {
        return;
    }
    obj.insert("pattern".into(), "\\S".into());
    obj.insert("maxLength".into(), MAX_TEXT_CHARS.into());
    obj.entry("description").or_insert_with(|| {
        "Plain text, not blank. Nothing in it is markup: # $ * _ @ < [ \\ print as themselves."
            .into()
    });
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
    fn year_schema_has_exactly_the_keys_the_year_loader_accepts() {
        use crate::year::keys as year;
        let schema: serde_json::Value = serde_json::from_str(&year_json()).unwrap();
        let pairs: [(Option<&str>, &[&str]); 6] = [
            (None, year::RECORD),
            (Some("YearInfo"), year::YEAR),
            (Some("YearCover"), year::COVER),
            (Some("Foreword"), year::FOREWORD),
            (Some("Thanks"), year::THANKS),
            (Some("Person"), keys::PERSON),
        ];
        for (name, keys) in pairs {
            assert_eq!(properties(&schema, name), sorted(keys), "{name:?}");
        }
    }

    /// The directive at the top of a record in `EVENTS/<year>/<event>/event.toml`.
    const DIRECTIVE: &str = "#:schema ../../record.schema.json";

    #[test]
    fn new_records_and_the_example_carry_the_directive() {
        for text in [
            crate::assets::NEW_RECORD_NL,
            crate::assets::NEW_RECORD_EN,
            include_str!("../events/2022/2022-11-01-praktijktafel-amersfoort/event.toml"),
        ] {
            assert_eq!(text.lines().next(), Some(DIRECTIVE));
        }
    }

    #[test]
    fn default_headings_in_the_schema_are_the_ones_the_report_prints() {
        use crate::i18n::labels;
        use crate::record::Language;
        let schema: serde_json::Value = serde_json::from_str(&json()).unwrap();
        for (definition, label) in [("Facts", "facts"), ("Pitches", "pitches")] {
            let said = schema["definitions"][definition]["properties"]["title"]["description"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            for lang in [Language::Nl, Language::En] {
                let printed = labels(lang)
                    .iter()
                    .find(|(k, _)| *k == label)
                    .map(|(_, v)| *v)
                    .unwrap_or_default();
                assert!(
                    said.contains(printed),
                    "{definition}.title: {said:?} lacks {printed:?}"
                );
            }
        }
    }

    #[test]
    fn schema_has_no_null_and_no_extra_keys() {
        let text = json();
        assert!(!text.contains("\"null\""), "{text}");
        assert!(text.contains("\"additionalProperties\": false"));
    }
}
