//! Reading a file of bounded size, and writing files so that a reader never sees half of one: temp file in the same folder,
//! flushed to disk, then renamed over the target. An interrupt (Ctrl-C, SIGTERM) removes the
//! temp files being written and stops before any rename, so it leaves no partial file.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::catalog::Message;
use crate::diagnostics::Diagnostic;

/// Temp files being written right now; the interrupt handler removes them.
static IN_PROGRESS: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);

/// Installs the handler for SIGINT and SIGTERM: remove temp files, exit 130.
pub fn handle_interrupts() {
    let _ = ctrlc::set_handler(|| {
        // Holding the lock until exit: no write can reach its rename after this point.
        let guard = IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner());
        for path in guard.iter().flatten() {
            if path.is_dir() {
                // Renamed first: a thread still filling the folder cannot add to it by its
                // old name (fill_folder never re-creates the root), so the removal is whole.
                let doomed = path.with_extension("removing");
                let gone = if std::fs::rename(path, &doomed).is_ok() {
                    doomed
                } else {
                    path.clone()
                };
                let _ = std::fs::remove_dir_all(gone);
            } else {
                let _ = std::fs::remove_file(path);
            }
        }
        eprintln!("verslag: {}", crate::msg!("interrupted"));
        std::process::exit(130);
    });
}

/// A temp file or folder (`.verslag-*.tmp`) made by `create`, registered for the interrupt
/// handler under its lock, so that an interrupt cannot fall between the two.
fn tracked<T>(
    create: impl FnOnce(&tempfile::Builder) -> std::io::Result<T>,
    path: impl Fn(&T) -> &Path,
) -> std::io::Result<T> {
    let mut guard = IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner());
    let made = create(tempfile::Builder::new().prefix(".verslag-").suffix(".tmp"))?;
    guard
        .get_or_insert_with(HashSet::new)
        .insert(path(&made).to_path_buf());
    Ok(made)
}

fn untrack(path: &Path) {
    let mut guard = IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(set) = guard.as_mut() {
        set.remove(path);
    }
}

pub fn write_atomic(target: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    write_with(target, bytes, true)
}

/// [`write_atomic`] for a file that must not exist yet: when one appears meanwhile (another
/// run, an editor), it is kept and this is an error.
pub fn write_new(target: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    write_with(target, bytes, false)
}

fn write_with(target: &Path, bytes: &[u8], replace: bool) -> Result<(), Diagnostic> {
    let fail = |what: Message, e: &std::io::Error| {
        Diagnostic::file(target, crate::msg!("fs-cannot", what = what, reason = e))
            .with_hint(crate::msg!("hint-fs-cannot"))
    };
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(folder).map_err(|e| fail(crate::msg!("fs-create-its-folder"), &e))?;
    let tmp = tracked(|b| b.tempfile_in(folder), |t| t.path())
        .map_err(|e| fail(crate::msg!("fs-create-temp-file"), &e))?;
    let tmp_path = tmp.path().to_path_buf();
    let result = fill_and_rename(tmp, target, bytes, replace, fail);
    untrack(&tmp_path);
    result
}

fn fill_and_rename(
    mut tmp: tempfile::NamedTempFile,
    target: &Path,
    bytes: &[u8],
    replace: bool,
    fail: impl Fn(Message, &std::io::Error) -> Diagnostic,
) -> Result<(), Diagnostic> {
    // Temp files are private (0600); a report is an ordinary shareable file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.write_all(bytes)
        .map_err(|e| fail(crate::msg!("fs-write"), &e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| fail(crate::msg!("fs-write"), &e))?;
    test_hold();
    if replace {
        tmp.persist(target)
            .map_err(|e| fail(crate::msg!("fs-replace"), &e.error))?;
    } else {
        tmp.persist_noclobber(target)
            .map_err(|e| fail(crate::msg!("fs-write-exists"), &e.error))?;
    }
    Ok(())
}

/// Writes a whole folder of files (paths relative to it, `/` between folders) so that a
/// reader sees the old folder or the new one, never a mix: the files go to a temp folder
/// beside it, which then takes the old one's place. The swap happens under the interrupt
/// lock, so Ctrl-C leaves the old folder or the new one and removes the temp folder.
pub fn write_folder_atomic(target: &Path, files: &[(String, Vec<u8>)]) -> Result<(), Diagnostic> {
    let fail = |what: Message, e: &std::io::Error| {
        Diagnostic::file(target, crate::msg!("fs-cannot", what = what, reason = e))
            .with_hint(crate::msg!("hint-fs-cannot"))
    };
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    std::fs::create_dir_all(parent).map_err(|e| fail(crate::msg!("fs-create-its-folder"), &e))?;
    if target.exists() && !target.is_dir() {
        return Err(Diagnostic::file(target, crate::msg!("fs-file-not-folder"))
            .with_hint(crate::msg!("hint-fs-file-not-folder")));
    }
    let tmp = tracked(|b| b.tempdir_in(parent), |t| t.path())
        .map_err(|e| fail(crate::msg!("fs-create-temp-folder"), &e))?;
    let tmp_path = tmp.path().to_path_buf();
    let result = fill_folder(&tmp_path, files)
        .map_err(|e| fail(crate::msg!("fs-write"), &e))
        .and_then(|()| {
            test_hold();
            let guard = IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner());
            let old = parent.join(format!(".{name}.old-{}", std::process::id()));
            let had_old = target.exists();
            if had_old {
                std::fs::rename(target, &old).map_err(|e| fail(crate::msg!("fs-replace"), &e))?;
            }
            if let Err(e) = std::fs::rename(&tmp_path, target) {
                if had_old {
                    let _ = std::fs::rename(&old, target);
                }
                return Err(fail(crate::msg!("fs-replace"), &e));
            }
            drop(guard);
            if had_old {
                let _ = std::fs::remove_dir_all(&old);
            }
            Ok(())
        });
    untrack(&tmp_path);
    if result.is_ok() {
        // Renamed: nothing left for the TempDir to remove.
        let _ = tmp.keep();
    }
    result
}

