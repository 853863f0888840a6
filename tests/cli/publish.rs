//! `verslag publish` against a real WordPress on loopback (`common::wordpress`): the example
//! as a draft post read back over REST; an edit and a replaced photo published again (the same
//! post, only the changed photo uploaded, the old one deleted); a run killed after its second
//! upload and run again (no duplicates); and refusals that make nothing: a wrong password, a
//! draft record, a site that is down, a site that redirects; `[gallery]` in a record stays text.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use crate::common::wordpress::{self, WordPress};
use crate::common::{self, EXAMPLE, scratch};

/// A copy of the example as the event `name` of 2022 in `dir` (each test its own post slug).
pub(crate) fn event(dir: &Path, name: &str) -> PathBuf {
    let folder = dir.join("events/2022").join(name);
    common::copy_tree(&common::root().join(EXAMPLE), &folder);
    folder
}

pub(crate) fn publish(dir: &Path, wp: &WordPress, folder: &Path, password: &str) -> Output {
    publish_with(dir, wp, folder, password, &[])
}

pub(crate) fn publish_with(
    dir: &Path,
    wp: &WordPress,
    folder: &Path,
    password: &str,
    extra: &[&str],
) -> Output {
    command(dir, &wp.brand(dir), folder, extra, (&wp.user, password))
        .output()
        .unwrap()
}

/// `verslag publish FOLDER` with the brand `brand`, the outbox and reports in `dir`, `extra`
/// arguments, and the user and password in the environment.
pub(crate) fn command(
    dir: &Path,
    brand: &Path,
    folder: &Path,
    extra: &[&str],
    (user, password): (&str, &str),
) -> Command {
    let (outbox, out) = (dir.join("outbox"), dir.join("out"));
    let mut args = vec![
        "publish",
        folder.to_str().unwrap(),
        "--brand",
        brand.to_str().unwrap(),
        "--outbox",
        outbox.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let mut c = common::command(&args);
    c.env("VERSLAG_WP_USER", user)
        .env("VERSLAG_WP_PASSWORD", password);
    c
}

/// The media items of an event on the site: ours carry a `verslag-` slug.
pub(crate) fn media_ids(wp: &WordPress, post: &serde_json::Value) -> Vec<u64> {
    let pdf_and_photos = wp.get("wp/v2/media?per_page=100&context=edit");
    let content = post["content"]["raw"].as_str().unwrap();
    pdf_and_photos
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["slug"].as_str().unwrap().starts_with("verslag-"))
        .filter(|m| {
            content.contains(m["source_url"].as_str().unwrap()) || post["featured_media"] == m["id"]
        })
        .map(|m| m["id"].as_u64().unwrap())
        .collect()
}

