//! The printed pieces, polished (#26): a quote by a name alone, typographic apostrophes in
//! the PDF (text, bookmarks, metadata, alt texts) and on the web page, the viewer's title,
//! one form of "38%", a web folder fit to upload, singular counts, `-q`, and the round in
//! the help with the next step after each command.

use std::path::{Path, PathBuf};

use crate::common;
use common::{EXAMPLE, pdf, scratch, stderr, stdout, verslag};

/// A record with apostrophes in names, places and an alt text, a quote by a name alone and
/// a percentage, in `dir/2022/2022-11-01-apostrof/`.
fn record(dir: &Path) -> PathBuf {
    let event = dir.join("2022/2022-11-01-apostrof");
    std::fs::create_dir_all(event.join("photos")).unwrap();
    std::fs::copy(
        common::root().join("tests/fixtures/photos/sunset-640.jpg"),
        event.join("photos/zon.jpg"),
    )
    .unwrap();
    let text = r#"version = 1

[event]
title = "Praktijktafel in 's-Hertogenbosch"
date = 2022-11-01
organizer = "De Normaalste Zaak Amersfoort"
intro = "Een middag bij O'Neill & Zn."

[[photos]]
file = "photos/zon.jpg"
caption = "De zon boven 's-Hertogenbosch"
alt = "Zonsondergang boven het dak van O'Neill"

[facts]
text = "Cijfers."

[[facts.figures]]
label = "Werkt parttime"
value = 38
unit = "%"

[[facts.figures]]
label = "Werkt voltijd"
value = 52
unit = "%"

[[facts.figures]]
label = "Werkt niet"
value = 10
unit = "%"

[[tables]]
municipality = "'s-Hertogenbosch"
host = { name = "Jan van 't Hof", role = "wethouder" }
question = "Hoe bereiken we werkgevers?"
solutions = ["Eén loket", "Werkgevers' ambassadeurs"]

[closing]

[[closing.quotes]]
text = "Gewoon beginnen."
speaker = { name = "Jertske" }
"#;
    std::fs::write(event.join("event.toml"), text).unwrap();
    event
}

/// Every text string of the PDF's dictionaries under `key` (`Title` of bookmarks, `Alt`).
fn strings(doc: &lopdf::Document, key: &[u8]) -> Vec<String> {
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(key).ok())
        .filter_map(|v| lopdf::decode_text_string(v).ok())
        .collect()
}

