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
