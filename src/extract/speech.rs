//! Reported (indirect) speech: `X said (that) …`, `…, X said.`, `according to X, …`.
//!
//! Entry: [`find_reported`] lists candidate clauses; the speaker is found at attribution time so
//! that pronouns can refer to earlier speakers.
//!
//! # Rationale
//! Only verbs that take a content clause count (say, warn, claim, …; not "call for" or
//! "pledge ties"), and the content must read like a clause: after `that`, or after say/tell/add
//! starting with a pronoun, article or name. A clause that is mostly a quotation is left to the
//! quote stage, and a cue that attributes a quote (`"…," Putin said at a briefing`) is not
//! reported speech.

use super::analysis::Analysis;
use super::coref::{object_after, subject_before};
use super::quote::Attribution;
use super::Span;

/// Lemmas of verbs that report speech with a content clause.
const REPORTING: &[&str] = &[
    "say",
    "tell",
    "add",
    "warn",
    "claim",
    "insist",
    "argue",
    "stress",
    "note",
    "explain",
    "declare",
    "announce",
    "assert",
    "report",
    "suggest",
    "acknowledge",
    "admit",
    "concede",
    "reply",
    "respond",
    "predict",
    "believe",
    "think",
    "complain",
    "caution",
    "confirm",
    "deny",
    "allege",
    "reveal",
    "indicate",
    "signal",
    "estimate",
    "maintain",
    "emphasize",
    "emphasise",
    "write",
    "tweet",
    "state",
    "vow",
    "promise",
    "recall",
    "observe",
    "conclude",
    "proclaim",
];

/// Verbs that take a clause without "that": "Putin said he …".
const BARE_CLAUSE: &[&str] = &["say", "tell", "add", "believe", "think"];

/// Words after a cue that are not the content: time, place of speaking, the addressee.
const AFTER_CUE_SKIP: &[&str] = &[
    "on",
    "twitter",
    "today",
    "yesterday",
    "reporters",
    "journalists",
    "him",
    "her",
    "them",
    "us",
    "me",
    "also",
    "again",
    "repeatedly",
    "publicly",
    "later",
    "earlier",
    "last",
    "week",
    "night",
];

/// Words a content clause can start with (after say/tell/add without "that").
const CLAUSE_STARTS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "these",
    "those", "his", "her", "its", "their", "our", "there", "no", "some", "any", "all", "both",
    "russia", "china",
];

/// Words that end a content clause: ", including …", "; …".
const BREAKERS: &[&str] = &[
    "including",
    "adding",
    "saying",
    "according",
    "while",
    "which",
    "a",
    "an",
    "but",
];

