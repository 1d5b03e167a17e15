//! Direct and partial quotes, and who said them.
//!
//! Entries: [`find_quotes`] finds quoted spans; [`attribute_quote`] finds the speaker.
//!
//! # Rationale
//! Quote marks are read per paragraph, so an unbalanced mark never swallows the rest of an
//! article: an unclosed quote ends with its paragraph, and when the next paragraph opens a new
//! quote (the British style for a quote running over paragraphs) the continuation keeps the
//! speaker. Curly marks say which way they face; a straight `"` opens after a space and closes
//! before one. Single marks count only as `‘…’` or `'…'` around words, never as apostrophes.
//! The New York Times' two apostrophes (`''…''`) are a double quote.
//!
//! Attribution tries, in order: the cue after the quote (`"…," X said` / `said X`), the cue
//! before it in the same sentence (`X said: "…"`, `X claimed China's plan "…"`), any other cue
//! in the sentence, the previous quote of the paragraph, the last speaker of the previous
//! paragraph for a quote paragraph with no cue. A source may be unnamed (`"…," officials
//! said`): its words are kept with no speaker. A whole sentence with none of these keeps no
//! speaker; a few quoted words with none (a scare quote, a title) are not a statement at all.

use super::analysis::Analysis;
use super::coref::{object_after, resolve_pronoun, subject_before};
use super::{EntityId, EntityKind, Span, StatementForm};

/// A quoted span before attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct RawQuote {
    /// The words inside the marks.
    pub span: Span,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark, if the quote closes in its paragraph.
    pub close: Option<usize>,
    pub paragraph: usize,
    pub form: StatementForm,
    /// The paragraph continues a quote left open at the end of the previous one.
    pub continuation: bool,
    /// A transcript's speaker label inside the quote marks (`"WALLACE: Let's start …`), taken
    /// out of the quoted words.
    pub label: Option<Span>,
}

/// The all-capitals speaker label opening a quoted transcript line (`WALLACE: …`, `MR. SMITH:
/// …`): its span, and where the words after it start.
fn transcript_label(text: &str, span: &Span) -> Option<(Span, usize)> {
    let s = &text[span.clone()];
    let colon = s.find(':')?;
    let label = &s[..colon];
    let words = label.split_whitespace().count();
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let shouted = label
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    if !(1..=4).contains(&words) || letters < 3 || !shouted {
        return None;
    }
    let rest = &s[colon + 1..];
    let after = span.start + colon + 1 + (rest.len() - rest.trim_start().len());
    (after < span.end).then(|| (span.start..span.start + colon, after))
}

fn opens_before(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | ':' | '‘' | '\'')
    })
}

fn closes_after(next: Option<char>) -> bool {
    next.is_none_or(|n| !n.is_alphanumeric())
}

/// Quoted spans of one paragraph: (content span, open byte, close byte if closed).
fn quotes_in_paragraph(text: &str, p: &Span) -> Vec<(Span, usize, Option<usize>)> {
    let body = &text[p.clone()];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    // The New York Times writes double quotes as two apostrophes (`''It's over,'' he said`):
    // read each pair as one straight double quote, two bytes long.
    let mut marks: Vec<(usize, char)> = Vec::with_capacity(chars.len());
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        let apostrophe_at = |i: usize| chars.get(i).is_some_and(|&(_, n)| n == '\'');
        // `… with 'We'll bomb them,''' said McCain`: after a word, three apostrophes close the
        // inner single quote first, then the double one.
        let closes_both = k > 0
            && !chars[k - 1].1.is_whitespace()
            && apostrophe_at(k + 1)
            && apostrophe_at(k + 2)
            && !apostrophe_at(k + 3);
        if c == '\'' && closes_both {
            marks.push((pos, '\''));
            marks.push((chars[k + 1].0, '"'));
            k += 3;
        } else if c == '\'' && apostrophe_at(k + 1) {
            marks.push((pos, '"'));
            k += 2;
        } else {
            marks.push((pos, c));
            k += 1;
        }
    }
    let mark_len = |pos: usize| {
        if body[pos..].starts_with("''") {
            2
        } else {
            body[pos..].chars().next().map_or(1, char::len_utf8)
        }
    };
    let mut out = Vec::new();
    // Double quotes first.
    let mut open: Option<usize> = None; // index into marks of the opening mark
                                        // `"PENCE: It is an episode of “Shark Tank.” But …`: curly marks inside a straight quote
                                        // (a transcript line opened with a straight mark) quote words within it.
    let mut nested = false;
    for (k, &(pos, c)) in marks.iter().enumerate() {
        let prev = k.checked_sub(1).map(|i| marks[i].1);
        let next = marks.get(k + 1).map(|x| x.1);
        match (open, c) {
            (Some(o), '“') if marks[o].1 == '"' && !nested => nested = true,
            (Some(_), '”') if nested => nested = false,
            (None, '“' | '„' | '«') => open = Some(k),
            // `”Fear. I am afraid …” ― Ann Lee`: a paragraph opened with the closing mark by a
            // slip of the keyboard; nothing before it can be quoted.
            (None, '”')
                if body[..pos].trim().is_empty() && next.is_some_and(char::is_alphanumeric) =>
            {
                open = Some(k)
            }
            (None, '"') if opens_before(prev) && next.is_some_and(|n| !n.is_whitespace()) => {
                open = Some(k)
            }
            (Some(o), '”' | '»') => {
                out.push((marks[o].0, pos, c.len_utf8()));
                open = None;
            }
            (Some(o), '"')
                if prev.is_some_and(char::is_whitespace)
                    && next.is_some_and(char::is_alphanumeric)
                    && body[..pos].trim_end().ends_with(['.', '?', '!']) =>
            {
                // `… 26 weeks. "We are going …`: a new paragraph of the same quote whose
                // paragraph break was lost; the earlier part never closed.
                out.push((marks[o].0, pos, 0));
                open = Some(k);
            }
            (Some(o), '"') if closes_after(next) || prev.is_some_and(|p| !p.is_whitespace()) => {
                out.push((marks[o].0, pos, mark_len(pos)));
                open = None;
                nested = false;
            }
            (Some(o), '“') => {
                // A new opening mark inside a quote: the earlier one was never closed.
                out.push((marks[o].0, pos, 0));
                open = Some(k);
            }
            _ => {}
        }
    }
    let mut spans: Vec<(Span, usize, Option<usize>)> = out
        .into_iter()
        .map(|(o, c, close_len)| {
            let open_len = mark_len(o);
            (
                p.start + o + open_len..p.start + c,
                p.start + o,
                (close_len > 0).then_some(p.start + c + close_len),
            )
        })
        .collect();
    if let Some(o) = open {
        let pos = marks[o].0;
        spans.push((p.start + pos + mark_len(pos)..p.end, p.start + pos, None));
    }
    // Single quotes outside double quotes: ‘…’ or '…' around words.
    let inside_double = |byte: usize| {
        spans
            .iter()
            .any(|(s, o, c)| *o <= byte && byte < c.unwrap_or(s.end))
    };
    let mut singles = Vec::new();
    let mut open_single: Option<usize> = None;
    for (k, &(pos, c)) in chars.iter().enumerate() {
        let abs = p.start + pos;
        if inside_double(abs) {
            continue;
        }
        let prev = k.checked_sub(1).map(|i| chars[i].1);
        let next = chars.get(k + 1).map(|x| x.1);
        match (open_single, c) {
            (None, '‘') => open_single = Some(k),
            (None, '\'') if opens_before(prev) && next.is_some_and(char::is_alphanumeric) => {
                open_single = Some(k)
            }
            (Some(o), '’' | '\'')
                if closes_after(next)
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && chars[o + 1..k]
                        .iter()
                        .filter(|(_, c)| c.is_alphabetic())
                        .count()
                        >= 2 =>
            {
                let (opos, oc) = chars[o];
                singles.push((
                    p.start + opos + oc.len_utf8()..abs,
                    p.start + opos,
                    Some(abs + c.len_utf8()),
                ));
                open_single = None;
            }
            _ => {}
        }
    }
    spans.extend(singles);
    spans.sort_by_key(|(s, _, _)| s.start);
    spans
}

fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.clone()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// Finds every quote in the content paragraphs.
pub fn find_quotes(a: &Analysis) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    let mut previous_unclosed = false;
    for (pi, p) in a.seg.paragraphs.iter().enumerate() {
        let quotes = quotes_in_paragraph(a.text, p);
        let mut this_unclosed = false;
        for (k, (span, open, close)) in quotes.into_iter().enumerate() {
            let span = trim(a.text, span);
            if span.is_empty() {
                continue;
            }
            let continuation = k == 0 && previous_unclosed && open == p.start;
            this_unclosed = close.is_none();
            let form = form_of(a, &span, open, continuation);
            let (span, label) = match transcript_label(a.text, &span) {
                Some((label, after)) => (after..span.end, Some(label)),
                None => (span, None),
            };
            out.push(RawQuote {
                span,
                open,
                close,
                paragraph: pi,
                form,
                continuation,
                label,
            });
        }
        previous_unclosed = this_unclosed;
    }
    out
}

