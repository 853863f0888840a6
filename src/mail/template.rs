//! The wording of a mail: a template per kind (final, review) and language, built in or the
//! organiser's own from `--templates`, with its placeholders checked before anything is
//! written, filled in, and wrapped at 72 columns.

use std::sync::Arc;

use super::contacts::Contact;
use crate::content::Content;
use crate::diagnostics::Diagnostic;
use crate::i18n::long_date;
use crate::record::Language;
use crate::templates::Templates;

/// The column a body line ends at (a word longer than that, such as an address, stays whole).
pub const WIDTH: usize = 72;

/// The placeholders every mail template may use.
const PLACEHOLDERS: &[&str] = &[
    "name",
    "role",
    "municipality",
    "title",
    "date",
    "organizer",
    "sender",
    "contents",
    "review_by",
    "table",
];

/// A template's file name: `mail-nl.txt`, `mail-review-en.txt`.
pub fn file_name(lang: Language, review: bool) -> String {
    let kind = if review { "mail-review" } else { "mail" };
    format!("{kind}-{}.txt", lang.code())
}

/// One mail template, checked.
#[derive(Debug, Clone)]
pub struct Template {
    pub subject: String,
    /// The body's paragraphs as written, blank lines between them taken out.
    body: Vec<String>,
}

impl Template {
    /// The template of this kind and language from `templates` (a designer's folder, or the
    /// built-in ones), checked: its first line is the subject, every `{placeholder}` is known.
    /// The second value says that a designer's folder lacks it and the built-in one is used.
    pub fn load(
        templates: &Templates,
        lang: Language,
        review: bool,
    ) -> Result<(Template, Option<Diagnostic>), Diagnostic> {
        let name = file_name(lang, review);
        let (source, shown, fallback) = templates.text(&name)?;
        let note = fallback.then(|| {
            Diagnostic::argument(
                "--templates",
                crate::msg!("mail-template-missing", name = name),
            )
            .with_hint(crate::msg!("hint-mail-template-missing"))
            .into_warning()
        });
        check_placeholders(&source, &shown)?;
        let text = source.replace("\r\n", "\n");
        let (first, body) = text.split_once('\n').unwrap_or((&text, ""));
        let subject = ["Onderwerp:", "Subject:"]
            .iter()
            .find_map(|p| first.strip_prefix(p))
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let Some(subject) = subject else {
            return Err(Diagnostic::at(
                shown,
                &source,
                0..first.len(),
                crate::msg!("mail-template-subject"),
            )
            .with_hint(crate::msg!("hint-mail-template-subject")));
        };
        let body = body
            .split("\n\n")
            .map(|p| p.trim_matches('\n').to_string())
            .filter(|p| !p.trim().is_empty())
            .collect();
        Ok((
            Template {
                subject: subject.to_string(),
                body,
            },
            note,
        ))
    }

    /// Subject and body for one alderman: placeholders filled in, paragraphs wrapped at
    /// [`WIDTH`] (a single line break inside a paragraph is a space), except a paragraph of
    /// short lines (a signature, an address: every line under 40 characters as written),
    /// which keeps its lines, and the table block, whose long lines wrap with an indent.
    pub fn fill(&self, content: &Content<'_>, contact: &Contact, sender: &str) -> (String, String) {
        let record = content.record;
        let lang = content.lang;
        let table = record
            .tables
            .iter()
            .find(|t| crate::names::same(&t.municipality.value, &contact.municipality.value));
        let role = contact
            .role
            .clone()
            .unwrap_or_else(|| crate::i18n::host_role(lang).to_string());
        let values = [
            ("name", contact.name.value.clone()),
            ("role", role),
            ("municipality", contact.municipality.value.clone()),
            ("title", record.event.title.clone()),
            ("date", content.date.long.clone()),
            ("organizer", record.event.organizer.clone()),
            ("sender", sender.to_string()),
            (
                "contents",
                table.map_or_else(String::new, |t| crate::i18n::table_contents(t, lang)),
            ),
            (
                "review_by",
                record
                    .event
                    .review_by
                    .as_ref()
                    .map(|r| long_date(r.value, lang))
                    .unwrap_or_default(),
            ),
        ];
        let fill = |text: &str| substitute(text, &values);
        // The sender is often the organisation itself: sign once, not twice.
        let once = sender
            .trim()
            .eq_ignore_ascii_case(record.event.organizer.trim());
        let mut paragraphs = Vec::new();
        for p in &self.body {
            let p = if once {
                p.replace("{sender}\n{organizer}", "{sender}")
            } else {
                p.clone()
            };
            if p.trim() == "{table}" {
                let block = table.map(|t| table_text(content, t)).unwrap_or_default();
                paragraphs.push(wrap_block(&block));
            } else if p.lines().all(|l| l.chars().count() < 40) {
                paragraphs.push(fill(&p));
            } else {
                let joined: Vec<&str> = p.lines().map(str::trim).collect();
                paragraphs.push(wrap(&fill(&joined.join(" ")), "", ""));
            }
        }
        (fill(&self.subject), paragraphs.join("\n\n") + "\n")
    }
}

