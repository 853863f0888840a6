//! A year's page: its events with their next step, the web article of each, the year's
//! archive (progress per event, then `verify`'s verdict) and its yearbook, each run in the
//! background on the library its command uses, with that command's lock; and the year record
//! as a form (`form::year`, `studio.js`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use super::pages::{capitalized, frame, t};
use crate::archive::{self, State, Told};
use crate::cache::Cache;
use crate::diagnostics::Diagnostic;
use crate::msg;
use crate::record::Language;
use crate::web::html::escape as esc;

/// Where a year's runs read and write, owned so that a run outlives its request.
#[derive(Clone)]
pub struct Ctx {
    pub root: PathBuf,
    pub year: u16,
    pub brand: Option<PathBuf>,
    pub templates: Option<PathBuf>,
    pub cache: Option<Cache>,
    pub outbox: PathBuf,
    pub reports: PathBuf,
    pub web: PathBuf,
    pub archive: PathBuf,
}

impl Ctx {
    fn setup(&self) -> Result<crate::report::Setup, Vec<Diagnostic>> {
        crate::report::Setup::new(
            self.brand.as_deref(),
            self.templates.as_deref(),
            self.cache.clone(),
        )
    }

    fn folder(&self) -> PathBuf {
        self.root.join(format!("{:04}", self.year))
    }

    /// The yearbook the page makes: `out/<year>/yearbook-<year>.pdf`.
    pub fn yearbook(&self) -> PathBuf {
        crate::yearbook::write::default_path(&self.reports, self.year)
    }

    /// The web folder of the event `slug` of this year.
    pub fn web_folder(&self, slug: &str) -> PathBuf {
        self.web.join(format!("{:04}", self.year)).join(slug)
    }
}

/// The runs of this studio per year and kind (`web <slug>`, `archive`, `yearbook`): one at a
/// time each.
#[derive(Default)]
pub struct Jobs(Mutex<HashMap<(u16, String), Shared>>);

type Shared = Arc<Mutex<Job>>;

#[derive(Default)]
struct Job {
    running: bool,
    /// How many events the archive will do, once it holds the lock.
    total: usize,
    /// Each event the archive finished, with what became of it.
    events: Vec<(String, State)>,
    /// Problems found, in order: an event's, the lock's, the gate's.
    problems: Vec<Diagnostic>,
    /// The closing line once the run ended.
    done: Option<crate::catalog::Message>,
    ok: bool,
    /// The archive's check afterwards: the files that match, or the problems.
    verdict: Option<Result<usize, Vec<Diagnostic>>>,
}

impl Jobs {
    /// A new job of `kind`, unless one runs.
    fn start(&self, year: u16, kind: &str) -> Option<Shared> {
        let mut all = self.0.lock().ok()?;
        let slot = all.entry((year, kind.to_string())).or_default();
        if slot.lock().is_ok_and(|j| j.running) {
            return None;
        }
        let job = Arc::new(Mutex::new(Job {
            running: true,
            ..Job::default()
        }));
        *slot = job.clone();
        Some(job)
    }

    fn get(&self, year: u16, kind: &str) -> Option<Shared> {
        self.0.lock().ok()?.get(&(year, kind.to_string())).cloned()
    }
}

fn update(job: &Shared, f: impl FnOnce(&mut Job)) {
    if let Ok(mut j) = job.lock() {
        f(&mut j);
    }
}

fn said(problems: &[Diagnostic], root: &Path, lang: Language) -> Vec<Value> {
    problems
        .iter()
        .map(|d| {
            let place = match (&d.origin, d.line_col()) {
                (crate::diagnostics::Origin::File(f), at) => {
                    let f = f.strip_prefix(root.parent().unwrap_or(root)).unwrap_or(f);
                    match at {
                        Some((l, c)) => format!("{}:{l}:{c}", f.display()),
                        None => f.display().to_string(),
                    }
                }
                _ => String::new(),
            };
            json!({
                "where": place,
                "warning": d.warning,
                "message": capitalized(&d.message.show(lang)),
                "hint": d.hint.as_ref().map(|h| h.show(lang)),
            })
        })
        .collect()
}

