//! Delivery over SMTP (lettre's connection, rustls) in two steps, so that the journal can
//! record the intent between them: announce (connect, TLS, login, sender, recipient), then
//! the message's data. TLS is required except to a loopback address.

use std::net::IpAddr;
use std::time::Duration;

use crate::catalog::Message;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};

/// Where and how to deliver: from `--smtp-url` / `VERSLAG_SMTP_URL`.
pub struct Server {
    host: String,
    port: u16,
    tls: Security,
    /// Who logs in, once [`Server::login`] has asked for the password.
    user: Option<String>,
    credentials: Option<Credentials>,
    timeout: Duration,
    /// The server is this machine (a test or a local relay).
    pub loopback: bool,
    /// The URL without password, for messages.
    pub shown: String,
}

enum Security {
    /// smtps://: TLS from the first byte.
    Wrapper(TlsParameters),
    /// smtp:// to another machine: STARTTLS, required.
    StartTls(TlsParameters),
    /// smtp:// to this machine only.
    Plain,
}

/// Parses `smtp://[user@]host[:port]` (STARTTLS, port 587) or `smtps://[user@]host[:port]`
/// (implicit TLS, port 465); nothing is asked or connected yet (see [`Server::login`]).
pub fn server(url: &str, timeout: Duration) -> Result<Server, Message> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| crate::msg!("smtp-url-scheme"))?;
    let rest = rest.trim_end_matches('/');
    let (user, hostport) = match rest.rsplit_once('@') {
        Some((user, hp)) => (Some(user), hp),
        None => (None, rest),
    };
    if user.is_some_and(|u| u.contains(':')) {
        return Err(crate::msg!("smtp-url-password"));
    }
    let default_port = if scheme == "smtps" { 465 } else { 587 };
    let port_of = |p: &str| {
        p.parse::<u16>()
            .map_err(|_| crate::msg!("smtp-url-port", port = p))
    };
    // `[::1]`, `[::1]:2525`, `host`, `host:2525`.
    let (host, port) = match hostport.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((h, "")) => (h, default_port),
        Some((h, rest)) => match rest.strip_prefix(':') {
            Some(p) => (h, port_of(p)?),
            None => return Err(crate::msg!("smtp-url-address", address = hostport)),
        },
        None => match hostport.rsplit_once(':') {
            Some((h, p)) => (h, port_of(p)?),
            None => (hostport, default_port),
        },
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() {
        return Err(crate::msg!("smtp-url-no-server"));
    }
    let loopback = host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    let tls = |h: &str| {
        TlsParameters::new(h.to_string())
            .map_err(|e| crate::msg!("io-other", detail = e.to_string()))
    };
    let security = match scheme {
        "smtps" => Security::Wrapper(tls(host)?),
        "smtp" if loopback => Security::Plain,
        "smtp" => Security::StartTls(tls(host)?),
        other => {
            return Err(crate::msg!("smtp-url-other-scheme", scheme = other));
        }
    };
    Ok(Server {
        host: host.to_string(),
        port,
        tls: security,
        user: user.map(str::to_string),
        credentials: None,
        timeout,
        loopback,
        shown: format!(
            "{scheme}://{}{host}:{port}",
            user.map(|u| format!("{u}@")).unwrap_or_default()
        ),
    })
}

impl Server {
    /// The password of the URL's user, from `VERSLAG_SMTP_PASSWORD` or a prompt; nothing to
    /// do for a URL without a user.
    pub fn login(&mut self) -> Result<(), String> {
        let Some(user) = &self.user else {
            return Ok(());
        };
        let password = match std::env::var("VERSLAG_SMTP_PASSWORD") {
            Ok(p) => p,
            Err(_) => {
                rpassword::prompt_password(format!("SMTP password for {user}@{}: ", self.host))
                    .map_err(|_| {
                        "no SMTP password: set VERSLAG_SMTP_PASSWORD or run verslag in a terminal"
                            .to_string()
                    })?
            }
        };
        self.credentials = Some(Credentials::new(user.clone(), password));
        Ok(())
    }

    /// Who logs in (the URL's user), if anyone: then a password is needed.
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// Logs in with `password`, given by a program that asked for it itself (the studio's
    /// page); held in memory for this server's use only. Nothing to do without a user.
    pub fn with_password(&mut self, password: String) {
        if let Some(user) = &self.user {
            self.credentials = Some(Credentials::new(user.clone(), password));
        }
    }
}

/// A domain no mail server delivers to (RFC 2606 and RFC 6761): example.com, example.net and
/// example.org with their subdomains, and every name under .example, .test, .invalid and
/// .localhost. `None` for an ordinary address.
pub fn reserved_domain(address: &str) -> Option<String> {
    let domain = address
        .rsplit_once('@')?
        .1
        .trim_end_matches('.')
        .to_lowercase();
    let under = |name: &str| domain == name || domain.ends_with(&format!(".{name}"));
    let reserved = ["example.com", "example.net", "example.org"]
        .iter()
        .any(|d| under(d))
        || ["example", "test", "invalid", "localhost"]
            .iter()
            .any(|tld| under(tld));
    reserved.then_some(domain)
}

