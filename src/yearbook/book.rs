//! Typesetting the yearbook of a year from its records and its year record: the data the
//! template gets, the records it attaches, and the digest of everything it is made from.

use sha2::{Digest, Sha256};

use super::YearEvent;
use super::data::{SourceData, YearCoverData, YearbookData};
use crate::diagnostics::Diagnostic;
use crate::i18n::labels_of;
use crate::photos::layout::{COVER_MM, Placement};
use crate::record::{Date, Language};
use crate::render::{self, Flavour, Output, Typeset};
use crate::report::Job;
use crate::report::Setup;
use crate::report::data::BrandData;
use crate::templates::YEARBOOK;
use crate::year::LoadedYear;

/// The digest of what the yearbook is made from: the look, every event's record, photos and
/// file name, the year record and its cover photo. Unchanged digest, unchanged yearbook.
pub fn digest(setup: &Setup, events: &[(&str, &str)], year: Option<&LoadedYear>) -> String {
    let mut h = Sha256::new();
    h.update(format!("verslag-yearbook-v2:{}\n", setup.common.digest()).as_bytes());
    // Per event its report's file name and the digest of its record and photos (the one its
    // report was checked against): every chapter is typeset inside the yearbook.
    for (file, inputs) in events {
        h.update(format!("{file}\n{inputs}\n").as_bytes());
    }
    if let Some(y) = year {
        h.update(b"year.toml\n");
        h.update(Sha256::digest(y.source.as_bytes()));
        if let Some(cover) = &y.record.cover {
            h.update(Sha256::digest(
                std::fs::read(&cover.resolved).unwrap_or_default(),
            ));
        }
    }
    crate::digest::hex(&h.finalize())
}

/// Typesets the yearbook of `year` (events in any order; the yearbook sorts them by date).
pub fn make(
    year: u16,
    events: &[YearEvent<'_>],
    year_record: Option<&LoadedYear>,
    setup: &Setup,
    flavour: Flavour,
) -> Result<Output, Vec<Diagnostic>> {
    setup
        .templates
        .check_yearbook_contract()
        .map_err(|d| vec![d])?;
    let lang = year_record.map_or(Language::Nl, |y| y.record.year.language);
    let labels = labels_of(lang);
    let sorted: Vec<YearEvent<'_>> = super::in_order(events)
        .into_iter()
        .map(|e| YearEvent {
            loaded: e.loaded,
            file: e.file.clone(),
        })
        .collect();

    let mut files = Vec::new();
    let mut sources = Vec::new();
    if let Some(y) = year_record {
        files.push(("/sources/year.toml".to_string(), bytes(y.source.as_bytes())));
        sources.push(SourceData {
            path: "/sources/year.toml".into(),
            description: labels["year_record"].to_string(),
        });
    }
    for c in &sorted {
        let path = format!("/sources/{}.toml", c.loaded.dir.slug);
        files.push((path.clone(), bytes(c.loaded.source.as_bytes())));
        sources.push(SourceData {
            path,
            description: format!("{}: {}", c.file, c.loaded.record.event.title),
        });
    }
    // Every report, typeset inside the yearbook as a chapter: its data and photos under
    // /chapters/<n>/.
    let mut chapter_data = Vec::new();
    let mut warnings = Vec::new();
    for (i, c) in sorted.iter().enumerate() {
        let (plan, prepared, soft) = crate::report::prepare_photos(c.loaded, setup.cache.as_ref())?;
        warnings.extend(soft);
        let job = Job {
            slug: &c.loaded.dir.slug,
            record: &c.loaded.record,
            source: &c.loaded.source,
            brand: &setup.brand,
            templates: &setup.templates,
            plan: &plan,
            photos: &prepared,
            flavour: Flavour::Standard,
            without_approval: &c.loaded.without_approval,
            pages: false,
        };
        let prefix = format!("/chapters/{}", i + 1);
        let (data, chapter_files) = crate::report::report_data(&job, &prefix);
        files.extend(chapter_files);
        let path = format!("{prefix}/data.json");
        files.push((path.clone(), bytes(data.to_string().as_bytes())));
        chapter_data.push(path);
    }
    let cover_record = year_record.and_then(|y| y.record.cover.as_ref());
    let cover_path = "/photos/cover.jpg";
    if let Some(cover) = cover_record {
        let place = Placement {
            index: 0,
            width_mm: COVER_MM.0,
            height_mm: COVER_MM.1,
            crop: true,
        };
        let prepared = crate::photos::prepare(&cover.resolved, &place, setup.cache.as_ref())
            .map_err(|e| {
                vec![
                    Diagnostic::file(
                        year_record.map(|y| y.path.clone()).unwrap_or_default(),
                        crate::msg!("yearbook-cover", name = &cover.file.value, reason = e),
                    )
                    .with_hint(crate::msg!("hint-yearbook-cover")),
                ]
            })?;
        files.push((cover_path.to_string(), bytes(&prepared.bytes)));
    }
    let default_title = format!("{} {year}", labels["yearbook"]);
    let mut data = serde_json::to_value(YearbookData {
        year,
        lang: lang.code(),
        brand: BrandData::of(&setup.brand),
        events: &sorted,
        title: year_record
            .and_then(|y| y.record.year.title.clone())
            .unwrap_or(default_title),
        subtitle: year_record.and_then(|y| y.record.year.subtitle.as_deref()),
        cover: cover_record.map(|c| YearCoverData {
            path: cover_path,
            alt: &c.alt,
            credit: c.credit.as_deref(),
            width_mm: COVER_MM.0,
            height_mm: COVER_MM.1,
        }),
        foreword: year_record.and_then(|y| y.record.foreword.as_ref()),
        thanks: year_record.and_then(|y| y.record.thanks.as_ref()),
        numbers: super::numbers(&sorted, lang),
        municipalities: super::municipalities(&sorted),
        recurring: super::recurring(&sorted),
        sources,
        chapters: chapter_data,
        labels,
    })
    .unwrap_or_default();
    // What is printed has typographic apostrophes (the chapters' data has them already);
    // the records keep what was typed.
    printed(&mut data);
    let last = sorted.iter().map(super::date_of).max().unwrap_or(Date {
        year,
        month: 12,
        day: 31,
    });
    let ident = format!("yearbook-{year:04}");
    let mut output = render::typeset(Typeset {
        main: YEARBOOK,
        data,
        brand: &setup.brand,
        templates: &setup.templates,
        files,
        date: last,
        ident: &ident,
        flavour,
        pages: false,
    })?;
    output.warnings.splice(0..0, warnings);
    Ok(output)
}

fn bytes(b: &[u8]) -> typst::foundations::Bytes {
    typst::foundations::Bytes::new(b.to_vec())
}

/// Typographic apostrophes in every text of the yearbook's data (`i18n::apostrophes`), but
/// not in the paths of its files.
fn printed(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(s) => crate::typography::apostrophes(s),
        Value::Array(items) => items.iter_mut().for_each(printed),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if !matches!(key.as_str(), "path" | "logo" | "file" | "chapters") {
                    printed(v);
                }
            }
        }
        _ => {}
    }
}
