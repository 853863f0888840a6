//! The photo pipeline through the real binary: upright, sRGB, transparency on white, no metadata left,
//! the cache, and photos that must be refused.

use crate::common;

use std::path::Path;

use common::pdf;
use common::{scratch, stderr, verslag};

const CASES: &str = "tests/records/2022/2022-11-01-photo-cases";

fn build(event: &str, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["build", "--format", "short", "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    args.push(event);
    verslag(&args)
}

/// The JPEG images of a PDF, decoded.
fn jpegs(doc: &lopdf::Document) -> Vec<(Vec<u8>, image::RgbImage)> {
    pdf::image_streams(doc)
        .into_iter()
        .filter(|(d, _)| d.get(b"Filter").and_then(|f| f.as_name()).ok() == Some(b"DCTDecode"))
        .map(|(_, bytes)| {
            let img = image::load_from_memory_with_format(&bytes, image::ImageFormat::Jpeg)
                .expect("an embedded JPEG decodes")
                .to_rgb8();
            (bytes, img)
        })
        .collect()
}

/// Leftmost and rightmost column holding dark pixels in rows `rows`.
fn dark_extent(img: &image::RgbImage, rows: std::ops::Range<u32>) -> u32 {
    let (mut min, mut max) = (u32::MAX, 0);
    for y in rows {
        for x in 0..img.width() {
            let p = img.get_pixel(x, y).0;
            if p.iter().map(|&c| u32::from(c)).sum::<u32>() < 200 {
                min = min.min(x);
                max = max.max(x);
            }
        }
    }
    max.saturating_sub(min)
}

#[test]
fn hard_photos_come_out_upright_srgb_and_clean() {
    let tmp = scratch();
    let o = build(CASES, tmp.path(), &["--no-cache"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = tmp.path().join("2022/2022-11-01-photo-cases.pdf");
    let doc = pdf::load(&path);
    let jpegs = jpegs(&doc);

    // EXIF orientation 6: the 800x600 marker is shown portrait, "TOP" above "BOTTOM".
    let marker = jpegs
        .iter()
        .map(|(_, i)| i)
        .find(|i| (f64::from(i.width()) / f64::from(i.height()) - 0.75).abs() < 0.01)
        .expect("the marker photo, 3:4 upright");
    assert!(marker.height() > marker.width());
    let band = marker.height() / 5;
    let top = dark_extent(marker, 0..band);
    let bottom = dark_extent(marker, marker.height() - band..marker.height());
    assert!(
        top > 0 && bottom > top,
        "TOP ({top}) must be narrower than BOTTOM ({bottom})"
    );

    // The Wine photo, stored 900x600 with orientation 6, is portrait 2:3.
    assert!(
        jpegs
            .iter()
            .any(|(_, i)| (f64::from(i.width()) / f64::from(i.height()) - 2.0 / 3.0).abs() < 0.01),
        "the Wine photo is not upright"
    );

    // CMYK is converted: every embedded JPEG has three components, and no CMYK colour space.
    for (bytes, _) in &jpegs {
        let mut d = jpeg_decoder::Decoder::new(std::io::Cursor::new(bytes));
        d.read_info().unwrap();
        assert_eq!(
            d.info().unwrap().pixel_format,
            jpeg_decoder::PixelFormat::RGB24
        );
        assert!(
            !jpeg_has_app1(bytes),
            "an embedded JPEG still carries EXIF/XMP"
        );
    }
    for (dict, _) in pdf::image_streams(&doc) {
        let cs = dict.get(b"ColorSpace").and_then(|c| c.as_name()).ok();
        assert_ne!(cs, Some(&b"DeviceCMYK"[..]));
    }

    // PNG alpha is flattened onto the white of the paper: every photo is a JPEG, none has a
    // soft mask, and the PNG's fully transparent corner comes out white.
    let streams = pdf::image_streams(&doc);
    assert!(
        streams.iter().all(|(d, _)| !d.has(b"SMask")),
        "a soft mask is left"
    );
    assert_eq!(jpegs.len(), streams.len(), "an image is not a JPEG");

    // No metadata of the camera or the photographer reaches the PDF.
    let raw = std::fs::read(&path).unwrap();
    let streams = pdf::all_stream_bytes(&doc);
    for needle in [&b"SN12345"[..], b"Private Person", b"TestCam", b"Exif\0"] {
        assert!(
            !contains(&raw, needle),
            "{:?} in the PDF",
            String::from_utf8_lossy(needle)
        );
        assert!(streams.iter().all(|s| !contains(s, needle)));
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Walks the JPEG markers before the image data: is there an APP1 (EXIF or XMP) segment?
fn jpeg_has_app1(bytes: &[u8]) -> bool {
    let mut i = 2;
    while i + 4 <= bytes.len() && bytes[i] == 0xFF {
        let marker = bytes[i + 1];
        if marker == 0xE1 {
            return true;
        }
        if marker == 0xDA {
            return false;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        i += 2 + len;
    }
    false
}

#[test]
fn a_rebuild_takes_every_photo_from_the_cache() {
    let tmp = scratch();
    let cache = tmp.path().join("cache");
    let args = ["-v", "--cache-dir", cache.to_str().unwrap()];
    let first = build(CASES, &tmp.path().join("a"), &args);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let log = stderr(&first);
    assert_eq!(log.matches(": decoded ").count(), 6, "{log}");
    assert_eq!(log.matches(": cache hit").count(), 0, "{log}");

    let second = build(CASES, &tmp.path().join("b"), &args);
    let log = stderr(&second);
    assert_eq!(log.matches(": cache hit").count(), 6, "{log}");
    assert_eq!(
        log.matches(": decoded ").count(),
        0,
        "a cached photo was decoded: {log}"
    );
    let name = "2022/2022-11-01-photo-cases.pdf";
    assert!(
        std::fs::read(tmp.path().join("a").join(name)).unwrap()
            == std::fs::read(tmp.path().join("b").join(name)).unwrap(),
        "a cached build differs from a fresh one"
    );

    // --no-cache decodes again and leaves the cache alone.
    let third = build(CASES, &tmp.path().join("c"), &["-v", "--no-cache"]);
    assert_eq!(stderr(&third).matches(": decoded ").count(), 6);
}

#[test]
fn the_example_photos_print_sharp_and_small() {
    let tmp = scratch();
    let o = build(common::EXAMPLE, tmp.path(), &[]);
    assert_eq!(o.status.code(), Some(0));
    // A photo under 200 ppi at its printed size would be reported as a warning.
    assert_eq!(
        common::said(&o),
        "",
        "the example's photos must print at 200 ppi or more"
    );
}

#[test]
fn a_truncated_photo_fails_the_build_naming_it() {
    let tmp = scratch();
    let o = build(
        "tests/records/2022/2022-11-01-photo-truncated",
        tmp.path(),
        &["--no-cache"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "tests/records/2022/2022-11-01-photo-truncated/event.toml:16:8: error: `photos[0].file`: \
         \"photos/cut.jpg\": the JPEG is cut short: the file is incomplete (hint: open the photo in \
         a photo viewer; export it again as JPEG if it does not show)\n\
         1 problem found; no report was written for a failed event\n"
    );
    assert!(!tmp.path().join("2022").exists());
}

#[test]
fn a_photo_with_transparency_is_flattened_onto_white_and_embedded_as_jpeg() {
    let tmp = scratch();
    let event = tmp.path().join("events/2022/2022-11-01-alpha");
    std::fs::create_dir_all(event.join("photos")).unwrap();
    // A camera photo saved as an 800x1202 PNG with an alpha channel: opaque in the middle,
    // fading to fully transparent at the top.
    let source = std::fs::read_dir(common::root().join(common::EXAMPLE).join("photos"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("jpg")))
        .unwrap();
    let rgb = image::open(&source)
        .unwrap()
        .resize_to_fill(800, 1202, image::imageops::FilterType::Triangle)
        .to_rgb8();
    let rgba = image::RgbaImage::from_fn(800, 1202, |x, y| {
        let [r, g, b] = rgb.get_pixel(x, y).0;
        let a = (y * 255 / 300).min(255) as u8;
        image::Rgba([r, g, b, a])
    });
    rgba.save(event.join("photos/alpha.png")).unwrap();
    std::fs::write(
        event.join("event.toml"),
        "version = 1\n[event]\ntitle = \"Transparant\"\ndate = 2022-11-01\n\
         organizer = \"De Normaalste Zaak Amersfoort\"\nintro = \"Een foto met een alfakanaal.\"\n\
         [[tables]]\nmunicipality = \"Baarn\"\nhost = { name = \"Erwin Jansma\", role = \"wethouder\" }\n\
         question = \"Vraag?\"\nsolutions = [\"Antwoord\"]\n\
         [[photos]]\nfile = \"photos/alpha.png\"\ncaption = \"Met alfakanaal\"\n\
         alt = \"Een foto met transparantie\"\ncredit = \"Test\"\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = build(event.to_str().unwrap(), &out, &["--no-cache"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = out.join("2022/2022-11-01-alpha.pdf");
    let doc = pdf::load(&path);
    let streams = pdf::image_streams(&doc);
    assert!(streams.iter().all(|(d, _)| !d.has(b"SMask")));
    let jpegs = jpegs(&doc);
    let (_, img) = jpegs
        .iter()
        .find(|(_, i)| i.height() > i.width())
        .expect("the portrait photo, as JPEG");
    // The transparent top row is the paper's white; the opaque middle keeps the photo.
    let top = img.get_pixel(img.width() / 2, 0).0;
    assert!(
        top.iter().all(|&c| c >= 250),
        "top row {top:?} is not white"
    );
    let mid = img.get_pixel(img.width() / 2, img.height() / 2).0;
    assert!(
        mid.iter().any(|&c| c < 240),
        "the photo itself turned white"
    );
    eprintln!(
        "report with an 800x1202 RGBA PNG: {} bytes",
        std::fs::metadata(&path).unwrap().len()
    );
}
