//! Typesetting: record + brand + templates + prepared photos -> PDF bytes, with embedded Typst.

pub mod data;
pub mod fonts;
mod world;

use std::sync::Arc;

use typst::diag::SourceDiagnostic;
use typst::foundations::{Bytes, Datetime, Smart};
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use crate::brand::Brand;
use crate::diagnostics::Diagnostic;
use crate::photos::{Plan, Prepared};
use crate::record::Record;
use crate::templates::{REPORT, Templates};
use world::ReportWorld;

/// Which PDF flavour to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// Tagged PDF for printing and mailing.
    Standard,
}

/// Everything one report is made of.
pub struct Job<'a> {
    pub slug: &'a str,
    pub record: &'a Record,
    pub brand: &'a Brand,
    pub templates: &'a Templates,
    pub plan: &'a Plan,
    /// One per record photo, in record order.
    pub photos: &'a [Prepared],
    /// Extra files served to the template (e.g. the record source for archive attachments).
    pub extra: Vec<(String, Bytes)>,
    pub flavour: Flavour,
}

/// A finished PDF and the template warnings that did not stop it.
pub struct Output {
    pub pdf: Vec<u8>,
    pub warnings: Vec<Diagnostic>,
}

pub fn render(job: Job<'_>) -> Result<Output, Vec<Diagnostic>> {
    let paths: Vec<String> = job
        .photos
        .iter()
        .enumerate()
        .map(|(i, p)| format!("/photos/{i}.{}", p.ext))
        .collect();
    let data = data::template_data(job.record, job.brand, job.plan, &paths, job.photos);
    let mut files = job.templates.files.clone();
    files.push((
        "/data.json".into(),
        Bytes::new(data.to_string().into_bytes()),
    ));
    files.push((
        format!("/brand/logo.{}", job.brand.logo.1),
        Bytes::new(job.brand.logo.0.to_vec()),
    ));
    for (path, photo) in paths.iter().zip(job.photos) {
        files.push((path.clone(), Bytes::new(photo.bytes.clone())));
    }
    files.extend(job.extra);
    let date = job.record.event.date.value;
    let today = Datetime::from_ymd(i32::from(date.year), date.month, date.day);
    let world = ReportWorld::new(&format!("/{REPORT}"), files, today);

    let warned = typst::compile::<PagedDocument>(&world);
    let (font_problems, warnings): (Vec<_>, Vec<_>) = warned
        .warnings
        .iter()
        .partition(|w| w.message.contains("font"));
    let mut errors: Vec<Diagnostic> = font_problems
        .into_iter()
        .map(|w| {
            convert(
                &world,
                job.templates,
                w,
                "verslag never swaps a font silently: use a font the brand lists (Inter is bundled)",
            )
        })
        .collect();
    let document = match warned.output {
        Ok(doc) if errors.is_empty() => doc,
        Ok(_) => return Err(errors),
        Err(errs) => {
            errors.extend(errs.iter().map(|e| convert(&world, job.templates, e, "")));
            return Err(errors);
        }
    };
    let options = PdfOptions {
        ident: Smart::Custom(format!("verslag/{}", job.slug)),
        creator: Smart::Custom(Some(format!("verslag {}", env!("CARGO_PKG_VERSION")))),
        timestamp: today.map(Timestamp::new_utc),
        standards: standards(job.flavour),
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|errs| {
        errs.iter()
            .map(|e| convert(&world, job.templates, e, ""))
            .collect::<Vec<_>>()
    })?;
    Ok(Output {
        pdf,
        warnings: warnings
            .into_iter()
            .map(|w| convert(&world, job.templates, w, "").into_warning())
            .collect(),
    })
}

fn standards(flavour: Flavour) -> PdfStandards {
    match flavour {
        Flavour::Standard => PdfStandards::default(),
    }
}

/// A Typst diagnostic as ours: located in the template file the designer edits.
fn convert(
    world: &ReportWorld,
    templates: &Templates,
    d: &SourceDiagnostic,
    hint: &str,
) -> Diagnostic {
    let message = d.message.to_string();
    // Errors inside built-in functions carry no span: use the innermost call in a template.
    let spans = std::iter::once(d.span).chain(d.trace.iter().rev().map(|t| t.span.into()));
    let mut located = None;
    for span in spans {
        if let Some(id) = span.id()
            && let (Ok(source), Some(range)) = (world.source(id), world.range(span))
        {
            located = Some((id, source, range));
            break;
        }
    }
    let mut hints: Vec<String> = d.hints.iter().map(|h| h.v.to_string()).collect();
    if !hint.is_empty() {
        hints.push(hint.to_string());
    }
    let mut diag = match located {
        Some((id, source, range)) => {
            let vpath = id.vpath().get_with_slash().to_string();
            let shown = templates
                .shown
                .get(&vpath)
                .cloned()
                .unwrap_or_else(|| vpath.clone().into());
            let text: Arc<str> = Arc::from(source.text());
            Diagnostic::at(shown, &text, range, message)
        }
        None => Diagnostic::file(
            templates
                .shown
                .get(&format!("/{REPORT}"))
                .cloned()
                .unwrap_or_else(|| REPORT.into()),
            message,
        ),
    };
    if !hints.is_empty() {
        diag = diag.with_hint(hints.join("; "));
    }
    diag
}
