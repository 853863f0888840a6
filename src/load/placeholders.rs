//! The texts `verslag new` writes to be replaced (marked between « and » in its templates,
//! `assets::NEW_*`): a record or contacts file that still holds one is refused at its place.

use crate::assets::{NEW_CONTACTS_EN, NEW_CONTACTS_NL, NEW_RECORD_EN, NEW_RECORD_NL};

/// Whether a record's text is still one `verslag new` wrote to be replaced, in either
/// language (compared with white space collapsed, so a re-wrapped text is found too).
pub fn is_placeholder(text: &str) -> bool {
    static ALL: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            [
                NEW_RECORD_NL,
                NEW_RECORD_EN,
                NEW_CONTACTS_NL,
                NEW_CONTACTS_EN,
            ]
            .iter()
            .flat_map(|t| t.split('«').skip(1))
            .filter_map(|rest| rest.split_once('»'))
            .map(|(text, _)| collapse(text))
            .collect()
        });
    ALL.contains(&collapse(text))
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
