//! Reported speech, thought and evidence: `X said (that) …`, `…, officials said.`,
//! `according to X, …`, `X believes …`, `a poll shows …`.
//!
//! Entry: [`find_reported`] lists candidate clauses; [`attribute_reported`] finds the source at
//! attribution time, so that pronouns can refer to earlier speakers.
//!
//! # Rationale
//! Newsrooms attribute in a handful of frames, and this stage reads each of them around a cue
//! (a speech verb of `speech_verbs.tsv` or a thought or evidence verb of
//! `attribution_cues.tsv`):
//! - forward: `SOURCE CUE [that|whether|to] CONTENT`, with the cue's adjuncts and addressee
//!   passed over ("told reporters on Tuesday that …");
//! - trailing: `CONTENT, SOURCE CUE.` and `CONTENT, CUE SOURCE.`;
//! - `according to SOURCE, CONTENT` and `CONTENT, according to SOURCE`;
//! - participles: `…, adding that CONTENT` credits the sentence's subject;
//! - `As SOURCE noted, CONTENT` and `CONTENT, as SOURCE put it.`;
//! - a passive "asked", which names no source: `X was asked whether …`.
//!
//! A source need not be a named entity: "officials", "a senior aide", "the campaign" or "a new
//! poll" are kept as the source's own words ([`super::Statement::speaker_span`]) with no
//! speaker. A clause without "that" must read like a clause (it starts like one and has a verb),
//! so "said the word" or "found the body" are not reported speech. A clause that is mostly a
//! quotation opening with its quote mark is left to the quote stage; quoted words inside a
//! paraphrase ("said the plan was “a disaster”") belong to the paraphrase.

use super::analysis::Analysis;
use super::coref::{is_skippable, object_after, sentence_subject, subject_before};
use super::quote::Attribution;
use super::{AttributionKind, EntityKind, Span, StatementForm};

/// Words after a cue that are not the content: time, place of speaking, the addressee.
const AFTER_CUE_SKIP: &[&str] = &[
    "on",
    "twitter",
    "facebook",
    "today",
    "yesterday",
    "tonight",
    "reporters",
    "journalists",
    "supporters",
    "him",
    "her",
    "them",
    "us",
    "me",
    "also",
    "again",
    "repeatedly",
    "publicly",
    "privately",
    "later",
    "earlier",
    "last",
    "week",
    "weekend",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "recently",
    "previously",
    "then",
    "now",
    "flatly",
    "simply",
    "once",
];

/// Words a content clause can start with (after a cue without "that").
const CLAUSE_STARTS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "there",
    "no",
    "some",
    "any",
    "all",
    "both",
    "many",
    "most",
    "more",
    "several",
    "each",
    "every",
    "one",
    "two",
    "nobody",
    "nothing",
    "everyone",
    "everything",
    "someone",
    "something",
    "none",
    "if",
    "such",
    "much",
    "few",
    "he’s",
    "she’s",
    "it’s",
    "they’re",
    "we’re",
    "i’m",
    "he's",
    "she's",
    "it's",
    "they're",
    "we're",
    "i'm",
    "he’d",
    "she’d",
    "he'd",
    "she'd",
    "they’d",
    "they'd",
    "we’d",
    "we'd",
];

/// Words that open a content clause and belong to it: "asked whether …", "explained how …".
const WH_STARTS: &[&str] = &[
    "whether", "how", "why", "what", "who", "when", "where", "if",
];

/// Words that show a clause has a verb: auxiliaries and modals.
const FINITE: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "cannot",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "wo",
    "ca",
    "isn’t",
    "wasn’t",
    "won’t",
    "can’t",
    "don’t",
    "doesn’t",
    "didn’t",
    "isn't",
    "wasn't",
    "won't",
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "aren’t",
    "aren't",
    "weren’t",
    "weren't",
    "hasn’t",
    "hasn't",
    "haven’t",
    "haven't",
    "wouldn’t",
    "wouldn't",
    "couldn’t",
    "couldn't",
    "shouldn’t",
    "shouldn't",
    "needs",
    "need",
    "wants",
    "want",
    "got",
    "gets",
    "made",
    "makes",
    "went",
    "goes",
    "took",
    "takes",
    "knew",
    "knows",
    "thought",
    "thinks",
    "felt",
    "feels",
    "saw",
    "sees",
    "gave",
    "gives",
    "came",
    "comes",
    "left",
    "lost",
    "won",
    "led",
    "leads",
    "ran",
    "runs",
    "began",
    "said",
    "says",
    "told",
    "tells",
    "kept",
    "keeps",
    "let",
    "put",
    "set",
    "cut",
    "hit",
];

/// Words that end a content clause after a comma: ", including …", ", but …".
const BREAKERS: &[&str] = &[
    "including",
    "adding",
    "saying",
    "according",
    "while",
    "which",
    "but",
    "although",
    "though",
    "whereas",
    "noting",
    "arguing",
    "citing",
    "claiming",
    "suggesting",
    "calling",
    "telling",
    "explaining",
    "warning",
    "asking",
];

/// Words that open a subordinate clause: what follows is context, not what was said.
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "because", "since", "if", "when", "as", "after", "before",
    "unless", "whereas", "until", "once",
];

/// Words that open a paragraph with a colon but do not name a source: "Update: …".
const NOT_LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "notes",
    "footnote",
    "editor",
    "editors",
    "photo",
    "photos",
    "watch",
    "related",
    "read",
    "video",
    "source",
    "sources",
    "click",
    "follow",
    "advertisement",
    "correction",
    "clarification",
    "warning",
    "disclosure",
    "full",
    "more",
    "see",
    "also",
    "listen",
    "credit",
    "caption",
    "q",
    "a",
    "question",
    "answer",
    "part",
    "step",
    "bottom",
    "the",
    "why",
    "what",
    "how",
    "who",
    "when",
    "where",
];

/// Function words that cannot head a source phrase or stand inside one.
const NOT_IN_SOURCE: &[&str] = &[
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "while",
    "as",
    "because",
    "when",
    "if",
    "although",
    "though",
    "since",
    "so",
    "than",
    "where",
    "after",
    "before",
    "what",
    "how",
    "why",
    "whether",
    "to",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "not",
    "also",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "into",
    "about",
    "over",
    "under",
    "against",
    "during",
    "until",
    "without",
    "it",
    "there",
    "here",
    "this",
    "now",
    "then",
    "then,",
    "yet",
    "still",
    "even",
    "just",
    "only",
    "once",
    "again",
    "ago",
    "said",
    "says",
    "say",
    "told",
    "despite",
    "amid",
    "amidst",
    "following",
    "including",
    "unlike",
];

/// Quantifiers that stand for people as a source: "Some said …", "Many say …".
const QUANTIFIER_SOURCES: &[&str] = &[
    "some", "many", "most", "several", "few", "both", "all", "others",
];

/// Prepositions that cannot open what a cue credits.
const PREPOSITIONS: &[&str] = &[
    "by", "since", "as", "in", "among", "at", "from", "on", "into", "during", "after", "before",
    "with", "without", "under", "over", "through", "across", "around", "near",
];

/// Nouns completed by a that-clause, besides the cue nouns: "rejected the notion that …".
const NOUNS_WITH_CLAUSE: &[&str] = &[
    "notion",
    "idea",
    "possibility",
    "fact",
    "report",
    "reports",
    "theory",
    "premise",
    "speculation",
    "rumors",
    "rumours",
    "charge",
    "charges",
    "suggestions",
];

/// Number words of ratios like "one in five".
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// A count in digits or a number word of `NUMBER_WORDS`: "10", "three".
pub(crate) fn is_count(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w)
}

/// Whether "in" at token `last - 1` follows a count, so that token `last` ends a ratio such as
/// "three in 10".
fn ratio_in_before(a: &Analysis, s: usize, last: usize) -> bool {
    last >= 2 && a.lw(s, last - 1) == "in" && is_count(a.lw(s, last - 2))
}

/// Auxiliaries between a source and its cue: "Critics are calling for …".
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "been", "will", "would", "could", "may",
    "might", "must", "should", "can", "do", "does", "did", "not", "also", "still",
];

/// Participles that make the people a poll asked a source: "those surveyed say …" (a noun
/// before one is the source already: "voters polled in May said").
const POLLED: &[&str] = &[
    "surveyed",
    "polled",
    "questioned",
    "asked",
    "interviewed",
    "sampled",
];

/// Adverbs set off by commas between a source and its cue: "Critics, however, say …".
const ASIDES: &[&str] = &[
    "however",
    "though",
    "too",
    "meanwhile",
    "also",
    "instead",
    "nevertheless",
    "moreover",
    "therefore",
];

/// Words that open a source phrase: after one of them the phrase is complete.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "many", "most", "several", "other", "these", "those", "his", "her",
    "their", "its", "our", "my", "your", "both", "few", "all", "two", "three", "four", "five",
    "one", "another", "each", "every", "no", "more", "top",
];

/// Where the source of a reported clause stands relative to its cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceAt {
    /// The subject before the cue: "X said …", "…, X said".
    Before,
    /// The phrase after the cue: "according to X", "…, said X".
    After,
    /// The subject of the sentence, for a participle: "…, adding that …".
    SentenceSubject,
    /// Nobody named: "Asked about the merger, she …" (the asker goes unnamed).
    Unstated,
    /// The possessor of a cue noun: "his criticism of …", "Trump's claim that …".
    Possessor,
    /// The source of the attribution the cue's participle follows: `“…,” Ramos said,
    /// referring to …` (the subject of "said", or what follows it in "…, said Ramos, …").
    PreviousCue,
}

/// A reported-speech candidate.
#[derive(Debug, Clone)]
pub struct RawReported {
    pub sentence: usize,
    /// Token index of the cue verb.
    pub cue_tok: usize,
    pub cue_len: usize,
    pub cue: String,
    pub kind: AttributionKind,
    pub content: Span,
    /// The pieces of the content: one, or two around a parenthetical attribution ("The
    /// industry, she said, is doing much better").
    pub pieces: Vec<Span>,
    pub source: SourceAt,
    /// Direct-looking (mostly quoted words opening or closing the content: "partial") or a
    /// paraphrase ("indirect").
    pub form: StatementForm,
}

fn quoted_share(a: &Analysis, span: &Span) -> f32 {
    let toks = super::token::tokenize(a.text, span.clone());
    let words: Vec<_> = toks.iter().filter(|t| t.is_word).collect();
    if words.is_empty() {
        return 1.0;
    }
    let inside = words.iter().filter(|t| a.in_quote(t.span.start)).count();
    inside as f32 / words.len() as f32
}

/// The share of a span's letters and digits inside quote marks, which decides its form.
/// Letters, not words: the reporter's framing ("the billionaire businessman “can’t win”") weighs
/// as long as it reads, however few its words.
fn quoted_letter_share(a: &Analysis, span: &Span) -> f32 {
    let (mut inside, mut all) = (0usize, 0usize);
    for (i, c) in a.text[span.clone()].char_indices() {
        if c.is_alphanumeric() {
            all += 1;
            inside += usize::from(a.in_quote(span.start + i));
        }
    }
    if all == 0 {
        return 1.0;
    }
    inside as f32 / all as f32
}

/// A paraphrase carrying quoted words is partial when the quoted words are most of it and open
/// or close it (`that Rubio is “weak like a baby.”`), indirect otherwise.
pub(crate) fn form_of(a: &Analysis, content: &Span) -> StatementForm {
    let text = a.text[content.clone()].trim();
    // `''` is the New York Times' double quote.
    // A straight single mark counts too ("Lee: 'Never underestimate him.'"): the quoted
    // share below only counts marks read as quotes, never apostrophes.
    // `have "very different goals," Lee said`: a clause closing on its one quote stops before
    // the comma, the quote's closing mark after it. A quote a colon introduces is an utterance
    // of its own, not the clause's end.
    let quotes_inside = a
        .quotes
        .iter()
        .filter(|q| content.start <= q.start && q.end <= content.end + 1)
        .count();
    let introduced = text.contains(": “") || text.contains(": \"");
    let closed_after = quotes_inside == 1
        && !introduced
        && a.text[content.end..]
            .trim_start_matches([',', '.'])
            .starts_with(['”', '"', '’', '\'']);
    let edge_quoted = starts_quoted(text)
        || text.starts_with('\'')
        || text.ends_with(['”', '"', '’', '\''])
        || closed_after;
    // `said that Trump is a “loser” and a “liar.”`: the complementizer opening the reported
    // clause is the reporter's framing and weighs with it.
    let before = a.text[..content.start].trim_end();
    let that = before.len() >= 4
        && before.is_char_boundary(before.len() - 4)
        && before[before.len() - 4..].eq_ignore_ascii_case("that")
        && !before[..before.len() - 4].ends_with(char::is_alphanumeric);
    let framed = if that {
        before.len() - 4..content.end
    } else {
        content.clone()
    };
    if edge_quoted && quoted_letter_share(a, &framed) >= 0.5 {
        StatementForm::Partial
    } else {
        StatementForm::Indirect
    }
}

/// Where a reported clause starting at `from` in sentence `s` ends: before a second attribution,
/// a colon or the writer's own clause after it.
pub(crate) fn end_of_content(a: &Analysis, s: usize, from: usize) -> usize {
    let toks = &a.tokens[s];
    let mut end = toks.last().map_or(from, |t| t.span.end);
    // The closing comma of a relative clause inside the content's subject, passed over.
    let mut skip_to = 0;
    for j in a.token_at(s, from)..toks.len() {
        let w = toks[j].text(a.text);
        if a.in_quote(toks[j].span.start) || j < skip_to {
            continue;
        }
        // "said the decision, which struck down the rules, was a blow": a relative clause
        // after a subject with no verb yet belongs to that subject.
        if w == "," && matches!(a.lw(s, j + 1), "which" | "who") {
            if let Some(close) = subject_relative_end(a, s, from, j) {
                skip_to = close + 1;
                continue;
            }
        }
        // `… the “Ukraine crisis,” China’s Foreign Ministry said`: a trailing attribution after
        // a quote that closes with its comma.
        let closes_with_comma = a.quote_closed_after_comma(s, j);
        if closes_with_comma {
            let trailing =
                (j + 1..(j + 8).min(toks.len())).find(|&k| a.speech_verb(s, k).is_some());
            // `X, citing “the magic of Trump,” said …`: a cue right after the closed quote is
            // the next attribution.
            let attributed = trailing == Some(j + 1)
                || trailing.is_some_and(|k| {
                    super::coref::subject_before(a, s, k)
                        .is_some_and(|(_, p)| p.start > toks[j].span.start)
                        || source_phrase_before(a, s, k)
                            .is_some_and(|p| p.start > toks[j].span.start)
                });
            if attributed {
                end = toks[j].span.end;
                break;
            }
        }
        // "…, as Ann Lee, standing there, said.": the source of the words before it.
        if a.lw(s, j) == "as"
            && comma_before(a, s, j).is_some()
            && as_source_words(a, s, j).is_some()
        {
            // `the words "let us vote," as …`: a quote closing with its comma stays whole.
            end = if a.word(s, j - 1) == "," {
                toks[j - 1].span.start
            } else {
                toks[j - 1].span.end
            };
            break;
        }
        // `told the meeting: "…"`: what follows the colon is a quote of its own; in "it is
        // time to accept a new reality: that …" it spells out what came before, and goes on.
        let colon_quote = w == ":"
            && toks
                .get(j + 1)
                .is_none_or(|t| a.in_quote(t.span.start) || starts_quoted(&a.text[t.span.start..]));
        // "pledged to ban all Muslims — 1.6 billion people — from entering": an aside between
        // two dashes, with the clause going on after it, is part of the content.
        if a.is_dash(s, j) {
            if let Some(close) = closing_dash(a, s, j) {
                skip_to = close + 1;
                continue;
            }
            // "said he understands her position - and that he will back her": a second
            // that-clause of the same cue goes on.
            let next = a.run_end(s, j, |w| w == "-") + 1;
            if matches!(a.lw(s, next), "and" | "but") && a.lw(s, next + 1) == "that" {
                continue;
            }
        }
        // "to 1,546 trillion rials ($175.6bn; £93.6bn) from …": a short aside in brackets,
        // its semicolons and dashes included, is part of the content; not one that says or
        // quotes something of its own ("(“…,” he said.)", "(they want lower rates and
        // suggest …)").
        if w == "(" {
            let close = (j + 1..toks.len().min(j + 16)).find(|&k| a.word(s, k) == ")");
            let plain = |close: usize| {
                (j + 1..close).all(|k| {
                    !a.in_quote(toks[k].span.start)
                        && !matches!(a.word(s, k), "“" | "”" | "\"" | "''")
                        && a.attribution_cue(s, k).is_none()
                        && a.speech_verb(s, k).is_none()
                        && a.lw(s, k) != "according"
                })
            };
            if let Some(close) = close.filter(|&c| plain(c)) {
                skip_to = close + 1;
                continue;
            }
        }
        if w == ";" || a.is_dash(s, j) || colon_quote {
            end = toks[j].span.start;
            break;
        }
        // "… momentum and said that …": a second attribution of the same source.
        if matches!(w, "and" | "but") && j > a.token_at(s, from) {
            let next = (j + 1..toks.len().min(j + 4)).find(|&k| !is_skippable(a.word(s, k)));
            if next.is_some_and(|k| {
                a.attribution_cue(s, k)
                    .is_some_and(|(_, _, kind)| kind == AttributionKind::Speech)
                    && !joined_passive(a, s, k)
            }) {
                end = toks[j].span.start;
                break;
            }
            // "… don't know, and one in five say …": another source and its cue; but "said he
            // and Rubio promised …" joins two subjects of one clause.
            let joins_subjects = !has_verb(a, &(from..toks[j].span.start));
            let cue = (j + 2..toks.len().min(j + 7))
                .filter(|_| !joins_subjects)
                .find(|&k| a.speech_verb(s, k).is_some() && !a.in_quote(toks[k].span.start));
            if cue.is_some_and(|k| {
                source_phrase_before(a, s, k).is_some_and(|p| p.start > toks[j].span.start)
            }) {
                end = toks[j].span.start;
                break;
            }
            // "says she will vote for him but has withheld her endorsement", "had said she
            // would visit, and to date has only issued a tweet": a perfect tense with no
            // subject of its own goes on with the source's deeds, not with what was said.
            if perfect_without_subject(a, s, j + 1) {
                let comma = a.word(s, j - 1) == ",";
                end = toks[if comma { j - 1 } else { j }].span.start;
                break;
            }
        }
        // `“… maniacal,” adding, “…”`: a participle cue right after a quote that closed with
        // its comma starts the next attribution.
        if a.quote_closed_after_comma(s, j) && participle_cue(a, s, j + 1) {
            end = toks[j].span.end;
            break;
        }
        // `posted a reply on Facebook writing, “…”`: a participle cue that opens a quote
        // starts the next attribution, a comma before it or not.
        let opens_quote = |k: usize| {
            matches!(a.word(s, k), "," | ":")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| starts_quoted(&a.text[t.span.start..]))
        };
        if j > 0 && toks[j - 1].capitalized && participle_cue(a, s, j) && opens_quote(j + 1) {
            end = toks[j - 1].span.end;
            break;
        }
        // "… is Hillary Clinton, and he railed against …", "…, and there were none": a clause
        // of its own joins on.
        // "… “where we stand” as he faces …": the writer's context after it.
        // But "as it" is mostly the reason given ("would be good for him as it would teach
        // him discipline"), part of what was said.
        let person = matches!(a.lw(s, j + 1), "he" | "she" | "they");
        let other = matches!(a.lw(s, j + 1), "there" | "it" | "we" | "i" | "you");
        // After an object phrase ("mentioned the new ferry, and there were …") any clause of its
        // own ends it; after a clause, one with "it" or "there" may still be what was said.
        let object_phrase = || !has_verb(a, &(from..toks[j].span.start));
        let and_after_comma = w == "and" && j > 0 && a.word(s, j - 1) == ",";
        if (person && w == "as") || (and_after_comma && (person || (other && object_phrase()))) {
            let from_tok = if w == "and" { j - 1 } else { j };
            end = toks[from_tok].span.start;
            break;
        }
        if w == "," {
            let next = a.lw(s, j + 1);
            // "said the council had acted quickly, but that the money had run out": a second
            // that-clause of the same cue goes on ("…, and that is why" is the writer's).
            // Nor "but that group was …", "but that doesn't …": "that" as a determiner or
            // a pronoun, its noun or verb right after it.
            let after_that = a.lw(s, j + 3);
            let subject_opener = DETERMINERS.contains(&after_that)
                || matches!(
                    after_that,
                    "he" | "she"
                        | "they"
                        | "we"
                        | "i"
                        | "you"
                        | "it"
                        | "there"
                        | "this"
                        | "if"
                        | "when"
                )
                || toks.get(j + 3).is_some_and(|t| t.capitalized)
                || a.in_quote(toks.get(j + 3).map_or(0, |t| t.span.start));
            let second_that_clause =
                matches!(next, "and" | "but") && a.lw(s, j + 2) == "that" && subject_opener;
            if second_that_clause {
                continue;
            }
            // ", even as Russia continues …": the writer's contrast, not what was said.
            let even_as = next == "even"
                && matches!(a.lw(s, j + 2), "as" | "though" | "if" | "when" | "while");
            // "said the plan, announced in May, was wrong": a participle set off by commas
            // inside the content's subject, its verb after the closing comma, goes on.
            if let Some(close) = participle_aside(a, s, j) {
                skip_to = close + 1;
                continue;
            }
            if BREAKERS.contains(&next)
                || even_as
                || a.speech_verb(s, j + 1).is_some()
                || participle_cue(a, s, j + 1)
            {
                end = toks[j].span.start;
                break;
            }
            // ", TASS reported", ", officials said": a trailing attribution of its own; but
            // "reported that during the visit, the council repeated its request": the comma
            // closing an opening phrase leads to the clause's own subject and verb.
            let first = a.token_at(s, from);
            let opener =
                PREPOSITIONS.contains(&a.lw(s, first)) || SUBORDINATORS.contains(&a.lw(s, first));
            let closes_opener = opener && (first..j).all(|m| a.word(s, m) != ",");
            let cue_goes_on = |k: usize| {
                let next = a.lw(s, k + 1);
                !(next.is_empty()
                    || matches!(
                        next,
                        "." | "," | "that" | "in" | "on" | "at" | "last" | "this"
                    )
                    || super::time::is_calendar_word(next))
            };
            // "…, Fox found.": any cue that ends the sentence after its source.
            let closing_cue = |k: usize| {
                a.attribution_cue(s, k).is_some_and(|(_, n, _)| {
                    k + n >= toks.len() || matches!(a.word(s, k + n), "." | "!" | "?")
                })
            };
            if let Some(k) = (j + 2..(j + 8).min(toks.len()))
                .find(|&k| a.speech_verb(s, k).is_some() || closing_cue(k))
                .filter(|&k| !(closes_opener && cue_goes_on(k)))
            {
                let plain = (j + 1..k).all(|m| {
                    let w = a.lw(s, m);
                    w != "," && w != "that" && !a.in_quote(toks[m].span.start)
                });
                if plain && source_phrase_before(a, s, k).is_some() {
                    end = toks[j].span.start;
                    break;
                }
            }
        }
    }
    if end < from {
        return from;
    }
    // Drop a final period and commas; a closing quote mark belongs to the words it closes.
    // "(Forbes says it tracks 500 fortunes.)": so does the bracket of a bracketed sentence.
    let mut text = a.text[from..end].trim_end_matches(['.', ' ', ',']);
    if a.word(s, 0) == "(" {
        text = text.trim_end_matches(')').trim_end_matches(['.', ' ', ',']);
    }
    from + text.len()
}

/// Whether token `comma` is a comma that a conjunction follows: where an inverted source
/// ends when the sentence goes on ("…, said Mr Howard, and …").
fn joins_on_after(a: &Analysis, s: usize, comma: usize) -> bool {
    a.word(s, comma) == ","
        && matches!(
            a.lw(s, comma + 1),
            "and" | "but" | "because" | "so" | "although" | "though" | "since" | "as"
        )
}

/// What an inverted source's clause goes on with after the comma that closes the source:
/// "…, say the Tories, because that would …", "…, said Mr Howard, and rates would fall".
fn inverted_continuation(a: &Analysis, s: usize, comma: usize) -> Option<Span> {
    if !joins_on_after(a, s, comma) {
        return None;
    }
    let next = a.tokens[s].get(comma + 1)?;
    let rest = next.span.start..end_of_content(a, s, next.span.start);
    // "…, said Ann Lee, but he did not think …", "…, but the test revealed …": a clause with
    // its own cue is an attribution of its own.
    // ("…, so firms defend themselves": a cue with an object is a deed, not an attribution.)
    let own_cue = (comma + 2..a.token_at(s, rest.end)).any(|k| {
        a.attribution_cue(s, k).is_some()
            && (a.speech_verb(s, k).is_some() || a.lw(s, k + 1) == "that")
            && !a.is_noun_use(s, k)
            && !a.in_quote(a.tokens[s][k].span.start)
    });
    (!own_cue && (reads_like_clause(a, &rest) || has_verb(a, &rest))).then_some(rest)
}

/// The closing comma of a past participle of speech set off inside a noun phrase, when the
/// clause's verb follows it: "the plan, announced in May, was wrong", "the report, published
/// on Monday, says". Not an inverted cue ("…, said Ann Lee, and …"): no name or article after
/// the participle, and a finite verb right after the closing comma.
fn participle_aside(a: &Analysis, s: usize, comma: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    let verb = comma + 1;
    let w = a.lw(s, verb);
    let past = w.len() > 3 && w.ends_with("ed") || a.lx.irregular_past.contains(w);
    if !past || a.speech_verb(s, verb).is_none() {
        return None;
    }
    let close = (verb + 1..toks.len().min(verb + 8)).find(|&k| a.word(s, k) == ",")?;
    let plain = (verb + 1..close).all(|k| {
        toks[k].is_word
            && !toks[k].capitalized
            && !FINITE.contains(&a.lw(s, k))
            && !a.in_quote(toks[k].span.start)
            || is_count(a.lw(s, k))
            || super::time::is_calendar_word(a.lw(s, k))
    });
    let opener = matches!(
        a.lw(s, verb + 1),
        "in" | "on" | "at" | "last" | "this" | "by" | "earlier" | "yesterday" | "today" | "to"
    );
    (plain && opener && FINITE.contains(&a.lw(s, close + 1))).then_some(close)
}

/// Whether the words from token `k` are a verb phrase in the perfect with no subject before it:
/// "has withheld", "to date has only issued", "has since backed".
fn perfect_without_subject(a: &Analysis, s: usize, k: usize) -> bool {
    let adverb = |w: &str| {
        matches!(
            w,
            "also"
                | "since"
                | "then"
                | "later"
                | "still"
                | "never"
                | "only"
                | "already"
                | "not"
                | "yet"
                | "now"
                | "so"
                | "far"
                | "to"
                | "date"
                | "repeatedly"
                | "recently"
        )
    };
    let mut m = k;
    while m < k + 3 && adverb(a.lw(s, m)) {
        m += 1;
    }
    if !matches!(a.lw(s, m), "has" | "have" | "had") {
        return false;
    }
    m += 1;
    while m < k + 6 && adverb(a.lw(s, m)) {
        m += 1;
    }
    let w = a.lw(s, m);
    w != "been" && (w.len() > 3 && w.ends_with("ed") || a.lx.irregular_past.contains(w))
}

/// An attribution cue in its -ing form at token `k`: "insisting", "acknowledging", or after
/// an adverb of time or manner ("later saying", "eventually conceding").
fn participle_cue(a: &Analysis, s: usize, k: usize) -> bool {
    let cue = |k: usize| a.lw(s, k).ends_with("ing") && a.attribution_cue(s, k).is_some();
    cue(k) || is_adverb(a, s, k) && cue(k + 1)
}

/// A lone adverb of time or manner at token `k` ("later", "eventually", "again").
fn is_adverb(a: &Analysis, s: usize, k: usize) -> bool {
    let w = a.lw(s, k);
    a.tokens[s]
        .get(k)
        .is_some_and(|t| t.is_word && !t.capitalized)
        && (w.len() > 4 && w.ends_with("ly") && !matches!(w, "only" | "early" | "family" | "daily")
            || matches!(w, "later" | "then" | "also" | "again" | "often"))
}

/// The words naming an unnamed source right before a cue ("officials", "a senior aide", "the
/// campaign", "a new poll"), or a pronoun no one could be resolved for ("I", "we").
pub fn source_phrase_before(a: &Analysis, s: usize, verb: usize) -> Option<Span> {
    let toks = &a.tokens[s];
    let mut k = verb;
    // "the US daily said": "daily" names a newspaper here, not how often.
    let periodical = |w: &str| matches!(w, "daily" | "weekly" | "monthly");
    // "three in 10 said": the number is the source's, not a date to skip.
    let ratio_ends_at = |k: usize| k >= 3 && ratio_in_before(a, s, k - 1);
    loop {
        // "the leaders praised their visions and signaled …": the verb before "and" had the
        // subject; the words before "and" are its object.
        if k > 0 && matches!(a.lw(s, k - 1), "and" | "but") {
            return None;
        }
        if k > 0
            && is_skippable(a.word(s, k - 1))
            && !ratio_ends_at(k)
            && !DETERMINERS.contains(&a.lw(s, k - 1))
            && !periodical(a.lw(s, k - 1))
        {
            k -= 1;
        } else if k >= 3
            && a.word(s, k - 1) == ","
            && a.word(s, k - 3) == ","
            && ASIDES.contains(&a.lw(s, k - 2))
        {
            // "Proponents of the bill, however, say …".
            k -= 3;
        } else if let Some(open) = aside_before(a, s, k) {
            // "One former employee, speaking on condition of anonymity, said …".
            k = open;
        } else if let Some(open) = (k > 0)
            .then(|| super::coref::ago_phrase_start(a, s, k - 1))
            .flatten()
        {
            // "The department less than two weeks ago said …".
            k = open;
        } else if k >= 2
            && k < verb
            && super::time::is_calendar_word(a.lw(s, k))
            && matches!(a.lw(s, k - 1), "in" | "on" | "during" | "since")
        {
            // "Democrats in November say …": when, between the source and its verb.
            k -= 1;
        } else if let Some(city) = state_closed_before(a, s, k) {
            // "A driver from Concord, N.H., said": the state set off after its place.
            k = city;
        } else if k > 1 && AUXILIARIES.contains(&a.lw(s, k - 1)) {
            // "Critics are calling for …", "aides have argued …": the source stands before
            // the auxiliaries of its verb.
            k -= 1;
        } else {
            break;
        }
    }
    // "about two-thirds, 67 percent, say", "A third of independents, 33%, say": a share set
    // off after the phrase it counts; the source is both, from the start of the clause.
    if k >= 4 && a.word(s, k - 1) == "," {
        let share =
            share_or_age_group(a, s, k - 2).filter(|&st| st >= 2 && a.word(s, st - 1) == ",");
        if let Some(share) = share {
            let body = a.token_at(s, body_start(a, s));
            let first = (body..share - 1)
                .rev()
                .find(|&m| matches!(a.word(s, m), "," | ";" | ":"))
                .map_or(body, |m| m + 1);
            if first < share - 1 {
                return Some(toks[first].span.start..toks[k - 2].span.end);
            }
        }
    }
    let head = k.checked_sub(1)?;
    let hw = a.lw(s, head);
    let pronoun = matches!(hw, "i" | "we" | "you" | "they" | "he" | "she" | "who");
    // "groups that have endorsed him say": an object pronoun ending a relative clause is no
    // source.
    if matches!(hw, "him" | "her" | "them" | "us" | "me")
        && (head.saturating_sub(6)..head).any(|k| matches!(a.lw(s, k), "that" | "who"))
    {
        return None;
    }
    // "Ann Lee and others say": the one named among them.
    if hw == "others" && head >= 2 && a.lw(s, head - 1) == "and" {
        if let Some(mi) = a.mention_at_token(s, head - 2) {
            return Some(a.mentions[mi].span.start..toks[head].span.end);
        }
    }
    // "Ann Lee and her lawyers have said", "Acme and its campaign staff said": the one named,
    // with the people of their own who speak with them.
    if let Some(mi) = named_with_their_own(a, s, head) {
        return Some(a.mentions[mi].span.start..toks[head].span.end);
    }
    // "Some said …", "Many say …": a quantifier standing for people.
    let quantifier = QUANTIFIER_SOURCES.contains(&hw);
    if quantifier {
        return Some(toks[head].span.clone());
    }
    // "one in five say …".
    if is_count(hw) && ratio_in_before(a, s, head) {
        return Some(toks[head - 2].span.start..toks[head].span.end);
    }
    // "42% say …", "those over 60 say …": a share or an age group of those asked.
    if let Some(start) = share_or_age_group(a, s, head) {
        return Some(toks[start].span.start..toks[head].span.end);
    }
    // "the polling showed", "a survey released Tuesday found": a noun in "-ing" or a noun
    // with its participle, before a cue that can only be a verb ("the devastating attacks" is
    // an adjective and a noun, "a fundraising call" a noun and a noun): a past tense.
    let plain_verb = {
        let cue = a.lw(s, verb);
        cue.ends_with("ed") || a.lx.irregular_past.contains(cue) || cue == "says"
    };
    // "those surveyed say", "voters polled in May said": the people a poll asked.
    let asked = POLLED.contains(&hw) && head > 0 && a.lw(s, head - 1) == "those";
    let verb_like = !toks[head].capitalized
        && (hw.ends_with("ed") || hw.ends_with("ing") || hw.ends_with("ly") && !periodical(hw))
        && !(plain_verb && (noun_in_ing(a, s, head) || reduced_relative(a, s, head)))
        && !asked;
    if !toks[head].is_word
        || a.in_quote(toks[head].span.start)
        || (!pronoun && NOT_IN_SOURCE.contains(&hw))
        || DETERMINERS.contains(&hw)
        || verb_like
        || hw.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let mut start = head;
    if !pronoun {
        // "A person familiar with the planning for Thursday’s meeting": up to ten words.
        while start > 0 && head - start < 9 {
            let prev = &toks[start - 1];
            let w = a.lw(s, start - 1);
            // Past six words, a verb of the clause before ends the source ("threats prompted
            // NATO at its July summit in Warsaw"; "newly filed reports" is a description).
            let verb = head - start >= 6
                && !prev.capitalized
                && (FINITE.contains(&w)
                    || w.len() > 4
                        && w.ends_with("ed")
                        && !(start >= 2 && a.lw(s, start - 2).ends_with("ly")));
            if verb {
                break;
            }
            if !prev.is_word || NOT_IN_SOURCE.contains(&w) || a.in_quote(prev.span.start) {
                // "a spokesman for the campaign", "members of Congress".
                let joins = matches!(w, "for" | "of" | "at" | "with" | "to" | "in" | "among")
                    && start >= 2
                    && toks[start - 2].is_word
                    && !NOT_IN_SOURCE.contains(&a.lw(s, start - 2));
                // "union members and leaders say": two plural nouns joined.
                let plurals = w == "and" && start >= 2 && {
                    let before = a.lw(s, start - 2);
                    super::analysis::looks_plural(before)
                        && (!toks[start - 2].capitalized
                            || start - 2 == a.token_at(s, body_start(a, s)))
                        && super::analysis::looks_plural(a.lw(s, head))
                        && !FINITE.contains(&before)
                };
                let joins = joins || plurals;
                if !joins {
                    break;
                }
            }
            start -= 1;
            // "Proponents of the bill": a determiner after "of" goes on to the head before it.
            // "Speakers at the service" too.
            let of_phrase = start >= 2
                && matches!(
                    a.lw(s, start - 1),
                    "of" | "for" | "in" | "among" | "at" | "with"
                )
                && toks[start - 2].is_word
                && !NOT_IN_SOURCE.contains(&a.lw(s, start - 2))
                && !DETERMINERS.contains(&a.lw(s, start - 2));
            if DETERMINERS.contains(&w) && !of_phrase {
                break;
            }
        }
    }
    // "At least half of voters say".
    if start >= 1 && a.lw(s, start - 1) == "at" && matches!(a.lw(s, start), "least" | "most") {
        start -= 1;
    } else if start >= 2
        && a.lw(s, start - 2) == "at"
        && matches!(a.lw(s, start - 1), "least" | "most")
    {
        start -= 2;
    }
    Some(toks[start].span.start..toks[head].span.end)
}

