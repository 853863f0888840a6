//! `verslag watch EVENT`: build the report, then rebuild it whenever the record, a photo, a
//! template or the brand changes. Problems print as `check` prints them; while the record is
//! broken the last good PDF stays in place (every write is atomic, and only a good build writes).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use crate::build::{self, Setup};
use crate::check;
use crate::cli::{Format, Look, PhotoOptions};
use crate::load;
use crate::render::Flavour;

/// Changes closer together than this are one change (an editor saves in several steps).
const SETTLE: Duration = Duration::from_millis(150);

pub fn run(event: &Path, out: &Path, look: &Look, photos: &PhotoOptions, format: Format) -> i32 {
    let dir = match load::resolve(event) {
        Ok(dir) => dir,
        Err(d) => {
            check::print_problems(&[*d], format);
            return 1;
        }
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = match notify::recommended_watcher(tx) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: cannot watch for changes: {e}");
            return 1;
        }
    };
    for (path, mode) in watched(&dir.dir, look) {
        if let Err(e) = watcher.watch(&path, mode) {
            eprintln!("error: cannot watch {}: {e}", path.display());
            eprintln!("  hint: check that it exists; `verslag build` works without watching");
            return 1;
        }
    }
    if !crate::log::is_quiet() {
        eprintln!(
            "watching {} for changes; press Ctrl-C to stop",
            dir.dir.display()
        );
    }
    let report = PathBuf::from(format!("{}.pdf", dir.slug));
    let stamp = build::stamp_path(&report);
    let ignore = |p: &Path| ignored(p, &[&report, &stamp]);
    let mut written = false;
    loop {
        written |= rebuild(event, out, look, photos, format, written);
        if !wait_for_change(&rx, &ignore) {
            return 0;
        }
    }
}

/// The event folder (photos included), the template folder and the brand file's folder.
fn watched(event_dir: &Path, look: &Look) -> Vec<(PathBuf, RecursiveMode)> {
    let mut paths = vec![(event_dir.to_path_buf(), RecursiveMode::Recursive)];
    if let Some(t) = &look.templates {
        paths.push((t.clone(), RecursiveMode::Recursive));
    }
    if let Some(b) = &look.brand {
        // Editors replace a file when they save it, so its folder is watched, not the file;
        // recursively, because the logo may sit in a folder below it.
        let folder = match b.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        paths.push((folder, RecursiveMode::Recursive));
    }
    paths
}

/// The report itself, its stamp and verslag's temporary files (writing them must not start another
/// build, wherever `--output` points), and editors' swap, backup and autosave files.
fn ignored(path: &Path, own: &[&PathBuf]) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    own.iter().any(|o| o.as_os_str() == name.as_ref())
        || name.starts_with(".verslag-")
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name.ends_with('~')
        || [".swp", ".swo", ".swx"].iter().any(|e| name.ends_with(e))
}

/// Blocks until something that matters changed and the changes settled; false when the
/// watcher is gone.
fn wait_for_change(
    rx: &Receiver<notify::Result<notify::Event>>,
    ignore: &dyn Fn(&Path) -> bool,
) -> bool {
    let relevant = |e: &notify::Result<notify::Event>| match e {
        // Reading changes nothing, nor does a new empty folder (such as the output's).
        Ok(e) => {
            !matches!(
                e.kind,
                EventKind::Access(_) | EventKind::Create(notify::event::CreateKind::Folder)
            ) && e.paths.iter().any(|p| !ignore(p))
        }
        Err(_) => true,
    };
    loop {
        match rx.recv() {
            Ok(e) if relevant(&e) => break,
            Ok(_) => continue,
            Err(_) => return false,
        }
    }
    loop {
        match rx.recv_timeout(SETTLE) {
            Ok(_) => continue,
            Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

/// One build: check, typeset, write. Problems are printed; nothing is written on failure.
/// Returns whether a report was written; `written` says whether an earlier one was.
fn rebuild(
    event: &Path,
    out: &Path,
    look: &Look,
    photos: &PhotoOptions,
    format: Format,
    written: bool,
) -> bool {
    let start = Instant::now();
    let setup = Setup::new(look, photos);
    let loaded = load::load(event);
    let (setup, loaded) = match (setup, loaded) {
        (Ok(s), Ok(l)) => (s, l),
        (s, l) => {
            let problems: Vec<_> = s.err().into_iter().chain(l.err()).flatten().collect();
            check::print_problems(&problems, format);
            not_written(problems.len(), written);
            return false;
        }
    };
    let result = build::render_event(&loaded, &setup, Flavour::Standard).and_then(|report| {
        check::print_problems(&report.output.warnings, format);
        let path = build::output_path(out, &loaded);
        build::write_report(&path, &report).map_err(|d| vec![d])?;
        Ok(path)
    });
    // Keep Typst's memo cache to what recent builds used, so a long session stays small.
    typst::comemo::evict(10);
    match result {
        Ok(path) => {
            println!(
                "built {} in {:.2} s",
                path.display(),
                start.elapsed().as_secs_f64()
            );
            true
        }
        Err(problems) => {
            check::print_problems(&problems, format);
            not_written(problems.len(), written);
            false
        }
    }
}

fn not_written(problems: usize, written: bool) {
    let s = if problems == 1 { "" } else { "s" };
    let kept = if written {
        "the last good report was kept"
    } else {
        "no report was written yet"
    };
    eprintln!("{problems} problem{s}; {kept}. Waiting for the next save...");
}
