//! The run's language in every line verslag prints: each command's `--help`, its success
//! output and a mistake in its command line come out in Dutch under `LANG=nl_NL.UTF-8` and in
//! English under `LANG=C`; a closed pipe and `-q` behave the same in both.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::{self, scratch, stderr, stdout};

const DUTCH: &str = "nl_NL.UTF-8";
const ENGLISH: &str = "C";

/// `verslag ARGS` in `dir` with the language chosen by `LANG` alone.
fn command_in(dir: &Path, lang: &str, args: &[&str]) -> Command {
    let mut c = common::command(args);
    c.current_dir(dir)
        .env_remove("VERSLAG_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang);
    c
}

fn run_in(dir: &Path, lang: &str, args: &[&str]) -> Output {
    command_in(dir, lang, args)
        .output()
        .expect("the verslag binary runs")
}

fn run(lang: &str, args: &[&str]) -> Output {
    run_in(&common::root(), lang, args)
}

/// Every command, as the words that name it.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["new"],
    &["check"],
    &["build"],
    &["watch"],
    &["web"],
    &["archive"],
    &["yearbook"],
    &["status"],
    &["mail"],
    &["verify"],
    &["studio"],
    &["templates"],
    &["templates", "export"],
    &["schema"],
    &["completions"],
    &["man"],
    &["help"],
];

/// English words none of the Dutch output may hold: clap's headings and phrases, and the
/// words of verslag's own English lines.
const ENGLISH_WORDS: &[&str] = &[
    "Usage",
    "Commands",
    "Options",
    "Arguments",
    "Print",
    "Show",
    "version",
    "default",
    "possible",
    "values",
    "Example",
    "Examples",
    "the",
    "and",
    "or",
    "with",
    "to",
    "for",
    "from",
    "are",
    "was",
    "has",
    "not",
    "yet",
    "each",
    "every",
    "Folder",
    "next",
    "built",
    "unchanged",
    "written",
    "wrote",
    "tables",
    "table",
    "photos",
    "photo",
    "would",
    "nothing",
    "approved",
    "final",
    "draft",
    "report",
    "reports",
    "event",
    "events",
    "year",
    "file",
    "files",
    "message",
    "messages",
    "error",
    "warning",
    "created",
    "found",
    "unexpected",
    "invalid",
    "required",
    "watching",
    "interrupted",
];

/// The English words of `text`, leaving out what is not prose: paths, file names, commands
/// in backticks, options, placeholders and quoted values.
fn english_words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_code = false;
    let mut values = false;
    for token in text.split_whitespace() {
        // `[standaard: events]`: a value, not a word.
        if matches!(
            token,
            "[standaard:" | "[mogelijk:" | "[default:" | "[possible"
        ) {
            values = true;
        }
        if values {
            values = !token.ends_with(']');
            continue;
        }
        let ticks = token.matches('`').count();
        let code = in_code || ticks > 0;
        if ticks % 2 == 1 {
            in_code = !in_code;
        }
        let skip = code
            || token.starts_with('-')
            || token.contains(['/', '\\', '.', '\'', '"', '<', '=', '_', '@'])
            || token.chars().any(|c| c.is_ascii_digit());
        if skip {
            continue;
        }
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if ENGLISH_WORDS.contains(&word) {
            found.push(word.to_string());
        }
    }
    found
}

fn said(o: &Output) -> String {
    format!("{}{}", stdout(o), stderr(o))
}

/// Dutch under a Dutch locale with no English word of the list; English under `LANG=C`,
/// where the list does find its words (so the Dutch check could fail).
fn assert_dutch_and_english(what: &str, nl: &str, en: &str) {
    assert!(!nl.trim().is_empty(), "{what}: nothing said");
    let english = english_words(nl);
    assert!(english.is_empty(), "{what}: English {english:?} in\n{nl}");
    assert!(
        !english_words(en).is_empty(),
        "{what}: not English under LANG=C:\n{en}"
    );
}

