//! `verslag completions SHELL` and `verslag man`: shell completion scripts and manual pages,
//! generated from the same command-line definition as `--help`.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::{Cli, Format};

/// Prints the completion script for `shell` to stdout.
pub fn completions(shell: clap_complete::Shell) -> i32 {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "verslag", &mut script);
    print_bytes(&script)
}

/// Writes to stdout; a closed pipe or full disk is exit code 1, not a panic.
pub fn print_bytes(bytes: &[u8]) -> i32 {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

/// The manual pages: `verslag.1` first, then one per command (`verslag-build.1`, ...).
pub fn pages() -> Vec<(String, Vec<u8>)> {
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
pub fn man(dir: Option<&Path>) -> i32 {
    let pages = pages();
    let Some(dir) = dir else {
        let main = pages
            .first()
            .map(|(_, text)| text.as_slice())
            .unwrap_or_default();
        return print_bytes(main);
    };
    for (name, text) in &pages {
        let path = dir.join(name);
        if let Err(d) = crate::fsx::write_atomic(&path, text) {
            crate::check::print_problems(&[d], Format::Full);
            return 1;
        }
        println!("{}", path.display());
    }
    0
}
