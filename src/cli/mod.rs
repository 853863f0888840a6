//! The command line: every subcommand and flag. Their help texts are in the catalog
//! (`help-*` in `nl.ftl` and `en.ftl`), set by [`help::command`] in the run's language.

mod error;
pub mod help;
pub mod start;

use std::path::PathBuf;

use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::record::Language;

/// Parses the process's arguments with help and mistakes in the run's language; the help, the
/// version or a mistake is printed here and ends the process.
pub fn parse() -> Cli {
    let lang = crate::catalog::language();
    let parsed = help::command(lang)
        .try_get_matches_from(start::arguments())
        .and_then(|m| {
            // `verslag help build` is `verslag build --help`: clap prints it as for the flag.
            if let Some(("help", sub)) = m.subcommand() {
                let names = sub.get_many::<String>("command").into_iter().flatten();
                let args = std::iter::once("verslag").chain(names.map(String::as_str));
                let args = args.chain(["--help"]);
                help::command(lang).try_get_matches_from(args)?;
            }
            Cli::from_arg_matches(&m)
        });
    match parsed {
        Ok(cli) => cli,
        Err(e) => std::process::exit(error::print(&e, lang)),
    }
}

#[derive(Debug, Parser)]
#[command(name = "verslag", version, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    #[arg(short, long, global = true)]
    pub verbose: bool,
    #[arg(long, value_enum, default_value_t = Format::Full, global = true)]
    pub format: Format,
    #[arg(long, global = true, value_parser = ["nl", "en"])]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    New(NewArgs),
    Check(CheckArgs),
    Build(BuildArgs),
    Watch(WatchArgs),
    Web(WebArgs),
    Archive(ArchiveArgs),
    Yearbook(YearbookArgs),
    Status(StatusArgs),
    Mail(MailArgs),
    Publish(PublishArgs),
    Verify(VerifyArgs),
    Studio(StudioArgs),
    #[command(subcommand)]
    Templates(TemplatesCommand),
    Schema {
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long)]
        year: bool,
    },
    Completions {
        shell: clap_complete::Shell,
    },
    Man {
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    Help {
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[arg(required = true, value_name = "EVENT")]
    pub events: Vec<PathBuf>,
    #[arg(long, value_name = "FILE", env = "VERSLAG_BRAND")]
    pub brand: Option<PathBuf>,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    pub date: String,
    pub name: String,
    #[arg(long, value_enum, default_value_t = Language::Nl)]
    pub language: Language,
    #[command(flatten)]
    pub events: EventsRoot,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    #[arg(required = true, value_name = "EVENT")]
    pub events: Vec<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    #[arg(value_name = "EVENT")]
    pub event: PathBuf,
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_missing_value = "web")]
    pub web: Option<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, clap::Args)]
