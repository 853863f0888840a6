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
        d.hint
            .get_or_insert_with(|| Box::new(crate::msg!("hint-contacts-file")));
        vec![d]
    })?;
    let mut cx = Ctx::new(path.to_path_buf(), source.clone());
    let root = match toml::de::DeTable::parse(&source) {
        Ok(root) => root,
        Err(e) => {
            cx.error(
                e.span().unwrap_or(0..0),
                crate::msg!(
                    "toml-syntax",
                    detail = e.message().lines().next().unwrap_or("")
                ),
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
            cx.error_key(
                &t.key_path("email"),
                e.span.clone(),
                crate::msg!(
                    "contact-not-an-address",
                    key = t.key_path("email"),
                    address = &e.value,
                    why = why
                ),
                Some(crate::msg!("hint-contact-address")),
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
                cx.error_key(
                    &format!("contacts[{i}]"),
                    span.clone(),
                    crate::msg!("contact-repeated", i = i, first = first, line = line),
                    Some(crate::msg!("hint-contact-repeated")),
                );
            }
        }
        by_email.entry(email).or_insert(i);
        by_person.entry(person).or_insert(i);
    }
}

/// A plain check of an address: what lettre will accept, explained.
fn check_address(s: &str) -> Result<(), crate::catalog::Message> {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return Err(crate::msg!("address-no-at"));
    };
    if local.is_empty() || domain.is_empty() {
        return Err(crate::msg!("address-empty-part"));
    }
    if s.chars()
        .any(|c| c.is_whitespace() || c == ',' || c == ';' || c == '<' || c == '>')
    {
        return Err(crate::msg!("address-bad-character"));
    }
    if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
        return Err(crate::msg!("address-no-domain"));
    }
    s.parse::<lettre::Address>()
        .map(|_| ())
        .map_err(|_| crate::msg!("address-invalid"))
}
