//! Paragraphs, boilerplate and sentences.
//!
//! Entry: [`segment`]. Paragraphs are blocks separated by blank lines; a text without blank lines
//! has one paragraph per line (wire copy often does). Boilerplate paragraphs ("Source link",
//! copyright lines; `data/boilerplate.tsv`) are set aside. Sentences end at `.`, `!` or `?`
//! (after any closing quote mark) followed by a capital, a digit or an opening quote, unless the
//! word before the period is an abbreviation ("Mr.", "U.S."; `data/abbreviations.tsv`).

use super::token::{tokenize, Token};
use super::Span;
use crate::lexicon::Lexicon;

/// The layout of a text.
#[derive(Debug, Default, Clone)]
pub struct Segments {
    /// Content paragraphs (boilerplate excluded).
    pub paragraphs: Vec<Span>,
    pub boilerplate: Vec<Span>,
    /// Sentences of the content paragraphs, in text order.
    pub sentences: Vec<Span>,
    /// For each sentence, the index of its paragraph in `paragraphs`.
    pub sentence_paragraph: Vec<usize>,
    /// Paragraphs that are photo captions ("X meets Y in Moscow on March 21, 2023."): real
    /// content, but not part of the story's flow for pronouns and "that day".
    pub captions: Vec<bool>,
}

impl Segments {
    /// Whether the content paragraph `paragraph` is a photo caption.
    pub fn is_caption(&self, paragraph: usize) -> bool {
        self.captions.get(paragraph).copied().unwrap_or(false)
    }

    /// Index of the content paragraph holding a byte offset (its end included). Paragraphs are
    /// in text order and separated by line breaks: a binary search.
    pub fn paragraph_of(&self, byte: usize) -> Option<usize> {
        let i = self
            .paragraphs
            .partition_point(|p| p.start <= byte)
            .checked_sub(1)?;
        (byte <= self.paragraphs[i].end).then_some(i)
    }
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.clone()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// Paragraph spans of a text.
pub fn paragraphs(text: &str) -> Vec<Span> {
    static BLANK_LINE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let blank = BLANK_LINE
        .get_or_init(|| regex::Regex::new(r"\n[ \t\r]*\n").expect("blank-line regex is valid"));
    let separators: Vec<Span> = if blank.is_match(text) {
        blank.find_iter(text).map(|m| m.range()).collect()
    } else {
        text.match_indices('\n').map(|(i, _)| i..i + 1).collect()
    };
    let mut out = Vec::new();
    let mut start = 0;
    for sep in separators
        .into_iter()
        .chain(std::iter::once(text.len()..text.len()))
    {
        let span = trim_span(text, start..sep.start);
        if !span.is_empty() {
            out.push(span);
        }
        start = sep.end;
    }
    out
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '«' | '„')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '»' | '\'')
}

/// Sentence spans inside a paragraph.
pub fn sentences(text: &str, paragraph: Span, lexicon: &Lexicon) -> Vec<Span> {
    let tokens = tokenize(text, paragraph.clone());
    let mut out = Vec::new();
    let mut start = paragraph.start;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].text(text);
        let is_terminal = matches!(t, "." | "!" | "?" | "…")
            || (t.ends_with('.') && t.len() > 2 && is_initialism(t));
        if is_terminal {
            // Absorb closing quotes and brackets after the terminal mark.
            let mut end_index = i;
            while end_index + 1 < tokens.len() {
                let next = tokens[end_index + 1].text(text);
                let c = next.chars().next().unwrap_or(' ');
                let touching = tokens[end_index + 1].span.start == tokens[end_index].span.end;
                // `… to cut waste. " And the chancellor said …`: a double mark standing alone
                // after the sentence closes its quote (an opening one touches its first word).
                let alone = matches!(c, '"' | '”')
                    && tokens
                        .get(end_index + 2)
                        .is_none_or(|after| after.span.start > tokens[end_index + 1].span.end);
                if (touching || alone)
                    && (is_close_quote(c) || c == ')')
                    && next.chars().count() == 1
                {
                    end_index += 1;
                } else {
                    break;
                }
            }
            let next = tokens.get(end_index + 1);
            let nyt_open = next
                .is_some_and(|n| opens_with_two_apostrophes(text, n, tokens.get(end_index + 2)));
            let closes_quote = end_index > i;
            if ends_sentence(text, &tokens, i, next, nyt_open, closes_quote, lexicon) {
                let end = tokens[end_index].span.end;
                out.push(trim_span(text, start..end));
                start = next.map_or(paragraph.end, |n| n.span.start);
                i = end_index + 1;
                continue;
            }
        }
        i += 1;
    }
    if start < paragraph.end {
        let span = trim_span(text, start..paragraph.end);
        if !span.is_empty() {
            out.push(span);
        }
    }
    out
}

