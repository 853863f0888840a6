//! One event's report: what it is made with (`Setup`), its photos prepared, typeset to PDF,
//! written to `DIR/<year>/<slug>.pdf` beside a stamp of its inputs, and known to be current.

pub mod data;
mod pdf;

pub use pdf::{Job, SOURCE_PATH, report_data};

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::brand::Brand;
use crate::cache::Cache;
use crate::diagnostics::Diagnostic;
use crate::fsx;
use crate::inputs::{self, Inputs};
use crate::load::Loaded;
use crate::photos::{self, Plan, Prepared};
use crate::render::{self, Flavour};
use crate::templates::Templates;

/// What every report of one run is made with.
pub struct Setup {
    pub brand: Brand,
    pub templates: Templates,
    pub cache: Option<Cache>,
    /// The inputs every report of this run shares: brand, templates, fonts, verslag.
    pub common: inputs::Common,
}

impl Setup {
    /// The brand file and templates folder given (the built-in ones otherwise), and where
    /// prepared photos are kept (nowhere: `None`).
    pub fn new(
        brand: Option<&Path>,
        templates: Option<&Path>,
        cache: Option<Cache>,
    ) -> Result<Setup, Vec<Diagnostic>> {
        let brand = match brand {
            Some(path) => Brand::load(path, cache.as_ref()),
            None => Brand::builtin(),
        };
        let templates = match templates {
            Some(dir) => Templates::from_dir(dir).map_err(|d| vec![d]),
            None => Ok(Templates::builtin()),
        };
        match (brand, templates) {
            (Ok(brand), Ok(templates)) => Ok(Setup {
                common: inputs::Common::new(&brand, &templates),
                brand,
                templates,
                cache,
            }),
            (b, t) => Err(b.err().into_iter().chain(t.err()).flatten().collect()),
        }
    }
}

/// Plans and prepares an event's photos; problems name the photo's key and file. Photos are
/// prepared in parallel on the rayon pool, so no more are decoded at once than there are
/// threads. Returns warnings (photos that print soft) beside the result.
pub fn prepare_photos(
    loaded: &Loaded,
    cache: Option<&Cache>,
) -> Result<(Plan, Vec<Prepared>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let photos = &loaded.record.photos;
    let problem = |i: usize, reason| loaded.photo_unusable(&photos[i], reason);
    let sizes: Vec<(u32, u32)> = photos.iter().map(|p| p.size).collect();
    let cover = photos.iter().position(|p| p.cover.value);
    let plan = photos::layout::plan(&sizes, cover);
    let mut places: Vec<_> = plan.all().copied().collect();
    places.sort_by_key(|p| p.index);
    let prepared: Vec<Result<Prepared, Diagnostic>> = places
        .par_iter()
        .map(|place| {
            photos::prepare(&photos[place.index].resolved, place, cache)
                .map_err(|m| problem(place.index, m))
        })
        .collect();
    let (ok, errors): (Vec<_>, Vec<_>) = prepared.into_iter().partition(Result::is_ok);
    if !errors.is_empty() {
        return Err(errors.into_iter().filter_map(Result::err).collect());
    }
    let prepared: Vec<Prepared> = ok.into_iter().filter_map(Result::ok).collect();
    let mut warnings = Vec::new();
    for (place, p) in places.iter().zip(&prepared) {
        let photo = &photos[place.index];
        crate::console::verbose(format!("{} {}: {}", photo.key, photo.file.value, p.log));
        let ppi = f64::from(p.width) / (place.width_mm / 25.4);
        if ppi < MIN_PPI {
            warnings.push(
                Diagnostic::at(
                    &loaded.dir.toml,
                    &loaded.source,
                    photo.file.span.clone(),
                    crate::msg!(
                        "photo-soft",
                        key = format!("{}.file", photo.key),
                        name = &photo.file.value,
                        ppi = format!("{ppi:.0}"),
                        width = i64::from(p.width),
                        height = i64::from(p.height),
                        width_mm = format!("{:.0}", place.width_mm),
                        height_mm = format!("{:.0}", place.height_mm)
                    ),
                )
                .with_key(format!("{}.file", photo.key))
                .with_hint(crate::msg!("hint-photo-soft"))
                .into_warning(),
            );
        }
    }
    Ok((plan, prepared, warnings))
}

/// A typeset report and the inputs it was made from.
pub struct Report {
    pub output: render::Output,
    pub inputs: Inputs,
}

/// Typesets one event to PDF bytes (nothing is written).
pub fn render_event(
    loaded: &Loaded,
    setup: &Setup,
    flavour: Flavour,
) -> Result<Report, Vec<Diagnostic>> {
    render(loaded, setup, flavour, false)
}

