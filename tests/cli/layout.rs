//! The report as a printed piece, measured on its pixels: an even page count, the back cover
//! last, and every inner page filled to at least 60% of its text area, for the example and
//! for generated records from the smallest valid one to 20 photos and 8 tables.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::common;
use common::pdf::{self, PageInk};
use common::{EXAMPLE, scratch, stderr};

/// The inner pages' top and bottom margins (src/page.rs): header and footer live there.
const MARGIN_TOP_MM: f64 = 24.0;
const MARGIN_BOTTOM_MM: f64 = 22.0;
/// The least share of its text area an inner page fills.
const MIN_FILL: f64 = 0.60;
/// Text only the colophon prints: where the back matter starts.
const COLOPHON: &str = "Colofon";
/// The built-in brand's website, on the back cover.
const WEBSITE: &str = "www.denormaalstezaak.nl";
/// The footer of an inner page numbers it.
const FOOTER: &str = "pagina ";

/// A generated record: how many photos and tables, and how much text.
#[derive(Clone, Copy)]
struct Case {
    photos: usize,
    tables: usize,
    long: bool,
    solutions: usize,
    /// With facts, pitches, closing and about (false: the smallest valid record).
    sections: bool,
}

const CASE: Case = Case {
    photos: 0,
    tables: 1,
    long: false,
    solutions: 4,
    sections: true,
};

/// Sentences from the first event's article, cycled into texts of any length.
const SENTENCES: &[&str] = &[
    "Werkgevers bedachten op basis van eigen ervaringen oplossingen en denkrichtingen.",
    "Er zijn veel initiatieven rondom bemiddeling, en niet iedere werkgever kent ze.",
    "De wethouder en een lid van de kerngroep bleven aan tafel zitten; de rest rouleerde.",
    "Zo kon er in de tweede ronde verder worden nagedacht over de oplossingen.",
    "Regio in beeld geeft zicht op de werkgelegenheid, de krapte en moeilijk vervulbare vacatures.",
    "Werkgevers hebben moeite met het vinden van nieuwe werknemers.",
    "Tegelijkertijd is er onbenut arbeidspotentieel dat kan worden ingezet.",
    "Inclusief werkgeverschap begint bij het gesprek tussen gemeente en ondernemer.",
    "Een vast aanspreekpunt bij de gemeente maakt het voor kleine bedrijven veel eenvoudiger.",
    "Jongeren van het praktijkonderwijs verdienen een stageplek die past bij wat zij kunnen.",
];

