//! `verslag studio`: the events and their live reports in a browser window, served by this
//! binary on 127.0.0.1 only, behind a session token (see `guard`), offline and self-contained.

mod first;
mod form;
mod guard;
mod http;
mod launcher;
mod mail;
mod pages;
mod photos;
mod preview;
mod publish;
mod settings;
mod year;

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use crate::cli::StudioArgs;
use crate::console;
use crate::diagnostics::{Diagnostic, Outcome};
use crate::msg;
use crate::record::Language;
use guard::{Access, Asked, Door, Refusal};
use http::{Request, Response};
use preview::{Preview, Source};

/// Where a running studio says its address, in the events folder.
const RUNNING: &str = ".verslag-studio";

struct Studio {
    door: Door,
    /// The address with the token, as printed.
    url: String,
    /// The events folder, once known: until then every page is the first page, which asks.
    root: RwLock<Option<PathBuf>>,
    /// `--brand` of this run: it wins over the settings' brand.
    brand: Option<PathBuf>,
    /// What the settings page keeps for this events folder.
    settings: Mutex<crate::settings::Settings>,
    templates: Option<PathBuf>,
    cache: Option<crate::cache::Cache>,
    previews: Mutex<HashMap<(String, String), Arc<Preview>>>,
    /// `--outbox`, `-o`, `--web`, `--archive` as given: a relative one is below the events
    /// folder's parent (see [`Studio::place`]).
    outbox: PathBuf,
    /// One save at a time: two tabs saving at once cannot both pass the version check.
    saving: Mutex<()>,
    /// Where a report for the mail or the web is built.
    output: PathBuf,
    web: PathBuf,
    archive: PathBuf,
    /// `--smtp-url` or `VERSLAG_SMTP_URL`: wins over the settings' address.
    smtp_url: Option<String>,
    smtp_timeout: Duration,
    /// The mail sends of this studio, under way or ended.
    jobs: mail::Jobs,
    /// The year page's runs (web, archive, yearbook), under way or ended.
    year_jobs: year::Jobs,
    /// The website step's runs, under way or ended.
    publish_jobs: publish::Jobs,
}

pub fn run(a: &StudioArgs) -> Outcome {
    if a.install_launcher {
        let file = launcher::install()?;
        console::result(msg!("launcher-written", file = file.display().to_string()));
        return Ok(());
    }
    let root = match &a.events {
        Some(dir) => Some(std::fs::canonicalize(dir).map_err(|e| {
            Diagnostic::file(dir, msg!("studio-no-root", reason = &e))
                .with_hint(msg!("hint-studio-no-root"))
        })?),
        // The last one served, else `events` here (a project folder), else the first page.
        None => crate::settings::last_events()
            .or_else(|| std::fs::canonicalize("events").ok().filter(|d| d.is_dir())),
    };
    if let Some(url) = root.as_deref().and_then(running) {
        console::machine(msg!("studio-running", url = &url));
        if !a.no_open {
            open_browser(&url);
        }
        return Ok(());
    }
    let listener =
        std::net::TcpListener::bind(("127.0.0.1", a.port.unwrap_or(0))).map_err(|e| {
            Diagnostic::argument(
                "--port",
                msg!(
                    "studio-cannot-listen",
                    port = a.port.unwrap_or(0).to_string(),
                    reason = e.to_string()
                ),
            )
            .with_hint(msg!("hint-studio-port"))
        })?;
    let port = listener.local_addr().map_or(0, |a| a.port());
    let door = Door {
        port,
        token: token()?,
    };
    let url = format!("http://127.0.0.1:{port}/?t={}", door.token);
    // The address is what the organiser needs: printed even with -q.
    console::machine(msg!("studio-open", url = &url));
    let studio = Arc::new(Studio {
        door,
        url,
        root: RwLock::new(None),
        brand: a.look.brand.clone(),
        settings: Mutex::new(crate::settings::Settings::default()),
        templates: a.look.templates.clone(),
        cache: super_cache(&a.photos),
        previews: Mutex::new(HashMap::new()),
        outbox: a.outbox.clone(),
        saving: Mutex::new(()),
        output: a.output.clone(),
        web: a.web.clone(),
        archive: a.archive.clone(),
        smtp_url: a.smtp_url.clone(),
        smtp_timeout: Duration::from_secs(a.smtp_timeout),
        jobs: mail::Jobs::default(),
        year_jobs: year::Jobs::default(),
        publish_jobs: publish::Jobs::default(),
    });
    if let Some(root) = root {
        studio.serve(root);
    }
    if !a.no_open {
        open_browser(&studio.url);
    }
    for stream in listener.incoming().flatten() {
        let studio = studio.clone();
        std::thread::spawn(move || {
            if let Some(request) = http::read(stream) {
                studio.answer(request);
            }
        });
    }
    Ok(())
}

