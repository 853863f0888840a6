//! `verslag build` end to end: the example report read back, reproducibility, markup printed
//! literally, template errors located, and failed builds that leave nothing behind.

use crate::common;

use std::path::Path;

use common::pdf;
use common::{EXAMPLE, scratch, stderr, stdout, verslag, verslag_in};

const PDF_NAME: &str = "2022/2022-11-01-praktijktafel-amersfoort.pdf";
const PDF_FILE: &str = "2022-11-01-praktijktafel-amersfoort.pdf";

fn build_example(out: &Path) -> std::path::PathBuf {
    let o = verslag(&["build", "-o", out.to_str().unwrap(), EXAMPLE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = out.join(PDF_NAME);
    assert_eq!(stdout(&o), format!("{}\n", path.display()));
    path
}

/// Every host, municipality, question, solution and quote of the example is in the PDF.
#[test]
fn example_report_holds_the_whole_record() {
    let tmp = scratch();
    let path = build_example(tmp.path());
    let text = pdf::text(&path);
    let record: toml::Table =
        toml::from_str(&std::fs::read_to_string(format!("{EXAMPLE}/event.toml")).unwrap()).unwrap();
    let mut expected: Vec<String> = Vec::new();
    for table in record["tables"].as_array().unwrap() {
        expected.push(table["municipality"].as_str().unwrap().into());
        expected.push(table["host"]["name"].as_str().unwrap().into());
        expected.push(table["core_member"]["name"].as_str().unwrap().into());
        expected.push(table["question"].as_str().unwrap().into());
        for s in table["solutions"].as_array().unwrap() {
            expected.push(s.as_str().unwrap().into());
        }
    }
    for quote in record["closing"]["quotes"].as_array().unwrap() {
        expected.push(quote["text"].as_str().unwrap().into());
        expected.push(quote["speaker"]["name"].as_str().unwrap().into());
    }
    expected.push("1 november 2022".into());
    expected.push("Eric de Vos".into());
    expected.push("Facts & figures van de regio".into());
    let missing: Vec<_> = expected
        .iter()
        .map(|e| pdf::fold(e))
        .filter(|e| !text.contains(e.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the PDF: {missing:#?}\n\nPDF text: {text}"
    );
}

#[test]
fn example_report_metadata_fonts_and_photos() {
    let tmp = scratch();
    let path = build_example(tmp.path());
    let doc = pdf::load(&path);
    assert_eq!(
        pdf::info(&doc, "Title").as_deref(),
        Some("Werkgevers helpen wethouders hun inclusie-belofte waar te maken")
    );
    assert_eq!(
        pdf::info(&doc, "Author").as_deref(),
        Some("De Normaalste Zaak Amersfoort")
    );
    assert_eq!(
        pdf::info(&doc, "Subject").as_deref(),
        Some("Vijf wethouders en werkgevers in dialoog over inclusie, diversiteit en participatie")
    );
    assert_eq!(
        pdf::info(&doc, "Keywords").as_deref(),
        Some("Baarn, Woudenberg, Soest, Leusden, Amersfoort")
    );
    let created = pdf::info(&doc, "CreationDate").unwrap_or_default();
    assert!(created.starts_with("D:20221101"), "{created}");

    let catalog = doc.catalog().unwrap();
    let lang = catalog
        .get(b"Lang")
        .map(|l| lopdf::decode_text_string(l).unwrap());
    assert_eq!(lang.ok().as_deref(), Some("nl"));
    assert!(catalog.has(b"StructTreeRoot"), "the PDF is tagged");
    assert!(catalog.has(b"Outlines"), "the PDF has bookmarks");

    let fonts = pdf::fonts(&doc);
    assert!(!fonts.is_empty());
    for (name, embedded) in &fonts {
        assert!(name.contains("Inter"), "unexpected font {name}");
        assert!(embedded, "font {name} is not embedded");
    }
    // Five photos and the logo's raster parts, if any: at least the five photos.
    let photos: Vec<_> = pdf::images(&doc)
        .into_iter()
        .filter(|(_, _, f)| f == "DCTDecode")
        .collect();
    assert_eq!(photos.len(), 5, "{photos:?}");
}

#[test]
fn bookmarks_name_every_section_and_municipality() {
    let tmp = scratch();
    let doc = pdf::load(&build_example(tmp.path()));
    let mut titles = Vec::new();
    for obj in doc.objects.values() {
        if let Ok(d) = obj.as_dict()
            && d.has(b"Parent")
            && let Ok(t) = d.get(b"Title")
            && (d.has(b"Dest") || d.has(b"A"))
        {
            titles.push(lopdf::decode_text_string(t).unwrap());
        }
    }
    for want in [
        "Facts & figures van de regio",
        "Pitchen",
        "De praktijktafels",
        "Baarn",
        "Woudenberg",
        "Soest",
        "Leusden",
        "Amersfoort",
        "Samen de bühne op",
    ] {
        assert!(
            titles.iter().any(|t| t == want),
            "no bookmark {want}: {titles:?}"
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let (a, b) = (scratch(), scratch());
    let first = std::fs::read(build_example(a.path())).unwrap();
    let second = std::fs::read(build_example(b.path())).unwrap();
    assert!(first == second, "the two PDFs differ");
}

#[test]
fn typst_markup_in_every_field_prints_literally() {
    let tmp = scratch();
    let out = tmp.path().to_str().unwrap();
    let o = verslag(&["build", "-o", out, "tests/records/2022/2022-11-01-markup"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = pdf::text(&tmp.path().join("2022/2022-11-01-markup.pdf"));
    for literal in [
        "Markup #strong[niet] $x^2$ *vet* _schuin_ @ref <label> [haak] \\ // geen commentaar",
        "#read(\"/etc/passwd\") #sys.inputs",
        "Ruimte ]) #panic(\"boem\")",
        "#let x = 1 #x and #{ 1 + 1 } and #eval(\"1 + 1\")",
        "Eric $ dollar",
        "Vraag $\\alpha$ #emph[x]?",
        "Oplossing *een*",
        "Oplossing \\three",
        "Oplossing // four",
        "Oplossing ]five[",
        "Samengevat <sum> @sum",
        "Quote #quote[x] \"y\"",
        "About text #context here()",
        "Pitch ```code``` #include \"/etc/hosts\"",
        "1 November 2022",
        "page 2 / 4",
        "1,250",
    ] {
        assert!(text.contains(literal), "missing {literal:?} in {text}");
    }
    assert!(
        !text.contains("root:x:0:0"),
        "a file outside the allowlist was read"
    );
}

#[test]
fn a_broken_template_is_reported_at_its_line_and_column() {
    let tmp = scratch();
    let dir = tmp.path().join("tpl");
    let o = verslag(&["templates", "export", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = dir.join("report.typ");
    let text = std::fs::read_to_string(&report).unwrap();
    let broken = text.replacen("#let ev = data.event", "#let ev = data.evnt", 1);
    std::fs::write(&report, broken).unwrap();
    let out = tmp.path().join("out");
    let o = verslag(&[
        "build",
        "--format",
        "short",
        "--templates",
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        EXAMPLE,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let line = text
        .lines()
        .position(|l| l.starts_with("#let ev = data.event"))
        .unwrap()
        + 1;
    let want = format!(
        "{}:{line}:16: error: dictionary does not contain key \"evnt\"",
        report.display()
    );
    assert!(
        stderr(&o).starts_with(&want),
        "{}\nwant: {want}",
        stderr(&o)
    );
    assert!(!out.exists(), "nothing may be written by a failed build");
}

#[test]
fn a_failed_build_keeps_the_older_good_report() {
    let tmp = scratch();
    let good = std::fs::read(build_example(tmp.path())).unwrap();
    let dir = tmp.path().join("tpl");
    verslag(&["templates", "export", dir.to_str().unwrap()]);
    std::fs::write(dir.join("report.typ"), "#panic(\"designer mistake\")\n").unwrap();
    let o = verslag(&[
        "build",
        "--templates",
        dir.to_str().unwrap(),
        "-o",
        tmp.path().to_str().unwrap(),
        EXAMPLE,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("report.typ:1:2: error: panicked with: designer mistake"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(tmp.path().join(PDF_NAME)).unwrap(), good);
    let mut leftovers: Vec<_> = std::fs::read_dir(tmp.path().join("2022"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    leftovers.sort();
    // The report and, beside it, what it was built from; no temporary file.
    assert_eq!(
        leftovers,
        [
            std::ffi::OsString::from(format!(".{PDF_FILE}.inputs")),
            PDF_FILE.into()
        ],
        "temporary files left: {leftovers:?}"
    );
}

#[test]
fn a_template_cannot_read_outside_its_allowlist() {
    let tmp = scratch();
    let dir = tmp.path().join("tpl");
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", dir.join("passwd.txt")).unwrap();
    let cases = [
        (
            "/etc/passwd",
            "/etc/passwd is not one of the files a report may read",
        ),
        ("../../../../etc/passwd", "would escape the project root"),
        (
            "passwd.txt",
            "/passwd.txt is not one of the files a report may read",
        ),
    ];
    for (i, (target, why)) in cases.iter().enumerate() {
        std::fs::write(dir.join("report.typ"), format!("#read(\"{target}\")\n")).unwrap();
        let out = tmp.path().join(format!("out{i}"));
        let o = verslag(&[
            "build",
            "--templates",
            dir.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            EXAMPLE,
        ]);
        assert_eq!(o.status.code(), Some(1), "{target}");
        assert!(
            stderr(&o).contains(&format!("report.typ:1:7: error: {why}"))
                || stderr(&o).contains(why),
            "{target}: {}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("root:"), "the file's content leaked");
        assert!(!out.exists());
    }
}

#[test]
fn an_invalid_record_is_refused_before_anything_is_written() {
    let tmp = scratch();
    let o = verslag_in(
        &common::root(),
        &[
            "build",
            "--format",
            "short",
            "-o",
            tmp.path().join("out").to_str().unwrap(),
            EXAMPLE,
            "tests/records/2022/2022-11-01-unknown-key",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with(
        "tests/records/2022/2022-11-01-unknown-key/event.toml:14:1: error: unknown key `sumary`"
    ));
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn exported_templates_build_the_same_report_and_are_not_overwritten() {
    let tmp = scratch();
    let dir = tmp.path().join("tpl");
    let o = verslag(&["templates", "export", dir.to_str().unwrap()]);
    assert_eq!(
        stdout(&o),
        [
            "report.typ",
            "chapter.typ",
            "components.typ",
            "yearbook.typ",
            "web/page.html",
            "web/article.html",
            "web/style.css",
            "mail-nl.txt",
            "mail-en.txt",
            "mail-review-nl.txt",
            "mail-review-en.txt",
            "brand.toml",
            "logo.svg"
        ]
        .iter()
        .map(|f| format!("{}\n", dir.join(f).display()))
        .collect::<String>()
    );
    let builtin = std::fs::read(build_example(&tmp.path().join("a"))).unwrap();
    let out = tmp.path().join("b");
    let o = verslag(&[
        "build",
        "--templates",
        dir.to_str().unwrap(),
        "--brand",
        dir.join("brand.toml").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        EXAMPLE,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read(out.join(PDF_NAME)).unwrap() == builtin);

    let again = verslag(&["templates", "export", dir.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists; nothing was written"));
}

#[test]
fn a_brand_with_an_unknown_font_is_refused() {
    let tmp = scratch();
    let brand = tmp.path().join("brand.toml");
    let text = verslag_brand().replace("body = \"Inter\"", "body = \"Comic Sans\"");
    std::fs::write(&brand, text).unwrap();
    std::fs::write(
        tmp.path().join("logo.svg"),
        include_str!("../../templates/logo.svg"),
    )
    .unwrap();
    let o = verslag(&[
        "build",
        "--format",
        "short",
        "--brand",
        brand.to_str().unwrap(),
        "-o",
        tmp.path().join("out").to_str().unwrap(),
        EXAMPLE,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("brand.toml:18:8: error: font \"Comic Sans\" is not bundled with verslag (hint: fonts available: Inter"),
        "{}",
        stderr(&o)
    );
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn a_template_asking_for_a_missing_font_fails_instead_of_swapping() {
    let tmp = scratch();
    let dir = tmp.path().join("tpl");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("report.typ"),
        "#set text(font: \"Times New Roman\")\nHallo\n",
    )
    .unwrap();
    let o = verslag(&[
        "build",
        "--templates",
        dir.to_str().unwrap(),
        "-o",
        tmp.path().join("out").to_str().unwrap(),
        EXAMPLE,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("report.typ:1:17: error: unknown font family: times new roman"),
        "{}",
        stderr(&o)
    );
    assert!(!tmp.path().join("out").exists());
}

fn verslag_brand() -> String {
    include_str!("../../templates/brand.toml").to_string()
}

#[test]
fn emoji_and_right_to_left_names_print_in_their_own_fonts() {
    let tmp = scratch();
    let out = tmp.path().to_str().unwrap();
    let o = verslag(&[
        "build",
        "-o",
        out,
        "tests/records/2022/2022-11-01-emoji-rtl",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = tmp.path().join("2022/2022-11-01-emoji-rtl.pdf");
    let fonts: Vec<String> = pdf::fonts(&pdf::load(&path))
        .into_iter()
        .map(|(name, embedded)| {
            assert!(embedded, "{name} is not embedded");
            name
        })
        .collect();
    for family in ["NotoSansArabic", "NotoSansHebrew", "Symbola"] {
        assert!(
            fonts.iter().any(|f| f.contains(family)),
            "no {family} in {fonts:?}"
        );
    }
    // Text is stored in the order it is drawn: right-to-left runs come out reversed, which
    // shows that they were laid out right to left.
    let text = pdf::text(&path);
    let drawn = |s: &str| s.chars().rev().collect::<String>();
    for word in [
        drawn("مريم الحسني"),
        "🌷".into(),
        drawn("שרה לוי"),
        "😀".into(),
        "centraal! 👍".into(),
    ] {
        assert!(text.contains(&word), "missing {word:?} in {text}");
    }
}

#[test]
fn a_batch_shows_progress_on_a_terminal_only() {
    let tmp = scratch();
    let out = tmp.path().join("out");
    let args = [
        "build",
        "-o",
        out.to_str().unwrap(),
        EXAMPLE,
        "tests/records/2022/2022-11-01-valid-minimal",
    ];
    let piped = verslag(&args);
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    assert_eq!(common::said(&piped), "", "progress must not go to a pipe");

    // A real terminal (a pseudo-terminal from util-linux `script`).
    let command = std::iter::once(env!("CARGO_BIN_EXE_verslag"))
        .chain(args)
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let in_terminal = |command: &str| {
        std::process::Command::new("script")
            .args(["-qec", command, "/dev/null"])
            .current_dir(common::root())
            .env("VERSLAG_LANG", "en")
            .env(
                "VERSLAG_CACHE_DIR",
                common::root().join("target/test-photo-cache"),
            )
            .output()
            .unwrap()
    };
    let tty = in_terminal(&command);
    let shown = String::from_utf8_lossy(&tty.stdout);
    assert!(tty.status.success(), "{shown}");
    assert!(shown.contains("] 1/2 "), "{shown}");
    assert!(
        shown.contains("[##############################] 2/2 "),
        "{shown}"
    );
    let quiet = in_terminal(&format!("{command} -q"));
    assert!(quiet.status.success());
    let quiet = String::from_utf8_lossy(&quiet.stdout);
    // -q prints problems only: no bar, no paths.
    assert!(!quiet.contains("2022-11-01-valid-minimal.pdf"), "{quiet}");
    assert!(!quiet.contains("1/2"), "{quiet}");
}

#[test]
fn odd_folder_and_photo_names_build_archive_and_mail_with_names_safe_everywhere() {
    let tmp = scratch();
    // Spaces, accents, emoji, characters Windows forbids, a trailing dot, over 100 characters.
    let name = format!(
        "2022-11-01-Praktijktafel café: wat? *werkt* {} 😀.",
        "heel lang ".repeat(9)
    );
    assert!(name.chars().count() > 100);
    let event = tmp.path().join("my events/2022").join(&name);
    std::fs::create_dir_all(event.join("photos")).unwrap();
    std::fs::copy(
        common::root().join("tests/fixtures/photos/sunset-640.jpg"),
        event.join("photos/zonsondergang 🌅.jpg"),
    )
    .unwrap();
    let record = std::fs::read_to_string(
        common::root().join("tests/records/2022/2022-11-01-mail/event.toml"),
    )
    .unwrap()
        + "\n[[photos]]\nfile = \"photos/zonsondergang 🌅.jpg\"\ncaption = \"Zon\"\nalt = \"Zonsondergang\"\n";
    std::fs::write(event.join("event.toml"), record).unwrap();
    let safe = |n: &str| !n.chars().any(|c| "<>:\"\\|?*".contains(c)) && !n.ends_with(['.', ' ']);

    let out = tmp.path().join("out");
    let o = verslag(&[
        "build",
        "-o",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = std::path::PathBuf::from(stdout(&o).trim_end());
    let file = written.file_name().unwrap().to_string_lossy().into_owned();
    assert!(safe(&file), "{file}");
    assert!(
        file.starts_with("2022-11-01-Praktijktafel café- wat- -werkt- heel lang"),
        "{file}"
    );
    assert!(file.ends_with("😀.pdf"), "{file}");
    assert!(written.is_file());

    let archive = tmp.path().join("archive");
    let o = verslag(&[
        "archive",
        "2022",
        "--events",
        tmp.path().join("my events").to_str().unwrap(),
        "--archive",
        archive.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for entry in std::fs::read_dir(archive.join("2022")).unwrap() {
        let n = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(safe(&n), "{n}");
    }

    let outbox = tmp.path().join("outbox");
    let o = verslag(&[
        "mail",
        "--contacts",
        "tests/fixtures/contacts/good.toml",
        "-o",
        out.to_str().unwrap(),
        "--outbox",
        outbox.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let folder = std::fs::read_dir(&outbox)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name();
    assert!(safe(&folder.to_string_lossy()), "{folder:?}");
    assert_eq!(stdout(&o).lines().count(), 3);
}

#[test]
fn a_brand_named_by_its_file_name_alone_is_read_from_the_current_folder() {
    // `--brand brand.toml` from inside the brand's folder: the file's folder is the empty
    // path, which is the current folder (its logo was once "not found" there).
    let tmp = common::scratch();
    let brand = common::brand_with(tmp.path(), "");
    let folder = brand.parent().unwrap();
    let event = common::root().join("events/2022/2022-11-01-praktijktafel-amersfoort");
    let out = tmp.path().join("out");
    let o = common::verslag_in(
        folder,
        &[
            "build",
            "--brand",
            "brand.toml",
            "-o",
            out.to_str().unwrap(),
            event.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    assert!(
        out.join("2022/2022-11-01-praktijktafel-amersfoort.pdf")
            .is_file()
    );
}
