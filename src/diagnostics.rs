//! One way to report a problem: where it comes from (a file at line:col, a command-line
//! argument, an environment variable), what is wrong, and a hint; rendered compiler-style with
//! the source line and a caret, or on one line (`--format short`).

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::catalog::Message;
use crate::msg;
use crate::record::Language;

/// Where a problem comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file or folder as the user named it (relative paths stay relative).
    File(Box<Path>),
    /// A command-line argument: `--resend`, `DATE`.
    Argument(&'static str),
    /// An environment variable: `VERSLAG_SMTP_URL`.
    Env(&'static str),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::Argument(name) => write!(f, "{name}"),
            Origin::Env(var) => write!(f, "{}", msg!("origin-env", name = *var)),
        }
    }
}

/// Why a command failed: the problems it has not printed yet and the line that closes its
/// report ("2 problems found", "nothing was sent"). The exit code is then 1.
#[derive(Debug, Default)]
pub struct Failure {
    pub problems: Vec<Diagnostic>,
    pub closing: Option<String>,
}

impl Failure {
    /// A failure whose problems were printed as they were found.
    pub fn reported(closing: impl Into<String>) -> Failure {
        Failure {
            problems: Vec::new(),
            closing: Some(closing.into()),
        }
    }

    pub fn closing(mut self, line: impl Into<String>) -> Failure {
        self.closing = Some(line.into());
        self
    }
}

impl From<Vec<Diagnostic>> for Failure {
    fn from(problems: Vec<Diagnostic>) -> Failure {
        Failure {
            problems,
            closing: None,
        }
    }
}

impl From<Diagnostic> for Failure {
    fn from(problem: Diagnostic) -> Failure {
        Failure::from(vec![problem])
    }
}

/// What a step or a command that can fail returns.
pub type Outcome = Result<(), Failure>;

/// Where in a file a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    Span(u32, u32),
    LineCol(u32, u32),
}

/// A problem, located as precisely as its origin allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub origin: Origin,
    /// The source text of `file`, when it could be read as UTF-8.
    pub source: Option<Arc<str>>,
    /// Where in the file: a byte range into `source` (kept as u32, records are far below
    /// 4 GB, so that a `Result` of it stays small), or a line and column when there is no
    /// source text to compute them from.
    at: Option<At>,
    pub message: Message,
    pub hint: Option<Box<Message>>,
    /// The record's key the problem is at (`tables[1].summary`), when it has one: the
    /// studio shows the problem at that field.
    pub key: Option<Box<str>>,
    /// A warning is shown but does not stop anything.
    pub warning: bool,
}

impl Diagnostic {
    /// A problem with a file as a whole (missing, unreadable, too large).
    pub fn file(file: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Self::from(Origin::File(file.into().into_boxed_path()), message)
    }

    /// A problem with a command-line argument (`--resend`, `DATE`).
    pub fn argument(name: &'static str, message: impl Into<Message>) -> Self {
        Self::from(Origin::Argument(name), message)
    }

    /// A problem with an environment variable's value.
    pub fn env(var: &'static str, message: impl Into<Message>) -> Self {
        Self::from(Origin::Env(var), message)
    }

    pub fn from(origin: Origin, message: impl Into<Message>) -> Self {
        Self {
            origin,
            source: None,
            at: None,
            message: message.into(),
            hint: None,
            key: None,
            warning: false,
        }
    }

    /// A problem at a byte range of a file's source text.
    pub fn at(
        file: impl Into<PathBuf>,
        source: &Arc<str>,
        span: Range<usize>,
        message: impl Into<Message>,
    ) -> Self {
        Self {
            origin: Origin::File(file.into().into_boxed_path()),
            source: Some(source.clone()),
            at: Some(At::Span(clamp(span.start), clamp(span.end))),
            message: message.into(),
            hint: None,
            key: None,
            warning: false,
        }
    }

    pub fn into_warning(mut self) -> Self {
        self.warning = true;
        self
    }

