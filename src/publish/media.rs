//! A post's media items: each photo and the PDF once, by the content hash the journal keeps
//! and the slug the item carries, uploaded only when neither finds it on the site.

use serde_json::json;

use super::journal::{Journal, Media};
use super::{Run, Step};
use crate::diagnostics::Diagnostic;
use crate::msg;

/// What to upload: its content hash, slug, file name, type, bytes and fields, and whether it
/// is the PDF.
pub struct Item<'a> {
    pub hex: &'a str,
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub bytes: &'a [u8],
    pub fields: &'a [(&'a str, &'a str)],
    pub pdf: bool,
}

/// A media item's slug: `verslag-` and 16 hex digits of the event's folder name with the
/// content's hash. The event is in it: the same photo in two events is two media items, so
/// that one event's rerun never deletes another's image.
pub fn slug(event: &str, hex: &str) -> String {
    let key = crate::digest::sha256_hex(format!("{event}\n{hex}").as_bytes());
    format!("verslag-{}", &key[..16])
}

/// The media item of `item`: the journal's (if the site still has it; its fields brought up
/// to date), else one found by its slug, else uploaded. Whether it was (or, in a dry run,
/// would be) uploaded.
pub fn one(
    run: &mut Run<'_, '_>,
    journal: &mut Journal,
    item: &Item<'_>,
) -> Result<(Media, bool), Diagnostic> {
    let site = run.site;
    let known = if item.pdf {
        journal
            .pdfs
            .iter()
            .find(|(s, _)| s == item.hex)
            .map(|(_, m)| m.clone())
    } else {
        journal.media.get(item.hex).cloned()
    };
    if let Some(m) = known {
        let r = site.get(&format!("wp/v2/media/{}", m.id), &[("context", "edit")])?;
        match r.status {
            200 => {
                // As WordPress keeps them: trimmed, runs of white space as one.
                let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
                let differs = item.fields.iter().any(|(k, v)| {
                    let now = &r.json[*k];
                    norm(now.as_str().or(now["raw"].as_str()).unwrap_or_default()) != norm(v)
                });
                if differs && run.dry {
                    (run.tell)(Step::Would(msg!("publish-would-fields", name = item.name)));
                } else if differs {
                    let body: serde_json::Map<String, serde_json::Value> = item
                        .fields
                        .iter()
                        .map(|(k, v)| (k.to_string(), json!(v)))
                        .collect();
                    let u = site.post(&format!("wp/v2/media/{}", m.id), &body.into())?;
                    if u.status != 200 {
                        return Err(site.refused(&u, "POST media"));
                    }
                }
                return Ok((m, false));
            }
            404 | 410 => journal.gone(m.id)?,
            _ => return Err(site.refused(&r, "GET media")),
        }
    }
    let found = site.get("wp/v2/media", &[("slug", item.slug), ("context", "edit")])?;
    if found.status != 200 {
        // An error is no "not found": uploading now could make the item twice.
        return Err(site.refused(&found, "GET media"));
    }
    if let Some(found) = found.json.as_array().and_then(|a| a.first()) {
        let m = media_of(found);
        record(journal, item, &m)?;
        (run.tell)(Step::Found(item.name));
        return Ok((m, false));
    }
    if run.dry {
        (run.tell)(Step::Would(msg!("publish-would-upload", name = item.name)));
        let m = Media {
            id: 0,
            url: String::new(),
        };
        return Ok((m, true));
    }
    let mut query: Vec<(&str, &str)> = vec![("slug", item.slug)];
    query.extend_from_slice(item.fields);
    let r = site.upload(item.name, item.kind, item.bytes, &query)?;
    if r.status != 201 {
        return Err(site.refused(&r, "POST media"));
    }
    let m = media_of(&r.json);
    record(journal, item, &m)?;
    (run.tell)(Step::Uploaded(item.name));
    Ok((m, true))
}

/// Deletes the media items `ids` (already gone counts as deleted).
pub fn delete(
    run: &mut Run<'_, '_>,
    journal: &mut Journal,
    ids: &[u64],
) -> Result<usize, Diagnostic> {
    for &id in ids {
        if run.dry {
            (run.tell)(Step::Would(msg!("publish-would-delete", id = id)));
            continue;
        }
        let r = run.site.delete(&format!("wp/v2/media/{id}"))?;
        if !(r.status == 200 || r.status == 404 || r.status == 410) {
            return Err(run.site.refused(&r, "DELETE media"));
        }
        journal.gone(id)?;
        (run.tell)(Step::Deleted(id));
    }
    Ok(ids.len())
}

fn record(journal: &mut Journal, item: &Item<'_>, m: &Media) -> Result<(), Diagnostic> {
    if item.pdf {
        journal.pdf_made(item.hex, m)
    } else {
        journal.media_made(item.hex, m)
    }
}

fn media_of(item: &serde_json::Value) -> Media {
    Media {
        id: item["id"].as_u64().unwrap_or_default(),
        url: item["source_url"].as_str().unwrap_or_default().to_string(),
    }
}
