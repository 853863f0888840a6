//! `verslag publish`: a final record as a *draft* post on the network's WordPress site, for an
//! editor to look at and publish. Exactly once, like the mail: `journal` keeps, per site, the
//! post and every media item with its content hash, line by line, and media carry the slug
//! `verslag-<16 hex>` of that hash and the event, so a run killed half-way resumes without duplicates; a rerun
//! after an edit updates the same post and uploads only what changed. One run per event at a
//! time, on a lock of its own (publishing never waits for mail).

pub mod blocks;
pub mod journal;
pub mod rest;

use std::path::Path;
use std::time::Duration;

use serde_json::json;

use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::msg;
use crate::report::Setup;
use journal::{Journal, Media};
use rest::Site;

/// What a publish needs; the user and application password come from the caller (the
/// environment or a prompt), never from a file.
pub struct Request<'a> {
    pub event: &'a Path,
    pub setup: &'a Setup,
    /// Where the report is built when missing or stale (as `build -o`).
    pub reports: &'a Path,
    /// The outbox: `<outbox>/<event>/publish.log` is the journal.
    pub outbox: &'a Path,
    pub user: &'a str,
    pub password: &'a str,
    pub timeout: Duration,
    /// `--update-published`: update a post an editor has published (it stays published).
    pub update_published: bool,
    /// `--overwrite-edits`: update a draft an editor changed on the site since our last write.
    pub overwrite_edits: bool,
}