/// The token after a place whose state is set off by commas right before token `k` ("from
/// Concord, N.H., said" gives the comma after "Concord").
fn state_closed_before(a: &Analysis, s: usize, k: usize) -> Option<usize> {
    if k < 4 || a.word(s, k - 1) != "," {
        return None;
    }
    let state = a.mention_at_token(s, k - 2)?;
    let state_start = a.token_at(s, a.mentions[state].span.start);
    place_before_state(a, s, state_start).map(|_| state_start - 1)
}

/// The comma opening an aside that closes with the comma right before token `k`, when the
/// aside is a participle or a relative clause about the words before it ("an employee,
/// speaking on condition of anonymity, said", "two voters, who asked not to be named, said");
/// or the dash opening any aside that a dash closes there.
fn aside_before(a: &Analysis, s: usize, k: usize) -> Option<usize> {
    if k < 4 {
        return None;
    }
    // "Many speakers — including a rabbi and two imams — said …": whatever dashes set off.
    let is_dash = |w: &str| matches!(w, "—" | "–" | "-" | "--");
    let dash = |m: usize| is_dash(a.word(s, m));
    if dash(k - 1) {
        // "--" written as two hyphens is one dash, at either end.
        let close = a.run_start(s, k - 1, is_dash);
        let open = (close.saturating_sub(30)..close.saturating_sub(1))
            .rev()
            .find(|&m| dash(m))?;
        let open = a.run_start(s, open, is_dash);
        let clean = (open + 1..close).all(|m| !a.in_quote(a.tokens[s][m].span.start));
        return (clean && open > 0 && a.tokens[s][open - 1].is_word).then_some(open);
    }
    if a.word(s, k - 1) != "," {
        return None;
    }
    let open = (k.saturating_sub(18)..k - 2)
        .rev()
        .find(|&c| a.word(s, c) == ",")?;
    // "…, often conducted by …, have found": an adverb before the participle.
    let adverb = |w: &str| {
        w.len() > 4 && w.ends_with("ly") || matches!(w, "often" | "also" | "first" | "later")
    };
    let lead = open + 1 + usize::from(adverb(a.lw(s, open + 1)) && k > open + 3);
    let first = a.lw(s, lead);
    let participle_at = |m: usize| {
        let w = a.lw(s, m);
        w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")) || a.lx.irregular_past.contains(w)
    };
    // "The aides, led by campaign manager Terry Sullivan, told …": a passive participle too.
    // "led by", "fed by": a short participle, which the "by" after it tells.
    let participle = first.len() > 4 && first.ends_with("ing")
        || (participle_at(lead) || first.ends_with("ed")) && a.lw(s, lead + 1) == "by";
    // "The poll, released on Wednesday, showed …", "The mayor, elected in May, said …": a
    // past participle with when or where, and no verb of its own.
    let next = a.lw(s, lead + 1);
    let participle = participle
        || !first.ends_with("ing")
            && participle_at(lead)
            && (PREPOSITIONS.contains(&next)
                || super::time::is_calendar_word(next)
                || matches!(next, "last" | "this" | "earlier"))
            && k - 1 - lead <= 8
            && (lead + 1..k - 1).all(|m| {
                let t = &a.tokens[s][m];
                t.is_word && (t.capitalized || !FINITE.contains(&a.lw(s, m)))
            });
    // "The office, when contacted by Reuters, said …", "…, if elected, …".
    let reduced_clause = matches!(first, "when" | "while" | "if" | "once" | "after" | "before")
        && participle_at(open + 2);
    // "Supporters of the bill, on the other hand, argued …", "The firm, in a statement, said":
    // a short phrase opening with a preposition, with no verb.
    let prepositional = (PREPOSITIONS.contains(&first) || first == "for")
        && k - 1 - (open + 1) <= 5
        && (open + 1..k - 1).all(|m| {
            let w = a.lw(s, m);
            a.tokens[s][m].is_word && !FINITE.contains(&w)
        });
    // "The employee, a registered Republican, said …": an apposition, up to eight words or
    // with its relative clause ("a Republican who asked not to be named").
    let appositive = matches!(first, "a" | "an" | "the") && {
        let relative = (open + 3..k - 1).find(|&m| matches!(a.lw(s, m), "who" | "whose"));
        let head_end = relative.unwrap_or(k - 1);
        (relative.is_some() || head_end - open <= 9)
            && (open + 1..head_end).all(|m| {
                let w = a.lw(s, m);
                a.tokens[s][m].is_word && !FINITE.contains(&w) && !matches!(w, "and" | "or")
            })
    };
    // "The field's hawks, like Lee and Hale, say …": examples of those before, with no verb.
    let examples = (matches!(first, "like" | "including")
        || first == "such" && a.lw(s, lead + 1) == "as")
        && k - 1 - lead <= 10
        && (lead..k - 1).all(|m| {
            let t = &a.tokens[s][m];
            t.is_word && (t.capitalized || !FINITE.contains(&a.lw(s, m)))
        });
    let clean = (open + 1..k - 1).all(|m| !a.in_quote(a.tokens[s][m].span.start));
    ((participle
        || examples
        || reduced_clause
        || prepositional
        || appositive
        || matches!(first, "who" | "whose" | "which"))
        && clean
        && open > 0)
        .then_some(open)
}

/// Where a source that is a share ("42%", "about 42%") or an age group ("those over 60")
/// ending at token `head` starts.
fn share_or_age_group(a: &Analysis, s: usize, head: usize) -> Option<usize> {
    let digits =
        |k: usize| !a.lw(s, k).is_empty() && a.lw(s, k).chars().all(|c| c.is_ascii_digit());
    // "42 percent", "Forty-two per cent", "half" of those asked.
    let amount = |k: usize| digits(k) || super::mention::is_number_word(a.lw(s, k));
    let percent = matches!(a.lw(s, head), "%" | "percent")
        || a.lw(s, head) == "cent" && head > 0 && a.lw(s, head - 1) == "per";
    let number_at = head - usize::from(a.lw(s, head) == "cent");
    let start = if percent && number_at > 0 && amount(number_at - 1) {
        number_at - 1
    } else if digits(head)
        && head >= 2
        && matches!(a.lw(s, head - 1), "over" | "under")
        && matches!(a.lw(s, head - 2), "those" | "people" | "voters" | "adults")
    {
        head - 2
    } else {
        return None;
    };
    // "about 42%", "nearly 42%", "a mere 9 percent", "more than 60 percent".
    let mut start = start;
    while start > 0
        && matches!(
            a.lw(s, start - 1),
            "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "some"
                | "only"
                | "just"
                | "mere"
                | "a"
                | "fully"
                | "than"
                | "more"
                | "less"
                | "fewer"
                | "around"
        )
    {
        start -= 1;
    }
    Some(start)
}

/// Whether the word in "-ing" at token `k` is a noun after its determiner: "the polling
/// showed", "a new ruling found", not a verb ("he was speaking").
fn noun_in_ing(a: &Analysis, s: usize, k: usize) -> bool {
    let prev = a.lw(s, k.saturating_sub(1));
    a.lw(s, k).ends_with("ing")
        && k > 0
        && (DETERMINERS.contains(&prev)
            // "Thursday’s meeting".
            || prev.ends_with("’s")
            || prev.ends_with("'s")
            || matches!(
                a.lw(s, k - 1),
                "new" | "latest" | "recent" | "this" | "that"
            )
            // "Exit polling showed", "National polling shows": a word or two that open the
            // sentence before it.
            || {
                let body = a.token_at(s, body_start(a, s));
                body < k
                    && k - body <= 2
                    && (body..k).all(|m| {
                        let w = a.lw(s, m);
                        a.tokens[s][m].is_word
                            && !FINITE.contains(&w)
                            && !NOT_IN_SOURCE.contains(&w)
                            && !w.ends_with("ly")
                    })
            })
}

/// Whether the participle at token `k` ends a reduced relative after a noun: "a survey
/// released Tuesday found", "research published last year suggests" (the time words are
/// already passed over); the noun, not the participle, is what the source is.
fn reduced_relative(a: &Analysis, s: usize, k: usize) -> bool {
    let w = a.lw(s, k);
    if !(w.ends_with("ed") || a.lx.irregular_past.contains(w)) || k == 0 {
        return false;
    }
    let noun = a.lw(s, k - 1);
    let noun_tok = &a.tokens[s][k - 1];
    noun_tok.is_word
        && !noun_tok.capitalized
        && noun.len() > 2
        && !NOT_IN_SOURCE.contains(&noun)
        && !DETERMINERS.contains(&noun)
        && !noun.ends_with("ed")
        && !noun.ends_with("ly")
        && matches!(
            a.lw(s, k.saturating_sub(2)),
            "the" | "a" | "an" | "new" | "recent" | "latest" | "this" | "that"
        )
}

/// Who a relative "who" refers to: the name right before its comma ("Helen Okafor, who said
/// …").
fn relative_antecedent(a: &Analysis, s: usize, words: &Span) -> Option<super::EntityId> {
    if !a.text[words.clone()].eq_ignore_ascii_case("who") {
        return None;
    }
    let k = a.token_at(s, words.start);
    if k < 2 || a.word(s, k - 1) != "," {
        return None;
    }
    let mi = a.mention_at_token(s, k - 2)?;
    Some(a.mentions[mi].entity)
}

/// "a UN panel, which said …", "The Washington Post, which argued …": the words naming what a
/// relative pronoun before the cue at `verb` stands for.
fn relative_antecedent_words(a: &Analysis, s: usize, verb: usize) -> Option<Span> {
    if let Some(words) = restrictive_relative_source(a, s, verb) {
        return Some(words);
    }
    let comma = set_off_relative(a, s, verb)?;
    if let Some((_, words)) = name_before(a, s, comma) {
        return Some(words);
    }
    source_phrase_before(a, s, comma).or_else(|| subject_words_before(a, s, comma))
}

/// The comma before a relative "which" or "who" that stands right before the cue at `verb`
/// ("…, which argued").
fn set_off_relative(a: &Analysis, s: usize, verb: usize) -> Option<usize> {
    let relative = verb.checked_sub(1)?;
    (matches!(a.lw(s, relative), "which" | "who")
        && relative >= 2
        && a.word(s, relative - 1) == ",")
        .then(|| relative - 1)
}

/// The mention that ends right before token `end`, with the words naming it (an article before
/// it included: "the Trade Forum").
fn name_before(a: &Analysis, s: usize, end: usize) -> Option<(usize, Span)> {
    let mi = a.mention_at_token(s, end.checked_sub(1)?)?;
    let m = &a.mentions[mi];
    if m.span.end != a.tokens[s][end - 1].span.end {
        return None;
    }
    let start = a.token_at(s, m.span.start);
    let with_article = start > 0 && matches!(a.lw(s, start - 1), "the" | "a" | "an");
    let from = if with_article { start - 1 } else { start };
    Some((mi, a.tokens[s][from].span.start..m.span.end))
}

/// "…, outlined by the Trade Forum, which argued …": the body a relative "which" set off by a
/// comma right before the cue at `verb` stands for, with the words naming it.
fn set_off_antecedent(a: &Analysis, s: usize, verb: usize) -> Option<(super::EntityId, Span)> {
    let comma = set_off_relative(a, s, verb).filter(|&c| a.lw(s, c + 1) == "which")?;
    let (mi, words) = name_before(a, s, comma)?;
    let m = &a.mentions[mi];
    let body =
        a.entities[m.entity].kind == EntityKind::Organization && m.kind == super::MentionKind::Name;
    body.then_some((m.entity, words))
}

/// "groups that have endorsed him say …", "residents whose homes flooded said …": a
/// restrictive relative clause between the source and its cue at `verb`; the words before
/// "that", "who" or "whose" are the source, and the names inside the clause are not.
fn restrictive_relative_source(a: &Analysis, s: usize, verb: usize) -> Option<Span> {
    source_phrase_before(a, s, restrictive_relative(a, s, verb)?)
}

/// [`restrictive_relative_source`] for "who" and "whose", which open nothing but a relative
/// clause ("that" may open the clause said: "not that he is calling for …").
fn relative_who_source(a: &Analysis, s: usize, verb: usize) -> Option<Span> {
    let r = restrictive_relative(a, s, verb).filter(|&r| a.lw(s, r) != "that")?;
    source_phrase_before(a, s, r)
}

/// The token of the relative pronoun opening a restrictive relative clause right before the
/// cue at `verb`; see [`restrictive_relative_source`].
fn restrictive_relative(a: &Analysis, s: usize, verb: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    (verb.saturating_sub(8)..verb.saturating_sub(1))
        .rev()
        .find(|&r| {
            // "who" is the subject of the verb after it; "that" and "whose" may open a noun
            // phrase before their verb.
            let clause = toks[r + 1].span.start..toks[verb - 1].span.end;
            matches!(a.lw(s, r), "that" | "who" | "whose")
                && r >= 1
                && toks[r - 1].is_word
                && (r + 1..verb).all(|k| toks[k].is_word && !a.in_quote(toks[k].span.start))
                && (a.lw(s, r) == "who" || has_verb(a, &clause))
        })
}

/// "Voters who backed Trump …": the words a restrictive "who" (no comma before it) stands
/// for, else the words themselves.
fn restrictive_antecedent(a: &Analysis, s: usize, words: Span) -> Span {
    let k = a.token_at(s, words.start);
    let restrictive =
        a.text[words.clone()].eq_ignore_ascii_case("who") && k >= 1 && a.tokens[s][k - 1].is_word;
    restrictive
        .then(|| source_phrase_before(a, s, k))
        .flatten()
        .unwrap_or(words)
}

/// The person a capitalised label names by surname ("WALLACE:" in a transcript of Chris
/// Wallace): the one person of the article whose last name it is.
pub fn surname_label(a: &Analysis, words: &Span) -> Option<super::EntityId> {
    let label = a.text[words.clone()].trim();
    if label.contains(' ') || label.chars().count() < 3 {
        return None;
    }
    let mut found = a.entities.iter().enumerate().filter(|(_, e)| {
        e.kind == super::EntityKind::Person
            && e.name
                .rsplit(' ')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case(label))
    });
    let (id, _) = found.next()?;
    found.next().is_none().then_some(id)
}

/// The words naming a source after `according to` or an inverted cue ("said a senior aide"),
/// up to a comma or the end of the sentence.
pub fn source_phrase_after(a: &Analysis, s: usize, from: usize) -> Option<Span> {
    let toks = &a.tokens[s];
    let first = from + 1;
    let mut end = first;
    while end < toks.len() && end < first + 10 {
        let w = a.lw(s, end);
        // "said Ms. Lee": the period of a title is part of the name.
        if !toks[end].is_word && !matches!(w, "’s" | "'s" | "-") && !a.abbreviation_period(s, end)
        {
            break;
        }
        if matches!(w, "that" | "which" | "who" | "and" | "but") {
            break;
        }
        end += 1;
    }
    (end > first).then(|| toks[first].span.start..toks[end - 1].span.end)
}

/// "…, said the company's chief executive, Jo Ferris.": the person a comma sets off right after
/// the words describing the source, ending the sentence or followed by another comma.
fn person_set_off_after(a: &Analysis, s: usize, words: &Span) -> Option<(super::EntityId, Span)> {
    let comma = a.token_at(s, words.end);
    if a.word(s, comma) != "," {
        return None;
    }
    let mi = a.mention_at_token(s, comma + 1)?;
    let m = &a.mentions[mi];
    let after = a.token_at(s, m.span.end);
    let ends = after >= a.tokens[s].len() || matches!(a.word(s, after), "." | ",");
    (ends && a.entities[m.entity].kind == super::EntityKind::Person)
        .then(|| (m.entity, m.span.clone()))
}

/// Whether a span reads like a clause rather than a name or an opening phrase: at least four
/// words, two of them lower-case content words.
fn reads_like_clause(a: &Analysis, span: &Span) -> bool {
    let toks = super::token::tokenize(a.text, span.clone());
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.text(a.text))
        .collect();
    // "Trump Could Address Clean Energy, Graham Says": a title-case headline capitalises its
    // content words too.
    let title_case = a
        .sentence_of(span.start)
        .is_some_and(|s| a.is_title_case(s));
    let content_words = words
        .iter()
        .filter(|w| {
            (title_case || w.chars().next().is_some_and(char::is_lowercase))
                && !a.lx.stopwords.contains(&w.to_lowercase())
        })
        .count();
    // "In a statement to parliament, X said": an opening phrase; "The party's health
    // spokeswoman, X, said": a description of the speaker.
    let opens_with_preposition = words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "in" | "at"
                | "on"
                | "for"
                | "during"
                | "after"
                | "before"
                | "speaking"
                | "writing"
                | "asked"
                | "earlier"
                | "later"
                | "meanwhile"
                | "separately"
        )
    });
    // "… to nominate candidates for president, X said": a role after a preposition ends a
    // clause, not a description.
    // "… was a blow for the mayor, X said": with its determiner too.
    let preposition = |w: &str| matches!(w.to_lowercase().as_str(), "for" | "as" | "to" | "of");
    let determiner = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that"
        )
    };
    let n = words.len();
    let governed_role = n >= 2 && preposition(words[n - 2])
        || n >= 3 && determiner(words[n - 2]) && preposition(words[n - 3]);
    let ends_with_role = words.last().is_some_and(|w| {
        let w = w.to_lowercase();
        super::coref::ROLE_NOUNS.contains(&w.as_str())
    }) && !governed_role;
    // "In all, the justices are doing what they can, X said": an opening phrase, then a clause.
    let clause_after_opening = opens_with_preposition
        && toks
            .iter()
            .position(|t| t.text(a.text) == ",")
            .is_some_and(|c| {
                let rest = toks[c].span.end..span.end;
                let words = toks[c..].iter().filter(|t| t.is_word).count();
                words >= 4 && has_verb(a, &rest)
            });
    // "Inflation is falling, the bank said", "Spam was still growing, Lee said": a common noun
    // capitalised only because it opens the sentence is a content word too, and with it three
    // words make a clause.
    let common_opening = toks.iter().find(|t| t.is_word).is_some_and(|t| {
        let w = t.text(a.text).to_lowercase();
        // Not "Referring to …," nor "Eight years ago,": an opening participle or a count.
        t.capitalized
            && a.mention_starting(t.span.start).is_none()
            && !a.lx.stopwords.contains(&w)
            && a.lx.common_words.contains(w.as_str())
            && !w.ends_with("ing")
            && !is_count(&w)
            && !super::time::is_calendar_word(&w)
    });
    let content_words = content_words + usize::from(common_opening && !title_case);
    // "The economy is weak, Smith said": four words are a clause when two are content words.
    (words.len() >= 4 || words.len() == 3 && common_opening)
        && content_words >= 2
        && (!opens_with_preposition || clause_after_opening)
        && !ends_with_role
        && has_verb(a, span)
}

/// Whether a span before a trailing cue opens with a subject pronoun and its auxiliary: "It
/// could help him, lawmakers said" and "This is not about me, Lee told aides" are clauses
/// whatever their words.
fn pronoun_clause(a: &Analysis, span: &Span) -> bool {
    let toks = super::token::tokenize(a.text, span.clone());
    let mut words = toks.iter().filter(|t| t.is_word).map(|t| t.text(a.text));
    let (Some(first), Some(second), Some(_)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    matches!(
        first.to_lowercase().as_str(),
        "he" | "she" | "it" | "they" | "we" | "i" | "there" | "this" | "that"
    ) && FINITE.contains(&second.to_lowercase().as_str())
}

/// Whether a span before a trailing cue is a clause whose subject is a name, with an auxiliary
/// or modal right after it and one content word: "Gordon Brown was wrong, Blair said", "Labour
/// had failed, the Tories say". `reads_like_clause` wants two lower-case content words, and
/// a name's words are capitalised.
fn named_subject_clause(a: &Analysis, span: &Span) -> bool {
    let toks = super::token::tokenize(a.text, span.clone());
    let words: Vec<&super::token::Token> = toks.iter().filter(|t| t.is_word).collect();
    let Some(s) = a.sentence_of(span.start) else {
        return false;
    };
    if words.len() < 3 || a.is_title_case(s) {
        return false;
    }
    // The name: one to four capitalised words opening the span, a mention of an entity; or two
    // names joined by "and" ("Tom Vale and Ann Hale will lose, Lee said").
    let capitalised_from = |k: usize| words[k..].iter().take_while(|t| t.capitalized).count();
    let first = capitalised_from(0);
    let joined = words.get(first).is_some_and(|t| t.text(a.text) == "and")
        && first + 1 < words.len()
        && (1..=4).contains(&capitalised_from(first + 1));
    let name_len = if joined {
        first + 1 + capitalised_from(first + 1)
    } else {
        first
    };
    if first == 0 || first > 4 || name_len + 1 >= words.len() {
        return false;
    }
    let named = a
        .mentions_in(&(words[0].span.start..words[name_len - 1].span.end))
        .next()
        .is_some();
    let verb = words[name_len].text(a.text).to_lowercase();
    let content = words[name_len + 1..].iter().any(|t| {
        let w = t.text(a.text).to_lowercase();
        !t.capitalized && !a.lx.stopwords.contains(&w)
    });
    named && FINITE.contains(&verb.as_str()) && content
}

/// Whether a span holds an auxiliary or a modal ("is", "could", "didn't"): a clause, not a name.
pub(crate) fn has_auxiliary(a: &Analysis, span: &Span) -> bool {
    super::token::tokenize(a.text, span.clone())
        .iter()
        .any(|t| FINITE.contains(&t.text(a.text).to_lowercase().as_str()))
}

/// Whether a bare clause has a verb: an auxiliary, a modal, a common irregular verb or a word
/// in "-ed" after its first word.
pub(crate) fn has_verb(a: &Analysis, span: &Span) -> bool {
    // `it “humanizes” her`: quotation marks inside the clause stand between a verb and its
    // subject.
    let mut toks = super::token::tokenize(a.text, span.clone());
    toks.retain(|t| !matches!(t.text(a.text), "“" | "”" | "\"" | "‘" | "'" | "``"));
    toks.iter().enumerate().any(|(i, t)| {
        let w = t.text(a.text).to_lowercase();
        FINITE.contains(&w.as_str())
            || w.ends_with("n’t")
            || w.ends_with("n't")
            || ["’ll", "'ll", "’d", "'d", "’re", "'re", "’ve", "'ve", "’m", "'m"]
                .iter()
                .any(|c| w.ends_with(c))
            // "it’s one of his favourite pictures": a pronoun with its "is" or "has".
            || IS_CONTRACTIONS.contains(&w.replace('\'', "’").as_str())
            || (i > 0 && w.len() > 4 && w.ends_with("ed") && !t.capitalized)
            // "the actor died", "he lied": a short past the verb table knows ("tied to",
            // "aged 50" mostly describe).
            || (i > 0
                && w.ends_with("ed")
                && !t.capitalized
                && !matches!(w.as_str(), "tied" | "aged")
                && a.lx.verb_lemmas.get(&w).is_some_and(|lemma| *lemma != w))
            || (i > 0 && !t.capitalized && a.lx.irregular_past.contains(&w))
            // Headlines drop the auxiliary: "Mayor says council planning cuts".
            || (i > 0 && w.len() > 5 && w.ends_with("ing") && !t.capitalized)
            || (i > 0
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !t.capitalized
                && (toks[i - 1].capitalized
                    || matches!(
                        toks[i - 1].text(a.text).to_lowercase().as_str(),
                        "he" | "she" | "it" | "this" | "that" | "who" | "there" | "one"
                    )))
            || (i > 0 && matches!(w.as_str(), "’s" | "'s") && !t.capitalized)
            // "the plan yields a bump": a verb in -s before its object's determiner.
            || (i > 0
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && toks.get(i + 1).is_some_and(|n| {
                    let next = n.text(a.text).to_lowercase();
                    OBJECT_OPENERS.contains(&next.as_str())
                        // "success depends on authenticity": before a preposition other than "of".
                        || (i > 1 && !w.ends_with("is") && PREPOSITIONS.contains(&next.as_str()))
                }))
            // "the report raises concerns", "the advantage hides problems": a verb in -s after
            // a singular noun with its determiner.
            || (i > 1
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !t.capitalized
                && (singular_subject(a, &toks[i - 2], &toks[i - 1])
                    // "Clinton's statistical advantage obscures …": an adjective between.
                    || i > 2
                        && toks[i - 2].is_word
                        && !toks[i - 2].capitalized
                        && !a.lx.stopwords.contains(&toks[i - 2].text(a.text).to_lowercase())
                        && singular_subject(a, &toks[i - 3], &toks[i - 1])))
            // "the proposals provide an alternative": a verb's base form after a plural noun.
            || (i > 0
                && !t.capitalized
                && a.lx.verb_bases.contains(&w)
                && toks[i - 1].is_word
                && super::analysis::looks_plural(&toks[i - 1].text(a.text).to_lowercase()))
            // "they only buy American": the word after a subject pronoun (and its adverbs).
            || (i > 0 && t.is_word && !t.capitalized && after_subject_pronoun(a, &toks, i))
    })
}

/// Whether two tokens are a singular determiner and its lower-case noun: "the report", "its
/// plan".
fn singular_subject(a: &Analysis, det: &super::token::Token, noun: &super::token::Token) -> bool {
    let (d, n) = (det.text(a.text).to_lowercase(), noun.text(a.text));
    // "Clinton's advantage obscures …": a possessive is a determiner too.
    let possessive = d.len() > 3 && (d.ends_with("'s") || d.ends_with("’s"));
    (possessive
        || matches!(
            d.as_str(),
            "the" | "a" | "an" | "this" | "his" | "her" | "its" | "their" | "our" | "my" | "each"
        ))
        && noun.is_word
        && !noun.capitalized
        && n.len() > 2
        && !n.ends_with('s')
}

/// Pronouns fused with "is" or "has": "it’s", "that’s", "there’s".
const IS_CONTRACTIONS: &[&str] = &[
    "it’s",
    "he’s",
    "she’s",
    "that’s",
    "there’s",
    "what’s",
    "who’s",
    "here’s",
    "where’s",
];

/// Determiners and possessives that open an object right after a verb.
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "no", "more", "less", "some", "any",
];

/// Whether token `i` comes right after a subject pronoun, adverbs aside.
fn after_subject_pronoun(a: &Analysis, toks: &[super::token::Token], i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = toks[k].text(a.text).to_lowercase();
        if matches!(w.as_str(), "i" | "we" | "they" | "you" | "he" | "she") {
            return true;
        }
        let adverb = matches!(
            w.as_str(),
            "only" | "also" | "still" | "never" | "just" | "all"
        ) || (w.len() > 4 && w.ends_with("ly"));
        if !adverb {
            return false;
        }
    }
    false
}

/// A content span without the comma and spaces before its attribution (a closing quote mark
/// stays with the words it closes).
/// A span that ends before it starts is empty: "U.S. Putin Putin — according to" once sliced
/// backwards and panicked (the property test's regression file keeps the case).
fn trim_trailing_comma(a: &Analysis, span: Span) -> Span {
    let span = span.start..span.end.max(span.start);
    let trimmed = a.text[span.clone()].trim_end_matches([',', ' ']);
    span.start..span.start + trimmed.len()
}

/// The token where a trailing attribution's source starts ("…, Kremlin aide Yuri Ushakov
/// said"), or `None` when the cue has no subject right before it.
fn source_start(a: &Analysis, s: usize, verb: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    let span = match subject_before(a, s, verb) {
        Some((_, span)) => span,
        None => source_phrase_before(a, s, verb)?,
    };
    let mut k = a.token_at(s, span.start);
    // Walk back over the speaker's titles: ", Kremlin aide Yuri Ushakov said".
    while k > 0 && k + 6 > a.token_at(s, span.start) {
        let prev = &toks[k - 1];
        let w = prev.text(a.text);
        // The period of "Mr." or "Sen.".
        let abbreviation = a.abbreviation_period(s, k - 1);
        let title_like = abbreviation
            || prev.capitalized
            || a.mention_at_token(s, k - 1).is_some()
            || matches!(w, "’s" | "'s" | "the" | "a" | "an")
            || super::coref::ROLE_NOUNS.contains(&a.lw(s, k - 1))
            || matches!(a.lw(s, k - 1), "aide" | "senior" | "top" | "former")
            // ", a spokesman for Microsoft said", ", the former CEO of Hewlett-Packard said":
            // the role the body's name completes.
            || matches!(w, "for" | "of" | "at")
                && k >= 2
                && (super::coref::ROLE_NOUNS.contains(&a.lw(s, k - 2)) || toks[k - 2].capitalized);
        if w == "," || !title_like {
            break;
        }
        k -= 1;
    }
    // "…, veteran Republicans said", "…, foreign ministry spokesman Ali Cherif said": a few
    // lower-case modifiers between the comma and the source are the source's own.
    let named = toks.get(k).is_some_and(|t| t.capitalized)
        || super::coref::ROLE_NOUNS.contains(&a.lw(s, k));
    if let Some(comma) = (k.saturating_sub(3)..k)
        .rev()
        .find(|&c| a.word(s, c) == ",")
        .filter(|_| named)
    {
        // "…, BBC local correspondent Tim Rowe said": a body's name among them.
        let modifiers = (comma + 1..k).all(|m| {
            let w = a.lw(s, m);
            if toks[m].capitalized {
                return a.mention_at_token(s, m).is_some_and(|mi| {
                    matches!(
                        a.entities[a.mentions[mi].entity].kind,
                        super::EntityKind::Organization | super::EntityKind::Country
                    )
                });
            }
            toks[m].is_word
                && !FINITE.contains(&w)
                && !PREPOSITIONS.contains(&w)
                && (QUANTIFIER_SOURCES.contains(&w) || !a.lx.stopwords.contains(w))
                && !["ly", "ing", "ed"].iter().any(|end| w.ends_with(end))
        });
        if modifiers {
            k = comma + 1;
        }
    }
    // "…, his top aide, Tad Devine, told the paper.": the description set off before the
    // name belongs to the source.
    if k >= 2 && a.word(s, k - 1) == "," {
        let description = (k.saturating_sub(10)..k - 1)
            .rev()
            .find(|&c| a.word(s, c) == ",")
            .filter(|&c| {
                let opener = a.lw(s, c + 1);
                matches!(opener, "his" | "her" | "its" | "their" | "the" | "a" | "an")
                    && (c + 1..k - 1).any(|m| super::coref::ROLE_NOUNS.contains(&a.lw(s, m)))
                    && (c + 1..k - 1).all(|m| !FINITE.contains(&a.lw(s, m)))
            });
        if let Some(c) = description {
            k = c + 1;
        }
    }
    Some(k)
}

