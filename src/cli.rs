//! The command line: every subcommand and flag, with help an organiser understands.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "verslag",
    version,
    about = "Turn an event record (event.toml + photos) into a branded PDF report",
    long_about = "verslag turns the record of an event - one event.toml and its photos - into a \
                  branded, printable PDF report.\n\nStart with `verslag check EVENT` to find \
                  mistakes in a record, then `verslag build EVENT` to make the PDF."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check event records and report every problem, without writing anything
    #[command(
        after_help = "Example:\n  verslag check events/2022/2022-11-01-praktijktafel-amersfoort"
    )]
    Check {
        /// Event folders (or their event.toml files)
        #[arg(required = true, value_name = "EVENT")]
        events: Vec<PathBuf>,
        /// How problems are printed: `full` with the source line, `short` one line each
        #[arg(long, value_enum, default_value_t = Format::Full)]
        format: Format,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// file:line:col, the source line, a caret and a hint
    Full,
    /// one line per problem: file:line:col: error: message (hint: ...)
    Short,
}