/// A reported-speech candidate.
#[derive(Debug, Clone)]
pub struct RawReported {
    pub sentence: usize,
    /// Token index of the cue verb.
    pub cue_tok: usize,
    pub cue_len: usize,
    pub cue: String,
    pub content: Span,
    /// "…, X said": the speaker comes before the cue and after the content.
    pub trailing: bool,
    /// "according to X": speaker after "to".
    pub according: bool,
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

fn end_of_content(a: &Analysis, s: usize, from: usize) -> usize {
    let toks = &a.tokens[s];
    let mut end = toks.last().map_or(from, |t| t.span.end);
    for j in a.token_at(s, from)..toks.len() {
        let w = toks[j].text(a.text);
        if a.in_quote(toks[j].span.start) {
            continue;
        }
        if matches!(w, ";" | "—" | "–") {
            end = toks[j].span.start;
            break;
        }
        if w == "," {
            let next = toks
                .get(j + 1)
                .map(|t| t.text(a.text).to_lowercase())
                .unwrap_or_default();
            if BREAKERS.contains(&next.as_str()) || a.speech_verb(s, j + 1).is_some() {
                end = toks[j].span.start;
                break;
            }
            // ", TASS reported": a trailing attribution of its own.
            if (j + 2..(j + 8).min(toks.len())).any(|k| a.speech_verb(s, k).is_some()) {
                let between_has_mention = a.mention_at_token(s, j + 1).is_some();
                if between_has_mention {
                    end = toks[j].span.start;
                    break;
                }
            }
        }
    }
    // Drop a final period.
    let text = &a.text[from..end];
    let trimmed = text.trim_end_matches(['.', ' ', '”', '"', ',']);
    from + trimmed.len()
}

/// Finds reported-speech clauses.
pub fn find_reported(a: &Analysis) -> Vec<RawReported> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for j in 0..toks.len() {
            if a.in_quote(toks[j].span.start) {
                continue;
            }
            let w = a.lower(s, j);
            if w == "according" && toks.get(j + 1).is_some_and(|t| t.text(a.text) == "to") {
                // "According to X, content."
                if let Some(comma) =
                    (j + 2..toks.len().min(j + 12)).find(|&k| toks[k].text(a.text) == ",")
                {
                    if let Some(next) = toks.get(comma + 1) {
                        let content = next.span.start..end_of_content(a, s, next.span.start);
                        if content.len() > 10 && quoted_share(a, &content) < 0.5 {
                            out.push(RawReported {
                                sentence: s,
                                cue_tok: j,
                                cue_len: 2,
                                cue: "say".into(),
                                content,
                                trailing: false,
                                according: true,
                            });
                        }
                    }
                }
                continue;
            }
            let Some((lemma, n)) = a.speech_verb(s, j) else {
                continue;
            };
            if !REPORTING.contains(&lemma.as_str()) {
                continue;
            }
            // A cue right after a closing quote attributes that quote.
            let before = &a.text[a.seg.sentences[s].start..toks[j].span.start];
            let opens_with_quote = before.trim_start().starts_with(['“', '"', '‘']);
            let attributes_quote = opens_with_quote && {
                let b = before.trim_end();
                // "”, Putin said" or "” Putin said" within a few words.
                let last_quote = b.rfind(['”', '"']);
                last_quote.is_some_and(|q| {
                    b[q..].split_whitespace().count() <= 6 && !b[q..].contains('.')
                })
            };
            if attributes_quote {
                continue;
            }
            // Trailing: "Content, X said." — the subject comes right after a comma.
            if let Some((_, subj)) = subject_before(a, s, j) {
                let mut subj_tok = a.token_at(s, subj.start);
                // Walk back over the speaker's titles: ", Kremlin aide Yuri Ushakov said".
                while subj_tok > 0 && subj_tok + 6 > a.token_at(s, subj.start) {
                    let prev = &toks[subj_tok - 1];
                    let w = prev.text(a.text);
                    let title_like = prev.capitalized
                        || a.mention_at_token(s, subj_tok - 1).is_some()
                        || matches!(
                            w,
                            "aide"
                                | "spokesman"
                                | "spokeswoman"
                                | "official"
                                | "the"
                                | "a"
                                | "minister"
                                | "leader"
                                | "chief"
                                | "secretary"
                                | "president"
                                | "adviser"
                                | "’s"
                                | "'s"
                        );
                    if w == "," || !title_like {
                        break;
                    }
                    subj_tok -= 1;
                }
                // The comma may sit inside a closing quote: `… the “Ukraine crisis,” the
                // ministry said`.
                let comma = match subj_tok.checked_sub(1).map(|k| toks[k].text(a.text)) {
                    Some(",") => Some(subj_tok - 1),
                    Some("”" | "\"") if subj_tok >= 2 && toks[subj_tok - 2].text(a.text) == "," => {
                        Some(subj_tok - 2)
                    }
                    _ => None,
                };
                if let Some(comma) = comma.filter(|_| subj_tok >= 4) {
                    let content = a.seg.sentences[s].start..toks[comma].span.start;
                    let content = trim_quotes(a, content);
                    // "Earlier this week, Microsoft said …" or "The Shadow Secretary …, Theresa
                    // May, said": an opening phrase, not something said.
                    if !reads_like_clause(a, &content) {
                        // Fall through to the forward pattern.
                    } else if quoted_share(a, &content) < 0.5 {
                        out.push(RawReported {
                            sentence: s,
                            cue_tok: j,
                            cue_len: n,
                            cue: lemma.clone(),
                            content,
                            trailing: true,
                            according: false,
                        });
                        continue;
                    } else {
                        continue;
                    }
                }
            }
            // Forward: "X said (that) content".
            let mut k = j + n;
            let mut skipped_object = false;
            while k < toks.len() {
                let lw = a.lower(s, k);
                if AFTER_CUE_SKIP.contains(&lw.as_str())
                    || super::time::is_calendar_word(&lw)
                    || lw.chars().all(|c| c.is_ascii_digit())
                {
                    k += 1;
                    continue;
                }
                // "told the BBC", "told Reuters": the addressee.
                if lemma == "tell" && !skipped_object {
                    if let Some(mi) = a.mention_at_token(s, k) {
                        k = a.token_at(s, a.mentions[mi].span.end);
                        skipped_object = true;
                        continue;
                    }
                }
                break;
            }
            // "told a news briefing that …": the words before a near "that" are not content.
            if let Some(that) = (k..toks.len().min(k + 6)).find(|&m| a.lower(s, m) == "that") {
                // Not when the words before "that" are a clause of their own ("it was aware that").
                let plain = (k..that).all(|m| {
                    let w = a.lower(s, m);
                    w != ","
                        && !a.in_quote(toks[m].span.start)
                        && a.speech_verb(s, m).is_none()
                        && !matches!(
                            w.as_str(),
                            "he" | "she"
                                | "it"
                                | "they"
                                | "we"
                                | "i"
                                | "is"
                                | "was"
                                | "are"
                                | "were"
                                | "has"
                                | "have"
                                | "had"
                                | "will"
                                | "would"
                        )
                });
                if plain {
                    k = that;
                }
            }
            // "said in a statement it is …", "told reporters at a news conference that …".
            if toks
                .get(k)
                .is_some_and(|t| matches!(t.text(a.text), "in" | "at" | "during"))
            {
                if let Some(next) = (k + 1..toks.len().min(k + 7)).find(|&m| {
                    let w = a.lower(s, m);
                    w == "that"
                        || (matches!(w.as_str(), "he" | "she" | "it" | "they" | "we") && m > k + 2)
                }) {
                    k = next;
                }
            }
            let Some(first) = toks.get(k) else { continue };
            let first_word = first.text(a.text).to_lowercase();
            // "he’d", "it’s": the pronoun before a contraction starts the clause.
            let first_word = first_word
                .split(['’', '\''])
                .next()
                .unwrap_or_default()
                .to_string();
            let (content_start, has_that) = if first_word == "that" {
                match toks.get(k + 1) {
                    Some(t) => (t.span.start, true),
                    None => continue,
                }
            } else {
                (first.span.start, false)
            };
            if !has_that {
                let starts_clause = CLAUSE_STARTS.contains(&first_word.as_str())
                    || (a.mention_at_token(s, k).is_some() && first.capitalized);
                if !BARE_CLAUSE.contains(&lemma.as_str()) || !starts_clause {
                    continue;
                }
            }
            let first_char = a.text[content_start..].chars().next().unwrap_or(' ');
            if matches!(first_char, '“' | '"' | ':' | ',') {
                continue;
            }
            let content = content_start..end_of_content(a, s, content_start);
            if content.len() < 8 || quoted_share(a, &content) >= 0.5 {
                continue;
            }
            out.push(RawReported {
                sentence: s,
                cue_tok: j,
                cue_len: n,
                cue: lemma,
                content,
                trailing: false,
                according: false,
            });
        }
    }
    out
}

