//! The form's saves on real records: what changed is written, and nothing else.

use std::path::{Path, PathBuf};

use serde_json::{Value as Json, json};

use super::*;

const EXAMPLE: &str =
    include_str!("../../events/2022/2022-11-01-praktijktafel-amersfoort/event.toml");

struct Free;
impl Follower for Free {
    fn may_move(&self, _: &str, _: &str) -> Result<(), Message> {
        Ok(())
    }
    fn moved(&self, _: &str, _: &str) -> Result<(), Message> {
        Ok(())
    }
}

struct Mailed;
impl Follower for Mailed {
    fn may_move(&self, _: &str, _: &str) -> Result<(), Message> {
        Err(msg!("form-move-mailed", journal = "outbox/x/sent.log"))
    }
    fn moved(&self, _: &str, _: &str) -> Result<(), Message> {
        Ok(())
    }
}

fn edited(text: &str, change: impl FnOnce(&mut Json)) -> String {
    let fields = spec::record();
    let mut doc = text.parse::<toml_edit::DocumentMut>().unwrap();
    let mut v = values::of(&doc, fields);
    change(&mut v);
    apply::apply(&mut doc, fields, &v).unwrap();
    doc.to_string()
}

/// The lines of `b` that differ from `a`'s, when both have as many.
fn changed_lines(a: &str, b: &str) -> Vec<String> {
    assert_eq!(a.lines().count(), b.lines().count(), "{b}");
    a.lines()
        .zip(b.lines())
        .filter(|(x, y)| x != y)
        .map(|(_, y)| y.to_string())
        .collect()
}

fn event_dir(root: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = root.join(&name[..4]).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("event.toml"), bytes).unwrap();
    dir
}

#[test]
fn the_same_values_write_the_same_file() {
    assert_eq!(edited(EXAMPLE, |_| {}), EXAMPLE);
}

#[test]
fn one_solution_changes_one_line() {
    let out = edited(EXAMPLE, |v| {
        v["tables"][1]["solutions"][2] = json!("Een buddy voor de jobcoach");
    });
    assert_eq!(
        changed_lines(EXAMPLE, &out),
        ["  \"Een buddy voor de jobcoach\","]
    );
}

#[test]
fn a_changed_text_is_written_a_line_per_paragraph() {
    let out = edited(EXAMPLE, |v| {
        v["pitches"]["text"] = json!("Eerste alinea met \"\"\" en \\.\n\nTweede\nalinea.");
    });
    assert!(
        out.contains("[pitches]\ntitle = \"Pitchen\"\ntext = \"\"\"\nEerste alinea met \"\"\\\" en \\\\.\n\nTweede alinea.\n\"\"\"\n"),
        "{out}"
    );
    let parsed: toml::Table = toml::from_str(&out).unwrap();
    let text = parsed["pitches"]["text"].as_str().unwrap();
    assert_eq!(
        crate::record::Text::parse(text).0,
        ["Eerste alinea met \"\"\" en \\.", "Tweede alinea."]
    );
}