/// A quote is direct when it is a full utterance: it starts with a capital and opens a
/// sentence, follows a colon, or follows a speech verb ("he said, “We …").
fn form_of(a: &Analysis, span: &Span, open: usize, continuation: bool) -> StatementForm {
    if continuation {
        return StatementForm::Direct;
    }
    let starts_upper = a.text[span.clone()]
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    // `“Containment” has been U.S. policy`: a word or two with no punctuation of its own is a
    // term, even opening a sentence.
    let inside = a.text[span.clone()].trim_end();
    let term = inside.split_whitespace().count() < 3 && !inside.ends_with(['.', ',', '!', '?']);
    if !starts_upper || term {
        return StatementForm::Partial;
    }
    let Some(si) = a.sentence_of(open) else {
        return StatementForm::Partial;
    };
    let before = a.text[a.seg.sentences[si].start..open].trim_end();
    if before.is_empty() || before.ends_with(':') {
        return StatementForm::Direct;
    }
    if let Some(stripped) = before.strip_suffix(',') {
        let last = stripped.split_whitespace().last().unwrap_or("");
        if a.lx.speech_verbs.contains_key(&last.to_lowercase()) {
            return StatementForm::Direct;
        }
    }
    // "… the alliance has seen “some signs”": a fragment inside a sentence is partial even
    // when it starts with a capital, unless it is a whole sentence itself.
    let words = a.text[span.clone()].split_whitespace().count();
    let ends_sentence = a.text[span.clone()].trim_end().ends_with(['.', '!', '?']);
    // `pointed out in December, “Senate Republicans are unmoved.”`: a sentence after a comma.
    let after_comma = before.ends_with(',') && words >= 3;
    // `one banker said "The top banks are …"`, `told Reuters "We have concluded the talks."`:
    // a sentence right after a verb of saying, or after it and whom it addresses.
    let mut last_words = before.split_whitespace().rev();
    // Not a verb that names ("called “The HP Way.”"), nor a network's programme ("told ABC's
    // “Good Morning America.”").
    let speech = |w: Option<&str>| {
        w.map(str::to_lowercase).is_some_and(|w| {
            a.lx.speech_verbs.contains_key(&w) && !w.starts_with("call") && !w.starts_with("dub")
        })
    };
    let (last, second) = (last_words.next(), last_words.next());
    let addressee = last.is_some_and(|w| {
        w.starts_with(char::is_uppercase) && !w.ends_with("'s") && !w.ends_with("’s")
    });
    let after_cue = words >= 3 && speech(last) || words >= 4 && addressee && speech(second);
    // `telling Mic on Monday, “But they’re both qualified,” he said`: a sentence after a comma
    // that its attribution interrupts; not a title in capitals (`“Make Your Kid a Millionaire,”`).
    let sentence_case = || {
        let capitalised = inside
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        capitalised * 2 < words
    };
    // The attribution follows the closing mark ("…,” he said"; not a column's title,
    // `column on Aug. 10, “The piling on must stop,” the senator …`).
    let attributed = || {
        a.text[span.end..]
            .trim_start_matches(['”', '"', '\'', '’', ' '])
            .split_whitespace()
            .take(3)
            .any(|w| speech(Some(w.trim_matches(|c: char| !c.is_alphabetic()))))
    };
    let interrupted =
        after_comma && words >= 5 && inside.ends_with(',') && sentence_case() && attributed();
    if (words >= 6 || after_comma || after_cue) && ends_sentence || interrupted {
        StatementForm::Direct
    } else {
        StatementForm::Partial
    }
}

/// Lower-case words that may stand in a speaker's description between a quote and its cue.
const NP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "top",
    "former",
    "senior",
    "chief",
    "deputy",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "also",
    "later",
    "then",
    "aide",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "diplomat",
    "minister",
    "leader",
    "secretary",
    "president",
    "adviser",
    "advisor",
    "analyst",
    "lawyer",
    "expert",
    "economist",
    "scholar",
    "director",
    "chairman",
    "head",
    "executive",
    "'s",
    "’s",
    "general",
];

/// Personal pronouns that may stand for a source before its cue.
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i"];

/// Words that start a clause of their own between a quote and a later cue: "…," while the
/// Liberal Democrats said.
const CLAUSE_WORDS: &[&str] = &[
    "while", "and", "but", "as", "because", "when", "if", "that", "which", "who", "although",
    "though", "after", "before", "since", "so", "where", "even", "despite", "in", "on", "at",
    "for", "with", "to", "of", "by", "from", "is", "was", "are", "were", "has", "have", "had",
    "will", "would", "not",
];

/// Who said a quote: the speaker, the span naming them, the cue lemma and its span.
#[derive(Debug, Clone, Default)]
pub struct Attribution {
    pub speaker: Option<EntityId>,
    pub speaker_span: Option<Span>,
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
    /// Byte offset of the cue, to date the statement.
    pub anchor: Option<usize>,
    pub confidence: f32,
}

/// Relation verbs that introduce a partial quote like a speech verb: "backed … “a peaceful
/// settlement”", "tore into Xi for flying “all the way to Moscow”".
fn quote_cue_at(a: &Analysis, s: usize, i: usize) -> Option<(String, usize)> {
    if let Some(found) = a.quote_verb(s, i) {
        return Some(found);
    }
    let toks = &a.tokens[s];
    if a.is_noun_use(s, i) {
        return None;
    }
    for trigger in &a.lx.relation_triggers {
        if trigger.pattern == crate::lexicon::TriggerPattern::Noun {
            continue;
        }
        let n = trigger.words.len();
        if i + n <= toks.len()
            && trigger
                .words
                .iter()
                .enumerate()
                .all(|(k, w)| a.lw(s, i + k) == w)
        {
            return Some((trigger.words.join(" "), n));
        }
    }
    None
}

fn attribution(
    a: &Analysis,
    s: usize,
    cue_tok: usize,
    n: usize,
    cue: String,
    speaker: (EntityId, Span),
    confidence: f32,
) -> Attribution {
    Attribution {
        speaker: Some(speaker.0),
        speaker_span: Some(speaker.1),
        ..cued(a, s, cue_tok, n, cue, confidence)
    }
}

/// The cue of an attribution, its span and anchor, with no source yet.
fn cued(
    a: &Analysis,
    s: usize,
    cue_tok: usize,
    n: usize,
    cue: String,
    confidence: f32,
) -> Attribution {
    let toks = &a.tokens[s];
    Attribution {
        speaker: None,
        speaker_span: None,
        cue: Some(cue),
        cue_span: Some(toks[cue_tok].span.start..toks[cue_tok + n - 1].span.end),
        anchor: Some(toks[cue_tok].span.start),
        confidence,
    }
}

/// An attribution to an unnamed source (`"…," officials said`): the source's words kept, and
/// a speaker entity only for the body they name.
fn unnamed_attribution(
    a: &Analysis,
    s: usize,
    cue_tok: usize,
    n: usize,
    cue: String,
    words: Span,
) -> Attribution {
    Attribution {
        speaker: body_in(a, &words),
        speaker_span: Some(words),
        ..cued(a, s, cue_tok, n, cue, 0.7)
    }
}

/// The body an unnamed source's words name (`"…," the IMF report stated`, `the agency's
/// statement said`): the organisation that speaks through its document, linked while the words
/// stay the source's description. A person described by a body (`the New York businessman`,
/// `a State Department spokesman`) is not the body.
pub(super) fn body_in(a: &Analysis, words: &Span) -> Option<EntityId> {
    let s = a.sentence_of(words.start)?;
    let (from, to) = (a.token_at(s, words.start), a.token_at(s, words.end));
    let head = a.lw(s, to.checked_sub(1)?);
    if to <= from || !a.lx.document_nouns.contains(head) {
        return None;
    }
    let named = (from..to)
        .rev()
        .filter_map(|k| a.mention_at_token(s, k))
        .map(|mi| &a.mentions[mi])
        .find(|m| {
            m.span.start >= words.start
                && m.span.end <= words.end
                && a.entities[m.entity].kind == EntityKind::Organization
        })
        .map(|m| m.entity);
    // "The statement said": the document of a sentence before.
    let bare = to == from + 2 && a.lw(s, from) == "the";
    // "His report demands …", "Its study says …": the one the owner's pronoun stands for.
    let owner = a.word(s, from);
    let owned = to == from + 2 && matches!(a.lw(s, from), "his" | "her" | "its");
    named
        .or_else(|| bare.then(|| issuer_before(a, s, head)).flatten())
        .or_else(|| {
            owned
                .then(|| super::coref::resolve_pronoun(a, a.tokens[s][from].span.start, owner))
                .flatten()
        })
}

/// Who issued the document a bare "the statement" points back to, in the latest of the three
/// sentences before that introduced one: the subject of the cue it follows ("…, Velmark said in
/// a statement"), else the sentence's subject ("Velmark issued a statement"); none when that
/// sentence names its author ("cited a report by the IMF").
fn issuer_before(a: &Analysis, s: usize, noun: &str) -> Option<EntityId> {
    (s.saturating_sub(3)..s).rev().find_map(|p| {
        let toks = &a.tokens[p];
        let at = (1..toks.len()).find(|&k| {
            a.lw(p, k) == noun && matches!(a.lw(p, k - 1), "a" | "an" | "its" | "new")
        })?;
        if matches!(a.lw(p, at + 1), "by" | "from" | "of") {
            return None;
        }
        // "…, Rainbow said in a statement": the subject of the cue the document follows.
        let cue = (at.saturating_sub(4)..at)
            .rev()
            .find(|&k| a.speech_verb(p, k).is_some());
        cue.and_then(|v| super::coref::subject_before(a, p, v))
            .or_else(|| super::coref::sentence_subject(a, p))
            .map(|(e, _)| e)
            .filter(|&e| {
                matches!(
                    a.entities[e].kind,
                    EntityKind::Organization | EntityKind::Country | EntityKind::Person
                )
            })
    })
}

