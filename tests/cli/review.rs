//! The review round's record keys (#17, first step): a draft with its review date, per-table
//! approvals, every mistake located; and a draft neither mailed as final nor archived.

use std::path::{Path, PathBuf};

use crate::common;
use common::{EXAMPLE, copy_tree, scratch, stderr, stdout, verslag};

/// A copy of the example in `tmp/events/2022/` with `edit` applied to its record.
fn example(tmp: &Path, edit: impl Fn(String) -> String) -> PathBuf {
    let dir = tmp.join("events/2022/2022-11-01-praktijktafel-amersfoort");
    copy_tree(&common::root().join(EXAMPLE), &dir);
    std::fs::copy(
        common::root().join("events/contacts.toml"),
        tmp.join("events/contacts.toml"),
    )
    .unwrap();
    let record = dir.join("event.toml");
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(&record, edit(text)).unwrap();
    record
}

fn in_event(text: String, lines: &str) -> String {
    text.replacen("core_group = [", &format!("{lines}\ncore_group = ["), 1)
}

fn in_first_table(text: String, lines: &str) -> String {
    text.replacen("summary = \"\"\"", &format!("{lines}\nsummary = \"\"\""), 1)
}

fn check(record: &Path) -> (Option<i32>, String) {
    let o = verslag(&["check", "--format", "short", record.to_str().unwrap()]);
    (o.status.code(), common::said(&o))
}

#[test]
fn every_mistake_in_the_review_keys_is_located() {
    let cases: [(&str, &str, &str); 4] = [
        (
            "status = \"Draft\"\nreview_by = 2022-11-15",
            "32:10: error: `event.status` must be \"draft\" or \"final\", not \"Draft\" (hint: write it in small letters: `status = \"draft\"`)",
            "",
        ),
        (
            "status = \"draft\"",
            "32:10: error: a draft needs `event.review_by`: the day until which the aldermen may react",
            "",
        ),
        (
            "status = \"draft\"\nreview_by = 2022-10-15",
            "33:13: error: `event.review_by` 2022-10-15 is before the event itself (2022-11-01)",
            "",
        ),
        (
            "",
            "error: `tables[0].approved` 2022-10-30 is before the event (2022-11-01)",
            "approved = 2022-10-30",
        ),
    ];
    for (event, want, table) in cases {
        let tmp = scratch();
        let record = example(tmp.path(), |t| in_first_table(in_event(t, event), table));
        let (code, err) = check(&record);
        assert_eq!(code, Some(1), "{event}{table}: {err}");
        assert!(err.contains(want), "want {want:?}\ngot {err}");
    }
}

#[test]
fn a_final_record_with_approvals_checks_silently_and_a_future_approval_is_a_warning() {
    let tmp = scratch();
    // Approved without ever being a draft: fine and silent.
    let record = example(tmp.path(), |t| {
        in_first_table(
            in_event(t, "review_by = 2022-11-15"),
            "approved = 2022-11-08\napproved_note = \"akkoord per mail\"",
        )
    });
    let (code, err) = check(&record);
    assert_eq!((code, err.as_str()), (Some(0), ""));
    // A day after today: a warning from check (which may look at the clock), not an error.
    let text = std::fs::read_to_string(&record)
        .unwrap()
        .replace("approved = 2022-11-08", "approved = 2099-11-08");
    std::fs::write(&record, text).unwrap();
    let (code, err) = check(&record);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("warning: `tables[0].approved` 2099-11-08 is later than today"),
        "{err}"
    );
    // The schema knows the new keys.
    let schema: serde_json::Value = serde_json::from_str(&stdout(&verslag(&["schema"]))).unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = v
        .iter_errors(&crate::authoring::toml_as_json(&record))
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn a_draft_is_neither_mailed_as_final_nor_archived() {
    let tmp = scratch();
    let record = example(tmp.path(), |t| {
        in_event(t, "status = \"draft\"\nreview_by = 2022-11-15")
    });
    let want = "32:10: error: this record is a draft under review: a draft is not";
    let hint = "set `status = \"final\"` once the tables are approved or `review_by` (2022-11-15) has passed";

    let outbox = tmp.path().join("outbox");
    let o = verslag(&[
        "mail",
        "--format",
        "short",
        "--contacts",
        tmp.path().join("events/contacts.toml").to_str().unwrap(),
        "--outbox",
        outbox.to_str().unwrap(),
        "-o",
        tmp.path().join("out").to_str().unwrap(),
        record.parent().unwrap().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!("{want} mailed as final")),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains(hint), "{}", stderr(&o));
    assert!(!outbox.exists(), "an outbox was written for a draft");

    let archive = tmp.path().join("archive");
    let o = verslag(&[
        "archive",
        "2022",
        "--format",
        "short",
        "--events",
        tmp.path().join("events").to_str().unwrap(),
        "--archive",
        archive.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!("{want} archived")),
        "{}",
        stderr(&o)
    );
    assert!(
        !archive
            .join("2022/2022-11-01-praktijktafel-amersfoort.pdf")
            .exists()
    );
    assert!(!archive.join("2022/yearbook-2022.pdf").exists());
}