#[test]
fn reordered_tables_keep_their_comments_and_texts() {
    let text = EXAMPLE.replace(
        "[[tables]]\nmunicipality = \"Woudenberg\"",
        "# Woudenberg kwam later aan tafel.\n[[tables]]\nmunicipality = \"Woudenberg\"",
    );
    let out = edited(&text, |v| {
        let tables = v["tables"].as_array_mut().unwrap();
        tables.swap(0, 1);
    });
    let parsed: toml::Table = toml::from_str(&out).unwrap();
    let names: Vec<&str> = parsed["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["municipality"].as_str().unwrap())
        .collect();
    assert_eq!(names[..2], ["Woudenberg", "Baarn"]);
    let at = |s: &str| out.find(s).unwrap();
    assert!(at("# Woudenberg kwam later") < at("municipality = \"Woudenberg\""));
    assert!(at("municipality = \"Woudenberg\"") < at("municipality = \"Baarn\""));
    // The sections around the tables stay where they were.
    assert!(at("[pitches]") < at("municipality = \"Woudenberg\""));
    assert!(at("municipality = \"Baarn\"") < at("[closing]"));
    assert_eq!(out.len(), text.len());
}

#[test]
fn items_and_lines_are_added_and_removed() {
    let out = edited(EXAMPLE, |v| {
        v["tables"][0]["solutions"]
            .as_array_mut()
            .unwrap()
            .push(json!("Een nieuwe oplossing"));
        v["tables"][2]["solutions"]
            .as_array_mut()
            .unwrap()
            .remove(0);
        v["tables"].as_array_mut().unwrap().push(json!({
            "municipality": "Bunschoten",
            "host": {"name": "Iemand", "role": "wethouder"},
            "question": "Een vraag?",
            "solutions": ["Eén", "Twee"],
        }));
        v["facts"]["figures"] =
            json!([{"label": "Vacatures", "value": "2345", "unit": "vacatures"}]);
    });
    let parsed: toml::Table = toml::from_str(&out).unwrap();
    let tables = parsed["tables"].as_array().unwrap();
    let last = tables.last().unwrap();
    assert_eq!(last["municipality"].as_str(), Some("Bunschoten"));
    assert_eq!(last["host"]["name"].as_str(), Some("Iemand"));
    assert_eq!(last["solutions"].as_array().unwrap().len(), 2);
    let first = tables[0]["solutions"].as_array().unwrap();
    assert_eq!(first.last().unwrap().as_str(), Some("Een nieuwe oplossing"));
    assert!(
        out.contains("  \"STATUS geven aan bedrijven\",\n  \"Een nieuwe oplossing\",\n]"),
        "{out}"
    );
    assert_eq!(
        parsed["facts"]["figures"][0]["value"].as_integer(),
        Some(2345)
    );
    // The new table comes after the others, before the closing.
    assert!(out.find("Bunschoten").unwrap() < out.find("[closing]").unwrap());
    // It reads as a record.
    let dir = tempfile::tempdir().unwrap();
    let event = event_dir(
        dir.path(),
        "2022-11-01-praktijktafel-amersfoort",
        out.as_bytes(),
    );
    let loaded = crate::load::load(&event);
    let errors: Vec<String> = match &loaded {
        Ok(_) => Vec::new(),
        Err(d) => d.iter().filter(|d| !d.warning).map(|d| d.short()).collect(),
    };
    // Only the photos are missing from this copy.
    assert!(errors.iter().all(|e| e.contains("photo")), "{errors:?}");
}

#[test]
fn an_emptied_field_leaves_the_file_and_keys_it_does_not_know_stay() {
    let text = EXAMPLE.replace(
        "kind = \"Praktijktafel\"\n",
        "kind = \"Praktijktafel\"\nmood = \"goed\" # hand-made\n",
    );
    let out = edited(&text, |v| {
        v["event"]["subtitle"] = json!("");
        v["event"]["title"] = json!("Een andere titel");
    });
    assert!(!out.contains("subtitle ="));
    assert!(out.contains("mood = \"goed\" # hand-made\n"));
    assert!(out.contains("title = \"Een andere titel\"\n"));
}

#[test]
fn what_the_file_cannot_take_is_refused_with_its_key() {
    let fields = spec::record();
    let mut doc = EXAMPLE.parse::<toml_edit::DocumentMut>().unwrap();
    let mut v = values::of(&doc, fields);
    v["facts"]["figures"] = json!([{"label": "x", "value": "2,5"}]);
    let refused = apply::apply(&mut doc, fields, &v).unwrap_err();
    assert_eq!(refused.key, "facts.figures[0].value");
    let mut v = values::of(&doc, fields);
    v["tables"][0]["approved"] = json!("1 november");
    assert_eq!(
        apply::apply(&mut doc, fields, &v).unwrap_err().key,
        "tables[0].approved"
    );
    let mut v = values::of(&doc, fields);
    v["event"]["status"] = json!("klaar");
    assert!(apply::apply(&mut doc, fields, &v).is_err());
}

#[test]
fn a_utf16_file_with_crlf_stays_one() {
    let crlf = EXAMPLE.replace('\n', "\r\n");
    let mut bytes = vec![0xFF, 0xFE];
    for u in crlf.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let dir = tempfile::tempdir().unwrap();
    let event = event_dir(dir.path(), "2022-11-01-praktijktafel-amersfoort", &bytes);
    let opened = open(&event.join("event.toml")).unwrap();
    let mut v = values::of(&opened.document().unwrap(), spec::record());
    v["tables"][1]["solutions"][2] = json!("Een buddy voor de jobcoach");
    let saved = save(&event, &opened.version(), &v, &Free).unwrap();
    assert!(saved.written);
    let after = std::fs::read(event.join("event.toml")).unwrap();
    assert_eq!(after[..2], [0xFF, 0xFE]);
    let units: Vec<u16> = after[2..]
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let text = String::from_utf16(&units).unwrap();
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    assert_eq!(
        changed_lines(&crlf, &text),
        ["  \"Een buddy voor de jobcoach\","]
    );
}

#[test]
fn a_file_changed_since_it_was_read_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let event = event_dir(
        dir.path(),
        "2022-11-01-praktijktafel-amersfoort",
        EXAMPLE.as_bytes(),
    );
    let opened = open(&event.join("event.toml")).unwrap();
    let v = values::of(&opened.document().unwrap(), spec::record());
    let by_hand = EXAMPLE.replace("Pitchen", "Pitches");
    std::fs::write(event.join("event.toml"), &by_hand).unwrap();
    let mut mine = v.clone();
    mine["event"]["title"] = json!("Mijn titel");
    match save(&event, &opened.version(), &mine, &Free) {
        Err(NotSaved::Changed { version }) => assert_ne!(version, opened.version()),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        std::fs::read_to_string(event.join("event.toml")).unwrap(),
        by_hand
    );
    // A broken file is not written over either.
    std::fs::write(event.join("event.toml"), "version = 1\n[event\n").unwrap();
    let broken = open(&event.join("event.toml")).unwrap();
    match save(&event, &broken.version(), &mine, &Free) {
        Err(NotSaved::Broken(b)) => assert_eq!(b.line, 2),
        other => panic!("{other:?}"),
    }
    std::fs::remove_dir_all(&event).unwrap();
    assert!(matches!(
        save(&event, "x", &mine, &Free),
        Err(NotSaved::Gone)
    ));
}

