//! The record as a form on an event's page: the fields (from `edit::spec`, labelled in the
//! page's language), the record's values with the version they were read at, and saves
//! through `edit::save`, whose refusals become answers the page can show.

use std::path::{Path, PathBuf};

use serde_json::{Value as Json, json};

use crate::catalog::{self, Message};
use crate::edit::spec::{self, Field, Kind};
use crate::edit::{self, NotSaved};
use crate::msg;
use crate::record::{Language, MAX_ITEMS, MAX_RECORD_BYTES};

fn id(path: &str) -> String {
    format!("field-{}", path.replace('.', "-"))
}

/// A field's label: its own (`field-tables-municipality`), else a person's part's
/// (`field-any-name`).
fn label(lang: Language, f: &Field) -> Option<String> {
    catalog::text(lang, &id(&f.path))
        .or_else(|| catalog::text(lang, &id(&format!("any.{}", f.key))))
}

fn help(lang: Language, f: &Field) -> Option<String> {
    catalog::text(lang, &format!("{}-help", id(&f.path)))
        .or_else(|| catalog::text(lang, &format!("{}-help", id(&format!("any.{}", f.key)))))
        .or_else(|| f.help.clone())
}

fn field_json(lang: Language, f: &Field) -> Json {
    let (kind, extra) = match &f.kind {
        Kind::Fixed => ("fixed", Json::Null),
        Kind::Line => ("line", Json::Null),
        Kind::Paragraphs => ("paragraphs", Json::Null),
        Kind::Date => ("date", Json::Null),
        Kind::Number => ("number", Json::Null),
        Kind::Bool => ("bool", Json::Null),
        Kind::Choice(options) => (
            "choice",
            options
                .iter()
                .map(|o| {
                    json!({"value": o, "label": catalog::text(lang, &format!("field-choice-{o}")).unwrap_or_else(|| o.clone())})
                })
                .collect(),
        ),
        Kind::Group(inner) => ("group", inner.iter().map(|f| field_json(lang, f)).collect()),
        Kind::Lines => ("lines", Json::Null),
        Kind::Items(inner) => ("items", inner.iter().map(|f| field_json(lang, f)).collect()),
    };
    let mut out = json!({
        "key": f.key,
        "path": f.path,
        "kind": kind,
        "required": f.required,
        "label": label(lang, f).unwrap_or_else(|| f.key.clone()),
        "help": help(lang, f),
        "max": f.max_items.unwrap_or(MAX_ITEMS),
    });
    match (kind, extra) {
        ("choice", options) => out["options"] = options,
        ("group" | "items", fields) => out["fields"] = fields,
        _ => {}
    }
    out
}

/// What the page needs to build the form of an event record: the fields, the words, the
/// limits.
pub fn description(lang: Language) -> Json {
    described(spec::record(), lang)
}

/// [`description`] of the year record's form.
pub fn year_description(lang: Language) -> Json {
    described(spec::year(), lang)
}

fn described(fields: &[spec::Field], lang: Language) -> Json {
    let t = |m: Message| m.show(lang);
    json!({
        "fields": fields.iter().map(|f| field_json(lang, f)).collect::<Vec<_>>(),
        "maxSize": MAX_RECORD_BYTES,
        "texts": {
            "heading": t(msg!("studio-form-heading")),
            "saved": t(msg!("studio-form-saved")),
            "saving": t(msg!("studio-form-saving")),
            "pending": t(msg!("studio-form-pending")),
            "changed": t(msg!("studio-form-changed")),
            "changedFields": t(msg!("studio-form-changed-fields")),
            "lost": t(msg!("studio-form-lost")),
            "gone": t(msg!("studio-form-gone")),
            "broken": t(msg!("studio-form-broken")),
            "failed": t(msg!("studio-form-failed")),
            "refused": t(msg!("studio-form-refused")),
            "offline": t(msg!("studio-form-offline")),
            "tip": t(msg!("studio-form-tip")),
            "photosDrop": t(msg!("studio-photos-drop")),
            "photosPick": t(msg!("studio-photos-pick")),
            "photosAdding": t(msg!("studio-photos-adding", name = "{name}")),
            "photosAdded": t(msg!("studio-photos-added", name = "{name}", file = "{file}")),
            "photosSame": t(msg!("studio-photos-same", name = "{name}", file = "{file}")),
            "photosRefused": t(msg!("studio-photos-refused", name = "{name}")),
            "photosTooLarge": t(msg!("studio-photos-too-large", name = "{name}")),
            // The count is put in by the page; Fluent picks the plural of 1 and of a word.
            "atFieldsOne": t(msg!("studio-form-at-fields", count = 1_i64)),
            "atFieldsMany": t(msg!("studio-form-at-fields", count = "{count}")),
            "add": t(msg!("studio-form-add")),
            "remove": t(msg!("studio-form-remove")),
            "up": t(msg!("studio-form-up")),
            "down": t(msg!("studio-form-down")),
            "limit": t(msg!("studio-form-limit")),
            "full": t(msg!("studio-form-full")),
            "unset": t(msg!("studio-form-unset")),
            "moved": t(msg!("studio-form-moved")),
            "required": t(msg!("studio-form-required")),
        },
    })
}

