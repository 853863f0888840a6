//! The yearbook of a generated year of 12 events at 8 municipalities: its numbers, its
//! grouping per municipality, the solutions that came back, and the page numbers of its
//! contents, all read back from the PDF; and no yearbook of half a year.

use std::path::Path;

use crate::common;
use common::pdf;
use common::{MUNICIPALITIES, scratch, stderr, stdout, verslag};

/// Solutions that come back in other words, by (event, table).
fn special(event: usize, table: usize) -> Option<&'static str> {
    match (event, table) {
        (0, 1) => Some("Eén loket voor werkgevers"),
        (4, 0) => Some("Werkgevers: één loket!"),
        (8, 1) => Some("een loket voor de werkgevers"),
        (2, 0) => Some("Persoonlijk contact"),
        (10, 1) => Some("persoonlijke contacten"),
        _ => None,
    }
}

/// Twelve events in 2023, one a month, each with two tables: the municipality after the
/// month's own, so Baarn sits at the tables of January, February, September and October.
fn generate(events: &Path) {
    for e in 0..12 {
        let month = e + 1;
        let dir = events.join(format!("2023/2023-{month:02}-10-tafel-{month:02}"));
        std::fs::create_dir_all(&dir).unwrap();
        let mut r = format!(
            "version = 1\n\n[event]\ntitle = \"Praktijktafel {month}\"\ndate = 2023-{month:02}-10\n\
             organizer = \"De Normaalste Zaak Amersfoort\"\nintro = \"Tafel {month}.\"\n\
             core_group = [\"KNGF\", \"Arcadis\"]\n"
        );
        for t in 0..2 {
            let m = MUNICIPALITIES[(e + t) % 8];
            let own = format!("Maatregel {e}x{t} voor {m}");
            let solutions = match special(e, t) {
                Some(s) => format!("\"{own}\", \"{s}\""),
                None => format!("\"{own}\", \"Plan {e}x{t} met werkgevers uit {m}\""),
            };
            r.push_str(&format!(
                "\n[[tables]]\nmunicipality = \"{m}\"\n\
                 host = {{ name = \"Wethouder van {m}\", organization = \"Gemeente {m}\" }}\n\
                 question = \"Vraag van {m} in maand {month}?\"\nsolutions = [{solutions}]\n\
                 summary = \"Samenvatting {m} {month}.\"\n"
            ));
        }
        std::fs::write(dir.join("event.toml"), r).unwrap();
    }
}

fn archive(events: &Path, root: &Path) -> std::process::Output {
    verslag(&[
        "archive",
        "2023",
        "--events",
        events.to_str().unwrap(),
        "--archive",
        root.to_str().unwrap(),
    ])
}

/// The page number the contents give for `entry`.
fn listed_page(contents: &str, entry: &str) -> usize {
    let at = contents
        .find(entry)
        .unwrap_or_else(|| panic!("{entry:?} not in the contents: {contents}"));
    let rest = &contents[at + entry.len()..];
    let digits: String = rest
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap()
}