fn job_json(job: Option<&Shared>, ctx: &Ctx, lang: Language) -> Value {
    let Some(Ok(j)) = job.map(|j| j.lock()) else {
        return Value::Null;
    };
    let state = |s: &State| match s {
        State::Built => ("built", msg!("studio-year-built")),
        State::Unchanged => ("unchanged", msg!("studio-year-unchanged")),
        State::Failed => ("failed", msg!("studio-year-failed")),
    };
    json!({
        "running": j.running,
        "total": j.total,
        "events": j.events.iter().map(|(name, s)| {
            let (code, words) = state(s);
            json!({"name": name, "state": code, "label": words.show(lang)})
        }).collect::<Vec<_>>(),
        "problems": said(&j.problems, &ctx.root, lang),
        "done": j.done.as_ref().map(|m| capitalized(&m.show(lang))),
        "ok": j.ok,
        "verdict": j.verdict.as_ref().map(|v| match v {
            Ok(n) => json!({"ok": true, "text": msg!("studio-year-verified", count = *n).show(lang)}),
            Err(p) => json!({"ok": false, "text": msg!("studio-year-not-verified").show(lang),
                "problems": said(p, &ctx.root, lang)}),
        }),
    })
}

/// The year's events with their next step, the runs and their links.
pub fn state(ctx: &Ctx, jobs: &Jobs, lang: Language) -> Value {
    let year = format!("{:04}", ctx.year);
    let contacts = crate::mail::contacts::load(&ctx.root.join("contacts.toml")).ok();
    let manifest = archive::manifest::Manifest::read(
        &ctx.archive.join(&year).join(archive::manifest::FILE_NAME),
    )
    .ok()
    .flatten();
    let events: Vec<Value> = crate::year::event_folders(&ctx.folder())
        .iter()
        .filter(|f| f.join("event.toml").is_file())
        .map(|folder| {
            let slug = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let web = ctx.web_folder(&slug).join("index.html").is_file();
            let href =
                |rest: &str| format!("/y/{year}/web/{}/{rest}", super::guard::escaped(&slug));
            let (title, next) = match crate::load::load(folder) {
                Err(d) => (
                    slug.clone(),
                    msg!("studio-year-next-fix", count = crate::load::errors(&d)),
                ),
                Ok(l) => {
                    let round = crate::mail::round::of(&l, contacts.as_ref(), &ctx.outbox);
                    let archived = manifest
                        .as_ref()
                        .is_some_and(|m| m.entry(&format!("{slug}.pdf")).is_some());
                    let approved = l.record.tables.iter().filter(|t| t.approved.is_some());
                    let next = if round.is_draft() {
                        msg!(
                            "studio-year-next-review",
                            approved = approved.count(),
                            tables = l.record.tables.len()
                        )
                    } else if !round.all_mailed() {
                        msg!("studio-year-next-mail")
                    } else if !web {
                        msg!("studio-year-next-web")
                    } else if !archived {
                        msg!("studio-year-next-archive")
                    } else {
                        msg!("studio-year-next-done")
                    };
                    (l.record.event.title.clone(), next)
                }
            };
            json!({
                "slug": slug,
                "title": title,
                "href": format!("/e/{year}/{}/", super::guard::escaped(&slug)),
                "next": next.show(lang),
                "web": web.then(|| href("index.html")),
                "job": job_json(jobs.get(ctx.year, &format!("web {slug}")).as_ref(), ctx, lang),
            })
        })
        .collect();
    let yearbook = ctx.yearbook();
    json!({
        "events": events,
        "archive": {
            "dir": ctx.archive.join(&year).display().to_string(),
            "job": job_json(jobs.get(ctx.year, "archive").as_ref(), ctx, lang),
        },
        "yearbook": {
            "file": yearbook.display().to_string(),
            "link": yearbook.is_file().then(|| format!("/y/{year}/yearbook.pdf")),
            "job": job_json(jobs.get(ctx.year, "yearbook").as_ref(), ctx, lang),
        },
    })
}

/// Starts a run of `kind` ("web", "archive", "yearbook") in the background; 409 while one of
/// the same kind runs.
pub fn start(ctx: &Ctx, jobs: &Jobs, kind: &str, body: &Value, lang: Language) -> (u16, Value) {
    let slug = body["slug"].as_str().unwrap_or_default().to_string();
    let key = match kind {
        "web" => {
            let known = crate::year::event_folders(&ctx.folder())
                .iter()
                .any(|f| f.file_name().is_some_and(|n| n.to_string_lossy() == slug));
            if !known {
                return (410, json!({"gone": msg!("studio-form-gone").show(lang)}));
            }
            format!("web {slug}")
        }
        "archive" | "yearbook" => kind.to_string(),
        _ => return (404, Value::Null),
    };
    let Some(job) = jobs.start(ctx.year, &key) else {
        return (409, json!({"busy": msg!("studio-year-busy").show(lang)}));
    };
    let ctx = ctx.clone();
    let kind = kind.to_string();
    std::thread::spawn(move || {
        // A run that panics ends too: the page says so, and the next click may start one.
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match ctx.setup() {
            Err(problems) => update(&job, |j| j.problems = problems),
            Ok(setup) => match kind.as_str() {
                "web" => web(&ctx, &setup, &slug, &job),
                "archive" => archive_year(&ctx, &setup, &job),
                _ => yearbook(&ctx, &setup, &job),
            },
        }));
        update(&job, |j| {
            if ran.is_err() {
                j.done = Some(msg!("studio-run-stopped"));
            }
            j.running = false;
        });
    });
    (202, json!({"started": true}))
}

