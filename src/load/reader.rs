//! A walker over a parsed TOML tree that collects every structural problem instead of
//! stopping at the first: unknown keys (with suggestions), missing keys, wrong types, blanks.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use toml::Spanned as TomlSpanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::catalog::Message;
use crate::diagnostics::Diagnostic;
use crate::msg;
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

    pub fn error(
        &mut self,
        span: Range<usize>,
        message: impl Into<Message>,
        hint: Option<Message>,
    ) {
        let mut d = Diagnostic::at(self.file.clone(), &self.source, span, message);
        d.hint = hint.map(Box::new);
        self.diags.push(d);
    }

    /// [`error`](Self::error) at the record's key `key` (`tables[1].summary`).
    pub fn error_key(
        &mut self,
        key: &str,
        span: Range<usize>,
        message: Message,
        hint: Option<Message>,
    ) {
        self.error(span, message, hint);
        if let Some(d) = self.diags.last_mut() {
            d.key = Some(key.into());
        }
    }

    /// A problem that is shown but does not stop anything.
    pub fn warn(&mut self, span: Range<usize>, message: impl Into<Message>, hint: Option<Message>) {
        self.error(span, message, hint);
        if let Some(d) = self.diags.last_mut() {
            d.warning = true;
        }
    }

    /// [`warn`](Self::warn) at the record's key `key`.
    pub fn warn_key(
        &mut self,
        key: &str,
        span: Range<usize>,
        message: Message,
        hint: Option<Message>,
    ) {
        self.warn(span, message, hint);
        if let Some(d) = self.diags.last_mut() {
            d.key = Some(key.into());
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

    fn where_(&self) -> Message {
        if self.path.is_empty() {
            msg!("place-top")
        } else {
            msg!("place-in", path = &self.path)
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
                Some(s) => msg!("hint-did-you-mean-key", name = s),
                None => msg!("hint-keys-allowed", keys = known.join(", ")),
            };
            cx.error_key(
                &self.key_path(name),
                key.span(),
                msg!("unknown-key", name = name, place = self.where_()),
                Some(hint),
            );
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }

    fn missing(&self, cx: &mut Ctx, key: &str, example: &str) {
        let message = msg!("missing-key", path = self.key_path(key));
        let hint = if example == TABLE_EXAMPLE && self.key_path(key) == key {
            // A top-level table is written as a section of its own.
            msg!("hint-add-section", key = key)
        } else {
            msg!(
                "hint-add-key",
                key = key,
                example = example,
                place = self.where_()
            )
        };
        cx.error_key(&self.key_path(key), self.span(), message, Some(hint));
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
                msg!("expected-true-false"),
                msg!("hint-true-false"),
            ),
        })
    }

    pub fn req_int(&self, cx: &mut Ctx, key: &str) -> Option<Spanned<i64>> {
        self.field(cx, key, Some("1"), |cx, path, v| match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(spanned(n, v)),
                Err(_) => wrong(
                    cx,
                    path,
                    v,
                    msg!("expected-small-whole-number"),
                    msg!("hint-whole-number"),
                ),
            },
            _ => wrong(
                cx,
                path,
                v,
                msg!("expected-whole-number"),
                msg!("hint-number-without-quotes"),
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
                        msg!("expected-number"),
                        msg!("hint-figure-without-quotes"),
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
                    cx.error_key(
                        path,
                        v.span(),
                        msg!("number-too-large", path = path, value = format!("{n:e}")),
                        Some(msg!("hint-number-too-large")),
                    );
                    None
                }
                _ => wrong(
                    cx,
                    path,
                    v,
                    msg!("expected-finite-number"),
                    msg!("hint-ordinary-number"),
                ),
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
                    msg!("kind-date"),
                    msg!("hint-date", key = key, example = example),
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
                    msg!("expected-list-of-texts"),
                    msg!("hint-list", example = list_example(path)),
                );
            };
            if items.len() < min {
                cx.error_key(
                    path,
                    v.span(),
                    msg!("list-empty", path = path, min = min),
                    Some(msg!("hint-list-one", example = list_example(path))),
                );
                return None;
            }
            if items.len() > MAX_ITEMS {
                cx.error_key(
                    path,
                    v.span(),
                    msg!(
                        "list-too-long",
                        path = path,
                        count = items.len(),
                        max = MAX_ITEMS
                    ),
                    Some(msg!("hint-list-too-long")),
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
                cx.error_key(
                    &self.key_path(key),
                    self.span(),
                    msg!("sections-missing", path = self.key_path(key), min = min),
                    Some(msg!("hint-add-sections", path = self.key_path(key))),
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
                msg!("expected-list-of-tables"),
                msg!("hint-each-entry", path = &path),
            );
            return Vec::new();
        };
        if items.len() < min {
            cx.error_key(
                &path,
                v.span(),
                msg!("sections-empty", path = &path, min = min),
                Some(msg!("hint-add-sections", path = &path)),
            );
        }
        if items.len() > MAX_ITEMS {
            cx.error_key(
                &path,
                v.span(),
                msg!(
                    "sections-too-many",
                    path = &path,
                    count = items.len(),
                    max = MAX_ITEMS
                ),
                Some(msg!("hint-sections-too-many")),
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
        _ => wrong(cx, &path, v, msg!("kind-table"), msg!("hint-table")),
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
        return wrong(cx, path, v, msg!("kind-string"), msg!("hint-string"));
    };
    let chars = s.chars().count();
    if chars > MAX_TEXT_CHARS {
        cx.error_key(
            path,
            v.span(),
            msg!(
                "text-too-long",
                path = path,
                count = chars,
                max = MAX_TEXT_CHARS
            ),
            Some(msg!("hint-text-too-long")),
        );
        return None;
    }
    let trimmed = s.trim();
    if trimmed.is_empty() {
        cx.error_key(
            path,
            v.span(),
            msg!("text-blank", path = path),
            Some(msg!("hint-text-blank")),
        );
        return None;
    }
    if let Some(c) = trimmed
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        cx.error_key(
            path,
            v.span(),
            msg!(
                "text-control-character",
                path = path,
                code = format!("U+{:04X}", u32::from(c))
            ),
            Some(msg!("hint-text-control-character")),
        );
        return None;
    }
    // A text `verslag new` wrote to be replaced must not reach an alderman.
    if printed && super::placeholders::is_placeholder(trimmed) {
        cx.error_key(
            path,
            v.span(),
            msg!("text-placeholder", path = path),
            Some(msg!("hint-text-placeholder")),
        );
        return Some(spanned(trimmed.to_string(), v));
    }
    // Every string is printed, except paths (read with `req_path`).
    if printed
        && let Some(fonts) = cx.fonts.clone()
        && let Some(c) = fonts.first_missing_glyph(trimmed)
    {
        cx.error_key(
            path,
            v.span(),
            msg!(
                "text-missing-glyph",
                path = path,
                character = c.to_string(),
                code = format!("U+{:04X}", u32::from(c))
            ),
            Some(fonts.coverage_hint()),
        );
        return None;
    }
    Some(spanned(trimmed.to_string(), v))
}

fn wrong<T>(
    cx: &mut Ctx,
    path: &str,
    v: &Value<'_>,
    expected: Message,
    hint: Message,
) -> Option<T> {
    cx.error_key(
        path,
        v.span(),
        msg!(
            "wrong-type",
            path = path,
            expected = expected,
            found = kind(v.get_ref())
        ),
        Some(hint),
    );
    None
}

fn list_example(path: &str) -> Message {
    let key = path.rsplit('.').next().unwrap_or(path);
    msg!("list-example", key = key)
}

/// How a TOML value is named in messages.
fn kind(v: &DeValue<'_>) -> Message {
    match v {
        DeValue::String(_) => msg!("kind-string"),
        DeValue::Integer(_) => msg!("kind-integer"),
        DeValue::Float(_) => msg!("kind-decimal"),
        DeValue::Boolean(_) => msg!("kind-boolean"),
        DeValue::Datetime(dt) if dt.time.is_some() => msg!("kind-date-time"),
        DeValue::Datetime(dt) if dt.date.is_none() => msg!("kind-time"),
        DeValue::Datetime(_) => msg!("kind-date"),
        DeValue::Array(_) => msg!("kind-array"),
        DeValue::Table(_) => msg!("kind-table"),
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
