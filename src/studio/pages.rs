//! The studio's pages as HTML: the events by year, and an event's record (its form, which
//! `studio.js` builds) beside its live report with its problems. Every text from a record
//! or a path is escaped: user text is data, never markup.

use std::fmt::Write as _;

use super::preview::{Shown, problems_text};
use crate::diagnostics::Diagnostic;
use crate::msg;
use crate::record::Language;
use crate::web::html::escape as esc;

/// One event in the list.
pub struct Listed {
    pub year: String,
    pub slug: String,
    pub title: String,
    pub draft: bool,
    pub approved: usize,
    pub tables: usize,
    pub problems: usize,
}

pub(super) fn t(m: crate::catalog::Message, lang: Language) -> String {
    esc(&m.show(lang))
}

/// The frame of every page: language, title, the style sheet and script, the language switch.
pub(super) fn frame(lang: Language, here: &str, title: &str, body: &str) -> String {
    let code = match lang {
        Language::Nl => "nl",
        Language::En => "en",
    };
    let other = match lang {
        Language::Nl => ("en", "English"),
        Language::En => ("nl", "Nederlands"),
    };
    format!(
        "<!doctype html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title} · verslag studio</title>\
<link rel=\"stylesheet\" href=\"/static/studio.css\">\
<script src=\"/static/problems.js\" defer></script>\
<script src=\"/static/photos.js\" defer></script>\
<script src=\"/static/studio.js\" defer></script>\
<script src=\"/static/mail.js\" defer></script>\
<script src=\"/static/year.js\" defer></script>\
<script src=\"/static/publish.js\" defer></script></head><body>\
<header><a class=\"home\" href=\"/\">verslag studio</a>\
<a class=\"settings-link\" href=\"/settings\">{}</a>\
<form method=\"post\" action=\"/language\"><input type=\"hidden\" name=\"back\" value=\"{}\">\
<button name=\"lang\" value=\"{}\" lang=\"{}\">{}</button></form>\
</header><main>{body}</main></body></html>\n",
        t(msg!("studio-settings"), lang),
        esc(here),
        other.0,
        other.0,
        other.1
    )
}

pub fn events(lang: Language, root: &str, listed: &[Listed], error: Option<&str>) -> String {
    let mut body = format!("<h1>{}</h1>", t(msg!("studio-events"), lang));
    let mut year = None;
    if listed.is_empty() {
        let _ = write!(
            body,
            "<p>{}</p>",
            t(msg!("studio-no-events", dir = root), lang)
        );
    }
    for e in listed {
        if year != Some(&e.year) {
            if year.is_some() {
                body.push_str("</ul></section>");
            }
            let _ = write!(
                body,
                "<section aria-labelledby=\"y{0}\"><h2 id=\"y{0}\"><a href=\"/y/{0}/\">{0}</a></h2><ul class=\"events\">",
                esc(&e.year)
            );
            year = Some(&e.year);
        }
        let status = if e.draft {
            msg!("studio-draft")
        } else {
            msg!("studio-final")
        };
        let problems = if e.problems == 0 {
            msg!("studio-no-problems")
        } else {
            msg!("studio-problems", count = e.problems)
        };
        let _ = write!(
            body,
            "<li><a href=\"/e/{}/{}/\">{}</a> <span class=\"slug\">{}</span>\
<span class=\"facts\">{} · {} · <span class=\"{}\">{}</span></span></li>",
            esc(&e.year),
            esc(&super::guard::escaped(&e.slug)),
            esc(&e.title),
            esc(&e.slug),
            t(status, lang),
            t(
                msg!("studio-approved", approved = e.approved, tables = e.tables),
                lang
            ),
            if e.problems == 0 { "ok" } else { "bad" },
            t(problems, lang),
        );
    }
    if year.is_some() {
        body.push_str("</ul></section>");
    }
    let _ = write!(
        body,
        "<section aria-labelledby=\"new\" class=\"new\"><h2 id=\"new\">{}</h2>\
<form method=\"post\" action=\"/new\">{}\
<label>{} <input name=\"date\" type=\"date\" required></label>\
<label>{} <input name=\"name\" required pattern=\"[a-z0-9\\-]+\" placeholder=\"praktijktafel-soest\"></label>\
<button>{}</button></form></section>",
        t(msg!("studio-new"), lang),
        error.map_or(String::new(), |e| format!(
            "<p class=\"bad\" role=\"alert\">{}</p>",
            esc(e)
        )),
        t(msg!("studio-new-date"), lang),
        t(msg!("studio-new-name"), lang),
        t(msg!("studio-new-create"), lang),
    );
    frame(lang, "/", &t(msg!("studio-events"), lang), &body)
}

