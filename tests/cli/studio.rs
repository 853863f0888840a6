//! `verslag studio` as a real process on loopback: its door (token, Host, Origin, paths, a
//! symlink out of the root), a second studio, a taken port, a new event from the form, and in
//! Debian's Chromium the events list, the live report, an edit on disk and a broken record.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};

use crate::common::{self, EXAMPLE, scratch, stderr, stdout};

/// A running studio on a copy of the example's events folder; stopped when dropped.
pub struct Studio {
    child: Child,
    pub url: String,
    pub port: u16,
    token: String,
    /// The rest of what it prints, read by [`Studio::stop`].
    out: Option<BufReader<std::process::ChildStdout>>,
}

impl Drop for Studio {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn events_copy(dir: &Path) -> std::path::PathBuf {
    let events = dir.join("events");
    common::copy_tree(&common::root().join(EXAMPLE), &events.join(&EXAMPLE[7..]));
    events
}

pub fn start(events: &Path, extra: &[&str]) -> Studio {
    start_env(events, extra, &[])
}

/// [`start`] with environment variables of its own (`VERSLAG_CONFIG_DIR`, say).
pub fn start_env(events: &Path, extra: &[&str], env: &[(&str, &Path)]) -> Studio {
    let mut args = vec!["--events", events.to_str().unwrap()];
    args.extend_from_slice(extra);
    start_in(&common::root(), &args, env)
}

/// `verslag -q studio --no-open ARGS` in the folder `cwd`; its address read from what it
/// prints first.
pub fn start_in(cwd: &Path, extra: &[&str], env: &[(&str, &Path)]) -> Studio {
    let mut args = vec!["-q", "studio", "--no-open"];
    args.extend_from_slice(extra);
    let mut child = common::command(&args)
        .current_dir(cwd)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("verslag studio starts");
    let mut line = String::new();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    out.read_line(&mut line)
        .expect("the studio prints its address");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    let rest = url.strip_prefix("http://127.0.0.1:").expect("on 127.0.0.1");
    let (port, token) = rest.split_once("/?t=").expect("a token");
    Studio {
        port: port.parse().unwrap(),
        token: token.to_string(),
        url,
        child,
        out: Some(out),
    }
}

/// One raw HTTP/1.1 request; the whole answer as text.
pub fn http(port: u16, request: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("the studio listens");
    s.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

impl Studio {
    pub fn get(&self, path: &str, headers: &str) -> String {
        http(
            self.port,
            &format!(
                "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{headers}Connection: close\r\n\r\n",
                self.port
            ),
        )
    }

    pub fn cookie(&self) -> String {
        format!("Cookie: verslag_studio_{}={}\r\n", self.port, self.token)
    }

    /// Stops the studio; everything it printed, on stdout and stderr.
    pub fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut all = String::new();
        if let Some(mut out) = self.out.take() {
            let _ = out.read_to_string(&mut all);
        }
        if let Some(mut err) = self.child.stderr.take() {
            let _ = err.read_to_string(&mut all);
        }
        all
    }

    /// A POST of JSON from the studio's own page (its Origin and cookie).
    pub fn post_json(&self, path: &str, body: &str) -> String {
        http(
            self.port,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{0}\r\n{1}Origin: http://127.0.0.1:{0}\r\n\
                 Content-Type: application/json\r\nContent-Length: {2}\r\nConnection: close\r\n\r\n{body}",
                self.port,
                self.cookie(),
                body.len()
            ),
        )
    }

    pub fn post(&self, path: &str, origin: &str, body: &str) -> String {
        http(
            self.port,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{}{origin}Content-Type: \
                 application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                self.port,
                self.cookie(),
                body.len()
            ),
        )
    }
}

/// The JSON body of an answer.
pub fn json(answer: &str) -> serde_json::Value {
    let body = &answer[answer.find("\r\n\r\n").expect("a body") + 4..];
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {answer}"))
}