pub(crate) fn posts_named(wp: &WordPress, slug: &str) -> Vec<serde_json::Value> {
    wp.get(&format!("wp/v2/posts?slug={slug}&status=any&context=edit"))
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn the_example_becomes_one_draft_post_and_a_rerun_updates_it() {
    let Some((_one, wp)) = wordpress::site() else {
        return;
    };
    let dir = scratch();
    let folder = event(dir.path(), "2022-11-01-publish-example");
    // With two figures (the example has none): a list "value unit – label (source)".
    let mut text = std::fs::read_to_string(folder.join("event.toml")).unwrap();
    text.push_str(
        "\n[[facts.figures]]\nlabel = \"Openstaande vacatures\"\nvalue = 2345\nsource = \"UWV\"\n\
         \n[[facts.figures]]\nlabel = \"Werkzoekenden met een arbeidsbeperking\"\nvalue = 12.5\nunit = \"%\"\n",
    );
    std::fs::write(folder.join("event.toml"), text).unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    assert!(
        common::stdout(&o).contains("draft post"),
        "{}",
        common::said(&o)
    );
    let posts = posts_named(wp, "2022-11-01-publish-example");
    assert_eq!(posts.len(), 1, "{posts:#?}");
    let post = &posts[0];
    assert_eq!(post["status"], "draft");
    assert_eq!(post["date"], "2022-11-01T12:00:00");
    assert_eq!(
        post["title"]["raw"],
        "Werkgevers helpen wethouders hun inclusie-belofte waar te maken"
    );
    let content = post["content"]["raw"].as_str().unwrap();
    let record = std::fs::read_to_string(folder.join("event.toml")).unwrap();
    for name in [
        "Erwin Jansma",
        "Marleen Treep",
        "Liesa van Aalst",
        "Patrick Kiel",
        "Cees van Eijk",
    ] {
        assert!(record.contains(name) && content.contains(name), "{name}");
    }
    assert!(
        content.contains("Bedrijvenbezoek met ambassadeur"),
        "{content}"
    );
    assert_eq!(content.matches("<details").count(), 5);
    assert!(
        content.contains(".pdf\">Het verslag als PDF</a>"),
        "{content}"
    );
    // Five photos, each once with its alt text; the cover is the featured image only.
    let ids = media_ids(wp, post);
    assert_eq!(ids.len(), 6, "5 photos and the PDF: {ids:?}");
    let cover = wp.get(&format!(
        "wp/v2/media/{}?context=edit",
        post["featured_media"]
    ));
    assert!(!cover["alt_text"].as_str().unwrap().is_empty());
    assert!(
        !content.contains(cover["source_url"].as_str().unwrap()),
        "the cover is not in the text"
    );
    assert_eq!(content.matches("<!-- wp:image").count(), 4);
    assert!(
        content.contains("<li><strong>2.345</strong> – Openstaande vacatures (UWV)</li>"),
        "{content}"
    );
    assert!(
        content
            .contains("<li><strong>12,5%</strong> – Werkzoekenden met een arbeidsbeperking</li>"),
        "{content}"
    );
    // Every image and the PDF as the site serves them.
    for id in &ids {
        let m = wp.get(&format!("wp/v2/media/{id}"));
        let url = m["source_url"].as_str().unwrap();
        let answer = ureq::get(url).call().unwrap();
        let kind = answer
            .headers()
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            kind.starts_with("image/jpeg") || kind.starts_with("application/pdf"),
            "{url}: {kind}"
        );
    }

    // An edited solution: the same post, the new text, no new photo.
    let edited = record.replacen(
        "Bedrijvenbezoek met ambassadeur",
        "Bedrijvenbezoek met een ambassadeur",
        1,
    );
    assert_ne!(edited, record);
    std::fs::write(folder.join("event.toml"), &edited).unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    let out = common::stdout(&o);
    assert!(
        out.contains("updated (1 uploaded, 1 deleted)"),
        "only the new PDF: {out}"
    );
    let again = posts_named(wp, "2022-11-01-publish-example");
    assert_eq!(again.len(), 1);
    assert_eq!(again[0]["id"], post["id"]);
    assert!(
        again[0]["content"]["raw"]
            .as_str()
            .unwrap()
            .contains("Bedrijvenbezoek met een ambassadeur")
    );

    // A photo replaced by another: one upload, and the old item is gone from the library.
    let photos = folder.join("photos");
    let before = media_ids(wp, &again[0]);
    std::fs::copy(
        common::root().join("tests/fixtures/photos/sunset-640.jpg"),
        photos.join("Wine_by_Jakkub_Mede.jpg"),
    )
    .unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    let out = common::stdout(&o);
    // The photo and the PDF (its photo changed) are new; the old photo and PDF are deleted.
    assert!(out.contains("(2 uploaded, 2 deleted)"), "{out}");
    let after = media_ids(wp, &posts_named(wp, "2022-11-01-publish-example")[0]);
    let gone: Vec<&u64> = before.iter().filter(|id| !after.contains(id)).collect();
    assert_eq!(gone.len(), 2, "{before:?} {after:?}");
    for id in gone {
        assert_eq!(wp.get(&format!("wp/v2/media/{id}"))["data"]["status"], 404);
    }

    // A photo deleted from the library on the site: uploaded again, the post pointing at it.
    let post = &posts_named(wp, "2022-11-01-publish-example")[0];
    let lost = post["featured_media"].as_u64().unwrap();
    wp.delete(&format!("wp/v2/media/{lost}?force=true"));
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    assert!(
        common::stdout(&o).contains("(1 uploaded, 0 deleted)"),
        "{}",
        common::said(&o)
    );
    let post = &posts_named(wp, "2022-11-01-publish-example")[0];
    assert_ne!(post["featured_media"].as_u64().unwrap(), lost);
    assert_eq!(media_ids(wp, post).len(), 6);

    // Another publish of this event under way (it holds the event's publish lock): this one
    // stops at once, and says who holds it.
    let lock = dir
        .path()
        .join("outbox/2022-11-01-publish-example/publish.lock");
    let held = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&lock)
        .unwrap();
    held.try_lock().unwrap();
    std::fs::write(
        &lock,
        "4242\t2026-12-06 10:42\tpublishing 2022-11-01-publish-example\n",
    )
    .unwrap();
    let writes = wp.writes();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(!o.status.success());
    assert!(
        common::said(&o).contains("another verslag is publishing 2022-11-01-publish-example"),
        "{}",
        common::said(&o)
    );
    assert_eq!(wp.writes(), writes);
    drop(held);
}