#[test]
fn every_command_s_help_is_in_dutch_under_a_dutch_locale_and_in_english_under_c() {
    for words in COMMANDS {
        let what = format!("verslag {} --help", words.join(" "));
        let args: Vec<&str> = words.iter().copied().chain(["--help"]).collect();
        let nl = run(DUTCH, &args);
        let en = run(ENGLISH, &args);
        assert_eq!(nl.status.code(), Some(0), "{what}: {}", stderr(&nl));
        let (nl, en) = (stdout(&nl), stdout(&en));
        for heading in ["Gebruik: verslag", "Opties:"] {
            assert!(nl.contains(heading), "{what}: no {heading:?} in\n{nl}");
        }
        for heading in ["Usage: verslag", "Options:", "Print help"] {
            assert!(en.contains(heading), "{what}: no {heading:?} in\n{en}");
        }
        assert_dutch_and_english(&what, &nl, &en);
        // `verslag help COMMAND` says the same; `-h`, the summary, is Dutch too.
        let asked: Vec<&str> = ["help"].iter().chain(words.iter()).copied().collect();
        let help = run(DUTCH, &asked);
        assert_eq!(stdout(&help), nl, "verslag help {}", words.join(" "));
        let short: Vec<&str> = words.iter().copied().chain(["-h"]).collect();
        let (nl_short, en_short) = (run(DUTCH, &short), run(ENGLISH, &short));
        let (nl_short, en_short) = (stdout(&nl_short), stdout(&en_short));
        assert!(
            nl_short.contains("Gebruik: verslag"),
            "{what} -h: {nl_short}"
        );
        assert_dutch_and_english(&format!("{what} -h"), &nl_short, &en_short);
    }
    // The defaults and possible values in clap's brackets, in Dutch.
    let build = stdout(&run(DUTCH, &["build", "--help"]));
    assert!(build.contains("[standaard: out]"), "{build}");
    assert!(build.contains("[mogelijk: full, short]"), "{build}");
    assert!(
        build.contains("[omgevingsvariabele: VERSLAG_BRAND]"),
        "{build}"
    );
}

