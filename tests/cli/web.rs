//! `verslag web` end to end: the example's page read back as HTML (structure, images,
//! sharing tags, no request to another host), user text that looks like HTML printed as
//! text, reproducible folders, located template errors and failed runs that keep the page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use scraper::{ElementRef, Html, Selector};

use crate::common;
use common::{EXAMPLE, scratch, stderr, stdout, verslag};

const SLUG: &str = "2022-11-01-praktijktafel-amersfoort";

/// `verslag web` for `event` with the web folder in `tmp/web` and reports in `tmp/out`;
/// returns the event's web folder.
pub fn web(tmp: &Path, event: &str, extra: &[&str]) -> PathBuf {
    let (web, out) = (tmp.join("web"), tmp.join("out"));
    let mut args = vec![
        "web",
        "-o",
        web.to_str().unwrap(),
        "--reports",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    args.push(event);
    let o = verslag(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let name = Path::new(event).file_name().unwrap().to_str().unwrap();
    let folder = web.join("2022").join(name);
    assert_eq!(
        stdout(&o),
        format!("{}\n", folder.join("index.html").display())
    );
    folder
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn page(folder: &Path, file: &str) -> Html {
    Html::parse_document(&std::fs::read_to_string(folder.join(file)).unwrap())
}

fn all<'a>(doc: &'a Html, s: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(s)).collect()
}

fn attr<'a>(e: &ElementRef<'a>, name: &str) -> &'a str {
    e.value()
        .attr(name)
        .unwrap_or_else(|| panic!("{} has no {name}", e.html()))
}

fn text(e: &ElementRef) -> String {
    e.text().collect::<String>()
}

/// Every file of a folder tree by relative path.
pub fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .to_string();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// Every address the page or its styles load (not links to follow).
fn loaded_addresses(folder: &Path, doc: &Html) -> Vec<String> {
    let mut out = Vec::new();
    for e in all(
        doc,
        "img[src], source[srcset], img[srcset], link[href], script[src]",
    ) {
        for a in ["src", "srcset", "href"] {
            if let Some(v) = e.value().attr(a) {
                out.extend(
                    v.split(',')
                        .map(|c| c.split_whitespace().next().unwrap_or("").to_string()),
                );
            }
        }
    }
    let css = std::fs::read_to_string(folder.join("style.css")).unwrap();
    for part in css.split("url(\"").skip(1) {
        out.push(part.split('"').next().unwrap().to_string());
    }
    out
}

