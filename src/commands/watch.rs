//! `verslag watch EVENT`: build the report, then rebuild it whenever the record, a photo, a
//! template or the brand changes. Problems print as `check` prints them; while the record is
//! broken the last good PDF stays in place (every write is atomic, and only a good build writes).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use crate::cli::{Look, WatchArgs};
use crate::console;
use crate::diagnostics::{Diagnostic, Outcome};
use crate::load;
use crate::render::Flavour;
use crate::report;

/// Changes closer together than this are one change (an editor saves in several steps).
const SETTLE: Duration = Duration::from_millis(150);

pub fn run(a: &WatchArgs) -> Outcome {
    let dir = load::resolve(&a.event)?;
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(|e| {
        Diagnostic::file(
            &dir.dir,
            crate::msg!("watch-cannot", reason = e.to_string()),
        )
        .with_hint(crate::msg!("hint-watch-cannot"))
    })?;
    for (path, mode) in watched(&dir.dir, &a.report.look) {
        watcher.watch(&path, mode).map_err(|e| {
            Diagnostic::file(
                &path,
                crate::msg!("watch-cannot-file", reason = e.to_string()),
            )
            .with_hint(crate::msg!("hint-watch-cannot-file"))
        })?;
    }
    if !console::is_quiet() {
        console::note(crate::msg!("watching", dir = dir.dir.display().to_string()));
    }
    // The report's own writes, final or draft (in either language), never start a build.
    let reports = [crate::record::Language::Nl, crate::record::Language::En]
        .map(|l| format!("{}-{}.pdf", dir.slug, crate::i18n::draft_word(l)));
    let own: Vec<PathBuf> = std::iter::once(format!("{}.pdf", dir.slug))
        .chain(reports)
        .flat_map(|name| {
            let pdf = PathBuf::from(name);
            [report::stamp_path(&pdf), pdf]
        })
        .collect();
    let web = a
        .web
        .as_ref()
        .map(|w| std::path::absolute(w).unwrap_or_else(|_| w.clone()));
    let ignore = |p: &Path| ignored(p, &own) || web.as_ref().is_some_and(|w| p.starts_with(w));
    let mut written = false;
    loop {
        written |= rebuild(a, written);
        if !wait_for_change(&rx, &ignore) {
            return Ok(());
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
fn ignored(path: &Path, own: &[PathBuf]) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    own.iter().any(|o| o.as_os_str() == name.as_ref())
        || path
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with(".verslag-"))
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
fn rebuild(a: &WatchArgs, written: bool) -> bool {
    let start = Instant::now();
    let setup = super::shared::setup(&a.report.look, &a.report.photos);
    // A brand with problems of its own: its fonts are not known, so names are not checked.
    let fonts = setup.as_ref().ok().map(|s| s.brand.font_set.clone());
    let loaded = load::load_with(&a.event, fonts);
    let (setup, loaded) = match (setup, loaded) {
        (Ok(s), Ok(l)) => (s, l),
        (s, l) => {
            let problems: Vec<_> = s.err().into_iter().chain(l.err()).flatten().collect();
            console::problems(&problems);
            not_written(crate::load::errors(&problems), written);
            return false;
        }
    };
    console::problems(&loaded.warnings);
    let result = report::render_event(&loaded, &setup, Flavour::Standard).and_then(|report| {
        console::problems(&report.output.warnings);
        let path = report::output_path(&a.report.output, &loaded);
        report::write_report(&path, &report).map_err(|d| vec![d])?;
        if let Some(web) = &a.web {
            // The PDF just written is current: the page links to it as it is.
            let (folder, warnings) = crate::web::write(&loaded, &setup, &a.report.output, web)?;
            console::problems(&warnings);
            console::result(crate::msg!(
                "watch-wrote",
                file = folder.join("index.html").display().to_string()
            ));
        }
        Ok(path)
    });
    // Keep Typst's memo cache to what recent builds used, so a long session stays small.
    typst::comemo::evict(10);
    match result {
        Ok(path) => {
            console::result(crate::msg!(
                "watch-built",
                file = path.display().to_string(),
                seconds =
                    crate::catalog::Arg::Figure(format!("{:.2}", start.elapsed().as_secs_f64()))
            ));
            true
        }
        Err(problems) => {
            console::problems(&problems);
            not_written(problems.len(), written);
            false
        }
    }
}

fn not_written(problems: usize, written: bool) {
    console::note(if written {
        crate::msg!("watch-kept", count = problems)
    } else {
        crate::msg!("watch-nothing-yet", count = problems)
    });
}
