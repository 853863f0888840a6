//! The web templates (`web/page.html`, `web/article.html`, `web/style.css`) rendered with
//! minijinja: every value is HTML-escaped in `.html` templates, strict about undefined
//! values, and a template's error points at its file, line and column.

use std::sync::Arc;

use minijinja::{Environment, UndefinedBehavior};

use crate::diagnostics::Diagnostic;
use crate::templates::Templates;

pub const PAGE: &str = "web/page.html";
pub const ARTICLE: &str = "web/article.html";
pub const STYLE: &str = "web/style.css";

/// The web templates: a designer's copy from `--templates` where it has them, else built in.
pub struct WebTemplates {
    /// (name, source, the path shown in messages)
    files: Vec<(&'static str, Arc<str>, String)>,
    /// A templates folder without web templates: said once.
    pub notes: Vec<Diagnostic>,
    /// The templates parsed once, for every render of the run.
    env: Environment<'static>,
}

impl WebTemplates {
    pub fn of(templates: &Templates) -> Result<WebTemplates, Diagnostic> {
        let mut files = Vec::new();
        let mut missing = Vec::new();
        for name in [PAGE, ARTICLE, STYLE] {
            let (source, shown, fallback) = templates.text(name)?;
            if fallback {
                missing.push(name);
            }
            files.push((name, source, shown.display().to_string()));
        }
        let notes = if missing.is_empty() {
            Vec::new()
        } else {
            vec![
                Diagnostic::argument(
                    "--templates",
                    crate::msg!("web-templates-missing", names = missing.join(", ")),
                )
                .with_hint(crate::msg!("hint-web-templates-missing"))
                .into_warning(),
            ]
        };
        let mut templates = WebTemplates {
            files,
            notes,
            env: Environment::new(),
        };
        templates.env = templates.environment()?;
        Ok(templates)
    }

    /// All template text: its characters go into the font subsets.
    pub fn text(&self) -> impl Iterator<Item = char> + '_ {
        self.files.iter().flat_map(|(_, s, _)| s.chars())
    }

    fn environment(&self) -> Result<Environment<'static>, Diagnostic> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                minijinja::AutoEscape::Html
            } else {
                minijinja::AutoEscape::None
            }
        });
        // Text is escaped as HTML needs it (`&<>"'`), and no more: addresses keep their `/`.
        env.set_formatter(|out, state, value| match value.as_str() {
            Some(text)
                if *state.auto_escape() == minijinja::AutoEscape::Html && !value.is_safe() =>
            {
                out.write_str(&escape(text)).map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                })
            }
            _ => minijinja::escape_formatter(out, state, value),
        });
        for (name, source, _) in &self.files {
            env.add_template_owned(*name, source.to_string())
                .map_err(|e| self.problem(&e))?;
        }
        Ok(env)
    }

    /// Renders one template with `context`.
    pub fn render(
        &self,
        name: &str,
        context: &impl serde::Serialize,
    ) -> Result<String, Diagnostic> {
        let template = self.env.get_template(name).map_err(|e| self.problem(&e))?;
        template
            .render(minijinja::value::Serde(context))
            .map_err(|e| self.problem(&e))
    }

    /// A template error at its file, line and column.
    fn problem(&self, e: &minijinja::Error) -> Diagnostic {
        // An error inside an included template comes wrapped: report the innermost one.
        let mut e = e;
        while let Some(inner) =
            std::error::Error::source(e).and_then(|s| s.downcast_ref::<minijinja::Error>())
        {
            e = inner;
        }
        let message = match e.detail() {
            Some(detail) => crate::msg!(
                "web-template-error-detail",
                detail = detail,
                kind = e.kind().to_string()
            ),
            None => crate::msg!("web-template-error", kind = e.kind().to_string()),
        };
        let hint = crate::msg!("hint-web-template-error");
        let file = e
            .name()
            .and_then(|n| self.files.iter().find(|(name, _, _)| *name == n));
        match file {
            Some((_, source, shown)) => {
                let span = e.range().or_else(|| {
                    let line = e.line()?;
                    let start: usize = source
                        .split_inclusive('\n')
                        .take(line - 1)
                        .map(str::len)
                        .sum();
                    Some(start..start)
                });
                match span {
                    Some(span) => Diagnostic::at(shown.clone(), source, span, message),
                    None => Diagnostic::file(shown.clone(), message),
                }
                .with_hint(hint)
            }
            None => Diagnostic::argument("--templates", message).with_hint(hint),
        }
    }
}

/// Text for HTML: the five characters that could start or end markup, as references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
