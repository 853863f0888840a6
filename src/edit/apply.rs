//! A form's values written into the editable document, touching only what changed: a value
//! the form leaves as it was keeps its text, its comments and its place; a changed value
//! keeps what surrounds it; a key the form does not know is never touched. A field absent
//! from the form's values is left alone; an empty one is taken out of the file.

use serde_json::{Map, Value as Json};
use toml_edit::{Array, ArrayOfTables, InlineTable, Item, Table, TableLike, Value};

use super::spec::{Field, Kind};
use super::values::{FROM, item_value};
use crate::catalog::Message;
use crate::msg;
use crate::record::{MAX_ITEMS, Text};

/// A value the file cannot take: where (`tables[1].approved`) and why.
#[derive(Debug)]
pub struct Refused {
    pub key: String,
    pub message: Message,
}

pub fn apply(
    doc: &mut toml_edit::DocumentMut,
    fields: &[Field],
    values: &Json,
) -> Result<(), Refused> {
    let Some(values) = values.as_object() else {
        return Err(Refused {
            key: String::new(),
            message: msg!("form-not-a-record"),
        });
    };
    group(doc.as_table_mut(), fields, values, "", 0)
}

fn key_at(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at}.{key}")
    }
}

fn group(
    table: &mut dyn TableLike,
    fields: &[Field],
    values: &Map<String, Json>,
    at: &str,
    depth: usize,
) -> Result<(), Refused> {
    for f in fields {
        let Some(want) = values.get(&f.key) else {
            continue;
        };
        let here = key_at(at, &f.key);
        match &f.kind {
            Kind::Fixed => {}
            Kind::Group(inner) => subgroup(table, f, inner, want, &here, depth)?,
            Kind::Items(inner) => items(table, f, inner, want, &here)?,
            Kind::Lines => lines(table, f, want, &here)?,
            _ => scalar(table, f, want, &here)?,
        }
    }
    Ok(())
}

/// Whether a form's value holds nothing: no text, no item, no checked box.
fn blank(v: &Json) -> bool {
    match v {
        Json::Null | Json::Bool(false) => true,
        Json::String(s) => s.trim().is_empty(),
        Json::Array(a) => a.iter().all(blank),
        Json::Object(m) => m.iter().all(|(k, v)| k == FROM || blank(v)),
        _ => false,
    }
}

fn subgroup(
    table: &mut dyn TableLike,
    f: &Field,
    inner: &[Field],
    want: &Json,
    here: &str,
    depth: usize,
) -> Result<(), Refused> {
    let empty = Map::new();
    let wanted = want.as_object().unwrap_or(&empty);
    let is_table = table.get(&f.key).is_some_and(Item::is_table_like);
    if !is_table {
        if blank(want) {
            return Ok(());
        }
        // A section is a [table]; a group inside one (a person) an inline table.
        let item = if depth == 0 {
            let mut t = Table::new();
            t.decor_mut().set_prefix("\n");
            Item::Table(t)
        } else {
            Item::Value(Value::InlineTable(InlineTable::new()))
        };
        table.insert(&f.key, item);
    }
    let Some(sub) = table.get_mut(&f.key).and_then(Item::as_table_like_mut) else {
        return Ok(());
    };
    group(sub, inner, wanted, here, depth + 1)?;
    if sub.is_empty() {
        table.remove(&f.key);
    }
    Ok(())
}

fn items(
    table: &mut dyn TableLike,
    f: &Field,
    inner: &[Field],
    want: &Json,
    here: &str,
) -> Result<(), Refused> {
    let wanted: Vec<&Map<String, Json>> = want
        .as_array()
        .map(|a| a.iter().filter_map(Json::as_object).collect())
        .unwrap_or_default();
    within_limit(f, wanted.len(), here)?;
    if table.get(&f.key).and_then(item_value_of(f)) == Some(want.clone()) {
        return Ok(());
    }
    if wanted.is_empty() {
        table.remove(&f.key);
        return Ok(());
    }
    let old: Vec<Table> = table
        .get(&f.key)
        .and_then(Item::as_array_of_tables)
        .map(|a| a.iter().cloned().collect())
        .unwrap_or_default();
    let mut used = vec![false; old.len()];
    let from: Vec<Option<usize>> = wanted
        .iter()
        .map(|m| {
            let i = m.get(FROM).and_then(Json::as_u64)? as usize;
            let free = used.get(i).copied() == Some(false);
            if free {
                used[i] = true;
            }
            free.then_some(i)
        })
        .collect();
    let same_places =
        from.len() == old.len() && from.iter().enumerate().all(|(k, i)| *i == Some(k));
    // Moved items take the places the items had in the file, in their new order.
    let mut places: Vec<isize> = old.iter().filter_map(Table::position).collect();
    places.sort_unstable();
    let mut out = ArrayOfTables::new();
    for (k, (m, i)) in wanted.iter().zip(&from).enumerate() {
        let mut t = match i {
            Some(i) => old[*i].clone(),
            None => {
                let mut t = Table::new();
                t.decor_mut().set_prefix("\n");
                t
            }
        };
        if !same_places {
            t.set_position(places.get(k).copied());
        }
        group(&mut t, inner, m, &format!("{here}[{k}]"), 1)?;
        out.push(t);
    }
    match table.get_mut(&f.key) {
        Some(item @ Item::ArrayOfTables(_)) => *item = Item::ArrayOfTables(out),
        _ => {
            table.insert(&f.key, Item::ArrayOfTables(out));
        }
    }
    Ok(())
}

