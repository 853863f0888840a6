//! `verslag mail` against a real SMTP server on loopback (mailin-embedded), started by the
//! test: the outbox, delivery, exactly-once after a failure mid-batch, and bad contacts.

mod common;

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use common::{scratch, stderr, stdout, verslag};
use mailin_embedded::response::{NO_MAILBOX, OK, START_DATA};
use mailin_embedded::{Handler, Response, Server};

const EVENT: &str = "tests/records/2022/2022-11-01-mail";
const GOOD: &str = "tests/fixtures/contacts/good.toml";

/// What the server received: (envelope recipients, message bytes).
type Inbox = Arc<Mutex<Vec<(Vec<String>, Vec<u8>)>>>;

#[derive(Clone)]
struct Recorder {
    inbox: Inbox,
    /// This recipient is refused with 550 (mailbox unavailable).
    refuse: Option<String>,
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
        self.inbox
            .lock()
            .unwrap()
            .push((self.to.clone(), self.data.clone()));
        OK
    }
}

/// Starts a server on a free loopback port; returns its URL and inbox.
fn smtp_server(refuse: Option<&str>) -> (String, Inbox) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox: Inbox = Arc::default();
    let mut server = Server::new(Recorder {
        inbox: inbox.clone(),
        refuse: refuse.map(str::to_string),
        to: Vec::new(),
        data: Vec::new(),
    });
    server
        .with_name("localhost")
        .with_num_threads(4)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (format!("smtp://127.0.0.1:{port}"), inbox)
}

struct Run {
    tmp: tempfile::TempDir,
}

impl Run {
    fn new() -> Run {
        Run { tmp: scratch() }
    }

    fn dir(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    fn mail(&self, contacts: &str, extra: &[&str]) -> std::process::Output {
        let (out, outbox) = (self.dir("out"), self.dir("outbox"));
        let mut args = vec![
            "mail",
            "--format",
            "short",
            "--contacts",
            contacts,
            "-o",
            out.to_str().unwrap(),
            "--outbox",
            outbox.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        args.push(EVENT);
        verslag(&args)
    }

    fn outbox(&self) -> PathBuf {
        self.dir("outbox/2022-11-01-mail")
    }
}

fn parse(eml: &[u8]) -> mailparse::ParsedMail<'_> {
    mailparse::parse_mail(eml).expect("a message parses")
}

fn header(m: &mailparse::ParsedMail<'_>, name: &str) -> String {
    m.headers
        .iter()
        .find(|h| h.get_key().eq_ignore_ascii_case(name))
        .map(|h| h.get_value())
        .unwrap_or_default()
}

fn attachment(m: &mailparse::ParsedMail<'_>) -> Vec<u8> {
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
    assert!(!header(&m, "Message-ID").is_empty());
    assert!(!header(&m, "Date").is_empty());
    let body = m.subparts[0].get_body().unwrap();
    assert!(body.starts_with("Beste Raïscha O’Prinsen,"), "{body}");
    assert!(body.contains("als wethouder van Leusden"), "{body}");
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
    assert_eq!(
        journal.lines().filter(|l| !l.starts_with('#')).count(),
        3,
        "{journal}"
    );
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
    assert!(err.contains("error: cannot write the journal"), "{err}");
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

/// How many messages the journal records as sent (the file may exist and be empty).
fn recorded(run: &Run) -> usize {
    std::fs::read_to_string(run.outbox().join("sent.log"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .count()
}