/// Puts each `{name}` of `values` into `text`, in one pass: what a value holds is never read
/// as a placeholder (a record's text with braces stays as it is).
fn substitute(text: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if values.iter().any(|(n, _)| *n == name) => {
                let value = values.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
                out.push_str(value.map_or("", String::as_str));
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every `{...}` of a template must be one of [`PLACEHOLDERS`]: a located error otherwise.
fn check_placeholders(source: &Arc<str>, shown: &std::path::Path) -> Result<(), Diagnostic> {
    let mut at = 0;
    while let Some(open) = source[at..].find('{').map(|i| at + i) {
        let close = source[open..].find('}').map(|i| open + i);
        let name = close.map(|c| &source[open + 1..c]);
        match name {
            Some(name) if PLACEHOLDERS.contains(&name) => at = close.map_or(open + 1, |c| c + 1),
            _ => {
                let end = close.map_or(open + 1, |c| c + 1);
                let known: Vec<String> = PLACEHOLDERS.iter().map(|p| format!("{{{p}}}")).collect();
                let written = &source[open..end];
                let hint = match name.and_then(|n| crate::load::reader::suggest(n, PLACEHOLDERS)) {
                    Some(s) => crate::msg!("hint-placeholder-near", name = format!("{{{s}}}")),
                    None => crate::msg!("hint-placeholders", names = known.join(", ")),
                };
                return Err(Diagnostic::at(
                    shown.to_path_buf(),
                    source,
                    open..end,
                    crate::msg!("mail-template-placeholder", placeholder = written),
                )
                .with_hint(hint));
            }
        }
    }
    Ok(())
}

/// Words of `text` in lines of at most [`WIDTH`] columns: the first line starts with `first`,
/// the others with `rest`.
fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        let width = line.chars().count() + usize::from(!empty) + word.chars().count();
        if !empty && width > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = rest.to_string();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out
}

/// The table block keeps its lines; a long one wraps, a list item's with two spaces.
fn wrap_block(block: &str) -> String {
    block
        .lines()
        .map(|l| match l.strip_prefix("- ") {
            _ if l.chars().count() <= WIDTH => l.to_string(),
            Some(item) => wrap(item, "- ", "  "),
            None => wrap(l, "", ""),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of a table, as plain text to answer in: question, solutions and summary, in the
/// record's language.
pub fn table_text(content: &Content<'_>, t: &crate::record::Table) -> String {
    let labels = &content.labels;
    let rule = "-".repeat(60);
    let mut out = format!("{rule}\n{}\n\n", labels["question"].to_uppercase());
    out.push_str(&t.question.0.join("\n\n"));
    out.push_str(&format!("\n\n{}\n", labels["solutions"].to_uppercase()));
    for s in &t.solutions {
        out.push_str(&format!("- {s}\n"));
    }
    if let Some(summary) = &t.summary {
        out.push_str(&format!("\n{}\n", labels["summary"].to_uppercase()));
        out.push_str(&summary.0.join("\n\n"));
        out.push('\n');
    }
    out.push_str(&rule);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole_and_lines_within_72_columns() {
        let text = "Op 1 november 2022 schoof u als wethouder van Baarn aan bij de praktijktafel \
                    \"Werkgevers helpen wethouders hun inclusie-belofte waar te maken\". Zie \
                    https://www.denormaalstezaak.nl/verslagen/2022/2022-11-01-praktijktafel-amersfoort/index.html";
        let wrapped = wrap(text, "", "");
        for line in wrapped.lines() {
            assert!(
                line.chars().count() <= WIDTH || !line.contains(' '),
                "{line}"
            );
        }
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
        let item = wrap_block(&format!("- {}", "lang woord ".repeat(12)));
        assert!(
            item.lines()
                .skip(1)
                .all(|l| l.starts_with("  ") && !l.starts_with("   ")),
            "{item}"
        );
    }

    #[test]
    fn a_value_is_never_read_as_a_placeholder() {
        let values = [("name", "{title}".to_string()), ("title", "T".to_string())];
        assert_eq!(substitute("{name} {title} {x}", &values), "{title} T {x}");
    }
}
