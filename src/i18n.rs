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
    let months = match lang {
        Language::Nl => &MONTHS_NL,
        Language::En => &MONTHS_EN,
    };
    let month = months
        .get(usize::from(date.month).saturating_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{} {month} {}", date.day, date.year)
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
            ("photos", "Foto's"),
            ("read_more", "Lees meer over de gemeente"),
            ("download_pdf", "Het verslag als PDF"),
            ("quotes", "Uitspraken"),
            ("colophon", "Colofon"),
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
            ("photos", "Photos"),
            ("read_more", "Read more about the municipality of"),
            ("download_pdf", "The report as PDF"),
            ("quotes", "Quotes"),
            ("colophon", "Colophon"),
            ("cover", "cover"),
            ("pages_short", "p."),
            ("made_from", "Made from the record event.toml"),
            ("made_with", "Made with verslag"),
            ("photo_credits", "Photos"),
        ],
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
