//! Who a phrase refers to: definite descriptions, pronouns, and the subject or object of a verb.
//!
//! Entries: [`find_descriptors`] adds mentions for descriptions such as "the Russian president"
//! or "Washington's top diplomat"; [`subject_before`] and [`object_after`] find who acts and who
//! is acted on around a verb; [`resolve_pronoun`] finds who "he", "she", "it" or "they" is.
//!
//! # Rationale
//! A description is resolved first from what the article itself says about its people (their
//! roles), then from the dated office-holders table: "the Kremlin leader" in a 2023 article is
//! whoever led Russia on the article's date.

use super::analysis::{Analysis, MentionInfo};
use super::token::strip_possessive;
use super::{Entity, EntityId, EntityKind, Gender, Mention, MentionKind, Role, Span};
use crate::lexicon::{Lexicon, TriggerPattern};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Offices news calls "the leader" of a country.
const LEADER_TITLES: &[&str] = &[
    "President",
    "Prime Minister",
    "Chancellor",
    "Premier",
    "General Secretary",
    "King",
    "Queen",
    "Supreme Leader",
    "leader",
];

/// Words that may stand between a subject and its verb: "Putin on Tuesday backed",
/// "Danilov also that day said", "NATO meanwhile said", "has likely requested".
const SKIPPABLE: &[&str] = &[
    "expected",
    "due",
    "set",
    "scheduled",
    "poised",
    "going",
    "plans",
    "planned",
    "intends",
    "hopes",
    "wants",
    "expects",
    "seeks",
    "trying",
    "able",
    "ready",
    "also",
    "meanwhile",
    "later",
    "earlier",
    "again",
    "then",
    "now",
    "today",
    "yesterday",
    "recently",
    "separately",
    "however",
    "too",
    "has",
    "have",
    "had",
    "reportedly",
    "publicly",
    "repeatedly",
    "previously",
    "once",
    "last",
    "this",
    "next",
    "week",
    "month",
    "year",
    "on",
    "morning",
    "afternoon",
    "evening",
    "night",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "not",
    "n't",
    "never",
    "already",
    "just",
    "still",
    "even",
    "first",
    "finally",
    "himself",
    "herself",
    "themselves",
    "itself",
    "likely",
    "to",
    "and",
    "has",
    "had",
    "tonight",
    "weekend",
    "further",
    "long",
    "always",
    "often",
    "sometimes",
    "ever",
    "since",
    "soon",
    "week's",
    "nevertheless",
    "nonetheless",
    "instead",
    "thus",
    "indeed",
    "therefore",
    "twice",
    "very",
    "quite",
    "both",
    "itself",
];

/// The preposition opening a span of time that ends at token `last` ("in recent years", "over
/// the past two decades", "for months"): a plural unit of time, or "past", after "in", "over",
/// "for" or "during" and at most three words of quantity or recency.
fn time_span_opening(a: &Analysis, sentence: usize, last: usize) -> Option<usize> {
    const UNITS: &[&str] = &["years", "months", "weeks", "decades", "days", "past"];
    const BETWEEN: &[&str] = &[
        "recent", "the", "past", "last", "few", "two", "three", "four", "five", "several", "many",
    ];
    if !UNITS.contains(&a.lower(sentence, last).as_str()) {
        return None;
    }
    let open = (last.saturating_sub(4)..last).rev().find(|&k| {
        matches!(
            a.lower(sentence, k).as_str(),
            "in" | "over" | "for" | "during"
        )
    })?;
    (open + 1..last)
        .all(|k| BETWEEN.contains(&a.lower(sentence, k).as_str()))
        .then_some(open)
}

/// Where a span of time counted back ends at token `last` ("less than two weeks ago", "a few
/// days ago") opens, so that it can stand between a subject and its verb.
pub fn ago_phrase_start(a: &Analysis, sentence: usize, last: usize) -> Option<usize> {
    const AGO_WORDS: &[&str] = &[
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
        "decades", "decade", "minutes", "a", "an", "few", "several", "couple", "of", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "less", "more", "than",
        "about", "just", "only", "some", "nearly", "almost",
    ];
    if a.lower(sentence, last) != "ago" {
        return None;
    }
    let mut k = last;
    while k > 0 && last - k < 7 && {
        let w = a.lower(sentence, k - 1);
        AGO_WORDS.contains(&w.as_str()) || w.chars().all(|c| c.is_ascii_digit())
    } {
        k -= 1;
    }
    (k < last).then_some(k)
}

/// Whether a word may stand between a subject and its verb (adverbs, auxiliaries, dates).
pub fn is_skippable(word: &str) -> bool {
    let w = word.to_lowercase();
    SKIPPABLE.contains(&w.as_str())
        || super::time::is_calendar_word(&w)
        || w.chars().all(|c| c.is_ascii_digit())
        || (w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_alphabetic))
}

/// Words that open an introductory phrase before a sentence's subject.
const INTRODUCERS: &[&str] = &[
    "after",
    "before",
    "during",
    "following",
    "despite",
    "in",
    "on",
    "at",
    "since",
    "while",
    "when",
    "as",
    "although",
    "though",
    "if",
    "amid",
    "for",
    "with",
    "without",
    "alongside",
    "like",
    "unlike",
    "because",
    "until",
    "upon",
    "once",
    "earlier",
    "later",
];

/// Unnamed people who speak for an organisation: "a Kremlin spokesman said".
const SPOKESPEOPLE: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "source",
    "sources",
    "official",
    "officials",
    "aide",
    "aides",
    "statement",
    "representative",
    "representatives",
];

/// Whether a noun names those who speak for a body ("officials", "a spokesman").
pub fn speaks_for_body(noun: &str) -> bool {
    SPOKESPEOPLE.contains(&noun)
}

/// Whether an unnamed source is brought in after the sentence holding byte `from` and before
/// byte `to` by an indefinite phrase ending in one of `heads` next to a verb of saying: `"…," a
/// spokeswoman said`, "said a senior official". A later "she" or "the spokeswoman" is that
/// source, not someone named before it; but in "Clinton, a top aide said, is confident, and
/// she …" the source speaks about the one named in its own sentence.
fn unnamed_source_between(a: &Analysis, heads: &[&str], from: usize, to: usize) -> bool {
    if heads.is_empty() {
        return false;
    }
    let (Some(first), Some(last)) = (a.sentence_of(from), a.sentence_of(to)) else {
        return false;
    };
    (first + 1..=last).any(|s| {
        let toks = &a.tokens[s];
        (1..toks.len()).any(|k| {
            let t = &toks[k];
            if t.span.start < from || t.span.end > to || a.in_quote(t.span.start) {
                return false;
            }
            if !heads.contains(&a.lw(s, k)) {
                return false;
            }
            // "a spokeswoman", "an official", "a senior BBC official": up to two modifiers.
            let Some(det) = (k.saturating_sub(3)..k)
                .rev()
                .take_while(|&m| toks[m].is_word)
                .find(|&m| matches!(a.lw(s, m), "a" | "an"))
            else {
                return false;
            };
            // "a spokeswoman, Ann Hale," or "spokeswoman Ann Hale": named after all.
            let named = toks.get(k + 1).is_some_and(|t| t.capitalized && t.is_word)
                || (a.word(s, k + 1) == ","
                    && toks.get(k + 2).is_some_and(|t| t.capitalized && t.is_word));
            // "a man claiming allegiance to": a participle describes, it brings in no source.
            let finite = |m: usize| a.speech_verb(s, m).is_some() && !a.lw(s, m).ends_with("ing");
            // "a spokesman for the Home Office said": the body spoken for stands between.
            let mut after = k + 1;
            if matches!(a.lw(s, after), "for" | "at" | "of" | "from") {
                after += 1;
                while after < toks.len() && after < k + 9 && toks[after].is_word && !finite(after) {
                    after += 1;
                }
            }
            let speaks = finite(after) || (det > 0 && finite(det - 1));
            speaks && !named
        })
    })
}

/// The words that bring in an unnamed source "she" (or "he") can stand for.
fn unnamed_source_heads(gender: Gender) -> &'static [&'static str] {
    match gender {
        Gender::Female => &["spokeswoman", "spokesperson", "official", "aide", "woman"],
        Gender::Male => &["spokesman", "spokesperson", "official", "aide", "man"],
        _ => &[],
    }
}

/// Role nouns that mark an apposition: "John Kirby, a spokesman for …,".
pub const ROLE_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "secretary",
    "leader",
    "chairman",
    "chairwoman",
    "chief",
    "director",
    "president",
    "head",
    "member",
    "mp",
    "senator",
    "official",
    "adviser",
    "advisor",
    "analyst",
    "professor",
    "economist",
    "lawyer",
    "ambassador",
    "governor",
    "mayor",
    "executive",
    "founder",
    "editor",
    "correspondent",
    "commissioner",
    "deputy",
    "contributor",
    "columnist",
    "reporter",
    "judge",
    "attorney",
    "strategist",
    "pollster",
    "historian",
    "manager",
    "aide",
    "journalist",
    "activist",
    "expert",
    "scholar",
    "researcher",
    "consultant",
    "lawmaker",
    "legislator",
    "congressman",
    "congresswoman",
    "commentator",
    "operative",
    "organizer",
    "organiser",
    // "Clinton ally James Carville", "Trump supporter Ann Lee": one who sides with the name
    // before is the person named after.
    "ally",
    "supporter",
    "backer",
    "surrogate",
    "confidant",
    "confidante",
    "loyalist",
    "donor",
    "staffer",
    // "former Bush speechwriter Ann Lee", "Democratic rival Ann Lee": other posts and sides a
    // name before them qualifies.
    "speechwriter",
    "biographer",
    "lobbyist",
    "envoy",
    "negotiator",
    "counselor",
    "counsellor",
    "rival",
    "challenger",
    "opponent",
];

/// Pronouns and the kinds of entity they can stand for.
fn pronoun_kind(word: &str) -> Option<(bool, Gender)> {
    // (is_person, gender); non-person pronouns stand for organisations and countries.
    // "He’s predicted …", "they’ve said …": the pronoun of a contraction.
    let lower = word.to_lowercase();
    let base = lower.split(['’', '\'']).next().unwrap_or_default();
    match base {
        "he" | "him" | "his" => Some((true, Gender::Male)),
        "she" | "her" => Some((true, Gender::Female)),
        "it" | "its" | "they" | "them" | "their" => Some((false, Gender::Unknown)),
        _ => None,
    }
}

fn compatible(e: &Entity, person: bool, gender: Gender) -> bool {
    if person {
        e.kind == EntityKind::Person
            && (gender == Gender::Unknown || e.gender == Gender::Unknown || e.gender == gender)
    } else {
        matches!(e.kind, EntityKind::Organization | EntityKind::Country)
    }
}

/// Whether a mention stands after a preposition of place or direction ("on the London Stock
/// Exchange", "in Paris", "to Brussels").
fn after_preposition(a: &Analysis, m: &super::Mention) -> bool {
    let Some(s) = a.sentence_of(m.span.start) else {
        return false;
    };
    let mut k = a.token_at(s, m.span.start);
    if k > 0 && a.lower(s, k - 1) == "the" {
        k -= 1;
    }
    // "shares in Phytopharm", "a stake in Umbro": the company itself.
    let holding = k > 1 && matches!(a.lower(s, k - 2).as_str(), "shares" | "stake" | "stakes");
    k > 0
        && !holding
        && matches!(
            a.lower(s, k - 1).as_str(),
            "on" | "in" | "at" | "from" | "to" | "into" | "across" | "with" | "for"
        )
}

/// Who a pronoun at byte `pos` refers to.
pub fn resolve_pronoun(a: &Analysis, pos: usize, pronoun: &str) -> Option<EntityId> {
    let (person, gender) = pronoun_kind(pronoun)?;
    let pos = past_opening_participle(a, pos);
    // "Ms. Lee was shocked, she said": a person may speak of herself by name; a body's "it"
    // reports on others.
    let pos = if person {
        pos
    } else {
        before_reported_words(a, pos)
    };
    let paragraph_of = |byte: usize| a.paragraph_of(byte);
    let here = paragraph_of(pos)?;
    // The last speaker within `within` paragraphs, and where their statement starts.
    let last_speaker_at = |within: usize| {
        let last = a.last_spoken_before(pos)?;
        let speaker = last.speaker?;
        let p = paragraph_of(last.span.start).unwrap_or(0);
        (here - p.min(here) <= within && compatible(&a.entities[speaker], person, gender))
            .then_some((speaker, last.span.start))
    };
    // Compatible mentions before the pronoun, outside quotes and captions, within `within`
    // paragraphs; for "he" and "she", someone known to be of that gender first.
    let nearest = |within: usize| {
        // "the Palestinian economy … It also called on …": a nationality word names no body
        // an "it" or "they" can stand for.
        let candidates = || {
            a.mentions_before(pos, within)
                .filter(|m| person || m.kind != MentionKind::Demonym)
                .map(|m| m.entity)
                .filter(|&e| compatible(&a.entities[e], person, gender))
        };
        if person && gender != Gender::Unknown {
            if let Some(e) = candidates().rfind(|&e| a.entities[e].gender == gender) {
                return Some(e);
            }
        }
        // "Shares in Phytopharm fell on the London Stock Exchange after it said …": "it" is
        // rather an actor than a name after "on", "in" or "at".
        if !person {
            let actor = a
                .mentions_before(pos, within)
                .filter(|m| m.kind != MentionKind::Demonym)
                .filter(|m| compatible(&a.entities[m.entity], person, gender))
                .rfind(|m| !after_preposition(a, m));
            if let Some(m) = actor {
                return Some(m.entity);
            }
        }
        candidates().next_back()
    };
    // "Five unions will hold talks. They want …": after a sentence whose subject is an
    // unnamed plural, an opening "they" is those people, not a body named nearby.
    if matches!(pronoun.to_lowercase().as_str(), "they" | "them" | "their")
        && after_unnamed_plural_subject(a, pos)
    {
        return None;
    }
    // This sentence's speaker ("Snecma said it plans …"), this paragraph's last speaker,
    // then whoever this paragraph last named, then the last speaker of the two paragraphs
    // before, then anyone named in the three before.
    let found = subject_of_speech_before(a, pos)
        .filter(|&e| compatible(&a.entities[e], person, gender))
        .or_else(|| {
            person
                .then(|| previous_subject_person(a, pos, gender))
                .flatten()
        })
        .or_else(|| {
            // "Under the plan - which the paper said was near - …. Fiat owns a stake in
            // Ferrari. It considered floating it": a body's "it" that does not speak carries
            // on the sentence before, when the paragraph's last report came before that.
            let speaker = last_speaker_at(0);
            let told_since = !person
                && speaker.is_some_and(|(_, said)| {
                    let (Some(s), Some(at)) = (a.sentence_of(pos), a.sentence_of(said)) else {
                        return false;
                    };
                    let k = a.token_at(s, pos);
                    let speaks = (k + 1..k + 3).any(|m| a.speech_verb(s, m).is_some());
                    // The subject opens the sentence before ("Fiat owns …", "And TCI, which …"),
                    // not a name after its verb ("Among those targeted are Bank of America").
                    let opening = s.checked_sub(1).and_then(|p| {
                        let (_, span) = sentence_subject(a, p)?;
                        Some(a.token_at(p, span.start) <= 1)
                    });
                    at + 1 < s && !speaks && opening == Some(true)
                });
            let previous = told_since.then(|| previous_subject(a, pos)).flatten();
            previous.or(speaker.map(|(e, _)| e))
        })
        .or_else(|| (!person).then(|| previous_subject(a, pos)).flatten())
        .or_else(|| nearest(0))
        .or_else(|| {
            // "… Mr Kahn said. [¶] Mr Makarov joined the KGB in 1970. [¶] He spied for MI6":
            // a person the story has since gone on to tell of, as a sentence's subject, rather
            // than the speaker before.
            let speaker = last_speaker_at(2);
            let subject = person
                .then(|| latest_person_subject(a, pos, gender, 2))
                .flatten();
            // Only a subject of a later paragraph than the speaker's: within the speaker's own
            // paragraph a sentence on someone else is background ("Jo Hale told the senator she
            // drove from Ohio. The senator backs the bill. [¶] “…,” she said"). Someone quoted
            // since the subject, even unnamed, keeps the speaker rule.
            // (A statement around the pronoun is the one whose speaker is being looked for.)
            let quoted = a
                .last_statement_before(pos)
                .filter(|st| st.span.end <= pos)
                .map(|st| st.span.start);
            match (speaker, subject) {
                (Some((_, said)), Some((e, told)))
                    if paragraph_of(told) > paragraph_of(said)
                        && quoted.is_none_or(|q| told > q) =>
                {
                    Some(e)
                }
                (None, Some((e, told))) if quoted.is_none_or(|q| told > q) => Some(e),
                (speaker, _) => speaker.map(|(e, _)| e),
            }
        })
        .or_else(|| nearest(3))?;
    if person && talked_about_after_unnamed_source(a, found, pos) {
        return None;
    }
    // "Ann Hale will host it. “…,” a spokeswoman said. She added …": the unnamed source
    // brought in since the person was last named.
    let last_named = a
        .mentions_before(pos, 3)
        .rfind(|m| m.entity == found)
        .map(|m| m.span.end);
    let heads = unnamed_source_heads(gender);
    if last_named.is_some_and(|from| unnamed_source_between(a, heads, from, pos)) {
        return None;
    }
    Some(found)
}

