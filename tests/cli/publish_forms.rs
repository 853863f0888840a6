//! `verslag publish` fitting the site, against the real WordPress on loopback: fold-outs in
//! the site's form (`[wpex]` read back, `core/details` held to WordPress's own block parser),
//! categories and tags by name, and a dry run that only reads.

use std::path::Path;
use std::process::Output;

use super::publish::{command, event, posts_named};
use crate::common::wordpress::{self, WordPress};
use crate::common::{self, scratch};

/// `publish` with a brand of its own (`[wordpress]` with `extra` lines), in `dir`.
pub(crate) fn publish_brand(
    dir: &Path,
    wp: &WordPress,
    folder: &Path,
    extra: &str,
    args: &[&str],
) -> Output {
    let brand = common::brand_with(dir, &format!("[wordpress]\nsite = \"{}\"\n{extra}", wp.url));
    command(dir, &brand, folder, args, (&wp.user, &wp.password))
        .output()
        .unwrap()
}

#[test]
fn fold_outs_take_the_sites_form_and_the_post_its_categories_and_tags() {
    let Some((_one, wp)) = wordpress::site() else {
        return;
    };
    let dir = scratch();
    // A name the site lacks: refused before anything is written.
    let folder = event(dir.path(), "2022-11-01-publish-forms");
    let writes = wp.writes();
    let o = publish_brand(
        dir.path(),
        wp,
        &folder,
        "categories = [\"Praktijktafels\"]\n",
        &[],
    );
    assert!(!o.status.success());
    assert!(
        common::said(&o).contains("the site has no category Praktijktafels"),
        "{}",
        common::said(&o)
    );
    assert_eq!(wp.writes(), writes);
    assert!(posts_named(wp, "2022-11-01-publish-forms").is_empty());

    // Made on the site (by its editor), then found by name, whatever its case.
    let category = wp.post(
        "wp/v2/categories",
        serde_json::json!({"name": "Praktijktafels"}),
    );
    let tag = wp.post("wp/v2/tags", serde_json::json!({"name": "Inclusie & werk"}));
    let extra =
        "categories = [\"praktijktafels\"]\ntags = [\"Inclusie & werk\"]\nfoldouts = \"wpex\"\n";
    let o = publish_brand(dir.path(), wp, &folder, extra, &[]);
    assert!(o.status.success(), "{}", common::said(&o));
    let post = &posts_named(wp, "2022-11-01-publish-forms")[0];
    assert_eq!(post["categories"], serde_json::json!([category["id"]]));
    assert_eq!(post["tags"], serde_json::json!([tag["id"]]));
    // The network's shortcode, as the seed article has it, read back from the 6.1 site.
    let raw = post["content"]["raw"].as_str().unwrap();
    for municipality in ["Baarn", "Woudenberg", "Soest", "Leusden", "Amersfoort"] {
        let open = format!(
            "[wpex more=\"Lees meer over de gemeente {municipality} ⇓\" less=\"Lees minder ⇑\"]"
        );
        assert!(raw.contains(&open), "{open}\n{raw}");
    }
    assert_eq!(raw.matches("[/wpex]").count(), 5);
    assert!(!raw.contains("<details"));

    // Without a choice, on 6.1 (no core/details): the plain <details>.
    let o = publish_brand(dir.path(), wp, &folder, "", &[]);
    assert!(o.status.success(), "{}", common::said(&o));
    let raw = posts_named(wp, "2022-11-01-publish-forms")[0]["content"]["raw"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(raw.matches("<details class=\"verslag-table\">").count(), 5);

    // The block, as WordPress's own parser reads it: one core/details per table, its content
    // as blocks, its attributes those of block-library's details/block.json.
    let o = publish_brand(
        dir.path(),
        wp,
        &folder,
        "foldouts = \"details-block\"\n",
        &[],
    );
    assert!(o.status.success(), "{}", common::said(&o));
    let raw = posts_named(wp, "2022-11-01-publish-forms")[0]["content"]["raw"]
        .as_str()
        .unwrap()
        .to_string();
    // WordPress's parser runs in node, from the npm tools the browser tests install.
    if crate::browser::tools().is_none() {
        return;
    }
    let file = dir.path().join("post.html");
    std::fs::write(&file, &raw).unwrap();
    let parsed = std::process::Command::new("node")
        .arg(common::root().join("tests/browser/blocks.mjs"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        parsed.status.success(),
        "{}",
        String::from_utf8_lossy(&parsed.stderr)
    );
    let blocks: serde_json::Value = serde_json::from_slice(&parsed.stdout).unwrap();
    let spec: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::root().join("tests/browser/fixtures/core-details.block.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let known = spec["attributes"].as_object().unwrap();
    // The summary is the block's `summary` attribute, read from its <summary> element.
    assert_eq!(spec["attributes"]["summary"]["selector"], "summary");
    let details: Vec<&serde_json::Value> = blocks
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["name"] == "core/details")
        .collect();
    assert_eq!(details.len(), 5, "{blocks:#}");
    for d in &details {
        for key in d["attrs"].as_object().unwrap().keys() {
            assert!(
                known.contains_key(key),
                "{key} is not an attribute of core/details"
            );
        }
        let inner: Vec<&str> = d["inner"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["name"].as_str().unwrap())
            .collect();
        assert!(
            inner.contains(&"core/paragraph")
                && inner.contains(&"core/heading")
                && inner.contains(&"core/list"),
            "{inner:?}"
        );
        assert!(
            d["html"].as_str().unwrap().starts_with(
                "<details class=\"wp-block-details\"><summary>Lees meer over de gemeente "
            ),
            "{d:#}"
        );
    }
    assert!(
        blocks
            .as_array()
            .unwrap()
            .iter()
            .all(|b| b["name"].as_str().unwrap().starts_with("core/"))
    );
}

#[test]
fn a_dry_run_reads_the_site_and_writes_nothing() {
    let Some((_one, wp)) = wordpress::site() else {
        return;
    };
    let dir = scratch();
    let folder = event(dir.path(), "2022-11-01-publish-dry");
    // Nothing there yet: it would make everything.
    let writes = wp.writes();
    let o = publish_brand(dir.path(), wp, &folder, "", &["--dry-run"]);
    assert!(o.status.success(), "{}", common::said(&o));
    let out = common::stdout(&o);
    assert!(
        out.contains("would upload 2022-11-01-publish-dry-1.jpg"),
        "{out}"
    );
    assert!(out.contains("would make a new draft post"), "{out}");
    assert!(out.contains("dry run: 6 to upload, 0 to delete"), "{out}");
    assert_eq!(wp.writes(), writes, "only GETs");
    assert!(posts_named(wp, "2022-11-01-publish-dry").is_empty());
    let journal = dir.path().join("outbox/2022-11-01-publish-dry/publish.log");
    assert!(!journal.exists());

    // Published, then an editor publishes it and the record changes a photo.
    let o = publish_brand(dir.path(), wp, &folder, "", &[]);
    assert!(o.status.success(), "{}", common::said(&o));
    let id = posts_named(wp, "2022-11-01-publish-dry")[0]["id"]
        .as_u64()
        .unwrap();
    wp.post(
        &format!("wp/v2/posts/{id}"),
        serde_json::json!({"status": "publish"}),
    );
    std::fs::copy(
        common::root().join("tests/fixtures/photos/sunset-640.jpg"),
        folder.join("photos/Wine_by_Jakkub_Mede.jpg"),
    )
    .unwrap();
    let before = std::fs::read(&journal).unwrap();
    let writes = wp.writes();
    let o = publish_brand(
        dir.path(),
        wp,
        &folder,
        "",
        &["--dry-run", "--update-published"],
    );
    assert!(o.status.success(), "{}", common::said(&o));
    let out = common::stdout(&o);
    assert!(
        out.contains("would upload 2022-11-01-publish-dry-5.jpg"),
        "{out}"
    );
    assert!(out.contains(&format!("would update post {id}")), "{out}");
    assert!(out.contains("dry run: 2 to upload, 2 to delete"), "{out}");
    assert!(out.matches("would delete media item").count() == 2, "{out}");
    assert_eq!(
        wp.writes(),
        writes,
        "only GETs: {}",
        std::fs::read_to_string(&wp.log)
            .unwrap()
            .lines()
            .rev()
            .take(5)
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(std::fs::read(&journal).unwrap(), before);
    // Without the flag, the dry run says what the real one would refuse.
    let o = publish_brand(dir.path(), wp, &folder, "", &["--dry-run"]);
    assert!(!o.status.success());
    assert!(common::said(&o).contains("--update-published"));
}
