//! The Typst engine, embedded: one document from a main template, its data (`/data.json`),
//! the brand's logo and fonts and extra files -> PDF bytes, with Typst's diagnostics located
//! in the template files. It knows no record: each output hands it its own data.

mod world;

use std::sync::Arc;

use typst::diag::SourceDiagnostic;
use typst::foundations::{Bytes, Datetime, Smart};
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::brand::Brand;
use crate::diagnostics::Diagnostic;
use crate::templates::{REPORT, Templates};
use world::ReportWorld;

/// Which PDF flavour to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// Tagged PDF/UA-1 for printing and mailing.
    Standard,
    /// PDF/A-3b + PDF/UA-1 for the archive, with the record attached as its source.
    Archive,
}

/// A finished PDF and the template warnings that did not stop it.
pub struct Output {
    pub pdf: Vec<u8>,
    pub warnings: Vec<Diagnostic>,
    /// Each page as SVG, when the job asked for them (the studio's preview); else empty.
    pub pages: Vec<String>,
}

/// One Typst document: a main template, its data and extra files.
pub struct Typeset<'a> {
    pub main: &'a str,
    pub data: serde_json::Value,
    pub brand: &'a Brand,
    pub templates: &'a Templates,
    pub files: Vec<(String, Bytes)>,
    /// The document's date: PDF creation date and Typst's `today`.
    pub date: crate::record::Date,
    /// A stable identifier of the document (the event's slug).
    pub ident: &'a str,
    pub flavour: Flavour,
    /// Also render every page as SVG, from the same compiled document.
    pub pages: bool,
}

pub fn typeset(job: Typeset<'_>) -> Result<Output, Vec<Diagnostic>> {
    let mut files = job.templates.files.clone();
    files.push((
        "/data.json".into(),
        Bytes::new(job.data.to_string().into_bytes()),
    ));
    files.push((
        format!("/brand/logo.{}", job.brand.logo.1),
        Bytes::new(job.brand.logo.0.to_vec()),
    ));
    files.extend(job.files);
    let date = job.date;
    let today = Datetime::from_ymd(i32::from(date.year), date.month, date.day);
    let world = ReportWorld::new(
        &format!("/{}", job.main),
        files,
        today,
        job.brand.font_set.clone(),
    );

    let warned = typst::compile::<PagedDocument>(&world);
    let (font_problems, warnings): (Vec<_>, Vec<_>) =
        warned.warnings.iter().partition(|w| is_font_warning(w));
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
    // A brand font that could not be read was swapped for another: never silently.
    errors.extend(job.brand.font_set.failures());
    let document = match warned.output {
        Ok(doc) if errors.is_empty() => doc,
        Ok(_) => return Err(errors),
        Err(errs) => {
            errors.extend(errs.iter().map(|e| convert(&world, job.templates, e, "")));
            return Err(errors);
        }
    };
    let options = PdfOptions {
        ident: Smart::Custom(format!("verslag/{}", job.ident)),
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
    let pages = if job.pages {
        let options = typst_svg::SvgOptions::default();
        document
            .pages()
            .iter()
            .map(|p| typst_svg::svg(p, &options))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Output {
        pdf,
        pages,
        warnings: warnings
            .into_iter()
            .map(|w| convert(&world, job.templates, w, "").into_warning())
            .collect(),
    })
}

/// A warning of Typst's about fonts ("unknown font family: x", a font without math glyphs):
/// verslag never lets a font be swapped silently, so these stop the build. Typst 0.15 gives
/// its warnings no code, so its own message is the only thing to tell them by.
fn is_font_warning(w: &SourceDiagnostic) -> bool {
    w.message.contains("font")
}

/// The mailed and printed report is PDF/UA-1 like the archived one: its tagging is checked
/// the same way, and a viewer shows its title rather than its file name (`DisplayDocTitle`,
/// which krilla writes for PDF/UA only).
fn standards(flavour: Flavour) -> PdfStandards {
    match flavour {
        Flavour::Standard => PdfStandards::new(&[PdfStandard::Ua_1]).unwrap_or_default(),
        Flavour::Archive => {
            PdfStandards::new(&[PdfStandard::A_3b, PdfStandard::Ua_1]).unwrap_or_default()
        }
    }
}

/// A Typst diagnostic as ours: located in the template file the designer edits.
fn convert(
    world: &ReportWorld,
    templates: &Templates,
    d: &SourceDiagnostic,
    hint: &str,
) -> Diagnostic {
    // Typst's own words, after our lead in Dutch.
    let message = crate::msg!("typst-says", detail = d.message.to_string());
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
                .get(world.main().vpath().get_with_slash())
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
