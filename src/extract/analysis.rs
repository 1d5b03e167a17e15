//! The working state shared by the extraction stages of one article.
//!
//! Entry: [`Analysis::new`]. It holds the text, its segments and tokens, and the growing entity
//! layer, with the look-ups every later stage needs: which mention ends where, which word is a
//! speech verb, who the subject before a verb is.

use super::segment::Segments;
use super::token::{tokenize, Token};
use super::{AttributionKind, Entity, EntityId, Mention, Span, Statement};
use crate::lexicon::Lexicon;
use chrono::NaiveDate;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// Facts about a mention that only extraction needs.
#[derive(Debug, Clone, Default)]
pub struct MentionInfo {
    /// The mention modifies a title ("Russian" in "Russian Prime Minister Mikhail Mishustin"):
    /// it is not the agent or target of anything by itself.
    pub modifier: bool,
    pub sentence: usize,
}

pub struct Analysis<'a> {
    pub text: &'a str,
    pub lx: &'a Lexicon,
    pub date: Option<NaiveDate>,
    pub seg: Segments,
    /// Tokens of each sentence.
    pub tokens: Vec<Vec<Token>>,
    /// Lower-cased tokens, parallel to `tokens`.
    lowered: Vec<Vec<String>>,
    /// For each sentence and token, the mention covering it (valid when `indexed` is current).
    token_mention: Vec<Vec<Option<usize>>>,
    indexed: usize,
    /// Every word that appears in lower case somewhere in the text, outside handles, hashtags
    /// and web addresses.
    pub lower_words: HashSet<String>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    /// Parallel to `mentions`.
    pub mention_info: Vec<MentionInfo>,
    /// Mention index by its end byte and by its start byte.
    by_end: HashMap<usize, usize>,
    by_start: HashMap<usize, usize>,
    /// Whether the indexed mentions are in text order (by start, and so by paragraph): then a
    /// look-back is a binary search and a window, not a scan of every mention.
    in_text_order: bool,
    /// Statements by their start, kept up to date as the layer grows.
    statement_index: RefCell<StatementIndex>,
    pub statements: Vec<Statement>,
    /// Spans of quoted text (inside the quote marks), in text order.
    pub quotes: Vec<Span>,
}

/// Whether a token is a piece of a handle, a hashtag or a web address (`@mike_pence`,
/// `#tcot`, `twitter.com/tedcruz`): lower case there says nothing about the word elsewhere, and
/// "Pence" stays a name though a tweet quoted `@mike_pence`.
fn in_handle(text: &str, t: &Token) -> bool {
    let before = text[..t.span.start].chars().next_back();
    let after = text[t.span.end..].chars().next();
    before.is_some_and(|c| matches!(c, '@' | '#' | '_' | '/'))
        || after.is_some_and(|c| matches!(c, '_' | '/'))
}

