//! The report's content as its Typst templates see it, laid out for print (the cover and
//! the galleries in millimetres, the page, the brand): typed data serialised to
//! `/data.json`, never Typst source, so nothing a user writes is ever read as markup or
//! code. These types are the template contract that docs/templates.md documents.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::brand::Brand;
use crate::content::{ApprovalData, Content, DateData, DraftData, FactsData, PhotoContent};
use crate::page::Page;
use crate::photos::{Placement, Plan, Prepared};
use crate::record::{About, Closing, Event, Pitches, Table};

/// What `report.typ` receives as `/data.json`: the documented template contract
/// (docs/templates.md, checked against this type by a test). The record's sections keep the
/// record's field names (docs/record-format.md); everything else is derived here.
#[derive(Debug, Serialize)]
pub struct ReportData<'a> {
    pub version: i64,
    pub event: &'a Event,
    pub facts: Option<FactsData<'a>>,
    pub pitches: &'a Option<Pitches>,
    pub tables: &'a [Table],
    pub closing: &'a Option<Closing>,
    pub about: &'a Option<About>,
    /// `nl` or `en`.
    pub lang: &'static str,
    /// The words the report prints itself, in the record's language.
    pub labels: BTreeMap<&'static str, &'static str>,
    pub date: DateData,
    /// The municipalities, for the PDF's keywords.
    pub keywords: Vec<&'a str>,
    pub cover: Option<PhotoData<'a>>,
    /// Rows of photos of one height that fill the text width.
    pub galleries: Vec<Vec<PhotoData<'a>>>,
    pub brand: BrandData<'a>,
    /// The inner pages' size and margins, in mm.
    pub page: Page,
    /// What the colophon prints about how the report was made.
    pub colophon: ColophonData,
    /// Set when the record is a draft under review: every page says so.
    pub draft: Option<DraftData>,
    /// Set for archived reports: where the record to attach is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive: Option<ArchiveData>,
}

/// A placed photo.
#[derive(Debug, Serialize)]
pub struct PhotoData<'a> {
    pub path: &'a str,
    pub caption: &'a str,
    pub alt: &'a str,
    pub credit: &'a Option<String>,
    pub width_mm: f64,
    pub height_mm: f64,
    pub pixels: [u32; 2],
}

/// How the report was made: the program and the exact record.
#[derive(Debug, Serialize)]
pub struct ColophonData {
    /// verslag's version ("0.1.0").
    pub verslag: &'static str,
    /// The tables' approvals, in table order, when the brand lists them (`[report]
    /// approvals`, default true); empty otherwise.
    pub approvals: Vec<ApprovalData>,
    /// SHA-256 of the record's text (hex): which version of event.toml this report shows.
    pub record_sha256: String,
}

#[derive(Debug, Serialize)]
pub struct ArchiveData {
    pub source: &'static str,
}

#[derive(Debug, Serialize)]
pub struct BrandData<'a> {
    pub organization: &'a str,
    pub website: &'a Option<String>,
    pub footer: &'a Option<String>,
    pub colors: &'a crate::brand::Colors,
    pub fonts: FontsData<'a>,
    /// The logo's path.
    pub logo: String,
    /// Print each photo's credit in its caption as well as in the colophon.
    pub caption_credits: bool,
}

/// The brand's font families by role.
#[derive(Debug, Serialize)]
pub struct FontsData<'a> {
    pub body: &'a str,
    pub heading: &'a str,
    /// Families to try in order for a character the body or heading font lacks.
    pub fallback: Vec<&'a str>,
}

impl<'a> BrandData<'a> {
    pub fn of(brand: &'a Brand) -> BrandData<'a> {
        BrandData {
            organization: &brand.organization,
            website: &brand.website,
            footer: &brand.footer,
            colors: &brand.colors,
            fonts: FontsData {
                body: brand.fonts.body.get_ref(),
                heading: brand.fonts.heading.get_ref(),
                fallback: brand
                    .fonts
                    .fallback
                    .iter()
                    .map(|f| f.get_ref().as_str())
                    .collect(),
            },
            logo: format!("/brand/logo.{}", brand.logo.1),
            caption_credits: brand.caption_credits,
        }
    }
}

/// The data of one report from its content; `photo_paths` and `prepared` are in record
/// order.
pub fn template_data<'a>(
    content: Content<'a>,
    brand: &'a Brand,
    plan: &Plan,
    photo_paths: &'a [String],
    prepared: &[Prepared],
) -> ReportData<'a> {
    let record = content.record;
    let photos = &content.photos;
    let photo = |p: &Placement| {
        let px = prepared
            .get(p.index)
            .map_or((0, 0), |x| (x.width, x.height));
        placed_photo(&photos[p.index], p, &photo_paths[p.index], px)
    };
    ReportData {
        version: record.version,
        event: &record.event,
        pitches: &record.pitches,
        tables: &record.tables,
        closing: &record.closing,
        about: &record.about,
        lang: content.lang.code(),
        date: content.date,
        cover: plan.cover.as_ref().map(photo),
        galleries: plan
            .rows
            .iter()
            .map(|row| row.iter().map(photo).collect())
            .collect(),
        keywords: content.municipalities,
        facts: content.facts,
        labels: content.labels,
        brand: BrandData::of(brand),
        page: crate::page::REPORT,
        draft: content.draft,
        colophon: ColophonData {
            verslag: env!("CARGO_PKG_VERSION"),
            approvals: content.approvals,
            record_sha256: content.record_sha256,
        },
        archive: None,
    }
}

