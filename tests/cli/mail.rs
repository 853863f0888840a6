//! `verslag mail` against a real SMTP server on loopback (mailin-embedded), started by the
//! test: the outbox, delivery, exactly-once after a failure mid-batch, and bad contacts.

use crate::common;

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{scratch, stderr, stdout, verslag};
use mailin_embedded::response::{NO_MAILBOX, OK, START_DATA};
use mailin_embedded::{Handler, Response, Server};

pub(crate) const EVENT: &str = "tests/records/2022/2022-11-01-mail";
pub(crate) const GOOD: &str = "tests/fixtures/contacts/good.toml";

/// What the server received: (envelope recipients, message bytes).
type Inbox = Arc<Mutex<Vec<(Vec<String>, Vec<u8>)>>>;

#[derive(Clone, Default)]
struct Recorder {
    inbox: Inbox,
    /// This recipient is refused with 550 (mailbox unavailable).
    refuse: Option<String>,
    /// After taking this many messages, kill this process (SIGKILL) before answering: the
    /// message is delivered, the client never hears so.
    kill_after: Option<(usize, Arc<AtomicU32>)>,
    /// Each message is answered after this long (to make runs overlap).
    delay: Duration,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Recorder {
    fn rcpt(&mut self, to: &str) -> Response {
        match &self.refuse {
            Some(r) if to.contains(r.as_str()) => NO_MAILBOX,
            _ => OK,
        }
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        START_DATA
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let taken = {
            let mut inbox = self.inbox.lock().unwrap();
            inbox.push((self.to.clone(), self.data.clone()));
            inbox.len()
        };
        if let Some((n, pid)) = &self.kill_after
            && taken == *n
        {
            let pid = pid.load(Ordering::SeqCst).to_string();
            let killed = std::process::Command::new("kill")
                .args(["-KILL", &pid])
                .status()
                .unwrap();
            assert!(killed.success());
            std::thread::sleep(Duration::from_millis(200));
        }
        std::thread::sleep(self.delay);
        OK
    }
}

/// Starts a server on a free loopback port; returns its URL and inbox.
pub(crate) fn smtp_server(refuse: Option<&str>) -> (String, Inbox) {
    serve(Recorder {
        refuse: refuse.map(str::to_string),
        ..Recorder::default()
    })
}

fn serve(recorder: Recorder) -> (String, Inbox) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox = recorder.inbox.clone();
    let mut server = Server::new(recorder);
    server
        .with_name("localhost")
        .with_num_threads(4)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (format!("smtp://127.0.0.1:{port}"), inbox)
}

pub(crate) struct Run {
    tmp: tempfile::TempDir,
}

impl Run {
    pub(crate) fn new() -> Run {
        Run { tmp: scratch() }
    }

    pub(crate) fn dir(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    fn mail(&self, contacts: &str, extra: &[&str]) -> std::process::Output {
        self.mail_event(EVENT, contacts, extra)
    }

    fn args<'a>(&self, event: &'a str, contacts: &'a str, extra: &[&'a str]) -> Vec<String> {
        let (out, outbox) = (self.dir("out"), self.dir("outbox"));
        let mut args: Vec<String> = [
            "mail",
            "--format",
            "short",
            "--contacts",
            contacts,
            "-o",
            out.to_str().unwrap(),
            "--outbox",
            outbox.to_str().unwrap(),
        ]
        .iter()
        .chain(extra)
        .map(|s| s.to_string())
        .collect();
        args.push(event.to_string());
        args
    }

    /// `verslag mail` as a child process that runs on while the test goes on.
    fn spawn(&self, contacts: &str, extra: &[&str]) -> std::process::Child {
        common::spawn(&self.args(EVENT, contacts, extra))
    }

    /// A copy of the mail event that the test may edit; returns its folder.
    pub(crate) fn event_copy(&self) -> String {
        let dir = self.dir("events/2022/2022-11-01-mail");
        common::copy_tree(&common::root().join(EVENT), &dir);
        dir.to_str().unwrap().to_string()
    }

    pub(crate) fn mail_event(
        &self,
        event: &str,
        contacts: &str,
        extra: &[&str],
    ) -> std::process::Output {
        let args = self.args(event, contacts, extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        verslag(&args)
    }

    fn outbox(&self) -> PathBuf {
        self.dir("outbox/2022-11-01-mail")
    }
}

