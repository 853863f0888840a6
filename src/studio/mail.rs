//! The round's mail on the event's page: each recipient's message as the outbox holds it (to
//! review before it goes), writing the outbox, and sending it in the background with its
//! progress, on the library `verslag mail` uses (`mail::quiet`): the same gates, lock, journal
//! and stale-input refusal. The SMTP password comes with the send and lives only as long as it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use super::preview::Source;
use crate::catalog::Message;
use crate::diagnostics::{Diagnostic, Origin};
use crate::mail::{self, deliver::Step, journal::State, plan::who, quiet, send};
use crate::msg;
use crate::record::Language;

/// What a send of the studio needs, owned, so that it outlives the request that started it.
#[derive(Clone)]
pub struct Ctx {
    pub source: Source,
    /// Where the report is built when the outbox needs it.
    pub output: PathBuf,
    /// The SMTP server's address (`--smtp-url`, else the settings'), without password.
    pub url: Option<String>,
    pub timeout: Duration,
}

/// The sends of this studio, under way or ended, per event folder and kind (true: the
/// review round's): one at a time each.
#[derive(Default)]
pub struct Jobs(Mutex<HashMap<(PathBuf, bool), Shared>>);

/// One send, shared by its worker and the requests that follow it.
type Shared = Arc<Mutex<Job>>;

#[derive(Default)]
struct Job {
    running: bool,
    /// Per message in order: who, and what became of it.
    lines: Vec<(String, Line)>,
    /// Why nothing was sent (the lock, a stale outbox, the gate, no server...).
    problems: Vec<Diagnostic>,
    sent: usize,
    failed: Vec<String>,
    login_refused: bool,
}

enum Line {
    Going,
    Sent,
    NotSent(Message),
    Maybe(Message),
}

/// The mail of the record's present step: the review round's for a draft, else the final.
fn kind_of(dir: &Path) -> Result<bool, Vec<Diagnostic>> {
    let l = crate::load::load(dir)?;
    Ok(l.record.event.status.value == crate::record::Status::Draft)
}

fn kind_name(review: bool) -> &'static str {
    if review { "review" } else { "final" }
}