/// The named person a source phrase ends in: "former secretary of state Ann Lee".
fn person_in(a: &Analysis, words: &Span) -> Option<(EntityId, Span)> {
    let s = a.sentence_of(words.start)?;
    let (from, to) = (a.token_at(s, words.start), a.token_at(s, words.end));
    (from..to)
        .rev()
        .filter_map(|k| a.mention_at_token(s, k))
        .map(|mi| &a.mentions[mi])
        .find(|m| m.span.end <= words.end && a.entities[m.entity].kind == EntityKind::Person)
        .map(|m| (m.entity, m.span.clone()))
}

/// `“…,” said Rubio’s deputy campaign manager, Rich Beeson, who …`, `said Senate Minority Whip
/// Ann Lee (D-Ill.)`: the first person named after an inverted cue, in its source phrase or in
/// apposition to it, passing over possessors ("Rubio’s") and bodies in titles ("Senate"); the
/// phrase ends at a bracket, a clause word or the sentence's end.
fn person_heading_source_after(a: &Analysis, s: usize, cue_end: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    let possessed = |m: &super::Mention| {
        a.text[m.span.end..].starts_with("’s") || a.text[m.span.end..].starts_with("'s")
    };
    let mut commas = 0;
    let mut k = cue_end + 1;
    while k < toks.len().min(cue_end + 14) {
        let w = a.lw(s, k);
        if matches!(w, "(" | ";" | ":" | "“" | "”" | "\"" | "—" | "–")
            || CLAUSE_WORDS.contains(&w) && !matches!(w, "of" | "for" | "at" | "and")
            || a.in_quote(toks[k].span.start)
        {
            return None;
        }
        if w == "." && !a.abbreviation_period(s, k) {
            return None;
        }
        if w == "," {
            commas += 1;
            if commas > 1 {
                return None;
            }
        }
        if let Some(mi) = a.mention_at_token(s, k) {
            // "Clinton campaign manager Robby Mook": the person the name leads up to.
            if let Some(pi) = super::coref::person_heading(a, s, mi) {
                let p = &a.mentions[pi];
                return Some((p.entity, p.span.clone()));
            }
            let m = &a.mentions[mi];
            if a.entities[m.entity].kind == EntityKind::Person && !possessed(m) {
                return Some((m.entity, m.span.clone()));
            }
            k = a.token_at(s, m.span.end).max(k + 1);
            continue;
        }
        k += 1;
    }
    None
}

/// `"…," the mayor's office said`, `"…," it stated`: the source right before a cue that
/// follows the quote (token `j`, the quote's words ending at `end_byte`, its attribution
/// starting at token `i`). A pronoun nothing named stands for is kept as the source's words,
/// so the quote still has its cue and its next piece goes on with it.
fn cue_after_quote_and_source(
    a: &Analysis,
    s: usize,
    i: usize,
    j: usize,
    end_byte: usize,
) -> Option<Attribution> {
    let (cue, n) = a.quote_verb(s, j)?;
    let subject = subject_before(a, s, j);
    if let Some(found) = subject.clone().filter(|f| f.1.start >= end_byte) {
        return Some(attribution(a, s, j, n, cue, found, 0.9));
    }
    if j == i + 1 && PRONOUNS.contains(&a.lw(s, i)) {
        let words = a.tokens[s][i].span.clone();
        return Some(unnamed_attribution(a, s, j, n, cue, words));
    }
    // `"…," officials said`: an unnamed source, kept as its words.
    let words = subject
        .is_none()
        .then(|| super::speech::source_phrase_before(a, s, j))
        .flatten()?;
    (words.start >= end_byte).then(|| unnamed_attribution(a, s, j, n, cue, words))
}

/// `“This will be hard” for the mayor, said Ann Lee, a senator.`, `“…” if he loses, Lee said.`:
/// the reporter's words finish the quoted sentence and the attribution closes it, after a
/// comma. The cue must be the sentence's only one after the quote, and its speaker a person
/// (its subject after the quote, or a name after an inverted cue).
fn trailing_cue_after_words(a: &Analysis, s: usize, from: usize) -> Option<Attribution> {
    let toks = &a.tokens[s];
    let person = |found: &(EntityId, Span)| a.entities[found.0].kind == EntityKind::Person;
    let mut cue = None;
    for (j, tok) in toks.iter().enumerate().skip(from) {
        let w = tok.text(a.text);
        if matches!(w, "“" | "\"" | "‘" | ":" | ";") || a.in_quote(tok.span.start) {
            return None;
        }
        if let Some((verb, n)) = a.quote_verb(s, j) {
            if a.is_noun_use(s, j) {
                return None;
            }
            // `“…,” since so many cases were decided by one vote, said Lee Epstein`: a cue
            // inverted after a comma, a person after it, closes the sentence whatever verbs
            // the reporter's words before it hold.
            let inverted = || {
                j > 0
                    && a.word(s, j - 1) == ","
                    && person_heading_source_after(a, s, j + n - 1).is_some_and(|f| person(&f))
            };
            let inverted = inverted();
            if cue.is_some() && !inverted {
                return None;
            }
            cue = Some((j, verb, n));
            // `“…” about it, said Jo Ferris, director of a union that endorsed Lee.`: what
            // follows an inverted cue's person describes them.
            if inverted {
                break;
            }
        }
    }
    let (j, verb, n) = cue?;
    let start = toks.get(from)?.span.start;
    // The subject before the cue first, and only after a comma: `“…,” Ann Lee, a senator
    // from Ohio, told the crowd` is the main loop's, `“…” when Lee blasted him` a clause of
    // the reporter's.
    if let Some(found) = subject_before(a, s, j).filter(|f| person(f) && f.1.start >= start) {
        let at = a.token_at(s, found.1.start);
        if at > from && a.word(s, at - 1) == "," {
            return Some(attribution(a, s, j, n, verb, found, 0.75));
        }
        let object = at > from
            && matches!(
                a.lw(s, at - 1),
                "for" | "to" | "of" | "about" | "with" | "against" | "on" | "in" | "by"
            );
        if !object {
            return None;
        }
    }
    // `“…” for Clinton, said Kunin`: a name in the reporter's words is not the subject of an
    // inverted cue; the name after it is.
    if j > from && a.word(s, j - 1) == "," {
        let found = person_heading_source_after(a, s, j + n - 1).filter(person)?;
        return Some(attribution(a, s, j, n, verb, found, 0.75));
    }
    None
}

/// `“…,” Harry Bond, 30, of Raleigh, N.C., who was polled, said`: a person right after the
/// quote, then an aside between commas, then the cue: the person speaks, whatever the aside
/// names.
fn name_and_aside_before_cue(a: &Analysis, s: usize, i: usize) -> Option<Attribution> {
    let toks = &a.tokens[s];
    // `“…,” Mr. Lee, now retired, said`: the honorific may stand outside the name's mention.
    let honorific = a.abbreviation_period(s, i + 1);
    let mi = a
        .mention_at_token(s, i)
        .or_else(|| a.mention_at_token(s, i + 2).filter(|_| honorific))?;
    let m = &a.mentions[mi];
    if a.entities[m.entity].kind != EntityKind::Person || a.mention_info[mi].modifier {
        return None;
    }
    let after = a.token_at(s, m.span.end);
    if toks.get(after).map(|t| t.text(a.text)) != Some(",") {
        return None;
    }
    // The cue ends the aside: the first speech verb after a comma, before any quote.
    for (k, tok) in toks.iter().enumerate().take(after + 30).skip(after + 1) {
        let w = tok.text(a.text);
        if matches!(w, "“" | "\"" | "‘") || a.in_quote(tok.span.start) {
            return None;
        }
        if let Some((cue, n)) = a.quote_verb(s, k) {
            if a.word(s, k - 1) != "," || a.is_noun_use(s, k) {
                return None;
            }
            return Some(attribution(
                a,
                s,
                k,
                n,
                cue,
                (m.entity, m.span.clone()),
                0.85,
            ));
        }
    }
    None
}

/// The speaker of the last speech verb before token `before` in a sentence, outside quotes:
/// its subject (`Spicer said`) or, inverted, the name after it (`said Spicer`).
fn speaker_of_cue_before(a: &Analysis, s: usize, before: usize) -> Option<(EntityId, Span)> {
    let k = (0..before).rev().find(|&k| {
        !a.in_quote(a.tokens[s][k].span.start)
            && a.quote_verb(s, k).is_some()
            && !a.is_noun_use(s, k)
    })?;
    let (_, n) = a.quote_verb(s, k)?;
    if let Some(found) = subject_before(a, s, k).filter(|f| !a.in_quote(f.1.start)) {
        return Some(found);
    }
    let inverted = k > 0 && (a.word(s, k - 1) == "," || a.closing_mark_start(s, k - 1).is_some());
    if inverted {
        return person_heading_source_after(a, s, k + n - 1);
    }
    None
}

