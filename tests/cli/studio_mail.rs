//! The round's mail from the studio's event page, against a real SMTP server on loopback that
//! checks its login (`common::smtp`): the outbox read back for review, a refused login, a
//! server that goes away mid-send and the rest sent later, a CLI `mail --send` holding the
//! outbox's lock, and in Chromium the whole round (review mail, approvals, final, final mail,
//! send clicked twice). The password typed is searched for afterwards in every file the
//! studio could have written and in what it printed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::studio::{Studio, events_copy, json, start_env, status};
use crate::common::smtp::Smtp;
use crate::common::{self, scratch};

const MAIL: &str = "/e/2022/2022-11-01-praktijktafel-amersfoort/mail";
const PASSWORD: &str = "Geheim-7391-wachtwoord";

/// A studio on a copy of the example with its contacts, its outbox, reports, cache and
/// config in `dir`, sending through `url`.
fn studio(dir: &Path, url: &str) -> (Studio, PathBuf) {
    studio_with(dir, &["--smtp-url", url])
}

fn studio_with(dir: &Path, extra: &[&str]) -> (Studio, PathBuf) {
    let events = events_copy(dir);
    std::fs::copy(
        common::root().join("events/contacts.toml"),
        events.join("contacts.toml"),
    )
    .unwrap();
    for d in ["cache", "config"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    (again(dir, &events, extra), events)
}

/// A studio on the events folder a test made in `dir`, with its outbox, reports, cache and
/// config there.
fn again(dir: &Path, events: &Path, extra: &[&str]) -> Studio {
    let (outbox, out) = (dir.join("outbox"), dir.join("out"));
    let mut args = vec![
        "--outbox",
        outbox.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    start_env(
        events,
        &args,
        &[
            ("VERSLAG_CACHE_DIR", &dir.join("cache")),
            ("VERSLAG_CONFIG_DIR", &dir.join("config")),
        ],
    )
}

/// Polls the send of `kind` until it ends; its job as the page reads it.
fn finished(studio: &Studio, kind: &str) -> serde_json::Value {
    for _ in 0..600 {
        let job = json(&studio.get(&format!("{MAIL}/job?kind={kind}"), &studio.cookie()));
        if job["running"] == false {
            return job;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("the send never ended");
}

/// What the page says a finished send did.
fn outcome(job: &serde_json::Value) -> &str {
    job["outcome"]
        .as_str()
        .unwrap_or_else(|| panic!("no outcome: {job:#}"))
}

fn send(studio: &Studio, kind: &str, password: &str) -> serde_json::Value {
    let answer = studio.post_json(
        &format!("{MAIL}/send"),
        &serde_json::json!({"kind": kind, "password": password}).to_string(),
    );
    assert_eq!(status(&answer), "202", "{answer}");
    finished(studio, kind)
}

/// Each alderman's address, as many times as the server took a message to it.
fn recipients(smtp: &Smtp) -> Vec<String> {
    let mut to: Vec<String> = smtp.taken().into_iter().flat_map(|(to, _)| to).collect();
    to.sort();
    to
}

/// Every file below `dir` that holds `needle`.
fn holding(dir: &Path, needle: &[u8], found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            holding(&path, needle, found);
        } else if std::fs::read(&path).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle)) {
            found.push(path);
        }
    }
}

pub fn password_nowhere(dir: &Path, printed: &str, password: &str) {
    let mut found = Vec::new();
    holding(dir, password.as_bytes(), &mut found);
    assert!(found.is_empty(), "the password is in {found:?}");
    assert!(
        !printed.contains(password),
        "the studio printed it: {printed}"
    );
}

