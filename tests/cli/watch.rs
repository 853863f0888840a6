//! `verslag watch`: a real watcher process, real edits of the record and a photo, real PDFs.

use crate::common;

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
        Watcher::start_to(dir, event, "out")
    }

    fn start_to(dir: &Path, event: &str, out: &str) -> Watcher {
        Watcher::start_with(dir, &["-o", out, event])
    }

    fn start_with(dir: &Path, args: &[&str]) -> Watcher {
        let mut child = Command::new(env!("CARGO_BIN_EXE_verslag"))
            .args(["watch", "--format", "short"])
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env("VERSLAG_LANG", "en")
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

/// Saves `text` the way many editors do: a new file renamed over the old one.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("toml.new");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

fn title(pdf: &Path) -> String {
    common::pdf::fold(&common::pdf::text(pdf))
}

#[test]
fn watch_rebuilds_on_save_and_keeps_the_last_good_report() {
    let tmp = scratch();
    let slug = "2022-11-01-valid-minimal";
    let event = format!("2022/{slug}");
    let folder = tmp.path().join(&event);
    copy_tree(&common::root().join("tests/records").join(&event), &folder);
    let photos = common::root().join("tests/fixtures/photos");
    std::fs::create_dir_all(folder.join("photos")).unwrap();
    std::fs::copy(photos.join("sunset-640.jpg"), folder.join("photos/p.jpg")).unwrap();
    let record = folder.join("event.toml");
    let original = std::fs::read_to_string(&record).unwrap()
        + "\n[[photos]]\nfile = \"photos/p.jpg\"\ncaption = \"Foto\"\nalt = \"Een foto\"\n";
    std::fs::write(&record, &original).unwrap();
    let pdf = tmp.path().join(format!("out/2022/{slug}.pdf"));

    let mut w = Watcher::start(tmp.path(), &event);
    let built = w.wait_for("out", "built out/2022/2022-11-01-valid-minimal.pdf in ");
    assert!(built.ends_with(" s"), "{built}");
    assert!(title(&pdf).contains("Praktijktafel"), "{}", title(&pdf));

    let edited = original.replacen("Praktijktafel", "Werkgeverstafel", 1);
    assert_ne!(edited, original);
    save(&record, &edited);
    w.wait_for("out", "built out/2022/");
    assert!(title(&pdf).contains("Werkgeverstafel"), "{}", title(&pdf));
    let good = std::fs::read(&pdf).unwrap();

    // A photo replaced by another one: a new report with the new photo.
    std::fs::copy(
        photos.join("wine-orient6-900.jpg"),
        folder.join("photos/p.jpg"),
    )
    .unwrap();
    w.wait_for("out", "built out/2022/");
    let with_new_photo = std::fs::read(&pdf).unwrap();
    assert_ne!(
        with_new_photo, good,
        "the report did not change with its photo"
    );

    // A mistake: reported exactly as `check` reports it, and the good report stays.
    let before = w.seen.len();
    save(&record, &edited.replacen("title = ", "titel = ", 1));
    w.wait_for("err", "2 problems; the last good report was kept");
    let prefix = format!("err: {event}/event.toml:");
    let problems: Vec<&String> = w.seen[before..]
        .iter()
        .filter(|l| l.starts_with(&prefix))
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].ends_with(
        "3:1: error: missing required key `event.title` (hint: add `title = \"...\"` in `event`)"
    ));
    assert!(
        problems[1]
            .ends_with("4:1: error: unknown key `titel` in `event` (hint: did you mean `title`?)")
    );
    assert_eq!(std::fs::read(&pdf).unwrap(), with_new_photo);

    // Fixed, written in place this time.
    std::fs::write(&record, &original).unwrap();
    w.wait_for("out", "built out/2022/");
    assert!(title(&pdf).contains("Praktijktafel"));
    assert!(!title(&pdf).contains("Werkgeverstafel"));

    assert_eq!(w.interrupt(), Some(130));
    let mut leftovers: Vec<_> = std::fs::read_dir(tmp.path().join("out/2022"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    leftovers.sort();
    // The report and what it was built from; no temporary file.
    assert_eq!(
        leftovers,
        [format!(".{slug}.pdf.inputs"), format!("{slug}.pdf")].map(std::ffi::OsString::from)
    );
}

#[test]
fn a_report_written_inside_the_event_folder_does_not_trigger_itself() {
    let tmp = scratch();
    let event = "2022/2022-11-01-valid-minimal";
    copy_tree(
        &common::root().join("tests/records").join(event),
        &tmp.path().join(event),
    );
    // `-o` points into the watched folder, through `..`, as an organiser might type it.
    let out = format!("{event}/../2022-11-01-valid-minimal/out");
    let mut w = Watcher::start_to(tmp.path(), event, &out);
    w.wait_for("out", "built ");
    // Writing the report must not start another build: nothing more within two seconds.
    let more = w.lines.recv_timeout(Duration::from_secs(2));
    assert!(
        !matches!(&more, Ok(("out", line)) if line.starts_with("built")),
        "the report's own write started a rebuild: {more:?}"
    );
}

#[test]
fn watch_with_web_rewrites_the_page_after_each_good_build() {
    let tmp = scratch();
    let event = "2022/2022-11-01-valid-minimal";
    copy_tree(
        &common::root().join("tests/records").join(event),
        &tmp.path().join(event),
    );
    let record = tmp.path().join(event).join("event.toml");
    let original = std::fs::read_to_string(&record).unwrap();
    // The web folder inside the watched event folder: its own writes must not loop.
    let web = format!("{event}/site");
    let page = tmp
        .path()
        .join(&web)
        .join("2022/2022-11-01-valid-minimal/index.html");
    let mut w = Watcher::start_with(tmp.path(), &["--web", &web, event]);
    w.wait_for("out", "index.html");
    w.wait_for("out", "built out/2022/");
    let first = std::fs::read_to_string(&page).unwrap();
    assert!(first.contains("Praktijktafel"), "{first}");

    save(
        &record,
        &original.replacen("Praktijktafel", "Werkgeverstafel", 1),
    );
    w.wait_for("out", "index.html");
    w.wait_for("out", "built out/2022/");
    let second = std::fs::read_to_string(&page).unwrap();
    assert!(second.contains("Werkgeverstafel"), "{second}");
    // The page links the PDF it was written with, and that PDF is the new one.
    let pdf = page.with_file_name("2022-11-01-valid-minimal.pdf");
    assert!(title(&pdf).contains("Werkgeverstafel"), "{}", title(&pdf));
    // Nothing more: the page's own write started no build.
    let more = w.lines.recv_timeout(Duration::from_secs(2));
    assert!(
        !matches!(&more, Ok(("out", line)) if line.starts_with("built")),
        "{more:?}"
    );

    // A mistake keeps the last good page.
    save(&record, &original.replacen("title = ", "titel = ", 1));
    w.wait_for("err", "the last good report was kept");
    assert_eq!(std::fs::read_to_string(&page).unwrap(), second);
    assert_eq!(w.interrupt(), Some(130));
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
