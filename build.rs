//! Build script: fingerprints of verslag's own code and of its bundled fonts, so that a report
//! made by another verslag (or with other fonts) is known to be stale (see `src/inputs.rs`).

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn main() {
    for watched in ["src", "templates", "fonts", "Cargo.lock", "build.rs"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let code = fingerprint(&["src", "templates", "Cargo.lock"]);
    let fonts = fingerprint(&["fonts"]);
    println!("cargo:rustc-env=VERSLAG_CODE_SHA256={code}");
    println!("cargo:rustc-env=VERSLAG_FONTS_SHA256={fonts}");
}

/// SHA-256 over every file below `roots`: relative path and contents, in sorted order.
fn fingerprint(roots: &[&str]) -> String {
    let mut files = Vec::new();
    for root in roots {
        collect(Path::new(root), &mut files);
    }
    files.sort();
    let mut h = Sha256::new();
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_default();
        h.update(file.to_string_lossy().replace('\\', "/").as_bytes());
        h.update([0]);
        h.update(Sha256::digest(&bytes));
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            collect(&entry.path(), files);
        }
    } else if path.is_file() {
        files.push(path.to_path_buf());
    }
}