#[test]
fn a_run_killed_after_its_second_upload_resumes_without_duplicates() {
    let Some((_one, wp)) = wordpress::site() else {
        return;
    };
    let dir = scratch();
    let folder = event(dir.path(), "2022-11-01-publish-killed");
    let brand = wp.brand(dir.path());
    let journal = dir
        .path()
        .join("outbox/2022-11-01-publish-killed/publish.log");
    let mut run = command(dir.path(), &brand, &folder, &[], (&wp.user, &wp.password))
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let uploads = || {
        std::fs::read_to_string(&journal)
            .unwrap_or_default()
            .lines()
            .filter(|l| l.contains("\tmedia\t"))
            .count()
    };
    while uploads() < 2 {
        assert!(
            run.try_wait().unwrap().is_none(),
            "the run ended before its second upload"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    run.kill().unwrap();
    run.wait().unwrap();
    assert!(posts_named(wp, "2022-11-01-publish-killed").is_empty());
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    let posts = posts_named(wp, "2022-11-01-publish-killed");
    assert_eq!(posts.len(), 1);
    let ids = media_ids(wp, &posts[0]);
    assert_eq!(ids.len(), 6, "{ids:?}");
    // Every item of this event's slugs is used: none was uploaded twice.
    let all = wp.get("wp/v2/media?per_page=100&context=edit");
    let urls: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| {
            m["source_url"]
                .as_str()
                .unwrap()
                .contains("2022-11-01-publish-killed")
        })
        .map(|m| m["source_url"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), 6, "{urls:#?}");

    // Killed after the post was made but before the journal said so: the post is found by its
    // slug and updated, not made twice.
    let id = posts[0]["id"].clone();
    let text = std::fs::read_to_string(&journal).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.contains("\tpost\t"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without, text);
    std::fs::write(&journal, without).unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    assert!(
        common::stdout(&o).contains(&format!("draft post {id} updated (0 uploaded")),
        "{}",
        common::said(&o)
    );
    assert_eq!(posts_named(wp, "2022-11-01-publish-killed").len(), 1);

    // Died between its write and its journal line: the journal's time is older than the site's,
    // but the site holds what this run writes, so it is ours, not an editor's.
    let text = std::fs::read_to_string(&journal).unwrap();
    let stale: String = text
        .lines()
        .map(|l| match l.rsplit_once("\tpost\t") {
            Some((site, rest)) => {
                let id = rest.split('\t').next().unwrap();
                format!("{site}\tpost\t{id}\t2000-01-01T00:00:00\n")
            }
            None => format!("{l}\n"),
        })
        .collect();
    std::fs::write(&journal, stale).unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));

    // No journal line for the post and a record changed since: what is on the site may be an
    // editor's, so it is not overwritten unless asked.
    let text = std::fs::read_to_string(&journal).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.contains("\tpost\t"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&journal, without).unwrap();
    let record = std::fs::read_to_string(folder.join("event.toml")).unwrap();
    let changed = record.replacen(
        "Bedrijvenbezoek met ambassadeur",
        "Bedrijfsbezoek met een ambassadeur",
        1,
    );
    assert_ne!(changed, record);
    std::fs::write(folder.join("event.toml"), changed).unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(!o.status.success());
    assert!(
        common::said(&o).contains("--overwrite-edits"),
        "{}",
        common::said(&o)
    );
    let o = publish_with(
        dir.path(),
        wp,
        &folder,
        &wp.password,
        &["--overwrite-edits"],
    );
    assert!(o.status.success(), "{}", common::said(&o));
    assert_eq!(posts_named(wp, "2022-11-01-publish-killed").len(), 1);
}