/// Whether person `e` is named in the paragraph of byte `pos` only inside reported words, after
/// an unnamed source described by a role spoke there: in "“…,” the opposition leader said. Mr
/// Dobbs's plan was slow, he added", the "he" who adds is that source, not Dobbs, whom the
/// source talks about. Only for a pronoun that is the subject of a verb of saying.
fn talked_about_after_unnamed_source(a: &Analysis, e: EntityId, pos: usize) -> bool {
    let (Some(here), Some(s)) = (a.paragraph_of(pos), a.sentence_of(pos)) else {
        return false;
    };
    // Only the "he" who speaks: "he added", "he also said" (not "when he visits").
    let k = a.token_at(s, pos);
    if (k + 1..k + 3).all(|v| a.speech_verb(s, v).is_none()) {
        return false;
    }
    let source = a.statements.iter().rfind(|st| {
        let described = st.speaker_span.as_ref().is_some_and(|span| {
            let words = &a.text[span.clone()];
            let head = words.rsplit(' ').next().unwrap_or_default().to_lowercase();
            words.contains(' ') && ROLE_NOUNS.contains(&head.as_str())
        });
        st.speaker.is_none()
            && described
            && st.cue_span.as_ref().is_some_and(|c| c.end <= pos)
            && a.paragraph_of(st.span.start) == Some(here)
    });
    let Some(source) = source else {
        return false;
    };
    // The words a trailing "…, he added" reports are not yet a statement of the layer.
    let own_words = before_reported_words(a, pos);
    let reported = |m: &Mention| {
        (own_words < pos && m.span.start >= own_words)
            || !a.statements_covering(m.span.start, m.span.end).is_empty()
    };
    let mut named = a
        .mentions_before(pos, 0)
        .filter(|m| m.entity == e)
        .peekable();
    named.peek().is_some() && named.all(|m| m.span.start > source.span.start && reported(m))
}

/// Whether the pronoun at byte `pos` opens its sentence and the sentence before, in the same
/// paragraph, opens with an unnamed plural subject and its verb ("Five public sector unions
/// will hold talks", "Other groups have pledged to follow"), which the pronoun most likely
/// stands for.
fn after_unnamed_plural_subject(a: &Analysis, pos: usize) -> bool {
    let Some(s) = a.sentence_of(pos) else {
        return false;
    };
    let opens = a.tokens[s].first().is_some_and(|t| t.span.start == pos);
    if s == 0 || !opens || a.paragraph_of(pos) != a.paragraph_of(a.tokens[s - 1][0].span.start) {
        return false;
    }
    let prev = s - 1;
    let toks = &a.tokens[prev];
    let Some(head) = (0..toks.len().min(6)).find(|&k| {
        let w = a.lw(prev, k);
        // "Ministers say …": a common plural capitalised as the first word.
        let common = !toks[k].capitalized || k == 0 && a.lx.common_words.contains(w);
        common && super::analysis::looks_plural(w)
    }) else {
        return false;
    };
    // Only determiners, numbers and modifiers before the head, no name.
    let plain = (0..head).all(|k| toks[k].is_word && a.mention_at_token(prev, k).is_none());
    let verb = a.lw(prev, head + 1);
    plain
        && (matches!(
            verb,
            "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
                | "have"
                | "had"
                | "are"
                | "were"
                | "do"
                | "did"
                | "say"
                | "said"
                | "want"
        ) || verb.len() > 3 && verb.ends_with("ed"))
}

/// The subject of the sentence just before (in this paragraph or ending the one before), when
/// the pronoun at byte `pos` opens its own sentence: "Standard Life is the latest shareholder to express concern at
/// plans to buy the London Stock Exchange. It said …" → Standard Life, not the exchange named
/// last. Only an organisation or country, for "it".
fn previous_subject(a: &Analysis, pos: usize) -> Option<EntityId> {
    let s = a.sentence_of(pos)?;
    // "However, it also plans …": after one opening word and its comma too.
    let toks = &a.tokens[s];
    let opens = toks.first()?.span.start == pos
        || toks.len() > 2 && toks[0].is_word && a.word(s, 1) == "," && toks[2].span.start == pos;
    if s == 0 || !opens {
        return None;
    }
    let (e, span) = sentence_subject(a, s - 1)?;
    let e = main_subject(a, e, &span);
    matches!(
        a.entities[e].kind,
        EntityKind::Organization | EntityKind::Country
    )
    .then_some(e)
}

/// The subject of the sentence just before, when the "he" or "she" at byte `pos` opens its own
/// sentence and that subject is a person known to be of the pronoun's gender: "Tony Blair met
/// Jacques Chirac in Paris. He later …" → Blair, not Chirac named last. A subject pronoun
/// carries on the topic.
fn previous_subject_person(a: &Analysis, pos: usize, gender: Gender) -> Option<EntityId> {
    if gender == Gender::Unknown {
        return None;
    }
    let s = a.sentence_of(pos)?;
    if !opens_sentence(a, s, a.token_at(s, pos)) || a.in_quote(pos) {
        return None;
    }
    let e = previous_sentence_subject(a, s)?;
    let subject = &a.entities[e];
    (subject.kind == EntityKind::Person && subject.gender == gender).then_some(e)
}

/// The latest sentence subject before byte `pos`, within `within` paragraphs, that is a person
/// known to be of `gender`, and where that sentence starts. Only named subjects outside
/// quotations and photo captions count; at most a dozen sentences are looked at.
fn latest_person_subject(
    a: &Analysis,
    pos: usize,
    gender: Gender,
    within: usize,
) -> Option<(EntityId, usize)> {
    if gender == Gender::Unknown {
        return None;
    }
    let s = a.sentence_of(pos)?;
    let here = a.seg.sentence_paragraph[s];
    (s.saturating_sub(12)..s)
        .rev()
        .take_while(|&t| here - a.seg.sentence_paragraph[t].min(here) <= within)
        // A photo caption ("Jo Bell meets Ann Lee in Paris on 3 May.") tells of no one.
        .filter(|&t| !a.seg.is_caption(a.seg.sentence_paragraph[t]))
        .find_map(|t| {
            let (e, span) = sentence_subject(a, t)?;
            // "One of his fellow pupils was Vladimir Putin": a name after the verb is no
            // subject; the name must open the sentence or its clause after a comma, after
            // titles only ("The Cruz campaign" is a body's).
            let first = a.token_at(t, span.start);
            let opens = (0..first)
                .rev()
                .take_while(|&k| a.word(t, k) != ",")
                .all(|k| {
                    let w = a.lw(t, k);
                    (a.tokens[t][k].capitalized || w == "former")
                        && !matches!(w, "the" | "a" | "an")
                });
            if !opens || a.in_quote(span.start) {
                return None;
            }
            let e = main_subject(a, e, &span);
            let subject = &a.entities[e];
            (subject.kind == EntityKind::Person && subject.gender == gender)
                .then(|| (e, a.tokens[t].first().map_or(0, |tok| tok.span.start)))
        })
}

/// Whether token `k` opens sentence `s`, or follows only one opening word and its comma
/// ("However, the firm …").
fn opens_sentence(a: &Analysis, s: usize, k: usize) -> bool {
    let toks = &a.tokens[s];
    k == 0 || k == 2 && toks.len() > 2 && toks[0].is_word && a.word(s, 1) == ","
}

/// The subject of the sentence before `s` (news paragraphs are often one sentence long),
/// outside quotations.
fn previous_sentence_subject(a: &Analysis, s: usize) -> Option<EntityId> {
    let prev = s.checked_sub(1)?;
    let (e, span) = sentence_subject(a, prev)?;
    (!a.in_quote(span.start)).then(|| main_subject(a, e, &span))
}

/// The subject of a sentence's main clause, given the first subject found in it: when that
/// one opens words reported after it ("Ferrari could be listed, the Financial Times has
/// reported."), the source who reported them.
fn main_subject(a: &Analysis, first: EntityId, span: &Span) -> EntityId {
    a.statements_covering(span.start, span.end)
        .into_iter()
        .rev()
        .find_map(|i| a.statements[i].speaker)
        .unwrap_or(first)
}

/// The subject of a speech verb right before byte `pos` ("Snecma said it", "Mr Field says
/// that he"), whom a pronoun there most likely refers to.
fn subject_of_speech_before(a: &Analysis, pos: usize) -> Option<EntityId> {
    let s = a.sentence_of(pos)?;
    let k = a.token_at(s, pos);
    let verb = match k.checked_sub(1)? {
        j if a.lw(s, j) == "that" => j.checked_sub(1)?,
        j => j,
    };
    a.speech_verb(s, verb)?;
    subject_before(a, s, verb).map(|(e, _)| e)
}

/// Who a possessive pronoun at token `k` of a sentence refers to: the nearest compatible name
/// earlier in its own sentence ("Umbro announced its agreement with Chelsea"), else as
/// [`resolve_pronoun`] says.
pub fn resolve_possessive(a: &Analysis, sentence: usize, k: usize) -> Option<EntityId> {
    let toks = &a.tokens[sentence];
    let (pos, word) = (toks.get(k)?.span.start, a.word(sentence, k));
    let (person, gender) = pronoun_kind(word)?;
    let start = toks[0].span.start;
    a.mentions_before(pos, 0)
        .filter(|m| m.span.start >= start && !after_preposition(a, m))
        .filter(|m| person || m.kind != MentionKind::Demonym)
        .map(|m| m.entity)
        .rfind(|&e| compatible(&a.entities[e], person, gender))
        .or_else(|| resolve_pronoun(a, pos, word))
}

/// Nouns for news outlets, which a country or city before them only places: "the US daily".
pub(crate) const MEDIA_NOUNS: &[&str] = &[
    "daily",
    "newspaper",
    "paper",
    "magazine",
    "weekly",
    "tabloid",
    "website",
    "broadcaster",
    "network",
    "channel",
    "station",
    "outlet",
];

/// A US party and state tag: "R-Ky", "D-N.Y", "I-Vt" (the final period is its own token).
fn is_party_tag(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    matches!(parts.next(), Some("R" | "D" | "I"))
        && parts
            .next()
            .is_some_and(|state| state.chars().next().is_some_and(char::is_uppercase))
}

/// Participles that open a sentence whose subject does them: "Asked if Mr Lee could return,
/// he replied", "Speaking to Ms Roe, he said".
const OPENING_PARTICIPLES: &[&str] = &[
    "asked",
    "pressed",
    "questioned",
    "challenged",
    "speaking",
    "talking",
    "responding",
    "replying",
    "referring",
    "commenting",
    "reacting",
    "addressing",
];

/// For the source of a trailing attribution ("Ireland and Malta will grow fastest, it said.",
/// `“…,” he added`):
/// the start of its sentence, so that no name inside the words it reports is taken for it.
fn before_reported_words(a: &Analysis, pos: usize) -> usize {
    let Some(s) = a.sentence_of(pos) else {
        return pos;
    };
    let k = a.token_at(s, pos);
    // `…,” he added`: the comma may close a quotation first.
    let trailing = k > 1
        && (a.word(s, k - 1) == "," || a.quote_closed_after_comma(s, k - 1))
        && !a.in_quote(pos)
        && a.speech_verb(s, k + 1).is_some_and(|(_, n)| {
            matches!(
                a.lw(s, k + 1 + n),
                "" | "." | "," | "on" | "in" | "at" | "last" | "this" | "yesterday" | "today"
            )
        });
    if trailing {
        a.tokens[s][0].span.start
    } else {
        pos
    }
}

/// Where to look back from for the antecedent of a pronoun at `pos`: when the pronoun is the
/// subject right after an opening participial phrase, the phrase's own names are passed over
/// (the one asked about Mr Lee is not Mr Lee).
fn past_opening_participle(a: &Analysis, pos: usize) -> usize {
    let Some(s) = a.sentence_of(pos) else {
        return pos;
    };
    let toks = &a.tokens[s];
    let Some(first) = toks.iter().position(|t| t.is_word) else {
        return pos;
    };
    if !OPENING_PARTICIPLES.contains(&a.lower(s, first).as_str()) {
        return pos;
    }
    let comma = (first..toks.len()).find(|&k| a.word(s, k) == ",");
    match comma {
        Some(c) if toks.get(c + 1).is_some_and(|t| t.span.start == pos) => toks[first].span.start,
        _ => pos,
    }
}

