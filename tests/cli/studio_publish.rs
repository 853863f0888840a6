//! The studio's website step in Chromium, against the real WordPress on loopback: a refused
//! password asked for again, a dry run, the run and its link, and the password nowhere after;
//! and, over raw HTTP, a brand without a site (said quietly) and a run without a password.

use super::publish::posts_named;
use crate::common::wordpress;
use crate::common::{self, scratch};

#[test]
fn the_studio_publishes_from_the_events_page_in_a_real_browser() {
    let Some((_one, wp)) = wordpress::site() else {
        return;
    };
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let events = crate::studio::events_copy(dir.path());
    let brand = wp.brand(dir.path());
    for d in ["cache", "config"] {
        std::fs::create_dir_all(dir.path().join(d)).unwrap();
    }
    let studio = crate::studio::start_in(
        &common::root(),
        &[
            "--events",
            events.to_str().unwrap(),
            "--brand",
            brand.to_str().unwrap(),
        ],
        &[
            ("VERSLAG_CACHE_DIR", &dir.path().join("cache")),
            ("VERSLAG_CONFIG_DIR", &dir.path().join("config")),
        ],
    );
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let r = crate::browser::script(
        "publish.mjs",
        &[
            studio.url.as_str(),
            shots.to_str().unwrap(),
            &wp.user,
            &wp.password,
        ],
        &chromium,
    );
    let printed = studio.stop();
    assert_eq!(r["console_errors"], serde_json::json!([]), "{r:#}");
    assert_eq!(r["heading"], "The website", "{r:#}");
    assert!(r["site"].as_str().unwrap().contains(&wp.url), "{r:#}");
    assert_eq!(r["after_refusal"]["value"], "", "{r:#}");
    assert_eq!(r["after_refusal"]["focus"], "publish-password", "{r:#}");
    let dry = r["dry"].as_str().unwrap();
    assert!(
        dry.contains("Would upload 2022-11-01-praktijktafel-amersfoort-1.jpg"),
        "{dry}"
    );
    assert!(dry.contains("6 to upload, 0 to delete"), "{dry}");
    assert_eq!(r["password_after_dry"], "", "{r:#}");
    assert!(
        r["run"]
            .as_str()
            .unwrap()
            .contains("(6 uploaded, 0 deleted)"),
        "{r:#}"
    );
    let posts = posts_named(wp, "2022-11-01-praktijktafel-amersfoort");
    assert_eq!(posts.len(), 1);
    assert!(
        r["edit"]
            .as_str()
            .unwrap()
            .ends_with(&format!("post={}&action=edit", posts[0]["id"]))
    );
    for width in ["1280", "390"] {
        assert_eq!(r[format!("axe_{width}")], serde_json::json!([]), "{r:#}");
    }
    assert_eq!(r["overflow_390"], false, "{r:#}");
    // The password is in no file the studio wrote or read, nor in what it printed.
    assert!(!printed.contains(&wp.password));
    for folder in ["events", "outbox", "out", "cache", "config"] {
        let mut stack = vec![dir.path().join(folder)];
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                stack.extend(std::fs::read_dir(&p).unwrap().flatten().map(|e| e.path()));
            } else if let Ok(bytes) = std::fs::read(&p) {
                let found = bytes
                    .windows(wp.password.len())
                    .any(|w| w == wp.password.as_bytes());
                assert!(!found, "the password is in {}", p.display());
            }
        }
    }
}

#[test]
fn without_a_site_in_the_brand_the_website_step_says_how_to_name_one() {
    let dir = scratch();
    let events = crate::studio::events_copy(dir.path());
    let studio = crate::studio::start(&events, &[]);
    let answer = studio.get(
        "/e/2022/2022-11-01-praktijktafel-amersfoort/publish",
        &studio.cookie(),
    );
    assert_eq!(crate::studio::status(&answer), "200", "{answer}");
    let state = crate::studio::json(&answer);
    let text = state["noSite"]
        .as_str()
        .unwrap_or_else(|| panic!("{state:#}"));
    assert!(
        text.starts_with("The brand names no WordPress site"),
        "{text}"
    );
    assert!(text.contains("[wordpress]"), "{text}");
    // A run is refused before it starts without a user and password.
    let refused = studio.post_json(
        "/e/2022/2022-11-01-praktijktafel-amersfoort/publish",
        "{\"user\":\"\",\"password\":\"\"}",
    );
    assert_eq!(crate::studio::status(&refused), "422", "{refused}");
}
