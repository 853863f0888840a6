//! `verslag completions SHELL`, `verslag man` and `verslag schema`: shell completion scripts,
//! manual pages and the record's JSON Schema, generated from verslag's own definitions.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::console;
use crate::diagnostics::Outcome;

/// Prints the completion script for `shell` to stdout.
pub fn completions(shell: clap_complete::Shell) -> Outcome {
    let mut cmd = Cli::command();
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

/// The manual pages: `verslag.1` first, then one per command (`verslag-build.1`, ...).
fn pages() -> Vec<(String, Vec<u8>)> {
    fn walk(cmd: clap::Command, out: &mut Vec<(String, Vec<u8>)>) {
        let man = clap_mangen::Man::new(cmd.clone()).manual("verslag manual");
        let mut text = Vec::new();
        if man.render(&mut text).is_ok() {
            out.push((man.get_filename(), text));
        }
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub.clone(), out);
        }
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(cmd, &mut out);
    out
}

/// Prints `verslag.1`, or writes every page to `dir` (atomically, one file per page).
pub fn man(dir: Option<&Path>) -> Outcome {
    let pages = pages();
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
