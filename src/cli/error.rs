//! A mistake in the command line, told in the run's language: clap finds it, the catalog words
//! it (`cli-error-*`), with clap's suggestion, the usage and where to read more.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::catalog::Message;
use crate::msg;
use crate::record::Language;

/// Prints the help, the version or the mistake `e` (to stdout or stderr, as clap would) and
/// returns the exit code.
pub fn print(e: &Error, lang: Language) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // A closed pipe (`verslag --help | head -1`) is not a mistake of the user's.
            let _ = e.print();
            e.exit_code()
        }
        _ => {
            let text = render(e, lang);
            let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
            2
        }
    }
}

fn string(e: &Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        _ => None,
    }
}

fn strings(e: &Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// The first line (or lines) of the mistake, in the catalog's words.
fn headline(e: &Error) -> Message {
    let arg = string(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(e, ContextKind::InvalidValue).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument => msg!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            let name = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            msg!("cli-error-unknown-command", name = name)
        }
        ErrorKind::InvalidValue if value.is_empty() => msg!("cli-error-empty-value", arg = arg),
        ErrorKind::InvalidValue => msg!("cli-error-invalid-value", value = value, arg = arg),
        ErrorKind::ValueValidation => {
            let source = std::error::Error::source(e);
            let int = source.and_then(|s| s.downcast_ref::<std::num::ParseIntError>());
            // A whole number clap's range refused (a year of 99999) is too large.
            let number = value.trim().parse::<i128>().ok();
            match (int, number) {
                (Some(p), _) if *p.kind() == std::num::IntErrorKind::PosOverflow => {
                    msg!("cli-error-number-too-large", value = value, arg = arg)
                }
                (_, Some(n)) if n > 0 => {
                    msg!("cli-error-number-too-large", value = value, arg = arg)
                }
                (Some(_), _) => msg!("cli-error-not-a-number", value = value, arg = arg),
                _ => {
                    let detail = source.map(|s| s.to_string()).unwrap_or_default();
                    let head = msg!("cli-error-invalid-value", value = value, arg = arg);
                    Message::Plain(format!("{head}: {detail}"))
                }
            }
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(e, ContextKind::PriorArg);
            if prior.len() == 1 && prior[0] == arg {
                msg!("cli-error-twice", arg = arg)
            } else {
                let prior = prior
                    .iter()
                    .map(|p| format!("'{p}'"))
                    .collect::<Vec<_>>()
                    .join(", ");
                msg!("cli-error-conflict", arg = arg, prior = prior)
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let mut lines = msg!("cli-error-missing").to_string();
            for a in strings(e, ContextKind::InvalidArg) {
                lines += &format!("\n  {a}");
            }
            Message::Plain(lines)
        }
        ErrorKind::MissingSubcommand => {
            let name = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            let commands = strings(e, ContextKind::ValidSubcommand).join(", ");
            msg!(
                "cli-error-missing-command",
                name = name,
                commands = commands
            )
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            msg!("cli-error-too-many", value = value, arg = arg)
        }
        ErrorKind::InvalidUtf8 => msg!("cli-error-utf8"),
        _ => {
            // clap's own first line, without its "error: ".
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            let detail = first.strip_prefix("error: ").unwrap_or(first).to_string();
            msg!("cli-error-other", detail = detail)
        }
    }
}

/// The whole text: the mistake, clap's suggestions as tips, the usage, and where to read more.
fn render(e: &Error, lang: Language) -> String {
    let error = msg!("word-error").show(lang);
    let hint = msg!("word-hint").show(lang);
    let mut out = format!("{error}: {}\n", headline(e).show(lang));
    let mut tips = Vec::new();
    if e.kind() == ErrorKind::InvalidValue {
        let values = strings(e, ContextKind::ValidValue);
        if !values.is_empty() {
            let values = values.join(", ");
            tips.push(msg!("cli-possible-values", values = values));
        }
    }
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        for name in strings(e, kind) {
            tips.push(msg!("cli-did-you-mean", name = name));
        }
    }
    let arg = string(e, ContextKind::InvalidArg).unwrap_or_default();
    if e.kind() == ErrorKind::UnknownArgument && tips.is_empty() && arg.starts_with('-') {
        tips.push(msg!("cli-as-value", arg = arg));
    }
    if !tips.is_empty() {
        out += "\n";
    }
    for tip in tips {
        out += &format!("  {hint}: {}\n", tip.show(lang));
    }
    if let Some(usage) = string(e, ContextKind::Usage) {
        let usage = usage.trim_start();
        let usage = usage.split_once(' ').map_or(usage, |(_, rest)| rest);
        let heading = msg!("cli-heading-usage").show(lang);
        out += &format!("\n{heading} {usage}\n");
        let path: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<']))
            .collect();
        let help = format!("{} --help", path.join(" "));
        out += &format!("\n{}\n", msg!("cli-more", help = help).show(lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mistake(lang: Language, args: &[&str]) -> String {
        let e = super::super::help::command(lang)
            .try_get_matches_from(args)
            .expect_err("a mistake");
        render(&e, lang)
    }

    #[test]
    fn a_mistake_is_told_in_the_run_s_language_with_a_tip_and_the_usage() {
        let nl = mistake(Language::Nl, &["verslag", "bild", "x"]);
        assert!(nl.starts_with("fout: "), "{nl}");
        assert!(nl.contains("'build'"), "{nl}");
        let en = mistake(Language::En, &["verslag", "build", "--ouput", "x", "y"]);
        assert!(
            en.starts_with("error: unexpected argument '--ouput'"),
            "{en}"
        );
        assert!(en.contains("'verslag build --help'"), "{en}");
    }

    #[test]
    fn a_year_that_is_not_a_number_says_so() {
        let nl = mistake(Language::Nl, &["verslag", "archive", "twee"]);
        let en = mistake(Language::En, &["verslag", "archive", "twee"]);
        assert!(en.contains("not a whole number"), "{en}");
        assert!(!nl.contains("invalid"), "{nl}");
        let big = mistake(Language::En, &["verslag", "archive", "99999"]);
        assert!(big.contains("too large"), "{big}");
    }
}