#[test]
fn example_page_holds_the_whole_record_for_people_and_machines() {
    let tmp = scratch();
    let folder = web(tmp.path(), EXAMPLE, &[]);
    let doc = page(&folder, "index.html");
    let html = all(&doc, "html")[0];
    assert_eq!(attr(&html, "lang"), "nl");
    assert_eq!(all(&doc, "h1").len(), 1);
    // Headings never skip a level going down.
    let mut last = 1;
    for h in all(&doc, "h1, h2, h3, h4, h5, h6") {
        let level: u32 = h.value().name()[1..].parse().unwrap();
        assert!(level <= last + 1, "{} follows an h{last}", h.html());
        last = level;
    }
    // Images: alt, intrinsic size, lazy below the fold; the cover heads the page, eager.
    let images = all(&doc, "article img");
    assert_eq!(images.len(), 5);
    for (i, img) in images.iter().enumerate() {
        assert!(!attr(img, "alt").is_empty());
        assert!(attr(img, "width").parse::<u32>().unwrap() > 0);
        assert!(attr(img, "height").parse::<u32>().unwrap() > 0);
        assert_eq!(
            img.value().attr("loading"),
            if i == 0 { None } else { Some("lazy") }
        );
    }
    // WebP in three widths for the cover, two for the gallery; a JPEG for old browsers.
    let webp = all(&doc, "article picture source[type='image/webp']");
    let widths: Vec<usize> = webp
        .iter()
        .map(|s| attr(s, "srcset").split(", ").count())
        .collect();
    assert_eq!(widths, [3, 2, 2, 2, 2]);
    assert!(images.iter().all(|i| attr(i, "src").ends_with(".jpg")));
    assert_eq!(
        all(
            &doc,
            "figure.verslag-cover picture source[type='image/webp']"
        )
        .len(),
        1
    );
    // Every table a fold-out, every solution and quote in its element.
    let record: toml::Table =
        toml::from_str(&std::fs::read_to_string(format!("{EXAMPLE}/event.toml")).unwrap()).unwrap();
    let summaries: Vec<String> = all(&doc, "details.verslag-table > summary")
        .iter()
        .map(text)
        .collect();
    let solutions: Vec<String> = all(&doc, "details .verslag-solutions li")
        .iter()
        .map(text)
        .collect();
    for table in record["tables"].as_array().unwrap() {
        let m = table["municipality"].as_str().unwrap();
        assert!(
            summaries.contains(&format!("Lees meer over de gemeente {m}")),
            "{summaries:?}"
        );
        for s in table["solutions"].as_array().unwrap() {
            assert!(solutions.contains(&s.as_str().unwrap().to_string()), "{s}");
        }
    }
    let quotes = all(&doc, "figure.verslag-quote");
    assert_eq!(
        quotes.len(),
        record["closing"]["quotes"].as_array().unwrap().len()
    );
    for (q, want) in quotes
        .iter()
        .zip(record["closing"]["quotes"].as_array().unwrap())
    {
        let said = text(&q.select(&sel("blockquote")).next().unwrap());
        assert_eq!(said.trim(), want["text"].as_str().unwrap());
        let who = text(&q.select(&sel("cite")).next().unwrap());
        assert!(
            who.starts_with(want["speaker"]["name"].as_str().unwrap()),
            "{who}"
        );
    }
    // For machines: title, description, Open Graph without absolute addresses, JSON-LD.
    assert!(text(&all(&doc, "title")[0]).starts_with("Werkgevers helpen wethouders"));
    let description = attr(&all(&doc, "meta[name='description']")[0], "content");
    assert!(
        description.starts_with("Op 1 november organiseerde") && description.chars().count() <= 160
    );
    assert!(all(&doc, "meta[property='og:title']").len() == 1);
    assert!(all(&doc, "meta[property='og:image'], link[rel='canonical']").is_empty());
    let ld: serde_json::Value =
        serde_json::from_str(&text(&all(&doc, "script[type='application/ld+json']")[0])).unwrap();
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["startDate"], "2022-11-01");
    assert_eq!(ld["organizer"]["name"], "De Normaalste Zaak Amersfoort");
    assert_eq!(ld["location"]["name"], "Arbeidsmarktregio Amersfoort");
    // Nothing is loaded from another host, and everything loaded is in the folder.
    for address in loaded_addresses(&folder, &doc) {
        assert!(
            !address.contains(':') && !address.starts_with('/'),
            "{address}"
        );
        assert!(
            folder.join(&address).is_file(),
            "{address} is not in the folder"
        );
    }
    for font in std::fs::read_dir(folder.join("fonts")).unwrap() {
        assert_eq!(&std::fs::read(font.unwrap().path()).unwrap()[..4], b"wOF2");
    }
    // The PDF next to the page is the report `build` makes, linked from the page.
    let pdf = format!("{SLUG}.pdf");
    assert_eq!(attr(&all(&doc, ".verslag-pdf a")[0], "href"), pdf);
    assert_eq!(
        std::fs::read(folder.join(&pdf)).unwrap(),
        std::fs::read(tmp.path().join("out/2022").join(&pdf)).unwrap()
    );
    // The fragment: the same article, without page, styles or scripts.
    let fragment = std::fs::read_to_string(folder.join("article.html")).unwrap();
    assert!(
        fragment.starts_with("<article class=\"verslag\" lang=\"nl\">"),
        "{}",
        &fragment[..80]
    );
    for tag in ["html", "head", "link", "script", "style", "body"] {
        let found =
            fragment.contains(&format!("<{tag}>")) || fragment.contains(&format!("<{tag} "));
        assert!(!found, "the fragment has <{tag}>");
    }
}

