//! `verslag publish EVENT`: the event's web article as a draft post on the brand's WordPress
//! site (`publish`), exactly once. The user and application password come from
//! `VERSLAG_WP_USER` and `VERSLAG_WP_PASSWORD`, else from a prompt; never from a file or the
//! command line.

use std::time::Duration;

use crate::cli::PublishArgs;
use crate::console;
use crate::diagnostics::{Diagnostic, Outcome};
use crate::publish::{self, Step};

use crate::cli::{WP_PASSWORD_ENV as PASSWORD_ENV, WP_USER_ENV as USER_ENV};

pub fn run(a: &PublishArgs) -> Outcome {
    let setup = super::shared::setup(&a.report.look, &a.report.photos)?;
    let site = publish::site_of(&setup)?.site;
    // The gate before any question: a draft is refused without asking for a password.
    publish::gate(&a.event, &setup)?;
    let user = match std::env::var(USER_ENV) {
        Ok(u) if !u.trim().is_empty() => u.trim().to_string(),
        _ => ask(&crate::msg!("publish-ask-user", site = &site).to_string())?,
    };
    let password = match std::env::var(PASSWORD_ENV) {
        Ok(p) if !p.trim().is_empty() => p,
        _ => rpassword::prompt_password(
            crate::msg!("publish-ask-password", user = &user, site = &site).to_string(),
        )
        .map_err(|e| {
            Diagnostic::env(
                PASSWORD_ENV,
                crate::msg!("publish-no-password", reason = &e),
            )
        })?,
    };
    let request = publish::Request {
        event: &a.event,
        setup: &setup,
        reports: &a.report.output,
        outbox: &a.outbox,
        user: &user,
        password: &password,
        timeout: Duration::from_secs(a.timeout),
        update_published: a.update_published,
        overwrite_edits: a.overwrite_edits,
        dry_run: a.dry_run,
    };
    let mut tell = |step: Step<'_>| match step {
        Step::Uploaded(name) => console::result(crate::msg!("publish-uploaded", name = name)),
        Step::Found(name) => console::result(crate::msg!("publish-found", name = name)),
        Step::Deleted(id) => console::result(crate::msg!("publish-deleted", id = id)),
        Step::Would(what) => console::result(what),
    };
    let done = publish::publish(&request, &mut tell)?;
    let (id, up, del, edit) = (done.post, done.uploaded, done.deleted, &done.edit);
    if a.dry_run {
        console::result(crate::msg!("publish-dry-run", uploaded = up, deleted = del));
        return Ok(());
    }
    console::result(if done.created {
        crate::msg!(
            "publish-created",
            id = id,
            uploaded = up,
            deleted = del,
            edit = edit
        )
    } else {
        crate::msg!(
            "publish-updated",
            id = id,
            uploaded = up,
            deleted = del,
            edit = edit
        )
    });
    Ok(())
}

/// A line typed at the terminal.
fn ask(question: &str) -> Result<String, Diagnostic> {
    use std::io::Write as _;
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Diagnostic::env(USER_ENV, crate::msg!("publish-no-password", reason = &e)))?;
    let user = line.trim().to_string();
    if user.is_empty() {
        return Err(Diagnostic::env(USER_ENV, crate::msg!("publish-no-user"))
            .with_hint(crate::msg!("hint-publish-no-user")));
    }
    Ok(user)
}
