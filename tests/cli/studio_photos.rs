//! Photos dropped into the studio's page, against the real binary: over raw HTTP (a name
//! with `..`, a text file named .jpg, a HEIC, a 60 MB body, a foreign Origin, a form's type:
//! each refused with nothing kept) and in Chromium (tests/browser/photos.mjs: two photos
//! dropped and described, the same bytes again, other bytes under a taken name; the record
//! names them, the live report prints them, `verslag check` passes).

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;

use serde_json::json;

use super::studio::{Studio, events_copy, start, status};
use super::studio_form::toml_of;
use crate::common::{self, EXAMPLE, scratch, stderr, stdout};

const UPLOAD: &str = "/e/2022/2022-11-01-praktijktafel-amersfoort/photos";

/// The names in a folder, temp files too.
fn names(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

impl Studio {
    /// A photo's bytes sent as the page sends them, with `extra` headers; the answer. The
    /// body is `declared` long but only `body` is sent (all of it when they are equal).
    fn upload(&self, name: &str, extra: &str, declared: usize, body: &[u8]) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let head = format!(
            "POST {UPLOAD}?name={name} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{cookie}{extra}\
             Content-Length: {declared}\r\nConnection: close\r\n\r\n",
            port = self.port,
            cookie = self.cookie(),
        );
        s.write_all(head.as_bytes()).unwrap();
        let _ = s.write_all(body);
        if body.len() < declared {
            // The browser went away half-way.
            let _ = s.shutdown(std::net::Shutdown::Write);
        }
        let mut answer = Vec::new();
        let _ = s.read_to_end(&mut answer);
        String::from_utf8_lossy(&answer).into_owned()
    }
}

