//! One run at a time per outbox or archive year: an exclusive advisory lock of the operating
//! system on `<folder>/.verslag.lock`. A second run stops at once and says who holds it; the
//! system releases the lock of a process that died, so a crash never blocks the next run.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::Path;

use crate::diagnostics::Diagnostic;

/// The lock file's name inside the locked folder.
pub const FILE_NAME: &str = ".verslag.lock";

/// Held until dropped (closing the file releases the lock).
#[derive(Debug)]
pub struct Lock {
    file: File,
}

impl Drop for Lock {
    /// Forgets who held it while still holding it; the file itself stays (removing it could
    /// let two runs lock two different files).
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
    }
}

/// Takes the folder's lock for `doing` (e.g. "sending outbox/2022-11-01-x"), creating the
/// folder when needed; fails at once when another process holds it.
pub fn exclusive(folder: &Path, doing: &str) -> Result<Lock, Diagnostic> {
    take(&folder.join(FILE_NAME), folder, doing, false)
}

/// [`exclusive`], but on the lock file `file` of its own (a publish beside the mail of the
/// same outbox folder), failing at once when another process holds it.
pub fn exclusive_at(file: &Path, folder: &Path, doing: &str) -> Result<Lock, Diagnostic> {
    take(file, folder, doing, false)
}

/// [`exclusive`], but on a lock file of its own, outside the folder it guards (which then
/// holds nothing of verslag's: a web folder to upload as it is), and waiting for another
/// process's lock to be released (saying so once): for work of a moment, such as writing a
/// web folder, where the second run should simply follow the first. `folder` names what is
/// locked in messages.
pub fn exclusive_waiting_at(file: &Path, folder: &Path, doing: &str) -> Result<Lock, Diagnostic> {
    take(file, folder, doing, true)
}

fn take(path: &Path, folder: &Path, doing: &str, wait: bool) -> Result<Lock, Diagnostic> {
    let path = path.to_path_buf();
    let parent = path.parent().unwrap_or(folder);
    std::fs::create_dir_all(parent).map_err(|e| {
        Diagnostic::file(folder, crate::msg!("cannot-create-folder", reason = &e))
            .with_hint(crate::msg!("hint-lock-folder"))
    })?;
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| {
            Diagnostic::file(&path, crate::msg!("lock-file", reason = &e))
                .with_hint(crate::msg!("hint-lock-file"))
        })?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) if wait => {
            crate::console::note(crate::msg!(
                "lock-waiting",
                held = held(folder, &mut file).message
            ));
            file.lock().map_err(|e| unsupported(folder, &e))?;
        }
        Err(TryLockError::WouldBlock) => return Err(held(folder, &mut file)),
        Err(TryLockError::Error(e)) => return Err(unsupported(folder, &e)),
    }
    let now = jiff::ZonedDateTime::now();
    let line = format!(
        "{}\t{}\t{doing}\n",
        std::process::id(),
        now.strftime("%Y-%m-%d %H:%M")
    );
    // Who holds it, for the message a second run prints; not needed for the lock itself.
    let _ = file
        .set_len(0)
        .and_then(|()| file.write_all(line.as_bytes()))
        .and_then(|()| file.flush());
    Ok(Lock { file })
}

/// Fails when another process holds the folder's lock right now (a shared lock is taken and
/// released at once). A folder that cannot be locked (read-only media) counts as free.
pub fn is_free(folder: &Path) -> Result<(), Diagnostic> {
    is_free_at(&folder.join(FILE_NAME), folder)
}

/// [`is_free`] for the lock file `file` of its own ([`exclusive_at`]'s).
pub fn is_free_at(file: &Path, folder: &Path) -> Result<(), Diagnostic> {
    let Ok(mut file) = File::open(file) else {
        return Ok(());
    };
    match file.try_lock_shared() {
        Err(TryLockError::WouldBlock) => Err(held(folder, &mut file)),
        _ => Ok(()),
    }
}

/// "another verslag is sending outbox/x (process 4242, started 2026-11-28 10:42)".
fn held(folder: &Path, file: &mut File) -> Diagnostic {
    // The holder writes who it is right after it took the lock: give it a moment to.
    let mut text = String::new();
    for _ in 0..20 {
        text.clear();
        let _ = file.rewind().and_then(|_| file.read_to_string(&mut text));
        if text.ends_with('\n') {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let mut fields = text.trim_end().splitn(3, '\t');
    let (pid, started, doing) = (fields.next(), fields.next(), fields.next());
    let message = match (pid, started, doing) {
        (Some(pid), Some(started), Some(doing)) => {
            crate::msg!("lock-held-by", doing = doing, pid = pid, started = started)
        }
        _ => crate::msg!("lock-held", folder = folder.display().to_string()),
    };
    Diagnostic::file(folder, message).with_hint(crate::msg!("hint-lock-held"))
}

fn unsupported(folder: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::file(folder, crate::msg!("lock-unsupported", reason = e))
        .with_hint(crate::msg!("hint-lock-unsupported"))
}