/// An event's page: its title, the link to the PDF and the live view.
pub fn event(lang: Language, year: &str, slug: &str, title: &str, shown: &Shown) -> String {
    let base = format!("/e/{}/{}", esc(year), esc(&super::guard::escaped(slug)));
    let body = format!(
        "<p><a href=\"/\">{}</a></p><h1>{}</h1><div class=\"sides\">\
<section id=\"record\" class=\"record\" aria-labelledby=\"record-h\" data-record=\"{base}/record\" data-form=\"/form.json\">\
<h2 id=\"record-h\">{}</h2><p id=\"save-state\" class=\"save-state\" role=\"status\"></p>\
<div id=\"notice\" class=\"notice\" role=\"alert\"></div>\
<noscript><p>{}</p></noscript><form id=\"form\" novalidate></form></section>\
<section class=\"report\" aria-labelledby=\"report-h\"><h2 id=\"report-h\">{}</h2>\
<p><a href=\"{base}/report.pdf\">{}</a></p>\
<div id=\"view\" data-live=\"{base}/live\" data-fragment=\"{base}/view\" data-generation=\"{}\">{}</div></section></div>",
        t(msg!("studio-back"), lang),
        esc(title),
        t(msg!("studio-form-heading"), lang),
        t(msg!("studio-form-noscript"), lang),
        t(msg!("studio-report-heading"), lang),
        t(msg!("studio-report-pdf"), lang),
        shown.generation,
        view(lang, &base, shown)
    );
    let here = format!("/e/{year}/{}/", super::guard::escaped(slug));
    frame(lang, &here, &esc(title), &body)
}

/// The live part of an event's page: its state, its problems and its pages.
pub fn view(lang: Language, base: &str, shown: &Shown) -> String {
    let mut out = String::new();
    let state = if shown.rendering && shown.pages.is_empty() {
        Some(msg!("studio-rendering"))
    } else if shown.failed {
        Some(msg!("studio-failed"))
    } else {
        None
    };
    let _ = write!(
        out,
        "<p class=\"state\" role=\"status\">{}</p>",
        state.map_or(String::new(), |m| t(m, lang))
    );
    if !shown.problems.is_empty() {
        let _ = write!(
            out,
            "<section class=\"problems\" aria-labelledby=\"ph\"><h2 id=\"ph\">{}</h2><ol>",
            t(msg!("studio-problems-heading"), lang),
        );
        for d in &shown.problems {
            problem(&mut out, d, lang);
        }
        out.push_str("</ol></section>");
    }
    if let Some(r) = &shown.round {
        round(&mut out, r, lang);
    }
    out.push_str("<ol class=\"pages\">");
    let count = shown.pages.len();
    for n in 1..=count {
        let _ = write!(
            out,
            "<li><img src=\"{base}/page/{n}.svg?g={}\" alt=\"{}\"></li>",
            shown.generation,
            t(msg!("studio-page", n = n, count = count), lang)
        );
    }
    out.push_str("</ol>");
    out
}

