//! The studio's settings page: the brand file and the mail server's address for this events
//! folder, kept by `settings` between runs; a `--brand` given to this run wins, and says so.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::pages::{capitalized, frame, t};
use crate::msg;
use crate::record::Language;
use crate::settings::Settings;
use crate::web::html::escape as esc;

/// The page, with what was typed (kept after a refusal) and what became of the last save.
pub fn page(
    lang: Language,
    events: &str,
    s: &Settings,
    cli_brand: bool,
    said: Option<Result<(), String>>,
) -> String {
    let mut body = format!(
        "<h1>{}</h1><p>{}</p>",
        t(msg!("studio-settings"), lang),
        t(msg!("studio-settings-intro", events = events), lang)
    );
    match said {
        Some(Ok(())) => {
            let _ = write!(
                body,
                "<p class=\"ok\" role=\"status\">{}</p>",
                t(msg!("studio-settings-saved"), lang)
            );
        }
        Some(Err(why)) => {
            let why = capitalized(&why);
            let _ = write!(body, "<p class=\"bad\" role=\"alert\">{}</p>", esc(&why));
        }
        None => {}
    }
    if cli_brand {
        let _ = write!(
            body,
            "<p class=\"note\">{}</p>",
            t(msg!("studio-settings-cli-wins", flag = "--brand"), lang)
        );
    }
    let brand = s
        .brand
        .as_ref()
        .map_or(String::new(), |b| b.display().to_string());
    let smtp = s.smtp_url.clone().unwrap_or_default();
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/settings\" class=\"settings\">\
<p><label for=\"brand\">{}</label><br><input id=\"brand\" name=\"brand\" value=\"{}\" aria-describedby=\"brand-help\" spellcheck=\"false\">\
<br><span id=\"brand-help\" class=\"help\">{}</span></p>\
<p><label for=\"smtp\">{}</label><br><input id=\"smtp\" name=\"smtp\" value=\"{}\" aria-describedby=\"smtp-help\" spellcheck=\"false\" autocomplete=\"off\">\
<br><span id=\"smtp-help\" class=\"help\">{}</span></p>\
<p><button>{}</button></p></form>",
        t(msg!("studio-settings-brand"), lang),
        esc(&brand),
        t(msg!("studio-settings-brand-help"), lang),
        t(msg!("studio-settings-smtp"), lang),
        esc(&smtp),
        t(msg!("studio-settings-smtp-help"), lang),
        t(msg!("studio-settings-save"), lang),
    );
    frame(lang, "/settings", &t(msg!("studio-settings"), lang), &body)
}

/// The settings a submitted form asks for: an empty field is no setting.
pub fn from_form(form: &[(String, String)]) -> Settings {
    let get = |k: &str| {
        form.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    Settings {
        brand: get("brand").map(PathBuf::from),
        smtp_url: get("smtp"),
    }
}
