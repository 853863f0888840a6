//! `verslag archive` and `verslag verify` on the example year: PDF/A-3b + PDF/UA-1 with the
//! record attached, a yearbook, a manifest that catches a flipped byte, and no needless rebuild.

use crate::common;

use std::path::Path;

use common::pdf;
use common::{scratch, stderr, stdout, verslag};

const SLUG: &str = "2022-11-01-praktijktafel-amersfoort";

fn archive(root: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "archive",
        "2022",
        "--format",
        "short",
        "--archive",
        root.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    verslag(&args)
}

fn verify(root: &Path) -> std::process::Output {
    verslag(&[
        "verify",
        "2022",
        "--format",
        "short",
        "--archive",
        root.to_str().unwrap(),
    ])
}

/// The XMP metadata stream of a PDF, as text.
fn xmp(doc: &lopdf::Document) -> String {
    let catalog = doc.catalog().unwrap();
    let id = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let stream = doc.get_object(id).unwrap().as_stream().unwrap();
    String::from_utf8_lossy(
        &stream
            .decompressed_content()
            .unwrap_or(stream.content.clone()),
    )
    .into_owned()
}

/// Every embedded file: (name, bytes, AFRelationship).
fn attachments(doc: &lopdf::Document) -> Vec<(String, Vec<u8>, String)> {
    let mut out = Vec::new();
    for d in common::pdf::dicts_of_type(doc, b"Filespec") {
        let name = d
            .get(b"UF")
            .or_else(|_| d.get(b"F"))
            .map(|n| lopdf::decode_text_string(n).unwrap_or_default())
            .unwrap_or_default();
        let rel = d
            .get(b"AFRelationship")
            .and_then(|r| r.as_name())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let ef = d.get(b"EF").unwrap().as_dict().unwrap();
        let id = ef.get(b"F").unwrap().as_reference().unwrap();
        let s = doc.get_object(id).unwrap().as_stream().unwrap();
        out.push((
            name,
            s.decompressed_content().unwrap_or(s.content.clone()),
            rel,
        ));
    }
    out
}

#[test]
fn archive_then_verify_then_tamper() {
    let tmp = scratch();
    let root = tmp.path().join("archive");
    let o = archive(&root, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let year = root.join("2022");
    assert_eq!(
        stdout(&o),
        format!(
            "{}: 1 built, 0 unchanged, 0 failed; yearbook built\n",
            year.display()
        )
    );

    // The report claims PDF/A-3b and PDF/UA-1 and carries its record as the source.
    let report = year.join(format!("{SLUG}.pdf"));
    let doc = pdf::load(&report);
    let meta = xmp(&doc);
    assert!(meta.contains("<pdfaid:part>3</pdfaid:part>"), "{meta}");
    assert!(
        meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{meta}"
    );
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
    let files = attachments(&doc);
    let record = std::fs::read(format!("{}/event.toml", common::EXAMPLE)).unwrap();
    assert_eq!(
        files.len(),
        1,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert_eq!(files[0].0, "event.toml");
    assert_eq!(files[0].2, "Source");
    assert!(
        files[0].1 == record,
        "the attachment differs from event.toml"
    );

    // The yearbook lists the event and its question, and is archival too.
    let yearbook = year.join("yearbook-2022.pdf");
    let text = pdf::text(&yearbook);
    for want in [
        "1 november 2022",
        "Werkgevers helpen wethouders hun inclusie-belofte waar te maken",
        "Hoe begeleiden we statushouders naar duurzaam betaald werk?",
        &format!("{SLUG}.pdf"),
    ] {
        assert!(text.contains(want), "yearbook lacks {want:?}: {text}");
    }
    assert!(xmp(&pdf::load(&yearbook)).contains("<pdfaid:part>3</pdfaid:part>"));
    // A year of one event says so in the singular, and binds that one report in.
    let pages: String = pdf::ink(&yearbook, 22.0, 20.0)
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        pages.contains("1 bijeenkomst 5 tafels 5 gemeenten"),
        "{pages}"
    );
    assert!(
        pages.contains("Colofon"),
        "the report is not bound in: {pages}"
    );

    // Verify passes; a second archive run rebuilds nothing.
    let v = verify(&root);
    assert_eq!(v.status.code(), Some(0), "{}", stderr(&v));
    assert_eq!(
        stdout(&v),
        format!("{}: all 2 files match the manifest\n", year.display())
    );
    let before = std::fs::read(&report).unwrap();
    let again = archive(&root, &[]);
    assert_eq!(
        stdout(&again),
        format!(
            "{}: 0 built, 1 unchanged, 0 failed; yearbook unchanged\n",
            year.display()
        )
    );
    assert!(std::fs::read(&report).unwrap() == before);

    // One flipped byte, a missing file and a stray file are each named.
    let mut bytes = before.clone();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&report, &bytes).unwrap();
    std::fs::remove_file(&yearbook).unwrap();
    std::fs::write(year.join("notes.txt"), "stray").unwrap();
    let v = verify(&root);
    assert_eq!(v.status.code(), Some(1));
    let err = stderr(&v);
    assert!(
        err.contains(&format!("{}: error: changed: ", report.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}: error: missing: ", yearbook.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: error: unexpected: not in the manifest",
            year.join("notes.txt").display()
        )),
        "{err}"
    );
    assert!(
        err.ends_with(&format!("{}: 0 files match, 3 problems\n", year.display())),
        "{err}"
    );
}