#[test]
fn html_scripts_and_javascript_addresses_in_every_field_print_as_text() {
    let tmp = scratch();
    let folder = web(tmp.path(), "tests/records/2022/2022-11-01-web-markup", &[]);
    let doc = page(&folder, "index.html");
    // Only verslag's own scripts: the JSON-LD and the one that opens fold-outs to print.
    assert_eq!(all(&doc, "script").len(), 2);
    assert!(
        all(&doc, "script:not([type])")
            .iter()
            .all(|s| text(s).contains("beforeprint"))
    );
    for tag in [
        "b",
        "i",
        "u",
        "img:not(article img)",
        "svg",
        "iframe",
        "form",
        "input",
        "marquee",
        "object",
        "style",
        "bdo",
        "meta[http-equiv]",
    ] {
        let found = all(&doc, tag);
        assert!(
            found.is_empty() || tag == "img:not(article img)" && found.len() == 1,
            "<{tag}> from user text: {:?}",
            found.iter().map(|e| e.html()).collect::<Vec<_>>()
        );
    }
    assert_eq!(all(&doc, "h1").len(), 1);
    assert!(
        all(&doc, "a")
            .iter()
            .all(|a| !attr(a, "href").to_ascii_lowercase().contains("javascript"))
    );
    let body = text(&all(&doc, "body")[0]);
    for literal in [
        "Titel <script>alert('titel')</script> & co",
        "<img src=x onerror=alert(1)> ondertitel",
        "Intro </p><h1>tweede kop</h1> {{ event.title }} {% raw %}",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "javascript:alert('plaats')",
        "Naam --> <!-- commentaar",
        "Bijschrift \" onmouseover=\"alert(1)",
        "Tekst ]]> <![CDATA[ x ]]> &amp; &lt;",
        "Oplossing {{ 7 * 7 }}",
        "Quote </blockquote><script>alert(6)</script>",
        "Over tekst <meta http-equiv=refresh content=0>",
    ] {
        // Printed with typographic apostrophes, and as text.
        let printed = literal.replace('\'', "’");
        assert!(body.contains(&printed), "missing {printed:?}");
    }
    let cover = all(&doc, "article img")[0];
    assert_eq!(attr(&cover, "alt"), "Alt \"><script>alert(’alt’)</script>");
    let ld: serde_json::Value =
        serde_json::from_str(&text(&all(&doc, "script[type='application/ld+json']")[0])).unwrap();
    assert_eq!(ld["name"], "Titel <script>alert(’titel’)</script> & co");
    // The photo went through the pipeline: no EXIF (the original has a GPS position).
    let original =
        std::fs::read("tests/records/2022/2022-11-01-web-markup/photos/gps.jpg").unwrap();
    assert!(original.windows(4).any(|w| w == b"Exif"));
    for (name, bytes) in files(&folder.join("img")) {
        assert!(!bytes.windows(4).any(|w| w == b"Exif"), "{name} keeps EXIF");
    }
}

