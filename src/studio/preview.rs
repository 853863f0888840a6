//! One event's live report in the studio: a worker renders it (PDF and SVG pages from one
//! compile) and renders again whenever the record, a photo, the brand or a template changes;
//! a render overtaken by a change is thrown away for a newer one. Pages stay at the last good
//! render while the record is broken; its problems are shown beside them.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

use crate::diagnostics::{Diagnostic, Style};
use crate::record::Language;
use crate::report;

/// Changes closer together than this are one change (an editor saves in several steps).
const SETTLE: Duration = Duration::from_millis(100);

/// What the page shows of one event.
#[derive(Default, Clone)]
pub struct Shown {
    /// Goes up with every finished render, good or not.
    pub generation: u64,
    pub pages: Vec<Arc<String>>,
    pub pdf: Option<Arc<Vec<u8>>>,
    /// The problems of the last render (errors, then warnings), as `check` prints them.
    pub problems: Vec<Diagnostic>,
    /// Whether the last render failed (the pages are an older render's).
    pub failed: bool,
    pub rendering: bool,
    /// Where the review round stands, as of the last record that read.
    pub round: Option<crate::mail::round::Round>,
}

/// An event's preview and its worker's news.
pub struct Preview {
    shown: Mutex<Shown>,
    news: Condvar,
}

/// What a render is made with: the event folder, and the brand and templates given.
#[derive(Clone)]
pub struct Source {
    pub dir: PathBuf,
    pub brand: Option<PathBuf>,
    pub templates: Option<PathBuf>,
    pub cache: Option<crate::cache::Cache>,
    /// The outbox root and the contacts, for the round's state.
    pub outbox: PathBuf,
    pub contacts: PathBuf,
}

impl Preview {
    /// Starts the worker of `source`; the preview fills in as its first render ends.
    pub fn start(source: Source) -> Arc<Preview> {
        let preview = Arc::new(Preview {
            shown: Mutex::new(Shown {
                rendering: true,
                ..Shown::default()
            }),
            news: Condvar::new(),
        });
        let worker = preview.clone();
        std::thread::spawn(move || worker.work(&source));
        preview
    }