fn text(seed: usize, paragraphs: usize, sentences: usize) -> String {
    (0..paragraphs)
        .map(|p| {
            (0..sentences)
                .map(|s| SENTENCES[(seed * 7 + p * 3 + s) % SENTENCES.len()])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn toml_text(s: &str) -> String {
    format!("\"\"\"\n{s}\"\"\"")
}

/// The photos the generated records use, in turn: the example's five (landscape and
/// portrait) and two fixtures stored sideways with an EXIF orientation.
fn photo_sources() -> Vec<PathBuf> {
    let root = common::root();
    let example = root.join(EXAMPLE).join("photos");
    let mut out: Vec<PathBuf> = [
        "seeding_by_Clements_Engelhardt.jpg",
        "friends_by_Aitzol_Berasategi.jpg",
        "sunset_by_Aitzol_Berasategi.jpg",
        "Wine_by_Jakkub_Mede.jpg",
        "picosdeeuropa_by_Aitzol_Berasategi.jpg",
    ]
    .iter()
    .map(|f| example.join(f))
    .collect();
    out.push(root.join("tests/fixtures/photos/wine-orient6-900.jpg"));
    out.push(root.join("tests/fixtures/photos/sunset-640.jpg"));
    out
}

/// Writes the record of `case` under `dir` and returns its event folder.
fn generate(dir: &Path, name: &str, case: Case) -> PathBuf {
    let event = dir.join(format!("2023/2023-05-04-{name}"));
    std::fs::create_dir_all(event.join("photos")).unwrap();
    let (paras, sentences) = if case.long { (4, 6) } else { (1, 2) };
    let mut r = String::new();
    writeln!(
        r,
        "version = 1\n\n[event]\ntitle = \"Praktijktafel {name}\"\ndate = 2023-05-04\n\
         organizer = \"De Normaalste Zaak Amersfoort\"\nintro = {}",
        toml_text(&text(0, if case.long { 3 } else { 1 }, sentences))
    )
    .unwrap();
    if case.sections {
        r.push_str("location = \"Amersfoort\"\nkind = \"Praktijktafel\"\n");
        r.push_str("core_group = [\"KNGF\", \"Arcadis\", \"Regardz\"]\n");
    }
    let sources = photo_sources();
    for i in 0..case.photos {
        let src = &sources[i % sources.len()];
        let file = format!("photos/{i:02}.jpg");
        std::fs::copy(src, event.join(&file)).unwrap();
        writeln!(
            r,
            "\n[[photos]]\nfile = \"{file}\"\ncaption = \"Foto {i} van de middag\"\nalt = \"Een foto\"\n\
             credit = \"Foto: Fotograaf {} (CC BY 4.0)\"{}",
            i % 3,
            if i == 0 { "\ncover = true" } else { "" }
        )
        .unwrap();
    }
    if case.sections {
        writeln!(
            r,
            "\n[facts]\nspeaker = {{ name = \"Eric de Vos\", role = \"manager\", organization = \"UWV\" }}\n\
             text = {}\n\n[[facts.figures]]\nlabel = \"Vacatures\"\nvalue = 4200\n\n\
             [[facts.figures]]\nlabel = \"Werkzoekenden\"\nvalue = 3100\n\n\
             [pitches]\ntext = {}",
            toml_text(&text(1, paras, sentences)),
            toml_text(&text(2, paras, sentences))
        )
        .unwrap();
    }
    for t in 0..case.tables {
        let solutions: Vec<String> = (0..case.solutions)
            .map(|s| {
                format!(
                    "\"Oplossing {s}: {}\"",
                    SENTENCES[(t + s) % SENTENCES.len()]
                )
            })
            .collect();
        writeln!(
            r,
            "\n[[tables]]\nmunicipality = \"{}\"\n\
             host = {{ name = \"Wethouder {t}\", role = \"wethouder\", organization = \"Gemeente {}\" }}\n\
             question = \"Hoe vinden werkgevers en de gemeente elkaar sneller?\"\n\
             solutions = [{}]",
            common::MUNICIPALITIES[t],
            common::MUNICIPALITIES[t],
            solutions.join(", ")
        )
        .unwrap();
        if case.sections {
            writeln!(
                r,
                "core_member = {{ name = \"Kerngroeplid {t}\", organization = \"Regardz\" }}\n\
                 pitch = {}\nsummary = {}",
                toml_text(&text(t + 3, paras.min(2), sentences)),
                toml_text(&text(t + 5, paras.min(2), sentences))
            )
            .unwrap();
        }
    }
    if case.sections {
        writeln!(
            r,
            "\n[closing]\ntext = {}\n\n[[closing.quotes]]\ntext = \"{}\"\n\
             speaker = {{ name = \"Bert van Boggelen\", organization = \"De Normaalste Zaak\" }}\n\n\
             [about]\ntitle = \"Over De Normaalste Zaak Amersfoort\"\ntext = {}",
            toml_text(&text(8, paras.min(2), sentences)),
            SENTENCES[7],
            toml_text(&text(9, 1, 4))
        )
        .unwrap();
    }
    std::fs::write(event.join("event.toml"), r).unwrap();
    event
}

/// Builds `event` and measures every page.
fn pages(event: &Path, out: &Path) -> Vec<PageInk> {
    let o = common::verslag(&[
        "build",
        "-o",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let name = event.file_name().unwrap().to_str().unwrap();
    let year = event.parent().unwrap().file_name().unwrap();
    let report = out.join(year).join(format!("{name}.pdf"));
    // Kept for people to look at: `pdftoppm -png -r 40 target/layout/NAME.pdf`.
    let keep = common::root().join("target/layout");
    std::fs::create_dir_all(&keep).unwrap();
    std::fs::copy(&report, keep.join(format!("{name}.pdf"))).unwrap();
    pdf::ink(&report, MARGIN_TOP_MM, MARGIN_BOTTOM_MM)
}

/// The checks of the issue, with the fill of every page in the message when one fails.
fn check(name: &str, pages: &[PageInk]) {
    let table: String = pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let start: String = p.text.chars().take(60).collect();
            format!("  page {:2}: {:3.0}%  {start}\n", i + 1, p.fill * 100.0)
        })
        .collect();
    let say = |what: &str| format!("{name}: {what}\n{table}");
    assert!(
        pages.len().is_multiple_of(2),
        "{}",
        say("an odd page count")
    );
    let back = pages.len() - 1;
    // The back cover: the brand's colour to the edges, its website, no page number.
    assert!(
        pages[back].fill > 0.99
            && pages[back].text.contains(WEBSITE)
            && !pages[back].text.contains(FOOTER),
        "{}",
        say("the last page is not the back cover")
    );
    let matter = pages
        .iter()
        .position(|p| p.text.contains(COLOPHON))
        .unwrap_or_else(|| panic!("{}", say("no colophon")));
    assert!(
        matter >= back - 1,
        "{}",
        say("the colophon comes too early")
    );
    // Inner pages: after the cover, before the last page of text, which ends the report
    // before the back matter (the one deliberate section break).
    let last_text = matter - 1;
    for (i, p) in pages.iter().enumerate().take(last_text).skip(1) {
        assert!(
            p.fill >= MIN_FILL,
            "{}",
            say(&format!(
                "page {} is filled to {:.0}%, less than {:.0}%",
                i + 1,
                p.fill * 100.0,
                MIN_FILL * 100.0
            ))
        );
    }
}

fn run(name: &str, case: Case) {
    let tmp = scratch();
    let event = generate(tmp.path(), name, case);
    let pages = pages(&event, &tmp.path().join("out"));
    check(name, &pages);
}

#[test]
fn the_example_prints_as_a_balanced_piece() {
    let tmp = scratch();
    let pages = pages(&common::root().join(EXAMPLE), tmp.path());
    check("the example", &pages);
}

#[test]
fn the_smallest_valid_record_gets_a_back_cover() {
    run(
        "smallest",
        Case {
            sections: false,
            solutions: 1,
            ..CASE
        },
    );
}

#[test]
fn a_table_with_100_solutions_breaks_in_its_list() {
    run(
        "hundred",
        Case {
            solutions: 100,
            ..CASE
        },
    );
}

#[test]
fn one_photo_one_table_long_texts() {
    run(
        "one-photo",
        Case {
            photos: 1,
            long: true,
            ..CASE
        },
    );
}

#[test]
fn three_photos_three_tables_short_texts() {
    run(
        "three",
        Case {
            photos: 3,
            tables: 3,
            ..CASE
        },
    );
}

#[test]
fn seven_photos_five_tables_long_texts() {
    run(
        "seven",
        Case {
            photos: 7,
            tables: 5,
            long: true,
            ..CASE
        },
    );
}

#[test]
fn twenty_photos_eight_tables_long_texts() {
    run(
        "twenty",
        Case {
            photos: 20,
            tables: 8,
            long: true,
            solutions: 7,
            ..CASE
        },
    );
}

#[test]
fn no_photos_eight_tables_short_texts() {
    run("eight", Case { tables: 8, ..CASE });
}

#[test]
fn twenty_photos_two_tables_short_texts() {
    run(
        "twenty-short",
        Case {
            photos: 20,
            tables: 2,
            ..CASE
        },
    );
}

#[test]
fn seven_photos_one_table_long_texts() {
    run(
        "seven-long",
        Case {
            photos: 7,
            long: true,
            solutions: 12,
            ..CASE
        },
    );
}

#[test]
fn a_lone_portrait_photo_sits_beside_the_facts() {
    run(
        "portrait",
        Case {
            photos: 2,
            tables: 2,
            long: true,
            ..CASE
        },
    );
}

#[test]
fn four_tables_with_six_solutions_and_long_texts() {
    run(
        "six-solutions",
        Case {
            photos: 5,
            tables: 4,
            long: true,
            solutions: 6,
            ..CASE
        },
    );
}

#[test]
fn five_photos_six_tables_short_texts_few_solutions() {
    run(
        "five",
        Case {
            photos: 5,
            tables: 6,
            solutions: 2,
            ..CASE
        },
    );
}

/// The example built with the built-in brand, `[report]` set as given.
fn example_with_report_section(tmp: &Path, section: &str) -> Vec<PageInk> {
    let brand = common::brand_with(tmp, &format!("[report]\n{section}"));
    let out = tmp.join("out");
    let o = common::verslag(&[
        "build",
        "--brand",
        brand.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        EXAMPLE,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    pdf::ink(
        &out.join("2022/2022-11-01-praktijktafel-amersfoort.pdf"),
        MARGIN_TOP_MM,
        MARGIN_BOTTOM_MM,
    )
}

#[test]
fn the_colophon_gathers_every_photo_credit_with_its_pages() {
    let tmp = scratch();
    let pages = example_with_report_section(tmp.path(), "caption_credits = false");
    let colophon = pages
        .iter()
        .find(|p| p.text.contains(COLOPHON))
        .expect("a colophon");
    // Each photographer once, with where their photos are; the cover by name.
    for line in [
        "Foto: Clemens Engelhardt (CC0) – omslag",
        "Foto: Aitzol Berasategi (CC BY 4.0) – p. 2, 3",
        "Foto: Jakub Mede (CC BY 4.0) – p. 3",
        "Opgemaakt uit het verslagbestand event.toml (SHA-256 ",
        &format!("Gemaakt met verslag {}.", env!("CARGO_PKG_VERSION")),
    ] {
        assert!(
            colophon.text.contains(line),
            "{line:?} in {}",
            colophon.text
        );
    }
    // The record's own fingerprint: a changed record is a different report.
    let record = std::fs::read(common::root().join(EXAMPLE).join("event.toml")).unwrap();
    let sha = sha256_hex(&record);
    assert!(colophon.text.contains(&sha[..16]), "{}", colophon.text);
    // Under the photos: captions only.
    for p in &pages[..pages.len() - 2] {
        assert!(!p.text.contains("Foto: Aitzol"), "{}", p.text);
    }

    let tmp = scratch();
    let pages = example_with_report_section(tmp.path(), "caption_credits = true");
    assert!(
        pages[1]
            .text
            .contains("Foto: Aitzol Berasategi (CC BY 4.0)")
    );
    assert!(pages[0].text.contains("Foto: Clemens Engelhardt (CC0)"));
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn the_yearbook_has_one_back_cover_and_every_chapter_its_colophon() {
    let tmp = scratch();
    let events = tmp.path().join("events");
    let names = ["eerste", "tweede", "derde"];
    for (i, name) in names.iter().enumerate() {
        let case = Case {
            photos: 2 + i,
            tables: 2 + i,
            ..CASE
        };
        generate(&events, name, case);
    }
    let book = tmp.path().join("yearbook.pdf");
    let o = common::verslag(&[
        "yearbook",
        "2023",
        "--events",
        events.to_str().unwrap(),
        "-o",
        book.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let keep = common::root().join("target/layout");
    std::fs::create_dir_all(&keep).unwrap();
    std::fs::copy(&book, keep.join("yearbook-3-events.pdf")).unwrap();
    let pages = pdf::ink(&book, MARGIN_TOP_MM, MARGIN_BOTTOM_MM);
    let table: String = pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let start: String = p.text.chars().take(60).collect();
            format!("  page {:2}: {:3.0}%  {start}\n", i + 1, p.fill * 100.0)
        })
        .collect();
    assert!(pages.len().is_multiple_of(2), "an odd page count\n{table}");
    let back = &pages[pages.len() - 1];
    assert!(
        back.fill > 0.99 && back.text.contains(WEBSITE) && !back.text.contains(FOOTER),
        "the last page is not the back cover\n{table}"
    );
    // The about block and the logo with the organisation once, at the end (each chapter's
    // cover keeps its logo and website).
    let about = "Over De Normaalste Zaak Amersfoort";
    let with_about: Vec<usize> = (0..pages.len())
        .filter(|&i| pages[i].text.contains(about))
        .collect();
    assert_eq!(with_about, [pages.len() - 1], "the about block\n{table}");
    let footer_line = "Werkgeversnetwerk voor inclusief werkgeven www.denormaalstezaak.nl";
    let backs = pages
        .iter()
        .filter(|p| p.text.contains(footer_line))
        .count();
    assert_eq!(backs, 1, "the logo block more than once\n{table}");
    // Each chapter ends with its own colophon: the event, its record's fingerprint.
    for name in names {
        let colophon = pages.iter().find(|p| {
            p.text.contains(COLOPHON)
                && p.text
                    .contains(&format!("Praktijktafel · Praktijktafel {name}"))
        });
        let colophon = colophon.unwrap_or_else(|| panic!("no colophon of {name}\n{table}"));
        assert!(colophon.text.contains("SHA-256"), "{table}");
    }
    assert_eq!(
        pages.iter().filter(|p| p.text.contains(COLOPHON)).count(),
        names.len(),
        "{table}"
    );
}