#[test]
fn apostrophes_are_typographic_and_a_quote_by_a_name_alone_has_no_dot() {
    let tmp = scratch();
    let event = record(tmp.path());
    let out = tmp.path().join("out");
    let o = verslag(&[
        "build",
        "-o",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = out.join("2022/2022-11-01-apostrof.pdf");
    let text = pdf::text(&path);
    for printed in [
        "’s-Hertogenbosch",
        "van ’t Hof",
        "O’Neill",
        "Werkgevers’ ambassadeurs",
    ] {
        assert!(text.contains(printed), "{printed} is not in: {text}");
    }
    assert!(
        !text.contains('\''),
        "a typewriter apostrophe is printed: {text}"
    );
    assert!(!text.contains('‘'), "{text}");
    assert!(text.contains("Jertske"), "{text}");
    assert!(!text.contains("Jertske ·"), "{text}");
    // One form of a percentage: against the number (here in the bar chart three shares
    // make; the cards are the same, as pdftotext reads them).
    assert!(text.contains("38%"), "{text}");
    assert!(!text.contains("38 %"), "{text}");
    let doc = pdf::load(&path);
    assert_eq!(
        pdf::info(&doc, "Title").as_deref(),
        Some("Praktijktafel in ’s-Hertogenbosch")
    );
    let bookmarks = strings(&doc, b"Title");
    assert!(
        bookmarks.iter().any(|t| t == "’s-Hertogenbosch"),
        "{bookmarks:?}"
    );
    let alts = strings(&doc, b"Alt");
    assert!(
        alts.iter()
            .any(|a| a == "Zonsondergang boven het dak van O’Neill"),
        "{alts:?}"
    );
    // The record keeps what was typed.
    let source = std::fs::read_to_string(event.join("event.toml")).unwrap();
    assert!(source.contains("van 't Hof") && !source.contains('’'));
    // The viewer shows the title, not the file name.
    let catalog = doc.catalog().unwrap();
    let prefs = catalog.get(b"ViewerPreferences").unwrap();
    let prefs = doc.dereference(prefs).unwrap().1.as_dict().unwrap();
    assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());

    // The web page: text, alt text and figure alike.
    let web = tmp.path().join("web");
    let o = verslag(&[
        "web",
        "-o",
        web.to_str().unwrap(),
        "--reports",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let folder = web.join("2022/2022-11-01-apostrof");
    let page = std::fs::read_to_string(folder.join("index.html")).unwrap();
    let doc = scraper::Html::parse_document(&page);
    let body: String = doc.root_element().text().collect();
    assert!(
        body.contains("van ’t Hof") && body.contains("’s-Hertogenbosch"),
        "{body}"
    );
    assert!(body.contains("38%") && !body.contains("38 %"), "{body}");
    let img = scraper::Selector::parse("article img").unwrap();
    let alt = doc
        .select(&img)
        .next()
        .unwrap()
        .value()
        .attr("alt")
        .unwrap();
    assert_eq!(alt, "Zonsondergang boven het dak van O’Neill");
    // The logo has both sizes (no layout shift), and nothing of verslag's is left to upload.
    let logo = scraper::Selector::parse(".site-brand img").unwrap();
    let logo = doc.select(&logo).next().unwrap().value();
    assert_eq!(
        (logo.attr("width"), logo.attr("height")),
        (Some("188"), Some("40"))
    );
    let mut names: Vec<String> = std::fs::read_dir(web.join("2022"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["2022-11-01-apostrof"]);
    // With --no-cache the lock is beside the folder given, not in it.
    let o = verslag(&[
        "web",
        "--no-cache",
        "-o",
        web.to_str().unwrap(),
        "--reports",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(tmp.path().join(".web.verslag.lock").is_file());
    assert!(!web.join("2022/.verslag.lock").exists());
}

#[test]
fn counts_are_singular_or_plural_and_quiet_hides_all_but_problems_and_machine_output() {
    let tmp = scratch();
    let events = tmp.path().join("events");
    record(&events);
    let archive = tmp.path().join("archive");
    let (events_arg, archive_arg) = (events.to_str().unwrap(), archive.to_str().unwrap());
    let o = verslag(&[
        "archive",
        "2022",
        "--events",
        events_arg,
        "--archive",
        archive_arg,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // One report and the yearbook: two files.
    let o = verslag(&["verify", "2022", "--archive", archive_arg]);
    assert!(
        stdout(&o).ends_with(": all 2 files match the manifest\n"),
        "{}",
        stdout(&o)
    );
    let manifest = archive.join("2022/manifest.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let yearbook = text.find("[[file]]\nname = \"yearbook-2022.pdf\"").unwrap();
    let end = text[yearbook + 1..]
        .find("[[file]]")
        .map_or(text.len(), |e| yearbook + 1 + e);
    std::fs::write(&manifest, format!("{}{}", &text[..yearbook], &text[end..])).unwrap();
    std::fs::remove_file(archive.join("2022/yearbook-2022.pdf")).unwrap();
    let o = verslag(&["verify", "2022", "--archive", archive_arg]);
    assert!(
        stdout(&o).ends_with(": the 1 file matches the manifest\n"),
        "{} {}",
        stdout(&o),
        stderr(&o)
    );

    // -q: no paths, no summaries, no next step; machine output stays.
    let out = tmp.path().join("out");
    let event = events.join("2022/2022-11-01-apostrof");
    let quiet = verslag(&[
        "build",
        "-q",
        "-o",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(quiet.status.code(), Some(0), "{}", stderr(&quiet));
    // (The small test photo's warning is a problem, and stays.)
    assert_eq!(stdout(&quiet), "");
    assert!(!stderr(&quiet).contains("next:"), "{}", stderr(&quiet));
    assert!(
        stderr(&quiet).contains("warning: `photos[0].file`"),
        "{}",
        stderr(&quiet)
    );
    let o = verslag(&["check", "-q", event.to_str().unwrap()]);
    assert_eq!((stdout(&o), stderr(&o)), (String::new(), String::new()));
    let o = verslag(&["status", "-q", "--json", event.to_str().unwrap()]);
    assert!(stdout(&o).starts_with('['), "{}", stdout(&o));
    for args in [&["schema"][..], &["completions", "bash"], &["man"]] {
        let o = verslag(&[args, &["-q"]].concat());
        assert!(!o.stdout.is_empty(), "{args:?} printed nothing with -q");
    }
    // A broken record still says everything with -q.
    let o = verslag(&[
        "check",
        "-q",
        "--format",
        "short",
        "tests/records/2022/2022-11-01-blank-title",
    ]);
    assert!(
        stderr(&o).contains("error: `event.title` is blank"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_help_shows_the_round_and_each_step_names_the_next() {
    for args in [&[][..], &["--help"], &["-h"]] {
        let o = verslag(args);
        let all = stdout(&o) + &stderr(&o);
        let steps = [
            "1. verslag new",
            "2. verslag check",
            "3. verslag build",
            "4. verslag mail --review",
            "5. verslag status",
            "6. verslag mail EVENT",
            "7. verslag web",
            "8. verslag archive",
            "9. verslag yearbook",
        ];
        let at: Vec<usize> = steps
            .iter()
            .map(|s| all.find(s).unwrap_or(usize::MAX))
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]) && at[8] != usize::MAX,
            "{args:?}: {all}"
        );
    }
    let tmp = scratch();
    let events = tmp.path().join("events");
    let o = verslag(&[
        "new",
        "2024-03-14",
        "tafel",
        "--events",
        events.to_str().unwrap(),
    ]);
    assert!(
        stderr(&o).contains("next: fill in the record"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("then run `verslag check "),
        "{}",
        stderr(&o)
    );
    let out = tmp.path().join("out");
    let o = verslag(&["check", EXAMPLE]);
    assert!(stderr(&o).starts_with(&format!("next: `verslag build {EXAMPLE}`")));
    let o = verslag(&["build", "-o", out.to_str().unwrap(), EXAMPLE]);
    assert!(
        stderr(&o).starts_with(&format!("next: `verslag mail {EXAMPLE}`")),
        "{}",
        stderr(&o)
    );
    let o = verslag(&["build", "-q", "-o", out.to_str().unwrap(), EXAMPLE]);
    assert_eq!(stderr(&o), "");
}
