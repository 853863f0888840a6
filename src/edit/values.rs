//! A record's values as the form shows them: JSON in the fields' shape, read from the
//! editable document. Texts are their paragraphs joined by a blank line, dates `YYYY-MM-DD`,
//! numbers as written; items of an array of tables carry `"@from"`, their place in the file,
//! so that a save can tell a moved item from a new one.

use serde_json::{Map, Value as Json};
use toml_edit::{Item, TableLike, Value};

use super::spec::{Field, Kind};
use crate::record::Text;

/// The key an item's place in the file goes under.
pub const FROM: &str = "@from";

pub fn of(doc: &toml_edit::DocumentMut, fields: &[Field]) -> Json {
    group(doc.as_table(), fields)
}

fn group(table: &dyn TableLike, fields: &[Field]) -> Json {
    let mut out = Map::new();
    for f in fields {
        if let Some(v) = table.get(&f.key).and_then(|item| item_value(item, f)) {
            out.insert(f.key.clone(), v);
        }
    }
    Json::Object(out)
}

/// The form's value of one field, `None` when the file has none for it.
pub fn item_value(item: &Item, f: &Field) -> Option<Json> {
    match &f.kind {
        Kind::Group(inner) => item.as_table_like().map(|t| group(t, inner)),
        Kind::Items(inner) => {
            let items = item.as_array_of_tables()?;
            Some(Json::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let mut v = group(t, inner);
                        if let Json::Object(m) = &mut v {
                            m.insert(FROM.into(), i.into());
                        }
                        v
                    })
                    .collect(),
            ))
        }
        Kind::Lines => {
            let array = item.as_array()?;
            Some(Json::Array(
                array.iter().map(|v| Json::String(line(v))).collect(),
            ))
        }
        _ => item.as_value().map(|v| scalar(v, &f.kind)),
    }
}

/// A scalar as the form shows it; a value of another type than the field's as its TOML text,
/// so that the organiser sees what is there.
pub fn scalar(v: &Value, kind: &Kind) -> Json {
    match (kind, v) {
        (Kind::Paragraphs, Value::String(s)) => Json::String(Text::parse(s.value()).0.join("\n\n")),
        (Kind::Bool, Value::Boolean(b)) => Json::Bool(*b.value()),
        (Kind::Number | Kind::Fixed, Value::Integer(_) | Value::Float(_)) => Json::String(raw(v)),
        (Kind::Date, Value::Datetime(d)) => Json::String(d.value().to_string()),
        _ => Json::String(line(v)),
    }
}

fn line(v: &Value) -> String {
    match v {
        Value::String(s) => s.value().clone(),
        other => raw(other),
    }
}

/// A value's text as written in the file, without what surrounds it.
fn raw(v: &Value) -> String {
    let mut bare = v.clone();
    bare.decor_mut().clear();
    bare.to_string().trim().to_string()
}
