//! The command line: every subcommand and flag, with help an organiser understands.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::record::Language;

/// The round of an event, in order: what `verslag` and `verslag --help` end with.
pub const ROUND: &str = "The round of an event, step by step:
  1. verslag new DATE NAME        a record to fill in (events/<year>/<date>-<name>/event.toml)
  2. verslag check EVENT          every mistake, with where it is and how to mend it
  3. verslag build EVENT          the PDF report (verslag watch EVENT remakes it on every save)
  4. verslag mail --review EVENT  the draft to the aldermen, each with their own table to check
  5. verslag status EVENT         which tables are approved, and whose review is still open
  6. verslag mail EVENT           the final report to the aldermen (then again with --send)
  7. verslag web EVENT            the web article
  8. verslag archive YEAR         the year's events and yearbook in the archive
  9. verslag yearbook YEAR        the yearbook to print

Each step says the next one when it is done.";

#[derive(Debug, Parser)]
#[command(
    name = "verslag",
    version,
    arg_required_else_help = true,
    after_help = ROUND,
    about = "Turn an event record (event.toml + photos) into a branded PDF report",
    long_about = "verslag turns the record of an event - one event.toml and its photos - into a \
                  branded, printable PDF report.\n\nStart a new event with `verslag new \
                  2024-03-14 praktijktafel-soest` and fill in its event.toml. `verslag check \
                  EVENT` finds mistakes in a record, `verslag build EVENT` makes the PDF, and \
                  `verslag watch EVENT` remakes it every time you save."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Print only problems
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print what each step did (photos decoded or taken from the cache, ...)
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// How problems are printed: `full` with the source line, `short` one line each
    #[arg(long, value_enum, default_value_t = Format::Full, global = true)]
    pub format: Format,
    /// The language verslag speaks: nl or en (else VERSLAG_LANG, else the locale); the report's
    /// language follows its record
    #[arg(long, global = true, value_parser = ["nl", "en"])]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new event: a folder with an event.toml to fill in and a photos/ folder
    #[command(
        after_help = "Example:\n  verslag new 2024-03-14 praktijktafel-soest\n  \
                            (creates events/2024/2024-03-14-praktijktafel-soest/event.toml)"
    )]
    New(NewArgs),
    /// Check event records and report every problem, without writing anything
    #[command(
        after_help = "Example:\n  verslag check events/2022/2022-11-01-praktijktafel-amersfoort"
    )]
    Check(CheckArgs),
    /// Check event records, then write each one's PDF report to DIR/<year>/<event>.pdf
    #[command(
        after_help = "Examples:\n  verslag build events/2022/2022-11-01-praktijktafel-amersfoort\n  \
                            verslag build -o reports events/2022/*"
    )]
    Build(BuildArgs),
    /// Rebuild the report whenever the record, a photo, a template or the brand changes;
    /// stop with Ctrl-C
    #[command(
        after_help = "Example:\n  verslag watch events/2022/2022-11-01-praktijktafel-amersfoort\n  \
                            (open out/2022/2022-11-01-praktijktafel-amersfoort.pdf in a PDF \
                            viewer that reloads, then edit event.toml and save)\n\n\
                            While the record has a mistake, the problems are printed and the \
                            last good PDF stays in place."
    )]
    Watch(WatchArgs),
    /// Check event records, then write each one's web article to DIR/<year>/<event>/: a page
    /// (index.html), a fragment for a CMS (article.html), photos, fonts and the PDF report
    #[command(
        after_help = "Examples:\n  verslag web events/2022/2022-11-01-praktijktafel-amersfoort\n  \
                            verslag web -o site events/2022/*\n\n\
                            Open web/<year>/<event>/index.html in a browser; the folder works \
                            offline and from a USB stick. With `[web] base_url` in the brand, \
                            article.html and the sharing tags use full addresses under it."
    )]
    Web(WebArgs),
    /// Archive a year: every event as PDF/A-3b + PDF/UA-1 with its record inside, a yearbook,
    /// and a manifest of SHA-256 sums
    #[command(after_help = "Example:\n  verslag archive 2022\n  verslag verify 2022")]
    Archive(ArchiveArgs),
    /// Make the yearbook of a year outside the archive, as a draft of the year's publication
    #[command(
        after_help = "Example:\n  verslag yearbook 2022                 # out/2022/yearbook-2022.pdf\n  \
                      verslag yearbook 2022 -o concept.pdf\n\n\
                      Made from every event of EVENTS/<year>/ and its year.toml, when there is one."
    )]
    Yearbook(YearbookArgs),
    /// Where the review round stands: draft or final, the review date, and per table its
    /// approval or that it is still open, with when the host was sent the review
    #[command(
        after_help = "Examples:\n  verslag status events/2022/*\n  verslag status --json EVENT   # the same, for scripts"
    )]
    Status(StatusArgs),
    /// Mail the report to the aldermen at the tables: writes an outbox to review, then sends
    /// it with --send (a message already sent is never sent again)
    #[command(
        after_help = "Examples:\n  verslag mail events/2022/2022-11-01-praktijktafel-amersfoort\n  \
                            verslag mail --dry-run EVENT\n  \
                            VERSLAG_SMTP_URL=smtp://me@mail.example.org:587 verslag mail --send EVENT"
    )]
    Mail(MailArgs),
    /// Check an archived year against its manifest: missing, changed and unexpected files
    #[command(after_help = "Example:\n  verslag verify 2022")]
    Verify(VerifyArgs),
    /// Work with the report templates
    #[command(
        subcommand,
        after_help = "Example:\n  verslag templates export my-templates"
    )]
    Templates(TemplatesCommand),
    /// Print the JSON Schema of event.toml, for editors that complete and check TOML
    #[command(
        after_help = "Example:\n  verslag schema --output events/record.schema.json\n\n\
                            A record that starts with the line\n  \
                            #:schema ../../record.schema.json\n\
                            is then checked while you type in editors with Taplo or the \
                            Even Better TOML extension. `verslag new` writes both for you."
    )]
    Schema {
        /// Write the schema to FILE instead of printing it
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The schema of a year record (events/<year>/year.toml) instead
        #[arg(long)]
        year: bool,
    },
    /// Print a script that completes verslag's commands and options in your shell
    #[command(
        after_help = "Examples:\n  verslag completions bash > ~/.local/share/bash-completion/completions/verslag\n  \
                            verslag completions zsh > ~/.zfunc/_verslag\n  \
                            verslag completions fish > ~/.config/fish/completions/verslag.fish"
    )]
    Completions {
        /// bash, zsh, fish, powershell or elvish
        shell: clap_complete::Shell,
    },
    /// Write the manual pages: verslag.1 and one per command
    #[command(
        after_help = "Examples:\n  verslag man | man -l -\n  verslag man --output ~/.local/share/man/man1"
    )]
    Man {
        /// Write every page to DIR instead of printing verslag.1
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Event folders (or their event.toml files)
    #[arg(required = true, value_name = "EVENT")]
    pub events: Vec<PathBuf>,
    /// The brand file the reports will be made with: names are checked against its fonts
    #[arg(long, value_name = "FILE", env = "VERSLAG_BRAND")]
    pub brand: Option<PathBuf>,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The day of the event, YYYY-MM-DD
    pub date: String,
    /// A short name: lower-case letters, digits and hyphens
    pub name: String,
    /// The language of the report and of the explanations in the new record
    #[arg(long, value_enum, default_value_t = Language::Nl)]
    pub language: Language,
    #[command(flatten)]
    pub events: EventsRoot,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Event folders (or their event.toml files); several build in parallel
    #[arg(required = true, value_name = "EVENT")]
    pub events: Vec<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// The event folder (or its event.toml)
    #[arg(value_name = "EVENT")]
    pub event: PathBuf,
    /// Keep the web article current too, in DIR/<year>/<event>/ (see `verslag web`)
    #[arg(long, value_name = "DIR", num_args = 0..=1, default_missing_value = "web")]
    pub web: Option<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, clap::Args)]
