//! Words the report prints itself, per record language: labels and written-out dates.

use crate::record::{Date, Language};

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "1 november 2022" / "1 November 2022".
pub fn long_date(date: Date, lang: Language) -> String {
    format!(
        "{} {} {}",
        date.day,
        month_name(date.month, lang),
        date.year
    )
}

/// "november" / "November" for 11.
pub fn month_name(month: u8, lang: Language) -> &'static str {
    let months = match lang {
        Language::Nl => &MONTHS_NL,
        Language::En => &MONTHS_EN,
    };
    months
        .get(usize::from(month).saturating_sub(1))
        .copied()
        .unwrap_or("?")
}

/// The labels a template prints, as (key, text) pairs.
pub fn labels(lang: Language) -> &'static [(&'static str, &'static str)] {
    match lang {
        Language::Nl => &[
            ("question", "Vraag"),
            ("solutions", "Oplossingen"),
            ("summary", "Samengevat"),
            ("table_with", "Aan tafel met"),
            ("facts", "Facts & figures"),
            ("pitches", "Pitchen"),
            ("pitch", "Pitch"),
            ("closing", "Afsluiting"),
            ("core_group", "Kerngroep"),
            ("municipality", "Gemeente"),
            ("tables", "De praktijktafels"),
            ("contents", "Inhoud"),
            ("page", "pagina"),
            ("photo", "Foto"),
            ("source", "Bron"),
            ("report", "Verslag"),
            ("location", "Locatie"),
            ("organizer", "Organisatie"),
            ("and", "en"),
            ("of", "van"),
            (
                "source_record",
                "Het verslag als gegevens (event.toml), waaruit dit document is gemaakt",
            ),
            ("yearbook", "Jaaroverzicht"),
            ("events", "Bijeenkomsten"),
            ("report_file", "Verslag"),
            ("questions", "Vragen aan tafel"),
            ("foreword", "Voorwoord"),
            ("thanks", "Met dank aan"),
            ("year_in_numbers", "Het jaar in cijfers"),
            ("n_events", "bijeenkomst|bijeenkomsten"),
            ("n_tables", "tafel|tafels"),
            ("n_municipalities", "gemeente|gemeenten"),
            ("n_aldermen", "wethouder gesproken|wethouders gesproken"),
            (
                "n_organisations",
                "organisatie betrokken|organisaties betrokken",
            ),
            ("n_solutions", "oplossing verzameld|oplossingen verzameld"),
            ("tables_per_municipality", "Tafels per gemeente"),
            ("events_per_month", "Bijeenkomsten per maand"),
            ("per_municipality", "Per gemeente"),
            ("recurring", "Oplossingen die terugkwamen"),
            (
                "recurring_intro",
                "Oplossingen die aan meer dan één tafel werden voorgesteld, met waar ze vandaan kwamen.",
            ),
            (
                "recurring_none",
                "Dit jaar werd geen oplossing aan meer dan één tafel voorgesteld.",
            ),
            ("also_as", "ook als"),
            ("host", "wethouder"),
            (
                "year_record",
                "Het jaarbestand (year.toml) waaruit dit jaaroverzicht mede is gemaakt",
            ),
            ("photos", "Foto's"),
            ("read_more", "Lees meer over de gemeente"),
            ("download_pdf", "Het verslag als PDF"),
            ("quotes", "Uitspraken"),
            ("colophon", "Colofon"),
            (
                "approved_text",
                "De tekst van tafel {m} is op {d} akkoord bevonden",
            ),
            ("draft", "CONCEPT"),
            (
                "draft_until",
                "Concept ter controle door de wethouders; reacties welkom tot en met",
            ),
            ("cover", "omslag"),
            ("pages_short", "p."),
            ("made_from", "Opgemaakt uit het verslagbestand event.toml"),
            ("made_with", "Gemaakt met verslag"),
            ("photo_credits", "Foto's"),
        ],
        Language::En => &[
            ("question", "Question"),
            ("solutions", "Solutions"),
            ("summary", "In summary"),
            ("table_with", "At the table"),
            ("facts", "Facts & figures"),
            ("pitches", "Pitches"),
            ("pitch", "Pitch"),
            ("closing", "Closing"),
            ("core_group", "Core group"),
            ("municipality", "Municipality"),
            ("tables", "The tables"),
            ("contents", "Contents"),
            ("page", "page"),
            ("photo", "Photo"),
            ("source", "Source"),
            ("report", "Report"),
            ("location", "Location"),
            ("organizer", "Organiser"),
            ("and", "and"),
            ("of", "of"),
            (
                "source_record",
                "The record (event.toml) this document was made from",
            ),
            ("yearbook", "Yearbook"),
            ("events", "Events"),
            ("report_file", "Report"),
            ("questions", "Questions at the tables"),
            ("foreword", "Foreword"),
            ("thanks", "With thanks to"),
            ("year_in_numbers", "The year in numbers"),
            ("n_events", "event|events"),
            ("n_tables", "table|tables"),
            ("n_municipalities", "municipality|municipalities"),
            ("n_aldermen", "alderman met|aldermen met"),
            (
                "n_organisations",
                "organisation involved|organisations involved",
            ),
            ("n_solutions", "solution collected|solutions collected"),
            ("tables_per_municipality", "Tables per municipality"),
            ("events_per_month", "Events per month"),
            ("per_municipality", "Per municipality"),
            ("recurring", "Solutions that came back"),
            (
                "recurring_intro",
                "Solutions proposed at more than one table, with where they came from.",
            ),
            (
                "recurring_none",
                "This year no solution was proposed at more than one table.",
            ),
            ("also_as", "also as"),
            ("host", "alderman"),
            (
                "year_record",
                "The year record (year.toml) this yearbook was made from, with the events' records",
            ),
            ("photos", "Photos"),
            ("read_more", "Read more about the municipality of"),
            ("download_pdf", "The report as PDF"),
            ("quotes", "Quotes"),
            ("colophon", "Colophon"),
            (
                "approved_text",
                "The text of the table of {m} was approved on {d}",
            ),
            ("draft", "DRAFT"),
            (
                "draft_until",
                "Draft for the aldermen to check; comments welcome until",
            ),
            ("cover", "cover"),
            ("pages_short", "p."),
            ("made_from", "Made from the record event.toml"),
            ("made_with", "Made with verslag"),
            ("photo_credits", "Photos"),
        ],
    }
}

/// Today's date on this computer. Only `check` and `mail --review` look at it: reports stay
/// reproducible.
pub fn today() -> Date {
    let d = jiff::ZonedDateTime::now().date();
    Date {
        year: d.year() as u16,
        month: d.month() as u8,
        day: d.day() as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out() {
        let d = Date {
            year: 2022,
            month: 11,
            day: 1,
        };
        assert_eq!(long_date(d, Language::Nl), "1 november 2022");
        assert_eq!(long_date(d, Language::En), "1 November 2022");
    }
}