/// `Speaking in Salem, New Hampshire, Trump went after Bush, calling him “…”`, `Lee compared
/// himself to Kim, saying, “…”`: a participle after a comma goes on from the clause before it,
/// whose subject is the one of its inflected verb nearest the comma (token `comma`), not the
/// first name of the sentence nor the object before the comma.
fn subject_of_clause_before(a: &Analysis, s: usize, comma: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    (comma.saturating_sub(15)..comma)
        .rev()
        .take_while(|&k| !a.in_quote(toks[k].span.start) && !matches!(a.word(s, k), ";" | ":"))
        .filter(|&k| inflected_verb(a, s, k).is_some() && !a.is_noun_use(s, k))
        .find_map(|k| subject_before(a, s, k))
        .filter(|found| speaks(a, found.0) && !a.in_quote(found.1.start))
}

/// `“…,” Lee was quoted as saying.`: after a quote, its source, "was quoted" and "as saying"
/// (or "as telling …"), the one quoted being the speaker.
fn quoted_as_saying(a: &Analysis, s: usize, i: usize) -> Option<Attribution> {
    let toks = &a.tokens[s];
    let (k, be) = (i..toks.len().min(i + 14))
        .take_while(|&k| !a.in_quote(toks[k].span.start))
        .find_map(|k| super::speech::quoted_as(a, s, k).map(|be| (k, be)))?;
    if be <= i {
        return None;
    }
    let speaker = super::coref::subject_before(a, s, be)?;
    Some(attribution(a, s, k, 1, "say".into(), speaker, 0.8))
}

/// `“…,” remembered Roy Verley, a spokesman.`, `“…?” Hannity pressed.`: right after a quote, a
/// past-tense verb and a person's name that end the sentence between them attribute the quote
/// by their place alone, whatever the verb (the speech-verb table cannot list every verb
/// reporters use there).
fn verb_by_position(a: &Analysis, s: usize, i: usize, comma_closed: bool) -> Option<Attribution> {
    let toks = &a.tokens[s];
    let past = |k: usize| {
        toks.get(k).is_some_and(|t| t.is_word && !t.capitalized)
            && a.lx.verb_lemmas.contains_key(a.word(s, k))
            && (a.lw(s, k).ends_with("ed") || a.lx.irregular_past.contains(a.lw(s, k)))
    };
    let lemma = |k: usize| a.lx.verb_lemmas.get(a.word(s, k)).cloned();
    let ends_at = |k: usize| {
        toks.get(k)
            .is_none_or(|t| matches!(t.text(a.text), "." | "," | "(" | ";"))
    };
    // "… pressed Hannity." / "… remembered Roy Verley, …" / "… beamed Ann Lee of Dayton, …" /
    // "… exhorted Lee's introducer, actress Ann Kim.": the person the source phrase names.
    if past(i) {
        let (entity, span) = person_heading_source_after(a, s, i)?;
        let after = a.token_at(s, span.end);
        let of_place =
            a.word(s, after) == "of" && toks.get(after + 1).is_some_and(|t| t.capitalized);
        if !ends_at(after) && !of_place {
            return None;
        }
        return Some(attribution(a, s, i, 1, lemma(i)?, (entity, span), 0.7));
    }
    // "Hannity pressed." : a name, a past verb, the sentence's end. `“…,” Rubio responded
    // before adding …`: after a quote its comma leaves open, the name and its past verb
    // attribute it wherever the sentence goes on.
    // `“…,” an angry Hollande retaliated.`: an article and one adjective before the name.
    let described = matches!(a.lw(s, i), "a" | "an" | "the")
        && toks.get(i + 1).is_some_and(|t| t.is_word && !t.capitalized);
    let mi = a.mention_at_token(s, if described { i + 2 } else { i })?;
    let m = &a.mentions[mi];
    let v = a.token_at(s, m.span.end);
    let closes = toks.get(v + 1).is_some_and(|t| t.text(a.text) == ".") && v + 2 == toks.len();
    let left_open = comma_closed && a.quote_verb(s, v).is_none();
    if a.entities[m.entity].kind != EntityKind::Person || !past(v) || !(closes || left_open) {
        return None;
    }
    Some(attribution(
        a,
        s,
        v,
        1,
        lemma(v)?,
        (m.entity, m.span.clone()),
        0.7,
    ))
}

/// `As Ann Lee, author of “The Long Road,” put it, “…”`, `as the firm's chief, Jo Bell, put it
/// in a memo, “…”`: the cue at token `cue` closes a clause opened by "as" (at the sentence's
/// start or after a comma), whose source is the person it names first, asides and quoted
/// titles included.
fn source_after_as(a: &Analysis, s: usize, cue: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    let as_tok = (cue.saturating_sub(30)..cue)
        .rev()
        .take_while(|&k| k + 1 == cue || a.quote_verb(s, k).is_none())
        .find(|&k| a.lw(s, k) == "as")?;
    let opens = as_tok == 0 || matches!(a.word(s, as_tok - 1), "," | "—" | "–");
    if !opens || a.in_quote(toks[as_tok].span.start) {
        return None;
    }
    person_heading_source_after(a, s, as_tok)
        .or_else(|| object_after(a, s, as_tok, 4))
        .filter(|(e, span)| span.end <= toks[cue].span.start && speaks(a, *e))
}

/// `J.J. Goldberg, editor at large of The Forward, a weekly for …, wrote, “…”`: a person opening
/// the sentence, set off by a comma, whose aside runs up to the cue (after a comma, with no
/// cue of its own).
fn opening_person_with_aside(a: &Analysis, s: usize, cue: usize) -> Option<(EntityId, Span)> {
    if cue == 0 || a.word(s, cue - 1) != "," {
        return None;
    }
    let toks = &a.tokens[s];
    let first = (0..cue.min(6)).find(|&k| a.mention_at_token(s, k).is_some())?;
    // Only an opening phrase may come before the name ("Just last week, …").
    if first > 0 && a.word(s, first - 1) != "," {
        return None;
    }
    let mi = a.mention_at_token(s, first)?;
    let m = &a.mentions[mi];
    let end = a.token_at(s, m.span.end);
    let person = a.entities[m.entity].kind == EntityKind::Person && !a.mention_info[mi].modifier;
    let aside_clear =
        (end + 1..cue).all(|k| a.quote_verb(s, k).is_none() && !a.in_quote(toks[k].span.start));
    (person && a.word(s, end) == "," && aside_clear).then(|| (m.entity, m.span.clone()))
}

/// Whether an attribution's cue is the dash of a signature (`“…” — Ann Lee`), which credits
/// the one quote it signs and no quote after it.
fn signed_by_dash(a: &Analysis, cue: Option<&Span>) -> bool {
    cue.and_then(|c| a.text.get(c.clone()))
        .is_some_and(|w| matches!(w.trim(), "―" | "—" | "–" | "--" | "-"))
}

/// `“…” ¶ -Michelle Marks, Philadelphia.`: a quote closing its paragraph, signed by the next
/// paragraph opening with a dash and a name.
fn signed_next_paragraph(a: &Analysis, q: &RawQuote) -> Option<Attribution> {
    let close = q.close?;
    let p = a.seg.paragraphs.get(q.paragraph)?;
    if !a.text[close..p.end].trim().is_empty() {
        return None;
    }
    let next = a.seg.paragraphs.get(q.paragraph + 1)?;
    let line = &a.text[next.clone()];
    let dash = line
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '—' | '–' | '―'))?;
    let s = a.sentence_of(next.start + dash.len_utf8())?;
    // A signature is a name, then where they are from or what they did ("-President Obama,
    // tweeting after …"); " - Britain's Ann Lee has also not ruled out racing." is a
    // bulleted paragraph of its own.
    let sentence = a.seg.sentences[s].clone();
    let name_part = sentence.start
        ..a.text[sentence.clone()]
            .find(',')
            .map_or(sentence.end, |c| sentence.start + c);
    if super::speech::has_verb(a, &name_part) {
        return None;
    }
    let k = a.token_at(s, next.start + dash.len_utf8());
    let k = if a.word(s, k) == dash.to_string() {
        k + 1
    } else {
        k
    };
    // "-President Barack Obama": title words before the name.
    let mi = (k..k + 3)
        .take_while(|&t| a.tokens[s].get(t).is_some_and(|t| t.capitalized))
        .find_map(|t| a.mention_at_token(s, t))?;
    let mi = super::coref::person_heading(a, s, mi).unwrap_or(mi);
    let m = &a.mentions[mi];
    if a.entities[m.entity].kind != EntityKind::Person {
        return None;
    }
    Some(Attribution {
        speaker: Some(m.entity),
        speaker_span: Some(m.span.clone()),
        cue: Some("say".into()),
        cue_span: Some(next.start..next.start + dash.len_utf8()),
        anchor: Some(next.start),
        confidence: 0.7,
    })
}

