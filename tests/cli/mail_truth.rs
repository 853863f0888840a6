//! The mail tells the truth and is the organiser's to reword (#25): the approval gate of a
//! final record, example domains, what the body announces, the mail templates from
//! `--templates`, wrapping at 72 columns, names folded, the resend hint after an edit and
//! `status` after the final mail, on the loopback SMTP server of the mail tests.

use std::path::{Path, PathBuf};

use crate::common;
use crate::mail::{GOOD, Run, header, parse, smtp_server};
use common::{EXAMPLE, pdf, stderr, stdout, verslag};

/// The mail event as a final record whose review runs until 2099, Baarn approved.
fn under_review(run: &Run) -> String {
    let event = run.event_copy();
    let record = PathBuf::from(&event).join("event.toml");
    let text = std::fs::read_to_string(&record)
        .unwrap()
        .replacen(
            "date = 2022-11-01",
            "date = 2022-11-01\nreview_by = 2099-01-01",
            1,
        )
        .replacen(
            "solutions = [\"Eenduidig organiseren\"]",
            "solutions = [\"Eenduidig organiseren\"]\napproved = 2022-11-08",
            1,
        );
    std::fs::write(&record, text).unwrap();
    event
}

fn body(eml: &[u8]) -> String {
    let m = parse(eml);
    let part = m
        .subparts
        .iter()
        .find(|p| p.ctype.mimetype == "text/plain")
        .expect("a text part");
    part.get_body().unwrap().replace("\r\n", "\n")
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_final_record_with_open_tables_is_not_mailed_archived_or_put_on_the_web() {
    let run = Run::new();
    let event = under_review(&run);
    for extra in [
        &["--dry-run"][..],
        &[],
        &["--send", "--smtp-url", "smtp://127.0.0.1:9"],
    ] {
        let o = run.mail_event(&event, GOOD, extra);
        assert_eq!(o.status.code(), Some(1), "{extra:?}: {}", stderr(&o));
        let err = stderr(&o);
        for (line, m) in [("19:16", "Leusden"), ("25:16", "Soest")] {
            assert!(
                err.contains(&format!(
                    "event.toml:{line}: error: `tables[{}]` ({m}) has no `approved` and the review runs until 1 January 2099: a final record is not mailed before then",
                    if m == "Soest" { 2 } else { 1 }
                )),
                "{err}"
            );
            assert!(err.contains(&format!("--without-approval {m})")), "{err}");
        }
        assert!(!err.contains("(Baarn)"), "{err}");
        assert!(err.ends_with("nothing was sent\n"), "{err}");
        assert!(!run.dir("outbox").exists());
    }
    // check says so, and passes; build makes what the organiser looks at.
    let o = verslag(&["check", "--format", "short", &event]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning: `tables[1]` (Leusden) has no `approved` and the review runs until 1 January 2099: `mail`, `archive` and `web` refuse this final record until then"),
        "{}",
        stderr(&o)
    );
    let out = run.dir("build");
    let o = verslag(&["build", "-o", out.to_str().unwrap(), &event]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plain = pdf::text(&out.join("2022/2022-11-01-mail.pdf"));
    assert!(!plain.contains("zonder akkoord"), "{plain}");
    // Named, they go out, and the colophon says which text was not approved.
    let o = run.mail_event(
        &event,
        GOOD,
        &[
            "--without-approval",
            "leusden",
            "--without-approval",
            "Soest",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = pdf::text(&run.dir("out/2022/2022-11-01-mail.pdf"));
    for m in ["Leusden", "Soest"] {
        assert!(
            text.contains(&format!(
                "De tekst van tafel {m} is opgenomen zonder akkoord van de wethouder"
            )),
            "{text}"
        );
    }
    assert!(text.contains("De tekst van tafel Baarn is op 8 november 2022 akkoord bevonden"));
    let o = run.mail_event(&event, GOOD, &["--without-approval", "Lesden"]);
    assert!(
        stderr(&o).contains("--without-approval: error: \"Lesden\" is no table of 2022-11-01-mail (hint: did you mean \"Leusden\"?)"),
        "{}",
        stderr(&o)
    );
    // web and archive take EVENT/MUNICIPALITY.
    let web = run.dir("web");
    let o = verslag(&[
        "web",
        "--format",
        "short",
        "-o",
        web.to_str().unwrap(),
        &event,
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("--without-approval 2022-11-01-mail/Leusden"),
        "{}",
        stderr(&o)
    );
    assert!(!web.exists());
    let year = run.dir("events");
    let archive = run.dir("archive");
    let archive_args = |extra: &[&str]| {
        let mut args = vec![
            "archive",
            "2022",
            "--format",
            "short",
            "--events",
            year.to_str().unwrap(),
            "--archive",
            archive.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        verslag(&args)
    };
    let o = archive_args(&[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("a final record is not archived before then"),
        "{}",
        stderr(&o)
    );
    assert!(!archive.join("2022/2022-11-01-mail.pdf").exists());
    let o = archive_args(&[
        "--without-approval",
        "2022-11-01-mail/Leusden",
        "--without-approval",
        "2022-11-01-mail/Soest",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = pdf::text(&archive.join("2022/2022-11-01-mail.pdf"));
    assert!(
        text.contains("tafel Soest is opgenomen zonder akkoord"),
        "{text}"
    );
    let o = archive_args(&["--without-approval", "2022-11-02-mail/Soest"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("\"2022-11-02-mail\" is not an event of this run (hint: did you mean \"2022-11-01-mail/Soest\"?)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_review_date_that_has_passed_or_none_leaves_a_final_record_mailable() {
    let run = Run::new();
    let event = under_review(&run);
    let record = PathBuf::from(&event).join("event.toml");
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(
        &record,
        text.replace("review_by = 2099-01-01", "review_by = 2022-11-15"),
    )
    .unwrap();
    let o = run.mail_event(&event, GOOD, &["--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run.mail_event(EXAMPLE, "events/contacts.toml", &["--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn an_example_domain_is_refused_before_any_connection_except_on_loopback() {
    let run = Run::new();
    // 192.0.2.1 is TEST-NET-1: nothing answers there, so a connection would hang until the
    // timeout; the refusal comes first, without asking for a password.
    let started = std::time::Instant::now();
    let o = common::command(&run_args(
        &run,
        &["--send", "--smtp-url", "smtps://me@192.0.2.1"],
    ))
    .env_remove("VERSLAG_SMTP_PASSWORD")
    .stdin(std::process::Stdio::null())
    .output()
    .unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("templates/brand.toml (built in): error: the sender amersfoort@example.org is at example.org, a domain kept for examples: no mail server delivers it"),
        "{err}"
    );
    assert!(err.contains("[mail] table"), "{err}");
    assert!(
        err.contains(&format!(
            "{GOOD}:3:9: error: the address of Erwin Jansma (Baarn) is at example.org"
        )),
        "{err}"
    );
    assert!(!err.contains("password"), "{err}");
    assert!(err.ends_with("nothing was sent\n"), "{err}");
    assert!(!run.dir("outbox/2022-11-01-mail/sent.log").exists());
    // The same to a server on this machine goes out.
    let (url, inbox) = smtp_server(None);
    let o = run.mail_event(crate::mail::EVENT, GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(inbox.lock().unwrap().len(), 3);
}

fn run_args(run: &Run, extra: &[&str]) -> Vec<String> {
    let (out, outbox) = (run.dir("out"), run.dir("outbox"));
    let mut args: Vec<String> = [
        "mail",
        "--format",
        "short",
        "--contacts",
        GOOD,
        "-o",
        out.to_str().unwrap(),
        "--outbox",
        outbox.to_str().unwrap(),
    ]
    .iter()
    .chain(extra)
    .map(|s| s.to_string())
    .collect();
    args.push(crate::mail::EVENT.to_string());
    args
}

#[test]
fn the_body_names_what_the_table_has_and_every_line_fits_72_columns() {
    let run = Run::new();
    // The mail event's tables have one solution and no summary.
    let o = run.mail_event(crate::mail::EVENT, GOOD, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = body(&std::fs::read(run.dir("outbox/2022-11-01-mail/Baarn.eml")).unwrap());
    assert!(
        words(&text)
            .contains("met de vraag van Baarn en de oplossing die de werkgevers aandroegen."),
        "{text}"
    );
    assert!(!text.contains("samenvatting"), "{text}");
    // The example's tables have several solutions and a summary; its final and review mails
    // (with the table's whole text) stay within 72 columns, but for an address.
    let o = run.mail_event(EXAMPLE, "events/contacts.toml", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let eml = run.dir("outbox/2022-11-01-praktijktafel-amersfoort/Soest.eml");
    let text = body(&std::fs::read(&eml).unwrap());
    assert!(
        words(&text).contains(
            "de vraag van Soest, de oplossingen die de werkgevers aandroegen en de samenvatting."
        ),
        "{text}"
    );
    let review = run.dir("review");
    common::copy_tree(
        &common::root().join(EXAMPLE),
        &review.join("2022/2022-11-01-praktijktafel-amersfoort"),
    );
    let draft = review.join("2022/2022-11-01-praktijktafel-amersfoort");
    let record = draft.join("event.toml");
    let t = std::fs::read_to_string(&record).unwrap().replacen(
        "date = 2022-11-01",
        "date = 2022-11-01\nstatus = \"draft\"\nreview_by = 2099-01-01",
        1,
    );
    std::fs::write(&record, t).unwrap();
    let o = run.mail_event(
        draft.to_str().unwrap(),
        "events/contacts.toml",
        &["--review"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut bodies = 0;
    for folder in [
        run.dir("outbox/2022-11-01-praktijktafel-amersfoort"),
        run.dir("outbox/2022-11-01-praktijktafel-amersfoort/review"),
    ] {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            if entry.path().extension().is_some_and(|e| e == "eml") {
                let text = body(&std::fs::read(entry.path()).unwrap());
                bodies += 1;
                for line in text.lines() {
                    assert!(
                        line.chars().count() <= 72 || line.trim().starts_with("http"),
                        "{} has a line of {}: {line}",
                        entry.path().display(),
                        line.chars().count()
                    );
                }
            }
        }
    }
    assert_eq!(bodies, 10);
}

#[test]
fn exported_mail_templates_are_the_organisers_to_reword() {
    let run = Run::new();
    let tpl = run.dir("tpl");
    let o = verslag(&["templates", "export", tpl.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let file = tpl.join("mail-nl.txt");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen("Verslag: {title}", "Het verslag van {title}", 1),
    )
    .unwrap();
    let dir = tpl.to_str().unwrap();
    let o = run.mail_event(crate::mail::EVENT, GOOD, &["--templates", dir]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let eml = std::fs::read(run.dir("outbox/2022-11-01-mail/Baarn.eml")).unwrap();
    assert_eq!(
        header(&parse(&eml), "Subject"),
        "Het verslag van Praktijktafel over inclusie (1 november 2022)"
    );
    // An unknown placeholder is an error at its place, before anything is written.
    std::fs::write(&file, text.replacen("Beste {name},", "Beste {naam},", 1)).unwrap();
    let o = run.mail_event(crate::mail::EVENT, GOOD, &["--templates", dir, "--dry-run"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!(
            "{}:3:7: error: unknown placeholder `{{naam}}` in the mail template (hint: did you mean {{name}}?)",
            file.display()
        )),
        "{}",
        stderr(&o)
    );
    // A folder without mail templates uses the built-in ones and says so once.
    for name in [
        "mail-nl.txt",
        "mail-en.txt",
        "mail-review-nl.txt",
        "mail-review-en.txt",
    ] {
        std::fs::remove_file(tpl.join(name)).unwrap();
    }
    let o = run.mail_event(crate::mail::EVENT, GOOD, &["--templates", dir, "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stderr(&o)
            .matches("the templates folder has no mail-nl.txt; the built-in one is used")
            .count(),
        1,
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains(": Verslag: Praktijktafel over inclusie"));
}

#[test]
fn names_match_however_apostrophes_accents_and_capitals_are_typed() {
    let run = Run::new();
    let event = run.event_copy();
    let record = Path::new(&event).join("event.toml");
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(&record, text.replace("Erwin Jansma", "Jan van ’t Hof")).unwrap();
    let contacts = run.dir("contacts.toml");
    let good = std::fs::read_to_string(GOOD).unwrap();
    std::fs::write(
        &contacts,
        good.replace("name = \"Erwin Jansma\"", "name = \"jan Van 't Hof\"")
            .replace("Raïscha O’Prinsen", "Raischa O'Prinsen"),
    )
    .unwrap();
    let o = run.mail_event(&event, contacts.to_str().unwrap(), &["--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("would send: jan Van 't Hof <erwin.jansma@example.org> (Baarn)"));
    // A near miss is named.
    std::fs::write(
        &contacts,
        good.replace("Liesa van Aalst", "Liesa van Aalts"),
    )
    .unwrap();
    let o = run.mail_event(&event, contacts.to_str().unwrap(), &["--dry-run"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no contact for Liesa van Aalst of Soest in")
            && stderr(&o).contains("(hint: did you mean \"Liesa van Aalts\"?"),
        "{}",
        stderr(&o)
    );
    // The duplicate check folds names the same way.
    std::fs::write(
        &contacts,
        format!("{good}\n[[contacts]]\nname = \"Erwin  JANSMA\"\nemail = \"e2@example.org\"\nmunicipality = \"baarn\"\n"),
    )
    .unwrap();
    let o = run.mail_event(&event, contacts.to_str().unwrap(), &["--dry-run"]);
    assert!(
        stderr(&o).contains("`contacts[3]` repeats contacts[0]"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn after_the_final_mail_an_edit_says_who_holds_an_older_report_and_status_says_who_has_it() {
    let run = Run::new();
    let event = run.event_copy();
    let (url, inbox) = smtp_server(None);
    let o = run.mail_event(&event, GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(inbox.lock().unwrap().len(), 3);
    let record = Path::new(&event).join("event.toml");
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(
        &record,
        text.replace("Meeloopdagen", "Meeloopdagen en stages"),
    )
    .unwrap();
    let o = run.mail_event(&event, GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(inbox.lock().unwrap().len(), 3, "nothing goes out twice");
    let err = words(&stderr(&o));
    assert!(
        err.contains("the aldermen of Baarn, Leusden, Soest hold a report made before the record"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "`verslag mail --send --resend Baarn --resend Leusden --resend Soest {event}`"
        )),
        "{err}"
    );
    // status: who has the final report, in local time; --json keeps UTC.
    let outbox = run.dir("outbox");
    let status = |json: bool| {
        let mut args = vec![
            "status",
            "--contacts",
            GOOD,
            "--outbox",
            outbox.to_str().unwrap(),
        ];
        if json {
            args.push("--json");
        }
        args.push(&event);
        verslag(&args)
    };
    let o = status(false);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    for line in &lines[1..] {
        let (_, when) = line.split_once("; report mailed ").expect(line);
        assert_eq!(when.len(), "2026-11-28 10:42".len(), "{line}");
    }
    let o = status(true);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let table = &json[0]["tables"][1];
    assert_eq!(table["mail"], "sent");
    let sent = table["mail_sent"].as_str().unwrap();
    assert!(sent.ends_with('Z') && sent.len() == 20, "{sent}");
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    // A pipe whose reading end is closed before verslag writes, as `| head -1` leaves it.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = common::command(&["status", "--json", EXAMPLE])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.is_empty(), "{err}");
}