/// The words of a role that the body named from token `body` completes and that its leader
/// holds ("the chief executive of Exxon", "the head of the agency"), not a role that speaks
/// for it ("a spokesman for"): their first token.
pub(super) fn leader_of_body(a: &Analysis, sentence: usize, body: usize) -> Option<usize> {
    let toks = &a.tokens[sentence];
    let mut k = body;
    if k > 0 && a.lower(sentence, k - 1) == "the" {
        k -= 1;
    }
    if k < 2 || !matches!(a.lower(sentence, k - 1).as_str(), "of" | "at") {
        return None;
    }
    let role = k - 2;
    let w = a.lower(sentence, role);
    let leads = toks[role].is_word
        && !SPOKESPEOPLE.contains(&w.as_str())
        && (ROLE_NOUNS.contains(&w.as_str())
            || a.lx.descriptor_roles.contains_key(w.as_str())
            || super::mention::title_at(a, sentence, role).is_some());
    if !leads {
        return None;
    }
    // "the former chief executive": the determiner and modifiers of the role.
    let start = (role.saturating_sub(3)..role)
        .rev()
        .take_while(|&m| {
            toks[m].is_word
                && (matches!(
                    a.lower(sentence, m).as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "former"
                        | "chief"
                        | "deputy"
                        | "acting"
                        | "senior"
                        | "vice"
                ) || ROLE_NOUNS.contains(&a.lower(sentence, m).as_str()))
        })
        .last()
        .unwrap_or(role);
    Some(start)
}

/// The person named before "of" (or "at") and the body that starts at token `body`: "Chris
/// Rowland of Barclays", "Paul Spedding of stockbroker Kleinwort Grieveson", "Ramon Diaz,
/// Chairman of the Presidential Commission", "Ann Lee, an economist at the bank".
fn person_of_body(a: &Analysis, sentence: usize, body: usize) -> Option<usize> {
    let toks = &a.tokens[sentence];
    // "of stockbroker", "of the", "at investment bank", "with": a few lower-case words before
    // the body.
    let works_for = |k: usize| matches!(a.lower(sentence, k).as_str(), "of" | "at" | "with");
    let mut k = body;
    while k > 0 && body - k < 3 && toks[k - 1].is_word && !toks[k - 1].capitalized {
        if works_for(k - 1) {
            break;
        }
        k -= 1;
    }
    if k < 2 || !works_for(k - 1) {
        return None;
    }
    let mut k = k - 1;
    // ", Chairman", ", a senior economist": a role set off after the name.
    let role_start = (k.saturating_sub(6)..k)
        .find(|&m| a.word(sentence, m) == "," && (m + 1..k).all(|r| toks[r].is_word));
    if let Some(comma) = role_start {
        let role = (comma + 1..k).any(|r| {
            let w = a.lower(sentence, r);
            ROLE_NOUNS.contains(&w.as_str())
                || a.lx.descriptor_roles.contains_key(w.as_str())
                || super::mention::title_at(a, sentence, r).is_some()
        });
        if !role {
            return None;
        }
        k = comma;
    }
    let pi = a.mention_at_token(sentence, k.checked_sub(1)?)?;
    let pm = &a.mentions[pi];
    (a.entities[pm.entity].kind == EntityKind::Person && pm.span.end == toks[k - 1].span.end)
        .then_some(pi)
}

/// Whether the quotation closing at token `close` ends a phrase set off by a comma after a
/// subject: ", citing “…”", ", who called it “…”", ", the author of “Going Viral,”" (no other
/// comma or mark before its opening).
pub(crate) fn quotation_ends_set_off_phrase(a: &Analysis, sentence: usize, close: usize) -> bool {
    let Some(open) = a.quote_opening(sentence, close) else {
        return false;
    };
    let Some(comma) = (open.saturating_sub(20)..open)
        .rev()
        .find(|&k| !a.tokens[sentence][k].is_word)
    else {
        return false;
    };
    let first = a.lower(sentence, comma + 1);
    let description = || {
        matches!(first.as_str(), "the" | "a" | "an")
            || a.word(sentence, comma + 1).starts_with(char::is_lowercase)
    };
    a.word(sentence, comma) == ","
        && comma + 1 < open
        && ((first.ends_with("ing") || matches!(first.as_str(), "who" | "which"))
            && open - comma <= 11
            // A description whose last words are a title ("the star of the show “The
            // Apprentice,”"): the quotation is that title.
            || description() && a.is_named_title(a.tokens[sentence][open].span.start))
}

/// The mention that the place or body starting at token `start` locates: the one right before
/// its "in", "at" or "on" (an article may stand between): "Acme" for "Glasgow" in "Ann Lee at
/// Acme in Glasgow".
fn located_before(a: &Analysis, sentence: usize, start: usize) -> Option<usize> {
    let start = if start >= 1 && a.lower(sentence, start - 1) == "the" {
        start - 1
    } else {
        start
    };
    let preposition = start.checked_sub(1)?;
    if !matches!(a.lower(sentence, preposition).as_str(), "in" | "at" | "on") {
        return None;
    }
    // "Alcan Aluminium Ltd. in Montreal": past the period of an abbreviated legal form.
    let mut before = preposition.checked_sub(1)?;
    if a.abbreviation_period(sentence, before) {
        before -= 1;
    }
    a.mention_at_token(sentence, before)
}

/// The first token of the place that an AP state abbreviation which is also a word ("Ill.",
/// "Mo."; `ambiguous_state_abbreviations.tsv`) follows, when token `j` is that abbreviation's
/// period or the comma closing it: "in Carthage, Ill., said".
fn place_before_ambiguous_state(a: &Analysis, sentence: usize, j: usize) -> Option<usize> {
    let period = if a.word(sentence, j) == "," {
        j.checked_sub(1)?
    } else {
        j
    };
    // Read on every step of the walk back from a verb: the cheap checks first.
    if a.word(sentence, period) != "." || a.word(sentence, period + 1) != "," {
        return None;
    }
    let abbreviation = period.checked_sub(1)?;
    let comma = abbreviation.checked_sub(1)?;
    let toks = &a.tokens[sentence];
    let state = a.word(sentence, comma) == ","
        && toks[abbreviation].span.end == toks[period].span.start
        && a.lx
            .ambiguous_states
            .contains_key(&format!("{}.", a.word(sentence, abbreviation)));
    if !state {
        return None;
    }
    let mi = a.mention_at_token(sentence, comma.checked_sub(1)?)?;
    let place = matches!(
        a.entities[a.mentions[mi].entity].kind,
        EntityKind::Place | EntityKind::Country
    );
    place.then(|| a.token_at(sentence, a.mentions[mi].span.start))
}

/// The entity acting as the subject of the verb at token `verb` of a sentence, with the span
/// of the words that name it. Not someone the subject is only close to: "Sources close to Ann
/// Lee said", "aides to Ann Lee said" speak for no one named.
pub fn subject_before(a: &Analysis, sentence: usize, verb: usize) -> Option<(EntityId, Span)> {
    subject_named_before(a, sentence, verb)
        .filter(|(_, span)| !associate_before(a, sentence, a.token_at(sentence, span.start)))
}

/// People described by their tie to someone named ("sources close to", "people familiar with",
/// "aides to", "friends of"): PolNeAR and readers take them as unnamed sources.
const ASSOCIATES: &[&str] = &[
    "aides",
    "aide",
    "allies",
    "ally",
    "friends",
    "friend",
    "associates",
    "associate",
    "advisers",
    "adviser",
    "advisors",
    "advisor",
    "confidants",
    "confidant",
    "relatives",
    "insiders",
];

/// Whether the name at token `first` follows such a tie: "[sources|people|a source] close to",
/// "[people] familiar with", "those around", "[aides|friends|allies] of|to".
fn associate_before(a: &Analysis, sentence: usize, first: usize) -> bool {
    // Past a title before the name: "close to Foreign Secretary Jack Straw", "to Ms Lee".
    let toks = &a.tokens[sentence];
    let mut first = first;
    for _ in 0..4 {
        let titled = first > 0
            && (toks[first - 1].capitalized && toks[first - 1].is_word
                || a.word(sentence, first - 1) == "." && first > 1);
        if !titled {
            break;
        }
        first -= 1;
    }
    if first < 2 {
        return false;
    }
    // "close to the …", "aides to his …": past a determiner.
    let determiner = matches!(a.lw(sentence, first - 1), "the" | "his" | "her" | "their");
    let at = if determiner && first >= 3 {
        first - 1
    } else {
        first
    };
    let (prep, head) = (a.lw(sentence, at - 1), a.lw(sentence, at - 2));
    match prep {
        "to" if matches!(head, "close" | "near") => true,
        "with" => head == "familiar",
        "around" => matches!(head, "those" | "people" | "sources"),
        "of" | "to" => ASSOCIATES.contains(&head),
        _ => false,
    }
}

/// The last token of a firm's name that a legal form ending at token `j` follows, when the
/// name is a mention without it: "Merrill Lynch" of "Merrill Lynch and Co Inc said".
fn legal_form_start(a: &Analysis, sentence: usize, j: usize) -> Option<usize> {
    let legal = |k: usize| a.lx.name_words.legal_suffix.contains(a.word(sentence, k));
    if a.mention_at_token(sentence, j).is_some() || !legal(j) {
        return None;
    }
    let mut k = j;
    while k > 0 && legal(k - 1) && a.mention_at_token(sentence, k - 1).is_none() {
        k -= 1;
    }
    if k > 0 && matches!(a.word(sentence, k - 1), "and" | "&") {
        k -= 1;
    }
    let name_end = k.checked_sub(1)?;
    a.mention_at_token(sentence, name_end)
        .filter(|&mi| a.entities[a.mentions[mi].entity].kind == EntityKind::Organization)
        .map(|_| name_end + 1)
}

