//! The hostile-input corpus through `build`: every broken record (tests/cli/common/cases.rs) must
//! end with exit code 1, exactly its located messages, and no output file at all. Photos,
//! templates, brands and contacts have their own cases in photos.rs, build.rs and mail.rs;
//! markup in every field and emoji / right-to-left names must render literally (build.rs).

use crate::common;

use common::cases::RECORDS;
use common::{scratch, stderr, stdout, verslag};

#[test]
fn every_broken_record_fails_the_build_and_writes_nothing() {
    let tmp = scratch();
    let mut failures = Vec::new();
    for (i, (case, expected)) in RECORDS.iter().enumerate() {
        let dir = format!("tests/records/{case}");
        let out = tmp.path().join(format!("out{i}"));
        let o = verslag(&[
            "build",
            "--format",
            "short",
            "-o",
            out.to_str().unwrap(),
            &dir,
        ]);
        let want = common::cases::expected(
            &dir,
            expected,
            "found; no report was written for a failed event",
        );
        let problems = [
            (o.status.code() != Some(1)).then(|| format!("exit {:?}", o.status.code())),
            (stderr(&o) != want).then(|| format!("--- got\n{}--- want\n{want}", stderr(&o))),
            (!stdout(&o).is_empty()).then(|| format!("stdout: {}", stdout(&o))),
            out.exists()
                .then(|| format!("{} was created", out.display())),
        ];
        for p in problems.into_iter().flatten() {
            failures.push(format!("{case}: {p}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_record_with_only_warnings_builds_and_says_them() {
    let tmp = scratch();
    let mut failures = Vec::new();
    for (i, (case, expected)) in common::cases::WARNINGS.iter().enumerate() {
        let dir = format!("tests/records/{case}");
        let out = tmp.path().join(format!("out{i}"));
        let o = verslag(&[
            "build",
            "--format",
            "short",
            "-o",
            out.to_str().unwrap(),
            &dir,
        ]);
        // The build may add its own warnings (a small photo prints soft).
        let got = stderr(&o);
        let missing: Vec<_> = expected.iter().filter(|l| !got.contains(*l)).collect();
        let pdf = out.join(&case[..4]).join(format!("{}.pdf", &case[5..]));
        let problems = [
            (o.status.code() != Some(0)).then(|| format!("exit {:?}", o.status.code())),
            (!missing.is_empty()).then(|| format!("--- got\n{got}--- missing\n{missing:?}")),
            (!pdf.is_file()).then(|| format!("no {}", pdf.display())),
        ];
        for p in problems.into_iter().flatten() {
            failures.push(format!("{case}: {p}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