/// Whether a span reads like a clause rather than a name or an opening phrase: at least five
/// words, two of them lower-case content words.
fn reads_like_clause(a: &Analysis, span: &Span) -> bool {
    let toks = super::token::tokenize(a.text, span.clone());
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.text(a.text))
        .collect();
    let content_words = words
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
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
    let ends_with_role = words.last().is_some_and(|w| {
        let w = w.to_lowercase();
        super::coref::ROLE_NOUNS.contains(&w.as_str())
    });
    words.len() >= 5 && content_words >= 2 && !opens_with_preposition && !ends_with_role
}

fn trim_quotes(a: &Analysis, span: Span) -> Span {
    let s = &a.text[span.clone()];
    let trimmed = s.trim_end_matches([',', ' ', '”', '"']);
    span.start..span.start + trimmed.len()
}

/// Finds the speaker of a reported-speech clause.
pub fn attribute_reported(a: &Analysis, r: &RawReported) -> Attribution {
    let toks = &a.tokens[r.sentence];
    let found = if r.according {
        object_after(a, r.sentence, r.cue_tok + 1, 5)
    } else {
        subject_before(a, r.sentence, r.cue_tok)
    };
    let Some((speaker, span)) = found else {
        return Attribution::default();
    };
    Attribution {
        speaker: Some(speaker),
        speaker_span: Some(span),
        cue: Some(r.cue.clone()),
        cue_span: Some(toks[r.cue_tok].span.start..toks[r.cue_tok + r.cue_len - 1].span.end),
        anchor: Some(toks[r.cue_tok].span.start),
        confidence: 0.8,
    }
}
