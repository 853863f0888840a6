//! The review round's state on the studio's event page (`mail::round`, as `verslag status`
//! says it), following the mail journal as a run writes it.

use super::studio::{events_copy, start};
use crate::common::{self, scratch};

#[test]
fn the_rounds_state_follows_the_mail_journal_as_it_is_written() {
    let dir = scratch();
    let events = events_copy(dir.path());
    std::fs::copy(
        common::root().join("events/contacts.toml"),
        events.join("contacts.toml"),
    )
    .unwrap();
    let outbox = dir.path().join("outbox");
    let journal = outbox.join("2022-11-01-praktijktafel-amersfoort/sent.log");
    std::fs::create_dir_all(journal.parent().unwrap()).unwrap();
    std::fs::write(
        &journal,
        "# sent by verslag\n2026-11-28T09:42:00Z\terwin.jansma@example.org\tbaarn.eml\t<a@x>\n",
    )
    .unwrap();
    let studio = start(&events, &["--outbox", outbox.to_str().unwrap()]);
    let view = "/e/2022/2022-11-01-praktijktafel-amersfoort/view";
    let shown = |want: &str| {
        for _ in 0..300 {
            let page = studio.get(view, &studio.cookie());
            if page.contains(want) {
                return page;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!(
            "never shown: {want}\n{}",
            studio.get(view, &studio.cookie())
        );
    };
    let page = shown("class=\"round\"");
    let item = |page: &str, town: &str| {
        let at = page.find(&format!("<strong>{town}</strong>")).unwrap();
        page[at..at + page[at..].find("</li>").unwrap()].to_string()
    };
    assert!(
        item(&page, "Baarn").contains("report mailed 2026-11-28"),
        "{page}"
    );
    assert!(
        item(&page, "Soest").contains("report not mailed yet"),
        "{page}"
    );
    assert!(page.contains("Final; 0 of 5 tables approved"), "{page}");
    // A final record: no review round, in the gate's own words; the final mail may go.
    assert!(page.contains("The review mail cannot go yet:"), "{page}");
    assert!(
        page.contains("The final mail: the record is ready for it."),
        "{page}"
    );
    // A run (the CLI's, say) writes the journal while the page is open: the page follows.
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .unwrap();
    use std::io::Write as _;
    writeln!(
        f,
        "2026-11-28T09:43:00Z\tsending\tliesa.van.aalst@example.org\tsoest.eml\t<b@x>"
    )
    .unwrap();
    drop(f);
    let page = shown("report may have been delivered");
    assert!(
        item(&page, "Soest").contains("may have been delivered"),
        "{page}"
    );

    // Back to a draft whose review date has passed: neither mail may go, each says why.
    let record = events.join("2022/2022-11-01-praktijktafel-amersfoort/event.toml");
    let text = std::fs::read_to_string(&record).unwrap().replacen(
        "kind = \"Praktijktafel\"\n",
        "kind = \"Praktijktafel\"\nstatus = \"draft\"\nreview_by = 2022-11-15\n",
        1,
    );
    std::fs::write(&record, text).unwrap();
    let page = shown("The final mail cannot go yet:");
    assert!(page.contains("Draft, review by 2022-11-15"), "{page}");
    let gates = &page[page.find("class=\"gate\"").unwrap()..];
    assert!(
        gates.contains("2022-11-15") && gates.contains("draft"),
        "{gates}"
    );
}

#[test]
fn the_tables_are_approved_and_the_draft_made_final_from_the_round_in_a_real_browser() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let events = events_copy(dir.path());
    let record = events.join("2022/2022-11-01-praktijktafel-amersfoort/event.toml");
    let before = std::fs::read_to_string(&record).unwrap().replacen(
        "kind = \"Praktijktafel\"\n",
        "kind = \"Praktijktafel\"\nstatus = \"draft\"\nreview_by = 2099-01-01\n",
        1,
    );
    std::fs::write(&record, &before).unwrap();
    let studio = start(&events, &[]);
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let r = crate::browser::script(
        "round.mjs",
        &[studio.url.as_str(), shots.to_str().unwrap()],
        &chromium,
    );
    assert_eq!(r["console_errors"], serde_json::json!([]), "{r:#}");
    assert!(
        r["gates_before"][1]
            .as_str()
            .unwrap()
            .contains("cannot go yet"),
        "{r:#}"
    );
    assert_eq!(r["focus"], "f-tables-0-approved-note");
    assert!(
        r["gates_after"][1]
            .as_str()
            .unwrap()
            .contains("ready for it"),
        "{r:#}"
    );
    assert!(
        r["state_after"].as_str().unwrap().starts_with("Final"),
        "{r:#}"
    );
    drop(studio);

    // Written as any edit: five approvals of today, the note, final; every comment kept.
    let today = std::process::Command::new("date")
        .arg("+%F")
        .output()
        .unwrap();
    let today = String::from_utf8_lossy(&today.stdout).trim().to_string();
    let after = std::fs::read_to_string(&record).unwrap();
    assert_eq!(
        after.matches(&format!("approved = {today}")).count(),
        5,
        "{after}"
    );
    assert_eq!(
        after
            .matches("approved_note = \"akkoord per mail\"")
            .count(),
        1
    );
    assert!(after.contains("status = \"final\""), "{after}");
    for comment in before.lines().filter(|l| l.trim_start().starts_with('#')) {
        assert!(after.contains(comment), "a comment lost: {comment}");
    }
    let o = common::command(&["check", record.parent().unwrap().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
}
