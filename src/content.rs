//! One model of a report's content, which every output reads (the PDF report and so the
//! yearbook's chapters, the web article, the mail's wording): the record's sections, its date
//! and words in its language, the figures as people write them, the photos in record order,
//! the approvals and the draft state. How a piece is laid out (millimetres and galleries for
//! print, srcset widths for the web) stays with the output.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::{labels_of, long_date};
use crate::record::{Date, Figure, Language, Person, Record, Status, Text};

/// What a report says, as every output reads it.
pub struct Content<'a> {
    /// The record's sections (docs/record-format.md), as the caller gave them: the outputs
    /// that print pass the record with typographic apostrophes (`Record::printed`).
    pub record: &'a Record,
    pub lang: Language,
    /// The words an output prints itself, in the record's language.
    pub labels: BTreeMap<&'static str, &'static str>,
    pub date: DateData,
    /// The municipalities of the tables, in table order.
    pub municipalities: Vec<&'a str>,
    pub facts: Option<FactsData<'a>>,
    /// One per record photo, in record order.
    pub photos: Vec<PhotoContent<'a>>,
    /// The tables' approvals in table order: when the brand lists them, every approved
    /// table; always a table that goes out without approval.
    pub approvals: Vec<ApprovalData>,
    /// Set when the record is a draft under review.
    pub draft: Option<DraftData>,
    /// SHA-256 of the record's text (hex): which version of event.toml this content shows.
    pub record_sha256: String,
}

/// A photo of the record: what it shows and who took it, whatever the output.
pub struct PhotoContent<'a> {
    pub caption: &'a str,
    pub alt: &'a str,
    pub credit: &'a Option<String>,
    pub cover: bool,
    /// The photo's upright size in pixels, as read from its file.
    pub pixels: (u32, u32),
}

/// The content of `record` (whose text is `source`); `list_approvals` is the brand's
/// `[report] approvals`, `without_approval` the open tables sent out without their host's
/// approval.
pub fn of<'a>(
    record: &'a Record,
    source: &str,
    list_approvals: bool,
    without_approval: &[String],
) -> Content<'a> {
    let lang = record.event.language;
    let labels = labels_of(lang);
    Content {
        record,
        lang,
        date: DateData::of(record.event.date.value, lang),
        municipalities: record
            .tables
            .iter()
            .map(|t| t.municipality.value.as_str())
            .collect(),
        facts: facts_of(record),
        photos: record
            .photos
            .iter()
            .map(|p| PhotoContent {
                caption: &p.caption,
                alt: &p.alt,
                credit: &p.credit,
                cover: p.cover.value,
                pixels: p.size,
            })
            .collect(),
        approvals: approvals(record, &labels, list_approvals, without_approval),
        draft: draft_of(record),
        record_sha256: crate::digest::sha256_hex(source.as_bytes()),
        labels,
    }
}

#[derive(Debug, Serialize)]
pub struct FactsData<'a> {
    pub title: &'a Option<String>,
    pub speaker: &'a Option<Person>,
    pub text: &'a Text,
    pub figures: Vec<FigureData<'a>>,
}

#[derive(Debug, Serialize)]
pub struct FigureData<'a> {
    #[serde(flatten)]
    pub figure: &'a Figure,
    /// The value as people write it in the record's language ("1.250", "3,5").
    pub value_text: String,
}

#[derive(Debug, Serialize)]
pub struct DateData {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// "2022-11-01"
    pub iso: String,
    /// "1 november 2022"
    pub long: String,
}

impl DateData {
    pub fn of(date: Date, lang: Language) -> DateData {
        DateData {
            year: date.year,
            month: date.month,
            day: date.day,
            iso: date.iso(),
            long: long_date(date, lang),
        }
    }
}

/// When (and how) a table's text was approved, or that it goes out without approval.
#[derive(Debug, Serialize)]
pub struct ApprovalData {
    /// The sentence the colophon prints: "De tekst van tafel Baarn is op 8 november 2022
    /// akkoord bevonden", or "De tekst van tafel Baarn is opgenomen zonder akkoord van de
    /// wethouder".
    pub text: String,
    pub municipality: String,
    /// Whether the host approved the text; false for a table sent out without approval.
    pub approved: bool,
    /// "8 november 2022"; none when not approved.
    pub date_long: Option<String>,
    pub note: Option<String>,
}

