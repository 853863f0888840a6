//! A real SIGINT or SIGTERM during a build leaves no partial file and keeps the older report.

use crate::common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{EXAMPLE, scratch};

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".verslag-"))
                .collect()
        })
        .unwrap_or_default()
}

fn interrupted_build(signal: &str) {
    let tmp = scratch();
    let out = tmp.path();
    let year = out.join("2022");
    let report = year.join("2022-11-01-praktijktafel-amersfoort.pdf");
    std::fs::create_dir_all(&year).unwrap();
    std::fs::write(&report, b"%PDF- an older good report").unwrap();

    let mut child = Command::new(env!("CARGO_BIN_EXE_verslag"))
        .args(["build", "-o", out.to_str().unwrap(), EXAMPLE])
        .current_dir(common::root())
        .env("VERSLAG_LANG", "en")
        .env(
            "VERSLAG_CACHE_DIR",
            common::root().join("target/test-photo-cache"),
        )
        .env("VERSLAG_TEST_WRITE_DELAY_MS", "60000")
        .spawn()
        .unwrap();
    let started = Instant::now();
    while temp_files(&year).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the build never started writing"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let killed = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{signal}: {status:?}");
    assert_eq!(
        temp_files(&year),
        Vec::<String>::new(),
        "{signal}: a temp file was left"
    );
    assert_eq!(
        std::fs::read(&report).unwrap(),
        b"%PDF- an older good report"
    );
}

#[test]
fn sigint_leaves_no_partial_file() {
    interrupted_build("INT");
}

#[test]
fn sigterm_leaves_no_partial_file() {
    interrupted_build("TERM");
}

/// A web run interrupted while it fills its temp folder (`at_once`) or while that folder
/// is complete and waits to be swapped in.
fn interrupted_web(at_once: bool) {
    let tmp = scratch();
    let (web, out) = (tmp.path().join("web"), tmp.path().join("out"));
    let args = [
        "web",
        "-o",
        web.to_str().unwrap(),
        "--reports",
        out.to_str().unwrap(),
        EXAMPLE,
    ];
    let cache = common::root().join("target/test-photo-cache");
    // A first run writes the page, its report and every cached photo and font.
    let first = Command::new(env!("CARGO_BIN_EXE_verslag"))
        .args(args)
        .current_dir(common::root())
        .env("VERSLAG_CACHE_DIR", &cache)
        .output()
        .unwrap();
    assert!(first.status.success(), "{}", common::stderr(&first));
    let year = web.join("2022");
    let page = year.join("2022-11-01-praktijktafel-amersfoort");
    let before = crate::web::files(&page);
    assert!(before.contains_key("index.html"));

    // The second run holds before swapping its new folder in; the signal comes then.
    let mut child = Command::new(env!("CARGO_BIN_EXE_verslag"))
        .args(args)
        .current_dir(common::root())
        .env("VERSLAG_CACHE_DIR", &cache)
        .env("VERSLAG_TEST_WRITE_DELAY_MS", "60000")
        .spawn()
        .unwrap();
    let started = Instant::now();
    let pdf = "2022-11-01-praktijktafel-amersfoort.pdf";
    let ready = |year: &Path| {
        temp_files(year)
            .iter()
            .any(|t| at_once || year.join(t).join(pdf).exists())
    };
    while !ready(&year) {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the web run never started writing"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert_eq!(child.wait().unwrap().code(), Some(130));
    assert_eq!(
        temp_files(&year),
        Vec::<String>::new(),
        "a temp folder was left"
    );
    let names: Vec<String> = std::fs::read_dir(&year)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".verslag.lock")
        .collect();
    assert_eq!(names, ["2022-11-01-praktijktafel-amersfoort"], "{names:?}");
    assert!(crate::web::files(&page) == before, "the page changed");
}

#[test]
fn a_web_run_interrupted_while_it_writes_keeps_the_old_page_whole() {
    interrupted_web(true);
}

#[test]
fn a_web_run_interrupted_before_its_swap_keeps_the_old_page_whole() {
    interrupted_web(false);
}
