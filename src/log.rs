//! How talkative verslag is: `-q` hides progress, `-v` shows what each step did.

use std::sync::atomic::{AtomicU8, Ordering};

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
