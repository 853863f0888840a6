//! Authoring comfort: the editor schema, shell completions, manual pages and help texts,
//! each driven through the real binary.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{EXAMPLE, scratch, stderr, stdout, verslag};
use serde_json::Value;

/// A record as the JSON an editor validates: TOML dates become strings, as Taplo does.
pub fn toml_as_json(path: &Path) -> Value {
    fn convert(v: toml::Value) -> Value {
        match v {
            toml::Value::String(s) => Value::String(s),
            toml::Value::Integer(i) => Value::from(i),
            toml::Value::Float(f) => Value::from(f),
            toml::Value::Boolean(b) => Value::Bool(b),
            toml::Value::Datetime(d) => Value::String(d.to_string()),
            toml::Value::Array(a) => Value::Array(a.into_iter().map(convert).collect()),
            toml::Value::Table(t) => {
                Value::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect())
            }
        }
    }
    let text = std::fs::read_to_string(path).unwrap();
    convert(toml::from_str::<toml::Value>(&text).unwrap())
}

fn schema_validator() -> jsonschema::Validator {
    let out = verslag(&["schema"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let schema: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::validator_for(&schema).unwrap()
}

fn problems(v: &jsonschema::Validator, record: &Path) -> Vec<String> {
    let json = toml_as_json(record);
    v.iter_errors(&json)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_schema_accepts_the_example_and_every_good_record() {
    let v = schema_validator();
    let good = [
        format!("{EXAMPLE}/event.toml"),
        "tests/records/2022/2022-11-01-valid-minimal/event.toml".into(),
        "tests/records/2022/2022-11-01-markup/event.toml".into(),
        "tests/records/2022/2022-11-01-mail/event.toml".into(),
    ];
    for record in good {
        let check = verslag(&["check", &record]);
        assert_eq!(check.status.code(), Some(0), "{record}: {}", stderr(&check));
        assert_eq!(
            problems(&v, Path::new(&record)),
            Vec::<String>::new(),
            "{record}"
        );
    }
}

#[test]
fn the_schema_rejects_what_check_rejects_for_shape() {
    let v = schema_validator();
    let cases = [
        (
            "unknown-key",
            "/tables/0: Additional properties are not allowed ('sumary' was unexpected)",
        ),
        (
            "unknown-key-far",
            "/event: Additional properties are not allowed ('colour' was unexpected)",
        ),
        (
            "missing-organizer",
            "/event: \"organizer\" is a required property",
        ),
        (
            "blank-title",
            "/event/title: \"   \" does not match \"\\S\"",
        ),
        (
            "language-de",
            "/event/language: \"de\" is not one of \"nl\" or \"en\"",
        ),
        ("version-2", "/version: 2 is greater than the maximum of 1"),
        ("version-missing", ": \"version\" is a required property"),
        ("no-tables", ": \"tables\" is a required property"),
        (
            "empty-solutions",
            "/tables/0/solutions: [] has less than 1 item",
        ),
    ];
    let mut failures = Vec::new();
    for (case, want) in cases {
        let record = format!("tests/records/2022/2022-11-01-{case}/event.toml");
        let got = problems(&v, Path::new(&record));
        if !got.iter().any(|p| p == want) {
            failures.push(format!("{case}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_committed_schema_is_current_and_records_point_to_it() {
    let out = verslag(&["schema"]);
    let committed = std::fs::read_to_string("events/record.schema.json").unwrap();
    assert_eq!(
        committed,
        stdout(&out),
        "events/record.schema.json is stale: run `verslag schema -o events/record.schema.json`"
    );
    let example = std::fs::read_to_string(format!("{EXAMPLE}/event.toml")).unwrap();
    let directive = example.lines().next().unwrap();
    assert_eq!(directive, "#:schema ../../record.schema.json");
    let target = Path::new(EXAMPLE).join("../../record.schema.json");
    assert!(target.is_file(), "{} is not a file", target.display());

    let tmp = scratch();
    let file = tmp.path().join("sub/schema.json");
    let o = verslag(&["schema", "--output", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), committed);
}

#[test]
fn a_new_record_carries_the_schema_and_passes_it() {
    let tmp = scratch();
    let events = tmp.path().join("events");
    let o = verslag(&[
        "new",
        "2024-03-14",
        "praktijktafel-soest",
        "--events",
        events.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let record = events.join("2024/2024-03-14-praktijktafel-soest/event.toml");
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(text.starts_with("#:schema ../../record.schema.json\n"));
    let schema = std::fs::read_to_string(events.join("record.schema.json")).unwrap();
    assert_eq!(schema, stdout(&verslag(&["schema"])));
    // And the year record's, for a year.toml beside the events.
    let year = std::fs::read_to_string(events.join("year.schema.json")).unwrap();
    assert_eq!(year, stdout(&verslag(&["schema", "--year"])));
    assert_eq!(problems(&schema_validator(), &record), Vec::<String>::new());
}

/// Asks bash's completion function what it offers for `line` (completing its last word).
fn bash_complete(script: &Path, line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split(' ').collect();
    let program = format!(
        "source {script}\nCOMP_WORDS=({words})\nCOMP_CWORD={cword}\nCOMP_LINE='{line}'\n\
         COMP_POINT=${{#COMP_LINE}}\n_verslag verslag '{last}' '{prev}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script = script.display(),
        words = words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" "),
        cword = words.len() - 1,
        last = words[words.len() - 1],
        prev = words[words.len() - 2],
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(program)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out).lines().map(str::to_string).collect()
}

#[test]
fn bash_completion_offers_commands_and_options() {
    let tmp = scratch();
    let script = tmp.path().join("verslag.bash");
    let out = verslag(&["completions", "bash"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::write(&script, &out.stdout).unwrap();
    assert_eq!(bash_complete(&script, "verslag bu"), ["build"]);
    assert_eq!(bash_complete(&script, "verslag w"), ["watch", "web"]);
    let options = bash_complete(&script, "verslag build --");
    for want in [
        "--output",
        "--brand",
        "--templates",
        "--cache-dir",
        "--format",
    ] {
        assert!(options.iter().any(|o| o == want), "{want} in {options:?}");
    }
    assert_eq!(
        bash_complete(&script, "verslag completions p"),
        ["powershell"]
    );
}

#[test]
fn completions_exist_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = verslag(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let text = stdout(&out);
        for word in ["archive", "watch", "smtp-url", "cache-dir"] {
            assert!(text.contains(word), "{shell} lacks {word}");
        }
    }
    let bad = verslag(&["completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("invalid value 'tcsh'"),
        "{}",
        stderr(&bad)
    );
}

const COMMANDS: &[&str] = &[
    "new",
    "check",
    "build",
    "watch",
    "archive",
    "verify",
    "mail",
    "studio",
    "templates",
    "schema",
    "completions",
    "man",
];

#[test]
fn manual_pages_cover_every_command_and_render() {
    let out = verslag(&["man"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let main = stdout(&out);
    assert!(main.contains(".TH verslag 1"), "{main}");
    for command in COMMANDS {
        assert!(
            main.contains(&format!("verslag\\-{command}(1)")),
            "{command}"
        );
    }

    let tmp = scratch();
    let dir = tmp.path().join("man1");
    let o = verslag(&["man", "--output", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.join("verslag.1")).unwrap(),
        main
    );
    for command in COMMANDS {
        let page = dir.join(format!("verslag-{command}.1"));
        let text = std::fs::read_to_string(&page).unwrap();
        assert!(
            text.contains("Example"),
            "{} has no example",
            page.display()
        );
    }
    assert!(dir.join("verslag-templates-export.1").is_file());

    // Typeset by groff as `man` would, when the machine has it: no warnings, real text.
    if Command::new("groff").arg("-v").output().is_ok() {
        let page = dir.join("verslag-build.1");
        let out = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", page.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(stderr(&out), "");
        assert!(stdout(&out).contains("verslag build events/2022/"));
    }
}

#[test]
fn every_command_explains_itself_with_an_example() {
    let top = verslag(&["--help"]);
    let top = stdout(&top);
    for command in COMMANDS {
        assert!(
            top.contains(&format!("  {command} ")),
            "{command} in --help"
        );
        let args: Vec<&str> = if *command == "templates" {
            vec!["templates", "export", "--help"]
        } else {
            vec![command, "--help"]
        };
        let help = stdout(&verslag(&args));
        assert!(help.contains("Example"), "{command} --help has no example");
    }
}
