//! The record's sections, read from the TOML tree key by key (see docs/record-format.md).

use super::reader::{Ctx, Obj};
use super::validate;
use crate::msg;
use crate::record::{
    About, Closing, Event, Facts, Figure, Language, Person, Photo, Pitches, Quote, Record, Spanned,
    Status, Table,
};

/// The keys each table of the record may hold; `verslag schema` is checked against these.
pub mod keys {
    pub const RECORD: &[&str] = &[
        "version", "event", "photos", "facts", "pitches", "tables", "closing", "about",
    ];
    pub const EVENT: &[&str] = &[
        "title",
        "subtitle",
        "kind",
        "date",
        "location",
        "organizer",
        "language",
        "intro",
        "core_group",
        "status",
        "review_by",
    ];
    pub const PHOTO: &[&str] = &["file", "caption", "alt", "credit", "cover"];
    pub const PERSON: &[&str] = &["name", "role", "organization"];
    pub const FACTS: &[&str] = &["title", "speaker", "text", "figures"];
    pub const FIGURE: &[&str] = &["label", "value", "unit", "source"];
    pub const PITCHES: &[&str] = &["title", "text"];
    pub const TABLE: &[&str] = &[
        "municipality",
        "host",
        "core_member",
        "pitch",
        "question",
        "solutions",
        "summary",
        "approved",
        "approved_note",
    ];
    pub const CLOSING: &[&str] = &["title", "text", "quotes"];
    pub const QUOTE: &[&str] = &["text", "speaker"];
    pub const ABOUT: &[&str] = &["title", "text"];
}

/// Reads a whole record; `None` when any required part is missing or malformed
/// (the problems are in `cx`).
pub fn record(cx: &mut Ctx, root: &Obj<'_, '_>) -> Option<Record> {
    root.deny_unknown(cx, keys::RECORD);
    let version = version(cx, root);
    let event = root.table(cx, "event", true).and_then(|t| event(cx, &t));
    let photos: Vec<_> = root
        .tables(cx, "photos", 0)
        .iter()
        .map(|t| photo(cx, t))
        .collect();
    validate::one_cover(cx, photos.iter().flatten());
    let facts = root.table(cx, "facts", false).map(|t| facts(cx, &t));
    let pitches = root.table(cx, "pitches", false).map(|t| pitches(cx, &t));
    let (municipalities, tables): (Vec<_>, Vec<_>) = root
        .tables(cx, "tables", 1)
        .iter()
        .map(|t| table(cx, t))
        .unzip();
    validate::unique_municipalities(cx, &municipalities);
    if let Some(event) = &event {
        validate::approved_after_event(cx, &event.date, &tables);
    }
    let closing = root.table(cx, "closing", false).map(|t| closing(cx, &t));
    let about = root.table(cx, "about", false).map(|t| about(cx, &t));

    Some(Record {
        version: version?,
        event: event?,
        photos: photos.into_iter().collect::<Option<_>>()?,
        facts: facts.transpose_all()?,
        pitches: pitches.transpose_all()?,
        tables: tables
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .filter(|t| !t.is_empty())?,
        closing: closing.transpose_all()?,
        about: about.transpose_all()?,
    })
}

/// The record format version: 1, or a located error.
pub fn version(cx: &mut Ctx, root: &Obj<'_, '_>) -> Option<i64> {
    let version = root.req_int(cx, "version");
    if let Some(v) = &version
        && v.value != crate::record::FORMAT_VERSION
    {
        cx.error_key(
            "version",
            v.span.clone(),
            msg!(
                "version-unsupported",
                version = v.value,
                supported = crate::record::FORMAT_VERSION
            ),
            Some(msg!("hint-version-unsupported")),
        );
    }
    version.map(|v| v.value)
}

/// `Option<Option<T>>` of an optional section: absent is fine, present-but-broken is not.
trait TransposeAll<T> {
    fn transpose_all(self) -> Option<Option<T>>;
}