/// What a publish did, as it goes.
pub enum Step<'a> {
    Uploaded(&'a str),
    Found(&'a str),
    Deleted(u64),
}

pub struct Published {
    pub post: u64,
    /// Where the editor finds the draft.
    pub edit: String,
    pub created: bool,
    pub uploaded: usize,
    pub deleted: usize,
}

/// The site of the brand, or why there is none.
pub fn site_of(setup: &Setup) -> Result<String, Diagnostic> {
    setup.brand.wordpress.clone().ok_or_else(|| {
        Diagnostic::argument("--brand", msg!("publish-no-site"))
            .with_hint(msg!("hint-publish-no-site"))
    })
}

/// The record at `event`, through the gate of `mail`: final, and no table open.
pub fn gate(event: &Path, setup: &Setup) -> Result<Loaded, Vec<Diagnostic>> {
    let mut l = crate::load::load_with(event, Some(setup.brand.font_set.clone()))?;
    l.refuse_draft(msg!("done-published"))
        .map_err(|d| vec![d])?;
    let today = crate::i18n::today();
    let name = l.dir.name.clone();
    l.allow_without_approval(&[], today)?;
    l.refuse_open(msg!("done-published"), today, |m| {
        format!("--without-approval {name}/{m}")
    })?;
    Ok(l)
}

pub fn publish(
    req: &Request<'_>,
    tell: &mut dyn FnMut(Step<'_>),
) -> Result<Published, Vec<Diagnostic>> {
    let site = site_of(req.setup).map_err(|d| vec![d])?;
    let loaded = gate(req.event, req.setup)?;
    // Held from before the report is built: a second run stops at once.
    let folder = req.outbox.join(&loaded.dir.slug);
    let doing = msg!("doing-publishing", event = loaded.dir.slug.clone()).to_string();
    let _lock = crate::lock::exclusive_at(&folder.join("publish.lock"), &folder, &doing)
        .map_err(|d| vec![d])?;
    let photos = crate::web::photos(&loaded, req.setup)?;
    let hashes: Vec<[u8; 32]> = photos.iter().map(|(_, sha)| *sha).collect();
    let inputs = crate::inputs::Inputs::with_photos(&loaded, &req.setup.common, &hashes);
    let (pdf_path, pdf, _) =
        crate::report::ensure_report(&loaded, req.setup, req.reports, &inputs)?;
    let mut journal = Journal::read(&folder.join("publish.log"), &site).map_err(|d| vec![d])?;
    let site = Site::connect(&site, req.user, req.password, req.timeout).map_err(|d| vec![d])?;
    let one = |d: Diagnostic| vec![d];
    let printed = loaded.record.printed();
    let mut uploaded = 0;

    // The photos, each once: from the journal (still there), found by its slug, or uploaded.
    let mut media = Vec::new();
    let mut wanted = Vec::new();
    for (i, ((variants, sha), photo)) in photos.iter().zip(&printed.photos).enumerate() {
        let hex = crate::digest::hex(sha);
        let Some(largest) = variants.iter().max_by_key(|v| v.width) else {
            continue;
        };
        let (bytes, ext, kind) = match &largest.jpeg {
            Some(j) => (j.as_slice(), "jpg", "image/jpeg"),
            None => (largest.webp.as_slice(), "webp", "image/webp"),
        };
        let fields = [
            ("alt_text", photo.alt.as_str()),
            ("caption", photo.caption.as_str()),
            ("description", photo.credit.as_deref().unwrap_or_default()),
            ("title", photo.caption.as_str()),
        ];
        let name = format!("{}-{}.{ext}", loaded.dir.slug, i + 1);
        let slug = media_slug(&loaded.dir.slug, &hex);
        let m = one_media(
            &site,
            &mut journal,
            (&hex, &slug),
            &name,
            kind,
            bytes,
            &fields,
            false,
            tell,
        )
        .map_err(one)?;
        uploaded += usize::from(m.1);
        media.push(m.0);
        wanted.push(hex);
    }
    // The report's PDF: uploaded anew when its bytes changed; the old one goes after the post.
    let pdf_hex = crate::digest::sha256_hex(&pdf);
    let pdf_name = pdf_path.file_name().map_or_else(
        || "verslag.pdf".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let pdf_slug = media_slug(&loaded.dir.slug, &pdf_hex);
    let (pdf_media, new_pdf) = one_media(
        &site,
        &mut journal,
        (&pdf_hex, &pdf_slug),
        &pdf_name,
        "application/pdf",
        &pdf,
        &[("title", printed.event.title.as_str())],
        true,
        tell,
    )
    .map_err(one)?;
    uploaded += usize::from(new_pdf);

    // The post.
    let content = crate::content::of(&printed, &loaded.source, req.setup.brand.approvals, &[]);
    let size = crate::web::data::file_size(
        pdf.len(),
        printed.event.language == crate::record::Language::Nl,
    );
    let html = blocks::content(&content, &media, Some((&pdf_media, &size)));
    let cover = printed
        .photos
        .iter()
        .position(|p| p.cover.value)
        .and_then(|i| media.get(i))
        .map_or(0, |m| m.id);
    let d = printed.event.date.value;
    let fields = json!({
        "title": blocks::esc(&printed.event.title),
        "content": html,
        "excerpt": blocks::esc(&excerpt(&printed)),
        "status": "draft",
        "slug": loaded.dir.slug,
        "date": format!("{:04}-{:02}-{:02}T12:00:00", d.year, d.month, d.day),
        "featured_media": cover,
    });
    let (post, created) = write_post(&site, &mut journal, &loaded.dir.slug, fields, req)?;

    // What the record no longer has: photos, and the PDF before this one.
    let mut deleted = 0;
    let stale: Vec<u64> = journal
        .media
        .iter()
        .filter(|(sha, _)| !wanted.contains(sha))
        .map(|(_, m)| m.id)
        .chain(
            journal
                .pdfs
                .iter()
                .filter(|(sha, _)| *sha != pdf_hex)
                .map(|(_, m)| m.id),
        )
        .collect();
    for id in stale {
        let r = site.delete(&format!("wp/v2/media/{id}")).map_err(one)?;
        if !(r.status == 200 || r.status == 404 || r.status == 410) {
            return Err(vec![site.refused(&r, "DELETE media")]);
        }
        journal.gone(id).map_err(one)?;
        tell(Step::Deleted(id));
        deleted += 1;
    }
    Ok(Published {
        post,
        edit: format!("{}/wp-admin/post.php?post={post}&action=edit", site.home),
        created,
        uploaded,
        deleted,
    })
}

/// The media item of content `hex`: the journal's (if the site still has it; its fields
/// brought up to date), else one found by its slug, else `bytes` uploaded. Whether it was
/// uploaded.
#[allow(clippy::too_many_arguments)]
fn one_media(
    site: &Site,
    journal: &mut Journal,
    (hex, slug): (&str, &str),
    name: &str,
    kind: &str,
    bytes: &[u8],
    fields: &[(&str, &str)],
    pdf: bool,
    tell: &mut dyn FnMut(Step<'_>),
) -> Result<(Media, bool), Diagnostic> {
    let known = if pdf {
        journal
            .pdfs
            .iter()
            .find(|(s, _)| s == hex)
            .map(|(_, m)| m.clone())
    } else {
        journal.media.get(hex).cloned()
    };
    if let Some(m) = known {
        let r = site.get(&format!("wp/v2/media/{}", m.id), &[("context", "edit")])?;
        match r.status {
            200 => {
                let differs = fields.iter().any(|(k, v)| {
                    let now = &r.json[*k];
                    now.as_str().or(now["raw"].as_str()).unwrap_or_default() != *v
                });
                if differs {
                    let body: serde_json::Map<String, serde_json::Value> = fields
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
    let found = site.get("wp/v2/media", &[("slug", slug), ("context", "edit")])?;
    if let Some(item) = found.json.as_array().and_then(|a| a.first()) {
        let m = media_of(item);
        record(journal, hex, &m, pdf)?;
        tell(Step::Found(name));
        return Ok((m, false));
    }
    let mut query: Vec<(&str, &str)> = vec![("slug", slug)];
    query.extend_from_slice(fields);
    let r = site.upload(name, kind, bytes, &query)?;
    if r.status != 201 {
        return Err(site.refused(&r, "POST media"));
    }
    let m = media_of(&r.json);
    record(journal, hex, &m, pdf)?;
    tell(Step::Uploaded(name));
    Ok((m, true))
}

/// A media item's slug: `verslag-` and 16 hex digits of the event's folder name with the
/// content's hash. The event is in it: the same photo in two events is two media items, so
/// that one event's rerun never deletes another's image.
fn media_slug(event: &str, hex: &str) -> String {
    let key = crate::digest::sha256_hex(format!("{event}\n{hex}").as_bytes());
    format!("verslag-{}", &key[..16])
}

fn record(journal: &mut Journal, hex: &str, m: &Media, pdf: bool) -> Result<(), Diagnostic> {
    if pdf {
        journal.pdf_made(hex, m)
    } else {
        journal.media_made(hex, m)
    }
}

fn media_of(item: &serde_json::Value) -> Media {
    Media {
        id: item["id"].as_u64().unwrap_or_default(),
        url: item["source_url"].as_str().unwrap_or_default().to_string(),
    }
}

/// Creates the post, or updates the journal's (or the one found by its slug, made by a run
/// that died before it could say so). A post an editor published or changed since is left
/// alone; one deleted or in the trash is made again (the trashed one stays where it is).
fn write_post(
    site: &Site,
    journal: &mut Journal,
    slug: &str,
    mut fields: serde_json::Value,
    req: &Request<'_>,
) -> Result<(u64, bool), Vec<Diagnostic>> {
    let one = |d: Diagnostic| vec![d];
    let mut existing = None;
    // A post an editor published: updated only when asked, and it stays published.
    let published = |id: u64, status: &str, fields: &mut serde_json::Value| {
        if !req.update_published {
            return Err(vec![
                Diagnostic::file(
                    &site.home,
                    msg!("publish-published", id = id, status = status),
                )
                .with_hint(msg!("hint-publish-published")),
            ]);
        }
        if let Some(f) = fields.as_object_mut() {
            f.remove("status");
            f.remove("date");
        }
        Ok(())
    };
    if let Some((id, modified)) = journal.post.clone() {
        let r = site
            .get(&format!("wp/v2/posts/{id}"), &[("context", "edit")])
            .map_err(one)?;
        match (r.status, r.json["status"].as_str()) {
            (200, Some("trash")) | (404 | 410, _) => {}
            (200, Some(status)) => {
                let now = r.json["modified_gmt"].as_str().unwrap_or_default();
                if status != "draft" && status != "pending" {
                    published(id, status, &mut fields)?;
                } else if now != modified && !req.overwrite_edits {
                    return Err(vec![
                        Diagnostic::file(&site.home, msg!("publish-edited", id = id))
                            .with_hint(msg!("hint-publish-edited", since = now)),
                    ]);
                }
                existing = Some(id);
            }
            _ => return Err(vec![site.refused(&r, "GET post")]),
        }
    } else {
        let r = site
            .get(
                "wp/v2/posts",
                &[("slug", slug), ("status", "any"), ("context", "edit")],
            )
            .map_err(one)?;
        if let Some(post) = r
            .json
            .as_array()
            .and_then(|a| a.iter().find(|p| p["status"] != "trash"))
        {
            let id = post["id"].as_u64().unwrap_or_default();
            let status = post["status"].as_str().unwrap_or_default();
            if status != "draft" && status != "pending" {
                published(id, status, &mut fields)?;
            }
            existing = Some(id);
        }
    }
    let (route, created) = match existing {
        Some(id) => (format!("wp/v2/posts/{id}"), false),
        None => ("wp/v2/posts".to_string(), true),
    };
    let r = site.post(&route, &fields).map_err(one)?;
    if !(r.status == 200 || r.status == 201) {
        return Err(vec![site.refused(&r, "POST post")]);
    }
    let id = r.json["id"].as_u64().unwrap_or_default();
    let modified = r.json["modified_gmt"].as_str().unwrap_or_default();
    journal.post_written(id, modified).map_err(one)?;
    Ok((id, created))
}

/// The post's excerpt: the subtitle, else the intro's first sentence.
fn excerpt(r: &crate::record::Record) -> String {
    if let Some(s) = &r.event.subtitle {
        return s.clone();
    }
    let first = r.event.intro.0.first().cloned().unwrap_or_default();
    match first.find(". ") {
        Some(at) => first[..=at].to_string(),
        None => first,
    }
}