/// The token after a named addressee or outlet starting at token `k` ("the BBC", "Reuters"),
/// if one starts there.
fn past_addressee(a: &Analysis, s: usize, k: usize) -> Option<usize> {
    let at = if a.lw(s, k) == "the" { k + 1 } else { k };
    let mi = a.mention_at_token(s, at)?;
    let mut end = a.token_at(s, a.mentions[mi].span.end).max(at + 1);
    // "told the Guardian newspaper there would be …": the outlet's kind goes with its name.
    // Nouns only: "CNN's weekly video series" is read by `past_programme`.
    let outlet_kind = |w: &str| {
        matches!(
            w,
            "newspaper"
                | "paper"
                | "magazine"
                | "programme"
                | "program"
                | "website"
                | "channel"
                | "show"
                | "network"
        )
    };
    if outlet_kind(a.lw(s, end)) {
        end += 1;
        // "told the BBC programme Go Digital he hoped …": the programme's title too.
        if matches!(a.lw(s, end - 1), "programme" | "program" | "show") {
            let toks = &a.tokens[s];
            while toks.get(end).is_some_and(|t| t.capitalized && t.is_word) {
                end += 1;
            }
        }
    }
    Some(past_programme(a, s, end))
}

/// Singular nouns for a body of listeners ("told the crowd", "assured the committee").
const AUDIENCE_NOUNS: &[&str] = &[
    "crowd",
    "audience",
    "committee",
    "panel",
    "jury",
    "court",
    "rally",
    "gathering",
    "conference",
    "meeting",
    "briefing",
    "paper",
    "newspaper",
    "magazine",
    "station",
    "network",
    "senate",
    "house",
    "chamber",
    "assembly",
    "parliament",
    "congregation",
    "convention",
];

/// The token after a listener named by a common noun from token `k` on: a determiner, at
/// most one modifier, then a plural noun or an audience noun ("investors", "the crowd", "a
/// group of donors" is left alone), when a clause follows it.
fn past_common_addressee(a: &Analysis, s: usize, k: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    let mut m = k;
    if matches!(
        a.lw(s, m),
        "the" | "a" | "an" | "his" | "her" | "their" | "its"
    ) {
        m += 1;
    }
    for head in m..(m + 2).min(toks.len()) {
        let t = &toks[head];
        let w = a.lw(s, head);
        // "told MPs the plan …": members of a house, in capitals.
        let members = matches!(w, "mps" | "meps" | "msps");
        if !t.is_word
            || t.capitalized && !members
            || FINITE.contains(&w)
            || a.mention_at_token(s, head).is_some()
        {
            return None;
        }
        let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
        // "told a news conference …": a modifier before the audience noun.
        if AUDIENCE_NOUNS.contains(&a.lw(s, head + 1)) {
            continue;
        }
        if plural || members || AUDIENCE_NOUNS.contains(&w) {
            // What follows must open a clause or a time: a subject, a date, "that".
            let next = a.lw(s, head + 1);
            let opens = next == "that"
                || CLAUSE_STARTS.contains(&next)
                || AFTER_CUE_SKIP.contains(&next)
                || super::time::is_calendar_word(next)
                || matches!(next, "the" | "a" | "an" | "in" | "at")
                || toks.get(head + 1).is_some_and(|t| t.capitalized);
            return opens.then_some(head + 1);
        }
    }
    None
}

/// Nouns that close the name of a broadcaster's programme or a paper's section.
const PROGRAMME_NOUNS: &[&str] = &[
    "programme",
    "program",
    "show",
    "podcast",
    "column",
    "series",
    "broadcast",
    "newscast",
];

/// "told BBC Radio 4's World at One", "told BBC One's Breakfast With Frost programme", "told
/// Sky News' Sunday programme": the broadcaster's programme after its possessive belongs to the
/// addressee. `k` is the token after the broadcaster's name.
fn past_programme(a: &Analysis, s: usize, k: usize) -> usize {
    let toks = &a.tokens[s];
    let possessive = |m: usize| {
        let w = a.word(s, m);
        matches!(w, "'s" | "’s" | "'" | "’")
            || w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s"))
    };
    // "Radio 4's": a channel number before the possessive.
    let mut m = k;
    if toks
        .get(m)
        .is_some_and(|t| t.text(a.text).chars().all(|c| c.is_ascii_digit()))
        && possessive(m + 1)
    {
        m += 1;
    }
    // "CNN's" may be one token, its possessive already behind `k`.
    let possessive_behind = m == k && k > 0 && possessive(k - 1);
    if !possessive_behind {
        if m >= toks.len() || !possessive(m) {
            return k;
        }
        m += 1;
    }
    let start = m;
    let mut end = m;
    let capitalized = |m: usize| toks.get(m).is_some_and(|t| t.capitalized);
    // "USA Today's weekly video newsmaker series": up to three words of description.
    while m < toks.len() && m < end + 4 {
        let tok = &toks[m];
        let lw = a.lw(s, m);
        if tok.is_word && tok.capitalized {
            m += 1;
            end = m;
        } else if matches!(lw, "at" | "of" | "the" | "with" | "and" | "on")
            && (capitalized(m + 1) || a.lw(s, m + 1) == "the" && capitalized(m + 2))
        {
            m += 1;
        } else if PROGRAMME_NOUNS.contains(&lw) {
            end = m + 1;
            break;
        } else if tok.is_word
            && (m + 1..toks.len().min(m + 4)).any(|n| PROGRAMME_NOUNS.contains(&a.lw(s, n)))
        {
            // "USA Today's weekly video series": its description, up to the programme noun.
            m += 1;
        } else {
            break;
        }
    }
    if end == start {
        return k;
    }
    end
}

/// The predicate a clause goes on with after an inverted source set off by commas, and its
/// description if any ("…, said Ann Lee, an analyst, would see …"): from an auxiliary or a
/// modal to the end of the content.
fn predicate_after_source(a: &Analysis, s: usize, cue_end: usize) -> Option<Span> {
    let toks = &a.tokens[s];
    let source = source_phrase_after(a, s, cue_end)?;
    let comma = a.token_at(s, source.end);
    if a.word(s, comma) != "," {
        return None;
    }
    // The source's description: "an analyst at the bank".
    let comma = description_end(a, s, comma).unwrap_or(comma);
    let next = toks.get(comma + 1)?;
    if !FINITE.contains(&a.lw(s, comma + 1)) {
        return None;
    }
    Some(next.span.start..end_of_content(a, s, next.span.start))
}

/// The comma closing a description set off after the comma at token `comma` ("Ann Lee, an
/// analyst at the bank, …"): a determiner, no verb, at most fifteen tokens.
fn description_end(a: &Analysis, s: usize, comma: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    if !DETERMINERS.contains(&a.lw(s, comma + 1)) {
        return None;
    }
    let close = (comma + 2..toks.len().min(comma + 16)).find(|&k| a.word(s, k) == ",")?;
    (!has_verb(a, &(toks[comma + 1].span.start..toks[close].span.start))).then_some(close)
}

/// The rest of a sentence after a parenthetical attribution: from token `from` (after the cue),
/// adjuncts ("on Tuesday") and a comma, then at least two words.
fn continuation(a: &Analysis, s: usize, from: usize) -> Option<Span> {
    let toks = &a.tokens[s];
    let mut k = from;
    // "Instead, Trump told CNN, his policy would …": whom the cue addresses comes first.
    let addressing = from > 0
        && a.attribution_cue(s, from - 1)
            .is_some_and(|(lemma, _, _)| ADDRESSING.contains(&lemma.as_str()));
    if addressing {
        k = past_addressee(a, s, k).unwrap_or(k);
    }
    while k < toks.len() && k < from + 4 {
        let w = a.lw(s, k);
        if !(AFTER_CUE_SKIP.contains(&w) || super::time::is_calendar_word(w)) {
            break;
        }
        k += 1;
    }
    // "These employees, he explained at the hearing, were …": a short prepositional phrase
    // says where the cue was spoken.
    if matches!(a.lw(s, k), "at" | "in" | "during" | "before" | "to" | "on") {
        let close = (k + 1..toks.len().min(k + 7)).find(|&m| a.word(s, m) == ",");
        let plain = |m: usize| {
            toks[m].is_word && !FINITE.contains(&a.lw(s, m)) && a.speech_verb(s, m).is_none()
        };
        if let Some(c) = close.filter(|&c| (k + 1..c).all(plain)) {
            k = c;
        }
    }
    // `…, Nefzi said, adding, “…”`: a participle cue after the comma starts an attribution
    // of its own, not the second half of this one.
    if a.word(s, k) != "," || participle_cue(a, s, k + 1) {
        return None;
    }
    let next = toks.get(k + 1)?;
    let rest = next.span.start..end_of_content(a, s, next.span.start);
    let words = super::token::tokenize(a.text, rest.clone())
        .iter()
        .filter(|t| t.is_word)
        .count();
    (words >= 2).then_some(rest)
}

/// The comma token before token `k`, also when it sits inside a closing quote (`… the
/// “Ukraine crisis,” the ministry said`).
fn comma_before(a: &Analysis, s: usize, k: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    match k.checked_sub(1).map(|i| toks[i].text(a.text)) {
        Some(",") => Some(k - 1),
        Some("”" | "\"") if k >= 2 && toks[k - 2].text(a.text) == "," => Some(k - 2),
        _ => None,
    }
}

/// Finds reported-speech, thought and evidence clauses.
pub fn find_reported(a: &Analysis) -> Vec<RawReported> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        if let Some(r) = colon_label(a, s) {
            out.push(r);
            continue;
        }
        if let Some(r) = in_a_source(a, s) {
            out.push(r);
            continue;
        }
        out.extend(asked_about(a, s));
        out.extend(in_a_poll_after(a, s));
        // The cue of an "as X noted" clause already read, not to be read again on its own.
        let mut as_cue_end = 0;
        for j in 0..a.tokens[s].len() {
            if a.in_quote(a.tokens[s][j].span.start) {
                continue;
            }
            if a.lw(s, j) == "according" && a.lw(s, j + 1) == "to" {
                out.extend(according_to(a, s, j));
                // "According to state law, …": the word after "to" is no infinitive cue.
                as_cue_end = as_cue_end.max(j + 3);
                continue;
            }
            if j < as_cue_end {
                continue;
            }
            if let Some(r) = as_source_cue(a, s, j) {
                as_cue_end = r.cue_tok + r.cue_len;
                out.push(r);
                continue;
            }
            if let Some(r) = self_described(a, s, j) {
                out.push(r);
                continue;
            }
            if let Some(r) = passive_by(a, s, j) {
                out.push(r);
                continue;
            }
            if let Some(r) = at_cue(a, s, j).or_else(|| at_cue_noun(a, s, j)) {
                out.push(r);
            }
        }
    }
    // PolNeAR and readers alike take "X said he believes that …" as one attribution: a cue
    // inside another clause's content is part of that content.
    // Only clauses of the same sentence are compared: grouped once, so time stays linear.
    let mut by_sentence: std::collections::HashMap<usize, Vec<usize>> =
        std::collections::HashMap::new();
    for (k, o) in out.iter().enumerate() {
        by_sentence.entry(o.sentence).or_default().push(k);
    }
    let cue_start = |r: &RawReported| a.tokens[r.sentence][r.cue_tok].span.start;
    let covers = |r: &RawReported, at: usize| r.pieces.iter().any(|p| p.start <= at && at < p.end);
    // Two clauses that hold each other's cue ("…, but only if he is convinced that it pays, Ann
    // Lee told the paper": the inner content runs on past the comma) keep the one that starts
    // first.
    let nested_among = |kept: &[bool]| -> Vec<bool> {
        out.iter()
            .enumerate()
            .map(|(i, r)| {
                by_sentence[&r.sentence].iter().any(|&k| {
                    let o = &out[k];
                    let mutual_and_outer =
                        covers(r, cue_start(o)) && r.content.start < o.content.start;
                    k != i && kept[k] && covers(o, cue_start(r)) && !mutual_and_outer
                })
            })
            .collect()
    };
    // A clause that is itself inside another drops nothing: in "Lee Says Voters Backed Levy,
    // Calls Hale’s Remarks ‘Troubling’" the noun "Remarks" read as a cue would hold "Says".
    let inner = nested_among(&vec![true; out.len()]);
    let outer: Vec<bool> = inner.iter().map(|n| !n).collect();
    let nested = nested_among(&outer);
    out.into_iter()
        .zip(nested)
        .filter(|(_, n)| !n)
        .map(|(r, _)| through_open_quote(a, r))
        .collect()
}

/// A content that ends inside quoted words it opened goes on to the closing quote mark, past
/// the sentence end: `said the laws “are set. And we have to leave it that way.”` is one
/// paraphrase with its quoted words, not a paraphrase and a second quote.
fn through_open_quote(a: &Analysis, mut r: RawReported) -> RawReported {
    let end = r.content.end;
    let Some(q) = end.checked_sub(1).and_then(|e| a.quote_around(e)) else {
        return r;
    };
    let more_words = a
        .text
        .get(end..q.end)
        .is_some_and(|gap| gap.chars().any(char::is_alphanumeric));
    if q.start <= r.content.start || !more_words {
        return r;
    }
    let after = &a.text[q.end..];
    let mark = if after.starts_with("''") {
        2
    } else {
        after
            .chars()
            .next()
            .filter(|c| matches!(c, '”' | '"' | '’'))
            .map_or(0, char::len_utf8)
    };
    let new_end = q.end + mark;
    r.content.end = new_end;
    if let Some(last) = r.pieces.last_mut() {
        last.end = new_end;
    }
    r.form = form_of(a, &r.content);
    r
}

/// Words that name a source in a label although they are not names: "Poll: …".
const EVIDENCE_LABELS: &[&str] = &["poll", "survey", "report", "study", "analysis", "audit"];

/// A label before a colon that opens a paragraph: a headline's "Mayor Okafor: Bridge will
/// reopen in May" or a transcript's "DAWSON: We paid." The words after the colon are the
/// label's; the colon is the cue.
fn colon_label(a: &Analysis, s: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    let paragraph = a.seg.paragraphs.get(a.seg.sentence_paragraph[s])?;
    if toks.first()?.span.start != paragraph.start {
        return None;
    }
    // A transcript quoted whole: `"WALLACE: Let's start …`.
    let first = usize::from(matches!(toks[0].text(a.text), "\"" | "“"));
    let colon = (first + 1..toks.len().min(first + 7)).find(|&k| toks[k].text(a.text) == ":")?;
    // "NOTE: …", "UPDATE: …": a page's own label, even when read as a name.
    if NOT_LABELS.contains(&a.lw(s, first)) {
        return None;
    }
    let label_words = (first..colon).all(|k| {
        let t = &toks[k];
        t.capitalized || matches!(t.text(a.text), "." | "’s" | "'s" | "-" | "&" | "of")
    });
    let named = (first..colon).any(|k| {
        a.mention_at_token(s, k).is_some_and(|mi| {
            let kind = a.entities[a.mentions[mi].entity].kind;
            !matches!(kind, super::EntityKind::Place | super::EntityKind::Thing)
        })
    });
    // "Veto Power Impedes Peace Efforts: …": a subheading in title case, with its verb, heads
    // a section of the body; it names no one. (A headline's "Woman Steps Forward With Claim:"
    // still credits its subject.)
    let subheading = a.seg.sentence_paragraph[s] > 0
        && colon - first >= 4
        && (first..colon).any(|k| {
            let w = a.lw(s, k);
            w.len() > 3 && w.ends_with('s') && a.lx.verb_lemmas.get(w).is_some_and(|l| l != w)
        });
    if subheading {
        return None;
    }
    let evidence = EVIDENCE_LABELS.contains(&a.lw(s, colon - 1));
    // An unknown name as a label ("Gillibrand: …"): one to three capitalised words.
    let name_like = colon - first <= 3
        && !a.lx.stopwords.contains(a.lw(s, first))
        && super::time::dateline(a, s).is_none();
    let next = toks.get(colon + 1)?;
    // `"WALLACE: …` in capitals is a transcript line, read by the quote stage.
    let shouted = (first..colon).all(|k| !a.word(s, k).chars().any(char::is_lowercase));
    if first == 1 && shouted {
        return None;
    }
    let quoted_label = first == 1 || !a.in_quote(toks[colon].span.start);
    if !label_words || !(named || evidence || name_like) || !quoted_label {
        return None;
    }
    // A speaker's line in a transcript ("PENCE: Well, …") is their own words; a headline's
    // label ("Mayor: bridge to reopen") may paraphrase.
    let transcript = a.seg.sentence_paragraph[s] > 0 && !evidence;
    let content = next.span.start..toks.last()?.span.end;
    let content = content.start..content.start + a.text[content].trim_end_matches(['.', ' ']).len();
    // "Superdelegates: Clinton is backed by 520, according to the AP": a word no entity stands
    // for, before words credited to a source of their own, is the paragraph's topic.
    // (A transcript's "BOLDUAN: … when you said …" still names its speaker.)
    let credited_inside = cue_between(a, content.start, content.end)
        || (colon + 1..toks.len().saturating_sub(1))
            .any(|k| a.lw(s, k) == "according" && a.lw(s, k + 1) == "to");
    if !named && !evidence && !shouted && credited_inside {
        return None;
    }
    let words = super::token::tokenize(a.text, content.clone())
        .iter()
        .filter(|t| t.is_word)
        .count();
    // "SAO PAULO STATE: PRESIDENTE PRUDENTE 0.6 MM, …": a table's row in capitals says nothing.
    let prose = a.text[content.clone()].chars().any(char::is_lowercase);
    (words >= 3 && prose).then(|| RawReported {
        sentence: s,
        cue_tok: colon,
        cue_len: 1,
        cue: "say".into(),
        kind: if evidence {
            AttributionKind::Evidence
        } else {
            AttributionKind::Speech
        },
        form: if transcript {
            StatementForm::Direct
        } else {
            form_of(a, &content)
        },
        pieces: vec![content.clone()],
        content,
        source: SourceAt::Before,
    })
}

/// "According to X, content." and "Content, according to X."
/// The token of the possessor of the cue noun at `j`: "his" in "his sharp criticism", or a
/// name with 's ("Trump's claim").
fn possessor(a: &Analysis, s: usize, j: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    for k in (j.saturating_sub(3)..j).rev() {
        let w = a.lw(s, k);
        if matches!(w, "his" | "her" | "its" | "their") {
            return Some(k);
        }
        let possessive = w.ends_with("’s") || w.ends_with("'s");
        if possessive && toks[k].capitalized && !a.in_quote(toks[k].span.start) {
            return Some(k);
        }
        // Only adjectives stand between: "his repeated public criticism".
        let adjective = toks[k].is_word
            && !toks[k].capitalized
            && !NOT_IN_SOURCE.contains(&w)
            && !DETERMINERS.contains(&w)
            && !possessive;
        if !adjective {
            return None;
        }
    }
    None
}

/// "his criticism of the plan", "Trump's claim that …": a cue noun with a possessor.
fn at_cue_noun(a: &Analysis, s: usize, j: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    let noun = a.lx.cue_nouns.get(a.lw(s, j))?;
    if toks[j].capitalized || possessor(a, s, j).is_none() {
        return None;
    }
    let link = a.lw(s, j + 1);
    if !noun.links.iter().any(|l| l == link) {
        return None;
    }
    let (start, clause) = match link {
        "that" => (toks.get(j + 2)?.span.start, true),
        "to" => (toks[j + 1].span.start, true),
        _ => (toks.get(j + 2)?.span.start, false),
    };
    if a.in_quote(start) && !clause {
        return None;
    }
    let end = if clause {
        end_of_content(a, s, start)
    } else {
        noun_phrase_end(a, s, a.token_at(s, start))
    };
    if end <= start {
        return None;
    }
    let content = start..end;
    if clause && !has_verb(a, &content) && link == "that" {
        return None;
    }
    Some(RawReported {
        sentence: s,
        cue_tok: j,
        cue_len: 1,
        cue: noun.lemma.clone(),
        kind: noun.kind,
        pieces: vec![content.clone()],
        form: form_of(a, &content),
        content,
        source: SourceAt::Possessor,
    })
}

/// Where a noun phrase starting at token `from` ends: before punctuation, a finite verb or a
/// word that opens a clause.
fn noun_phrase_end(a: &Analysis, s: usize, from: usize) -> usize {
    let toks = &a.tokens[s];
    let mut end = from;
    for (k, tok) in toks.iter().enumerate().skip(from) {
        let w = a.lw(s, k);
        let quoted = a.in_quote(tok.span.start);
        let past = k > from
            && !tok.capitalized
            && (w.len() > 4 && w.ends_with("ed") || a.lx.irregular_past.contains(w));
        let stop = !quoted
            && (matches!(w, "," | ";" | ":" | "." | ")" | "(" | "—" | "–" | "?" | "!")
                || FINITE.contains(&w)
                || past
                || NOT_IN_SOURCE.contains(&w)
                    && !matches!(
                        w,
                        "in" | "on"
                            | "at"
                            | "by"
                            | "with"
                            | "from"
                            | "about"
                            | "over"
                            | "against"
                            | "and"
                    ));
        if stop {
            break;
        }
        end = k + 1;
    }
    if end == from {
        return toks.get(from).map_or(0, |t| t.span.start);
    }
    toks[end - 1].span.end
}

/// "a self-described democratic socialist": the words someone uses of themselves, credited to
/// nobody in particular (the one described is the sentence's business, not the cue's).
fn self_described(a: &Analysis, s: usize, j: usize) -> Option<RawReported> {
    let lemma = match a.lw(s, j) {
        "self-described" => "describe",
        "self-proclaimed" => "proclaim",
        "self-styled" => "style",
        _ => return None,
    };
    let toks = &a.tokens[s];
    let start = toks.get(j + 1)?.span.start;
    let content = start..noun_phrase_end(a, s, j + 1);
    if content.end <= start {
        return None;
    }
    Some(RawReported {
        sentence: s,
        cue_tok: j,
        cue_len: 1,
        cue: lemma.to_string(),
        kind: AttributionKind::Speech,
        form: form_of(a, &content),
        pieces: vec![content.clone()],
        content,
        source: SourceAt::Unstated,
    })
}

/// Cue lemmas whose passive with "by" credits nothing: seeing and knowing ("was seen by
/// millions"), making a document ("a video posted by CNN", "a letter written by …"), and being
/// asked (`asked_about`'s).
const PASSIVE_NON_CUES: &[&str] = &[
    "see", "watch", "know", "hear", "find", "learn", "write", "post", "publish", "release",
    "issue", "deliver", "file", "sign", "produce", "ask",
];

/// A passive cue with its source after "by": "The plan was criticised by the unions", "the
/// levy, backed by farmers, …", "the approach favoured by the board". What is credited is the
/// noun phrase the participle is said of: the subject of "was", or the phrase right before.
fn passive_by(a: &Analysis, s: usize, j: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    let w = a.lw(s, j);
    let participle = !toks[j].capitalized
        && (w.ends_with("ed") || w.ends_with("en") || a.lx.irregular_past.contains(w));
    if !participle || a.lw(s, j + 1) != "by" {
        return None;
    }
    let (lemma, 1, kind) = a.attribution_cue(s, j)? else {
        return None;
    };
    if PASSIVE_NON_CUES.contains(&lemma.as_str()) {
        return None;
    }
    // "He was said by aides to be furious": what "said" reports is the clause after it, never
    // its passive subject alone ("claimed by", "told by" may be).
    if lemma == "say" {
        return None;
    }
    // "was quoted by the agency as saying …": the one quoted is the source, of what the
    // participle reports.
    let quoted_as_after =
        lemma == "quote" && (j + 2..toks.len().min(j + 12)).any(|k| quoted_as(a, s, k).is_some());
    if quoted_as_after {
        return None;
    }
    // The source: a name, a determiner or a plural ("by the unions", "by critics"), not a time
    // or a manner ("by Monday", "by far", "by saying").
    let next = toks.get(j + 2)?;
    let nw = a.lw(s, j + 2);
    let source_like = next.capitalized && !super::time::is_calendar_word(nw)
        || DETERMINERS.contains(&nw)
        || QUANTIFIER_SOURCES.contains(&nw)
        || nw.starts_with(|c: char| c.is_ascii_digit()) && !a.lw(s, j + 3).is_empty()
        || (super::analysis::looks_plural(nw) && !nw.ends_with("ing"));
    if !source_like || a.in_quote(toks[j].span.start) {
        return None;
    }
    // Back over adverbs and the auxiliaries of the passive: "has also been backed by".
    let mut k = j;
    let mut auxiliary = false;
    let adverb = |w: &str| {
        w.len() > 4 && w.ends_with("ly") || matches!(w, "never" | "long" | "once" | "already")
    };
    while k > 0
        && (AUXILIARIES.contains(&a.lw(s, k - 1))
            || matches!(a.lw(s, k - 1), "being" | "be" | "first")
            || adverb(a.lw(s, k - 1)) && !toks[k - 1].capitalized)
    {
        // "long viewed by many" reads as a clause of its own after a comma; "already
        // criticised by", "widely backed by" as a reduced relative.
        auxiliary |= !adverb(a.lw(s, k - 1)) || matches!(a.lw(s, k - 1), "never" | "long" | "once");
        k -= 1;
    }
    // "the levy, backed by …", "the plan, already criticised by …": a reduced relative after
    // the phrase it describes.
    if !auxiliary && k > 0 && a.word(s, k - 1) == "," {
        k -= 1;
    }
    let end = k.checked_sub(1)?;
    let start = noun_phrase_start(a, s, end)?;
    let content = toks[start].span.start..toks[end].span.end;
    // "whose products are endorsed by …": a relative pronoun stands for a phrase before it;
    // "nothing offered by Beijing" credits nothing.
    let relative = matches!(
        a.lw(s, start),
        "whose" | "which" | "who" | "that" | "nothing" | "none" | "nobody"
    );
    if relative || (start..=end).any(|k| a.lw(s, k) == "according") {
        return None;
    }
    Some(RawReported {
        sentence: s,
        cue_tok: j,
        cue_len: 2,
        cue: lemma,
        kind,
        form: form_of(a, &content),
        pieces: vec![content.clone()],
        content,
        source: SourceAt::After,
    })
}

/// Where the noun phrase ending at token `last` starts: back to its determiner, or to the word
/// after a verb, a preposition, a clause word or a mark. None when `last` is no noun.
fn noun_phrase_start(a: &Analysis, s: usize, last: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    let ends_noun = toks[last].is_word
        && !FINITE.contains(&a.lw(s, last))
        && !PREPOSITIONS.contains(&a.lw(s, last))
        && !NOT_IN_SOURCE.contains(&a.lw(s, last));
    if !ends_noun {
        return None;
    }
    let mut start = last;
    while start > 0 && last - start < 12 {
        let k = start - 1;
        let w = a.lw(s, k);
        let quoted = a.in_quote(toks[k].span.start);
        let verb_like = !toks[k].capitalized
            && (w.len() > 4 && w.ends_with("ed") || a.lx.irregular_past.contains(w));
        let stop = !quoted
            && (!toks[k].is_word && !matches!(w, "'s" | "’s" | "-" | "'" | "’")
                || FINITE.contains(&w)
                || PREPOSITIONS.contains(&w)
                || SUBORDINATORS.contains(&w)
                || matches!(w, "that" | "which" | "who" | "and" | "or" | "but" | "of")
                || verb_like && !DETERMINERS.contains(&a.lw(s, k.saturating_sub(1))));
        if stop {
            break;
        }
        start = k;
        if DETERMINERS.contains(&w) {
            break;
        }
    }
    Some(start)
}

/// "Asked about the merger, she defended …", "When asked whom she supported, …": the question
/// put to someone, by an asker the sentence does not name.
fn asked_about(a: &Analysis, s: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    let mut j = a.token_at(s, body_start(a, s));
    if matches!(a.lw(s, j), "when" | "if" | "once" | "after") {
        j += 1;
    }
    if a.lw(s, j) != "asked" || a.in_quote(toks.get(j)?.span.start) {
        return None;
    }
    let mut k = j + 1;
    while k < toks.len()
        && (super::time::is_calendar_word(a.lw(s, k)) || AFTER_CUE_SKIP.contains(&a.lw(s, k)))
    {
        k += 1;
    }
    let asks = |w: &str| {
        matches!(
            w,
            "about" | "if" | "whether" | "why" | "what" | "how" | "who" | "whom" | "when" | "where"
        )
    };
    // "Asked on Fox News who leads the party", "Asked at a briefing Monday in Washington about
    // her role": where or by whom the question came stands before it.
    if !asks(a.lw(s, k)) && matches!(a.lw(s, j + 1), "on" | "in" | "at" | "during" | "by") {
        if let Some(m) = (k + 1..toks.len().min(k + 10))
            .take_while(|&m| toks[m].is_word)
            .find(|&m| asks(a.lw(s, m)))
        {
            k = m;
        }
    }
    if !matches!(
        a.lw(s, k),
        "about"
            | "if"
            | "whether"
            | "why"
            | "what"
            | "how"
            | "who"
            | "whom"
            | "when"
            | "where"
            | "to"
    ) {
        return None;
    }
    let comma =
        (k + 1..toks.len()).find(|&m| a.word(s, m) == "," && !a.in_quote(toks[m].span.start))?;
    let content = toks[k].span.start..toks[comma - 1].span.end;
    Some(RawReported {
        sentence: s,
        cue_tok: j,
        cue_len: 1,
        cue: "ask".into(),
        kind: AttributionKind::Speech,
        pieces: vec![content.clone()],
        form: StatementForm::Indirect,
        content,
        source: if asked_by_name(a, s, j) {
            SourceAt::After
        } else {
            SourceAt::Unstated
        },
    })
}

/// "When asked by Ann Lee about …", "Asked by Fox News whether …": whether a person or body
/// named after "by", right after the "asked" ending at token `cue_end`, put the question.
fn asked_by_name(a: &Analysis, s: usize, cue_end: usize) -> bool {
    (cue_end + 1..a.tokens[s].len().min(cue_end + 4))
        .find(|&m| a.lw(s, m) == "by")
        .and_then(|by| a.mention_at_token(s, by + 1))
        .is_some_and(|mi| {
            matches!(
                a.entities[a.mentions[mi].entity].kind,
                super::EntityKind::Person | super::EntityKind::Organization
            )
        })
}

/// Words after "as" that open no source: "as well", "as soon as", "as opposed to".
const NOT_AS_SOURCES: &[&str] = &[
    "well", "soon", "long", "much", "many", "far", "opposed", "if", "though", "usual", "always",
    "expected", "a", "an", "part", "such", "of", "for", "to", "it", "is", "was",
];

/// The cue of an "as" source at token `j` (see [`as_source_cue`]): its token, length, lemma,
/// kind and where its source stands.
fn as_source_words(
    a: &Analysis,
    s: usize,
    j: usize,
) -> Option<(usize, usize, String, AttributionKind, SourceAt)> {
    let toks = &a.tokens[s];
    if a.lw(s, j) != "as" || a.in_quote(toks[j].span.start) {
        return None;
    }
    let body = a.token_at(s, body_start(a, s));
    // "But as Clyburn noted, …": a conjunction before it still opens the sentence.
    let opens = j == body
        || j == body + 1 && matches!(a.lw(s, body), "but" | "and" | "yet" | "so" | "still");
    let after_comma = j > body
        && (matches!(a.word(s, j - 1), "," | "—" | "–" | "-" | "(")
            || comma_before(a, s, j).is_some());
    if !opens && !after_comma {
        return None;
    }
    if NOT_AS_SOURCES.contains(&a.lw(s, j + 1)) {
        return None;
    }
    // The cue: "as reported by X", or the first cue verb within eight words with no comma
    // before it; "put it" is a cue only here ("as one aide put it").
    let passive_by = a.lw(s, j + 2) == "by" && a.attribution_cue(s, j + 1).is_some();
    if passive_by {
        let (lemma, _, kind) = a.attribution_cue(s, j + 1)?;
        Some((j + 1, 2, lemma, kind, SourceAt::After))
    } else {
        // "as Ann Lee, standing at the door, said": one lower-case aside may stand between the
        // source and its cue.
        let aside_end = (j + 2..toks.len().min(j + 8))
            .find(|&k| a.word(s, k) == ",")
            .filter(|&c| a.word(s, c + 1).starts_with(char::is_lowercase))
            .and_then(|c| (c + 2..toks.len().min(c + 12)).find(|&k| a.word(s, k) == ","));
        let k = (j + 2..toks.len().min(aside_end.map_or(j + 10, |e| e + 4)))
            .take_while(|&k| {
                toks[k].is_word
                    || matches!(a.word(s, k), "’s" | "'s" | "." | "-")
                    || a.word(s, k) == "," && aside_end.is_some_and(|e| k <= e)
            })
            .find(|&k| {
                matches!(a.lw(s, k), "put" | "puts") && a.lw(s, k + 1) == "it"
                    || a.attribution_cue(s, k).is_some_and(|(lemma, _, _)| {
                        a.lx.cue_frames.get(&lemma).is_some_and(|f| f.clause)
                    })
            })?;
        let w = a.lw(s, k);
        if w.ends_with("ing") || a.is_noun_use(s, k) || !toks[j + 1].is_word {
            return None;
        }
        if matches!(w, "put" | "puts") {
            Some((
                k,
                2,
                "put".to_string(),
                AttributionKind::Speech,
                SourceAt::Before,
            ))
        } else {
            let (lemma, n, kind) = a.attribution_cue(s, k)?;
            Some((k, n, lemma, kind, SourceAt::Before))
        }
    }
}