#[test]
fn a_year_of_twelve_events_makes_a_yearbook_that_adds_up() {
    let tmp = scratch();
    let (events, root) = (tmp.path().join("events"), tmp.path().join("archive"));
    generate(&events);
    let o = archive(&events, &root);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).ends_with("12 built, 0 unchanged, 0 failed; yearbook built\n"));
    let book = root.join("2023/yearbook-2023.pdf");
    let pages = pdf::ink(&book, 22.0, 20.0);
    let all: String = pages
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");

    // The year in numbers.
    for figure in [
        "12 bijeenkomsten",
        "24 tafels",
        "8 gemeenten",
        "8 wethouders gesproken",
        "10 organisaties betrokken",
        "48 oplossingen verzameld",
    ] {
        let (n, words) = figure.split_once(' ').unwrap();
        assert!(all.contains(&format!("{n} {words}")), "{figure} in {all}");
    }
    assert!(
        all.contains("Tafels per gemeente Baarn 4 Bunschoten 4 Eemnes 4 Amersfoort 3"),
        "{all}"
    );
    // Per municipality: every table, in date order.
    let baarn = all.find("Wethouder van Baarn").unwrap();
    let order: Vec<usize> = [1, 2, 9, 10]
        .iter()
        .map(|m| {
            all[baarn..]
                .find(&format!("Vraag van Baarn in maand {m}?"))
                .unwrap()
        })
        .collect();
    assert!(
        order.is_sorted(),
        "Baarn's tables are not in date order: {order:?}"
    );
    // Nijkerk's two questions: under Nijkerk, in the list of events, and in the two
    // reports bound in.
    assert_eq!(
        all.matches("Vraag van Nijkerk in maand").count(),
        2 * 3,
        "{all}"
    );
    // Recurring solutions: three places for the one desk, two for personal contact, and no
    // solution that was proposed once.
    assert!(all.contains("3× Eén loket voor werkgevers"), "{all}");
    assert!(
        all.contains(
            "ook als: “Werkgevers: één loket!”, “een loket voor de werkgevers” \
             Baarn (10 januari 2023) · Leusden (10 mei 2023) · Baarn (10 september 2023)"
        ),
        "{all}"
    );
    assert!(all.contains("2× Persoonlijk contact"), "{all}");
    assert!(!all.contains("× Maatregel"), "{all}");

    // The contents' page numbers are the pages the sections are on.
    let contents = &pages[1].text;
    for entry in [
        "Het jaar in cijfers",
        "Per gemeente",
        "Oplossingen die terugkwamen",
        "Bijeenkomsten",
        "Woudenberg",
    ] {
        let n = listed_page(contents, entry);
        assert!(
            pages[n - 1].text.contains(entry),
            "{entry} is listed on page {n}, which reads: {}",
            pages[n - 1].text
        );
    }

    // Every report bound in as a chapter, in the contents, starting on a right-hand page; the
    // volume has an even page count.
    let mut last = 0;
    for month in 1..=12 {
        let title = format!("Praktijktafel {month} ");
        let n = listed_page(contents, &title);
        assert!(n % 2 == 1 && n > last, "{title}on page {n}");
        assert!(
            pages[n - 1].text.contains(title.trim()),
            "{}",
            pages[n - 1].text
        );
        last = n;
    }
    assert!(pages.len().is_multiple_of(2), "{} pages", pages.len());

    // An event that fails: the reports are archived, the yearbook of the whole year stays.
    let before = std::fs::read(&book).unwrap();
    let broken = events.join("2023/2023-12-24-kapot");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("event.toml"), "version = 1\n").unwrap();
    let o = archive(&events, &root);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).ends_with(
            "0 built, 12 unchanged, 1 failed; yearbook not rebuilt: 2023-12-24-kapot failed\n"
        ),
        "{}",
        stdout(&o)
    );
    assert_eq!(std::fs::read(&book).unwrap(), before);
    std::fs::remove_dir_all(&broken).unwrap();
    let o = verslag(&["verify", "2023", "--archive", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn the_yearbook_command_makes_a_draft_and_writes_nothing_for_a_broken_year() {
    let tmp = scratch();
    let events = tmp.path().join("events");
    generate(&events);
    std::fs::write(
        events.join("2023/year.toml"),
        "version = 1\n\n[year]\ntitle = \"Praktijktafels 2023\"\n\n[foreword]\n\
         text = \"Twaalf keer aan tafel.\"\nsignatory = { name = \"Bert van Boggelen\" }\n",
    )
    .unwrap();
    let file = tmp.path().join("concept.pdf");
    let args = [
        "yearbook",
        "2023",
        "--events",
        events.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ];
    let o = verslag(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text: String = pdf::ink(&file, 22.0, 20.0)
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    for want in [
        "Praktijktafels 2023",
        "Voorwoord Twaalf keer aan tafel. Bert van Boggelen",
        "12 bijeenkomsten",
    ] {
        assert!(text.contains(want), "{want} in {text}");
    }
    // The records travel inside: the year record and the twelve events'.
    let doc = pdf::load(&file);
    assert_eq!(pdf::dicts_of_type(&doc, b"Filespec").count(), 13);
    // The same inputs, the same bytes.
    let first = std::fs::read(&file).unwrap();
    let o = verslag(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        std::fs::read(&file).unwrap() == first,
        "two yearbooks differ"
    );

    std::fs::write(events.join("2023/year.toml"), "version = 1\n[yaer]\n").unwrap();
    std::fs::remove_file(&file).unwrap();
    let o = verslag(&args);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("unknown key `yaer` (hint: did you mean `year`?)")
            || stderr(&o).contains("unknown key `yaer`"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("no yearbook was written"),
        "{}",
        stderr(&o)
    );
    assert!(!file.exists());
}

#[test]
fn templates_exported_before_chapters_existed_are_refused_for_a_yearbook() {
    let tmp = scratch();
    let events = tmp.path().join("events");
    generate(&events);
    let dir = tmp.path().join("tpl");
    let o = verslag(&["templates", "export", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A folder of contract 1 has no chapter.typ.
    std::fs::remove_file(dir.join("chapter.typ")).unwrap();
    let file = tmp.path().join("book.pdf");
    let o = verslag(&[
        "yearbook",
        "2023",
        "--events",
        events.to_str().unwrap(),
        "--templates",
        dir.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o)
            .contains("these templates were exported by an older verslag (template contract 1)"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("verslag templates export NEWDIR"),
        "{}",
        stderr(&o)
    );
    assert!(!file.exists());
    // A folder of contract 2: chapter.typ without the contract line.
    let o = verslag(&[
        "templates",
        "export",
        tmp.path().join("tpl2").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let chapter = tmp.path().join("tpl2/chapter.typ");
    let text = std::fs::read_to_string(&chapter).unwrap();
    std::fs::write(&chapter, text.replace("#let template-contract = 3\n", "")).unwrap();
    let o = verslag(&[
        "yearbook",
        "2023",
        "--events",
        events.to_str().unwrap(),
        "--templates",
        tmp.path().join("tpl2").to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(
            "(template contract 2): their chapters each end with a back cover of their own"
        ),
        "{}",
        stderr(&o)
    );
    assert!(!file.exists());
}