    /// "fout" / "error" in the default format.
    fn severity(&self, lang: Language) -> String {
        if self.warning {
            msg!("word-warning").show(lang)
        } else {
            msg!("word-error").show(lang)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<Message>) -> Self {
        self.hint = Some(Box::new(hint.into()));
        self
    }

    /// The record's key the problem is at.
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into().into_boxed_str());
        self
    }

    /// Sets a line and column for files without usable source text (e.g. invalid UTF-8).
    pub fn with_position(mut self, line: usize, column: usize) -> Self {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.at = Some(At::LineCol(clamp(line), clamp(column)));
        self
    }

    /// The byte range into `source`.
    pub fn span(&self) -> Option<Range<usize>> {
        match self.at {
            Some(At::Span(start, end)) => Some(start as usize..end as usize),
            _ => None,
        }
    }

    /// 1-based line and column of the start of the span, counting columns in characters.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        if let (Some(src), Some(span)) = (&self.source, self.span()) {
            return Some(line_col(src, span.start));
        }
        match self.at {
            Some(At::LineCol(l, c)) => Some((l as usize, c as usize)),
            _ => None,
        }
    }

    /// Sort key: origin, then position.
    pub fn sort_key(&self) -> (String, usize) {
        (self.origin.to_string(), self.span().map_or(0, |s| s.start))
    }

    fn location(&self) -> String {
        let file = &self.origin;
        match self.line_col() {
            Some((line, col)) => format!("{file}:{line}:{col}"),
            None => format!("{file}"),
        }
    }

    /// `file:line:col: error: message (hint: ...)` on one line, for scripts and editors, in
    /// the process's language.
    pub fn short(&self) -> String {
        self.short_in(crate::catalog::language())
    }

    /// [`short`](Self::short) in `lang`: the severity word stays `error` / `warning` in every
    /// language (editors' problem matchers read it); the message and the hint are in `lang`.
    pub fn short_in(&self, lang: Language) -> String {
        let severity = if self.warning { "warning" } else { "error" };
        let message = self.message.show(lang);
        let mut out = format!("{}: {severity}: {message}", self.location());
        if let Some(hint) = &self.hint {
            let word = msg!("word-hint").show(lang);
            let _ = write!(out, " ({word}: {})", hint.show(lang).replace('\n', " "));
        }
        out
    }

    /// The full, compiler-style rendering with the source line and a caret, in the
    /// process's language.
    pub fn render(&self, style: Style) -> String {
        self.render_in(style, crate::catalog::language())
    }

    /// [`render`](Self::render) in `lang`.
    pub fn render_in(&self, style: Style, lang: Language) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}{}:{} {}{}:{} {}{}{}",
            style.bold,
            self.location(),
            style.reset,
            style.red,
            self.severity(lang),
            style.reset,
            style.bold,
            self.message.show(lang),
            style.reset
        );
        if let (Some(src), Some(span)) = (&self.source, self.span()) {
            let (line_no, col) = line_col(src, span.start);
            let line = src.lines().nth(line_no - 1).unwrap_or("");
            let gutter = " ".repeat(line_no.to_string().len());
            let line_chars = line.chars().count();
            let start = (col - 1).min(line_chars);
            let span_chars = src
                .get(span.clone())
                .map_or(1, |s| s.lines().next().unwrap_or("").chars().count());
            let width = span_chars.clamp(1, (line_chars - start).max(1));
            let _ = writeln!(out, "{}{gutter} |{}", style.blue, style.reset);
            let _ = writeln!(
                out,
                "{}{line_no} |{} {}",
                style.blue,
                style.reset,
                line.replace('\t', " ")
            );
            let _ = writeln!(
                out,
                "{}{gutter} |{} {}{}{}{}",
                style.blue,
                style.reset,
                " ".repeat(start),
                style.red,
                "^".repeat(width),
                style.reset
            );
        }
        if let Some(hint) = &self.hint {
            // A hint of several lines (a file's shape, say) keeps them, under its first.
            let word = msg!("word-hint").show(lang);
            let indent = " ".repeat(word.chars().count() + 4);
            let hint = hint.show(lang).replace('\n', &format!("\n{indent}"));
            let _ = writeln!(out, "  {}{word}:{} {hint}", style.cyan, style.reset);
        }
        out
    }
}

fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// 1-based line and character column of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = src[line_start..offset].chars().count() + 1;
    (line, col)
}

/// ANSI escapes, or empty strings when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub bold: &'static str,
    pub red: &'static str,
    pub green: &'static str,
    pub blue: &'static str,
    pub cyan: &'static str,
    pub reset: &'static str,
}

impl Style {
    pub const PLAIN: Style = Style {
        bold: "",
        red: "",
        green: "",
        blue: "",
        cyan: "",
        reset: "",
    };
    pub const COLOUR: Style = Style {
        bold: "\x1b[1m",
        red: "\x1b[1;31m",
        green: "\x1b[1;32m",
        blue: "\x1b[1;34m",
        cyan: "\x1b[1;36m",
        reset: "\x1b[0m",
    };

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    pub fn for_stream(is_terminal: bool) -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if is_terminal && !no_color {
            Style::COLOUR
        } else {
            Style::PLAIN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let src = "a = 1\nbë = \"x\"\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 6), (2, 1));
        // 'ë' is two bytes, one column.
        assert_eq!(line_col(src, 10), (2, 4));
    }

    #[test]
    fn render_points_at_span() {
        let src: Arc<str> = Arc::from("x = 1\nsumary = \"t\"\n");
        let d = Diagnostic::at("e.toml", &src, 6..12, "unknown key").with_hint("did you mean");
        // In English whatever the developer's locale.
        let r = d.render_in(Style::PLAIN, Language::En);
        assert!(r.starts_with("e.toml:2:1: error: unknown key\n"), "{r}");
        assert!(r.contains("2 | sumary = \"t\"\n  | ^^^^^^\n"), "{r}");
        assert!(r.contains("hint: did you mean"), "{r}");
        let nl = d.render_in(Style::PLAIN, Language::Nl);
        assert!(nl.starts_with("e.toml:2:1: fout: unknown key\n"), "{nl}");
        assert!(nl.contains("  tip: did you mean"), "{nl}");
        assert!(
            d.short_in(Language::Nl)
                .contains(": error: unknown key (tip: did you mean)")
        );
    }
}