/// One event's web article, through `verslag web`'s gate and writer.
fn web(ctx: &Ctx, setup: &crate::report::Setup, slug: &str, job: &Shared) {
    let dir = ctx.folder().join(slug);
    let written =
        crate::load::load_with(&dir, Some(setup.brand.font_set.clone())).and_then(|mut l| {
            let today = crate::i18n::today();
            let event = l.dir.name.clone();
            l.allow_without_approval(&[], today)?;
            l.refuse_open(msg!("done-on-the-web"), today, |m| {
                format!("--without-approval {event}/{m}")
            })?;
            crate::web::write(&l, setup, &ctx.reports, &ctx.web)
        });
    update(job, |j| match written {
        Ok((folder, warnings)) => {
            j.problems = warnings;
            j.ok = true;
            j.done = Some(msg!(
                "studio-year-web-done",
                folder = folder.display().to_string()
            ));
        }
        Err(problems) => j.problems = problems,
    });
}

/// The year's archive, as `verslag archive YEAR`, then `verslag verify YEAR`.
fn archive_year(ctx: &Ctx, setup: &crate::report::Setup, job: &Shared) {
    let tell = |told: Told<'_>| match told {
        Told::Start(n) => update(job, |j| j.total = n),
        Told::Event(name, state) => update(job, |j| j.events.push((name.to_string(), state))),
        Told::Problems(p) => update(job, |j| j.problems.extend(p.iter().cloned())),
    };
    match archive::year(ctx.year, &ctx.root, &ctx.archive, setup, &[], &tell) {
        Ok(done) => {
            let verdict = archive::verify::check(ctx.year, &done.dir).map_err(|f| f.problems);
            update(job, |j| {
                j.ok = done.failed == 0;
                j.done = Some(msg!(
                    "archive-done",
                    dir = done.dir.display().to_string(),
                    built = done.built,
                    unchanged = done.unchanged,
                    failed = done.failed,
                    yearbook = &done.yearbook
                ));
                j.verdict = Some(verdict);
            });
        }
        Err(failure) => update(job, |j| j.problems.extend(failure.problems)),
    }
}

/// The year's yearbook, as `verslag yearbook YEAR`.
fn yearbook(ctx: &Ctx, setup: &crate::report::Setup, job: &Shared) {
    use crate::yearbook::write::{self, NotWritten};
    let result = write::write(ctx.year, &ctx.root, setup, &ctx.yearbook());
    update(job, |j| match result {
        Ok(w) => {
            j.ok = true;
            j.problems = w.warnings;
            j.done = Some(msg!(
                "studio-year-yearbook-done",
                file = w.path.display().to_string(),
                size = crate::web::data::file_size(w.bytes, false)
            ));
        }
        Err(NotWritten::NoEvents(d)) => j.problems = vec![d],
        Err(NotWritten::Problems(p) | NotWritten::Failed(p)) => j.problems = p,
    });
}

/// The year record when there is none: `version = 1` under the schema line, as `new` starts
/// an event's; the schemas are brought up to date beside it.
pub fn new_record(ctx: &Ctx) -> Result<(), Diagnostic> {
    let path = ctx.folder().join(crate::year::FILE_NAME);
    if path.exists() {
        return Ok(());
    }
    crate::schema::refresh(&ctx.root)?;
    let text = "#:schema ../year.schema.json\n# Het jaaroverzicht: titel, omslagfoto, voorwoord en dankwoord.\nversion = 1\n";
    crate::fsx::write_atomic(&path, text.as_bytes())
}

