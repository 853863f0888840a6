//! Loading an event: find its folder, read `event.toml` safely, parse it keeping spans,
//! and check it, collecting every problem of the file at once.

mod advice;
mod placeholders;
pub(crate) mod reader;
pub(crate) mod sections;
pub mod validate;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::catalog::Message;
use crate::diagnostics::{Diagnostic, line_col};
use crate::fonts::FontSet;
use crate::msg;
use crate::record::{MAX_RECORD_BYTES, Record};

/// An event folder as named on the command line.
#[derive(Debug, Clone)]
pub struct EventDir {
    /// The folder, as the user gave it (for messages).
    pub dir: PathBuf,
    /// `dir/event.toml`.
    pub toml: PathBuf,
    /// The folder's name, as it is.
    pub name: String,
    /// The folder's name made safe on every system (`fsx::safe_name`): outputs are named
    /// after it.
    pub slug: String,
}

/// A record that passed every check, with where it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub dir: EventDir,
    pub record: Record,
    pub source: Arc<str>,
    /// What is worth saying but stops nothing (a photo without alt text), by position.
    pub warnings: Vec<Diagnostic>,
    /// The open tables (see [`Loaded::open_tables`]) the organiser chose to send out without
    /// their host's approval (`--without-approval`), by municipality as the record writes it:
    /// part of the report's inputs, and said in its colophon.
    pub without_approval: Vec<String>,
}

impl Loaded {
    /// A photo of this record that the photo pipeline refused (`reason`), at its `file`.
    pub fn photo_unusable(&self, p: &crate::record::Photo, reason: Message) -> Diagnostic {
        Diagnostic::at(
            &self.dir.toml,
            &self.source,
            p.file.span.clone(),
            msg!(
                "photo-problem",
                key = format!("{}.file", p.key),
                problem = msg!("photo-refused", name = &p.file.value, reason = reason)
            ),
        )
        .with_hint(msg!("hint-photo-unreadable"))
    }

    /// Refuses a draft for `what` ("mailed as final", "archived"): located at its `status`
    /// line, with what to do.
    pub fn refuse_draft(&self, what: Message) -> Result<(), Diagnostic> {
        let event = &self.record.event;
        if event.status.value != crate::record::Status::Draft {
            return Ok(());
        }
        let hint = match &event.review_by {
            Some(r) => msg!("hint-draft-refused-review-by", day = r.value.iso()),
            None => msg!("hint-draft-refused"),
        };
        Err(Diagnostic::at(
            &self.dir.toml,
            &self.source,
            event.status.span.clone(),
            msg!("draft-refused", what = what),
        )
        .with_key("event.status")
        .with_hint(hint))
    }
}

impl Loaded {
    /// The tables of a final record whose text may still change: no `approved`, while the
    /// review date has not passed (`today` is on or before `review_by`). A final record
    /// without `review_by`, or whose review date has passed, has none: silence by the review
    /// date counts as agreement, as the review mail says.
    pub fn open_tables(&self, today: crate::record::Date) -> Vec<usize> {
        let event = &self.record.event;
        let review_ahead = event.review_by.as_ref().is_some_and(|r| r.value >= today);
        if event.status.value != crate::record::Status::Final || !review_ahead {
            return Vec::new();
        }
        (0..self.record.tables.len())
            .filter(|&i| self.record.tables[i].approved.is_none())
            .collect()
    }

