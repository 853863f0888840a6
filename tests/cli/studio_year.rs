//! The studio's year page with real processes: in Chromium the web article made and opened,
//! the year archived and verified, the yearbook made and the year record started and saved,
//! every file beside the events folder; over raw HTTP a CLI archive holding the year's lock,
//! a second run refused while one runs, and paths out of a web folder refused.

use std::path::Path;
use std::time::Duration;

use super::studio::{Studio, events_copy, json, start_in, status};
use crate::common::{self, scratch};

const SLUG: &str = "2022-11-01-praktijktafel-amersfoort";

/// A studio on a copy of the example in `dir`, started in the project folder without output
/// folders: they go beside the events folder, in `dir`.
fn studio(dir: &Path) -> Studio {
    let events = events_copy(dir);
    for d in ["cache", "config"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    start_in(
        &common::root(),
        &["--events", events.to_str().unwrap()],
        &[
            ("VERSLAG_CACHE_DIR", &dir.join("cache")),
            ("VERSLAG_CONFIG_DIR", &dir.join("config")),
        ],
    )
}

/// Polls the year's state until the run `pick` chooses has ended; that run.
fn ended(
    studio: &Studio,
    pick: impl Fn(&serde_json::Value) -> serde_json::Value,
) -> serde_json::Value {
    for _ in 0..1200 {
        let state = json(&studio.get("/y/2022/state", &studio.cookie()));
        let job = pick(&state);
        if job["running"] == false {
            return job;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("the run never ended");
}

#[test]
fn the_years_work_is_done_from_its_page_in_a_real_browser() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let studio = studio(dir.path());
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let r = crate::browser::script(
        "year.mjs",
        &[studio.url.as_str(), shots.to_str().unwrap()],
        &chromium,
    );
    studio.stop();
    assert_eq!(r["console_errors"], serde_json::json!([]), "{r:#}");
    assert_eq!(r["heading"], "The year 2022", "{r:#}");
    assert_eq!(r["next"], "Next: the final mail to the aldermen", "{r:#}");

    // The web article, beside the events folder, opened through its link.
    let index = dir.path().join("web/2022").join(SLUG).join("index.html");
    assert!(index.is_file(), "{r:#}");
    assert_eq!(r["article"]["status"], 200);
    assert!(
        r["article"]["h1"]
            .as_str()
            .unwrap()
            .starts_with("Werkgevers helpen"),
        "{r:#}"
    );
    assert!(r["article"]["images"].as_u64().unwrap() >= 5, "{r:#}");

    // The archive, with the verdict of the check after it; `verslag verify` agrees.
    let job = r["archive_job"].as_str().unwrap();
    assert!(job.contains(&format!("{SLUG} built")), "{job}");
    assert!(
        job.contains("1 built, 0 unchanged, 0 failed; yearbook built"),
        "{job}"
    );
    assert!(job.contains("all 2 files match"), "{job}");
    let archive = dir.path().join("archive");
    let verify = common::verslag(&["verify", "2022", "--archive", archive.to_str().unwrap()]);
    assert!(verify.status.success(), "{}", common::said(&verify));

    // The yearbook: its PDF, an even number of pages, served to the page as a PDF.
    let yearbook = dir.path().join("out/2022/yearbook-2022.pdf");
    let pages = common::pdf::load(&yearbook).get_pages().len();
    assert!(pages > 8 && pages.is_multiple_of(2), "{pages} pages");
    assert_eq!(r["yearbook_pdf"]["type"], "application/pdf");
    assert_eq!(r["yearbook_pdf"]["head"], "%PDF-");

    // The year record, started and saved from the form: it checks.
    let year = dir.path().join("events/2022/year.toml");
    let text = std::fs::read_to_string(&year).unwrap();
    assert!(text.contains("title = \"Praktijktafels 2022\""), "{text}");
    let check = common::verslag(&["check", year.to_str().unwrap()]);
    assert!(check.status.success(), "{}", common::said(&check));

    for width in ["1280", "390"] {
        assert_eq!(r[format!("axe_{width}")], serde_json::json!([]), "{r:#}");
    }
    assert_eq!(r["overflow_390"], false, "{r:#}");
}

#[test]
fn a_cli_archive_holding_the_years_lock_stops_the_pages_and_paths_stay_inside() {
    let dir = scratch();
    let studio = studio(dir.path());
    let archive = dir.path().join("archive");

    // `verslag archive 2022` from a terminal, without the cache so that it takes a while:
    // once it holds the year's lock, the page's archive stops on it and says who holds it.
    let mut cli = common::command(&[
        "archive",
        "2022",
        "--events",
        dir.path().join("events").to_str().unwrap(),
        "--archive",
        archive.to_str().unwrap(),
        "--no-cache",
    ])
    .spawn()
    .unwrap();
    let lock = archive.join("2022/.verslag.lock");
    while !std::fs::metadata(&lock).is_ok_and(|m| m.len() > 0) {
        assert!(
            cli.try_wait().unwrap().is_none(),
            "the CLI ended before it took the lock"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    let started = studio.post_json("/y/2022/archive", "{}");
    assert_eq!(status(&started), "202", "{started}");
    let job = ended(&studio, |s| s["archive"]["job"].clone());
    let said = job["problems"].to_string();
    assert!(said.contains("Another verslag is archiving"), "{job:#}");
    assert_eq!(job["done"], serde_json::Value::Null, "{job:#}");
    assert!(cli.wait().unwrap().success(), "the CLI archive went on");
    let verify = common::verslag(&["verify", "2022", "--archive", archive.to_str().unwrap()]);
    assert!(verify.status.success(), "{}", common::said(&verify));

    // An event that cannot be archived (a draft): the others are, and the page names the
    // failing record's file, line and column.
    let draft = dir
        .path()
        .join("events/2022/2022-12-01-praktijktafel-soest");
    common::copy_tree(&dir.path().join("events/2022").join(SLUG), &draft);
    let record = std::fs::read_to_string(draft.join("event.toml")).unwrap();
    let record = record.replacen(
        "kind = \"Praktijktafel\"\n",
        "kind = \"Praktijktafel\"\nstatus = \"draft\"\n",
        1,
    );
    std::fs::write(draft.join("event.toml"), record).unwrap();
    let started = studio.post_json("/y/2022/archive", "{}");
    assert_eq!(status(&started), "202", "{started}");
    let job = ended(&studio, |s| s["archive"]["job"].clone());
    assert_eq!(job["ok"], false, "{job:#}");
    assert_eq!(job["total"], 2, "{job:#}");
    let states: Vec<String> = job["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["name"].as_str().unwrap(),
                e["state"].as_str().unwrap()
            )
        })
        .collect();
    assert!(states.contains(&format!("{SLUG} unchanged")), "{job:#}");
    assert!(
        states.contains(&"2022-12-01-praktijktafel-soest failed".to_string()),
        "{job:#}"
    );
    let place = job["problems"][0]["where"].as_str().unwrap();
    assert!(
        place.starts_with("events/2022/2022-12-01-praktijktafel-soest/event.toml:"),
        "{job:#}"
    );
    assert_eq!(job["verdict"]["ok"], true, "{job:#}");
    std::fs::remove_dir_all(&draft).unwrap();

    // One web run per event at a time: a second start while the first runs is refused.
    let body = format!("{{\"slug\":\"{SLUG}\"}}");
    let first = studio.post_json("/y/2022/web", &body);
    let second = studio.post_json("/y/2022/web", &body);
    assert_eq!(status(&first), "202", "{first}");
    assert_eq!(status(&second), "409", "{second}");
    let job = ended(&studio, |s| s["events"][0]["job"].clone());
    assert_eq!(job["ok"], true, "{job:#}");
    // An event the year does not hold: no run.
    let unknown = studio.post_json("/y/2022/web", "{\"slug\":\"../2022\"}");
    assert_eq!(status(&unknown), "410", "{unknown}");

    // The article's files, and nothing else: not a path out of the web folder, not a hidden
    // file, not a link out of it, not a kind the article lacks, not a year the root lacks.
    let web = dir.path().join("web/2022").join(SLUG);
    std::fs::write(web.join(".secret.html"), "x").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        dir.path().join("events/2022").join(SLUG).join("event.toml"),
        web.join("out.css"),
    )
    .unwrap();
    let base = format!("/y/2022/web/{SLUG}");
    let ok = studio.get(&format!("{base}/index.html"), &studio.cookie());
    assert_eq!(status(&ok), "200");
    assert!(
        ok.contains("script-src 'sha256-"),
        "{}",
        &ok[..ok.find("\r\n\r\n").unwrap()]
    );
    for path in [
        format!("{base}/%2E%2E/%2E%2E/%2E%2E/events/2022/{SLUG}/event.toml"),
        format!("{base}/..%2F..%2F..%2Fevents%2F2022%2F{SLUG}%2Fevent.toml"),
        format!("{base}/.secret.html"),
        format!("{base}/out.css"),
        format!("/y/2022/web/..%2F..%2Fevents/2022/{SLUG}/event.toml"),
        "/y/2023/".to_string(),
        "/y/..%2Fevents/state".to_string(),
        "/y/2022/yearbook.pdf".to_string(),
    ] {
        let answer = studio.get(&path, &studio.cookie());
        assert_eq!(status(&answer), "404", "{path}: {answer}");
    }
    // Without the page's own origin, nothing starts.
    let foreign = studio.post("/y/2022/archive", "Origin: http://evil.example\r\n", "");
    assert_eq!(status(&foreign), "403", "{foreign}");
}