/// The year's page: the events and the runs (filled in by `year.js` from `state`), and the
/// year record's form (built by `studio.js`), or a button that starts one.
pub fn page(lang: Language, year: u16, has_record: bool) -> String {
    let y = format!("{year:04}");
    let record = if has_record {
        format!(
            "<section id=\"record\" class=\"record\" aria-labelledby=\"record-h\" \
data-record=\"/y/{y}/record\" data-form=\"/year-form.json\">\
<h2 id=\"record-h\">{}</h2><p>{}</p><p id=\"save-state\" class=\"save-state\" role=\"status\"></p>\
<div id=\"notice\" class=\"notice\" role=\"alert\"></div>\
<noscript><p>{}</p></noscript><form id=\"form\" novalidate></form></section>",
            t(msg!("studio-year-record"), lang),
            t(msg!("studio-year-record-about"), lang),
            t(msg!("studio-form-noscript"), lang),
        )
    } else {
        format!(
            "<section class=\"record\" aria-labelledby=\"record-h\"><h2 id=\"record-h\">{}</h2>\
<p>{}</p><form method=\"post\" action=\"/y/{y}/record/new\"><button>{}</button></form></section>",
            t(msg!("studio-year-record"), lang),
            t(msg!("studio-year-record-about"), lang),
            t(msg!("studio-year-record-new"), lang),
        )
    };
    let body = format!(
        "<p><a href=\"/\">{back}</a></p><h1>{title}</h1>\
<div id=\"year\" data-state=\"/y/{y}/state\" data-base=\"/y/{y}\" \
data-texts=\"{texts}\"><div class=\"sides\"><div class=\"steps\">\
<section aria-labelledby=\"events-h\"><h2 id=\"events-h\">{events}</h2>\
<ul id=\"year-events\" class=\"events\"></ul></section>\
<section aria-labelledby=\"archive-h\"><h2 id=\"archive-h\">{archive}</h2><p>{archive_about}</p>\
<p><button type=\"button\" id=\"archive-run\">{archive_run}</button></p>\
<div id=\"archive-job\" class=\"job\" role=\"status\"></div></section>\
<section aria-labelledby=\"yearbook-h\"><h2 id=\"yearbook-h\">{yearbook}</h2><p>{yearbook_about}</p>\
<p><button type=\"button\" id=\"yearbook-run\">{yearbook_run}</button></p>\
<div id=\"yearbook-job\" class=\"job\" role=\"status\"></div></section></div>{record}</div></div>",
        back = t(msg!("studio-back"), lang),
        title = t(msg!("studio-year-title", year = y.clone()), lang),
        texts = esc(&texts(lang).to_string()),
        events = t(msg!("studio-events"), lang),
        archive = t(msg!("studio-year-archive"), lang),
        archive_about = t(msg!("studio-year-archive-about"), lang),
        archive_run = t(msg!("studio-year-archive-run"), lang),
        yearbook = t(msg!("studio-year-yearbook"), lang),
        yearbook_about = t(msg!("studio-year-yearbook-about"), lang),
        yearbook_run = t(msg!("studio-year-yearbook-run"), lang),
    );
    frame(
        lang,
        &format!("/y/{y}/"),
        &t(msg!("studio-year-title", year = y), lang),
        &body,
    )
}

/// The words `year.js` puts in the page.
fn texts(lang: Language) -> Value {
    let s = |m: crate::catalog::Message| m.show(lang);
    json!({
        "web": s(msg!("studio-year-web-run")),
        "webOpen": s(msg!("studio-year-web-open")),
        "yearbookOpen": s(msg!("studio-year-yearbook-open")),
        "running": s(msg!("studio-year-running")),
        "progress": s(msg!("studio-year-progress", done = "{done}", total = "{total}")),
        "offline": s(msg!("studio-form-offline")),
        "failed": s(msg!("studio-form-failed")),
        "next": s(msg!("studio-year-next")),
    })
}

/// A file of a web folder, for a look at the article as it will be online: only a file
/// inside the folder, by a path of plain names, of a kind the article has; with the policy
/// it is shown under.
pub fn web_file(folder: &Path, parts: &[&str]) -> Option<(Vec<u8>, &'static str, String)> {
    let plain = |p: &&str| !p.is_empty() && !p.starts_with('.') && !p.contains('\\');
    if parts.is_empty() || !parts.iter().all(plain) {
        return None;
    }
    let base = std::fs::canonicalize(folder).ok()?;
    let path =
        std::fs::canonicalize(parts.iter().fold(base.clone(), |p, part| p.join(part))).ok()?;
    if !path.starts_with(&base) || !path.is_file() {
        return None;
    }
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    let kind = match ext.as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "svg" => "image/svg+xml",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        _ => return None,
    };
    let bytes = std::fs::read(&path).ok()?;
    // Only the article's pages may run their own inline script; no other file runs any.
    let csp = if kind.starts_with("text/html") {
        article_csp(&String::from_utf8_lossy(&bytes))
    } else {
        article_csp("")
    };
    Some((bytes, kind, csp))
}