/// Finds the speaker of a quote.
pub fn attribute_quote(
    a: &Analysis,
    q: &RawQuote,
    previous: Option<(&RawQuote, &Attribution)>,
) -> Attribution {
    let Some(s_open) = a.sentence_of(q.open) else {
        return Attribution::default();
    };
    // `"PENCE: Well, …`: the transcript's label names the speaker.
    if let Some(label) = &q.label {
        return Attribution {
            speaker: super::speech::surname_label(a, label),
            speaker_span: Some(label.clone()),
            cue: Some("say".into()),
            cue_span: Some(label.end..label.end + 1),
            anchor: Some(label.start),
            confidence: 0.8,
        };
    }
    let end_byte = q.close.unwrap_or(q.span.end);
    let s_close = a.sentence_of(end_byte.saturating_sub(1)).unwrap_or(s_open);
    // 1. After the quote: `“…,” X said` or `“…,” said X`.
    if q.close.is_some() {
        let mut s_close = s_close;
        let mut i = a.token_at(s_close, end_byte);
        // `“Why now?” Mr. Clyburn said.`: a question or exclamation mark ends the sentence
        // before its attribution.
        // `“… what can we do to help?’” Lee said.`: a quote inside the quote closes first.
        let ends_with_mark = a.text[q.span.clone()]
            .trim_end()
            .trim_end_matches(['’', '\'', '”', '"'])
            .ends_with(['?', '!']);
        // `“… the emails.” Trump said.`: a period too, when the sentence after is no more
        // than a name and its cue.
        let signed_after = || {
            let next = &a.tokens[s_close + 1];
            next.len() <= 7
                && (0..next.len()).any(|k| {
                    // "Trump said.", "said Ann Lee.", "Lee said on Monday." but not "Officials
                    // said the talks failed.".
                    a.quote_verb(s_close + 1, k).is_some() && (k == 0 || k + 4 >= next.len())
                })
                && next.last().is_some_and(|t| t.text(a.text) == ".")
                && next
                    .first()
                    .is_some_and(|t| t.capitalized || t.text(a.text) == "said")
        };
        // `Lee famously responded: “What difference does it make?” Her critics cited it …`: a
        // quote its sentence brings in with a colon has its attribution before it.
        let after_colon = a.text[a.seg.sentences[s_open].start..q.open]
            .trim_end()
            .ends_with(':');
        if i >= a.tokens[s_close].len()
            && s_close + 1 < a.tokens.len()
            && a.seg.sentence_paragraph[s_close + 1] == a.seg.sentence_paragraph[s_close]
            && (ends_with_mark && !after_colon || signed_after())
        {
            s_close += 1;
            i = 0;
        }
        let toks = &a.tokens[s_close];
        // `“…” ― Sonya Herrid`, `"…" -- Sonya Herrid`: a dash and a name sign the quote, as in
        // lists of reactions ("--" may be one token or two).
        let dash_len = match toks.get(i).map(|t| t.text(a.text)) {
            Some("―" | "—" | "–" | "--") => 1,
            Some("-") if toks.get(i + 1).is_some_and(|t| t.text(a.text) == "-") => 2,
            _ => 0,
        };
        if dash_len > 0 {
            if let Some(mi) = a.mention_at_token(s_close, i + dash_len) {
                let m = &a.mentions[mi];
                // Nothing but the name up to the end of the line or the next quote.
                let line_end = a.text[m.span.end..]
                    .find('\n')
                    .map_or(a.text.len(), |k| m.span.end + k);
                let signed = matches!(
                    a.entities[m.entity].kind,
                    EntityKind::Person | EntityKind::Organization
                ) && toks[i + 1..]
                    .iter()
                    .filter(|t| t.span.start >= m.span.end && t.span.start < line_end)
                    .take_while(|t| {
                        !matches!(t.text(a.text), "“" | "\"") && !a.in_quote(t.span.start)
                    })
                    .all(|t| !t.is_word);
                if signed {
                    return attribution(
                        a,
                        s_close,
                        i,
                        dash_len,
                        "say".into(),
                        (m.entity, m.span.clone()),
                        0.8,
                    );
                }
            }
        }
        if toks.get(i).is_some_and(|t| t.text(a.text) == ",") {
            i += 1;
        }
        // `“…,” Lee was quoted as saying.`, `“…,” Lee was quoted by the agency as saying.`
        if let Some(att) = quoted_as_saying(a, s_close, i) {
            return att;
        }
        if let Some(att) = name_and_aside_before_cue(a, s_close, i) {
            return att;
        }
        let comma_closed = a.text[q.span.clone()]
            .trim_end()
            .trim_end_matches(['’', '\'', '”', '"'])
            .ends_with(',');
        if let Some(att) = verb_by_position(a, s_close, i, comma_closed) {
            return att;
        }
        let limit = (i + 10).min(toks.len());
        let mut j = i;
        while j < limit {
            let w = toks[j].text(a.text);
            if matches!(w, "“" | "\"" | "‘") || a.in_quote(toks[j].span.start) {
                break;
            }
            // Between the quote and its cue stands only who spoke: "while the Liberal Democrats
            // said" starts another clause.
            let lw = w.to_lowercase();
            // The period of "Mr." or "Sen." belongs to the name.
            let abbreviation = a.abbreviation_period(s_close, j);
            let np_word = toks[j].capitalized
                || abbreviation
                || a.mention_at_token(s_close, j).is_some()
                || NP_WORDS.contains(&lw.as_str())
                || (toks[j].is_word && !CLAUSE_WORDS.contains(&lw.as_str()) && j < i + 5)
                || a.quote_verb(s_close, j).is_some()
                || w == ",";
            if !np_word {
                break;
            }
            if let Some((cue, n)) = a.quote_verb(s_close, j) {
                if j == i {
                    // "said Vita Spivak" / "said he".
                    if let Some(next) = toks.get(j + n) {
                        let word = next.text(a.text);
                        if let Some(e) = resolve_pronoun(a, next.span.start, word) {
                            return attribution(a, s_close, j, n, cue, (e, next.span.clone()), 0.8);
                        }
                    }
                    if let Some(found) = person_heading_source_after(a, s_close, j + n - 1) {
                        return attribution(a, s_close, j, n, cue, found, 0.85);
                    }
                    if let Some(found) = object_after(a, s_close, j + n - 1, 4) {
                        return attribution(a, s_close, j, n, cue, found, 0.9);
                    }
                    // `“…,” said a senior aide`: an unnamed source, kept as its words; `said
                    // former secretary of state Ann Lee`: the person the words end in.
                    if let Some(words) = super::speech::source_phrase_after(a, s_close, j + n - 1) {
                        if let Some(person) = person_in(a, &words) {
                            return attribution(a, s_close, j, n, cue, person, 0.8);
                        }
                        // `X, citing “…,” said the plan could work`: a clause, not a source.
                        if !super::speech::has_auxiliary(a, &words) {
                            return unnamed_attribution(a, s_close, j, n, cue, words);
                        }
                    }
                } else if let Some(att) = cue_after_quote_and_source(a, s_close, i, j, end_byte) {
                    return att;
                }
                break;
            }
            j += 1;
        }
        if let Some(att) = trailing_cue_after_words(a, s_close, i) {
            return att;
        }
    }
    if let Some(att) = signed_next_paragraph(a, q) {
        return att;
    }
    // 2a. `Rep. Ann Lee (D-Ohio): “…”`, `… - Jim Carver: “…”`: a name alone before a colon.
    if let Some(att) = colon_label(a, s_open, q.open) {
        return att;
    }
    // 2. Before the quote, in its sentence: `X said: “…”`, `X backed … “…”`.
    {
        let open_tok = a.token_at(s_open, q.open);
        // `Trump issued a statement, “…”`: a document right before the quote, after a comma or
        // a colon, speaks for whoever issued it.
        let document = open_tok.checked_sub(2).filter(|&d| {
            matches!(a.word(s_open, d + 1), "," | ":")
                && a.lx.document_nouns.contains(a.lw(s_open, d))
                && d > 0
                && matches!(a.lw(s_open, d - 1), "a" | "an" | "the" | "this")
        });
        if let Some(d) = document {
            if let Some(found) = subject_of_clause_before(a, s_open, d - 1) {
                let cue = a.lw(s_open, d).to_string();
                return attribution(a, s_open, d, 1, cue, found, 0.75);
            }
        }
        for j in (0..open_tok).rev() {
            let start = a.tokens[s_open][j].span.start;
            if a.in_quote(start) {
                break;
            }
            // `shot back: “…”`: the last word of a cue of several ("back") is not a cue itself.
            let inside_longer_cue =
                j > 0 && a.quote_verb(s_open, j - 1).is_some_and(|(_, n)| n > 1);
            if inside_longer_cue {
                continue;
            }
            if let Some((cue, n)) = quote_cue_at(a, s_open, j) {
                // `Trump went after Bush, calling him “…”`: a participle after a comma speaks
                // for the sentence's subject, not for the object before it.
                let participle =
                    a.lw(s_open, j).ends_with("ing") && j > 0 && a.word(s_open, j - 1) == ",";
                // `Clinton responded on Facebook writing, “…”`: nor for the name a preposition
                // governs right before it.
                let after_preposition_object = a.lw(s_open, j).ends_with("ing")
                    && j > 0
                    && a.mention_at_token(s_open, j - 1).is_some_and(|mi| {
                        let first = a.token_at(s_open, a.mentions[mi].span.start);
                        let before = first.checked_sub(1).map(|k| a.lw(s_open, k));
                        let before = match before {
                            Some("the" | "a" | "an") => {
                                first.checked_sub(2).map(|k| a.lw(s_open, k))
                            }
                            other => other,
                        };
                        matches!(before, Some("on" | "in" | "via" | "to" | "at" | "from"))
                    });
                if after_preposition_object {
                    if let Some(found) = subject_of_clause_before(a, s_open, j)
                        .or_else(|| super::coref::sentence_subject(a, s_open))
                    {
                        return attribution(a, s_open, j, n, cue, found, 0.75);
                    }
                }
                if participle {
                    // `…, Spicer said, adding, “…”`: the participle goes on from the cue before
                    // it, whose speaker it shares.
                    if let Some(found) = speaker_of_cue_before(a, s_open, j - 1) {
                        return attribution(a, s_open, j, n, cue, found, 0.75);
                    }
                    if let Some(found) = subject_of_clause_before(a, s_open, j - 1) {
                        return attribution(a, s_open, j, n, cue, found, 0.75);
                    }
                    if let Some(found) = super::coref::sentence_subject(a, s_open) {
                        return attribution(a, s_open, j, n, cue, found, 0.75);
                    }
                }
                // `Trump issued a statement Tuesday saying, “…”`: the participle after what a
                // body or person issues speaks for whoever issued it.
                let after_document = a.lw(s_open, j).ends_with("ing")
                    && (j.saturating_sub(3)..j)
                        .any(|k| a.lx.document_nouns.contains(a.lw(s_open, k)));
                if after_document {
                    if let Some(found) = subject_of_clause_before(a, s_open, j) {
                        return attribution(a, s_open, j, n, cue, found, 0.75);
                    }
                }
                if let Some(found) = subject_before(a, s_open, j) {
                    return attribution(a, s_open, j, n, cue, found, 0.85);
                }
                if let Some(found) = source_after_as(a, s_open, j) {
                    return attribution(a, s_open, j, n, cue, found, 0.8);
                }
                if let Some(found) = subject_of_chained_cue(a, s_open, j) {
                    return attribution(a, s_open, j, n, cue, found, 0.7);
                }
                if let Some(found) = opening_person_with_aside(a, s_open, j) {
                    return attribution(a, s_open, j, n, cue, found, 0.75);
                }
                // `A spokeswoman said: “…”`, `She said: “…”` with no one to resolve "she" to: an
                // unnamed source, kept as its words.
                // `one banker said "…"`, `A spokesman told Reuters "…"`: the quote may follow
                // the cue, or whom it addresses, with no mark between.
                let cue_end = a.tokens[s_open][j + n - 1].span.end;
                let between = a.text.get(cue_end..q.open).unwrap_or_default();
                let addressee = a
                    .mentions_in(&(cue_end..q.open))
                    .next()
                    .map(|mi| a.text[a.mentions[mi].span.clone()].to_string());
                let bare = |rest: &str| {
                    rest.chars()
                        .all(|c| c.is_whitespace() || matches!(c, ':' | ',' | '"' | '“'))
                };
                let marked = matches!(a.word(s_open, j + n), ":" | ",")
                    && a.tokens[s_open]
                        .get(j + n + 1)
                        .is_some_and(|t| t.span.start >= q.open.saturating_sub(1));
                // Unmarked, only a verb of saying before a whole sentence quoted ("called
                // “Cape Breton If …”" names something).
                let sentence_quote = a.text[q.span.clone()].starts_with(char::is_uppercase);
                let saying = matches!(cue.as_str(), "say" | "tell" | "add" | "reply" | "write");
                let unmarked = saying
                    && sentence_quote
                    && (bare(between)
                        || addressee.is_some_and(|m| {
                            bare(between.trim_start().strip_prefix(m.as_str()).unwrap_or("x"))
                        }));
                let introduces = a.quote_verb(s_open, j).is_some() && (marked || unmarked);
                if introduces {
                    if let Some(words) = super::speech::source_phrase_before(a, s_open, j) {
                        return unnamed_attribution(a, s_open, j, n, cue, words);
                    }
                    // `The senior banker was opposed to it, saying: "…"`: a participle after a
                    // comma speaks for the sentence's subject.
                    let participle =
                        a.lw(s_open, j).ends_with("ing") && j > 0 && a.word(s_open, j - 1) == ",";
                    if participle {
                        if let Some(words) = super::speech::opening_subject_words(a, s_open, j) {
                            return unnamed_attribution(a, s_open, j, n, cue, words);
                        }
                    }
                }
                // `But, said Solovey, “…”`: the speaker follows the cue, right before the quote.
                let inverted = j == 0 || matches!(a.word(s_open, j - 1), "," | "—" | "–");
                let after = person_heading_source_after(a, s_open, j + n - 1)
                    .or_else(|| object_after(a, s_open, j + n - 1, 4));
                if let Some(found) = after.filter(|_| inverted) {
                    let between = &a.text[found.1.end..q.open];
                    // `Said Ann Lee, who grew up there, “…”`: an aside between commas may stand
                    // between the name and the quote.
                    let aside = between
                        .trim()
                        .strip_prefix(',')
                        .and_then(|b| b.strip_suffix(','));
                    let aside_only = aside.is_some_and(|b| {
                        !b.trim().is_empty()
                            && !b.contains(['"', '“', '”', '.', ';', ':', '\n'])
                            && b.split_whitespace().count() <= 15
                    });
                    if aside_only || between.chars().all(|c| matches!(c, ',' | ':' | ' ')) {
                        return attribution(a, s_open, j, n, cue, found, 0.8);
                    }
                }
            }
            // "According to X, “…”".
            if a.lower(s_open, j) == "according"
                && a.tokens[s_open]
                    .get(j + 1)
                    .is_some_and(|t| t.text(a.text) == "to")
            {
                if let Some(found) = object_after(a, s_open, j + 1, 5)
                    .filter(|(_, span)| !super::coref::possessive_her(a, span))
                    .or_else(|| super::speech::document_author(a, s_open, j + 1))
                {
                    return attribution(a, s_open, j, 2, "say".into(), found, 0.8);
                }
            }
        }
    }
    // 2b. `Sanders delivered a retort: “…”`: after a colon, the subject of the clause before.
    if let Some(att) = colon_introduced(a, s_open, q.open) {
        return att;
    }
    if let Some(att) = comma_introduced(a, s_open, q) {
        return att;
    }
    // 3. Any other cue in the sentences of the quote, outside quotes.
    for s in s_open..=s_close {
        let toks = &a.tokens[s];
        for (j, tok) in toks.iter().enumerate() {
            let start = tok.span.start;
            if a.in_quote(start) || (start >= q.open && start < end_byte) {
                continue;
            }
            if let Some((cue, n)) = a.quote_verb(s, j) {
                if let Some(found) = subject_before(a, s, j) {
                    if !a.in_quote(found.1.start) {
                        return attribution(a, s, j, n, cue, found, 0.7);
                    }
                }
            }
        }
    }
    // 4. A later quote of the same paragraph, or a continuation, keeps the speaker.
    if let Some((prev, att)) = previous {
        let same_paragraph = prev.paragraph == q.paragraph;
        let next_paragraph = prev.paragraph + 1 == q.paragraph
            && (q.continuation || a.seg.paragraphs[q.paragraph].start == q.open);
        let credited = att.speaker.is_some() || att.speaker_span.is_some();
        // `"A," — Ann Lee. "B."`: a signature closes the one quote it signs.
        let signed = signed_by_dash(a, att.cue_span.as_ref());
        // `"A," Dan Hale said. The floods hit, Ms Olsen said. ¶ "B."`: someone else has spoken
        // since, and the next paragraph's quote is left to the last speaker (6. below).
        let prev_end = prev.close.unwrap_or(prev.span.end);
        let spoken_since = || {
            !q.continuation
                && a.statements.iter().any(|st| {
                    st.span.start >= prev_end
                        && st.span.end <= q.open
                        && st.speaker.is_some()
                        && st.speaker != att.speaker
                })
        };
        if credited && !signed && (same_paragraph || next_paragraph && !spoken_since()) {
            return Attribution {
                confidence: 0.6,
                ..att.clone()
            };
        }
    }
    // 5. `Bystrom agreed. “…”`: a quote opening its sentence after a sentence whose cue has no
    // words of its own.
    let opens_sentence = a.text[a.seg.sentences[s_open].start..q.open]
        .trim()
        .is_empty();
    if opens_sentence && s_open > 0 {
        let prev = s_open - 1;
        let adjacent = a.seg.sentence_paragraph[prev] == a.seg.sentence_paragraph[s_open]
            || a.seg.paragraphs[q.paragraph].start == q.open;
        if adjacent {
            if let Some(att) = contentless_cue(a, prev) {
                return att;
            }
            // `Trump issued the following statement: ¶ “…”`.
            let last = a.tokens[prev].len().saturating_sub(1);
            if let Some(att) = clause_before_colon(a, prev, last) {
                return att;
            }
        }
    }
    // 6. A quote that opens its sentence with no cue: the last speaker of this paragraph
    // before it, or of the previous paragraph when the quote opens its own.
    let opens_paragraph = a.seg.paragraphs[q.paragraph].start == q.open;
    if opens_sentence {
        let from = if opens_paragraph && q.paragraph > 0 {
            a.seg.paragraphs[q.paragraph - 1].start
        } else {
            a.seg.paragraphs[q.paragraph].start
        };
        if let Some(last) = a
            .statements
            .iter()
            .rev()
            .find(|st| st.span.start >= from && st.span.end <= q.open && st.speaker.is_some())
            .filter(|st| !signed_by_dash(a, st.cue_span.as_ref()))
        {
            return Attribution {
                speaker: last.speaker,
                speaker_span: last.speaker_span.clone(),
                cue: last.cue.clone(),
                cue_span: last.cue_span.clone(),
                anchor: last.cue_span.as_ref().map(|c| c.start),
                confidence: 0.5,
            };
        }
    }
    Attribution::default()
}

