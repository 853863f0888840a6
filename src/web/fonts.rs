//! The brand's fonts for the web: every face of the families the page uses, cut down to the
//! characters the page prints and compressed as WOFF2. Names in scripts the body font lacks
//! get the face that has them, as in the PDF. A face whose licence bits allow no more than
//! "preview & print" is not put on a web server: the page falls back to a bundled family.

use std::collections::BTreeSet;

use rayon::prelude::*;
use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};
use read_fonts::{FontRef, TableProvider};
use sha2::{Digest, Sha256};
use typst::text::{FontInfo, FontStyle};

use crate::cache::{Cache, Kind};
use crate::diagnostics::Diagnostic;
use crate::fonts::FontSet;

/// One face as the style sheet declares it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Face {
    /// The family as a CSS string, quoted and escaped.
    pub family: String,
    pub weight: u16,
    /// `normal` or `italic`.
    pub style: &'static str,
    /// `fonts/<name>.woff2`, relative to the page.
    pub file: String,
    #[serde(skip)]
    pub woff2: Vec<u8>,
}

/// The faces of a page, and the font stacks its styles use.
#[derive(Debug, Default)]
pub struct WebFonts {
    pub faces: Vec<Face>,
    /// CSS `font-family` values.
    pub body: String,
    pub heading: String,
    pub warnings: Vec<Diagnostic>,
}

/// Bumped when the subsets change for the same font and text.
const VERSION: u32 = 1;

/// The fonts for a page that prints `text`, with the families of `body`, `heading` and the
/// brand's `fallback` first.
pub fn for_text(
    set: &FontSet,
    body: &str,
    heading: &str,
    fallback: &[&str],
    text: &BTreeSet<char>,
    cache: Option<&Cache>,
) -> WebFonts {
    let mut warnings = Vec::new();
    let faces: Vec<(usize, &FontInfo)> = set.faces().collect();
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    // Whether each face may go on the web, read once and only for faces that are asked about
    // (reading a brand face's licence bits loads its file).
    let permitted: Vec<std::cell::OnceCell<bool>> =
        faces.iter().map(|_| Default::default()).collect();
    let may = |index: usize| *permitted[index].get_or_init(|| web_allowed(set, index));
    // Families that may go on the web; the others are named in a warning once.
    let mut refused: Vec<String> = Vec::new();
    let allowed = |family: &str, refused: &mut Vec<String>| -> bool {
        let ok = faces
            .iter()
            .filter(|(_, i)| same(&i.family, family))
            .all(|&(i, _)| may(i));
        if !ok && !refused.iter().any(|r| same(r, family)) {
            refused.push(family.to_string());
        }
        ok
    };
    let mut families: Vec<String> = Vec::new();
    let add = |family: &str, families: &mut Vec<String>, refused: &mut Vec<String>| {
        if !families.iter().any(|f| same(f, family)) && allowed(family, refused) {
            families.push(family.to_string());
        }
    };
    for family in [body, heading].into_iter().chain(fallback.iter().copied()) {
        add(family, &mut families, &mut refused);
    }
    // The bundled brand family stands in for a brand font that may not go on the web.
    add(crate::fonts::BUNDLED_FAMILY, &mut families, &mut refused);
    // Characters none of those has: the first face that has each, as Typst's fallback does.
    for &c in text {
        let covered = |fams: &[String]| {
            faces.iter().any(|(_, i)| {
                fams.iter().any(|f| same(f, &i.family)) && i.coverage.contains(c as u32)
            })
        };
        if c.is_whitespace() || c.is_control() || covered(&families) {
            continue;
        }
        if let Some((_, info)) = faces
            .iter()
            .find(|(i, info)| info.coverage.contains(c as u32) && may(*i))
        {
            let family = info.family.clone();
            add(&family, &mut families, &mut refused);
        }
    }
    for family in &refused {
        warnings.push(
            Diagnostic::argument(
                "--brand",
                crate::msg!(
                    "web-font-licence",
                    family = family,
                    instead = crate::fonts::BUNDLED_FAMILY
                ),
            )
            .with_hint(crate::msg!("hint-web-font-licence"))
            .into_warning(),
        );
    }
    let chosen: Vec<(usize, &FontInfo)> = faces
        .iter()
        .filter(|(_, i)| families.iter().any(|f| same(f, &i.family)))
        .filter(|(_, i)| text.iter().any(|&c| i.coverage.contains(c as u32)))
        .copied()
        .collect();
    let made: Vec<Result<Face, Diagnostic>> = chosen
        .par_iter()
        .map(|&(index, info)| face(set, index, info, text, cache))
        .collect();
    let mut out = Vec::new();
    for result in made {
        match result {
            Ok(face) => out.push(face),
            Err(d) => warnings.push(d),
        }
    }
    let stack = |first: &str| {
        let mut names: Vec<&str> = vec![first];
        names.extend(families.iter().map(String::as_str));
        let mut seen: Vec<&str> = Vec::new();
        for n in names {
            if !seen.iter().any(|s| same(s, n)) && families.iter().any(|f| same(f, n)) {
                seen.push(n);
            }
        }
        let mut css: Vec<String> = seen.into_iter().map(css_string).collect();
        css.push("sans-serif".into());
        css.join(", ")
    };
    WebFonts {
        body: stack(body),
        heading: stack(heading),
        faces: out,
        warnings,
    }
}

