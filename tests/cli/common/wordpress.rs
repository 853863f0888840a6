//! A real WordPress on loopback for the publish tests (`tests/wordpress/start.sh`: Debian's
//! wordpress package, a scratch MariaDB and PHP's server), started once per test run and used
//! by one test at a time. Without the packages the tests skip, loudly, unless
//! VERSLAG_WP_TESTS=required (as `.ci/run` sets it), when they fail.

use std::path::Path;
use std::process::Command;
use std::sync::{Mutex, MutexGuard, OnceLock};

use base64::Engine as _;

pub struct WordPress {
    pub url: String,
    pub user: String,
    pub password: String,
    /// PHP's server's log: every request the site got.
    pub log: std::path::PathBuf,
}

static SITE: OnceLock<Option<WordPress>> = OnceLock::new();
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The site, held for this test alone; `None` (the test skips) without the packages.
pub fn site() -> Option<(MutexGuard<'static, ()>, &'static WordPress)> {
    let wp = SITE.get_or_init(start).as_ref()?;
    let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    Some((guard, wp))
}

fn start() -> Option<WordPress> {
    let missing: Vec<&str> = [
        (!Path::new("/usr/share/wordpress/wp-load.php").is_file()).then_some("wordpress"),
        (!Path::new("/usr/sbin/mariadbd").is_file()).then_some("mariadb-server"),
        Command::new("php")
            .arg("-v")
            .output()
            .is_err()
            .then_some("php-cli"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        let message = format!("the publish tests need Debian's {}", missing.join(", "));
        if std::env::var("VERSLAG_WP_TESTS").is_ok_and(|v| v == "required") {
            panic!("{message}; VERSLAG_WP_TESTS=required");
        }
        eprintln!("\n*** SKIPPED: {message}; .ci/run installs them ***\n");
        return None;
    }
    let dir = super::root()
        .join("target/test-wordpress")
        .join(std::process::id().to_string());
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let o = Command::new(super::root().join("tests/wordpress/start.sh"))
        .arg(&dir)
        .arg(port.to_string())
        .arg(std::process::id().to_string())
        .stderr(std::process::Stdio::inherit())
        .output()
        .expect("tests/wordpress/start.sh runs");
    let line = String::from_utf8_lossy(&o.stdout);
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert!(
        o.status.success() && fields.len() == 3,
        "WordPress did not start: {line}"
    );
    Some(WordPress {
        url: fields[0].to_string(),
        user: fields[1].to_string(),
        password: fields[2].to_string(),
        log: dir.join("php.log"),
    })
}

impl WordPress {
    /// `METHOD /wp-json/ROUTE` as the user, with `body` as JSON when given; its JSON.
    fn call(
        &self,
        method: &str,
        route: &str,
        body: Option<serde_json::Value>,
    ) -> serde_json::Value {
        let token = base64::engine::general_purpose::STANDARD
            .encode(format!("{}:{}", self.user, self.password));
        let url = format!("{}/wp-json/{route}", self.url);
        let request = ureq::http::Request::builder()
            .method(method)
            .uri(&url)
            .header("Authorization", format!("Basic {token}"))
            .header("Content-Type", "application/json");
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut answer = agent.run(request.body(body).unwrap()).unwrap();
        let text = answer.body_mut().read_to_string().unwrap();
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {url}: {text}"))
    }

    /// `GET /wp-json/ROUTE` as the user, its JSON.
    pub fn get(&self, route: &str) -> serde_json::Value {
        self.call("GET", route, None)
    }

    /// How many writes (POST, PUT, PATCH, DELETE) the site has answered so far, from PHP's
    /// server's log.
    pub fn writes(&self) -> usize {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter(|l| {
                ["POST", "PUT", "PATCH", "DELETE"]
                    .iter()
                    .any(|m| l.contains(&format!("]: {m} ")))
            })
            .count()
    }

    /// `POST /wp-json/ROUTE` as the user (an editor at work on the site), its JSON.
    pub fn post(&self, route: &str, body: serde_json::Value) -> serde_json::Value {
        self.call("POST", route, Some(body))
    }

    /// `DELETE /wp-json/ROUTE` (to the trash, unless the route says `force`).
    pub fn delete(&self, route: &str) -> serde_json::Value {
        self.call("DELETE", route, None)
    }

    /// The brand of a test in `dir`, with this site.
    pub fn brand(&self, dir: &Path) -> std::path::PathBuf {
        super::brand_with(dir, &format!("[wordpress]\nsite = \"{}\"\n", self.url))
    }
}