/// The article's own files, and of scripts only its own inline ones, by their hashes (the
/// fold-outs opened for print): verslag wrote them, and a record's text never becomes one.
fn article_csp(html: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let mut hashes = String::new();
    for part in html.split("<script>").skip(1) {
        if let Some((code, _)) = part.split_once("</script>") {
            let sha = sha2::Sha256::digest(code.as_bytes());
            let b64 = base64::engine::general_purpose::STANDARD.encode(sha);
            hashes.push_str(&format!(" 'sha256-{b64}'"));
        }
    }
    let scripts = if hashes.is_empty() {
        String::new()
    } else {
        format!(" script-src{hashes};")
    };
    format!(
        "default-src 'none'; img-src 'self'; style-src 'self'; font-src 'self';{scripts} \
frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    )
}

impl super::Studio {
    /// A year's page and its runs (see `year`); a year is a folder of the root.
    pub(super) fn year(
        &self,
        request: super::http::Request,
        method: &str,
        y: &str,
        rest: &[&str],
        lang: Language,
    ) {
        let root = self.root();
        let folder = root.join(y);
        let real = std::fs::canonicalize(&folder).is_ok_and(|p| p.starts_with(&root));
        let number = y
            .parse::<u16>()
            .ok()
            .filter(|_| y.len() == 4 && real && folder.is_dir());
        let Some(number) = number else {
            return self.refuse(request, super::guard::Refusal::Path, lang);
        };
        let ctx = Ctx {
            root: root.clone(),
            year: number,
            brand: self
                .brand
                .clone()
                .or_else(|| self.settings.lock().ok().and_then(|s| s.brand.clone())),
            templates: self.templates.clone(),
            cache: self.cache.clone(),
            outbox: self.place(&self.outbox),
            reports: self.place(&self.output),
            web: self.place(&self.web),
            archive: self.place(&self.archive),
        };
        let record = folder.join(crate::year::FILE_NAME);
        if method == "POST" && rest != ["record", "new"] && !request.has_type("application/json") {
            return super::answer(request, 415, serde_json::json!({"failed": "JSON only"}));
        }
        match (method, rest) {
            ("GET", [] | [""]) => {
                let page = page(lang, number, record.is_file());
                request.respond(super::guarded(
                    super::http::Response::new(200, page),
                    super::HTML,
                    super::PAGE_CSP,
                ));
            }
            ("GET", ["state"]) => super::answer(request, 200, state(&ctx, &self.year_jobs, lang)),
            ("POST", [kind @ ("web" | "archive" | "yearbook")]) => {
                let body = serde_json::from_slice(&request.body).unwrap_or_default();
                let (status, json) = start(&ctx, &self.year_jobs, kind, &body, lang);
                super::answer(request, status, json);
            }
            ("GET", ["record"]) => {
                let (status, json) = super::form::year(&record, lang);
                super::answer(request, status, json);
            }
            ("POST", ["record"]) => {
                let (status, json) = {
                    let _one = self.saving.lock();
                    super::form::save_year(&record, &request.body, lang)
                };
                super::answer(request, status, json);
            }
            ("POST", ["record", "new"]) => {
                let made = {
                    let _one = self.saving.lock();
                    new_record(&ctx)
                };
                match made {
                    Ok(()) => {
                        let r = super::http::Response::new(303, "")
                            .with("Location", &format!("/y/{y}/"));
                        request.respond(super::guarded(r, super::HTML, super::PAGE_CSP));
                    }
                    Err(d) => {
                        let page = super::pages::refused(lang, &d.message.show(lang));
                        request.respond(super::guarded(
                            super::http::Response::new(507, page),
                            super::HTML,
                            super::PAGE_CSP,
                        ));
                    }
                }
            }
            ("GET", ["yearbook.pdf"]) => match std::fs::read(ctx.yearbook()) {
                Ok(pdf) => request.respond(super::guarded(
                    super::http::Response::new(200, pdf),
                    "application/pdf",
                    super::PAGE_CSP,
                )),
                Err(_) => self.refuse(request, super::guard::Refusal::Path, lang),
            },
            ("GET", ["web", slug, file @ ..]) => match web_file(&ctx.web_folder(slug), file) {
                Some((bytes, kind, csp)) => {
                    request.respond(super::guarded(
                        super::http::Response::new(200, bytes),
                        kind,
                        &csp,
                    ));
                }
                None => self.refuse(request, super::guard::Refusal::Path, lang),
            },
            _ => self.refuse(request, super::guard::Refusal::Path, lang),
        }
    }
}