/// Why a message did not go out, and whether the rest cannot go out either.
pub struct Failure {
    pub message: Message,
    /// A refused login, an unreachable or silent server: every later message would fail too.
    pub stops_run: bool,
    /// The message's data was on its way when the connection failed: the server may have
    /// taken it.
    pub maybe_delivered: bool,
    /// The server refused the login (a wrong password, most likely).
    pub login_refused: bool,
}

impl From<String> for Failure {
    /// A library's own words (lettre's), quoted after our lead.
    fn from(detail: String) -> Failure {
        Failure::from(crate::msg!("io-other", detail = detail))
    }
}

impl From<Message> for Failure {
    fn from(message: Message) -> Failure {
        Failure {
            message,
            stops_run: false,
            maybe_delivered: false,
            login_refused: false,
        }
    }
}

/// A connection on which the server has accepted the sender and recipients and waits for the
/// message's data: nothing has been delivered yet.
pub struct Ready(SmtpConnection);

/// Connects, secures, logs in and announces one message; a failure here delivered nothing.
pub fn announce(server: &Server, envelope: &Envelope, eml: &[u8]) -> Result<Ready, Failure> {
    let fail = |e: lettre::transport::smtp::Error| explain(&e, false);
    let hello = ClientId::default();
    let wrapper = match &server.tls {
        Security::Wrapper(p) => Some(p),
        _ => None,
    };
    let mut conn = SmtpConnection::connect(
        (server.host.as_str(), server.port),
        Some(server.timeout),
        &hello,
        wrapper,
        None,
    )
    .map_err(fail)?;
    if let Security::StartTls(p) = &server.tls {
        conn.starttls(p, &hello).map_err(fail)?;
    }
    if let Some(credentials) = &server.credentials {
        conn.auth(DEFAULT_MECHANISMS, credentials).map_err(fail)?;
    }
    let mut options = Vec::new();
    let non_ascii = envelope
        .from()
        .into_iter()
        .chain(envelope.to())
        .any(|a| !AsRef::<str>::as_ref(a).is_ascii());
    if non_ascii {
        if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            conn.abort();
            return Err(Failure {
                message: crate::msg!("smtp-no-utf8"),
                stops_run: false,
                maybe_delivered: false,
                login_refused: false,
            });
        }
        options.push(MailParameter::SmtpUtfEight);
    }
    if !eml.is_ascii() {
        if !conn.server_info().supports_feature(Extension::EightBitMime) {
            conn.abort();
            return Err(Failure {
                message: crate::msg!("smtp-no-8bit"),
                stops_run: true,
                maybe_delivered: false,
                login_refused: false,
            });
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    let mut step = |command: &dyn std::fmt::Display| -> Result<(), Failure> {
        conn.command(command).map(|_| ()).map_err(fail)
    };
    step(&Mail::new(envelope.from().cloned(), options))?;
    for to in envelope.to() {
        step(&Rcpt::new(to.clone(), Vec::new()))?;
    }
    Ok(Ready(conn))
}

/// Sends the data of an announced message and waits for the server's answer.
pub fn deliver(ready: Ready, eml: &[u8]) -> Result<(), Failure> {
    let Ready(mut conn) = ready;
    let result = conn
        .command(Data)
        .map_err(|e| explain(&e, false))
        .and_then(|_| conn.message(eml).map_err(|e| explain(&e, true)));
    if result.is_ok() {
        let _ = conn.quit();
    } else {
        conn.abort();
    }
    result.map(|_| ())
}

/// `data_sent`: the failure came after the message's data went out, so unless the server
/// answered with a refusal it may have been delivered.
fn explain(e: &lettre::transport::smtp::Error, data_sent: bool) -> Failure {
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
    let refused = e.is_permanent() || e.is_transient();
    let login = login_refused(e);
    let (message, stops_run) = if e.is_timeout() || io_timeout {
        (crate::msg!("smtp-timeout"), true)
    } else if login {
        (crate::msg!("smtp-login-refused", reply = text), true)
    } else if e.is_permanent() {
        (crate::msg!("smtp-refused", reply = text), false)
    } else if e.is_transient() {
        (crate::msg!("smtp-not-now", reply = text), false)
    } else if data_sent {
        (crate::msg!("smtp-broke", reply = text), true)
    } else {
        (crate::msg!("smtp-unreachable", reply = text), true)
    };
    Failure {
        message,
        stops_run,
        maybe_delivered: data_sent && !refused,
        login_refused: login,
    }
}

/// A refused login: reply 530, 534, 535 or 538 (RFC 4954), or no way to log in at all.
fn login_refused(e: &lettre::transport::smtp::Error) -> bool {
    let code = e.status().map(|c| c.to_string()).unwrap_or_default();
    matches!(code.as_str(), "530" | "534" | "535" | "538")
        || (e.is_client() && e.to_string().contains("authentication mechanism"))
}