pub struct WebArgs {
    /// Event folders (or their event.toml files); several are made in parallel
    #[arg(required = true, value_name = "EVENT")]
    pub events: Vec<PathBuf>,
    /// Folder the web articles are written to, in a subfolder per year and event
    #[arg(short, long, value_name = "DIR", default_value = "web")]
    pub output: PathBuf,
    /// Folder the PDF reports are built in when missing or stale (as `build -o` writes them)
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub reports: PathBuf,
    /// Put the event on the web although this table's host has not approved its text while
    /// the review still runs; the report's colophon says so. Repeat for several
    #[arg(long, value_name = "EVENT/MUNICIPALITY")]
    pub without_approval: Vec<String>,
    #[command(flatten)]
    pub look: Look,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct ArchiveArgs {
    /// The year, e.g. 2022: events come from EVENTS/<year>/
    pub year: u16,
    /// Archive the event although this table's host has not approved its text while the
    /// review still runs; the report's colophon says so. Repeat for several
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
    /// The year, e.g. 2022: events come from EVENTS/<year>/
    pub year: u16,
    /// The PDF to write (default: out/<year>/yearbook-<year>.pdf)
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
    /// Event folders (or their event.toml)
    #[arg(value_name = "EVENT", required = true)]
    pub events: Vec<PathBuf>,
    /// Print JSON instead of lines
    #[arg(long)]
    pub json: bool,
    /// The contacts, to find which address each host's review went to
    #[arg(long, value_name = "FILE", default_value = "events/contacts.toml")]
    pub contacts: PathBuf,
    /// The outbox whose review journals say when each review was sent
    #[arg(long, value_name = "DIR", default_value = "outbox")]
    pub outbox: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// The year, e.g. 2022
    pub year: u16,
    #[command(flatten)]
    pub archive: ArchiveRoot,
}

#[derive(Debug, clap::Args)]
pub struct MailArgs {
    /// The event folder (or its event.toml)
    #[arg(value_name = "EVENT")]
    pub event: PathBuf,
    /// The aldermen's addresses
    #[arg(long, value_name = "FILE", default_value = "events/contacts.toml")]
    pub contacts: PathBuf,
    /// Where messages are written: OUTBOX/<event>/<municipality>.eml and sent.log
    #[arg(long, value_name = "DIR", default_value = "outbox")]
    pub outbox: PathBuf,
    /// Deliver the messages over SMTP
    #[arg(long, conflicts_with = "dry_run")]
    pub send: bool,
    /// Show who would get what; write and send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Write (and with --send, send) the message to this municipality (or address) again,
    /// although the journal says it was or may have been delivered; repeat for several
    #[arg(long, value_name = "MUNICIPALITY")]
    pub resend: Vec<String>,
    /// The review round of a draft: each host gets the draft and their own table's text to
    /// check, from OUTBOX/<event>/review/
    #[arg(long)]
    pub review: bool,
    /// Mail the final report although this table's host has not approved its text while the
    /// review still runs; the colophon says so. Repeat for several
    #[arg(long, value_name = "MUNICIPALITY", conflicts_with = "review")]
    pub without_approval: Vec<String>,
    /// smtp://user@host:587 (STARTTLS) or smtps://user@host (TLS); the password comes from
    /// VERSLAG_SMTP_PASSWORD or a prompt, never from here
    #[arg(long, value_name = "URL", env = SMTP_URL_ENV)]
    pub smtp_url: Option<String>,
    /// Seconds to wait for the SMTP server before giving up
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub smtp_timeout: u64,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// The environment variable that may hold `--smtp-url`.
pub const SMTP_URL_ENV: &str = "VERSLAG_SMTP_URL";

/// Where a report is written and what it is made with: `build`, `watch`, `mail`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Folder the reports are written to (and, for mail, built in when missing or stale), in a
    /// subfolder per year
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    pub output: PathBuf,
    #[command(flatten)]
    pub look: Look,
    #[command(flatten)]
    pub photos: PhotoOptions,
}

#[derive(Debug, clap::Args)]
pub struct EventsRoot {
    /// Folder holding the year folders of events
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
    /// Folder the archive is kept in; a year goes in ARCHIVE/<year>/
    #[arg(
        id = "archive",
        long = "archive",
        value_name = "DIR",
        default_value = "archive"
    )]
    pub dir: PathBuf,
}

