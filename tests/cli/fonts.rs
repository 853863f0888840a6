//! A brand that brings its own fonts: a serif body font from files, a Japanese fallback next
//! to a right-to-left name, and every bad font entry located in brand.toml.

use std::path::{Path, PathBuf};

use crate::common;
use common::pdf;
use common::{scratch, stderr, stdout, verslag};

const FIXTURES: &str = "tests/fixtures/fonts";

/// A brand folder in `dir`: the built-in brand with `fonts` replaced, the logo, and the
/// fixture fonts in `fonts/`.
fn brand(dir: &Path, fonts: &str) -> PathBuf {
    let folder = dir.join("brand");
    std::fs::create_dir_all(folder.join("fonts")).unwrap();
    for f in std::fs::read_dir(common::root().join(FIXTURES)).unwrap() {
        let f = f.unwrap();
        if f.path().extension().is_some_and(|e| e == "ttf") {
            std::fs::copy(f.path(), folder.join("fonts").join(f.file_name())).unwrap();
        }
    }
    let builtin = include_str!("../../templates/brand.toml");
    let start = builtin.find("[fonts]").unwrap();
    let end = start + builtin[start..].find("\n\n").unwrap();
    let text = format!("{}{fonts}{}", &builtin[..start], &builtin[end..]);
    std::fs::write(folder.join("brand.toml"), text).unwrap();
    std::fs::write(
        folder.join("logo.svg"),
        include_str!("../../templates/logo.svg"),
    )
    .unwrap();
    folder.join("brand.toml")
}

/// A copy of the minimal record with `extra` added to [event].
fn record(dir: &Path, extra: &str, host: &str) -> PathBuf {
    let event = dir.join("events/2022/2022-11-01-fonts");
    std::fs::create_dir_all(&event).unwrap();
    let text = std::fs::read_to_string(
        common::root().join("tests/records/2022/2022-11-01-valid-minimal/event.toml"),
    )
    .unwrap()
    .replace(
        "intro = \"Een middag over inclusief werkgeven.\"",
        &format!("intro = \"Een middag over inclusief werkgeven.\"\n{extra}"),
    )
    .replace("Erwin Jansma", host);
    std::fs::write(event.join("event.toml"), text).unwrap();
    event
}

/// `verslag build --format short --brand BRAND -o OUT EVENT`.
fn build(brand: &Path, out: &Path, event: &Path) -> std::process::Output {
    verslag(&[
        "build",
        "--format",
        "short",
        "--brand",
        brand.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        event.to_str().unwrap(),
    ])
}

#[test]
fn a_serif_body_font_from_the_brand_is_embedded_instead_of_inter() {
    let tmp = scratch();
    let brand = brand(
        tmp.path(),
        "[fonts]\nbody = \"DejaVu Serif\"\nheading = \"Inter\"\nfiles = [\"fonts/DejaVuSerif*.ttf\"]",
    );
    let event = record(tmp.path(), "", "Erwin Jansma");
    let out = tmp.path().join("out");
    let o = build(&brand, &out, &event);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc = pdf::load(&out.join("2022/2022-11-01-fonts.pdf"));
    let fonts = pdf::fonts(&doc);
    assert!(fonts.iter().all(|(_, embedded)| *embedded), "{fonts:?}");
    let names: Vec<&str> = fonts.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.iter().any(|n| n.contains("DejaVuSerif")), "{names:?}");
    // Inter is the headings' font only: no regular Inter for body text.
    assert!(
        !names.iter().any(|n| n.ends_with("Inter-Regular")),
        "{names:?}"
    );
}

