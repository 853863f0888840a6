//! The web article in a real browser: Debian's Chromium, driven by playwright-core
//! (tests/browser/check.mjs), with axe-core inside it and html-validate beside it, all from
//! npm and all offline. `.ci/run` installs them and sets VERSLAG_BROWSER_TESTS=required, so
//! that in CI these tests fail when the browser is missing; elsewhere they skip, loudly.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common;
use crate::web::web;
use common::{EXAMPLE, scratch};

const TOOLS: &str = "tests/browser";

/// Chromium and the npm tools, or `None` (and a loud message) when they are missing here.
pub fn tools() -> Option<PathBuf> {
    let chromium = std::env::var_os("VERSLAG_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let modules = common::root().join(TOOLS).join("node_modules");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let missing: Vec<&str> = [
        (!chromium.is_file()).then_some("Chromium (apt-get install chromium)"),
        (!node).then_some("Node.js"),
        (!modules.join("playwright-core").is_dir())
            .then_some("the npm tools (npm ci --prefix tests/browser)"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if missing.is_empty() {
        return Some(chromium);
    }
    let message = format!("browser tests need {}", missing.join(", "));
    if std::env::var("VERSLAG_BROWSER_TESTS").is_ok_and(|v| v == "required") {
        panic!("{message}; VERSLAG_BROWSER_TESTS=required");
    }
    eprintln!("\n*** SKIPPED: {message}; .ci/run installs them ***\n");
    None
}

/// Runs `tests/browser/NAME` in node with `args` and then the Chromium to drive; what it
/// reported as JSON (a failed run panics with what it printed).
pub fn script<S: AsRef<std::ffi::OsStr>>(
    name: &str,
    args: &[S],
    chromium: &Path,
) -> serde_json::Value {
    let o = Command::new("node")
        .arg(common::root().join(TOOLS).join(name))
        .args(args)
        .arg(chromium)
        .output()
        .expect("node runs");
    assert!(
        o.status.success(),
        "{name} failed: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap_or_else(|_| panic!("{name} prints JSON"))
}

/// What check.mjs saw at one width.
fn check(page: &Path, shots: &Path, chromium: &Path) -> serde_json::Value {
    let o = Command::new("node")
        .arg(common::root().join(TOOLS).join("check.mjs"))
        .args([page, shots, chromium])
        .output()
        .expect("node runs");
    assert!(
        o.status.success(),
        "check.mjs failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("check.mjs prints JSON")
}

/// The share of pixels in the top `rows` of a screenshot that are dark (text) and that are
/// neither white nor dark (photos, colour).
fn ink(png: &Path, rows: u32) -> (f64, f64) {
    let img = image::open(png).expect("a PNG").to_rgb8();
    let (w, h) = img.dimensions();
    let (mut dark, mut colour, mut n) = (0u32, 0u32, 0u32);
    for y in 0..rows.min(h) {
        for x in 0..w {
            let p = img.get_pixel(x, y).0;
            let l = (u32::from(p[0]) * 3 + u32::from(p[1]) * 6 + u32::from(p[2])) / 10;
            n += 1;
            if l < 110 {
                dark += 1;
            } else if l < 235 {
                colour += 1;
            }
        }
    }
    (
        f64::from(dark) / f64::from(n),
        f64::from(colour) / f64::from(n),
    )
}

fn assert_works(result: &serde_json::Value, families: &[&str], photo: bool) {
    for width in ["phone", "desktop"] {
        let r = &result[width];
        for key in ["console_errors", "failed_requests", "other_hosts", "axe"] {
            assert_eq!(r[key], serde_json::json!([]), "{width}: {key}");
        }
        assert_eq!(
            r["title_visible"], true,
            "{width}: the title is not on the first screen"
        );
        let images = r["images"].as_array().unwrap();
        assert!(
            images.iter().all(|i| i["ok"] == true),
            "{width}: {images:?}"
        );
        let details = r["details"].as_array().unwrap();
        assert!(
            !details.is_empty() && details.iter().all(|d| d == true),
            "{width}: fold-outs"
        );
        let fonts: Vec<&str> = r["fonts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap())
            .collect();
        for family in families {
            assert!(
                fonts.iter().any(|f| f.starts_with(family)),
                "{width}: no {family} in {fonts:?}"
            );
        }
        // The first screen shows the title (dark text) and, at least on the desktop, the cover.
        let shot = PathBuf::from(r["screenshot"].as_str().unwrap());
        let (dark, colour) = ink(&shot, 800);
        assert!(
            dark > 0.01,
            "{width}: the first screen is blank ({dark:.3} dark)"
        );
        assert!(
            !photo || colour > 0.05,
            "{width}: no photo or colour on the first screen ({colour:.3})"
        );
    }
}

#[test]
fn the_example_page_works_at_phone_and_desktop_width() {
    let Some(chromium) = tools() else { return };
    let tmp = scratch();
    let folder = web(tmp.path(), EXAMPLE, &[]);
    let result = check(&folder.join("index.html"), tmp.path(), &chromium);
    assert_works(&result, &["Inter 400 normal", "Inter 800 normal"], true);
    // The screenshots stay for a look by eye when CI keeps target/.
    let keep = common::root().join("target/web-screenshots");
    std::fs::create_dir_all(&keep).unwrap();
    for width in ["phone", "desktop"] {
        std::fs::copy(
            tmp.path().join(format!("{width}.png")),
            keep.join(format!("{width}.png")),
        )
        .unwrap();
    }
}

#[test]
fn names_in_other_scripts_and_text_that_looks_like_html_work_in_the_browser() {
    let Some(chromium) = tools() else { return };
    let tmp = scratch();
    let rtl = web(tmp.path(), "tests/records/2022/2022-11-01-emoji-rtl", &[]);
    let result = check(&rtl.join("index.html"), tmp.path(), &chromium);
    assert_works(
        &result,
        &["Noto Sans Arabic", "Noto Sans Hebrew", "Symbola"],
        false,
    );
    let markup = web(tmp.path(), "tests/records/2022/2022-11-01-web-markup", &[]);
    let result = check(&markup.join("index.html"), tmp.path(), &chromium);
    // No alert() ran: check.mjs reports any dialog as an error.
    assert_works(&result, &["Inter 400 normal"], true);
}

#[test]
fn the_pages_and_fragments_are_valid_html() {
    if tools().is_none() {
        return;
    }
    let tmp = scratch();
    let mut files = Vec::new();
    for event in [
        EXAMPLE,
        "tests/records/2022/2022-11-01-web-markup",
        "tests/records/2022/2022-11-01-emoji-rtl",
    ] {
        let folder = web(tmp.path(), event, &[]);
        files.push(folder.join("index.html"));
        files.push(folder.join("article.html"));
    }
    let o = Command::new(
        common::root()
            .join(TOOLS)
            .join("node_modules/.bin/html-validate"),
    )
    .arg("--config")
    .arg(common::root().join(TOOLS).join(".htmlvalidate.json"))
    .args(&files)
    .output()
    .expect("html-validate runs");
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}