fn super_cache(p: &crate::cli::PhotoOptions) -> Option<crate::cache::Cache> {
    if p.no_cache {
        None
    } else {
        p.cache_dir
            .clone()
            .or_else(crate::cache::Cache::default_dir)
            .map(crate::cache::Cache::new)
    }
}

/// A session token: 32 random bytes, in hex.
fn token() -> Result<String, Diagnostic> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| {
        Diagnostic::argument("studio", msg!("studio-no-random", reason = e.to_string()))
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The address of a studio already serving `root`, if it answers.
fn running(root: &Path) -> Option<String> {
    let url = std::fs::read_to_string(root.join(RUNNING)).ok()?;
    let url = url.trim().to_string();
    let rest = url.strip_prefix("http://")?;
    let (host, _) = rest.split_once('/')?;
    let addr: std::net::SocketAddr = host.parse().ok()?;
    let mut stream =
        std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(500)).ok()?;
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let token = url.split("?t=").nth(1)?;
    let ask = format!("GET /alive?t={token} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    stream.write_all(ask.as_bytes()).ok()?;
    let mut answer = String::new();
    let _ = std::io::Read::read_to_string(&mut stream, &mut answer);
    answer.starts_with("HTTP/1.1 204").then_some(url)
}

fn open_browser(url: &str) {
    let mut c = if cfg!(windows) {
        let mut c = std::process::Command::new("rundll32");
        c.args(["url.dll,FileProtocolHandler", url]);
        c
    } else if cfg!(target_os = "macos") {
        let mut c = std::process::Command::new("open");
        c.arg(url);
        c
    } else {
        let mut c = std::process::Command::new("xdg-open");
        c.arg(url);
        c
    };
    // Without a browser the printed address is enough.
    let _ = c
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

/// The headers of every answer: no caching, no referrer beyond this server, no framing, a
/// strict policy. `same-origin`, not `no-referrer`: under `no-referrer` a browser sends
/// `Origin: null` with a plain form's POST, and the guard would refuse the studio's own form.
fn guarded(mut r: Response, kind: &str, csp: &str) -> Response {
    for (name, value) in [
        ("Content-Type", kind),
        ("Content-Security-Policy", csp),
        ("Referrer-Policy", "same-origin"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Cache-Control", "no-store"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ] {
        r = r.with(name, value);
    }
    r
}

const PAGE_CSP: &str = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; \
connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const SVG_CSP: &str =
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";
const HTML: &str = "text/html; charset=utf-8";
const JSON: &str = "application/json";

impl Studio {
    /// The events folder (empty before the first page chose one; nothing is served below
    /// it until then).
    fn root(&self) -> PathBuf {
        self.root
            .read()
            .ok()
            .and_then(|r| r.clone())
            .unwrap_or_default()
    }

    /// Where an output folder is: as given when absolute, else beside the events folder
    /// (`events/` and `out/` side by side, as the commands have them from a project
    /// folder), so that a studio started by a double-click writes nothing where it started.
    fn place(&self, given: &Path) -> PathBuf {
        if given.is_absolute() {
            return given.to_path_buf();
        }
        let root = self.root();
        root.parent().unwrap_or(&root).join(given)
    }

    fn outboxes(&self) -> form::Outboxes {
        form::Outboxes {
            root: self.place(&self.outbox),
        }
    }

    fn chosen(&self) -> bool {
        self.root.read().is_ok_and(|r| r.is_some())
    }

    /// Serves `root` from now on: its settings, the note a second studio finds, and the
    /// folder a start without `--events` serves next time.
    fn serve(&self, root: PathBuf) {
        if let Ok(mut s) = self.settings.lock() {
            *s = crate::settings::load(&root);
        }
        let _ = crate::fsx::write_atomic(&root.join(RUNNING), self.url.as_bytes());
        let _ = crate::settings::remember_events(&root);
        if let Ok(mut r) = self.root.write() {
            *r = Some(root);
        }
    }

    fn lang(&self, request: &Request) -> Language {
        let cookie = request.header("Cookie").unwrap_or_default();
        let chosen = cookie
            .split(';')
            .find_map(|kv| kv.trim().strip_prefix("verslag_lang="));
        match chosen {
            Some("nl") => Language::Nl,
            Some("en") => Language::En,
            _ => crate::catalog::language(),
        }
    }

    fn answer(&self, request: Request) {
        let lang = self.lang(&request);
        let method = request.method.clone();
        let target = request.target.clone();
        let host = request.header("Host").map(str::to_string);
        let origin = request.header("Origin").map(str::to_string);
        let cookie = request.header("Cookie").map(str::to_string);
        let asked = Asked {
            method: &method,
            target: &target,
            host: host.as_deref(),
            origin: origin.as_deref(),
            cookie: cookie.as_deref(),
        };
        match self.door.check(&asked) {
            Err(refusal) => self.refuse(request, refusal, lang),
            Ok(Access::FirstVisit { path }) => {
                let cookie = format!(
                    "{}={}; HttpOnly; SameSite=Strict; Path=/",
                    self.door.cookie_name(),
                    self.door.token
                );
                if path == "/alive" {
                    request.respond(Response::new(204, ""));
                    return;
                }
                let r = Response::new(303, "")
                    .with("Location", &path)
                    .with("Set-Cookie", &cookie);
                request.respond(guarded(r, HTML, PAGE_CSP));
            }
            Ok(Access::Session) => {
                let raw = target.split('?').next().unwrap_or("/");
                // The door let it in: its names decode.
                let path = guard::decoded_path(raw).unwrap_or_default();
                self.route(request, &method, &path, lang);
            }
        }
    }

    fn refuse(&self, request: Request, refusal: Refusal, lang: Language) {
        let text = match refusal {
            Refusal::Host => msg!("studio-refused-host"),
            Refusal::Token => msg!("studio-refused-token"),
            Refusal::Origin => msg!("studio-refused-origin"),
            Refusal::Path => msg!("studio-not-found"),
        };
        let page = pages::refused(lang, &text.show(lang));
        let r = Response::new(refusal.status(), page);
        request.respond(guarded(r, HTML, PAGE_CSP));
    }

    fn route(&self, request: Request, method: &str, path: &str, lang: Language) {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let send = |request: Request, body: Vec<u8>, kind: &str, csp: &str| {
            request.respond(guarded(Response::new(200, body), kind, csp));
        };
        let upload = matches!((method, parts.as_slice()), ("POST", ["e", _, _, "photos"]));
        if request.unread > 0 && !upload {
            let r = Response::new(413, "");
            return request.respond(guarded(r, HTML, PAGE_CSP));
        }
        match (method, parts.as_slice()) {
            ("GET", [""]) if self.chosen() => {
                let page =
                    pages::events(lang, &self.root().display().to_string(), &self.list(), None);
                send(request, page.into_bytes(), HTML, PAGE_CSP);
            }
            ("GET", ["static", "studio.css"]) => {
                send(
                    request,
                    crate::assets::STUDIO_CSS.into(),
                    "text/css; charset=utf-8",
                    PAGE_CSP,
                );
            }
            (
                "GET",
                [
                    "static",
                    name @ ("studio.js" | "problems.js" | "photos.js" | "mail.js" | "year.js"
                    | "publish.js"),
                ],
            ) => {
                let script = match *name {
                    "problems.js" => crate::assets::STUDIO_PROBLEMS_JS,
                    "photos.js" => crate::assets::STUDIO_PHOTOS_JS,
                    "mail.js" => crate::assets::STUDIO_MAIL_JS,
                    "year.js" => crate::assets::STUDIO_YEAR_JS,
                    "publish.js" => crate::assets::STUDIO_PUBLISH_JS,
                    _ => crate::assets::STUDIO_JS,
                };
                send(
                    request,
                    script.into(),
                    "text/javascript; charset=utf-8",
                    PAGE_CSP,
                );
            }
            // The browser asks for an icon; the studio has none to give.
            ("GET", ["favicon.ico"]) => {
                request.respond(guarded(Response::new(204, ""), HTML, PAGE_CSP));
            }
            ("POST", ["language"]) => {
                let form = read_form(&request);
                let lang = match form
                    .iter()
                    .find(|(k, _)| k == "lang")
                    .map(|(_, v)| v.as_str())
                {
                    Some("en") => "en",
                    _ => "nl",
                };
                // Back to the page the switch was on: one of the studio's own plain paths.
                let back = form
                    .iter()
                    .find(|(k, _)| k == "back")
                    .map(|(_, v)| v.as_str());
                let back = back
                    .filter(|b| guard::decoded_path(b).is_some())
                    .unwrap_or("/");
                let r = Response::new(303, "").with("Location", back).with(
                    "Set-Cookie",
                    &format!("verslag_lang={lang}; SameSite=Strict; Path=/"),
                );
                request.respond(guarded(r, HTML, PAGE_CSP));
            }
            ("POST", ["choose"]) if !self.chosen() => self.choose(request, lang),
            // No events folder yet: every page is the first page, which asks for one.
            ("GET", _) if !self.chosen() => {
                send(
                    request,
                    first::page(lang, "", None).into_bytes(),
                    HTML,
                    PAGE_CSP,
                );
            }
            _ if !self.chosen() => self.refuse(request, Refusal::Path, lang),
            ("POST", ["new"]) => self.new_event(request, lang),
            ("GET", ["settings"]) => {
                let now = self.settings.lock().map(|s| s.clone()).unwrap_or_default();
                let said = request.target.contains("saved=1").then_some(Ok(()));
                let root = self.root().display().to_string();
                let page = settings::page(lang, &root, &now, self.brand.is_some(), said);
                send(request, page.into_bytes(), HTML, PAGE_CSP);
            }
            ("POST", ["settings"]) => self.save_settings(request, lang),
            ("GET", ["year-form.json"]) => {
                answer(request, 200, form::year_description(lang));
            }
            (_, ["y", year, rest @ ..]) => self.year(request, method, year, rest, lang),
            ("GET", ["form.json"]) => {
                let body = form::description(lang).to_string();
                send(request, body.into_bytes(), JSON, PAGE_CSP);
            }
            (_, ["e", year, slug, "record"]) => self.record(request, method, year, slug, lang),
            ("POST", ["e", year, slug, "photos"]) => self.photo(request, year, slug, lang),
            (_, ["e", year, slug, "publish", rest @ ..]) => {
                self.publish(request, method, year, slug, rest, lang)
            }
            (_, ["e", year, slug, "mail", rest @ ..]) => {
                self.mail(request, method, year, slug, rest, lang)
            }
            ("GET", ["e", year, slug, rest @ ..]) => {
                let Some(dir) = self.event(year, slug) else {
                    return self.refuse(request, Refusal::Path, lang);
                };
                let preview = self.preview(year, slug, &dir);
                let base = format!("/e/{year}/{}", guard::escaped(slug));
                match rest {
                    [""] | [] => {
                        // The title for the page's heading: read here only, not for every
                        // page image, view or stream the page then asks for.
                        let title = crate::load::load(&dir)
                            .map(|l| l.record.event.title.clone())
                            .unwrap_or_else(|_| slug.to_string());
                        let page = pages::event(lang, year, slug, &title, &preview.now());
                        send(request, page.into_bytes(), HTML, PAGE_CSP);
                    }
                    ["view"] => {
                        let view = pages::view(lang, &base, &preview.now());
                        send(request, view.into_bytes(), HTML, PAGE_CSP);
                    }
                    ["live"] => live(request, &preview),
                    ["thumb"] => {
                        let file = query(&request.target, "file").unwrap_or_default();
                        // No photo there (a wrong name, say: its problem says so): nothing
                        // to show, which is no error of the page.
                        match photos::thumbnail(&dir, &file, self.cache.as_ref()) {
                            Some(jpeg) => send(request, jpeg, "image/jpeg", PAGE_CSP),
                            None => {
                                request.respond(guarded(Response::new(204, ""), HTML, PAGE_CSP))
                            }
                        }
                    }
                    ["report.pdf"] => match preview.now().pdf {
                        Some(pdf) => send(request, pdf.to_vec(), "application/pdf", PAGE_CSP),
                        None => self.refuse(request, Refusal::Path, lang),
                    },
                    ["page", file] => {
                        let n = file
                            .strip_suffix(".svg")
                            .and_then(|n| n.parse::<usize>().ok());
                        let shown = preview.now();
                        match n.and_then(|n| shown.pages.get(n.wrapping_sub(1))) {
                            Some(svg) => {
                                send(request, svg.as_bytes().to_vec(), "image/svg+xml", SVG_CSP)
                            }
                            None => self.refuse(request, Refusal::Path, lang),
                        }
                    }
                    _ => self.refuse(request, Refusal::Path, lang),
                }
            }
            _ => self.refuse(request, Refusal::Path, lang),
        }
    }

    /// The events under the root: `YEAR/FOLDER/event.toml`, the folder inside the root once
    /// its links are followed.
    fn folders(&self) -> Vec<(String, String, PathBuf)> {
        let mut out = Vec::new();
        let root = self.root();
        let Ok(years) = std::fs::read_dir(&root) else {
            return out;
        };
        for year in years.flatten() {
            let y = year.file_name().to_string_lossy().into_owned();
            if y.len() != 4 || !y.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let Ok(events) = std::fs::read_dir(year.path()) else {
                continue;
            };
            for event in events.flatten() {
                let path = event.path();
                let inside = std::fs::canonicalize(&path).is_ok_and(|p| p.starts_with(&root));
                if !inside || !path.join("event.toml").is_file() {
                    continue;
                }
                let name = event.file_name().to_string_lossy().into_owned();
                // Compared as addresses are: in NFC.
                if let Some(name) = guard::decoded_path(&format!("/{}", guard::escaped(&name))) {
                    out.push((y.clone(), name[1..].to_string(), path));
                }
            }
        }
        out.sort();
        out.reverse();
        out
    }

    fn list(&self) -> Vec<pages::Listed> {
        self.folders()
            .into_iter()
            .map(|(year, slug, path)| match crate::load::load(&path) {
                Ok(l) => pages::Listed {
                    year,
                    slug,
                    title: l.record.event.title.clone(),
                    draft: l.record.event.status.value == crate::record::Status::Draft,
                    approved: l
                        .record
                        .tables
                        .iter()
                        .filter(|t| t.approved.is_some())
                        .count(),
                    tables: l.record.tables.len(),
                    problems: 0,
                },
                Err(d) => pages::Listed {
                    title: slug.clone(),
                    year,
                    slug,
                    draft: false,
                    approved: 0,
                    tables: 0,
                    problems: crate::load::errors(&d),
                },
            })
            .collect()
    }

    /// The event of a URL's year and folder name: only one the root holds.
    fn event(&self, year: &str, slug: &str) -> Option<PathBuf> {
        self.folders()
            .into_iter()
            .find(|(y, s, _)| y == year && s == slug)
            .map(|(_, _, path)| path)
    }

    fn preview(&self, year: &str, slug: &str, dir: &Path) -> Arc<Preview> {
        let key = (year.to_string(), slug.to_string());
        let Ok(mut previews) = self.previews.lock() else {
            return Preview::start(self.source(dir));
        };
        previews
            .entry(key)
            .or_insert_with(|| Preview::start(self.source(dir)))
            .clone()
    }

    fn source(&self, dir: &Path) -> Source {
        Source {
            dir: dir.to_path_buf(),
            brand: self
                .brand
                .clone()
                .or_else(|| self.settings.lock().ok().and_then(|s| s.brand.clone())),
            templates: self.templates.clone(),
            cache: self.cache.clone(),
            outbox: self.place(&self.outbox),
            contacts: self.root().join("contacts.toml"),
        }
    }

    /// The record's values for the form (GET), or a save from it (POST, as JSON only: a
    /// page of another site cannot send that without the browser asking first).
    fn record(&self, request: Request, method: &str, year: &str, slug: &str, lang: Language) {
        let dir = self.event(year, slug);
        match (method, dir) {
            (_, None) => answer(
                request,
                410,
                serde_json::json!({"gone": msg!("studio-form-gone").show(lang)}),
            ),
            ("GET", Some(dir)) => {
                let (status, body) = form::record(&dir, lang);
                answer(request, status, body);
            }
            ("POST", Some(dir)) => {
                if !request.has_type("application/json") {
                    return answer(request, 415, serde_json::json!({"failed": "JSON only"}));
                }
                let (status, mut body, moved) = {
                    let _one = self.saving.lock();
                    form::save(&dir, &request.body, &self.outboxes(), lang)
                };
                if let Some(folder) = moved {
                    if let Ok(mut previews) = self.previews.lock() {
                        previews.remove(&(year.to_string(), slug.to_string()));
                    }
                    let name = folder
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let new_year = name.chars().take(4).collect::<String>();
                    body["moved"] = format!("/e/{new_year}/{}/", guard::escaped(&name)).into();
                }
                answer(request, status, body);
            }
            _ => self.refuse(request, Refusal::Path, lang),
        }
    }

    /// The mail of the round's present step: its state (GET), its outbox written (POST
    /// `write`) or sent (POST `send`, in the background; GET `job` follows it). POSTs are
    /// JSON only, as the form's saves.
    fn mail(
        &self,
        request: Request,
        method: &str,
        year: &str,
        slug: &str,
        rest: &[&str],
        lang: Language,
    ) {
        let Some(dir) = self.event(year, slug) else {
            let gone = serde_json::json!({"gone": msg!("studio-form-gone").show(lang)});
            return answer(request, 410, gone);
        };
        let ctx = mail::Ctx {
            source: self.source(&dir),
            output: self.place(&self.output),
            url: self
                .smtp_url
                .clone()
                .or_else(|| self.settings.lock().ok().and_then(|s| s.smtp_url.clone())),
            timeout: self.smtp_timeout,
        };
        if method == "POST" && !request.has_type("application/json") {
            return answer(request, 415, serde_json::json!({"failed": "JSON only"}));
        }
        let body = || serde_json::from_slice(&request.body).unwrap_or_default();
        let (status, json) = match (method, rest) {
            ("GET", [] | [""]) => (200, mail::state(&ctx, &self.jobs, &dir, lang)),
            ("GET", ["job"]) => {
                let review = query(&request.target, "kind").as_deref() == Some("review");
                (200, mail::job(&self.jobs, &dir, review, lang))
            }
            ("POST", ["write"]) => mail::write(&ctx, &self.jobs, &dir, &body(), lang),
            ("POST", ["send"]) => mail::start(&ctx, &self.jobs, &dir, body(), lang),
            _ => return self.refuse(request, Refusal::Path, lang),
        };
        answer(request, status, json);
    }

    /// One photo dropped on the event's page, its bytes as the body (never a form's: a page
    /// of another site cannot send that type without the browser asking first).
    fn photo(&self, mut request: Request, year: &str, slug: &str, lang: Language) {
        let Some(dir) = self.event(year, slug) else {
            let gone = serde_json::json!({"gone": msg!("studio-form-gone").show(lang)});
            return answer(request, 410, gone);
        };
        if !request.has_type("application/octet-stream") {
            return answer(request, 415, serde_json::json!({"failed": "bytes only"}));
        }
        let name = query(&request.target, "name").unwrap_or_default();
        let (status, body) = {
            let (mut body, length) = request.body_stream();
            photos::upload(&dir, &name, &mut body, length, lang)
        };
        answer(request, status, body);
    }

    /// Keeps the settings a form sent, once they check; every preview then starts afresh
    /// with them. Refused: the page again, with what was typed and why.
    fn save_settings(&self, request: Request, lang: Language) {
        let asked = settings::from_form(&read_form(&request));
        match crate::settings::save(&self.root(), &asked) {
            Ok(()) => {
                if let Ok(mut s) = self.settings.lock() {
                    *s = asked;
                }
                if let Ok(mut previews) = self.previews.lock() {
                    previews.clear();
                }
                let r = Response::new(303, "").with("Location", "/settings?saved=1");
                request.respond(guarded(r, HTML, PAGE_CSP));
            }
            Err(d) => {
                let hint = d.hint.as_ref().map(|h| h.show(lang));
                let why = match hint {
                    Some(h) => format!("{} ({h})", d.message.show(lang)),
                    None => d.message.show(lang),
                };
                let root = self.root().display().to_string();
                let mut shown = asked;
                shown.smtp_url = shown
                    .smtp_url
                    .map(|u| crate::settings::without_password(&u));
                let page =
                    settings::page(lang, &root, &shown, self.brand.is_some(), Some(Err(why)));
                request.respond(guarded(Response::new(422, page), HTML, PAGE_CSP));
            }
        }
    }

    /// The events folder typed or picked on the first page: served from now on.
    fn choose(&self, request: Request, lang: Language) {
        let form = read_form(&request);
        let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let typed = get("path").unwrap_or_default();
        let chosen = match get("new_in") {
            Some(place) => first::new_in(&place, lang),
            None => first::accept(&typed, lang),
        };
        match chosen {
            Ok(root) => {
                self.serve(root);
                let r = Response::new(303, "").with("Location", "/");
                request.respond(guarded(r, HTML, PAGE_CSP));
            }
            Err(why) => {
                let page = first::page(lang, &typed, Some(&why));
                request.respond(guarded(Response::new(422, page), HTML, PAGE_CSP));
            }
        }
    }

    fn new_event(&self, request: Request, lang: Language) {
        let form = read_form(&request);
        let get = |k: &str| {
            form.iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        match crate::new::create(&get("date"), &get("name"), Language::Nl, &self.root()) {
            Ok(created) => {
                let slug = created
                    .folder
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let year = get("date").chars().take(4).collect::<String>();
                let r = Response::new(303, "").with("Location", &format!("/e/{year}/{slug}/"));
                request.respond(guarded(r, HTML, PAGE_CSP));
            }
            Err(d) => {
                let error = d.message.show(lang);
                let page = pages::events(
                    lang,
                    &self.root().display().to_string(),
                    &self.list(),
                    Some(&error),
                );
                let r = Response::new(422, page);
                request.respond(guarded(r, HTML, PAGE_CSP));
            }
        }
    }
}

/// A JSON answer with the page's guards.
fn answer(request: Request, status: u16, body: serde_json::Value) {
    let r = Response::new(status, body.to_string());
    request.respond(guarded(r, JSON, PAGE_CSP));
}

/// The value of `name` in the query of `target`, decoded.
fn query(target: &str, name: &str) -> Option<String> {
    let (_, q) = target.split_once('?')?;
    q.split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| decode(k) == name)
        .map(|(_, v)| decode(v))
}

/// A small urlencoded form, decoded.
fn read_form(request: &Request) -> Vec<(String, String)> {
    String::from_utf8_lossy(&request.body)
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'+', _) => out.push(b' '),
            (b'%', Some(b)) => {
                out.push(b);
                i += 2;
            }
            (b, _) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Server-sent events: the generation of every finished render, and a comment now and then
/// so that a closed page ends the stream.
fn live(request: Request, preview: &Preview) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
    let Some(mut out) = request.stream(head) else {
        return;
    };
    let mut seen = preview.now().generation;
    let _ = write!(out, "data: {seen}\n\n");
    loop {
        let now = preview.wait_newer(seen, Duration::from_secs(15));
        let line = if now > seen {
            seen = now;
            format!("data: {now}\n\n")
        } else {
            ": still here\n\n".to_string()
        };
        if out
            .write_all(line.as_bytes())
            .and_then(|()| out.flush())
            .is_err()
        {
            return;
        }
    }
}
