//! Tokens: words, numbers and punctuation with their byte spans.
//!
//! Entry: [`tokenize`]. A word keeps its internal apostrophes, hyphens and periods
//! ("Russia’s", "one-on-one", "U.S."), so later stages can look at `’s` without re-scanning.

use super::Span;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// Starts with an uppercase letter.
    pub capitalized: bool,
    /// Letters or digits (not punctuation).
    pub is_word: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.clone()]
    }
}

fn token_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)
            (?:\p{Lu}\.){2,}                                  # U.S. U.K. (with final period)
            | \p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?\b              # 1,100 and 2,500.75
            | [\p{L}\p{N}]+(?:['’\-&.][\p{L}\p{N}]+)*(?:['’]s?\b)?  # words, Russia’s, one-on-one
            | \S                                              # any other single character
            ",
        )
        .expect("token regex is valid")
    })
}

/// Splits `text[range]` into tokens whose spans index `text`.
pub fn tokenize(text: &str, range: Span) -> Vec<Token> {
    let base = range.start;
    let token = |span: Span| {
        let first = text[span.clone()].chars().next().unwrap_or(' ');
        Token {
            capitalized: first.is_uppercase(),
            is_word: first.is_alphanumeric(),
            span,
        }
    };
    let mut out = Vec::new();
    for m in token_regex().find_iter(&text[range]) {
        let (start, end) = (base + m.start(), base + m.end());
        let mut from = start;
        for stop in missing_space_stops(m.as_str()) {
            out.push(token(from..start + stop));
            out.push(token(start + stop..start + stop + 1));
            from = start + stop + 1;
        }
        out.push(token(from..end));
    }
    out
}

/// The periods inside a word that end a sentence whose space went missing: "said.Trump",
/// "vote.Amid" (a lower-case word of two letters or more, then a capitalised word); not
/// "fivethirtyeight.com", "Ph.D" or "e.g".
fn missing_space_stops(word: &str) -> impl Iterator<Item = usize> + '_ {
    word.match_indices('.').map(|(at, _)| at).filter(|&at| {
        let mut after = word[at + 1..].chars();
        word[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_lowercase())
            .count()
            >= 2
            && after.next().is_some_and(char::is_uppercase)
            && after.next().is_some_and(char::is_lowercase)
    })
}

/// The word without a possessive ending: "Russia’s" → "Russia", "countries’" → "countries".
pub fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if !base.is_empty() {
                return (base, true);
            }
        }
    }
    (word, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len())
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn abbreviations_possessives_and_hyphens_stay_whole() {
        assert_eq!(
            words("The U.S. backed Russia’s one-on-one talks, Mr. Putin said."),
            [
                "The",
                "U.S.",
                "backed",
                "Russia’s",
                "one-on-one",
                "talks",
                ",",
                "Mr",
                ".",
                "Putin",
                "said",
                "."
            ]
        );
    }

    #[test]
    fn thousands_separators_keep_a_number_whole_but_a_list_apart() {
        assert_eq!(
            words("About 1,100 of 2,500.5 votes, 3,4"),
            ["About", "1,100", "of", "2,500.5", "votes", ",", "3", ",", "4"]
        );
    }

    #[test]
    fn a_period_whose_space_went_missing_parts_two_words() {
        assert_eq!(
            words("Trump said.Trump's aides and Ph.D students read fivethirtyeight.com."),
            [
                "Trump",
                "said",
                ".",
                "Trump's",
                "aides",
                "and",
                "Ph.D",
                "students",
                "read",
                "fivethirtyeight.com",
                "."
            ]
        );
    }

    #[test]
    fn spans_slice_the_input() {
        let text = "“I’ve built a close relationship,” Xi added.";
        for t in tokenize(text, 0..text.len()) {
            assert!(text.get(t.span.clone()).is_some());
        }
    }

    #[test]
    fn possessives_are_stripped() {
        assert_eq!(strip_possessive("Russia’s"), ("Russia", true));
        assert_eq!(strip_possessive("NATO's"), ("NATO", true));
        assert_eq!(strip_possessive("Putin"), ("Putin", false));
    }
}