/// `As the Tribune reported on Monday, CONTENT`, `CONTENT, as Ann Lee noted.`, `As Lee put it,
/// CONTENT`, `As reported by the Tribune, CONTENT`: "as" with a source and a cue of saying
/// (one that takes a clause) credits the clause around it. `j` is the "as"; it must open the
/// sentence or follow a comma or dash, so that "as the crowd applauded" inside a clause is
/// left alone. The content is the clause after the comma when "as" opens the sentence (or
/// follows a short opener such as "given that,"), else the clause before the comma.
fn as_source_cue(a: &Analysis, s: usize, j: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    let (cue_tok, cue_len, lemma, kind, source) = as_source_words(a, s, j)?;
    let body = a.token_at(s, body_start(a, s));
    let opens = j == body;
    let after_comma = j > body;
    // Past the cue's adjuncts ("on Tuesday", "in December", "previously") to a comma or the end.
    let mut k = cue_tok + cue_len;
    if source == SourceAt::After {
        k = (k..toks.len().min(k + 10)).find(|&m| matches!(a.word(s, m), "," | "."))?;
    }
    // "As Clinton told the New York Daily News, …": whom the cue addresses.
    if ADDRESSING.contains(&lemma.as_str()) {
        k = past_addressee(a, s, k).unwrap_or(k);
    }
    while k < toks.len() && k < cue_tok + cue_len + 5 {
        let w = a.lw(s, k);
        let adjunct = AFTER_CUE_SKIP.contains(&w)
            || super::time::is_calendar_word(w)
            || w.ends_with("ly")
            || matches!(w, "in" | "at" | "before" | "out" | "first" | "just");
        if !adjunct {
            break;
        }
        k += 1;
    }
    // "…, as Ann Lee said before she left.": a closing subordinate clause is the cue's own.
    let ends = k >= toks.len()
        || matches!(a.word(s, k), "." | "!" | "?")
        || (cue_tok + cue_len..=k).any(|m| SUBORDINATORS.contains(&a.lw(s, m)))
            && (k..toks.len()).all(|m| a.word(s, m) != ",");
    let comma = a.word(s, k) == ",";
    let content = if (opens || (after_comma && j <= body + 4)) && comma {
        let next = toks.get(k + 1)?;
        let content = next.span.start..end_of_content(a, s, next.span.start);
        // `As Ann Lee, the mayor, put it, “…”`: a quote after the cue is the quote stage's.
        if opens_with_quote(a, &content) {
            return None;
        }
        content
    } else if after_comma && j >= body + 4 && (ends || comma) && comma_before(a, s, j).is_some() {
        // `… the words "let us vote," as Ann Lee said`: the quote closes with its comma.
        let quoted = (a.word(s, j - 1) != ",")
            .then(|| a.quote_around(toks[j - 2].span.start))
            .flatten();
        match quoted {
            // `…, in the words "let us vote," as Ann Lee said`: the quoted words are hers, the
            // clause around them the writer's (or another source's), and the quote stage
            // reads them.
            Some(q) if q.start > body_start(a, s) + 1 => return None,
            Some(_) => trim_trailing_comma(a, body_start(a, s)..toks[j - 1].span.end),
            None => trim_trailing_comma(a, body_start(a, s)..toks[j - 1].span.start),
        }
    } else {
        return None;
    };
    if content.start >= content.end || !reads_like_clause(a, &content) {
        return None;
    }
    // `“…,” Carson noted in an interview, as reported by BuzzFeed News.`: words that carry
    // their own attribution are that source's; "as" names where they were reported.
    let (first, last) = (a.token_at(s, content.start), a.token_at(s, content.end));
    let own_cue = (first..last.min(j)).any(|k| {
        !a.in_quote(toks[k].span.start) && a.speech_verb(s, k).is_some() && !a.is_noun_use(s, k)
    });
    if j > body && own_cue {
        return None;
    }
    Some(RawReported {
        sentence: s,
        cue_tok,
        cue_len,
        cue: lemma,
        kind,
        form: form_of(a, &content),
        pieces: vec![content.clone()],
        content,
        source,
    })
}

/// Documents and findings that report what follows them: "In a new poll, 50 percent …".
const SOURCE_DOCUMENTS: &[(&str, AttributionKind)] = &[
    ("poll", AttributionKind::Evidence),
    ("polls", AttributionKind::Evidence),
    ("survey", AttributionKind::Evidence),
    ("surveys", AttributionKind::Evidence),
    ("study", AttributionKind::Evidence),
    ("report", AttributionKind::Evidence),
    ("analysis", AttributionKind::Evidence),
    ("filing", AttributionKind::Evidence),
    ("filings", AttributionKind::Evidence),
    ("documents", AttributionKind::Evidence),
    ("statement", AttributionKind::Speech),
    ("letter", AttributionKind::Speech),
    ("memo", AttributionKind::Speech),
    ("tweet", AttributionKind::Speech),
    ("post", AttributionKind::Speech),
    ("column", AttributionKind::Speech),
    ("op-ed", AttributionKind::Speech),
    ("editorial", AttributionKind::Speech),
    ("essay", AttributionKind::Speech),
    ("book", AttributionKind::Speech),
];

/// Whether an attribution cue at token `k` acts as a verb: not "support" in "38 percent
/// support" or "the visit", which name what a poll found or an event.
fn verb_cue_at(a: &Analysis, s: usize, k: usize) -> bool {
    let share = k > 0 && {
        let prev = a.lw(s, k - 1);
        matches!(prev, "percent" | "%" | "point" | "points") || is_count(prev)
    };
    a.attribution_cue(s, k).is_some() && !share && !a.is_noun_use(s, k)
}

/// "In a new CNN poll, 50 percent of voters chose …": a sentence opening with the document
/// that says the rest, when the rest has no cue of its own.
fn in_a_source(a: &Analysis, s: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    let first = a.token_at(s, body_start(a, s));
    if a.lw(s, first) != "in" || a.in_quote(toks.get(first)?.span.start) {
        return None;
    }
    let comma = (first + 2..toks.len().min(first + 16)).find(|&k| a.word(s, k) == ",")?;
    // "In an interview with The Washington Post, …": a document word inside a name is none.
    let in_name = |k: usize| toks[k].capitalized && a.mention_at_token(s, k).is_some();
    let (kind, _) = (first + 1..comma).filter(|&k| !in_name(k)).find_map(|k| {
        SOURCE_DOCUMENTS
            .iter()
            .find(|(noun, _)| *noun == a.lw(s, k))
            .map(|(_, kind)| (*kind, k))
    })?;
    let next = toks.get(comma + 1)?;
    let content = next.span.start..end_of_content(a, s, next.span.start);
    let has_own_cue = (comma + 1..toks.len()).any(|k| verb_cue_at(a, s, k));
    if has_own_cue || !reads_like_clause(a, &content) {
        return None;
    }
    Some(RawReported {
        sentence: s,
        cue_tok: first,
        cue_len: 1,
        cue: "in".into(),
        kind,
        pieces: vec![content.clone()],
        form: form_of(a, &content),
        content,
        source: SourceAt::After,
    })
}

/// Prepositions that open the writer's circumstances after a named object ("praised Lee at
/// a rally", "attacked Lee after the vote"), not part of what is credited. Not "on", "in" or
/// "during": "criticized Lee on two fronts", "during the primaries for …" go on to the reason.
const CIRCUMSTANCES: &[&str] = &[
    "at",
    "after",
    "amid",
    "before",
    "following",
    "despite",
    "while",
];

/// Poll words that end an "in …" phrase crediting the clause before it.
const POLLS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// "Clinton held a 24-point lead among black voters in a CNN poll.": a clause that a poll
/// named after it, at its end, says; what was found runs from the clause's start (past an
/// opening phrase and its comma) to "in".
fn in_a_poll_after(a: &Analysis, s: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    let body = a.token_at(s, body_start(a, s));
    let last = toks.len().checked_sub(1)?;
    let end = if matches!(a.word(s, last), "." | "!" | "?") {
        last
    } else {
        toks.len()
    };
    // The poll phrase: "in", up to eight words, a poll word, then at most a few words of
    // time or place ("released Monday", "last month") to the sentence's end.
    let k = (body + 3..end).find_map(|k| {
        if a.lw(s, k) != "in" || a.in_quote(toks[k].span.start) {
            return None;
        }
        let noun = (k + 1..end.min(k + 9)).find(|&m| POLLS.contains(&a.lw(s, m)))?;
        // "mired in fourth in most surveys": the "in" nearest the poll word.
        // "head to the polls" is voting; "in the District of Columbia head to the polls" no
        // poll phrase.
        let plain = (k + 1..noun).all(|m| {
            let w = a.lw(s, m);
            (toks[m].is_word || matches!(w, "/" | "-" | "’s" | "'s"))
                && !FINITE.contains(&w)
                && !PREPOSITIONS.contains(&w)
                && !matches!(w, "to" | "of")
        });
        // After the poll, only who ran it and when ("from Quinnipiac", "released Monday"),
        // not more of the clause ("in the polls over Cruz in Indiana").
        let tail_ok = noun + 1 >= end || {
            let first = a.lw(s, noun + 1);
            matches!(
                first,
                "from"
                    | "by"
                    | "for"
                    | "of"
                    | "released"
                    | "conducted"
                    | "published"
                    | "taken"
                    | "last"
                    | "this"
            ) || super::time::is_calendar_word(first)
        };
        let tail = (noun + 1..end).all(|m| toks[m].is_word && !FINITE.contains(&a.lw(s, m)));
        (plain && tail_ok && tail && end - noun <= 5).then_some(k)
    })?;
    // The clause: after the last comma before "in" when an opening phrase ends there.
    let comma = (body..k)
        .rev()
        .find(|&m| a.word(s, m) == "," && !a.in_quote(toks[m].span.start));
    let from = comma.map_or(body, |c| c + 1);
    if k < from + 3 {
        return None;
    }
    let content = toks[from].span.start..toks[k - 1].span.end;
    let own_cue = (from..k).any(|m| verb_cue_at(a, s, m));
    if own_cue || !has_verb(a, &content) {
        return None;
    }
    Some(RawReported {
        sentence: s,
        cue_tok: k,
        cue_len: 1,
        cue: "in".into(),
        kind: AttributionKind::Evidence,
        pieces: vec![content.clone()],
        form: form_of(a, &content),
        content,
        source: SourceAt::After,
    })
}

fn according_to(a: &Analysis, s: usize, j: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    if by_a_measure(a, s, j) {
        return None;
    }
    let reported = |content: Span, form| RawReported {
        sentence: s,
        cue_tok: j,
        cue_len: 2,
        cue: "say".into(),
        kind: AttributionKind::Speech,
        pieces: vec![content.clone()],
        content,
        source: SourceAt::After,
        form,
    };
    // The source runs to the next comma: "according to court documents, …".
    let source_end = (j + 2..toks.len().min(j + 30)).find(|&k| toks[k].text(a.text) == ",");
    // "… crime — including murder — according to X", "Clinton leads by 271 delegates according
    // to a count by X": a dash, or no mark at all after a clause, ends what X says too.
    let dash_before = j.checked_sub(1).filter(|&d| d >= 3 && a.is_dash(s, d));
    let unmarked =
        (j >= 4 && toks[j - 1].is_word && has_verb(a, &(body_start(a, s)..toks[j - 1].span.end)))
            .then_some(j);
    // "Officials said that, according to the report, prices rose": an aside inside a reported
    // clause; X vouches for what follows it, and the words before are another cue's.
    let inside_clause = |c: &usize| a.lw(s, c.saturating_sub(1)) != "that";
    if let Some(comma) = comma_before(a, s, j)
        .filter(|&c| c >= 3)
        .filter(inside_clause)
        .or(dash_before)
        .or(unmarked)
    {
        // "(the number is closer to 15 percent, according to X)": the aside is the content.
        let open_paren = (0..comma)
            .rev()
            .take_while(|&k| toks[k].text(a.text) != ")")
            .find(|&k| toks[k].text(a.text) == "(");
        let mut start = match open_paren {
            Some(k) => toks.get(k + 1)?.span.start,
            None => body_start(a, s),
        };
        // "Jeff Weaver says his streak is proof …, which stood at 263, according to the AP":
        // the clause before has its own source and cue; X vouches for the relative clause
        // next to it.
        let first = a.token_at(s, start);
        let own_attribution = (first..comma).any(|k| {
            a.speech_verb(s, k).is_some()
                && !a.is_noun_use(s, k)
                && !a.in_quote(toks[k].span.start)
                && subject_before(a, s, k).is_some()
        });
        let relative = (first..comma)
            .rev()
            .find(|&k| a.word(s, k) == "," && matches!(a.lw(s, k + 1), "which" | "who" | "whose"));
        if let (true, Some(k)) = (own_attribution, relative) {
            start = toks[k + 1].span.start;
        }
        let content = trim_trailing_comma(a, start..toks[comma].span.start);
        if content.len() > 10 {
            // "Trump gave his blessing, according to court records, becoming …": the clause
            // goes on after the source.
            let rest = source_end.filter(|_| open_paren.is_none()).and_then(|c| {
                // "At the heart of it, according to Jane Roe, a former envoy, was a decision
                // …": past the source's apposition the clause goes on with its verb.
                let c = description_end(a, s, c)
                    .filter(|&close| FINITE.contains(&a.lw(s, close + 1)))
                    .unwrap_or(c);
                let next = toks.get(c + 1)?;
                let lw = a.lw(s, c + 1);
                // "according to Jane Roe, the head of the agency, …" is an apposition; "Over
                // the long term, according to the budget office, the deficit will rise" is not:
                // an apposition closes with a comma and has no verb of its own.
                let next_comma = (c + 2..toks.len()).find(|&k| toks[k].text(a.text) == ",");
                let noun_phrase = next_comma
                    .is_some_and(|k| !has_verb(a, &(next.span.start..toks[k].span.start)));
                // "…, but the rival has vowed to fight on": the writer's own clause.
                let apposition = (DETERMINERS.contains(&lw) && noun_phrase)
                    || matches!(
                        lw,
                        "who" | "which" | "whose" | "where" | "when" | "but" | "while" | "although"
                    );
                let rest = next.span.start..end_of_content(a, s, next.span.start);
                let words = super::token::tokenize(a.text, rest.clone())
                    .iter()
                    .filter(|t| t.is_word)
                    .count();
                // "… according to a contract signed by both sides, he told Reuters": the
                // words after the source attribute the sentence anew.
                let attributes_anew = (c + 1..a.token_at(s, rest.end)).any(|k| {
                    a.speech_verb(s, k)
                        .is_some_and(|(lemma, _)| matches!(lemma.as_str(), "say" | "tell" | "add"))
                        && !a.in_quote(toks[k].span.start)
                        && source_phrase_before(a, s, k).is_some_and(|p| p.start >= next.span.start)
                });
                (!apposition && !attributes_anew && words >= 2).then_some(rest)
            });
            let mut r = reported(
                content.start..rest.as_ref().map_or(content.end, |r| r.end),
                form_of(a, &content),
            );
            if let Some(rest) = rest {
                r.pieces = vec![content, rest];
            }
            return Some(r);
        }
    }
    let mut comma = source_end?;
    // "According to the WSJ, which cites people familiar with the case, the directors …",
    // "According to Jane Roe, the head of the agency, the deficit …": a relative clause or an
    // apposition after the source describes it; what was said comes after it.
    let lw = a.lw(s, comma + 1);
    let next_comma = (comma + 2..toks.len()).find(|&k| toks[k].text(a.text) == ",");
    if let Some(close) = next_comma {
        let aside = toks[comma + 1].span.start..toks[close].span.start;
        let relative = matches!(lw, "who" | "which" | "whose");
        let apposition = DETERMINERS.contains(&lw) && !has_verb(a, &aside);
        if relative || apposition {
            comma = close;
        }
    }
    let next = toks.get(comma + 1)?;
    let content = next.span.start..end_of_content(a, s, next.span.start);
    (content.len() > 10 && !opens_with_quote(a, &content))
        .then(|| reported(content.clone(), form_of(a, &content)))
}

/// Participles that make the one after "by" a document's author: "a court document filed by
/// the state attorney", "a statement issued by the ministry" (not "obtained by" or "seen by",
/// whose agent only holds it).
const AUTHORING: &[&str] = &[
    "filed",
    "issued",
    "released",
    "written",
    "signed",
    "published",
    "prepared",
    "submitted",
    "posted",
    "sent",
];

/// The author of the document a source's words name after the cue ending at token `cue_end`:
/// "according to a court document filed by state attorney Dave Aronberg" credits Aronberg.
pub(crate) fn document_author(
    a: &Analysis,
    s: usize,
    cue_end: usize,
) -> Option<(super::EntityId, Span)> {
    let toks = &a.tokens[s];
    let noun = (cue_end + 1..toks.len().min(cue_end + 6)).find(|&k| {
        let w = a.lw(s, k);
        a.lx.document_nouns.contains(w)
            || w.strip_suffix('s')
                .is_some_and(|one| a.lx.document_nouns.contains(one))
    })?;
    let between = cue_end + 1..noun;
    if between.clone().any(|k| !toks[k].is_word) {
        return None;
    }
    if !AUTHORING.contains(&a.lw(s, noun + 1)) || a.lw(s, noun + 2) != "by" {
        return None;
    }
    object_after(a, s, noun + 2, 4)
}

/// Heads of "according to …" that tell how something is done, not who says so: "graded
/// according to their value", "run according to British rules", "paid according to how much
/// they sold".
const MEASURE_HEADS: &[&str] = &[
    "law",
    "laws",
    "rule",
    "rules",
    "brief",
    "plan",
    "plans",
    "schedule",
    "value",
    "values",
    "size",
    "merit",
    "merits",
    "need",
    "needs",
    "taste",
    "tastes",
    "wishes",
    "steps",
    "principle",
    "principles",
    "ability",
    "income",
    "age",
    "weight",
    "length",
];

/// Whether "according to" at token `j` introduces a measure or a rule rather than a source:
/// right after the verb it qualifies (no comma: "According to state law, …" names a source),
/// a question word ("according to how much", "whether") or a head of [`MEASURE_HEADS`].
fn by_a_measure(a: &Analysis, s: usize, j: usize) -> bool {
    let toks = &a.tokens[s];
    if j == 0 || !toks[j - 1].is_word {
        return false;
    }
    let first = j + 2;
    if matches!(a.lw(s, first), "how" | "whether" | "what" | "which") {
        return true;
    }
    let head = (first..toks.len().min(first + 6))
        .take_while(|&k| {
            toks[k].is_word
                && !matches!(
                    a.lw(s, k),
                    "of" | "by"
                        | "from"
                        | "that"
                        | "which"
                        | "who"
                        | "in"
                        | "for"
                        | "with"
                        | "on"
                        | "at"
                        | "about"
                        | "to"
                )
        })
        .last();
    head.is_some_and(|k| MEASURE_HEADS.contains(&a.lw(s, k)))
}

/// Where a sentence's own words start: after a wire dateline ("WASHINGTON (AP) — ") or a
/// topic word before a colon that names no one ("Delegates: "; not a transcript's "Q:").
fn body_start(a: &Analysis, s: usize) -> usize {
    let sentence = &a.seg.sentences[s];
    let toks = &a.tokens[s];
    let topic = toks.len() > 3
        && toks[0].capitalized
        && toks[0].text(a.text).len() > 2
        && toks[1].text(a.text) == ":"
        && a.mention_at_token(s, 0).is_none();
    // "(The French love the show, Ann Lee said.)": what was said starts inside the bracket.
    let bracketed = toks.len() > 2 && toks[0].text(a.text) == "(";
    let line = match super::time::dateline(a, s) {
        Some(line) => line.end,
        None if topic => toks[1].span.end,
        None if bracketed => toks[0].span.end,
        None => return sentence.start,
    };
    let rest = &a.text[line..sentence.end];
    line + (rest.len() - rest.trim_start().len())
}

/// Whether the quotation that ends `words` stands as a sentence of its own after the writer's
/// lead: opened after a colon or a comma, and capitalised (`fundraising: “There’s …`).
fn quotation_of_its_own(words: &str) -> bool {
    let body = words.trim_end_matches(['”', '"', ',']);
    let Some(open) = body.rfind(['“', '"']) else {
        return false;
    };
    let lead = body[..open].trim_end();
    let first = body[open..].chars().nth(1);
    matches!(lead.chars().last(), Some(':' | ',')) && first.is_some_and(char::is_uppercase)
}

fn opens_with_quote(a: &Analysis, span: &Span) -> bool {
    starts_quoted(&a.text[span.clone()])
}

/// Text that opens with a quotation mark, the New York Times' `''` included.
fn starts_quoted(text: &str) -> bool {
    text.starts_with(['“', '"', '‘']) || text.starts_with("''")
}

