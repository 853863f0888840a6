//! Delivery over SMTP (lettre, rustls) and the send journal that keeps every message from
//! going out twice. TLS is required except to a loopback address.

use std::io::Write;
use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{SmtpTransport, Transport};

/// Where and how to deliver: from `--smtp-url` / `VERSLAG_SMTP_URL`.
pub struct Server {
    pub transport: SmtpTransport,
    pub shown: String,
}

/// Parses `smtp://[user@]host[:port]` (STARTTLS, port 587) or `smtps://[user@]host[:port]`
/// (implicit TLS, port 465). The password comes from `VERSLAG_SMTP_PASSWORD` or a prompt.
pub fn server(url: &str, timeout: Duration) -> Result<Server, String> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or("the SMTP URL must start with smtp:// or smtps://")?;
    let rest = rest.trim_end_matches('/');
    let (user, hostport) = match rest.rsplit_once('@') {
        Some((user, hp)) => (Some(user), hp),
        None => (None, rest),
    };
    if user.is_some_and(|u| u.contains(':')) {
        return Err(
            "the SMTP URL holds a password: never put it on the command line or in a \
                    file; set VERSLAG_SMTP_PASSWORD or type it at the prompt"
                .into(),
        );
    }
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => (
            h,
            p.parse::<u16>()
                .map_err(|_| format!("\"{p}\" is not a port number"))?,
        ),
        _ => (hostport, if scheme == "smtps" { 465 } else { 587 }),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() {
        return Err("the SMTP URL names no server".into());
    }
    let loopback = host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    let tls = |h: &str| TlsParameters::new(h.to_string()).map_err(|e| e.to_string());
    let builder = match scheme {
        "smtps" => SmtpTransport::builder_dangerous(host).tls(Tls::Wrapper(tls(host)?)),
        "smtp" if loopback => SmtpTransport::builder_dangerous(host).tls(Tls::None),
        "smtp" => SmtpTransport::builder_dangerous(host).tls(Tls::Required(tls(host)?)),
        other => {
            return Err(format!(
                "\"{other}://\" is not an SMTP URL; use smtp:// or smtps://"
            ));
        }
    };
    let mut builder = builder.port(port).timeout(Some(timeout));
    if let Some(user) = user {
        let password = match std::env::var("VERSLAG_SMTP_PASSWORD") {
            Ok(p) => p,
            Err(_) => rpassword::prompt_password(format!("SMTP password for {user}@{host}: "))
                .map_err(
                    |_| "no SMTP password: set VERSLAG_SMTP_PASSWORD or run verslag in a terminal",
                )?,
        };
        builder = builder.credentials(Credentials::new(user.to_string(), password));
    }
    Ok(Server {
        transport: builder.build(),
        shown: format!(
            "{scheme}://{}{host}:{port}",
            user.map(|u| format!("{u}@")).unwrap_or_default()
        ),
    })
}

/// Why a message did not go out, and whether the rest cannot go out either.
pub struct Failure {
    pub message: String,
    /// A refused login, an unreachable or silent server: every later message would fail too.
    pub stops_run: bool,
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure {
            message,
            stops_run: false,
        }
    }
}

/// Sends one message's exact bytes.
pub fn deliver(server: &Server, envelope: &Envelope, eml: &[u8]) -> Result<(), Failure> {
    server
        .transport
        .send_raw(envelope, eml)
        .map(|_| ())
        .map_err(|e| explain(&e))
}

fn explain(e: &lettre::transport::smtp::Error) -> Failure {
    let text = e.to_string();
    // A read timeout on the socket surfaces as an I/O error (EAGAIN), not as lettre's timeout.
    let mut source = std::error::Error::source(e);
    let mut io_timeout = false;
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            io_timeout |= matches!(
                io.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            );
        }
        source = s.source();
    }
    let (message, stops_run) = if e.is_timeout() || io_timeout {
        ("the server did not answer in time".into(), true)
    } else if text.to_lowercase().contains("auth") || text.contains("535") {
        (format!("the server refused the login ({text})"), true)
    } else if e.is_permanent() {
        (format!("the server refused the message ({text})"), false)
    } else if e.is_transient() {
        (
            format!("the server could not take the message now ({text})"),
            false,
        )
    } else {
        (format!("cannot reach the server ({text})"), true)
    };
    Failure { message, stops_run }
}

/// Addresses already delivered, from the journal.
pub fn already_sent(journal: &Path) -> Vec<String> {
    std::fs::read_to_string(journal)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().nth(1))
        .map(str::to_lowercase)
        .collect()
}

/// Opens (creating) the journal for appending, to know it can be written before sending.
pub fn open_journal(journal: &Path) -> Result<std::fs::File, String> {
    if let Some(folder) = journal.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(journal)
        .map_err(|e| format!("cannot write the journal {}: {e}", journal.display()))
}

/// Appends one accepted message to the journal and flushes it to disk before the next send.
pub fn record(journal: &Path, address: &str, file: &str, message_id: &str) -> Result<(), String> {
    let new = std::fs::metadata(journal).map_or(true, |m| m.len() == 0);
    let mut f = open_journal(journal)?;
    if new {
        let _ = writeln!(
            f,
            "# sent by verslag: time, address, message file, Message-ID"
        );
    }
    writeln!(
        f,
        "{}\t{address}\t{file}\t{message_id}",
        crate::archive::manifest::now_rfc3339()
    )
    .and_then(|_| f.sync_all())
    .map_err(|e| format!("cannot write the journal {}: {e}", journal.display()))
}
