//! Descriptions that echo the words a name was introduced with: after "Tory co-chairman Liam
//! Fox", "the Tory co-chairman" is Liam Fox; after "telecom regulator Ofcom", "the regulator" is
//! Ofcom.
//!
//! Entry: [`find_echoed_descriptions`], run after the role and organisation descriptors of
//! `coref` so that what they resolved is left to them. It also resolves epithets: "the pop
//! star", "the 41-year-old" after "Singer George Michael" are the person last named, whatever
//! words introduced them (`person_epithets.tsv`).
//!
//! # Rationale
//! News introduces a person or firm with a lower-case description before the name ("former
//! welfare minister Frank Field", "US wine maker Robert Mondavi") and later refers back with
//! "the" and the same head noun. The article itself says which name the words belong to, so no
//! table of roles or trades is needed: the description names the entity most recently
//! introduced with a phrase that ends in the same head noun and holds every word of the
//! description (a name used as a modifier, "the Tory …", matches the same entity under another
//! name, "Conservative …").

use super::analysis::Analysis;
use super::coref::{found_descriptor, push_descriptors, FoundDescriptor};
use super::token::strip_possessive;
use super::{EntityId, EntityKind, Gender, MentionKind};
use std::collections::HashMap;

/// The most words a description or an introducing phrase may have before its head noun.
const MAX_MODIFIERS: usize = 3;

/// Words of an introducing phrase or a description: lower-case words (the last one is the
/// head) and the entities of names used as modifiers.
#[derive(Default)]
struct Phrase {
    words: Vec<String>,
    entities: Vec<EntityId>,
}

/// Whether token `k` is a lower-case content word a description may hold ("co-chairman",
/// "wine", "former").
fn plain_word(a: &Analysis, s: usize, k: usize) -> bool {
    let t = &a.tokens[s][k];
    let w = strip_possessive(a.lw(s, k)).0;
    t.is_word
        && !t.capitalized
        && w.len() > 1
        && (w.chars().all(|c| c.is_alphabetic() || c == '-') || is_age(w))
        && !a.lx.stopwords.contains(w)
        && a.mention_at_token(s, k).is_none()
}

/// Whether a word gives an age: "41-year-old".
fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The gender an epithet implies, if the word is one: a noun of `person_epithets.tsv` or an
/// age ("the 30-year-old").
fn epithet_gender(a: &Analysis, head: &str) -> Option<Gender> {
    a.lx.person_epithets
        .get(head)
        .copied()
        .or_else(|| is_age(head).then_some(Gender::Unknown))
}

/// The gender an epithet's own words give when it speaks of itself: "The 14-year-old said she
/// …", "the star told reporters he …" (a speech verb right after the head, then "he" or "she"
/// within two words).
fn reported_gender(a: &Analysis, s: usize, head: usize) -> Gender {
    if a.speech_verb(s, head + 1).is_none() {
        return Gender::Unknown;
    }
    (head + 2..(head + 5).min(a.tokens[s].len()))
        .find_map(|k| match a.lw(s, k) {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            _ => None,
        })
        .unwrap_or(Gender::Unknown)
}