/// A reported clause around the cue at token `j`, if the cue has one.
fn at_cue(a: &Analysis, s: usize, j: usize) -> Option<RawReported> {
    let toks = &a.tokens[s];
    let (lemma, n, kind) = a.attribution_cue(s, j)?;
    let reported = |content: Span, source: SourceAt| {
        let form = form_of(a, &content);
        RawReported {
            sentence: s,
            cue_tok: j,
            cue_len: n,
            cue: lemma.clone(),
            kind,
            pieces: vec![content.clone()],
            content,
            source,
            form,
        }
    };
    if a.is_noun_use(s, j) {
        return None;
    }
    // "Nazer was quoted by the agency as saying …": the one quoted speaks.
    if quoted_as(a, s, j).is_some() {
        let content = forward_content(a, s, j, n, &lemma)?;
        return Some(reported(content, SourceAt::Before));
    }
    // "goes back to the Northeast", "backed down", "back home": an adverb or a retreat, not
    // support ("backed off his proposals" is a stance, and credited).
    if lemma == "back"
        && matches!(
            a.lw(s, j + n),
            "to" | "home"
                | "into"
                | "from"
                | "down"
                | "away"
                | "out"
                | "up"
                | "in"
                | "on"
                | "at"
                | "then"
                | "when"
                | "and"
                | ","
                | "."
        )
    {
        return None;
    }
    // "showed up at the rally", "showed off the hat": arriving and displaying, not evidence.
    if lemma == "show" && matches!(a.lw(s, j + n), "up" | "off") {
        return None;
    }
    // "declined to comment", "declined the offer" refuse; "declined to 3 mln dlrs",
    // "declined 5 pct", "declined sharply against the yen" fall.
    if lemma == "decline" {
        let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit() || c == '$');
        let (next, after) = (a.lw(s, j + n), a.lw(s, j + n + 1));
        let falls = number(next)
            || (matches!(next, "to" | "by" | "from") && number(after))
            || matches!(
                next,
                "sharply" | "slightly" | "steeply" | "marginally" | "modestly" | "against"
            );
        if falls {
            return None;
        }
    }
    // "Lee continued to say …": a verb whose subject speaks in the infinitive after it, not
    // a cue of its own ("…, he continued." is).
    let takes_to = a.lx.cue_frames.get(&lemma).is_some_and(|f| f.to);
    if a.lw(s, j + n) == "to" && a.lx.control_verbs.contains(lemma.as_str()) && !takes_to {
        return None;
    }
    // "Asked about the plan, Lee said …": the opening participle is `asked_about`'s, and its
    // clause must not swallow the cue after it.
    if lemma == "ask" && toks[j].capitalized && a.token_at(s, body_start(a, s)) == j {
        return None;
    }
    if a.lx.cue_frames.get(&lemma).is_some_and(|f| f.raising) {
        return raised(a, s, j, n).map(|(content, pieces)| {
            let mut r = reported(content, SourceAt::Unstated);
            r.pieces = pieces;
            r
        });
    }
    // "…, later saying …": a participle's adverb stands between it and its comma.
    let adverb_after_comma =
        j >= 2 && a.lw(s, j).ends_with("ing") && is_adverb(a, s, j - 1) && a.word(s, j - 2) == ",";
    let prev = if adverb_after_comma {
        ","
    } else {
        j.checked_sub(1).map_or("", |p| a.lw(s, p))
    };
    if let Some(r) = passive_raised(a, s, j, n, &lemma) {
        let mut out = reported(r.0, SourceAt::Unstated);
        out.pieces = r.1;
        return Some(out);
    }
    // "is confident that …", "are wary of …": an adjective credits the subject of its "be", and
    // nothing without one ("a confident speaker").
    let predicate = a.lx.cue_frames.get(&lemma).is_some_and(|f| f.predicate);
    if predicate && !after_copula(a, s, j) {
        return None;
    }
    if lemma == "ask" {
        if let Some(content) = asked_passive(a, s, j, n) {
            let source = if asked_by_name(a, s, j + n - 1) {
                SourceAt::After
            } else {
                SourceAt::Unstated
            };
            return Some(reported(content, source));
        }
    }
    // "was asked", "is expected", "were told": a passive does not name its source here; so
    // is "he’s said to be …" ("he’s said that …" is "has").
    let contracted_passive =
        matches!(prev, "he’s" | "he's" | "she’s" | "she's") && a.lw(s, j + n) == "to";
    if !predicate
        && (matches!(
            prev,
            "is" | "was" | "are" | "were" | "been" | "being" | "be"
        ) || contracted_passive
            || joined_passive(a, s, j))
        && !a.lw(s, j).ends_with("ing")
    {
        return None;
    }
    // A cue right after a closing quote attributes that quote.
    let before = &a.text[a.seg.sentences[s].start..toks[j].span.start];
    let sentence_opens_quoted = starts_quoted(before.trim_start());
    let attributes_quote = sentence_opens_quoted && {
        let b = before.trim_end();
        let last_quote = b.rfind(['”', '"']).or_else(|| b.rfind("''"));
        last_quote.is_some_and(|q| b[q..].split_whitespace().count() <= 6 && !b[q..].contains('.'))
    };
    // "…, adding that …": a participle credits the sentence's subject.
    let participle = a.lw(s, j).ends_with("ing");
    // `“…,” Ramos said, referring to …`: a participle after the quote's own attribution says
    // something more of that speaker.
    let after_attribution = participle && prev == "," && previous_cue(a, s, j).is_some();
    if attributes_quote && !after_attribution {
        return None;
    }
    // `… can relate to him,” said Ramos, whose book …`: a speech verb right after a quotation
    // attributes it; what follows is its source, not a clause.
    // `MSNBC’s “Morning Joe,” suggested …`: a programme's title attributes nothing.
    let closes_quote = |k: usize| {
        let Some(mark) = a.closing_mark_start(s, k) else {
            return false;
        };
        let at = toks[mark].span.start;
        let title = a
            .quote_opening(s, mark)
            .is_some_and(|open| a.is_named_title(toks[open].span.start));
        at > 0 && a.in_quote(at - 1) && !title
    };
    let after_quotation =
        j >= 1 && closes_quote(j - 1) || prev == "," && j >= 2 && closes_quote(j - 2);
    // `X, citing “…,” said the plan could work`: a clause after the cue is what was said, and
    // the quotation is the participle's.
    let clause_follows = || {
        let last = if prev == "," { j - 2 } else { j - 1 };
        let quote_close = a.closing_mark_start(s, last).unwrap_or(last);
        source_phrase_after(a, s, j + n - 1).is_some_and(|p| has_auxiliary(a, &p))
            && super::coref::quotation_ends_set_off_phrase(a, s, quote_close)
    };
    if after_quotation && !a.lw(s, j).ends_with("ing") && !clause_follows() {
        return None;
    }
    // "…, adding that …", "released a statement saying that …", "is calling the plan …".
    // `… “expanded the party,” claiming that …`: the comma closed inside the quote.
    let after_quoted_comma = j >= 1 && a.quote_closed_after_comma(s, j - 1);
    // "launched his campaign by talking about …", "while insisting that …": a preposition
    // before the participle credits the sentence's subject too.
    // "a series of tweets early Friday saying …": the time the document came out stands
    // between it and its participle.
    let mut before_time = j;
    while before_time > 0 && {
        let w = a.lw(s, before_time - 1);
        super::time::is_calendar_word(w) || matches!(w, "early" | "late" | "on" | "last")
    } {
        before_time -= 1;
    }
    let document = before_time.checked_sub(1).map_or("", |p| a.lw(s, p));
    // "while also suggesting …", "after repeatedly saying …": an adverb before the participle.
    // "after first saying …".
    let adverb = |w: &str| matches!(w, "also" | "first") || w.len() > 4 && w.ends_with("ly");
    let before_adverb = if participle && j >= 2 && adverb(prev) {
        a.lw(s, j - 2)
    } else {
        prev
    };
    let introduced = matches!(prev, "," | "–" | "—")
        || after_quoted_comma
        || matches!(
            before_adverb,
            "by" | "while" | "after" | "before" | "when" | "and" | "in"
        )
        || matches!(prev, "is" | "are" | "was" | "were" | "been")
        || matches!(
            document.strip_suffix('s').unwrap_or(document),
            "statement"
                | "letter"
                | "memo"
                | "email"
                | "tweet"
                | "post"
                | "report"
                | "interview"
                | "message"
                | "video"
        );
    // "polls showing Clinton ahead", "62 percent of voters saying …": a participle right
    // after a plural noun modifies it, and it is the source.
    // "spent the week portraying him as …": the time spent doing it, and the subject's.
    let time_spent = participle
        && (j.saturating_sub(10)..j).any(|m| matches!(a.lw(s, m), "spent" | "spends" | "spend"))
        && (j.saturating_sub(10)..j).all(|m| a.word(s, m) != ",");
    let introduced = introduced || time_spent;
    let reduced_relative = participle
        && !introduced
        && j > 0
        && (noun_before_participle(a, s, j) || backer_before_participle(a, s, j, &lemma));
    if participle && !introduced && !reduced_relative {
        return None;
    }
    if kind == AttributionKind::Evidence && !participle && person_subject(a, s, j) {
        return None;
    }
    // "…, said former mayor Ed Rendell, who chairs the committee.": an inverted cue whose
    // source (no verb of its own) ends the sentence or opens a relative clause.
    // "…, said Ann Lee, an expert on trade relations.": a description without a verb ends it.
    // "…, said Ann Lee, an expert who has written on trade.": with a relative clause of its
    // own.
    let description_ends = |after: usize| {
        let last = toks.len() - 1;
        let relative =
            (after + 3..last).find(|&m| matches!(a.lw(s, m), "who" | "whose" | "which" | "that"));
        // "…, said Katie Harbath, Facebook's politics director.": a possessive name opens
        // one too.
        let possessive_name = (after + 1..toks.len().min(after + 5))
            .take_while(|&m| toks[m].capitalized)
            .any(|m| super::token::strip_possessive(a.word(s, m)).1);
        // "…, said Jo Ferris, executive director of the nurses' union, a group that …": a role
        // noun without an article.
        let role = (after + 1..toks.len().min(after + 5))
            .take_while(|&m| toks[m].is_word && !toks[m].capitalized)
            .any(|m| super::coref::ROLE_NOUNS.contains(&a.lw(s, m)));
        a.word(s, after) == ","
            && matches!(a.word(s, last), "." | "!" | "?")
            && (matches!(a.lw(s, after + 1), "a" | "an" | "the") || possessive_name || role)
            && (after + 1..relative.unwrap_or(last)).all(|m| {
                let w = a.lw(s, m);
                (toks[m].is_word || w == ",") && !FINITE.contains(&w)
            })
    };
    // "…, noted Dante Chinni.", "…, argued Ann Lee.": a finite verb of speech that takes a
    // clause inverts like "said"; but not a second verb of the sentence's subject ("Lee
    // praises Hale, laments the city's debt") or a participle (", tweeting her thanks").
    let inverting_verb = lemma == "say"
        || kind == AttributionKind::Speech
            && a.lx.cue_frames.get(&lemma).is_some_and(|f| f.clause)
            && !participle
            && !a.is_title_case(s)
            && previous_cue(a, s, j).is_none()
            // "…, noted Dante Chinni.", "…, added a senior aide.": a name or a description
            // after the cue, and a clause before it ("…, tweeted their approval" is neither).
            && source_phrase_after(a, s, j + n - 1).is_some_and(|p| {
                a.mention_starting(p.start).is_some()
                    || matches!(
                        a.lw(s, a.token_at(s, p.start)),
                        "a" | "an" | "the" | "one" | "another"
                    )
                    // "…, warn union leaders.": people named by their plural role.
                    || plural_role(a, s, a.token_at(s, p.end.saturating_sub(1)))
            })
            && j >= 4
            && reads_like_clause(a, &(body_start(a, s)..toks[j - 1].span.start));
    let inverted_source = prev == ","
        && inverting_verb
        && j >= 4
        && source_phrase_after(a, s, j + n - 1).is_some_and(|p| {
            let after = a.token_at(s, p.end);
            let ends = after >= toks.len()
                || matches!(a.word(s, after), "." | "!" | "?")
                // "It would not be means tested, say the Tories, because …": the clause goes
                // on after the source.
                || joins_on_after(a, s, after)
                || a.word(s, after) == "," && matches!(a.lw(s, after + 1), "who" | "whose")
                // "…, said a senior official who spoke on condition of anonymity.": a
                // relative clause that tells which one and ends the sentence (not "…, saying
                // anybody who …", nor "Lee, said the aide who succeeded him, Ed Hale, should
                // go").
                || !participle
                    && matches!(a.lw(s, after), "who" | "whose")
                    && (after..toks.len()).all(|m| a.word(s, m) != ",")
                || description_ends(after)
                // "…, said a former spokesman, Oleg Voloshyn, who …": the name the description
                // sets off.
                || person_set_off_after(a, s, &p).is_some();
            ends && !has_verb(a, &p)
        });
    // "Any reading of it, said Ann Lee, an analyst, would see …": the subject before the cue,
    // its verb after the source.
    if prev == "," && inverting_verb && j >= 3 {
        if let Some(rest) = predicate_after_source(a, s, j + n - 1) {
            let subject = trim_trailing_comma(a, body_start(a, s)..toks[j - 1].span.start);
            // The words before the cue are a noun phrase: a determiner and no finite verb.
            let (first, last) = (a.token_at(s, subject.start), a.token_at(s, subject.end));
            let noun_phrase = (DETERMINERS.contains(&a.lw(s, first))
                || matches!(a.lw(s, first), "any" | "part" | "much" | "this" | "that"))
                && (first..last).all(|k| !FINITE.contains(&a.lw(s, k)));
            if !a.in_quote(subject.start) && noun_phrase {
                let mut r = reported(subject.start..rest.end, SourceAt::After);
                r.pieces = vec![subject, rest];
                return Some(r);
            }
        }
    }
    // "saying on stage, “…”": a short adjunct, then the quote the quote stage credits.
    // "telling Mic in an interview published on Monday, “…”": after the one addressed too.
    let adjunct_from = if ADDRESSING.contains(&lemma.as_str()) {
        past_addressee(a, s, j + n)
            .or_else(|| past_common_addressee(a, s, j + n))
            .unwrap_or_else(|| {
                // A name the tables do not know: its capitalised words.
                (j + n..toks.len())
                    .find(|&k| !(toks[k].is_word && toks[k].capitalized))
                    .unwrap_or(j + n)
            })
    } else {
        j + n
    };
    let reach = if adjunct_from > j + n { 9 } else { 5 };
    let adjunct_then_quote = PREPOSITIONS.contains(&a.lw(s, adjunct_from))
        && (adjunct_from + 1..(adjunct_from + reach).min(toks.len()))
            .find(|&k| !toks[k].is_word)
            .is_some_and(|k| matches!(a.word(s, k), "," | ":") && a.opening_mark_at(s, k + 1));
    if adjunct_then_quote {
        return None;
    }
    let forward = forward_content(a, s, j, n, &lemma)
        .or_else(|| pro_form_content(a, s, j + n, &lemma))
        .filter(|_| !inverted_source);
    // "In November, when he surprised MPs, Lee said: “…”": what was said follows the colon;
    // the words before the source are the writer's.
    let quote_follows = matches!(a.word(s, j + n), ":" | "“" | "\"");
    if !participle && forward.is_none() && !quote_follows {
        // Trailing: "Content, X said." — the source comes right after a comma.
        // "…, said Ann Lee, who spoke first": a relative clause reports nothing before it.
        let relative = |start: usize| matches!(a.lw(s, start), "who" | "which");
        if let Some(start) = source_start(a, s, j).filter(|&st| !relative(st)) {
            // "Now, she said, the two sides rarely meet": one opening word before a
            // parenthetical attribution, when the clause goes on after it.
            let opener_only = |c: usize| {
                c == 1
                    && toks[0].is_word
                    && continuation(a, s, j + n).is_some_and(|r| !opens_with_quote(a, &r))
            };
            if let Some(comma) = comma_before(a, s, start).filter(|&c| c >= 2 || opener_only(c)) {
                let content = trim_trailing_comma(a, body_start(a, s)..toks[comma].span.start);
                // "Asked about it, Christie said that was natural — no different, he said,
                // from …": words with their own source and cue before a dash are that cue's;
                // this one reports what follows the dash.
                let own_cue = |span: &Span| {
                    let (first, last) = (a.token_at(s, span.start), a.token_at(s, span.end));
                    (first + 1..last).any(|k| {
                        a.speech_verb(s, k).is_some()
                            && !a.is_noun_use(s, k)
                            && !a.in_quote(toks[k].span.start)
                            && (a.mention_at_token(s, k - 1).is_some()
                                || matches!(a.lw(s, k - 1), "he" | "she" | "they"))
                    })
                };
                // (Without a dash, "Lee acknowledged that …, the Post reported" is the
                // Post's report of Lee's.)
                let content = match dash_break(a, s, &content) {
                    Some(rest) if own_cue(&(content.start..rest.start)) => rest,
                    _ => after_last_break(a, s, content),
                };
                // A sentence of a quote that began in the sentence before is the quote's.
                if a.in_quote(content.start) {
                    return None;
                }
                // `…, especially fundraising: “There’s just a ton of it,” he said.`: a quotation
                // of its own closing right before the source (its comma may stand inside the
                // marks) is the quote stage's; the writer's lead before it is no report. A
                // paraphrase may still end in quoted words ("… to be “overrun,” Hoover said").
                let words = a.text[content.clone()].trim_end_matches([',', ' ']);
                let closes_quote = words.ends_with(['”', '"'])
                    || content.end > content.start && a.in_quote(content.end - 1);
                if closes_quote && quotation_of_its_own(words) {
                    return None;
                }
                // "…, said Ann Lee, an analyst who has written on trade": a cue in the
                // description of an inverted source; what comes before is that source's.
                let inverted = (a.token_at(s, content.start) + 1..comma).any(|k| {
                    a.word(s, k - 1) == ","
                        && a.speech_verb(s, k).is_some()
                        && !a.lw(s, k).ends_with("ing")
                        && !a.in_quote(toks[k].span.start)
                });
                // "She said the plan would not cover fathers, and when pressed, the minister
                // replied, “…”": words that open with their own source and cue are that
                // attribution's.
                let first = a.token_at(s, content.start);
                let opens_attribution = (first + 1..(first + 4).min(comma)).any(|k| {
                    a.speech_verb(s, k).is_some()
                        && !a.is_noun_use(s, k)
                        && (first..k).all(|m| {
                            a.mention_at_token(s, m).is_some()
                                || matches!(a.lw(s, m), "he" | "she" | "they" | "we" | "i")
                        })
                });
                if inverted || opens_attribution {
                    return None;
                }
                // "According to the schedule published Thursday, Lee is to speak": the opening
                // names its own source and is `according_to`'s.
                let opening = a.token_at(s, content.start);
                if a.lw(s, opening) == "according" && a.lw(s, opening + 1) == "to" {
                    return None;
                }
                // "While Comey has said that …, Lewandowski said": a subordinate clause is
                // context, and its own cue is read on its own.
                // "After small rises in fares, the office said, they will …" opens with a
                // phrase, not a clause: it is part of what was said.
                let opener = a.lw(s, a.token_at(s, content.start));
                let prepositional = matches!(opener, "after" | "before" | "since" | "until");
                let clause_words =
                    (a.token_at(s, content.start)..a.token_at(s, content.end)).any(|k| {
                        let w = a.lw(s, k);
                        FINITE.contains(&w)
                            || matches!(w, "he" | "she" | "they" | "we" | "i" | "it")
                    });
                let mut subordinate =
                    SUBORDINATORS.contains(&opener) && (!prepositional || clause_words);
                // "Since Lee has more votes, delegates would defy the voters, Mook said": a
                // subordinate clause without a cue of its own, then the main clause, is all
                // what was said.
                if subordinate && main_clause_after_subordinate(a, s, &content) {
                    subordinate = false;
                }
                // `So far, he said, “We …”`: a quote after the cue is the quote stage's.
                // "If the law conflicts with the rules, Hale said, members must …": a
                // subordinate clause without a cue of its own opens what was said.
                // "If the plan fails, …": a cue word used as a noun is no cue of its own.
                // "Unless countries develop more ambitious plans, the experts say, …": a cue word
                // with nothing after it before the comma is a noun.
                let own_cue = (a.token_at(s, content.start)..a.token_at(s, content.end)).any(|k| {
                    a.attribution_cue(s, k).is_some()
                        && !a.is_noun_use(s, k)
                        && a.tokens[s].get(k + 1).is_some_and(|t| t.is_word)
                });
                // "The plant shut in 2011, records show, and experts say …": a whole clause
                // before the cue, and a new one with its own cue after it, are two attributions.
                let clause_before = reads_like_clause(a, &content) && has_verb(a, &content);
                let new_clause = |r: &Span| {
                    let (first, last) = (a.token_at(s, r.start), a.token_at(s, r.end));
                    matches!(
                        a.lw(s, first),
                        "and" | "but" | "yet" | "so" | "while" | "or"
                    ) && (first + 1..last).any(|k| {
                        a.attribution_cue(s, k).is_some()
                            && !a.is_noun_use(s, k)
                            && !a.in_quote(a.tokens[s][k].span.start)
                    })
                };
                let rest = continuation(a, s, j + n).filter(|r| {
                    !(opens_with_quote(a, r)
                        || subordinate && own_cue
                        || clause_before && new_clause(r))
                });
                if let Some(rest) = rest {
                    // "The industry, she said, is doing much better": one clause around a
                    // parenthetical attribution.
                    let mut r = reported(content.start..rest.end, SourceAt::Before);
                    r.pieces = vec![content, rest];
                    return Some(r);
                }
                if (reads_like_clause(a, &content)
                    || named_subject_clause(a, &content)
                    || kind == AttributionKind::Speech && pronoun_clause(a, &content))
                    && !subordinate
                    && comma >= 3
                {
                    let whole_quote =
                        opens_with_quote(a, &content) && quoted_share(a, &content) >= 0.5;
                    return (!whole_quote).then(|| reported(content, SourceAt::Before));
                }
                // "Earlier this week, Microsoft said …": an opening phrase, not something said;
                // read forward below.
            }
        }
        // Inverted: "Content, said X." — X ends the sentence (or is followed by its
        // description): "…, said Alabama's governor." but not "…, a supporter, said Clinton's
        // plan …".
        let source_ends_sentence = source_phrase_after(a, s, j + n - 1).is_some_and(|p| {
            // "…, as Ann Lee, standing there, said before she left.": a time or a clause
            // after the cue is no source.
            let first = a.token_at(s, p.start);
            let first_word = a.lw(s, first);
            if SUBORDINATORS.contains(&first_word)
                || AFTER_CUE_SKIP.contains(&first_word)
                || super::time::is_calendar_word(first_word)
                || matches!(
                    first_word,
                    "in" | "at" | "during" | "last" | "this" | "later"
                )
            {
                return false;
            }
            let after = a.token_at(s, p.end);
            // "…, said a handful of Democrats who watched the debate.": a relative clause
            // describes the source.
            after >= toks.len() || matches!(a.word(s, after), "." | "," | "!" | "?" | "who")
        });
        if prev == "," && j >= 4 && inverting_verb && source_ends_sentence {
            let content = trim_trailing_comma(a, body_start(a, s)..toks[j - 1].span.start);
            if a.in_quote(content.start) {
                return None;
            }
            if (reads_like_clause(a, &content) || named_subject_clause(a, &content))
                && !opens_with_quote(a, &content)
            {
                let rest = source_phrase_after(a, s, j + n - 1)
                    .and_then(|p| inverted_continuation(a, s, a.token_at(s, p.end)));
                let mut r = reported(content.clone(), SourceAt::After);
                if let Some(rest) = rest {
                    r.content = content.start..rest.end;
                    r.pieces = vec![content, rest];
                }
                return Some(r);
            }
            return None;
        }
    }
    let content = forward?;
    // "A super PAC backing Rubio spent $10 million": the participle's phrase stands inside the
    // subject, and the main verb after its object ends it.
    let content = if reduced_relative && !noun_before_participle(a, s, j) {
        end_before_main_verb(a, s, content)
    } else {
        content
    };
    // `“…,” he said, echoing his comments at a meeting`: words that name an utterance already
    // reported add nothing to what was said.
    if after_attribution && names_an_utterance(a, s, &content) {
        return None;
    }
    // "Lee slams Trump, praises Clinton": a second verb after a comma has the first one's
    // subject.
    // Not a cue inside a relative clause: "Lee, who endorsed Clinton, said …".
    let second_verb = prev == ","
        && !participle
        && !a.lw(s, j).ends_with("ing")
        && previous_cue(a, s, j).is_some_and(|k| {
            a.lw(s, k).ends_with('s') == a.lw(s, j).ends_with('s')
                && (0..k).all(|m| !matches!(a.lw(s, m), "who" | "which" | "whom" | "that"))
        });
    // "agreed to a call, but only to tell Lee that …": an infinitive of purpose set off after
    // the clause has that clause's subject.
    let only_to = j >= 3
        && a.lw(s, j - 1) == "to"
        && a.lw(s, j - 2) == "only"
        && matches!(a.lw(s, j - 3), "but" | "," | "—" | "–");
    let source = if after_attribution || second_verb {
        SourceAt::PreviousCue
    } else if only_to {
        SourceAt::SentenceSubject
    } else if reduced_relative {
        SourceAt::Before
    } else if participle && !matches!(prev, "is" | "are" | "was" | "were" | "been" | "be")
        // "Lee Says Voters Backed Levy, Calls Hale’s Remarks ‘Troubling’": a headline's second
        // verb has its first one's subject.
        || prev == "," && a.is_title_case(s)
    {
        SourceAt::SentenceSubject
    } else {
        SourceAt::Before
    };
    Some(reported(content, source))
}

/// "20 people have shown an interest", "she showed courage": people who show something
/// display it; only records, polls and findings show evidence. Whether the subject right before
/// the cue at token `j` (past its auxiliaries) is a person, a personal pronoun or "people".
fn person_subject(a: &Analysis, s: usize, j: usize) -> bool {
    let mut k = j;
    while k > 0
        && matches!(
            a.lw(s, k - 1),
            "has" | "have" | "had" | "also" | "not" | "never"
        )
    {
        k -= 1;
    }
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let person = a
        .mention_at_token(s, before)
        .is_some_and(|mi| a.entities[a.mentions[mi].entity].kind == super::EntityKind::Person);
    person
        || matches!(
            a.lw(s, before),
            "he" | "she" | "they" | "we" | "i" | "you" | "people"
        )
}

/// The closing comma of a relative clause opened by the comma at token `comma` when the words
/// from `from` to it are a subject without its verb and a verb follows the closing comma
/// ("the decision, which struck down the rules, was a blow").
fn subject_relative_end(a: &Analysis, s: usize, from: usize, comma: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    // "the ruling, which …": a determiner and a noun in -ing hold no verb.
    let first = a.token_at(s, from);
    let noun_in_ing = comma == first + 2 && noun_in_ing(a, s, first + 1);
    if has_verb(a, &(from..toks[comma].span.start)) && !noun_in_ing {
        return None;
    }
    let close = (comma + 3..toks.len().min(comma + 25))
        .find(|&k| matches!(a.word(s, k), "," | ";" | "—" | "–" | "." | ":"))
        .filter(|&k| a.word(s, k) == ",")?;
    let rest_end = toks.get((close + 4).min(toks.len() - 1))?.span.end;
    let rest = toks.get(close + 1)?.span.start..rest_end;
    // "…, illustrates the importance": a verb in -s or the past right after the comma (not a
    // plural and its verb: "…, officials say").
    let next = a.lw(s, close + 1);
    let verb_form = toks.get(close + 1).is_some_and(|t| !t.capitalized)
        && (next.len() > 4 && next.ends_with("ed")
            || a.lx.irregular_past.contains(next)
            || next.len() > 3
                && next.ends_with('s')
                && !next.ends_with("ss")
                && !next.ends_with("us")
                && !next.ends_with("is"))
        && a.speech_verb(s, close + 2).is_none()
        && !FINITE.contains(&a.lw(s, close + 2));
    let verb_first = FINITE.contains(&next) || verb_form || has_verb(a, &rest);
    verb_first.then_some(close)
}

/// "The allies bristle at the charge — it is a two-way street, they insist": before a
/// trailing cue, what was said starts after the last dash or semicolon when a clause follows it.
fn after_last_break(a: &Analysis, s: usize, content: Span) -> Span {
    let toks = &a.tokens[s];
    let (first, last) = (a.token_at(s, content.start), a.token_at(s, content.end));
    let Some(mark) = (first + 1..last)
        .rev()
        .find(|&k| (a.is_dash(s, k) || a.word(s, k) == ";") && !a.in_quote(toks[k].span.start))
    else {
        return content;
    };
    let Some(next) = toks.get(mark + 1).filter(|_| mark + 1 < last) else {
        return content;
    };
    let rest = next.span.start..content.end;
    if reads_like_clause(a, &rest) && has_verb(a, &rest) {
        rest
    } else {
        content
    }
}

/// What follows the last dash of `content` that stands outside a quotation, if a word does.
fn dash_break(a: &Analysis, s: usize, content: &Span) -> Option<Span> {
    let toks = &a.tokens[s];
    let (first, last) = (a.token_at(s, content.start), a.token_at(s, content.end));
    let mark = (first + 1..last)
        .rev()
        .find(|&k| a.is_dash(s, k) && !a.in_quote(toks[k].span.start))?;
    let next = toks
        .get(mark + 1)
        .filter(|t| mark + 1 < last && t.is_word)?;
    Some(next.span.start..content.end)
}

/// The dash closing an aside opened by the dash at token `open`, when the sentence goes on
/// after it and the aside is not an attribution of its own ("— he said —").
fn closing_dash(a: &Analysis, s: usize, open: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    // A dash written as two hyphens is one dash.
    let run_end = |k: usize| a.run_end(s, k, |w| w == "-");
    let open = run_end(open);
    let close = (open + 2..toks.len().min(open + 30))
        .find(|&k| a.is_dash(s, k) || matches!(a.word(s, k), ";" | ":" | "." | "?" | "!"))
        .filter(|&k| a.is_dash(s, k))?;
    let close_end = run_end(close);
    let goes_on = toks.get(close_end + 1).is_some_and(|t| {
        t.text(a.text)
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    });
    // "— which aides called a disaster —" is a relative clause, not an attribution.
    let relative = matches!(a.lw(s, open + 1), "which" | "who" | "whom" | "whose");
    let attribution = !relative && (open + 1..close).any(|k| a.speech_verb(s, k).is_some());
    (goes_on && !attribution && !a.in_quote(toks[close].span.start)).then_some(close_end)
}

/// Whether a content that opens with a subordinator ("since", "if") goes on, after a comma,
/// with a main clause, and the subordinate clause holds no cue of its own.
fn main_clause_after_subordinate(a: &Analysis, s: usize, content: &Span) -> bool {
    let toks = &a.tokens[s];
    let first = a.token_at(s, content.start);
    let Some(comma) = (first + 2..toks.len())
        .take_while(|&k| toks[k].span.start < content.end)
        .find(|&k| a.word(s, k) == "," && !a.in_quote(toks[k].span.start))
    else {
        return false;
    };
    let main = toks[comma].span.end..content.end;
    !cue_between(a, content.start, toks[comma].span.start) && reads_like_clause(a, &main)
}

/// Whether the word before the participle at token `j` is a plural noun (the source of a
/// reduced relative: "polls showing …", "voters saying …"), not a verb ("keeps saying") or an
/// adverb.
fn noun_before_participle(a: &Analysis, s: usize, j: usize) -> bool {
    let prev = a.lw(s, j - 1);
    let plural = prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss");
    let verb_like = FINITE.contains(&prev)
        || prev.ends_with("ly")
        || a.attribution_cue(s, j - 1).is_some()
        || matches!(
            prev,
            "keeps" | "continues" | "starts" | "begins" | "stops" | "was" | "is"
        );
    // "with three in 10 saying …", "with 50 percent saying …": a share of those asked.
    let ratio = j >= 4 && is_count(prev) && ratio_in_before(a, s, j - 1);
    let share = ratio || j >= 2 && share_or_age_group(a, s, j - 1).is_some();
    // "…, with Ann Lee tweeting that …": a name after "with" is the participle's subject.
    let named_after_with = a.mention_at_token(s, j - 1).is_some_and(|mi| {
        let first = a.token_at(s, a.mentions[mi].span.start);
        first > 0 && a.lw(s, first - 1) == "with"
    });
    plural && !verb_like && !a.tokens[s][j - 1].capitalized || share || named_after_with
}

/// A content cut before the first comma or finite verb in it (past its first word).
fn end_before_main_verb(a: &Analysis, s: usize, content: Span) -> Span {
    let toks = &a.tokens[s];
    let first = a.token_at(s, content.start);
    let end = (first + 1..toks.len())
        .take_while(|&k| toks[k].span.start < content.end)
        .find(|&k| {
            let t = &toks[k];
            let w = a.lw(s, k);
            matches!(w, "," | ";" | "—" | "–" | "that" | "which" | "who")
                || !t.capitalized
                    && (FINITE.contains(&w)
                        || a.lx.irregular_past.contains(w)
                        || w.len() > 4 && w.ends_with("ed"))
        });
    match end {
        Some(k) => content.start..toks[k - 1].span.end,
        None => content,
    }
}

/// Cues of taking a side whose participle after a singular noun says who takes it: "an outside
/// group backing Rubio", "the super PAC supporting Bush".
const BACKING_CUES: &[&str] = &["support", "back", "oppose", "endorse"];

/// Whether the participle of a cue of taking a side at token `j` follows a singular noun with
/// its determiner ("a group backing", "the super PAC supporting", "a California Democrat
/// supporting"): the noun phrase is its source, as a plural is for "polls showing".
fn backer_before_participle(a: &Analysis, s: usize, j: usize, lemma: &str) -> bool {
    if !BACKING_CUES.contains(&lemma) || j < 2 {
        return false;
    }
    let noun = &a.tokens[s][j - 1];
    let nw = a.lw(s, j - 1);
    let noun_like = noun.is_word
        && !FINITE.contains(&nw)
        && !NOT_IN_SOURCE.contains(&nw)
        && !nw.ends_with("ly")
        && !nw.ends_with("ing")
        && a.attribution_cue(s, j - 1).is_none();
    // The determiner within three words before the noun, with only words between.
    let determined = (j.saturating_sub(4)..j - 1)
        .rev()
        .take_while(|&m| a.tokens[s][m].is_word)
        .any(|m| matches!(a.lw(s, m), "a" | "an" | "the"));
    // Its object is a name or a determined phrase ("backing Rubio", "supporting his bid",
    // "backing former Gov. Bush"), not a noun it describes ("the chief supporting role").
    let object = a.lw(s, j + 1);
    let named_object = a.tokens[s].get(j + 1).is_some_and(|t| t.capitalized)
        || DETERMINERS.contains(&object)
        || matches!(object, "his" | "her" | "their" | "its" | "former")
        || object.starts_with("then-");
    noun_like && determined && named_object
}

/// Words after "appear" that make it a raising verb ("appeared to be", "appears likely"), not
/// one of showing up ("appeared on television").
const APPEAR_RAISING: &[&str] = &[
    "to",
    "that",
    "likely",
    "unlikely",
    "poised",
    "ready",
    "set",
    "more",
    "less",
    "increasingly",
    "as",
];

/// Words that end the clause before a raising verb's subject: "In the past days, the mayor
/// seemed …", "… because the plan seemed …".
const CLAUSE_OPENERS: &[&str] = &[
    "that", "because", "while", "if", "when", "but", "and", "although", "though", "since", "as",
    "so", "yet", "whether", "where",
];

/// The content of a raising verb at `j` (`n` tokens): the subject and what follows the verb
/// ("the mayor seemed to waver" → "the mayor" + "to waver"), or only the clause after
/// "it seems (that)". PolNeAR credits these to the writer, or to an experiencer we do not read.
fn raised(a: &Analysis, s: usize, j: usize, n: usize) -> Option<(Span, Vec<Span>)> {
    let toks = &a.tokens[s];
    let next = a.lw(s, j + n);
    let raising = match a.lw(s, j) {
        w if w.starts_with("appear") => APPEAR_RAISING.contains(&next),
        _ => toks.get(j + n).is_some_and(|t| t.is_word),
    };
    // "seemed to suggest that …": the inner cue reads the attribution, with this subject.
    // "Trump reportedly told aides that …": a cue right after it reads the attribution.
    let inner_cue = (next == "to" && a.attribution_cue(s, j + n + 1).is_some())
        || a.attribution_cue(s, j + n).is_some();
    if !raising || inner_cue || a.in_quote(toks[j].span.start) {
        return None;
    }
    let rest_from = if next == "that" { j + n + 1 } else { j + n };
    let rest_start = toks.get(rest_from)?.span.start;
    let rest = rest_start..end_of_content(a, s, rest_start);
    let body = a.token_at(s, body_start(a, s));
    let mut first = j;
    while first > body {
        let w = a.lw(s, first - 1);
        // "Henson said his campaign appears to …": the subject starts after the cue.
        let stop = matches!(w, "," | ";" | ":" | "—" | "–" | "(" | "\"" | "“" | "”")
            || CLAUSE_OPENERS.contains(&w)
            || a.speech_verb(s, first - 1).is_some();
        if stop {
            break;
        }
        first -= 1;
    }
    let expletive = first + 1 == j && matches!(a.lw(s, first), "it" | "there");
    let words = super::token::tokenize(a.text, rest.clone())
        .iter()
        .filter(|t| t.is_word)
        .count();
    if first == j || words < 2 || j - first > 12 {
        return None;
    }
    if expletive {
        return Some((rest.clone(), vec![rest]));
    }
    let subject = toks[first].span.start..toks[j - 1].span.end;
    Some((subject.start..rest.end, vec![subject, rest]))
}

/// Forms of "be" before a passive participle.
const PASSIVE_AUXILIARIES: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Words between the auxiliary and a passive participle that leave the passive intact: "is
/// widely expected", "was also seen".
const PASSIVE_INSERTS: &[&str] = &["also", "still", "now", "not", "long", "generally"];

/// The content of a passive cue with the `passive` frame at `j` (`n` tokens): its subject and
/// what follows "to" or "as" ("the merger is widely expected to close" → "the merger" + "to
/// close"; "the vote was seen as a test" → "the vote" + "as a test"). PolNeAR credits these to
/// an unnamed source; the auxiliary and its adverbs are no part of the content.
fn passive_raised(
    a: &Analysis,
    s: usize,
    j: usize,
    n: usize,
    lemma: &str,
) -> Option<(Span, Vec<Span>)> {
    if !a.lx.cue_frames.get(lemma).is_some_and(|f| f.passive)
        || !matches!(a.lw(s, j + n), "to" | "as")
    {
        return None;
    }
    let mut aux = j.checked_sub(1)?;
    if aux > 0 && (PASSIVE_INSERTS.contains(&a.lw(s, aux)) || a.lw(s, aux).ends_with("ly")) {
        aux -= 1;
    }
    if !PASSIVE_AUXILIARIES.contains(&a.lw(s, aux)) {
        return None;
    }
    let (content, mut pieces) = raised(a, s, j, n)?;
    let subject_end = a.tokens[s][aux.checked_sub(1)?].span.end;
    if pieces.len() != 2 || subject_end <= pieces[0].start {
        return None;
    }
    pieces[0].end = subject_end;
    Some((content, pieces))
}

/// Words that open the question after a passive "asked": "was asked about …", "… whether …".
const QUESTION_OPENERS: &[&str] = &[
    "about", "if", "whether", "why", "what", "how", "who", "whom", "when", "where", "which", "to",
];

/// The question put to the subject of a passive "asked": "she was asked about the budget",
/// "he has been asked repeatedly whether …", "was asked by a caller why …", "he said when
/// asked why …". PolNeAR reads the question as the content and the asker, usually unnamed, as
/// its source; the subject is the one who answers, so it is not the source.
fn asked_passive(a: &Analysis, s: usize, j: usize, n: usize) -> Option<Span> {
    let toks = &a.tokens[s];
    let mut aux = j.checked_sub(1)?;
    while aux > 0 && {
        let w = a.lw(s, aux);
        PASSIVE_INSERTS.contains(&w) || w.ends_with("ly") || matches!(w, "even" | "yet" | "again")
    } {
        aux -= 1;
    }
    // "he said when asked about the budget": a reduced passive after a conjunction of time
    // (one opening the sentence is `asked_about`'s).
    let reduced = matches!(a.lw(s, aux), "when" | "after" | "once" | "until")
        && aux > a.token_at(s, body_start(a, s));
    if !PASSIVE_AUXILIARIES.contains(&a.lw(s, aux)) && !reduced {
        return None;
    }
    let mut k = j + n;
    while k < toks.len()
        && (super::time::is_calendar_word(a.lw(s, k))
            || AFTER_CUE_SKIP.contains(&a.lw(s, k))
            || matches!(a.lw(s, k), "again" | "yet"))
    {
        k += 1;
    }
    // "asked by the host whether …": the asker is passed over (it names no one here).
    if a.lw(s, k) == "by" {
        k = (k + 1..toks.len().min(k + 10)).find(|&m| {
            QUESTION_OPENERS.contains(&a.lw(s, m)) && !matches!(a.lw(s, m), "to" | "about")
        })?;
    }
    if !QUESTION_OPENERS.contains(&a.lw(s, k)) || a.in_quote(toks.get(k)?.span.start) {
        return None;
    }
    let start = toks[k].span.start;
    let content = start..end_of_content(a, s, start);
    (a.token_at(s, content.end) > k + 1).then_some(content)
}

/// Verbs that link a subject to an adjective cue: "is confident", "remains skeptical".
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "’m", "'m", "’re", "'re", "’s", "'s",
    "remain", "remains", "remained", "seem", "seems", "seemed", "feel", "feels", "felt", "appear",
    "appears", "appeared", "become", "becomes", "became", "grown", "grew",
];

/// Whether the word before token `j` (past "not", "so", "very" or an -ly adverb) links a subject
/// to it: "is not convinced", "remain deeply skeptical".
fn after_copula(a: &Analysis, s: usize, j: usize) -> bool {
    let mut k = j;
    while k > 0 {
        let w = a.lw(s, k - 1);
        if matches!(
            w,
            "not" | "n’t" | "n't" | "so" | "very" | "also" | "still" | "more"
        ) || (w.ends_with("ly") && w.len() > 3)
        {
            k -= 1;
            continue;
        }
        return COPULAS.contains(&w);
    }
    false
}

/// Whether token `k` is a plural noun of people who speak for a group: "union leaders",
/// "officials", "analysts".
fn plural_role(a: &Analysis, s: usize, k: usize) -> bool {
    let w = a.lw(s, k);
    NATIONALS.contains(&w)
        || w.strip_suffix('s')
            .is_some_and(|one| super::coref::ROLE_NOUNS.contains(&one))
        || matches!(
            w,
            "critics"
                | "campaigners"
                | "scientists"
                | "doctors"
                | "traders"
                | "dealers"
                | "bankers"
        )
}

/// Whether the cue at token `j` is the second participle of a passive joined by "and" or
/// "or": "the notes will be priced and offered for sale" offers nothing of the notes' own.
fn joined_passive(a: &Analysis, s: usize, j: usize) -> bool {
    // "was developed and said everyone …", "be abolished and argued courts …": a verb with a
    // clause or an object of its own after it is active; only a preposition or the end of
    // the clause leaves it in the passive.
    let passive_tail = matches!(
        a.lw(s, j + 1),
        "" | "for" | "to" | "on" | "in" | "at" | "by" | "as" | "with" | "." | "," | ";"
    );
    j >= 3
        && passive_tail
        && matches!(a.lw(s, j - 1), "and" | "or")
        && a.lw(s, j - 2).ends_with("ed")
        && PASSIVE_AUXILIARIES.contains(&a.lw(s, j - 3))
}

/// The one who speaks named at the start of a source phrase that is not a plain subject:
/// "Grassley hasn't" (expressed), "Bryne went" (on to say).
fn named_in(a: &Analysis, words: &Span) -> Option<super::EntityId> {
    a.mentions_in(words)
        .filter(|&mi| !a.mention_info[mi].modifier && a.mentions[mi].span.start == words.start)
        .map(|mi| a.mentions[mi].entity)
        .find(|&e| {
            matches!(
                a.entities[e].kind,
                super::EntityKind::Person
                    | super::EntityKind::Organization
                    | super::EntityKind::Country
            )
        })
}