#[test]
fn a_dropped_file_that_is_no_photo_or_comes_the_wrong_way_is_refused_and_nothing_kept() {
    let dir = scratch();
    let events = events_copy(dir.path());
    let photos = events.join(&EXAMPLE[7..]).join("photos");
    let before = names(&photos);
    let studio = start(&events, &[]);
    let own = format!(
        "Origin: http://127.0.0.1:{}\r\nContent-Type: application/octet-stream\r\n",
        studio.port
    );
    let jpeg = std::fs::read(common::root().join("tests/fixtures/photos/sunset-640.jpg")).unwrap();
    let text = b"Dit is geen foto.\n";
    let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
    for (name, body, said) in [
        (
            "..%2F..%2Fstiekem.jpg",
            &jpeg[..],
            "cannot be a photo's name",
        ),
        ("..stiekem.jpg", &jpeg[..], "cannot be a photo's name"),
        ("notes.txt", &jpeg[..], "is not named as a photo"),
        ("notities.jpg", &text[..], "is a text file"),
        ("IMG_0001.HEIC", &heic[..], "iPhone"),
    ] {
        let answer = studio.upload(name, &own, body.len(), body);
        assert_eq!(status(&answer), "422", "{name}: {answer}");
        assert!(answer.contains(said), "{name}: {answer}");
    }
    // Declared too large: refused before a byte of it is read.
    let big = studio.upload("groot.jpg", &own, 60 * 1024 * 1024, &jpeg);
    assert_eq!(status(&big), "413", "{big}");
    // Cut short: a photo of 4 MiB (streamed to disk) of which the first bytes came.
    let cut = studio.upload("half.jpg", &own, 4 * 1024 * 1024, &jpeg);
    assert_eq!(status(&cut), "400", "{cut}");
    // Not from the page itself, or not as bytes.
    let foreign = "Origin: http://evil.example\r\nContent-Type: application/octet-stream\r\n";
    assert_eq!(
        status(&studio.upload("x.jpg", foreign, jpeg.len(), &jpeg)),
        "403"
    );
    let form = format!(
        "Origin: http://127.0.0.1:{}\r\nContent-Type: multipart/form-data\r\n",
        studio.port
    );
    assert_eq!(
        status(&studio.upload("x.jpg", &form, jpeg.len(), &jpeg)),
        "415"
    );
    assert_eq!(names(&photos), before, "nothing kept, no temp file left");
    assert!(!events.join("2022/stiekem.jpg").exists() && !events.join("stiekem.jpg").exists());

    // A photo that is one is kept; the same bytes again are the same photo.
    let kept = studio.upload("Zon%20boven%20Soest.JPG", &own, jpeg.len(), &jpeg);
    assert_eq!(status(&kept), "200", "{kept}");
    assert!(
        kept.contains(r#""file":"photos/Zon-boven-Soest.jpg""#),
        "{kept}"
    );
    let again = studio.upload("kopie.jpg", &own, jpeg.len(), &jpeg);
    assert!(
        again.contains(r#""file":"photos/Zon-boven-Soest.jpg","same":true"#),
        "{again}"
    );
    // The same photo dropped in two tabs at once: kept once.
    let other = std::fs::read(common::root().join("tests/fixtures/photos/picos-500.webp")).unwrap();
    std::thread::scope(|s| {
        let sends: Vec<_> = (0..2)
            .map(|_| s.spawn(|| studio.upload("twee.webp", &own, other.len(), &other)))
            .collect();
        for send in sends {
            let answer = send.join().unwrap();
            assert!(answer.contains(r#""file":"photos/twee.webp""#), "{answer}");
        }
    });
    let mut after = before.clone();
    after.insert("Zon-boven-Soest.jpg".into());
    after.insert("twee.webp".into());
    assert_eq!(names(&photos), after);
}

#[test]
fn photos_dropped_in_a_real_browser_land_in_the_folder_and_the_record() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let events = events_copy(dir.path());
    let photos = events.join(&EXAMPLE[7..]).join("photos");
    let before = names(&photos);
    let studio = start(&events, &[]);
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let r = crate::browser::script(
        "photos.mjs",
        &[
            studio.url.as_ref(),
            common::root().join("tests/fixtures/photos").as_os_str(),
            shots.as_os_str(),
        ],
        &chromium,
    );
    // Each refusal shows in the console as the answer it is; nothing else may.
    for error in r["console_errors"].as_array().unwrap() {
        let error = error.as_str().unwrap();
        assert!(
            error.contains("422 (Unprocessable Content)") && error.contains("/photos?name="),
            "an unexpected console error: {error}\n{r:#}"
        );
    }
    for view in ["phone", "desktop"] {
        assert_eq!(r["views"][view]["axe"], json!([]), "{r:#}");
        assert_eq!(r["views"][view]["overflow"], false, "{view}");
    }
    let dropped = r["dropped"].as_str().unwrap();
    assert!(
        dropped.contains("Zonsondergang Soest.JPG added as photos/Zonsondergang-Soest.jpg")
            && dropped.contains("picos-500.webp added as photos/picos-500.webp"),
        "{r:#}"
    );
    assert!(
        r["thumbs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|w| w.as_u64() > Some(100))
    );
    assert_eq!(r["thumbs"].as_array().unwrap().len(), 7, "{r:#}");
    assert!(
        r["again"]
            .as_str()
            .unwrap()
            .contains("kopie.jpg is already there as photos/Zonsondergang-Soest.jpg"),
        "{r:#}"
    );
    assert!(
        r["other"]
            .as_str()
            .unwrap()
            .contains("added as photos/Zonsondergang-Soest-2.jpg"),
        "{r:#}"
    );
    let refused = r["refused"].as_str().unwrap();
    for said in [
        "notities.jpg was not added",
        "IMG_0001.HEIC was not added",
        "iPhone",
        "groot.jpg is larger than 50 MB",
        "..stiekem.jpg was not added",
    ] {
        assert!(refused.contains(said), "{said}: {refused}");
    }
    assert_eq!(r["photo_items"], 8);
    let mut after = before.clone();
    after.extend(
        [
            "Zonsondergang-Soest.jpg",
            "picos-500.webp",
            "Zonsondergang-Soest-2.jpg",
        ]
        .map(String::from),
    );
    assert_eq!(
        names(&photos),
        after,
        "kept, once each; nothing refused kept"
    );

    // The record names them with what was typed, checks, and the live report prints them.
    let record = std::fs::read_to_string(toml_of(&events)).unwrap();
    for line in [
        "file = \"photos/Zonsondergang-Soest.jpg\"",
        "caption = \"Zon boven de hei\"",
        "alt = \"Bergtoppen boven een wolkendek\"",
        "file = \"photos/Zonsondergang-Soest-2.jpg\"",
    ] {
        assert!(record.contains(line), "{line}\n{record}");
    }
    drop(studio);
    let o = common::command(&[
        "check",
        toml_of(&events).parent().unwrap().to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let text = common::pdf::text(&shots.join("photos-preview.pdf"));
    for caption in ["Zon boven de hei", "Bergen in de mist", "Vrienden"] {
        assert!(
            text.contains(caption),
            "{caption} not in the live report:\n{text}"
        );
    }
}