#[test]
fn a_mistake_in_the_command_line_is_told_in_the_run_s_language() {
    let nl = run(DUTCH, &["build", "--ouput", "x", common::EXAMPLE]);
    assert_eq!(nl.status.code(), Some(2));
    let text = stderr(&nl);
    assert!(
        text.starts_with("fout: onverwacht argument '--ouput'\n"),
        "{text}"
    );
    assert!(text.contains("  tip: bedoelde je '--output'?"), "{text}");
    assert!(
        text.contains("Gebruik: verslag build [OPTIES] <EVENEMENT>..."),
        "{text}"
    );
    assert!(
        text.contains("Meer uitleg: 'verslag build --help'."),
        "{text}"
    );
    assert!(stdout(&nl).is_empty());
    let en = run(ENGLISH, &["build", "--ouput", "x", common::EXAMPLE]);
    assert_eq!(en.status.code(), Some(2));
    assert!(stderr(&en).starts_with("error: unexpected argument '--ouput' found\n"));
    assert_dutch_and_english("a mistyped option", &text, &stderr(&en));

    for (args, dutch) in [
        (
            &["archive", "twee"][..],
            "ongeldige waarde 'twee' voor '<JAAR>': geen geheel getal",
        ),
        (&["bild"][..], "onbekende opdracht 'bild'"),
        (
            &["completions", "tcsh"][..],
            "ongeldige waarde 'tcsh' voor '<SHELL>'",
        ),
        (&["build"][..], "dit moet er nog bij:\n  <EVENEMENT>..."),
        (
            &["mail", "--send", "--dry-run", "x"][..],
            "'--send' kan niet samen met '--dry-run'",
        ),
    ] {
        let o = run(DUTCH, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let text = stderr(&o);
        assert!(
            text.starts_with(&format!("fout: {dutch}")),
            "{args:?}:\n{text}"
        );
        let en = stderr(&run(ENGLISH, args));
        assert_dutch_and_english(&format!("{args:?}"), &text, &en);
    }
    // No command: the help, on stderr, exit 2, in Dutch.
    for (args, usage) in [
        (&[][..], "Gebruik: verslag [OPTIES] <OPDRACHT>"),
        (
            &["templates"][..],
            "Gebruik: verslag templates [OPTIES] <OPDRACHT>",
        ),
    ] {
        let bare = run(DUTCH, args);
        assert_eq!(bare.status.code(), Some(2));
        assert!(stderr(&bare).contains(usage), "{}", stderr(&bare));
    }
}

/// `verslag ARGS` with its stdout closed before it writes (`verslag ... | head -0`).
fn with_closed_stdout(lang: &str, args: &[&str]) -> Output {
    let mut child = command_in(&common::root(), lang, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("verslag starts");
    drop(child.stdout.take());
    child.wait_with_output().expect("verslag ends")
}

#[test]
fn a_closed_pipe_and_quiet_behave_the_same_in_both_languages() {
    for args in [
        &["--help"][..],
        &["schema"][..],
        &["check", common::EXAMPLE][..],
        &["status", common::EXAMPLE][..],
    ] {
        let nl = with_closed_stdout(DUTCH, args);
        let en = with_closed_stdout(ENGLISH, args);
        assert_eq!(nl.status.code(), en.status.code(), "{args:?}");
        for o in [&nl, &en] {
            assert!(!stderr(o).contains("panicked"), "{args:?}: {}", stderr(o));
        }
        // What goes to stderr (the next step) still says itself, each in its language.
        assert_eq!(stderr(&nl).is_empty(), stderr(&en).is_empty(), "{args:?}");
    }
    for args in [
        &["-q", "check", common::EXAMPLE][..],
        &["-q", "status", common::EXAMPLE][..],
    ] {
        let nl = run(DUTCH, args);
        let en = run(ENGLISH, args);
        assert_eq!(nl.status.code(), Some(0), "{args:?}: {}", stderr(&nl));
        assert_eq!(en.status.code(), Some(0), "{args:?}");
        assert_eq!(
            said(&nl),
            said(&en),
            "{args:?}: -q says nothing, whatever the language"
        );
    }
}

/// What `args` (made for a fresh scratch folder) says in Dutch and in English, each run in a
/// folder of its own, written `DIR` in what it says.
fn in_both(args: impl Fn(&Path) -> Vec<String>) -> (String, String) {
    let run_fresh = |lang: &str| {
        let dir = scratch();
        let args = args(dir.path());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(lang, &args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{args:?} under LANG={lang}: {}",
            stderr(&o)
        );
        said(&o).replace(&dir.path().display().to_string(), "DIR")
    };
    (run_fresh(DUTCH), run_fresh(ENGLISH))
}

/// Dutch and English as [`assert_dutch_and_english`], or, where a command says nothing but
/// the paths it wrote, the same in both.
fn assert_in_its_language(what: &str, nl: &str, en: &str) {
    if english_words(en).is_empty() {
        assert_eq!(nl, en, "{what}: only paths, yet not the same");
    } else {
        assert_dutch_and_english(what, nl, en);
    }
}

fn at(dir: &Path, rest: &str) -> String {
    dir.join(rest).display().to_string()
}

#[test]
fn every_command_s_success_output_is_in_dutch_under_a_dutch_locale() {
    let example = common::EXAMPLE.to_string();
    type Args = Box<dyn Fn(&Path) -> Vec<String>>;
    let commands: Vec<(&str, Args)> = vec![
        (
            "new",
            Box::new(|d| {
                let events = at(d, "events");
                vec![
                    "new".into(),
                    "2024-03-14".into(),
                    "praktijktafel-soest".into(),
                    "--events".into(),
                    events,
                ]
            }),
        ),
        (
            "check",
            Box::new(move |_| vec!["check".into(), example.clone()]),
        ),
        (
            "build",
            Box::new(|d| {
                vec![
                    "build".into(),
                    "-o".into(),
                    at(d, "out"),
                    common::EXAMPLE.into(),
                ]
            }),
        ),
        (
            "build -v",
            Box::new(|d| {
                let out = at(d, "out");
                vec![
                    "build".into(),
                    "-v".into(),
                    "--no-cache".into(),
                    "-o".into(),
                    out,
                    common::EXAMPLE.into(),
                ]
            }),
        ),
        (
            "web",
            Box::new(|d| {
                vec![
                    "web".into(),
                    "-o".into(),
                    at(d, "web"),
                    "--reports".into(),
                    at(d, "out"),
                    common::EXAMPLE.into(),
                ]
            }),
        ),
        (
            "status",
            Box::new(|d| {
                vec![
                    "status".into(),
                    "--outbox".into(),
                    at(d, "outbox"),
                    common::EXAMPLE.into(),
                ]
            }),
        ),
        (
            "mail --dry-run",
            Box::new(|d| {
                vec![
                    "mail".into(),
                    "--dry-run".into(),
                    "--outbox".into(),
                    at(d, "outbox"),
                    "-o".into(),
                    at(d, "out"),
                    common::EXAMPLE.into(),
                ]
            }),
        ),
        (
            "mail",
            Box::new(|d| {
                vec![
                    "mail".into(),
                    "--outbox".into(),
                    at(d, "outbox"),
                    "-o".into(),
                    at(d, "out"),
                    common::EXAMPLE.into(),
                ]
            }),
        ),
        (
            "yearbook",
            Box::new(|d| {
                vec![
                    "yearbook".into(),
                    "2022".into(),
                    "-o".into(),
                    at(d, "yearbook.pdf"),
                ]
            }),
        ),
        (
            "templates export",
            Box::new(|d| vec!["templates".into(), "export".into(), at(d, "templates")]),
        ),
        (
            "schema",
            Box::new(|d| vec!["schema".into(), "-o".into(), at(d, "schema.json")]),
        ),
        (
            "man",
            Box::new(|d| vec!["man".into(), "-o".into(), at(d, "man1")]),
        ),
    ];
    for (what, args) in &commands {
        let (nl, en) = in_both(args);
        assert_in_its_language(what, &nl, &en);
    }
    // archive, then verify, in one folder per language.
    for lang in [DUTCH, ENGLISH] {
        let dir = scratch();
        let archive = at(dir.path(), "archive");
        let a = run(lang, &["archive", "2022", "--archive", &archive]);
        assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
        let v = run(lang, &["verify", "2022", "--archive", &archive]);
        assert_eq!(v.status.code(), Some(0), "{}", stderr(&v));
        let both = format!("{}{}", said(&a), said(&v));
        if lang == DUTCH {
            assert!(english_words(&both).is_empty(), "{both}");
        } else {
            assert!(!english_words(&both).is_empty(), "{both}");
        }
    }
    // The completion scripts have no text: the same in both languages.
    let (nl, en) = in_both(|_| vec!["completions".into(), "bash".into()]);
    assert_eq!(nl, en);
}

/// What `verslag watch` says until its first report is built, then it is stopped.
fn first_watch_lines(lang: &str) -> String {
    use std::io::{BufRead, BufReader};
    let dir = scratch();
    let out = at(dir.path(), "out");
    let mut child = command_in(
        &common::root(),
        lang,
        &["watch", "-o", &out, common::EXAMPLE],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .expect("verslag watch starts");
    let stdout = child.stdout.take().expect("piped");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    // A generous deadline guards only a hang.
    let built = rx.recv_timeout(std::time::Duration::from_secs(120));
    let _ = child.kill();
    let o = child.wait_with_output().expect("verslag watch ends");
    let built = built.expect("watch built the report");
    format!("{built}{}", stderr(&o)).replace(&dir.path().display().to_string(), "DIR")
}

#[test]
fn watch_says_what_it_does_in_the_run_s_language() {
    let nl = first_watch_lines(DUTCH);
    let en = first_watch_lines(ENGLISH);
    // The seconds as a Dutch figure: 0,09 s, not 0.09 s.
    let seconds = nl
        .split(" gemaakt in ")
        .nth(1)
        .and_then(|r| r.split(' ').next());
    assert!(seconds.is_some_and(|s| !s.contains('.')), "{nl}");
    assert!(nl.contains("verslag let op wijzigingen in "), "{nl}");
    assert_dutch_and_english("watch", &nl, &en);
}

#[test]
fn the_manual_follows_the_run_s_language() {
    let nl = stdout(&run(DUTCH, &["man"]));
    let en = stdout(&run(ENGLISH, &["man"]));
    for heading in [
        ".SH \"NAAM\"",
        ".SH \"OPTIES\"",
        ".SH \"OPDRACHTEN\"",
        "handleiding van verslag",
    ] {
        assert!(nl.contains(heading), "{heading} in\n{nl}");
    }
    for heading in [
        ".SH \"NAME\"",
        ".SH \"OPTIONS\"",
        ".SH \"COMMANDS\"",
        "verslag manual",
    ] {
        assert!(en.contains(heading), "{heading} in\n{en}");
    }
    // één as groff's escape, so that any groff reads it.
    assert!(nl.is_ascii() && nl.contains("\\[u00E9]\\[u00E9]n"), "{nl}");
    assert!(!nl.contains("SUBCOMMANDS") && !nl.contains("[default"));
}