fn placed_photo<'a>(
    photo: &PhotoContent<'a>,
    place: &Placement,
    path: &'a str,
    pixels: (u32, u32),
) -> PhotoData<'a> {
    PhotoData {
        path,
        caption: photo.caption,
        alt: photo.alt,
        credit: photo.credit,
        width_mm: place.width_mm,
        height_mm: place.height_mm,
        pixels: [pixels.0, pixels.1],
    }
}

#[cfg(test)]
pub(crate) mod contract {
    //! docs/templates.md against the types: every key a template gets is documented, and
    //! every documented key exists.

    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::*;
    use crate::record::Figure;

    pub(crate) const DOC: &str = include_str!("../../docs/templates.md");

    /// The keys of a JSON object (none for anything else).
    pub(crate) fn keys(v: &Value) -> BTreeSet<String> {
        v.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The backticked words of a piece of text.
    pub(crate) fn ticked(text: &str) -> BTreeSet<String> {
        text.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }

    /// The table rows of the report's data: (first cell, the rest of the row).
    fn rows() -> Vec<(String, String)> {
        // The report's data is described before the page's second-level headings.
        let report = DOC.split("\n## ").next().unwrap_or(DOC);
        report
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split_once("` |"))
            .map(|(k, rest)| (k.to_string(), rest.to_string()))
            .filter(|(k, _)| !k.starts_with('/'))
            .collect()
    }

    fn example() -> Value {
        let mut loaded = crate::load::load(std::path::Path::new(
            "events/2022/2022-11-01-praktijktafel-amersfoort",
        ))
        .expect("the example loads");
        // The example has facts without figures; give it one.
        if let Some(facts) = loaded.record.facts.as_mut() {
            facts.figures.push(Figure {
                label: "Werkzoekenden".into(),
                value: 1250.0,
                unit: None,
                source: None,
                written: "1250".into(),
            });
        }
        let brand = Brand::builtin().expect("the built-in brand");
        let sizes: Vec<(u32, u32)> = loaded.record.photos.iter().map(|p| p.size).collect();
        let cover = loaded.record.photos.iter().position(|p| p.cover.value);
        let plan = crate::photos::layout::plan(&sizes, cover);
        let paths: Vec<String> = (0..sizes.len())
            .map(|i| format!("/photos/{i}.jpg"))
            .collect();
        let content = crate::content::of(&loaded.record, &loaded.source, brand.approvals, &[]);
        let mut data = template_data(content, &brand, &plan, &paths, &[]);
        data.archive = Some(ArchiveData {
            source: "/event.toml",
        });
        serde_json::to_value(&data).expect("serialises")
    }

    #[test]
    fn every_key_of_the_report_data_is_documented_and_no_other() {
        let data = example();
        let sections = ["event", "facts", "pitches", "tables", "closing", "about"];
        let mut documented: BTreeSet<String> = sections.iter().map(|s| s.to_string()).collect();
        for (key, _) in rows() {
            documented.insert(key.split('.').next().unwrap_or_default().to_string());
        }
        assert_eq!(keys(&data), documented);
        // Every key of an object the table describes is named in its row (`labels` is a
        // dictionary of words, see src/i18n.rs, not a structure).
        for (key, row) in rows().into_iter().filter(|(k, _)| k != "labels") {
            if let Some(inner) = first_object(&data[key.as_str()]) {
                let missing: Vec<_> = keys(inner).difference(&ticked(&row)).cloned().collect();
                assert!(
                    missing.is_empty(),
                    "`{key}` has {missing:?}, not in docs/templates.md"
                );
            }
        }
        let figure = &data["facts"]["figures"][0];
        assert_eq!(figure["value_text"], "1.250");
    }

    /// The value itself if it is an object, or the first object inside its arrays.
    fn first_object(v: &Value) -> Option<&Value> {
        match v {
            Value::Object(_) => Some(v),
            Value::Array(items) => items.iter().find_map(first_object),
            _ => None,
        }
    }
}