/// Runs `f` with the `mail` request of this event and kind.
fn with_request<T>(
    ctx: &Ctx,
    dir: &Path,
    review: bool,
    resend: &[String],
    f: impl FnOnce(&mail::Request<'_>) -> Result<T, Vec<Diagnostic>>,
) -> Result<T, Vec<Diagnostic>> {
    let s = &ctx.source;
    let setup =
        crate::report::Setup::new(s.brand.as_deref(), s.templates.as_deref(), s.cache.clone())?;
    let brand = s
        .brand
        .clone()
        .unwrap_or_else(|| PathBuf::from("templates/brand.toml (built in)"));
    f(&mail::Request {
        event: dir,
        contacts: &s.contacts,
        output: &ctx.output,
        outbox: &s.outbox,
        dry_run: false,
        resend,
        server: None,
        setup: &setup,
        brand: Origin::File(brand.into_boxed_path()),
        review,
        without_approval: &[],
    })
}

fn server(ctx: &Ctx) -> Result<send::Server, Message> {
    let url = ctx
        .url
        .as_deref()
        .ok_or_else(|| msg!("studio-mail-no-server"))?;
    send::server(url, ctx.timeout)
}

/// Problems as the pages show them: a sentence and its hint.
pub(super) fn said(problems: &[Diagnostic], lang: Language) -> Vec<Value> {
    problems
        .iter()
        .map(|d| {
            json!({
                "message": super::pages::capitalized(&d.message.show(lang)),
                "hint": d.hint.as_ref().map(|h| h.show(lang)),
            })
        })
        .collect()
}

/// What the page shows: the step's kind, the server, every letter, and the last send.
pub fn state(ctx: &Ctx, jobs: &Jobs, dir: &Path, lang: Language) -> Value {
    let review = match kind_of(dir) {
        Ok(review) => review,
        Err(problems) => return json!({"problems": said(&problems, lang)}),
    };
    let server = server(ctx);
    let letters = with_request(ctx, dir, review, &[], |r| {
        quiet::letters(r, server.as_ref().ok())
    });
    let (letters, problems) = match letters {
        Ok(l) => (l, Vec::new()),
        Err(p) => (Vec::new(), p),
    };
    let log = |l: &quiet::Letter| match (&l.state, &l.sent_at) {
        (Some(State::Sent), Some(t)) => {
            msg!("studio-mail-sent-at", time = mail::round::local(t))
        }
        (Some(State::Sent), None) => msg!("studio-mail-sent"),
        (Some(State::Uncertain), _) => msg!("studio-mail-uncertain"),
        (None, _) => msg!("studio-mail-pending"),
    };
    let letters: Vec<Value> = letters
        .iter()
        .map(|l| {
            json!({
                "municipality": l.contact.municipality.value,
                "who": format!("{} <{}>", l.contact.name.value, l.contact.email.value),
                "state": match l.state {
                    Some(State::Sent) => "sent",
                    Some(State::Uncertain) => "uncertain",
                    None => "pending",
                },
                "state_text": log(l).show(lang),
                "resend": msg!("studio-mail-resend", municipality = l.contact.municipality.value.as_str()).show(lang),
                "written": l.written.as_ref().map(|w| json!({
                    "subject": w.subject,
                    "body": w.body,
                    "attachment": w.attachment.as_ref().map(|(name, size)| json!({
                        "name": name,
                        "size": msg!("studio-mail-size", kb = size.div_ceil(1024)).show(lang),
                    })),
                })),
                "stale": (!l.stale.is_empty()).then(|| super::pages::capitalized(&msg!(
                    "outbox-stale",
                    changed = crate::mail::outbox::join_words(&l.stale)
                ).show(lang))),
            })
        })
        .collect();
    let pending = letters.iter().filter(|l| l["state"] == "pending").count();
    let t = |m: Message| m.show(lang);
    json!({
        "kind": kind_name(review),
        "texts": {
            "messages": t(msg!("studio-mail-messages")),
            "not_written": t(msg!("studio-mail-not-written")),
            "subject": t(msg!("studio-mail-subject")),
            "attachment": t(msg!("studio-mail-attachment")),
            "write": t(msg!("studio-mail-write")),
            "write_again": t(msg!("studio-mail-write-again")),
            "written_note": t(msg!("studio-mail-written-note")),
            "stale_some": t(msg!("studio-mail-stale-some")),
            "password_help": t(msg!("studio-mail-password-help")),
            "resend_help": t(msg!("studio-mail-resend-help")),
            "all_sent": t(msg!("studio-mail-all-sent")),
            "login_again": t(msg!("studio-mail-login-again")),
            "password_needed": super::pages::capitalized(&t(msg!("studio-mail-password-needed"))),
            "settings": t(msg!("studio-mail-settings")),
            "settings_note": t(msg!("studio-mail-settings-note")),
            "working": t(msg!("studio-mail-working")),
            "send": t(msg!("studio-mail-send", count = pending)),
        },
        "heading": if review { msg!("studio-round-review-mail") } else { msg!("studio-round-final-mail") }.show(lang),
        "problems": said(&problems, lang),
        "server": match &server {
            Ok(s) => json!({
                "text": t(msg!("studio-mail-server", server = s.shown.as_str())),
                "password": s.user().map(|u| t(msg!("studio-mail-password", user = u))),
            }),
            Err(m) => json!({
                "missing": super::pages::capitalized(&m.show(lang)),
                "hint": t(msg!("studio-mail-to-settings")),
            }),
        },
        "letters": letters,
        "job": job(jobs, dir, review, lang),
    })
}

/// The last send of this event and kind, as the page shows it; null when there was none.
pub fn job(jobs: &Jobs, dir: &Path, review: bool, lang: Language) -> Value {
    let Some(job) = jobs.get(dir, review) else {
        return Value::Null;
    };
    let Ok(j) = job.lock() else {
        return Value::Null;
    };
    let lines: Vec<String> = j
        .lines
        .iter()
        .map(|(who, line)| {
            let who = who.as_str();
            match line {
                Line::Going => msg!("studio-mail-going", who = who),
                Line::Sent => msg!("mail-sent", who = who),
                Line::NotSent(why) => msg!("mail-not-sent-because", who = who, why = why),
                Line::Maybe(why) => msg!("mail-maybe-delivered-because", who = who, why = why),
            }
            .show(lang)
        })
        .collect();
    let outcome = (!j.running && j.problems.is_empty()).then(|| {
        let mut text = msg!(
            "studio-mail-summary",
            sent = j.sent,
            failed = j.failed.len()
        )
        .show(lang);
        // After a refused login the page asks for the password again: no list of names.
        if !j.failed.is_empty() && !j.login_refused {
            text.push(' ');
            text.push_str(&msg!("studio-mail-rest-kept", names = j.failed.join(", ")).show(lang));
        }
        text
    });
    json!({
        "running": j.running,
        "lines": lines,
        "problems": said(&j.problems, lang),
        "outcome": outcome,
        "login_refused": j.login_refused,
        "ok": !j.running && j.problems.is_empty() && j.failed.is_empty(),
    })
}

impl Jobs {
    fn get(&self, dir: &Path, review: bool) -> Option<Shared> {
        let jobs = self.0.lock().ok()?;
        jobs.get(&(dir.to_path_buf(), review)).cloned()
    }

    fn running(&self, dir: &Path, review: bool) -> bool {
        self.get(dir, review)
            .is_some_and(|j| j.lock().is_ok_and(|j| j.running))
    }

    /// A new job, unless one of this event and kind is running: then `None`.
    fn start(&self, dir: &Path, review: bool) -> Option<Shared> {
        let mut jobs = self.0.lock().ok()?;
        let key = (dir.to_path_buf(), review);
        if jobs
            .get(&key)
            .is_some_and(|j| j.lock().is_ok_and(|j| j.running))
        {
            return None;
        }
        let job = Arc::new(Mutex::new(Job {
            running: true,
            ..Job::default()
        }));
        jobs.insert(key, job.clone());
        Some(job)
    }
}

/// The kind a page asks for, checked against the record's present step: a page that still
/// shows the review round of a record made final since is refused, not obeyed.
fn asked_kind(body: &Value, dir: &Path, lang: Language) -> Result<bool, (u16, Value)> {
    let review = kind_of(dir).map_err(|p| (422, json!({"problems": said(&p, lang)})))?;
    if body["kind"].as_str() != Some(kind_name(review)) {
        let text = msg!("studio-mail-step-changed").show(lang);
        return Err((409, json!({"problems": [{"message": text}]})));
    }
    Ok(review)
}

/// Writes the outbox for review (again, when it went stale).
pub fn write(ctx: &Ctx, jobs: &Jobs, dir: &Path, body: &Value, lang: Language) -> (u16, Value) {
    let review = match asked_kind(body, dir, lang) {
        Ok(r) => r,
        Err(answer) => return answer,
    };
    if jobs.running(dir, review) {
        return (409, busy(lang));
    }
    match with_request(ctx, dir, review, &[], quiet::write) {
        Ok(written) => (200, json!({"written": written.len()})),
        Err(problems) => (422, json!({"problems": said(&problems, lang)})),
    }
}

fn busy(lang: Language) -> Value {
    json!({"problems": [{"message": msg!("studio-mail-busy").show(lang)}]})
}

/// Starts a send in the background (202); the page follows it with [`job`]. A second send of
/// the same event and kind while one runs is refused (409); one in another process stops on
/// the outbox's lock, which the job then says.
pub fn start(ctx: &Ctx, jobs: &Jobs, dir: &Path, body: Value, lang: Language) -> (u16, Value) {
    let review = match asked_kind(&body, dir, lang) {
        Ok(r) => r,
        Err(answer) => return answer,
    };
    let resend: Vec<String> = body["resend"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let password = match body {
        Value::Object(mut o) => match o.remove("password") {
            Some(Value::String(p)) => p,
            _ => String::new(),
        },
        _ => String::new(),
    };
    let Some(job) = jobs.start(dir, review) else {
        return (409, busy(lang));
    };
    let (ctx, dir) = (ctx.clone(), dir.to_path_buf());
    std::thread::spawn(move || {
        // However the send ends, the job does.
        let _end = End(job.clone());
        send_in_background(&ctx, &dir, review, &resend, password, &job);
    });
    (202, json!({"started": true}))
}

struct End(Shared);

impl Drop for End {
    fn drop(&mut self) {
        if let Ok(mut j) = self.0.lock() {
            j.running = false;
        }
    }
}

fn send_in_background(
    ctx: &Ctx,
    dir: &Path,
    review: bool,
    resend: &[String],
    password: String,
    job: &Mutex<Job>,
) {
    let update = |change: &mut dyn FnMut(&mut Job)| {
        if let Ok(mut j) = job.lock() {
            change(&mut j);
        }
    };
    let mut server = match server(ctx) {
        Ok(s) => s,
        Err(m) => {
            let d =
                Diagnostic::argument("--smtp-url", m).with_hint(msg!("studio-mail-to-settings"));
            return update(&mut |j| j.problems = vec![d.clone()]);
        }
    };
    if server.user().is_some() {
        if password.is_empty() {
            return update(&mut |j| {
                j.login_refused = true;
                j.problems = vec![Diagnostic::argument(
                    "password",
                    msg!("studio-mail-password-needed"),
                )];
            });
        }
        server.with_password(password);
    }
    let mut tell = |step: Step<'_>| {
        update(&mut |j| match &step {
            Step::Sending(c) => j.lines.push((who(c), Line::Going)),
            Step::Sent(_) => {
                if let Some(last) = j.lines.last_mut() {
                    last.1 = Line::Sent;
                }
            }
            Step::NotSent(_, f) => {
                if let Some(last) = j.lines.last_mut() {
                    last.1 = if f.maybe_delivered {
                        Line::Maybe(f.message.clone())
                    } else {
                        Line::NotSent(f.message.clone())
                    };
                }
            }
        });
    };
    let result = with_request(ctx, dir, review, resend, |r| {
        quiet::send(r, &server, &mut tell)
    });
    drop(server);
    update(&mut |j| match &result {
        Ok(done) => {
            j.sent = done.sent.len();
            j.failed = done.failed.iter().map(who).collect();
            j.login_refused = done.login_refused;
        }
        Err(problems) => j.problems = problems.iter().cloned().map(in_the_page).collect(),
    });
}

/// A problem whose tip names a command the page does with a button: the page's own tip.
fn in_the_page(d: Diagnostic) -> Diagnostic {
    match &d.message {
        Message::Catalog {
            id: "outbox-stale", ..
        } => d.with_hint(msg!("studio-mail-hint-stale")),
        _ => d,
    }
}
