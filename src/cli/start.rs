//! What a start without arguments means. Double-clicked (on Windows: a console of the
//! program's own, that no terminal shares) verslag opens the studio; from a terminal it prints
//! the help with the round, as before. The decision is a pure function, tested everywhere;
//! only the console query is Windows code.

use std::sync::atomic::{AtomicBool, Ordering};

/// What a start does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Started by a double-click: `verslag studio`.
    Studio,
    /// Started from a terminal without arguments: the help with the round.
    Help,
    /// Started with arguments: that command.
    Command,
}

/// `arguments`: how many the program got (its own name not counted); `own_console`: whether
/// the console is the program's alone (see [`own_console`]).
pub fn decide(arguments: usize, own_console: bool) -> Start {
    match (arguments, own_console) {
        (0, true) => Start::Studio,
        (0, false) => Start::Help,
        _ => Start::Command,
    }
}

static DOUBLE_CLICKED: AtomicBool = AtomicBool::new(false);

/// The process's arguments as the start means them: `verslag studio` when double-clicked.
pub fn arguments() -> Vec<std::ffi::OsString> {
    let mut args: Vec<_> = std::env::args_os().collect();
    let given = args.len().saturating_sub(1);
    // Asked only when it can matter: a start with arguments never is a double-click.
    if given == 0 && decide(given, own_console()) == Start::Studio {
        DOUBLE_CLICKED.store(true, Ordering::Relaxed);
        args.push("studio".into());
    }
    args
}

/// The end of a run: a double-clicked verslag's window closes as it ends, so a failure waits
/// for Enter until it is read.
pub fn ending(code: i32) {
    if code != 0 && DOUBLE_CLICKED.load(Ordering::Relaxed) {
        crate::console::wait_for_enter();
    }
}

/// Whether the console is this process's alone: Explorer made it for a double-click. A
/// terminal (cmd, PowerShell, Windows Terminal) shares its console with the program it runs.
#[cfg(windows)]
pub fn own_console() -> bool {
    let mut ids = [0u32; 2];
    // SAFETY: the buffer holds `ids.len()` process ids, as the call is told; it writes no more.
    let attached = unsafe {
        windows_sys::Win32::System::Console::GetConsoleProcessList(
            ids.as_mut_ptr(),
            ids.len() as u32,
        )
    };
    attached == 1
}

/// Elsewhere a program has no console of its own: the launchers (`dist/`) start
/// `verslag studio` by name.
#[cfg(not(windows))]
pub fn own_console() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_double_click_opens_the_studio_a_terminal_the_help_and_arguments_their_command() {
        assert_eq!(decide(0, true), Start::Studio);
        assert_eq!(decide(0, false), Start::Help);
        assert_eq!(decide(1, false), Start::Command);
        assert_eq!(decide(1, true), Start::Command);
        assert_eq!(decide(3, true), Start::Command);
    }
}
