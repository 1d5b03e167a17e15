//! The comparison key of a quotation's words (`ng:textKey`) and its look-up windows
//! (`ng:textWindow`), written at ingest so that the corroboration queries join stored strings
//! instead of normalising and cutting up every quotation of the store at every run.
//!
//! # Rationale
//!
//! `corroborated-quotes` and `conflicting-attributions` match quotations whose words are the
//! same up to case, typographic quotes and spacing. In SPARQL that normalisation is four regular
//! expression replacements per quotation, made three times per query (the shared words, their
//! matches, the rows): most of both queries' time on BBC+Reuters. The rule here is the one the
//! queries had, written with the same regular expressions (Oxigraph evaluates `REPLACE` with the
//! `regex` crate, and `LCASE` with `str::to_lowercase`), so their results are unchanged.
//!
//! A text of 20 characters or more inside another covers whole one of the other's 15-character
//! windows at every sixth offset, so the queries find containment by joining the first six
//! windows of the contained text with the stored windows of every quotation: an equality join
//! on short strings (Oxigraph keeps strings of up to 15 bytes inside its index rows) instead of
//! a comparison of every pair. Cutting the windows in SPARQL took a cascade of joins making about
//! 35 rows per quotation, twice per query: most of both queries' time after the key was stored.

use regex::Regex;
use std::sync::LazyLock;

/// The words of a quotation as the corroboration queries compare them: typographic single
/// quotes and apostrophes made `'`, double quotes made `"`, runs of whitespace one space,
/// leading and trailing whitespace and punctuation dropped, lower case.
/// `“We’ll  SEE.”` → `we'll see`; punctuation inside stays (`a “fair” deal` → `a "fair" deal`).
pub fn quote_text_key(text: &str) -> String {
    static SINGLE_QUOTES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new("[\u{2018}\u{2019}\u{201A}\u{201B}\u{2032}`\u{00B4}]").expect("valid regex")
    });
    static DOUBLE_QUOTES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new("[\u{201C}\u{201D}\u{201E}\u{201F}\u{2033}\u{00AB}\u{00BB}]")
            .expect("valid regex")
    });
    static SPACES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+").expect("valid regex"));
    static EDGES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[\s\p{P}]+|[\s\p{P}]+$").expect("valid regex"));
    let text = SINGLE_QUOTES.replace_all(text, "'");
    let text = DOUBLE_QUOTES.replace_all(&text, "\"");
    let text = SPACES.replace_all(&text, " ");
    let text = EDGES.replace_all(&text, "");
    text.to_lowercase()
}

/// Characters per window (`ng:textWindow`).
pub const WINDOW_CHARS: usize = 15;
/// Characters between the starts of two windows: a text of `WINDOW_CHARS + WINDOW_STEP - 1`
/// (20) characters or more inside a key covers one of its windows whole.
pub const WINDOW_STEP: usize = 6;
/// The last offset a window starts at: quotations are searched up to about 10,000 characters,
/// as the queries did before the windows were stored.
const LAST_WINDOW_START: usize = 9_999;

/// The windows of a quotation's key: its `WINDOW_CHARS`-character substrings starting at every
/// `WINDOW_STEP`th character, when it has 20 characters or more (none otherwise), distinct, in
/// order of first appearance. Characters are Unicode scalar values, as SPARQL's `SUBSTR` counts.
pub fn quote_text_windows(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < WINDOW_CHARS + WINDOW_STEP - 1 {
        return Vec::new();
    }
    let last = (chars.len() - WINDOW_CHARS).min(LAST_WINDOW_START);
    let mut windows: Vec<String> = Vec::new();
    for start in (0..=last).step_by(WINDOW_STEP) {
        let window: String = chars[start..start + WINDOW_CHARS].iter().collect();
        if !windows.contains(&window) {
            windows.push(window);
        }
    }
    windows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_text_keys_fold_case_quotes_spacing_and_edge_punctuation() {
        let cases = [
            ("We will not back down.", "we will not back down"),
            ("“We will NOT  back\ndown”", "we will not back down"),
            ("a “fair” deal", "a \"fair\" deal"),
            ("It’s a ‘fair’ deal", "it's a 'fair' deal"),
            ("...a fair deal, he said!", "a fair deal, he said"),
            ("«Ça suffit»", "ça suffit"),
            ("  \t ", ""),
            ("", ""),
        ];
        for (text, key) in cases {
            assert_eq!(quote_text_key(text), key, "{text:?}");
        }
    }

    #[test]
    fn windows_start_every_sixth_character_of_keys_of_twenty_or_more() {
        assert_eq!(
            quote_text_windows("exactly twenty chars"),
            ["exactly twenty "]
        );
        assert!(quote_text_windows("only nineteen chars").is_empty());
        assert_eq!(
            quote_text_windows("we will not back down now"),
            ["we will not bac", "l not back down"]
        );
        // Characters, not bytes: "é" is one.
        assert_eq!(
            quote_text_windows("café au lait for everyone"),
            ["café au lait fo", "u lait for ever"]
        );
    }

    #[test]
    fn a_contained_text_of_twenty_characters_covers_a_window_among_its_first_six() {
        let outer =
            quote_text_key("He said: We will not back down, whatever they say, and we mean it.");
        let inner = quote_text_key("whatever they say, and we mean");
        let windows = quote_text_windows(&outer);
        let probes: Vec<String> = (0..WINDOW_STEP)
            .map(|d| inner.chars().skip(d).take(WINDOW_CHARS).collect())
            .collect();
        assert!(probes.iter().any(|p| windows.contains(p)));
    }

    #[test]
    fn a_quote_and_its_wording_in_another_outlet_share_a_key() {
        assert_eq!(
            quote_text_key("\u{201C}The talks were constructive,\u{201D}"),
            quote_text_key("the talks were  constructive")
        );
    }
}
