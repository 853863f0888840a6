//! The website step on the event's page: the record as a draft post on the brand's WordPress
//! site, on the library `verslag publish` uses (`publish`): the same gate, lock, journal and
//! errors. The user and application password come with each run and live only as long as it;
//! a dry run first shows what would be done.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use super::mail::said;
use super::preview::Source;
use crate::catalog::Message;
use crate::diagnostics::Diagnostic;
use crate::msg;
use crate::publish::{self, Step, journal::Journal};
use crate::record::Language;

/// What a run needs, owned, so that it outlives the request that started it.
#[derive(Clone)]
pub struct Ctx {
    pub source: Source,
    /// Where the report is built when missing or stale.
    pub output: PathBuf,
    pub timeout: Duration,
}

/// The runs of this studio per event folder: one at a time each.
#[derive(Default)]
pub struct Jobs(Mutex<HashMap<PathBuf, Arc<Mutex<Job>>>>);

#[derive(Default)]
struct Job {
    running: bool,
    dry: bool,
    lines: Vec<Message>,
    problems: Vec<Diagnostic>,
    done: Option<Message>,
    edit: Option<String>,
    login_refused: bool,
}

fn setup(ctx: &Ctx) -> Result<crate::report::Setup, Vec<Diagnostic>> {
    let s = &ctx.source;
    crate::report::Setup::new(s.brand.as_deref(), s.templates.as_deref(), s.cache.clone())
}

fn job_json(job: &Job, lang: Language) -> Value {
    json!({
        "running": job.running,
        "dry": job.dry,
        "lines": job.lines.iter().map(|m| super::pages::capitalized(&m.show(lang))).collect::<Vec<_>>(),
        "problems": said(&job.problems, lang),
        "done": job.done.as_ref().map(|m| super::pages::capitalized(&m.show(lang))),
        "edit": job.edit,
        "login_refused": job.login_refused,
    })
}

