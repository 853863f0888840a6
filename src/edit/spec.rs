//! The form's description of a record, derived from the record's JSON Schema (`schema.rs`,
//! itself derived from `record.rs`): every key of the format is a field by construction, and
//! a test holds every field to a label in both languages.

use serde_json::Value as Json;

/// What a field holds, and so how the form edits it and how it is written back.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Shown, never written (the format version).
    Fixed,
    /// One line of text.
    Line,
    /// Text with paragraphs.
    Paragraphs,
    /// A TOML local date.
    Date,
    /// A TOML number, written as typed.
    Number,
    Bool,
    /// One of these words.
    Choice(Vec<String>),
    /// A table of fields: a section (`[event]`) or, inside one, an inline table (a person).
    Group(Vec<Field>),
    /// A list of lines (`solutions = [...]`).
    Lines,
    /// An array of tables (`[[tables]]`), each item these fields.
    Items(Vec<Field>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: String,
    /// The key path without indices, dot-separated: `tables.host.name`.
    pub path: String,
    pub kind: Kind,
    pub required: bool,
    /// The schema's own description of this field, when it has one of its own (not only
    /// its type's, like "Plain text, not blank").
    pub help: Option<String>,
    /// Lists: the most items the format allows.
    pub max_items: Option<usize>,
}

/// The fields of an event record, derived once.
pub fn record() -> &'static [Field] {
    static FIELDS: std::sync::OnceLock<Vec<Field>> = std::sync::OnceLock::new();
    FIELDS.get_or_init(|| {
        let schema: Json = serde_json::from_str(&crate::schema::json()).unwrap_or_default();
        fields(&schema, &schema, "", "Record")
    })
}

/// The fields of a year record (`year.toml`), derived once.
pub fn year() -> &'static [Field] {
    static FIELDS: std::sync::OnceLock<Vec<Field>> = std::sync::OnceLock::new();
    FIELDS.get_or_init(|| {
        let schema: Json = serde_json::from_str(&crate::schema::year_json()).unwrap_or_default();
        fields(&schema, &schema, "", "YearRecord")
    })
}

/// The keys of a schema definition in the record's own order (docs/record-format.md), as
/// the loader reads them; the schema lists properties alphabetically.
fn order(definition: &str) -> &'static [&'static str] {
    use crate::load::sections::keys;
    match definition {
        "Record" => keys::RECORD,
        "Event" => keys::EVENT,
        "Photo" => keys::PHOTO,
        "Person" => keys::PERSON,
        "Facts" => keys::FACTS,
        "Figure" => keys::FIGURE,
        "Pitches" => keys::PITCHES,
        "Table" => keys::TABLE,
        "Closing" => keys::CLOSING,
        "Quote" => keys::QUOTE,
        "About" => keys::ABOUT,
        "YearRecord" => crate::year::keys::RECORD,
        "YearInfo" => crate::year::keys::YEAR,
        "YearCover" => crate::year::keys::COVER,
        "Foreword" => crate::year::keys::FOREWORD,
        "Thanks" => crate::year::keys::THANKS,
        _ => &[],
    }
}

/// The fields of `object`, the schema definition `name`: its keys in the record's order, and
/// a key the loader's lists lack after them, so that a key added to the format is never
/// left out.
fn fields(root: &Json, object: &Json, prefix: &str, name: &str) -> Vec<Field> {
    let required: Vec<&str> = object
        .get("required")
        .and_then(Json::as_array)
        .map(|r| r.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default();
    let mut out: Vec<Field> = object
        .get("properties")
        .and_then(Json::as_object)
        .map(|props| {
            props
                .iter()
                .map(|(key, s)| field(root, key, s, prefix, required.contains(&key.as_str())))
                .collect()
        })
        .unwrap_or_default();
    let keys = order(name);
    out.sort_by_key(|f| keys.iter().position(|k| *k == f.key).unwrap_or(keys.len()));
    out
}

/// A definition a `$ref` (directly or in an `allOf`) points at, with its name.
fn referred<'a>(root: &'a Json, s: &'a Json) -> Option<(&'a str, &'a Json)> {
    let reference = s.get("$ref").or_else(|| {
        s.get("allOf")
            .and_then(Json::as_array)
            .and_then(|a| a.first())
            .and_then(|r| r.get("$ref"))
    })?;
    let name = reference.as_str()?.strip_prefix("#/definitions/")?;
    Some((name, root.get("definitions")?.get(name)?))
}

