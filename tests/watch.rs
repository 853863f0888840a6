//! `verslag watch`: a real watcher process, real edits of the record and a photo, real PDFs.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use common::{copy_tree, scratch};

/// Lines the watcher printed, tagged with the stream they came from.
struct Watcher {
    child: Child,
    lines: Receiver<(&'static str, String)>,
    seen: Vec<String>,
}

impl Watcher {
    fn start(dir: &Path, event: &str) -> Watcher {
        let mut child = Command::new(env!("CARGO_BIN_EXE_verslag"))
            .args(["watch", "--format", "short", "-o", "out", event])
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env(
                "VERSLAG_CACHE_DIR",
                common::root().join("target/test-photo-cache"),
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = channel();
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        for (tag, stream) in [
            ("out", Box::new(out) as Box<dyn std::io::Read + Send>),
            ("err", Box::new(err)),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = tx.send((tag, line));
                }
            });
        }
        Watcher {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits for a line on `tag` containing `text`; a generous deadline only guards a hang.
    fn wait_for(&mut self, tag: &str, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok((t, line)) => {
                    self.seen.push(format!("{t}: {line}"));
                    if t == tag && line.contains(text) {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "no {tag} line with {text:?}; the watcher said:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// Stops the watcher as Ctrl-C would.
    fn interrupt(mut self) -> Option<i32> {
        Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        self.child.wait().unwrap().code()
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn title(pdf: &Path) -> String {
    common::pdf::fold(&common::pdf::text(pdf))
}

#[test]
fn watch_rebuilds_on_save_and_keeps_the_last_good_report() {
    let tmp = scratch();
    let slug = "2022-11-01-valid-minimal";
    let event = format!("2022/{slug}");
    copy_tree(
        &common::root().join("tests/records").join(&event),
        &tmp.path().join(&event),
    );
    let record = tmp.path().join(&event).join("event.toml");
    let pdf = tmp.path().join(format!("out/2022/{slug}.pdf"));
    let original = std::fs::read_to_string(&record).unwrap();

    let mut w = Watcher::start(tmp.path(), &event);
    let built = w.wait_for("out", "built out/2022/2022-11-01-valid-minimal.pdf in ");
    assert!(built.ends_with(" s"), "{built}");
    assert!(title(&pdf).contains("Praktijktafel"), "{}", title(&pdf));

    // An edit, saved the way many editors save: a new file renamed over the old one.
    let edited = original.replacen("Praktijktafel", "Werkgeverstafel", 1);
    assert_ne!(edited, original);
    std::fs::write(tmp.path().join("next.tmp"), &edited).unwrap();
    std::fs::rename(tmp.path().join("next.tmp"), &record).unwrap();
    w.wait_for("out", "built out/2022/");
    assert!(title(&pdf).contains("Werkgeverstafel"), "{}", title(&pdf));
    let good = std::fs::read(&pdf).unwrap();

    // A mistake: reported as `check` reports it, and the good report stays.
    std::fs::write(&record, edited.replacen("title = ", "titel = ", 1)).unwrap();
    w.wait_for("err", "2 problems; the last good report was kept");
    let prefix = format!("err: {event}/event.toml:");
    let problems: Vec<&String> = w.seen.iter().filter(|l| l.starts_with(&prefix)).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].ends_with(
        "3:1: error: missing required key `event.title` (hint: add `title = \"...\"` in `event`)"
    ));
    assert!(
        problems[1]
            .ends_with("4:1: error: unknown key `titel` in `event` (hint: did you mean `title`?)")
    );
    assert_eq!(std::fs::read(&pdf).unwrap(), good);

    // Fixed, written in place this time.
    std::fs::write(&record, &original).unwrap();
    w.wait_for("out", "built out/2022/");
    assert!(title(&pdf).contains("Praktijktafel"));
    assert!(!title(&pdf).contains("Werkgeverstafel"));

    assert_eq!(w.interrupt(), Some(130));
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path().join("out/2022"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers, [std::ffi::OsString::from(format!("{slug}.pdf"))]);
}

#[test]
fn watch_names_a_missing_event_and_stops() {
    let out = common::verslag(&["watch", "events/2022/no-such-event"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out).contains("events/2022/no-such-event: error: cannot open"),
        "{}",
        common::stderr(&out)
    );
}
