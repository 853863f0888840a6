//! The studio's form against the real binary: saves over raw HTTP (stale versions, refused
//! values, a date that moves the folder and its outbox, or cannot once mail went out), and
//! the whole form driven in Chromium by tests/browser/form.mjs, its files read back here.

use std::path::Path;

use serde_json::{Value as Json, json};

use super::studio::{Studio, events_copy, http, start, status};
use crate::common::{self, EXAMPLE, scratch, stderr, stdout};

const RECORD: &str = "/e/2022/2022-11-01-praktijktafel-amersfoort/record";

impl Studio {
    fn save(&self, path: &str, origin: &str, kind: &str, body: &str) -> String {
        http(
            self.port,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{}{origin}Content-Type: {kind}\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                self.port,
                self.cookie(),
                body.len()
            ),
        )
    }

    fn origin(&self) -> String {
        format!("Origin: http://127.0.0.1:{}\r\n", self.port)
    }

    fn record(&self, path: &str) -> (String, Json) {
        let answer = self.get(path, &self.cookie());
        let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
        (
            status(&answer).to_string(),
            serde_json::from_str(body).unwrap_or(Json::Null),
        )
    }

    fn post_values(&self, path: &str, version: &str, values: &Json) -> (String, Json) {
        let body = json!({"version": version, "values": values}).to_string();
        let answer = self.save(path, &self.origin(), "application/json", &body);
        let text = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
        (
            status(&answer).to_string(),
            serde_json::from_str(text).unwrap_or(Json::Null),
        )
    }
}

pub fn toml_of(events: &Path) -> std::path::PathBuf {
    events.join(&EXAMPLE[7..]).join("event.toml")
}

