//! A walker over a parsed TOML tree that collects every structural problem instead of
//! stopping at the first: unknown keys (with suggestions), missing keys, wrong types, blanks.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use toml::Spanned as TomlSpanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::diagnostics::Diagnostic;
use crate::record::{Date, MAX_ITEMS, MAX_NUMBER, MAX_TEXT_CHARS, Spanned, Text};

type Value<'i> = TomlSpanned<DeValue<'i>>;

/// Where problems of one file are collected.
pub struct Ctx {
    /// The event folder, for rules that look at files beside the record.
    pub dir: Option<crate::load::EventDir>,
    pub file: PathBuf,
    pub source: Arc<str>,
    pub diags: Vec<Diagnostic>,
    /// The fonts the report is typeset with: a printed character must be in one of them.
    /// None: not known (the brand has problems of its own), so characters are not checked.
    pub fonts: Option<Arc<crate::fonts::FontSet>>,
    /// What the folder of `dir` is called in messages: "event folder" or "year folder".
    pub folder: &'static str,
    /// The record's language, once `[event]` has named it: some mistakes are errors in a
    /// Dutch record and warnings in an English one.
    pub language: crate::record::Language,
}

impl Ctx {
    pub fn new(file: PathBuf, source: Arc<str>) -> Self {
        Ctx {
            dir: None,
            file,
            source,
            diags: Vec::new(),
            fonts: Some(crate::fonts::FontSet::bundled()),
            folder: "event folder",
            language: crate::record::Language::default(),
        }
    }

    pub fn error(&mut self, span: Range<usize>, message: String, hint: Option<String>) {
        let mut d = Diagnostic::at(self.file.clone(), &self.source, span, message);
        d.hint = hint;
        self.diags.push(d);
    }

    /// A problem that is shown but does not stop anything.
    pub fn warn(&mut self, span: Range<usize>, message: String, hint: Option<String>) {
        self.error(span, message, hint);
        if let Some(d) = self.diags.last_mut() {
            d.warning = true;
        }
    }
}

/// A TOML table being read, with its key path (`tables[2]`) for messages.
pub struct Obj<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    path: String,
}

impl<'a, 'i> Obj<'a, 'i> {
    pub fn root(table: &'a TomlSpanned<DeTable<'i>>) -> Self {
        Obj {
            table: table.get_ref(),
            span: 0..0,
            path: String::new(),
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The key path of a key of this table: `event.title`, `tables[2].solutions`.
    pub fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn where_(&self) -> String {
        if self.path.is_empty() {
            "at the top level".to_string()
        } else {
            format!("in `{}`", self.path)
        }
    }

    /// Reports every key that is not in `known`, suggesting the closest known key.
    pub fn deny_unknown(&self, cx: &mut Ctx, known: &[&str]) {
        for (key, _) in self.table.iter() {
            let name: &str = key.get_ref();
            if known.contains(&name) {
                continue;
            }
            let hint = match suggest(name, known) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("keys allowed here: {}", known.join(", ")),
            };
            cx.error(
                key.span(),
                format!("unknown key `{name}` {}", self.where_()),
                Some(hint),
            );
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }

    fn missing(&self, cx: &mut Ctx, key: &str, example: &str) {
        let message = format!("missing required key `{}`", self.key_path(key));
        let hint = if example == TABLE_EXAMPLE && self.key_path(key) == key {
            // A top-level table is written as a section of its own.
            format!("add the `[{key}]` section")
        } else {
            format!("add `{key} = {example}` {}", self.where_())
        };
        cx.error(self.span(), message, Some(hint));
    }

    /// Reads a key with a converter; reports it missing when `required` and absent.
    fn field<T>(
        &self,
        cx: &mut Ctx,
        key: &str,
        required: Option<&str>,
        conv: impl FnOnce(&mut Ctx, &str, &'a Value<'i>) -> Option<T>,
    ) -> Option<T> {
        match self.get(key) {
            Some(v) => conv(cx, &self.key_path(key), v),
            None => {
                if let Some(example) = required {
                    self.missing(cx, key, example);
                }
                None
            }
        }
    }

    pub fn req_str(&self, cx: &mut Ctx, key: &str) -> Option<Spanned<String>> {
        self.field(cx, key, Some("\"...\""), printed)
    }

    /// A path to a file: a string that is never printed, so any character may be in it.
    pub fn req_path(&self, cx: &mut Ctx, key: &str) -> Option<Spanned<String>> {
        self.field(cx, key, Some("\"...\""), |cx, path, v| {
            string(cx, path, v, false)
        })
    }

    pub fn opt_str_spanned(&self, cx: &mut Ctx, key: &str) -> Option<Spanned<String>> {
        self.field(cx, key, None, printed)
    }

    pub fn has(&self, key: &str) -> bool {
        self.table.contains_key(key)
    }

    pub fn opt_str(&self, cx: &mut Ctx, key: &str) -> Option<String> {
        self.field(cx, key, None, printed).map(|s| s.value)
    }

    pub fn req_text(&self, cx: &mut Ctx, key: &str) -> Option<Text> {
        self.field(cx, key, Some("\"\"\"...\"\"\""), printed)
            .map(|s| Text::parse(&s.value))
    }

    pub fn opt_text(&self, cx: &mut Ctx, key: &str) -> Option<Text> {
        self.field(cx, key, None, printed)
            .map(|s| Text::parse(&s.value))
    }

    pub fn opt_bool(&self, cx: &mut Ctx, key: &str) -> Option<Spanned<bool>> {
        self.field(cx, key, None, |cx, path, v| match v.get_ref() {
            DeValue::Boolean(b) => Some(spanned(*b, v)),
            _ => wrong(
                cx,
                path,
                v,
                "true or false",
                "write `true` or `false` without quotes",
            ),
        })
    }

    pub fn req_int(&self, cx: &mut Ctx, key: &str) -> Option<Spanned<i64>> {
        self.field(cx, key, Some("1"), |cx, path, v| match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(spanned(n, v)),
                Err(_) => wrong(cx, path, v, "a small whole number", "use a whole number"),
            },
            _ => wrong(
                cx,
                path,
                v,
                "a whole number",
                "write a number without quotes",
            ),
        })
    }