impl<T> TransposeAll<T> for Option<Option<T>> {
    fn transpose_all(self) -> Option<Option<T>> {
        match self {
            None => Some(None),
            Some(Some(v)) => Some(Some(v)),
            Some(None) => None,
        }
    }
}

fn event(cx: &mut Ctx, t: &Obj<'_, '_>) -> Option<Event> {
    t.deny_unknown(cx, keys::EVENT);
    let title = t.req_str(cx, "title");
    let subtitle = t.opt_str(cx, "subtitle");
    let kind = t.opt_str(cx, "kind");
    let date = t.req_date(cx, "date");
    if let Some(date) = &date {
        validate::date_matches_folder(cx, date);
    }
    let location = t.opt_str(cx, "location");
    let organizer = t.req_str(cx, "organizer");
    let language = language(cx, t);
    if let Some(l) = language {
        cx.language = l;
    }
    let intro = t.req_text(cx, "intro");
    let core_group = t.str_array(cx, "core_group", 0);
    let status = status(cx, t);
    let review_by = t.opt_date(cx, "review_by");
    if let (Some(status), Some(date)) = (&status, &date) {
        validate::review(cx, status, review_by.as_ref(), date);
    }
    Some(Event {
        title: title?.value,
        subtitle,
        kind,
        date: date?,
        location,
        organizer: organizer?.value,
        language: language?,
        intro: intro?,
        core_group: core_group.map(|c| c.value).unwrap_or_default(),
        status: status?,
        review_by,
    })
}

/// `status = "draft" | "final"`, "final" when left out.
fn status(cx: &mut Ctx, t: &Obj<'_, '_>) -> Option<Spanned<Status>> {
    let Some(Spanned { value, span }) = t.opt_str_spanned(cx, "status") else {
        return Some(Spanned {
            value: Status::Final,
            span: t.span(),
        });
    };
    let status = match value.as_str() {
        "final" => Status::Final,
        "draft" => Status::Draft,
        other => {
            let lower = other.to_lowercase();
            let hint = if lower == "draft" || lower == "final" {
                msg!("hint-status-small-letters", status = lower)
            } else {
                msg!("hint-status")
            };
            cx.error_key(
                &t.key_path("status"),
                span,
                msg!("status-unknown", path = t.key_path("status"), value = other),
                Some(hint),
            );
            return None;
        }
    };
    Some(Spanned {
        value: status,
        span,
    })
}

pub fn language(cx: &mut Ctx, t: &Obj<'_, '_>) -> Option<Language> {
    let Some(Spanned { value, span }) = t.opt_str_spanned(cx, "language") else {
        return Some(Language::default());
    };
    match value.as_str() {
        "nl" => Some(Language::Nl),
        "en" => Some(Language::En),
        other => {
            cx.error_key(
                &t.key_path("language"),
                span,
                msg!(
                    "language-unknown",
                    path = t.key_path("language"),
                    value = other
                ),
                Some(msg!("hint-language")),
            );
            None
        }
    }
}

fn photo(cx: &mut Ctx, t: &Obj<'_, '_>) -> Option<Photo> {
    t.deny_unknown(cx, keys::PHOTO);
    let file = t.req_path(cx, "file");
    let caption = t.req_str(cx, "caption");
    let alt = t.opt_str(cx, "alt");
    if alt.is_none()
        && let Some(caption) = &caption
    {
        validate::no_alt(cx, t.path(), caption);
    }
    let credit = t.opt_str(cx, "credit");
    let cover = t.opt_bool(cx, "cover").unwrap_or(Spanned {
        value: false,
        span: t.span(),
    });
    let resolved = file
        .as_ref()
        .and_then(|f| validate::photo_file(cx, t.path(), f));
    let caption = caption?.value;
    Some(Photo {
        file: file?,
        alt: alt.unwrap_or_else(|| caption.clone()),
        caption,
        credit,
        cover,
        key: t.path().to_string(),
        resolved: resolved.as_ref()?.0.clone(),
        size: resolved?.1,
    })
}