/// Adjectives that only ever modify a noun after a determiner or a possessive, so that a cue
/// word after them is a noun: "Chaffetz's latest request", "the new report", "their own claims".
const NOUN_MODIFIERS: &[&str] = &[
    "latest", "new", "recent", "previous", "earlier", "initial", "original", "final", "official",
    "formal", "repeated", "own", "public", "private",
];

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str, date: Option<NaiveDate>, lx: &'a Lexicon) -> Self {
        let seg = super::segment::segment(text, lx);
        let tokens: Vec<Vec<Token>> = seg
            .sentences
            .iter()
            .map(|s| tokenize(text, s.clone()))
            .collect();
        let lower_words = tokens
            .iter()
            .flatten()
            .filter(|t| !in_handle(text, t))
            .map(|t| t.text(text))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .map(str::to_string)
            .collect();
        let lowered = tokens
            .iter()
            .map(|ts| ts.iter().map(|t| t.text(text).to_lowercase()).collect())
            .collect();
        Analysis {
            lowered,
            token_mention: Vec::new(),
            indexed: usize::MAX,
            text,
            lx,
            date,
            seg,
            tokens,
            lower_words,
            entities: Vec::new(),
            mentions: Vec::new(),
            mention_info: Vec::new(),
            by_end: HashMap::new(),
            by_start: HashMap::new(),
            in_text_order: false,
            statement_index: RefCell::default(),
            statements: Vec::new(),
            quotes: Vec::new(),
        }
    }

    pub fn rebuild_mention_index(&mut self) {
        // Mentions may have been sorted: keep info parallel by rebuilding it from spans.
        self.by_end.clear();
        self.by_start.clear();
        for (i, m) in self.mentions.iter().enumerate() {
            self.by_end.insert(m.span.end, i);
            self.by_start.insert(m.span.start, i);
        }
        // Each token gets the first mention (in the layer's order) whose span holds its start:
        // mentions are visited last to first, each over its own few tokens.
        self.token_mention = self.tokens.iter().map(|ts| vec![None; ts.len()]).collect();
        for (i, m) in self.mentions.iter().enumerate().rev() {
            let first = self
                .seg
                .sentences
                .partition_point(|s| s.end <= m.span.start);
            for (s, sentence) in self.seg.sentences.iter().enumerate().skip(first) {
                if sentence.start >= m.span.end {
                    break;
                }
                let toks = &self.tokens[s];
                let from = toks.partition_point(|t| t.span.start < m.span.start);
                let to = toks
                    .partition_point(|t| t.span.start < m.span.end)
                    .max(from);
                for slot in &mut self.token_mention[s][from..to] {
                    *slot = Some(i);
                }
            }
        }
        let paragraph = |info: &MentionInfo| self.seg.sentence_paragraph.get(info.sentence);
        self.in_text_order = self
            .mentions
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start)
            && self
                .mention_info
                .windows(2)
                .all(|w| paragraph(&w[0]) <= paragraph(&w[1]))
            && self.mention_info.iter().all(|i| paragraph(i).is_some());
        self.indexed = self.mentions.len();
    }

    /// Whether the mention index describes the mentions as they are now, in text order.
    fn ordered_index(&self) -> bool {
        self.indexed == self.mentions.len()
            && self.mention_info.len() == self.mentions.len()
            && self.in_text_order
    }

    /// The token's text; empty past the end of the sentence, so look-ahead never panics.
    pub fn word(&self, sentence: usize, i: usize) -> &'a str {
        self.tokens[sentence]
            .get(i)
            .map_or("", |t| t.text(self.text))
    }

    pub fn lower(&self, sentence: usize, i: usize) -> String {
        self.lw(sentence, i).to_string()
    }

    /// The lower-cased token, without allocating; empty past the end of the sentence.
    pub fn lw(&self, sentence: usize, i: usize) -> &str {
        self.lowered[sentence].get(i).map_or("", String::as_str)
    }

    /// Whether token `i` is the period of an abbreviation ("Mr.", "Sen.", "Ms."): it belongs to
    /// the word before and ends nothing.
    pub fn abbreviation_period(&self, sentence: usize, i: usize) -> bool {
        self.word(sentence, i) == "."
            && i > 0
            && self
                .lx
                .abbreviations
                .contains(&format!("{}.", self.word(sentence, i - 1)))
    }

    /// Whether token `k` is a dash: `—`, `–`, or a hyphen standing between spaces as one
    /// (" - ", or either hyphen of " -- "); not the hyphen of "42%-33%".
    pub fn is_dash(&self, sentence: usize, k: usize) -> bool {
        let toks = &self.tokens[sentence];
        match self.word(sentence, k) {
            "—" | "–" => true,
            "-" => {
                let hyphen = |i: usize| self.word(sentence, i) == "-";
                let t = &toks[k];
                let spaced_before = self.text[..t.span.start].ends_with(char::is_whitespace)
                    || k > 0 && hyphen(k - 1) && toks[k - 1].span.end == t.span.start;
                let spaced_after = self.text[t.span.end..].starts_with(char::is_whitespace)
                    || hyphen(k + 1) && toks[k + 1].span.start == t.span.end;
                spaced_before && spaced_after
            }
            _ => false,
        }
    }

    /// The last token of the run that `same` accepts and that starts at token `k`.
    pub fn run_end(&self, sentence: usize, mut k: usize, same: impl Fn(&str) -> bool) -> usize {
        while same(self.word(sentence, k)) && same(self.word(sentence, k + 1)) {
            k += 1;
        }
        k
    }

    /// The first token of the run that `same` accepts and that ends at token `k`: a dash
    /// written as two hyphens ("--") is one dash.
    pub fn run_start(&self, sentence: usize, mut k: usize, same: impl Fn(&str) -> bool) -> usize {
        while k > 0 && same(self.word(sentence, k - 1)) {
            k -= 1;
        }
        k
    }

    /// The mention that covers token `i` of a sentence, if any.
    pub fn mention_at_token(&self, sentence: usize, i: usize) -> Option<usize> {
        if self.indexed == self.mentions.len() {
            return self.token_mention[sentence].get(i).copied().flatten();
        }
        let span = &self.tokens[sentence].get(i)?.span;
        self.mentions
            .iter()
            .position(|m| m.span.start <= span.start && span.start < m.span.end)
    }

    /// The mention that starts exactly at a byte offset.
    pub fn mention_starting(&self, byte: usize) -> Option<usize> {
        self.by_start.get(&byte).copied()
    }

    /// Mentions fully inside a span.
    pub fn mentions_in(&self, span: &Span) -> impl Iterator<Item = usize> + '_ {
        let span = span.clone();
        // In text order, only the mentions starting inside the span can be inside it.
        let range = if self.ordered_index() {
            let from = self.mentions.partition_point(|m| m.span.start < span.start);
            let to = self.mentions.partition_point(|m| m.span.start <= span.end);
            from..to.max(from)
        } else {
            0..self.mentions.len()
        };
        self.mentions[range.clone()]
            .iter()
            .zip(range)
            .filter(move |(m, _)| span.start <= m.span.start && m.span.end <= span.end)
            .map(|(_, i)| i)
    }

    /// Lemma of a speech verb at token `i`, with the number of tokens the cue spans.
    pub fn speech_verb(&self, sentence: usize, i: usize) -> Option<(String, usize)> {
        let toks = &self.tokens[sentence];
        // Two-word cues ("went on") are rare: build the key only when one could start here.
        let lw = self.lw(sentence, i);
        let may_be_two = self.lx.speech_verb_openers.contains(lw);
        if may_be_two && i + 1 < toks.len() {
            let two = format!("{} {}", lw, self.lw(sentence, i + 1));
            if let Some(lemma) = self.lx.speech_verbs.get(&two) {
                return Some((lemma.clone(), 2));
            }
        }
        let w = self.word(sentence, i);
        // "Said" mid-sentence is a name, not a verb; in a title-case headline every word is
        // capitalised ("Lee Says …, Calls …").
        if w.chars().next().is_some_and(char::is_uppercase)
            && i > 0
            && !self.is_title_case(sentence)
        {
            return None;
        }
        let lw = self.lw(sentence, i);
        let lemma = self.lx.speech_verbs.get(lw)?;
        if lemma == lw && self.determined_or_modified(sentence, i) {
            return None;
        }
        if lw == "called" && self.names_a_noun(sentence, i) {
            return None;
        }
        Some((lemma.clone(), 1))
    }

    /// Whether "called" at token `i` gives a name to the noun before it: "uses a tool called
    /// EdgeScape that …", "joined a group called “Friends of Earth”". The noun phrase opens with
    /// "a" or "an" and follows a verb or preposition, so it is no subject: "A spokesman called
    /// the plan …" and "Later, a spokesman called Smith …" still speak.
    fn names_a_noun(&self, sentence: usize, i: usize) -> bool {
        let toks = &self.tokens[sentence];
        let named =
            toks.get(i + 1).is_some_and(|t| t.capitalized) || self.opening_mark_at(sentence, i + 1);
        if !named {
            return false;
        }
        let Some(article) = (i.saturating_sub(4)..i)
            .rev()
            .find(|&k| matches!(self.lw(sentence, k), "a" | "an"))
        else {
            return false;
        };
        let noun_phrase = (article + 1..i).all(|k| {
            let t = &toks[k];
            t.is_word && !t.capitalized
        });
        noun_phrase
            && article > 0
            && toks[article - 1].is_word
            && !toks[article - 1].capitalized
            && !matches!(
                self.lw(sentence, article - 1),
                "and" | "but" | "when" | "then"
            )
    }

    /// [`Self::determined`], or an adjective that only modifies a noun between the determiner
    /// and the word: "Chaffetz's latest request", "the new offer". For verbs that introduce a
    /// quote; noun cues of thought ("the latest plan to …") still read as cues.
    fn determined_or_modified(&self, sentence: usize, i: usize) -> bool {
        if self.determined(sentence, i) {
            return true;
        }
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        if self.two_words_after_article(sentence, i) {
            return true;
        }
        let owner = prev.checked_sub(1).is_some_and(|d| {
            let w = self.word(sentence, d);
            w.ends_with("'s")
                || w.ends_with("’s")
                || matches!(
                    self.lw(sentence, d),
                    "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
                )
        });
        owner && NOUN_MODIFIERS.contains(&self.lw(sentence, prev))
    }

    /// Whether two words stand between "a" and the word at token `i`, which makes a base form
    /// there a noun: "an upbeat Budget report", "a spoof nostalgia show"; neither a plural nor a
    /// number ("a few experts say").
    fn two_words_after_article(&self, sentence: usize, i: usize) -> bool {
        i >= 3
            && matches!(self.lw(sentence, i - 3), "a" | "an")
            && (i - 2..i).all(|k| {
                let w = self.lw(sentence, k);
                self.tokens[sentence][k].is_word
                    && !looks_plural(w)
                    && !w.starts_with(|c: char| c.is_ascii_digit())
                    && !self.lx.stopwords.contains(w)
            })
    }

    /// Whether the word at token `i` has a determiner, so that a base form there is a noun: "the
    /// claim", "their reply", "a sharp retort", "the IMF report", "Birmingham's £6m offer",
    /// where "critics claim" and "Democrats reply" are verbs.
    fn determined(&self, sentence: usize, i: usize) -> bool {
        let determiner = |k: usize| {
            matches!(
                self.lw(sentence, k),
                "a" | "an" | "the" | "its" | "their" | "his" | "our" | "my" | "your"
            )
        };
        // "Birmingham's offer", "the club's £6m offer": a possessive, or an amount after one.
        let possessive = |k: usize| {
            let w = self.word(sentence, k);
            matches!(w, "'s" | "’s" | "'" | "’") || w.ends_with("'s") || w.ends_with("’s")
        };
        let amount = |k: usize| {
            let w = self.word(sentence, k);
            w.starts_with(['£', '$', '€']) || w.starts_with(|c: char| c.is_ascii_digit())
        };
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        if determiner(prev) || possessive(prev) {
            return true;
        }
        let mut k = prev;
        while amount(k) || matches!(self.word(sentence, k), "£" | "$" | "€") {
            let Some(b) = k.checked_sub(1) else {
                return false;
            };
            k = b;
        }
        if k != prev && (determiner(k) || possessive(k)) {
            return true;
        }
        // One word between: an adjective after "a" ("a sharp retort"), or a singular name
        // after "the" ("the IMF report"; "the Democrats reply" is a plural subject).
        let tok = &self.tokens[sentence][prev];
        let w = self.lw(sentence, prev);
        let Some(before) = prev.checked_sub(1) else {
            return false;
        };
        // "A majority say", "a third say": a share of people, and their verb.
        let share = matches!(
            w,
            "majority" | "minority" | "plurality" | "third" | "quarter" | "fifth" | "handful"
        );
        // A title-case headline capitalises its adjectives too ("A Curious Plan").
        let adjective = matches!(self.lw(sentence, before), "a" | "an")
            && tok.is_word
            && (!tok.capitalized || self.is_title_case(sentence))
            && !self.lx.stopwords.contains(w)
            && !share;
        // "Democrats in the Senate say …": "say" after a name is its verb ("the final say" is
        // the noun).
        let name = determiner(before)
            && tok.is_word
            && tok.capitalized
            && !looks_plural(w)
            && self.lw(sentence, i) != "say";
        adjective || name
    }

    /// A verb that can introduce a quote at token `i`: a speech verb, or any form of a cue of
    /// speech ("assured", "blasted", "promises"), with its lemma and length in tokens.
    pub fn quote_verb(&self, sentence: usize, i: usize) -> Option<(String, usize)> {
        if let Some(found) = self.speech_verb(sentence, i) {
            return Some(found);
        }
        let w = self.word(sentence, i);
        if w.chars().next().is_some_and(char::is_uppercase) && i > 0 {
            return None;
        }
        // "… was discussed, including “…”": a passive credits no one.
        let passive = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.lw(sentence, p),
                "is" | "was" | "are" | "were" | "been" | "be" | "being"
            )
        });
        if passive {
            return None;
        }
        // "pointed out", "weighed in": two-word cues of speech too.
        let lw = self.lw(sentence, i);
        if self.lx.speech_verb_openers.contains(lw) && i + 1 < self.tokens[sentence].len() {
            let two = format!("{} {}", lw, self.lw(sentence, i + 1));
            if let Some((lemma, AttributionKind::Speech)) = self.lx.attribution_cues.get(&two) {
                return Some((lemma.clone(), 2));
            }
        }
        match self.lx.attribution_cues.get(lw) {
            Some((lemma, AttributionKind::Speech))
                if !(lemma == lw && self.determined_or_modified(sentence, i)) =>
            {
                Some((lemma.clone(), 1))
            }
            _ => None,
        }
    }

    /// An attribution cue at token `i`: a speech verb, or a verb of thought or evidence, with
    /// its lemma, the number of tokens it spans and its kind.
    pub fn attribution_cue(
        &self,
        sentence: usize,
        i: usize,
    ) -> Option<(String, usize, AttributionKind)> {
        let kind_of = |lemma: &str| {
            self.lx
                .attribution_cues
                .get(lemma)
                .map_or(AttributionKind::Speech, |(_, kind)| *kind)
        };
        let lw = self.lw(sentence, i);
        // Three-word cues first ("made it clear"), then two-word ones: "talked about",
        // "pointed out", "called for".
        if self.lx.speech_verb_openers.contains(lw) && i + 2 < self.tokens[sentence].len() {
            let three = format!(
                "{} {} {}",
                lw,
                self.lw(sentence, i + 1),
                self.lw(sentence, i + 2)
            );
            if let Some((lemma, kind)) = self.lx.attribution_cues.get(&three) {
                return Some((lemma.clone(), 3, *kind));
            }
        }
        if self.lx.speech_verb_openers.contains(lw) && i + 1 < self.tokens[sentence].len() {
            let two = format!("{} {}", lw, self.lw(sentence, i + 1));
            if let Some((lemma, kind)) = self.lx.attribution_cues.get(&two) {
                return Some((lemma.clone(), 2, *kind));
            }
        }
        if let Some((lemma, n)) = self.speech_verb(sentence, i) {
            let kind = kind_of(&lemma);
            return Some((lemma, n, kind));
        }
        let capitalised = i > 0 && self.word(sentence, i).starts_with(char::is_uppercase);
        if capitalised {
            // "Obama Says Trump Is Wrong": a title-case headline capitalises its verb too. The
            // table look-up comes first: most capitalised words are names, not verbs.
            let found = match self.lx.speech_verbs.get(lw) {
                Some(lemma) => (lemma.clone(), 1, kind_of(lemma)),
                None => {
                    let (lemma, kind) = self.lx.attribution_cues.get(lw)?;
                    (lemma.clone(), 1, *kind)
                }
            };
            // "A Curious Plan to Fight …": a determiner makes it a noun here too.
            let noun = found.0 == lw && self.determined(sentence, i);
            return (self.is_title_case(sentence) && !noun).then_some(found);
        }
        if let Some((lemma, kind)) = self.lx.attribution_cues.get(lw) {
            if lemma == lw
                && (self.determined(sentence, i) || self.two_words_after_article(sentence, i))
            {
                return None;
            }
            return Some((lemma.clone(), 1, *kind));
        }
        self.base_form_cue(sentence, i)
    }

    /// A cue lemma in its base form where only a verb can stand: after "to" or a modal
    /// ("wants to endorse", "would oppose", "did not back"), with "not" or an adverb in
    /// between, or after a plural subject ("critics claim", "most Republicans oppose", "they
    /// doubt"). Elsewhere a base form is as often a noun ("the claim") and is not a cue.
    fn base_form_cue(&self, sentence: usize, i: usize) -> Option<(String, usize, AttributionKind)> {
        if self.after_plural_subject(sentence, i) {
            return self.base_form_lemma(sentence, i);
        }
        // The slot first: it is cheap, and most words are not after "to" or a modal.
        let mut k = i.checked_sub(1)?;
        while matches!(
            self.lw(sentence, k),
            "not" | "never" | "also" | "strongly" | "n't"
        ) {
            k = k.checked_sub(1)?;
        }
        let verb_slot = matches!(
            self.lw(sentence, k),
            "to" | "will"
                | "would"
                | "could"
                | "should"
                | "can"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
                | "do"
                | "wo"
        );
        if !verb_slot {
            return None;
        }
        self.base_form_lemma(sentence, i)
    }

    /// The cue lemma whose base form stands at token `i` (one or two words), with its kind.
    fn base_form_lemma(
        &self,
        sentence: usize,
        i: usize,
    ) -> Option<(String, usize, AttributionKind)> {
        let lw = self.lw(sentence, i);
        if i + 1 < self.tokens[sentence].len() && self.lx.speech_verb_openers.contains(lw) {
            let two = format!("{} {}", lw, self.lw(sentence, i + 1));
            if let Some(kind) = self.lx.cue_lemmas.get(&two) {
                return Some((two, 2, *kind));
            }
        }
        let kind = *self.lx.cue_lemmas.get(lw)?;
        Some((lw.to_string(), 1, kind))
    }

    /// Whether token `i` follows a plural subject, so that a base form there is a present-tense
    /// verb: a pronoun that takes one ("they", "we", "who", "others"), or a lower-case or
    /// capitalised plural noun ("critics", "Democrats", "polls"), with adverbs between
    /// ("critics also claim", "voters generally favor"). A quantifier is left out: "some state
    /// officials" opens a noun phrase.
    fn after_plural_subject(&self, sentence: usize, i: usize) -> bool {
        let mut k = match i.checked_sub(1) {
            Some(k) => k,
            None => return false,
        };
        loop {
            let w = self.lw(sentence, k);
            let adverb = matches!(w, "also" | "still" | "now" | "often" | "all" | "largely")
                || (w.len() > 4 && w.ends_with("ly") && !self.tokens[sentence][k].capitalized);
            if !adverb {
                break;
            }
            k = match k.checked_sub(1) {
                Some(k) => k,
                None => return false,
            };
        }
        let w = self.lw(sentence, k);
        if matches!(w, "they" | "we" | "you" | "i" | "who" | "people" | "others") {
            return true;
        }
        // A word before it that is a determiner of one ("a", "this") makes it a singular name
        // ("a news").
        // A capitalised one that ends a longer name is part of it ("the United States", "the
        // Court of Appeals"), not a plural.
        let ends_a_name = self.tokens[sentence][k].capitalized
            && self
                .mention_at_token(sentence, k)
                .is_some_and(|m| self.mentions[m].span.start < self.tokens[sentence][k].span.start);
        self.tokens[sentence][k].is_word
            && looks_plural(w)
            && !ends_a_name
            && !matches!(
                self.lw(sentence, k.wrapping_sub(1)),
                "a" | "an" | "this" | "that"
            )
    }

    /// Whether sentence `s` is the headline: the first sentence, a paragraph of its own, with no
    /// closing period.
    pub fn is_headline(&self, s: usize) -> bool {
        s == 0
            && self.seg.sentence_paragraph.get(1) != self.seg.sentence_paragraph.first()
            && self
                .seg
                .sentences
                .first()
                .is_some_and(|span| !self.text[span.clone()].trim_end().ends_with('.'))
    }

    /// Whether a sentence is written in title case, as many headlines are: at least four
    /// words, and all but short function words capitalised.
    pub fn is_title_case(&self, sentence: usize) -> bool {
        let words: Vec<&super::token::Token> =
            self.tokens[sentence].iter().filter(|t| t.is_word).collect();
        let long = words.iter().filter(|t| t.span.len() > 3).count();
        let capitalised = words
            .iter()
            .filter(|t| t.span.len() > 3 && t.capitalized)
            .count();
        words.len() >= 4 && capitalised == long
    }

    /// Whether a verb-like word at token `i` is used as a noun: after a possessive or a
    /// determiner ("Xi’s visit", "the visit"), "visit" names an event rather than acting.
    pub fn is_noun_use(&self, sentence: usize, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let w = self.lower(sentence, prev);
        // "Islamic State said": the last word of a name, not the "state" of "a state visit".
        if w == "state" && self.mention_at_token(sentence, prev).is_some() {
            return false;
        }
        // "voters in each state say": "state" names a noun of its own only after a determiner
        // ("a state visit").
        if w == "state"
            && !prev
                .checked_sub(1)
                .is_some_and(|d| matches!(self.lw(sentence, d), "a" | "the" | "his" | "her"))
        {
            return false;
        }
        // "a series of tweets early Friday": a plural cue word after "of" is a noun ("accused
        // him of saying" is not), and one that says what about is read as a cue noun ("a wave
        // of attacks about his record").
        let word = self.lower(sentence, i);
        let topic = matches!(
            self.lower(sentence, i + 1).as_str(),
            "about" | "against" | "on" | "over" | "from" | "with" | "that" | "of" | "to" | "for"
        );
        if w == "of" && word.ends_with('s') && !word.ends_with("ss") && !topic {
            return true;
        }
        // "a list of websites", "a listed company", "shares listed on the exchange", "to list
        // their shares abroad": the noun, and the stock market's sense of the verb.
        if matches!(word.as_str(), "list" | "lists" | "listed" | "listing") {
            let next = self.lower(sentence, i + 1);
            let listing = |k: usize| {
                matches!(
                    self.lw(sentence, k),
                    "shares"
                        | "stock"
                        | "stocks"
                        | "company"
                        | "companies"
                        | "firm"
                        | "firms"
                        | "building"
                        | "buildings"
                        | "club"
                        | "football"
                )
            };
            let placed = matches!(next.as_str(), "overseas" | "abroad")
                || word == "listed" && matches!(next.as_str(), "on" | "in" | "for" | "as" | "at");
            // "best-seller lists for a year", "buddy lists so …": a plural after a noun that
            // takes no object.
            let object = |k: usize| {
                self.tokens[sentence].get(k).is_some_and(|t| {
                    let w = self.lw(sentence, k);
                    t.capitalized
                        || w.starts_with(|c: char| c.is_ascii_digit())
                        || super::speech::DETERMINERS.contains(&w)
                        || matches!(w, "him" | "them" | "what")
                })
            };
            let compound = word == "lists"
                && self.tokens[sentence][prev].is_word
                && !self.tokens[sentence][prev].capitalized
                && !matches!(
                    w.as_str(),
                    "he" | "she" | "it" | "they" | "which" | "that" | "who" | "also" | "and"
                )
                && !object(i + 1);
            if next == "of" || placed || compound || listing(i + 1) || listing(i + 2) {
                return true;
            }
        }
        // "voters in battleground states, according to …": "states" as a verb takes a clause.
        if word == "states"
            && matches!(
                self.lower(sentence, i + 1).as_str(),
                "," | "." | ";" | "and" | "or" | "in" | "of" | "where" | "with" | "like" | ")"
            )
        {
            return true;
        }
        // "those claims", "other states", "several reports": a plural noun; "those believe …"
        // is a pronoun subject and its verb.
        let quantifier = matches!(
            w.as_str(),
            "these" | "those" | "other" | "many" | "several" | "some" | "few" | "both" | "all"
        );
        if quantifier && word.ends_with('s') && !word.ends_with("ss") {
            return true;
        }
        // "musical notes so that he can …", "critical reports", "financial statements": a
        // plural after an adjective is a noun. Words of these endings that name a person are
        // a subject and its verb ("the official says").
        let adjective = ["al", "ous", "ful", "ical"]
            .iter()
            .any(|end| w.ends_with(end))
            && w.len() > 4
            && !self.tokens[sentence][prev].capitalized
            && !matches!(
                w.as_str(),
                "official"
                    | "rival"
                    | "general"
                    | "individual"
                    | "principal"
                    | "liberal"
                    | "radical"
                    | "criminal"
                    | "professional"
                    | "national"
                    | "intellectual"
            );
        if adjective && word.ends_with('s') && !word.ends_with("ss") {
            return true;
        }
        // "her upcoming Apple Music show The 411", "a Fox News show": the programme of a
        // network named right before it.
        let title_next = || {
            self.tokens[sentence].get(i + 1).is_none_or(|t| {
                t.capitalized || matches!(t.text(self.text), "," | "." | "“" | "\"")
            })
        };
        if word == "show"
            && title_next()
            && self.mention_at_token(sentence, prev).is_some_and(|mi| {
                self.mentions[mi].span.end == self.tokens[sentence][prev].span.end
                    && self.entities[self.mentions[mi].entity].kind
                        == super::EntityKind::Organization
            })
        {
            return true;
        }
        // "the Paris attacks test her strategy", "the Benghazi attack": an attack named by its
        // place is the event, a noun.
        if matches!(word.as_str(), "attack" | "attacks")
            && self.mention_at_token(sentence, prev).is_some_and(|mi| {
                self.mentions[mi].span.end == self.tokens[sentence][prev].span.end
                    && matches!(
                        self.entities[self.mentions[mi].entity].kind,
                        super::EntityKind::Place | super::EntityKind::Country
                    )
            })
        {
            return true;
        }
        // "TV shows Pop Idol and The X-Factor", "a talk show": the programmes of a medium.
        if matches!(word.as_str(), "show" | "shows")
            && matches!(
                w.as_str(),
                "tv" | "television" | "radio" | "talk" | "chat" | "game" | "quiz" | "reality"
            )
        {
            return true;
        }
        // "2,383 pledged delegates", "leads in pledged delegates": a participle after a number
        // or a preposition describes the noun after it.
        let number = w.chars().all(|c| c.is_ascii_digit() || c == ',')
            && w.starts_with(|c: char| c.is_ascii_digit());
        if word.ends_with("ed")
            && (number || matches!(w.as_str(), "in" | "of" | "with" | "among" | "for"))
            && self.tokens[sentence].get(i + 1).is_some_and(|t| t.is_word)
        {
            return true;
        }
        // "five states going to the polls": a plural after a number is a noun.
        // "1,500 shares", "4.8 mln shares", "12 mln common shares": a figure or a magnitude.
        let figure = w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        let magnitude = matches!(
            w.as_str(),
            "mln"
                | "million"
                | "billion"
                | "bln"
                | "thousand"
                | "hundred"
                | "dozen"
                | "common"
                | "preferred"
                | "ordinary"
        );
        if word.ends_with('s')
            && !word.ends_with("ss")
            && (super::speech::is_count(&w) || figure || magnitude)
        {
            return true;
        }
        // "denied the fraud claims, pointing to …": a plural after a noun that an object's
        // determiner opens, with nothing after it, is the noun's compound ("“…,” the
        // spokesman says." has a quotation, not a word, before its determiner).
        let toks = &self.tokens[sentence];
        let object_compound = word.ends_with('s')
            && !word.ends_with("ss")
            && toks[prev].is_word
            && !toks[prev].capitalized
            && prev >= 2
            && matches!(
                self.lw(sentence, prev - 1),
                "the" | "his" | "her" | "their" | "its" | "these" | "those"
            )
            && toks[prev - 2].is_word
            && !toks[prev - 2].capitalized
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.text(self.text), "," | "." | ";"));
        if object_compound {
            return true;
        }
        // "Caesars shares not covered by the offer": a company's shares, where a person
        // "shares" a view.
        if word == "shares"
            && self.mention_at_token(sentence, prev).is_some_and(|mi| {
                self.entities[self.mentions[mi].entity].kind == super::EntityKind::Organization
            })
        {
            return true;
        }
        // "made up of cash, shares and dividends", "shares in the firm rose": a list's item
        // or a holding; one shares a view with no "and", "in" or "of" after it.
        let holding_after = matches!(
            self.lower(sentence, i + 1).as_str(),
            "and" | "or" | "in" | "of" | "," | "." | "worth" | "rose" | "fell"
        );
        if word == "shares" && (matches!(w.as_str(), "and" | "or") || holding_after) {
            return true;
        }
        // "He’s predicted big wins": "has", not a possessive; nor is the end of a name that
        // holds one ("Moody's said", "McDonald's says").
        let contraction = matches!(w.as_str(), "he’s" | "he's" | "she’s" | "she's");
        let name_ends = || {
            self.mention_at_token(sentence, prev).is_some_and(|mi| {
                self.mentions[mi].span.end == self.tokens[sentence][prev].span.end
            })
        };
        (w.ends_with("’s") || w.ends_with("'s")) && !contraction && !name_ends()
            || matches!(
                w.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "this"
                    | "my"
                    | "your"
                    | "whose"
                    | "state"
                    | "surprise"
            )
    }

    /// Whether the word at token `i` is directly followed by a speech verb ("Kirby said").
    pub fn is_speech_subject(&self, sentence: usize, i: usize) -> bool {
        let toks = &self.tokens[sentence];
        (i + 1..toks.len().min(i + 3)).any(|j| self.speech_verb(sentence, j).is_some())
    }

    /// Index of the content paragraph containing a byte offset.
    pub fn paragraph_of(&self, byte: usize) -> Option<usize> {
        self.seg.paragraph_of(byte)
    }

    /// Mentions ending before `pos`, in text order, that can be referred back to: not title
    /// modifiers, not inside quotes or photo captions, and at most `within` paragraphs back.
    pub fn mentions_before(
        &self,
        pos: usize,
        within: usize,
    ) -> impl DoubleEndedIterator<Item = &Mention> + '_ {
        let here = self.paragraph_of(pos);
        // In text order, the candidates are a run of the layer: those starting before `pos`,
        // from the first paragraph of the window on. Otherwise every mention is looked at.
        let range = match here {
            Some(h) if self.ordered_index() => {
                let paragraph = |info: &MentionInfo| self.seg.sentence_paragraph[info.sentence];
                let from = self
                    .mention_info
                    .partition_point(|info| paragraph(info) + within < h);
                let to = self.mentions.partition_point(|m| m.span.start < pos);
                from..to.max(from)
            }
            _ => 0..self.mentions.len(),
        };
        self.mentions[range.clone()]
            .iter()
            .zip(&self.mention_info[range])
            .filter(move |(m, info)| {
                let paragraph = self.seg.sentence_paragraph[info.sentence];
                m.span.end <= pos
                    && !info.modifier
                    && !self.in_quote(m.span.start)
                    && !self.seg.is_caption(paragraph)
                    && here.is_some_and(|h| paragraph <= h && h - paragraph <= within)
            })
            .map(|(m, _)| m)
    }

    /// Index of the sentence containing a byte offset.
    pub fn sentence_of(&self, byte: usize) -> Option<usize> {
        // Sentences are in text order and do not overlap: a binary search.
        let sentences = &self.seg.sentences;
        let after = sentences.partition_point(|s| s.start <= byte);
        let i = after.checked_sub(1)?;
        let s = &sentences[i];
        (byte < s.end.max(s.start + 1)).then_some(i)
    }

    /// Index of the token of a sentence at or after a byte offset.
    pub fn token_at(&self, sentence: usize, byte: usize) -> usize {
        self.tokens[sentence]
            .iter()
            .position(|t| t.span.end > byte)
            .unwrap_or(self.tokens[sentence].len())
    }

    /// Whether a byte offset lies inside quoted text.
    pub fn in_quote(&self, byte: usize) -> bool {
        self.quote_around(byte).is_some()
    }

    /// The opening mark's token of the quotation whose closing mark is token `close` of
    /// sentence `s`, when it opens in the same sentence.
    pub fn quote_opening(&self, s: usize, close: usize) -> Option<usize> {
        let toks = &self.tokens[s];
        let q = self.quote_around(toks.get(close)?.span.start.checked_sub(1)?)?;
        let open = (0..close).rev().find(|&k| toks[k].span.end == q.start)?;
        // The New York Times' `''` opens with its first apostrophe.
        let nyt = open > 0 && self.apostrophe_pair(s, open - 1);
        Some(if nyt { open - 1 } else { open })
    }

    /// The quoted span around a byte offset (quotes are in text order and do not overlap).
    pub fn quote_around(&self, byte: usize) -> Option<&Span> {
        let after = self.quotes.partition_point(|q| q.start <= byte);
        let q = self.quotes.get(after.checked_sub(1)?)?;
        (byte < q.end).then_some(q)
    }

    /// Whether the quote opening at byte `open` names a programme, book or film after the
    /// outlet or a preposition (`ABC’s “This Week”`, `on “Meet the Press”`), which is not
    /// something said.
    pub fn is_named_title(&self, open: usize) -> bool {
        let Some(s) = self.sentence_of(open) else {
            return false;
        };
        let k = self.token_at(s, open);
        let Some(prev) = k.checked_sub(1).map(|p| self.lw(s, p)) else {
            return false;
        };
        // "the reality TV show “The Apprentice,”": the noun of a titled work before it.
        let after = prev.ends_with("’s")
            || prev.ends_with("'s")
            || matches!(prev, "on" | "in" | "told" | "with" | "to" | "of")
            || self.lx.work_nouns.contains(prev);
        after && self.quoted_title_end(s, k).is_some()
    }

    /// The first token of the closing double quote mark that ends at token `k`: `k` for `”`
    /// or `"`, `k - 1` for the New York Times' `''`, which is two apostrophe tokens.
    pub fn closing_mark_start(&self, sentence: usize, k: usize) -> Option<usize> {
        match self.word(sentence, k) {
            "”" | "\"" => Some(k),
            "'" if k > 0 && self.apostrophe_pair(sentence, k - 1) => Some(k - 1),
            _ => None,
        }
    }

    /// Whether a double quote mark opens at token `k`: `“`, `"`, `‘` or the New York Times'
    /// `''` (two apostrophe tokens).
    pub fn opening_mark_at(&self, sentence: usize, k: usize) -> bool {
        matches!(self.word(sentence, k), "“" | "\"" | "‘") || self.apostrophe_pair(sentence, k)
    }

    /// Whether tokens `k` and `k + 1` are two apostrophes side by side: the New York Times'
    /// double quote mark, `''`.
    fn apostrophe_pair(&self, sentence: usize, k: usize) -> bool {
        let toks = &self.tokens[sentence];
        self.word(sentence, k) == "'"
            && self.word(sentence, k + 1) == "'"
            && toks[k].span.end == toks[k + 1].span.start
    }

    /// Whether a closing double quote mark ends at token `k` right after a comma (`…,”`): the
    /// quote closed a clause the sentence goes on from.
    pub fn quote_closed_after_comma(&self, sentence: usize, k: usize) -> bool {
        self.closing_mark_start(sentence, k)
            .is_some_and(|m| m > 0 && self.word(sentence, m - 1) == ",")
    }

    /// A quoted title at token `k` (its opening quote mark): the name of a programme, a book
    /// or a film, `“Good Morning America”`, `"This Week With George Stephanopoulos"`. Returns
    /// the token after its closing quote mark. A title is short and capitalises its words but
    /// for short function words; a quoted utterance does not.
    pub fn quoted_title_end(&self, sentence: usize, k: usize) -> Option<usize> {
        let toks = &self.tokens[sentence];
        // The New York Times' `''` is two tokens; the quote opens after the second.
        let nyt = self.apostrophe_pair(sentence, k);
        let open = toks.get(if nyt { k + 1 } else { k })?;
        let q = self.quote_around(open.span.end)?;
        if q.start != open.span.end {
            return None;
        }
        let inner = super::token::tokenize(self.text, q.clone());
        let words: Vec<&super::token::Token> = inner.iter().filter(|t| t.is_word).collect();
        let title_case = words.first().is_some_and(|t| t.capitalized)
            && words.iter().all(|t| {
                t.capitalized
                    || matches!(
                        t.text(self.text),
                        "of" | "the" | "with" | "a" | "an" | "and" | "for" | "on" | "in" | "to"
                    )
            });
        let plain = inner
            .iter()
            .all(|t| t.is_word || matches!(t.text(self.text), "." | "," | "’s" | "'s" | "-"));
        let end = (k + 1..toks.len()).find(|&m| toks[m].span.start >= q.end)?;
        (words.len() <= 6 && title_case && plain).then_some(end + if nyt { 2 } else { 1 })
    }

    pub fn entity_of(&self, mention: usize) -> EntityId {
        self.mentions[mention].entity
    }

    /// To be called after statements were changed in place (merged, re-attributed): the
    /// statement index then starts over. Statements that are only added need no call.
    pub fn statements_changed(&mut self) {
        *self.statement_index.get_mut() = StatementIndex::default();
    }

    /// The statement with a speaker that starts last before `pos` (the last of them in the
    /// layer's order when several start there).
    pub fn last_spoken_before(&self, pos: usize) -> Option<&Statement> {
        self.last_indexed_before(pos, |index| &index.spoken)
    }

    /// The statement of the layer, with a speaker or not, that starts last before byte `pos`.
    pub fn last_statement_before(&self, pos: usize) -> Option<&Statement> {
        self.last_indexed_before(pos, |index| &index.by_start)
    }

    /// The statement that starts last before `pos` among the (start, index) keys `keys` picks
    /// from the up-to-date index.
    fn last_indexed_before(
        &self,
        pos: usize,
        keys: fn(&StatementIndex) -> &[(usize, usize)],
    ) -> Option<&Statement> {
        let mut index = self.statement_index.borrow_mut();
        index.update(&self.statements);
        let keys = keys(&index);
        let k = keys.partition_point(|&(start, _)| start < pos);
        let (_, i) = *keys.get(k.checked_sub(1)?)?;
        self.statements.get(i)
    }

    /// Indices, in the layer's order, of the statements whose span starts at or before `start`
    /// and ends at or after `end`.
    pub fn statements_covering(&self, start: usize, end: usize) -> Vec<usize> {
        let mut index = self.statement_index.borrow_mut();
        index.update(&self.statements);
        let mut found = Vec::new();
        let mut k = index.by_start.partition_point(|&(s, _)| s <= start);
        // Walk back while some statement this early still reaches `end`.
        while k > 0 && index.max_end[k - 1] >= end {
            k -= 1;
            let i = index.by_start[k].1;
            if self.statements[i].span.end >= end {
                found.push(i);
            }
        }
        found.sort_unstable();
        found
    }

    /// Calls `visit` with the index of each statement starting at or before `pos`, latest start
    /// first, until it returns false.
    pub fn walk_statements_back(&self, pos: usize, mut visit: impl FnMut(usize) -> bool) {
        let mut index = self.statement_index.borrow_mut();
        index.update(&self.statements);
        let k = index.by_start.partition_point(|&(s, _)| s <= pos);
        for &(_, i) in index.by_start[..k].iter().rev() {
            if !visit(i) {
                break;
            }
        }
    }
}