#[test]
fn a_hand_edited_manifest_stops_the_archive_and_is_kept() {
    let tmp = scratch();
    let root = tmp.path().join("archive");
    assert_eq!(archive(&root, &[]).status.code(), Some(0));
    let manifest = root.join("2022/manifest.toml");
    let text = std::fs::read_to_string(&manifest)
        .unwrap()
        .replace("sha256 = ", "sha265 = ");
    std::fs::write(&manifest, &text).unwrap();
    let o = archive(&root, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("manifest.toml:"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("error: the manifest is not valid: unknown field `sha265`"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(&manifest).unwrap(),
        text,
        "the manifest was overwritten"
    );
    let v = verify(&root);
    assert_eq!(v.status.code(), Some(1));
    assert!(stderr(&v).contains("unknown field `sha265`"));
}

#[test]
fn a_year_without_events_is_an_error() {
    let tmp = scratch();
    let o = archive(
        &tmp.path().join("archive"),
        &["--events", tmp.path().to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "{}: error: no events to archive for 2022 (hint: events live in events/<year>/<date>-<name>/event.toml; check the year and --events)\n",
            tmp.path().join("2022").display()
        )
    );
}

#[test]
fn a_failing_event_does_not_stop_the_others() {
    let tmp = scratch();
    let events = tmp.path().join("events");
    common::copy_tree(
        &common::root().join(common::EXAMPLE),
        &events.join("2022").join(SLUG),
    );
    let broken = events.join("2022/2022-11-01-broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(
        broken.join("event.toml"),
        "version = 1\n[event]\ntitle = \"x\"\n",
    )
    .unwrap();
    let root = tmp.path().join("archive");
    let o = archive(&root, &["--events", events.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o)
            .contains("2022-11-01-broken/event.toml:2:1: error: missing required key `event.date`"),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).contains(
            ": 1 built, 0 unchanged, 1 failed; yearbook not rebuilt: 2022-11-01-broken failed"
        ),
        "{}",
        stdout(&o)
    );
    assert!(root.join(format!("2022/{SLUG}.pdf")).exists());
    assert!(!root.join("2022/2022-11-01-broken.pdf").exists());
    // No yearbook of half a year: none was made, and the manifest lists none.
    assert!(!root.join("2022/yearbook-2022.pdf").exists());
    let manifest = std::fs::read_to_string(root.join("2022/manifest.toml")).unwrap();
    assert!(!manifest.contains("yearbook-2022.pdf"), "{manifest}");
}

/// `verslag archive 2022` of the example year as a child process.
fn spawn_archive(root: &Path) -> std::process::Child {
    let root = root.to_str().unwrap();
    common::spawn(&["archive", "2022", "--format", "short", "--archive", root])
}

#[test]
fn two_archives_at_once_leave_a_manifest_that_verifies() {
    let tmp = scratch();
    let root = tmp.path().join("archive");
    let (a, b) = (spawn_archive(&root), spawn_archive(&root));
    let outputs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
    let mut built = 0;
    for o in &outputs {
        if o.status.code() == Some(0) {
            built += 1;
        } else {
            assert_eq!(o.status.code(), Some(1), "{}", stderr(o));
            assert!(
                stderr(o).contains("error: another verslag is archiving "),
                "{}",
                stderr(o)
            );
        }
    }
    assert!(built >= 1);
    let o = verify(&root);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn a_held_year_stops_archive_and_verify_and_writes_nothing() {
    let tmp = scratch();
    let root = tmp.path().join("archive");
    assert_eq!(archive(&root, &[]).status.code(), Some(0));
    let year = root.join("2022");
    let manifest = std::fs::read(year.join("manifest.toml")).unwrap();
    let lock = std::fs::File::options()
        .write(true)
        .open(year.join(".verslag.lock"))
        .unwrap();
    lock.try_lock().unwrap();
    // The holder's record of itself: another process wrote it.
    std::fs::write(
        year.join(".verslag.lock"),
        "4242\t2026-11-28 10:42\tarchiving archive/2022\n",
    )
    .unwrap();
    std::fs::remove_file(year.join(format!("{SLUG}.pdf"))).unwrap();
    let o = archive(&root, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "{}: error: another verslag is archiving archive/2022 (process 4242, started \
             2026-11-28 10:42) (hint: wait until it has finished, then run this again; nothing \
             was sent or written by this run)\n",
            year.display()
        )
    );
    assert!(
        !year.join(format!("{SLUG}.pdf")).exists(),
        "it archived anyway"
    );
    assert!(std::fs::read(year.join("manifest.toml")).unwrap() == manifest);
    let o = verify(&root);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("error: another verslag is archiving archive/2022"),
        "{}",
        stderr(&o)
    );
    drop(lock);
    // Free again: the archive restores the missing file, and the lock file is no stranger.
    assert_eq!(archive(&root, &[]).status.code(), Some(0));
    let o = verify(&root);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
