//! Reading a PDF back in tests, with pure-Rust crates (no system tools).
#![allow(dead_code)]

use std::path::Path;

/// All text of the PDF, with white space folded to single spaces.
pub fn text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("the PDF exists");
    let raw = pdf_extract::extract_text_from_mem(&bytes).expect("the PDF's text can be read");
    fold(&raw)
}

pub fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn load(path: &Path) -> lopdf::Document {
    lopdf::Document::load(path).expect("the PDF parses")
}

/// A string entry of the document information dictionary (`Title`, `Author`, ...).
pub fn info(doc: &lopdf::Document, key: &str) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let dict = doc.dereference(info).ok()?.1.as_dict().ok()?;
    let value = dict.get(key.as_bytes()).ok()?;
    lopdf::decode_text_string(value).ok()
}

/// Every dictionary of the PDF whose `/Type` is `ty`.
pub fn dicts_of_type<'a>(
    doc: &'a lopdf::Document,
    ty: &'a [u8],
) -> impl Iterator<Item = &'a lopdf::Dictionary> {
    doc.objects
        .values()
        .filter_map(|obj| obj.as_dict().ok())
        .filter(move |d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(ty))
}

/// Every font dictionary's BaseFont and whether it has an embedded font file.
pub fn fonts(doc: &lopdf::Document) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for dict in dicts_of_type(doc, b"FontDescriptor") {
        let name = dict
            .get(b"FontName")
            .and_then(|n| n.as_name())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let embedded = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| dict.has(k));
        out.push((name, embedded));
    }
    out
}

/// Every image XObject: (width, height, filter).
pub fn images(doc: &lopdf::Document) -> Vec<(i64, i64, String)> {
    let mut out = Vec::new();
    for obj in doc.objects.values() {
        let Ok(stream) = obj.as_stream() else {
            continue;
        };
        let d = &stream.dict;
        if d.get(b"Subtype").and_then(|t| t.as_name()).ok() != Some(b"Image") {
            continue;
        }
        let w = d.get(b"Width").and_then(|v| v.as_i64()).unwrap_or(0);
        let h = d.get(b"Height").and_then(|v| v.as_i64()).unwrap_or(0);
        let filter = d
            .get(b"Filter")
            .and_then(|f| f.as_name())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        out.push((w, h, filter));
    }
    out
}

/// Every image XObject's raw stream: (dictionary, undecoded bytes).
pub fn image_streams(doc: &lopdf::Document) -> Vec<(lopdf::Dictionary, Vec<u8>)> {
    doc.objects
        .values()
        .filter_map(|obj| obj.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
        .map(|s| (s.dict.clone(), s.content.clone()))
        .collect()
}

/// Every stream's bytes, decompressed where lopdf can.
pub fn all_stream_bytes(doc: &lopdf::Document) -> Vec<Vec<u8>> {
    doc.objects
        .values()
        .filter_map(|obj| obj.as_stream().ok())
        .map(|s| {
            s.decompressed_content()
                .unwrap_or_else(|_| s.content.clone())
        })
        .collect()
}

/// One page as a reader sees it: its text and how far down its text area the ink goes.
#[derive(Debug)]
pub struct PageInk {
    /// The page's text, white space folded.
    pub text: String,
    /// How far the lowest ink inside the text area reaches, as a share of its height (0 for
    /// an empty text area, 1 for ink down to the bottom margin).
    pub fill: f64,
}

/// Every page rendered (hayro, the pure-Rust rasteriser Typst uses) at 1 px per point, and
/// measured inside the text area of `top_mm`/`bottom_mm` margins: header and footer, which
/// live in the margins, do not count.
pub fn ink(path: &Path, top_mm: f64, bottom_mm: f64) -> Vec<PageInk> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    use hayro::{RenderCache, RenderSettings, render};

    let bytes = std::fs::read(path).expect("the PDF exists");
    let doc = load(path);
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    let pdf = Pdf::new(bytes).expect("hayro reads the PDF");
    let cache = RenderCache::new();
    let settings = RenderSettings {
        bg_color: WHITE,
        ..RenderSettings::default()
    };
    let pt = 72.0 / 25.4;
    pdf.pages()
        .iter()
        .zip(numbers)
        .map(|(page, number)| {
            let pix = render(page, &cache, &InterpreterSettings::default(), &settings);
            let (w, h) = (usize::from(pix.width()), usize::from(pix.height()));
            let data = pix.data_as_u8_slice();
            let top = (top_mm * pt).ceil() as usize;
            let bottom = h - (bottom_mm * pt).ceil() as usize;
            let inked = |y: usize| {
                data[y * w * 4..(y + 1) * w * 4]
                    .chunks(4)
                    .any(|p| p[0] < 235 || p[1] < 235 || p[2] < 235)
            };
            let lowest = (top..bottom).rev().find(|&y| inked(y));
            PageInk {
                text: fold(&doc.extract_text(&[number]).unwrap_or_default()),
                fill: lowest.map_or(0.0, |y| (y + 1 - top) as f64 / (bottom - top) as f64),
            }
        })
        .collect()
}