/// Typesets one event to PDF bytes and its pages as SVG, for a preview (nothing is written).
pub fn render_with_pages(loaded: &Loaded, setup: &Setup) -> Result<Report, Vec<Diagnostic>> {
    render(loaded, setup, Flavour::Standard, true)
}

fn render(
    loaded: &Loaded,
    setup: &Setup,
    flavour: Flavour,
    pages: bool,
) -> Result<Report, Vec<Diagnostic>> {
    let (plan, prepared, photo_warnings) = prepare_photos(loaded, setup.cache.as_ref())?;
    let hashes: Vec<[u8; 32]> = prepared.iter().map(|p| p.source_sha256).collect();
    let inputs = Inputs::with_photos(loaded, &setup.common, &hashes);
    let mut output = pdf::render(Job {
        slug: &loaded.dir.slug,
        record: &loaded.record,
        source: &loaded.source,
        brand: &setup.brand,
        templates: &setup.templates,
        plan: &plan,
        photos: &prepared,
        flavour,
        without_approval: &loaded.without_approval,
        pages,
    })?;
    output.warnings.splice(0..0, photo_warnings);
    Ok(Report { output, inputs })
}

/// Writes a report and, beside it, what it was built from (see [`current_pdf`]).
pub fn write_report(path: &Path, report: &Report) -> Result<(), Diagnostic> {
    fsx::write_atomic(path, &report.output.pdf)?;
    let stamp = format!(
        "# Written by verslag: what {} was built from. Safe to delete.\n\
         inputs = \"{}\"\npdf = \"{}\"\n",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        report.inputs.digest(),
        crate::digest::sha256_hex(&report.output.pdf),
    );
    fsx::write_atomic(&stamp_path(path), stamp.as_bytes())
}

/// The PDF at `path` when it was built from exactly these inputs (its stamp says so and the
/// PDF is the one the stamp describes; a PDF replaced by another run or by hand is not): the
/// very bytes that were checked.
pub fn current_pdf(path: &Path, inputs: &Inputs) -> Option<Vec<u8>> {
    let stamp = std::fs::read_to_string(stamp_path(path)).ok()?;
    let value = |key: &str| {
        stamp.lines().find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
        })
    };
    if value("inputs")? != inputs.digest() {
        return None;
    }
    let pdf = std::fs::read(path).ok()?;
    (value("pdf")? == crate::digest::sha256_hex(&pdf)).then_some(pdf)
}

/// `.<name>.pdf.inputs` beside `<name>.pdf`.
pub fn stamp_path(pdf: &Path) -> PathBuf {
    let name = pdf
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    pdf.with_file_name(format!(".{name}.inputs"))
}

/// The report: the one on disk when it was built from exactly these inputs (its bytes as
/// checked), else a new one. Returns its path, its bytes and the inputs it was made from.
pub fn ensure_report(
    loaded: &Loaded,
    setup: &Setup,
    out: &Path,
    inputs: &Inputs,
) -> Result<(PathBuf, Vec<u8>, Inputs), Vec<Diagnostic>> {
    let path = output_path(out, loaded);
    if let Some(pdf) = current_pdf(&path, inputs) {
        return Ok((path, pdf, inputs.clone()));
    }
    let report = render_event(loaded, setup, Flavour::Standard)?;
    write_report(&path, &report).map_err(|d| vec![d])?;
    crate::console::verbose(crate::msg!(
        "verbose-built",
        path = path.display().to_string()
    ));
    Ok((path, report.output.pdf, report.inputs))
}

/// Below this a photo prints visibly soft; verslag warns.
pub const MIN_PPI: f64 = 200.0;

/// Where an event's report goes: `DIR/<year>/<slug>.pdf`.
pub fn output_path(out: &Path, loaded: &Loaded) -> PathBuf {
    out.join(format!("{:04}", loaded.record.event.date.value.year))
        .join(file_name(&loaded.dir.slug, &loaded.record))
}

/// `<slug>.pdf`, or for a draft `<slug>-concept.pdf` (`-draft.pdf` in English): a draft never
/// takes the final report's name, so the two cannot be mistaken for each other.
pub fn file_name(slug: &str, record: &crate::record::Record) -> String {
    match record.event.status.value {
        crate::record::Status::Final => format!("{slug}.pdf"),
        crate::record::Status::Draft => format!(
            "{slug}-{}.pdf",
            crate::i18n::draft_word(record.event.language)
        ),
    }
}
