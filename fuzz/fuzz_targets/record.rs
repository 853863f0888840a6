//! Fuzz target: any bytes as `event.toml` through reading (size, BOM, UTF-8), load, validate,
//! the template data and both ways of printing diagnostics. Must never panic.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use verslag::diagnostics::Style;
use verslag::load::{self, EventDir};

/// An event folder with two real photos, so that photo paths in the input can resolve. It is
/// made once per process under the temp folder (`verslag-fuzz-<pid>`).
fn event_dir() -> &'static EventDir {
    static DIR: OnceLock<EventDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("verslag-fuzz-{}", std::process::id()));
        let dir = root.join("2022/2022-11-01-fuzz");
        std::fs::create_dir_all(dir.join("photos")).unwrap();
        let photos = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/photos");
        for name in ["sunset-640.jpg", "friends-alpha.png"] {
            std::fs::copy(photos.join(name), dir.join("photos").join(name)).unwrap();
        }
        std::fs::write(dir.join("event.toml"), "").unwrap();
        load::resolve(&dir).unwrap()
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = event_dir();
    std::fs::write(&dir.toml, data).unwrap();
    match load::load(&dir.dir) {
        Ok(loaded) => {
            let r = &loaded.record;
            let sizes: Vec<_> = r.photos.iter().map(|p| p.size).collect();
            let cover = r.photos.iter().position(|p| p.cover.value);
            let plan = verslag::photos::layout::plan(&sizes, cover);
            let paths: Vec<String> = (0..r.photos.len()).map(|i| format!("/p{i}.jpg")).collect();
            let brand = verslag::brand::Brand::builtin().unwrap();
            let content = verslag::content::of(r, &loaded.source, brand.approvals, &[]);
            let data = verslag::report::data::template_data(content, &brand, &plan, &paths, &[]);
            assert!(serde_json::to_value(&data).is_ok_and(|v| v.is_object()));
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            for d in &diags {
                let _ = d.render(Style::PLAIN);
                let _ = d.short();
            }
        }
    }
});
