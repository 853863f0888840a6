//! `verslag completions SHELL`, `verslag man` and `verslag schema`: shell completion scripts,
//! manual pages and the record's JSON Schema, generated from verslag's own definitions.

use std::path::Path;

use crate::console;
use crate::diagnostics::Outcome;
use crate::msg;
use crate::record::Language;

/// Prints the completion script for `shell` to stdout.
pub fn completions(shell: clap_complete::Shell) -> Outcome {
    // A completion script has no text to translate.
    let mut cmd = crate::cli::help::command(Language::En);
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "verslag", &mut script);
    console::bytes(&script)
}

/// `verslag schema [--year] [--output FILE]`.
pub fn schema(output: Option<&Path>, year: bool) -> Outcome {
    let text = if year {
        crate::schema::year_json()
    } else {
        crate::schema::json()
    };
    match output {
        None => console::bytes(text.as_bytes()),
        Some(path) => {
            crate::fsx::write_atomic(path, text.as_bytes())?;
            console::result(path.display());
            Ok(())
        }
    }
}

/// The manual pages in `lang`: `verslag.1` first, then one per command (`verslag-build.1`, ...).
fn pages(lang: Language) -> Vec<(String, Vec<u8>)> {
    fn walk(cmd: &clap::Command, lang: Language, out: &mut Vec<(String, Vec<u8>)>) {
        let manual = msg!("cli-man-manual").show(lang);
        let man = clap_mangen::Man::new(cmd.clone()).manual(manual);
        let mut text = Vec::new();
        if man.render(&mut text).is_ok() {
            out.push((man.get_filename(), headings(&text, lang)));
        }
        // `help` is a command for the terminal; its page would only repeat the others.
        let subs = cmd.get_subcommands();
        for sub in subs.filter(|s| !s.is_hide_set() && s.get_name() != "help") {
            walk(sub, lang, out);
        }
    }
    let mut out = Vec::new();
    walk(&crate::cli::help::command(lang), lang, &mut out);
    out
}

/// clap_mangen's section headings (`.SH NAME`, ...) in the catalog's words, and the page in
/// ASCII.
fn headings(roff: &[u8], lang: Language) -> Vec<u8> {
    let text = String::from_utf8_lossy(roff);
    let heading = |name: &str| -> Option<crate::catalog::Message> {
        Some(match name {
            "NAME" => msg!("cli-man-name"),
            "SYNOPSIS" => msg!("cli-man-synopsis"),
            "DESCRIPTION" => msg!("cli-man-description"),
            "OPTIONS" => msg!("cli-man-options"),
            "SUBCOMMANDS" => msg!("cli-man-commands"),
            "EXTRA" => msg!("cli-man-extra"),
            "VERSION" => msg!("cli-man-version"),
            "AUTHORS" => msg!("cli-man-authors"),
            _ => return None,
        })
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let name = line.trim_end().strip_prefix(".SH ");
        match name.and_then(|n| heading(n.trim_matches('"'))) {
            Some(m) => out += &format!(".SH \"{}\"\n", m.show(lang)),
            None => out += line,
        }
    }
    // Letters beyond ASCII (één) as groff's own escapes: groff reads a page as Latin-1 unless
    // told otherwise, and `man -l` on some systems does not tell it.
    let mut escaped = String::with_capacity(out.len());
    for c in out.chars() {
        if c.is_ascii() {
            escaped.push(c);
        } else {
            escaped += &format!("\\[u{:04X}]", u32::from(c));
        }
    }
    escaped.into_bytes()
}

/// Prints `verslag.1`, or writes every page to `dir` (atomically, one file per page).
pub fn man(dir: Option<&Path>) -> Outcome {
    let pages = pages(crate::catalog::language());
    let Some(dir) = dir else {
        let main = pages
            .first()
            .map(|(_, text)| text.as_slice())
            .unwrap_or_default();
        return console::bytes(main);
    };
    for (name, text) in &pages {
        let path = dir.join(name);
        crate::fsx::write_atomic(&path, text)?;
        console::result(path.display());
    }
    Ok(())
}