/// The brand and templates a report is made with.
#[derive(Debug, clap::Args)]
pub struct Look {
    /// A brand file (organisation, logo, colours, fonts); default: the built-in brand
    #[arg(long, value_name = "FILE", env = "VERSLAG_BRAND")]
    pub brand: Option<PathBuf>,
    /// A folder of templates to use instead of the built-in ones (see `templates export`)
    #[arg(long, value_name = "DIR", env = "VERSLAG_TEMPLATES")]
    pub templates: Option<PathBuf>,
}

/// Where prepared photos are kept between builds.
#[derive(Debug, clap::Args)]
pub struct PhotoOptions {
    /// Folder for prepared photos (default: the user's cache folder, e.g. ~/.cache/verslag)
    #[arg(long, value_name = "DIR", env = "VERSLAG_CACHE_DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Prepare every photo afresh and keep nothing
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write the built-in templates, brand file and logo to DIR, for a designer to adapt
    #[command(after_help = "Example:\n  verslag templates export my-templates\n  \
                            verslag build --templates my-templates --brand my-templates/brand.toml EVENT")]
    Export {
        /// A new or empty folder
        dir: PathBuf,
        /// Export this brand (with its logo and font files) instead of the built-in one
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
            Language::Nl => clap::builder::PossibleValue::new("nl").help("Dutch"),
            Language::En => clap::builder::PossibleValue::new("en").help("English"),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// file:line:col, the source line, a caret and a hint
    Full,
    /// one line per problem: file:line:col: error: message (hint: ...)
    Short,
}
