//! The post's content as WordPress block markup, from one model of the report's content
//! (`content`) with the labels of the record's language: headings, paragraphs, lists, quotes,
//! the photos as image blocks with their captions, the figures as a list, and each table a
//! fold-out in the site's form: `core/details` with its content as blocks, the network's
//! `[wpex]` shortcode around them, or a `<details>` in a `core/html` block. User text is escaped for WordPress: HTML's
//! characters, and `[` and `]` so that no shortcode runs from a record; `<!--` and `-->`
//! cannot survive that.

use std::fmt::Write as _;

use super::journal::Media;
use crate::brand::Foldouts;
use crate::content::Content;
use crate::record::{Person, Text};

/// Text as WordPress shows it and never runs: HTML's escapes, and `[` and `]` (no shortcode
/// from a record) and `\` (a shortcode's attributes are unescaped with stripcslashes).
pub fn esc(text: &str) -> String {
    crate::web::html::escape(text)
        .replace('[', "&#91;")
        .replace(']', "&#93;")
        .replace('\\', "&#92;")
}

fn block(out: &mut String, name: &str, attrs: &str, html: &str) {
    let attrs = if attrs.is_empty() {
        String::new()
    } else {
        format!(" {attrs}")
    };
    let _ = write!(
        out,
        "<!-- wp:{name}{attrs} -->\n{html}\n<!-- /wp:{name} -->\n\n"
    );
}

fn heading(out: &mut String, level: u8, text: &str) {
    let attrs = if level == 2 {
        String::new()
    } else {
        format!("{{\"level\":{level}}}")
    };
    block(
        out,
        "heading",
        &attrs,
        &format!("<h{level}>{}</h{level}>", esc(text)),
    );
}

fn paragraph(out: &mut String, html: &str) {
    block(out, "paragraph", "", &format!("<p>{html}</p>"));
}

fn paragraphs(out: &mut String, text: &Text) {
    for p in &text.0 {
        paragraph(out, &esc(p));
    }
}

fn list(out: &mut String, items: &[String]) {
    let mut inner = String::from("<ul>");
    for item in items {
        let _ = write!(
            inner,
            "<!-- wp:list-item -->\n<li>{item}</li>\n<!-- /wp:list-item -->"
        );
    }
    inner.push_str("</ul>");
    block(out, "list", "", &inner);
}

fn person(p: &Person) -> String {
    let mut s = esc(&p.name);
    for part in [&p.role, &p.organization].into_iter().flatten() {
        s.push_str(", ");
        s.push_str(&esc(part));
    }
    s
}

/// The image block of a photo uploaded as `m`.
fn image(out: &mut String, m: &Media, alt: &str, caption: &str, credit: Option<&str>) {
    // Apart from the caption by a middle dot: a theme without verslag's style runs them on.
    let credit = credit
        .map(|c| format!(" · <span class=\"verslag-credit\">{}</span>", esc(c)))
        .unwrap_or_default();
    block(
        out,
        "image",
        &format!(
            "{{\"id\":{},\"sizeSlug\":\"large\",\"linkDestination\":\"none\"}}",
            m.id
        ),
        &format!(
            "<figure class=\"wp-block-image size-large\"><img src=\"{}\" alt=\"{}\" class=\"wp-image-{}\"/><figcaption class=\"wp-element-caption\">{}{credit}</figcaption></figure>",
            esc(&m.url),
            esc(alt),
            m.id,
            esc(caption)
        ),
    );
}

/// A piece of a table's fold-out, its text escaped.
enum Part {
    P(String),
    H4(String),
    List(Vec<String>),
}

/// A table's fold-out: who sat at it, its pitch, question, solutions and summary.
fn table_parts<'a>(t: &crate::record::Table, l: &dyn Fn(&str) -> &'a str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut host = format!("{} {}", esc(l("table_with")), person(&t.host));
    if let Some(core) = &t.core_member {
        let _ = write!(
            host,
            "; {}: {}",
            esc(&l("core_group").to_lowercase()),
            person(core)
        );
    }
    parts.push(Part::P(host));
    let mut section = |label: &str, text: &Text| {
        parts.push(Part::H4(esc(label)));
        parts.extend(text.0.iter().map(|p| Part::P(esc(p))));
    };
    if let Some(pitch) = &t.pitch {
        section(l("pitch"), pitch);
    }
    section(l("question"), &t.question);
    if !t.solutions.is_empty() {
        parts.push(Part::H4(esc(l("solutions"))));
        parts.push(Part::List(t.solutions.iter().map(|s| esc(s)).collect()));
    }
    if let Some(summary) = &t.summary {
        parts.push(Part::H4(esc(l("summary"))));
        parts.extend(summary.0.iter().map(|p| Part::P(esc(p))));
    }
    parts
}

/// A fold-out's pieces as blocks of their own (inside `core/details`, or between the
/// shortcode's two halves).
fn inner(out: &mut String, parts: &[Part]) {
    for part in parts {
        match part {
            Part::P(p) => paragraph(out, p),
            Part::H4(h) => block(out, "heading", "{\"level\":4}", &format!("<h4>{h}</h4>")),
            Part::List(items) => list(out, items),
        }
    }
}