#[test]
fn saves_write_only_what_changed_and_never_over_a_newer_file() {
    let dir = scratch();
    let events = events_copy(dir.path());
    let outbox = dir.path().join("outbox");
    let studio = start(&events, &["--outbox", outbox.to_str().unwrap()]);
    let before = std::fs::read_to_string(toml_of(&events)).unwrap();
    let (code, r) = studio.record(RECORD);
    assert_eq!(code, "200", "{r}");
    let version = r["version"].as_str().unwrap().to_string();
    let mut values = r["values"].clone();
    assert_eq!(values["tables"][0]["municipality"], "Baarn");
    assert_eq!(values["tables"][0]["@from"], 0);

    // Not JSON, or from another page: refused, nothing written.
    let body = json!({"version": version, "values": values}).to_string();
    let plain = studio.save(RECORD, &studio.origin(), "text/plain", &body);
    assert_eq!(status(&plain), "415", "{plain}");
    let other = studio.save(
        RECORD,
        "Origin: http://evil.example\r\n",
        "application/json",
        &body,
    );
    assert_eq!(status(&other), "403", "{other}");

    values["tables"][0]["solutions"][1] = json!("Bedrijvenkring, centraal en dichtbij!");
    let (code, saved) = studio.post_values(RECORD, &version, &values);
    assert_eq!(code, "200", "{saved}");
    let after = std::fs::read_to_string(toml_of(&events)).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [(
            "  \"Bedrijvenkring, centraal!\",",
            "  \"Bedrijvenkring, centraal en dichtbij!\","
        )]
    );
    assert_eq!(before.lines().count(), after.lines().count());

    // A second tab that read the first version: refused, the file stays the first tab's.
    let mut stale = r["values"].clone();
    stale["event"]["location"] = json!("Een andere zaal");
    let (code, refused) = studio.post_values(RECORD, &version, &stale);
    assert_eq!(code, "409", "{refused}");
    assert_eq!(refused["version"], saved["version"]);
    assert_eq!(std::fs::read_to_string(toml_of(&events)).unwrap(), after);

    // A value the file cannot take: refused at its key, nothing written.
    let new_version = saved["version"].as_str().unwrap();
    let mut bad = values.clone();
    bad["facts"]["figures"] = json!([{"label": "Vacatures", "value": "2.345.000"}]);
    let (code, refused) = studio.post_values(RECORD, new_version, &bad);
    assert_eq!(code, "422", "{refused}");
    assert_eq!(refused["refused"]["key"], "facts.figures[0].value");
    assert!(
        refused["refused"]["message"]
            .as_str()
            .unwrap()
            .contains("2.345.000")
    );
    assert_eq!(std::fs::read_to_string(toml_of(&events)).unwrap(), after);

    // A hand edit that breaks the file: the form gets the located text, and no values.
    std::fs::write(toml_of(&events), format!("{after}\n[tables\n")).unwrap();
    let (code, broken) = studio.record(RECORD);
    assert_eq!(code, "200");
    assert!(broken["values"].is_null(), "{broken}");
    let line = after.lines().count() as u64 + 2;
    assert_eq!(broken["broken"]["line"], line, "{broken}");
    assert!(
        broken["broken"]["lines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l[0] == line && l[1] == "[tables"),
        "{broken}"
    );
    // The folder gone: 410.
    std::fs::remove_dir_all(events.join(&EXAMPLE[7..])).unwrap();
    let (code, gone) = studio.post_values(RECORD, new_version, &values);
    assert_eq!(code, "410", "{gone}");
    assert!(gone["gone"].as_str().is_some());
}

#[test]
fn a_new_date_moves_the_folder_and_its_outbox_but_not_once_mail_went_out() {
    let dir = scratch();
    let events = events_copy(dir.path());
    let outbox = dir.path().join("outbox");
    let slug = "2022-11-01-praktijktafel-amersfoort";
    std::fs::create_dir_all(outbox.join(slug).join("review")).unwrap();
    std::fs::write(outbox.join(slug).join("Baarn.eml"), "a message to review").unwrap();
    std::fs::write(
        outbox.join(slug).join("review/sent.log"),
        "2022-10-20T10:00:00Z\terwin@baarn.example\tBaarn.eml\t<x@y>\n",
    )
    .unwrap();
    let studio = start(&events, &["--outbox", outbox.to_str().unwrap()]);
    let (_, r) = studio.record(RECORD);
    let version = r["version"].as_str().unwrap().to_string();
    let mut values = r["values"].clone();
    values["event"]["date"] = json!("2023-01-12");

    // The review mail went out with the old date: refused, nothing written or moved.
    let (code, refused) = studio.post_values(RECORD, &version, &values);
    assert_eq!(code, "422", "{refused}");
    assert_eq!(refused["refused"]["key"], "event.date");
    assert!(
        refused["refused"]["message"]
            .as_str()
            .unwrap()
            .contains("sent.log"),
        "{refused}"
    );
    assert!(toml_of(&events).is_file());
    assert!(
        std::fs::read_to_string(toml_of(&events))
            .unwrap()
            .contains("\ndate = 2022-11-01\n")
    );

    // No mail yet: the folder and its outbox follow the date.
    std::fs::remove_file(outbox.join(slug).join("review/sent.log")).unwrap();
    let (code, saved) = studio.post_values(RECORD, &version, &values);
    assert_eq!(code, "200", "{saved}");
    let moved = "2023-01-12-praktijktafel-amersfoort";
    assert_eq!(saved["moved"], format!("/e/2023/{moved}/"));
    assert!(!events.join("2022").join(slug).exists());
    let text = std::fs::read_to_string(events.join("2023").join(moved).join("event.toml")).unwrap();
    assert!(text.contains("\ndate = 2023-01-12\n"));
    assert!(outbox.join(moved).join("Baarn.eml").is_file());
    assert!(!outbox.join(slug).exists());
    let (code, _) = studio.record(&format!("/e/2023/{moved}/record"));
    assert_eq!(code, "200");
    let o = common::command(&["check", events.join("2023").join(moved).to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
}
/// The lines of `after` that differ from `before`'s, when both have as many.
pub fn changed_lines(before: &str, after: &str) -> Vec<String> {
    assert_eq!(before.lines().count(), after.lines().count(), "{after}");
    before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .map(|(_, b)| b.to_string())
        .collect()
}

#[test]
fn the_form_in_a_real_browser() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let events = events_copy(dir.path());
    // A second event: the example saved by Notepad as "Unicode" (UTF-16, BOM, CRLF).
    let wide = events.join("2022/2022-11-02-utf16");
    common::copy_tree(&common::root().join(EXAMPLE), &wide);
    let crlf = std::fs::read_to_string(toml_of(&events))
        .unwrap()
        .replace("date = 2022-11-01", "date = 2022-11-02")
        .replace('\n', "\r\n");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(crlf.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(wide.join("event.toml"), &bytes).unwrap();
    let before = std::fs::read_to_string(toml_of(&events)).unwrap();
    let contacts = events.join("contacts.toml");
    let _ = std::fs::copy(common::root().join("events/contacts.toml"), &contacts);

    let studio = start(
        &events,
        &["--outbox", dir.path().join("outbox").to_str().unwrap()],
    );
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let r = crate::browser::script(
        "form.mjs",
        &[
            studio.url.as_str(),
            events.to_str().unwrap(),
            shots.to_str().unwrap(),
        ],
        &chromium,
    );
    // A request refused on purpose shows in the console; nothing else may.
    let expected = [
        "net::ERR_FAILED http://127.0.0.1:{port}/e/2022/2022-11-01-praktijktafel-amersfoort/live",
        "409 (Conflict) http://127.0.0.1:{port}/e/2022/2022-11-01-praktijktafel-amersfoort/record",
        "404 (Not Found) http://127.0.0.1:{port}/e/2022/2022-11-02-utf16/view",
        "410 (Gone) http://127.0.0.1:{port}/e/2022/2022-11-02-utf16/record",
    ]
    .map(|e| e.replace("{port}", &studio.port.to_string()));
    for error in r["console_errors"].as_array().unwrap() {
        let error = error.as_str().unwrap();
        assert!(
            error.starts_with("Failed to load resource: ")
                && expected.iter().any(|e| error.ends_with(e.as_str())),
            "an unexpected console error: {error}\n{r:#}"
        );
    }

    // The UTF-16 record stayed UTF-16 with its BOM and CRLF, the one solution in it.
    let wide_saved = std::fs::read(events.join("../utf16-saved.toml")).unwrap();
    assert_eq!(wide_saved[..2], [0xFF, 0xFE]);
    let units: Vec<u16> = wide_saved[2..]
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let wide_text = String::from_utf16(&units).unwrap();
    assert_eq!(
        changed_lines(&crlf, &wide_text),
        ["  \"Een buddy voor de jobcoach\","]
    );
    assert!(!wide_text.replace("\r\n", "").contains('\n'), "{wide_text}");
    for view in ["phone", "desktop"] {
        assert_eq!(r["views"][view]["axe"], json!([]), "{r:#}");
        assert_eq!(r["views"][view]["overflow"], false, "{view}");
    }

    // The example: the solution, the hand edit, the typed subtitle, tab A's location.
    let after = std::fs::read_to_string(toml_of(&events)).unwrap();
    let changed = changed_lines(&before, &after);
    assert_eq!(
        changed,
        [
            "title = \"Een kop uit Kladblok\"",
            "subtitle = \"Vijf wethouders en werkgevers in dialoog over inclusie, diversiteit en participatie (getypt)\"",
            "location = \"Zaal van tab A\"",
            "  \"Een buddy voor de jobcoach\",",
        ],
        "{after}"
    );
    assert!(
        r["hand_edit_notice"].as_str().unwrap().contains("Title"),
        "{r:#}"
    );
    let notice = r["second_tab_notice"].as_str().unwrap();
    assert!(
        notice.contains("Location") && notice.contains("Zaal van tab B"),
        "{r:#}"
    );
    assert_eq!(r["second_tab_location"], "Zaal van tab A");
    let broken = r["broken"].as_str().unwrap();
    assert!(
        broken.contains("[tables") && broken.contains("event.toml:"),
        "{r:#}"
    );
    assert_eq!(r["broken_fields"], 0);
    assert_eq!(r["mended"], true);
    assert!(r["gone"].as_str().unwrap().contains("gone"), "{r:#}");

    // The new event, typed in from nothing, moved by its date: it checks and builds, with
    // every name in its PDF.
    assert_eq!(r["rendered_while_reading"], true, "{r:#}");
    assert_eq!(r["new_event_notice"], "", "{r:#}");
    assert_eq!(r["moved_url"], "/e/2023/2023-03-21-praktijktafel-soest/");
    let new = events.join("2023/2023-03-21-praktijktafel-soest");
    assert!(!events.join("2023/2023-03-14-praktijktafel-soest").exists());
    let o = common::command(&["check", new.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let out = dir.path().join("out");
    let o = common::command(&["build", "-o", out.to_str().unwrap(), new.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let pdf = out.join("2023/2023-03-21-praktijktafel-soest.pdf");
    let text = crate::common::pdf::text(&pdf);
    for name in [
        "Praktijktafel in Soest",
        "Liesa van Aalst",
        "Erwin Jansma",
        "Jan de Wit",
        "Peter van Hofweegen",
        "Mieke Bleij",
        "Monique Vooijs",
        "Eric de Vos",
        "Anne Citaat",
        "Leusden",
        "Openstaande vacatures",
        "1.250",
    ] {
        assert!(text.contains(name), "{name} not in the PDF:\n{text}");
    }
}