pub struct WebArgs {
    #[arg(required = true, value_name = "EVENT")]
    pub events: Vec<PathBuf>,
    #[arg(short, long, value_name = "DIR", default_value = "web")]
    pub output: PathBuf,
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub reports: PathBuf,
    #[arg(long, value_name = "EVENT/MUNICIPALITY")]
    pub without_approval: Vec<String>,
    #[command(flatten)]
    pub look: Look,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct PublishArgs {
    #[arg(value_name = "EVENT")]
    pub event: PathBuf,
    #[arg(long, value_name = "DIR", default_value = "outbox")]
    pub outbox: PathBuf,
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub timeout: u64,
    #[arg(long)]
    pub update_published: bool,
    #[arg(long)]
    pub overwrite_edits: bool,
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, clap::Args)]
pub struct ArchiveArgs {
    pub year: u16,
    #[arg(long, value_name = "EVENT/MUNICIPALITY")]
    pub without_approval: Vec<String>,
    #[command(flatten)]
    pub events: EventsRoot,
    #[command(flatten)]
    pub archive: ArchiveRoot,
    #[command(flatten)]
    pub look: Look,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct YearbookArgs {
    pub year: u16,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub events: EventsRoot,
    #[command(flatten)]
    pub look: Look,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    #[arg(value_name = "EVENT", required = true)]
    pub events: Vec<PathBuf>,
    #[arg(long)]
    pub json: bool,
    #[arg(long, value_name = "FILE", default_value = "events/contacts.toml")]
    pub contacts: PathBuf,
    #[arg(long, value_name = "DIR", default_value = "outbox")]
    pub outbox: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct StudioArgs {
    /// The events folder; none given: the last one the studio served, else `events` here,
    /// else the studio's first page asks.
    #[arg(long = "events", value_name = "DIR")]
    pub events: Option<PathBuf>,
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    #[arg(long)]
    pub no_open: bool,
    #[arg(long, value_name = "DIR", default_value = "outbox")]
    pub outbox: PathBuf,
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    pub output: PathBuf,
    #[arg(long, value_name = "DIR", default_value = "web")]
    pub web: PathBuf,
    #[arg(long, value_name = "DIR", default_value = "archive")]
    pub archive: PathBuf,
    #[arg(long, value_name = "URL", env = SMTP_URL_ENV)]
    pub smtp_url: Option<String>,
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub smtp_timeout: u64,
    #[arg(long)]
    pub install_launcher: bool,
    #[command(flatten)]
    pub look: Look,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    pub year: u16,
    #[command(flatten)]
    pub archive: ArchiveRoot,
}

#[derive(Debug, clap::Args)]
pub struct MailArgs {
    #[arg(value_name = "EVENT")]
    pub event: PathBuf,
    #[arg(long, value_name = "FILE", default_value = "events/contacts.toml")]
    pub contacts: PathBuf,
    #[arg(long, value_name = "DIR", default_value = "outbox")]
    pub outbox: PathBuf,
    #[arg(long, conflicts_with = "dry_run")]
    pub send: bool,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long, value_name = "MUNICIPALITY")]
    pub resend: Vec<String>,
    #[arg(long)]
    pub review: bool,
    #[arg(long, value_name = "MUNICIPALITY", conflicts_with = "review")]
    pub without_approval: Vec<String>,
    #[arg(long, value_name = "URL", env = SMTP_URL_ENV)]
    pub smtp_url: Option<String>,
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub smtp_timeout: u64,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// The environment variables that may hold the WordPress user and application password of
/// `publish` (and the studio's website step).
pub const WP_USER_ENV: &str = "VERSLAG_WP_USER";
pub const WP_PASSWORD_ENV: &str = "VERSLAG_WP_PASSWORD";

/// The environment variable that may hold `--smtp-url`.
pub const SMTP_URL_ENV: &str = "VERSLAG_SMTP_URL";

// Where a report is written and what it is made with: `build`, `watch`, `mail`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    pub output: PathBuf,
    #[command(flatten)]
    pub look: Look,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct EventsRoot {
    #[arg(
        id = "events",
        long = "events",
        value_name = "DIR",
        default_value = "events"
    )]
    pub dir: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ArchiveRoot {
    #[arg(
        id = "archive",
        long = "archive",
        value_name = "DIR",
        default_value = "archive"
    )]
    pub dir: PathBuf,
}

// The brand and templates a report is made with.
#[derive(Debug, clap::Args)]
pub struct Look {
    #[arg(long, value_name = "FILE", env = "VERSLAG_BRAND")]
    pub brand: Option<PathBuf>,
    #[arg(long, value_name = "DIR", env = "VERSLAG_TEMPLATES")]
    pub templates: Option<PathBuf>,
}

// Where prepared photos are kept between builds.
#[derive(Debug, clap::Args)]
pub struct PhotoOptions {
    #[arg(long, value_name = "DIR", env = "VERSLAG_CACHE_DIR")]
    pub cache_dir: Option<PathBuf>,
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    Export {
        dir: PathBuf,
        #[arg(long, value_name = "FILE")]
        brand: Option<PathBuf>,
    },
}

/// The record's language as a command-line value (`nl`, `en`), without the record depending
/// on the command line.
impl ValueEnum for Language {
    fn value_variants<'a>() -> &'a [Self] {
        &[Language::Nl, Language::En]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(match self {
            Language::Nl => clap::builder::PossibleValue::new("nl"),
            Language::En => clap::builder::PossibleValue::new("en"),
        })
    }
}

// How problems are printed: `full` with the source line, a caret and a hint; `short` one line
// each (file:line:col: error: message (hint: ...)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Full,
    Short,
}