/// Whether a content is a phrase naming an utterance ("his comments at a meeting", "earlier
/// remarks") rather than what was said: its first or second word is a cue noun.
fn names_an_utterance(a: &Analysis, s: usize, content: &Span) -> bool {
    let first = a.token_at(s, content.start);
    let noun = |k: usize| a.lx.cue_nouns.contains_key(a.lw(s, k));
    noun(first)
        || (matches!(
            a.lw(s, first),
            "his" | "her" | "their" | "its" | "the" | "those" | "these" | "earlier" | "previous"
        ) && noun(first + 1))
}

/// The raising verb a cue at `j` follows ("seems" in "Cruz seems to believe …"), whose subject
/// is the cue's source; `j` itself otherwise.
fn raising_before(a: &Analysis, s: usize, j: usize) -> usize {
    let raising = |k: usize| {
        a.lx.attribution_cues
            .get(a.lw(s, k))
            .and_then(|(lemma, _)| a.lx.cue_frames.get(lemma))
            .is_some_and(|f| f.raising)
    };
    // "Trump was quick to add", "she is eager to point out": the subject of "be" is the source.
    let be_adjective_to = j >= 3
        && a.lw(s, j - 1) == "to"
        && matches!(
            a.lw(s, j - 2),
            "quick" | "eager" | "keen" | "careful" | "ready" | "happy" | "quicker" | "first"
        )
        && matches!(
            a.lw(s, j - 3),
            "is" | "was" | "are" | "were" | "been" | "be"
        );
    // "Caddell went on to discuss …".
    let went_on_to = j >= 3
        && a.lw(s, j - 1) == "to"
        && a.lw(s, j - 2) == "on"
        && matches!(a.lw(s, j - 3), "went" | "goes" | "go" | "going");
    // "Lee refused to say …".
    let controlled = (j >= 2 && a.lw(s, j - 1) == "to")
        .then(|| controller_before(a, s, j - 1))
        .flatten();
    match j.checked_sub(2) {
        Some(k) if a.lw(s, j - 1) == "to" && raising(k) => k,
        Some(_) if be_adjective_to || went_on_to => j - 3,
        Some(_) if controlled.is_some() => controlled.unwrap_or(j),
        Some(_) if a.lw(s, j - 1) == "to" => purpose_verb_before(a, s, j - 1).unwrap_or(j),
        _ => j,
    }
}

/// The "was" of "X was quoted (by the agency) as saying …" or "X was quoted in the Herald
/// saying …" when the cue at `j` is its participle: the subject of "was" is the one who spoke
/// ([`super::coref::subject_before`] starts there).
pub fn quoted_as(a: &Analysis, s: usize, j: usize) -> Option<usize> {
    if !matches!(a.lw(s, j), "saying" | "telling") {
        return None;
    }
    let quoted = (j.saturating_sub(10)..j.checked_sub(1)?)
        .rev()
        .find(|&k| a.lw(s, k) == "quoted")?;
    // "was quoted in the Herald newspaper saying …": where, then the participle.
    let as_or_where = a.lw(s, j - 1) == "as" || matches!(a.lw(s, quoted + 1), "in" | "by");
    if !as_or_where {
        return None;
    }
    let be = quoted.checked_sub(1)?;
    // Only "by" and the one quoting between: "quoted by the official news agency as saying".
    let plain = (quoted + 1..j - 1).all(|k| a.word(s, k) != "," && a.lw(s, k) != "that");
    (plain
        && matches!(
            a.lw(s, be),
            "is" | "was" | "were" | "are" | "been" | "being"
        ))
    .then_some(be)
}

/// "55 percent said so", "most said yes", "three-quarters said the same of Lee": a word that
/// stands for what was said, after "say" (token `k` follows the cue), ending its clause.
fn pro_form_content(a: &Analysis, s: usize, k: usize, lemma: &str) -> Option<Span> {
    if lemma != "say" {
        return None;
    }
    let toks = &a.tokens[s];
    let first = toks.get(k)?;
    let clause_ends = |m: usize| {
        m >= toks.len()
            || matches!(a.word(s, m), "." | "," | ";" | "!" | "?" | ")")
            || matches!(
                a.lw(s, m),
                "in" | "at" | "on" | "during" | "last" | "this" | "and" | "but" | "while"
            )
    };
    match a.lw(s, k) {
        "so" | "yes" | "no" if clause_ends(k + 1) => Some(first.span.clone()),
        // "the same about Mr. Trump": up to the end of the clause.
        "the" if a.lw(s, k + 1) == "same" => {
            let end = (k + 2..toks.len())
                .find(|&m| matches!(a.word(s, m), "." | "," | ";" | "!" | "?"))
                .unwrap_or(toks.len());
            Some(first.span.start..toks[end - 1].span.end)
        }
        _ => None,
    }
}

/// The word whose subject is the subject of the infinitive after the "to" at token `to`
/// (`control_verbs.tsv`): "Lee refused (not) to say", "Lee is continuing to insist"; for an
/// adjective, the "be" before it ("voters were more likely to say"); "Lee has yet to endorse":
/// the "has".
fn controller_before(a: &Analysis, s: usize, to: usize) -> Option<usize> {
    let mut k = to.checked_sub(1)?;
    if a.lw(s, k) == "not" {
        k = k.checked_sub(1)?;
    }
    let w = a.lw(s, k);
    if w == "yet" {
        let have = k.checked_sub(1)?;
        return matches!(a.lw(s, have), "has" | "have" | "had").then_some(have);
    }
    let controls = |l: &str| a.lx.control_verbs.contains(l);
    // "continues", "refusing": regular endings the lemma table may leave out.
    let stem = w
        .strip_suffix("ing")
        .or_else(|| w.strip_suffix("ed"))
        .or_else(|| w.strip_suffix('s'));
    let known = controls(w)
        || a.lx.verb_lemmas.get(w).is_some_and(|l| controls(l))
        || stem.is_some_and(|st| controls(st) || controls(&format!("{st}e")));
    if !known || a.tokens[s][k].capitalized {
        return None;
    }
    // An adjective ("likely", "willing"): the "be" before it, past "more", "less", "very".
    let mut b = k;
    while b > 0 && matches!(a.lw(s, b - 1), "more" | "less" | "very" | "not" | "so") {
        b -= 1;
    }
    let be = b > 0
        && matches!(
            a.lw(s, b - 1),
            "is" | "are" | "was" | "were" | "be" | "been"
        );
    Some(if be { b - 1 } else { k })
}

/// Lemmas of verbs whose subject does what an infinitive of purpose after them says: "will come on the
/// show to talk about", "took a moment to point out", "went out of his way to praise", "used
/// the speech to attack", "took to Twitter to slam".
const PURPOSE_VERBS: &[&str] = &[
    "come", "go", "take", "use", "step", "appear", "return", "travel", "seize", "head", "turn",
    "hold", "stop", "rise", "pause",
];

/// The verb of purpose ("came on the show") before the "to" at token `to` whose subject is the
/// source of the infinitive cue after it, when nothing but its own phrase stands between.
fn purpose_verb_before(a: &Analysis, s: usize, to: usize) -> Option<usize> {
    let purpose = |k: usize| {
        let w = a.lw(s, k);
        PURPOSE_VERBS.contains(&a.lx.verb_lemmas.get(w).map_or(w, String::as_str))
    };
    (to.saturating_sub(10)..to)
        .rev()
        .take_while(|&k| {
            a.tokens[s][k].is_word
                && !matches!(
                    a.lw(s, k),
                    "that" | "who" | "which" | "whom" | "and" | "but" | "or"
                )
        })
        .find(|&k| {
            // "took to the steps to assail": "steps" after a determiner is a noun.
            let noun = k > 0
                && (DETERMINERS.contains(&a.lw(s, k - 1))
                    || matches!(a.lw(s, k - 1), "his" | "her" | "its" | "their" | "our"));
            purpose(k) && !a.tokens[s][k].capitalized && !noun
        })
}

/// The speech verb of the attribution a participle at `j` follows: "said" in `Ramos said,
/// referring to …` or in `…, said Ramos, referring to …` (a name of up to four words between).
fn previous_cue(a: &Analysis, s: usize, j: usize) -> Option<usize> {
    let comma = j.checked_sub(1).filter(|&c| a.word(s, c) == ",")?;
    let verb = comma.checked_sub(1)?;
    // "pushed back on those claims Thursday, saying …": a cue word used as a noun is no cue.
    // "slams Trump, praises Clinton": a cue of speech that takes an object too.
    let cue = |k: usize| {
        let speech = a.speech_verb(s, k).is_some()
            || a.attribution_cue(s, k)
                .is_some_and(|(_, n, kind)| n == 1 && kind == AttributionKind::Speech);
        speech && !a.is_noun_use(s, k)
    };
    // "denounced supporters who make sexist remarks, saying …": a plural after a word that
    // can be no subject of its own is a noun ("Lee remarks, adding …", "the aide says, …" are
    // verbs).
    let plural_noun = || {
        let w = a.lw(s, verb);
        let Some(before) = verb.checked_sub(1) else {
            return false;
        };
        let b = a.lw(s, before);
        let tok = &a.tokens[s][before];
        w.ends_with('s')
            && !w.ends_with("ss")
            && tok.is_word
            && !tok.capitalized
            && a.mention_at_token(s, before).is_none()
            && !matches!(
                b,
                "he" | "she" | "it" | "they" | "who" | "also" | "still" | "now"
            )
            && !b.ends_with("ly")
            && !super::coref::ROLE_NOUNS.contains(&b)
            && !a.lx.org_nouns.contains_key(b)
    };
    // "declined to comment, saying …": an infinitive has no subject of its own to lend; the
    // participle is the sentence subject's.
    let infinitive = verb > 0 && a.lw(s, verb - 1) == "to";
    if cue(verb) && !plural_noun() && !infinitive {
        return Some(verb);
    }
    // "said Tuesday in Paris, noting …": a day and a place between the cue and the comma.
    let near = (comma.saturating_sub(7)..comma.saturating_sub(1))
        .rev()
        .find(|&k| {
            cue(k)
                && (k + 1..comma).all(|m| {
                    a.tokens[s][m].capitalized
                        || a.word(s, m) == "."
                        || matches!(a.lw(s, m), "in" | "at" | "on")
                })
        });
    // `“…,” said Ann Lee, a pollster who advises the party, citing …`: an inverted cue after
    // a quote, then its source and the source's description.
    near.or_else(|| {
        (comma.saturating_sub(25)..comma.saturating_sub(2))
            .rev()
            .find(|&k| cue(k) && cue_after_quote(a, s, k))
            .filter(|&k| (k + 1..comma).all(|m| !matches!(a.word(s, m), ";" | ":" | "“" | "”")))
    })
}

/// Whether the cue at token `k` follows the quote it attributes (`“…,” said`, `“…”, said`):
/// its source comes after it.
fn cue_after_quote(a: &Analysis, s: usize, k: usize) -> bool {
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let mark = if a.word(s, before) == "," {
        before.checked_sub(1)
    } else {
        Some(before)
    };
    mark.is_some_and(|m| a.closing_mark_start(s, m).is_some())
        && !a.in_quote(a.tokens[s][k].span.start)
}

/// Subordinators that end an object phrase when a clause follows them.
const OBJECT_ENDERS: &[&str] = &[
    "since", "because", "although", "though", "while", "when", "before", "until", "unless",
    "whereas",
];

/// An object phrase ends where a clause of its own joins on: "has called inversions
/// “unpatriotic,” and the Treasury acted" credits "inversions “unpatriotic,”".
fn object_without_next_clause(a: &Analysis, s: usize, content: Span) -> Span {
    let toks = &a.tokens[s];
    let from = a.token_at(s, content.start);
    let end = a.token_at(s, content.end).min(toks.len());
    let title_case = a.is_title_case(s);
    for j in from + 1..end {
        // `called Cruz the "ultimate hypocrite," linking to …`, `called him a "moderate," a
        // subtle dig`: the writer's words after the comma that closed inside the quote.
        // A list of quoted labels (`a "nasty guy," an "anchor baby" and "unstable"`) goes on.
        let quote_comma = a.quote_closed_after_comma(s, j)
            && (j + 1..end)
                .all(|m| !a.opening_mark_at(s, m) && a.closing_mark_start(s, m).is_none());
        if quote_comma
            && (writer_clause_after_comma(a, s, from, j) || matches!(a.lw(s, j + 1), "a" | "an"))
        {
            return content.start..toks[j].span.end;
        }
        if a.in_quote(toks[j].span.start) {
            continue;
        }
        // "Le Pen Backs Trump And Denounces Clinton": a title-case headline's second verb
        // credits something else.
        if title_case
            && matches!(a.lw(s, j), "and" | "but")
            && toks.get(j + 1).is_some_and(|t| t.capitalized)
            && a.lw(s, j + 1).ends_with('s')
            && a.lx.verb_lemmas.contains_key(a.lw(s, j + 1))
        {
            return content.start..toks[j - 1].span.end;
        }
        // "has been critical of the plan since she joined the council": the writer's time or
        // reason after the object is no part of it.
        if OBJECT_ENDERS.contains(&a.lw(s, j)) && !toks[j].capitalized {
            let window_end = toks
                .get((j + 6).min(toks.len() - 1))
                .map_or(0, |t| t.span.end);
            let clause = toks.get(j + 1).map(|t| t.span.start..window_end);
            let subject = CLAUSE_STARTS.contains(&a.lw(s, j + 1))
                || toks.get(j + 1).is_some_and(|t| t.capitalized);
            // "touted his polling strength while needling opponents": the writer's participle.
            let next = a.lw(s, j + 1);
            let participle = next.len() > 4 && next.ends_with("ing");
            if participle || subject && clause.is_some_and(|c| has_verb(a, &c)) {
                return trim_trailing_comma(a, content.start..toks[j].span.start);
            }
        }
        if a.word(s, j) == "," && writer_clause_after_comma(a, s, from, j) {
            return trim_trailing_comma(a, content.start..toks[j].span.start);
        }
        // Only after an object phrase: "reported the email came hours after …" is a clause.
        if writer_circumstance_at(a, s, j) && !has_verb(a, &(content.start..toks[j].span.start)) {
            // "called Sanders shortly after …": the time word goes with the circumstance.
            let cut = if j > from + 1 && TIME_BEFORE_CIRCUMSTANCE.contains(&a.lw(s, j - 1)) {
                j - 1
            } else {
                j
            };
            return trim_trailing_comma(a, content.start..toks[cut].span.start);
        }
        if !matches!(a.lw(s, j), "and" | "but") {
            continue;
        }
        let before = toks[j - 1].text(a.text);
        let after_comma = before == "," || a.quote_closed_after_comma(s, j - 1);
        if !after_comma {
            continue;
        }
        // A subject and its verb after the conjunction.
        let window_end = toks
            .get((j + 6).min(toks.len() - 1))
            .map_or(0, |t| t.span.end);
        let clause = toks.get(j + 1).map(|t| t.span.start..window_end);
        let subject = matches!(
            a.lw(s, j + 1),
            "the" | "he" | "she" | "it" | "they" | "we" | "i" | "his" | "her" | "their"
        ) || toks.get(j + 1).is_some_and(|t| t.capitalized);
        if subject && clause.is_some_and(|c| has_verb(a, &c)) {
            let cut = if before == "," {
                toks[j - 1].span.start
            } else {
                toks[j - 1].span.end
            };
            return content.start..cut;
        }
    }
    content
}

/// Relative words that open a clause about the object before them.
const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "where"];

/// Whether what follows the comma at token `j` is the writer's, not the object's: a participle
/// ("attacked the Koch brothers, making their money an issue"), a relative clause ("vouched
/// for both men, with whom he has worked") or a clause with its own subject ("endorsed Mrs.
/// Clinton this month, Ms. Warren has been …"). An object that opens like a clause of its own
/// ("if he ran, he would lose", "as president, he would …") keeps its main clause, and "a kind,
/// loving father" its adjectives.
fn writer_clause_after_comma(a: &Analysis, s: usize, from: usize, j: usize) -> bool {
    let toks = &a.tokens[s];
    let Some(next) = toks.get(j + 1) else {
        return false;
    };
    let w = a.lw(s, j + 1);
    let in_a_list = matches!(a.lw(s, j + 2), "and" | "or" | ",");
    let participle =
        !next.capitalized && w.len() > 4 && w.ends_with("ing") && !w.contains('-') && !in_a_list;
    let preposition = PREPOSITIONS.contains(&w) || matches!(w, "for" | "of" | "to");
    let relative = RELATIVES.contains(&w) || (preposition && RELATIVES.contains(&a.lw(s, j + 2)));
    let first = a.lw(s, from);
    let opens_clause = SUBORDINATORS.contains(&first) || PREPOSITIONS.contains(&first);
    // "slams Trump, praises Clinton": a second verb of the same subject, a cue of its own.
    let second_verb = !in_a_list
        && (w.ends_with('s') || w.ends_with("ed"))
        && a.attribution_cue(s, j + 1)
            .is_some_and(|(_, _, kind)| kind == AttributionKind::Speech)
        && !a.is_noun_use(s, j + 1);
    participle || relative || second_verb || (!opens_clause && subject_and_verb_at(a, s, j + 1))
}

/// Words that lead into "after" or "during" ("hours after", "shortly after", "particularly
/// during").
const TIME_BEFORE_CIRCUMSTANCE: &[&str] = &[
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "minutes",
    "moments",
    "shortly",
    "soon",
    "just",
    "right",
    "immediately",
    "even",
    "particularly",
    "especially",
    "mostly",
    "mainly",
    "largely",
];

/// Whether the writer's circumstances start at token `j` of an object phrase: "during" or
/// "amid" ("attacked her opponent as a fraud during the debate"), "after" or "as" opening a
/// clause ("to boost security after hackers targeted …", "condemned the launch as Pyongyang
/// fired …"), or ", yet" and an appositive comment ("endorsed Clinton, another sign of …").
fn writer_circumstance_at(a: &Analysis, s: usize, j: usize) -> bool {
    let toks = &a.tokens[s];
    if toks[j].capitalized {
        return false;
    }
    let window = |from: usize| {
        let end = toks
            .get((from + 6).min(toks.len() - 1))
            .map_or(0, |t| t.span.end);
        toks.get(from).map(|t| t.span.start..end)
    };
    // "in her campaign appearances", "at a rally", "on his radio show", "on Twitter": the
    // occasion or medium of what was said.
    let occasion = || {
        (j + 1..toks.len().min(j + 5))
            .take_while(|&k| toks[k].is_word && !FINITE.contains(&a.lw(s, k)))
            .any(|k| a.lx.occasion_nouns.contains(a.lw(s, k)))
    };
    let medium = || {
        toks.get(j + 1)
            .and_then(|t| a.mention_starting(t.span.start))
            .is_some_and(|m| {
                a.entities[a.mentions[m].entity].kind == super::EntityKind::Organization
            })
    };
    match a.lw(s, j) {
        "during" | "amid" | "throughout" => true,
        "in" | "at" => occasion(),
        "on" => occasion() || medium(),
        "after" => window(j + 1).is_some_and(|c| has_verb(a, &c)),
        "as" => subject_and_verb_at(a, s, j + 1),
        "," => {
            a.lw(s, j + 1) == "yet"
                || a.lw(s, j + 1) == "another"
                || a.lw(s, j + 1) == "the" && a.lw(s, j + 2) == "latest"
        }
        _ => false,
    }
}

/// Whether a subject (a pronoun or a name) and then its finite verb start at token `k`.
fn subject_and_verb_at(a: &Analysis, s: usize, k: usize) -> bool {
    let w = a.lw(s, k);
    // "Ms. Warren": the honorific stands outside the name's mention.
    let name = if matches!(w, "mr" | "mrs" | "ms" | "dr") && a.word(s, k + 1) == "." {
        k + 2
    } else {
        k
    };
    let after = if matches!(w, "he" | "she" | "they" | "we" | "i") {
        k + 1
    } else {
        match a.mention_at_token(s, name) {
            Some(mi) => a.token_at(s, a.mentions[mi].span.end),
            None => return false,
        }
    };
    let verb = a.lw(s, after);
    let capitalized = a.tokens[s].get(after).is_none_or(|t| t.capitalized);
    !capitalized
        && (FINITE.contains(&verb)
            || a.lx.irregular_past.contains(verb)
            || (verb.len() > 4 && verb.ends_with("ed")))
}

