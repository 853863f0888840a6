//! What verslag says, in one place: results on stdout, problems on stderr in the chosen
//! `--format`, `-q`/`-v`, the progress bar of a batch, and the exit code of an outcome.

use std::fmt::Display;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};

use crate::diagnostics::{Diagnostic, Failure, Outcome, Style};

static SHORT: AtomicBool = AtomicBool::new(false);
/// Set once stdout or stderr is a closed pipe (`verslag status | head -1`): what is left to
/// say is dropped, and the command goes on to its end (a send or an archive is never cut
/// short by the reader of its output going away).
static STDOUT_GONE: AtomicBool = AtomicBool::new(false);
static STDERR_GONE: AtomicBool = AtomicBool::new(false);

/// Writes to stdout or stderr; a write error (a closed pipe, a full disk) silences that
/// stream for the rest of the run instead of ending it with a panic.
fn emit(to_stdout: bool, text: std::fmt::Arguments<'_>) {
    let gone = if to_stdout {
        &STDOUT_GONE
    } else {
        &STDERR_GONE
    };
    if gone.load(Ordering::Relaxed) {
        return;
    }
    let written = if to_stdout {
        let mut out = std::io::stdout().lock();
        out.write_fmt(text).and_then(|()| out.flush())
    } else {
        std::io::stderr().lock().write_fmt(text)
    };
    if written.is_err() {
        gone.store(true, Ordering::Relaxed);
    }
}
static LEVEL: AtomicU8 = AtomicU8::new(1);

/// How problems are printed and how talkative verslag is, for the rest of the process:
/// `--format short`, `-q` (problems and results only), `-v` (what each step did).
pub fn set(short: bool, quiet: bool, verbose: bool) {
    SHORT.store(short, Ordering::Relaxed);
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
pub fn verbose(message: impl Display) {
    if is_verbose() {
        emit(false, format_args!("verslag: {message}\n"));
    }
}

/// Prints a command's failure and gives the process's exit code.
pub fn finish(outcome: Outcome) -> i32 {
    match outcome {
        Ok(()) => 0,
        Err(f) => {
            problems(&f.problems);
            if let Some(line) = f.closing {
                note(line);
            }
            1
        }
    }
}

/// Prints problems (and warnings) to stderr in the chosen format.
pub fn problems(diags: &[Diagnostic]) {
    if diags.is_empty() {
        return;
    }
    let style = Style::for_stream(std::io::stderr().is_terminal());
    for d in diags {
        if SHORT.load(Ordering::Relaxed) {
            emit(false, format_args!("{}\n", d.short()));
        } else {
            emit(false, format_args!("{}\n", d.render(style)));
        }
    }
}

/// A result on stdout: a file written, a message sent, a summary. `-q` hides it, as it
/// hides everything but problems.
pub fn result(line: impl Display) {
    if !is_quiet() {
        emit(true, format_args!("{line}\n"));
    }
}

/// Output for a program to read (`status --json`): printed whatever `-q` says.
pub fn machine(line: impl Display) {
    emit(true, format_args!("{line}\n"));
}

/// The next step of the round after a command did its work, on stderr: "next: ...". `-q`
/// hides it.
pub fn next(step: impl Display) {
    if !is_quiet() {
        note(format!("{}: {step}", crate::msg!("word-next")));
    }
}

/// A plain line on stderr: a closing line, what happens next.
pub fn note(line: impl Display) {
    emit(false, format_args!("{line}\n"));
}

/// Waits for Enter, saying so: for a window that would close before its last words are read.
pub fn wait_for_enter() {
    emit(false, format_args!("{}\n", crate::msg!("press-enter")));
    let _ = std::io::stdin().read_line(&mut String::new());
}

/// The colours stdout may use.
pub fn stdout_style() -> Style {
    Style::for_stream(std::io::stdout().is_terminal())
}

/// Writes bytes to stdout; a closed pipe or a full disk fails quietly with exit code 1.
pub fn bytes(bytes: &[u8]) -> Outcome {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|_| Failure::default())
}

/// A bar with "3/50 <event>" on a terminal for batches of events; nothing when piped, with
/// `-q`, or with `-v` (whose lines would break the bar). Hand-written rather than indicatif:
/// indicatif draws at most a few times a second, so a quick batch would show no step at all,
/// and this is all a batch needs.
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
                && std::io::stderr().is_terminal()
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
            emit(
                false,
                format_args!(
                    "\r\x1b[2K[{}{}] {done}/{} {name}",
                    "#".repeat(filled),
                    " ".repeat(width - filled),
                    self.total
                ),
            );
        }
    }

    pub fn done(&self) {
        if self.shown {
            emit(false, format_args!("\r\x1b[2K"));
        }
    }
}
