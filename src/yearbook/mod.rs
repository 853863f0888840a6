//! What the yearbook says of a year, computed from its records: the year in numbers, every
//! municipality's questions in date order, and the solutions proposed at more than one table.

pub mod book;
pub mod data;
pub mod same;
pub mod write;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::i18n::long_date;
use crate::load::Loaded;
use crate::record::{Date, Language};

/// One event of the year: its loaded record and its report's file name (in the archive,
/// the archived report's). The yearbook lists it (see `data`), counts it and binds its
/// report in as a chapter.
pub struct YearEvent<'a> {
    pub loaded: &'a Loaded,
    pub file: String,
}

/// A count with its label, for the charts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub label: String,
    pub value: usize,
}

/// The year in numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Numbers {
    pub events: usize,
    pub tables: usize,
    pub municipalities: usize,
    /// Distinct hosts (the aldermen at the tables), by name.
    pub aldermen: usize,
    /// Distinct organisations of hosts, core members, core groups and speakers, by name.
    pub organisations: usize,
    pub solutions: usize,
    /// Tables per municipality, most first (then by name).
    pub tables_per_municipality: Vec<Count>,
    /// Events per month of the year, in month order (months without events left out).
    pub events_per_month: Vec<Count>,
}

/// One table a municipality sat at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Visit {
    pub date_long: String,
    pub event: String,
    pub file: String,
    pub host: String,
    pub question: Vec<String>,
    pub summary: Option<Vec<String>>,
    pub solutions: usize,
}

/// A municipality's year: every table it sat at, in date order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MunicipalityYear {
    pub name: String,
    pub visits: Vec<Visit>,
}

/// Where a solution was proposed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub date_long: String,
    pub event: String,
    pub municipality: String,
}

/// A solution proposed at more than one table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recurring {
    /// Its first wording in date order.
    pub solution: String,
    /// Its other wordings, in order of first use.
    pub also: Vec<String>,
    pub places: Vec<Place>,
}

/// Folds a name for comparing: case and surrounding space do not count.
fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

fn date_of(e: &YearEvent<'_>) -> Date {
    e.loaded.record.event.date.value
}

/// Events in date order (then by file name), as the yearbook lists them.
fn in_order<'e, 'a>(events: &'e [YearEvent<'a>]) -> Vec<&'e YearEvent<'a>> {
    let mut v: Vec<_> = events.iter().collect();
    v.sort_by(|a, b| (date_of(a), &a.file).cmp(&(date_of(b), &b.file)));
    v
}

pub fn numbers(events: &[YearEvent<'_>], lang: Language) -> Numbers {
    let mut municipalities: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut aldermen = BTreeSet::new();
    let mut organisations = BTreeSet::new();
    let mut months: BTreeMap<u8, usize> = BTreeMap::new();
    let (mut tables, mut solutions) = (0, 0);
    for e in events {
        let r = &e.loaded.record;
        *months.entry(r.event.date.value.month).or_default() += 1;
        organisations.extend(r.event.core_group.iter().map(|o| fold(o)));
        let speakers = r.facts.iter().filter_map(|f| f.speaker.as_ref()).chain(
            r.closing
                .iter()
                .flat_map(|c| c.quotes.iter().map(|q| &q.speaker)),
        );
        for t in &r.tables {
            tables += 1;
            solutions += t.solutions.len();
            let m = municipalities
                .entry(fold(&t.municipality.value))
                .or_insert_with(|| (t.municipality.value.clone(), 0));
            m.1 += 1;
            aldermen.insert(fold(&t.host.name));
        }
        let people = r
            .tables
            .iter()
            .flat_map(|t| std::iter::once(&t.host).chain(t.core_member.as_ref()))
            .chain(speakers);
        organisations.extend(people.filter_map(|p| p.organization.as_deref()).map(fold));
    }
    let mut per_municipality: Vec<Count> = municipalities
        .into_values()
        .map(|(label, value)| Count { label, value })
        .collect();
    per_municipality.sort_by(|a, b| {
        b.value
            .cmp(&a.value)
            .then(fold(&a.label).cmp(&fold(&b.label)))
    });
    Numbers {
        events: events.len(),
        tables,
        municipalities: per_municipality.len(),
        aldermen: aldermen.len(),
        organisations: organisations.len(),
        solutions,
        tables_per_municipality: per_municipality,
        events_per_month: months
            .into_iter()
            .map(|(month, value)| Count {
                label: crate::i18n::month_name(month, lang).to_string(),
                value,
            })
            .collect(),
    }
}

/// Every municipality, by name, with the tables it sat at in date order.
pub fn municipalities(events: &[YearEvent<'_>]) -> Vec<MunicipalityYear> {
    let mut by_name: BTreeMap<String, MunicipalityYear> = BTreeMap::new();
    for e in in_order(events) {
        let r = &e.loaded.record;
        for t in &r.tables {
            by_name
                .entry(fold(&t.municipality.value))
                .or_insert_with(|| MunicipalityYear {
                    name: t.municipality.value.clone(),
                    visits: Vec::new(),
                })
                .visits
                .push(Visit {
                    date_long: long_date(r.event.date.value, r.event.language),
                    event: r.event.title.clone(),
                    file: e.file.clone(),
                    host: t.host.name.clone(),
                    question: t.question.0.clone(),
                    summary: t.summary.as_ref().map(|s| s.0.clone()),
                    solutions: t.solutions.len(),
                });
        }
    }
    by_name.into_values().collect()
}

/// The solutions proposed at more than one table of the year (see `same`), most places
/// first, then in order of first proposal.
pub fn recurring(events: &[YearEvent<'_>]) -> Vec<Recurring> {
    struct Group {
        first: usize,
        wordings: Vec<String>,
        places: Vec<Place>,
        tables: BTreeSet<(usize, usize)>,
    }
    let mut groups: BTreeMap<BTreeSet<String>, Group> = BTreeMap::new();
    let mut order = 0;
    for (ei, e) in in_order(events).into_iter().enumerate() {
        let r = &e.loaded.record;
        for (ti, t) in r.tables.iter().enumerate() {
            for s in &t.solutions {
                let key = same::key(s, r.event.language);
                if key.is_empty() {
                    continue;
                }
                order += 1;
                let g = groups.entry(key).or_insert_with(|| Group {
                    first: order,
                    wordings: Vec::new(),
                    places: Vec::new(),
                    tables: BTreeSet::new(),
                });
                if !g.wordings.contains(s) {
                    g.wordings.push(s.clone());
                }
                if g.tables.insert((ei, ti)) {
                    g.places.push(Place {
                        date_long: long_date(r.event.date.value, r.event.language),
                        event: r.event.title.clone(),
                        municipality: t.municipality.value.clone(),
                    });
                }
            }
        }
    }
    let mut out: Vec<Group> = groups
        .into_values()
        .filter(|g| g.places.len() > 1)
        .collect();
    out.sort_by(|a, b| {
        b.places
            .len()
            .cmp(&a.places.len())
            .then(a.first.cmp(&b.first))
    });
    out.into_iter()
        .map(|mut g| Recurring {
            solution: g.wordings.remove(0),
            also: g.wordings,
            places: g.places,
        })
        .collect()
}