pub(crate) fn parse(eml: &[u8]) -> mailparse::ParsedMail<'_> {
    mailparse::parse_mail(eml).expect("a message parses")
}

pub(crate) fn header(m: &mailparse::ParsedMail<'_>, name: &str) -> String {
    m.headers
        .iter()
        .find(|h| h.get_key().eq_ignore_ascii_case(name))
        .map(|h| h.get_value())
        .unwrap_or_default()
}

pub(crate) fn attachment(m: &mailparse::ParsedMail<'_>) -> Vec<u8> {
    m.subparts
        .iter()
        .find(|p| p.ctype.mimetype == "application/pdf")
        .expect("a PDF attachment")
        .get_body_raw()
        .unwrap()
}

#[test]
fn the_outbox_holds_one_reviewable_message_per_host() {
    let run = Run::new();
    let o = run.mail(GOOD, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let names = ["Baarn", "Leusden", "Soest"];
    assert_eq!(
        stdout(&o),
        names
            .iter()
            .map(|n| format!("{}\n", run.outbox().join(format!("{n}.eml")).display()))
            .collect::<String>()
    );
    let pdf = std::fs::read(run.dir("out/2022/2022-11-01-mail.pdf")).unwrap();
    let eml = std::fs::read(run.outbox().join("Leusden.eml")).unwrap();
    let m = parse(&eml);
    assert_eq!(header(&m, "To"), "Raïscha O’Prinsen <raischa@example.org>");
    assert!(
        String::from_utf8_lossy(&eml).contains("To: =?utf-8?"),
        "a non-ASCII display name must be RFC 2047 encoded"
    );
    assert_eq!(
        header(&m, "From"),
        "\"De Normaalste Zaak Amersfoort\" <amersfoort@example.org>"
    );
    assert_eq!(
        header(&m, "Subject"),
        "Verslag: Praktijktafel over inclusie (1 november 2022)"
    );
    // The Message-ID is in the sender's domain, not the machine's name.
    let id = header(&m, "Message-ID");
    assert!(
        id.starts_with('<') && id.ends_with("@example.org>") && id.len() > 30,
        "{id}"
    );
    assert!(!header(&m, "Date").is_empty());
    let body = m.subparts[0].get_body().unwrap();
    assert!(body.starts_with("Beste Raïscha O’Prinsen,"), "{body}");
    assert!(body.contains("als wethouder van Leusden"), "{body}");
    // The sender is the organiser: the signature names it once.
    assert!(
        body.trim_end()
            .ends_with("Met vriendelijke groet,\r\n\r\nDe Normaalste Zaak Amersfoort")
            || body
                .trim_end()
                .ends_with("Met vriendelijke groet,\n\nDe Normaalste Zaak Amersfoort"),
        "{body}"
    );
    assert_eq!(
        body.matches("De Normaalste Zaak Amersfoort").count(),
        1,
        "{body}"
    );
    assert!(
        attachment(&m) == pdf,
        "the attachment differs from the report"
    );
    assert!(!run.outbox().join("sent.log").exists());
}

#[test]
fn dry_run_shows_who_would_get_what_and_writes_nothing() {
    let run = Run::new();
    let o = run.mail(GOOD, &["--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "would send: Erwin Jansma <erwin.jansma@example.org> (Baarn): Verslag: Praktijktafel over inclusie (1 november 2022)\n\
         would send: Raïscha O’Prinsen <raischa@example.org> (Leusden): Verslag: Praktijktafel over inclusie (1 november 2022)\n\
         would send: Liesa van Aalst <liesa@example.org> (Soest): Verslag: Praktijktafel over inclusie (1 november 2022)\n"
    );
    assert!(!run.dir("outbox").exists() && !run.dir("out").exists());
}

#[test]
fn send_delivers_each_message_once_even_after_a_refusal() {
    let run = Run::new();
    // The first server refuses the message to Leusden: the others go out, the run fails.
    let (url, inbox) = smtp_server(Some("raischa@"));
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("sent: Erwin Jansma <erwin.jansma@example.org> (Baarn)\n"));
    assert!(stdout(&o).contains("sent: Liesa van Aalst <liesa@example.org> (Soest)\n"));
    assert!(stderr(&o).contains("not sent: Raïscha O’Prinsen <raischa@example.org> (Leusden): the server refused the message"), "{}", stderr(&o));
    assert!(
        stdout(&o).ends_with(": 2 sent, 1 not sent\n"),
        "{}",
        stdout(&o)
    );
    assert_eq!(inbox.lock().unwrap().len(), 2);

    // The rerun against a healthy server sends only the one that did not go out.
    let (url2, inbox2) = smtp_server(None);
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url2]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("already sent: Erwin Jansma"));
    assert!(
        stdout(&o).ends_with(": 1 sent, 0 not sent\n"),
        "{}",
        stdout(&o)
    );
    let second = inbox2.lock().unwrap().clone();
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].0, vec!["raischa@example.org".to_string()]);

    // Every host got exactly one message, with the report attached.
    let pdf = std::fs::read(run.dir("out/2022/2022-11-01-mail.pdf")).unwrap();
    let all: Vec<_> = inbox
        .lock()
        .unwrap()
        .iter()
        .chain(second.iter())
        .cloned()
        .collect();
    let mut to: Vec<String> = all.iter().flat_map(|(t, _)| t.clone()).collect();
    to.sort();
    assert_eq!(
        to,
        [
            "erwin.jansma@example.org",
            "liesa@example.org",
            "raischa@example.org"
        ]
    );
    for (_, data) in &all {
        assert!(attachment(&parse(data)) == pdf);
    }

    // A third run sends nothing.
    let (url3, inbox3) = smtp_server(None);
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url3]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).ends_with(": 0 sent, 0 not sent\n"),
        "{}",
        stdout(&o)
    );
    assert!(inbox3.lock().unwrap().is_empty());
    let journal = std::fs::read_to_string(run.outbox().join("sent.log")).unwrap();
    assert_eq!(recorded(&run), 3, "{journal}");
}