#[test]
fn two_runs_write_the_same_folder_and_a_failed_run_keeps_it() {
    let (a, b) = (scratch(), scratch());
    let first = files(&web(a.path(), EXAMPLE, &[]));
    let second = files(&web(b.path(), EXAMPLE, &[]));
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &first {
        assert!(bytes == &second[name], "{name} differs between two runs");
    }
    // A designer's mistake in the web template: located, and the page stays as it was.
    let dir = a.path().join("tpl");
    let o = verslag(&["templates", "export", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let article = dir.join("web/article.html");
    let source = std::fs::read_to_string(&article).unwrap();
    std::fs::write(
        &article,
        source.replacen("{{ event.title }}", "{{ event.titel }}", 1),
    )
    .unwrap();
    let (line, col) = source
        .lines()
        .enumerate()
        .find_map(|(i, l)| l.find("{{ event.title }}").map(|c| (i + 1, c + 4)))
        .unwrap();
    let web = a.path().join("web");
    let o = verslag(&[
        "web",
        "--format",
        "short",
        "--templates",
        dir.to_str().unwrap(),
        "-o",
        web.to_str().unwrap(),
        "--reports",
        a.path().join("out").to_str().unwrap(),
        EXAMPLE,
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let want = format!("{}:{line}:{col}: error: template error", article.display());
    assert!(
        stderr(&o).starts_with(&want),
        "{}\nwant: {want}",
        stderr(&o)
    );
    let after = files(&web.join("2022").join(SLUG));
    assert!(after == first, "a failed run changed the page");
    let mut names: Vec<String> = std::fs::read_dir(web.join("2022"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    // The year's lock lives in the cache folder: nothing of verslag's is uploaded with it.
    assert_eq!(names, [SLUG], "left behind: {names:?}");
}

#[test]
fn a_record_with_a_problem_writes_no_page() {
    let tmp = scratch();
    let web = tmp.path().join("web");
    let o = verslag(&[
        "web",
        "-o",
        web.to_str().unwrap(),
        "tests/records/2022/2022-11-01-missing-organizer",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event.toml:"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no web page was written"),
        "{}",
        stderr(&o)
    );
    assert!(!web.exists());
}

/// The built-in brand with `[web] base_url` set to `url`, in `dir`.
fn brand_with_base_url(dir: &Path, url: &str) -> PathBuf {
    common::brand_with(dir, &format!("[web]\nbase_url = \"{url}\""))
}

#[test]
fn a_base_url_gives_the_fragment_and_the_sharing_tags_full_addresses() {
    let tmp = scratch();
    let brand = brand_with_base_url(tmp.path(), "https://example.org/verslagen");
    let folder = web(tmp.path(), EXAMPLE, &["--brand", brand.to_str().unwrap()]);
    let base = format!("https://example.org/verslagen/2022/{SLUG}/");
    let doc = page(&folder, "index.html");
    assert_eq!(attr(&all(&doc, "link[rel='canonical']")[0], "href"), base);
    let og = attr(&all(&doc, "meta[property='og:image']")[0], "content");
    assert!(
        og.starts_with(&format!("{base}img/1-")) && og.ends_with(".jpg"),
        "{og}"
    );
    assert!(folder.join(&og[base.len()..]).is_file());
    // The page itself still works offline: its own images stay relative.
    assert!(attr(&all(&doc, "article img")[0], "src").starts_with("img/"));
    let fragment =
        Html::parse_fragment(&std::fs::read_to_string(folder.join("article.html")).unwrap());
    for img in all(&fragment, "img") {
        assert!(attr(&img, "src").starts_with(&base));
    }
    for source in all(&fragment, "source") {
        for candidate in attr(&source, "srcset").split(", ") {
            assert!(candidate.starts_with(&base), "{candidate}");
        }
    }
    assert_eq!(
        attr(&all(&fragment, ".verslag-pdf a")[0], "href"),
        format!("{base}{SLUG}.pdf")
    );
}

#[test]
fn a_base_url_that_is_no_web_address_is_refused_where_it_is_written() {
    let tmp = scratch();
    let brand = brand_with_base_url(tmp.path(), "javascript:alert(1)");
    let o = verslag(&[
        "web",
        "--format",
        "short",
        "--brand",
        brand.to_str().unwrap(),
        EXAMPLE,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let lines = include_str!("../../templates/brand.toml").lines().count();
    let want = format!(
        "{}:{}:12: error: `web.base_url` \"javascript:alert(1)\" is not a web address",
        brand.display(),
        lines + 3
    );
    assert!(
        stderr(&o).starts_with(&want),
        "{}\nwant: {want}",
        stderr(&o)
    );
}
