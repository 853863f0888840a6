//! verslag as a library: the commands behind the CLI, and the parts the fuzz targets drive.
//!
//! The binary (`src/main.rs`) only parses the command line and calls [`run`]. The modules are
//! public so that `fuzz/` and `examples/` can reach the loader and the photo pipeline; they
//! are not a stable API.

pub mod archive;
pub mod brand;
pub mod build;
pub mod check;
pub mod cli;
pub mod diagnostics;
pub mod fsx;
pub mod i18n;
pub mod inputs;
pub mod load;
pub mod lock;
pub mod log;
pub mod mail;
pub mod manual;
pub mod new;
pub mod photos;
pub mod record;
pub mod render;
pub mod schema;
pub mod templates;
pub mod validate;
pub mod watch;

use cli::{Command, TemplatesCommand};

/// Runs one parsed command line; returns the process exit code.
pub fn run(cli: cli::Cli) -> i32 {
    log::set(cli.quiet, cli.verbose);
    match cli.command {
        Command::Check { events, format } => check::run(&events, format),
        Command::New {
            date,
            name,
            language,
            events,
        } => {
            let language = match language {
                cli::Lang::Nl => record::Language::Nl,
                cli::Lang::En => record::Language::En,
            };
            new::run(&date, &name, language, &events)
        }
        Command::Build {
            events,
            output,
            look,
            photos,
            format,
        } => build::run(&events, &output, &look, &photos, format),
        Command::Archive {
            year,
            events,
            archive,
            look,
            photos,
            format,
        } => archive::run(
            year,
            &archive::Roots {
                events: &events,
                archive: &archive,
            },
            &look,
            &photos,
            format,
        ),
        Command::Mail {
            event,
            contacts,
            output,
            outbox,
            send,
            dry_run,
            resend,
            smtp_url,
            smtp_timeout,
            look,
            photos,
            format,
        } => mail::run(&mail::Options {
            event: &event,
            contacts: &contacts,
            output: &output,
            outbox: &outbox,
            send,
            dry_run,
            resend: &resend,
            smtp_url: smtp_url.as_deref(),
            smtp_timeout,
            look: &look,
            photos: &photos,
            format,
        }),
        Command::Verify {
            year,
            archive,
            format,
        } => archive::verify::run(year, &archive, format),
        Command::Watch {
            event,
            output,
            look,
            photos,
            format,
        } => watch::run(&event, &output, &look, &photos, format),
        Command::Schema { output } => schema::run(output.as_deref()),
        Command::Completions { shell } => manual::completions(shell),
        Command::Man { output } => manual::man(output.as_deref()),
        Command::Templates(TemplatesCommand::Export { dir }) => match templates::export(&dir) {
            Ok(files) => {
                files.iter().for_each(|f| println!("{}", f.display()));
                0
            }
            Err(d) => {
                check::print_problems(&[d], cli::Format::Full);
                1
            }
        },
    }
}