pub fn status(answer: &str) -> &str {
    answer.split(' ').nth(1).unwrap_or_default()
}

#[test]
fn the_studio_lets_in_only_its_own_page_and_path() {
    let dir = scratch();
    let events = events_copy(dir.path());
    // A folder that looks like an event but is a link out of the root.
    let outside = dir.path().join("outside");
    common::copy_tree(&common::root().join(EXAMPLE), &outside);
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, events.join("2022/2022-12-01-link")).unwrap();
    // A folder named with a combining accent, as macOS saves "café".
    let cafe = events.join("2022/2022-12-02-cafe\u{301}");
    common::copy_tree(&common::root().join(EXAMPLE), &cafe);
    let studio = start(&events, &[]);
    let slug = &EXAMPLE["events/2022/".len()..];

    // The token in the address: a cookie for this port only, then the page without the token.
    let first = studio.get(&format!("/?t={}", studio.token), "");
    assert_eq!(status(&first), "303", "{first}");
    assert!(first.contains(&format!(
        "Set-Cookie: verslag_studio_{}={}; HttpOnly; SameSite=Strict",
        studio.port, studio.token
    )));
    let list = studio.get("/", &studio.cookie());
    assert_eq!(status(&list), "200", "{list}");
    assert!(list.contains("Werkgevers helpen wethouders"), "{list}");
    assert!(
        !list.contains("2022-12-01-link"),
        "a link out of the root is no event: {list}"
    );
    // Listed, linked escaped, and found by the NFC spelling too.
    assert!(list.contains("/e/2022/2022-12-02-caf%C3%A9/"), "{list}");
    let found = studio.get("/e/2022/2022-12-02-caf%C3%A9/", &studio.cookie());
    assert_eq!(status(&found), "200", "{found}");
    for header in [
        "Content-Security-Policy: default-src 'none'",
        "Referrer-Policy: same-origin",
        "X-Frame-Options: DENY",
    ] {
        assert!(list.contains(header), "{header}");
    }
    assert!(!list.contains("Access-Control-Allow"), "no CORS");

    // Refused, each with nothing read or changed.
    assert_eq!(status(&studio.get("/", "")), "403", "no token");
    assert_eq!(status(&studio.get("/?t=0000", "")), "403", "a wrong token");
    let foreign = http(
        studio.port,
        &format!(
            "GET /?t={} HTTP/1.1\r\nHost: attacker.example:{}\r\nConnection: close\r\n\r\n",
            studio.token, studio.port
        ),
    );
    assert_eq!(status(&foreign), "421", "a foreign Host (DNS rebinding)");
    let cookie = studio.cookie();
    for path in [
        "/e/2022/../../etc/passwd",
        "/e/2022/%2e%2e/x/",
        "/e/2022/2022-12-01-link/",
        "/e/2022/2022-12-01-link/report.pdf",
        "/.verslag-studio",
    ] {
        assert_eq!(status(&studio.get(path, &cookie)), "404", "{path}");
    }
    let cross = studio.post(
        "/new",
        "Origin: http://attacker.example\r\n",
        "date=2024-03-14&name=praktijktafel-soest",
    );
    assert_eq!(status(&cross), "403", "{cross}");
    let bare = studio.post("/new", "", "date=2024-03-14&name=praktijktafel-soest");
    assert_eq!(status(&bare), "403", "a POST without Origin");
    assert!(
        !events.join("2024").exists(),
        "nothing made by a refused request"
    );
    let live = studio.get(
        &format!("/e/2022/{slug}/live"),
        &format!("{cookie}Origin: http://attacker.example\r\n"),
    );
    assert_eq!(status(&live), "403", "the live stream checks Origin too");

    // The form, from the studio's own page: `verslag new`'s folder, then its page.
    let origin = format!("Origin: http://127.0.0.1:{}\r\n", studio.port);
    let made = studio.post("/new", &origin, "date=2024-03-14&name=praktijktafel-soest");
    assert_eq!(status(&made), "303", "{made}");
    assert!(
        made.contains("Location: /e/2024/2024-03-14-praktijktafel-soest/"),
        "{made}"
    );
    assert!(
        events
            .join("2024/2024-03-14-praktijktafel-soest/event.toml")
            .is_file()
    );
    let wrong = studio.post("/new", &origin, "date=14+maart&name=x");
    assert_eq!(status(&wrong), "422", "{wrong}");
    assert!(wrong.contains("role=\"alert\""), "{wrong}");

    // The language switch: a cookie, and back to the page it was on.
    let back = format!("/e/2022/{slug}/");
    let switched = studio.post("/language", &origin, &format!("lang=nl&back={back}"));
    assert_eq!(status(&switched), "303", "{switched}");
    assert!(
        switched.contains(&format!("Location: {back}")),
        "{switched}"
    );
    assert!(
        switched.contains("Set-Cookie: verslag_lang=nl; SameSite=Strict"),
        "{switched}"
    );
    let both = format!("{}; verslag_lang=nl\r\n", cookie.trim_end());
    let dutch = studio.get("/", &both);
    assert!(
        dutch.contains("<html lang=\"nl\">") && dutch.contains("<h1>Evenementen</h1>"),
        "{dutch}"
    );
    assert!(
        list.contains("<h1>Events</h1>"),
        "English unless switched: {list}"
    );
    let away = studio.post(
        "/language",
        &origin,
        "lang=nl&back=https://attacker.example/",
    );
    assert!(away.contains("Location: /\r\n"), "{away}");

    // A second studio on the same folder opens the first one's address.
    let second = common::command(&["studio", "--no-open", "--events", events.to_str().unwrap()])
        .output()
        .expect("runs");
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert!(stdout(&second).contains(&studio.url), "{}", stdout(&second));

    // A taken port is a clear error.
    let taken = common::command(&[
        "studio",
        "--no-open",
        "--port",
        &studio.port.to_string(),
        "--events",
        dir.path().to_str().unwrap(),
    ])
    .output()
    .expect("runs");
    assert_eq!(taken.status.code(), Some(1), "{}", stderr(&taken));
    assert!(stderr(&taken).contains("--port"), "{}", stderr(&taken));
}

