//! What the web templates receive: the record's sections as the PDF's templates get them,
//! plus the photos' sources, the addresses of the page and the Open Graph and schema.org
//! data. The template contract is documented in docs/templates.md ("The web article").

use std::collections::BTreeMap;

use serde::Serialize;

use crate::brand::{Brand, Colors};
use crate::content::{DateData, DraftData, FactsData};
use crate::i18n::labels_of;
use crate::record::{About, Closing, Event, Pitches, Record, Table};

#[derive(Debug, Serialize)]
pub struct WebData<'a> {
    pub lang: &'static str,
    /// `nl_NL` or `en_GB`.
    pub og_locale: &'static str,
    pub labels: BTreeMap<&'static str, &'static str>,
    pub event: &'a Event,
    /// The `<title>`: "title | organisation", or the title alone where that would pass 70
    /// characters (search engines cut it off there).
    pub page_title: String,
    pub date: DateData,
    /// The intro's first paragraph, cut at a word to at most 160 characters.
    pub description: String,
    pub facts: Option<FactsData<'a>>,
    pub pitches: &'a Option<Pitches>,
    pub tables: &'a [Table],
    pub closing: &'a Option<Closing>,
    pub about: &'a Option<About>,
    pub cover: Option<WebPhoto<'a>>,
    pub gallery: Vec<WebPhoto<'a>>,
    /// The `sizes` attribute of the cover's and the gallery's images.
    pub sizes: Sizes,
    pub pdf: Option<PdfLink>,
    /// The page's own address, when the brand has `[web] base_url`.
    pub canonical: Option<String>,
    pub og_image: Option<OgImage<'a>>,
    pub brand: WebBrand<'a>,
    /// schema.org `Event` as JSON, safe inside `<script>`.
    pub json_ld: minijinja::Value,
    /// Set when the record is a draft under review: the page says so and is not indexed.
    pub draft: Option<DraftData>,
}

#[derive(Debug, Serialize)]
pub struct Sizes {
    pub cover: &'static str,
    pub gallery: &'static str,
}

pub const SIZES: Sizes = Sizes {
    cover: "(max-width: 46rem) 100vw, 43.5rem",
    gallery: "(max-width: 34rem) 100vw, (max-width: 46rem) 50vw, 21rem",
};

/// A photo in every width it was made in.
#[derive(Debug, Serialize)]
pub struct WebPhoto<'a> {
    pub alt: &'a str,
    pub caption: &'a str,
    pub credit: &'a Option<String>,
    /// A JPEG for browsers without WebP.
    pub src: String,
    pub webp_srcset: String,
    /// Of the largest variant: the aspect ratio the browser reserves.
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Serialize)]
pub struct PdfLink {
    pub href: String,
    /// "1,0 MB"
    pub size: String,
}

#[derive(Debug, Serialize)]
pub struct OgImage<'a> {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: &'a str,
}

#[derive(Debug, Serialize)]
pub struct WebBrand<'a> {
    pub organization: &'a str,
    pub footer: &'a Option<String>,
    pub colors: &'a Colors,
    pub website: Option<Link>,
    /// The logo's file, next to the page.
    pub logo: String,
    /// The logo's width in CSS pixels at the page's logo height (`LOGO_HEIGHT`), so that the
    /// page does not shift when it loads.
    pub logo_width: u32,
}

/// The logo's height in the page's header, in CSS pixels.
pub const LOGO_HEIGHT: u32 = 40;

#[derive(Debug, Serialize)]
pub struct Link {
    pub url: String,
    pub text: String,
}

pub fn labels(record: &Record) -> BTreeMap<&'static str, &'static str> {
    labels_of(record.event.language)
}

pub fn brand(brand: &Brand) -> WebBrand<'_> {
    WebBrand {
        organization: &brand.organization,
        footer: &brand.footer,
        colors: &brand.colors,
        website: brand.website.as_deref().and_then(|text| {
            Some(Link {
                url: crate::brand::web_address(text)?,
                text: text.to_string(),
            })
        }),
        logo: format!("logo.{}", brand.logo.1),
        logo_width: (f64::from(LOGO_HEIGHT) * brand.logo_aspect()).round() as u32,
    }
}

/// At most `max` characters of the first paragraph, cut at a word, with an ellipsis.
pub fn description(paragraph: &str, max: usize) -> String {
    let text = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > max - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// "1,0 MB", "820 kB" in the record's language.
pub fn file_size(bytes: usize, dutch: bool) -> String {
    if bytes >= 1_000_000 {
        let mb = format!("{:.1}", bytes as f64 / 1_000_000.0);
        format!("{} MB", if dutch { mb.replace('.', ",") } else { mb })
    } else {
        format!("{} kB", bytes.div_ceil(1000))
    }
}

/// JSON for a `<script>` element: `<`, `>` and `&` as escapes, so that no text in it can end
/// the element.
pub fn script_json(value: &serde_json::Value) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "{}".into());
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_cut_at_a_word() {
        assert_eq!(description("Kort.", 160), "Kort.");
        let cut = description(&"woord ".repeat(60), 40);
        assert!(
            cut.chars().count() <= 40 && cut.ends_with("woord…"),
            "{cut}"
        );
    }

    #[test]
    fn script_json_cannot_end_its_script() {
        let v = serde_json::json!({"name": "</script><script>alert(1)</script>"});
        let s = script_json(&v);
        assert!(!s.contains("</"), "{s}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&s).unwrap(), v);
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(file_size(1_091_879, true), "1,1 MB");
        assert_eq!(file_size(126_865, false), "127 kB");
    }
}