/// The record's values and version; or why there is no form: the folder is gone, or the
/// file does not read (shown as its text around the error, with the message).
pub fn record(dir: &Path, lang: Language) -> (u16, Json) {
    let loader = || crate::load::load(dir).err();
    values_of(&dir.join("event.toml"), spec::record(), &loader, lang)
}

/// The year record's values and version, as [`record`]'s.
pub fn year(path: &Path, lang: Language) -> (u16, Json) {
    let loader = || crate::year::load(path).err();
    values_of(path, spec::year(), &loader, lang)
}

/// The values of the file at `path` as `fields` read them; a file that does not read is
/// told in the words of its `loader`, where it has them.
fn values_of(
    path: &Path,
    fields: &[spec::Field],
    loader: &dyn Fn() -> Option<Vec<crate::diagnostics::Diagnostic>>,
    lang: Language,
) -> (u16, Json) {
    if !path.is_file() {
        return gone(lang);
    }
    let opened = match edit::open(path) {
        Ok(o) => o,
        Err(d) => {
            let (line, column) = d.line_col().unwrap_or((1, 1));
            return (
                200,
                broken(lang, &d.message.show(lang), "", line, column, ""),
            );
        }
    };
    match opened.document() {
        Ok(doc) => (
            200,
            json!({
                "version": opened.version(),
                "values": edit::values::of(&doc, fields),
                "size": opened.bytes.len(),
            }),
        ),
        Err(b) => {
            // The loader's words for a syntax mistake, in the page's language, where it has one.
            let said = loader().and_then(|ds| {
                ds.into_iter()
                    .find(|d| !d.warning && d.line_col().is_some())
                    .map(|d| {
                        (
                            d.message.show(lang),
                            d.hint.as_ref().map(|h| h.show(lang)),
                            d.line_col(),
                        )
                    })
            });
            let (message, hint, (line, column)) = match said {
                Some((m, h, Some(at))) => (m, h.unwrap_or_default(), at),
                _ => (b.message.clone(), String::new(), (b.line, b.column)),
            };
            (
                200,
                broken(lang, &message, &hint, line, column, &opened.text),
            )
        }
    }
}

fn gone(lang: Language) -> (u16, Json) {
    (410, json!({"gone": msg!("studio-form-gone").show(lang)}))
}

/// A broken file's message and the lines around its place.
fn broken(
    lang: Language,
    message: &str,
    hint: &str,
    line: usize,
    column: usize,
    text: &str,
) -> Json {
    let lines: Vec<Json> = text
        .lines()
        .enumerate()
        .skip(line.saturating_sub(4))
        .take(7)
        .map(|(i, l)| json!([i + 1, l]))
        .collect();
    json!({"broken": {
        "heading": msg!("studio-form-broken").show(lang),
        "message": message,
        "hint": hint,
        "line": line,
        "column": column,
        "lines": lines,
    }})
}

/// The outbox folders named after an event's folder: they move with it, and a date that
/// mail already told the aldermen does not change.
pub struct Outboxes {
    pub root: PathBuf,
}

impl edit::Follower for Outboxes {
    fn may_move(&self, from: &str, to: &str) -> Result<(), Message> {
        let folder = self.root.join(from);
        if !folder.exists() {
            return Ok(());
        }
        // A publish under way writes its journal in this folder.
        crate::lock::is_free_at(&folder.join("publish.lock"), &folder)
            .map_err(|d| msg!("form-move-busy", reason = d.message))?;
        for f in [folder.clone(), folder.join("review")] {
            crate::lock::is_free(&f).map_err(|d| msg!("form-move-busy", reason = d.message))?;
            let journal = f.join("sent.log");
            let read = crate::mail::journal::Journal::read(&journal);
            if read.is_err() || read.is_ok_and(|j| j.any_went_out()) {
                return Err(msg!(
                    "form-move-mailed",
                    journal = journal.display().to_string()
                ));
            }
        }
        let target = self.root.join(to);
        if target.exists() {
            return Err(msg!(
                "form-move-exists",
                folder = target.display().to_string()
            ));
        }
        Ok(())
    }

