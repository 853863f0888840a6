//! The studio's door: a request gets in only from this machine's own pages, with the session's
//! token, for this server's own Host, and (when it would change something) from its own Origin.

/// Why a request was turned away; nothing was read or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The Host header is not `127.0.0.1:PORT` or `localhost:PORT` (DNS rebinding).
    Host,
    /// Neither the address's token nor the session's cookie.
    Token,
    /// A request from another site's page.
    Origin,
    /// A path that is not one of the studio's (`..`, a backslash, a hidden name).
    Path,
}

impl Refusal {
    pub fn status(self) -> u16 {
        match self {
            Refusal::Host => 421,
            Refusal::Token | Refusal::Origin => 403,
            Refusal::Path => 404,
        }
    }
}

/// What a request that got in may do.
#[derive(Debug, PartialEq, Eq)]
pub enum Access {
    /// Carries the session's cookie.
    Session,
    /// Carries the token in its address (`?t=`): set the cookie and go to `path` without it.
    FirstVisit { path: String },
}

/// The parts of a request the door looks at.
pub struct Asked<'a> {
    pub method: &'a str,
    /// The raw request target: path and query.
    pub target: &'a str,
    pub host: Option<&'a str>,
    pub origin: Option<&'a str>,
    pub cookie: Option<&'a str>,
}

/// The session: the port it listens on and its token.
pub struct Door {
    pub port: u16,
    pub token: String,
}

impl Door {
    /// The cookie's name: one per port, since a browser keeps cookies per host, not per port.
    pub fn cookie_name(&self) -> String {
        format!("verslag_studio_{}", self.port)
    }

    /// The request's host if it is one of this server's names.
    fn own_host<'a>(&self, host: Option<&'a str>) -> Option<&'a str> {
        let host = host?;
        let port = self.port.to_string();
        let ok = ["127.0.0.1", "localhost"]
            .iter()
            .any(|name| host.strip_prefix(name).and_then(|r| r.strip_prefix(':')) == Some(&port));
        ok.then_some(host)
    }

    pub fn check(&self, asked: &Asked<'_>) -> Result<Access, Refusal> {
        let host = self.own_host(asked.host).ok_or(Refusal::Host)?;
        let safe = matches!(asked.method, "GET" | "HEAD");
        match asked.origin {
            Some(origin) if origin != format!("http://{host}") => return Err(Refusal::Origin),
            None if !safe => return Err(Refusal::Origin),
            _ => {}
        }
        let (path, query) = asked.target.split_once('?').unwrap_or((asked.target, ""));
        if decoded_path(path).is_none() {
            return Err(Refusal::Path);
        }
        let cookie = asked
            .cookie
            .and_then(|c| cookie_value(c, &self.cookie_name()));
        if cookie.is_some_and(|c| same(c, &self.token)) {
            return Ok(Access::Session);
        }
        let given = query.split('&').find_map(|kv| kv.strip_prefix("t="));
        if safe && given.is_some_and(|t| same(t, &self.token)) {
            return Ok(Access::FirstVisit {
                path: path.to_string(),
            });
        }
        Err(Refusal::Token)
    }
}

/// A path of names as the studio means it: percent-escapes decoded (UTF-8), the names in
/// Unicode NFC (so that `café` typed one way finds a folder saved the other), and refused
/// (`None`) for `..` or any `.name`, a slash or backslash inside a name, control characters,
/// or anything but ASCII as sent.
pub fn decoded_path(path: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let rest = path.strip_prefix('/')?;
    if !rest.is_ascii() {
        return None;
    }
    let mut names = Vec::new();
    for seg in rest.split('/') {
        let name = String::from_utf8(unescape(seg)?).ok()?;
        let name: String = name.nfc().collect();
        let bad = name.starts_with('.')
            || name
                .chars()
                .any(|c| c.is_control() || matches!(c, '/' | '\\' | ':'));
        if bad {
            return None;
        }
        names.push(name);
    }
    Some(format!("/{}", names.join("/")))
}

fn unescape(seg: &str) -> Option<Vec<u8>> {
    let bytes = seg.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// A name as one segment of an address: every byte but letters, digits, `-`, `_` and `.`
/// percent-escaped.
pub fn escaped(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|kv| {
        let (k, v) = kv.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

/// Compares without stopping at the first difference, so its time tells nothing.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn door() -> Door {
        Door {
            port: 4321,
            token: "abc123".into(),
        }
    }

    fn asked<'a>(method: &'a str, target: &'a str, host: &'a str) -> Asked<'a> {
        Asked {
            method,
            target,
            host: Some(host),
            origin: None,
            cookie: None,
        }
    }

    #[test]
    fn the_token_in_the_address_opens_a_session_and_nothing_else_does() {
        let d = door();
        let first = d.check(&asked("GET", "/?t=abc123", "127.0.0.1:4321"));
        assert_eq!(first, Ok(Access::FirstVisit { path: "/".into() }));
        assert_eq!(
            d.check(&asked("GET", "/?t=abc124", "127.0.0.1:4321")),
            Err(Refusal::Token)
        );
        assert_eq!(
            d.check(&asked("GET", "/", "localhost:4321")),
            Err(Refusal::Token)
        );
        let mut with_cookie = asked("GET", "/", "localhost:4321");
        with_cookie.cookie = Some("a=b; verslag_studio_4321=abc123");
        assert_eq!(d.check(&with_cookie), Ok(Access::Session));
        with_cookie.cookie = Some("verslag_studio_4322=abc123");
        assert_eq!(d.check(&with_cookie), Err(Refusal::Token));
    }

    #[test]
    fn names_are_decoded_and_compared_in_nfc() {
        // "café" with a combining accent, escaped as a browser sends it, is the NFC name.
        let nfd = escaped("cafe\u{301}");
        assert_eq!(
            decoded_path(&format!("/e/2022/{nfd}/")).as_deref(),
            Some("/e/2022/caf\u{e9}/")
        );
        assert_eq!(
            decoded_path("/e/2022/caf%C3%A9/").as_deref(),
            Some("/e/2022/caf\u{e9}/")
        );
        assert_eq!(decoded_path("/e/2022/café/"), None, "unescaped non-ASCII");
    }

    #[test]
    fn a_foreign_host_origin_or_path_is_refused() {
        let d = door();
        for host in [
            "evil.example:4321",
            "127.0.0.1:80",
            "127.0.0.1",
            "127.0.0.1:43210",
        ] {
            assert_eq!(
                d.check(&asked("GET", "/?t=abc123", host)),
                Err(Refusal::Host)
            );
        }
        let mut post = asked("POST", "/new", "127.0.0.1:4321");
        post.cookie = Some("verslag_studio_4321=abc123");
        assert_eq!(d.check(&post), Err(Refusal::Origin));
        post.origin = Some("http://evil.example");
        assert_eq!(d.check(&post), Err(Refusal::Origin));
        post.origin = Some("http://127.0.0.1:4321");
        assert_eq!(d.check(&post), Ok(Access::Session));
        for path in [
            "/e/2022/../x",
            "/e/%2e%2e/x",
            "/e\\x",
            "/.verslag-studio",
            "x",
        ] {
            let mut get = asked("GET", path, "127.0.0.1:4321");
            get.cookie = Some("verslag_studio_4321=abc123");
            assert_eq!(d.check(&get), Err(Refusal::Path), "{path}");
        }
    }
}