fn subject_named_before(a: &Analysis, sentence: usize, verb: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[sentence];
    // "Lee was quoted in the Herald saying …": the subject of "was".
    let verb = super::speech::quoted_as(a, sentence, verb).unwrap_or(verb);
    let mut j = verb;
    while j > 0 {
        j -= 1;
        let w = a.word(sentence, j);
        // "Carole Bower, 75, a retiree in Carthage, Ill., said": the sentence opened with its
        // subject; where they live closes an aside.
        if let Some(place) = place_before_ambiguous_state(a, sentence, j) {
            if let Some(found) = opening_subject(a, sentence, place) {
                return Some(found);
            }
        }
        // "Sen. Bernie Sanders (I-Vt.) said": a parenthetical stands between name and verb;
        // "Citicorp <CCI> said": so does a wire's stock ticker.
        let bracket = match w {
            ")" => Some(("(", 10)),
            ">" => Some(("<", 12)),
            _ => None,
        };
        if let Some((opening, reach)) = bracket {
            if let Some(open) = (j.saturating_sub(reach)..j)
                .rev()
                .find(|&k| a.word(sentence, k) == opening)
            {
                // "<Tofutti Brands Inc> said", "Finland's <Kansallis-Osake-Pankki> said": the
                // wire's brackets round a company's name (in mixed case, unlike a ticker). One
                // of two firms ("Dow Chemical Co and <Woodward-Clyde> said they …") is left to
                // the reading of the pair.
                if w == ">" && !(open > 0 && matches!(a.lw(sentence, open - 1), "and" | "or")) {
                    if let Some(mi) = a.mention_at_token(sentence, open + 1) {
                        let m = &a.mentions[mi];
                        let name = &a.text[m.span.clone()];
                        if a.token_at(sentence, m.span.end) == j
                            && name.chars().any(char::is_lowercase)
                        {
                            return Some((m.entity, m.span.clone()));
                        }
                    }
                }
                j = open;
                continue;
            }
        }
        // "Byrne — who was posted at the door for three years — states": a dashed aside.
        if matches!(w, "—" | "–" | "-") {
            // "Jo Bell, the chief executive of Ora -- the firm that … -- told me": a dash
            // written as two hyphens is one dash.
            let close = a.run_start(sentence, j, |x| x == w);
            let open = (close.saturating_sub(30)..close)
                .rev()
                .find(|&k| a.word(sentence, k) == w)
                .map(|k| a.run_start(sentence, k, |x| x == w));
            if let Some(open) = open {
                // "A former candidate -- John McCain, who lost in 2008 -- said", "a major party
                // nominee -- the Republican Donald J. Trump -- questions": a description before
                // the dashes, and the person it describes named inside them.
                let mut inside = open;
                while a.word(sentence, inside) == w {
                    inside += 1;
                }
                let described = open > 0 && a.mention_at_token(sentence, open - 1).is_none();
                let named_inside = (inside..(inside + 4).min(close))
                    .take_while(|&k| toks[k].is_word)
                    .find_map(|k| a.mention_at_token(sentence, k))
                    .map(|mi| person_heading(a, sentence, mi).unwrap_or(mi))
                    .filter(|&mi| a.entities[a.mentions[mi].entity].kind == EntityKind::Person)
                    // One person, not a list ("-- Mr. Tribe, Ms. Epstein and Mr. Amar --"):
                    // the name closes the aside or opens its relative clause.
                    .filter(|&mi| {
                        let end = a.token_at(sentence, a.mentions[mi].span.end);
                        end == close
                            || a.word(sentence, end) == ","
                                && matches!(a.lower(sentence, end + 1).as_str(), "who" | "whose")
                    });
                if let Some(mi) = named_inside.filter(|_| described) {
                    let m = &a.mentions[mi];
                    return Some((m.entity, m.span.clone()));
                }
                // "Neil Sroka, director of the group - which … - said": a description set off
                // by a comma before the dashed aside is passed over too.
                let description = (open.saturating_sub(12)..open)
                    .rev()
                    .find(|&k| a.word(sentence, k) == ",")
                    .filter(|&c| {
                        let first = a.word(sentence, c + 1);
                        first.starts_with(char::is_lowercase) || matches!(first, "a" | "the")
                    });
                j = description.unwrap_or(open);
                continue;
            }
        }
        // `Mr. Manafort, citing “the magic of Trump,” said`, `X, who called it “a farce,”
        // said`: a set-off phrase whose quotation closes with the phrase's comma; the comma
        // inside the marks is read next.
        if a.quote_closed_after_comma(sentence, j) {
            let mark = a.closing_mark_start(sentence, j).unwrap_or(j);
            if quotation_ends_set_off_phrase(a, sentence, mark) {
                j = mark;
                continue;
            }
        }
        // "James B. Comey Jr. said": the period of an abbreviation closing the name.
        if w == "."
            && a.abbreviation_period(sentence, j)
            && a.mention_at_token(sentence, j - 1)
                .is_some_and(|mi| a.text[a.mentions[mi].span.clone()].contains(' '))
        {
            continue;
        }
        // "Merrill Lynch and Co Inc said": the legal form after a firm the gazetteer names
        // without it.
        if let Some(name_end) = legal_form_start(a, sentence, j) {
            j = name_end;
            continue;
        }
        // "Lord Butler of Brockwell said": a peer's territorial designation.
        if let Some(of) = super::mention::peer_designation_before(a, sentence, j) {
            j = of;
            continue;
        }
        // "Frank Field MP said": letters after the name.
        if super::mention::POSTNOMINALS.contains(&w)
            && j > 0
            && a.mention_at_token(sentence, j).is_none()
            && a.mention_at_token(sentence, j - 1).is_some()
        {
            continue;
        }
        if w == "," {
            // "Another Lee ally, Transport Secretary Tom Vale, told": the name set off after
            // its description is the subject.
            let named_between_commas = j >= 2
                && a.mention_at_token(sentence, j - 1).is_some_and(|mi| {
                    let m = &a.mentions[mi];
                    let first = a.token_at(sentence, m.span.start);
                    // Capitalised titles only between the opening comma and the name.
                    let open = (first.saturating_sub(4)..first)
                        .rev()
                        .find(|&k| !toks[k].is_word || !toks[k].capitalized);
                    // The words before the opening comma describe; they name no one.
                    let described = open.is_some_and(|c| {
                        a.word(sentence, c) == ","
                            && c >= 2
                            && a.mention_at_token(sentence, c - 1).is_none_or(|pm| {
                                a.entities[a.mentions[pm].entity].kind != EntityKind::Person
                            })
                    });
                    // "The firm, Paion, said": a body's name, one word or more.
                    // Only after a common noun ("The firm, Paion,"; not a list "Acme, Paion,").
                    let named = match a.entities[m.entity].kind {
                        EntityKind::Person => a.text[m.span.clone()].contains(' '),
                        // Not the paper a person edits: "Ann Lee, the editor of the newspaper,
                        // L'Osservatore Romano, said".
                        EntityKind::Organization => open.is_some_and(|c| {
                            c >= 1
                                && a.word(sentence, c - 1).starts_with(char::is_lowercase)
                                && (0..c).all(|t| {
                                    a.mention_at_token(sentence, t).is_none_or(|pm| {
                                        a.entities[a.mentions[pm].entity].kind != EntityKind::Person
                                    })
                                })
                        }),
                        _ => false,
                    };
                    m.kind == MentionKind::Name
                        && named
                        && m.span.end == toks[j - 1].span.end
                        && described
                });
            if named_between_commas {
                let mi = a.mention_at_token(sentence, j - 1).expect("checked above");
                let m = &a.mentions[mi];
                return Some((m.entity, m.span.clone()));
            }
            // Skip an appositive: "John Kirby, a spokesman for the NSC, tore into Xi".
            if let Some(k) = (0..j).rev().find(|&k| a.word(sentence, k) == ",") {
                let first = a.lower(sentence, k + 1);
                // "Mitch McConnell, R-Ky., said": a party and state tag.
                let party_tag = (k + 1..j).all(|m| {
                    let w = a.word(sentence, m);
                    w == "." || is_party_tag(w)
                }) && j > k + 1;
                // "Ms Roche, Labour MP for Hornsey and Wood Green, believes": a role inside.
                let has_role = (k + 1..j).any(|m| {
                    let w = a.word(sentence, m);
                    ROLE_NOUNS.contains(&w.to_lowercase().as_str())
                        || matches!(w, "MP" | "MEP" | "MSP")
                });
                // "China, Pyongyang's only ally, said": a description opened by an owner.
                // "Patti Davis, Ronald Reagan’s daughter, attacked": a name as the owner.
                let owner_opens = (k + 1..(k + 5).min(j))
                    .take_while(|&m| toks[m].capitalized)
                    .any(|m| {
                        let w = a.word(sentence, m);
                        (w.ends_with("'s") || w.ends_with("’s"))
                            && a.word(sentence, m + 1).starts_with(char::is_lowercase)
                    });
                // "Giovanni Maria Vian, the editor of the official newspaper, L'Osservatore
                // Romano, said": a body's name in apposition to the noun before it.
                // (A capitalised article may stand outside the name: "Il Corriere".)
                let body_apposition = k >= 1
                    && j > k + 1
                    && a.lx.org_nouns.contains_key(a.lw(sentence, k - 1))
                    && a.mention_at_token(sentence, j - 1).is_some_and(|mi| {
                        let m = &a.mentions[mi];
                        let start = a.token_at(sentence, m.span.start);
                        a.entities[m.entity].kind == EntityKind::Organization
                            && start <= k + 2
                            && (k + 1..start).all(|t| toks[t].capitalized)
                    });
                if matches!(
                    first.as_str(),
                    "a" | "an" | "the" | "who" | "which" | "whose"
                ) || owner_opens
                    || body_apposition
                    || a.word(sentence, k + 1)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
                    || has_role
                    || party_tag
                {
                    // "Lindsey Graham, R-S.C., a presidential candidate, said": a party tag may
                    // stand before the aside, between commas of its own.
                    // "Mike Shields, president of the Fund, a group allied with …, said": the
                    // comma opening this aside may close another one, so it is read again.
                    let tag_before =
                        (k.saturating_sub(2)..k).any(|m| is_party_tag(a.word(sentence, m)));
                    let person_at = |m: usize| {
                        a.mention_at_token(sentence, m).is_some_and(|mi| {
                            a.entities[a.mentions[mi].entity].kind == EntityKind::Person
                        })
                    };
                    let closes_another = (k.saturating_sub(14)..k)
                        .rev()
                        .find(|&m| a.word(sentence, m) == ",")
                        .is_some_and(|c| {
                            c > 0
                                && person_at(c - 1)
                                && a.word(sentence, c + 1).starts_with(char::is_lowercase)
                        })
                        && !person_at(k.saturating_sub(1));
                    j = if tag_before && !party_tag || closes_another {
                        k + 1
                    } else {
                        k
                    };
                    continue;
                }
            }
            continue;
        }
        if let Some(mi) = a.mention_at_token(sentence, j) {
            let m = &a.mentions[mi];
            // "the International Criminal Court in The Hague issued": the place is not the actor.
            let start_tok = a.token_at(sentence, m.span.start);
            // "The five unions meeting Mr Prescott want …": the name is the object of a
            // participle after the subject's noun, which names no one.
            // A title before the name ("Mr", "Mr.") stands between.
            let mut before = start_tok;
            while before > 0
                && start_tok - before < 3
                && (toks[before - 1].capitalized || a.word(sentence, before - 1) == ".")
            {
                before -= 1;
            }
            let object_of_participle = before >= 2 && {
                let participle = a.lw(sentence, before - 1);
                participle.ends_with("ing")
                    && participle != "including"
                    && !toks[before - 1].capitalized
                    && a.lx.verb_lemmas.contains_key(participle)
                    && toks[before - 2].is_word
                    && !toks[before - 2].capitalized
                    && super::analysis::looks_plural(a.lw(sentence, before - 2))
            };
            // "A British terror suspect held in … plans to sue": a nation's adjective before
            // a common noun describes one of its people, not the state ("the British
            // government", "British officials" are read at their noun above).
            let national = m.kind == MentionKind::Demonym
                && a.entities[m.entity].kind == EntityKind::Country
                && !a.text[m.span.clone()].ends_with('s')
                && a.token_at(sentence, m.span.end) < verb
                && toks
                    .get(a.token_at(sentence, m.span.end))
                    .is_some_and(|t| t.is_word && !t.capitalized);
            // "The East Midlands MEP said": a place before a role says whom the role serves;
            // the role's holder speaks.
            let place_of_role = matches!(
                a.entities[m.entity].kind,
                EntityKind::Place | EntityKind::Country
            ) && {
                let next = a.token_at(sentence, m.span.end);
                next < verb
                    && toks[next].is_word
                    && (a.lx.name_words.role.contains(a.word(sentence, next))
                        || matches!(a.word(sentence, next), "MP" | "MEP" | "MSP" | "AM"))
            };
            if object_of_participle || national || place_of_role {
                return None;
            }
            // "Ann Lee at Acme in Glasgow said", "Tom Hall at Postbridge on Dartmoor in the West
            // Country said": back along the chain of places to the one they locate.
            if let Some(prev) = located_before(a, sentence, start_tok) {
                let mut head = prev;
                while let Some(earlier) = located_before(
                    a,
                    sentence,
                    a.token_at(sentence, a.mentions[head].span.start),
                ) {
                    head = earlier;
                }
                let pm = &a.mentions[head];
                return Some((pm.entity, pm.span.clone()));
            }
            // "Trump in an interview with (the) Fox News said": whom he spoke with is not the
            // speaker.
            let article = usize::from(start_tok >= 1 && a.lower(sentence, start_tok - 1) == "the");
            if start_tok >= 2 + article && a.lower(sentence, start_tok - 1 - article) == "with" {
                let before_with = start_tok - 2 - article;
                if let Some(subject) = subject_before_interview(a, sentence, before_with) {
                    return Some(subject);
                }
            }
            // "Brenda Johnson, 62, of Ohio explained", "Norm Coleman of Minnesota said": where
            // a person is from is not who speaks.
            let place = matches!(
                a.entities[m.entity].kind,
                EntityKind::Place | EntityKind::Country
            );
            if place
                && start_tok >= 2
                && matches!(a.lower(sentence, start_tok - 1).as_str(), "of" | "from")
            {
                let person = (start_tok.saturating_sub(5)..start_tok - 1)
                    .rev()
                    .take_while(|&k| {
                        let w = a.word(sentence, k);
                        w == "," || w.chars().all(|c| c.is_ascii_digit()) || toks[k].is_word
                    })
                    .find_map(|k| a.mention_at_token(sentence, k))
                    .filter(|&pi| a.entities[a.mentions[pi].entity].kind == EntityKind::Person)
                    // "Dynamics Corp of America said": a firm right before "of" a place, too.
                    .or_else(|| {
                        a.mention_at_token(sentence, start_tok - 2).filter(|&fi| {
                            a.entities[a.mentions[fi].entity].kind == EntityKind::Organization
                        })
                    });
                if let Some(pi) = person {
                    let pm = &a.mentions[pi];
                    return Some((pm.entity, pm.span.clone()));
                }
            }
            // "the Economic Commission for Europe said": a body named for a place.
            if place && start_tok >= 2 && a.lower(sentence, start_tok - 1) == "for" {
                let body = a.mention_at_token(sentence, start_tok - 2).filter(|&bi| {
                    a.entities[a.mentions[bi].entity].kind == EntityKind::Organization
                        && a.lx
                            .org_nouns
                            .contains_key(a.lower(sentence, start_tok - 2).as_str())
                });
                if let Some(bi) = body {
                    let bm = &a.mentions[bi];
                    return Some((bm.entity, bm.span.clone()));
                }
            }
            // "Paul Spedding of stockbroker Kleinwort Grieveson told", "Ramon Diaz, Chairman
            // of the commission, told": the body someone works for is not who speaks.
            // A firm may read as a person's name ("Hoare Govett"): two people joined by "of"
            // are one working for the other's firm.
            if matches!(
                a.entities[m.entity].kind,
                EntityKind::Organization | EntityKind::Person
            ) {
                if let Some(pi) = person_of_body(a, sentence, start_tok) {
                    let pm = &a.mentions[pi];
                    return Some((pm.entity, pm.span.clone()));
                }
            }
            if a.mention_info[mi].modifier {
                continue;
            }
            // "a majority of Britons say", "many Americans believe": people of a country, not
            // the country. "The Saudis have warned", "the Israelis said" stand for its
            // government, as "the Chinese" does.
            let the_nation = start_tok >= 1
                && a.lower(sentence, start_tok - 1) == "the"
                && (start_tok < 2 || a.lower(sentence, start_tok - 2) != "of");
            let people_of_a_country = m.kind == MentionKind::Demonym
                && a.text[m.span.clone()].ends_with('s')
                && a.entities[m.entity].kind == EntityKind::Country
                && !the_nation;
            if people_of_a_country {
                return None;
            }
            // "the influential US daily said": a place naming where a newspaper is from.
            let after = a.token_at(sentence, m.span.end);
            let of_a_paper =
                (after..verb).any(|k| MEDIA_NOUNS.contains(&a.lower(sentence, k).as_str()));
            if of_a_paper
                && matches!(
                    a.entities[m.entity].kind,
                    EntityKind::Country | EntityKind::Place
                )
            {
                return None;
            }
            // "Cory Jameson, 22, of Flint, Mich., said", "Clinton, at a rally in Columbus,
            // Ohio, said": a place closing an aside is where, not who; the sentence opened with
            // its subject.
            if place && a.word(sentence, after) == "," {
                if let Some(opening) = opening_subject(a, sentence, start_tok) {
                    return Some(opening);
                }
            }
            // "workers gathered at Globex Holdings to talk about …": where they went or met,
            // right before the infinitive, is not who speaks in it.
            let venue = start_tok > 0
                && matches!(
                    a.lower(sentence, start_tok - 1).as_str(),
                    "at" | "in" | "inside" | "outside" | "near" | "to" | "into"
                )
                && after + 1 == verb
                && a.lower(sentence, after) == "to";
            if venue {
                j = start_tok;
                continue;
            }
            return Some((m.entity, m.span.clone()));
        }
        let lw = w.to_lowercase();
        // "The Financial Times newspaper said": the kind of body after its name.
        if (MEDIA_NOUNS.contains(&lw.as_str()) || lw == "agency") && j > 0 {
            if let Some(mi) = a.mention_at_token(sentence, j - 1) {
                let m = &a.mentions[mi];
                if a.entities[m.entity].kind == EntityKind::Organization
                    && m.span.end == toks[j - 1].span.end
                {
                    return Some((m.entity, m.span.clone()));
                }
            }
        }
        // "a Kremlin spokesman said", "Department for Education sources said": the body speaks;
        // "the US government said", "the Israeli army said": so does the state.
        let state_body = j > 0
            && lw == w
            && a.lx
                .name_words
                .state_body
                .iter()
                .any(|body| body.eq_ignore_ascii_case(w));
        if (SPOKESPEOPLE.contains(&lw.as_str()) || state_body) && j > 0 {
            if let Some(mi) = a.mention_at_token(sentence, j - 1) {
                let m = &a.mentions[mi];
                // "communities set up by the UK government could encourage …": the agent of a
                // participle inside the subject, not the subject.
                let start = a.token_at(sentence, m.span.start);
                let article = usize::from(
                    start > 0 && matches!(a.lw(sentence, start - 1), "the" | "a" | "an"),
                );
                let agent = start > article && a.lw(sentence, start - 1 - article) == "by";
                if matches!(
                    a.entities[m.entity].kind,
                    EntityKind::Organization | EntityKind::Country
                ) && !agent
                {
                    return Some((m.entity, m.span.start..toks[j].span.end));
                }
            }
            // "His spokesman said": one who speaks for a person or body named before speaks
            // as they do.
            let own = matches!(
                lw.as_str(),
                "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople"
            ) && j > 0
                && matches!(a.lw(sentence, j - 1), "his" | "her" | "its");
            if own {
                let e = resolve_possessive(a, sentence, j - 1)?;
                return Some((e, toks[j - 1].span.start..toks[j].span.end));
            }
            return None;
        }
        if matches!(
            lw.as_str(),
            "allies" | "partners" | "its" | "his" | "her" | "their"
        ) {
            // "The U.S. and its allies have rejected …".
            continue;
        }
        if let Some(e) = resolve_pronoun(a, toks[j].span.start, w) {
            let base = lw.split(['’', '\'']).next().unwrap_or_default();
            if matches!(base, "he" | "she" | "it" | "they") {
                let start = toks[j].span.start;
                return Some((e, start..start + base.len()));
            }
            return None;
        }
        if lw == "and" || lw == "but" {
            // "Putin hailed … and said": the subject of the first verb; "In his report, he
            // increased borrowing but insisted …": a pronoun that opens the clause.
            return sentence_subject(a, sentence)
                .or_else(|| opening_pronoun_subject(a, sentence, j));
        }
        if is_skippable(w) {
            continue;
        }
        // "WPP in recent years has bought", "the firm over the past two decades has grown": a
        // span of time between the subject and its verb.
        if let Some(open) =
            time_span_opening(a, sentence, j).or_else(|| ago_phrase_start(a, sentence, j))
        {
            j = open;
            continue;
        }
        // "Merkley (D-Ore.) and Brown (D-Ohio) all suggested", "Lee and Hale both said": a
        // quantifier after the subject it counts.
        // "Britain, France and Germany have all criticised": after an auxiliary too.
        if matches!(lw.as_str(), "all" | "both")
            && j > 0
            && (a.word(sentence, j - 1) == ")"
                || a.mention_at_token(sentence, j - 1).is_some()
                || matches!(
                    a.lower(sentence, j - 1).as_str(),
                    "have" | "has" | "had" | "are" | "were" | "will" | "would"
                ))
        {
            continue;
        }
        // "Danilov also that day said".
        if lw == "day" && j > 0 && a.lower(sentence, j - 1) == "that" {
            j -= 1;
            continue;
        }
        return None;
    }
    None
}

