//! Writing one event's web folder `DIR/<year>/<slug>/`: the PDF report (current, or built
//! anew), then the article, written as a whole while holding the year's lock, so that a
//! failed run leaves the previous page in place.

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::report::{self, Setup};

/// The PDF (current or built anew in `reports`), then the web folder under `out`, written
/// whole while holding the year's lock. Returns the folder and the warnings.
pub fn write(
    loaded: &Loaded,
    setup: &Setup,
    reports: &Path,
    out: &Path,
) -> Result<(PathBuf, Vec<Diagnostic>), Vec<Diagnostic>> {
    let photos = super::photos(loaded, setup)?;
    let hashes: Vec<[u8; 32]> = photos.iter().map(|(_, sha)| *sha).collect();
    let inputs = crate::inputs::Inputs::with_photos(loaded, &setup.common, &hashes);
    let (pdf_path, pdf, _) = report::ensure_report(loaded, setup, reports, &inputs)?;
    let name = pdf_path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| format!("{}.pdf", loaded.dir.slug));
    let article = super::make(
        loaded,
        setup,
        &photos,
        Some(super::Pdf { name, bytes: &pdf }),
    )?;
    let folder = super::folder(out, loaded);
    let year = folder.parent().unwrap_or(out);
    std::fs::create_dir_all(year).map_err(|e| {
        vec![
            Diagnostic::file(year, crate::msg!("cannot-create-folder", reason = &e))
                .with_hint(crate::msg!("hint-folder-writable")),
        ]
    })?;
    let doing = crate::msg!("doing-web-page", folder = folder.display().to_string()).to_string();
    let lock = lock_path(setup, out, year);
    let _lock = crate::lock::exclusive_waiting_at(&lock, year, &doing).map_err(|d| vec![d])?;
    crate::fsx::write_folder_atomic(&folder, &article.files).map_err(|d| vec![d])?;
    Ok((folder, article.warnings))
}

/// Where the lock of a year's web folder is kept: never inside it, where it would be
/// uploaded with the site. In the cache folder, named by the year folder's real path; with
/// `--no-cache` beside DIR (`.web.verslag.lock` next to `web/`).
fn lock_path(setup: &Setup, out: &Path, year: &Path) -> PathBuf {
    match &setup.cache {
        Some(cache) => {
            let real = year.canonicalize().unwrap_or_else(|_| year.to_path_buf());
            let key = crate::digest::sha256_hex(real.to_string_lossy().as_bytes());
            cache.lock(&format!("web-{}.lock", &key[..16]))
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