#[test]
fn a_send_from_the_page_meets_a_refused_login_a_server_gone_away_and_a_cli_send() {
    let dir = scratch();
    let smtp = Smtp::start(PASSWORD, Duration::from_millis(300));
    let (studio, events) = studio(dir.path(), &smtp.url);

    // Nothing written yet: each alderman's letter says so, and the server needs a password.
    let state = json(&studio.get(MAIL, &studio.cookie()));
    assert_eq!(state["kind"], "final", "{state:#}");
    assert_eq!(state["letters"].as_array().unwrap().len(), 5, "{state:#}");
    assert!(state["letters"][0]["written"].is_null(), "{state:#}");
    assert_eq!(state["server"]["password"], "Password for organiser");

    // Written for review: each message's subject, text and attachment read back.
    let answer = studio.post_json(&format!("{MAIL}/write"), r#"{"kind":"final"}"#);
    assert_eq!(status(&answer), "200", "{answer}");
    let state = json(&studio.get(MAIL, &studio.cookie()));
    for l in state["letters"].as_array().unwrap() {
        let w = &l["written"];
        assert!(
            w["attachment"]["name"].as_str().unwrap().ends_with(".pdf"),
            "{l:#}"
        );
        assert!(w["attachment"]["size"].as_str().unwrap().ends_with(" KB"));
        assert!(
            w["body"]
                .as_str()
                .unwrap()
                .contains(l["municipality"].as_str().unwrap()),
            "{l:#}"
        );
        assert!(l["stale"].is_null(), "{l:#}");
    }
    // A page that still shows another step is refused, not obeyed.
    let answer = studio.post_json(&format!("{MAIL}/send"), r#"{"kind":"review"}"#);
    assert_eq!(status(&answer), "409", "{answer}");

    // A wrong password: refused by the server, nothing sent, the page asks again.
    let job = send(&studio, "final", "fout");
    assert_eq!(job["login_refused"], true, "{job:#}");
    assert!(outcome(&job).starts_with("0 sent, 5 not sent."), "{job:#}");
    assert!(smtp.taken().is_empty());
    assert_eq!(
        smtp.logins.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "one login tried"
    );

    // The server goes away after two messages: what went and what did not is said, and the
    // rest is kept for a later send.
    smtp.away_after(2);
    let job = send(&studio, "final", PASSWORD);
    assert!(outcome(&job).starts_with("2 sent, 3 not sent."), "{job:#}");
    assert!(outcome(&job).contains("They are kept"));
    let lines: Vec<&str> = job["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with("sent: ") && lines[1].starts_with("sent: "));
    assert!(lines[2].starts_with("not sent: "), "{lines:?}");
    let state = json(&studio.get(MAIL, &studio.cookie()));
    let sent = |s: &serde_json::Value| {
        s["letters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["state"] == "sent")
            .count()
    };
    assert_eq!(sent(&state), 2, "{state:#}");

    // Back: a second send delivers only the rest. Every alderman has the report once.
    smtp.away_after(0);
    let job = send(&studio, "final", PASSWORD);
    assert!(outcome(&job).starts_with("3 sent, 0 not sent."), "{job:#}");
    let to = recipients(&smtp);
    assert_eq!(to.len(), 5, "{to:?}");
    assert!(to.windows(2).all(|w| w[0] != w[1]), "twice: {to:?}");
    assert_eq!(sent(&json(&studio.get(MAIL, &studio.cookie()))), 5);

    // A draft again: the review round's mail. A CLI `mail --review --send` holds its outbox
    // while the page sends: the page says so and sends nothing; the CLI sends all five.
    let record = events.join("2022/2022-11-01-praktijktafel-amersfoort/event.toml");
    let text = std::fs::read_to_string(&record).unwrap().replacen(
        "kind = \"Praktijktafel\"\n",
        "kind = \"Praktijktafel\"\nstatus = \"draft\"\nreview_by = 2099-01-01\n",
        1,
    );
    std::fs::write(&record, text).unwrap();
    let state = json(&studio.get(MAIL, &studio.cookie()));
    assert_eq!(state["kind"], "review", "{state:#}");
    let outbox = dir.path().join("outbox");
    let cli = common::command(&[
        "mail",
        "--review",
        "--send",
        "--smtp-url",
        &smtp.url,
        "--contacts",
        events.join("contacts.toml").to_str().unwrap(),
        "--outbox",
        outbox.to_str().unwrap(),
        "-o",
        dir.path().join("out").to_str().unwrap(),
        record.parent().unwrap().to_str().unwrap(),
    ])
    .env("VERSLAG_SMTP_PASSWORD", PASSWORD)
    .env("VERSLAG_CACHE_DIR", dir.path().join("cache"))
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::piped())
    .spawn()
    .unwrap();
    for _ in 0..1200 {
        if smtp.taken().len() > 5 {
            break;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    assert!(smtp.taken().len() > 5, "the CLI never sent");
    let job = send(&studio, "review", PASSWORD);
    let problems = job["problems"].to_string();
    assert!(problems.contains("Another verslag is sending"), "{job:#}");
    let cli = cli.wait_with_output().unwrap();
    assert!(cli.status.success(), "{}", common::stderr(&cli));
    assert_eq!(smtp.taken().len(), 10);
    let state = json(&studio.get(MAIL, &studio.cookie()));
    assert_eq!(sent(&state), 5, "{state:#}");

    let printed = studio.stop();
    password_nowhere(dir.path(), &printed, PASSWORD);
}

/// The text of a message as the alderman reads it.
fn text_of(eml: &[u8]) -> String {
    let mail = mailparse::parse_mail(eml).unwrap();
    let mut text = String::new();
    for part in std::iter::once(&mail).chain(mail.subparts.iter()) {
        if part.ctype.mimetype == "text/plain" {
            text.push_str(&part.get_body().unwrap());
        }
    }
    text
}

#[test]
fn the_whole_round_is_mailed_from_the_page_in_a_real_browser() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let smtp = Smtp::start(PASSWORD, Duration::from_millis(300));
    let (studio, events) = studio(dir.path(), &smtp.url);
    let record = events.join("2022/2022-11-01-praktijktafel-amersfoort/event.toml");
    let before = std::fs::read_to_string(&record).unwrap().replacen(
        "kind = \"Praktijktafel\"\n",
        "kind = \"Praktijktafel\"\nstatus = \"draft\"\nreview_by = 2099-01-01\n",
        1,
    );
    std::fs::write(&record, &before).unwrap();
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let r = crate::browser::script(
        "mail.mjs",
        &[studio.url.as_str(), shots.to_str().unwrap(), PASSWORD],
        &chromium,
    );
    let printed = studio.stop();
    // The only failed request: the second send the script posted while the first ran.
    let errors: Vec<&str> = r["console_errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .filter(|e| !(e.contains("409 (Conflict)") && e.contains("/mail/send")))
        .collect();
    assert!(errors.is_empty(), "{r:#}");
    assert_eq!(r["review_heading"], "The review mail", "{r:#}");
    assert!(r["unwritten"].as_str().unwrap().contains("not written yet"));
    assert!(
        r["first_letter"].as_str().unwrap().contains("Subject"),
        "{r:#}"
    );
    assert_eq!(r["after_refusal"]["value"], "", "{r:#}");
    assert_eq!(r["after_refusal"]["focus"], "mail-password", "{r:#}");
    assert!(
        r["review_job"]
            .as_str()
            .unwrap()
            .contains("5 sent, 0 not sent.")
    );
    assert!(
        r["final_job"]
            .as_str()
            .unwrap()
            .contains("5 sent, 0 not sent.")
    );
    // The second send, posted while the first ran: refused, or with nothing left to send.
    assert!(r["second_send"] == 409 || r["second_send"] == 202, "{r:#}");
    for width in ["1280", "390"] {
        assert_eq!(r[format!("axe_{width}")], serde_json::json!([]), "{r:#}");
    }
    assert_eq!(r["overflow_390"], false);

    // Ten messages: the review to each host with only their own table, then the report to
    // each alderman once, with the final PDF, though send was clicked twice.
    let taken = smtp.taken();
    assert_eq!(taken.len(), 10, "{:?}", recipients(&smtp));
    let table: toml::Value = toml::from_str(&before).unwrap();
    let tables = table["tables"].as_array().unwrap();
    // Compared with the lines joined: the mail wraps its paragraphs at 72 columns.
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (to, eml) in &taken[..5] {
        let text = flat(&text_of(eml));
        let own: Vec<&toml::Value> = tables
            .iter()
            .filter(|t| text.contains(&flat(t["question"].as_str().unwrap())))
            .collect();
        assert_eq!(own.len(), 1, "to {to:?}: {text}");
    }
    let mut finals: Vec<&Vec<String>> = taken[5..].iter().map(|(to, _)| to).collect();
    finals.sort();
    finals.dedup();
    assert_eq!(finals.len(), 5, "{finals:?}");
    for (_, eml) in &taken[5..] {
        let mail = mailparse::parse_mail(eml).unwrap();
        let pdf = mail
            .subparts
            .iter()
            .find(|p| p.ctype.mimetype == "application/pdf")
            .expect("the report attached");
        assert!(pdf.get_body_raw().unwrap().starts_with(b"%PDF"));
        let name = &pdf.get_content_disposition().params["filename"];
        assert!(!name.contains("concept"), "the draft went: {name}");
    }
    let after = std::fs::read_to_string(&record).unwrap();
    assert!(after.contains("status = \"final\""), "{after}");
    password_nowhere(dir.path(), &printed, PASSWORD);
}

#[test]
fn a_studio_killed_mid_send_leaves_may_have_been_delivered_and_the_page_sends_it_again() {
    let dir = scratch();
    let smtp = Smtp::start(PASSWORD, Duration::from_millis(600));
    let (studio, events) = studio(dir.path(), &smtp.url);
    let answer = studio.post_json(&format!("{MAIL}/write"), r#"{"kind":"final"}"#);
    assert_eq!(status(&answer), "200", "{answer}");
    let answer = studio.post_json(
        &format!("{MAIL}/send"),
        &serde_json::json!({"kind": "final", "password": PASSWORD}).to_string(),
    );
    assert_eq!(status(&answer), "202", "{answer}");
    // Killed while the server takes the second message: its intent is in the journal, its
    // acceptance never will be.
    let journal = dir
        .path()
        .join("outbox/2022-11-01-praktijktafel-amersfoort/sent.log");
    let mut waited = 0;
    loop {
        let text = std::fs::read_to_string(&journal).unwrap_or_default();
        let intents = text.matches("\tsending\t").count();
        let last = text.lines().last().unwrap_or_default();
        if intents == 2 && last.contains("\tsending\t") {
            break;
        }
        waited += 1;
        assert!(waited < 3000, "never mid-send: {text}");
        std::thread::sleep(Duration::from_millis(5));
    }
    let printed = studio.stop();
    // Whether the server got the second message depends on how far its data had gone.
    std::thread::sleep(Duration::from_millis(800));
    let before = smtp.taken().len();
    assert!(before == 1 || before == 2, "{before}");

    // Started again: the page says it may have been delivered and offers to send it again.
    let studio = again(dir.path(), &events, &["--smtp-url", &smtp.url]);
    let state = json(&studio.get(MAIL, &studio.cookie()));
    let letters = state["letters"].as_array().unwrap();
    let states: Vec<&str> = letters
        .iter()
        .map(|l| l["state"].as_str().unwrap())
        .collect();
    assert_eq!(
        states,
        ["sent", "uncertain", "pending", "pending", "pending"],
        "{state:#}"
    );
    assert!(
        letters[1]["state_text"]
            .as_str()
            .unwrap()
            .starts_with("may have been delivered"),
        "{state:#}"
    );
    // A plain send leaves it alone: the other three go.
    let job = send(&studio, "final", PASSWORD);
    assert!(outcome(&job).starts_with("3 sent, 0 not sent."), "{job:#}");
    assert_eq!(smtp.taken().len(), before + 3);
    // Its own button sends that one again, and only that one.
    let town = letters[1]["municipality"].as_str().unwrap();
    let answer = studio.post_json(
        &format!("{MAIL}/send"),
        &serde_json::json!({"kind": "final", "password": PASSWORD, "resend": [town]}).to_string(),
    );
    assert_eq!(status(&answer), "202", "{answer}");
    let job = finished(&studio, "final");
    assert!(outcome(&job).starts_with("1 sent, 0 not sent."), "{job:#}");
    assert_eq!(smtp.taken().len(), before + 4);
    let to = recipients(&smtp);
    let again = letters[1]["who"].as_str().unwrap();
    for address in &to {
        let times = to.iter().filter(|a| *a == address).count();
        assert!(times == 1 || again.contains(address.as_str()), "{to:?}");
    }
    let state = json(&studio.get(MAIL, &studio.cookie()));
    assert!(
        state["letters"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["state"] == "sent"),
        "{state:#}"
    );
    let printed = printed + &studio.stop();
    password_nowhere(dir.path(), &printed, PASSWORD);
}

#[test]
fn a_stale_outbox_is_written_again_and_a_sender_at_an_example_domain_is_refused() {
    let dir = scratch();
    // The mail server from the settings page (no --smtp-url): a real host, so the built-in
    // brand's sender at example.org is refused before anything connects.
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    let events = std::fs::canonicalize(dir.path()).unwrap().join("events");
    std::fs::write(
        config.join("settings.toml"),
        format!(
            "[[folder]]\nevents = {:?}\nsmtp_url = \"smtps://organiser@mail.example.nl\"\n",
            events.to_str().unwrap()
        ),
    )
    .unwrap();
    let (studio, events) = studio_with(dir.path(), &[]);
    let state = json(&studio.get(MAIL, &studio.cookie()));
    let problems = state["problems"].to_string();
    assert!(
        problems.contains("amersfoort@example.org is at example.org, a domain kept for examples"),
        "{state:#}"
    );
    let answer = studio.post_json(
        &format!("{MAIL}/send"),
        &serde_json::json!({"kind": "final", "password": PASSWORD}).to_string(),
    );
    assert_eq!(status(&answer), "202", "{answer}");
    let job = finished(&studio, "final");
    assert!(
        job["problems"]
            .to_string()
            .contains("a domain kept for examples"),
        "{job:#}"
    );
    assert!(
        !dir.path()
            .join("outbox/2022-11-01-praktijktafel-amersfoort/sent.log")
            .exists()
    );
    // In Dutch, the step and its problems in Dutch.
    let nl = json(&studio.get(
        MAIL,
        &studio.cookie().replace("\r\n", "; verslag_lang=nl\r\n"),
    ));
    assert_eq!(nl["heading"], "De mail met het verslag", "{nl:#}");
    drop(studio);

    // A loopback server: written, then the record changes; each message says what changed,
    // a send is refused with nothing sent, and written again it goes.
    let smtp = Smtp::start(PASSWORD, Duration::ZERO);
    let studio = again(dir.path(), &events, &["--smtp-url", &smtp.url]);
    let state = json(&studio.get(MAIL, &studio.cookie()));
    assert_eq!(
        state["server"]["text"],
        format!("Goes through {}.", smtp.url),
        "the --smtp-url wins over the settings': {state:#}"
    );
    let answer = studio.post_json(&format!("{MAIL}/write"), r#"{"kind":"final"}"#);
    assert_eq!(status(&answer), "200", "{answer}");
    let record = events.join("2022/2022-11-01-praktijktafel-amersfoort/event.toml");
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(text.contains("Eenduidig organiseren"));
    std::fs::write(
        &record,
        text.replacen(
            "Eenduidig organiseren",
            "Eenduidig en helder organiseren",
            1,
        ),
    )
    .unwrap();
    let state = json(&studio.get(MAIL, &studio.cookie()));
    for l in state["letters"].as_array().unwrap() {
        let stale = l["stale"].as_str().unwrap_or_else(|| panic!("{l:#}"));
        assert!(stale.starts_with("Written before"), "{stale}");
        assert!(stale.contains("event.toml"), "{stale}");
    }
    let job = send(&studio, "final", PASSWORD);
    let problems = job["problems"].to_string();
    assert!(problems.contains("Written before the record"), "{job:#}");
    assert!(
        problems.contains("write the messages again on this page"),
        "{job:#}"
    );
    assert!(smtp.taken().is_empty());
    let answer = studio.post_json(&format!("{MAIL}/write"), r#"{"kind":"final"}"#);
    assert_eq!(status(&answer), "200", "{answer}");
    let state = json(&studio.get(MAIL, &studio.cookie()));
    assert!(
        state["letters"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["stale"].is_null()),
        "{state:#}"
    );
    let job = send(&studio, "final", PASSWORD);
    assert!(outcome(&job).starts_with("5 sent"), "{job:#}");
    let printed = studio.stop();
    password_nowhere(dir.path(), &printed, PASSWORD);
}
