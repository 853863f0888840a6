//! The yearbook as its template sees it: typed data serialised to `/data.json`, the
//! yearbook's part of the template contract that docs/templates.md documents.

use std::collections::BTreeMap;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{MunicipalityYear, Numbers, Recurring, YearEvent};
use crate::report::data::BrandData;
use crate::year::{Foreword, Thanks};

/// What `yearbook.typ` receives as `/data.json`.
#[derive(serde::Serialize)]
pub struct YearbookData<'a> {
    pub year: u16,
    pub lang: &'static str,
    pub labels: BTreeMap<&'static str, &'static str>,
    pub brand: BrandData<'a>,
    /// The events of the year in date order, as the list of the year shows them.
    pub events: &'a [YearEvent<'a>],
    /// The year record's title, or "Jaaroverzicht 2022".
    pub title: String,
    pub subtitle: Option<&'a str>,
    /// The year record's cover photo, prepared for the cover.
    pub cover: Option<YearCoverData<'a>>,
    pub foreword: Option<&'a Foreword>,
    pub thanks: Option<&'a Thanks>,
    pub numbers: Numbers,
    pub municipalities: Vec<MunicipalityYear>,
    pub recurring: Vec<Recurring>,
    /// The records to attach to the PDF: the year record and every event's.
    pub sources: Vec<SourceData>,
    /// Per event in date order, the path of its report's data (what /data.json holds for a
    /// report): the yearbook binds the reports in with `report(json(path), chapter: n)`.
    pub chapters: Vec<String>,
}

/// The yearbook's cover photo.
#[derive(serde::Serialize)]
pub struct YearCoverData<'a> {
    pub path: &'a str,
    pub alt: &'a str,
    pub credit: Option<&'a str>,
    pub width_mm: f64,
    pub height_mm: f64,
}

/// A record attached to the yearbook.
#[derive(serde::Serialize)]
pub struct SourceData {
    /// Its path inside the document.
    pub path: String,
    /// The attachment's description.
    pub description: String,
}

/// A table as the list of the year shows it.
#[derive(serde::Serialize)]
struct TableListing<'a> {
    municipality: &'a str,
    /// The question's paragraphs joined.
    question: String,
}

/// An event of the year is listed by its long date, title, place, municipalities, tables
/// and report file.
impl Serialize for YearEvent<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = &self.loaded.record;
        let municipalities: Vec<&str> = r
            .tables
            .iter()
            .map(|t| t.municipality.value.as_str())
            .collect();
        let tables: Vec<TableListing<'_>> = r
            .tables
            .iter()
            .map(|t| TableListing {
                municipality: &t.municipality.value,
                question: t.question.0.join(" "),
            })
            .collect();
        let mut s = serializer.serialize_struct("YearEvent", 6)?;
        s.serialize_field(
            "date_long",
            &crate::i18n::long_date(r.event.date.value, r.event.language),
        )?;
        s.serialize_field("title", &r.event.title)?;
        s.serialize_field("location", &r.event.location)?;
        s.serialize_field("municipalities", &municipalities)?;
        s.serialize_field("tables", &tables)?;
        s.serialize_field("file", &self.file)?;
        s.end()
    }
}

#[cfg(test)]
mod contract {
    //! docs/templates.md against the yearbook's types: every key the yearbook template gets
    //! is documented.

    use std::collections::BTreeSet;

    use super::*;
    use crate::brand::Brand;
    use crate::i18n::labels_of;
    use crate::record::{Language, Person, Text};
    use crate::report::data::contract::{DOC, keys, ticked};
    use crate::yearbook::{Count, Place, Visit};

    #[test]
    fn every_key_of_the_yearbook_data_is_documented() {
        let brand = Brand::builtin().expect("the built-in brand");
        let loaded = crate::load::load(std::path::Path::new(
            "events/2022/2022-11-01-praktijktafel-amersfoort",
        ))
        .expect("the example loads");
        let event = YearEvent {
            loaded: &loaded,
            file: String::new(),
        };
        let events = [event];
        let foreword = Foreword {
            title: None,
            text: Text(vec![String::new()]),
            signatory: Person {
                name: String::new(),
                role: None,
                organization: None,
            },
        };
        let thanks = Thanks {
            title: None,
            text: Text(vec![String::new()]),
        };
        let place = Place {
            date_long: String::new(),
            event: String::new(),
            municipality: String::new(),
        };
        let count = Count {
            label: String::new(),
            value: 1,
        };
        let data = serde_json::to_value(YearbookData {
            year: 2022,
            lang: "nl",
            labels: labels_of(Language::Nl),
            brand: BrandData::of(&brand),
            events: &events,
            title: String::new(),
            subtitle: None,
            cover: Some(YearCoverData {
                path: "",
                alt: "",
                credit: None,
                width_mm: 1.0,
                height_mm: 1.0,
            }),
            foreword: Some(&foreword),
            thanks: Some(&thanks),
            numbers: Numbers {
                events: 1,
                tables: 1,
                municipalities: 1,
                aldermen: 1,
                organisations: 1,
                solutions: 1,
                tables_per_municipality: vec![count.clone()],
                events_per_month: vec![count],
            },
            municipalities: vec![MunicipalityYear {
                name: String::new(),
                visits: vec![Visit {
                    date_long: String::new(),
                    event: String::new(),
                    file: String::new(),
                    host: String::new(),
                    question: Vec::new(),
                    summary: None,
                    solutions: 1,
                }],
            }],
            recurring: vec![Recurring {
                solution: String::new(),
                also: Vec::new(),
                places: vec![place],
            }],
            sources: vec![SourceData {
                path: String::new(),
                description: String::new(),
            }],
            chapters: vec![String::new()],
        })
        .expect("serialises");
        let start = DOC
            .find("`yearbook.typ` gets")
            .expect("the yearbook paragraph");
        let paragraph = &DOC[start..DOC[start..].find("\n\n").map_or(DOC.len(), |e| start + e)];
        let named = ticked(paragraph);
        let all: BTreeSet<String> = keys(&data)
            .into_iter()
            .chain(keys(&data["events"][0]))
            .chain(keys(&data["events"][0]["tables"][0]))
            .chain(keys(&data["cover"]))
            .chain(keys(&data["foreword"]))
            .chain(keys(&data["thanks"]))
            .chain(keys(&data["numbers"]))
            .chain(keys(&data["numbers"]["events_per_month"][0]))
            .chain(keys(&data["municipalities"][0]))
            .chain(keys(&data["municipalities"][0]["visits"][0]))
            .chain(keys(&data["recurring"][0]))
            .chain(keys(&data["recurring"][0]["places"][0]))
            .chain(keys(&data["sources"][0]))
            .collect();
        let missing: Vec<_> = all.difference(&named).collect();
        assert!(missing.is_empty(), "not in docs/templates.md: {missing:?}");
    }
}