/// The person or body before the "in an interview", "on a call" or "during a meeting" that ends
/// at token `last`, right before the "with" naming whom they spoke with: "Trump in an interview
/// with Fox News said". Only lower-case words may stand in the adjunct, so a clause of its own
/// never reads as one.
fn subject_before_interview(
    a: &Analysis,
    sentence: usize,
    last: usize,
) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[sentence];
    let mut k = last;
    for _ in 0..5 {
        let w = a.lower(sentence, k);
        if matches!(w.as_str(), "in" | "on" | "during") && k > 0 {
            let mi = a.mention_at_token(sentence, k - 1)?;
            let m = &a.mentions[mi];
            let speaks = matches!(
                a.entities[m.entity].kind,
                EntityKind::Person | EntityKind::Organization
            );
            return (speaks && !a.mention_info[mi].modifier).then(|| (m.entity, m.span.clone()));
        }
        let plain = toks[k].is_word && !toks[k].capitalized && !w.ends_with("ed");
        if !plain || k == 0 {
            return None;
        }
        k -= 1;
    }
    None
}

/// The subject of a sentence: its first mention, when it comes before any verb-like word.
pub fn sentence_subject(a: &Analysis, sentence: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[sentence];
    // "After two days of talks with Xi, Putin pledged …": the subject follows the opening phrase.
    // "But in an interview with the FT, Mr Blair …": a conjunction before it is passed over.
    let lead = usize::from(matches!(a.lw(sentence, 0), "but" | "and" | "yet" | "so"));
    let opener = toks
        .get(lead)
        .map(|t| t.text(a.text).to_lowercase())
        .unwrap_or_default();
    // "WASHINGTON (AP) — President Joe Biden …", "LONDON, March 26 - …": a wire dateline is
    // not the subject.
    let dateline_end = (0..toks.len().min(10))
        .find(|&k| matches!(toks[k].text(a.text), "—" | "–" | "-"))
        .filter(|&k| {
            // "Iran - Opec's second-biggest producer - has been pursuing …": a dash that a second
            // one closes sets off an aside after the subject, not a dateline.
            let dash = toks[k].text(a.text);
            let closed = toks[k + 1..].iter().any(|t| t.text(a.text) == dash);
            k > 0
                && !closed
                && toks[..k].iter().all(|t| {
                    let w = t.text(a.text);
                    t.capitalized
                        || matches!(w, "(" | ")" | "," | ".")
                        || w.chars().all(|c| c.is_ascii_digit())
                })
        })
        .map_or(0, |k| k + 1);
    // "WASHINGTON — Sen. Lee on Wednesday downplayed the attack — something … — and said": a
    // line in capitals before the dash is a dateline even when an aside's dashes follow.
    // "NATO — the alliance — said" is no dateline: a body in capitals is a subject.
    let body_in_capitals = a.mention_at_token(sentence, 0).is_some_and(|mi| {
        matches!(
            a.entities[a.mentions[mi].entity].kind,
            EntityKind::Person | EntityKind::Organization
        )
    });
    let dateline_end = match super::time::dateline(a, sentence) {
        Some(line) if !body_in_capitals => a.token_at(sentence, line.end - 1) + 1,
        _ => dateline_end,
    };
    // "Asked about the role, Clinton …", "Speaking in Ohio, Trump …": an opening participle.
    let participle_opener = opener.len() > 4 && (opener.ends_with("ed") || opener.ends_with("ing"));
    let comma_after = |from: usize| (from..toks.len()).find(|&k| toks[k].text(a.text) == ",");
    let start = if INTRODUCERS.contains(&opener.as_str()) || participle_opener {
        match comma_after(0) {
            // "On Sunday Mr. Trump made a third attempt, writing …": an opening phrase without
            // a comma of its own; the first comma sets off the participle after the clause.
            Some(k)
                if !participle_opener
                    && a.lw(sentence, k + 1).ends_with("ing")
                    && !INTRODUCERS.contains(&a.lw(sentence, k + 1)) =>
            {
                0
            }
            // "In a debate, while most of his rivals called for …, Trump hewed …": a clause
            // that a subordinator opens after the phrase is passed over too.
            Some(k) if k > 0 && INTRODUCERS.contains(&a.lw(sentence, k + 1)) => {
                comma_after(k + 2).map_or(k + 1, |c| c + 1)
            }
            Some(k) => k + 1,
            None => 0,
        }
    } else {
        dateline_end
    };
    // `“Britain needs to get tough,” Lee says, pledging …`: a quotation that opens the
    // sentence is what its subject said; the subject follows it.
    let opens_quoted = toks.get(start).is_some_and(|t| a.in_quote(t.span.end));
    let start = if opens_quoted {
        (start..toks.len())
            .find(|&k| {
                let t = &toks[k];
                !a.in_quote(t.span.start) && !matches!(t.text(a.text), "“" | "”" | "\"" | "," | "’")
            })
            .unwrap_or(start)
    } else {
        start
    };
    // "Speaking in Salem, New Hampshire, Trump …": the opener ended on a town, so the state
    // after its comma is passed over with it.
    // A town the gazetteer does not know counts too when a preposition comes before it ("in
    // Salem,").
    let town_before = |k: usize| {
        a.mention_at_token(sentence, k).map_or_else(
            || {
                toks[k].capitalized
                    && k > 0
                    && matches!(a.lw(sentence, k - 1), "in" | "at" | "near" | "from")
            },
            |mi| {
                matches!(
                    a.entities[a.mentions[mi].entity].kind,
                    EntityKind::Place | EntityKind::Country
                )
            },
        )
    };
    let mut skipped_place_end: Option<usize> = start
        .checked_sub(2)
        .filter(|&k| town_before(k))
        .map(|_| start - 1);
    for j in start..toks.len().min(start + 12) {
        if let Some(mi) = a.mention_at_token(sentence, j) {
            if a.mention_info[mi].modifier {
                continue;
            }
            // "At a rally in Beaumont, Tex., Mr. Trump …": the object of a preposition is not
            // the subject.
            let first = a.token_at(sentence, a.mentions[mi].span.start);
            // A name of several words was read at its first.
            if first < j && first >= start {
                continue;
            }
            let before = first
                .checked_sub(1)
                .map(|k| a.lower(sentence, k))
                .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
                .or_else(|| first.checked_sub(2).map(|k| a.lower(sentence, k)));
            let after_preposition = before.is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "in" | "at"
                        | "from"
                        | "to"
                        | "on"
                        | "with"
                        | "by"
                        | "near"
                        | "during"
                        | "into"
                        | "across"
                )
            });
            // "in Beaumont, Tex.": the state after the town is passed over with it.
            let place = matches!(
                a.entities[a.mentions[mi].entity].kind,
                EntityKind::Place | EntityKind::Country
            );
            let state_of_skipped = place
                && skipped_place_end.is_some_and(|end| first == end + 1)
                && a.word(sentence, first.saturating_sub(1)) == ",";
            // "In his first reaction, during an ABC News interview, Mr. Trump …": nor is a
            // name inside the opening phrase.
            let in_opener = after_preposition && start > 0;
            if (after_preposition && place) || state_of_skipped || in_opener {
                skipped_place_end = Some(a.token_at(sentence, a.mentions[mi].span.end));
                continue;
            }
            let m = person_heading(a, sentence, mi).map_or(&a.mentions[mi], |pi| &a.mentions[pi]);
            return Some((m.entity, m.span.clone()));
        }
        if a.speech_verb(sentence, j).is_some() {
            return None;
        }
        // "…, this time he spoke of his friendship with Mr. Trump": a pronoun is the subject;
        // the name after it is not.
        if matches!(a.lw(sentence, j), "he" | "she" | "they") {
            return None;
        }
    }
    None
}

/// The person a "he" or "she" opening a sentence, or its clause after an opening phrase and
/// comma, refers to; only before token `before`.
fn opening_pronoun_subject(
    a: &Analysis,
    sentence: usize,
    before: usize,
) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[sentence];
    let k = (0..before.min(12)).find(|&k| {
        matches!(a.lw(sentence, k), "he" | "she") && (k == 0 || a.word(sentence, k - 1) == ",")
    })?;
    if (0..k).any(|m| a.speech_verb(sentence, m).is_some()) {
        return None;
    }
    let word = a.word(sentence, k);
    let e = resolve_pronoun(a, toks[k].span.start, word)?;
    Some((e, toks[k].span.clone()))
}

/// The person or body a sentence opens with, set off by a comma ("Jo Bell, 22, of …"), when it
/// starts within the first few words and ends before token `before`.
fn opening_subject(a: &Analysis, sentence: usize, before: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[sentence];
    let mi = (0..toks.len().min(4).min(before)).find_map(|k| a.mention_at_token(sentence, k))?;
    let m = &a.mentions[mi];
    let end = a.token_at(sentence, m.span.end);
    let kind = a.entities[m.entity].kind;
    (end < before
        && a.word(sentence, end) == ","
        && matches!(kind, EntityKind::Person | EntityKind::Organization))
    .then(|| (m.entity, m.span.clone()))
}

/// The person a name of a body or place leads up to: "U.S. District Judge Ann Lee", "USA
/// TODAY contributor David Marsh", "Acme Corp chief executive Jo Bell" are all the person.
/// Only title words, role nouns and capitalised words may stand between the two.
pub fn person_heading(a: &Analysis, sentence: usize, mi: usize) -> Option<usize> {
    let m = &a.mentions[mi];
    let toks = &a.tokens[sentence];
    let from = a.token_at(sentence, m.span.end);
    // "Ayotte campaign manager Jon Kohan": after a person, only a role noun makes the next
    // name the head ("Clinton aide Huma Abedin"); two names in a row are two people.
    if a.entities[m.entity].kind == EntityKind::Person {
        let role_between = (from..toks.len().min(from + 4))
            .take_while(|&k| a.mention_at_token(sentence, k).is_none())
            .last()
            .is_some_and(|k| {
                let lw = a.lower(sentence, k);
                !toks[k].capitalized && ROLE_NOUNS.contains(&lw.as_str())
            });
        if !role_between {
            return None;
        }
    }
    // "BBC labour affairs correspondent Stephen Cape": lower-case words that lead up to a role
    // noun qualify it.
    let leads_to_role = |k: usize| {
        (k + 1..toks.len().min(k + 4))
            .take_while(|&m| toks[m].is_word && !toks[m].capitalized)
            .any(|m| ROLE_NOUNS.contains(&a.lower(sentence, m).as_str()))
    };
    for (k, tok) in toks.iter().enumerate().take(from + 8).skip(from) {
        if let Some(pi) = a.mention_at_token(sentence, k) {
            let p = &a.mentions[pi];
            if pi == mi {
                continue;
            }
            // "American Bridge President …": a name inside the body's own name is passed over.
            if a.entities[p.entity].kind != EntityKind::Person {
                continue;
            }
            return (tok.span.start <= p.span.start).then_some(pi);
        }
        let w = a.word(sentence, k);
        let lw = w.to_lowercase();
        let title_word = tok.capitalized && tok.is_word;
        // "campaign manager", "press secretary": a noun compounded with the role after it.
        let role_compound = tok.is_word && ROLE_NOUNS.contains(&a.lower(sentence, k + 1).as_str());
        if !(title_word
            || role_compound
            || tok.is_word && !tok.capitalized && leads_to_role(k)
            || ROLE_NOUNS.contains(&lw.as_str())
            || a.lx.descriptor_roles.contains_key(lw.as_str())
            || w == ".")
        {
            return None;
        }
    }
    None
}