/// Statements sorted by start, so that "the last speaker before here" and "the statement
/// around here" are binary searches rather than scans of every statement. Statements are
/// added in text order during attribution, so the index usually just grows at its end.
#[derive(Default)]
struct StatementIndex {
    /// How many statements of the layer are indexed.
    len: usize,
    /// (start, index) of every statement, sorted.
    by_start: Vec<(usize, usize)>,
    /// The largest end among `by_start[..=k]`.
    max_end: Vec<usize>,
    /// (start, index) of the statements with a speaker, sorted.
    spoken: Vec<(usize, usize)>,
}

impl StatementIndex {
    fn update(&mut self, statements: &[Statement]) {
        if self.len > statements.len() {
            *self = StatementIndex::default();
        }
        if self.len == statements.len() {
            return;
        }
        let mut in_order = true;
        for (i, st) in statements.iter().enumerate().skip(self.len) {
            let key = (st.span.start, i);
            in_order &= self.by_start.last().is_none_or(|&last| last <= key);
            self.by_start.push(key);
            if st.speaker.is_some() {
                self.spoken.push(key);
            }
        }
        if !in_order {
            self.by_start.sort_unstable();
            self.spoken.sort_unstable();
            self.max_end.clear();
        }
        let mut reach = self.max_end.last().copied().unwrap_or(0);
        for k in self.max_end.len()..self.by_start.len() {
            reach = reach.max(statements[self.by_start[k].1].span.end);
            self.max_end.push(reach);
        }
        self.len = statements.len();
    }
}

/// Whether a lower-case word looks like a plural noun: longer than three letters, in "-s" but
/// not "-ss", "-us", "-is" or a possessive "’s" ("critics", "polls", "Democrats"), or one of the
/// irregular plurals news writes of ("people", "women").
pub fn looks_plural(w: &str) -> bool {
    IRREGULAR_PLURALS.contains(&w)
        || w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("’s")
            && !w.ends_with("'s")
}

/// Plural nouns without "-s" that stand as subjects in news ("people say", "women want").
const IRREGULAR_PLURALS: &[&str] = &["people", "men", "women", "children", "police"];