#[test]
fn an_unreachable_server_sends_nothing_and_says_so() {
    let run = Run::new();
    // A port that was free a moment ago: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("smtp://127.0.0.1:{port}");
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(
            "not sent: Erwin Jansma <erwin.jansma@example.org> (Baarn): cannot reach the server"
        ),
        "{err}"
    );
    assert!(
        stdout(&o).ends_with(": 0 sent, 3 not sent\n"),
        "{}",
        stdout(&o)
    );
    assert_eq!(recorded(&run), 0, "a message was recorded as sent");
}

#[test]
fn tls_is_required_except_on_loopback_and_passwords_stay_off_the_command_line() {
    let run = Run::new();
    let o = run.mail(
        GOOD,
        &["--send", "--smtp-url", "smtp://me:secret@mail.example.org"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("the SMTP URL holds a password"),
        "{}",
        stderr(&o)
    );
    let o = run.mail(GOOD, &["--send", "--smtp-url", "http://mail.example.org"]);
    assert!(
        stderr(&o).contains("\"http://\" is not an SMTP URL"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn every_missing_contact_is_named() {
    let run = Run::new();
    let o = run.mail("tests/fixtures/contacts/incomplete.toml", &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "{EVENT}/event.toml:17:16: error: `tables[1]`: no contact for Raïscha O’Prinsen of Leusden in tests/fixtures/contacts/incomplete.toml (hint: add [[contacts]] with name = \"Raïscha O’Prinsen\", municipality = \"Leusden\" and email = \"...\")\n\
             {EVENT}/event.toml:23:16: error: `tables[2]`: no contact for Liesa van Aalst of Soest in tests/fixtures/contacts/incomplete.toml (hint: add [[contacts]] with name = \"Liesa van Aalst\", municipality = \"Soest\" and email = \"...\")\n\
             nothing was sent\n"
        )
    );
}

#[test]
fn broken_contacts_get_located_errors() {
    let run = Run::new();
    let o = run.mail("tests/fixtures/contacts/broken.toml", &[]);
    assert_eq!(o.status.code(), Some(1));
    let f = "tests/fixtures/contacts/broken.toml";
    assert_eq!(
        stderr(&o),
        format!(
            "{f}:3:9: error: `contacts[0].email`: \"erwin.jansma(at)example.org\" is not an e-mail address: there is no @ (hint: write it as name@domain.nl)\n\
             {f}:7:8: error: `contacts[1]` repeats contacts[0] (line 2) (hint: keep one entry per alderman)\n\
             {f}:10:1: error: unknown key `phone` in `contacts[1]` (hint: keys allowed here: name, email, municipality, role)\n\
             {f}:14:9: error: `contacts[2]` repeats contacts[1] (line 7) (hint: keep one entry per alderman)\n\
             nothing was sent\n"
        )
    );
}

#[test]
fn a_silent_server_times_out_and_nothing_is_recorded_as_sent() {
    let run = Run::new();
    // Accepts connections and never says a word.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("smtp://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let hold = std::thread::spawn(move || {
        let conns: Vec<_> = listener.incoming().take(1).collect();
        std::thread::sleep(std::time::Duration::from_secs(4));
        drop(conns);
    });
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url, "--smtp-timeout", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("not sent: Erwin Jansma <erwin.jansma@example.org> (Baarn): the server did not answer in time"),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).ends_with(": 0 sent, 3 not sent\n"),
        "{}",
        stdout(&o)
    );
    assert_eq!(recorded(&run), 0, "a message was recorded as sent");
    hold.join().unwrap();
}

