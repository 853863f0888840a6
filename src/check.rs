//! `verslag check`: load every record named, print every problem, summarise the good ones.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use crate::cli::Format;
use crate::diagnostics::{Diagnostic, Style};
use crate::i18n::long_date;
use crate::load::{self, Loaded};

/// Prints problems to stderr in the chosen format.
pub fn print_problems(diags: &[Diagnostic], format: Format) {
    let stderr = std::io::stderr();
    let style = Style::for_stream(stderr.is_terminal());
    let mut out = stderr.lock();
    for d in diags {
        let _ = match format {
            Format::Full => writeln!(out, "{}", d.render(style)),
            Format::Short => writeln!(out, "{}", d.short()),
        };
    }
}

/// One line per good record: where, title, date, tables, photos.
pub fn summary(loaded: &Loaded) -> String {
    let r = &loaded.record;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}: \"{}\", {}, {}, {}",
        loaded.dir.dir.display(),
        r.event.title,
        long_date(r.event.date.value, r.event.language),
        plural(r.tables.len(), "table", "tables"),
        plural(r.photos.len(), "photo", "photos"),
    )
}

/// Loads every event; problems are printed. Returns the good records and the problem count.
pub fn load_all(events: &[PathBuf], format: Format) -> (Vec<Loaded>, usize) {
    let results: Vec<_> = events.iter().map(|e| load::load(e)).collect();
    let mut good = Vec::new();
    let mut problems = 0;
    for r in results {
        match r {
            Ok(l) => good.push(l),
            Err(diags) => {
                problems += diags.len();
                print_problems(&diags, format);
            }
        }
    }
    (good, problems)
}

pub fn run(events: &[PathBuf], format: Format) -> i32 {
    let stdout = std::io::stdout();
    let style = Style::for_stream(stdout.is_terminal());
    let (good, problems) = load_all(events, format);
    for l in good.iter().filter(|_| !crate::log::is_quiet()) {
        println!("{}ok{} {}", style.green, style.reset, summary(l));
    }
    if problems == 0 {
        return 0;
    }
    let s = if problems == 1 { "" } else { "s" };
    eprintln!("{problems} problem{s} found");
    1
}
