//! Which language verslag speaks: `--lang nl|en`, else `VERSLAG_LANG`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`; on Windows and macOS the user's language), else English.
//! The report's own language follows its record, never this.

use crate::record::Language;

/// `--lang X` or `--lang=X` from the command line, found before anything else is parsed
/// (so that even a mistake in the other arguments is told in the right language).
pub fn from_args<I: IntoIterator<Item = String>>(args: I) -> Option<String> {
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return args.next();
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// The language from `--lang` (when given) or the environment (`get` reads a variable).
/// An unknown `--lang` or `VERSLAG_LANG` is an error that names the two languages.
pub fn choose(arg: Option<&str>, get: impl Fn(&str) -> Option<String>) -> Result<Language, String> {
    if let Some(a) = arg {
        return named(a).ok_or_else(|| unknown("--lang", a));
    }
    if let Some(v) = get("VERSLAG_LANG").filter(|v| !v.is_empty()) {
        return named(&v).ok_or_else(|| unknown("VERSLAG_LANG", &v));
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = get(var).filter(|v| !v.is_empty()) {
            return Ok(of_locale(&v));
        }
    }
    Ok(system().map_or(Language::En, |l| of_locale(&l)))
}

fn named(v: &str) -> Option<Language> {
    match v.trim().to_ascii_lowercase().as_str() {
        "nl" => Some(Language::Nl),
        "en" => Some(Language::En),
        _ => None,
    }
}

/// Both languages say it: the one who typed it may read either.
fn unknown(what: &str, v: &str) -> String {
    format!(
        "{what} {v:?}: verslag speaks nl (Nederlands) and en (English) / verslag spreekt nl en en"
    )
}

/// A locale's language: any `nl*` is Dutch; `C`, `POSIX` and every other one English.
fn of_locale(v: &str) -> Language {
    if v.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("nl")) {
        Language::Nl
    } else {
        Language::En
    }
}

#[cfg(any(windows, target_os = "macos"))]
fn system() -> Option<String> {
    sys_locale::get_locale()
}

#[cfg(not(any(windows, target_os = "macos")))]
fn system() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_language_is_chosen_in_order_and_locales_are_read_as_documented() {
        use Language::{En, Nl};
        assert_eq!(choose(Some("nl"), env(&[("VERSLAG_LANG", "en")])), Ok(Nl));
        assert_eq!(
            choose(None, env(&[("VERSLAG_LANG", "nl"), ("LANG", "C")])),
            Ok(Nl)
        );
        assert_eq!(
            choose(None, env(&[("VERSLAG_LANG", ""), ("LANG", "nl_NL.UTF-8")])),
            Ok(Nl)
        );
        for (locale, lang) in [
            ("nl_NL.UTF-8", Nl),
            ("nl_BE", Nl),
            ("nl-NL", Nl),
            ("C", En),
            ("POSIX", En),
            ("C.UTF-8", En),
            ("de_DE.UTF-8", En),
        ] {
            assert_eq!(
                choose(None, env(&[("LC_ALL", locale)])),
                Ok(lang),
                "{locale}"
            );
        }
        // LC_ALL before LC_MESSAGES before LANG; an empty one is skipped, LANGUAGE ignored.
        let vars = [("LC_ALL", ""), ("LC_MESSAGES", "nl_NL"), ("LANG", "en_GB")];
        assert_eq!(choose(None, env(&vars)), Ok(Nl));
        assert_eq!(
            choose(None, env(&[("LANGUAGE", "nl"), ("LANG", "en_US")])),
            Ok(En)
        );
        let err = choose(Some("fr"), env(&[])).unwrap_err();
        assert!(err.contains("nl") && err.contains("en"), "{err}");
        assert!(choose(None, env(&[("VERSLAG_LANG", "de")])).is_err());
    }

    #[test]
    fn lang_is_found_in_the_arguments_before_they_are_parsed() {
        let args = |a: &[&str]| from_args(a.iter().map(|s| s.to_string()));
        assert_eq!(
            args(&["verslag", "--lang", "nl", "check"]).as_deref(),
            Some("nl")
        );
        assert_eq!(
            args(&["verslag", "check", "--lang=en"]).as_deref(),
            Some("en")
        );
        assert_eq!(args(&["verslag", "check", "--", "--lang"]), None);
        assert_eq!(args(&["verslag", "check"]), None);
    }
}
