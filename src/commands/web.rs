//! `verslag web EVENT...`: check every record, build (or reuse) each PDF report, then write
//! each event's web folder `DIR/<year>/<slug>/` as a whole. Nothing is written for an event
//! with a problem, and a failed run leaves the previous page in place.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{failed, prepare};
use crate::cli::WebArgs;
use crate::console::{self, Progress};
use crate::diagnostics::{Diagnostic, Outcome};
use crate::load::Loaded;
use crate::report::{self, Setup};

pub fn run(a: &WebArgs) -> Outcome {
    let (setup, mut good) = prepare(&a.events, &a.look, &a.photos, "web page")?;
    super::gate_open_tables(&mut good, &a.without_approval, "put on the web", "web page")?;
    let progress = Progress::new(if good.len() > 1 { good.len() } else { 0 });
    let results: Vec<_> = good
        .par_iter()
        .map(|loaded| {
            let result = publish(loaded, &setup, &a.reports, &a.output);
            progress.tick(&loaded.dir.dir);
            result
        })
        .collect();
    progress.done();
    let mut failures = 0;
    for result in results {
        match result {
            Ok((folder, warnings)) => {
                console::problems(&warnings);
                console::result(folder.join("index.html").display());
            }
            Err(diags) => {
                failures += diags.len();
                console::problems(&diags);
            }
        }
    }
    if failures == 0 {
        if let Some(l) = good.first() {
            console::next(format!(
                "`verslag archive {}` archives the year once its events are done",
                l.record.event.date.value.year
            ));
        }
        if setup.brand.base_url.is_none() && !console::is_quiet() {
            console::note(
                "the brand has no [web] base_url: the pages use addresses relative to themselves, \
                 and og:image, og:url and the canonical link are left out (add base_url to the \
                 brand to have them)",
            );
        }
        Ok(())
    } else {
        Err(failed(failures, "web page"))
    }
}

/// The PDF (current or built anew in `reports`), then the web folder under `out`, written
/// whole while holding the year's lock. Returns the folder and the warnings.
pub fn publish(
    loaded: &Loaded,
    setup: &Setup,
    reports: &Path,
    out: &Path,
) -> Result<(PathBuf, Vec<Diagnostic>), Vec<Diagnostic>> {
    let photos = crate::web::photos(loaded, setup)?;
    let hashes: Vec<[u8; 32]> = photos.iter().map(|(_, sha)| *sha).collect();
    let inputs = crate::inputs::Inputs::with_photos(loaded, &setup.common, &hashes);
    let (pdf_path, pdf, _) = report::ensure_report(loaded, setup, reports, &inputs)?;
    let name = pdf_path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| format!("{}.pdf", loaded.dir.slug));
    let article = crate::web::make(
        loaded,
        setup,
        &photos,
        Some(crate::web::Pdf { name, bytes: &pdf }),
    )?;
    let folder = crate::web::folder(out, loaded);
    let year = folder.parent().unwrap_or(out);
    std::fs::create_dir_all(year).map_err(|e| {
        vec![
            Diagnostic::file(year, format!("cannot create the folder: {e}"))
                .with_hint("check that the folder is writable"),
        ]
    })?;
    let doing = format!("writing the web page {}", folder.display());
    let lock = web_lock(setup, out, year);
    let _lock = crate::lock::exclusive_waiting_at(&lock, year, &doing).map_err(|d| vec![d])?;
    crate::fsx::write_folder_atomic(&folder, &article.files).map_err(|d| vec![d])?;
    Ok((folder, article.warnings))
}

/// Where the lock of a year's web folder is kept: never inside it, where it would be
/// uploaded with the site. In the cache folder, named by the year folder's real path; with
/// `--no-cache` beside DIR (`.web.verslag.lock` next to `web/`).
fn web_lock(setup: &Setup, out: &Path, year: &Path) -> PathBuf {
    match &setup.cache {
        Some(cache) => {
            let real = year.canonicalize().unwrap_or_else(|_| year.to_path_buf());
            let key = crate::inputs::sha256_hex(real.to_string_lossy().as_bytes());
            cache
                .dir()
                .join("locks")
                .join(format!("web-{}.lock", &key[..16]))
        }
        None => {
            let name = out
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "web".into());
            out.with_file_name(format!(".{name}{}", crate::lock::FILE_NAME))
        }
    }
}