pub fn person(cx: &mut Ctx, t: &Obj<'_, '_>, key: &str, required: bool) -> Option<Option<Person>> {
    let Some(p) = t.table(cx, key, required) else {
        // Absent optional person: fine. Absent required or malformed: reported already.
        return (!required && !t.has(key)).then_some(None);
    };
    p.deny_unknown(cx, keys::PERSON);
    let name = p.req_str(cx, "name");
    let role = p.opt_str(cx, "role");
    let organization = p.opt_str(cx, "organization");
    Some(Some(Person {
        name: name?.value,
        role,
        organization,
    }))
}

fn facts(cx: &mut Ctx, t: &Obj<'_, '_>) -> Option<Facts> {
    t.deny_unknown(cx, keys::FACTS);
    let title = t.opt_str(cx, "title");
    let speaker = person(cx, t, "speaker", false);
    let text = t.req_text(cx, "text");
    let figures: Vec<_> = t
        .tables(cx, "figures", 0)
        .iter()
        .map(|f| {
            f.deny_unknown(cx, keys::FIGURE);
            let label = f.req_str(cx, "label");
            let value = f.req_number(cx, "value");
            if let Some(n) = &value {
                validate::thousands_point(cx, &f.key_path("value"), n);
            }
            let unit = f.opt_str(cx, "unit");
            let source = f.opt_str(cx, "source");
            let value = value?;
            Some(Figure {
                label: label?.value,
                value: value.value,
                unit,
                source,
                written: value.written,
            })
        })
        .collect();
    Some(Facts {
        title,
        speaker: speaker?,
        text: text?,
        figures: figures.into_iter().collect::<Option<_>>()?,
    })
}

fn pitches(cx: &mut Ctx, t: &Obj<'_, '_>) -> Option<Pitches> {
    t.deny_unknown(cx, keys::PITCHES);
    let title = t.opt_str(cx, "title");
    let text = t.req_text(cx, "text");
    Some(Pitches { title, text: text? })
}

/// A table, and its municipality apart so that duplicates are found even in broken tables.
fn table(cx: &mut Ctx, t: &Obj<'_, '_>) -> (Option<Spanned<String>>, Option<Table>) {
    t.deny_unknown(cx, keys::TABLE);
    let municipality = t.req_str(cx, "municipality");
    let host = person(cx, t, "host", true);
    let core_member = person(cx, t, "core_member", false);
    let pitch = t.opt_text(cx, "pitch");
    let question = t.req_text(cx, "question");
    let solutions = t.str_array(cx, "solutions", 1);
    if let Some(s) = &solutions {
        validate::one_solution_holding_a_list(cx, &t.key_path("solutions"), s);
    }
    let summary = t.opt_text(cx, "summary");
    let approved = t.opt_date(cx, "approved");
    let approved_note = t.opt_str(cx, "approved_note");
    let table = (|| {
        Some(Table {
            municipality: municipality.clone()?,
            host: host??,
            core_member: core_member?,
            pitch,
            question: question?,
            solutions: solutions?.value,
            summary,
            approved,
            approved_note,
        })
    })();
    (municipality, table)
}

fn closing(cx: &mut Ctx, t: &Obj<'_, '_>) -> Option<Closing> {
    t.deny_unknown(cx, keys::CLOSING);
    let title = t.opt_str(cx, "title");
    let text = t.opt_text(cx, "text");
    let quotes: Vec<_> = t
        .tables(cx, "quotes", 0)
        .iter()
        .map(|q| {
            q.deny_unknown(cx, keys::QUOTE);
            let text = q.req_str(cx, "text");
            let speaker = person(cx, q, "speaker", true);
            Some(Quote {
                text: text?.value,
                speaker: speaker??,
            })
        })
        .collect();
    Some(Closing {
        title,
        text,
        quotes: quotes.into_iter().collect::<Option<_>>()?,
    })
}

fn about(cx: &mut Ctx, t: &Obj<'_, '_>) -> Option<About> {
    t.deny_unknown(cx, keys::ABOUT);
    let title = t.req_str(cx, "title");
    let text = t.req_text(cx, "text");
    Some(About {
        title: title?.value,
        text: text?,
    })
}