/// The person an epithet at byte `pos` re-describes, among those named outside quotes in this
/// or the previous two paragraphs whose gender fits: the last one the article gave the same
/// role ("Actor Michael Douglas … the 60-year-old actor"), else the nearest person before it in
/// its own sentence or the last sentence's first person, passing over anyone it gave a role
/// that is no epithet ("his manager Terry Blamey" is not "the star") and names used as a
/// modifier ("the Harry Potter films").
fn epithet_person(a: &Analysis, pos: usize, head: &str, gender: Gender) -> Option<EntityId> {
    let last_word = |title: &str| title.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let fits = |e: EntityId| {
        let ent = &a.entities[e];
        ent.kind == EntityKind::Person
            && (gender == Gender::Unknown || ent.gender == Gender::Unknown || ent.gender == gender)
    };
    // "the Harry Potter films", "Oscar host Chris Rock": a name that qualifies a noun.
    let modifier = |s: usize, m: &super::Mention| {
        let first = a.token_at(s, m.span.start);
        let the_before = first > 0 && a.lw(s, first - 1) == "the";
        let after = a.token_at(s, m.span.end);
        let introduces = (after..after + 2).any(|k| {
            a.tokens[s].get(k).is_some_and(|t| !t.capitalized)
                && a.mention_at_token(s, k + 1)
                    .is_some_and(|mi| a.entities[a.mentions[mi].entity].kind == EntityKind::Person)
                && (after..=k).all(|j| plain_word(a, s, j))
        });
        the_before || introduces
    };
    // Descriptors found by earlier passes follow the names in the layer: sort by place.
    let mut before: Vec<&super::Mention> = a.mentions_before(pos, 2).collect();
    before.sort_by_key(|m| m.span.start);
    // Every person before it in the epithet's own sentence, and each earlier sentence's first:
    // whom that sentence is about ("Emma Watson, who plays Hermione").
    let here = a.sentence_of(pos);
    let mut candidates: Vec<EntityId> = Vec::new();
    let mut last_sentence = None;
    for m in before {
        let Some(s) = a.sentence_of(m.span.start) else {
            continue;
        };
        // A sentence that opens a quotation names those it talks about.
        let quoted = a.text[a.seg.sentences[s].clone()].starts_with(['"', '“', '‘']);
        if fits(m.entity)
            && !modifier(s, m)
            && !quoted
            && (Some(s) != last_sentence || Some(s) == here)
        {
            candidates.push(m.entity);
            last_sentence = Some(s);
        }
    }
    let roles = |e: EntityId| a.entities[e].roles.iter().map(|r| last_word(&r.title));
    let same_role = candidates
        .iter()
        .rev()
        .find(|&&e| roles(e).any(|r| r == head));
    same_role.copied().or_else(|| {
        candidates.iter().rev().copied().find(|&e| {
            let mut roles = roles(e).peekable();
            roles.peek().is_none() || roles.any(|r| epithet_gender(a, &r).is_some())
        })
    })
}

/// Whether token `k` is a hyphen inside a word the tokenizer split ("co-chairman").
fn inner_hyphen(a: &Analysis, s: usize, k: usize) -> bool {
    let toks = &a.tokens[s];
    a.word(s, k) == "-"
        && k > 0
        && toks
            .get(k + 1)
            .is_some_and(|n| n.span.start == toks[k].span.end)
        && toks[k - 1].span.end == toks[k].span.start
}

/// A name used as a modifier at token `k` ("Tory", "US"): its entity and first token, if it is
/// an organisation, party or country and not an owner ("Boeing's great rival").
fn modifier_entity(a: &Analysis, s: usize, k: usize) -> Option<(EntityId, usize)> {
    let mi = a.mention_at_token(s, k)?;
    let m = &a.mentions[mi];
    let kind = a.entities[m.entity].kind;
    let owner = a.text[m.span.end..].starts_with(['’', '\'']);
    (matches!(kind, EntityKind::Organization | EntityKind::Country) && !owner)
        .then(|| (m.entity, a.token_at(s, m.span.start)))
}

/// The phrase that introduces the name starting at token `first` ("Tory co-chairman" before
/// "Liam Fox"), when its last word is a lower-case noun.
fn introducing_phrase(a: &Analysis, s: usize, first: usize) -> Option<Phrase> {
    let head = first.checked_sub(1)?;
    if !plain_word(a, s, head) || strip_possessive(a.word(s, head)).1 {
        return None;
    }
    let mut phrase = Phrase::default();
    let mut k = head + 1;
    while k > 0 && phrase.words.len() + phrase.entities.len() <= MAX_MODIFIERS {
        let j = k - 1;
        if plain_word(a, s, j) && !strip_possessive(a.word(s, j)).1 {
            phrase.words.push(a.lw(s, j).to_string());
            k = j;
        } else if inner_hyphen(a, s, j) {
            k = j;
        } else if let Some((e, start)) = modifier_entity(a, s, j) {
            phrase.entities.push(e);
            k = start;
        } else {
            break;
        }
    }
    // "the way Tony Blair runs …": a noun after a determiner is no description of the name
    // after it.
    let determiner = k > 0 && matches!(a.lw(s, k - 1), "the" | "a" | "an" | "this" | "that");
    (!determiner).then_some(phrase)
}