/// Where the review round stands, as `verslag status` says it: per table its approval or
/// review mail, and the final mail.
fn round(out: &mut String, r: &crate::mail::round::Round, lang: Language) {
    use crate::mail::round::local;
    let status = if r.is_draft() {
        msg!("status-draft")
    } else {
        msg!("status-final")
    };
    let review = r.review_by.as_ref().map_or(String::new(), |day| {
        t(msg!("status-review", day = day.as_str()), lang)
    });
    let approved = r.tables.iter().filter(|t| t.approved.is_some()).count();
    let status = capitalized(&status.show(lang));
    let _ = write!(
        out,
        "<section class=\"round\" aria-labelledby=\"round-h\"><h2 id=\"round-h\">{}</h2><p>{}</p><ul>",
        t(msg!("studio-round-heading"), lang),
        t(
            msg!(
                "studio-round-state",
                status = &status,
                review = review,
                approved = approved,
                tables = r.tables.len()
            ),
            lang
        ),
    );
    for (i, table) in r.tables.iter().enumerate() {
        let review = match (&table.approved, &table.approved_note, &table.review_sent) {
            (Some(day), Some(note), _) => {
                msg!("status-approved-note", day = day.as_str(), note = note)
            }
            (Some(day), None, _) => msg!("status-approved", day = day.as_str()),
            (None, _, Some(time)) => {
                msg!("status-review-sent", time = local(time), host = &table.host)
            }
            (None, _, None) => msg!("status-no-review-sent", host = &table.host),
        };
        let mail = match (table.mail, &table.mail_sent) {
            (Some("sent"), Some(time)) => Some(msg!("status-mailed-at", time = local(time))),
            (Some("sent"), None) => Some(msg!("status-mailed")),
            (Some(_), _) => Some(msg!("status-maybe-delivered")),
            (None, _) if !r.is_draft() => Some(msg!("status-not-mailed")),
            (None, _) => None,
        };
        // An open table is approved from here as in the form: the day, then how.
        let approve = if table.approved.is_none() {
            format!(
                "<br><button type=\"button\" class=\"secondary approve\" data-table=\"{i}\">{}</button>",
                t(
                    msg!("studio-round-approve", municipality = &table.municipality),
                    lang
                )
            )
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<li><strong>{}</strong> · {}<br>{}{}{approve}</li>",
            esc(&table.municipality),
            esc(&table.host),
            t(review, lang),
            mail.map_or(String::new(), |m| format!("<br>{}", t(m, lang)))
        );
    }
    out.push_str("</ul>");
    if r.is_draft() && r.tables.iter().all(|t| t.approved.is_some()) {
        let _ = write!(
            out,
            "<p><button type=\"button\" class=\"make-final\">{}</button></p>",
            t(msg!("studio-round-make-final"), lang)
        );
    }
    for (step, held) in [
        (msg!("studio-round-review-mail"), &r.gates.review),
        (msg!("studio-round-final-mail"), &r.gates.final_mail),
    ] {
        let why: Vec<String> = held
            .iter()
            .map(|d| {
                let hint = d.hint.as_ref().map_or(String::new(), |h| {
                    format!(
                        " {} {}",
                        t(msg!("studio-form-tip"), lang),
                        t((**h).clone(), lang)
                    )
                });
                format!("{}{hint}", t(d.message.clone(), lang))
            })
            .collect();
        let said = if why.is_empty() {
            t(msg!("studio-round-may", step = step), lang)
        } else {
            t(msg!("studio-round-not-yet", step = step), lang)
        };
        let _ = write!(out, "<p class=\"gate\"><strong>{said}</strong>");
        for w in why {
            let _ = write!(out, "<br>{w}");
        }
        out.push_str("</p>");
    }
    // The mail of the present step goes here: `mail.js` puts its section in this place; the
    // website step after it (`publish.js`).
    out.push_str("<div class=\"mail-slot\"></div><div class=\"publish-slot\"></div></section>");
}

/// One problem as `check` prints it; with its key, message and tip as data for the form,
/// which shows it at its field, and a link there.
fn problem(out: &mut String, d: &Diagnostic, lang: Language) {
    let class = if d.warning { "warn" } else { "bad" };
    let _ = write!(
        out,
        "<li class=\"{class}\" data-message=\"{}\" data-hint=\"{}\"",
        esc(&d.message.show(lang)),
        d.hint
            .as_ref()
            .map_or(String::new(), |h| esc(&h.show(lang))),
    );
    if let Some(key) = &d.key {
        let _ = write!(out, " data-key=\"{}\"", esc(key));
    }
    let _ = write!(
        out,
        "><pre>{}</pre>",
        esc(&problems_text(std::slice::from_ref(d), lang))
    );
    if let Some(key) = &d.key {
        let _ = write!(
            out,
            "<a class=\"to-field\" href=\"#{}\">{}</a>",
            esc(&field_id(key)),
            t(msg!("studio-problem-to-field"), lang)
        );
    }
    out.push_str("</li>");
}

/// `text` with its first letter a capital: a catalog's message, which runs on in a command's
/// line, as a sentence of its own on a page.
pub(super) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// The id the form gives the field of `key`, as `studio.js`'s `idOf`.
fn field_id(key: &str) -> String {
    let mut id = String::from("f-");
    let mut run = false;
    for c in key.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
            run = false;
        } else if !run {
            id.push('-');
            run = true;
        }
    }
    if run {
        id.pop();
    }
    id
}

/// A short page for a refused or unknown request.
pub fn refused(lang: Language, text: &str) -> String {
    frame(
        lang,
        "/",
        "verslag studio",
        &format!("<h1>verslag studio</h1><p>{}</p>", esc(text)),
    )
}