/// The first entity after token `from` (exclusive) within `window` tokens, stopping at a clause
/// boundary. Title modifiers are passed over so that "China's President Xi Jinping" yields Xi.
/// Whether the name at `span` leads or backs the noun after it: "the US-led coalition", "the
/// Tory-backed bill". What a side leads stands for the side, so the name is no mere modifier.
pub fn leads_next_noun(text: &str, span: &Span) -> bool {
    ["-led ", "-backed ", "-sponsored ", "-brokered "]
        .iter()
        .any(|suffix| text[span.end..].starts_with(suffix))
}

pub fn object_after(
    a: &Analysis,
    sentence: usize,
    from: usize,
    window: usize,
) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[sentence];
    let mut j = from + 1;
    let mut window = window;
    while j < toks.len() && j <= from + window {
        // "met Chancellor of the Exchequer Nigel Lawson": a title before a name takes no room.
        if let Some((_, n)) = super::mention::title_at(a, sentence, j) {
            if a.mention_at_token(sentence, j).is_none()
                && a.mention_at_token(sentence, j + n).is_some()
            {
                window += n;
                j += n;
                continue;
            }
        }
        let w = a.word(sentence, j);
        // The period of "Sen." or "Dr." does not end anything.
        let abbreviation_period = a.abbreviation_period(sentence, j);
        if j > from + 1 && counted_description(a, sentence, j) {
            // "deals with two Indian airlines - Air Deccan and Kingfisher": the names listed.
            window = j - from + 2;
            j += 1;
            continue;
        }
        if !abbreviation_period
            && matches!(
                w,
                ";" | "." | "“" | "”" | "\"" | "(" | ":" | "—" | "–" | "-"
            )
        {
            return None;
        }
        if w == "," && j > from + 1 {
            return None;
        }
        if let Some(mi) = a.mention_at_token(sentence, j) {
            let m = &a.mentions[mi];
            // "met in Paris on Friday": a place after "in"/"at"/"on" is an adjunct.
            let adjunct = j > from + 1
                && matches!(
                    a.lower(sentence, j - 1).as_str(),
                    "in" | "at" | "on" | "during" | "near" | "outside"
                )
                && a.entities[m.entity].kind == EntityKind::Place;
            // "the US-led coalition" stands for the US; "Moscow-backed candidate Viktor
            // Yanukovych" names the one backed.
            let leads = leads_next_noun(a.text, &m.span) && {
                let after = a.token_at(sentence, m.span.end);
                !(after..toks.len().min(after + 7))
                    .take_while(|&k| {
                        !matches!(
                            a.lw(sentence, k),
                            "," | "." | "(" | "of" | "for" | "in" | "at" | "on" | "to" | "by"
                        )
                    })
                    .any(|k| {
                        a.mention_at_token(sentence, k)
                            .is_some_and(|other| other != mi)
                    })
            };
            if (!a.mention_info[mi].modifier || leads) && !adjunct {
                let head = person_heading(a, sentence, mi).map_or(m, |pi| &a.mentions[pi]);
                return Some((head.entity, head.span.clone()));
            }
            // A mention may end inside a token ("Russia" in "Russia’s"): always move on.
            j = a.token_at(sentence, m.span.end).max(j + 1);
            continue;
        }
        if let Some(e) = resolve_pronoun(a, toks[j].span.start, w) {
            if matches!(w.to_lowercase().as_str(), "him" | "her" | "it" | "them") {
                return Some((e, toks[j].span.clone()));
            }
        }
        j += 1;
    }
    None
}

/// Whether `span` is a possessive "her" before its noun after "of" ("according to an analysis
/// of her calendar"), which [`object_after`] reads as the object pronoun it also spells
/// ("according to her,"): the owner of a thing inside the source is not the source ("according
/// to her memoir" is hers).
pub(crate) fn possessive_her(a: &Analysis, span: &Span) -> bool {
    let Some(s) = a.sentence_of(span.start) else {
        return false;
    };
    let k = a.token_at(s, span.start);
    a.lw(s, k) == "her"
        && k > 0
        && a.lw(s, k - 1) == "of"
        && a.tokens[s].get(k + 1).is_some_and(|t| {
            let next = t.text(a.text).to_lowercase();
            t.is_word
                && !a.lx.stopwords.contains(&next)
                && !next.ends_with("ly")
                && !super::time::is_calendar_word(&next)
        })
}

/// Whether the tokens before `end` close a counted plural description ("two Indian airlines",
/// "several rival banks"), which a dash or colon and a list of their names may follow.
pub(super) fn counted_description(a: &Analysis, sentence: usize, end: usize) -> bool {
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both",
        "many",
    ];
    let Some(noun) = end.checked_sub(1) else {
        return false;
    };
    let plural = a.word(sentence, noun);
    // "agreements with three other ex-managers, Peter Martin, Erik Gustafson and Joseph
    // Palombo": after a comma, only when a name opens a list of names joined by "and".
    let listed_after_comma = || {
        if a.word(sentence, end) != "," {
            return false;
        }
        // Names, commas and one "and" before the last name, nothing else.
        let mut k = end + 1;
        for _ in 0..8 {
            let Some(mi) = a.mention_at_token(sentence, k) else {
                return false;
            };
            k = a.token_at(sentence, a.mentions[mi].span.end);
            match a.lower(sentence, k).as_str() {
                "," if a.lower(sentence, k + 1) == "and" => k += 2,
                "," => k += 1,
                "and" => return a.mention_at_token(sentence, k + 1).is_some(),
                _ => return false,
            }
        }
        false
    };
    plural.len() > 3
        && plural.ends_with('s')
        // "ex-managers": a hyphened noun too.
        && plural.chars().all(|c| c.is_lowercase() || c == '-')
        && (matches!(a.word(sentence, end), ":" | "—" | "–" | "-") || listed_after_comma())
        && (noun.saturating_sub(3)..noun).any(|k| COUNTS.contains(&a.lower(sentence, k).as_str()))
}

/// The direct object of a verb at token `from`: the first entity after it, unless a
/// preposition comes first ("warned the West against sending weapons to Kyiv" has no entity
/// object). Title words and modifiers are passed over as in [`object_after`].
pub fn direct_object(a: &Analysis, sentence: usize, from: usize) -> Option<(EntityId, Span)> {
    const PREPOSITIONS: &[&str] = &[
        "against", "about", "over", "with", "of", "after", "before", "because", "despite",
        "during", "since", "until", "amid", "than", "as", "on", "in", "at", "into", "by", "for",
        "that", "while", "when", "if", "but", "and",
    ];
    /// "the Thai beach resort of Phuket", "the city of Basra": the place is the object.
    const PLACE_NOUNS: &[&str] = &[
        "resort", "city", "town", "village", "island", "port", "capital", "province", "region",
        "state", "district",
    ];
    let toks = &a.tokens[sentence];
    let stop = (from + 1..toks.len().min(from + 8))
        .find(|&j| {
            let place_of = a.lw(sentence, j) == "of"
                && PLACE_NOUNS.contains(&a.lw(sentence, j - 1))
                && a.mention_at_token(sentence, j + 1)
                    .is_some_and(|mi| a.entities[a.mentions[mi].entity].kind == EntityKind::Place);
            // "has bought firms such as Ogilvy & Mather": the names listed as examples of a
            // plural noun object are the objects.
            let examples = a.lw(sentence, j) == "as"
                && a.lw(sentence, j - 1) == "such"
                && j >= from + 3
                && j <= from + 4
                && (from + 1..j - 1).all(|k| {
                    let w = a.word(sentence, k);
                    w.chars().all(|c| c.is_ascii_lowercase()) && w.len() > 2
                })
                && a.word(sentence, j - 2).ends_with('s');
            PREPOSITIONS.contains(&a.lw(sentence, j))
                && a.mention_at_token(sentence, j).is_none()
                && !place_of
                && !examples
                && !joined_descriptions(a, sentence, from, j)
        })
        .unwrap_or(toks.len().min(from + 8));
    object_after(a, sentence, from, stop.saturating_sub(from + 1))
}

/// Whether the "and" at token `and` joins two descriptions of one name after the object's
/// owner: "agreed to buy its former parent and phone pioneer AT&T" (an owner word, common words,
/// "and", one to three common words that are not function words, then the name).
fn joined_descriptions(a: &Analysis, sentence: usize, from: usize, and: usize) -> bool {
    let common = |k: usize| {
        let w = a.word(sentence, k);
        !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
    };
    if a.lw(sentence, and) != "and"
        || and < from + 3
        || and > from + 4
        || !matches!(a.lw(sentence, from + 1), "its" | "his" | "her" | "their")
        || !(from + 2..and).all(common)
    {
        return false;
    }
    let name = (and + 1..(and + 5).min(a.tokens[sentence].len()))
        .find(|&k| !common(k) || a.lx.stopwords.contains(a.lw(sentence, k)));
    let Some(mi) = name
        .filter(|&k| k > and + 1)
        .and_then(|k| a.mention_at_token(sentence, k))
    else {
        return false;
    };
    // "criticised his plan and deputy leader Tom Hart resigned": a name with a verb after it
    // opens a clause of its own; the object ends at a preposition, a comma or the stop.
    let after = a.token_at(sentence, a.mentions[mi].span.end);
    after >= a.tokens[sentence].len()
        || matches!(
            a.lw(sentence, after),
            "," | "." | ";" | "for" | "in" | "at" | "on" | "from" | "last" | "this" | "after"
        )
}

/// Adds roles stated in appositions: "John Kirby, a spokesman for the U.S. National Security
/// Council," → spokesman of the National Security Council.
pub fn appositive_roles(a: &mut Analysis) {
    let mut found: Vec<(EntityId, Role)> = Vec::new();
    for (mi, m) in a.mentions.iter().enumerate() {
        if a.entities[m.entity].kind != EntityKind::Person {
            continue;
        }
        let s = a.mention_info[mi].sentence;
        let toks = &a.tokens[s];
        let after = a.token_at(s, m.span.end);
        if toks.get(after).is_none_or(|t| t.text(a.text) != ",") {
            continue;
        }
        let mut j = after + 1;
        if j < toks.len() && matches!(a.lower(s, j).as_str(), "a" | "an" | "the") {
            j += 1;
        }
        let start = j;
        while j < toks.len()
            && j < start + 5
            && !matches!(
                a.lower(s, j).as_str(),
                "for" | "of" | "at" | "with" | "to" | ","
            )
        {
            j += 1;
        }
        if j == start
            || j + 1 >= toks.len()
            || !matches!(a.lower(s, j).as_str(), "for" | "of" | "at")
        {
            continue;
        }
        let title_words: Vec<&str> = (start..j).map(|k| a.word(s, k)).collect();
        if title_words
            .iter()
            .any(|w| w.chars().next().is_some_and(|c| !c.is_alphabetic()))
        {
            continue;
        }
        if let Some((org, _)) = object_after(a, s, j, 4) {
            let of = &a.entities[org];
            if matches!(
                of.kind,
                EntityKind::Organization | EntityKind::Country | EntityKind::Place
            ) {
                found.push((
                    m.entity,
                    Role {
                        title: title_words.join(" "),
                        of: Some(of.name.clone()),
                    },
                ));
            }
        }
    }
    for (e, role) in found {
        if !a.entities[e].roles.contains(&role) {
            a.entities[e].roles.push(role);
        }
    }
}

/// A description of an organisation found in a sentence: "the firm", "the US giant".
struct OrgDescription {
    /// The token of "the".
    the: usize,
    /// The head noun's token.
    head: usize,
    /// The head noun, lower-cased.
    noun: String,
}

/// Whether a token may stand between "the" and an organisation noun: a lower-case content word
/// ("the stock market operator") or a country named as a modifier ("the US giant"). Words that
/// point at another organisation ("the other company", "the new firm") stop the description.
fn org_modifier(a: &Analysis, s: usize, k: usize) -> bool {
    let t = &a.tokens[s][k];
    let w = a.lw(s, k);
    if !t.is_word || strip_possessive(w).1 || a.lx.other_org_modifiers.contains(w) {
        return false;
    }
    // "the Japanese-based automaker", "the New York-based bank": where it is based.
    let based = |k: usize| a.lw(s, k).ends_with("-based");
    if t.capitalized {
        // "the Labour party", "the Microsoft group": an organisation naming itself is
        // settled by the caller.
        return based(k)
            || k + 1 < a.tokens[s].len() && based(k + 1)
            || a.mention_at_token(s, k).is_some_and(|mi| {
                matches!(
                    a.entities[a.mentions[mi].entity].kind,
                    EntityKind::Country | EntityKind::Organization
                )
            });
    }
    w.chars().all(|c| c.is_alphabetic() || c == '-') && !a.lx.stopwords.contains(w)
}

/// The description of an organisation whose head noun is token `i`, if it is one: "the" and at
/// most three modifiers before it, no name after it ("the firm Clearstream" names its own), and
/// no later head it only modifies ("the giant supermarket chain" is a chain). An owner ("the
/// party's invitation") is left alone: on BBC news such owners were mostly a body the article
/// names otherwise, or none.
fn org_description(a: &Analysis, s: usize, i: usize) -> Option<OrgDescription> {
    let toks = &a.tokens[s];
    // "the German stock market operator's plans to buy": an owner is read only before an
    // intention with its infinitive (`intention` of relation_words.tsv), whose doer it names.
    // "the firm's takeover of", "the US giant's offer for": before a nominal trigger too.
    let (noun, owner) = strip_possessive(a.lw(s, i));
    let act_noun = |k: usize| {
        a.lx.relation_triggers_by_first_word
            .get(a.lw(s, k))
            .is_some_and(|list| {
                list.iter()
                    .any(|&t| a.lx.relation_triggers[t].pattern == TriggerPattern::Noun)
            })
    };
    let intention =
        a.lx.relation_words.intentions.contains(a.lw(s, i + 1)) && a.lw(s, i + 2) == "to";
    if owner && !intention && !act_noun(i + 1) {
        return None;
    }
    a.lx.org_nouns.get(noun)?;
    if !owner && toks.get(i + 1).is_some_and(|t| t.capitalized) {
        return None;
    }
    let later_head = (i + 1..toks.len().min(i + 3))
        .take_while(|&j| j == i + 1 || org_modifier(a, s, j - 1))
        .any(|j| a.lx.org_nouns.contains_key(a.lw(s, j)));
    if later_head {
        return None;
    }
    let mut k = i;
    while k > 0 && i - k < 4 {
        if a.lw(s, k - 1) == "the" {
            return Some(OrgDescription {
                the: k - 1,
                head: i,
                noun: noun.to_string(),
            });
        }
        if !org_modifier(a, s, k - 1) {
            return None;
        }
        k -= 1;
    }
    None
}

/// Where a description whose head noun is token `head` ends: before an owner's "'s" ("the
/// operator's plans"), so that the owner reads as a name's.
fn description_end(a: &Analysis, s: usize, head: usize) -> usize {
    let t = &a.tokens[s][head];
    t.span.start + strip_possessive(a.word(s, head)).0.len()
}

