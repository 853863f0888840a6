//! verslag: turns TOML records of events into branded PDF reports.

use clap::Parser;

fn main() {
    let cli = verslag::cli::Cli::parse();
    verslag::fsx::handle_interrupts();
    std::process::exit(verslag::run(cli));
}
