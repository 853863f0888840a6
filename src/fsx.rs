//! Writing files so that a reader never sees half of one: temp file in the same folder,
//! flushed to disk, then renamed over the target.

use std::io::Write;
use std::path::Path;

use crate::diagnostics::Diagnostic;

pub fn write_atomic(target: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        Diagnostic::file(target, format!("cannot {what}: {e}"))
            .with_hint("check that the folder exists and is writable, and that the disk has space")
    };
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(folder).map_err(|e| fail("create its folder", &e))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".verslag-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| fail("create a temporary file", &e))?;
    // Temp files are private (0600); a report is an ordinary shareable file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.write_all(bytes).map_err(|e| fail("write", &e))?;
    tmp.as_file().sync_all().map_err(|e| fail("write", &e))?;
    tmp.persist(target).map_err(|e| fail("replace", &e.error))?;
    Ok(())
}