    /// A number, with the digits as written in the record (see [`Number`]).
    pub fn req_number(&self, cx: &mut Ctx, key: &str) -> Option<Number> {
        self.field(cx, key, Some("42"), |cx, path, v| {
            let raw = cx.source.get(v.span()).unwrap_or("").trim().to_string();
            let n = match v.get_ref() {
                DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                    .ok()
                    .map(|n| (n as f64, (i.radix() == 10).then(|| plain_digits(&raw)))),
                DeValue::Float(f) => f
                    .as_str()
                    .replace('_', "")
                    .parse::<f64>()
                    .ok()
                    .map(|n| (n, (!raw.contains(['e', 'E'])).then(|| plain_digits(&raw)))),
                _ => {
                    return wrong(
                        cx,
                        path,
                        v,
                        "a number",
                        "write the number without quotes, e.g. `value = 12.5`; put its unit in `unit`",
                    );
                }
            };
            match n {
                Some((n, digits)) if n.is_finite() && n.abs() < MAX_NUMBER => Some(Number {
                    value: n,
                    // An exponent or another radix: the number as the shortest decimal.
                    written: digits.unwrap_or_else(|| format!("{n}")),
                    raw,
                    span: v.span(),
                }),
                Some((n, _)) if n.is_finite() => {
                    cx.error(
                        v.span(),
                        format!("`{path}` is too large to print: {n:e}"),
                        Some("a figure is at most 999 999 999 999 999; write large amounts in a unit such as `unit = \"miljoen euro\"`".into()),
                    );
                    None
                }
                _ => wrong(cx, path, v, "a finite number", "use an ordinary number"),
            }
        })
    }

    pub fn req_date(&self, cx: &mut Ctx, key: &str) -> Option<Spanned<Date>> {
        self.date(cx, key, Some("2022-11-01"))
    }

    pub fn opt_date(&self, cx: &mut Ctx, key: &str) -> Option<Spanned<Date>> {
        self.date(cx, key, None)
    }

