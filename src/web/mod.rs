//! The web article: one event's record as a standalone page (`index.html`) and as an HTML
//! fragment for a CMS (`article.html`), with its photos in several widths, the brand's fonts
//! as WOFF2 subsets and the PDF report, made in memory and written as one folder.

pub mod data;
pub mod fonts;
pub mod html;
mod write;

pub use write::write;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::photos::web::{GALLERY_WIDTHS, Variant, WIDTHS, fallback, variants};
use crate::report::Setup;
use data::{WebData, WebPhoto};
use html::WebTemplates;

/// The files of one event's web folder, by path relative to it.
pub struct Article {
    pub files: Vec<(String, Vec<u8>)>,
    pub warnings: Vec<Diagnostic>,
}

/// Where an event's web folder goes: `DIR/<year>/<slug>/`.
pub fn folder(out: &Path, loaded: &Loaded) -> PathBuf {
    out.join(format!("{:04}", loaded.record.event.date.value.year))
        .join(&loaded.dir.slug)
}

/// The PDF report the page links to: its file name and bytes.
pub struct Pdf<'a> {
    pub name: String,
    pub bytes: &'a [u8],
}

/// One photo in every width the page offers it in, and the SHA-256 of its file.
pub type WebPhotoFiles = (Vec<Variant>, [u8; 32]);

/// Every photo of the record made for the web, in record order, in parallel (the files are
/// read once: their hashes are the report's inputs too).
pub fn photos(loaded: &Loaded, setup: &Setup) -> Result<Vec<WebPhotoFiles>, Vec<Diagnostic>> {
    let cache = setup.cache.as_ref();
    let results: Vec<Result<WebPhotoFiles, Diagnostic>> = loaded
        .record
        .photos
        .par_iter()
        .map(|p| {
            let widths: &[u32] = if p.cover.value {
                &WIDTHS
            } else {
                &GALLERY_WIDTHS
            };
            variants(&p.resolved, cache, widths, p.cover.value)
                .map_err(|reason| loaded.photo_unusable(p, reason))
        })
        .collect();
    let (ok, errors): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    if errors.is_empty() {
        Ok(ok.into_iter().filter_map(Result::ok).collect())
    } else {
        Err(errors.into_iter().filter_map(Result::err).collect())
    }
}

/// Makes the web folder of one event from its [`photos`] (nothing is written).
pub fn make(
    loaded: &Loaded,
    setup: &Setup,
    photos: &[WebPhotoFiles],
    pdf: Option<Pdf>,
) -> Result<Article, Vec<Diagnostic>> {
    let templates = WebTemplates::of(&setup.templates).map_err(|d| vec![d])?;
    // What is printed has typographic apostrophes; the record keeps what was typed.
    let printed = Loaded {
        record: loaded.record.printed(),
        ..loaded.clone()
    };
    let loaded = &printed;
    let record = &loaded.record;
    let cache = setup.cache.as_ref();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, (variants, _)) in photos.iter().enumerate() {
        for v in variants {
            if let Some(jpeg) = &v.jpeg {
                files.push((image_name(i, v.width, "jpg"), jpeg.clone()));
            }
            files.push((image_name(i, v.width, "webp"), v.webp.clone()));
        }
    }
    let year = record.event.date.value.year;
    let base = setup
        .brand
        .base_url
        .as_ref()
        .map(|b| format!("{b}{year:04}/{}/", url_segment(&loaded.dir.slug)));
    let pdf_link = pdf.as_ref().map(|p| data::PdfLink {
        href: url_segment(&p.name),
        size: data::file_size(
            p.bytes.len(),
            record.event.language == crate::record::Language::Nl,
        ),
    });
    let page_data = context(
        loaded,
        setup,
        photos,
        None,
        base.as_deref(),
        pdf_link.as_ref(),
    );
    let article_data = context(
        loaded,
        setup,
        photos,
        base.as_deref(),
        base.as_deref(),
        pdf_link.as_ref(),
    );
    // Every character the page can print, for the font subsets.
    let mut text: BTreeSet<char> = (' '..='~').collect();
    collect_chars(
        &serde_json::to_value(&page_data).unwrap_or_default(),
        &mut text,
    );
    text.extend(templates.text());
    let brand = &setup.brand;
    let fallback: Vec<&str> = brand
        .fonts
        .fallback
        .iter()
        .map(|f| f.get_ref().as_str())
        .collect();
    let web_fonts = fonts::for_text(
        &brand.font_set,
        brand.fonts.body.get_ref(),
        brand.fonts.heading.get_ref(),
        &fallback,
        &text,
        cache,
    );
    let css = templates
        .render(
            html::STYLE,
            &minijinja::context! {
                fonts => minijinja::value::Serde(&web_fonts.faces),
                brand => minijinja::value::Serde(&page_data.brand),
                stacks => minijinja::context! { body => &web_fonts.body, heading => &web_fonts.heading },
            },
        )
        .map_err(|d| vec![d])?;
    let page = templates
        .render(html::PAGE, &page_data)
        .map_err(|d| vec![d])?;
    let article = templates
        .render(html::ARTICLE, &article_data)
        .map_err(|d| vec![d])?;
    files.push(("index.html".into(), page.into_bytes()));
    files.push(("article.html".into(), article.into_bytes()));
    files.push(("style.css".into(), css.into_bytes()));
    files.push((format!("logo.{}", brand.logo.1), brand.logo.0.to_vec()));
    for face in web_fonts.faces {
        files.push((face.file, face.woff2));
    }
    if let Some(p) = pdf {
        files.push((p.name, p.bytes.to_vec()));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut warnings = templates.notes;
    warnings.extend(web_fonts.warnings);
    Ok(Article { files, warnings })
}