#[test]
fn a_new_date_moves_the_folder_unless_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let event = event_dir(
        dir.path(),
        "2022-11-01-praktijktafel-amersfoort",
        EXAMPLE.as_bytes(),
    );
    let version = open(&event.join("event.toml")).unwrap().version();
    let mut v = values::of(
        &EXAMPLE.parse::<toml_edit::DocumentMut>().unwrap(),
        spec::record(),
    );
    v["event"]["date"] = json!("2023-01-12");
    // Mail went out: nothing is written, nothing moves.
    assert!(matches!(
        save(&event, &version, &v, &Mailed),
        Err(NotSaved::Rename(_))
    ));
    assert_eq!(
        std::fs::read_to_string(event.join("event.toml")).unwrap(),
        EXAMPLE
    );
    // The target exists: the same.
    let taken = dir.path().join("2023/2023-01-12-praktijktafel-amersfoort");
    std::fs::create_dir_all(&taken).unwrap();
    assert!(matches!(
        save(&event, &version, &v, &Free),
        Err(NotSaved::Rename(_))
    ));
    std::fs::remove_dir(&taken).unwrap();
    let saved = save(&event, &version, &v, &Free).unwrap();
    assert_eq!(saved.moved.as_deref(), Some(taken.as_path()));
    assert!(!event.exists());
    let text = std::fs::read_to_string(taken.join("event.toml")).unwrap();
    assert!(text.contains("\ndate = 2023-01-12\n"));
}