/// Whether a description that says where its organisation is based ("the Frankfurt-based
/// exchange") names another place than the one in the organisation's name (the London Stock
/// Exchange): a place the gazetteer knows.
fn based_elsewhere(a: &Analysis, s: usize, d: &OrgDescription, entity: EntityId) -> bool {
    let Some(based) = (d.the + 1..d.head).find_map(|k| a.word(s, k).strip_suffix("-based")) else {
        return false;
    };
    let is_place = |word: &str| {
        a.lx.gazetteer.find(word).iter().any(|m| {
            let entry = &a.lx.gazetteer.entries[m.entry];
            m.end - m.start == word.len()
                && (matches!(entry.kind, EntityKind::Place | EntityKind::Country)
                    || entry.stands_for.is_some())
        })
    };
    let name = &a.entities[entity].name;
    let named_place = name.split(' ').find(|w| is_place(w));
    named_place.is_some_and(|p| !p.eq_ignore_ascii_case(based) && !based.ends_with(p))
}

/// Finds "the party", "the company", "the US giant" and the like, and adds them as mentions of
/// the organisation named before that fits (`org_nouns.tsv`).
pub fn find_org_descriptors(a: &mut Analysis) {
    a.rebuild_mention_index();
    // The words a head noun asks of the organisation's name, each with the organisation
    // mentions it can refer back to, in the layer's order: a look-back is then a binary search
    // among them, not a scan of every mention.
    let mut constraints: Vec<Option<String>> = a.lx.org_nouns.values().cloned().collect();
    constraints.sort();
    constraints.dedup();
    // The kind the organisations table gives each entity ("Liberal Democrats" is a Party), looked
    // up once per entity: "the party" also stands for a party whose name lacks the word.
    // Its descriptors too: Citigroup is "the bank" without the word in its name.
    let table_entries: Vec<Option<&crate::lexicon::Organization>> = a
        .entities
        .iter()
        .map(|e| {
            (e.kind == EntityKind::Organization)
                .then(|| a.lx.organizations.iter().find(|o| o.name == e.name))
                .flatten()
        })
        .collect();
    // A constraint may list other spellings of its word: "Bank|bank|Banc" ("Bundesbank",
    // "First Interstate Bancorp").
    let fits = |id: EntityId, word: Option<&str>| {
        let e = &a.entities[id];
        let entry = table_entries[id];
        // "the Senate banking committee … The bank said": a committee (its name headed by a
        // `committee` word of name_words.tsv) is only the noun its head names, whatever
        // words ("Banking") its name holds.
        let committee = e.name.rsplit(' ').next().is_some_and(|w| {
            a.lx.name_words
                .committee
                .contains(w.to_lowercase().as_str())
        });
        let names_head = |word: &str| {
            word.split('|')
                .any(|w| e.name.rsplit(' ').next().is_some_and(|h| h == w))
        };
        e.kind == EntityKind::Organization
            && (!committee || word.is_some_and(names_head))
            && word.is_none_or(|word| {
                // The head noun the constraint is for: its first spelling, in any case.
                let noun = word.split('|').next().unwrap_or(word);
                let described = |d: &String| {
                    d.strip_prefix("the ")
                        .is_some_and(|n| n.eq_ignore_ascii_case(noun))
                };
                // "the newspaper": an outlet of the tables or a name ending like one.
                let outlet = |w: &str| {
                    w == "Media"
                        && e.name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|last| a.lx.publication_words.contains(last))
                };
                word.split('|').any(|w| {
                    e.name.contains(w)
                        || e.surface_forms.iter().any(|f| f.contains(w))
                        || entry.is_some_and(|o| o.kind == w)
                        || outlet(w)
                }) || entry.is_some_and(|o| o.descriptors.iter().any(described))
            })
    };
    let referents: Vec<Vec<usize>> = constraints
        .iter()
        .map(|word| {
            (0..a.mentions.len())
                .filter(|&mi| fits(a.mentions[mi].entity, word.as_deref()))
                .collect()
        })
        .collect();
    let sorted = a
        .mentions
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start);
    // "the firm", "the company": the organisation the article has named most so far (the
    // first named of equals: a wire story's lede names its firm first), not merely the last one
    // ("… deal with Scottish club Rangers. The firm …" is still about Umbro). For each
    // constraint, the winner after each of its referents.
    let salient: Vec<Vec<Option<EntityId>>> = constraints
        .iter()
        .zip(&referents)
        .map(|(word, list)| {
            let mut counts: HashMap<EntityId, usize> = HashMap::new();
            let mut best: Option<(EntityId, usize)> = None;
            list.iter()
                .map(|&mi| {
                    let m = &a.mentions[mi];
                    if word.is_none() && !a.in_quote(m.span.start) {
                        let n = counts.entry(m.entity).or_default();
                        *n += 1;
                        if best.is_none_or(|(_, top)| *n > top) {
                            best = Some((m.entity, *n));
                        }
                    }
                    best.map(|(e, _)| e)
                })
                .collect()
        })
        .collect();
    let mut added = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 1..toks.len() {
            if a.mention_at_token(s, i).is_some() {
                continue;
            }
            let Some(d) = org_description(a, s, i) else {
                continue;
            };
            let constraint = a.lx.org_nouns[&d.noun].clone();
            let c = constraints
                .binary_search(&constraint)
                .expect("every noun's constraint is listed");
            let pos = toks[d.the].span.start;
            // "the Labour party said", "the Microsoft group": the organisation the description
            // names is the one it stands for, when it fits the noun and the tables know it or it
            // was named before ("the European company" names no firm), and the description is
            // no place of members ("some in the Tory party"); else none.
            let own = (d.the + 1..d.head)
                .filter_map(|k| a.mention_at_token(s, k))
                .map(|mi| a.mentions[mi].entity)
                .find(|&e| a.entities[e].kind == EntityKind::Organization);
            if let Some(own) = own {
                let named_before = a.entities[own].table_name.is_some()
                    || a.mentions
                        .iter()
                        .any(|m| m.entity == own && m.span.end <= pos);
                let members = d.the > 0
                    && matches!(
                        a.lw(s, d.the - 1),
                        "in" | "of" | "within" | "from" | "among" | "inside" | "across"
                    );
                if fits(own, constraint.as_deref()) && named_before && !members {
                    let end = description_end(a, s, d.head);
                    added.push(found_descriptor(a, s, pos..end, own, d.the, d.head));
                }
                continue;
            }
            let candidates = &referents[c];
            // Mentions in text order: only those starting before `pos` can end before it.
            let before = if sorted {
                candidates.partition_point(|&mi| a.mentions[mi].span.start < pos)
            } else {
                candidates.len()
            };
            // The organisation named last, outside quotes, among the first `n` candidates.
            let last_of = |n: usize| {
                candidates[..n]
                    .iter()
                    .map(|&mi| &a.mentions[mi])
                    .filter(|m| m.span.end <= pos && !a.in_quote(m.span.start))
                    .map(|m| m.entity)
                    .next_back()
            };
            let last = last_of(before);
            let most_named = before
                .checked_sub(1)
                .and_then(|j| salient[c][j])
                .filter(|_| sorted);
            // "Standard Life is the latest shareholder in Deutsche Boerse to express concern at
            // the German stock market operator's plans": a description after its clause's
            // subject is someone else, the organisation named last before it.
            let subject = sentence_subject(a, s)
                .filter(|(_, span)| span.end <= pos)
                .map(|(e, _)| e);
            // "Shell said it would buy Gamma Oil. The firm also …": a description opening its
            // sentence carries on the subject of the sentence before, as a subject "it" does.
            // "But the organisation urged …": after an opening conjunction too.
            let after_conjunction = d.the == 1 && matches!(a.lw(s, 0), "but" | "and" | "yet");
            let carried = (opens_sentence(a, s, d.the) || after_conjunction)
                .then(|| previous_sentence_subject(a, s))
                .flatten()
                .filter(|&e| fits(e, constraint.as_deref()));
            // "Tate & Lyle's profits rose, the firm said": a description that credits the
            // clause before it is the organisation that opens the clause as its subject (or
            // the subject's owner); not one named further in ("… were using BitTorrent, the
            // firm said" is the firm that found it).
            // A newspaper or broadcaster reports on others: "The IMF will cut …, the newspaper
            // reported".
            let media = MEDIA_NOUNS.contains(&d.noun.as_str()) || d.noun == "agency";
            let trailing_source = !media && d.the > 0 && a.word(s, d.the - 1) == "," && {
                let next = if matches!(a.lw(s, d.head + 1), "has" | "had") {
                    d.head + 2
                } else {
                    d.head + 1
                };
                a.speech_verb(s, next).is_some()
            };
            let named_in_clause = trailing_source
                .then(|| {
                    a.mention_at_token(s, 0)
                        .filter(|&mi| {
                            candidates[..before].binary_search(&mi).is_ok()
                                && a.mentions[mi].span.end <= pos
                        })
                        .map(|mi| a.mentions[mi].entity)
                })
                .flatten();
            if let Some(entity) = named_in_clause {
                let end = description_end(a, s, d.head);
                added.push(found_descriptor(a, s, pos..end, entity, d.the, d.head));
                continue;
            }
            // "If Granite sells the shares, the rights will lapse, the company said": otherwise
            // no organisation named inside the words the description reports is its source.
            let (most_named, last) = if trailing_source && sorted {
                let opens = toks[0].span.start;
                let before = candidates.partition_point(|&mi| a.mentions[mi].span.start < opens);
                (
                    before.checked_sub(1).and_then(|j| salient[c][j]),
                    last_of(before),
                )
            } else {
                (most_named, last)
            };
            let found = match carried.or(most_named).or(last) {
                Some(e) if Some(e) == subject => candidates[..before]
                    .iter()
                    .map(|&mi| &a.mentions[mi])
                    .filter(|m| m.span.end <= pos && !a.in_quote(m.span.start))
                    .map(|m| m.entity)
                    .rfind(|&other| other != e),
                found => found,
            };
            let Some(entity) = found else {
                continue;
            };
            if based_elsewhere(a, s, &d, entity) {
                continue;
            }
            let end = description_end(a, s, d.head);
            added.push(found_descriptor(a, s, pos..end, entity, d.the, d.head));
        }
    }
    push_descriptors(a, added);
}

/// A descriptor mention found by a pass over the text, with the mentions inside it.
pub(crate) type FoundDescriptor = (Mention, MentionInfo, Vec<usize>);

/// A descriptor ("the Kremlin leader") over `span` in sentence `s` standing for `entity`; the
/// names between its article at token `the` and its head at token `head` only qualify it.
pub(crate) fn found_descriptor(
    a: &Analysis,
    s: usize,
    span: Span,
    entity: EntityId,
    the: usize,
    head: usize,
) -> FoundDescriptor {
    let modifiers = (the + 1..head)
        .filter_map(|k| a.mention_at_token(s, k))
        .collect();
    let mention = Mention {
        span,
        entity,
        kind: MentionKind::Descriptor,
    };
    let info = MentionInfo {
        modifier: false,
        sentence: s,
    };
    (mention, info, modifiers)
}

/// Adds the descriptors a pass found, once it has read the text, and marks the names inside
/// them as modifiers.
pub(crate) fn push_descriptors(a: &mut Analysis, added: Vec<FoundDescriptor>) {
    for (m, info, modifiers) in added {
        for mi in modifiers {
            a.mention_info[mi].modifier = true;
        }
        a.mentions.push(m);
        a.mention_info.push(info);
    }
}

/// Finds definite descriptions ("the Kremlin leader", "NATO's chief") and adds them as mentions
/// of the person they describe.
pub fn find_descriptors(a: &mut Analysis) {
    let mut keys: Vec<(Vec<String>, Vec<String>)> =
        a.lx.descriptor_roles
            .iter()
            .map(|(k, v)| (k.split_whitespace().map(String::from).collect(), v.clone()))
            .collect();
    // Longest role phrases first: "secretary of state" before "secretary".
    keys.sort_by(|x, y| y.0.len().cmp(&x.0.len()).then(x.0.cmp(&y.0)));
    let mut added: Vec<(Mention, MentionInfo, Option<usize>, String)> = Vec::new();
    a.rebuild_mention_index();
    let mut known = KnownMentions::new(a);
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        let mut i = 0;
        while i < toks.len() {
            // "the ex-home secretary": "ex-" is "former", joined to the role's first word.
            let unprefixed = |k: usize| {
                let t = a.lw(s, k);
                if k == i {
                    t.strip_prefix("ex-").unwrap_or(t)
                } else {
                    t
                }
            };
            let first = strip_possessive(unprefixed(i)).0;
            let found =
                keys.iter()
                    .filter(|(words, _)| words[0] == first)
                    .find_map(|(words, titles)| {
                        let n = words.len();
                        (i + n <= toks.len()
                            && words.iter().enumerate().all(|(k, w)| {
                                let t = unprefixed(i + k);
                                let t = if k + 1 == n { strip_possessive(t).0 } else { t };
                                t == w
                            }))
                        .then_some((n, titles))
                    });
            let Some((n, titles)) = found else {
                i += 1;
                continue;
            };
            let end_tok = i + n - 1;
            // A name right after the role makes it a title, handled with the name.
            let role_is_possessive = strip_possessive(a.word(s, end_tok)).1;
            let followed_by_name = !role_is_possessive
                && toks
                    .get(end_tok + 1)
                    .is_some_and(|t| t.capitalized && t.is_word);
            if followed_by_name || a.mention_at_token(s, i).is_some() {
                i += n;
                continue;
            }
            // Walk back over "top", "former", … to a modifier mention or "the".
            let mut k = i;
            while k > 0
                && matches!(
                    a.lower(s, k - 1).as_str(),
                    "top" | "former" | "new" | "outgoing" | "senior" | "then" | "acting" | "deputy"
                )
            {
                k -= 1;
            }
            let mut of: Option<EntityId> = None;
            let mut modifier_mention = None;
            let mut start_byte = None;
            if k > 0 {
                if let Some(mi) = a.mention_at_token(s, k - 1) {
                    let m = &a.mentions[mi];
                    let possessive = a.text[m.span.end..].starts_with(['’', '\'']);
                    let m_start_tok = a.token_at(s, m.span.start);
                    let the_before = m_start_tok > 0 && a.lower(s, m_start_tok - 1) == "the";
                    let the_inside = a.text[m.span.clone()].to_lowercase().starts_with("the ");
                    let kind = a.entities[m.entity].kind;
                    if matches!(
                        kind,
                        EntityKind::Country | EntityKind::Organization | EntityKind::Place
                    ) && (possessive || the_before || the_inside)
                    {
                        of = Some(m.entity);
                        modifier_mention = Some(mi);
                        start_byte = Some(if the_before {
                            toks[m_start_tok - 1].span.start
                        } else {
                            m.span.start
                        });
                    }
                } else if a.lower(s, k - 1) == "the"
                    // "his chancellor", "this chancellor": in the article's own words only; a
                    // quotation's "his" or "this" points at people it need not name.
                    || (matches!(a.lower(s, k - 1).as_str(), "this" | "his" | "her")
                        && !a.in_quote(toks[k - 1].span.start))
                {
                    start_byte = Some(toks[k - 1].span.start);
                }
            }
            let Some(start_byte) = start_byte else {
                i += n;
                continue;
            };
            let end_byte = toks[end_tok].span.start + strip_possessive(a.word(s, end_tok)).0.len();
            // "the Lib Dem spokesman": roles name a party by the table's name ("Liberal
            // Democrats"), whatever short form the article gives it.
            let of_name = of.map(|e| a.entities[e].key_name().to_string());
            // "his chancellor", "her minister": someone else than the one "his" points at, and
            // never a guess at the person last named (who is mostly that one).
            let owner = (k > 0 && matches!(a.lower(s, k - 1).as_str(), "his" | "her"))
                .then(|| resolve_pronoun(a, toks[k - 1].span.start, a.word(s, k - 1)));
            if let Some(person) = resolve_description(
                a,
                &mut known,
                of_name.as_deref(),
                titles,
                start_byte,
                owner,
                strip_possessive(a.lw(s, end_tok)).0,
            ) {
                let entity = match person {
                    Resolved::Entity(e) => e,
                    Resolved::Named(name) => {
                        if let Some(e) = a
                            .entities
                            .iter()
                            .position(|e| e.name == name && e.kind == EntityKind::Person)
                        {
                            e
                        } else {
                            a.entities.push(Entity {
                                name: name.clone(),
                                kind: EntityKind::Person,
                                gender: office_gender(a, &name),
                                surface_forms: Vec::new(),
                                roles: Vec::new(),
                                mentions: 0,
                                table_name: None,
                            });
                            a.entities.len() - 1
                        }
                    }
                };
                let surface = a.text[start_byte..end_byte].to_string();
                added.push((
                    Mention {
                        span: start_byte..end_byte,
                        entity,
                        kind: MentionKind::Descriptor,
                    },
                    MentionInfo {
                        modifier: false,
                        sentence: s,
                    },
                    modifier_mention,
                    surface,
                ));
            }
            i += n;
        }
    }
    for (m, info, modifier, surface) in added {
        if let Some(mi) = modifier {
            a.mention_info[mi].modifier = true;
        }
        let e = &mut a.entities[m.entity];
        if !e.surface_forms.contains(&surface) {
            e.surface_forms.push(surface);
        }
        a.mentions.push(m);
        a.mention_info.push(info);
    }
}