    fn moved(&self, from: &str, to: &str) -> Result<(), Message> {
        let folder = self.root.join(from);
        if !folder.exists() {
            return Ok(());
        }
        std::fs::rename(&folder, self.root.join(to))
            .map_err(|e| msg!("form-move-failed", reason = e.to_string()))
    }
}

/// A save from the page: `{"version": ..., "values": {...}}`.
pub fn save(
    dir: &Path,
    body: &[u8],
    outboxes: &Outboxes,
    lang: Language,
) -> (u16, Json, Option<PathBuf>) {
    let Ok(asked) = serde_json::from_slice::<Json>(body) else {
        return (400, json!({"failed": "not JSON"}), None);
    };
    let version = asked["version"].as_str().unwrap_or_default();
    answered(
        edit::save(dir, version, &asked["values"], outboxes),
        "event.date",
        lang,
    )
}

/// A save of the year record from the year's page, as [`save`].
pub fn save_year(path: &Path, body: &[u8], lang: Language) -> (u16, Json) {
    let Ok(asked) = serde_json::from_slice::<Json>(body) else {
        return (400, json!({"failed": "not JSON"}));
    };
    let version = asked["version"].as_str().unwrap_or_default();
    let (status, json, _) = answered(edit::save_year(path, version, &asked["values"]), "", lang);
    (status, json)
}

/// A save's outcome as the page's answer; a refused rename is said at `renamed`.
fn answered(
    saved: Result<edit::Saved, NotSaved>,
    renamed: &str,
    lang: Language,
) -> (u16, Json, Option<PathBuf>) {
    match saved {
        Ok(saved) => (
            200,
            json!({"version": saved.version, "written": saved.written, "size": saved.size}),
            saved.moved,
        ),
        Err(NotSaved::Changed { version }) => {
            (409, json!({"changed": true, "version": version}), None)
        }
        Err(NotSaved::Broken(b)) => (409, json!({"changed": true, "line": b.line}), None),
        Err(NotSaved::Gone) => {
            let (status, body) = gone(lang);
            (status, body, None)
        }
        Err(NotSaved::Refused(r)) => (
            422,
            json!({"refused": {"key": r.key, "message": r.message.show(lang)}}),
            None,
        ),
        Err(NotSaved::Rename(m)) => (
            422,
            json!({"refused": {"key": renamed, "message": m.show(lang)}}),
            None,
        ),
        Err(NotSaved::Io(d)) => {
            let hint = d.hint.as_ref().map(|h| h.show(lang)).unwrap_or_default();
            (
                507,
                json!({"failed": if hint.is_empty() {
                    d.message.show(lang)
                } else {
                    format!("{}; {hint}", d.message.show(lang))
                }}),
                None,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_label_in_both_languages_and_every_label_a_field() {
        let mut all = spec::all(spec::record());
        all.extend(spec::all(spec::year()));
        let mut known = std::collections::BTreeSet::new();
        for lang in [Language::Nl, Language::En] {
            for f in &all {
                assert!(
                    label(lang, f).is_some(),
                    "{:?}: no label for {}",
                    lang,
                    f.path
                );
                if f.help.is_some() {
                    assert!(
                        help(lang, f).is_some(),
                        "{:?}: no help for {}",
                        lang,
                        f.path
                    );
                }
                known.insert(id(&f.path));
                known.insert(id(&format!("any.{}", f.key)));
                if let Kind::Choice(options) = &f.kind {
                    for o in options {
                        assert!(catalog::text(lang, &format!("field-choice-{o}")).is_some());
                        known.insert(format!("field-choice-{o}"));
                    }
                }
            }
        }
        let catalog = crate::assets::CATALOG_EN;
        for line in catalog.lines().filter(|l| l.starts_with("field-")) {
            let name = line.split(" =").next().unwrap_or_default();
            let base = name.strip_suffix("-help").unwrap_or(name);
            assert!(
                known.contains(base),
                "`{name}` names no field of the record"
            );
        }
    }
}
