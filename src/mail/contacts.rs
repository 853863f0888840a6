//! The contacts file (`events/contacts.toml`): aldermen and their addresses, validated like a
//! record, with the same located diagnostics.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostics::{Diagnostic, line_col};
use crate::load::reader::{Ctx, Obj};
use crate::record::Spanned;

#[derive(Debug, Clone)]
pub struct Contact {
    pub name: Spanned<String>,
    pub email: Spanned<String>,
    pub municipality: Spanned<String>,
    pub role: Option<String>,
}

pub struct Contacts {
    pub list: Vec<Contact>,
    /// The file's text, for problems located in it.
    pub source: std::sync::Arc<str>,
}

pub fn load(path: &Path) -> Result<Contacts, Vec<Diagnostic>> {
    let source = crate::load::read_source(path).map_err(|d| {
        let mut d = d;
        d.hint.get_or_insert_with(|| {
            Box::new(
            "write the aldermen's addresses in this file (`verslag new` writes one to fill in), \
             or name another file with --contacts:\n\
             [[contacts]] per alderman, with name = \"Erwin Jansma\", municipality = \"Baarn\", \
             email = \"e.jansma@baarn.nl\""
                .into(),
            )
        });
        vec![d]
    })?;
    let mut cx = Ctx::new(path.to_path_buf(), source.clone());
    let root = match toml::de::DeTable::parse(&source) {
        Ok(root) => root,
        Err(e) => {
            cx.error(
                e.span().unwrap_or(0..0),
                format!("TOML syntax: {}", e.message().lines().next().unwrap_or("")),
                None,
            );
            return Err(cx.diags);
        }
    };
    let root = Obj::root(&root);
    root.deny_unknown(&mut cx, &["contacts"]);
    let mut list = Vec::new();
    for t in root.tables(&mut cx, "contacts", 1) {
        t.deny_unknown(&mut cx, &["name", "email", "municipality", "role"]);
        let name = t.req_str(&mut cx, "name");
        let email = t.req_str(&mut cx, "email");
        let municipality = t.req_str(&mut cx, "municipality");
        let role = t.opt_str(&mut cx, "role");
        if let Some(e) = &email
            && let Err(why) = check_address(&e.value)
        {
            cx.error(
                e.span.clone(),
                format!(
                    "`{}`: \"{}\" is not an e-mail address: {why}",
                    t.key_path("email"),
                    e.value
                ),
                Some("write it as name@domain.nl".into()),
            );
        }
        if let (Some(name), Some(email), Some(municipality)) = (name, email, municipality) {
            list.push(Contact {
                name,
                email,
                municipality,
                role,
            });
        }
    }
    duplicates(&mut cx, &list);
    if cx.diags.is_empty() {
        Ok(Contacts { list, source })
    } else {
        cx.diags.sort_by_key(Diagnostic::sort_key);
        Err(cx.diags)
    }
}

/// The same address twice, or the same person of the same municipality twice.
fn duplicates(cx: &mut Ctx, list: &[Contact]) {
    let mut by_email: HashMap<String, usize> = HashMap::new();
    let mut by_person: HashMap<(String, String), usize> = HashMap::new();
    for (i, c) in list.iter().enumerate() {
        let email = c.email.value.to_lowercase();
        let person = (
            crate::names::fold(&c.municipality.value),
            crate::names::fold(&c.name.value),
        );
        for (span, first) in [
            (&c.email.span, by_email.get(&email).copied()),
            (&c.name.span, by_person.get(&person).copied()),
        ] {
            if let Some(first) = first {
                let (line, _) = line_col(&cx.source, list[first].name.span.start);
                cx.error(
                    span.clone(),
                    format!("`contacts[{i}]` repeats contacts[{first}] (line {line})"),
                    Some("keep one entry per alderman".into()),
                );
            }
        }
        by_email.entry(email).or_insert(i);
        by_person.entry(person).or_insert(i);
    }
}

/// A plain check of an address: what lettre will accept, explained.
fn check_address(s: &str) -> Result<(), &'static str> {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return Err("there is no @");
    };
    if local.is_empty() || domain.is_empty() {
        return Err("text is missing before or after the @");
    }
    if s.chars()
        .any(|c| c.is_whitespace() || c == ',' || c == ';' || c == '<' || c == '>')
    {
        return Err("it holds a space, comma, semicolon or angle bracket");
    }
    if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
        return Err("the part after the @ is not a domain such as example.org");
    }
    s.parse::<lettre::Address>()
        .map(|_| ())
        .map_err(|_| "it is not a valid address")
}