/// Words that may stand in a speaker label besides capitalised ones and title words:
/// "Frank Nolan and Jim Carver", "Secretary of State Ann Lee", "More from Ann Lee".
const LABEL_WORDS: &[&str] = &[
    "and", "of", "the", "&", "de", "van", "von", "da", "former", "from",
];

/// `Rep. Ann Lee (D-Ohio): “…”`, `Gerald Seib, The Wall Street Journal: “…”`, `Poll news -
/// Frank Nolan and Jim Carver: “…”`: a label that is nothing but a name (its description after a
/// comma, its party in brackets) before a colon, opening its line or following a dash, names who
/// speaks in the quote after it (panels, hearings' transcripts, round-ups). The last person or
/// body named in the label is the speaker; a label with a verb ("Trump told Lee:") is a clause.
fn colon_label(a: &Analysis, s: usize, open: usize) -> Option<Attribution> {
    let start = a.seg.sentences[s].start;
    let before = a.text[start..open].trim_end();
    let colon = start + before.len().checked_sub(1)?;
    if !before.ends_with(':') || a.in_quote(colon) {
        return None;
    }
    let line = &before[..before.len() - 1];
    // After the last dash of the line, if any.
    let from = ["—", "–", " - ", " -"]
        .iter()
        .filter_map(|d| line.rfind(d).map(|k| k + d.len()))
        .max()
        .unwrap_or(0);
    let label = &line[from..];
    // The name is what stands before a description or a bracket.
    let head_len = label.find([',', '(']).unwrap_or(label.len());
    let lead = label.len() - label.trim_start().len();
    let head = start + from + lead..start + from + label[..head_len].trim_end().len();
    if head.is_empty() {
        return None;
    }
    // Whatever follows the head is a bracket or a description with no verb and no quote.
    let tail = &label[head_len..];
    if tail.contains(['"', '“', '”']) || tail.split_whitespace().count() > 8 {
        return None;
    }
    let (from_tok, to_tok) = (a.token_at(s, head.start), a.token_at(s, head.end));
    let toks = &a.tokens[s];
    let words: Vec<usize> = (from_tok..to_tok).filter(|&k| toks[k].is_word).collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let title_word = |w: &str| {
        a.lx.titles.iter().any(|t| {
            t.phrase
                .split_whitespace()
                .any(|p| p.eq_ignore_ascii_case(w))
        })
    };
    let label_like = words.iter().all(|&k| {
        let w = a.lw(s, k);
        (toks[k].capitalized && a.quote_verb(s, k).is_none())
            || LABEL_WORDS.contains(&w)
            || title_word(w)
    });
    if !label_like {
        return None;
    }
    let speaker = (from_tok..to_tok)
        .rev()
        .filter_map(|k| a.mention_at_token(s, k))
        .map(|mi| &a.mentions[mi])
        .find(|m| {
            m.span.end <= head.end
                && matches!(
                    a.entities[m.entity].kind,
                    EntityKind::Person | EntityKind::Organization
                )
        })?;
    Some(Attribution {
        speaker: Some(speaker.entity),
        speaker_span: Some(head),
        cue: Some("say".into()),
        cue_span: Some(colon..colon + 1),
        anchor: Some(colon),
        confidence: 0.7,
    })
}

