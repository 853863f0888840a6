//! The README's layer table holds: no `crate::`/`super::` path points up a row, no cycle
//! between top-level modules, every module in the table. A fixture with bad imports shows the
//! check can fail.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One row of the README's layer table: its name and the top-level modules in it.
struct Row {
    name: String,
    modules: Vec<String>,
}

/// One edge: a file's path to another top-level module.
struct Edge {
    from: String,
    to: String,
    place: String,
}

/// Reads the layer table: the rows under the `| layer | modules | what |` header, first row
/// highest. A module is a backticked `name.rs` or `name/` outside parentheses.
fn rows(readme: &str) -> Vec<Row> {
    let mut lines = readme
        .lines()
        .skip_while(|l| !l.starts_with("| layer | modules |"));
    lines.next();
    lines.next();
    let mut rows = Vec::new();
    for line in lines.take_while(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (name, modules) = (cells[1], cells[2]);
        let mut depth = 0;
        let mut outside = String::new();
        for c in modules.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        let modules = outside
            .split('`')
            .skip(1)
            .step_by(2)
            .filter_map(|m| m.strip_suffix(".rs").or_else(|| m.strip_suffix('/')))
            .map(str::to_string)
            .collect();
        rows.push(Row {
            name: name.to_string(),
            modules,
        });
    }
    rows
}

/// The text with comments, string and char literals blanked (newlines kept, so lines count).
fn code_only(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                blank(&mut out, b[i]);
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, b[i]);
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&b, i) {
            let hashes = b[i + 1..].iter().take_while(|&&h| h == '#').count();
            if b.get(i + 1 + hashes) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let start = i;
            i += 2 + hashes;
            while i < b.len() {
                if b[i] == '"'
                    && b[i + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|&&h| h == '#')
                        .count()
                        == hashes
                {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            b[start..i].iter().for_each(|&c| blank(&mut out, c));
        } else if c == '"' {
            blank(&mut out, c);
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    blank(&mut out, b[i]);
                    i += 1;
                }
                if i < b.len() {
                    blank(&mut out, b[i]);
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' && is_char_literal(&b, i) {
            blank(&mut out, c);
            i += 1;
            while i < b.len() && b[i] != '\'' {
                if b[i] == '\\' {
                    blank(&mut out, b[i]);
                    i += 1;
                }
                blank(&mut out, b[i]);
                i += 1;
            }
            out.push(' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(b: &[char], i: usize) -> bool {
    i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_')
}

/// `'x'` or `'\n'` is a char literal; `'a` in `&'a str` is a lifetime.
fn is_char_literal(b: &[char], i: usize) -> bool {
    match b.get(i + 1) {
        Some('\\') => true,
        Some(_) => b.get(i + 2) == Some(&'\''),
        None => false,
    }
}

/// The code with every item under `#[cfg(test)]` blanked: up to its `;` or its matching `}`.
fn without_tests(code: &str) -> String {
    let mut out: Vec<char> = code.chars().collect();
    let marker: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut i = 0;
    while i + marker.len() <= out.len() {
        if out[i..i + marker.len()] != marker[..] {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut depth = 0;
        while j < out.len() {
            match out[j] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                ';' if depth == 0 => break,
                _ => {}
            }
            j += 1;
        }
        let end = j.min(out.len() - 1);
        for c in &mut out[i..=end] {
            if *c != '\n' {
                *c = ' ';
            }
        }
        i = j;
    }
    out.into_iter().collect()
}

/// The module path of a file under src/: `src/mail/send.rs` is `[mail, send]`, `mod.rs` its
/// folder, `lib.rs` the root.
fn module_path(rel: &str) -> Vec<String> {
    let rel = rel.strip_suffix(".rs").unwrap_or(rel);
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The top-level modules each `crate::`, `super::` (and, in main.rs, `verslag::`) path of
/// one file reaches, with its line.
fn paths(rel: &str, text: &str) -> Vec<(String, usize)> {
    let chars: Vec<char> = without_tests(&code_only(text)).chars().collect();
    let here = module_path(rel);
    let roots: &[&str] = if rel == "main.rs" {
        &["verslag", "crate"]
    } else {
        &["crate"]
    };
    let mut found = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\n' {
            line += 1;
        }
        if ident_before(&chars, i) || !chars[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == ':')
        {
            i += 1;
        }
        let path: String = chars[start..i].iter().collect();
        let segs: Vec<&str> = path.split("::").collect();
        let (base, rest) = if roots.contains(&segs[0]) {
            (&here[..0], &segs[1..])
        } else if segs[0] == "super" {
            let ups = segs.iter().take_while(|s| **s == "super").count();
            (&here[..here.len().saturating_sub(ups)], &segs[ups..])
        } else {
            continue;
        };
        let targets = match (base.first(), rest.first()) {
            (Some(top), _) => vec![top.clone()],
            (None, Some(first)) if !first.is_empty() => vec![first.to_string()],
            // `crate::{a, b::c}`: the first word of each top-level item of the group.
            (None, _) => group_heads(&chars[i..]),
        };
        found.extend(targets.into_iter().map(|t| (t, line)));
    }
    found
}

/// The first word of each comma-separated item of the `{...}` group that starts `after`.
fn group_heads(after: &[char]) -> Vec<String> {
    let text: String = after.iter().collect();
    let Some(body) = text.trim_start().strip_prefix('{') else {
        return Vec::new();
    };
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    let mut word = String::new();
    for c in body.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => item_start = true,
            c if item_start && (c.is_alphanumeric() || c == '_') => word.push(c),
            _ if item_start && !word.is_empty() => {
                heads.push(std::mem::take(&mut word));
                item_start = false;
            }
            _ => {}
        }
    }
    if !word.is_empty() {
        heads.push(word);
    }
    heads
}