#[test]
fn a_journal_that_cannot_be_written_stops_the_run_before_sending() {
    let run = Run::new();
    // sent.log is a folder: no accepted message could be recorded, so none may go out.
    std::fs::create_dir_all(run.outbox().join("sent.log")).unwrap();
    let (url, inbox) = smtp_server(None);
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert_eq!(
        inbox.lock().unwrap().len(),
        0,
        "a message went out unrecorded"
    );
    let err = stderr(&o);
    assert!(err.contains("error: cannot read the journal"), "{err}");
    assert!(err.contains("hint: nothing was sent"), "{err}");
}

#[test]
fn a_journal_line_typed_by_hand_with_spaces_counts_as_sent() {
    let run = Run::new();
    std::fs::create_dir_all(run.outbox()).unwrap();
    std::fs::write(
        run.outbox().join("sent.log"),
        "-   erwin.jansma@example.org\n",
    )
    .unwrap();
    let (url, inbox) = smtp_server(None);
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("already sent: Erwin Jansma"),
        "{}",
        stdout(&o)
    );
    assert_eq!(inbox.lock().unwrap().len(), 2);
}

/// How many messages the journal records as accepted (the file may exist and be empty; a
/// `sending` or `not-sent` line records an intent or a refusal, not a delivery).
fn recorded(run: &Run) -> usize {
    std::fs::read_to_string(run.outbox().join("sent.log"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter(|l| !matches!(l.split_whitespace().nth(1), Some("sending" | "not-sent")))
        .count()
}

/// The recipients of every message an inbox holds, sorted.
fn recipients(inbox: &Inbox) -> Vec<String> {
    let mut to: Vec<String> = inbox
        .lock()
        .unwrap()
        .iter()
        .flat_map(|(t, _)| t.clone())
        .collect();
    to.sort();
    to
}

const ALL: [&str; 3] = [
    "erwin.jansma@example.org",
    "liesa@example.org",
    "raischa@example.org",
];

#[test]
fn two_sends_at_once_deliver_each_message_exactly_once() {
    let run = Run::new();
    // Each message takes the server half a second, so the two runs overlap.
    let (url, inbox) = serve(Recorder {
        delay: Duration::from_millis(500),
        ..Recorder::default()
    });
    let args = ["--send", "--smtp-url", url.as_str()];
    let (a, b) = (run.spawn(GOOD, &args), run.spawn(GOOD, &args));
    let outputs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
    for o in &outputs {
        let locked = stderr(o).contains("error: another verslag is sending ");
        assert!(
            o.status.code() == Some(0) || (o.status.code() == Some(1) && locked),
            "{}{}",
            stdout(o),
            stderr(o)
        );
    }
    assert_eq!(recipients(&inbox), ALL, "every alderman gets exactly one");
    assert_eq!(recorded(&run), 3);
}

#[test]
fn a_held_outbox_stops_a_second_run_at_once_and_a_dead_holder_does_not() {
    let run = Run::new();
    let (url, inbox) = smtp_server(None);
    // Another run holds the outbox: the operating system's lock, as verslag takes it.
    std::fs::create_dir_all(run.outbox()).unwrap();
    let lock_path = run.outbox().join(".verslag.lock");
    let mut held = std::fs::File::create(&lock_path).unwrap();
    held.try_lock().unwrap();
    std::io::Write::write_all(
        &mut held,
        b"4242\t2026-11-28 10:42\tsending outbox/2022-11-01-mail\n",
    )
    .unwrap();
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "{}: error: another verslag is sending outbox/2022-11-01-mail (process 4242, started \
             2026-11-28 10:42) (hint: wait until it has finished, then run this again; nothing \
             was sent or written by this run)\nnothing was sent\n",
            run.outbox().display()
        )
    );
    assert!(inbox.lock().unwrap().is_empty());
    let files: Vec<_> = std::fs::read_dir(run.outbox()).unwrap().collect();
    assert_eq!(files.len(), 1, "only the lock file: nothing was written");

    // The holder dies (SIGKILL) while it waits on a silent server: its lock goes with it.
    drop(held);
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_url = format!("smtp://127.0.0.1:{}", silent.local_addr().unwrap().port());
    let mut child = run.spawn(GOOD, &["--send", "--smtp-url", &silent_url]);
    // Wait (at most a minute) until it connects, so it holds the lock while waiting.
    silent.set_nonblocking(true).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let conn = loop {
        match silent.accept() {
            Ok((conn, _)) => break conn,
            Err(_) if std::time::Instant::now() < deadline => {
                assert!(
                    child.try_wait().unwrap().is_none(),
                    "the run ended before sending"
                );
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => panic!("the run never connected: {e}"),
        }
    };
    child.kill().unwrap();
    child.wait().unwrap();
    drop(conn);
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(recipients(&inbox), ALL);
}

#[test]
fn an_edit_after_the_outbox_was_written_makes_send_refuse() {
    let run = Run::new();
    let event = run.event_copy();
    let o = run.mail_event(&event, GOOD, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // The organiser corrects a solution after reviewing the outbox.
    let toml = std::path::Path::new(&event).join("event.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        text.replace("Meeloopdagen", "Meeloopdagen voor iedereen"),
    )
    .unwrap();
    let (url, inbox) = smtp_server(None);
    let o = run.mail_event(&event, GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let expected: String = ["Baarn", "Leusden", "Soest"]
        .iter()
        .map(|m| {
            format!(
                "{}: error: written before the record (event.toml) changed: it would send what \
                 the organiser no longer means (hint: write the outbox again with `verslag mail \
                 {event}`, review it, then send; nothing was sent)\n",
                run.outbox().join(format!("{m}.eml")).display()
            )
        })
        .collect();
    assert_eq!(stderr(&o), format!("{expected}nothing was sent\n"));
    assert!(inbox.lock().unwrap().is_empty());
    assert_eq!(recorded(&run), 0);

    // Written again, the outbox goes out with the correction in every report.
    assert_eq!(run.mail_event(&event, GOOD, &[]).status.code(), Some(0));
    let o = run.mail_event(&event, GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(recipients(&inbox), ALL);
    for (_, data) in inbox.lock().unwrap().iter() {
        let pdf = run.dir("received.pdf");
        std::fs::write(&pdf, attachment(&parse(data))).unwrap();
        assert!(
            common::pdf::fold(&common::pdf::text(&pdf)).contains("Meeloopdagen voor iedereen"),
            "a delivered report lacks the correction"
        );
    }
}

#[test]
fn contacts_edited_after_the_outbox_was_written_make_send_refuse() {
    let run = Run::new();
    let contacts = run.dir("contacts.toml");
    std::fs::copy(common::root().join(GOOD), &contacts).unwrap();
    let contacts = contacts.to_str().unwrap();
    assert_eq!(run.mail(contacts, &[]).status.code(), Some(0));
    let text = std::fs::read_to_string(contacts).unwrap();
    std::fs::write(
        contacts,
        text.replace("liesa@example.org", "l.vanaalst@example.org"),
    )
    .unwrap();
    let (url, inbox) = smtp_server(None);
    let o = run.mail(contacts, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert_eq!(
        stderr(&o),
        format!(
            "{}: error: written before the contact of Liesa van Aalst in {contacts} changed: it \
             would send what the organiser no longer means (hint: write the outbox again with \
             `verslag mail {EVENT}`, review it, then send; nothing was sent)\nnothing was sent\n",
            run.outbox().join("Soest.eml").display()
        )
    );
    assert!(inbox.lock().unwrap().is_empty());
}

#[test]
fn a_changed_brand_attaches_what_a_fresh_build_with_it_makes() {
    let run = Run::new();
    let event = run.event_copy();
    let out = run.dir("out");
    let o = verslag(&["build", "-o", out.to_str().unwrap(), &event]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let builtin = std::fs::read(out.join("2022/2022-11-01-mail.pdf")).unwrap();

    let brand_dir = run.dir("other");
    std::fs::create_dir_all(&brand_dir).unwrap();
    let brand = brand_dir.join("brand.toml");
    std::fs::write(
        &brand,
        include_str!("../../templates/brand.toml").replace("#17324D", "#006400"),
    )
    .unwrap();
    std::fs::write(
        brand_dir.join("logo.svg"),
        include_str!("../../templates/logo.svg"),
    )
    .unwrap();
    let brand = brand.to_str().unwrap();
    let o = run.mail_event(&event, GOOD, &["--brand", brand]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let fresh = run.dir("fresh");
    let o = verslag(&[
        "build",
        "--brand",
        brand,
        "-o",
        fresh.to_str().unwrap(),
        &event,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let fresh = std::fs::read(fresh.join("2022/2022-11-01-mail.pdf")).unwrap();
    assert!(fresh != builtin, "the brand must change the report");
    let eml = std::fs::read(run.outbox().join("Baarn.eml")).unwrap();
    assert!(
        attachment(&parse(&eml)) == fresh,
        "the outbox attaches the report of the old brand"
    );
}

#[test]
fn a_run_killed_after_the_server_took_a_message_never_resends_it_by_itself() {
    let run = Run::new();
    // The server takes the second message (Leusden) and the client is killed before it hears.
    let pid = Arc::new(AtomicU32::new(0));
    let (url, inbox) = serve(Recorder {
        kill_after: Some((2, pid.clone())),
        ..Recorder::default()
    });
    let child = run.spawn(GOOD, &["--send", "--smtp-url", &url]);
    pid.store(child.id(), Ordering::SeqCst);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), None, "killed by a signal: {}", stderr(&o));
    assert_eq!(inbox.lock().unwrap().len(), 2);

    // The rerun sends Soest, and not Leusden: it may have arrived.
    let (url2, inbox2) = smtp_server(None);
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url2]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("already sent: Erwin Jansma"), "{out}");
    assert!(
        out.contains("may have been delivered: Raïscha O’Prinsen <raischa@example.org> (Leusden)"),
        "{out}"
    );
    assert!(out.ends_with(": 1 sent, 0 not sent\n"), "{out}");
    assert!(
        stderr(&o).contains("if not, send it with --resend Leusden"),
        "{}",
        stderr(&o)
    );
    assert_eq!(recipients(&inbox2), ["liesa@example.org"]);

    // Only when the organiser names it does it go out again.
    let (url3, inbox3) = smtp_server(None);
    let o = run.mail(
        GOOD,
        &["--send", "--smtp-url", &url3, "--resend", "leusden"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(recipients(&inbox3), ["raischa@example.org"]);
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url3]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).ends_with(": 0 sent, 0 not sent\n"));

    let o = run.mail(
        GOOD,
        &["--send", "--smtp-url", &url3, "--resend", "Utrecht"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("--resend: error: \"Utrecht\" is no recipient of this event (hint: name a municipality or address of a table: Baarn, Leusden, Soest)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_outbox_folder_that_cannot_hold_a_lock_file_sends_nothing() {
    let run = Run::new();
    // The lock file's place is taken by a folder: the outbox cannot be locked.
    std::fs::create_dir_all(run.outbox().join(".verslag.lock")).unwrap();
    let (url, inbox) = smtp_server(None);
    let o = run.mail(GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(".verslag.lock: error: cannot create the lock file"),
        "{}",
        stderr(&o)
    );
    assert!(inbox.lock().unwrap().is_empty());
}

#[test]
fn a_corrected_report_is_written_for_review_and_resent_to_one_alderman_only() {
    let run = Run::new();
    let event = run.event_copy();
    let (url, inbox) = smtp_server(None);
    let o = run.mail_event(&event, GOOD, &["--send", "--smtp-url", &url]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A typo in Soest's table is found after sending.
    let toml = std::path::Path::new(&event).join("event.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        text.replace("Ambassadeurs", "Ambassadeurs van het netwerk"),
    )
    .unwrap();
    let o = run.mail_event(
        &event,
        GOOD,
        &["--send", "--smtp-url", &url, "--resend", "Soest"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!(
            "write the outbox again with `verslag mail --resend Soest {event}`"
        )),
        "{}",
        stderr(&o)
    );
    // As the hint says: write Soest's message again, review it, send it.
    let o = run.mail_event(&event, GOOD, &["--resend", "Soest"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).ends_with("Soest.eml\n"), "{}", stdout(&o));
    let o = run.mail_event(
        &event,
        GOOD,
        &["--send", "--smtp-url", &url, "--resend", "Soest"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let all = inbox.lock().unwrap().clone();
    assert_eq!(all.len(), 4);
    let (to, data) = &all[3];
    assert_eq!(to, &vec!["liesa@example.org".to_string()]);
    let pdf = run.dir("resent.pdf");
    std::fs::write(&pdf, attachment(&parse(data))).unwrap();
    assert!(common::pdf::fold(&common::pdf::text(&pdf)).contains("Ambassadeurs van het netwerk"));
    // And nobody else gets anything on a plain rerun.
    let o = run.mail_event(&event, GOOD, &["--send", "--smtp-url", &url]);
    assert!(
        stdout(&o).ends_with(": 0 sent, 0 not sent\n"),
        "{}",
        stdout(&o)
    );
    assert_eq!(inbox.lock().unwrap().len(), 4);
}
