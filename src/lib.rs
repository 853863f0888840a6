//! verslag as a library: the pipeline from record to report, web article, mail, archive
//! and yearbook, and the commands over it.
//!
//! The layers are stated once, in the README's layer table ("How the code is laid out"):
//! each module uses only those of its own row and the rows below it, and the test
//! `tests/cli/layering.rs` holds the code to it. The modules that `main.rs`, `fuzz/` and
//! `examples/` reach are public; they are not a stable API.

pub(crate) mod archive;
pub(crate) mod assets;
pub mod brand;
pub(crate) mod cache;
pub mod catalog;
pub mod cli;
pub(crate) mod commands;
pub(crate) mod console;
pub mod content;
pub mod diagnostics;
pub(crate) mod digest;
pub(crate) mod edit;
pub(crate) mod fonts;
pub mod fsx;
pub(crate) mod i18n;
pub(crate) mod inputs;
pub mod load;
pub(crate) mod lock;
pub(crate) mod mail;
pub(crate) mod names;
pub(crate) mod new;
pub(crate) mod page;
pub mod photos;
pub(crate) mod publish;
pub(crate) mod record;
pub mod render;
pub mod report;
pub(crate) mod schema;
pub(crate) mod settings;
pub(crate) mod studio;
pub(crate) mod templates;
pub(crate) mod typography;
pub(crate) mod web;
pub(crate) mod year;
pub(crate) mod yearbook;

/// Runs one parsed command line; returns the process exit code.
pub fn run(cli: cli::Cli) -> i32 {
    commands::dispatch(cli)
}