    /// Takes the municipalities named with `--without-approval` for this event: each must be a
    /// table of it. Only open tables are kept (an approved one needs no exception).
    pub fn allow_without_approval(
        &mut self,
        names: &[String],
        today: crate::record::Date,
    ) -> Result<(), Vec<Diagnostic>> {
        let open = self.open_tables(today);
        let tables = &self.record.tables;
        let mut problems = Vec::new();
        let mut kept = Vec::new();
        for name in names {
            match tables
                .iter()
                .position(|t| crate::names::same(&t.municipality.value, name))
            {
                Some(i) if open.contains(&i) => kept.push(tables[i].municipality.value.clone()),
                Some(_) => {}
                None => {
                    let all: Vec<&str> = tables
                        .iter()
                        .map(|t| t.municipality.value.as_str())
                        .collect();
                    let hint = match crate::names::closest(name, all.iter().copied()) {
                        Some(m) => msg!("hint-did-you-mean", name = m),
                        None => msg!("hint-name-a-table", names = all.join(", ")),
                    };
                    problems.push(
                        Diagnostic::argument(
                            "--without-approval",
                            msg!("not-a-table", name = name, event = &self.dir.name),
                        )
                        .with_hint(hint),
                    );
                }
            }
        }
        kept.dedup();
        self.without_approval = kept;
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Refuses to make the final `what` ("mailed", "archived", "put on the web") while a
    /// table is open and not named with `--without-approval`: one problem per table, at its
    /// municipality. `flag` writes the option for a municipality, as this command takes it.
    pub fn refuse_open(
        &self,
        what: Message,
        today: crate::record::Date,
        flag: impl Fn(&str) -> String,
    ) -> Result<(), Vec<Diagnostic>> {
        let problems: Vec<Diagnostic> = self
            .open_problems(today, flag)
            .into_iter()
            .map(|(_, mut d)| {
                d.message = msg!("open-refused", problem = &d.message, what = &what);
                d
            })
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Each open table not sent out without approval, with its problem (a warning for
    /// `check`, the reason of a refusal elsewhere).
    pub fn open_problems(
        &self,
        today: crate::record::Date,
        flag: impl Fn(&str) -> String,
    ) -> Vec<(usize, Diagnostic)> {
        let event = &self.record.event;
        let Some(review_by) = &event.review_by else {
            return Vec::new();
        };
        let until = review_by.value;
        self.open_tables(today)
            .into_iter()
            .filter(|&i| {
                !self
                    .without_approval
                    .contains(&self.record.tables[i].municipality.value)
            })
            .map(|i| {
                let t = &self.record.tables[i];
                let m = &t.municipality.value;
                let d = Diagnostic::at(
                    &self.dir.toml,
                    &self.source,
                    t.municipality.span.clone(),
                    msg!("table-open", i = i, municipality = m, until = until),
                )
                .with_key(format!("tables[{i}].approved"))
                .with_hint(msg!(
                    "hint-table-open",
                    today = today.iso(),
                    i = i,
                    until = until,
                    flag = flag(m)
                ));
                (i, d)
            })
            .collect()
    }
}

/// `--without-approval EVENT/MUNICIPALITY` of a command that takes several events: the
/// municipalities named per event folder name. An event that is not among `events` is an
/// error before anything is done.
pub fn without_approval_by_event(
    args: &[String],
    events: &[&str],
) -> Result<std::collections::HashMap<String, Vec<String>>, Vec<Diagnostic>> {
    let mut by_event: std::collections::HashMap<String, Vec<String>> = Default::default();
    let mut problems = Vec::new();
    for arg in args {
        let Some((event, municipality)) = arg.split_once('/') else {
            problems.push(
                Diagnostic::argument("--without-approval", msg!("no-event-named", arg = arg))
                    .with_hint(msg!("hint-no-event-named")),
            );
            continue;
        };
        match events.iter().find(|e| **e == event) {
            Some(e) => by_event
                .entry(e.to_string())
                .or_default()
                .push(municipality.to_string()),
            None => {
                let hint = match crate::names::closest(event, events.iter().copied()) {
                    Some(e) => msg!("hint-did-you-mean", name = format!("{e}/{municipality}")),
                    None => msg!("hint-name-one-of", names = events.join(", ")),
                };
                problems.push(
                    Diagnostic::argument(
                        "--without-approval",
                        msg!("not-an-event-of-the-run", event = event),
                    )
                    .with_hint(hint),
                );
            }
        }
    }
    if problems.is_empty() {
        Ok(by_event)
    } else {
        Err(problems)
    }
}

/// Resolves a command-line argument: an event folder or its `event.toml`.
pub fn resolve(arg: &Path) -> Result<EventDir, Diagnostic> {
    let meta = std::fs::metadata(arg).map_err(|e| {
        Diagnostic::file(arg, msg!("cannot-open", reason = &e))
            .with_hint(msg!("hint-name-an-event"))
    })?;
    let (dir, toml) = if meta.is_dir() {
        (arg.to_path_buf(), arg.join("event.toml"))
    } else {
        let parent = arg.parent().filter(|p| !p.as_os_str().is_empty());
        (
            parent.unwrap_or(Path::new(".")).to_path_buf(),
            arg.to_path_buf(),
        )
    };
    if meta.is_dir() && !toml.is_file() {
        return Err(Diagnostic::file(&toml, msg!("folder-without-record"))
            .with_hint(msg!("hint-folder-without-record")));
    }
    let abs = std::path::absolute(&dir).unwrap_or_else(|_| dir.clone());
    let name = abs
        .components()
        .next_back()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    let slug = crate::fsx::safe_name(&name);
    Ok(EventDir {
        dir,
        toml,
        name,
        slug,
    })
}

/// Loads and checks one event for the bundled fonts; `Err` holds every problem found, sorted
/// by position.
pub fn load(arg: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    load_with(arg, Some(FontSet::bundled()))
}

/// Loads and checks one event for a brand's fonts: every printed character must be in one
/// (`None`: the fonts are not known, because the brand has problems; characters are not
/// checked then).
pub fn load_with(arg: &Path, fonts: Option<Arc<FontSet>>) -> Result<Loaded, Vec<Diagnostic>> {
    let dir = resolve(arg).map_err(|d| vec![d])?;
    let source = read_source(&dir.toml).map_err(|d| vec![d])?;
    load_source(dir, source, fonts)
}

/// Parses and checks a record's text as if read from `dir` (photo paths are checked there).
pub fn load_source(
    dir: EventDir,
    source: Arc<str>,
    fonts: Option<Arc<FontSet>>,
) -> Result<Loaded, Vec<Diagnostic>> {
    let mut cx = reader::Ctx::new(dir.toml.clone(), source.clone());
    cx.dir = Some(dir.clone());
    cx.fonts = fonts;
    let parsed = toml::de::DeTable::parse(&source);
    let record = match &parsed {
        Ok(root) => sections::record(&mut cx, &reader::Obj::root(root)),
        Err(e) => {
            syntax_error(&mut cx, &source, e);
            None
        }
    };
    let mut diags = cx.diags;
    diags.sort_by_key(Diagnostic::sort_key);
    diags.dedup();
    match record {
        Some(record) if diags.iter().all(|d| d.warning) => Ok(Loaded {
            dir,
            record,
            source,
            warnings: diags,
            without_approval: Vec::new(),
        }),
        _ => Err(diags),
    }
}

/// How many of `diags` are errors (the rest are warnings).
pub fn errors(diags: &[Diagnostic]) -> usize {
    diags.iter().filter(|d| !d.warning).count()
}

/// Reports a TOML syntax error at its place, naming an invisible character or too deep a
/// nesting where that is the cause.
pub(crate) fn syntax_error(cx: &mut reader::Ctx, source: &str, e: &toml::de::Error) {
    let span = e.span().unwrap_or(0..0);
    let mut message = syntax_message(e.message());
    if e.message()
        .lines()
        .next()
        .is_some_and(|l| l.trim() == "duplicate key")
        && let Some(key) = source.get(span.clone())
    {
        message = msg!("toml-duplicate-key", key = key);
    }
    let invisible = source
        .get(span.start..)
        .and_then(|rest| rest.chars().next())
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
    match invisible {
        Some(c) => cx.error(
            span,
            msg!(
                "toml-control-character",
                code = format!("U+{:04X}", u32::from(c))
            ),
            Some(msg!("hint-toml-control-character")),
        ),
        None if e.message().contains("recursion") => cx.error(
            span,
            msg!("toml-too-deep"),
            Some(msg!("hint-toml-too-deep")),
        ),
        None => {
            let (key, value) = assignment_at(source, span.start);
            if let Some((message, hint)) = number_written_dutch(value) {
                return cx.error(span, message, Some(hint));
            }
            let Some(days) = date_key(key) else {
                return cx.error(span, message, Some(syntax_hint(e.message())));
            };
            // `date = 14 maart` is read as text without quotes; it was meant as a day.
            if e.message().contains("quoted") {
                message = msg!("toml-not-a-date", key = key, value = value);
            }
            let hint = msg!("hint-toml-date", example = folder_date(cx, days));
            cx.error(span, message, Some(hint))
        }
    }
}

/// The key left of `=` and the value right of it on the line of `offset` (the value without
/// a trailing comment), as written; empty when the line assigns nothing.
fn assignment_at(source: &str, offset: usize) -> (&str, &str) {
    let mut at = offset.min(source.len());
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    let line = source[start..end].trim_end_matches('\r');
    let Some((key, value)) = line.split_once('=') else {
        return ("", "");
    };
    let value = value.split(" #").next().unwrap_or(value).trim();
    let key = key.trim();
    (key.rsplit('.').next().unwrap_or(key).trim(), value)
}

/// A key that takes a day, and how many days after the event the example gives: `date` the
/// event's own day, `review_by` two weeks later, `approved` one.
pub(crate) fn date_key(key: &str) -> Option<i64> {
    match key {
        "date" => Some(0),
        "review_by" => Some(14),
        "approved" => Some(7),
        _ => None,
    }
}

/// The date at the start of the event folder's name plus `days`, as an example of how to
/// write a day in this record; 2022-11-01 when the folder names no date.
pub(crate) fn folder_date(cx: &reader::Ctx, days: i64) -> String {
    cx.dir
        .as_ref()
        .and_then(|d| d.name.get(..10))
        .and_then(|iso| iso.parse::<jiff::civil::Date>().ok())
        .and_then(|d| d.checked_add(jiff::Span::new().days(days)).ok())
        .map_or_else(|| "2022-11-01".into(), |d| d.to_string())
}

/// A number written with Dutch separators, which TOML cannot read: `1.091.879` (points
/// between thousands) or `2,5` (a decimal comma). The message and hint, or `None`.
fn number_written_dutch(value: &str) -> Option<(Message, Message)> {
    let (sign, unsigned) = match value.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", value),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let groups: Vec<&str> = unsigned.split('.').collect();
    if groups.len() > 2
        && (1..=3).contains(&groups[0].len())
        && groups.iter().all(|g| digits(g))
        && groups[1..].iter().all(|g| g.len() == 3)
    {
        return Some((
            msg!(
                "toml-thousands-points",
                value = value,
                digits = format!("{sign}{}", groups.concat()),
                grouped = format!("{sign}{}", groups.join("_"))
            ),
            msg!("hint-toml-thousands-points"),
        ));
    }
    let (whole, fraction) = unsigned.split_once(',')?;
    if !(digits(whole) && digits(fraction)) {
        return None;
    }
    let decimal = format!("{sign}{whole}.{fraction}");
    let message = if fraction.len() == 3 {
        msg!(
            "toml-decimal-comma-or-thousands",
            value = value,
            decimal = decimal,
            whole = format!("{sign}{whole}{fraction}")
        )
    } else {
        msg!("toml-decimal-comma", value = value, decimal = decimal)
    };
    Some((message, msg!("hint-toml-decimal-comma")))
}

/// Reads a record's text: bounded in size, UTF-8 (a BOM is dropped), located errors.
pub(crate) fn read_source(path: &Path) -> Result<Arc<str>, Diagnostic> {
    let open = |e: std::io::Error| Diagnostic::file(path, msg!("cannot-read", reason = &e));
    let file = std::fs::File::open(path).map_err(open)?;
    let len = file.metadata().map_err(open)?.len();
    if len > MAX_RECORD_BYTES {
        return Err(too_large(path, len));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(MAX_RECORD_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(open)?;
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    // Notepad's "Unicode" is UTF-16 with a byte order mark: read it as what it is.
    if let Some(text) = decode_wide(&bytes) {
        return text.map(Arc::from).map_err(|what| {
            Diagnostic::file(path, msg!("file-invalid-encoding", encoding = what))
                .with_position(1, 1)
                .with_hint(msg!("hint-save-as-utf8"))
        });
    }
    if looks_like_utf16(&bytes) {
        return Err(Diagnostic::file(path, msg!("file-utf16-without-mark"))
            .with_position(1, 1)
            .with_hint(msg!("hint-save-as-utf8")));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Arc::from(text)),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
            let (line, col) = line_col(valid, valid.len());
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
            Err(
                Diagnostic::file(path, msg!("file-not-utf8", byte = format!("0x{byte:02X}")))
                    .with_position(line, col)
                    .with_hint(msg!("hint-save-as-utf8")),
            )
        }
    }
}

/// Text saved as UTF-16 or UTF-32 with a byte order mark, decoded; `None` for anything else.
/// `Err` names the encoding when the bytes after the mark are not valid in it.
pub(crate) fn decode_wide(bytes: &[u8]) -> Option<Result<String, &'static str>> {
    let units = |rest: &[u8], n: usize, le: bool| -> Vec<u32> {
        rest.chunks(n)
            .map(|c| {
                let mut v = 0u32;
                for (i, b) in c.iter().enumerate() {
                    let shift = if le { 8 * i } else { 8 * (n - 1 - i) };
                    v |= u32::from(*b) << shift;
                }
                v
            })
            .collect()
    };
    let utf32 = |rest: &[u8], le: bool, what: &'static str| {
        if !rest.len().is_multiple_of(4) {
            return Err(what);
        }
        units(rest, 4, le)
            .into_iter()
            .map(|u| char::from_u32(u).ok_or(what))
            .collect()
    };
    let utf16 = |rest: &[u8], le: bool, what: &'static str| {
        if !rest.len().is_multiple_of(2) {
            return Err(what);
        }
        let u16s: Vec<u16> = units(rest, 2, le).into_iter().map(|u| u as u16).collect();
        String::from_utf16(&u16s).map_err(|_| what)
    };
    Some(match bytes {
        [0xFF, 0xFE, 0, 0, rest @ ..] => utf32(rest, true, "UTF-32"),
        [0, 0, 0xFE, 0xFF, rest @ ..] => utf32(rest, false, "UTF-32"),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, true, "UTF-16"),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, false, "UTF-16"),
        _ => return None,
    })
}

