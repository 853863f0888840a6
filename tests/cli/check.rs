//! `verslag check` on the example and on one broken record per rule, pinning each message.

use crate::common;

use common::{EXAMPLE, stderr, stdout, verslag};

#[test]
fn example_event_passes() {
    let out = verslag(&["check", EXAMPLE]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "ok {EXAMPLE}: \"Werkgevers helpen wethouders hun inclusie-belofte waar te maken\", \
             1 November 2022, 5 tables, 5 photos\n"
        )
    );
    assert_eq!(
        stderr(&out),
        format!(
            "next: `verslag build {EXAMPLE}` makes the report (`verslag watch EVENT` remakes it \
             on every save)\n"
        )
    );
}

#[test]
fn event_toml_path_works_like_its_folder() {
    let out = verslag(&["check", &format!("{EXAMPLE}/event.toml")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

use common::cases::RECORDS as CASES;

#[test]
fn every_broken_record_gets_its_own_located_message() {
    let mut failures = Vec::new();
    for (case, expected) in CASES {
        let dir = format!("tests/records/{case}");
        let out = verslag(&["check", "--format", "short", &dir]);
        let want = common::cases::expected(&dir, expected, "found");
        if out.status.code() != Some(1) || stderr(&out) != want || !stdout(&out).is_empty() {
            failures.push(format!(
                "{case}: exit {:?}\n--- got\n{}--- want\n{want}",
                out.status.code(),
                stderr(&out)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_record_with_only_warnings_passes_and_says_them() {
    let mut failures = Vec::new();
    for (case, expected) in common::cases::WARNINGS {
        let dir = format!("tests/records/{case}");
        let out = verslag(&["check", "--format", "short", &dir]);
        let want = common::cases::expected(&dir, expected, "found");
        let ok = stdout(&out).starts_with(&format!("ok {dir}: "));
        if out.status.code() != Some(0) || common::said(&out) != want || !ok {
            failures.push(format!(
                "{case}: exit {:?}\n--- got\n{}{}--- want\n{want}",
                out.status.code(),
                stderr(&out),
                stdout(&out)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn full_format_shows_source_line_caret_and_hint() {
    let out = verslag(&["check", "tests/records/2022/2022-11-01-unknown-key"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "tests/records/2022/2022-11-01-unknown-key/event.toml:14:1: error: unknown key `sumary` in `tables[0]`\n\
         \x20  |\n\
         14 | sumary = \"Samengevat.\"\n\
         \x20  | ^^^^^^\n\
         \x20 hint: did you mean `summary`?\n\
         \n\
         1 problem found\n"
    );
}

#[test]
fn several_records_report_all_problems_and_the_good_ones() {
    let out = verslag(&[
        "check",
        "--format",
        "short",
        "tests/records/2022/2022-11-01-valid-minimal",
        "tests/records/2022/2022-11-01-blank-title",
        "tests/records/2022/2022-11-01-unknown-key",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("ok tests/records/2022/2022-11-01-valid-minimal: "));
    let err = stderr(&out);
    assert!(err.contains("2022-11-01-blank-title/event.toml:4:9: error: `event.title` is blank"));
    assert!(err.contains("2022-11-01-unknown-key/event.toml:14:1: error: unknown key `sumary`"));
    assert!(err.ends_with("2 problems found\n"), "{err}");
}

#[test]
fn missing_path_and_folder_without_record() {
    let out = verslag(&["check", "--format", "short", "events/2022/no-such-event"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "events/2022/no-such-event: error: cannot open: no such file or folder (hint: name an event folder (events/<year>/<date>-<name>) or its event.toml)\n1 problem found\n"
    );

    let out = verslag(&["check", "--format", "short", "tests/fixtures"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "tests/fixtures/event.toml: error: this event folder has no event.toml (hint: create one with `verslag new DATE NAME`, or name the right folder)\n1 problem found\n"
    );
}

#[test]
fn a_50_megabyte_record_is_refused_unread() {
    let tmp = common::scratch();
    let dir = tmp.path().join("2022/2022-11-01-huge");
    std::fs::create_dir_all(&dir).unwrap();
    let file = std::fs::File::create(dir.join("event.toml")).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let out = common::verslag_in(
        tmp.path(),
        &["check", "--format", "short", "2022/2022-11-01-huge"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "2022/2022-11-01-huge/event.toml:1:1: error: the record is 52.4 MB; a record may be at most 1024 kB (hint: an event.toml holds text only; photos are separate files named in [[photos]])\n1 problem found\n"
    );
}

#[test]
fn colour_only_when_asked_by_a_terminal() {
    // Piped output (as here) never carries escape codes, NO_COLOR or not.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_verslag"))
        .args(["check", "tests/records/2022/2022-11-01-blank-title"])
        .current_dir(common::root())
        .env("VERSLAG_LANG", "en")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(!stderr(&out).contains('\x1b'));
}

/// The key paths `verslag new` fills with a placeholder, in the order check names them.
const PLACEHOLDERS: [&str; 23] = [
    "event.title",
    "event.location",
    "event.intro",
    "event.core_group[0]",
    "event.core_group[1]",
    "facts.speaker.name",
    "facts.speaker.role",
    "facts.speaker.organization",
    "facts.text",
    "pitches.text",
    "tables[0].municipality",
    "tables[0].host.name",
    "tables[0].host.organization",
    "tables[0].core_member.name",
    "tables[0].core_member.organization",
    "tables[0].question",
    "tables[0].solutions[0]",
    "tables[0].solutions[1]",
    "tables[0].summary",
    "closing.text",
    "closing.quotes[0].text",
    "closing.quotes[0].speaker.name",
    "closing.quotes[0].speaker.organization",
];

/// Replaces the string that starts at each `line:col` with a text of its own.
fn fill_in(record: &str, places: &[(usize, usize)]) -> String {
    let mut lines: Vec<String> = record.lines().map(str::to_string).collect();
    for (n, (line, col)) in places.iter().enumerate().rev() {
        let text = &mut lines[line - 1];
        let start = text.char_indices().nth(col - 1).unwrap().0;
        let (before, rest) = text.split_at(start);
        let filled = if let Some(after) = rest.strip_prefix("\"\"\"") {
            // The text runs on the next line up to its closing quotes.
            assert!(after.is_empty(), "{rest}");
            let body = &mut lines[*line];
            let close = body.find("\"\"\"").unwrap();
            *body = format!("Ingevulde tekst {n}.{}", &body[close..]);
            continue;
        } else {
            let close = rest[1..].find('"').unwrap() + 1;
            format!("{before}\"Ingevuld {n}\"{}", &rest[close + 1..])
        };
        *text = filled;
    }
    lines.join("\n") + "\n"
}

#[test]
fn a_new_event_fails_with_exactly_its_placeholders_and_filled_in_it_builds() {
    let tmp = common::scratch();
    let events = tmp.path().join("events");
    let events_arg = events.to_str().unwrap();
    for (name, lang) in [("praktijktafel-soest", "nl"), ("table-en", "en")] {
        let o = verslag(&[
            "new",
            "2025-03-14",
            name,
            "--language",
            lang,
            "--events",
            events_arg,
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let folder = events.join(format!("2025/2025-03-14-{name}"));
        // The first event of a new events folder brings the contacts file to fill in.
        let contacts = events.join("contacts.toml");
        let also = if lang == "nl" {
            format!("{}\n", contacts.display())
        } else {
            String::new()
        };
        assert_eq!(
            stdout(&o),
            format!("{}\n{also}", folder.join("event.toml").display())
        );
        assert!(folder.join("photos").is_dir());
        let check = verslag(&["check", "--format", "short", folder.to_str().unwrap()]);
        assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
        let err = stderr(&check);
        let named: Vec<&str> = err
            .lines()
            .filter(|l| l.contains("is still the text `verslag new` wrote"))
            .filter_map(|l| l.split('`').nth(1))
            .collect();
        assert_eq!(named, PLACEHOLDERS, "{err}");
        assert!(err.ends_with("23 problems found\n"), "{err}");
        // Filled in, with the commented review round taken in (its dates are the event's
        // own plus two weeks and one week), the record checks and builds.
        let places: Vec<(usize, usize)> = err
            .lines()
            .filter_map(|l| {
                let mut parts = l.rsplit_once("event.toml:")?.1.split(':');
                Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
            })
            .collect();
        let toml = folder.join("event.toml");
        let record = std::fs::read_to_string(&toml).unwrap();
        assert!(record.contains("# review_by = 2025-03-28\n"), "{record}");
        assert!(record.contains("# approved = 2025-03-21\n"), "{record}");
        assert!(!record.contains(['«', '»']), "{record}");
        let filled = fill_in(&record, &places)
            .replace("# status = \"draft\"", "status = \"draft\"")
            .replace("# review_by", "review_by")
            .replace("# approved =", "approved =");
        std::fs::write(&toml, &filled).unwrap();
        let check = verslag(&["check", folder.to_str().unwrap()]);
        assert_eq!(check.status.code(), Some(0), "{}\n{filled}", stderr(&check));
        let out = tmp.path().join("out");
        let build = verslag(&[
            "build",
            "-o",
            out.to_str().unwrap(),
            folder.to_str().unwrap(),
        ]);
        assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
        let pdf = common::pdf::text(std::path::Path::new(stdout(&build).trim()));
        assert!(pdf.contains("Ingevuld 0"), "{pdf}");
    }
    let again = verslag(&[
        "new",
        "2025-03-14",
        "praktijktafel-soest",
        "--events",
        events_arg,
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("this event already exists; nothing was changed"));
    let bad = verslag(&["new", "14-03-2024", "x", "--events", events_arg]);
    assert!(
        stderr(&bad).contains("DATE: error: \"14-03-2024\" is not a date"),
        "{}",
        stderr(&bad)
    );
    let bad = verslag(&[
        "new",
        "2024-03-14",
        "Praktijk Tafel",
        "--events",
        events_arg,
    ]);
    assert!(stderr(&bad).contains("an event name uses lower-case letters, digits and hyphens"));
}

#[test]
fn oversized_lists_and_texts_are_refused_with_their_place() {
    let tmp = common::scratch();
    let base =
        std::fs::read_to_string("tests/records/2022/2022-11-01-valid-minimal/event.toml").unwrap();
    let many: Vec<String> = (0..10_000)
        .map(|i| format!("\"Oplossing {i} 😀 مرحبا\""))
        .collect();
    let cases = [
        (
            "2022-11-01-many",
            base.replace(
                "solutions = [\"Eenduidig organiseren\", \"Bedrijvenkring, centraal!\"]",
                &format!("solutions = [{}]", many.join(", ")),
            ),
            "13:13: error: `tables[0].solutions` has 10000 items; at most 100 fit a report",
        ),
        (
            "2022-11-01-huge",
            base.replace("Een middag over inclusief werkgeven.", &"x".repeat(30_000)),
            "7:9: error: `event.intro` is 30000 characters long; a text may be at most 20000",
        ),
    ];
    for (slug, text, want) in cases {
        let dir = tmp.path().join("2022").join(slug);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("event.toml"), text).unwrap();
        let out = common::verslag_in(
            tmp.path(),
            &["build", "--format", "short", &format!("2022/{slug}")],
        );
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).starts_with(&format!("2022/{slug}/event.toml:{want}")),
            "{}",
            stderr(&out)
        );
        assert!(!tmp.path().join("out").exists());
    }
}

#[test]
fn records_saved_by_windows_editors_are_read_as_what_they_are() {
    // Notepad's "Unicode" (UTF-16 with a byte order mark), and UTF-8 with a mark and CRLF.
    for case in ["utf16", "utf8-bom-crlf"] {
        let dir = format!("tests/records/2022/2022-11-01-{case}");
        let out = verslag(&["check", &dir]);
        assert_eq!(out.status.code(), Some(0), "{case}: {}", stderr(&out));
        assert_eq!(
            stdout(&out),
            format!("ok {dir}: \"Praktijktafel\", 1 November 2022, 1 table, 0 photos\n")
        );
    }
}

#[test]
fn a_photo_name_with_accents_stored_otherwise_is_named_as_it_is_on_disk() {
    let tmp = common::scratch();
    let event = tmp.path().join("events/2022/2022-11-01-accent");
    std::fs::create_dir_all(event.join("photos")).unwrap();
    // macOS writes é as e + a combining accent; the organiser types é.
    std::fs::copy(
        common::root().join("tests/fixtures/photos/sunset-640.jpg"),
        event.join("photos/cafe\u{301}.jpg"),
    )
    .unwrap();
    let text = std::fs::read_to_string(
        common::root().join("tests/records/2022/2022-11-01-valid-minimal/event.toml"),
    )
    .unwrap()
        + "\n[[photos]]\nfile = \"photos/caf\u{e9}.jpg\"\ncaption = \"Foto\"\n";
    std::fs::write(event.join("event.toml"), text).unwrap();
    let out = verslag(&["check", "--format", "short", event.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("`photos[0].file`: \"photos/caf\u{e9}.jpg\" stores its accents otherwise than the file's name \"photos/cafe\u{301}.jpg\""),
        "{}",
        stderr(&out)
    );
}