#[test]
fn the_studio_shows_the_live_report_in_a_real_browser() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let events = events_copy(dir.path());
    let studio = start(&events, &[]);
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let toml = events.join(&EXAMPLE[7..]).join("event.toml");
    let r = crate::browser::script(
        "studio.mjs",
        &[
            studio.url.as_str(),
            toml.to_str().unwrap(),
            shots.to_str().unwrap(),
        ],
        &chromium,
    );
    assert_eq!(r["console_errors"], serde_json::json!([]), "{r:#}");
    assert_eq!(r["other_hosts"], serde_json::json!([]), "{r:#}");
    let pages = r["pages"].as_array().expect("pages");
    assert!(pages.len() >= 6, "{r:#}");
    assert!(pages.iter().all(|p| p["ok"] == true), "{r:#}");
    for view in ["phone", "desktop"] {
        for what in ["list", "event"] {
            assert_eq!(
                r["views"][view][format!("{what}_axe")],
                serde_json::json!([]),
                "{r:#}"
            );
            assert_eq!(
                r["views"][view][format!("{what}_overflow")],
                false,
                "{view} {what}"
            );
        }
    }
    assert!(r["edit_seen_ms"].as_u64().is_some(), "{r:#}");
    let problem = r["problem"].as_str().unwrap_or_default();
    assert!(
        problem.contains("event.toml:") && problem.contains("[tables"),
        "{r:#}"
    );
    assert_eq!(r["pages_kept"].as_u64(), Some(pages.len() as u64), "{r:#}");
    assert_eq!(r["mended"], true);
}
