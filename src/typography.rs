//! How text is set in print and on the web, whatever its language: typographic apostrophes.

/// Typewriter apostrophes as a typesetter prints them: `'` is ’ (U+2019) everywhere, a
/// leading one too (`'s-Hertogenbosch`, `van 't Hof`), and a ‘ that a word processor put
/// before `t` or `s` at a word's start is ’ as well (‘t is never a quotation mark).
pub fn apostrophes(s: &mut String) {
    if !s.contains(['\'', '‘']) {
        return;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        let word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        let elided = matches!(chars.get(i + 1), Some('t' | 's'))
            && !chars.get(i + 2).is_some_and(|c| c.is_alphanumeric());
        match c {
            '\'' => out.push('’'),
            '‘' if word_start && elided => out.push('’'),
            c => out.push(c),
        }
    }
    *s = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_are_typographic_and_a_leading_one_is_never_an_opening_quote() {
        let printed = |s: &str| {
            let mut s = s.to_string();
            apostrophes(&mut s);
            s
        };
        assert_eq!(printed("van 't Hof"), "van ’t Hof");
        assert_eq!(printed("O'Neill"), "O’Neill");
        assert_eq!(printed("'s-Hertogenbosch"), "’s-Hertogenbosch");
        assert_eq!(
            printed("‘s-Hertogenbosch en van ‘t Hof"),
            "’s-Hertogenbosch en van ’t Hof"
        );
        assert_eq!(printed("‘sterk’"), "‘sterk’");
        assert_eq!(printed("geen"), "geen");
    }
}