#[test]
fn a_japanese_fallback_prints_a_name_next_to_a_right_to_left_one() {
    let tmp = scratch();
    let brand = brand(
        tmp.path(),
        "[fonts]\nbody = \"Inter\"\nheading = \"Inter\"\nfallback = [\"IPAGothic\"]\nfiles = [\"fonts/IPAGothic-subset.ttf\"]",
    );
    let event = record(tmp.path(), "core_group = [\"株式会社テスト\"]", "שרה כהן");
    let event = event.to_str().unwrap();
    // Without the brand the name is refused at its place, with a hint how to add a font.
    let o = verslag(&["check", "--format", "short", event]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("event.toml:8:15: error: `event.core_group[0]`: the character '株' (U+682A) is in none of the report's fonts"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("add a font that has it to a brand"));
    // With it, check passes and the report prints both names.
    let o = verslag(&["check", "--brand", brand.to_str().unwrap(), event]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = tmp.path().join("out");
    let o = build(&brand, &out, Path::new(event));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let pdf_path = out.join("2022/2022-11-01-fonts.pdf");
    // pdf-extract may put a space where the script changes from kanji to katakana.
    let text = pdf::text(&pdf_path).replace(' ', "");
    assert!(text.contains("株式会社テスト"), "{text}");
    let doc = pdf::load(&pdf_path);
    let names: Vec<String> = pdf::fonts(&doc).into_iter().map(|(n, _)| n).collect();
    assert!(names.iter().any(|n| n.contains("IPAGothic")), "{names:?}");
    assert!(
        names.iter().any(|n| n.contains("NotoSansHebrew")),
        "{names:?}"
    );
}

#[test]
fn every_bad_font_entry_is_located_in_the_brand_and_nothing_is_written() {
    let tmp = scratch();
    let brand = brand(
        tmp.path(),
        "[fonts]\nbody = \"Garamond\"\nheading = \"Inter\"\nfiles = [\n  \"fonts/missing.otf\",\n  \"fonts/*.woff\",\n  \"fonts/not-a-font.otf\",\n  \"fonts/cut.ttf\",\n  \"fonts/Restricted-fsType2.ttf\",\n]",
    );
    let fonts = brand.parent().unwrap().join("fonts");
    std::fs::write(fonts.join("not-a-font.otf"), "this is text, not a font\n").unwrap();
    let whole = std::fs::read(fonts.join("DejaVuSerif-subset.ttf")).unwrap();
    std::fs::write(fonts.join("cut.ttf"), &whole[..600]).unwrap();
    let event = record(tmp.path(), "", "Erwin Jansma");
    let out = tmp.path().join("out");
    let o = build(&brand, &out, &event);
    assert_eq!(o.status.code(), Some(1));
    let b = brand.display();
    let folder = brand.parent().unwrap().display();
    let line = |l: u32, c: u32, m: &str, h: &str| format!("{b}:{l}:{c}: error: {m} (hint: {h})\n");
    let use_otf = "use an OTF, TTF or TTC file whose licence allows embedding (the SIL Open Font License does)";
    let relative = format!("font files are found relative to the brand file's folder {folder}");
    let mut want = String::new();
    want += &line(
        18,
        8,
        "font \"Garamond\" is neither bundled with verslag nor in the brand's font files",
        "fonts available: Inter, Noto Sans Arabic, Noto Sans Hebrew, Symbola",
    );
    want += &line(
        21,
        3,
        "no font file \"fonts/missing.otf\" next to the brand file",
        &relative,
    );
    want += &line(
        22,
        3,
        "\"fonts/*.woff\" matches no file next to the brand file",
        &relative,
    );
    want += &line(
        23,
        3,
        "\"fonts/not-a-font.otf\" is not a font that can be read (OTF, TTF or TTC); it may be cut short",
        use_otf,
    );
    want += &line(
        24,
        3,
        "\"fonts/cut.ttf\" is not a font that can be read (OTF, TTF or TTC); it may be cut short",
        use_otf,
    );
    want += &line(
        25,
        3,
        "\"fonts/Restricted-fsType2.ttf\" forbids embedding (its licence sets fsType to \"restricted\"): a PDF cannot carry it",
        use_otf,
    );
    want += "6 problems found; no report was written for a failed event\n";
    assert_eq!(stderr(&o), want);
    assert!(stdout(&o).is_empty());
    assert!(!out.exists());
}

#[test]
fn a_brand_exported_with_its_fonts_builds_from_the_templates_folder_and_archives() {
    let tmp = scratch();
    let brand = brand(
        tmp.path(),
        "[fonts]\nbody = \"DejaVu Serif\"\nheading = \"Inter\"\nfallback = [\"IPAGothic\"]\nfiles = [\"fonts/DejaVuSerif*.ttf\", \"fonts/IPAGothic-subset.ttf\"]",
    );
    let dir = tmp.path().join("tpl");
    let o = verslag(&[
        "templates",
        "export",
        "--brand",
        brand.to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for f in [
        "brand.toml",
        "logo.svg",
        "fonts/DejaVuSerif-subset.ttf",
        "fonts/IPAGothic-subset.ttf",
    ] {
        assert!(
            stdout(&o).contains(&format!("{}\n", dir.join(f).display())),
            "{f}: {}",
            stdout(&o)
        );
    }
    // The fonts sit in the templates folder, as the README's workflow has it: they are the
    // brand's, not templates.
    let events = tmp.path().join("events");
    let event = record(
        tmp.path(),
        "core_group = [\"株式会社テスト\"]",
        "Erwin Jansma",
    );
    let exported = dir.join("brand.toml");
    let look = [
        "--templates",
        dir.to_str().unwrap(),
        "--brand",
        exported.to_str().unwrap(),
    ];
    let out = tmp.path().join("out");
    let mut args = vec!["build", "-o", out.to_str().unwrap()];
    args.extend(look);
    args.push(event.to_str().unwrap());
    let o = verslag(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // PDF/A-3b and PDF/UA-1 with the brand's fonts embedded.
    let archive = tmp.path().join("archive");
    let mut args = vec![
        "archive",
        "2022",
        "--events",
        events.to_str().unwrap(),
        "--archive",
        archive.to_str().unwrap(),
    ];
    args.extend(look);
    let o = verslag(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc = pdf::load(&archive.join("2022/2022-11-01-fonts.pdf"));
    assert!(pdf::fonts(&doc).iter().all(|(_, embedded)| *embedded));
    let o = verslag(&["verify", "2022", "--archive", archive.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn fonts_a_brand_adds_but_the_report_does_not_use_add_nothing_to_the_pdf() {
    let tmp = scratch();
    let brand = brand(
        tmp.path(),
        "[fonts]\nbody = \"Inter\"\nheading = \"Inter\"\nfiles = [\"fonts/DejaVu*.ttf\", \"fonts/IPA*.ttf\"]",
    );
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let o = verslag(&["build", "-o", a.to_str().unwrap(), common::EXAMPLE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = build(&brand, &b, Path::new(common::EXAMPLE));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let name = "2022/2022-11-01-praktijktafel-amersfoort.pdf";
    let (a, b) = (
        std::fs::read(a.join(name)).unwrap(),
        std::fs::read(b.join(name)).unwrap(),
    );
    assert_eq!(a.len(), b.len());
}

#[test]
fn a_brand_with_problems_of_its_own_does_not_also_refuse_every_name() {
    let tmp = scratch();
    let brand = brand(
        tmp.path(),
        "[fonts]\nbody = \"Inter\"\nheading = \"Inter\"\nfallback = [\"IPAGothic\"]\nfiles = [\"fonts/IPAGothic-subset.ttf\"]",
    );
    let text = std::fs::read_to_string(&brand).unwrap();
    std::fs::write(
        &brand,
        text.replace("logo = \"logo.svg\"", "logo = \"logoo.svg\""),
    )
    .unwrap();
    let event = record(
        tmp.path(),
        "core_group = [\"株式会社テスト\"]",
        "Erwin Jansma",
    );
    let o = build(&brand, &tmp.path().join("out"), &event);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("no logo file \"logoo.svg\""), "{err}");
    assert!(!err.contains("none of the report's fonts"), "{err}");
    assert!(
        err.ends_with("1 problem found; no report was written for a failed event\n"),
        "{err}"
    );
}

/// Sets the OS/2 fsType (licence bits) of the font file at `path`, as a foundry ships it.
fn set_fs_type(path: &Path, value: u16) {
    let mut font = std::fs::read(path).unwrap();
    let tables = usize::from(u16::from_be_bytes([font[4], font[5]]));
    let record = (0..tables)
        .map(|i| 12 + 16 * i)
        .find(|&r| &font[r..r + 4] == b"OS/2")
        .expect("an OS/2 table");
    let offset = u32::from_be_bytes(font[record + 8..record + 12].try_into().unwrap()) as usize;
    font[offset + 8..offset + 10].copy_from_slice(&value.to_be_bytes());
    std::fs::write(path, font).unwrap();
}

#[test]
fn a_font_licensed_for_print_only_is_in_the_pdf_but_not_on_the_web_page() {
    let tmp = scratch();
    let brand = brand(
        tmp.path(),
        "[fonts]\nbody = \"DejaVu Serif\"\nheading = \"Inter\"\nfiles = [\"fonts/DejaVuSerif*.ttf\"]",
    );
    let fonts = brand.with_file_name("fonts");
    for file in ["DejaVuSerif-subset.ttf", "DejaVuSerif-Bold-subset.ttf"] {
        // "Preview & print": a PDF may carry it, a web site may not serve it.
        set_fs_type(&fonts.join(file), 0x0004);
    }
    let event = record(tmp.path(), "", "Erwin Jansma");
    let (out, web) = (tmp.path().join("out"), tmp.path().join("web"));
    let o = build(&brand, &out, &event);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(common::said(&o).is_empty(), "{}", stderr(&o));
    let names: Vec<String> = pdf::fonts(&pdf::load(&out.join("2022/2022-11-01-fonts.pdf")))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert!(names.iter().any(|n| n.contains("DejaVuSerif")), "{names:?}");

    let o = verslag(&[
        "web",
        "--format",
        "short",
        "--brand",
        brand.to_str().unwrap(),
        "--reports",
        out.to_str().unwrap(),
        "-o",
        web.to_str().unwrap(),
        event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "warning: the font \"DejaVu Serif\" may not be put on a web site (its licence bits \
             allow only preview & print); the web page uses Inter instead"
        ),
        "{}",
        stderr(&o)
    );
    let page = web.join("2022/2022-11-01-fonts");
    let served: Vec<String> = std::fs::read_dir(page.join("fonts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!served.is_empty());
    assert!(
        served
            .iter()
            .all(|f| f.starts_with("inter-") && f.ends_with(".woff2")),
        "{served:?}"
    );
    let css = std::fs::read_to_string(page.join("style.css")).unwrap();
    assert!(!css.contains("DejaVu"), "{css}");
    assert!(css.contains("--body-font: \"Inter\", sans-serif;"), "{css}");
    // The same PDF goes along with the page: the licence allows that.
    assert_eq!(
        std::fs::read(page.join("2022-11-01-fonts.pdf")).unwrap(),
        std::fs::read(out.join("2022/2022-11-01-fonts.pdf")).unwrap()
    );
}