pub(super) fn is_initialism(word: &str) -> bool {
    // "U.S." — letters separated by periods.
    word.split('.')
        .filter(|p| !p.is_empty())
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

fn ends_sentence(
    text: &str,
    tokens: &[Token],
    i: usize,
    next: Option<&Token>,
    nyt_open: bool,
    closes_quote: bool,
    lexicon: &Lexicon,
) -> bool {
    let Some(next) = next else { return true };
    let next_text = next.text(text);
    let next_first = next_text.chars().next().unwrap_or(' ');
    let opens_quote = is_open_quote(next_first) || nyt_open;
    // "… rose. (The French are fans, he said.)", "… work. (“We waited,” she said.)": a
    // sentence set in brackets.
    let opens_bracket = next_text == "("
        && text[next.span.end..]
            .trim_start_matches(['"', '“', '‘'])
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    let starts_new =
        next.capitalized || next_first.is_ascii_digit() || opens_quote || opens_bracket;
    if !starts_new {
        return false;
    }
    // `… the U.S. “must” act`: a quotation opening in lower case goes on the sentence.
    let opens_sentence_quote = opens_quote
        && text[next.span.end..]
            .trim_start_matches(['\'', '"', '“', '‘', ' '])
            .chars()
            .next()
            .is_none_or(|c| !c.is_lowercase());
    let t = tokens[i].text(text);
    if t == "." && i > 0 {
        let prev = &tokens[i - 1];
        let attached = prev.span.end == tokens[i].span.start;
        let abbrev = format!("{}.", prev.text(text));
        // "… of Velmark Corp. The agency said": a firm's legal form ends a sentence, like
        // "U.S." below, when a typical sentence opener follows.
        if attached && lexicon.name_words.legal_suffix.contains(abbrev.as_str()) {
            return opens_sentence(lexicon, next_text) || opens_sentence_quote;
        }
        if attached && lexicon.abbreviations.contains(&abbrev) {
            return false;
        }
        // A single capital letter and a period is an initial: "John F. Kennedy"; not when a
        // quotation closes after it (`… Cell Block H." Labour …`).
        if attached && prev.text(text).chars().count() == 1 && prev.capitalized && !closes_quote {
            return false;
        }
    }
    if t.ends_with('.') && t.len() > 2 && is_initialism(t) {
        // "U.S." ends a sentence only when a typical sentence opener follows.
        return opens_sentence(lexicon, next_text) || opens_sentence_quote;
    }
    true
}

/// Words that go on a clause and all but never open a sentence of news: Reuters wire copy
/// capitalises the word after "U.S." ("the U.S. And Japan", "the U.S. Has asked").
const NEVER_OPENS: &[&str] = &[
    "and", "or", "nor", "to", "of", "than", "has", "have", "had", "is", "was", "are", "were", "be",
    "been", "will", "would", "could", "should", "said", "says", "which", "who", "from",
];

/// Whether `word` after an abbreviation's period is a typical sentence opener: a function word,
/// but not one that only ever goes on a clause.
fn opens_sentence(lexicon: &Lexicon, word: &str) -> bool {
    let lower = word.to_lowercase();
    lexicon.stopwords.contains(&lower) && !NEVER_OPENS.contains(&lower.as_str())
}

/// The New York Times opens a quote with two apostrophes: `pool. ''Without these …`.
fn opens_with_two_apostrophes(text: &str, next: &Token, after: Option<&Token>) -> bool {
    next.text(text) == "'"
        && after.is_some_and(|a| a.text(text) == "'" && a.span.start == next.span.end)
}

/// Whether a paragraph reads like a photo caption: one sentence, a present-tense verb and a full
/// date with a year ("… meets with … in Moscow on March 21, 2023.").
fn is_caption(text: &str, sentences: &[Span]) -> bool {
    if sentences.len() != 1 {
        return false;
    }
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"\b(?:meets|walks|speaks|attends|arrives|looks|shakes|gestures|listens|poses|delivers|holds|waves|stands|sits|greets|talks|leaves|visits|reviews|inspects)\b.*\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?$",
        )
        .expect("caption regex is valid")
    });
    re.is_match(&text[sentences[0].clone()])
}

