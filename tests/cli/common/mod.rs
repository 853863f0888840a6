//! Shared helpers for the integration tests: run the real binary, make scratch folders.

pub mod cases;
pub mod cases_nl;
pub mod pdf;
pub mod smtp;
pub mod wordpress;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const EXAMPLE: &str = "events/2022/2022-11-01-praktijktafel-amersfoort";

/// The project folder: tests run the binary from here so paths print as in the README.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `verslag ARGS` in the project folder, without colour.
pub fn verslag(args: &[&str]) -> Output {
    verslag_in(&root(), args)
}

pub fn verslag_in(dir: &Path, args: &[&str]) -> Output {
    command(args)
        .current_dir(dir)
        .output()
        .expect("the verslag binary runs")
}

/// `verslag ARGS` from the project folder, without colour, ready to run or spawn.
pub fn command<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_verslag"));
    c.args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        // Every test reads verslag in English unless it asks otherwise: a developer's
        // LANG=nl_NL changes nothing.
        .env("VERSLAG_LANG", "en")
        // Tests share one photo cache inside target/, never the user's.
        .env("VERSLAG_CACHE_DIR", root().join("target/test-photo-cache"))
        // Nor the user's settings: none, unless a test gives a folder of its own.
        .env("VERSLAG_CONFIG_DIR", root().join("target/test-config-none"))
        .env_remove("VERSLAG_SMTP_URL");
    c
}

/// `verslag ARGS` as a child process that runs on while the test goes on, its output piped.
pub fn spawn<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> std::process::Child {
    command(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the verslag binary starts")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// What a command said on stderr but the next step of the round (`next: ...`): its problems
/// and notes.
pub fn said(o: &Output) -> String {
    stderr(o)
        .lines()
        .filter(|l| !l.starts_with("next: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A scratch folder that is removed when dropped.
pub fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("verslag-test-")
        .tempdir()
        .expect("a temp folder")
}

/// Copies a folder tree (files and symlinks as files).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A brand folder in `dir`: the built-in brand.toml with `extra` appended (a `[report]`
/// table, say) and the built-in logo; returns its brand.toml.
pub fn brand_with(dir: &Path, extra: &str) -> PathBuf {
    let folder = dir.join("brand");
    std::fs::create_dir_all(&folder).unwrap();
    let text = format!(
        "{}\n{extra}\n",
        include_str!("../../../templates/brand.toml")
    );
    std::fs::write(folder.join("brand.toml"), text).unwrap();
    std::fs::write(
        folder.join("logo.svg"),
        include_str!("../../../templates/logo.svg"),
    )
    .unwrap();
    folder.join("brand.toml")
}

/// The municipalities of the arbeidsmarktregio Amersfoort, for generated records.
pub const MUNICIPALITIES: [&str; 8] = [
    "Amersfoort",
    "Baarn",
    "Bunschoten",
    "Eemnes",
    "Leusden",
    "Nijkerk",
    "Soest",
    "Woudenberg",
];