/// The words after the "the" of token `the` that may make a description: names used as
/// modifiers, then lower-case words, each with its token. Where the description ends is left to
/// the caller: "the Tory co-chairman attacked …" may end at any of its words.
fn description_at(a: &Analysis, s: usize, the: usize) -> (Phrase, Vec<usize>) {
    let toks = &a.tokens[s];
    let mut phrase = Phrase::default();
    let mut heads = Vec::new();
    let mut k = the + 1;
    while k < toks.len() && phrase.words.len() + phrase.entities.len() <= MAX_MODIFIERS {
        if plain_word(a, s, k) {
            phrase
                .words
                .push(strip_possessive(a.lw(s, k)).0.to_string());
            heads.push(k);
            // "the firm's chief": a possessive ends the description.
            if strip_possessive(a.word(s, k)).1 {
                break;
            }
            k += 1;
        } else if !heads.is_empty() && inner_hyphen(a, s, k) {
            k += 1;
        } else if people_adjective(a, s, k) {
            // "the European cross-country champion": an adjective of a people or a region, in
            // capitals but no name.
            k += 1;
        } else if let Some((e, _)) = modifier_entity(a, s, k).filter(|_| heads.is_empty()) {
            phrase.entities.push(e);
            let Some(mi) = a.mention_at_token(s, k) else {
                break;
            };
            k = a.token_at(s, a.mentions[mi].span.end).max(k + 1);
        } else if let Some(mi) = title_modifier(a, s, k).filter(|_| k == the + 1) {
            // "the Weakest Link presenter": a show, a film or a team that names the post.
            phrase.entities.push(a.mentions[mi].entity);
            k = a.token_at(s, a.mentions[mi].span.end).max(k + 1);
        } else {
            break;
        }
    }
    (phrase, heads)
}

/// Whether token `k` is a capitalised adjective of the stop list (a people, a faith, a
/// region: "European", "Muslim") before a lower-case word.
fn people_adjective(a: &Analysis, s: usize, k: usize) -> bool {
    let toks = &a.tokens[s];
    toks[k].is_word
        && toks[k].capitalized
        && a.mention_at_token(s, k).is_none()
        && a.lx.stopwords.contains(a.lw(s, k))
        && a.word(s, k).chars().all(char::is_alphabetic)
        && toks.get(k + 1).is_some_and(|t| t.is_word && !t.capitalized)
}

/// The mention at token `k` when it is a name that qualifies the noun after it, whatever its
/// kind ("the Weakest Link presenter", "the Harry Potter star"): no owner, and a lower-case word
/// follows.
fn title_modifier(a: &Analysis, s: usize, k: usize) -> Option<usize> {
    let mi = a.mention_at_token(s, k)?;
    let m = &a.mentions[mi];
    let owner = a.text[m.span.end..].starts_with(['’', '\'']);
    let after = a.token_at(s, m.span.end);
    let noun_after = a.tokens[s]
        .get(after)
        .is_some_and(|t| t.span.start >= m.span.end)
        && plain_word(a, s, after);
    (!owner && noun_after).then_some(mi)
}

/// Whether a head noun can describe an entity of this kind: a role word of
/// `descriptor_roles.tsv` or a noun in -man or -woman for a person ("co-chairman"), a noun of
/// `org_nouns.tsv`, a trade word of `relation_words.tsv` or a one-word cue of
/// `entity_cues.tsv` for an organisation ("regulator", "club"). A verb
/// before a name ("to attack Blair") or a noun of something else ("the election") is no
/// introduction of it.
fn fits(a: &Analysis, kind: EntityKind, head: &str) -> bool {
    match kind {
        EntityKind::Person => {
            a.lx.descriptor_roles
                .keys()
                .any(|k| k.rsplit(' ').next() == Some(head))
                || head.ends_with("man")
                || head.ends_with("woman")
        }
        EntityKind::Organization => {
            a.lx.org_nouns.contains_key(head)
                || a.lx.relation_words.firm_words.contains(head)
                || a.lx.entity_cues.iter().any(|c| {
                    c.kind == EntityKind::Organization
                        && !c.possessive
                        && c.after.is_empty()
                        && c.before.len() == 1
                        && c.before[0] == head
                })
        }
        _ => false,
    }
}

