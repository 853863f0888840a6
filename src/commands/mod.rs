//! The commands: each one thin, over the library, returning an [`Outcome`]; [`dispatch`] is the
//! one place that runs a command line, prints a failure and chooses the exit code.

mod archive;
mod build;
mod check;
mod mail;
mod manual;
mod new;
mod publish;
mod shared;
mod status;
mod watch;
mod web;
mod yearbook;

use crate::cli::{Cli, Command, Format, TemplatesCommand};
use crate::console;
use crate::diagnostics::Outcome;

/// Runs one parsed command line; returns the process exit code.
pub fn dispatch(cli: Cli) -> i32 {
    console::set(cli.format == Format::Short, cli.quiet, cli.verbose);
    console::finish(run(cli.command))
}

fn run(command: Command) -> Outcome {
    match command {
        Command::Check(a) => check::run(&a),
        Command::New(a) => new::run(&a),
        Command::Build(a) => build::run(&a),
        Command::Watch(a) => watch::run(&a),
        Command::Web(a) => web::run(&a),
        Command::Archive(a) => archive::run(&a),
        Command::Verify(a) => archive::verify(&a),
        Command::Yearbook(a) => yearbook::run(&a),
        Command::Status(a) => status::run(&a),
        Command::Mail(a) => mail::run(&a),
        Command::Publish(a) => publish::run(&a),
        Command::Studio(a) => crate::studio::run(&a),
        Command::Schema { output, year } => manual::schema(output.as_deref(), year),
        Command::Completions { shell } => manual::completions(shell),
        Command::Man { output } => manual::man(output.as_deref()),
        // Answered while the command line is read (`cli::parse`), as `COMMAND --help` is.
        Command::Help { .. } => Ok(()),
        Command::Templates(TemplatesCommand::Export { dir, brand }) => {
            for file in crate::templates::export(&dir, brand.as_deref())? {
                console::result(file.display());
            }
            Ok(())
        }
    }
}