/// Segments a whole text.
pub fn segment(text: &str, lexicon: &Lexicon) -> Segments {
    let mut seg = Segments::default();
    for p in paragraphs(text) {
        let body = &text[p.clone()];
        if lexicon.boilerplate.is_match(body.trim()) {
            seg.boilerplate.push(p);
            continue;
        }
        let index = seg.paragraphs.len();
        let sents = sentences(text, p.clone(), lexicon);
        seg.captions.push(is_caption(text, &sents));
        for s in sents {
            seg.sentences.push(s);
            seg.sentence_paragraph.push(index);
        }
        seg.paragraphs.push(p);
    }
    // Everything after the first boilerplate line at the end of an article is boilerplate too
    // when it is short (syndication footers run over several lines).
    seg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let lx = Lexicon::get();
        sentences(text, 0..text.len(), lx)
            .into_iter()
            .map(|s| &text[s])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Putin met U.S. officials. The talks were long."),
            ["Mr. Putin met U.S. officials.", "The talks were long."]
        );
        assert_eq!(
            split("It was published by Bloomberg L.P. on Tuesday. Then it ended."),
            [
                "It was published by Bloomberg L.P. on Tuesday.",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn a_word_that_never_opens_a_sentence_goes_on_after_an_initialism() {
        // Wire copy capitalises the word after "U.S.": "the U.S. And Japan".
        assert_eq!(
            split("Exports to the U.S. And Japan rose. The U.S. Has asked for talks."),
            [
                "Exports to the U.S. And Japan rose.",
                "The U.S. Has asked for talks."
            ]
        );
        assert_eq!(
            split("He lives in the U.S. The firm is in Ohio."),
            ["He lives in the U.S.", "The firm is in Ohio."]
        );
    }

    #[test]
    fn a_quoted_word_in_lower_case_goes_on_after_an_initialism() {
        assert_eq!(
            split("She said the U.S. “clearly” needed a new plan. He agreed."),
            [
                "She said the U.S. “clearly” needed a new plan.",
                "He agreed."
            ]
        );
        assert_eq!(
            split("He lives in the U.S. “We are staying,” he said."),
            ["He lives in the U.S.", "“We are staying,” he said."]
        );
    }

    #[test]
    fn a_sentence_in_brackets_is_a_sentence() {
        assert_eq!(
            split("Ratings rose. (The French love the show, Ann Lee said.) Then it ended."),
            [
                "Ratings rose.",
                "(The French love the show, Ann Lee said.)",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn a_firms_legal_form_ends_a_sentence_before_a_sentence_opener() {
        assert_eq!(
            split("Moody's cut the ratings of Velmark Corp. The agency said the debt was risky."),
            [
                "Moody's cut the ratings of Velmark Corp.",
                "The agency said the debt was risky."
            ]
        );
        assert_eq!(
            split("Velmark Corp. Chief Executive Tom Hale said profits rose."),
            ["Velmark Corp. Chief Executive Tom Hale said profits rose."]
        );
    }

    #[test]
    fn a_closing_quote_belongs_to_the_sentence_it_closes() {
        assert_eq!(
            split("“We agreed,” Xi said. “It is over.” Putin left."),
            ["“We agreed,” Xi said.", "“It is over.”", "Putin left."]
        );
    }

    #[test]
    fn a_closing_mark_standing_alone_after_the_period_closes_that_sentence() {
        assert_eq!(
            split("He said: \"We will cut waste. \" And Ann Lee said the figures were wrong."),
            [
                "He said: \"We will cut waste. \"",
                "And Ann Lee said the figures were wrong."
            ]
        );
    }

    #[test]
    fn a_capital_letter_closing_a_quote_ends_its_sentence() {
        assert_eq!(
            split("He said: \"It was like Cell Block H.\" Labour had failed, he said."),
            vec![
                "He said: \"It was like Cell Block H.\"",
                "Labour had failed, he said."
            ]
        );
        assert_eq!(
            split("John F. Kennedy spoke."),
            vec!["John F. Kennedy spoke."]
        );
    }

    #[test]
    fn two_apostrophes_open_a_sentence() {
        assert_eq!(
            split("He said he was building a pool. ''Without it, we fail,'' he said."),
            [
                "He said he was building a pool.",
                "''Without it, we fail,'' he said."
            ]
        );
    }

    #[test]
    fn paragraphs_follow_blank_lines_or_lines() {
        let blank = "Headline\n\nFirst para\ncontinues.\n\nSecond.";
        let spans: Vec<_> = paragraphs(blank).into_iter().map(|s| &blank[s]).collect();
        assert_eq!(spans, ["Headline", "First para\ncontinues.", "Second."]);
        let lines = "One.\nTwo.\nThree.";
        let spans: Vec<_> = paragraphs(lines).into_iter().map(|s| &lines[s]).collect();
        assert_eq!(spans, ["One.", "Two.", "Three."]);
    }

    #[test]
    fn boilerplate_is_set_aside() {
        let text = "Putin spoke.\n\nSource link\n\n© 2023 Bloomberg L.P";
        let seg = segment(text, Lexicon::get());
        assert_eq!(seg.paragraphs.len(), 1);
        assert_eq!(seg.boilerplate.len(), 2);
    }

    #[test]
    fn captions_are_recognised() {
        let text = "Mishustin meets with Xi Jinping in Moscow on March 21, 2023.";
        let seg = segment(text, Lexicon::get());
        assert!(seg.captions[0]);
    }
}
