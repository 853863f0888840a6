//! verslag as a library: the pipeline from record to report, mail and archive, and the
//! commands over it.
//!
//! The layers, each depending only on those below it:
//! - `main.rs` parses the command line and calls [`run`]; `cli` defines it, `commands` holds one
//!   thin module per command and the one place that prints a failure and picks the exit code;
//! - the outputs: `report` (one event's PDF), `mail`, `archive`;
//! - the steps: `load` (the record, parsed then checked), `photos`, `render` (Typst), `inputs` (what a
//!   report is made from), `brand`, `templates`, `fonts`, `schema`, `new`;
//! - the ground: `record`, `diagnostics` (the one error family), `console` (what is printed),
//!   `fsx` (atomic writes), `lock`, `i18n`, `page` (the page geometry).
//!
//! The modules are public so that `fuzz/` and `examples/` can reach the loader and the photo
//! pipeline; they are not a stable API.

pub mod archive;
pub mod brand;
pub mod cli;
pub mod commands;
pub mod console;
pub mod diagnostics;
pub mod fonts;
pub mod fsx;
pub mod i18n;
pub mod inputs;
pub mod load;
pub mod lock;
pub mod mail;
pub mod names;
pub mod new;
pub mod page;
pub mod photos;
pub mod record;
pub mod render;
pub mod report;
pub mod schema;
pub mod templates;
pub mod web;
pub mod year;
pub mod yearbook;

/// Runs one parsed command line; returns the process exit code.
pub fn run(cli: cli::Cli) -> i32 {
    commands::dispatch(cli)
}