/// `Perez lobbies for a higher wage: “…”`, `Christie gloated: “…”`: a quote after a colon
/// whose clause opens with a person or body and an inflected verb (not "was", "has") is that
/// subject's, with the verb as its cue.
fn colon_introduced(a: &Analysis, s: usize, open: usize) -> Option<Attribution> {
    let before = a.text[a.seg.sentences[s].start..open].trim_end();
    if !before.ends_with(':') {
        return None;
    }
    let colon = a.seg.sentences[s].start + before.len() - 1;
    if a.in_quote(colon) {
        return None;
    }
    let colon_tok = a.token_at(s, colon);
    opening_clause_before(a, s, open, colon_tok)
        .or_else(|| clause_before_colon(a, s, colon_tok))
        .or_else(|| person_before_colon(a, s, colon_tok))
}

/// `… does not surprise Republican pollster Daron Shaw: “Historically, …”`, `drew fire from
/// Senator Tom Vale: “…”`: a person named right before the colon speaks in the quote after it.
/// Not one spoken to or about (`a message for Donald Trump: “You're fired.”`).
fn person_before_colon(a: &Analysis, s: usize, colon: usize) -> Option<Attribution> {
    let mi = a.mention_at_token(s, colon.checked_sub(1)?)?;
    let m = &a.mentions[mi];
    let first = a.token_at(s, m.span.start);
    let person = a.entities[m.entity].kind == EntityKind::Person;
    let ends_at_colon = a.token_at(s, m.span.end) == colon;
    // Titles may stand between the preposition and the name ("for Senator Tom Vale").
    let before = (first.saturating_sub(4)..first)
        .rev()
        .find(|&k| !a.tokens[s][k].capitalized || !a.tokens[s][k].is_word)
        .map_or("", |k| a.lw(s, k));
    let addressed = matches!(
        before,
        "to" | "for"
            | "at"
            | "against"
            | "about"
            | "on"
            | "with"
            | "toward"
            | "towards"
            | "of"
            | "into"
            | "than"
            | "like"
    );
    if !person || !ends_at_colon || addressed || a.in_quote(m.span.start) {
        return None;
    }
    Some(Attribution {
        speaker: Some(m.entity),
        speaker_span: Some(m.span.clone()),
        cue: None,
        cue_span: None,
        anchor: Some(a.tokens[s][colon].span.start),
        confidence: 0.6,
    })
}

/// `Grandi reacted coolly to the deal, “I am concerned …”`: a whole sentence quoted after a
/// comma, ending the sentence, spells out the stance of the clause before it, as after a
/// colon, when no verb of speech stands in that clause.
fn comma_introduced(a: &Analysis, s: usize, q: &RawQuote) -> Option<Attribution> {
    let start = a.seg.sentences[s].start;
    let before = a.text[start..q.open].trim_end();
    // The quote may run on over sentences: what matters is that its own last one ends with it.
    let ends_sentence = q
        .close
        .and_then(|close| {
            let last = a.sentence_of(close.checked_sub(1)?)?;
            a.text.get(close..a.seg.sentences[last].end)
        })
        .is_some_and(|rest| {
            rest.chars()
                .all(|c| c.is_whitespace() || matches!(c, '.' | '”' | '"' | '’' | '\''))
        });
    if !before.ends_with(',') || q.form != StatementForm::Direct || !ends_sentence {
        return None;
    }
    let comma_tok = a.token_at(s, start + before.len() - 1);
    let cue_before = (0..comma_tok)
        .any(|k| !a.in_quote(a.tokens[s][k].span.start) && a.quote_verb(s, k).is_some());
    if cue_before {
        return None;
    }
    opening_clause_before(a, s, q.open, comma_tok)
}

/// The subject of the sentence and its inflected verb, opening the clause that ends at token
/// `mark` (a colon or a comma) before the quote opening at `open`: `Christie gloated: “…”`.
fn opening_clause_before(a: &Analysis, s: usize, open: usize, mark: usize) -> Option<Attribution> {
    let (speaker, span) =
        super::coref::sentence_subject(a, s).filter(|(speaker, _)| speaks(a, *speaker))?;
    let toks = &a.tokens[s];
    let mut v = a.token_at(s, span.end);
    while v < toks.len() && (a.lw(s, v).ends_with("ly") || a.lw(s, v) == "also") {
        v += 1;
    }
    // `And Mr. Christie gloated: “…”`: a past form right before the colon is the cue even
    // when the verb table does not know it.
    let lemma = inflected_verb(a, s, v)
        .or_else(|| (v + 1 == mark).then(|| past_form(a, s, v)).flatten())
        .or_else(|| stance_after_auxiliary(a, s, v, mark))
        .filter(|_| toks[v].span.start < open)?;
    if clause_inside(a, s, v + 1, mark) || subordinate(a, s, &span) {
        return None;
    }
    Some(attribution(a, s, v, 1, lemma, (speaker, span), 0.6))
}

/// `Lee has adopted a simple line: “…”`, `The board was blunt in its ruling: “…”`: a subject's
/// "has" or "was" and what follows it up to the colon state the stance the quote spells out.
/// The cue is the participle after the auxiliary, or "say"; a passive (`Lee was asked: “…”`,
/// `Lee was shown a letter: “…”`) makes the subject the one spoken to, not the speaker.
fn stance_after_auxiliary(a: &Analysis, s: usize, v: usize, colon: usize) -> Option<String> {
    let aux = a.lx.verb_lemmas.get(a.lw(s, v)).map(String::as_str);
    let finite = !matches!(a.lw(s, v), "be" | "been" | "being");
    if !matches!(aux, Some("be" | "have")) || !finite || v + 1 >= colon {
        return None;
    }
    let next = v + 1;
    let word = a.lw(s, next);
    let passive = aux == Some("be")
        && !word.ends_with("ing")
        && (a.lx.verb_lemmas.contains_key(word) || past_form(a, s, next).is_some());
    if passive {
        return None;
    }
    Some(
        inflected_verb(a, s, next)
            .or_else(|| past_form(a, s, next))
            .unwrap_or_else(|| "say".into()),
    )
}