fn field(root: &Json, key: &str, s: &Json, prefix: &str, required: bool) -> Field {
    let path = if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    };
    let (name, def) = referred(root, s).unwrap_or(("", s));
    let own = |s: &Json| {
        s.get("description")
            .and_then(Json::as_str)
            .map(str::to_string)
    };
    let generic = |d: &str| d.starts_with("Plain text") || d.starts_with("A person, as");
    // A type's own description (of any text, any date, any person) helps no one at a field.
    let typed = matches!(name, "Paragraphs" | "LocalDate" | "Person");
    let help = own(s)
        .filter(|d| !generic(d))
        .or_else(|| own(def).filter(|d| !generic(d) && !typed));
    let max_items = s.get("maxItems").and_then(Json::as_u64).map(|n| n as usize);
    let kind = match (name, def.get("type").and_then(Json::as_str)) {
        ("Paragraphs", _) => Kind::Paragraphs,
        ("LocalDate", _) => Kind::Date,
        _ if def.get("enum").is_some() => Kind::Choice(
            def["enum"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(Json::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
        ),
        (_, Some("integer")) => Kind::Fixed,
        (_, Some("number")) => Kind::Number,
        (_, Some("boolean")) => Kind::Bool,
        (_, Some("object")) => Kind::Group(fields(root, def, &path, name)),
        (_, Some("array")) => {
            let items = def.get("items").unwrap_or(&Json::Null);
            let (item_name, item) = referred(root, items).unwrap_or(("", items));
            if item.get("type").and_then(Json::as_str) == Some("object") {
                Kind::Items(fields(root, item, &path, item_name))
            } else {
                Kind::Lines
            }
        }
        _ => Kind::Line,
    };
    Field {
        key: key.to_string(),
        path,
        kind,
        required,
        help,
        max_items,
    }
}

/// Every field, depth first.
#[cfg(test)]
pub fn all(fields: &[Field]) -> Vec<&Field> {
    let mut out = Vec::new();
    for f in fields {
        out.push(f);
        if let Kind::Group(inner) | Kind::Items(inner) = &f.kind {
            out.extend(all(inner));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(fields: &'a [Field], path: &str) -> &'a Field {
        all(fields)
            .into_iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("no field {path}"))
    }

    #[test]
    fn every_key_of_the_schema_is_a_field() {
        let schema: Json = serde_json::from_str(&crate::schema::json()).unwrap();
        // The schema's key paths, walked on their own.
        fn paths(root: &Json, s: &Json, prefix: &str, out: &mut Vec<String>) {
            let s = referred(root, s).map_or(s, |(_, d)| d);
            let s = match s.get("items") {
                Some(items) => referred(root, items).map_or(items, |(_, d)| d),
                None => s,
            };
            if let Some(props) = s.get("properties").and_then(Json::as_object) {
                for (k, v) in props {
                    let p = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    out.push(p.clone());
                    paths(root, v, &p, out);
                }
            }
        }
        let mut want = Vec::new();
        paths(&schema, &schema, "", &mut want);
        let spec = record();
        let mut have: Vec<String> = all(spec).iter().map(|f| f.path.clone()).collect();
        want.sort();
        have.sort();
        assert_eq!(have, want);
        assert!(want.len() > 40, "{want:?}");
    }

    #[test]
    fn kinds_follow_the_types() {
        let spec = record();
        assert_eq!(find(spec, "version").kind, Kind::Fixed);
        assert_eq!(find(spec, "event.intro").kind, Kind::Paragraphs);
        assert_eq!(find(spec, "event.date").kind, Kind::Date);
        assert_eq!(find(spec, "tables.approved").kind, Kind::Date);
        assert_eq!(find(spec, "facts.figures.value").kind, Kind::Number);
        assert_eq!(find(spec, "photos.cover").kind, Kind::Bool);
        assert_eq!(find(spec, "tables.solutions").kind, Kind::Lines);
        assert_eq!(find(spec, "tables.host.name").kind, Kind::Line);
        assert_eq!(
            find(spec, "event.status").kind,
            Kind::Choice(vec!["final".into(), "draft".into()])
        );
        assert!(matches!(find(spec, "closing.quotes").kind, Kind::Items(_)));
        assert_eq!(find(spec, "tables").max_items, Some(100));
        assert!(find(spec, "tables.municipality").required);
        assert!(!find(spec, "tables.pitch").required);
        // The record's order, not the alphabet's.
        let top: Vec<&str> = spec.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(
            top,
            [
                "version", "event", "photos", "facts", "pitches", "tables", "closing", "about"
            ]
        );
        assert!(find(spec, "event.review_by").help.is_some());
        assert!(find(spec, "tables.host.name").help.is_none());
    }
}