/// `img/<n>-<width>.<ext>`, numbered from 1 in the record's order.
fn image_name(index: usize, width: u32, ext: &str) -> String {
    format!("img/{}-{width}.{ext}", index + 1)
}

/// The templates' data; image addresses start with `prefix` (the page's own address, or
/// nothing for addresses relative to the page); `base` is the page's address, if it has one.
fn context<'a>(
    loaded: &'a Loaded,
    setup: &'a Setup,
    photos: &[WebPhotoFiles],
    prefix: Option<&str>,
    base: Option<&str>,
    pdf: Option<&data::PdfLink>,
) -> WebData<'a> {
    let record = &loaded.record;
    let content = crate::content::of(
        record,
        &loaded.source,
        setup.brand.approvals,
        &loaded.without_approval,
    );
    let prefix = prefix.unwrap_or("");
    let photo = |i: usize| {
        let p = &content.photos[i];
        let variants = &photos[i].0;
        let set = |ext: &str| {
            variants
                .iter()
                .map(|v| format!("{prefix}{} {}w", image_name(i, v.width, ext), v.width))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let middle = &variants[fallback(variants.len())];
        let largest = &variants[variants.len() - 1];
        WebPhoto {
            alt: p.alt,
            caption: p.caption,
            credit: p.credit,
            src: format!("{prefix}{}", image_name(i, middle.width, "jpg")),
            webp_srcset: set("webp"),
            width: largest.width,
            height: largest.height,
        }
    };
    let cover_index = content.photos.iter().position(|p| p.cover);
    let lang = content.lang;
    let description =
        data::description(record.event.intro.0.first().map_or("", String::as_str), 160);
    let og_image = match (
        base,
        cover_index.or(if record.photos.is_empty() {
            None
        } else {
            Some(0)
        }),
    ) {
        (Some(base), Some(i)) => {
            let v = photos[i].0.iter().rev().find(|v| v.jpeg.is_some());
            v.map(|v| data::OgImage {
                url: format!("{base}{}", image_name(i, v.width, "jpg")),
                width: v.width,
                height: v.height,
                alt: &record.photos[i].alt,
            })
        }
        _ => None,
    };
    let brand = data::brand(&setup.brand);
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": record.event.title,
        "description": description,
        "startDate": content.date.iso,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": lang.code(),
        "organizer": { "@type": "Organization", "name": record.event.organizer },
    });
    if let Some(location) = &record.event.location {
        ld["location"] =
            serde_json::json!({ "@type": "Place", "name": location, "address": location });
    }
    if let Some(site) = &brand.website {
        ld["organizer"]["url"] = site.url.clone().into();
    }
    if let Some(image) = &og_image {
        ld["image"] = image.url.clone().into();
    }
    if let Some(base) = base {
        ld["url"] = base.into();
    }
    WebData {
        lang: lang.code(),
        og_locale: crate::i18n::og_locale(lang),
        labels: data::labels(record),
        event: &record.event,
        page_title: {
            let full = format!("{} | {}", record.event.title, setup.brand.organization);
            if full.chars().count() <= 70 {
                full
            } else {
                record.event.title.clone()
            }
        },
        date: content.date,
        description,
        facts: content.facts,
        pitches: &record.pitches,
        tables: &record.tables,
        closing: &record.closing,
        about: &record.about,
        cover: cover_index.map(photo),
        gallery: (0..record.photos.len())
            .filter(|&i| Some(i) != cover_index)
            .map(photo)
            .collect(),
        sizes: data::SIZES,
        pdf: pdf.map(|p| data::PdfLink {
            href: format!("{prefix}{}", p.href),
            size: p.size.clone(),
        }),
        canonical: base.map(str::to_string),
        og_image,
        brand,
        json_ld: minijinja::Value::from_safe_string(data::script_json(&ld)),
        draft: content.draft,
    }
}

fn collect_chars(value: &serde_json::Value, out: &mut BTreeSet<char>) {
    match value {
        serde_json::Value::String(s) => out.extend(s.chars()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_chars(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_chars(v, out)),
        _ => {}
    }
}

/// A path segment as it may stand in an address: every byte but letters, digits and `-._~`
/// percent-encoded.
pub fn url_segment(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
