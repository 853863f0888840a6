//! The review round by mail (#17) against the loopback SMTP server of the mail tests: each
//! host gets exactly their own table, a passed review date sends nothing, and the whole
//! round runs end to end on a copy of the example.

use std::path::PathBuf;

use crate::common;
use crate::mail::{GOOD, Run, attachment, header, parse, smtp_server};
use common::{stderr, stdout, verslag};

/// The mail event as a draft under review until `review_by`, in the run's folder.
fn draft_copy(run: &Run, review_by: &str) -> String {
    let event = run.event_copy();
    let record = PathBuf::from(&event).join("event.toml");
    let text = std::fs::read_to_string(&record).unwrap().replacen(
        "date = 2022-11-01",
        &format!("date = 2022-11-01\nstatus = \"draft\"\nreview_by = {review_by}"),
        1,
    );
    std::fs::write(&record, text).unwrap();
    event
}

fn body(m: &mailparse::ParsedMail<'_>) -> String {
    m.subparts
        .iter()
        .find(|p| p.ctype.mimetype == "text/plain")
        .expect("a text part")
        .get_body()
        .unwrap()
}

#[test]
fn the_review_round_sends_each_host_exactly_their_own_table() {
    let run = Run::new();
    let event = draft_copy(&run, "2099-01-01");
    let (url, inbox) = smtp_server(None);
    let o = run.mail_event(&event, GOOD, &["--review", "--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).ends_with(": 3 sent, 0 not sent\n"),
        "{}",
        stdout(&o)
    );
    let questions = [
        (
            "erwin.jansma@example.org",
            "Hoe maken we het helder voor werkgevers?",
        ),
        (
            "raischa@example.org",
            "Hoe komen vraag en aanbod bij elkaar?",
        ),
        ("liesa@example.org", "Hoe maken we werkgevers enthousiast?"),
    ];
    let draft = std::fs::read(run.dir("out/2022/2022-11-01-mail-concept.pdf")).unwrap();
    let got = inbox.lock().unwrap().clone();
    assert_eq!(got.len(), 3);
    for (to, data) in &got {
        let m = parse(data);
        let text = body(&m).replace("\r\n", "\n");
        let own = questions.iter().find(|(a, _)| *a == to[0]).unwrap().1;
        assert!(text.contains(own), "{to:?} lacks their question:\n{text}");
        for (other, q) in &questions {
            assert!(
                *other == to[0] || !text.contains(q),
                "{to:?} got {other}'s table:\n{text}"
            );
        }
        // Paragraphs are wrapped at 72 columns: compare the words.
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("uiterlijk 1 januari 2099"), "{text}");
        assert!(
            words.contains("dan gaan wij ervan uit dat u akkoord bent"),
            "{text}"
        );
        assert!(text.lines().all(|l| l.chars().count() <= 72), "{text}");
        assert!(header(&m, "Subject").starts_with("Ter controle: uw tafel"));
        assert!(attachment(&m) == draft, "the draft is not attached");
    }
    // Its own journal: a second review run sends nothing, and the final mail is separate.
    assert!(run.dir("outbox/2022-11-01-mail/review/sent.log").is_file());
    let (url2, inbox2) = smtp_server(None);
    let o = run.mail_event(&event, GOOD, &["--review", "--send", "--smtp-url", &url2]);
    assert!(
        stdout(&o).ends_with(": 0 sent, 0 not sent\n"),
        "{}",
        stdout(&o)
    );
    assert!(inbox2.lock().unwrap().is_empty());
    // The final mail of a draft is refused at its status line.
    let o = run.mail_event(&event, GOOD, &["--send", "--smtp-url", &url2]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(
            "7:10: error: this record is a draft under review: a draft is not mailed as final"
        ),
        "{}",
        stderr(&o)
    );
    assert!(inbox2.lock().unwrap().is_empty());

    // Final now, every table approved: --review is refused, the final mail goes out once to
    // each host.
    let record = PathBuf::from(&event).join("event.toml");
    let text = std::fs::read_to_string(&record)
        .unwrap()
        .replace("status = \"draft\"", "status = \"final\"")
        .replace("\"]\n", "\"]\napproved = 2022-11-08\n");
    std::fs::write(&record, text).unwrap();
    let o = run.mail_event(&event, GOOD, &["--review"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("`mail --review` sends a draft for review, but this record is final"),
        "{}",
        stderr(&o)
    );
    let o = run.mail_event(&event, GOOD, &["--send", "--smtp-url", &url2]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(inbox2.lock().unwrap().len(), 3);
}

#[test]
fn a_review_whose_date_has_passed_is_not_sent() {
    let run = Run::new();
    let event = draft_copy(&run, "2022-11-15");
    let o = run.mail_event(&event, GOOD, &["--review"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("8:13: error: `event.review_by` 2022-11-15 has passed (today is "),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("nothing was sent"));
    assert!(!run.dir("outbox").exists());
}

#[test]
fn the_whole_review_round_runs_end_to_end() {
    // A copy of the example with its five aldermen in the shipped contacts.
    let run = Run::new();
    let event = run.dir("events/2022/2022-11-01-praktijktafel-amersfoort");
    common::copy_tree(&common::root().join(common::EXAMPLE), &event);
    let record = event.join("event.toml");
    let text = std::fs::read_to_string(&record).unwrap().replacen(
        "date = 2022-11-01",
        "date = 2022-11-01\nstatus = \"draft\"\nreview_by = 2099-01-01",
        1,
    );
    std::fs::write(&record, text).unwrap();
    let event = event.to_str().unwrap().to_string();
    const CONTACTS: &str = "events/contacts.toml";
    let outbox = run.dir("outbox").to_str().unwrap().to_string();
    let status = |extra: &[&str]| {
        let mut args = vec![
            "status",
            "--contacts",
            CONTACTS,
            "--outbox",
            outbox.as_str(),
        ];
        args.extend_from_slice(extra);
        args.push(event.as_str());
        verslag(&args)
    };
    // 1. The draft: every table open, no review sent.
    let o = status(&[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(": draft, review by 1 January 2099; 0 of 5 tables approved"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("Baarn       open; no review sent to Erwin Jansma from this outbox"),
        "{}",
        stdout(&o)
    );

    // 2. The review round.
    let (url, inbox) = smtp_server(None);
    let o = run.mail_event(
        &event,
        CONTACTS,
        &["--review", "--send", "--smtp-url", &url],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(inbox.lock().unwrap().len(), 5);
    let o = status(&["--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let tables = json[0]["tables"].as_array().unwrap();
    assert_eq!(tables.len(), 5);
    for t in tables {
        assert!(
            t["review_sent"].as_str().is_some_and(|s| s.len() >= 10),
            "{t}"
        );
        assert!(t["approved"].is_null());
    }

    // 3. Two approve by mail, one does not answer by the review date; the record goes final.
    let text = std::fs::read_to_string(&record).unwrap();
    let mut parts: Vec<String> = text.split("[[tables]]").map(str::to_string).collect();
    let notes = [
        "approved = 2022-11-08\napproved_note = \"akkoord per mail\"\n",
        "approved = 2022-11-09\napproved_note = \"akkoord per telefoon\"\n",
        "approved = 2022-11-10\napproved_note = \"akkoord per mail\"\n",
        "approved = 2022-11-11\napproved_note = \"akkoord per mail\"\n",
        "approved = 2022-11-15\napproved_note = \"geen reactie voor de reviewdatum\"\n",
    ];
    // Right under each [[tables]] header: the part after the last table holds [closing].
    for (part, note) in parts.iter_mut().skip(1).zip(notes) {
        *part = format!("\n{note}{}", part.trim_start_matches('\n'));
    }
    let text = parts
        .join("[[tables]]")
        .replace("status = \"draft\"", "status = \"final\"");
    std::fs::write(&record, text).unwrap();
    let o = status(&[]);
    assert!(
        stdout(&o).contains(": final, review by 1 January 2099; 5 of 5 tables approved"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("Baarn       approved 8 November 2022 (akkoord per mail)"),
        "{}",
        stdout(&o)
    );

    // 4. The final mail: the final report, with the approvals in its colophon.
    let (url2, inbox2) = smtp_server(None);
    let o = run.mail_event(&event, CONTACTS, &["--send", "--smtp-url", &url2]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(inbox2.lock().unwrap().len(), 5);
    let final_pdf = run.dir("out/2022/2022-11-01-praktijktafel-amersfoort.pdf");
    let text = common::pdf::text(&final_pdf);
    assert!(
        text.contains(
            "De tekst van tafel Baarn is op 8 november 2022 akkoord bevonden (akkoord per mail)."
        ),
        "{text}"
    );
    assert!(!text.contains("CONCEPT"));
    for (_, data) in inbox2.lock().unwrap().iter() {
        assert!(attachment(&parse(data)) == std::fs::read(&final_pdf).unwrap());
    }

    // 5. The archive takes the final record.
    let o = verslag(&[
        "archive",
        "2022",
        "--events",
        run.dir("events").to_str().unwrap(),
        "--archive",
        run.dir("archive").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        run.dir("archive/2022/2022-11-01-praktijktafel-amersfoort.pdf")
            .is_file()
    );
    assert!(run.dir("archive/2022/yearbook-2022.pdf").is_file());
}
