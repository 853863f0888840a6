//! The WordPress REST API of one site, over HTTPS (or HTTP on this computer) with an
//! application password: the API's root found from the home page's `Link` header (else
//! `/?rest_route=`), and every answer that is not JSON from WordPress (a redirect, an HTML
//! page, a PHP notice, a limit) turned into a problem that says what to do. A redirect is
//! never followed: a POST must not become a GET elsewhere.

use std::time::Duration;

use base64::Engine as _;
use serde_json::Value as Json;

use crate::diagnostics::Diagnostic;
use crate::msg;
use crate::web::url_segment;

pub struct Site {
    /// The site's address as the brand names it, without a trailing `/`.
    pub home: String,
    /// The API's root: ends in `/` (`…/wp-json/`) or in `rest_route=/`.
    api: String,
    agent: ureq::Agent,
    auth: String,
}

/// An answer: its status and JSON body.
pub struct Reply {
    pub status: u16,
    pub json: Json,
}

fn problem(site: &str, message: crate::catalog::Message) -> Diagnostic {
    Diagnostic::file(site, message)
}

impl Site {
    /// Finds the API of `home` and checks the login: the user and application password get
    /// to the REST API and may write posts.
    pub fn connect(
        home: &str,
        user: &str,
        password: &str,
        timeout: Duration,
    ) -> Result<Site, Diagnostic> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(format!("verslag/{}", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        let mut site = Site {
            home: home.to_string(),
            api: format!("{home}/?rest_route=/"),
            agent,
            auth: format!("Basic {token}"),
        };
        let answer = site
            .agent
            .get(&format!("{home}/"))
            .call()
            .map_err(|e| site.transport(e))?;
        let status = answer.status().as_u16();
        if (300..400).contains(&status) {
            let to = location(&answer);
            return Err(problem(home, msg!("publish-redirect", to = &to))
                .with_hint(msg!("hint-publish-redirect", to = &to)));
        }
        let link = answer
            .headers()
            .get_all("link")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .find(|l| l.contains("rel=\"https://api.w.org/\""))
            .and_then(|l| Some(l.split_once('<')?.1.split_once('>')?.0.to_string()));
        // Only an API on the site itself: the login goes with every request, and a `Link` to
        // http:// (a site behind a TLS proxy) or to another host must not get it.
        let own = |root: &str| {
            root.strip_prefix(home)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']))
        };
        if let Some(root) = link.filter(|r| own(r)) {
            site.api = if root.ends_with('/') || root.contains("rest_route=") {
                root
            } else {
                format!("{root}/")
            };
        }
        let me = site.get("wp/v2/users/me", &[("context", "edit")])?;
        match me.status {
            200 => {}
            401 => {
                return Err(problem(home, msg!("publish-login-refused", user = user))
                    .with_hint(msg!("hint-publish-login-refused")));
            }
            404 => {
                return Err(
                    problem(home, msg!("publish-no-api")).with_hint(msg!("hint-publish-no-api"))
                );
            }
            _ => return Err(site.refused(&me, "users/me")),
        }
        let can = |c: &str| me.json["capabilities"][c].as_bool() == Some(true);
        if !(can("edit_posts") && can("upload_files")) {
            return Err(problem(home, msg!("publish-role", user = user))
                .with_hint(msg!("hint-publish-role")));
        }
        Ok(site)
    }

    /// The address of `route` with `query`.
    fn url(&self, route: &str, query: &[(&str, &str)]) -> String {
        let mut url = format!("{}{route}", self.api);
        let mut sep = if url.contains('?') { '&' } else { '?' };
        for (k, v) in query {
            url.push(sep);
            url.push_str(&format!("{}={}", url_segment(k), url_segment(v)));
            sep = '&';
        }
        url
    }

    fn transport(&self, e: ureq::Error) -> Diagnostic {
        let hint = match &e {
            ureq::Error::Timeout(_) => msg!("hint-publish-timeout"),
            _ if e.to_string().to_ascii_lowercase().contains("tls")
                || e.to_string().to_ascii_lowercase().contains("certificate") =>
            {
                msg!("hint-publish-tls")
            }
            _ => msg!("hint-publish-unreachable"),
        };
        problem(
            &self.home,
            msg!("publish-unreachable", reason = e.to_string()),
        )
        .with_hint(hint)
    }

    fn reply(
        &self,
        answer: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
        size: usize,
    ) -> Result<Reply, Diagnostic> {
        let mut answer = answer.map_err(|e| self.transport(e))?;
        let status = answer.status().as_u16();
        if (300..400).contains(&status) {
            let to = location(&answer);
            return Err(problem(&self.home, msg!("publish-redirect", to = &to))
                .with_hint(msg!("hint-publish-redirect", to = &to)));
        }
        if status == 413 {
            return Err(problem(
                &self.home,
                msg!(
                    "publish-too-large",
                    size = crate::web::data::file_size(size, false)
                ),
            )
            .with_hint(msg!("hint-publish-too-large")));
        }
        if status == 429 {
            return Err(problem(&self.home, msg!("publish-too-many"))
                .with_hint(msg!("hint-publish-too-many")));
        }
        let text = answer
            .body_mut()
            .with_config()
            .limit(16 * 1024 * 1024)
            .read_to_string()
            .map_err(|e| self.transport(e))?;
        let json = match serde_json::from_str::<Json>(&text) {
            Ok(j) => j,
            Err(_) => {
                let start: String = text.trim().chars().take(120).collect();
                let notice = text.contains("<b>Notice</b>")
                    || text.contains("<b>Warning</b>")
                    || text.contains("<b>Deprecated</b>");
                let status = status.to_string();
                let m = if notice {
                    msg!("publish-php-notice", status = status, start = start)
                } else {
                    msg!("publish-not-json", status = status, start = start)
                };
                return Err(problem(&self.home, m).with_hint(msg!("hint-publish-not-json")));
            }
        };
        Ok(Reply { status, json })
    }

    pub fn get(&self, route: &str, query: &[(&str, &str)]) -> Result<Reply, Diagnostic> {
        let answer = self
            .agent
            .get(&self.url(route, query))
            .header("Authorization", &self.auth)
            .call();
        self.reply(answer, 0)
    }

    pub fn post(&self, route: &str, body: &Json) -> Result<Reply, Diagnostic> {
        let answer = self
            .agent
            .post(&self.url(route, &[]))
            .header("Authorization", &self.auth)
            .send_json(body);
        self.reply(answer, 0)
    }

    pub fn delete(&self, route: &str) -> Result<Reply, Diagnostic> {
        let answer = self
            .agent
            .delete(&self.url(route, &[("force", "true")]))
            .header("Authorization", &self.auth)
            .call();
        self.reply(answer, 0)
    }

    /// Uploads `bytes` as a media item named `file`, with the fields of `query`.
    pub fn upload(
        &self,
        file: &str,
        kind: &str,
        bytes: &[u8],
        query: &[(&str, &str)],
    ) -> Result<Reply, Diagnostic> {
        let answer = self
            .agent
            .post(&self.url("wp/v2/media", query))
            .header("Authorization", &self.auth)
            .header("Content-Type", kind)
            .header(
                "Content-Disposition",
                &format!("attachment; filename=\"{file}\""),
            )
            .send(bytes);
        self.reply(answer, bytes.len())
    }

    /// A refusal of WordPress's own, in its words (`code`: `message`).
    pub fn refused(&self, r: &Reply, what: &str) -> Diagnostic {
        let code = r.json["code"].as_str().unwrap_or_default();
        let said = r.json["message"].as_str().unwrap_or_default();
        let hint = match r.status {
            401 => msg!("hint-publish-login-refused"),
            403 => msg!("hint-publish-role"),
            _ => msg!("hint-publish-refused"),
        };
        problem(
            &self.home,
            msg!(
                "publish-refused",
                what = what,
                status = r.status.to_string(),
                code = code,
                said = said
            ),
        )
        .with_hint(hint)
    }
}

fn location(answer: &ureq::http::Response<ureq::Body>) -> String {
    answer
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("?")
        .to_string()
}
