//! Each problem at its field in the studio's form, in Chromium (tests/browser/problems.mjs):
//! an empty question and a photo path in other capitals at their fields, a brand's unknown
//! font above the form, in English and in Dutch; mended in the form, they go, and the record
//! then checks.

use serde_json::{Value as Json, json};

use super::studio::{events_copy, start};
use super::studio_form::toml_of;
use crate::common::{self, scratch, stderr, stdout};

/// The shown problem at `key`, or a panic naming what was shown.
fn at<'a>(shown: &'a Json, key: &str) -> &'a Json {
    shown["at"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == key)
        .unwrap_or_else(|| panic!("no problem at {key}: {shown:#}"))
}

#[test]
fn every_problem_stands_at_its_field_in_the_pages_language_and_goes_when_mended() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let events = events_copy(dir.path());
    let record = toml_of(&events);
    let text = std::fs::read_to_string(&record).unwrap().replacen(
        "question = \"Hoe begeleiden we statushouders naar duurzaam betaald werk?\"",
        "question = \"\"",
        1,
    );
    let text = text.replacen(
        "photos/sunset_by_Aitzol_Berasategi.jpg",
        "photos/Sunset_by_Aitzol_Berasategi.JPG",
        1,
    );
    std::fs::write(&record, &text).unwrap();
    // A brand whose body font is nowhere: a problem with no field of the record.
    let brand = dir.path().join("brand/brand.toml");
    common::copy_tree(&common::root().join("templates"), &dir.path().join("brand"));
    let b = std::fs::read_to_string(&brand).unwrap();
    std::fs::write(
        &brand,
        b.replacen("body = \"Inter\"", "body = \"Garamond\"", 1),
    )
    .unwrap();

    let studio = start(&events, &["--brand", brand.to_str().unwrap()]);
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let r = crate::browser::script(
        "problems.mjs",
        &[studio.url.as_str(), shots.to_str().unwrap()],
        &chromium,
    );
    assert_eq!(r["console_errors"], json!([]), "{r:#}");
    for view in ["phone", "desktop"] {
        assert_eq!(r["views"][view], json!([]), "{r:#}");
    }
    for (lang, blank, capitals, tip) in [
        (
            "en",
            "‘Question’ is blank",
            "differs in capitals",
            "Tip: write",
        ),
        (
            "nl",
            "‘Vraag’ is leeg",
            "verschilt in hoofdletters",
            "Tip: schrijf",
        ),
    ] {
        let shown = &r[lang];
        let question = at(shown, "tables[1].question");
        let text = question["text"].as_str().unwrap();
        assert!(
            text.starts_with(blank) && text.contains(tip),
            "{lang}: {text}"
        );
        assert_eq!(question["described"], json!(["f-tables-1-question"]));
        let photo = at(shown, "photos[1].file");
        assert!(
            photo["text"].as_str().unwrap().contains(capitals),
            "{lang}: {photo}"
        );
        assert_eq!(photo["described"], json!(["f-photos-1-file"]));
        assert!(
            at(shown, "top")["text"]
                .as_str()
                .unwrap()
                .contains("Garamond"),
            "{shown:#}"
        );
        assert_eq!(
            shown["invalid"],
            json!(["f-photos-1-file", "f-tables-1-question"]),
            "{lang}"
        );
        assert_eq!(shown["marked"], json!(["photos[1]", "tables[1]"]), "{lang}");
    }
    assert_eq!(r["link_focus"], "f-photos-1-file");
    assert_eq!(r["mended"]["invalid"], json!([]), "{r:#}");
    assert_eq!(r["mended"]["marked"], json!([]), "{r:#}");
    assert_eq!(r["mended"]["count"], "", "{r:#}");
    drop(studio);

    // What the form wrote checks, with the bundled brand.
    let o = common::command(&["check", record.parent().unwrap().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
}
