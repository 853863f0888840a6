//! `verslag mail EVENT`: the outbox to review, then `--send`.

use std::time::Duration;

use crate::cli::{MailArgs, SMTP_URL_ENV};
use crate::diagnostics::{Diagnostic, Failure, Origin, Outcome};
use crate::mail;

pub fn run(a: &MailArgs) -> Outcome {
    // A year record is not an event: there is nothing to mail, and nothing is wrong.
    if crate::year::is_year_record(&a.event) {
        crate::console::note(crate::msg!(
            "mail-year-record",
            path = a.event.display().to_string()
        ));
        return Ok(());
    }
    let nothing = |f: Failure| f.closing(crate::msg!("nothing-sent").to_string());
    let setup =
        super::shared::setup(&a.report.look, &a.report.photos).map_err(|d| nothing(d.into()))?;
    let brand = match &a.report.look.brand {
        Some(path) => Origin::File(path.clone().into_boxed_path()),
        None => Origin::File(std::path::Path::new("templates/brand.toml (built in)").into()),
    };
    let connect = || server(a);
    mail::run(&mail::Request {
        event: &a.event,
        contacts: &a.contacts,
        output: &a.report.output,
        outbox: &a.outbox,
        dry_run: a.dry_run,
        resend: &a.resend,
        server: if a.send { Some(&connect) } else { None },
        setup: &setup,
        brand,
        review: a.review,
        without_approval: &a.without_approval,
    })
}

/// The SMTP server of `--smtp-url` or `VERSLAG_SMTP_URL`; a problem names the one it came from.
fn server(a: &MailArgs) -> Result<mail::send::Server, Diagnostic> {
    let given = std::env::args().any(|x| x == "--smtp-url" || x.starts_with("--smtp-url="));
    let origin = |message: crate::catalog::Message| {
        if given {
            Diagnostic::argument("--smtp-url", message)
        } else {
            Diagnostic::env(SMTP_URL_ENV, message)
        }
    };
    let Some(url) = &a.smtp_url else {
        return Err(
            Diagnostic::argument("--smtp-url", crate::msg!("smtp-not-set"))
                .with_hint(crate::msg!("hint-smtp-not-set")),
        );
    };
    mail::send::server(url, Duration::from_secs(a.smtp_timeout)).map_err(origin)
}