/// Whether an organisation of the tables is a political party.
fn is_party(a: &Analysis, name: &str) -> bool {
    a.lx.organizations
        .iter()
        .any(|o| o.name == name && o.kind == "Party")
}

/// The country an article is most about: the one mentioned most often.
/// When an undated article is set: a day inside every term of office (any office, from the
/// first to the last) of the people it names that the office-holder table knows (two or
/// more of them). Tony Blair,
/// Gordon Brown and Michael Howard named together put a story in 2003–2005, so "the prime
/// minister" is Blair. Only descriptions are resolved with it; nothing is dated by it.
fn era(a: &Analysis) -> Option<NaiveDate> {
    let mut lo: Option<NaiveDate> = None;
    let mut hi: Option<NaiveDate> = None;
    let mut known = 0;
    for e in &a.entities {
        if e.kind != EntityKind::Person {
            continue;
        }
        let Some((from, to)) = career(a, &e.name) else {
            continue;
        };
        known += 1;
        lo = Some(lo.map_or(from, |l| l.max(from)));
        if let Some(to) = to {
            hi = Some(hi.map_or(to, |h| h.min(to)));
        }
    }
    // One career is too long a span to place a story in.
    let (lo, hi) = (lo?, hi?);
    (known >= 2 && lo <= hi).then(|| lo + (hi - lo) / 2)
}

/// When `person` held the offices the table gives them: from the first term's start to the
/// last term's end (`None` while a term is open). A party's leadership does not count: its
/// holders stay in the news for decades in other roles (a party's spokesman of 2005 who led it
/// in 2017).
pub(super) fn career(a: &Analysis, person: &str) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let surname = person.rsplit(' ').next().unwrap_or_default();
    let terms: Vec<_> =
        a.lx.office_terms_by_surname
            .get(surname)
            .into_iter()
            .flatten()
            .map(|&i| &a.lx.office_terms[i])
            .filter(|t| t.person == person && !is_party(a, &t.of))
            .collect();
    let from = terms.iter().map(|t| t.from).min()?;
    let to = if terms.iter().all(|t| t.to.is_some()) {
        terms.iter().filter_map(|t| t.to).max()
    } else {
        None
    };
    Some((from, to))
}

fn home_country(a: &Analysis) -> Option<String> {
    let mut counts = vec![0usize; a.entities.len()];
    for m in &a.mentions {
        counts[m.entity] += 1;
    }
    (0..a.entities.len())
        .filter(|&e| a.entities[e].kind == EntityKind::Country)
        .max_by_key(|&e| (counts[e], std::cmp::Reverse(e)))
        .map(|e| a.entities[e].name.clone())
}

fn office_gender(a: &Analysis, name: &str) -> Gender {
    a.lx.office_terms
        .iter()
        .find(|t| t.person == name)
        .map_or(Gender::Unknown, |t| t.gender)
}

enum Resolved {
    Entity(EntityId),
    Named(String),
}

fn title_matches(lx: &Lexicon, role_title: &str, titles: &[String]) -> bool {
    titles.iter().any(|t| {
        if t == "*leader" {
            LEADER_TITLES
                .iter()
                .any(|l| l.eq_ignore_ascii_case(role_title))
        } else {
            t.eq_ignore_ascii_case(role_title) || ends_with_title(lx, role_title, t)
        }
    })
}

/// "Trade Minister" is a minister, but a head of government is not one of the last word of the
/// title ("the minister" is not the Prime Minister), and a rank word makes another office: a
/// Deputy Prime Minister or a shadow home secretary is not "the prime minister" or "the home
/// secretary".
fn ends_with_title(lx: &Lexicon, role_title: &str, title: &str) -> bool {
    let (role, title) = (role_title.to_lowercase(), title.to_lowercase());
    role.strip_suffix(&title)
        .and_then(|head| head.strip_suffix(' '))
        .is_some_and(|head| {
            !head
                .rsplit(' ')
                .next()
                .is_some_and(|w| lx.office_ranks.contains(w))
        })
        && !LEADER_TITLES
            .iter()
            .any(|l| l.eq_ignore_ascii_case(role_title))
}

/// The person a description names: someone in the article with that role, else the office
/// holder on the article's date.
/// What descriptions are resolved against, computed once per article rather than per
/// description: when each entity was mentioned, the article's home country, its era.
struct KnownMentions {
    /// Start bytes of each entity's mentions, sorted.
    starts: Vec<Vec<usize>>,
    home: Option<Option<String>>,
    /// The era and the number of entities it was worked out for (entities are only added).
    era: Option<(usize, Option<NaiveDate>)>,
}

impl KnownMentions {
    fn new(a: &Analysis) -> Self {
        let mut starts = vec![Vec::new(); a.entities.len()];
        for m in &a.mentions {
            starts[m.entity].push(m.span.start);
        }
        for list in &mut starts {
            list.sort_unstable();
        }
        KnownMentions {
            starts,
            home: None,
            era: None,
        }
    }

    /// Where an entity was last mentioned before `pos`.
    fn last_before(&self, e: EntityId, pos: usize) -> Option<usize> {
        let list = self.starts.get(e)?;
        let k = list.partition_point(|&start| start < pos);
        list.get(k.checked_sub(1)?).copied()
    }

    fn home_country(&mut self, a: &Analysis) -> Option<String> {
        self.home.get_or_insert_with(|| home_country(a)).clone()
    }

    fn era(&mut self, a: &Analysis) -> Option<NaiveDate> {
        match self.era {
            Some((n, era)) if n == a.entities.len() => era,
            _ => {
                let found = era(a);
                self.era = Some((a.entities.len(), found));
                found
            }
        }
    }
}

fn resolve_description(
    a: &Analysis,
    known: &mut KnownMentions,
    of: Option<&str>,
    titles: &[String],
    pos: usize,
    // For "his chancellor": `Some(the one "his" points at, if found)`.
    owner: Option<Option<EntityId>>,
    // The role's head word: "spokeswoman" in "the BBC spokeswoman".
    role: &str,
) -> Option<Resolved> {
    // "the Kremlin leader": the offices the table marks as the leader's, where it knows them.
    let expanded: Vec<String>;
    let titles = match (titles.iter().any(|t| t == "*leader"), of, a.date) {
        (true, Some(of), Some(date)) => {
            expanded =
                a.lx.office_terms
                    .iter()
                    .filter(|t| t.of == of && t.leader && t.holds_on(date))
                    .map(|t| t.office.clone())
                    .collect();
            if expanded.is_empty() {
                titles
            } else {
                &expanded[..]
            }
        }
        _ => titles,
    };
    let candidates: Vec<EntityId> = (0..a.entities.len())
        .filter(|&e| {
            let ent = &a.entities[e];
            ent.kind == EntityKind::Person
                && owner.is_none_or(|o| o != Some(e))
                && ent.roles.iter().any(|r| {
                    // An empty title list ("the Swiss official") accepts any role held there.
                    let title_ok = if titles.is_empty() {
                        of.is_some()
                    } else {
                        title_matches(a.lx, &r.title, titles)
                    };
                    title_ok
                        && match (of, r.of.as_deref()) {
                            (Some(of), Some(held)) => held == of,
                            // "the Ohio senator" for a senator whose state the article never
                            // gave: left to "the person last named" below.
                            (Some(_), None) => false,
                            (None, _) => true,
                        }
                })
        })
        .collect();
    // Prefer the one mentioned most recently before the description.
    let last_before = |e: EntityId| known.last_before(e, pos);
    // A description refers back to someone already named.
    if let Some(best) = candidates
        .iter()
        .copied()
        .filter(|&e| last_before(e).is_some())
        .max_by_key(|&e| last_before(e))
    {
        return Some(Resolved::Entity(best));
    }
    // "Tony Blair has pledged … The prime minister told": someone the article has named who
    // held the office by the office-holders table, on the article's date or, undated, in the
    // era of the people it names.
    let on = a.date.or_else(|| known.era(a));
    let last_before = |e: EntityId| known.last_before(e, pos);
    let held_office = |e: EntityId| {
        let name = &a.entities[e].name;
        let surname = name.rsplit(' ').next().unwrap_or_default();
        a.lx.office_terms_by_surname
            .get(surname)
            .into_iter()
            .flatten()
            .map(|&i| &a.lx.office_terms[i])
            .any(|t| {
                &t.person == name
                    && of.is_none_or(|of| t.of == of)
                    && on.is_none_or(|d| t.holds_on(d))
                    && title_matches(a.lx, &t.office, titles)
            })
    };
    // A party's leader is settled below, by the leader named last.
    if !titles.is_empty() && owner.is_none() && !of.is_some_and(|of| is_party(a, of)) {
        let named_holder = (0..a.entities.len())
            .filter(|&e| a.entities[e].kind == EntityKind::Person)
            .filter(|&e| last_before(e).is_some() && held_office(e))
            .max_by_key(|&e| last_before(e));
        if let Some(e) = named_holder {
            return Some(Resolved::Entity(e));
        }
    }
    // "the prime minister" with no country named: the country the article is most about.
    let home = if of.is_none() {
        known.home_country(a)
    } else {
        None
    };
    let of = of.or(home.as_deref());
    // "the Tory leader" is whoever of the party's leaders the story named last ("Mr Howard
    // insisted … The Tory leader said"), even in a story that also names John Major: a party
    // post does not date a story (see `era`), so the table's holder on a guessed day may be a
    // predecessor.
    if let Some(of) = of.filter(|&of| is_party(a, of)) {
        let led = |e: EntityId| {
            let name = &a.entities[e].name;
            a.lx.office_terms
                .iter()
                .any(|t| &t.person == name && t.of == of && t.leader)
        };
        let leader = (0..a.entities.len())
            .filter(|&e| a.entities[e].kind == EntityKind::Person && led(e))
            .filter(|&e| known.last_before(e, pos).is_some())
            .max_by_key(|&e| known.last_before(e, pos));
        if let Some(e) = leader {
            return Some(Resolved::Entity(e));
        }
    }
    // An article's own date settles who held an office; the era of the people it names only
    // names a holder when it finds exactly one, and otherwise leaves the description to the
    // fallback below.
    let settled = a.date.is_some();
    if let (Some(of), Some(date)) = (of, a.date.or_else(|| known.era(a))) {
        let holders: Vec<&str> =
            a.lx.office_holders_on(of, titles, date)
                .map(|t| t.person.as_str())
                .collect();
        match holders.as_slice() {
            [one] => return Some(Resolved::Named(one.to_string())),
            // Several offices may be "the leader" (China's President and General Secretary).
            [first, rest @ ..] if rest.iter().all(|p| p == first) => {
                return Some(Resolved::Named(first.to_string()))
            }
            _ => {}
        }
        // A country's office the table knows but whose holder it cannot name: don't guess.
        if settled && a.lx.country(of).is_some() && !titles.is_empty() {
            return None;
        }
    }
    // "his minister" is not the one "his" points at, who is mostly the person last named.
    if owner.is_some() {
        return None;
    }
    // "the Wisconsin Democrat": news describes the person it has just named. Take the last
    // person mentioned outside quotes in this or the previous two paragraphs, passing over
    // anyone the article gave another office: "Tory leader Michael Howard … accused the prime
    // minister" does not make Mr Howard the prime minister.
    let other_office = |e: EntityId| {
        let roles = &a.entities[e].roles;
        !titles.is_empty()
            && !roles.is_empty()
            && !roles.iter().any(|r| title_matches(a.lx, &r.title, titles))
    };
    // Nor "the spokeswoman" after `“…,” a spokeswoman said`: the unnamed source.
    let last = a
        .mentions_before(pos, 2)
        .rfind(|m| a.entities[m.entity].kind == EntityKind::Person && !other_office(m.entity))?;
    if unnamed_source_between(a, &[role], last.span.end, pos) {
        return None;
    }
    Some(Resolved::Entity(last.entity))
}