/// ASCII text saved as UTF-16 without a mark: every other byte of its start is zero.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64)];
    head.len() >= 8
        && (head.iter().step_by(2).all(|&b| b == 0)
            || head.iter().skip(1).step_by(2).all(|&b| b == 0))
}

fn too_large(path: &Path, len: u64) -> Diagnostic {
    Diagnostic::file(
        path,
        msg!(
            "record-too-large",
            size = format!("{:.1}", len as f64 / 1e6),
            max = MAX_RECORD_BYTES / 1024
        ),
    )
    .with_position(1, 1)
    .with_hint(msg!("hint-record-too-large"))
}

/// The TOML parser's message, cleaned of its own trailing detail lines: in our words for
/// the kinds a record meets, else quoted after our lead.
fn syntax_message(text: &str) -> Message {
    let first = text.lines().next().unwrap_or(text).trim();
    match first {
        "invalid date, expected a four-digit year (YYYY)" => msg!("toml-date-year"),
        "invalid date, expected month between 01 and 12" => msg!("toml-date-month"),
        "invalid date, expected day between 01 and 31" => msg!("toml-date-day"),
        "invalid basic string, expected `\"`" => msg!("toml-unclosed-string"),
        "duplicate key" => msg!("toml-duplicate"),
        "string values must be quoted, expected literal string" => msg!("toml-unquoted"),
        _ => msg!("toml-syntax", detail = first),
    }
}

fn syntax_hint(text: &str) -> Message {
    let lower = text.to_lowercase();
    if lower.contains("duplicate") {
        msg!("hint-toml-duplicate")
    } else if lower.contains("date") || lower.contains("time") {
        msg!("hint-toml-date-form")
    } else if lower.contains("string") || lower.contains("quote") {
        msg!("hint-toml-string")
    } else {
        msg!("hint-toml-syntax")
    }
}
