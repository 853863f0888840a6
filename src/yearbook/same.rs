//! When two solutions are the same: lower-cased, punctuation removed, accents folded, stop
//! words dropped and every word stemmed with the Snowball stemmer of the record's language,
//! they have the same set of stems: "Eén loket voor de werkgevers" is "Werkgevers: één loket!".

use std::collections::BTreeSet;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use crate::record::Language;

/// The Snowball project's Dutch stop words.
const DUTCH: &[&str] = &[
    "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
    "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of",
    "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je",
    "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u",
    "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al",
    "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles",
    "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen",
    "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest",
    "andere",
];

/// The Snowball project's English stop words (without the contractions).
const ENGLISH: &[&str] = &[
    "i",
    "me",
    "my",
    "myself",
    "we",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "what",
    "which",
    "who",
    "whom",
    "this",
    "that",
    "these",
    "those",
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "doing",
    "would",
    "should",
    "could",
    "ought",
    "a",
    "an",
    "the",
    "and",
    "but",
    "if",
    "or",
    "because",
    "as",
    "until",
    "while",
    "of",
    "at",
    "by",
    "for",
    "with",
    "about",
    "against",
    "between",
    "into",
    "through",
    "during",
    "before",
    "after",
    "above",
    "below",
    "to",
    "from",
    "up",
    "down",
    "in",
    "out",
    "on",
    "off",
    "over",
    "under",
    "again",
    "further",
    "then",
    "once",
    "here",
    "there",
    "when",
    "where",
    "why",
    "how",
    "all",
    "any",
    "both",
    "each",
    "few",
    "more",
    "most",
    "other",
    "some",
    "such",
    "no",
    "nor",
    "not",
    "only",
    "own",
    "same",
    "so",
    "than",
    "too",
    "very",
];

/// What a solution comes down to: its set of stems. Empty when it has only stop words.
pub fn key(text: &str, lang: Language) -> BTreeSet<String> {
    let (stop, algorithm) = match lang {
        Language::Nl => (DUTCH, Algorithm::Dutch),
        Language::En => (ENGLISH, Algorithm::English),
    };
    let stemmer = Stemmer::create(algorithm);
    let lower = text.to_lowercase();
    // Punctuation separates words ("WSP:" is "wsp"; "bedrijven-kring" two words).
    let plain: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let folded: String = plain
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    folded
        .split_whitespace()
        .filter(|w| !stop.contains(w))
        .map(|w| stemmer.stem(w).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str, lang: Language) -> bool {
        let (ka, kb) = (key(a, lang), key(b, lang));
        !ka.is_empty() && ka == kb
    }

    #[test]
    fn wording_punctuation_accents_and_stop_words_do_not_count() {
        let nl = Language::Nl;
        assert!(same(
            "Eén loket voor de werkgevers",
            "Werkgevers: één loket!",
            nl
        ));
        assert!(same(
            "Eén loket voor werkgevers",
            "een loket voor werkgever",
            nl
        ));
        assert!(same("Persoonlijk contact", "persoonlijke contacten", nl));
        assert!(same(
            "Bedrijvenkring, centraal!",
            "centraal bedrijvenkring",
            nl
        ));
        assert!(!same("Eén loket", "Eén loket voor werkgevers", nl));
        assert!(!same(
            "Buddy voor werkgevers",
            "Buddy voor statushouders",
            nl
        ));
        assert!(same(
            "Mentors for employers",
            "a mentor for the employers",
            Language::En
        ));
        assert!(key("de en van", nl).is_empty());
    }
}
