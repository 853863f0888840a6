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
