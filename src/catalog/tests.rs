//! The two catalogs against each other and against the code: the same ids with the same
//! arguments in both, and every `msg!` in src/ naming an id that exists with exactly the
//! arguments its messages use.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

type Catalog = BTreeMap<String, BTreeSet<String>>;

fn variables_of_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
            for a in &arguments.named {
                variables_of_inline(&a.value, out);
            }
        }
        _ => {}
    }
}

fn variables(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => variables_of_inline(i, out),
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                pattern(&v.value, out);
            }
        }
    }
}

fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            variables(expression, out);
        }
    }
}

fn catalog(lang: Language) -> Catalog {
    let resource = fluent_syntax::parser::parse(source(lang))
        .unwrap_or_else(|(_, errors)| panic!("{lang:?} catalog does not parse: {errors:?}"));
    let mut out = Catalog::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern(p, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_string(), vars).is_none(),
                "{lang:?}: `{}` twice",
                m.id.name
            );
        }
    }
    out
}

#[test]
fn both_catalogs_have_the_same_ids_and_arguments() {
    let (nl, en) = (catalog(Language::Nl), catalog(Language::En));
    let mut differences = Vec::new();
    for id in nl.keys().chain(en.keys()).collect::<BTreeSet<_>>() {
        match (nl.get(id), en.get(id)) {
            (Some(a), Some(b)) if a != b => {
                differences.push(format!("`{id}`: nl uses {a:?}, en uses {b:?}"))
            }
            (None, _) => differences.push(format!("`{id}` is missing from nl.ftl")),
            (_, None) => differences.push(format!("`{id}` is missing from en.ftl")),
            _ => {}
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
    assert!(nl.len() > 50, "the catalog holds {} messages", nl.len());
}

/// Every `msg!("id", a = …, b = …)` in src/: (file:line, id, argument names).
fn uses() -> Vec<(String, String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src reads") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("catalog/tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a source file reads");
            let mut rest = text.as_str();
            while let Some(at) = rest.find("msg!(") {
                let line = text[..text.len() - rest.len() + at].matches('\n').count() + 1;
                rest = &rest[at + 5..];
                let call = balanced(rest);
                let mut parts = split_top(call).into_iter();
                let id = parts.next().unwrap_or_default();
                let id = id.trim().trim_matches('"').to_string();
                let args = parts
                    .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim().to_string()))
                    .filter(|n| !n.is_empty())
                    .collect();
                out.push((format!("{}:{line}", path.display()), id, args));
            }
        }
    }
    out
}

/// The text up to the `)` that closes the call.
fn balanced(s: &str) -> &str {
    let mut depth = 0;
    let mut in_str = false;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '(' | '[' | '{' if !in_str => depth += 1,
            ')' | ']' | '}' if !in_str => {
                if depth == 0 {
                    return &s[..i];
                }
                depth -= 1;
            }
            _ => {}
        }
        prev = if prev == '\\' && c == '\\' { ' ' } else { c };
    }
    s
}

/// Splits at the commas outside brackets and strings.
fn split_top(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut in_str, mut start, mut prev) = (0, false, 0, ' ');
    for (i, c) in s.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '(' | '[' | '{' | '<' if !in_str => depth += 1,
            ')' | ']' | '}' | '>' if !in_str && depth > 0 => depth -= 1,
            ',' if !in_str && depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        prev = if prev == '\\' && c == '\\' { ' ' } else { c };
    }
    parts.push(&s[start..]);
    parts.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

#[test]
fn every_message_the_code_names_exists_with_its_arguments() {
    let en = catalog(Language::En);
    let mut problems = Vec::new();
    let uses = uses();
    for (place, id, args) in &uses {
        match en.get(id) {
            None => problems.push(format!("{place}: `{id}` is not in the catalog")),
            Some(vars) if vars != args => problems.push(format!(
                "{place}: `{id}` is given {args:?}, its messages use {vars:?}"
            )),
            _ => {}
        }
    }
    let named: BTreeSet<&str> = uses.iter().map(|(_, id, _)| id.as_str()).collect();
    // The help texts and the form's field labels are looked up by made-up ids; `cli::help`'s
    // and `studio::form`'s own tests walk them.
    let unnamed = en.keys().filter(|id| {
        !id.starts_with("help-") && !id.starts_with("field-") && !named.contains(id.as_str())
    });
    for id in unnamed {
        problems.push(format!("`{id}` is in the catalog but no code names it"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_message_is_shown_in_its_language_with_its_arguments_as_typed() {
    let t = crate::msg!(
        "unknown-key",
        name = "sumary",
        place = crate::msg!("place-top")
    );
    assert_eq!(
        t.show(Language::En),
        "unknown key `sumary` at the top level"
    );
    assert_eq!(
        t.show(Language::Nl),
        "onbekende sleutel `sumary` op het hoogste niveau"
    );
}