/// The content after a cue: `that …`, a bare clause, `whether …`, or `to …` for an intention.
fn forward_content(a: &Analysis, s: usize, j: usize, n: usize, lemma: &str) -> Option<Span> {
    let toks = &a.tokens[s];
    let frames = a.lx.cue_frames.get(lemma).copied().unwrap_or_default();
    let mut k = j + n;
    let mut skipped_object = false;
    // Where the addressee starts: "urged Congress to act" credits "Congress to act".
    let mut addressee_start = None;
    while k < toks.len() {
        let lw = a.lw(s, k);
        // "said this week", "said next month".
        if matches!(lw, "this" | "next")
            && matches!(
                a.lw(s, k + 1),
                "week" | "month" | "year" | "morning" | "weekend"
            )
        {
            k += 2;
            continue;
        }
        // "called her “third-rate”", "praised him for …": an object pronoun is what a cue that
        // takes an object credits, and "said her husband will …" opens the clause with a
        // determiner; only a cue that addresses someone passes over it ("told him that …").
        // "said her $2 billion fortune …": a sum or a number after "her" is hers too.
        let possessive_her = lw == "her"
            && !CLAUSE_STARTS.contains(&a.lw(s, k + 1))
            && a.tokens[s]
                .get(k + 1)
                .is_some_and(|t| t.is_word || a.word(s, k + 1).starts_with(['$', '£', '€']));
        if matches!(lw, "him" | "her" | "them" | "us" | "me")
            && !ADDRESSING.contains(&lemma)
            && (frames.object || possessive_her)
        {
            break;
        }
        // "told the AP her group never …", "told reporters her plan …": after the one told (or
        // any word past the cue), "her" opens the clause.
        if (skipped_object || k > j + n) && possessive_her {
            break;
        }
        // "said March 3 that …" passes over the date; "says 3,400 residents signed …" starts
        // its clause with the number.
        let date_number = lw.chars().all(|c| c.is_ascii_digit())
            && (super::time::is_calendar_word(a.lw(s, k - 1))
                || super::time::is_calendar_word(a.lw(s, k + 1)));
        // "said last summer …": a season after "last", "this" or "next" is a time too.
        let season = matches!(lw, "spring" | "summer" | "autumn" | "fall" | "winter")
            && matches!(a.lw(s, k - 1), "last" | "this" | "next");
        if AFTER_CUE_SKIP.contains(&lw)
            || super::time::is_calendar_word(lw)
            || date_number
            || season
        {
            k += 1;
            continue;
        }
        // "said on March 3, 2008, that …", "said Tuesday, March 3, that …": the commas inside
        // a date and the one closing it before "that".
        if lw == "," && k > j + n {
            let date_piece = |m: usize| {
                let w = a.lw(s, m);
                super::time::is_calendar_word(w)
                    || (!w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit()))
            };
            if date_piece(k - 1) {
                let year = a.lw(s, k + 1).len() == 4 && date_piece(k + 1);
                if year && matches!(a.lw(s, k + 2), "," | "that") {
                    k += if a.lw(s, k + 2) == "," { 3 } else { 2 };
                    continue;
                }
                if super::time::is_calendar_word(a.lw(s, k + 1)) || a.lw(s, k + 1) == "that" {
                    k += 1;
                    continue;
                }
            }
        }
        // "said on CNN, where he is a contributor, that …": a relative clause about the
        // outlet or addressee.
        if lw == "," && skipped_object && matches!(a.lw(s, k + 1), "where" | "who" | "which") {
            if let Some(close) = (k + 3..toks.len().min(k + 16)).find(|&m| a.word(s, m) == ",") {
                if a.lw(s, close + 1) == "that" {
                    k = close + 1;
                    continue;
                }
            }
        }
        // "said — on Twitter, as it happens — that …": a dashed aside before "that".
        if matches!(lw, "—" | "–" | "--") {
            if let Some(close) = (k + 2..toks.len().min(k + 16)).find(|&m| a.lw(s, m) == lw) {
                if a.lw(s, close + 1) == "that" {
                    k = close + 1;
                    continue;
                }
            }
        }
        // "believes, for example, that …": an aside between the cue and its clause.
        if lw == "," {
            // "says, win or lose in Tuesday’s primary, he’s staying": a longer aside when a
            // pronoun opens the clause after it.
            let pronoun_after = |m: usize| {
                let w = a.lw(s, m + 1);
                let base = w.split(['’', '\'']).next().unwrap_or_default();
                matches!(base, "he" | "she" | "they" | "we" | "i")
                    && !(k + 1..m).any(|i| a.in_quote(toks[i].span.start))
            };
            if let Some(close) = (k + 2..toks.len().min(k + 14))
                .find(|&m| a.word(s, m) == ",")
                .filter(|&m| pronoun_after(m))
            {
                k = close + 1;
                continue;
            }
            if let Some(close) = (k + 2..toks.len().min(k + 8)).find(|&m| a.word(s, m) == ",") {
                let aside: Vec<&str> = (k + 1..close).map(|m| a.lw(s, m)).collect();
                // "described, in blistering terms, a set of …": a manner or place between
                // commas.
                let adjunct = PREPOSITIONS.contains(&aside[0]) && aside.len() >= 2;
                // "revealed, somewhat stiltedly, that …": adverbs of manner before "that".
                let manner = a.lw(s, close + 1) == "that"
                    && aside.iter().all(|w| {
                        w.len() > 3 && w.ends_with("ly")
                            || matches!(
                                *w,
                                "somewhat" | "again" | "once" | "twice" | "rather" | "very"
                            )
                    });
                if adjunct
                    || manner
                    || matches!(
                        aside.as_slice(),
                        ["for", "example" | "instance"]
                            | ["in", "fact"]
                            | ["of", "course"]
                            | ["however"]
                            | ["too"]
                    )
                {
                    k = close + 1;
                    continue;
                }
            }
        }
        // "on BBC Radio’s …": the rest of the outlet's name.
        if skipped_object && toks[k].capitalized && (lw.ends_with("’s") || lw.ends_with("'s")) {
            k += 1;
            continue;
        }
        // "told ABC’s “Good Morning America” that …": the programme.
        if k > j + n {
            if let Some(end) = a.quoted_title_end(s, k) {
                k = end;
                continue;
            }
        }
        // "told the BBC", "told Reuters", "asked Congress to": the addressee.
        // "said on CNN", "said on ABC’s “This Week”": the outlet spoken on.
        let on_outlet = k > j + n && a.lw(s, k - 1) == "on";
        if (on_outlet
            || matches!(
                lemma,
                "tell" | "ask" | "urge" | "warn" | "remind" | "assure"
            ))
            && !skipped_object
        {
            if let Some(after) = past_addressee(a, s, k) {
                addressee_start = Some(toks[k].span.start);
                k = after;
                skipped_object = true;
                continue;
            }
        }
        // "told investors last year the firm was a bargain", "assured the crowd it …": the
        // one told, named by a common noun.
        if matches!(lemma, "tell" | "assure" | "remind" | "inform") && !skipped_object {
            if let Some(after) = past_common_addressee(a, s, k) {
                k = after;
                skipped_object = true;
                continue;
            }
        }
        break;
    }
    let first_after_cue = k;
    // "told a news briefing that …", "said in a statement that …": the words before a near
    // "that" are not content.
    if let Some(that) = (k..toks.len().min(k + 7)).find(|&m| a.lw(s, m) == "that") {
        let plain = (k..that).all(|m| {
            let w = a.lw(s, m);
            w != ","
                && !a.in_quote(toks[m].span.start)
                && a.speech_verb(s, m).is_none()
                && !FINITE.contains(&w)
                && !matches!(w, "he" | "she" | "it" | "they" | "we" | "i")
        });
        // "rejected the notion that …": a verb that takes an object credits the whole noun
        // phrase whose noun the that-clause completes.
        let noun = a.lw(s, that.saturating_sub(1));
        let completes_noun = frames.object
            && that > k
            && (a.lx.cue_nouns.contains_key(noun) || NOUNS_WITH_CLAUSE.contains(&noun));
        // "continues an onslaught that has triggered …": a relative clause, not a report.
        let relative = relative_that(a, s, that) && that > k;
        // "found little evidence that …", "showed no sign that …": what was found is the
        // (lack of) evidence and its clause.
        let evidence = that == k + 2
            && matches!(
                a.lw(s, k),
                "no" | "little" | "any" | "scant" | "some" | "new"
            )
            && matches!(noun, "evidence" | "sign" | "signs" | "indication" | "proof");
        if plain && !completes_noun && !relative && !evidence {
            k = that;
        }
    }
    // "said in a statement it is …", "told reporters at a news conference he …", "said on
    // Fox News that …", "said after the convention he would …".
    if matches!(
        a.lw(s, k),
        "in" | "at" | "during" | "on" | "after" | "before" | "following"
    ) {
        // "said in a film that showed …": a relative "that" opens no report. "says at a
        // campaign stop in Toledo, Ohio, that …": a place may take a dozen words.
        if let Some(next) = (k + 1..toks.len().min(k + 12)).find(|&m| {
            let w = a.lw(s, m);
            (w == "that" && !relative_that(a, s, m))
                // "said on CNN, where he is a contributor, that …": the pronoun of a relative
                // clause about the outlet opens no report.
                || (matches!(w, "he" | "she" | "it" | "they" | "we" | "i")
                    && m >= k + 2
                    && !matches!(a.lw(s, m - 1), "where" | "when" | "who" | "which"))
        }) {
            k = next;
        } else if let Some(noun) = (k + 2..toks.len().min(k + 6))
            .take_while(|&m| toks[m].is_word && !toks[m].capitalized)
            .find(|&m| {
                let w = a.lw(s, m);
                a.lx.document_nouns.contains(w) || a.lx.occasion_nouns.contains(w)
            })
        {
            // "said in a statement the rate would rise", "said in a television interview
            // Brazil would pay": a clause opens right after the occasion.
            let next = toks.get(noun + 1);
            // "said in a statement various other rates are …": a few plain words, then the
            // clause's verb.
            let subject_then_verb = || {
                (noun + 2..toks.len().min(noun + 6))
                    .take_while(|&m| toks[m].is_word && !toks[m].capitalized)
                    .any(|m| FINITE.contains(&a.lw(s, m)))
            };
            let opens_clause = next.is_some_and(|t| {
                let w = a.lw(s, noun + 1);
                t.is_word
                    && (matches!(
                        w,
                        "the" | "its" | "his" | "her" | "their" | "this" | "these"
                    ) || t.capitalized && a.mention_at_token(s, noun + 1).is_some()
                        || !t.capitalized
                            && !PREPOSITIONS.contains(&w)
                            && !FINITE.contains(&w)
                            && !["ed", "ing", "ly"].iter().any(|end| w.ends_with(end))
                            && !matches!(w, "and" | "or" | "but" | "to" | "which" | "that")
                            && subject_then_verb())
            });
            if opens_clause
                && matches!(
                    a.lw(s, k + 1),
                    "a" | "an" | "the" | "his" | "her" | "its" | "their"
                )
            {
                k = noun + 1;
            }
        }
    }
    let first = toks.get(k)?;
    // `said “it gets me mad” every time …`: the clause starts inside the quote mark.
    let lead = if matches!(a.word(s, k), "“" | "\"" | "‘") {
        k + 1
    } else {
        k
    };
    let first_word = a.lw(s, lead);
    // "criticized by economists", "attacks in Paris", "the court seen since 1950": a passive
    // or a noun, not a cue with its clause or object.
    // "said about 20 people had applied": a number after "about" or "around" is the clause's
    // subject, not a topic.
    // "said nearly every talk he had …", "said almost all of them …": a quantity too.
    let approximate = matches!(
        first_word,
        "about" | "around" | "nearly" | "almost" | "roughly" | "virtually"
    ) && (a
        .word(s, lead + 1)
        .starts_with(|c: char| c.is_ascii_digit())
        || NUMBER_WORDS.contains(&a.lw(s, lead + 1))
        || matches!(
            a.lw(s, lead + 1),
            "every" | "all" | "half" | "each" | "everyone" | "everything" | "no" | "none"
        ));
    // "the candidate, whom he described as “volatile,” …": the object is the relative pronoun
    // before the source, and what is credited is its complement, to the end of the clause.
    if first_word == "as" && frames.object && relative_object_before(a, s, j) {
        let end = complement_end(a, s, lead);
        return (end > first.span.start + 2).then_some(first.span.start..end);
    }
    if PREPOSITIONS.contains(&first_word) && !approximate {
        return None;
    }
    // "59% are men, compared to 41% of women", "a challenge to the senator", "support to her
    // family", "reported to the FEC": after these cues "to" opens a preposition's phrase, a
    // comparison or the one addressed, never what is credited. Nor does "like" open an
    // object: "it sounds like a world gone mad".
    // "was reported to have resigned" is still a report: only a body or a name follows the
    // "to" of a recipient.
    let recipient = || {
        a.tokens[s].get(lead + 1).is_some_and(|t| t.capitalized)
            || matches!(
                a.lw(s, lead + 1),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "police" | "authorities"
            )
    };
    let preposition_after = matches!(first_word, "to" | "with")
        && (matches!(lemma, "compare" | "challenge" | "signal" | "support")
            || lemma == "report" && recipient());
    if preposition_after || (first_word == "like" && !frames.clause) {
        return None;
    }
    // "Qantas has posted a record first-half profit", "Telekom saw strong fourth-quarter
    // profits": figures a firm had (`result_nouns.tsv`), not words it posted or a view.
    // ("Analysts saw the rise as a warning" is a view.)
    let had_results = lemma == "post" || lemma == "see" && a.lw(s, j) == "saw";
    if had_results {
        let phrase = || {
            (lead..(lead + 8).min(toks.len())).take_while(|&m| {
                !matches!(a.word(s, m), "," | "." | ";" | ":") && a.lw(s, m) != "that"
            })
        };
        let view = phrase().any(|m| a.lw(s, m) == "as");
        if !view && phrase().any(|m| a.lx.result_nouns.contains(a.lw(s, m))) {
            return None;
        }
    }
    // "she’ll", "they’re": the pronoun before a contraction starts the clause.
    let first_base = first_word.split(['’', '\'']).next().unwrap_or_default();
    // "noted they were appointed before …": a subject pronoun opens a clause, whatever
    // object the cue could also take.
    let pronoun_subject = frames.clause
        && matches!(
            first_base,
            "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there"
        );
    // `told the BBC: "That, as a rule, is right"`: a quote opening with "that" is the quote
    // stage's, not a that-clause.
    if first_word == "that" && a.in_quote(toks[lead].span.start) {
        return None;
    }
    // "said that, if elected, he would …": an aside opens the clause after "that".
    let aside_after_that = first_word == "that" && a.word(s, k + 1) == ",";
    // "a strike that executives said could hurt earnings": the verb of a relative clause.
    let relative_verb = (FINITE.contains(&first_word)
        || first_word.len() > 4 && first_word.ends_with("ed"))
        && relative_report(a, s, j);
    // "said that was part of the race": "that" right before a verb is the clause's subject.
    // Not after a noun: "called for a truce that would freeze …" is a relative clause.
    // `called that “beyond preposterous”`: "that" before quoted words is the object a verb of
    // naming labels ("knows that “…”", "promised that “…”" open a clause).
    let that_object =
        first_word == "that" && k == first_after_cue && frames.label && a.opening_mark_at(s, k + 1);
    let that_subject = first_word == "that"
        && k == first_after_cue
        && (FINITE.contains(&a.lw(s, k + 1)) || that_object);
    let (content_start, bare) = if first_word == "that" {
        let after = if aside_after_that {
            k + 2
        } else if that_subject {
            k
        } else {
            k + 1
        };
        (toks.get(after)?.span.start, false)
    } else if (WH_STARTS.contains(&first_word) && first_word != "if")
        // "told him to stop", but not "Blair told to double aid" (a passive with no one told).
        || (first_word == "to" && frames.to && (lemma != "tell" || skipped_object))
        // "decided not to run", "vowed never to return": the negated intention.
        || (matches!(first_word, "not" | "never")
            && a.lw(s, lead + 1) == "to"
            && !a.lw(s, lead + 2).ends_with("ing")
            && frames.to)
        || (frames.object && !pronoun_subject)
    {
        // "asked whether …", "vowed to …"; and "endorsed the governor’s plan", "called for a
        // recount": what is credited is the phrase itself; "urged Congress to act", with
        // whom it asks.
        let asks_someone = first_word == "to" && matches!(lemma, "urge" | "ask");
        match addressee_start.filter(|_| asks_someone) {
            Some(start) => (start, false),
            None => (first.span.start, false),
        }
    } else {
        let lead_tok = toks.get(lead)?;
        let starts_clause = CLAUSE_STARTS.contains(&first_word)
            || CLAUSE_STARTS.contains(&first_base)
            || approximate
            || (lead_tok.capitalized
                && lead_tok.is_word
                && (lead > k || !a.in_quote(lead_tok.span.start)))
            // "said inevitable changes had cost …": a noun phrase then its verb.
            || (lead_tok.is_word
                && !NOT_IN_SOURCE.contains(&first_word)
                && !first_word.ends_with("ly"))
            // "said only the UN had the authority", "said even the council agreed": a focus
            // word before the subject of a clause.
            || (matches!(first_word, "only" | "even")
                && (matches!(a.lw(s, lead + 1), "the" | "a" | "an")
                    || toks.get(lead + 1).is_some_and(|t| t.capitalized && t.is_word))
                && (lead + 2..(lead + 7).min(toks.len())).any(|m| {
                    let w = a.lw(s, m);
                    FINITE.contains(&w)
                        || a.lx.irregular_past.contains(w)
                        || w.len() > 4 && w.ends_with("ed")
                }))
            || relative_verb;
        if !frames.clause || !starts_clause {
            return None;
        }
        (first.span.start, true)
    };
    // "his radio show - told …": a dash after the cue closes an aside; nothing is credited.
    if a.text[content_start..].starts_with([':', ',', '-', '–', '—']) {
        return None;
    }
    // "noted that, like him, Mrs. Clinton had been …": the clause ends after the aside's
    // closing comma, not at it, and is a clause, not an object to trim.
    let aside_end = aside_after_that
        .then(|| (k + 3..toks.len().min(k + 12)).find(|&m| a.word(s, m) == ","))
        .flatten()
        .and_then(|m| toks.get(m + 1))
        .map_or(content_start, |t| t.span.start);
    let mut content = content_start..end_of_content(a, s, aside_end);
    // "Although McCain said he'd hold a hearing, it is unlikely …", "Obama, who welcomed the
    // leaders to dinner, held …": a clause inside a subordinate or relative clause ends with it.
    if embedded_cue(a, s, j) {
        let from = a.token_at(s, content.start);
        if let Some(comma) = (from..toks.len())
            .find(|&k| a.word(s, k) == "," && !a.in_quote(toks[k].span.start))
            .filter(|&k| toks[k].span.start < content.end)
        {
            content = trim_trailing_comma(a, content.start..toks[comma].span.start);
        }
    }
    // `said “…”` is the quote stage's; `said “it gets me mad” every time …` is a paraphrase
    // that opens with quoted words.
    if opens_with_quote(a, &content) {
        let rest = &a.text[content.clone()];
        let closes_before_end = rest
            .char_indices()
            .skip(1)
            .find(|&(_, c)| matches!(c, '”' | '"' | '’'))
            .is_some_and(|(i, _)| rest[i..].split_whitespace().count() > 2);
        if !closes_before_end {
            return None;
        }
    }
    // "The cases cited involved …": a participle before a verb, not a cue with its object.
    if frames.object && !bare && first_word != "that" && first_word != "to" {
        let verb_first =
            FINITE.contains(&first_word) || (first_word.len() > 4 && first_word.ends_with("ed"));
        if verb_first {
            return None;
        }
        // "Texaco declined 3-1/8 to close at 28-1/2", "shares rose 5 pct": a change in a price
        // or a figure, not something declined or credited.
        let figure = a.text[content.clone()]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        let movement = first_word.starts_with(|c: char| c.is_ascii_digit())
            && (figure.contains('/')
                || matches!(
                    a.lw(s, lead + 1),
                    "pct" | "percent" | "%" | "points" | "cents" | "dlrs" | "pence"
                ));
        // "support declined slightly from 58 percent to 55 percent": a change from or to a
        // figure, after an adverb of degree.
        let degree = first_word.len() > 4 && first_word.ends_with("ly");
        let from_figure = |k: usize| {
            matches!(a.lw(s, k), "from" | "to")
                && a.word(s, k + 1).starts_with(|c: char| c.is_ascii_digit())
        };
        let changed_figure = from_figure(lead) || degree && from_figure(lead + 1);
        if movement || changed_figure {
            return None;
        }
    }
    // "endorsed Trump on Friday": the day is when the cue happened, not part of its object.
    // A that-clause is trimmed only to a clause: "noted that changes at the session would …"
    // goes on past "at".
    if frames.object && !bare && aside_end == content_start {
        let object = object_without_next_clause(a, s, content.clone());
        let that_clause = first_word == "that" && has_verb(a, &content);
        // "warned that the vote was on 2 November": a that-clause's time is the clause's own;
        // "confirmed that observation on Monday": a demonstrative's noun is an object.
        if !that_clause {
            content = without_trailing_time(a, s, object);
        } else if has_verb(a, &object) {
            content = object;
        }
    }
    // "endorsed him in an email", "backed her by a wide margin": a pronoun object ends before
    // the writer's adjuncts ("described him as …" keeps its complement).
    let pronoun_object =
        frames.object && matches!(first_word, "him" | "her" | "them" | "us" | "me");
    if pronoun_object {
        let next = a.token_at(s, content.start) + 1;
        let after = a.lw(s, next);
        // "organizations that have endorsed him say …": a verb after the pronoun is the
        // clause's own.
        if (PREPOSITIONS.contains(&after) && after != "as")
            || super::time::is_calendar_word(after)
            || matches!(after, "," | "." | "up" | "and" | "but" | "")
            || FINITE.contains(&after)
            || a.speech_verb(s, next).is_some()
        {
            content = content.start..toks[next - 1].span.end;
        }
    }
    // "praised Trump at a news conference", "endorsed Clinton in a statement": a named object
    // ends before the writer's circumstances.
    if frames.object && !bare && first_word != "that" && first_word != "to" {
        if let Some(mi) = named_object(a, s, content.start) {
            let after = a.token_at(s, a.mentions[mi].span.end);
            let w = a.lw(s, after);
            let year = |k: usize| {
                let y = a.lw(s, k);
                y.len() == 4 && y.starts_with(['1', '2']) && y.chars().all(|c| c.is_ascii_digit())
            };
            let place = |k: usize| {
                a.mention_at_token(s, k).is_some_and(|m| {
                    matches!(
                        a.entities[a.mentions[m].entity].kind,
                        super::EntityKind::Place | super::EntityKind::Country
                    )
                })
            };
            // "endorsed Trump last week and has appeared at …": a time, or a second verb
            // phrase of the subject's, follows the object too; so do a year or a place
            // ("endorsed Trump in 2015", "supported Sanders in Virginia") and a share
            // ("favored Trump 46 percent to 32 percent").
            let time = super::time::is_calendar_word(w)
                || matches!(w, "last" | "this" | "earlier" | "yesterday" | "today")
                || w == "on" && super::time::is_calendar_word(a.lw(s, after + 1))
                || w == "in" && (year(after + 1) || place(after + 1))
                || w.chars().all(|c| c.is_ascii_digit())
                    && matches!(a.lw(s, after + 1), "percent" | "%");
            let next_verb = matches!(w, "and" | "but") && {
                let v = a.lw(s, after + 1);
                FINITE.contains(&v)
                    || matches!(v, "then" | "also" | "later")
                    || !toks.get(after + 1).is_some_and(|t| t.capitalized)
                        && (v.len() > 4 && v.ends_with("ed") || a.lx.irregular_past.contains(v))
            };
            if after < toks.len()
                && toks[after].span.start < content.end
                && (CIRCUMSTANCES.contains(&w) || time || next_verb)
            {
                content = content.start..a.mentions[mi].span.end;
            }
        }
    }
    if let Some(main) = main_verb_after_relative(a, s, j, &content) {
        content = trim_trailing_comma(a, content.start..toks[main - 1].span.end);
    }
    // "… praise in Kyiv, which seeks to drive the troops out, a call that …": a cue in a
    // relative clause set off by commas credits no more than that clause.
    let set_off_relative =
        j >= 2 && matches!(a.lw(s, j - 1), "which" | "who") && a.word(s, j - 2) == ",";
    if set_off_relative {
        let close = (a.token_at(s, content.start)..toks.len())
            .find(|&k| a.word(s, k) == "," && !a.in_quote(toks[k].span.start))
            .filter(|&k| toks[k].span.start < content.end);
        if let Some(k) = close {
            content = content.start..toks[k].span.start;
        }
    }
    // "Lee, though she praised Hale and said the council should act, stopped short of …": a cue
    // in an aside between the subject and its verb credits no more than the aside.
    if let Some(k) = aside_close_before_main_verb(a, s, j, &content) {
        content = content.start..toks[k].span.start;
    }
    // "She said fathers would not be eligible, and when pressed on why, the mother of three
    // replied, “It's meant …”": a second attribution joined by ", and", whose cue opens a
    // quote, ends what the first one credits.
    let last = a.token_at(s, content.end);
    let second_attribution = (a.token_at(s, content.start)..last).find(|&k| {
        a.word(s, k) == ","
            && matches!(a.lw(s, k + 1), "and" | "but")
            && !a.in_quote(toks[k].span.start)
            && (k + 2..toks.len()).any(|m| {
                a.speech_verb(s, m).is_some()
                    && !a.is_noun_use(s, m)
                    && !a.in_quote(toks[m].span.start)
                    && matches!(a.word(s, m + 1), "," | ":")
                    && toks
                        .get(m + 2)
                        .is_some_and(|t| matches!(t.text(a.text), "“" | "\"" | "‘"))
            })
    });
    if let Some(k) = second_attribution {
        content = content.start..toks[k].span.start;
    }
    // "Christie endorsed Trump": a short object is enough when it names someone.
    let names_someone = frames.object && a.mention_starting(content.start).is_some();
    // "found that he lied": a that-clause with its verb is a clause however short.
    let short_that_clause = first_word == "that" && has_verb(a, &content);
    if content.len() < 8 && !names_someone && !elliptic_clause(a, &content) && !short_that_clause {
        return None;
    }
    if bare {
        let words = super::token::tokenize(a.text, content.clone())
            .iter()
            .filter(|t| t.is_word)
            .count();
        // "say they're liberal": a subject pronoun and its verb are a clause; so are a bare
        // plural and a past verb ending the sentence after a cue that takes no object
        // ("said prices rose", "said talks failed").
        let past_verb =
            |w: &str| a.lx.irregular_past.contains(w) || w.len() > 4 && w.ends_with("ed");
        let last = a.token_at(s, content.end.saturating_sub(1));
        let plural_and_past = !frames.object
            && first_word.len() > 3
            && first_word.ends_with('s')
            && !a.lx.stopwords.contains(first_word)
            && a.lw(s, last) != first_word
            && past_verb(a.lw(s, last))
            && toks.get(last + 1).is_none_or(|t| t.text(a.text) == ".");
        let short_clause =
            words == 2 && (pronoun_subject && has_verb(a, &content) || plural_and_past);
        if !(words >= 3 && (has_verb(a, &content) || relative_verb || a.is_title_case(s)))
            && !elliptic_clause(a, &content)
            && !short_clause
        {
            return None;
        }
    }
    Some(content)
}

/// "Voters who backed Trump say …", "People who know Lee said …": when the cue at token `j`
/// is the verb of a relative clause about the sentence's subject, the speech verb after it in
/// `content` is the main clause's, and what the cue credits ends before it. Its token.
fn main_verb_after_relative(a: &Analysis, s: usize, j: usize, content: &Span) -> Option<usize> {
    let toks = &a.tokens[s];
    let mut r = j.checked_sub(1)?;
    while r > 0 && j - r <= 3 && (AUXILIARIES.contains(&a.lw(s, r)) || a.lw(s, r).ends_with("ly")) {
        r -= 1;
    }
    let body = a.token_at(s, body_start(a, s));
    let in_subject = matches!(a.lw(s, r), "who" | "that")
        && r > body
        && toks[r - 1].is_word
        && (body..r).all(|k| {
            toks[k].is_word && !FINITE.contains(&a.lw(s, k)) && a.attribution_cue(s, k).is_none()
        });
    if !in_subject {
        return None;
    }
    let from = a.token_at(s, content.start);
    let to = a.token_at(s, content.end).min(toks.len());
    let main = (from + 1..to).find(|&m| {
        a.speech_verb(s, m).is_some()
            && !a.in_quote(toks[m].span.start)
            && toks[m - 1].is_word
            && !matches!(a.lw(s, m - 1), "to" | "and" | "or" | "that" | "who")
    })?;
    // "… also said", "… have long argued": the main verb's auxiliaries and adverbs too.
    let mut first = main;
    while first > from + 1 && {
        let w = a.lw(s, first - 1);
        AUXILIARIES.contains(&w) || w.len() > 3 && w.ends_with("ly")
    } {
        first -= 1;
    }
    Some(first)
}

/// The comma closing an aside that holds the cue at `j` and stands between the sentence's
/// subject and its verb ("Lee, though she praised Hale and said the council should act,
/// notably stopped short of …"): the aside opens with a subordinator after the subject and
/// its comma, and closes at a comma followed by a verb (after an adverb).
fn aside_close_before_main_verb(a: &Analysis, s: usize, j: usize, content: &Span) -> Option<usize> {
    let toks = &a.tokens[s];
    let body = a.token_at(s, body_start(a, s));
    let sub = (body + 1..j).find(|&k| {
        SUBORDINATORS.contains(&a.lw(s, k)) && a.word(s, k - 1) == "," && k - 1 > body
    })?;
    let subject_only = (body..sub - 1).all(|k| {
        toks[k].is_word && !FINITE.contains(&a.lw(s, k)) && a.attribution_cue(s, k).is_none()
    });
    let aside_open = (sub..j).all(|k| a.word(s, k) != ",");
    if !subject_only || !aside_open {
        return None;
    }
    let verb_like = |m: usize| {
        let w = a.lw(s, m);
        toks.get(m).is_some_and(|t| t.is_word && !t.capitalized)
            && (FINITE.contains(&w)
                || w.len() > 4 && w.ends_with("ed")
                || a.lx.irregular_past.contains(w))
    };
    let from = a.token_at(s, content.start);
    (from..toks.len())
        .take_while(|&k| toks[k].span.start < content.end)
        .find(|&k| {
            let adverb = a.lw(s, k + 1).len() > 3 && a.lw(s, k + 1).ends_with("ly");
            a.word(s, k) == ","
                && !a.in_quote(toks[k].span.start)
                && verb_like(if adverb { k + 2 } else { k + 1 })
        })
}

/// Whether the object of the cue at token `j` is a relative pronoun before its subject:
/// "whom he described as …", "which the mayor has called …".
fn relative_object_before(a: &Analysis, s: usize, j: usize) -> bool {
    let toks = &a.tokens[s];
    (j.saturating_sub(5)..j)
        .rev()
        .find(|&r| matches!(a.lw(s, r), "whom" | "which"))
        .is_some_and(|r| {
            r + 1 < j && (r + 1..j).all(|k| toks[k].is_word && a.attribution_cue(s, k).is_none())
        })
}

/// Where a complement opening at token `from` ends: at a comma outside quotation marks, after
/// a quotation closing with its comma (`as “volatile,” with …`), or at the sentence's end.
fn complement_end(a: &Analysis, s: usize, from: usize) -> usize {
    let toks = &a.tokens[s];
    for (k, tok) in toks.iter().enumerate().skip(from) {
        let w = a.word(s, k);
        if a.quote_closed_after_comma(s, k) {
            return tok.span.end;
        }
        if (matches!(w, "," | ";") || a.is_dash(s, k)) && !a.in_quote(tok.span.start) {
            return tok.span.start;
        }
    }
    let last = toks.last().map_or(0, |t| t.span.end);
    let text = &a.text[toks[from].span.start..last];
    toks[from].span.start + text.trim_end_matches(['.', ' ', ',']).len()
}

/// "a strike that company executives said could hurt earnings", "which the probe said were
/// covered up": a relative pronoun, then the source, then the cue at token `j`. The pronoun is
/// the subject of what was said, which runs from the verb after the cue.
fn relative_report(a: &Analysis, s: usize, j: usize) -> bool {
    let toks = &a.tokens[s];
    let mut k = j;
    while k > 0 && j - k < 7 {
        let w = a.lw(s, k - 1);
        if matches!(w, "that" | "which" | "what") {
            return k < j;
        }
        if !toks[k - 1].is_word || NOT_IN_SOURCE.contains(&w) || FINITE.contains(&w) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether the "that" at token `k` is a relative pronoun, the subject of the verb right after
/// it ("an onslaught that has triggered …", "a film that showed …").
fn relative_that(a: &Analysis, s: usize, k: usize) -> bool {
    let next = a.lw(s, k + 1);
    let past = a.tokens[s].get(k + 1).is_some_and(|t| !t.capitalized)
        && ((next.len() > 4 && next.ends_with("ed")) || a.lx.irregular_past.contains(next));
    FINITE.contains(&next) || past
}

/// "Flake said he would", "most said yes": a subject pronoun and an auxiliary, or an answer,
/// standing for the clause asked about.
fn elliptic_clause(a: &Analysis, span: &Span) -> bool {
    let words: Vec<String> = super::token::tokenize(a.text, span.clone())
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.text(a.text).to_lowercase())
        .collect();
    // "75 percent said yes", "a third said the same": an answer standing for the clause.
    matches!(
        words
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["yes" | "no"] | ["the", "same"]
    ) || matches!(
        words.iter().map(String::as_str).collect::<Vec<_>>().as_slice(),
        ["he" | "she" | "they" | "we" | "i" | "it", aux] if matches!(
            *aux,
            "would" | "will" | "could" | "can" | "might" | "may" | "should" | "must"
                | "did" | "does" | "do" | "had" | "has" | "have"
        )
    )
}

/// A content span without a final time adjunct: "… on Friday", "… last week", "… Tuesday",
/// "… on the last Saturday".
fn without_trailing_time(a: &Analysis, s: usize, content: Span) -> Span {
    let toks = &a.tokens[s];
    let first = a.token_at(s, content.start);
    let mut end = a.token_at(s, content.end.saturating_sub(1));
    let is_time = |k: usize| {
        let w = a.lw(s, k);
        super::time::is_calendar_word(w)
            || matches!(
                w,
                "week" | "month" | "year" | "night" | "morning" | "afternoon" | "evening"
            )
    };
    if end <= first || !is_time(end) {
        return content;
    }
    let time_opener = |w: &str| {
        matches!(
            w,
            "on" | "in" | "last" | "this" | "next" | "early" | "late" | "the" | "each" | "every"
        )
    };
    // "on 2 November": the day's number goes with its month.
    let day_of_month = |k: usize| {
        let w = a.lw(s, k);
        w.len() <= 2
            && w.bytes().all(|b| b.is_ascii_digit())
            && super::time::is_calendar_word(a.lw(s, k + 1))
    };
    while end > first && (is_time(end) || day_of_month(end) || time_opener(a.lw(s, end))) {
        end -= 1;
    }
    // "growth of 7% in the current year", "£50 per month": a time noun that no "on", "last",
    // "this", "next", "every" or "the" opens is part of a longer phrase, which stays whole.
    let bare_noun = end + 1;
    if is_time(bare_noun)
        && !super::time::is_calendar_word(a.lw(s, bare_noun))
        && !time_opener(a.lw(s, end))
    {
        return content;
    }
    // "the first month of the year", "at the beginning of the year": the time word ends a
    // longer phrase, which stays whole.
    let dangling = |w: &str| {
        PREPOSITIONS.contains(&w) || matches!(w, "of" | "for" | "within" | "till" | "until" | "to")
    };
    if end < first || !toks[end].is_word || dangling(a.lw(s, end)) {
        return content;
    }
    // "its calls in a paper released last week": the time is the participle's.
    let before = a.lw(s, end);
    if before.ends_with("ed") || a.lx.irregular_past.contains(before) {
        return content;
    }
    content.start..toks[end].span.end
}

/// The name an object phrase starting at `start` is about: the mention opening it, or one
/// after a description of up to four lower-case or title words ("Republican presidential
/// candidate Donald Trump").
fn named_object(a: &Analysis, s: usize, start: usize) -> Option<usize> {
    if let Some(mi) = a.mention_starting(start) {
        return Some(mi);
    }
    let toks = &a.tokens[s];
    let first = a.token_at(s, start);
    (first + 1..toks.len().min(first + 5))
        .take_while(|&k| {
            let w = a.lw(s, k - 1);
            toks[k - 1].is_word && !FINITE.contains(&w) && !NOT_IN_SOURCE.contains(&w)
        })
        .find_map(|k| {
            a.mention_starting(toks[k].span.start)
                .filter(|&mi| a.entities[a.mentions[mi].entity].kind == super::EntityKind::Person)
        })
}

/// Whether the cue at `j` stands in a clause that a comma closes: a sentence-opening
/// subordinate clause ("Although X said …, …") or a relative clause ("X, who said …, …").
fn embedded_cue(a: &Analysis, s: usize, j: usize) -> bool {
    let first = a.token_at(s, body_start(a, s));
    let no_comma_before = |from: usize| (from..j).all(|k| a.word(s, k) != ",");
    let subordinate = SUBORDINATORS.contains(&a.lw(s, first)) && no_comma_before(first);
    // "Obama, who welcomed the leaders to dinner, held …": an aside after a comma; "Lee,
    // after initially saying he would not run, changed course": a subordinate clause set off
    // right after the name that opens the sentence.
    let toks = &a.tokens[s];
    let after_name = |comma: usize| {
        comma > first && (first..comma).all(|m| toks[m].capitalized || a.word(s, m) == ".")
    };
    let relative = (j.saturating_sub(3)..j).any(|k| {
        let w = a.lw(s, k);
        k > 0
            && a.word(s, k - 1) == ","
            && no_comma_before(k)
            && (w == "who" || SUBORDINATORS.contains(&w) && after_name(k - 1))
    });
    subordinate || relative
}

/// Finds the source of a reported clause: a named entity when one is meant, else the words
/// that name the source.
pub fn attribute_reported(a: &Analysis, r: &RawReported) -> Attribution {
    let toks = &a.tokens[r.sentence];
    let cue_end = r.cue_tok + r.cue_len - 1;
    let who_source = (r.source == SourceAt::Before)
        .then(|| relative_who_source(a, r.sentence, r.cue_tok))
        .flatten();
    let (speaker, span) = match r.source {
        SourceAt::After => {
            let words = source_phrase_after(a, r.sentence, cue_end);
            let set_off = words
                .as_ref()
                .and_then(|w| person_set_off_after(a, r.sentence, w));
            let object = object_after(a, r.sentence, cue_end, 5)
                .and_then(|(e, span)| {
                    // "according to Italian newspaper La Stampa": the paper the nation's
                    // adjective describes, named after its noun.
                    if let Some(named) = named_after_national_noun(a, r.sentence, &span) {
                        return Some(named);
                    }
                    (!country_before_its_noun(a, r.sentence, &span)
                        && !super::coref::possessive_her(a, &span))
                    .then_some((e, span))
                })
                .or_else(|| document_author(a, r.sentence, cue_end));
            match (object, set_off) {
                // "said a spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn": the person
                // the description sets off, not a place or body named inside it.
                (Some((e, _)), Some((p, span)))
                    if a.entities[e].kind != super::EntityKind::Person =>
                {
                    (Some(p), Some(span))
                }
                (Some((e, span)), _) | (None, Some((e, span))) => (Some(e), Some(span)),
                (None, None) => (None, words),
            }
        }
        // "People who know Lee said …": the source is the one the relative clause is about.
        SourceAt::Before if who_source.is_some() => {
            let meant = who_source.as_ref().and_then(|w| named_in(a, w));
            (meant, who_source)
        }
        SourceAt::Before => {
            let subject = subject_before(a, r.sentence, raising_before(a, r.sentence, r.cue_tok))
                .filter(|(e, span)| !place_after_preposition(a, r.sentence, *e, span));
            match subject {
                // "PENCE:" in a transcript is the Mike Pence the article names.
                Some((e, span)) if a.text[span.clone()].chars().all(|c| !c.is_lowercase()) => {
                    (surname_label(a, &span).or(Some(e)), Some(span))
                }
                Some((e, span)) => (Some(e), Some(span)),
                None => {
                    let verb = raising_before(a, r.sentence, r.cue_tok);
                    if let Some((e, words)) = set_off_antecedent(a, r.sentence, verb) {
                        (Some(e), Some(words))
                    } else {
                        let words = source_phrase_before(a, r.sentence, verb)
                            .map(|w| restrictive_antecedent(a, r.sentence, w))
                            .or_else(|| subject_words_before(a, r.sentence, verb))
                            .or_else(|| opening_pronoun(a, r.sentence, verb))
                            .or_else(|| source_of_joined_cue(a, r.sentence, verb))
                            .or_else(|| first_verb_subject(a, r.sentence, verb))
                            .or_else(|| relative_antecedent_words(a, r.sentence, verb));
                        // "The statement said …": the document of a sentence before speaks for
                        // whoever issued it.
                        let meant = words.as_ref().and_then(|w| {
                            relative_antecedent(a, r.sentence, w)
                                .or_else(|| surname_label(a, w))
                                .or_else(|| named_in(a, w))
                                .or_else(|| super::quote::body_in(a, w))
                        });
                        (meant, words)
                    }
                }
            }
        }
        SourceAt::SentenceSubject => match joined_clause_subject(a, r.sentence, r.cue_tok)
            .or_else(|| sentence_subject(a, r.sentence))
            .or_else(|| pronoun_after_opener(a, r.sentence, r.cue_tok))
        {
            Some((e, span)) => (Some(e), Some(span)),
            // "Critics are calling for …": an unnamed subject right before its verb; "The
            // departments declined to comment, saying …": the words before the first verb.
            None => (
                None,
                source_phrase_before(a, r.sentence, r.cue_tok)
                    .or_else(|| opening_subject_words(a, r.sentence, r.cue_tok))
                    .or_else(|| subject_after_opener(a, r.sentence, r.cue_tok)),
            ),
        },
        SourceAt::Unstated => (None, None),
        SourceAt::PreviousCue => {
            let verb = previous_cue(a, r.sentence, r.cue_tok).unwrap_or(r.cue_tok);
            // `“…,” said Ann Lee, an analyst, citing …`: an inverted cue's source follows it.
            let inverted = cue_after_quote(a, r.sentence, verb);
            let before = || subject_before(a, r.sentence, verb);
            let after = || object_after(a, r.sentence, verb, 5);
            let found = if inverted {
                after().or_else(before)
            } else {
                before().or_else(after)
            };
            match found {
                Some((e, span)) => (Some(e), Some(span)),
                None => (None, source_phrase_before(a, r.sentence, verb)),
            }
        }
        SourceAt::Possessor => match possessor(a, r.sentence, r.cue_tok) {
            Some(k) => {
                let tok = &toks[k];
                let word = tok.text(a.text);
                let pronoun = matches!(a.lw(r.sentence, k), "his" | "her" | "its" | "their");
                let entity = if pronoun {
                    super::coref::resolve_pronoun(a, tok.span.start, word)
                } else {
                    a.mention_at_token(r.sentence, k)
                        .map(|mi| a.mentions[mi].entity)
                };
                let span = match a.mention_at_token(r.sentence, k) {
                    Some(mi) if !pronoun => a.mentions[mi].span.clone(),
                    _ => tok.span.clone(),
                };
                (entity, Some(span))
            }
            None => (None, None),
        },
    };
    // "MAPLE MINING OFFERS NEW SHARES": in a wire headline in capitals, an act done to a noun
    // is no attribution.
    // "The Journal, which cited people familiar with the case": whom a report relies on is its
    // sourcing, not what was said.
    if r.cue == "cite" && cites_unnamed_sources(a, &r.content) {
        return Attribution::default();
    }
    let capitals = capitals_headline(a, r.sentence);
    if capitals && !HEADLINE_CUES.contains(&r.cue.as_str()) {
        return Attribution::default();
    }
    let (speaker, span) = match speaker {
        None if r.source == SourceAt::Before && capitals => {
            capitals_headline_source(a, r.sentence, r.cue_tok)
                .map_or((None, span), |(e, words)| (Some(e), Some(words)))
        }
        _ => (speaker, span),
    };
    let (speaker, span) = who_speaks(a, speaker, span);
    // "some Democrats said", "House Republicans say": members of a party speak, not the party.
    let (speaker, span) = match (speaker, span) {
        (Some(e), Some(words)) => match party_members(a, r.sentence, e, &words) {
            Some(members) => (None, Some(members)),
            None => (Some(e), Some(words)),
        },
        other => other,
    };
    if speaker.is_none() && span.is_none() && r.source != SourceAt::Unstated {
        return Attribution::default();
    }
    Attribution {
        speaker,
        speaker_span: span,
        cue: Some(r.cue.clone()),
        cue_span: Some(toks[r.cue_tok].span.start..toks[cue_end].span.end),
        anchor: Some(toks[r.cue_tok].span.start),
        confidence: if speaker.is_some() { 0.8 } else { 0.6 },
    }
}

/// Whether what a "cite" credits is the people a report relies on ("people familiar with the
/// case", "unnamed sources", "officials"), not something they said.
fn cites_unnamed_sources(a: &Analysis, content: &Span) -> bool {
    const BEFORE: &[&str] = &[
        "unnamed",
        "anonymous",
        "several",
        "two",
        "three",
        "a",
        "an",
        "senior",
    ];
    const SOURCES: &[&str] = &[
        "people",
        "sources",
        "source",
        "officials",
        "official",
        "insiders",
        "persons",
    ];
    let words: Vec<String> = a.text[content.clone()]
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    // "cited a source for his claim that …" credits the claim.
    let claim = words.len() > 8 || words.iter().any(|w| w == "that");
    !claim
        && words
            .iter()
            .find(|w| !BEFORE.contains(&w.as_str()))
            .is_some_and(|head| SOURCES.contains(&head.as_str()))
}

/// Whether sentence `s` is a headline written all in capitals, as a wire's are.
fn capitals_headline(a: &Analysis, s: usize) -> bool {
    let toks = &a.tokens[s];
    a.is_headline(s)
        && toks.first().zip(toks.last()).is_some_and(|(first, last)| {
            !a.text[first.span.start..last.span.end].contains(char::is_lowercase)
        })
}

/// Cues of a wire headline in capitals that report what its source says, thinks or expects
/// ("X SAYS P", "X SEES NP", "X PLANS TO V"); not acts done to a noun ("X OFFERS SHARES", "X
/// CALLS NOTES FOR REDEMPTION", "X ANNOUNCES NP"), which the annotation rules leave out.
const HEADLINE_CUES: &[&str] = &[
    "say",
    "tell",
    "state",
    "claim",
    "remark",
    "note",
    "stress",
    "insist",
    "repeat",
    "reiterate",
    "argue",
    "assert",
    "admit",
    "acknowledge",
    "concede",
    "suggest",
    "accuse",
    "see",
    "foresee",
    "expect",
    "anticipate",
    "forecast",
    "predict",
    "project",
    "estimate",
    "plan",
    "seek",
    "want",
    "hope",
    "consider",
    "urge",
    "warn",
    "warn of",
    "ask",
    "call for",
    "think",
    "believe",
    "feel",
    "doubt",
    "fear",
    "deny",
    "confirm",
    "report",
    "decline",
    "agree",
    "threaten",
    "pledge",
    "promise",
];

/// Words a wire headline in capitals puts after its source and before the cue: the firm's
/// unit, whose name the body gives in full ("CONSOLIDATED GAS <CNG> UNIT SAYS …").
const HEADLINE_UNIT_WORDS: &[&str] = &["UNIT", "UNITS", "SUBSIDIARY", "AFFILIATE"];

/// "MAPLE MINING ANNOUNCES SHARE SALE", "LINDNER SAYS HE DISCUSSED …": a wire headline in
/// capitals names its source as the body names it in mixed case, which the tagger cannot read
/// in capitals. The body's firm or person, the first one named, whose name begins with the
/// headline's words before the cue at token `cue` (or whose surname they are), with those
/// words. A stock ticker between them ("<CNG>") is passed over.
fn capitals_headline_source(a: &Analysis, s: usize, cue: usize) -> Option<(super::EntityId, Span)> {
    let toks = &a.tokens[s];
    let pieces = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric() && c != '&')
            .filter(|w| !w.is_empty())
            .map(str::to_uppercase)
            .collect()
    };
    // The words before the cue, outside a ticker's brackets; after a possessive only ("CHASE'S
    // LABRECQUE SAYS").
    let mut in_ticker = false;
    let mut source: Vec<usize> = Vec::new();
    for (k, tok) in toks.iter().enumerate().take(cue) {
        match a.word(s, k) {
            "<" => in_ticker = true,
            ">" => in_ticker = false,
            _ if in_ticker || !tok.is_word => {}
            w if w.ends_with("'S") || w.ends_with("’S") => source.clear(),
            _ => source.push(k),
        }
    }
    while source
        .last()
        .is_some_and(|&k| HEADLINE_UNIT_WORDS.contains(&a.word(s, k)))
    {
        source.pop();
    }
    let (&from, &to) = (source.first()?, source.last()?);
    let words: Vec<String> = source.iter().flat_map(|&k| pieces(a.word(s, k))).collect();
    if words.is_empty() || words.len() > 5 || words.concat().chars().count() < 3 {
        return None;
    }
    // A name the words spell out whole ("USDA") before one they begin ("USDA Good grade").
    let matches = |whole: bool| {
        a.mentions
            .iter()
            .filter(|m| a.sentence_of(m.span.start).is_some_and(|ms| ms > s))
            .find(|m| {
                let name = pieces(&a.entities[m.entity].name);
                let surface = pieces(&a.text[m.span.clone()]);
                let fits = |n: &[String]| {
                    if whole {
                        n == words.as_slice()
                    } else {
                        n.len() >= words.len() && n[..words.len()] == words[..]
                    }
                };
                match a.entities[m.entity].kind {
                    EntityKind::Organization => fits(&name) || fits(&surface),
                    EntityKind::Person => words.len() == 1 && name.last() == words.first(),
                    _ => false,
                }
            })
    };
    matches(true)
        .or_else(|| matches(false))
        .map(|m| (m.entity, toks[from].span.start..toks[to].span.end))
}

