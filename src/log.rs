//! How talkative verslag is: `-q` hides progress, `-v` shows what each step did.

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

static LEVEL: AtomicU8 = AtomicU8::new(1);

pub fn set(quiet: bool, verbose: bool) {
    LEVEL.store(
        if quiet {
            0
        } else if verbose {
            2
        } else {
            1
        },
        Ordering::Relaxed,
    );
}

pub fn is_verbose() -> bool {
    LEVEL.load(Ordering::Relaxed) >= 2
}

pub fn is_quiet() -> bool {
    LEVEL.load(Ordering::Relaxed) == 0
}

/// A line on stderr with `-v` only.
pub fn verbose(message: impl std::fmt::Display) {
    if is_verbose() {
        eprintln!("verslag: {message}");
    }
}

/// A bar with "3/50 <event>" on a terminal for batches of events; nothing when piped, with
/// `-q`, or with `-v` (whose lines would break the bar).
pub struct Progress {
    total: usize,
    done: AtomicUsize,
    shown: bool,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        Progress {
            total,
            done: AtomicUsize::new(0),
            shown: total > 0
                && std::io::IsTerminal::is_terminal(&std::io::stderr())
                && LEVEL.load(Ordering::Relaxed) == 1,
        }
    }

    pub fn tick(&self, folder: &std::path::Path) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if self.shown {
            let name = folder
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            let width = 30;
            let filled = done * width / self.total.max(1);
            eprint!(
                "\r\x1b[2K[{}{}] {done}/{} {name}",
                "#".repeat(filled),
                " ".repeat(width - filled),
                self.total
            );
        }
    }

    pub fn done(&self) {
        if self.shown {
            eprint!("\r\x1b[2K");
        }
    }
}