/// A site that answers every request with a redirect to its https:// address.
fn redirecting() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = s.write_all(
                b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://www.example.org/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    port
}

#[test]
fn refusals_make_nothing_and_a_shortcode_stays_text() {
    let Some((_one, wp)) = wordpress::site() else {
        return;
    };
    let dir = scratch();
    let folder = event(dir.path(), "2022-11-01-publish-refused");
    let posts = || posts_named(wp, "2022-11-01-publish-refused").len();
    let writes = wp.writes();

    let o = publish(dir.path(), wp, &folder, "wrong password");
    assert!(!o.status.success());
    assert!(
        common::said(&o).contains("refused the login of organiser"),
        "{}",
        common::said(&o)
    );
    assert!(common::said(&o).contains("application password"));
    assert_eq!(posts(), 0);

    let record = std::fs::read_to_string(folder.join("event.toml")).unwrap();
    let draft = record.replacen(
        "kind = \"Praktijktafel\"\n",
        "kind = \"Praktijktafel\"\nstatus = \"draft\"\nreview_by = 2099-01-01\n",
        1,
    );
    std::fs::write(folder.join("event.toml"), &draft).unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(!o.status.success());
    assert!(
        common::said(&o).contains("event.toml:"),
        "{}",
        common::said(&o)
    );
    assert_eq!(posts(), 0);

    // A site whose answers start with a PHP notice: named, with what to ask for.
    std::fs::write(folder.join("event.toml"), &record).unwrap();
    let notice = wp.log.with_file_name("content/notice-on");
    std::fs::write(&notice, "").unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    std::fs::remove_file(&notice).unwrap();
    assert!(!o.status.success());
    let said = common::said(&o);
    assert!(said.contains("with a PHP notice before its JSON"), "{said}");
    assert!(said.contains("display_errors"), "{said}");

    // Down, redirecting, and silent: named, nothing made.
    let down = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let moved = redirecting();
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    for (port, said) in [
        (down, "cannot reach the site"),
        (moved, "redirect to https://www.example.org/"),
        (silent_port, "did not answer in time"),
    ] {
        let brand = common::brand_with(
            dir.path(),
            &format!("[wordpress]\nsite = \"http://127.0.0.1:{port}\"\n"),
        );
        std::fs::write(folder.join("event.toml"), &record).unwrap();
        let o = command(
            dir.path(),
            &brand,
            &folder,
            &["--timeout", "2"],
            ("organiser", "x"),
        )
        .output()
        .unwrap();
        assert!(!o.status.success());
        assert!(common::said(&o).contains(said), "{}", common::said(&o));
    }
    assert_eq!(posts(), 0);
    assert_eq!(wp.writes(), writes, "not one write reached the site");

    // A shortcode typed into a record is text on the site (its quotes printed typographically).
    let shortcode = record.replacen(
        "Bedrijvenbezoek met ambassadeur",
        "[gallery ids='1,2'] <!-- x --> Bedrijvenbezoek met ambassadeur",
        1,
    );
    std::fs::write(folder.join("event.toml"), &shortcode).unwrap();
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    let post = &posts_named(wp, "2022-11-01-publish-refused")[0];
    let raw = post["content"]["raw"].as_str().unwrap();
    assert!(
        raw.contains(
            "&#91;gallery ids=’1,2’&#93; &lt;!-- x --&gt; Bedrijvenbezoek met ambassadeur"
        ),
        "{raw}"
    );
    let rendered = wp.get(&format!("wp/v2/posts/{}?context=edit", post["id"]));
    let html = rendered["content"]["rendered"].as_str().unwrap();
    assert!(
        !html.contains("gallery-item") && !html.contains("class=\"gallery"),
        "{html}"
    );
}

