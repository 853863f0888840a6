//! verslag: turns TOML records of events into branded PDF reports.

mod archive;
mod brand;
mod build;
mod check;
mod cli;
mod diagnostics;
mod fsx;
mod i18n;
mod load;
mod log;
mod mail;
mod new;
mod photos;
mod record;
mod render;
mod templates;
mod validate;

use clap::Parser;
use cli::{Command, TemplatesCommand};

fn main() {
    let cli = cli::Cli::parse();
    log::set(cli.quiet, cli.verbose);
    fsx::handle_interrupts();
    let code = match cli.command {
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
    };
    std::process::exit(code);
}