/// Adds mentions for descriptions that echo how a name was introduced (see the module docs).
pub fn find_echoed_descriptions(a: &mut Analysis) {
    a.rebuild_mention_index();
    // Head noun → (where the name starts, its entity, its introducing phrase), in text order.
    let mut introduced: HashMap<String, Vec<(usize, EntityId, Phrase)>> = HashMap::new();
    for (mi, m) in a.mentions.iter().enumerate() {
        let info = &a.mention_info[mi];
        let kind = a.entities[m.entity].kind;
        if m.kind != MentionKind::Name
            || info.modifier
            || !matches!(kind, EntityKind::Person | EntityKind::Organization)
        {
            continue;
        }
        let s = info.sentence;
        let first = a.token_at(s, m.span.start);
        if let Some(phrase) = introducing_phrase(a, s, first).filter(|p| fits(a, kind, &p.words[0]))
        {
            let head = phrase.words[0].clone();
            introduced
                .entry(head)
                .or_default()
                .push((m.span.start, m.entity, phrase));
        }
    }
    for list in introduced.values_mut() {
        list.sort_by_key(|(pos, _, _)| *pos);
    }
    let mut added: Vec<FoundDescriptor> = Vec::new();
    for s in 0..a.tokens.len() {
        for the in 0..a.tokens[s].len() {
            if a.lw(s, the) != "the" || a.mention_at_token(s, the).is_some() {
                continue;
            }
            let pos = a.tokens[s][the].span.start;
            if a.in_quote(pos) {
                continue;
            }
            let (phrase, heads) = description_at(a, s, the);
            let toks = &a.tokens[s];
            // Whether the reading of the first `n` words may end there: not before a name or an
            // owner that makes it another's, nor inside a noun phrase.
            let ends_here = |n: usize| {
                let head = heads[n - 1];
                // "the Tory co-chairman Liam Fox" names its own.
                let named_after = !strip_possessive(a.word(s, head)).1
                    && toks
                        .get(head + 1)
                        .is_some_and(|t| t.capitalized && t.is_word);
                // "the chairman of the Commission for Racial Equality" names its own body.
                let owned_after = toks
                    .get(head + 1)
                    .is_some_and(|_| a.lw(s, head + 1) == "of");
                // A reading shorter than the words run ends before a verb ("the Tory
                // co-chairman attacked"), not inside a noun phrase ("the first attempt", "the
                // market operator's plans").
                let verb_after = n == heads.len() || {
                    let next = a.lw(s, head + 1);
                    next.ends_with("ed")
                        || next.ends_with("ing")
                        || a.speech_verb(s, head + 1).is_some()
                };
                !named_after && !owned_after && verb_after
            };
            // The longest reading whose words all belong to one name's introduction.
            let echoed = (1..=heads.len()).rev().find_map(|n| {
                if !ends_here(n) {
                    return None;
                }
                let head = heads[n - 1];
                let words = &phrase.words[..n];
                let list = introduced.get(&words[n - 1])?;
                let before = list.partition_point(|(at, _, _)| *at < pos);
                list[..before]
                    .iter()
                    .rev()
                    .find(|(_, _, intro)| {
                        words.iter().all(|w| intro.words.contains(w))
                            && phrase.entities.iter().all(|e| intro.entities.contains(e))
                    })
                    .map(|&(_, entity, _)| (head, entity))
            });
            // Else an epithet for the person last named, unless a relative clause makes it
            // someone new ("the actor who played …").
            let found = echoed.or_else(|| {
                let (n, gender) = (1..=heads.len()).rev().find_map(|n| {
                    let gender = epithet_gender(a, &phrase.words[n - 1])?;
                    ends_here(n).then_some((n, gender))
                })?;
                let head = heads[n - 1];
                let relative = toks.get(head + 1).is_some_and(|_| {
                    matches!(
                        a.lw(s, head + 1),
                        "who" | "whom" | "whose" | "that" | "which"
                    )
                });
                if relative {
                    return None;
                }
                let gender = match gender {
                    Gender::Unknown => reported_gender(a, s, head),
                    known => known,
                };
                epithet_person(a, pos, &phrase.words[n - 1], gender).map(|e| (head, e))
            });
            let Some((head, entity)) = found else {
                continue;
            };
            let head_tok = &a.tokens[s][head];
            let end = head_tok.span.start + strip_possessive(a.word(s, head)).0.len();
            added.push(found_descriptor(a, s, pos..end, entity, the, head));
        }
    }
    push_descriptors(a, added);
}