/// Whether the face's licence bits let it be served from a web site: installable or
/// editable, and subsetting allowed.
fn web_allowed(set: &FontSet, index: usize) -> bool {
    let Some(font) = set.font(index) else {
        return false;
    };
    let Ok(face) = ttf_parser::Face::parse(font.data(), font.index()) else {
        return false;
    };
    use ttf_parser::Permissions::*;
    matches!(face.permissions(), None | Some(Installable | Editable))
        && face.is_subsetting_allowed()
}

/// A CSS string: quoted, with quotes, backslashes and line breaks escaped.
pub fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || c == '<' || c == '>' => {
                out.push_str(&format!("\\{:x} ", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn face(
    set: &FontSet,
    index: usize,
    info: &FontInfo,
    text: &BTreeSet<char>,
    cache: Option<&Cache>,
) -> Result<Face, Diagnostic> {
    let weight = info.variant.weight.to_number();
    let italic = info.variant.style != FontStyle::Normal;
    let slug: String = info
        .family
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let file = format!(
        "fonts/{}-{weight}{}.woff2",
        slug.trim_matches('-'),
        if italic { "-italic" } else { "" }
    );
    let fail = |msg: String| {
        Diagnostic::argument(
            "--brand",
            crate::msg!("web-font-subset", family = &info.family, reason = msg),
        )
        .with_hint(crate::msg!("hint-web-font-subset"))
        .into_warning()
    };
    let font = set
        .font(index)
        .ok_or_else(|| fail("it cannot be read".into()))?;
    let key = {
        let mut h = Sha256::new();
        h.update(format!("verslag-webfont-v{VERSION}:{}:", font.index()));
        h.update(Sha256::digest(font.data().as_slice()));
        let chars: String = text.iter().collect();
        h.update(chars.as_bytes());
        crate::digest::hex(&h.finalize())
    };
    let woff2 = match cache.and_then(|c| c.get(Kind::WebFonts, &key, "woff2")) {
        Some(bytes) => bytes,
        None => {
            let bytes = woff2_subset(font.data().as_slice(), font.index(), text).map_err(fail)?;
            if let Some(cache) = cache {
                let _ = cache.put(Kind::WebFonts, &key, "woff2", &bytes);
            }
            bytes
        }
    };
    Ok(Face {
        family: css_string(&info.family),
        weight,
        style: if italic { "italic" } else { "normal" },
        file,
        woff2,
    })
}

/// The face cut down to `text` (and what its layout features reach), as WOFF2. skera keeps
/// the character map, metrics and OpenType layout of the kept glyphs but not CFF outlines;
/// those come from Typst's own subsetter, with the glyphs in skera's new order.
pub fn woff2_subset(data: &[u8], index: u32, text: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let font = FontRef::from_index(data, index).map_err(|e| format!("{e}"))?;
    let mut unicodes = IntSet::empty();
    for &c in text {
        unicodes.insert(c as u32);
    }
    let features = IntSet::from_iter(skera::DEFAULT_LAYOUT_FEATURES.iter().copied());
    let plan = skera::Plan::new(
        &IntSet::<GlyphId>::empty(),
        &unicodes,
        &font,
        skera::SubsetFlags::default(),
        &IntSet::<Tag>::empty(),
        &IntSet::all(),
        &features,
        &IntSet::<NameId>::empty(),
        &IntSet::<u16>::empty(),
    );
    let mut sfnt = skera::subset_font(&font, &plan).map_err(|e| format!("{e:?}"))?;
    if font.cff().is_ok() {
        let mut order: Vec<(u32, u32)> = plan
            .old_to_new_glyph_mapping()
            .map(|(old, new)| (new.to_u32(), old.to_u32()))
            .collect();
        order.sort_unstable();
        let mut remapper = subsetter::GlyphRemapper::new();
        for (i, &(new, old)) in order.iter().enumerate() {
            let old = u16::try_from(old).map_err(|_| "a glyph id is out of range")?;
            if new as usize != i || remapper.remap(old) as usize != i {
                return Err("the glyph order of the subset is not contiguous".into());
            }
        }
        let outlines = subsetter::subset(data, index, &remapper).map_err(|e| format!("{e}"))?;
        let cff = tables(&outlines)?
            .into_iter()
            .find(|(tag, _)| tag == b"CFF ")
            .ok_or("the subset has no CFF outlines")?
            .1;
        let mut all = tables(&sfnt)?;
        all.retain(|(tag, _)| tag != b"CFF ");
        all.push((*b"CFF ", cff));
        sfnt = assemble(*b"OTTO", all);
    }
    woofwoof::compress(&sfnt, "", 11, true).ok_or_else(|| "WOFF2 compression failed".into())
}

type Table = ([u8; 4], Vec<u8>);

/// The tables of an OpenType font.
fn tables(font: &[u8]) -> Result<Vec<Table>, String> {
    let be16 = |at: usize| {
        font.get(at..at + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
    };
    let be32 = |at: usize| {
        font.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let bad = || "the subset is not a well-formed font".to_string();
    let count = be16(4).ok_or_else(bad)? as usize;
    (0..count)
        .map(|i| {
            let record = 12 + 16 * i;
            let tag: [u8; 4] = font
                .get(record..record + 4)
                .and_then(|t| t.try_into().ok())
                .ok_or_else(bad)?;
            let (offset, length) = (
                be32(record + 8).ok_or_else(bad)?,
                be32(record + 12).ok_or_else(bad)?,
            );
            let data = font.get(offset..offset + length).ok_or_else(bad)?;
            Ok((tag, data.to_vec()))
        })
        .collect()
}

/// An OpenType font of these tables, with checksums and the head table's adjustment.
fn assemble(version: [u8; 4], mut tables: Vec<Table>) -> Vec<u8> {
    fn checksum(data: &[u8]) -> u32 {
        data.chunks(4).fold(0u32, |sum, chunk| {
            let mut word = [0u8; 4];
            word[..chunk.len()].copy_from_slice(chunk);
            sum.wrapping_add(u32::from_be_bytes(word))
        })
    }
    tables.sort_by_key(|(tag, _)| *tag);
    let count = tables.len() as u16;
    let selector = 15 - count.leading_zeros() as u16;
    let range = (1u16 << selector) * 16;
    let mut out = Vec::new();
    out.extend_from_slice(&version);
    for v in [count, range, selector, count * 16 - range] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let directory = 12 + 16 * tables.len();
    let mut body = Vec::new();
    let mut head_at = None;
    for (tag, data) in &mut tables {
        let offset = directory + body.len();
        if tag == b"head" && data.len() >= 12 {
            data[8..12].fill(0);
            head_at = Some(offset);
        }
        out.extend_from_slice(tag.as_slice());
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        body.extend_from_slice(data);
        body.resize(body.len().next_multiple_of(4), 0);
    }
    out.extend(body);
    if let Some(at) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cff_face_is_cut_down_to_the_text_with_its_outlines() {
        let text: BTreeSet<char> = "Praktijktafel Baarn".chars().collect();
        let data = std::fs::read("fonts/Inter-Regular.otf").expect("bundled");
        let woff2 = woff2_subset(&data, 0, &text).expect("subset");
        assert_eq!(&woff2[..4], b"wOF2");
        assert!(woff2.len() < 12_000, "{} bytes", woff2.len());
        // Read back: the character map reaches outlines that are drawn as in the original.
        let sfnt = woofwoof::decompress(&woff2).expect("decompresses");
        let sub = ttf_parser::Face::parse(&sfnt, 0).expect("parses");
        let orig = ttf_parser::Face::parse(&data, 0).expect("parses");
        for c in ['P', 'k', 'j'] {
            let (a, b) = (
                sub.glyph_index(c).expect("kept"),
                orig.glyph_index(c).expect("there"),
            );
            assert_eq!(sub.glyph_bounding_box(a), orig.glyph_bounding_box(b), "{c}");
            assert_eq!(sub.glyph_hor_advance(a), orig.glyph_hor_advance(b), "{c}");
        }
        assert!(sub.glyph_index('Z').is_none());
    }

    #[test]
    fn family_names_cannot_break_out_of_their_css_string() {
        assert_eq!(css_string("Inter"), "\"Inter\"");
        assert_eq!(css_string("a\"}</style>"), "\"a\\\"}\\3c /style\\3e \"");
    }
}