    fn date(&self, cx: &mut Ctx, key: &str, required: Option<&str>) -> Option<Spanned<Date>> {
        self.field(cx, key, required, |cx, path, v| match v.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                let d = dt.date?;
                Some(spanned(
                    Date {
                        year: d.year,
                        month: d.month,
                        day: d.day,
                    },
                    v,
                ))
            }
            _ => {
                let key = path.rsplit('.').next().unwrap_or("date");
                let example = super::folder_date(cx, super::date_key(key).unwrap_or(0));
                wrong(
                    cx,
                    path,
                    v,
                    "a date",
                    &format!(
                        "write the day without quotes and without a time, e.g. `{key} = {example}`"
                    ),
                )
            }
        })
    }

    /// An array of non-blank strings; `min` is the least number of items.
    pub fn str_array(&self, cx: &mut Ctx, key: &str, min: usize) -> Option<Spanned<Vec<String>>> {
        let required = (min > 0).then_some("[\"...\", \"...\"]");
        self.field(cx, key, required, |cx, path, v| {
            let DeValue::Array(items) = v.get_ref() else {
                return wrong(
                    cx,
                    path,
                    v,
                    "an array of strings",
                    &format!("write a list: `{}`", list_example(path)),
                );
            };
            if items.len() < min {
                cx.error(
                    v.span(),
                    format!("`{path}` is empty: at least {min} item needed"),
                    Some(format!("write at least one: `{}`", list_example(path))),
                );
                return None;
            }
            if items.len() > MAX_ITEMS {
                cx.error(
                    v.span(),
                    format!(
                        "`{path}` has {} items; at most {MAX_ITEMS} fit a report",
                        items.len()
                    ),
                    Some(
                        "keep the list to what was said at the table; merge or leave out items"
                            .into(),
                    ),
                );
                return None;
            }
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                if let Some(s) = string(cx, &format!("{path}[{i}]"), item, true) {
                    out.push(s.value);
                }
            }
            (out.len() == items.len()).then(|| spanned(out, v))
        })
    }

    /// A sub-table (`[facts]` or an inline table).
    pub fn table(&self, cx: &mut Ctx, key: &str, required: bool) -> Option<Obj<'a, 'i>> {
        let path = self.key_path(key);
        let example = TABLE_EXAMPLE;
        self.field(cx, key, required.then_some(example), |cx, _, v| {
            as_obj(cx, path, v)
        })
    }

    /// An array of tables (`[[tables]]`); `min` is the least number of entries.
    pub fn tables(&self, cx: &mut Ctx, key: &str, min: usize) -> Vec<Obj<'a, 'i>> {
        let Some(v) = self.get(key) else {
            if min > 0 {
                cx.error(
                    self.span(),
                    format!(
                        "missing `[[{}]]`: at least {min} needed",
                        self.key_path(key)
                    ),
                    Some(format!("add a `[[{}]]` section", self.key_path(key))),
                );
            }
            return Vec::new();
        };
        let path = self.key_path(key);
        let DeValue::Array(items) = v.get_ref() else {
            wrong::<()>(
                cx,
                &path,
                v,
                "an array of tables",
                &format!("write each entry as its own `[[{path}]]` section"),
            );
            return Vec::new();
        };
        if items.len() < min {
            cx.error(
                v.span(),
                format!("`{path}` is empty: at least {min} needed"),
                Some(format!("add a `[[{path}]]` section")),
            );
        }
        if items.len() > MAX_ITEMS {
            cx.error(
                v.span(),
                format!(
                    "`{path}` has {} entries; at most {MAX_ITEMS} fit a report",
                    items.len()
                ),
                Some("leave out entries, or split the event into several records".into()),
            );
            return Vec::new();
        }
        array_objs(cx, &path, items)
    }
}

/// A number read from the record.
pub struct Number {
    pub value: f64,
    /// Its decimal digits as written, without `+` and `_` (`2.3450`, `-12`); for an exponent
    /// or a hexadecimal number, the value's shortest decimal form.
    pub written: String,
    /// The source text as it stands (`1_000.250`, `2.345e0`).
    pub raw: String,
    pub span: Range<usize>,
}

/// `+1_250.50` -> `1250.50`.
fn plain_digits(raw: &str) -> String {
    raw.trim_start_matches('+').replace('_', "")
}