    pub fn now(&self) -> Shown {
        self.shown.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Waits until a render newer than `seen` ends, or `timeout`; the generation then.
    pub fn wait_newer(&self, seen: u64, timeout: Duration) -> u64 {
        let Ok(guard) = self.shown.lock() else {
            return seen;
        };
        match self
            .news
            .wait_timeout_while(guard, timeout, |s| s.generation <= seen)
        {
            Ok((s, _)) => s.generation,
            Err(_) => seen,
        }
    }

    fn update(&self, change: impl FnOnce(&mut Shown)) {
        if let Ok(mut s) = self.shown.lock() {
            change(&mut s);
        }
        self.news.notify_all();
    }

    fn work(&self, source: &Source) {
        let (tx, rx) = std::sync::mpsc::channel();
        let watcher = notify::recommended_watcher(tx);
        let mut watcher = watcher.ok();
        if let Some(w) = watcher.as_mut() {
            for path in watched(source) {
                let _ = w.watch(&path, RecursiveMode::Recursive);
            }
        }
        loop {
            self.update(|s| s.rendering = true);
            let result = render(source);
            // A change during the render makes it stale: render again before showing.
            if changed(&rx, Duration::ZERO) {
                continue;
            }
            self.update(|s| {
                s.generation += 1;
                s.rendering = false;
                match result {
                    Ok((pages, pdf, warnings, round)) => {
                        s.round = Some(round);
                        s.pages = pages.into_iter().map(Arc::new).collect();
                        s.pdf = Some(Arc::new(pdf));
                        s.problems = warnings;
                        s.failed = false;
                    }
                    Err(problems) => {
                        s.problems = problems;
                        s.failed = true;
                    }
                }
            });
            if watcher.is_none() || !wait_for_change(&rx) {
                return;
            }
        }
    }
}

/// The problems as `check` prints them, in `lang`, without colour.
pub fn problems_text(problems: &[Diagnostic], lang: Language) -> String {
    problems
        .iter()
        .map(|d| d.render_in(Style::PLAIN, lang))
        .collect::<Vec<_>>()
        .join("\n")
}

type Rendered = (
    Vec<String>,
    Vec<u8>,
    Vec<Diagnostic>,
    crate::mail::round::Round,
);

fn render(source: &Source) -> Result<Rendered, Vec<Diagnostic>> {
    let setup = report::Setup::new(
        source.brand.as_deref(),
        source.templates.as_deref(),
        source.cache.clone(),
    )
    .map_err(|mut problems| {
        // A broken brand or template stops the render, not the record's own check.
        if let Err(more) = crate::load::load(&source.dir) {
            problems.extend(more);
        }
        problems
    })?;
    let loaded = crate::load::load_with(&source.dir, Some(setup.brand.font_set.clone()))?;
    let report = report::render_with_pages(&loaded, &setup)?;
    let mut warnings = loaded.warnings.clone();
    warnings.extend(report.output.warnings);
    // As `check` would say it: the form shows each at its field.
    warnings.extend(loaded.advice(crate::i18n::today()));
    let contacts = crate::mail::contacts::load(&source.contacts).ok();
    let round = crate::mail::round::of(&loaded, contacts.as_ref(), &source.outbox);
    Ok((report.output.pages, report.output.pdf, warnings, round))
}

fn watched(source: &Source) -> Vec<PathBuf> {
    let mut paths = vec![source.dir.clone()];
    paths.extend(source.templates.clone());
    // A mail run (the CLI's too) writes its journal here: the round's state follows it.
    // Its own folder there when it has one (nothing is made for it), else the root, where the
    // first run makes it.
    if let Some(slug) = source.dir.file_name() {
        let own = source.outbox.join(slug);
        if own.is_dir() {
            paths.push(own);
        } else if source.outbox.is_dir() {
            paths.push(source.outbox.clone());
        }
    }
    paths.push(source.contacts.clone());
    if let Some(b) = &source.brand {
        // Editors replace a file when they save it: its folder is watched.
        paths.push(match b.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        });
    }
    paths
}

/// verslag's own temporary files and editors' swap, backup and autosave files.
fn ignored(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    path.components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with(".verslag-"))
        || name.starts_with(".#")
        || name.ends_with('~')
        || [".swp", ".swo", ".swx", ".pdf"]
            .iter()
            .any(|e| name.ends_with(e))
}

fn relevant(e: &notify::Result<notify::Event>) -> bool {
    match e {
        Ok(e) => {
            !matches!(
                e.kind,
                EventKind::Access(_) | EventKind::Create(notify::event::CreateKind::Folder)
            ) && e.paths.iter().any(|p| !ignored(p))
        }
        Err(_) => true,
    }
}

/// Whether a relevant change arrives within `wait` (the rest that settle with it are read).
fn changed(rx: &Receiver<notify::Result<notify::Event>>, wait: Duration) -> bool {
    let mut any = false;
    let mut wait = wait;
    loop {
        match rx.recv_timeout(wait) {
            Ok(e) => {
                if relevant(&e) {
                    any = true;
                    wait = SETTLE;
                }
            }
            Err(RecvTimeoutError::Timeout) => return any,
            Err(RecvTimeoutError::Disconnected) => return any,
        }
    }
}

/// Blocks until something that matters changed and settled; false when the watcher is gone.
fn wait_for_change(rx: &Receiver<notify::Result<notify::Event>>) -> bool {
    loop {
        match rx.recv() {
            Ok(e) if relevant(&e) => {
                let _ = changed(rx, SETTLE);
                return true;
            }
            Ok(_) => continue,
            Err(_) => return false,
        }
    }
}