/// A draft's review: until when the aldermen may react.
#[derive(Debug, Serialize)]
pub struct DraftData {
    pub review_by: DateData,
}

/// Per table in table order its approval (when the brand lists them), and always a table
/// sent out without approval: the colophon never lets an unapproved text pass for approved.
fn approvals(
    record: &Record,
    labels: &BTreeMap<&'static str, &'static str>,
    listed: bool,
    without: &[String],
) -> Vec<ApprovalData> {
    let lang = record.event.language;
    record
        .tables
        .iter()
        .filter_map(|t| {
            let municipality = t.municipality.value.clone();
            match &t.approved {
                Some(a) if listed => {
                    let date_long = long_date(a.value, lang);
                    Some(ApprovalData {
                        text: approved_text(labels["approved_text"], &municipality, &date_long),
                        municipality,
                        approved: true,
                        date_long: Some(date_long),
                        note: t.approved_note.clone(),
                    })
                }
                None if without.contains(&municipality) => Some(ApprovalData {
                    text: approved_text(labels["not_approved_text"], &municipality, ""),
                    municipality,
                    approved: false,
                    date_long: None,
                    note: None,
                }),
                _ => None,
            }
        })
        .collect()
}

/// The label's sentence with the municipality and date put in; the record's text is never
/// searched for placeholders.
fn approved_text(label: &str, municipality: &str, date: &str) -> String {
    let (before, rest) = label.split_once("{m}").unwrap_or((label, ""));
    let (middle, after) = rest.split_once("{d}").unwrap_or((rest, ""));
    format!("{before}{municipality}{middle}{date}{after}")
}

/// The review of a draft, `None` for a final record.
fn draft_of(record: &Record) -> Option<DraftData> {
    let event = &record.event;
    (event.status.value == Status::Draft).then(|| DraftData {
        review_by: DateData::of(
            event
                .review_by
                .as_ref()
                .map_or(event.date.value, |r| r.value),
            event.language,
        ),
    })
}

/// The facts with each figure written as people write numbers in the record's language.
fn facts_of(record: &Record) -> Option<FactsData<'_>> {
    let lang = record.event.language;
    record.facts.as_ref().map(|f| FactsData {
        title: &f.title,
        speaker: &f.speaker,
        text: &f.text,
        figures: f
            .figures
            .iter()
            .map(|figure| FigureData {
                figure,
                value_text: crate::i18n::figure(&figure.written, lang),
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> crate::load::Loaded {
        crate::load::load(std::path::Path::new(
            "events/2022/2022-11-01-praktijktafel-amersfoort",
        ))
        .expect("the example loads")
    }

    #[test]
    fn the_content_follows_the_record_in_its_order_and_language() {
        let loaded = example();
        let c = of(&loaded.record, &loaded.source, true, &[]);
        assert_eq!(c.date.long, "1 november 2022");
        assert_eq!(c.municipalities.len(), loaded.record.tables.len());
        assert_eq!(c.photos.len(), loaded.record.photos.len());
        for (p, r) in c.photos.iter().zip(&loaded.record.photos) {
            assert_eq!(
                (p.caption, p.cover, p.pixels),
                (&*r.caption, r.cover.value, r.size)
            );
        }
        let approved = loaded.record.tables.iter().filter(|t| t.approved.is_some());
        assert_eq!(c.approvals.len(), approved.count());
        assert!(c.draft.is_none());
        assert_eq!(c.record_sha256.len(), 64);
    }

    #[test]
    fn an_unapproved_table_is_listed_even_when_approvals_are_not() {
        let mut loaded = example();
        let first = loaded.record.tables[0].municipality.value.clone();
        loaded.record.tables[0].approved = None;
        loaded.record.event.status.value = Status::Draft;
        loaded.record.event.review_by = None;
        let c = of(
            &loaded.record,
            &loaded.source,
            false,
            std::slice::from_ref(&first),
        );
        assert_eq!(c.approvals.len(), 1);
        assert!(!c.approvals[0].approved);
        assert!(
            c.approvals[0].text.contains(&first),
            "{}",
            c.approvals[0].text
        );
        // A draft without review_by is reviewed until the event's own date.
        assert_eq!(
            c.draft.map(|d| d.review_by.iso).as_deref(),
            Some("2022-11-01")
        );
    }
}