/// The post's content. `photos` are the uploaded photos in record order (the cover among
/// them is the featured image, not in the text); `pdf` the uploaded report with its size.
pub fn content(
    c: &Content<'_>,
    photos: &[Media],
    pdf: Option<(&Media, &str)>,
    foldouts: Foldouts,
) -> String {
    let r = c.record;
    let l = |k: &str| c.labels.get(k).copied().unwrap_or_default();
    let mut out = String::new();
    let mut kicker = String::new();
    if let Some(kind) = &r.event.kind {
        let _ = write!(kicker, "{} · ", esc(kind));
    }
    let _ = write!(
        kicker,
        "<time datetime=\"{}\">{}</time>",
        c.date.iso,
        esc(&c.date.long)
    );
    if let Some(place) = &r.event.location {
        let _ = write!(kicker, " · {}", esc(place));
    }
    paragraph(&mut out, &kicker);
    if let Some(sub) = &r.event.subtitle {
        paragraph(&mut out, &format!("<strong>{}</strong>", esc(sub)));
    }
    paragraphs(&mut out, &r.event.intro);
    if !r.event.core_group.is_empty() {
        let members: Vec<String> = r.event.core_group.iter().map(|m| esc(m)).collect();
        paragraph(
            &mut out,
            &format!(
                "<strong>{}:</strong> {}",
                esc(l("core_group")),
                members.join(", ")
            ),
        );
    }
    let gallery: Vec<(&Media, &crate::content::PhotoContent<'_>)> = photos
        .iter()
        .zip(&c.photos)
        .filter(|(_, p)| !p.cover)
        .collect();
    if !gallery.is_empty() {
        heading(&mut out, 2, l("photos"));
        for (m, p) in gallery {
            image(&mut out, m, p.alt, p.caption, p.credit.as_deref());
        }
    }
    if let Some(f) = &c.facts {
        heading(&mut out, 2, f.title.as_deref().unwrap_or(l("facts")));
        if let Some(s) = f.speaker {
            paragraph(&mut out, &person(s));
        }
        paragraphs(&mut out, f.text);
        if !f.figures.is_empty() {
            let items: Vec<String> = f
                .figures
                .iter()
                .map(|fig| {
                    let unit = match fig.figure.unit.as_deref() {
                        Some("%") => "%".to_string(),
                        Some(u) => format!(" {}", esc(u)),
                        None => String::new(),
                    };
                    let source = fig
                        .figure
                        .source
                        .as_deref()
                        .map(|s| format!(" ({})", esc(s)))
                        .unwrap_or_default();
                    format!(
                        "<strong>{}{unit}</strong> – {}{source}",
                        esc(&fig.value_text),
                        esc(&fig.figure.label)
                    )
                })
                .collect();
            list(&mut out, &items);
        }
    }
    if let Some(p) = &r.pitches {
        heading(&mut out, 2, p.title.as_deref().unwrap_or(l("pitches")));
        paragraphs(&mut out, &p.text);
    }
    if !r.tables.is_empty() {
        heading(&mut out, 2, l("tables"));
        for t in &r.tables {
            let summary = format!("{} {}", esc(l("read_more")), esc(&t.municipality.value));
            let parts = table_parts(t, &l);
            match foldouts {
                Foldouts::Html => {
                    let mut html =
                        format!("<details class=\"verslag-table\"><summary>{summary}</summary>\n");
                    for part in &parts {
                        match part {
                            Part::P(p) => {
                                let _ = writeln!(html, "<p>{p}</p>");
                            }
                            Part::H4(h) => {
                                let _ = writeln!(html, "<h4>{h}</h4>");
                            }
                            Part::List(items) => {
                                let _ =
                                    writeln!(html, "<ul><li>{}</li></ul>", items.join("</li><li>"));
                            }
                        }
                    }
                    html.push_str("</details>");
                    block(&mut out, "html", "", &html);
                }
                Foldouts::DetailsBlock => {
                    let _ = write!(
                        out,
                        "<!-- wp:details -->\n<details class=\"wp-block-details\"><summary>{summary}</summary>"
                    );
                    inner(&mut out, &parts);
                    out.push_str("</details>\n<!-- /wp:details -->\n\n");
                }
                Foldouts::Wpex => {
                    // The network's shortcode as its own article has it, in the record's language.
                    let less = match c.lang {
                        crate::record::Language::Nl => "Lees minder ⇑",
                        crate::record::Language::En => "Read less ⇑",
                    };
                    let open = format!("[wpex more=\"{summary} ⇓\" less=\"{less}\"]");
                    block(&mut out, "shortcode", "", &open);
                    inner(&mut out, &parts);
                    block(&mut out, "shortcode", "", "[/wpex]");
                }
            }
        }
    }
    if let Some(closing) = &r.closing {
        heading(
            &mut out,
            2,
            closing.title.as_deref().unwrap_or(l("closing")),
        );
        if let Some(text) = &closing.text {
            paragraphs(&mut out, text);
        }
        for q in &closing.quotes {
            block(
                &mut out,
                "quote",
                "",
                &format!(
                    "<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>{}</p>\n<!-- /wp:paragraph --><cite>{}</cite></blockquote>",
                    esc(&q.text),
                    person(&q.speaker)
                ),
            );
        }
    }
    if let Some(about) = &r.about {
        heading(&mut out, 2, &about.title);
        paragraphs(&mut out, &about.text);
    }
    if let Some((m, size)) = pdf {
        paragraph(
            &mut out,
            &format!(
                "<a href=\"{}\">{}</a> (PDF, {})",
                esc(&m.url),
                esc(l("download_pdf")),
                esc(size)
            ),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn user_text_runs_no_shortcode_and_closes_no_comment() {
        assert_eq!(
            esc("[gallery ids=\"1\"]"),
            "&#91;gallery ids=&quot;1&quot;&#93;"
        );
        assert!(!esc("a --> b <!-- c").contains("-->"));
        assert!(!esc("a --> b <!-- c").contains("<!--"));
        assert_eq!(esc("Tom & Jerry's"), "Tom &amp; Jerry&#39;s");
        assert_eq!(esc("X\\x3cimg\\x3e"), "X&#92;x3cimg&#92;x3e");
    }
}
