//! The record as the templates see it: one JSON value at `/data.json`, never Typst source,
//! so nothing a user writes is ever read as markup or code.

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::brand::Brand;
use crate::i18n::{labels, long_date};
use crate::photos::{Placement, Plan, Prepared};
use crate::record::{Language, Photo, Record};

/// What a template receives: record, labels, brand, placed photos.
pub fn template_data(
    record: &Record,
    brand: &Brand,
    plan: &Plan,
    photo_paths: &[String],
    prepared: &[Prepared],
) -> Value {
    let lang = record.event.language;
    let label_map: Map<String, Value> = labels(lang)
        .iter()
        .map(|(k, v)| ((*k).to_string(), Value::from(*v)))
        .collect();
    let photo = |p: &Placement| {
        let px = prepared
            .get(p.index)
            .map_or((0, 0), |x| (x.width, x.height));
        placed_photo(&record.photos[p.index], p, &photo_paths[p.index], px)
    };
    let date = record.event.date.value;
    let mut data = serde_json::to_value(record).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut data {
        map.insert("lang".into(), Value::from(lang.code()));
        map.insert("labels".into(), Value::Object(label_map));
        map.insert(
            "date".into(),
            json!({
                "year": date.year, "month": date.month, "day": date.day,
                "iso": date.iso(), "long": long_date(date, lang),
            }),
        );
        map.insert(
            "keywords".into(),
            record
                .tables
                .iter()
                .map(|t| Value::from(t.municipality.value.clone()))
                .collect(),
        );
        map.insert(
            "cover".into(),
            plan.cover.as_ref().map(photo).unwrap_or(Value::Null),
        );
        map.insert(
            "galleries".into(),
            plan.rows
                .iter()
                .map(|row| row.iter().map(photo).collect::<Value>())
                .collect(),
        );
        map.insert("brand".into(), brand_value(brand));
        map.remove("photos");
        if let Some(Value::Array(figures)) = map.get_mut("facts").and_then(|f| f.get_mut("figures"))
        {
            for f in figures.iter_mut() {
                let text = f
                    .get("value")
                    .and_then(Value::as_f64)
                    .map(|v| number(v, lang));
                if let (Value::Object(f), Some(text)) = (f, text) {
                    f.insert("value_text".into(), Value::from(text));
                }
            }
        }
    }
    data
}

/// A figure as people write it: `1.250` and `3,5` in Dutch, `1,250` and `3.5` in English.
pub fn number(v: f64, lang: Language) -> String {
    let (thousands, decimal) = match lang {
        Language::Nl => ('.', ','),
        Language::En => (',', '.'),
    };
    let rounded = (v * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let whole = rounded.abs().trunc() as u64;
    let frac = ((rounded.abs() - rounded.abs().trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    let mut out = if negative {
        format!("-{grouped}")
    } else {
        grouped
    };
    if frac > 0 {
        let f = format!("{frac:02}");
        out.push(decimal);
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(1250.0, Language::Nl), "1.250");
        assert_eq!(number(3.5, Language::Nl), "3,5");
        assert_eq!(number(1250.75, Language::En), "1,250.75");
        assert_eq!(number(-12.0, Language::En), "-12");
    }
}

fn placed_photo(photo: &Photo, place: &Placement, path: &str, pixels: (u32, u32)) -> Value {
    json!({
        "path": path,
        "caption": photo.caption,
        "alt": photo.alt,
        "credit": photo.credit,
        "width_mm": place.width_mm,
        "height_mm": place.height_mm,
        "pixels": [pixels.0, pixels.1],
    })
}

#[derive(Serialize)]
struct BrandData<'a> {
    organization: &'a str,
    website: &'a Option<String>,
    footer: &'a Option<String>,
    colors: &'a crate::brand::Colors,
    fonts: &'a crate::brand::Fonts,
    logo: String,
}

pub fn brand_value(brand: &Brand) -> Value {
    serde_json::to_value(BrandData {
        organization: &brand.organization,
        website: &brand.website,
        footer: &brand.footer,
        colors: &brand.colors,
        fonts: &brand.fonts,
        logo: format!("/brand/logo.{}", brand.logo.1),
    })
    .unwrap_or(Value::Null)
}