fn fill_folder(root: &Path, files: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o755))?;
    }
    for (relative, bytes) in files {
        // Folders one by one below the root, never the root itself: if an interrupt has
        // taken the root away, this fails instead of bringing it back.
        let parts: Vec<&str> = relative.split('/').collect();
        let mut path = root.to_path_buf();
        for part in &parts[..parts.len() - 1] {
            path.push(part);
            match std::fs::create_dir(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => return Err(e),
                _ => {}
            }
        }
        path.push(parts[parts.len() - 1]);
        let mut file = std::fs::File::create(&path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    Ok(())
}

/// Reads a whole file of at most `max` bytes.
pub fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read;
    let fail = |e: std::io::Error| Diagnostic::file(path, crate::msg!("cannot-read", reason = e));
    let file = std::fs::File::open(path).map_err(fail)?;
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes).map_err(fail)?;
    if bytes.len() as u64 > max {
        return Err(Diagnostic::file(
            path,
            crate::msg!("fs-too-large", max = max / 1024),
        ));
    }
    Ok(bytes)
}

/// A temp file (`.verslag-*.tmp`) for a stream its caller writes, removed when dropped or
/// on an interrupt, until [`TempFile::keep_new`] gives it its name.
pub struct TempFile(Option<tempfile::NamedTempFile>);

impl TempFile {
    pub fn new_in(folder: &Path) -> std::io::Result<TempFile> {
        tracked(|b| b.tempfile_in(folder), |t| t.path()).map(|t| TempFile(Some(t)))
    }

    pub fn path(&self) -> &Path {
        self.0.as_ref().map_or(Path::new(""), |t| t.path())
    }

    pub fn file(&mut self) -> Option<&mut std::fs::File> {
        self.0.as_mut().map(|t| t.as_file_mut())
    }

    /// Renames it to `target` unless a file is there already: `Ok(false)`, and it stays
    /// a temp file to be named otherwise. Flushed to disk first.
    pub fn keep_new(&mut self, target: &Path) -> std::io::Result<bool> {
        let Some(tmp) = self.0.take() else {
            return Err(std::io::ErrorKind::NotFound.into());
        };
        tmp.as_file().sync_all()?;
        let path = tmp.path().to_path_buf();
        match tmp.persist_noclobber(target) {
            Ok(_) => {
                untrack(&path);
                Ok(true)
            }
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
                self.0 = Some(e.file);
                Ok(false)
            }
            Err(e) => {
                self.0 = Some(e.file);
                Err(e.error)
            }
        }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(t) = self.0.take() {
            let path = t.path().to_path_buf();
            drop(t);
            untrack(&path);
        }
    }
}

/// A name that is a valid file or folder name on Windows, macOS and Linux alike: the
/// characters Windows forbids (`< > : " / \ | ? *` and control characters) become `-`,
/// trailing dots and spaces go, and a name Windows reserves (`CON`, `NUL`, `COM1`, ...) gets
/// a leading `_`. Spaces, accents and emoji stay: every system takes them.
pub fn safe_name(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') {
                '-'
            } else {
                c
            }
        })
        .collect();
    let kept = out.trim_end_matches(['.', ' ']).len();
    out.truncate(kept);
    if out.is_empty() {
        return "_".into();
    }
    let stem = out
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved {
        out.insert(0, '_');
    }
    out
}

/// Test hook, in debug builds only (the tests drive the debug binary): holds a written temp
/// file before its rename, so that the interrupt test can send its signal exactly while a
/// file is half-way. Read once per process; a release build has no such hook.
#[cfg(debug_assertions)]
fn test_hold() {
    static HOLD: std::sync::LazyLock<Option<u64>> = std::sync::LazyLock::new(|| {
        std::env::var("VERSLAG_TEST_WRITE_DELAY_MS")
            .ok()
            .and_then(|v| v.parse().ok())
    });
    if let Some(ms) = *HOLD {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

#[cfg(not(debug_assertions))]
fn test_hold() {}

#[cfg(test)]
mod tests {
    use super::safe_name;

    #[test]
    fn names_are_safe_on_windows_too() {
        assert_eq!(
            safe_name("2022-11-01-café met 😀"),
            "2022-11-01-café met 😀"
        );
        assert_eq!(
            safe_name("2022-11-01-wat? a:b*c\"d|e"),
            "2022-11-01-wat- a-b-c-d-e"
        );
        assert_eq!(safe_name("trailing. . "), "trailing");
        assert_eq!(safe_name("CON"), "_CON");
        assert_eq!(safe_name("nul.txt"), "_nul.txt");
        assert_eq!(safe_name("com7"), "_com7");
        assert_eq!(safe_name("Console"), "Console");
        assert_eq!(safe_name("..."), "_");
    }
}