#[test]
fn a_draft_says_so_on_every_page_on_its_cover_in_its_metadata_and_its_name() {
    let tmp = scratch();
    let record = example(tmp.path(), |t| {
        in_event(t, "status = \"draft\"\nreview_by = 2022-11-15")
    });
    let event = record.parent().unwrap();
    let out = tmp.path().join("out");
    let o = verslag(&[
        "build",
        "-o",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let pdf_path = out.join("2022/2022-11-01-praktijktafel-amersfoort-concept.pdf");
    assert_eq!(stdout(&o).trim(), pdf_path.display().to_string());
    // Never the final report's name.
    assert!(
        !out.join("2022/2022-11-01-praktijktafel-amersfoort.pdf")
            .exists()
    );
    let pages = common::pdf::ink(&pdf_path, 24.0, 22.0);
    for (i, p) in pages.iter().enumerate() {
        assert!(
            p.text.contains("CONCEPT"),
            "page {} is not marked: {}",
            i + 1,
            p.text
        );
    }
    assert!(
        pages[0].text.contains(
            "Concept ter controle door de wethouders; reacties welkom tot en met 15 november 2022"
        ),
        "{}",
        pages[0].text
    );
    let doc = common::pdf::load(&pdf_path);
    let title = common::pdf::info(&doc, "Title").unwrap_or_default();
    assert!(title.starts_with("CONCEPT: Werkgevers helpen"), "{title}");

    // The web page of a draft: a banner, and search engines are asked to stay away.
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
    let folder = web.join("2022/2022-11-01-praktijktafel-amersfoort");
    let html = std::fs::read_to_string(folder.join("index.html")).unwrap();
    assert!(
        html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"),
        "{html}"
    );
    assert!(
        html.contains("<p class=\"verslag-draft\" role=\"note\"><strong>CONCEPT</strong> · Concept ter controle door de wethouders; reacties welkom tot en met 15 november 2022</p>"),
        "{html}"
    );
    assert!(
        folder
            .join("2022-11-01-praktijktafel-amersfoort-concept.pdf")
            .is_file()
    );

    // Final again: the final name, no marking, no noindex.
    let text = std::fs::read_to_string(&record)
        .unwrap()
        .replace("status = \"draft\"", "status = \"final\"");
    std::fs::write(&record, text).unwrap();
    let o = verslag(&[
        "build",
        "-o",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let final_pages = common::pdf::ink(
        &out.join("2022/2022-11-01-praktijktafel-amersfoort.pdf"),
        24.0,
        22.0,
    );
    assert!(final_pages.iter().all(|p| !p.text.contains("CONCEPT")));
}

#[test]
fn approvals_print_in_the_colophon_unless_the_brand_leaves_them_out() {
    let tmp = scratch();
    let record = example(tmp.path(), |t| {
        in_first_table(
            t,
            "approved = 2022-11-08\napproved_note = \"akkoord per mail\"",
        )
    });
    let event = record.parent().unwrap().to_str().unwrap().to_string();
    let build = |brand: Option<&Path>| {
        let out = tmp.path().join("out");
        let mut args = vec![
            "build".to_string(),
            "-o".into(),
            out.to_string_lossy().into(),
        ];
        if let Some(b) = brand {
            args.extend(["--brand".into(), b.to_string_lossy().into()]);
        }
        args.push(event.clone());
        let o = verslag(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        common::pdf::text(&out.join("2022/2022-11-01-praktijktafel-amersfoort.pdf"))
    };
    let sentence =
        "De tekst van tafel Baarn is op 8 november 2022 akkoord bevonden (akkoord per mail).";
    assert!(build(None).contains(sentence));
    let brand = common::brand_with(tmp.path(), "[report]\napprovals = false");
    assert!(!build(Some(&brand)).contains("akkoord bevonden"));
}
