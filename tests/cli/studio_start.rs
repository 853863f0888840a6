//! Starting the studio without a terminal's words: the launcher file it installs, and the
//! first page that asks for the events folder when none is given or remembered.

use super::studio::{start_in, status};
use crate::common::{self, scratch};

#[test]
fn the_launcher_names_this_verslag_and_starts_the_studio() {
    let dir = scratch();
    let o = common::command(&["studio", "--install-launcher"])
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let file = dir.path().join("applications/verslag-studio.desktop");
    let entry = std::fs::read_to_string(&file).unwrap();
    let exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_verslag")).unwrap();
    assert!(
        entry.contains(&format!("\nExec=\"{}\" studio\n", exe.display())),
        "{entry}"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(file.metadata().unwrap().permissions().mode() & 0o111, 0o111);
}

#[test]
fn the_first_page_takes_an_empty_folder_refuses_dotdot_and_files_and_is_remembered() {
    let dir = scratch();
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    let empty = dir.path().join("mijn verslagen");
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(dir.path().join("file.txt"), "x").unwrap();
    let env = [("VERSLAG_CONFIG_DIR", config.as_path())];
    let studio = start_in(dir.path(), &[], &env);
    let page = studio.get("/", &studio.cookie());
    assert!(page.contains("Where are your events?"), "{page}");
    let origin = format!("Origin: http://127.0.0.1:{}\r\n", studio.port);
    let choose = |path: &str| {
        let body: String = format!("path={}", path.replace(' ', "+").replace('/', "%2F"));
        studio.post("/choose", &origin, &body)
    };
    let dotdot = format!("{}/../{}", empty.display(), "mijn verslagen");
    for (typed, said) in [
        (dotdot.as_str(), "has `..` in it"),
        ("mijn verslagen", "is not a whole path"),
        (&*dir.path().join("file.txt").to_string_lossy(), "is a file"),
    ] {
        let answer = choose(typed);
        assert_eq!(status(&answer), "422", "{answer}");
        assert!(answer.contains(said), "{typed}: {answer}");
    }
    assert!(!empty.join("contacts.toml").exists());
    let answer = choose(&empty.to_string_lossy());
    assert_eq!(status(&answer), "303", "{answer}");
    assert!(empty.join("contacts.toml").is_file());
    let list = studio.get("/", &studio.cookie());
    assert!(list.contains("Events"), "{list}");
    assert!(!list.contains("Where are your events?"));
    // Chosen once: the first page is gone from this studio.
    assert_eq!(status(&choose("/")), "404");
    drop(studio);

    // Remembered: the next start without --events serves it at once.
    let studio = start_in(dir.path(), &[], &env);
    let list = studio.get("/", &studio.cookie());
    assert!(!list.contains("Where are your events?"), "{list}");
    assert!(list.contains("mijn verslagen"), "{list}");
}

#[test]
fn the_first_page_in_a_real_browser_refuses_dotdot_and_a_file_and_takes_an_empty_folder() {
    let Some(chromium) = crate::browser::tools() else {
        return;
    };
    let dir = scratch();
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    // The organiser's home: a Documents folder with a folder of verslagen and one of other things.
    let home = dir.path().join("home");
    std::fs::create_dir_all(home.join("Documents/Verslagen praktijktafels/2022")).unwrap();
    std::fs::create_dir_all(home.join("Documents/Belastingen")).unwrap();
    let empty = home.join("Documents/Nieuwe map");
    std::fs::create_dir_all(&empty).unwrap();
    let file = home.join("Documents/brief.txt");
    std::fs::write(&file, "x").unwrap();
    // As a Linux desktop names its Documents folder.
    std::fs::create_dir_all(home.join(".config")).unwrap();
    std::fs::write(
        home.join(".config/user-dirs.dirs"),
        "XDG_DOCUMENTS_DIR=\"$HOME/Documents\"\n",
    )
    .unwrap();
    let xdg = home.join(".config");
    let env = [
        ("VERSLAG_CONFIG_DIR", config.as_path()),
        ("HOME", home.as_path()),
        ("XDG_CONFIG_HOME", xdg.as_path()),
    ];
    let studio = start_in(dir.path(), &[], &env);
    let shots = common::root().join("target/studio-shots");
    std::fs::create_dir_all(&shots).unwrap();
    let dotdot = format!("{}/../Nieuwe map", empty.display());
    let r = crate::browser::script(
        "first.mjs",
        &[
            studio.url.as_str(),
            shots.to_str().unwrap(),
            &dotdot,
            file.to_str().unwrap(),
            empty.to_str().unwrap(),
        ],
        &chromium,
    );
    studio.stop();
    // The two refusals answer 422, which Chromium logs; nothing else went wrong.
    let errors: Vec<&serde_json::Value> = r["console_errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e.as_str().unwrap().contains("status of 422"))
        .collect();
    assert!(errors.is_empty(), "{r:#}");
    assert_eq!(r["console_errors"].as_array().unwrap().len(), 2, "{r:#}");
    assert_eq!(r["heading"], "Where are your events?", "{r:#}");
    let offered = r["offered"].to_string();
    assert!(offered.contains("Verslagen praktijktafels"), "{r:#}");
    assert!(
        r["dotdot"]["alert"].to_string().contains("has `..` in it"),
        "{r:#}"
    );
    assert!(
        r["file"]["alert"].to_string().contains("is a file"),
        "{r:#}"
    );
    assert_eq!(r["empty"]["heading"], "Events", "{r:#}");
    assert_eq!(r["empty"]["alert"], serde_json::json!([]), "{r:#}");
    assert!(empty.join("contacts.toml").is_file());
    for width in ["1280", "390"] {
        assert_eq!(r[format!("axe_{width}")], serde_json::json!([]), "{r:#}");
    }
    assert_eq!(r["overflow_390"], false, "{r:#}");
}
