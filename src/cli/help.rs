//! The command line in the run's language: every about, argument help, value name and heading
//! of clap's command tree from the catalog (`help-*`, `cli-*`), clap's own words replaced.

use std::collections::BTreeSet;

use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use crate::catalog;
use crate::msg;
use crate::record::Language;

/// The command tree with its help in `lang`.
pub fn command(lang: Language) -> Command {
    walked(lang).0
}

/// The catalog's texts as the walk looks them up: which ids it found, which it lacked.
struct Texts {
    lang: Language,
    used: BTreeSet<String>,
    missing: Vec<String>,
}

impl Texts {
    fn find(&mut self, id: &str) -> Option<String> {
        let text = catalog::text(self.lang, id)?;
        self.used.insert(id.to_string());
        Some(text)
    }

    fn need(&mut self, id: &str) -> String {
        self.find(id).unwrap_or_else(|| {
            self.missing.push(id.to_string());
            id.to_string()
        })
    }
}

fn walked(lang: Language) -> (Command, Texts) {
    let mut texts = Texts {
        lang,
        used: BTreeSet::new(),
        missing: Vec::new(),
    };
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(texts.need("help-version"));
    let root = Cli::command().disable_version_flag(true).arg(version);
    let mut root = localise(root, "help", &mut texts);
    root.build();
    let options = msg!("cli-options").show(lang);
    let root = with_usage(root, &options);
    (root, texts)
}

/// One command and, below it, its subcommands: texts from `<path>-…`, own help argument, and
/// a help template whose headings are the catalog's.
fn localise(cmd: Command, path: &str, texts: &mut Texts) -> Command {
    let lang = texts.lang;
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(texts.need("help-any-help"));
    let mut cmd = cmd
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(help)
        .about(texts.need(&format!("{path}-about")))
        .subcommand_value_name(texts.need("help-value-command"));
    if let Some(long) = texts.find(&format!("{path}-long-about")) {
        cmd = cmd.long_about(long);
    }
    if let Some(after) = texts.find(&format!("{path}-after")) {
        cmd = cmd.after_help(after);
    }
    cmd = cmd.mut_args(|arg| localise_arg(arg, path, texts));
    let has_commands = cmd.has_subcommands();
    let has_positionals = cmd.get_positionals().next().is_some();
    cmd = cmd.help_template(template(lang, has_commands, has_positionals));
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        localise(sub, &format!("{path}-{name}"), texts)
    })
}

fn template(lang: Language, commands: bool, positionals: bool) -> String {
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        msg!("cli-heading-usage").show(lang)
    );
    if commands {
        t += &format!(
            "\n\n{}\n{{subcommands}}",
            msg!("cli-heading-commands").show(lang)
        );
    }
    if positionals {
        t += &format!(
            "\n\n{}\n{{positionals}}",
            msg!("cli-heading-arguments").show(lang)
        );
    }
    t += &format!(
        "\n\n{}\n{{options}}{{after-help}}",
        msg!("cli-heading-options").show(lang)
    );
    t
}

/// An argument's help (`<path>-<id>`, else `help-any-<id>`), its value name, and clap's
/// `[default: …]`, `[possible values: …]` and `[env: …]` in the catalog's words.
fn localise_arg(arg: Arg, path: &str, texts: &mut Texts) -> Arg {
    let lang = texts.lang;
    let id = arg.get_id().as_str().replace('_', "-");
    if matches!(id.as_str(), "help" | "version") {
        return arg;
    }
    let mut help = texts
        .find(&format!("{path}-{id}"))
        .unwrap_or_else(|| texts.need(&format!("help-any-{id}")));
    let mut arg = arg;
    if arg.get_action().takes_values() {
        let name = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map(|n| n.as_str().to_string())
            .unwrap_or_else(|| id.clone());
        let key = name.to_lowercase().replace(['/', '_'], "-");
        arg = arg.value_name(texts.need(&format!("help-value-{key}")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        let value = defaults.join(", ");
        help += &format!(" {}", msg!("cli-default", value = value).show(lang));
    }
    let possible: Vec<String> = arg
        .get_value_parser()
        .possible_values()
        .map(|values| {
            values
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect()
        })
        .unwrap_or_default();
    if !possible.is_empty() && arg.get_action().takes_values() {
        let values = possible.join(", ");
        help += &format!(" {}", msg!("cli-possible", values = values).show(lang));
    }
    if let Some(env) = arg.get_env() {
        let name = env.to_string_lossy().into_owned();
        help += &format!(" {}", msg!("cli-env", name = name).show(lang));
    }
    let takes_values = arg.get_action().takes_values();
    let arg = arg.help(help).hide_env(true);
    if takes_values {
        arg.hide_default_value(true).hide_possible_values(true)
    } else {
        arg
    }
}

/// Each command's usage line with `[OPTIONS]` in the catalog's words; the tree must be built.
fn with_usage(mut cmd: Command, options: &str) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .replace("[OPTIONS]", options);
    cmd = std::mem::take(&mut cmd).override_usage(usage);
    cmd.mut_subcommands(|sub| with_usage(sub, options))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text the walk needs is in both catalogs, and every `help-` text in a
    /// catalog is one the walk uses.
    #[test]
    fn every_help_text_is_in_both_languages_and_used() {
        for lang in [Language::Nl, Language::En] {
            let (_, texts) = walked(lang);
            assert!(
                texts.missing.is_empty(),
                "{lang:?} lacks {:?}",
                texts.missing
            );
            let defined: BTreeSet<String> = catalog::source(lang)
                .lines()
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
                .filter(|id| id.starts_with("help-") && !id.contains(' '))
                .collect();
            let unused: Vec<_> = defined.difference(&texts.used).collect();
            assert!(unused.is_empty(), "{lang:?}: no command uses {unused:?}");
        }
    }

    #[test]
    fn the_dutch_help_has_none_of_clap_s_english_words() {
        let mut cmd = command(Language::Nl);
        let mut all = vec![cmd.render_long_help().to_string()];
        for sub in cmd.get_subcommands_mut() {
            all.push(sub.render_long_help().to_string());
        }
        for help in all {
            for word in [
                "Usage",
                "Commands:",
                "Options:",
                "Print help",
                "[default",
                "possible",
            ] {
                assert!(!help.contains(word), "{word:?} in\n{help}");
            }
        }
    }

    #[test]
    fn the_clap_tree_is_sound_in_both_languages() {
        for lang in [Language::Nl, Language::En] {
            command(lang).debug_assert();
        }
    }
}
