//! `verslag studio --install-launcher`: a file that starts the studio with a double-click,
//! from the templates in `dist/`, with this program's own path filled in. On Linux a
//! `.desktop` entry in the user's applications folder (the menu); on macOS a `.command` file
//! on the desktop. On Windows `verslag.exe` itself is double-clicked (`cli::start`).

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::msg;

const DESKTOP: &str = include_str!("../../dist/verslag-studio.desktop");
const COMMAND: &str = include_str!("../../dist/verslag-studio.command");

/// The `.desktop` entry for `exe`: its path quoted as the Desktop Entry specification wants
/// (`"…"`, with `"`, `` ` ``, `$` and `\` escaped, and `%` doubled).
pub fn desktop_entry(exe: &Path) -> String {
    let mut quoted = String::from("\"");
    for c in exe.to_string_lossy().chars() {
        match c {
            '"' | '`' | '$' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '%' => quoted.push_str("%%"),
            _ => quoted.push(c),
        }
    }
    quoted.push('"');
    // The entry's own `\` escape turns each `\\` back into one.
    DESKTOP.replace("@EXEC@", &quoted.replace('\\', "\\\\"))
}

/// The `.command` script for `exe`: its path in single quotes for the shell.
pub fn command_file(exe: &Path) -> String {
    let quoted = format!("'{}'", exe.to_string_lossy().replace('\'', r"'\''"));
    COMMAND.replace("@EXEC@", &quoted)
}

/// Writes the launcher of this system; the file written.
pub fn install() -> Result<PathBuf, Diagnostic> {
    let exe = std::env::current_exe()
        .and_then(std::fs::canonicalize)
        .map_err(|e| {
            Diagnostic::argument("--install-launcher", msg!("launcher-no-exe", reason = &e))
        })?;
    let (path, text) = if cfg!(target_os = "macos") {
        let desktop = dirs::desktop_dir().ok_or_else(no_folder)?;
        (desktop.join("verslag studio.command"), command_file(&exe))
    } else if cfg!(windows) {
        return Err(
            Diagnostic::argument("--install-launcher", msg!("launcher-windows"))
                .with_hint(msg!("hint-launcher-windows")),
        );
    } else {
        let data = dirs::data_dir().ok_or_else(no_folder)?;
        (
            data.join("applications").join("verslag-studio.desktop"),
            desktop_entry(&exe),
        )
    };
    crate::fsx::write_atomic(&path, text.as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| Diagnostic::file(&path, msg!("io-other", detail = e.to_string())))?;
    }
    Ok(path)
}

fn no_folder() -> Diagnostic {
    Diagnostic::argument("--install-launcher", msg!("launcher-no-folder"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_launchers_name_this_program_quoted_for_their_reader() {
        let entry = desktop_entry(Path::new("/opt/my apps/100% \"v\"/verslag"));
        assert!(
            entry.contains("\nExec=\"/opt/my apps/100%% \\\\\"v\\\\\"/verslag\" studio\n"),
            "{entry}"
        );
        let script = command_file(Path::new("/Users/an'na/verslag"));
        assert!(script.starts_with("#!/bin/sh\n"));
        assert!(
            script.contains("\nexec '/Users/an'\\''na/verslag' studio\n"),
            "{script}"
        );
    }
}
