//! The hostile-input corpus through `build`: every broken record (tests/cli/common/cases.rs) must
//! end with exit code 1, exactly its located messages, and no output file at all. Photos,
//! templates, brands and contacts have their own cases in photos.rs, build.rs and mail.rs;
//! markup in every field and emoji / right-to-left names must render literally (build.rs).

use crate::common;

use common::cases::RECORDS;
use common::{scratch, stderr, stdout, verslag};

#[test]
fn every_broken_record_fails_the_build_and_writes_nothing() {
    let tmp = scratch();
    let mut failures = Vec::new();
    for (i, (case, expected)) in RECORDS.iter().enumerate() {
        let dir = format!("tests/records/{case}");
        let out = tmp.path().join(format!("out{i}"));
        let o = verslag(&[
            "build",
            "--format",
            "short",
            "-o",
            out.to_str().unwrap(),
            &dir,
        ]);
        let want = common::cases::expected(
            &dir,
            expected,
            "found; no report was written for a failed event",
        );
        let problems = [
            (o.status.code() != Some(1)).then(|| format!("exit {:?}", o.status.code())),
            (stderr(&o) != want).then(|| format!("--- got\n{}--- want\n{want}", stderr(&o))),
            (!stdout(&o).is_empty()).then(|| format!("stdout: {}", stdout(&o))),
            out.exists()
                .then(|| format!("{} was created", out.display())),
        ];
        for p in problems.into_iter().flatten() {
            failures.push(format!("{case}: {p}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_record_with_only_warnings_builds_and_says_them() {
    let tmp = scratch();
    let mut failures = Vec::new();
    for (i, (case, expected)) in common::cases::WARNINGS.iter().enumerate() {
        let dir = format!("tests/records/{case}");
        let out = tmp.path().join(format!("out{i}"));
        let o = verslag(&[
            "build",
            "--format",
            "short",
            "-o",
            out.to_str().unwrap(),
            &dir,
        ]);
        // The build may add its own warnings (a small photo prints soft).
        let got = stderr(&o);
        let missing: Vec<_> = expected.iter().filter(|l| !got.contains(*l)).collect();
        let pdf = out.join(&case[..4]).join(format!("{}.pdf", &case[5..]));
        let problems = [
            (o.status.code() != Some(0)).then(|| format!("exit {:?}", o.status.code())),
            (!missing.is_empty()).then(|| format!("--- got\n{got}--- missing\n{missing:?}")),
            (!pdf.is_file()).then(|| format!("no {}", pdf.display())),
        ];
        for p in problems.into_iter().flatten() {
            failures.push(format!("{case}: {p}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `verslag ARGS` speaking Dutch.
fn in_dutch(args: &[&str]) -> std::process::Output {
    common::command(args)
        .env("VERSLAG_LANG", "nl")
        .output()
        .expect("the verslag binary runs")
}

#[test]
fn every_broken_record_is_told_in_dutch_exactly() {
    use common::cases_nl::{RECORDS_NL, WARNINGS_NL};
    assert_eq!(RECORDS_NL.len(), RECORDS.len());
    assert_eq!(WARNINGS_NL.len(), common::cases::WARNINGS.len());
    let mut failures = Vec::new();
    for (case, expected) in RECORDS_NL.iter().chain(WARNINGS_NL) {
        let dir = format!("tests/records/{case}");
        let o = in_dutch(&["check", "--format", "short", &dir]);
        let errors = expected.iter().filter(|l| l.contains(": error: ")).count();
        let mut want: String = expected
            .iter()
            .map(|line| format!("{dir}/event.toml:{line}\n"))
            .collect();
        // Fluent's plural: "1 probleem", "2 problemen".
        match errors {
            0 => {}
            1 => want.push_str("1 probleem gevonden\n"),
            n => want.push_str(&format!("{n} problemen gevonden\n")),
        }
        let got: String = stderr(&o)
            .lines()
            .filter(|l| !l.starts_with("ok ") && !l.starts_with("volgende stap: "))
            .map(|l| format!("{l}\n"))
            .collect();
        if got != want {
            failures.push(format!("{case}:\n--- got\n{got}--- want\n{want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Words that would show an English message slipped into Dutch output.
const ENGLISH: &[&str] = &[
    "error:",
    "warning:",
    "hint:",
    "did you mean",
    "must be",
    "unknown key",
    "not found",
    "expected",
    " found",
];

#[test]
fn no_english_word_is_left_in_the_dutch_corpus() {
    let mut failures = Vec::new();
    let cases = RECORDS.iter().chain(common::cases::WARNINGS);
    for (case, _) in cases {
        let dir = format!("tests/records/{case}");
        // The default format: every word Dutch, the severity too.
        let full = stderr(&in_dutch(&["check", &dir]));
        for word in ENGLISH {
            if full.contains(word) {
                failures.push(format!("{case}: `{word}` in\n{full}"));
            }
        }
        // --format short: only the severity word stays English, for editors.
        let short = stderr(&in_dutch(&["check", "--format", "short", &dir]));
        let without_severity = short
            .replace(": error: ", ": ")
            .replace(": warning: ", ": ");
        for word in ENGLISH {
            if without_severity.contains(word) {
                failures.push(format!("{case} (short): `{word}` in\n{short}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_language_comes_from_lang_then_verslag_lang_then_the_locale() {
    let dir = "tests/records/2022/2022-11-01-unknown-key";
    let run = |envs: &[(&str, &str)], args: &[&str]| {
        let mut c = common::command(args);
        c.env_remove("VERSLAG_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (k, v) in envs {
            c.env(k, v);
        }
        stderr(&c.output().expect("the verslag binary runs"))
    };
    let dutch = "onbekende sleutel `sumary`";
    let english = "unknown key `sumary`";
    assert!(run(&[("LANG", "nl_NL.UTF-8")], &["check", dir]).contains(dutch));
    assert!(run(&[("LC_ALL", "C"), ("LANG", "nl_NL.UTF-8")], &["check", dir]).contains(english));
    assert!(run(&[("VERSLAG_LANG", "nl"), ("LANG", "C")], &["check", dir]).contains(dutch));
    assert!(run(&[("VERSLAG_LANG", "nl")], &["--lang", "en", "check", dir]).contains(english));
    assert!(run(&[], &["check", dir, "--lang=nl"]).contains(dutch));
    assert!(run(&[], &["check", dir]).contains(english));
    // The default format in Dutch: "fout" and "tip", and the plural of the closing line.
    let nl = run(&[("VERSLAG_LANG", "nl")], &["check", dir]);
    assert!(
        nl.contains(": fout: ") && nl.contains("  tip: ") && nl.contains("1 probleem gevonden"),
        "{nl}"
    );
    let o = common::command(&["--lang", "fr", "check", dir])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("nl") && stderr(&o).contains("en"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn check_and_status_say_their_lines_in_dutch_under_a_dutch_locale() {
    let dutch = |args: &[&str]| {
        let mut c = common::command(args);
        c.env_remove("VERSLAG_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "nl_NL.UTF-8");
        c.output().expect("the verslag binary runs")
    };
    let o = dutch(&["check", common::EXAMPLE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).ends_with(", 1 november 2022, 5 tafels, 5 foto's\n"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).starts_with("volgende stap: `verslag build "),
        "{}",
        stderr(&o)
    );
    let o = dutch(&["status", common::EXAMPLE]);
    let out = stdout(&o);
    assert!(
        out.contains(": definitief; 0 van de 5 tafels akkoord"),
        "{out}"
    );
    assert!(
        out.contains("Baarn       open; vanuit deze outbox niets ter controle gestuurd aan"),
        "{out}"
    );
    assert!(out.contains("; verslag nog niet gemaild"), "{out}");
    // The same lines in English under LANG=C, none of them Dutch.
    let mut c = common::command(&["status", common::EXAMPLE]);
    c.env_remove("VERSLAG_LANG").env("LANG", "C");
    let english = stdout(&c.output().expect("runs"));
    assert!(
        english.contains(": final; 0 of 5 tables approved"),
        "{english}"
    );
    for word in ["tafels", "akkoord", "definitief", "gemaild"] {
        assert!(!english.contains(word), "{word} in {english}");
    }
}