/// Who speaks behind the source found: a leader for themselves rather than the body named after
/// the role ([`leader_speaks`]), and a country's officials as unnamed people rather than the
/// country ([`nationals_speak`]).
pub(crate) fn who_speaks(
    a: &Analysis,
    speaker: Option<super::EntityId>,
    span: Option<Span>,
) -> (Option<super::EntityId>, Option<Span>) {
    let (speaker, span) = leader_speaks(a, speaker, span);
    nationals_speak(a, speaker, span)
}

/// People of a country's service it only qualifies: "U.S. officials", "a senior Chinese
/// diplomat", "Saudi investigators". Such a source is unnamed, kept as its words; the country
/// speaks only under its own name ("the US said", "Washington warned").
const NATIONALS: &[&str] = &[
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "source",
    "sources",
    "authorities",
    "investigators",
    "prosecutors",
    "negotiators",
    "lawmakers",
    "legislators",
    "experts",
    "analysts",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commanders",
    "generals",
];

/// When the `speaker` found is a country whose name only qualifies the people after it ("U.S.
/// officials said", "a senior Chinese official said"), the source is those people's words and
/// no entity: the officials spoke, not the country.
fn nationals_speak(
    a: &Analysis,
    speaker: Option<super::EntityId>,
    span: Option<Span>,
) -> (Option<super::EntityId>, Option<Span>) {
    let (Some(e), Some(words)) = (speaker, span.clone()) else {
        return (speaker, span);
    };
    let Some(s) = a.sentence_of(words.start) else {
        return (speaker, span);
    };
    if a.entities[e].kind != super::EntityKind::Country {
        return (speaker, span);
    }
    let toks = &a.tokens[s];
    // The words may be the country's name alone or the whole phrase ("U.S. officials").
    let first = a.token_at(s, words.start);
    let after = (first..toks.len())
        .find(|&k| toks[k].is_word && !toks[k].capitalized)
        .unwrap_or(toks.len());
    // "U.S. intelligence officials", "American defense officials": up to two nouns between.
    let head = (after..toks.len().min(after + 3))
        .take_while(|&k| {
            let w = a.lw(s, k);
            toks[k].is_word
                && !toks[k].capitalized
                && !FINITE.contains(&w)
                && a.speech_verb(s, k).is_none()
                && !w.ends_with("ed")
        })
        .find(|&k| NATIONALS.contains(&a.lw(s, k)));
    let Some(head) = head else {
        return (speaker, span);
    };
    // "a senior U.S. official", "two Saudi diplomats": the determiner and adjectives before.
    let start = (first.saturating_sub(3)..first)
        .rev()
        .take_while(|&k| {
            let w = a.lw(s, k);
            toks[k].is_word
                && !toks[k].capitalized
                && !FINITE.contains(&w)
                && (DETERMINERS.contains(&w)
                    || QUANTIFIER_SOURCES.contains(&w)
                    || !a.lx.stopwords.contains(w))
        })
        .last()
        .unwrap_or(first);
    (None, Some(toks[start].span.start..toks[head].span.end))
}

/// "The chairman of Exxon said": one who leads a body speaks for themselves, not as the body
/// ("a spokesman for Exxon said" speaks for it). When the `speaker` found is the body named
/// right after a leader's role, the source is the role's words, and the person the article ties
/// to that role, if it names one ("Larry Ellison, Oracle's chief executive, …").
fn leader_speaks(
    a: &Analysis,
    speaker: Option<super::EntityId>,
    span: Option<Span>,
) -> (Option<super::EntityId>, Option<Span>) {
    let (Some(e), Some(words)) = (speaker, span.clone()) else {
        return (speaker, span);
    };
    let leader_role = (a.entities[e].kind == super::EntityKind::Organization)
        .then(|| a.sentence_of(words.start))
        .flatten()
        .and_then(|s| {
            let role = super::coref::leader_of_body(a, s, a.token_at(s, words.start))?;
            Some(a.tokens[s][role].span.start..words.end)
        });
    match leader_role {
        Some(role) => {
            let leader = a
                .mentions_in(&words)
                .find(|&mi| a.mentions[mi].entity == e)
                .and_then(|mi| super::relation::leader_named_by(a, &a.mentions[mi]));
            (leader, Some(role))
        }
        None => (speaker, span),
    }
}

/// The words of a group of a party's members ("some Democrats", "Senate Republicans", "many
/// Tories") when the source `words` name the party by its members' plural. Bare, the plural is
/// the members in American usage ("Democrats say" are Democratic lawmakers) and the party in
/// British ("Tories attack asylum moves"); "the Democrats said" is the party.
fn party_members(a: &Analysis, s: usize, e: super::EntityId, words: &Span) -> Option<Span> {
    let name = &a.text[words.clone()];
    let plural = name.ends_with('s') && !name.contains(' ') && name != a.entities[e].name;
    if !plural || a.entities[e].kind != super::EntityKind::Organization {
        return None;
    }
    let party =
        a.lx.organizations
            .iter()
            .find(|o| o.name == a.entities[e].key_name() && o.kind == "Party")?;
    let toks = &a.tokens[s];
    let first = a.token_at(s, words.start);
    if first > 0 && a.lw(s, first - 1) == "the" {
        return None;
    }
    let opening = a.token_at(s, body_start(a, s));
    let modifier = |k: usize| {
        let w = a.lw(s, k);
        toks[k].is_word
            && if toks[k].capitalized && k != opening {
                matches!(w, "house" | "senate" | "congressional" | "gop")
            } else {
                (QUANTIFIER_SOURCES.contains(&w) || !a.lx.stopwords.contains(w))
                    && !FINITE.contains(&w)
                    && !["ly", "ing", "ed"].iter().any(|end| w.ends_with(end))
            }
    };
    let start = (first.saturating_sub(3)..first)
        .rev()
        .take_while(|&k| modifier(k))
        .last();
    let american = party.country.as_deref() == Some("United States");
    let start = start.or(american.then_some(first))?;
    Some(toks[start].span.start..words.end)
}

/// "The campaign announced new support and said …": a cue joined by "and" or "but" to an
/// earlier cue of its sentence shares that cue's unnamed source.
fn source_of_joined_cue(a: &Analysis, s: usize, verb: usize) -> Option<Span> {
    let conjunction = |k: usize| matches!(a.lw(s, k), "and" | "but");
    let mut k = verb;
    while k > 0 && is_skippable(a.word(s, k - 1)) && !conjunction(k - 1) {
        k -= 1;
    }
    let conj = k.checked_sub(1)?;
    let verb_like = |m: usize| {
        let w = a.lw(s, m);
        !a.tokens[s][m].capitalized
            && w.len() > 3
            && (w.ends_with("ed")
                || w.ends_with('s') && !w.ends_with("ss")
                || a.lx.irregular_past.contains(w))
    };
    // "Lee joked about the plan, declined to back it, and told …": a verb in a list after a
    // comma (not a participle's "by" phrase) shares the list's subject.
    let listed = a.word(s, conj) == ","
        && k == verb
        && verb_like(verb)
        // "…were held for years, accused of links to …": a participle with its preposition.
        && !matches!(
            a.lw(s, verb + 1),
            "by" | "of" | "with" | "for" | "in" | "as" | "at" | "on" | "from"
        )
        && !a.in_quote(a.tokens[s][conj].span.start)
        // "…, said Ann Lee": an inverted cue names its source after it.
        && a.speech_verb(s, verb).is_none_or(|(lemma, _)| lemma != "say")
        && a.mention_at_token(s, verb + 1).is_none_or(|mi| {
            a.entities[a.mentions[mi].entity].kind != super::EntityKind::Person
        });
    if !conjunction(conj) && !listed {
        return None;
    }
    let cue = |m: usize| a.attribution_cue(s, m).is_some() || a.speech_verb(s, m).is_some();
    // The first cue of the sentence (the nearest may be a noun inside the first one's object:
    // "announced new support and said"), else its first verb ("Wealth-X keeps its finances
    // secret but says …").
    let body = a.token_at(s, body_start(a, s));
    let earlier = (body..conj)
        .find(|&m| !a.in_quote(a.tokens[s][m].span.start) && cue(m))
        .or_else(|| (body + 1..conj).find(|&m| verb_like(m)))?;
    source_phrase_before(a, s, earlier).or_else(|| subject_words_before(a, s, earlier))
}

/// The words of a longer subject right before a cue that [`source_phrase_before`] does not
/// read as a source ("most voters in three states going to the polls say …", "more and more
/// people across the country would see …"): from the start of the clause to the cue, when they
/// hold no verb of their own.
/// "A Times/CBS poll conducted last week found that …": when the cue at `verb` (after its
/// auxiliaries) is the sentence's first verb, the words before it that open the sentence.
fn first_verb_subject(a: &Analysis, s: usize, verb: usize) -> Option<Span> {
    let mut head = verb;
    while head > 0 && AUXILIARIES.contains(&a.lw(s, head - 1)) {
        head -= 1;
    }
    let words = opening_subject_words(a, s, verb + 1)?;
    // The subject's words end right before the verb or a participle phrase: no other clause
    // stands between them.
    let after = a.token_at(s, words.end);
    let participle_phrase = (after..head).all(|k| {
        let w = a.lw(s, k);
        a.tokens[s][k].is_word && !FINITE.contains(&w) && w != "that"
    });
    (after <= head && participle_phrase).then_some(words)
}

/// "After saying he was nervous, the man ended up …": the unnamed subject of the main clause
/// after an opening phrase that holds the participle cue at token `cue`.
fn subject_after_opener(a: &Analysis, s: usize, cue: usize) -> Option<Span> {
    let toks = &a.tokens[s];
    let body = a.token_at(s, body_start(a, s));
    let opens = cue == body
        || cue == body + 1
            && matches!(
                a.lw(s, body),
                "after" | "before" | "while" | "when" | "since" | "upon" | "by"
            );
    if !opens || !a.lw(s, cue).ends_with("ing") {
        return None;
    }
    let comma = (cue + 1..toks.len()).find(|&k| a.word(s, k) == ",")?;
    let verb = (comma + 2..toks.len().min(comma + 10)).find(|&k| {
        let w = a.lw(s, k);
        !toks[k].capitalized
            && (FINITE.contains(&w)
                || a.lx.irregular_past.contains(w)
                || w.len() > 4 && w.ends_with("ed"))
    })?;
    subject_words_before(a, s, verb)
}

/// The words naming the subject of a sentence's first verb, when that verb comes before token
/// `limit`: "The departments" in "The departments declined to comment, saying …".
pub(super) fn opening_subject_words(a: &Analysis, s: usize, limit: usize) -> Option<Span> {
    let body = a.token_at(s, body_start(a, s));
    let verb = (body + 1..limit).find(|&k| {
        let w = a.lw(s, k);
        let t = &a.tokens[s][k];
        !t.capitalized
            && (FINITE.contains(&w)
                || a.lx.irregular_past.contains(w)
                || w.len() > 4 && w.ends_with("ed"))
    })?;
    subject_words_before(a, s, verb).or_else(|| source_phrase_before(a, s, verb))
}

fn subject_words_before(a: &Analysis, s: usize, verb: usize) -> Option<Span> {
    let toks = &a.tokens[s];
    let mut head = verb;
    while head > 0 && is_skippable(a.word(s, head - 1)) {
        head -= 1;
    }
    let body = a.token_at(s, body_start(a, s));
    // A cue inside a dateline ("ESTIMATED WHEAT HARVEST DISAPPOINTING - AGENCY" read as
    // place and dash) stands before the body: no subject words precede it.
    if head <= body {
        return None;
    }
    let mut start = head;
    while start > body && head - start < MAX_SUBJECT_WORDS {
        let w = a.lw(s, start - 1);
        if !toks[start - 1].is_word || SUBJECT_BOUNDARIES.contains(&w) {
            break;
        }
        start -= 1;
    }
    let at_clause_start = start == body
        || matches!(a.word(s, start - 1), "," | ";" | ":" | "—" | "(")
        || SUBJECT_BOUNDARIES.contains(&a.lw(s, start - 1));
    if start == head || !at_clause_start || (start..head).any(|k| a.in_quote(toks[k].span.start)) {
        return None;
    }
    // A name among them is a source the entity stages should have read; a guess here would
    // credit its words to no one.
    let named = (start..head)
        .any(|k| toks[k].capitalized && (k > body || a.mention_at_token(s, k).is_some()));
    let words = toks[start].span.start..toks[head - 1].span.end;
    (!named && !has_verb(a, &words)).then_some(words)
}

/// The subject pronoun that opens the sentence of a cue further on, when the words between
/// name no one else: "He congratulated her and praised her effort", "She says people may not
/// like the answer, but insists …", "He did not mention them but did note that …". The
/// pronoun is the subject of every verb of its clause that has none of its own.
fn opening_pronoun(a: &Analysis, s: usize, verb: usize) -> Option<Span> {
    let toks = &a.tokens[s];
    let first = a.token_at(s, body_start(a, s));
    let subject = matches!(a.lw(s, first), "he" | "she" | "they" | "we" | "i" | "it");
    let named_between = (first + 1..verb).any(|k| {
        a.mention_at_token(s, k)
            .is_some_and(|mi| a.entities[a.mentions[mi].entity].kind == super::EntityKind::Person)
    });
    let clause_between = (first + 1..verb).any(|k| {
        a.in_quote(toks[k].span.start)
            || SUBORDINATORS.contains(&a.lw(s, k))
            || RELATIVES.contains(&a.lw(s, k))
    });
    (subject && first < verb && !named_between && !clause_between).then(|| toks[first].span.clone())
}

/// "While saying that he respects her, he continued …": the pronoun opening the main clause
/// after an opening phrase that holds the cue at token `cue`, resolved.
fn pronoun_after_opener(a: &Analysis, s: usize, cue: usize) -> Option<(super::EntityId, Span)> {
    let toks = &a.tokens[s];
    let body = a.token_at(s, body_start(a, s));
    if (body..cue).any(|k| a.word(s, k) == ",") {
        return None;
    }
    let comma =
        (cue + 1..toks.len()).find(|&k| a.word(s, k) == "," && !a.in_quote(toks[k].span.start))?;
    let pronoun = toks.get(comma + 1)?;
    if !matches!(a.lw(s, comma + 1), "he" | "she" | "they") {
        return None;
    }
    let e = super::coref::resolve_pronoun(a, pronoun.span.start, pronoun.text(a.text))?;
    Some((e, pronoun.span.clone()))
}

/// The subject of the clause a participle at `cue` ends when that clause is joined to an
/// earlier one: "prosecutors charged the officer and Emanuel fired his chief, acknowledging
/// that …" credits Emanuel. Only after the sentence's first verb, so that a list of subjects
/// ("Lee, Ann Bell and Jo Marsh attacked …") is left to the sentence's subject.
fn joined_clause_subject(a: &Analysis, s: usize, cue: usize) -> Option<(super::EntityId, Span)> {
    let toks = &a.tokens[s];
    let body = a.token_at(s, body_start(a, s));
    let conj = (body + 1..cue).rev().find(|&k| {
        matches!(a.lw(s, k), "and" | "but")
            && !a.in_quote(toks[k].span.start)
            && subject_and_verb_at(a, s, k + 1)
    })?;
    let verb_before = (body + 1..conj).any(|m| {
        let w = a.lw(s, m);
        !toks[m].capitalized
            && (FINITE.contains(&w)
                || a.lx.irregular_past.contains(w)
                || w.len() > 4 && w.ends_with("ed"))
    });
    if !verb_before {
        return None;
    }
    let first = conj + 1;
    let w = a.lw(s, first);
    if matches!(w, "he" | "she" | "they") {
        let tok = &toks[first];
        let e = super::coref::resolve_pronoun(a, tok.span.start, tok.text(a.text))?;
        return Some((e, tok.span.clone()));
    }
    let name = if matches!(w, "mr" | "mrs" | "ms" | "dr") {
        first + 2
    } else {
        first
    };
    let m = &a.mentions[a.mention_at_token(s, name)?];
    matches!(
        a.entities[m.entity].kind,
        EntityKind::Person | EntityKind::Organization
    )
    .then(|| (m.entity, m.span.clone()))
}

/// The most words a subject read by [`subject_words_before`] may have.
const MAX_SUBJECT_WORDS: usize = 12;

/// Words that open a clause, so that a subject starts after them.
const SUBJECT_BOUNDARIES: &[&str] = &[
    "that", "and", "but", "or", "because", "if", "when", "while", "as", "since", "although",
    "though", "whether", "so", "after", "before", "where", "who", "which",
];

/// Whether a source found before a cue is a place after a preposition: "The council met in
/// Leith to discuss the harbour" is not said by Leith, and "Ann Lee of Fresno, Calif., said"
/// not by California: the state of a place after a preposition is part of it.
fn place_after_preposition(a: &Analysis, s: usize, e: super::EntityId, span: &Span) -> bool {
    let place = |e: super::EntityId| {
        matches!(
            a.entities[e].kind,
            super::EntityKind::Place | super::EntityKind::Country
        )
    };
    let k = a.token_at(s, span.start);
    // "Fresno, Calif.": from the state back to the place it follows, which may also be where
    // someone is "of".
    let (e, k, of) = match place_before_state(a, s, k) {
        Some((mi, city)) if place(e) => (a.mentions[mi].entity, city, true),
        _ => (e, k, false),
    };
    // "cold weather in the US threatened …": the article may stand between.
    let k = if k > 1 && a.lw(s, k - 1) == "the" {
        k - 1
    } else {
        k
    };
    let prev = k.checked_sub(1).map_or("", |p| a.lw(s, p));
    place(e)
        && (matches!(
            prev,
            "in" | "at" | "from" | "to" | "into" | "near" | "across"
        ) || of && prev == "of")
}

/// Whether the country named at `span` only says where the noun after it is from:
/// "according to the UK gaming industry's trade body", "figures from the US games industry".
/// Not when that noun is someone speaking for it ("according to US officials").
fn country_before_its_noun(a: &Analysis, s: usize, span: &Span) -> bool {
    let Some(mi) = a.mention_at_token(s, a.token_at(s, span.start)) else {
        return false;
    };
    let m = &a.mentions[mi];
    // A place may be a body's seat ("a Pentagon readout", "a White House pool report"): only
    // a country is read so. And only after an article ("the US games industry", "a French
    // firm"): a bare name may be a clause's subject before its verb ("groups backed by
    // Ankara have …").
    let start = a.token_at(s, m.span.start);
    if a.entities[m.entity].kind != super::EntityKind::Country
        || start == 0
        || !matches!(a.lw(s, start - 1), "the" | "a" | "an")
    {
        return false;
    }
    // The noun phrase's lower-case words, possessives passed over ("industry's trade body");
    // its head is the last of them.
    let toks = &a.tokens[s];
    let possessive = |m: usize| matches!(a.word(s, m), "'s" | "’s");
    let head = (a.token_at(s, m.span.end)..toks.len())
        .take_while(|&m| {
            let w = a.lw(s, m);
            possessive(m)
                || toks[m].is_word
                    && !toks[m].capitalized
                    && !PREPOSITIONS.contains(&w)
                    && !matches!(w, "and" | "or")
        })
        .filter(|&m| !possessive(m))
        .last()
        .map(|m| a.lw(s, m).trim_end_matches("'s").trim_end_matches("’s"));
    head.is_some_and(|h| !super::coref::speaks_for_body(h) && !STATE_BODIES.contains(&h))
}

/// The name set after a nation's adjective and a common noun ("Italian newspaper La Stampa",
/// "Russian oil firm Yukos"), when `span` is that adjective: the body or person named, who is
/// the source, not the nation.
fn named_after_national_noun(
    a: &Analysis,
    s: usize,
    span: &Span,
) -> Option<(super::EntityId, Span)> {
    let mi = a.mention_at_token(s, a.token_at(s, span.start))?;
    let m = &a.mentions[mi];
    if m.kind != super::MentionKind::Demonym || a.entities[m.entity].kind != EntityKind::Country {
        return None;
    }
    let toks = &a.tokens[s];
    let after = a.token_at(s, m.span.end);
    let name = (after..toks.len().min(after + 4))
        .find(|&k| !toks[k].is_word || toks[k].capitalized || PREPOSITIONS.contains(&a.lw(s, k)))?;
    if name == after || !toks[name].capitalized {
        return None;
    }
    let named = a.mention_at_token(s, name)?;
    let n = &a.mentions[named];
    matches!(
        a.entities[n.entity].kind,
        EntityKind::Organization | EntityKind::Person
    )
    .then(|| (n.entity, n.span.clone()))
}

/// Nouns of a state's own bodies and people, which speak for the country named before them
/// ("according to China's foreign ministry", "US prosecutors said"), unlike its firms or
/// trades ("the UK gaming industry").
const STATE_BODIES: &[&str] = &[
    "government",
    "ministry",
    "department",
    "embassy",
    "military",
    "army",
    "navy",
    "police",
    "authorities",
    "administration",
    "media",
    "agency",
    "regulator",
    "regulators",
    "court",
    "parliament",
    "diplomats",
    "diplomat",
    "prosecutors",
    "investigators",
    "negotiators",
    "intelligence",
    "forces",
    "troops",
    "leader",
    "leaders",
    "president",
    "delegation",
];

/// The place a state written after it belongs to ("Fresno, Calif.", "Concord, N.H."), when
/// token `k` starts the state: the place's mention and its first token.
fn place_before_state(a: &Analysis, s: usize, k: usize) -> Option<(usize, usize)> {
    if k < 2 || a.word(s, k - 1) != "," {
        return None;
    }
    let state = a.mention_at_token(s, k)?;
    let city = a.mention_at_token(s, k - 2)?;
    let is_place = |mi: usize| a.entities[a.mentions[mi].entity].kind == super::EntityKind::Place;
    (is_place(state) && is_place(city)).then(|| (city, a.token_at(s, a.mentions[city].span.start)))
}

/// Cue lemmas whose object is the one spoken to: "told Reuters", "asked the committee".
const ADDRESSING: &[&str] = &["tell", "ask", "assure", "remind", "inform", "urge", "warn"];

/// Who a statement was addressed to: the name right after a cue such as "told" ("told The
/// Morning Show", "told Reuters"). A programme or newspaper spoken to is never the speaker.
pub fn addressee(a: &Analysis, cue: &str, cue_span: &Span) -> Option<super::EntityId> {
    if !ADDRESSING.contains(&cue) {
        return None;
    }
    let s = a.sentence_of(cue_span.start)?;
    let mut k = a.token_at(s, cue_span.end);
    if a.lw(s, k) == "the" {
        k += 1;
    }
    let mi = a.mention_at_token(s, k)?;
    (!a.mention_info[mi].modifier).then(|| a.mentions[mi].entity)
}

/// Whether an attribution cue stands outside quotes between two byte offsets: the quote after
/// it has an attribution of its own ("Clinton noted that …, Trump boasted, “…”").
pub fn cue_between(a: &Analysis, from: usize, to: usize) -> bool {
    if from >= to {
        return false;
    }
    let Some(s) = a.sentence_of(from) else {
        return false;
    };
    (a.token_at(s, from)..a.tokens[s].len())
        .take_while(|&k| a.tokens[s][k].span.start < to)
        .any(|k| {
            !a.in_quote(a.tokens[s][k].span.start)
                && a.speech_verb(s, k).is_some()
                && !a.is_noun_use(s, k)
        })
}

/// The mention of a person or body that "and his/her/its/their" and a noun or two ending at
/// token `head` join to it ("Ann Lee and her campaign", "Acme and its campaign staff").
fn named_with_their_own(a: &Analysis, s: usize, head: usize) -> Option<usize> {
    let toks = &a.tokens[s];
    let owner = (head.saturating_sub(2)..head)
        .rev()
        .find(|&j| matches!(a.lw(s, j), "his" | "her" | "its" | "their"))?;
    let nouns_only = (owner + 1..=head).all(|k| toks[k].is_word && !toks[k].capitalized);
    if !nouns_only || owner < 2 || a.lw(s, owner - 1) != "and" {
        return None;
    }
    let mi = a.mention_at_token(s, owner - 2)?;
    let kind = a.entities[a.mentions[mi].entity].kind;
    // "spoke to Ann Lee and her husband": an object, not a source.
    let first = a.token_at(s, a.mentions[mi].span.start);
    let object = first > 0
        && matches!(
            a.lw(s, first - 1),
            "to" | "with"
                | "for"
                | "by"
                | "of"
                | "from"
                | "about"
                | "against"
                | "in"
                | "at"
                | "on"
                | "into"
                | "after"
                | "before"
        );
    (!object && matches!(kind, EntityKind::Person | EntityKind::Organization)).then_some(mi)
}

/// "The UK must accept it cannot stop every attack, says a top academic. [¶] Amitai Etzioni,
/// a key influence on New Labour thinking, says …": a lede credits someone by an indefinite
/// description ("a top academic", "a charity", "a survey") and the next paragraph introduces
/// them by name as the first one it quotes. The lede's statement is theirs: (statement,
/// speaker) for each such lede statement. The named source must be new in that paragraph, and a
/// person for a person's noun, an organisation for a body's or a document's ("a survey" is its
/// publisher's).
pub fn lede_descriptions_named_next(a: &Analysis) -> Vec<(usize, super::EntityId)> {
    let Some(lede) = a
        .seg
        .sentence_paragraph
        .get(usize::from(a.is_headline(0)))
        .copied()
    else {
        return Vec::new();
    };
    // The first statement after the lede, when it opens the next paragraph with a source
    // introduced there by name (not a nationality word: "13% of Europeans want").
    let Some(next) = a
        .statements
        .iter()
        .filter(|t| a.paragraph_of(t.span.start).is_some_and(|p| p > lede))
        .min_by_key(|t| t.span.start)
    else {
        return Vec::new();
    };
    let Some(speaker) = next.speaker else {
        return Vec::new();
    };
    let introduced = a.paragraph_of(next.span.start) == Some(lede + 1)
        && a.mentions
            .iter()
            .find(|m| m.entity == speaker)
            .is_some_and(|m| {
                m.kind == super::MentionKind::Name && a.paragraph_of(m.span.start) == Some(lede + 1)
            });
    if !introduced {
        return Vec::new();
    }
    let fits = |noun: &str| match a.entities[speaker].kind {
        EntityKind::Person => {
            super::coref::ROLE_NOUNS.contains(&noun)
                || a.lx.name_words.role.contains(noun)
                || a.lx.descriptor_roles.contains_key(noun)
        }
        // "A firm says … [¶] The Tories say …": a political party is "a party", and only it.
        EntityKind::Organization => {
            let e = &a.entities[speaker];
            let party =
                a.lx.organizations
                    .iter()
                    .any(|o| o.name == e.key_name() && o.kind == "Party");
            (a.lx.org_nouns.contains_key(noun)
                || a.lx.document_nouns.contains(noun)
                || EVIDENCE_LABELS.contains(&noun))
                && party == (noun == "party")
        }
        _ => false,
    };
    a.statements
        .iter()
        .enumerate()
        .filter(|(_, st)| st.speaker.is_none() && a.paragraph_of(st.span.start) == Some(lede))
        .filter_map(|(i, st)| {
            let noun = indefinite_description_noun(a, st.speaker_span.as_ref()?)?;
            fits(noun).then_some((i, speaker))
        })
        .collect()
}

/// The noun of a source's words that are an indefinite description of one or two modifiers
/// and a noun ("a top academic", "an anti-fraud agency", "a survey"; before the cue the words
/// leave the article out: "…, a top academic says").
fn indefinite_description_noun<'t>(a: &Analysis<'t>, words: &Span) -> Option<&'t str> {
    let mut parts: Vec<&'t str> = a.text.get(words.clone())?.split_whitespace().collect();
    let is_article = |w: &str| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an");
    let article_before = a
        .text
        .get(..words.start)?
        .split_whitespace()
        .next_back()
        .is_some_and(is_article);
    if parts.first().is_some_and(|w| is_article(w)) {
        parts.remove(0);
    } else if !article_before {
        return None;
    }
    let (&noun, modifiers) = parts.split_last()?;
    // Modifiers may be a place's or a nation's name ("a Dublin school", "a US charity"); the
    // noun is a common noun.
    let word = |w: &str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !a.lx.stopwords.contains(&w.to_lowercase())
    };
    (modifiers.len() <= 2
        && modifiers.iter().all(|w| word(w))
        && word(noun)
        && noun.starts_with(char::is_lowercase))
    .then_some(noun)
}
