//! A full disk under the studio's form, on a small tmpfs of its own: the save fails and says
//! why, the change stays on the page, no temporary file is left, and once there is room the
//! page saves it by itself (tests/browser/full.mjs). Needs root for the mount, as in CI.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::studio::start;
use super::studio_form::{changed_lines, toml_of};
use crate::common::{self, EXAMPLE, scratch, stderr};

/// A mounted tmpfs, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(at).unwrap();
        let o = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .output()
            .ok()?;
        o.status
            .success()
            .then(|| Tmpfs(at.to_path_buf()))
            .or_else(|| {
                eprintln!(
                    "\n*** SKIPPED: a full disk needs `mount -t tmpfs` (root): {} ***\n",
                    stderr(&o).trim()
                );
                None
            })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_keeps_the_change_on_the_page_and_saves_it_once_there_is_room() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let events = dir.path().join("events");
    let Some(_disk) = Tmpfs::mount(&events, "16m") else {
        return;
    };
    let event = events.join(&EXAMPLE[7..]);
    common::copy_tree(&common::root().join(EXAMPLE), &event);
    let before = std::fs::read_to_string(toml_of(&events)).unwrap();
    let studio = start(&events, &[]);
    std::fs::create_dir_all(common::root().join("target/studio-shots")).unwrap();
    let r = crate::browser::script(
        "full.mjs",
        &[
            studio.url.as_ref(),
            events.join("filler").as_os_str(),
            common::root().join("target/studio-shots").as_os_str(),
        ],
        &chromium,
    );
    let notice = r["notice"].as_str().unwrap();
    assert!(
        notice.contains("tried again") && notice.contains("the disk is full"),
        "{r:#}"
    );
    assert_eq!(r["state"], "Not saved yet", "{r:#}");
    assert_eq!(r["title_kept"], "Een kop op een volle schijf");
    assert_eq!(r["saved"], true);
    assert_eq!(r["notice_after"], "", "{r:#}");
    for error in r["console_errors"].as_array().unwrap() {
        let error = error.as_str().unwrap();
        assert!(
            error.contains("507 (Insufficient Storage)") && error.ends_with("/record"),
            "an unexpected console error: {error}"
        );
    }
    let after = std::fs::read_to_string(toml_of(&events)).unwrap();
    assert_eq!(
        changed_lines(&before, &after),
        ["title = \"Een kop op een volle schijf\""]
    );
    let mut left: Vec<String> = std::fs::read_dir(&event)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["event.toml", "photos"], "no temporary file stays");
    drop(studio);
}
