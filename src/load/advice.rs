//! What `check` says of a good record beyond its rules, as warnings: an approval dated after
//! today, and each table still open for review. The studio shows the same at the fields.

use super::Loaded;
use crate::diagnostics::Diagnostic;
use crate::msg;
use crate::record::Date;

impl Loaded {
    /// The warnings `check` adds to the record's own, as of `today`.
    pub fn advice(&self, today: Date) -> Vec<Diagnostic> {
        let mut out = self.approved_in_the_future(today);
        // `build` makes it, but mail, archive and web refuse it while a table is open.
        out.extend(
            self.open_problems(today, |m| format!("--without-approval {m}"))
                .into_iter()
                .map(|(_, mut d)| {
                    d.message = msg!("open-refused-later", problem = &d.message);
                    d.into_warning()
                }),
        );
        out
    }

    /// An approval dated after today is most likely a typo in the year or month.
    fn approved_in_the_future(&self, today: Date) -> Vec<Diagnostic> {
        self.record
            .tables
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.approved.as_ref().map(|a| (i, a)))
            .filter(|(_, a)| a.value > today)
            .map(|(i, a)| {
                Diagnostic::at(
                    &self.dir.toml,
                    &self.source,
                    a.span.clone(),
                    msg!(
                        "approved-in-the-future",
                        i = i,
                        day = a.value.iso(),
                        today = today.iso()
                    ),
                )
                .with_key(format!("tables[{i}].approved"))
                .with_hint(msg!("hint-approved-in-the-future"))
                .into_warning()
            })
            .collect()
    }
}
