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
            (
                "not_approved_text",
                "De tekst van tafel {m} is opgenomen zonder akkoord van de wethouder",
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
            (
                "not_approved_text",
                "The text of the table of {m} is included without the alderman's approval",
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

/// The labels of a language as a dictionary, as the templates get them.
pub fn labels_of(lang: Language) -> std::collections::BTreeMap<&'static str, &'static str> {
    labels(lang).iter().copied().collect()
}

/// "concept" / "draft": the word a draft's file name carries.
pub fn draft_word(lang: Language) -> &'static str {
    match lang {
        Language::Nl => "concept",
        Language::En => "draft",
    }
}

/// The locale of Open Graph's `og:locale`: `nl_NL` or `en_GB`.
pub fn og_locale(lang: Language) -> &'static str {
    match lang {
        Language::Nl => "nl_NL",
        Language::En => "en_GB",
    }
}

/// What a host is called when the contacts give no role.
pub fn host_role(lang: Language) -> &'static str {
    match lang {
        Language::Nl => "wethouder",
        Language::En => "alderman",
    }
}

/// What a table's part of the report holds, for the mail that announces it: "uw pitch, de
/// vraag van Baarn, de oplossingen die de werkgevers aandroegen en de samenvatting", with
/// only what the table has (one solution, no summary, no pitch).
pub fn table_contents(t: &crate::record::Table, lang: Language) -> String {
    let m = &t.municipality.value;
    let one = t.solutions.len() == 1;
    let mut parts: Vec<String> = Vec::new();
    match lang {
        Language::Nl => {
            if t.pitch.is_some() {
                parts.push("uw pitch".into());
            }
            parts.push(format!("de vraag van {m}"));
            parts.push(if one {
                "de oplossing die de werkgevers aandroegen".into()
            } else {
                "de oplossingen die de werkgevers aandroegen".into()
            });
            if t.summary.is_some() {
                parts.push("de samenvatting".into());
            }
        }
        Language::En => {
            if t.pitch.is_some() {
                parts.push("your pitch".into());
            }
            parts.push(format!("the question of {m}"));
            parts.push(if one {
                "the solution the employers proposed".into()
            } else {
                "the solutions the employers proposed".into()
            });
            if t.summary.is_some() {
                parts.push("the summary".into());
            }
        }
    }
    let and = match lang {
        Language::Nl => "en",
        Language::En => "and",
    };
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A figure as people write it, from its digits as written in the record (`1250`, `2.3450`,
/// `-3.5`): `1.250`, `2,345` and `-3,5` in Dutch, `1,250`, `2.345` and `-3.5` in English. Every
/// decimal written prints, trailing zeros dropped; nothing is rounded.
pub fn figure(written: &str, lang: Language) -> String {
    let (thousands, decimal) = match lang {
        Language::Nl => ('.', ','),
        Language::En => (',', '.'),
    };
    let (sign, unsigned) = match written.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", written.trim_start_matches('+')),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let fraction = fraction.trim_end_matches('0');
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        w => w,
    };
    let mut out = String::from(if whole == "0" && fraction.is_empty() {
        ""
    } else {
        sign
    });
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// A language's digits, minus, decimal point and whole-number words.
type Spoken = (
    [&'static str; 10],
    &'static str,
    &'static str,
    fn(u64) -> Option<String>,
);

/// How a decimal written in a record is read aloud in a language: `2.345` is "two point
/// three four five" ("twee komma drie vier vijf"), `-12.500` "minus twelve point five zero
/// zero".
pub fn spoken_decimal_in(raw: &str, lang: Language) -> String {
    let (digits, minus, point, whole_words): Spoken = match lang {
        Language::En => (
            [
                "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            ],
            "minus ",
            "point",
            |n| Some(words(n)),
        ),
        Language::Nl => (
            [
                "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
            ],
            "min ",
            "komma",
            |n| (n < 1_000_000).then(|| words_nl(n)),
        ),
    };
    let (sign, unsigned) = match raw.strip_prefix('-') {
        Some(rest) => (minus, rest),
        None => ("", raw.trim_start_matches('+')),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let whole = whole
        .replace('_', "")
        .parse::<u64>()
        .ok()
        .and_then(whole_words)
        .unwrap_or_else(|| whole.to_string());
    let fraction: Vec<&str> = fraction
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| digits[usize::from(b - b'0')])
        .collect();
    format!("{sign}{whole} {point} {}", fraction.join(" "))
}

/// A whole number below a million in Dutch words, written as one word as Dutch does:
/// 12 is "twaalf", 345 "driehonderdvijfenveertig", 2345 "tweeduizend driehonderdvijfenveertig".
fn words_nl(n: u64) -> String {
    const SMALL: [&str; 20] = [
        "nul",
        "een",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
    ];
    const TENS: [&str; 10] = [
        "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
        "negentig",
    ];
    fn below_thousand(n: u64) -> String {
        let (h, rest) = (n / 100, n % 100);
        let head = match h {
            0 => String::new(),
            1 => "honderd".to_string(),
            h => format!("{}honderd", SMALL[h as usize]),
        };
        let tail = match rest {
            0 if h > 0 => String::new(),
            r if r < 20 => SMALL[r as usize].to_string(),
            r => {
                let (t, u) = (r / 10, r % 10);
                match u {
                    0 => TENS[t as usize].to_string(),
                    // "tweeënveertig", "drieënveertig": a trema where two e's meet.
                    2 | 3 => format!("{}ën{}", SMALL[u as usize], TENS[t as usize]),
                    u => format!("{}en{}", SMALL[u as usize], TENS[t as usize]),
                }
            }
        };
        head + &tail
    }
    if n < 1000 {
        return below_thousand(n);
    }
    let (thousands, rest) = (n / 1000, n % 1000);
    let head = if thousands == 1 {
        "duizend".to_string()
    } else {
        format!("{}duizend", below_thousand(thousands))
    };
    if rest == 0 {
        head
    } else {
        format!("{head} {}", below_thousand(rest))
    }
}

/// A whole number in English words: 12 is "twelve", 345 "three hundred forty-five".
fn words(n: u64) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const SCALES: [(u64, &str); 4] = [
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ];
    if n < 20 {
        return SMALL[n as usize].to_string();
    }
    if n < 100 {
        let (t, u) = (n / 10, n % 10);
        return match u {
            0 => TENS[t as usize].to_string(),
            u => format!("{}-{}", TENS[t as usize], SMALL[u as usize]),
        };
    }
    if n < 1000 {
        let rest = n % 100;
        let head = format!("{} hundred", SMALL[(n / 100) as usize]);
        return if rest == 0 {
            head
        } else {
            format!("{head} {}", words(rest))
        };
    }
    for (scale, name) in SCALES {
        if n >= scale {
            let rest = n % scale;
            let head = format!("{} {name}", words(n / scale));
            return if rest == 0 {
                head
            } else {
                format!("{head} {}", words(rest))
            };
        }
    }
    n.to_string()
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

    #[test]
    fn figures_print_every_written_decimal_and_no_other() {
        assert_eq!(figure("1250", Language::Nl), "1.250");
        assert_eq!(figure("3.5", Language::Nl), "3,5");
        assert_eq!(figure("1250.75", Language::En), "1,250.75");
        assert_eq!(figure("-12", Language::En), "-12");
        assert_eq!(figure("2.3450", Language::Nl), "2,345");
        assert_eq!(figure("3.14159", Language::Nl), "3,14159");
        assert_eq!(figure("1234567.0", Language::Nl), "1.234.567");
        assert_eq!(figure("0.05", Language::En), "0.05");
        assert_eq!(figure("-0.0", Language::En), "0");
        assert_eq!(
            figure("999999999999999", Language::En),
            "999,999,999,999,999"
        );
    }

    #[test]
    fn decimals_are_read_aloud() {
        assert_eq!(
            spoken_decimal_in("2.345", Language::En),
            "two point three four five"
        );
        assert_eq!(
            spoken_decimal_in("2.345", Language::Nl),
            "twee komma drie vier vijf"
        );
        assert_eq!(
            spoken_decimal_in("-345.120", Language::Nl),
            "min driehonderdvijfenveertig komma een twee nul"
        );
        assert_eq!(
            spoken_decimal_in("42.500", Language::Nl),
            "tweeënveertig komma vijf nul nul"
        );
        assert_eq!(
            spoken_decimal_in("-12.500", Language::En),
            "minus twelve point five zero zero"
        );
        assert_eq!(
            spoken_decimal_in("999.120", Language::En),
            "nine hundred ninety-nine point one two zero"
        );
        assert_eq!(
            words(1_091_879),
            "one million ninety-one thousand eight hundred seventy-nine"
        );
    }
}
