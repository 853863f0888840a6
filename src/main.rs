//! verslag: turns TOML records of events into branded PDF reports.

mod check;
mod cli;
mod diagnostics;
mod i18n;
mod load;
mod record;
mod validate;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    let code = match cli.command {
        cli::Command::Check { events, format } => check::run(&events, format),
    };
    std::process::exit(code);
}