/// A list may hold as many items as the format allows.
fn within_limit(f: &Field, count: usize, here: &str) -> Result<(), Refused> {
    let max = f.max_items.unwrap_or(MAX_ITEMS);
    if count > max {
        return Err(Refused {
            key: here.to_string(),
            message: msg!("form-too-many", max = max),
        });
    }
    Ok(())
}

fn item_value_of(f: &Field) -> impl Fn(&Item) -> Option<Json> + '_ {
    move |item| item_value(item, f)
}

fn lines(table: &mut dyn TableLike, f: &Field, want: &Json, here: &str) -> Result<(), Refused> {
    let wanted: Vec<String> = want
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().unwrap_or_default().trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    within_limit(f, wanted.len(), here)?;
    let current = table.get(&f.key).and_then(item_value_of(f));
    if current == Some(Json::from(wanted.clone())) {
        return Ok(());
    }
    if wanted.is_empty() {
        table.remove(&f.key);
        return Ok(());
    }
    let Some(array) = table.get_mut(&f.key).and_then(Item::as_array_mut) else {
        let array: Array = wanted.iter().map(String::as_str).collect();
        table.insert(&f.key, Item::Value(Value::Array(array)));
        return Ok(());
    };
    let old: Vec<Value> = array.iter().cloned().collect();
    let text = |v: &Value| v.as_str().map(str::to_string);
    let mut used = vec![false; old.len()];
    let mut out: Vec<(Value, bool)> = Vec::new();
    for (k, w) in wanted.iter().enumerate() {
        // The same line in its place, or moved; else a new line written where its place was.
        let same = (k < old.len() && !used[k] && text(&old[k]).as_ref() == Some(w))
            .then_some(k)
            .or_else(|| (0..old.len()).find(|&i| !used[i] && text(&old[i]).as_ref() == Some(w)));
        match same {
            Some(i) => {
                used[i] = true;
                out.push((old[i].clone(), true));
            }
            None => {
                let model = old.get(k).or(old.last());
                let mut v = Value::from(w.as_str());
                match model {
                    Some(m) => {
                        *v.decor_mut() = m.decor().clone();
                        out.push((v, true));
                    }
                    None => out.push((v, false)),
                }
            }
        }
    }
    array.clear();
    for (v, formatted) in out {
        if formatted {
            array.push_formatted(v);
        } else {
            array.push(v);
        }
    }
    Ok(())
}

fn scalar(table: &mut dyn TableLike, f: &Field, want: &Json, here: &str) -> Result<(), Refused> {
    let current = table.get(&f.key).and_then(item_value_of(f));
    if current.as_ref() == Some(want) || (current.is_none() && blank(want)) {
        return Ok(());
    }
    let refused = |message: Message| Refused {
        key: here.to_string(),
        message,
    };
    let text = match want {
        Json::String(s) => s.trim().to_string(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.to_string(),
        _ => String::new(),
    };
    if text.is_empty() {
        table.remove(&f.key);
        return Ok(());
    }
    let mut new = match &f.kind {
        Kind::Paragraphs => {
            let paragraphs = Text::parse(&text).0.join("\n\n");
            format!("\"\"\"\n{}\n\"\"\"", multi_line(&paragraphs))
                .parse::<Value>()
                .map_err(|_| refused(msg!("form-not-text")))?
        }
        Kind::Date => match text.parse::<toml_edit::Datetime>() {
            Ok(d) if d.date.is_some() && d.time.is_none() && text.len() == 10 => Value::from(d),
            _ => return Err(refused(msg!("form-not-a-date", value = text))),
        },
        Kind::Number => number(&text)
            .ok_or_else(|| refused(msg!("form-not-a-number", value = text.as_str())))?,
        Kind::Bool => Value::from(text == "true"),
        Kind::Choice(options) => {
            if !options.contains(&text) {
                return Err(refused(msg!(
                    "form-not-a-choice",
                    value = text.as_str(),
                    options = options.join(", ")
                )));
            }
            Value::from(text)
        }
        _ => Value::from(text),
    };
    match table.get_mut(&f.key) {
        Some(item) => {
            if let Some(old) = item.as_value() {
                *new.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(new);
        }
        None => {
            table.insert(&f.key, Item::Value(new));
        }
    }
    Ok(())
}

/// A number as the organiser typed it, if TOML reads it as one (`2345`, `2_345`, `3.5`):
/// written as typed, so that `check` sees what was meant (and warns at `2.345`).
fn number(text: &str) -> Option<Value> {
    if text.contains(['\n', '\r', '#', '=']) {
        return None;
    }
    let doc = format!("x = {text}")
        .parse::<toml_edit::DocumentMut>()
        .ok()?;
    match doc.get("x")?.as_value()? {
        v @ (Value::Integer(_) | Value::Float(_)) => {
            let mut v = v.clone();
            v.decor_mut().clear();
            Some(v)
        }
        _ => None,
    }
}

/// Text for a `"""` string: backslashes and control characters escaped, and no run of three
/// quotes that would end it.
fn multi_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut quotes = 0;
    for c in text.chars() {
        if c == '"' {
            quotes += 1;
            if quotes == 3 {
                out.push_str("\\\"");
                quotes = 0;
                continue;
            }
        } else {
            quotes = 0;
        }
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