#[test]
fn an_editors_work_is_not_overwritten_and_a_trashed_post_is_made_again() {
    let Some((_one, wp)) = wordpress::site() else {
        return;
    };
    let dir = scratch();
    let slug = "2022-11-01-publish-editor";
    let folder = event(dir.path(), slug);
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    let id = posts_named(wp, slug)[0]["id"].as_u64().unwrap();

    // An editor changes the title on the site (a second later: WordPress counts seconds).
    std::thread::sleep(Duration::from_millis(1100));
    let edited = wp.post(
        &format!("wp/v2/posts/{id}"),
        serde_json::json!({"title": "Door de redactie"}),
    );
    assert_eq!(edited["id"], id);
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(!o.status.success());
    assert!(
        common::said(&o).contains(&format!("post {id} was changed on the site")),
        "{}",
        common::said(&o)
    );
    assert_eq!(posts_named(wp, slug)[0]["title"]["raw"], "Door de redactie");
    assert!(
        common::said(&o).contains("--overwrite-edits"),
        "{}",
        common::said(&o)
    );
    // Asked for: the record goes over the editor's change.
    let o = publish_with(
        dir.path(),
        wp,
        &folder,
        &wp.password,
        &["--overwrite-edits"],
    );
    assert!(o.status.success(), "{}", common::said(&o));
    assert_eq!(
        posts_named(wp, slug)[0]["title"]["raw"],
        "Werkgevers helpen wethouders hun inclusie-belofte waar te maken"
    );

    // Published by the editor: left alone too, unless asked; then it stays published.
    wp.post(
        &format!("wp/v2/posts/{id}"),
        serde_json::json!({"status": "publish", "title": "Online"}),
    );
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(!o.status.success());
    let said = common::said(&o);
    assert!(
        said.contains("is no longer a draft on the site (publish)"),
        "{said}"
    );
    assert!(said.contains("--update-published"), "{said}");
    assert_eq!(posts_named(wp, slug)[0]["title"]["raw"], "Online");
    let o = publish_with(
        dir.path(),
        wp,
        &folder,
        &wp.password,
        &["--update-published"],
    );
    assert!(o.status.success(), "{}", common::said(&o));
    let post = &posts_named(wp, slug)[0];
    assert_eq!(post["status"], "publish");
    assert_eq!(
        post["title"]["raw"],
        "Werkgevers helpen wethouders hun inclusie-belofte waar te maken"
    );

    // In the trash: a new draft is made, and the trashed post stays where it is.
    wp.post(
        &format!("wp/v2/posts/{id}"),
        serde_json::json!({"status": "draft"}),
    );
    wp.delete(&format!("wp/v2/posts/{id}"));
    let o = publish(dir.path(), wp, &folder, &wp.password);
    assert!(o.status.success(), "{}", common::said(&o));
    let all = posts_named(wp, slug);
    let live: Vec<&serde_json::Value> = all.iter().filter(|p| p["status"] == "draft").collect();
    assert_eq!(live.len(), 1, "{all:#?}");
    assert_ne!(live[0]["id"], id);
    let trashed = wp.get(&format!("wp/v2/posts/{id}?context=edit"));
    assert_eq!(trashed["status"], "trash");
}

#[test]
fn a_user_who_may_not_write_posts_is_told_which_role_to_ask_for() {
    let Some((_one, wp)) = wordpress::site() else {
        return;
    };
    let dir = scratch();
    let folder = event(dir.path(), "2022-11-01-publish-role");
    // A subscriber with an application password of their own.
    let name = format!("lezer{}", std::process::id());
    let user = wp.post(
        "wp/v2/users",
        serde_json::json!({"username": name, "email": format!("{name}@example.org"),
            "password": "Een-lang-wachtwoord-2026", "roles": ["subscriber"]}),
    );
    let id = user["id"].as_u64().unwrap_or_else(|| panic!("{user:#}"));
    let app = wp.post(
        &format!("wp/v2/users/{id}/application-passwords"),
        serde_json::json!({"name": "verslag"}),
    );
    let password = app["password"]
        .as_str()
        .unwrap_or_else(|| panic!("{app:#}"));
    let brand = wp.brand(dir.path());
    let o = command(dir.path(), &brand, &folder, &[], (&name, password))
        .output()
        .unwrap();
    assert!(!o.status.success());
    let said = common::said(&o);
    assert!(
        said.contains(&format!("{name} may not write posts and upload files")),
        "{said}"
    );
    assert!(said.contains("Author or Editor"), "{said}");
    assert!(posts_named(wp, "2022-11-01-publish-role").is_empty());
}
