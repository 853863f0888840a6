//! The studio's settings page against the real binary: a brand and a mail server kept per
//! events folder in the config folder, used by the reports at once and by the next run; a
//! password in the address, a relative or broken brand refused with nothing written; a
//! `--brand` of the run wins and says so.

use super::studio::{Studio, events_copy, http, start_env, status};
use crate::common::{self, scratch};

impl Studio {
    fn settings(&self, body: &str) -> String {
        http(
            self.port,
            &format!(
                "POST /settings HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{cookie}Origin: http://127.0.0.1:{port}\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len(),
                port = self.port,
                cookie = self.cookie(),
            ),
        )
    }
}

/// The body of a GET, as bytes.
fn body_bytes(studio: &Studio, path: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", studio.port)).unwrap();
    let ask = format!(
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{}Connection: close\r\n\r\n",
        studio.port,
        studio.cookie()
    );
    s.write_all(ask.as_bytes()).unwrap();
    let mut all = Vec::new();
    let _ = s.read_to_end(&mut all);
    let at = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    all.split_off(at)
}

fn encoded(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn settings_are_kept_per_events_folder_checked_and_used_by_the_reports() {
    let dir = scratch();
    let events = events_copy(dir.path());
    let config = dir.path().join("config");
    let brand_dir = dir.path().join("merk");
    common::copy_tree(&common::root().join("templates"), &brand_dir);
    let brand = brand_dir.join("brand.toml");
    let text = std::fs::read_to_string(&brand).unwrap().replacen(
        "organization = \"De Normaalste Zaak Amersfoort\"",
        "organization = \"Het Andere Netwerk Soest\"",
        1,
    );
    std::fs::write(&brand, text).unwrap();
    let file = config.join("settings.toml");
    let env = [("VERSLAG_CONFIG_DIR", config.as_path())];
    let studio = start_env(&events, &[], &env);

    let page = studio.get("/settings", &studio.cookie());
    assert_eq!(status(&page), "200", "{page}");
    assert!(
        page.contains("name=\"brand\"") && page.contains("name=\"smtp\""),
        "{page}"
    );

    // Refused, with what was typed kept and nothing written.
    for (body, said) in [
        (
            format!(
                "brand=&smtp={}",
                encoded("smtps://naam:geheim@mail.example.nl:465")
            ),
            "holds a password",
        ),
        ("brand=brand.toml&smtp=".to_string(), "whole path"),
        (
            format!(
                "brand={}&smtp=",
                encoded(&dir.path().join("nergens.toml").display().to_string())
            ),
            "",
        ),
        ("brand=&smtp=mail.example.nl".to_string(), "smtp://"),
    ] {
        let answer = studio.settings(&body);
        assert_eq!(status(&answer), "422", "{body}: {answer}");
        assert!(answer.contains(said), "{body}: {answer}");
        // The studio keeps which folder it serves there; no settings of a folder.
        let kept = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(!kept.contains("[[folder]]"), "kept after {body}: {kept}");
    }
    assert!(
        !studio
            .settings(&format!(
                "brand=&smtp={}",
                encoded("smtps://naam:geheim@mail.example.nl:465")
            ))
            .contains("geheim@")
    );

    // Kept, and the report uses the brand from its next render.
    let smtp = "smtps://naam@mail.example.nl:465";
    let body = format!(
        "brand={}&smtp={}",
        encoded(&brand.display().to_string()),
        encoded(smtp)
    );
    let answer = studio.settings(&body);
    assert_eq!(status(&answer), "303", "{answer}");
    let kept = std::fs::read_to_string(&file).unwrap();
    let root = events.canonicalize().unwrap();
    assert!(
        kept.contains(&root.display().to_string())
            && kept.contains(smtp)
            && kept.contains("brand.toml"),
        "{kept}"
    );
    let pdf_path = dir.path().join("report.pdf");
    let event = "/e/2022/2022-11-01-praktijktafel-amersfoort/";
    let _ = studio.get(event, &studio.cookie());
    let mut text = String::new();
    for _ in 0..300 {
        let answer = studio.get(&format!("{event}report.pdf"), &studio.cookie());
        if status(&answer) == "200" {
            let raw = body_bytes(&studio, &format!("{event}report.pdf"));
            std::fs::write(&pdf_path, raw).unwrap();
            text = common::pdf::text(&pdf_path);
            if text.contains("Het Andere Netwerk Soest") {
                break;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(text.contains("Het Andere Netwerk Soest"), "{text}");
    drop(studio);

    // The next run finds them; a run given --brand says that one wins.
    let studio = start_env(&events, &[], &env);
    let page = studio.get("/settings", &studio.cookie());
    assert!(
        page.contains(smtp) && page.contains("merk/brand.toml"),
        "{page}"
    );
    drop(studio);
    let other = common::root().join("templates/brand.toml");
    let studio = start_env(&events, &["--brand", other.to_str().unwrap()], &env);
    let page = studio.get("/settings", &studio.cookie());
    assert!(page.contains("--brand"), "{page}");
}
