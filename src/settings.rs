//! What an organiser set in the studio, kept between runs: per events folder (by its
//! canonical path) the brand file and the SMTP server's address, never a password. In
//! `verslag/settings.toml` under the platform's config folder (`VERSLAG_CONFIG_DIR` instead,
//! when set), written atomically. The command line's `--brand` and `--smtp-url` still win.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diagnostics::Diagnostic;
use crate::msg;

/// The settings of one events folder.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_url: Option<String>,
}

#[derive(Default, Serialize, Deserialize)]
struct File {
    /// The events folder the studio served last: a start without `--events` serves it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_events: Option<PathBuf>,
    #[serde(default, rename = "folder")]
    folders: Vec<Folder>,
}

#[derive(Serialize, Deserialize)]
struct Folder {
    events: PathBuf,
    #[serde(flatten)]
    settings: Settings,
}

/// The settings file, or `None` when this computer has no config folder.
pub fn path() -> Option<PathBuf> {
    std::env::var_os("VERSLAG_CONFIG_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs::config_dir().map(|d| d.join("verslag")))
        .map(|d| d.join("settings.toml"))
}

fn key(events: &Path) -> PathBuf {
    events
        .canonicalize()
        .unwrap_or_else(|_| events.to_path_buf())
}

fn read(path: &Path) -> File {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| toml::from_str(&t).ok())
        .unwrap_or_default()
}

/// The settings for `events`; none yet (or a file that does not read) is no settings.
pub fn load(events: &Path) -> Settings {
    let Some(path) = path() else {
        return Settings::default();
    };
    let events = key(events);
    read(&path)
        .folders
        .into_iter()
        .find(|f| f.events == events)
        .map(|f| f.settings)
        .unwrap_or_default()
}

/// The events folder the studio served last, if it is still a folder.
pub fn last_events() -> Option<PathBuf> {
    read(&path()?).last_events.filter(|d| d.is_dir())
}

/// Keeps `events` as the folder the studio serves when started without `--events`.
pub fn remember_events(events: &Path) -> Result<(), Diagnostic> {
    let path = path()
        .ok_or_else(|| Diagnostic::env("VERSLAG_CONFIG_DIR", msg!("settings-no-config-folder")))?;
    let mut file = read(&path);
    let events = key(events);
    if file.last_events.as_ref() == Some(&events) {
        return Ok(());
    }
    file.last_events = Some(events);
    let text = toml::to_string(&file).unwrap_or_default();
    crate::fsx::write_atomic(&path, text.as_bytes())
}

/// Checks `s` and keeps it for `events`, the other folders' settings as they were.
pub fn save(events: &Path, s: &Settings) -> Result<(), Diagnostic> {
    check(s)?;
    let path = path()
        .ok_or_else(|| Diagnostic::env("VERSLAG_CONFIG_DIR", msg!("settings-no-config-folder")))?;
    let events = key(events);
    let mut file = read(&path);
    file.folders.retain(|f| f.events != events);
    if s != &Settings::default() {
        file.folders.push(Folder {
            events,
            settings: s.clone(),
        });
    }
    let text = toml::to_string(&file).unwrap_or_default();
    crate::fsx::write_atomic(&path, text.as_bytes())
}

/// A brand that loads as `--brand` loads it; an SMTP address without a password in it (the
/// password is asked for each send and never kept).
pub fn check(s: &Settings) -> Result<(), Diagnostic> {
    if let Some(brand) = &s.brand {
        if !brand.is_absolute() {
            return Err(Diagnostic::file(brand, msg!("settings-brand-absolute")));
        }
        if let Err(mut problems) = crate::brand::Brand::load(brand, None) {
            return Err(problems.remove(0));
        }
    }
    if let Some(url) = &s.smtp_url {
        let rest = url
            .strip_prefix("smtp://")
            .or_else(|| url.strip_prefix("smtps://"));
        let Some(rest) = rest else {
            return Err(Diagnostic::argument(
                "SMTP",
                msg!("settings-smtp-scheme", url = url.as_str()),
            ));
        };
        let authority = rest.split('/').next().unwrap_or_default();
        if authority
            .rsplit_once('@')
            .is_some_and(|(user, _)| user.contains(':'))
        {
            return Err(Diagnostic::argument("SMTP", msg!("settings-smtp-password")));
        }
    }
    Ok(())
}

/// `url` with any password taken out (`smtps://naam:geheim@host` → `smtps://naam@host`), to
/// show back what was typed without it.
pub fn without_password(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (authority, path) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => format!("{}@{host}", user.split(':').next().unwrap_or_default()),
        None => authority.to_string(),
    };
    let path = if path.is_empty() {
        String::new()
    } else {
        format!("/{path}")
    };
    if scheme.is_empty() {
        format!("{authority}{path}")
    } else {
        format!("{scheme}://{authority}{path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_taken_out_of_an_address() {
        assert_eq!(
            without_password("smtps://naam:geheim@mail.nl:465"),
            "smtps://naam@mail.nl:465"
        );
        assert_eq!(
            without_password("smtp://mail.nl:25/x"),
            "smtp://mail.nl:25/x"
        );
        assert_eq!(without_password("a:b@c"), "a@c");
    }
}
