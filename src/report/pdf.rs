//! The report typeset by Typst: its content laid out as `report.typ`'s data, with the
//! prepared photos and, for the archive, the record attached.

use typst::foundations::Bytes;

use super::data;
use crate::brand::Brand;
use crate::diagnostics::Diagnostic;
use crate::photos::{Plan, Prepared};
use crate::record::Record;
use crate::render::{Flavour, Output, Typeset, typeset};
use crate::templates::{REPORT, Templates};

/// The data one report's template gets, and the files it reads: its photos under
/// `<prefix>/photos/`, and for archived reports its record.
pub fn report_data(job: &Job<'_>, prefix: &str) -> (serde_json::Value, Vec<(String, Bytes)>) {
    let paths: Vec<String> = job
        .photos
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{prefix}/photos/{i}.{}", p.ext))
        .collect();
    // What is printed has typographic apostrophes; the record keeps what was typed.
    let printed = job.record.printed();
    let content = crate::content::of(
        &printed,
        job.source,
        job.brand.approvals,
        job.without_approval,
    );
    let mut data = data::template_data(content, job.brand, job.plan, &paths, job.photos);
    if job.flavour == Flavour::Archive {
        data.archive = Some(data::ArchiveData {
            source: SOURCE_PATH,
        });
    }
    let data = serde_json::to_value(&data).unwrap_or_default();
    let mut files: Vec<(String, Bytes)> = paths
        .iter()
        .zip(job.photos)
        .map(|(path, photo)| (path.clone(), Bytes::new(photo.bytes.clone())))
        .collect();
    if job.flavour == Flavour::Archive {
        files.push((
            SOURCE_PATH.into(),
            Bytes::from_string(job.source.to_string()),
        ));
    }
    (data, files)
}

/// Everything one report is made of.
pub struct Job<'a> {
    pub slug: &'a str,
    pub record: &'a Record,
    /// The record's text, attached to archived reports.
    pub source: &'a str,
    pub brand: &'a Brand,
    pub templates: &'a Templates,
    pub plan: &'a Plan,
    /// One per record photo, in record order.
    pub photos: &'a [Prepared],
    pub flavour: Flavour,
    /// The open tables sent out without their host's approval: the colophon says so.
    pub without_approval: &'a [String],
    /// Its pages as SVG too (the studio's preview).
    pub pages: bool,
}

/// Where an archived report finds the record it was made from.
pub const SOURCE_PATH: &str = "/event.toml";

pub fn render(job: Job<'_>) -> Result<Output, Vec<Diagnostic>> {
    let (data, files) = report_data(&job, "");
    typeset(Typeset {
        main: REPORT,
        data,
        brand: job.brand,
        templates: job.templates,
        files,
        date: job.record.event.date.value,
        ident: job.slug,
        flavour: job.flavour,
        pages: job.pages,
    })
}