/// The site, the post the journal knows, the user to offer, and the last run.
pub fn state(ctx: &Ctx, jobs: &Jobs, dir: &Path, lang: Language) -> Value {
    let t = |m: Message| m.show(lang);
    let texts = json!({
        "heading": t(msg!("studio-publish-heading")),
        "user": t(msg!("studio-publish-user")),
        "password": t(msg!("studio-publish-password")),
        "passwordHelp": t(msg!("studio-publish-password-help")),
        "dry": t(msg!("studio-publish-dry")),
        "run": t(msg!("studio-publish-run")),
        "working": t(msg!("studio-publish-working")),
        "needed": t(msg!("studio-publish-needed")),
        "again": t(msg!("studio-publish-again")),
        "edit": t(msg!("studio-publish-edit")),
        "settings": t(msg!("studio-settings")),
    });
    let job = job(jobs, dir, lang);
    let setup = match setup(ctx) {
        Ok(s) => s,
        Err(p) => return json!({"texts": texts, "problems": said(&p, lang), "job": job}),
    };
    let wp = match publish::site_of(&setup) {
        Ok(wp) => wp,
        // No site in the brand is no mistake: the step says how to name one, quietly.
        Err(d) => {
            let hint = d.hint.as_ref().map(|h| h.show(lang)).unwrap_or_default();
            let text = format!(
                "{}: {hint}",
                super::pages::capitalized(&d.message.show(lang))
            );
            return json!({"texts": texts, "noSite": text, "job": job});
        }
    };
    let gate = publish::gate(dir, &setup);
    // The journal is kept under the event's name as the record reads it.
    let slug = match &gate {
        Ok(l) => l.dir.slug.clone(),
        Err(_) => dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let gate = gate.map(|_| ());
    let post = Journal::read(&ctx.source.outbox.join(&slug).join("publish.log"), &wp.site)
        .ok()
        .and_then(|j| j.post)
        .map(|(id, _)| format!("{}/wp-admin/post.php?post={id}&action=edit", wp.site));
    json!({
        "texts": texts,
        "site": t(msg!("studio-publish-site", site = &wp.site)),
        "gate": gate.err().map(|p| said(&p, lang)),
        "post": post,
        "user": std::env::var(crate::cli::WP_USER_ENV).unwrap_or_default(),
        "job": job,
    })
}

/// Starts a run (or a dry run) with the user and password of the body; 409 while one runs.
pub fn start(ctx: &Ctx, jobs: &Jobs, dir: &Path, body: Value, lang: Language) -> (u16, Value) {
    let user = body["user"].as_str().unwrap_or_default().trim().to_string();
    let password = body["password"].as_str().unwrap_or_default().to_string();
    let dry = body["dryRun"].as_bool() == Some(true);
    if user.is_empty() || password.is_empty() {
        return (
            422,
            json!({"problems": [{"message": msg!("studio-publish-needed").show(lang)}]}),
        );
    }
    let job = {
        let Ok(mut all) = jobs.0.lock() else {
            return (500, Value::Null);
        };
        let slot = all.entry(dir.to_path_buf()).or_default();
        if slot.lock().is_ok_and(|j| j.running) {
            return (
                409,
                json!({"problems": [{"message": msg!("studio-year-busy").show(lang)}]}),
            );
        }
        *slot = Arc::new(Mutex::new(Job {
            running: true,
            dry,
            ..Job::default()
        }));
        slot.clone()
    };
    let (ctx, dir) = (ctx.clone(), dir.to_path_buf());
    std::thread::spawn(move || {
        let update = |f: &mut dyn FnMut(&mut Job)| {
            if let Ok(mut j) = job.lock() {
                f(&mut j);
            }
        };
        // A run that panics ends too: the page says so, and the next click may start one.
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            setup(&ctx).and_then(|setup| {
                let request = publish::Request {
                    event: &dir,
                    setup: &setup,
                    reports: &ctx.output,
                    outbox: &ctx.source.outbox,
                    user: &user,
                    password: &password,
                    timeout: ctx.timeout,
                    update_published: false,
                    overwrite_edits: false,
                    dry_run: dry,
                };
                let mut tell = |step: Step<'_>| {
                    let line = match step {
                        Step::Uploaded(name) => msg!("publish-uploaded", name = name),
                        Step::Found(name) => msg!("publish-found", name = name),
                        Step::Deleted(id) => msg!("publish-deleted", id = id),
                        Step::Would(what) => what,
                    };
                    update(&mut |j| j.lines.push(line.clone()));
                };
                publish::publish(&request, &mut tell)
            })
        }));
        let result =
            ran.unwrap_or_else(|_| Err(vec![Diagnostic::file(&dir, msg!("studio-run-stopped"))]));
        update(&mut |j| {
            match &result {
                Ok(done) if dry => {
                    j.done = Some(msg!(
                        "publish-dry-run",
                        uploaded = done.uploaded,
                        deleted = done.deleted
                    ));
                }
                Ok(done) => {
                    let (id, up, del, edit) = (done.post, done.uploaded, done.deleted, &done.edit);
                    j.done = Some(if done.created {
                        msg!(
                            "publish-created",
                            id = id,
                            uploaded = up,
                            deleted = del,
                            edit = edit
                        )
                    } else {
                        msg!(
                            "publish-updated",
                            id = id,
                            uploaded = up,
                            deleted = del,
                            edit = edit
                        )
                    });
                    j.edit = Some(done.edit.clone());
                }
                Err(problems) => {
                    j.login_refused = problems.iter().any(|d| {
                        matches!(
                            d.message,
                            Message::Catalog {
                                id: "publish-login-refused",
                                ..
                            }
                        )
                    });
                    j.problems = problems.clone();
                }
            }
            j.running = false;
        });
    });
    (202, json!({"started": true}))
}

/// The last run of the event in `dir`.
pub fn job(jobs: &Jobs, dir: &Path, lang: Language) -> Value {
    jobs.0
        .lock()
        .ok()
        .and_then(|all| all.get(dir).cloned())
        .and_then(|j| j.lock().ok().map(|j| job_json(&j, lang)))
        .unwrap_or(Value::Null)
}

impl super::Studio {
    /// The website step: its state (GET), a run or dry run (POST, JSON only, in the
    /// background), and that run (GET `job`).
    pub(super) fn publish(
        &self,
        request: super::http::Request,
        method: &str,
        year: &str,
        slug: &str,
        rest: &[&str],
        lang: Language,
    ) {
        let Some(dir) = self.event(year, slug) else {
            let gone = serde_json::json!({"gone": msg!("studio-form-gone").show(lang)});
            return super::answer(request, 410, gone);
        };
        let ctx = Ctx {
            source: self.source(&dir),
            output: self.place(&self.output),
            timeout: Duration::from_secs(60),
        };
        if method == "POST" && !request.has_type("application/json") {
            return super::answer(request, 415, serde_json::json!({"failed": "JSON only"}));
        }
        let (status, json) = match (method, rest) {
            ("GET", [] | [""]) => (200, state(&ctx, &self.publish_jobs, &dir, lang)),
            ("GET", ["job"]) => (200, job(&self.publish_jobs, &dir, lang)),
            ("POST", [] | [""]) => {
                let body = serde_json::from_slice(&request.body).unwrap_or_default();
                start(&ctx, &self.publish_jobs, &dir, body, lang)
            }
            _ => return self.refuse(request, super::guard::Refusal::Path, lang),
        };
        super::answer(request, status, json);
    }
}
