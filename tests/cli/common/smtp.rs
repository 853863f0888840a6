//! A real SMTP server on loopback for the studio's mail tests: mailin's protocol engine
//! behind a listener of the test's own, with a login that checks its password (AUTH PLAIN and
//! LOGIN, allowed without TLS on loopback), a delay per message, and a switch that makes it
//! go away (every connection closed at once) after a number of messages, and come back.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin::response::{AUTH_OK, INVALID_CREDENTIALS, OK, START_DATA};
use mailin::{Action, AuthMechanism, Handler, Response, SessionBuilder};

/// What the server took: (envelope recipients, message bytes).
pub type Inbox = Arc<Mutex<Vec<(Vec<String>, Vec<u8>)>>>;

pub struct Smtp {
    /// `smtp://organiser@127.0.0.1:PORT`.
    pub url: String,
    pub inbox: Inbox,
    /// Once the inbox holds this many messages, connections are closed at once; 0: never.
    away_after: Arc<AtomicUsize>,
    /// Login attempts, right or wrong.
    pub logins: Arc<AtomicUsize>,
}

#[derive(Clone)]
struct Taker {
    inbox: Inbox,
    password: String,
    delay: Duration,
    logins: Arc<AtomicUsize>,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Taker {
    fn auth_plain(&mut self, _authorization: &str, _user: &str, password: &str) -> Response {
        self.auth_login("", password)
    }

    fn auth_login(&mut self, _user: &str, password: &str) -> Response {
        self.logins.fetch_add(1, Ordering::SeqCst);
        if password == self.password {
            AUTH_OK
        } else {
            INVALID_CREDENTIALS
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
        std::thread::sleep(self.delay);
        let mut inbox = self.inbox.lock().unwrap();
        inbox.push((self.to.clone(), std::mem::take(&mut self.data)));
        OK
    }
}

impl Smtp {
    /// A server whose user `organiser` logs in with `password`; each message is answered
    /// after `delay`.
    pub fn start(password: &str, delay: Duration) -> Smtp {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let inbox = Inbox::default();
        let away_after = Arc::new(AtomicUsize::new(0));
        let logins = Arc::new(AtomicUsize::new(0));
        let taker = Taker {
            inbox: inbox.clone(),
            password: password.to_string(),
            delay,
            logins: logins.clone(),
            to: Vec::new(),
            data: Vec::new(),
        };
        let mut builder = SessionBuilder::new("localhost");
        builder
            .enable_auth(AuthMechanism::Plain)
            .enable_auth(AuthMechanism::Login)
            .insecure_enable_plaintext_auth();
        let (taken, away) = (inbox.clone(), away_after.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let n = away.load(Ordering::SeqCst);
                if n > 0 && taken.lock().unwrap().len() >= n {
                    drop(stream);
                    continue;
                }
                let (builder, taker) = (builder.clone(), taker.clone());
                std::thread::spawn(move || session(stream, &builder, taker));
            }
        });
        Smtp {
            url: format!("smtp://organiser@127.0.0.1:{port}"),
            inbox,
            away_after,
            logins,
        }
    }

    /// Goes away once it holds `n` messages (0: comes back).
    pub fn away_after(&self, n: usize) {
        self.away_after.store(n, Ordering::SeqCst);
    }

    pub fn taken(&self) -> Vec<(Vec<String>, Vec<u8>)> {
        self.inbox.lock().unwrap().clone()
    }
}

fn session(stream: TcpStream, builder: &SessionBuilder, taker: Taker) {
    let ip = stream.peer_addr().unwrap().ip();
    let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
    let mut out = stream.try_clone().unwrap();
    let mut lines = BufReader::new(stream);
    let mut session = builder.build(ip, taker);
    if session.greeting().write_to(&mut out).is_err() {
        return;
    }
    let mut line = Vec::new();
    loop {
        line.clear();
        match lines.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let answer = session.process(&line);
        match answer.action {
            Action::Reply => {
                if answer
                    .write_to(&mut out)
                    .and_then(|()| out.flush())
                    .is_err()
                {
                    return;
                }
            }
            Action::Close => {
                let _ = answer.write_to(&mut out);
                return;
            }
            Action::NoReply => {}
            Action::UpgradeTls => return,
        }
    }
}
