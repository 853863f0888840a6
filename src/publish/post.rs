//! The post itself: the site's categories and tags by name (each must exist), the fold-out
//! form the site has, and the draft created or updated: never over an editor's work unless
//! asked, and made again when it was deleted or put in the trash.

use serde_json::Value as Json;

use super::journal::Journal;
use super::{Run, Step};
use crate::brand::Foldouts;
use crate::diagnostics::Diagnostic;
use crate::msg;

/// The IDs of the terms `names` of `kind` (`categories`, `tags`); every name the site lacks
/// is one problem, found before anything is written.
pub fn terms(run: &Run<'_, '_>, kind: &str, names: &[String]) -> Result<Vec<u64>, Vec<Diagnostic>> {
    let mut ids = Vec::new();
    let mut missing = Vec::new();
    for name in names {
        // WordPress keeps `&` in a name as `&amp;`, which a search for `&` misses: it searches
        // for the name's longest word, and the names are compared here.
        let word = name
            .split(|c: char| !c.is_alphanumeric())
            .max_by_key(|w| w.chars().count())
            .unwrap_or(name);
        let r = run
            .site
            .get(
                &format!("wp/v2/{kind}"),
                &[("search", word), ("per_page", "100")],
            )
            .map_err(|d| vec![d])?;
        let wanted = name.trim().to_lowercase();
        let found = r.json.as_array().and_then(|a| {
            a.iter().find(|t| {
                unescaped(t["name"].as_str().unwrap_or_default()).to_lowercase() == wanted
            })
        });
        match found.and_then(|t| t["id"].as_u64()) {
            Some(id) => ids.push(id),
            None => missing.push(name.clone()),
        }
    }
    if missing.is_empty() {
        return Ok(ids);
    }
    let (m, h) = if kind == "categories" {
        (
            msg!("publish-no-category", names = missing.join(", ")),
            msg!("hint-publish-no-category"),
        )
    } else {
        (
            msg!("publish-no-tag", names = missing.join(", ")),
            msg!("hint-publish-no-tag"),
        )
    };
    Err(vec![Diagnostic::argument("--brand", m).with_hint(h)])
}

/// WordPress's names come HTML-escaped.
fn unescaped(text: &str) -> String {
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
        .replace("&#39;", "'")
}

/// The fold-out form: the brand's, else the block when the site has it (WordPress 6.3 and
/// later answer for `core/details`), else a plain `<details>`.
pub fn foldouts(run: &Run<'_, '_>, chosen: Option<Foldouts>) -> Result<Foldouts, Diagnostic> {
    if let Some(f) = chosen {
        return Ok(f);
    }
    let r = run.site.get("wp/v2/block-types/core/details", &[])?;
    Ok(if r.status == 200 {
        Foldouts::DetailsBlock
    } else {
        Foldouts::Html
    })
}

/// Creates the post, or updates the journal's (or the one found by its slug, made by a run
/// that died before it could say so). A post an editor published or changed since is left
/// alone unless asked; one deleted or in the trash is made again (the trashed one stays).
/// The post and whether it is new; in a dry run, what would be done is told instead.
pub fn write(
    run: &mut Run<'_, '_>,
    journal: &mut Journal,
    slug: &str,
    mut fields: Json,
) -> Result<(u64, bool), Vec<Diagnostic>> {
    let site = run.site;
    let one = |d: Diagnostic| vec![d];
    let mut existing = None;
    let (update_published, overwrite_edits) = (run.update_published, run.overwrite_edits);
    // Whether a post on the site may be updated: one an editor published only when asked (it
    // stays published); a draft changed since our last write (`modified`, none when the
    // journal does not know it) only when asked, unless what is there is what this run
    // writes (a run that died between its write and its journal line).
    let may = |id: u64, post: &Json, modified: Option<&str>, fields: &mut Json| {
        let status = post["status"].as_str().unwrap_or_default();
        if status != "draft" && status != "pending" {
            if !update_published {
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
            return Ok(());
        }
        let now = post["modified_gmt"].as_str().unwrap_or_default();
        let ours =
            post["content"]["raw"] == fields["content"] && post["title"]["raw"] == fields["title"];
        let changed = modified.is_none_or(|m| m != now);
        if changed && !ours && !overwrite_edits {
            return Err(vec![
                Diagnostic::file(&site.home, msg!("publish-edited", id = id))
                    .with_hint(msg!("hint-publish-edited", since = now)),
            ]);
        }
        Ok(())
    };
    let mut search = true;
    if let Some((id, modified)) = journal.post.clone() {
        let r = site
            .get(&format!("wp/v2/posts/{id}"), &[("context", "edit")])
            .map_err(one)?;
        match (r.status, r.json["status"].as_str()) {
            // Gone, or in the trash (where it stays): a run that died may have made another.
            (200, Some("trash")) | (404 | 410, _) => {}
            (200, Some(_)) => {
                may(id, &r.json, Some(&modified), &mut fields)?;
                existing = Some(id);
                search = false;
            }
            _ => return Err(vec![site.refused(&r, "GET post")]),
        }
    }
    if search {
        let r = site
            .get(
                "wp/v2/posts",
                &[("slug", slug), ("status", "any"), ("context", "edit")],
            )
            .map_err(one)?;
        if r.status != 200 {
            return Err(vec![site.refused(&r, "GET posts")]);
        }
        if let Some(post) = r
            .json
            .as_array()
            .and_then(|a| a.iter().find(|p| p["status"] != "trash"))
        {
            let id = post["id"].as_u64().unwrap_or_default();
            may(id, post, None, &mut fields)?;
            existing = Some(id);
        }
    }
    if run.dry {
        (run.tell)(Step::Would(match existing {
            Some(id) => msg!("publish-would-update", id = id),
            None => msg!("publish-would-create"),
        }));
        return Ok((existing.unwrap_or_default(), existing.is_none()));
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
pub fn excerpt(r: &crate::record::Record) -> String {
    if let Some(s) = &r.event.subtitle {
        return s.clone();
    }
    let first = r.event.intro.0.first().cloned().unwrap_or_default();
    match first.find(". ") {
        Some(at) => first[..=at].to_string(),
        None => first,
    }
}
