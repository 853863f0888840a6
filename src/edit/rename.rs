//! An event's folder following its date: `<year>/<date>-<name>`, with whatever else is named
//! after the folder (its outbox) moved by the caller, who knows about mail.

use std::path::{Path, PathBuf};

use crate::catalog::Message;
use crate::msg;

/// What else is named after an event's folder: asked before a move, told after it.
pub trait Follower {
    /// Whether the event may move from folder name `from` to `to` (not once mail went out).
    fn may_move(&self, from: &str, to: &str) -> Result<(), Message>;
    /// The folder moved: follow it.
    fn moved(&self, from: &str, to: &str) -> Result<(), Message>;
}

/// A move of an event's folder, checked and not yet made.
#[derive(Debug)]
pub struct Renamed {
    pub from: PathBuf,
    pub folder: PathBuf,
    from_name: String,
    to_name: String,
}

/// Where the event in `dir` goes for the date `date` (`YYYY-MM-DD`): `None` when its folder
/// is not named `<date>-<name>` (then `check` says so) or is already right.
pub fn renamed_folder(
    dir: &Path,
    date: &str,
    follower: &dyn Follower,
) -> Result<Option<Renamed>, Message> {
    let Some(name) = dir.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Ok(None);
    };
    let dated = name.get(..10).is_some_and(|d| {
        d.parse::<toml_edit::Datetime>()
            .is_ok_and(|d| d.date.is_some())
    }) && name.as_bytes().get(10) == Some(&b'-');
    let (Some(events), Some(rest), Some(year), true) = (
        dir.parent().and_then(Path::parent),
        name.get(11..).filter(|r| !r.is_empty()),
        date.get(..4),
        dated,
    ) else {
        return Ok(None);
    };
    let new_name = format!("{date}-{rest}");
    let folder = events.join(year).join(&new_name);
    if folder == dir {
        return Ok(None);
    }
    if folder.exists() {
        return Err(msg!(
            "form-move-exists",
            folder = folder.display().to_string()
        ));
    }
    follower.may_move(&name, &new_name)?;
    Ok(Some(Renamed {
        from: dir.to_path_buf(),
        folder,
        from_name: name,
        to_name: new_name,
    }))
}

/// Makes the move, and has the follower follow; undone when it cannot.
pub fn apply(r: &Renamed, follower: &dyn Follower) -> Result<(), Message> {
    let failed = |e: std::io::Error| msg!("form-move-failed", reason = e.to_string());
    if let Some(year) = r.folder.parent() {
        std::fs::create_dir_all(year).map_err(failed)?;
    }
    std::fs::rename(&r.from, &r.folder).map_err(failed)?;
    if let Err(m) = follower.moved(&r.from_name, &r.to_name) {
        let _ = std::fs::rename(&r.folder, &r.from);
        return Err(m);
    }
    // An emptied year folder goes with it.
    if let Some(old_year) = r.from.parent() {
        let _ = std::fs::remove_dir(old_year);
    }
    Ok(())
}
