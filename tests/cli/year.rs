//! The year record, `events/<year>/year.toml`: checked like an event record with located
//! errors, described by its own schema, and passed over by commands that make reports.

use std::path::{Path, PathBuf};

use crate::authoring::toml_as_json;
use crate::common;
use common::{EXAMPLE, copy_tree, scratch, stderr, stdout, verslag};

const GOOD: &str = r#"#:schema ../year.schema.json
version = 1

[year]
title = "Praktijktafels 2022"
subtitle = "Een jaar inclusief werkgeven in de regio Amersfoort"
language = "nl"

[cover]
file = "2022-11-01-praktijktafel-amersfoort/photos/seeding_by_Clements_Engelhardt.jpg"
alt = "Uitgebloeide paardenbloemen in een grasveld bij tegenlicht"
credit = "Foto: Clemens Engelhardt (CC0)"

[foreword]
text = """
Een jaar van gesprekken aan tafel.

Dank aan alle werkgevers die meedachten."""
signatory = { name = "Bert van Boggelen", role = "kwartiermaker", organization = "De Normaalste Zaak" }

[thanks]
text = "De vijf gemeenten, het UWV en de kerngroep."
"#;

/// A copy of the example's year folder with `year` as its year.toml.
fn year_folder(tmp: &Path, year: &str) -> PathBuf {
    let folder = tmp.join("events/2022");
    copy_tree(
        &common::root().join(EXAMPLE),
        &folder.join("2022-11-01-praktijktafel-amersfoort"),
    );
    std::fs::write(folder.join("year.toml"), year).unwrap();
    folder
}

#[test]
fn a_good_year_record_checks_and_fits_its_schema() {
    let tmp = scratch();
    let folder = year_folder(tmp.path(), GOOD);
    let year = folder.join("year.toml");
    let o = verslag(&["check", year.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!(
            "ok {}: year record for 2022, \"Praktijktafels 2022\"\n",
            year.display()
        )
    );

    let schema: serde_json::Value =
        serde_json::from_str(&stdout(&verslag(&["schema", "--year"]))).unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = v
        .iter_errors(&toml_as_json(&year))
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    // An unknown key is a schema error too, as in editors.
    let bad = folder.join("bad.toml");
    std::fs::write(&bad, GOOD.replace("[thanks]", "[thanks]\ntitel = \"x\"")).unwrap();
    assert!(v.iter_errors(&toml_as_json(&bad)).count() > 0);

    let committed =
        std::fs::read_to_string(common::root().join("events/year.schema.json")).unwrap();
    assert_eq!(
        committed,
        stdout(&verslag(&["schema", "--year"])),
        "events/year.schema.json is stale: run `verslag schema --year -o events/year.schema.json`"
    );
}

#[test]
fn every_problem_of_a_year_record_is_located() {
    let tmp = scratch();
    std::fs::create_dir_all(tmp.path().join("events")).unwrap();
    std::fs::copy(
        common::root().join("tests/fixtures/photos/sunset-640.jpg"),
        tmp.path().join("events/sunset.jpg"),
    )
    .unwrap();
    let text = "version = 1\n\n[year]\ntitel = \"Praktijktafels 2022\"\nlanguage = \"de\"\n\n\
                [cover]\nfile = \"../sunset.jpg\"\n\n[foreword]\ntext = \"Een mooi jaar.\"\n\
                signatory = { naam = \"Bert\" }\n\n[thanks]\n";
    let folder = year_folder(tmp.path(), text);
    let year = folder.join("year.toml");
    let o = verslag(&["check", "--format", "short", year.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let at = |rest: &str| format!("{}:{rest}", year.display());
    let want = [
        at("4:1: error: unknown key `titel` in `year` (hint: did you mean `title`?)"),
        at("5:12: error: `year.language` must be \"nl\" or \"en\", not \"de\""),
        at("7:1: error: missing required key `cover.alt`"),
        at("8:8: error: `cover.file`: \"../sunset.jpg\" leaves the year folder"),
        at("12:13: error: missing required key `foreword.signatory.name`"),
        at("12:15: error: unknown key `naam` in `foreword.signatory` (hint: did you mean `name`?)"),
        at("14:1: error: missing required key `thanks.text`"),
    ];
    let err = stderr(&o);
    for w in &want {
        assert!(
            err.lines().any(|l| l.starts_with(w.as_str())),
            "{w}\nin\n{err}"
        );
    }
    assert!(err.ends_with("7 problems found\n"), "{err}");

    // Not in a year folder.
    let misc = tmp.path().join("events/misc");
    std::fs::create_dir_all(&misc).unwrap();
    std::fs::write(misc.join("year.toml"), "version = 1\n").unwrap();
    let o = verslag(&[
        "check",
        "--format",
        "short",
        misc.join("year.toml").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("error: a year record belongs in a year folder, not in \"misc\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn commands_that_make_reports_pass_over_the_year_record() {
    let tmp = scratch();
    // Even a broken year record: `build events/2022/*` is about the events.
    let folder = year_folder(tmp.path(), "version = 1\n[year]\ntitel = \"x\"\n");
    let mut args: Vec<String> = vec!["build".into(), "-o".into()];
    args.push(tmp.path().join("out").to_string_lossy().into_owned());
    let mut entries: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    assert_eq!(entries.len(), 2);
    args.extend(entries);
    let o = verslag(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        tmp.path()
            .join("out/2022/2022-11-01-praktijktafel-amersfoort.pdf")
            .is_file()
    );
    // `web` passes over it too, and `mail` given it has nothing to send.
    let web = tmp.path().join("web");
    let mut web_args: Vec<String> = vec![
        "web".into(),
        "-o".into(),
        web.to_string_lossy().into_owned(),
        "--reports".into(),
        tmp.path().join("out").to_string_lossy().into_owned(),
    ];
    web_args.extend(args[3..].iter().cloned());
    let o = verslag(&web_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let year = folder.join("year.toml");
    let o = verslag(&["mail", year.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("is a year record, not an event: nothing to mail"),
        "{}",
        stderr(&o)
    );
    // `check` given the same names reads the year record, and finds its mistake.
    args[0] = "check".into();
    args.drain(1..3);
    let o = verslag(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("unknown key `titel` in `year`"),
        "{}",
        stderr(&o)
    );
}
