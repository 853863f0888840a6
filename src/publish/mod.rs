//! `verslag publish`: a final record as a *draft* post on the network's WordPress site, for an
//! editor to look at and publish. Exactly once, like the mail: `journal` keeps, per site, the
//! post and every media item with its content hash, line by line, and media carry the slug
//! `verslag-<16 hex>` of that hash and the event, so a run killed half-way resumes without duplicates; a rerun
//! after an edit updates the same post and uploads only what changed. One run per event at a
//! time, on a lock of its own (publishing never waits for mail).

pub mod blocks;
pub mod journal;
mod media;
mod post;
pub mod rest;

use std::path::Path;
use std::time::Duration;

use serde_json::json;

use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::msg;
use crate::report::Setup;
use journal::Journal;
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
    /// `--dry-run`: read the site (GET only) and tell what would be done; write nothing.
    pub dry_run: bool,
}

/// What a publish did, as it goes.
pub enum Step<'a> {
    Uploaded(&'a str),
    Found(&'a str),
    Deleted(u64),
    /// In a dry run: what a run would do.
    Would(crate::catalog::Message),
}

/// A run against the site: what its steps share.
pub(crate) struct Run<'s, 't> {
    site: &'s Site,
    dry: bool,
    update_published: bool,
    overwrite_edits: bool,
    tell: &'t mut dyn FnMut(Step<'_>),
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
pub fn site_of(setup: &Setup) -> Result<crate::brand::Wordpress, Diagnostic> {
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
    let one = |d: Diagnostic| vec![d];
    let wp = site_of(req.setup).map_err(one)?;
    let loaded = gate(req.event, req.setup)?;
    // Held from before the report is built: a second run stops at once.
    let folder = req.outbox.join(&loaded.dir.slug);
    let doing = msg!("doing-publishing", event = loaded.dir.slug.clone()).to_string();
    let _lock =
        crate::lock::exclusive_at(&folder.join("publish.lock"), &folder, &doing).map_err(one)?;
    let photos = crate::web::photos(&loaded, req.setup)?;
    let hashes: Vec<[u8; 32]> = photos.iter().map(|(_, sha)| *sha).collect();
    let inputs = crate::inputs::Inputs::with_photos(&loaded, &req.setup.common, &hashes);
    let (pdf_path, pdf, _) =
        crate::report::ensure_report(&loaded, req.setup, req.reports, &inputs)?;
    let mut journal = Journal::read(&folder.join("publish.log"), &wp.site).map_err(one)?;
    journal.dry = req.dry_run;
    let site = Site::connect(&wp.site, req.user, req.password, req.timeout).map_err(one)?;
    let mut run = Run {
        site: &site,
        dry: req.dry_run,
        update_published: req.update_published,
        overwrite_edits: req.overwrite_edits,
        tell,
    };
    // What the site must have, before anything is written.
    let categories = post::terms(&run, "categories", &wp.categories)?;
    let tags = post::terms(&run, "tags", &wp.tags)?;
    let foldouts = post::foldouts(&run, wp.foldouts).map_err(one)?;
    let printed = loaded.record.printed();
    let slug = &loaded.dir.slug;
    let mut uploaded = 0;

    // The photos, each once: from the journal (still there), found by its slug, or uploaded.
    let mut photo_media = Vec::new();
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
        // Caption, description and title hold HTML on the site: escaped as the post is. The
        // alt text is plain text there (WordPress strips tags from it).
        let (caption, credit) = (
            blocks::esc(&photo.caption),
            blocks::esc(photo.credit.as_deref().unwrap_or_default()),
        );
        let fields = [
            ("alt_text", photo.alt.as_str()),
            ("caption", caption.as_str()),
            ("description", credit.as_str()),
            ("title", caption.as_str()),
        ];
        let item = media::Item {
            hex: &hex,
            slug: &media::slug(slug, &hex),
            name: &ascii_name(&format!("{slug}-{}.{ext}", i + 1)),
            kind,
            bytes,
            fields: &fields,
            pdf: false,
        };
        let (m, new) = media::one(&mut run, &mut journal, &item).map_err(one)?;
        uploaded += usize::from(new);
        photo_media.push(m);
        wanted.push(hex);
    }
    // The report's PDF: uploaded anew when its bytes changed; the old one goes after the post.
    let pdf_hex = crate::digest::sha256_hex(&pdf);
    let pdf_name = ascii_name(&pdf_path.file_name().map_or_else(
        || "verslag.pdf".into(),
        |n| n.to_string_lossy().into_owned(),
    ));
    let item = media::Item {
        hex: &pdf_hex,
        slug: &media::slug(slug, &pdf_hex),
        name: &pdf_name,
        kind: "application/pdf",
        bytes: &pdf,
        fields: &[("title", &blocks::esc(&printed.event.title))],
        pdf: true,
    };
    let (pdf_media, new_pdf) = media::one(&mut run, &mut journal, &item).map_err(one)?;
    uploaded += usize::from(new_pdf);

    // The post.
    let content = crate::content::of(&printed, &loaded.source, req.setup.brand.approvals, &[]);
    let size = crate::web::data::file_size(
        pdf.len(),
        printed.event.language == crate::record::Language::Nl,
    );
    let html = blocks::content(&content, &photo_media, Some((&pdf_media, &size)), foldouts);
    let cover = printed
        .photos
        .iter()
        .position(|p| p.cover.value)
        .and_then(|i| photo_media.get(i))
        .map_or(0, |m| m.id);
    let d = printed.event.date.value;
    let fields = json!({
        "title": blocks::esc(&printed.event.title),
        "content": html,
        "excerpt": blocks::esc(&post::excerpt(&printed)),
        "status": "draft",
        "slug": slug,
        "date": format!("{:04}-{:02}-{:02}T12:00:00", d.year, d.month, d.day),
        "featured_media": cover,
        "categories": categories,
        "tags": tags,
    });
    let (post, created) = post::write(&mut run, &mut journal, slug, fields)?;

    // What the record no longer has: photos, and the PDF before this one.
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
    let deleted = media::delete(&mut run, &mut journal, &stale).map_err(one)?;
    Ok(Published {
        post,
        edit: format!("{}/wp-admin/post.php?post={post}&action=edit", site.home),
        created,
        uploaded,
        deleted,
    })
}

/// A file name a header can carry: ASCII letters, digits, `-`, `_` and `.`; anything else
/// (an accent in a folder's name, say) becomes `-`. The site names its files after it.
fn ascii_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect()
}