/// Every problem with the layering of the crate whose README and src/ files are given
/// (paths relative to src/, with `/`).
fn problems(readme: &str, files: &BTreeMap<String, String>) -> Vec<String> {
    let rows = rows(readme);
    let mut rank = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        for m in &row.modules {
            rank.insert(m.clone(), (rows.len() - i, row.name.clone()));
        }
    }
    let mut problems = Vec::new();
    if rows.is_empty() {
        return vec!["README.md: no `| layer | modules | what |` table".to_string()];
    }
    let tops: BTreeSet<String> = files
        .keys()
        .filter(|f| f.as_str() != "lib.rs")
        .map(|f| {
            module_path(f)
                .first()
                .cloned()
                .unwrap_or_else(|| "main".into())
        })
        .collect();
    for top in &tops {
        if !rank.contains_key(top) {
            problems.push(format!(
                "README.md: module `{top}` is missing from the layer table"
            ));
        }
    }
    for listed in rank.keys() {
        if !tops.contains(listed) {
            problems.push(format!(
                "README.md: the layer table lists `{listed}`, which src/ does not have"
            ));
        }
    }
    let mut edges = Vec::new();
    for (rel, text) in files {
        if rel == "lib.rs" {
            continue;
        }
        let from = module_path(rel)
            .first()
            .cloned()
            .unwrap_or_else(|| "main".into());
        for (to, line) in paths(rel, text) {
            if to == from || !tops.contains(&to) {
                continue;
            }
            edges.push(Edge {
                from: from.clone(),
                to,
                place: format!("src/{rel}:{line}"),
            });
        }
    }
    for e in &edges {
        if let (Some((rf, nf)), Some((rt, nt))) = (rank.get(&e.from), rank.get(&e.to))
            && rt > rf
        {
            problems.push(format!(
                "{}: `{}` ({nf}) uses `{}`, which the README puts higher ({nt})",
                e.place, e.from, e.to
            ));
        }
    }
    problems.extend(cycles(&edges));
    problems
}

/// Each circle between top-level modules, as `a -> b -> a` with the place of each step.
fn cycles(edges: &[Edge]) -> Vec<String> {
    let mut graph: BTreeMap<&str, BTreeMap<&str, &str>> = BTreeMap::new();
    for e in edges {
        graph
            .entry(&e.from)
            .or_default()
            .entry(&e.to)
            .or_insert(&e.place);
    }
    let mut found = BTreeSet::new();
    for &start in graph.keys() {
        // Depth-first from `start`, looking for a way back to it through larger names only,
        // so that each circle is reported once, from its smallest module.
        let mut stack = vec![(start, vec![start])];
        while let Some((at, trail)) = stack.pop() {
            for (&to, _) in graph.get(at).into_iter().flatten() {
                if to == start {
                    let mut steps = Vec::new();
                    let mut way = trail.clone();
                    way.push(start);
                    for w in way.windows(2) {
                        steps.push(format!("{} -> {} ({})", w[0], w[1], graph[w[0]][w[1]]));
                    }
                    found.insert(format!("a cycle: {}", steps.join(", ")));
                } else if to > start && !trail.contains(&to) {
                    let mut next = trail.clone();
                    next.push(to);
                    stack.push((to, next));
                }
            }
        }
    }
    found.into_iter().collect()
}

fn read_tree(root: &Path) -> (String, BTreeMap<String, String>) {
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md reads");
    let mut files = BTreeMap::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ reads") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root.join("src")).unwrap();
                let rel = rel.to_string_lossy().replace('\\', "/");
                files.insert(
                    rel,
                    std::fs::read_to_string(&path).expect("a source file reads"),
                );
            }
        }
    }
    (readme, files)
}

#[test]
fn the_crate_keeps_the_readmes_layering() {
    let (readme, files) = read_tree(&crate::common::root());
    let problems = problems(&readme, &files);
    assert!(
        problems.is_empty(),
        "the layering does not hold:\n{}",
        problems.join("\n")
    );
}

#[test]
fn a_crate_with_bad_imports_fails_the_check() {
    let (readme, files) = read_tree(&crate::common::root().join("tests/fixtures/layering"));
    let problems = problems(&readme, &files);
    let expected = [
        "src/record.rs:4: `record` (the ground) uses `report`, which the README puts higher (the outputs)",
        "src/record.rs:9: `record` (the ground) uses `report`, which the README puts higher (the outputs)",
        "src/lock/mod.rs:3: `lock` (the steps) uses `report`, which the README puts higher (the outputs)",
        "README.md: module `stray` is missing from the layer table",
        "README.md: the layer table lists `gone`, which src/ does not have",
        "a cycle: lock -> page (src/lock/mod.rs:5), page -> lock (src/page.rs:3)",
    ];
    for e in expected {
        assert!(
            problems.iter().any(|p| p == e),
            "expected {e:?} in:\n{}",
            problems.join("\n")
        );
    }
    assert_eq!(problems.len(), expected.len(), "{}", problems.join("\n"));
}