fn array_objs<'a, 'i>(cx: &mut Ctx, path: &str, items: &'a DeArray<'i>) -> Vec<Obj<'a, 'i>> {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| as_obj(cx, format!("{path}[{i}]"), item))
        .collect()
}

fn as_obj<'a, 'i>(cx: &mut Ctx, path: String, v: &'a Value<'i>) -> Option<Obj<'a, 'i>> {
    match v.get_ref() {
        DeValue::Table(t) => Some(Obj {
            table: t,
            span: v.span(),
            path,
        }),
        _ => wrong(
            cx,
            &path,
            v,
            "a table",
            "write it as a `[section]` or `{ key = ... }`",
        ),
    }
}

fn spanned<T>(value: T, v: &Value<'_>) -> Spanned<T> {
    Spanned {
        value,
        span: v.span(),
    }
}

/// How a missing table is shown in hints, e.g. `host = { ... }`.
const TABLE_EXAMPLE: &str = "{ ... }";

/// A string that is not blank after trimming; returned trimmed.
/// A string that will be printed: every character must be in a font.
fn printed(cx: &mut Ctx, path: &str, v: &Value<'_>) -> Option<Spanned<String>> {
    string(cx, path, v, true)
}

fn string(cx: &mut Ctx, path: &str, v: &Value<'_>, printed: bool) -> Option<Spanned<String>> {
    let DeValue::String(s) = v.get_ref() else {
        return wrong(
            cx,
            path,
            v,
            "a string",
            "put the text in double quotes: \"...\"",
        );
    };
    let chars = s.chars().count();
    if chars > MAX_TEXT_CHARS {
        cx.error(
            v.span(),
            format!("`{path}` is {chars} characters long; a text may be at most {MAX_TEXT_CHARS}"),
            Some("shorten it: a report is read on paper".into()),
        );
        return None;
    }
    let trimmed = s.trim();
    if trimmed.is_empty() {
        cx.error(
            v.span(),
            format!("`{path}` is blank"),
            Some("write the text, or remove the key if it is optional".to_string()),
        );
        return None;
    }
    if let Some(c) = trimmed
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        cx.error(
            v.span(),
            format!(
                "`{path}` holds an invisible control character (U+{:04X})",
                u32::from(c)
            ),
            Some(
                "remove it: an escape such as \\u0000 or a pasted control character does not print"
                    .into(),
            ),
        );
        return None;
    }
    // A text `verslag new` wrote to be replaced must not reach an alderman.
    if printed && super::placeholders::is_placeholder(trimmed) {
        cx.error(
            v.span(),
            format!("`{path}` is still the text `verslag new` wrote"),
            Some("write what belongs here, or remove the key if it is optional".into()),
        );
        return Some(spanned(trimmed.to_string(), v));
    }
    // Every string is printed, except paths (read with `req_path`).
    if printed
        && let Some(fonts) = cx.fonts.clone()
        && let Some(c) = fonts.first_missing_glyph(trimmed)
    {
        cx.error(
            v.span(),
            format!(
                "`{path}`: the character '{c}' (U+{:04X}) is in none of the report's fonts and would print as a box",
                u32::from(c)
            ),
            Some(fonts.coverage_hint()),
        );
        return None;
    }
    Some(spanned(trimmed.to_string(), v))
}

fn wrong<T>(cx: &mut Ctx, path: &str, v: &Value<'_>, expected: &str, hint: &str) -> Option<T> {
    cx.error(
        v.span(),
        format!("`{path}` must be {expected}, not {}", kind(v.get_ref())),
        Some(hint.to_string()),
    );
    None
}

fn list_example(path: &str) -> String {
    let key = path.rsplit('.').next().unwrap_or(path);
    format!("{key} = [\"first\", \"second\"]")
}

/// How a TOML value is named in messages.
fn kind(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(dt) if dt.time.is_some() => "a date with a time",
        DeValue::Datetime(dt) if dt.date.is_none() => "a time",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The known key closest to a misspelt one, if it is close enough to be a typo.
pub fn suggest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    let lower = name.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::levenshtein(&lower, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        let known = ["summary", "solutions", "question"];
        assert_eq!(suggest("sumary", &known), Some("summary"));
        assert_eq!(suggest("Question", &known), Some("question"));
        assert_eq!(suggest("colour", &known), None);
    }
}