/// A lower-case word of five letters or more ending in "-ed" that the verb table does not
/// know ("gloated", "quipped"): a past form, its cue the word itself.
fn past_form(a: &Analysis, s: usize, v: usize) -> Option<String> {
    let tok = a.tokens[s].get(v).filter(|t| t.is_word && !t.capitalized)?;
    let word = a.lw(s, v);
    let plain = word.chars().all(|c| c.is_ascii_lowercase());
    (plain && word.len() > 4 && word.ends_with("ed") && a.mention_at_token(s, v).is_none())
        .then(|| tok.text(a.text).to_lowercase())
}

/// Whether tokens `from..to` hold a clause of their own, a name and its verb: `Lee imagined
/// Kim was thinking: “…”` is Kim's thought, not Lee's words.
fn clause_inside(a: &Analysis, s: usize, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        a.mention_at_token(s, k).is_some_and(|mi| {
            let after = a.token_at(s, a.mentions[mi].span.end);
            after < to && a.lx.verb_lemmas.contains_key(a.word(s, after))
        })
    })
}

/// A person or a body: who can speak.
fn speaks(a: &Analysis, e: EntityId) -> bool {
    matches!(
        a.entities[e].kind,
        EntityKind::Person | EntityKind::Organization
    )
}

/// The lemma of token `v` when it is an inflected verb that can carry an utterance (not "was",
/// "has", "will"): a past form ("gloated", "shot") or a present one ("fires").
fn inflected_verb(a: &Analysis, s: usize, v: usize) -> Option<String> {
    let tok = a.tokens[s].get(v).filter(|t| t.is_word && !t.capitalized)?;
    let word = tok.text(a.text);
    let lemma = a.lx.verb_lemmas.get(word)?;
    if matches!(
        lemma.as_str(),
        "be" | "have" | "do" | "will" | "can" | "may" | "shall"
    ) {
        return None;
    }
    let lw = word.to_lowercase();
    let inflected = lw.ends_with("ed") || lw.ends_with('s') || a.lx.irregular_past.contains(&lw);
    inflected.then(|| lemma.clone())
}

/// `And Mr. Christie gloated: “…”`, `…, Rubio fired back forcefully: “…”`, `Trump issued the
/// following statement: ¶ “…”`: the clause that ends in the colon at token `colon` says who
/// speaks in the quote after it, whatever opens the sentence. Its verb is the inflected one
/// nearest the colon, a few words before it with no comma between ("fired back forcefully",
/// "issued the following statement"), and its subject a person or a body.
fn clause_before_colon(a: &Analysis, s: usize, colon: usize) -> Option<Attribution> {
    let toks = &a.tokens[s];
    if toks.get(colon).map(|t| t.text(a.text)) != Some(":") {
        return None;
    }
    // No one named between the verb and the colon: `imagined Lee was thinking:` is Lee's.
    let v = (colon.saturating_sub(5)..colon)
        .rev()
        .take_while(|&k| {
            toks[k].is_word && !a.in_quote(toks[k].span.start) && a.mention_at_token(s, k).is_none()
        })
        .find(|&k| inflected_verb(a, s, k).is_some())?;
    let lemma = inflected_verb(a, s, v)?;
    let found = subject_before(a, s, v).filter(|f| speaks(a, f.0) && !a.in_quote(f.1.start))?;
    (!subordinate(a, s, &found.1)).then(|| attribution(a, s, v, 1, lemma, found, 0.6))
}

/// `hoped that Lee wins the election: “…”`: the subject of a subordinate clause is not who
/// speaks in the quote after it.
fn subordinate(a: &Analysis, s: usize, subject: &Span) -> bool {
    let at = a.token_at(s, subject.start);
    at > 0 && SUBORDINATORS.contains(&a.lw(s, at - 1))
}

/// Words that open a subordinate clause before its subject.
const SUBORDINATORS: &[&str] = &[
    "that", "if", "whether", "because", "when", "while", "although", "though", "as", "after",
    "before", "since", "until", "unless",
];

/// `Bryne went on to say, “…”`, `Mr. Lee was prompted to say, “…”`, `Lee deflected questions
/// before saying, “…”`: a cue in the infinitive, or a gerund after a preposition, has the
/// subject of the verb it hangs on. The verb is looked for in the clause up to the cue, with no
/// one named in between (`Lee asked Ann Kim to say` is Kim's).
fn subject_of_chained_cue(a: &Analysis, s: usize, cue: usize) -> Option<(EntityId, Span)> {
    let prev = a.lw(s, cue.checked_sub(1)?);
    let gerund = a.lw(s, cue).ends_with("ing")
        && matches!(
            prev,
            "before" | "after" | "upon" | "while" | "by" | "without"
        );
    if prev != "to" && !gerund {
        return None;
    }
    // The cue introduces the quote: a speech verb, then a comma or a colon, then the quote.
    let (_, n) = a.quote_verb(s, cue)?;
    let toks = &a.tokens[s];
    let introduces = matches!(a.word(s, cue + n), "," | ":")
        && a.text[toks[cue + n].span.end..]
            .trim_start()
            .starts_with(['“', '"', '\'', '‘']);
    if !introduces {
        return None;
    }
    let verb = |k: usize| {
        let w = a.lw(s, k);
        inflected_verb(a, s, k).is_some()
            || matches!(w, "was" | "were" | "is" | "are" | "has" | "had" | "have")
    };
    (cue.saturating_sub(10)..cue - 1)
        .rev()
        .take_while(|&k| {
            toks[k].is_word
                && !toks[k].capitalized
                && a.mention_at_token(s, k).is_none()
                && !a.in_quote(toks[k].span.start)
        })
        .filter(|&k| verb(k))
        .find_map(|k| subject_before(a, s, k))
        .filter(|found| speaks(a, found.0))
}

/// A sentence that names a speaker and a cue but says nothing itself, so that the quote after
/// it is what was said: "Bystrom agreed.", "Lau said in a statement.", "Mr. Kerry told
/// reporters on Monday:".
fn contentless_cue(a: &Analysis, s: usize) -> Option<Attribution> {
    let toks = &a.tokens[s];
    let j = (0..toks.len()).find(|&j| {
        !a.in_quote(toks[j].span.start) && a.quote_verb(s, j).is_some() && !a.is_noun_use(s, j)
    })?;
    let (cue, n) = a.quote_verb(s, j)?;
    let rest = &toks[j + n..];
    let words = rest.iter().filter(|t| t.is_word).count();
    let says_something = rest.iter().any(|t| {
        a.in_quote(t.span.start)
            || matches!(
                t.text(a.text).to_lowercase().as_str(),
                "that" | "whether" | "if" | "to" | ","
            )
    });
    let ends = rest.last().map(|t| t.text(a.text));
    if words > 6 || says_something || !matches!(ends, Some("." | ":")) {
        return None;
    }
    // "Stated Stone:", "Continued Lee:": the cue opens the sentence and the speaker follows it.
    let found = subject_before(a, s, j).or_else(|| {
        (j == 0)
            .then(|| person_heading_source_after(a, s, j + n - 1))
            .flatten()
    })?;
    Some(attribution(a, s, j, n, cue, found, 0.65))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quotes_in_paragraph(text, &(0..text.len()))
            .into_iter()
            .map(|(s, _, _)| &text[s])
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes_are_found() {
        assert_eq!(quoted("“We agreed,” Xi said."), ["We agreed,"]);
        assert_eq!(quoted("\"We agreed,\" Xi said."), ["We agreed,"]);
    }

    #[test]
    fn two_apostrophes_are_a_double_quote() {
        assert_eq!(
            quoted("''It's over,'' he said. ''We lost.''"),
            ["It's over,", "We lost."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quoted("Russia’s war and the countries’ harming, Xi’s view."),
            Vec::<&str>::new()
        );
        assert_eq!(
            quoted("He said 'no deal' was possible; it's over."),
            ["no deal"]
        );
    }

    #[test]
    fn single_quotes_inside_double_quotes_belong_to_the_quote() {
        assert_eq!(
            quoted("“They called it ‘madness’,” she said."),
            ["They called it ‘madness’,"]
        );
    }

    #[test]
    fn curly_quotes_inside_a_straight_quote_belong_to_it() {
        assert_eq!(
            quoted("\"LEE: It is like “Groundhog Day.” We start again."),
            ["LEE: It is like “Groundhog Day.” We start again."]
        );
        assert_eq!(
            quoted("\"It is like “Groundhog Day,”\" Lee said. “Again.”"),
            ["It is like “Groundhog Day,”", "Again."]
        );
    }

    #[test]
    fn a_paragraph_opened_with_a_closing_mark_is_a_quote() {
        assert_eq!(
            quoted("”We are tired of waiting. Nobody listens.” ― Ana Ruiz"),
            ["We are tired of waiting. Nobody listens."]
        );
        assert_eq!(quoted("He was ”fine”, he said."), Vec::<&str>::new());
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let text = "“This is the first part\n\nAnd the rest.";
        let p = 0..text.find("\n\n").unwrap();
        let q = quotes_in_paragraph(text, &p);
        assert_eq!(&text[q[0].0.clone()], "This is the first part");
        assert_eq!(q[0].2, None);
    }
}
