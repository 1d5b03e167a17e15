//! Relations: who did what to whom, typed by `data/relation_verbs.tsv`.
//!
//! Entry: [`find_relations`].
//!
//! # Rationale
//! A trigger phrase is found by lower-cased word lookup, then its agent and target by position:
//! the subject before an active verb, the object after it; `by X` after a participle ("panned
//! by the United States") makes X the agent (voice is normalised); the possessor of a noun
//! ("Xi's visit to Moscow") or `from X` after it ("a trip to Ukraine from Kishida") is the
//! agent of a nominal trigger; "A and B met" and "the Xi-Putin meeting" relate both names.
//! Hedges, negation and futures are kept as modality rather than dropped or asserted.

use super::analysis::Analysis;
use super::coref::{
    direct_object, leads_next_noun, object_after, resolve_possessive, resolve_pronoun,
    sentence_subject, subject_before as coref_subject_before, ROLE_NOUNS,
};
use super::time::statement_date;
use super::{
    AttributionKind, DatePrecision, DateSource, EntityId, EntityKind, Gender, Mention, MentionKind,
    Modality, Relation, Span, Statement, StatementForm,
};
use crate::lexicon::TriggerPattern;

/// "Neither France nor Germany backed him": "neither" and "nor" deny the act too.
const NEGATION: &[&str] = &["not", "never", "no", "neither", "nor"];

/// Prepositions after which a name is an object or a description, never a subject ("Comparing
/// the assembly to Germany is crass", "Shares in US phone company MCI").
const PREPOSITIONS: &[&str] = &[
    "to", "of", "with", "from", "for", "against", "on", "at", "by", "than", "in", "into", "like",
];

/// Words that may stand between an evaluation's subject and the phrase.
const EVALUATION_GLUE: &[&str] = &[
    // "a UKIP whose leadership had “gone AWOL”": the owner of the judged leadership.
    "whose",
    "has",
    "had",
    "have",
    "is",
    "was",
    "were",
    "are",
    "been",
    "be",
    "'s",
    "’s",
    "s",
    "should",
    "must",
    "would",
    "will",
    "could",
    "may",
    "might",
    "to",
    "also",
    "now",
    // "has done a fine job".
    "done",
    "doing",
    "clearly",
    "obviously",
    "simply",
    "just",
    "still",
    "already",
    "time",
    "for",
    "it",
    "highly",
    "very",
    "deeply",
    // "the House of Lords decision was a “step in the wrong direction”".
    "a",
    "an",
    "hugely",
    "extremely",
    "bitterly",
    "quite",
    "rather",
    "so",
    "too",
    "utterly",
    "completely",
    "totally",
    "comments",
    "remarks",
    "words",
    "behaviour",
    "conduct",
    "approach",
    "handling",
    "style",
    "leadership",
    "performance",
    "proposals",
    "stance",
    "policies",
    "tactics",
    "strategy",
    "plans",
    "policy",
    "record",
    "decision",
    "campaign",
    "election",
];

const BE_FORMS: &[&str] = &["was", "were", "been", "is", "are", "being", "be"];

/// Finite auxiliaries and modals that open a clause right after its subject ("warned Labour
/// was", "accepted the Tories had").
const CLAUSE_AUXILIARIES: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "have", "would", "will", "could", "can", "may",
    "might", "should", "must", "did", "does",
];

/// Whether the future word at token `j` speaks of the future: "plans to", "is set to",
/// "expected to" and "plans a joint venture" do, "Gordon Brown's plans were attacked" does not.
fn future_use(a: &Analysis, s: usize, j: usize) -> bool {
    let next = a.lw(s, j + 1);
    !matches!(a.lw(s, j), "plans" | "set" | "expected" | "intends")
        || next == "to"
        || (a.lw(s, j) == "plans" && matches!(next, "a" | "an"))
}

/// Whether the act at token `trigger` is the infinitive of a bid, plan or application (an
/// `intention` of relation_words.tsv) that was turned down or failed: "Iran's bid to join the
/// WTO has been refused", "… was blocked by the US", "the plan to buy X failed". The refusal is a
/// participle after a form of "be" that is a `negating_verb` or a trigger of `rejected`, or a
/// `negating_verb` itself, within ten words of the act and in its clause.
fn bid_turned_down(a: &Analysis, s: usize, trigger: usize) -> bool {
    let rw = &a.lx.relation_words;
    let owned_bid = trigger >= 2
        && a.lw(s, trigger - 1) == "to"
        && rw.intentions.contains(a.lw(s, trigger - 2));
    if !owned_bid {
        return false;
    }
    let toks = &a.tokens[s];
    let rejecting = |k: usize| {
        let w = a.lw(s, k);
        rw.negating_verbs.contains(w)
            || a.lx
                .relation_triggers_by_first_word
                .get(w)
                .is_some_and(|list| {
                    list.iter().any(|&t| {
                        let t = &a.lx.relation_triggers[t];
                        t.predicate == "rejected" && t.words.len() == 1
                    })
                })
    };
    (trigger + 1..toks.len().min(trigger + 11))
        .take_while(|&k| !matches!(a.word(s, k), "," | ";" | ":" | "." | "but" | "and"))
        .any(|k| {
            let after_be = BE_FORMS.contains(&a.lw(s, k - 1)) || a.lw(s, k - 1) == "been";
            (after_be && rejecting(k)) || (matches!(a.lw(s, k), "failed" | "fails") && !after_be)
        })
}

fn modality(a: &Analysis, s: usize, trigger: usize) -> Modality {
    // "claims that he did not trust …": a denial is told first, whoever reports it.
    let negated = (trigger.saturating_sub(4)..trigger).any(|j| {
        let w = a.lw(s, j);
        NEGATION.contains(&w) || w.ends_with("n't") || w.ends_with("n’t")
    });
    // "Mr Ebbers rejected allegations he pressured Mr Sullivan", "dismissed claims that she had
    // met him": the event of a claim denied (`denial_verb`, `claim_noun` of relation_words.tsv),
    // as of a clause after "denied" below; no comma between the claim and the event.
    let rw = &a.lx.relation_words;
    let denied_claim = (trigger.saturating_sub(6)..trigger).any(|j| {
        let verb = match j.checked_sub(1) {
            Some(v) if a.lw(s, v) == "the" => v.checked_sub(1),
            v => v,
        };
        rw.claim_nouns.contains(a.lw(s, j))
            && verb.is_some_and(|v| rw.denial_verbs.contains(a.lw(s, v)))
            && (j + 1..trigger).all(|k| !matches!(a.word(s, k), "," | ";" | ":"))
    });
    if denied_claim || bid_turned_down(a, s, trigger) {
        return Modality::Negated;
    }
    // "His claims were denied by Straw": claims that are the subject of a passive are what
    // is acted on, not who reports it.
    let marker = |j: usize| {
        a.lx.relation_words.report_markers.contains(a.lw(s, j))
            && !(a.is_noun_use(s, j) && BE_FORMS.contains(&a.lw(s, j + 1)))
    };
    if !negated && (0..trigger).any(marker) {
        return Modality::Reported;
    }
    // "terminated its agreement to acquire X", "withdrew its takeover offer for X", "called
    // off talks with X": a deal, bid or plan called off (`cancel_verb` of relation_words.tsv),
    // with only lower-case words between it and the act.
    let cancelled = (trigger.saturating_sub(7)..trigger).rev().find(|&j| {
        let w = a.lw(s, j);
        a.lx.relation_words.cancel_verbs.contains(w)
            || w == "off" && j > 0 && matches!(a.lw(s, j - 1), "called" | "calls" | "call")
    });
    if let Some(j) = cancelled {
        let plain = (j + 1..trigger).all(|k| {
            let w = a.word(s, k);
            w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                || is_sum_word(a.lw(s, k))
        });
        if plain {
            return Modality::Negated;
        }
    }
    // "Fiat considered the plan but met Vodafone", "did not attack Brown but praised Blair":
    // a hedge or negation before "but" belongs to the other clause.
    let lo = trigger.saturating_sub(4);
    let lo = (lo..trigger)
        .rev()
        .find(|&j| matches!(a.lw(s, j), "but" | ";"))
        .map_or(lo, |j| j + 1);
    // "X is said to have met Y", "was reported to be planning to buy" (reported), "is thought
    // to have met" (hedged): the act on someone else's word or as a guess (`raising_verb`);
    // the "to" opens the act's own infinitive, with no comma before the act.
    let raised = (trigger.saturating_sub(6)..trigger)
        .rev()
        .take_while(|&j| !matches!(a.word(s, j), "," | ";" | ":"))
        .filter(|&j| {
            a.lw(s, j + 1) == "to"
                && (j + 2 == trigger || matches!(a.lw(s, j + 2), "have" | "be" | "been"))
        })
        .find_map(|j| a.lx.relation_words.raising_verbs.get(a.lw(s, j)));
    let mut m = Modality::Asserted;
    match raised.map(String::as_str) {
        Some("reported") => return Modality::Reported,
        Some(_) => m = Modality::Hedged,
        None => {}
    }
    for j in lo..trigger {
        let w = a.lower(s, j);
        if w == "," {
            m = Modality::Asserted;
            continue;
        }
        if NEGATION.contains(&w.as_str()) || w.ends_with("n't") || w.ends_with("n’t") {
            return Modality::Negated;
        }
        // "Ebbers denied he frequently met Sullivan": the event of a denied clause.
        if matches!(w.as_str(), "denied" | "denies" | "deny" | "denying") {
            return Modality::Negated;
        }
        // "Heath failed to build a coalition with the Liberals", "refused to meet the
        // delegation": an act that did not happen (`negating_verb` of relation_words.tsv).
        if a.lw(s, j + 1) == "to" && a.lx.relation_words.negating_verbs.contains(w.as_str()) {
            return Modality::Negated;
        }
        // "would be happy to meet": a willingness, not a plan.
        let willing = matches!(
            w.as_str(),
            "happy" | "willing" | "prepared" | "ready" | "keen"
        ) && (lo..j).any(|k| matches!(a.lw(s, k), "would" | "could" | "might"));
        if a.lx.relation_words.hedges.contains(w.as_str()) || willing {
            m = Modality::Hedged;
        } else if (a.lx.relation_words.future_markers.contains(w.as_str()) && future_use(a, s, j)
            || (w == "to"
                // "X TO BE ACQUIRED BY Y": a passive infinitive too.
                && (j + 1 == trigger
                    || j + 2 == trigger
                        && a.lw(s, j + 1) == "be"
                        && (j == 0
                            || a.mention_at_token(s, j - 1).is_some()
                            || BE_FORMS.contains(&a.lw(s, j - 1)))
                    || light_verb_of(a, s, j + 1, trigger))
                && ranked_doer_copula(a, s, j).is_none()
                // "opted to sell a stake to X": a choice made is an act done; so is what one
                // "went on to" do.
                && !(j > 0 && matches!(a.lw(s, j - 1), "opted" | "chose"))
                && !(j > 1 && a.lw(s, j - 1) == "on" && a.lw(s, j - 2) == "went")))
            && m == Modality::Asserted
        {
            m = Modality::Future;
        }
    }
    // "arms that could be used by China to threaten Taiwan": a modal of possibility governs the
    // infinitive chain of its clause, however far before the act (no comma, "and" or "but"
    // between, and the act right after "to").
    if m == Modality::Future
        && trigger > 0
        && a.lw(s, trigger - 1) == "to"
        && (trigger.saturating_sub(9)..lo)
            .rev()
            .take_while(|&j| {
                !matches!(a.word(s, j), "," | ";" | ":" | "\"" | "“" | "”")
                    && !matches!(a.lw(s, j), "but" | "and" | "that" | "which" | "who")
            })
            .any(|j| matches!(a.lw(s, j), "could" | "might" | "may"))
    {
        m = Modality::Hedged;
    }
    // "it is not yet known whether X and Y would support the bid": a clause opened by
    // "whether" is a question, however far before the act its opener stands (no comma, no
    // other clause between).
    if matches!(m, Modality::Asserted | Modality::Future)
        && (trigger.saturating_sub(10)..lo)
            .rev()
            .take_while(|&j| {
                !matches!(a.word(s, j), "," | ";" | ":" | "\"" | "“" | "”")
                    && !matches!(a.lw(s, j), "but" | "that")
            })
            .any(|j| a.lw(s, j) == "whether")
    {
        m = Modality::Hedged;
    }
    if m == Modality::Asserted && present_tense(a, s, trigger) && upcoming_time(a, s, trigger) {
        m = Modality::Future;
    }
    if m == Modality::Asserted {
        if let Some(joint) = joint_noun_modal(a, s, trigger) {
            m = joint;
        }
    }
    // "Boeing is to supply the airline with 50 planes in a deal worth $6bn": goods to be
    // delivered under a deal already struck (relation gold batch 10: orders once placed).
    let in_a_deal = || {
        (trigger + 1..a.tokens[s].len().saturating_sub(2)).any(|k| {
            a.lw(s, k) == "in"
                && matches!(a.lw(s, k + 1), "a" | "the")
                && matches!(a.lw(s, k + 2), "deal" | "contract" | "order")
        })
    };
    if m == Modality::Future
        && matches!(a.lw(s, trigger), "sell" | "supply")
        && trigger >= 2
        && a.lw(s, trigger - 1) == "to"
        && matches!(a.lw(s, trigger - 2), "is" | "are")
        && in_a_deal()
    {
        m = Modality::Asserted;
    }
    m
}

/// Prepositions before a passive gerund whose subject is the main clause's ("after being
/// criticised by", "despite being backed by").
const GERUND_PASSIVE_OPENERS: &[&str] = &[
    "after", "before", "since", "despite", "without", "upon", "on", "while", "when",
];

/// Joint nouns that name a tie-up of the two sides after "between" ("a merger between A and
/// B"), besides the deal nouns of `slot_noun`. Kept out of `slot_noun`: "agreed a merger with"
/// has its own trigger, and a merger is no light verb's deal noun.
const JOINT_TIE_UPS: &[&str] = &["merger", "tie-up", "link-up"];

/// The modality a joint noun's own clause gives it when the noun opens that clause as its
/// subject ("A merger between A and B would be the fifth deal since October" hedged; "a merger
/// between A and B which authorities have said will go ahead" future): the noun at `trigger`
/// is followed by "between", only an article and lower-case modifiers stand before it (or a
/// form of "be" that inverts the clause: "Further muddying the waters is a merger between"),
/// and the first modal after it, within twelve words and before any comma, colon or
/// semicolon, says what the clause holds. None otherwise: "signed a deal between A and B"
/// keeps the verb's modality.
fn joint_noun_modal(a: &Analysis, s: usize, trigger: usize) -> Option<Modality> {
    if a.lw(s, trigger + 1) != "between" {
        return None;
    }
    let head = a.lw(s, trigger);
    let rw = &a.lx.relation_words;
    if !(is_deal_noun(a, head) || JOINT_TIE_UPS.contains(&head) || rw.talk_nouns.contains(head)) {
        return None;
    }
    // Back to the article: lower-case modifiers only ("a three-way merger", "the proposed
    // tie-up"), then the sentence's start, a comma, or a form of "be".
    let mut j = trigger;
    let mut seen_article = false;
    while j > 0 {
        let w = a.lw(s, j - 1);
        if matches!(w, "a" | "an" | "the" | "any") {
            seen_article = true;
            j -= 1;
            break;
        }
        let word = a.word(s, j - 1);
        if !word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            || BE_FORMS.contains(&w)
            || trigger - j >= 3
        {
            return None;
        }
        j -= 1;
    }
    if !seen_article && j > 0 {
        return None;
    }
    let opens =
        j == 0 || matches!(a.word(s, j - 1), "," | ";" | ":") || BE_FORMS.contains(&a.lw(s, j - 1));
    if !opens {
        return None;
    }
    let toks = &a.tokens[s];
    (trigger + 2..toks.len().min(trigger + 14))
        .take_while(|&k| !matches!(a.word(s, k), "," | ";" | ":" | "(" | "-" | "--"))
        .find_map(|k| match a.lw(s, k) {
            "would" | "could" | "might" | "may" => Some(Modality::Hedged),
            "will" | "shall" => Some(Modality::Future),
            _ => None,
        })
}

/// Whether the token `verb` is a light verb whose object is the nominal trigger at `trigger`,
/// with at most three words between: "wants to build a coalition with", "to hold fresh talks
/// with".
fn light_verb_of(a: &Analysis, s: usize, verb: usize, trigger: usize) -> bool {
    trigger > verb + 1
        && trigger <= verb + 4
        && a.lx.relation_words.light_verbs.contains(a.lw(s, verb))
        && (verb + 1..trigger).all(|k| a.word(s, k).starts_with(char::is_lowercase))
}

/// Words that rank a doer among others ("the latest shareholder to express concern").
const RANKS: &[&str] = &[
    "latest", "first", "last", "only", "second", "third", "newest",
];

/// Nouns ranked so that are a means or a moment, not a doer ("the only way to", "the first
/// time to").
const MEANS_NOUNS: &[&str] = &[
    "way",
    "ways",
    "time",
    "thing",
    "step",
    "option",
    "chance",
    "opportunity",
    "place",
    "means",
];

/// The copula of "X is the latest NOUN to VERB" when the "to" is at token `to`: the act is one
/// X did, not a plan ("Standard Life is the latest shareholder in Deutsche Boerse to express
/// concern", "became the first firm to sign"). At most eight words, none of them punctuation,
/// stand between "the" + a word of `RANKS` and "to"; a form of "be" or "become" comes right
/// before "the". Returns the copula's token.
fn ranked_doer_copula(a: &Analysis, s: usize, to: usize) -> Option<usize> {
    let the = (to.saturating_sub(9)..to)
        .rev()
        .take_while(|&k| !matches!(a.word(s, k), "," | ";" | ":" | "." | "-" | "(" | ")"))
        .find(|&k| a.lw(s, k) == "the" && RANKS.contains(&a.lw(s, k + 1)))
        // "would be the only way to meet": a means ranked, not a doer.
        .filter(|&k| !MEANS_NOUNS.contains(&a.lw(s, k + 2)))?;
    let copula = the.checked_sub(1)?;
    let w = a.lw(s, copula);
    (BE_FORMS.contains(&w) || matches!(w, "became" | "becomes" | "become")).then_some(copula)
}

/// Whether the verb at token `i` is in the present tense, third person ("visits", "meets").
fn present_tense(a: &Analysis, s: usize, i: usize) -> bool {
    let w = a.lw(s, i);
    w.ends_with('s') && !w.ends_with("ss") && verb_lemma(a, w) != w
}

/// Whether the sentence names a time still to come ("next month", "tomorrow", "later today",
/// or "this week" before the verb at `trigger`): with it, the present tense of an act is a
/// schedule ("Mr Kennedy is campaigning this week as he visits Manchester", "Blair meets Bush
/// next week"). "This month" after the verb may be past ("criticises Neville for … the clash
/// this month").
fn upcoming_time(a: &Analysis, s: usize, trigger: usize) -> bool {
    const PERIODS: &[&str] = &["week", "weekend", "month", "year"];
    (0..a.tokens[s].len()).any(|j| {
        let next = a.lw(s, j + 1);
        match a.lw(s, j) {
            "tomorrow" => true,
            "this" => j < trigger && PERIODS.contains(&next),
            "next" => PERIODS.contains(&next) || crate::extract::time::is_calendar_word(next),
            "later" => matches!(next, "this" | "today"),
            _ => false,
        }
    })
}

fn place_in_sentence(a: &Analysis, s: usize, from: usize) -> Option<EntityId> {
    let toks = &a.tokens[s];
    (from..toks.len()).find_map(|j| {
        if !matches!(a.lower(s, j).as_str(), "in" | "at") {
            return None;
        }
        let mi = a.mention_at_token(s, j + 1)?;
        let e = a.mentions[mi].entity;
        (a.entities[e].kind == EntityKind::Place).then_some(e)
    })
}

/// Whether a byte lies inside a real quotation, not a scare-quoted word or two: the Pro-Life
/// Alliance "congratulated" Mr Howard is still an act of the alliance.
fn in_long_quote(a: &Analysis, byte: usize) -> bool {
    // Quotes do not overlap: only the one around the byte can hold it.
    a.quote_around(byte)
        .is_some_and(|q| a.text[q.clone()].split_whitespace().count() > 3)
}

/// The other of two names joined in one hyphenated word with the mention at `span` ("the
/// Blair-Brown feud", "the Fiat-GM alliance"): none unless the word holds exactly two.
fn paired_in_compound(a: &Analysis, s: usize, e: EntityId, span: &Span) -> Option<EntityId> {
    let k = a.token_at(s, span.start);
    let tok = &a.tokens[s].get(k)?.span;
    if !a.word(s, k).contains('-') {
        return None;
    }
    let inside: Vec<EntityId> = a.mentions_in(tok).map(|mi| a.mentions[mi].entity).collect();
    match inside.as_slice() {
        [x, y] if *x == e && *y != e => Some(*y),
        [x, y] if *y == e && *x != e => Some(*x),
        _ => None,
    }
}

/// The name a description opening with a modifier name leads to: "German car firm Renault"
/// (Germany only describes the firm) → Renault. Only lower-case words of the description stand
/// between; none when the mention at `span` is no modifier.
fn name_after_modifier(a: &Analysis, s: usize, span: &Span) -> Option<(EntityId, Span)> {
    if !is_modifier_use(a, s, span) {
        return None;
    }
    let toks = &a.tokens[s];
    let from = a.token_at(s, span.end);
    (from..toks.len().min(from + 4))
        .take_while(|&k| {
            a.mention_at_token(s, k).is_some()
                || a.word(s, k).chars().all(|c| c.is_lowercase() || c == '-')
        })
        .find_map(|k| {
            let mi = a.mention_at_token(s, k)?;
            let m = &a.mentions[mi];
            (m.span.start == toks[k].span.start
                && m.kind != MentionKind::Demonym
                && !is_modifier_use(a, s, &m.span)
                && is_actor(a, m.entity))
            .then(|| (m.entity, m.span.clone()))
        })
}

/// The name a nationality word stands right before: "an offer from Swiss Xstrata" names
/// Xstrata, not Switzerland. Any other mention is returned as it is.
fn past_nationality(a: &Analysis, s: usize, found: (EntityId, Span)) -> (EntityId, Span) {
    let Some(mi) = a.mention_starting(found.1.start) else {
        return found;
    };
    if a.mentions[mi].kind != MentionKind::Demonym {
        return found;
    }
    let next = a.token_at(s, found.1.end);
    a.mention_at_token(s, next)
        .map(|ni| &a.mentions[ni])
        .filter(|n| {
            n.kind != MentionKind::Demonym
                && n.span.start == a.tokens[s][next].span.start
                && is_actor(a, n.entity)
        })
        .map_or(found, |n| (n.entity, n.span.clone()))
}

/// A country named only as a modifier of a common noun is not the target: "the Thai beach
/// resort of Phuket", "a US banker" (the banker, not the United States), unless the noun is
/// the country's act or arm ("the Chinese initiative").
fn is_modifier_use(a: &Analysis, s: usize, span: &Span) -> bool {
    if leads_next_noun(a.text, span) {
        return false;
    }
    let surface = a.text[span.clone()].to_lowercase();
    let start = a.token_at(s, span.start);
    let after = a.token_at(s, span.end);
    let demonym =
        a.lx.countries
            .iter()
            .any(|c| c.demonyms.iter().any(|d| d.to_lowercase() == surface));
    // "a US banker", "his EU counterparts": a determiner before, a common noun after.
    let article_before = start > 0
        && matches!(
            a.lower(s, start - 1).as_str(),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "some" | "several"
        );
    // "branded the Home Office incompetent", "the Central Bank needs to change": a judging
    // adjective (`evaluations.tsv`, `evaluation_words.tsv`) or an obligation after the name is
    // said of it, no noun it describes.
    let judged_after = a.tokens[s].get(after).is_some_and(|t| {
        let w = t.text(a.text).to_lowercase();
        a.lx.evaluations_by_first_word
            .get(&w)
            .is_some_and(|list| list.iter().any(|&e| a.lx.evaluations[e].0.len() == 1))
    });
    let noun_after = !judged_after
        && !obliged(a, span)
        && a.tokens[s].get(after).is_some_and(|t| {
            let w = t.text(a.text);
            w.chars().next().is_some_and(char::is_lowercase)
                && !a.lx.stopwords.contains(&w.to_lowercase())
        });
    // "rejected the Chinese initiative", "attacked UK policy": what a country proposes or
    // decides stands for the country.
    // "an Indian budget airline", "UK policy makers": an act word that itself describes the
    // next noun is no act.
    let compound = a.tokens[s].get(after + 1).is_some_and(|t| {
        let w = t.text(a.text);
        w.chars().all(char::is_lowercase) && !a.lx.stopwords.contains(w)
    });
    let act_after = !compound
        && a.tokens[s].get(after).is_some_and(|t| {
            let w = t.text(a.text).to_lowercase();
            a.lx.relation_words.country_acts.contains(w.as_str())
                || (a.lx.relation_words.acts.contains(w.as_str()) && is_known_actor(a, s, span))
        });
    // "a deal with India's HCL Technologies": the owner of another name is not the target.
    let owner_of_name = a.text[span.end..]
        .strip_prefix(['’', '\''])
        .map(|rest| rest.strip_prefix('s').unwrap_or(rest))
        .map(|rest| {
            span.end
                + (a.text.len() - span.end - rest.len())
                + (rest.len() - rest.trim_start().len())
        })
        .is_some_and(|at| a.mention_starting(at).is_some());
    // "bought US firm Zenith", "talks with UK bank Barclays": a country's name before a word
    // for a firm (`org_nouns.tsv`, an organisation cue of `entity_cues.tsv` such as "maker", or
    // a `firm_word` of `relation_words.tsv` such as "rival") and the firm's name only describes the firm, with no article before it too.
    let describes_a_firm = a.mention_at_token(s, start).is_some_and(|mi| {
        matches!(
            a.entities[a.mentions[mi].entity].kind,
            EntityKind::Country | EntityKind::Place
        )
    }) && (after..a.tokens[s].len().min(after + 3))
        .take_while(|&k| {
            let w = a.word(s, k);
            w.chars().all(|c| c.is_lowercase() || c == '-') && !a.lx.stopwords.contains(w)
        })
        .any(|k| {
            let w = a.word(s, k);
            is_firm_word(a, w)
                && a.mention_at_token(s, k + 1).is_some_and(|mi| {
                    a.entities[a.mentions[mi].entity].kind == EntityKind::Organization
                })
        });
    ((demonym || (article_before && noun_after)) && !act_after) || owner_of_name || describes_a_firm
}

/// Whether a name before an act noun is an actor the tables know ("the EU announcement", "the
/// Home Office decision"), not a word read as a name ("the ID scheme").
fn is_known_actor(a: &Analysis, s: usize, span: &Span) -> bool {
    let Some(mi) = a.mention_at_token(s, a.token_at(s, span.start)) else {
        return false;
    };
    let entity = &a.entities[a.mentions[mi].entity];
    match entity.kind {
        EntityKind::Country | EntityKind::Person => true,
        // "the EC complaint" stays known when the article also names the European Community.
        EntityKind::Organization => {
            let initials = |name: &str| a.lx.organization_initials.contains(&name.replace('.', ""));
            a.lx.organizations.iter().any(|o| o.name == entity.name)
                || initials(&entity.name)
                || initials(&a.text[span.clone()])
        }
        _ => false,
    }
}

/// Verbs that judge their object: an act named with its doer stands for the doer.
const JUDGING: &[&str] = &["criticized", "praised", "backed", "rejected"];

/// The doer of an act named as a verb's object: "welcomed the move by Gordon Brown",
/// "rejected the claims made by Michael Howard", "criticised the proposals of the Home Office"
/// (a determiner, at most one modifier, an act noun, then "by", "of" or "from" and a name).
fn doer_of_act_object(a: &Analysis, s: usize, verb_end: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    let mut k = verb_end + 1;
    // "would veto any tax increases voted by Congress": "any" and "all" too.
    if k < toks.len()
        && matches!(
            a.lw(s, k),
            "the" | "a" | "an" | "this" | "these" | "those" | "any" | "all"
        )
    {
        k += 1;
    }
    // "attacked his policies": the owner named by a possessive pronoun.
    if matches!(a.lw(s, verb_end + 1), "his" | "her" | "its" | "their") {
        let noun = (k + 1..toks.len().min(k + 3))
            .find(|&j| a.lx.relation_words.acts.contains(a.lw(s, j)))?;
        let plain =
            (k + 1..noun).all(|j| a.word(s, j).chars().all(|c| c.is_lowercase() || c == '-'));
        let owner = resolve_possessive(a, s, verb_end + 1)?;
        return plain.then(|| (owner, toks[verb_end + 1].span.clone()));
    }
    // "branded the UK government's response …", "attacked the French government's plans":
    // a country's government owning the act stands for the country.
    if let Some(mi) = a.mention_at_token(s, k) {
        let m = &a.mentions[mi];
        let after = a.token_at(s, m.span.end);
        let government = a.lw(s, after);
        let (body, owner_end) = match government
            .strip_suffix("’s")
            .or(government.strip_suffix("'s"))
        {
            Some(body) => (body, after),
            None if matches!(a.word(s, after + 1), "’s" | "'s") => (government, after + 1),
            None => ("", after),
        };
        let country = a.entities[m.entity].kind == EntityKind::Country;
        let act = (owner_end + 1..toks.len().min(owner_end + 3))
            .any(|j| a.lx.relation_words.acts.contains(a.lw(s, j)));
        if country && matches!(body, "government" | "administration") && act {
            return Some((m.entity, m.span.clone()));
        }
    }
    // "supported the EC complaint", "rejected the Tory proposals": a name before the act.
    if let Some(mi) = a.mention_at_token(s, k) {
        let m = &a.mentions[mi];
        let after = a.token_at(s, m.span.end);
        let act = after < toks.len() && a.lx.relation_words.acts.contains(a.lw(s, after));
        let whole = m.span.start == toks[k].span.start;
        let named = m.kind != MentionKind::Demonym && is_known_actor(a, s, &m.span);
        return (act && whole && named).then(|| (m.entity, m.span.clone()));
    }
    let noun =
        (k..toks.len().min(k + 2)).find(|&j| a.lx.relation_words.acts.contains(a.lw(s, j)))?;
    if (k..noun).any(|j| !a.word(s, j).chars().all(|c| c.is_lowercase() || c == '-')) {
        return None;
    }
    let mut j = noun + 1;
    if j < toks.len() && matches!(a.lw(s, j), "made" | "announced" | "unveiled" | "tabled") {
        j += 1;
    } else if let Some(by) = doer_participle_end(a, s, j) {
        // "rejected the plan put forward by Tony Blair", "vetoed the bill passed by Congress".
        j = by;
    }
    if j + 1 >= toks.len() || !matches!(a.lw(s, j), "by" | "of" | "from") {
        return None;
    }
    // "the decision by Britain's highest court": the owner of the doer is not the doer.
    object_after(a, s, j, 3)
        .map(|found| past_nationality(a, s, found))
        .filter(|(_, span)| {
            !is_modifier_use(a, s, span) && !a.text[span.end..].starts_with(['’', '\''])
        })
}

/// The "by" after an act's past participle that opens at token `j`: "(the plan) put forward by",
/// "(the changes) proposed by", "(the bill) passed by", "(the proposals) drawn up by". A
/// participle is a lower-case word in -ed or one of the irregular ones of `IRREGULAR_PARTICIPLES`,
/// with at most one particle after it ("forward", "up", "out", "down"). Returns the index of
/// "by".
fn doer_participle_end(a: &Analysis, s: usize, j: usize) -> Option<usize> {
    let w = a.word(s, j);
    let participle =
        (w.len() > 3 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase()))
            || IRREGULAR_PARTICIPLES.contains(&w);
    if !participle {
        return None;
    }
    let mut k = j + 1;
    if matches!(a.lw(s, k), "forward" | "up" | "out" | "down") {
        k += 1;
    }
    (a.lw(s, k) == "by").then_some(k)
}

/// Whether the name opening at token `first` is the doer of an act after its participle: "the
/// changes proposed by", "the plan put forward by" (an act noun of relation_words.tsv, a
/// participle, "by").
fn doer_after_participle(a: &Analysis, s: usize, first: usize) -> bool {
    // "proposed by Lord Dubs": a title before the name.
    let first = (first.saturating_sub(3)..first)
        .find(|&j| super::mention::title_at(a, s, j).is_some_and(|(_, n)| j + n == first))
        .unwrap_or(first);
    first >= 3
        && a.lw(s, first - 1) == "by"
        && (first.saturating_sub(3)..first - 1).any(|p| {
            p > 0
                && doer_participle_end(a, s, p) == Some(first - 1)
                && a.lx.relation_words.acts.contains(a.lw(s, p - 1))
        })
}

/// Irregular past participles that name how an act came about ("the plan put forward by",
/// "the proposals drawn up by", "the rules laid down by").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "put", "drawn", "laid", "set", "brought", "written", "made", "taken", "sent", "given",
];

/// The relative a subject names as "his husband", "her father" right after the verb: the
/// other person of the article who bears the subject's surname, of the relative's sex ("Mrs
/// Howard will campaign alongside her husband" → Michael Howard). With `judging`, also the owner
/// of an act ("denounced her father's actions"). Kin nouns are `kin_noun` of relation_words.tsv,
/// with the sex they name. None when two others share the surname, or when the subject's name
/// has one word and was not written with an honorific ("Mrs Howard").
fn kin_object(
    a: &Analysis,
    s: usize,
    verb_end: usize,
    (subject, subject_span): (EntityId, &Span),
    judging: bool,
) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    let k = verb_end + 1;
    if !matches!(a.lw(s, k), "his" | "her") || k + 1 >= toks.len() {
        return None;
    }
    let word = a.lw(s, k + 1);
    let (noun, owner) = match word.strip_suffix("'s").or(word.strip_suffix("’s")) {
        Some(noun) => (noun, true),
        None => (word, matches!(a.word(s, k + 2), "'s" | "’s" | "'" | "’")),
    };
    let sex = a.lx.relation_words.kin_nouns.get(noun)?;
    if owner {
        let act =
            (k + 2..toks.len().min(k + 5)).any(|j| a.lx.relation_words.acts.contains(a.lw(s, j)));
        if !(judging && act) {
            return None;
        }
    }
    let subject = &a.entities[subject];
    let surname = match subject.name.rsplit_once(' ') {
        Some((_, last)) => last,
        None => {
            // "Mrs Howard": a one-word name written after an honorific somewhere.
            let honorific = a.mentions.iter().any(|m| {
                a.entities[m.entity].name == subject.name
                    && a.text[..m.span.start]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| HONORIFICS.contains(&w.trim_end_matches('.')))
            }) || HONORIFICS
                .iter()
                .any(|h| a.text[subject_span.clone()].starts_with(&format!("{h} ")));
            if !honorific {
                return None;
            }
            subject.name.as_str()
        }
    };
    let fits = |e: &super::Entity| {
        e.kind == EntityKind::Person
            && e.name != subject.name
            && e.name
                .rsplit_once(' ')
                .is_some_and(|(_, last)| last == surname)
            && match sex.as_str() {
                "male" => e.gender != Gender::Female,
                "female" => e.gender != Gender::Male,
                _ => true,
            }
    };
    let mut relatives = (0..a.entities.len()).filter(|&e| fits(&a.entities[e]));
    let relative = relatives.next()?;
    if relatives.next().is_some() {
        return None;
    }
    Some((relative, toks[k].span.start..toks[k + 1].span.end))
}

/// Words that open a clause between a verb and a name: the name then belongs to the clause
/// ("dismissed reports he told Gordon Brown …", "refused to say whether Mr Brown …").
/// "to" too: "defended plans to end the European Union's arms embargo" defends no union.
const CLAUSE_OPENERS: &[&str] = &[
    "he", "she", "they", "we", "i", "that", "whether", "if", "why", "how", "what", "who", "to",
];

/// Words that open a clause inside a sentence: a noun phrase after one is not in the main
/// clause ("X said that …", "the man who …").
const SUBCLAUSE_OPENERS: &[&str] = &[
    "that", "who", "whom", "which", "whether", "if", "when", "while", "after", "before", "because",
    "he", "she", "they", "we", "i", "and", "but",
];

/// The object after token `from` found by `find`, passing over countries used as modifiers.
/// There is none when the verb takes a clause or an infinitive ("refused to say …", "joins,
/// Turkey …", "dismissed reports he told Brown"), or when the object is "it" or "them" (mostly
/// things: "branded it a sticking plaster", "dismissed them as nonsense").
fn object_skipping_modifiers(
    a: &Analysis,
    s: usize,
    mut from: usize,
    find: impl Fn(usize) -> Option<(EntityId, Span)>,
) -> Option<(EntityId, Span)> {
    let verb_end = from;
    if matches!(
        a.word(s, (verb_end + 1).min(a.tokens[s].len().saturating_sub(1))),
        // "take over from Mr Blair" is succeeding him, not buying him.
        "," | "to" | "from"
    ) && verb_end + 1 < a.tokens[s].len()
    {
        return None;
    }
    for _ in 0..3 {
        let (e, span) = find(from)?;
        if matches!(a.text[span.clone()].to_lowercase().as_str(), "it" | "them") {
            return None;
        }
        let object_tok = a.token_at(s, span.start);
        if (verb_end + 1..object_tok)
            .any(|k| CLAUSE_OPENERS.contains(&a.lw(s, k)) || a.speech_verb(s, k).is_some())
        {
            return None;
        }
        // "rejected the idea Mr Kilroy-Silk posed a threat", "dismissed suggestions Gordon
        // Brown had lost": a name after a claim noun (`claim_noun` of relation_words.tsv) with
        // no preposition between opens the claim's clause; the target is never lifted from it
        // (relation gold: that-clauses). "denied claims by X", "rejected allegations from X"
        // keep X.
        let claim_clause = (verb_end + 1..object_tok.min(verb_end + 4))
            .find(|&k| a.lx.relation_words.claim_nouns.contains(a.lw(s, k)))
            .is_some_and(|k| {
                (k + 1..object_tok).all(|j| {
                    let w = a.lw(s, j);
                    !PREPOSITIONS.contains(&w) && !matches!(w, "made" | "levelled" | "leveled")
                })
            });
        if claim_clause {
            return None;
        }
        // "warns the BBC on Campbell", "criticised the plan on Iraq": a name after "on",
        // "over" or "about" past the object is the topic, not the target.
        if (verb_end + 2..object_tok).any(|k| matches!(a.lw(s, k), "on" | "over" | "about")) {
            return None;
        }
        // "rejects 'Las Vegas' jibe": a quoted name before a noun only describes it.
        let rest = &a.text[span.end..];
        let quote = ['\'', '‘', '’', '"', '“', '”'];
        let quoted_modifier = a.text[..span.start].ends_with(quote)
            && rest.starts_with(quote)
            && rest
                .trim_start_matches(quote)
                .strip_prefix(' ')
                .is_some_and(|after| after.starts_with(|c: char| c.is_lowercase()));
        if quoted_modifier {
            return None;
        }
        // "talks with Deutsche Boerse's rival Euronext": the name after the owner's noun.
        if rest.starts_with(['’', '\'']) {
            let noun = a.token_at(s, span.end) + 1;
            // "Britain's financial watchdog, the Financial Services Authority": or after a
            // comma.
            // "Australia's largest copper miner - MIM Holdings": or after a dash.
            let comma = |k: usize| matches!(a.word(s, k), "," | "-" | "–" | "—") && k > noun;
            let apposed = (noun..(noun + 5).min(a.tokens[s].len()))
                .take_while(|&k| {
                    a.mention_at_token(s, k).is_some()
                        || a.word(s, k).chars().all(char::is_lowercase)
                        || comma(k)
                })
                .take_while(|&k| k <= noun + 2 || (noun..=k).any(comma))
                .find_map(|k| a.mention_at_token(s, k).filter(|_| k > noun));
            // "Brazil's biggest beer firm Ambev": a longer description, ending in a word for a
            // firm right before the name.
            let described = || {
                let k = (noun..(noun + 6).min(a.tokens[s].len()))
                    .find(|&k| {
                        let w = a.word(s, k);
                        !w.chars().all(|c| c.is_lowercase() || c == '-')
                            || a.mention_at_token(s, k).is_some()
                    })
                    .filter(|&k| k > noun)?;
                let mi = a.mention_at_token(s, k)?;
                let firm = a.entities[a.mentions[mi].entity].kind == EntityKind::Organization;
                (firm && is_firm_word(a, a.word(s, k - 1))).then_some(mi)
            };
            if let Some(mi) = apposed.or_else(described) {
                let m = &a.mentions[mi];
                if !a.text[m.span.end..].starts_with(['’', '\'']) {
                    return Some((m.entity, m.span.clone()));
                }
            }
        }
        // "hit back at Mr Brown's critics", "met Mr Brown's advisers", "criticised Labour's
        // leader": people around the owner, or its members, are not the owner
        // (`around_noun` and `member_noun` of relation_words.tsv; at most two lower-case
        // words before the noun).
        if rest.starts_with(['’', '\'']) {
            let noun = a.token_at(s, span.end) + 1;
            let rw = &a.lx.relation_words;
            let people = (noun..(noun + 3).min(a.tokens[s].len()))
                .take_while(|&k| a.word(s, k).chars().all(|c| c.is_lowercase() || c == '-'))
                .any(|k| {
                    let w = a.lw(s, k);
                    rw.around_nouns.contains(w) || rw.member_nouns.contains(w)
                });
            if people {
                return None;
            }
        }
        // "denounce the suggestion Britain's hospitality was …": an owner after a common noun
        // opens a clause of its own ("criticised Defra's approach" has the owner first).
        let owner = a.text[span.end..].starts_with(['’', '\'']);
        if owner
            && (verb_end + 1..object_tok).any(|k| {
                let w = a.word(s, k);
                // "criticised the way Tony Blair's government operates" judges its owner.
                w.chars().next().is_some_and(char::is_lowercase)
                    && !matches!(w, "the" | "a" | "an" | "this" | "that" | "way" | "manner")
            })
        {
            return None;
        }
        if !is_modifier_use(a, s, &span) {
            return Some((e, span));
        }
        // "his Spanish counterpart Miguel Moratinos", "US President George Bush": a name
        // right after the modified noun is in apposition; "the US court to order Russia …"
        // has its object in the court.
        // "the Thai beach resort of Phuket": common nouns and "of" may come between.
        let noun = a.token_at(s, span.end);
        let mut apposed = false;
        for k in noun + 1..(noun + 5).min(a.tokens[s].len()) {
            if let Some(mi) = a.mention_at_token(s, k) {
                // "attacks Blair's Tory 'lies'", "criticised Brown's Labour budget plans": a
                // name that only describes the owner's noun leaves the owner the target.
                if owner
                    && k == noun + 1
                    && describes_next_noun(a, &a.mentions[mi].span)
                    && (k + 1..(k + 4).min(a.tokens[s].len()))
                        .all(|j| a.mention_at_token(s, j).is_none_or(|other| other == mi))
                {
                    return Some((e, span));
                }
                apposed = true;
                break;
            }
            // "two Indian airlines - Air Deccan and Kingfisher": the names listed.
            if super::coref::counted_description(a, s, k) {
                continue;
            }
            let w = a.word(s, k);
            // …or a title ("Chinese counterpart Minister Li Zhaoxing").
            let common = w.chars().next().is_some_and(char::is_uppercase)
                || (w.chars().next().is_some_and(char::is_lowercase)
                    && (w == "of" || !a.lx.stopwords.contains(&w.to_lowercase())));
            if !common {
                break;
            }
        }
        if !apposed {
            return None;
        }
        from = noun.saturating_sub(1).max(from + 1);
    }
    None
}

/// Whether `w` is a word for a firm: a head noun of `org_nouns.tsv`, a one-word organisation
/// cue of `entity_cues.tsv` ("maker X"), or a `firm_word` of `relation_words.tsv` ("rival").
fn is_firm_word(a: &Analysis, w: &str) -> bool {
    a.lx.org_nouns.contains_key(w)
        || a.lx.relation_words.firm_words.contains(w)
        || a.lx.entity_cues.iter().any(|c| {
            c.kind == EntityKind::Organization
                && !c.possessive
                && c.after.is_empty()
                && c.before.len() == 1
                && c.before[0] == w
        })
}

/// The body or country that describes the noun right before a participle: "Labour" in "the
/// Labour poster campaign attacking …", "Tory" in "a Tory leaflet criticising …" (one to three
/// common nouns between, none of them a member noun).
fn describing_doer(a: &Analysis, s: usize, participle: usize) -> Option<(EntityId, Span)> {
    let mut k = participle;
    while k > 0 && participle - k < 3 {
        let w = a.word(s, k - 1);
        // "Labour MPs attacking …": members of a body are not the body.
        if a.lx.relation_words.member_nouns.contains(&w.to_lowercase()) {
            return None;
        }
        let common = w.chars().all(char::is_lowercase) && !a.lx.stopwords.contains(w);
        if !common {
            break;
        }
        k -= 1;
    }
    if k == participle || k == 0 {
        return None;
    }
    let mi = a.mention_at_token(s, k - 1)?;
    let m = &a.mentions[mi];
    // A body or a country ("a Blair ally attacking …" is not Blair's act).
    let body = matches!(
        a.entities[m.entity].kind,
        EntityKind::Organization | EntityKind::Country
    );
    (body && a.token_at(s, m.span.end) == k && !a.text[m.span.end..].starts_with(['’', '\'']))
        .then(|| (m.entity, m.span.clone()))
}

/// Whether a name is followed by a common noun it describes, past quote marks: "Tory 'lies'",
/// "Labour budget plans" (not "Tory leader's", not "Labour and …").
fn describes_next_noun(a: &Analysis, span: &Span) -> bool {
    let rest = &a.text[span.end..];
    if rest.starts_with(['’', '\'']) {
        return false;
    }
    let quotes = ['\'', '‘', '’', '"', '“', '”'];
    let next = rest
        .strip_prefix(' ')
        .map(|r| r.trim_start_matches(quotes))
        .unwrap_or_default();
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    word.starts_with(char::is_lowercase) && !a.lx.stopwords.contains(&word)
}

/// The names listed after a target: "visit Thailand and Indonesia", "visiting Tanzania,
/// Mozambique and Kenya", "Aceh in Indonesia, as well as Sri Lanka" (same kind of entity only).
fn coordinated(a: &Analysis, s: usize, first: EntityId, span: &Span) -> Vec<EntityId> {
    let toks = &a.tokens[s];
    let kind = a.entities[first].kind;
    let alike = |k: EntityKind| {
        use EntityKind::{Country, Organization, Place};
        k == kind
            || matches!((k, kind), (Place, Country) | (Country, Place))
            || matches!((k, kind), (Organization, Country) | (Country, Organization))
    };
    // "criticised both the chancellor and the Tories": "both" lists names of any kind.
    let both = {
        let mut k = a.token_at(s, span.start);
        if k > 0
            && matches!(
                a.lw(s, k - 1),
                "the" | "mr" | "mrs" | "ms" | "dr" | "sir" | "lord"
            )
        {
            k -= 1;
        }
        k > 0 && a.lw(s, k - 1) == "both"
    };
    let mut out = Vec::new();
    let mut j = a.token_at(s, span.end);
    loop {
        // "Aceh in Indonesia, as well as Sri Lanka": where the place lies is part of its name.
        if a.tokens[s].get(j).is_some_and(|t| t.text(a.text) == "in") {
            let Some(mi) = a.mention_at_token(s, j + 1) else {
                break;
            };
            j = a.token_at(s, a.mentions[mi].span.end);
        }
        // "charges against James Tambone, who ran the sales team, and Robert Hussey": a
        // relative clause set off by commas after a listed name does not end the list.
        if j + 1 < toks.len() && a.word(s, j) == "," && matches!(a.lw(s, j + 1), "who" | "which") {
            if let Some(close) = (j + 2..toks.len().min(j + 20))
                .take_while(|&k| !matches!(a.word(s, k), ";" | "." | "(" | "-"))
                .find(|&k| a.word(s, k) == "," && a.lw(s, k + 1) == "and")
            {
                j = close;
            }
        }
        let mut k = j;
        let mut joined = false;
        let mut owned = false;
        while k < toks.len() && k < j + 4 {
            match a.lower(s, k).as_str() {
                "," | "and" | "as" | "well" | "the" | "his" | "her" | "its" | "their" => {
                    joined |= a.word(s, k) != "the";
                    owned = matches!(a.lw(s, k), "his" | "her" | "its" | "their");
                    k += 1;
                }
                _ => break,
            }
        }
        if !joined {
            break;
        }
        // "James Tambone and his deputy Robert Hussey", "Shell and its rival BP": a
        // description of a few plain words between the possessive and the name, which then
        // ends the list.
        let described_from = k;
        // "… and chief operating officer Jean-Bernard Levy": a role of a few plain words
        // describes the listed person too.
        let role_ahead = (k..(k + 4).min(toks.len()))
            .take_while(|&m| a.word(s, m).chars().all(|c| c.is_lowercase() || c == '-'))
            .any(|m| super::coref::ROLE_NOUNS.contains(&a.lw(s, m)));
        if (owned || role_ahead) && a.mention_at_token(s, k).is_none() {
            while k < toks.len()
                && k < described_from + 4
                && a.mention_at_token(s, k).is_none()
                && a.word(s, k).chars().all(|c| c.is_lowercase() || c == '-')
                && !PREPOSITIONS.contains(&a.lw(s, k))
                && !matches!(a.lw(s, k), "and" | "or")
            {
                k += 1;
            }
        }
        let described = k > described_from;
        // "the prime minister and Mr Brown": an honorific before the name.
        if k < toks.len() && HONORIFICS.contains(&a.word(s, k)) {
            k += 1;
        }
        let Some(mi) = a.mention_at_token(s, k) else {
            break;
        };
        if described {
            let next = a.token_at(s, a.mentions[mi].span.end);
            // "…, its chief executive Jean-Rene Fourtou and chief operating officer …".
            let and_another = a.lw(s, next) == "and" && its_people_kind(a, first, mi);
            if next < toks.len() && !matches!(a.word(s, next), "," | "." | ";") && !and_another {
                break;
            }
        }
        let e = a.mentions[mi].entity;
        // "suing Gazprom, Rosneft, Baikal and Deutsche Bank": a firm the entity stage typed a
        // place does not end a list of firms; it is passed over, and the names after it stay
        // listed.
        let passed_over = kind == EntityKind::Organization
            && a.entities[e].kind == EntityKind::Place
            && !a.mention_info[mi].modifier;
        // "against Vivendi, its chief executive Jean-Rene Fourtou and …": a firm's people
        // described by their post are listed with it.
        let its_people = described && its_people_kind(a, first, mi);
        if !(alike(a.entities[e].kind) || both && is_actor(a, e) || passed_over || its_people)
            || a.mention_info[mi].modifier
        {
            break;
        }
        // "a bid for the London Stock Exchange, UK media reports say": after a bare comma a
        // listed name ends at the next comma, "and", "or" or the sentence's end.
        let and_between = (j..k).any(|m| matches!(a.lw(s, m), "and" | "well"));
        let next = a.token_at(s, a.mentions[mi].span.end);
        let listed =
            next >= toks.len() || matches!(a.word(s, next), "," | "and" | "or" | "." | ";");
        if !and_between && !listed {
            break;
        }
        if e != first && !out.contains(&e) && (!passed_over || alike(a.entities[e].kind)) {
            out.push(e);
        }
        j = a.token_at(s, a.mentions[mi].span.end);
    }
    out
}

/// Whether the mention `mi` is a person listed after the organisation `first`, as its people
/// are ("Vivendi, its chief executive Jean-Rene Fourtou and …").
fn its_people_kind(a: &Analysis, first: EntityId, mi: usize) -> bool {
    a.entities[first].kind == EntityKind::Organization
        && a.entities[a.mentions[mi].entity].kind == EntityKind::Person
}

/// The names listed before a subject: "Vivendi and its former chief executive Jean-Marie
/// Messier", "Mr Straw and his Spanish counterpart Miguel Moratinos", "Britain, France and
/// Germany", "the Tories and the Liberal Democrats" (an "and" at most four words before the
/// subject, a name just before the "and", and further names before it separated by commas).
fn coordinated_before(a: &Analysis, s: usize, first: EntityId, span: &Span) -> Vec<EntityId> {
    let start = a.token_at(s, span.start);
    let Some(and) = (start.saturating_sub(5)..start)
        .rev()
        .find(|&k| a.lw(s, k) == "and")
        // Nothing between "and" and the subject but an article, or a possessive description
        // ("his Spanish counterpart"): "tabled by France and Germany following the recent G7
        // meeting" joins no one to the G7.
        .filter(|&k| {
            k + 1 == start
                || matches!(a.lw(s, k + 1), "his" | "her" | "its" | "their")
                || (k + 2 == start && a.lw(s, k + 1) == "the")
                // "Mr Blair and Mr Brown met": an honorific before the subject's name.
                || (k + 2 == start && HONORIFICS.contains(&a.word(s, k + 1)))
                // "Both Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott
                // have welcomed …": a title before the subject's name.
                || {
                    // "… and Venezuelan President Hugo Chavez": a nationality or a body's name
                    // may stand before the title.
                    let mut p = k + 1;
                    if let Some(mi) = a.mention_at_token(s, p) {
                        let m = &a.mentions[mi];
                        if m.kind == MentionKind::Demonym || a.mention_info[mi].modifier {
                            p = a.token_at(s, m.span.end);
                        }
                    }
                    let n = title_length(a, s, p);
                    n > 0 && p + n == start
                }
        })
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut end = and;
    // Walk back over "A, B and": each name ends just before a comma or the "and".
    while end >= 1 {
        let Some(mi) = a.mention_at_token(s, end - 1) else {
            break;
        };
        let e = a.mentions[mi].entity;
        if e == first || !is_actor(a, e) || a.mention_info[mi].modifier {
            break;
        }
        if !out.contains(&e) {
            out.push(e);
        }
        let mut k = a.token_at(s, a.mentions[mi].span.start);
        if k >= 1 && a.lw(s, k - 1) == "the" {
            k -= 1;
        }
        if k < 2 || a.word(s, k - 1) != "," {
            break;
        }
        end = k - 1;
    }
    out
}

/// Honorifics that may stand before a listed name ("the prime minister and Mr Brown").
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Sir", "Lord"];

/// Words after a symmetric verb that are no object: "met in Leeds", "met again on Monday".
const NO_OBJECT: &[&str] = &[
    "again",
    "today",
    "yesterday",
    "tonight",
    "twice",
    "once",
    "later",
    "earlier",
    "here",
    "there",
    "last",
    "this",
    "next",
    "on",
    "in",
    "at",
    "for",
    "to",
    "with",
    "during",
    "after",
    "before",
    "over",
    "and",
    "but",
    "as",
    "when",
    "while",
    "since",
    "until",
    "privately",
];

/// Whether a common noun, not a name, is the object of the symmetric verb ending at token
/// `last`: "Howard and Kennedy met supporters" (no meeting of the two), "met local voters".
fn common_object_after(a: &Analysis, s: usize, last: usize) -> bool {
    let Some(t) = a.tokens[s].get(last + 1) else {
        return false;
    };
    let w = t.text(a.text);
    let lower = w.to_lowercase();
    if !w.starts_with(char::is_lowercase) || NO_OBJECT.contains(&lower.as_str()) {
        return false;
    }
    if lower.ends_with("ly") {
        return false;
    }
    matches!(
        lower.as_str(),
        "the" | "a" | "an" | "their" | "his" | "her" | "its" | "some" | "several" | "many"
    ) || !a.lx.stopwords.contains(&lower)
}

/// The owner of a passive's subject: "Her comments have been described as … by the IHRC",
/// "His plan was attacked by the Tories" ("his" or "her", a noun or two, then the verb group
/// before the participle).
fn possessive_subject(a: &Analysis, s: usize, verb: usize) -> Option<(EntityId, Span)> {
    let mut j = verb;
    while j > 0
        && (BE_FORMS.contains(&a.lw(s, j - 1)) || matches!(a.lw(s, j - 1), "has" | "have" | "had"))
    {
        j -= 1;
    }
    let toks = &a.tokens[s];
    (j.saturating_sub(3)..j).find_map(|k| {
        let w = a.lw(s, k);
        // Only common nouns between the owner and the verb group.
        let nouns = (k + 1..j).all(|n| a.word(s, n).chars().all(|c| c.is_lowercase()));
        if !nouns || k + 1 == j {
            return None;
        }
        // "Lord Butler's assessment was backed by …": a named owner.
        if let Some(mi) = a.mention_at_token(s, k) {
            let m = &a.mentions[mi];
            let owned =
                a.text[m.span.end..].starts_with(['’', '\'']) && m.span.end < toks[k].span.end;
            return (owned && is_actor(a, m.entity)).then(|| (m.entity, m.span.clone()));
        }
        // "their"/"its" too often point at a group the article never named.
        if !matches!(w, "his" | "her") {
            return None;
        }
        resolve_pronoun(a, toks[k].span.start, a.word(s, k)).map(|e| (e, toks[k].span.clone()))
    })
}

/// The subject of a verb inside a quotation: "I"/"we" is the speaker ("Of course I trust the
/// prime minister"), a name is itself; "he", "they" and descriptions are left alone, since
/// quotations refer to people the quote never names.
fn quoted_subject(a: &Analysis, s: usize, verb: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    for k in (verb.saturating_sub(4)..verb).rev() {
        let w = a.lw(s, k);
        if matches!(w, "i" | "we") {
            let around = a.statements_covering(toks[k].span.start, toks[k].span.end);
            let speaker = around.first().and_then(|&i| a.statements[i].speaker)?;
            return Some((speaker, toks[k].span.clone()));
        }
        if !matches!(
            w,
            "still" | "do" | "really" | "always" | "also" | "have" | "had" | "of" | "course" | ","
        ) {
            break;
        }
    }
    let (e, span) = subject_before(a, s, verb)?;
    a.text[span.clone()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(())
        .filter(|_| {
            !matches!(
                &a.text[span.clone()],
                "He" | "She" | "They" | "It" | "We" | "I"
            )
        })
        .map(|_| (e, span))
}

/// The subject of the verb at token `verb`, as [`coref_subject_before`] finds it, with an "it"
/// read as the organisation or country the text is about (see [`it_as_subject`]).
fn subject_before(a: &Analysis, s: usize, verb: usize) -> Option<(EntityId, Span)> {
    if let Some(found) = relative_antecedent(a, s, verb) {
        return Some(found);
    }
    let (e, span) = coref_subject_before(a, s, verb)?;
    if let Some(bound) = he_bound_to_sentence_subject(a, s, e, &span) {
        return Some((bound, span));
    }
    if let Some(body) = described_speakers_body(a, s, e, &span) {
        return Some((body, span));
    }
    if !a.text[span.clone()].eq_ignore_ascii_case("it") {
        return Some((e, span));
    }
    let k = a.token_at(s, span.start);
    Some((it_as_subject(a, s, k, 2).unwrap_or(e), span))
}

/// The person a "he" or "she" at `span`, read as `e`, stands for when the sentence opens with
/// another person of that gender as its subject and `e` is not named in the sentence: "Lib Dem
/// leader Charles Kennedy is stepping up his campaign this week as he visits Leeds" is
/// Kennedy's visit, not that of the last man quoted the sentence before.
fn he_bound_to_sentence_subject(
    a: &Analysis,
    s: usize,
    e: EntityId,
    span: &Span,
) -> Option<EntityId> {
    let word = a.text[span.clone()].to_lowercase();
    if !matches!(word.as_str(), "he" | "she") || a.in_quote(span.start) {
        return None;
    }
    let (main, main_span) = sentence_subject(a, s).filter(|(_, sp)| opens_sentence(a, s, sp))?;
    let entity = &a.entities[main];
    let gender_fits = match word.as_str() {
        "he" => entity.gender != Gender::Female,
        _ => entity.gender != Gender::Male,
    };
    (main != e
        && main_span.end <= span.start
        && entity.kind == EntityKind::Person
        && gender_fits
        && !named_in_sentence(a, s, e))
    .then_some(main)
}

/// The organisation a description such as "the firm" or "the company" stands for when it opens
/// reported speech whose speaker is that organisation or is named by it: "A spokesman for Globex
/// said the firm had bought Initech", "one of the brothers behind the Falic Group said the firm
/// had held talks with …" (not the firm named in the sentence before). Only one organisation may
/// be named in the sentence outside the statement; the description is "the" and one lower-case
/// noun.
fn described_speakers_body(a: &Analysis, s: usize, e: EntityId, span: &Span) -> Option<EntityId> {
    if a.entities[e].kind != EntityKind::Organization {
        return None;
    }
    let surface = &a.text[span.clone()];
    let noun = surface
        .strip_prefix("the ")
        .or_else(|| surface.strip_prefix("The "))?;
    if noun.is_empty() || !noun.chars().all(|c| c.is_lowercase() || c == '-') {
        return None;
    }
    let st = a
        .statements_covering(span.start, span.end)
        .into_iter()
        .map(|i| &a.statements[i])
        .find(|st| st.form == StatementForm::Indirect)?;
    // The description opens the statement, after its cue ("said (that) the firm had …"; not
    // "The company has been accused by X", whose cue follows).
    if st.cue_span.as_ref().is_none_or(|c| c.end > span.start) {
        return None;
    }
    let lead = a.text[st.span.start..span.start].trim();
    if !(lead.is_empty() || lead.eq_ignore_ascii_case("that")) {
        return None;
    }
    if let Some(speaker) = st.speaker {
        if a.entities[speaker].kind == EntityKind::Organization {
            return (speaker != e).then_some(speaker);
        }
    }
    let sentence = &a.seg.sentences[s];
    let mut bodies = a
        .mentions_in(sentence)
        .map(|mi| &a.mentions[mi])
        .filter(|m| m.span.end <= st.span.start || m.span.start >= st.span.end)
        .filter(|m| m.kind != MentionKind::Demonym)
        .map(|m| m.entity)
        .filter(|&b| a.entities[b].kind == EntityKind::Organization);
    let body = bodies.next()?;
    (bodies.all(|other| other == body) && body != e).then_some(body)
}

/// Words that may open a clause before its subject "they" ("But they", "Later, they").
const THEY_OPENERS: &[&str] = &[
    ",",
    "but",
    "and",
    "so",
    "yet",
    "then",
    "now",
    "later",
    "however",
    "instead",
    "also",
    "since",
    "meanwhile",
];

/// The names a subject "they" at token `k` stands for: a subject of two or more names joined by
/// "and" that opens the sentence before, in the same paragraph ("Tony Blair and Gordon Brown met
/// on Monday. They later visited France": both of them, not a body named paragraphs before), or
/// that opens its own sentence before a clause "and they …". Only a "they" that opens its clause
/// (at most an opener such as "But" before it) is read so; any other is left to coreference.
fn they_group(a: &Analysis, s: usize, k: usize) -> Option<Vec<EntityId>> {
    let toks = &a.tokens[s];
    if a.lw(s, k) != "they" || a.in_quote(toks[k].span.start) {
        return None;
    }
    let opens = (0..k).all(|j| THEY_OPENERS.contains(&a.lw(s, j)));
    // "A and B met on Monday, and they agreed …": the clause after the subject's own.
    let joined_clause = k >= 2 && a.lw(s, k - 1) == "and" && a.word(s, k - 2) == ",";
    // The names listed as the subject of sentence `t`, and the token after the last of them.
    let group_of = |t: usize, before: usize| -> Option<(Vec<EntityId>, usize)> {
        let (e, span) = sentence_subject(a, t)?;
        if span.end > before || !is_actor(a, e) || a.in_quote(span.start) {
            return None;
        }
        let others = coordinated(a, t, e, &span);
        if others.is_empty() || !others.iter().all(|&o| is_actor(a, o)) {
            return None;
        }
        let last = others.last().copied()?;
        let after = a
            .mentions_in(&(span.start..before))
            .filter(|&mi| a.mentions[mi].entity == last)
            .map(|mi| a.token_at(t, a.mentions[mi].span.end))
            .next()?;
        Some((std::iter::once(e).chain(others).collect(), after))
    };
    if joined_clause {
        return group_of(s, toks[k].span.start).map(|(group, _)| group);
    }
    // "France and Germany said on Monday that they would …": the clause a speech verb of the
    // listed subject opens (only a time or "that" between).
    if let Some((group, after)) = group_of(s, toks[k].span.start) {
        let said = (after..k).any(|j| a.speech_verb(s, j).is_some());
        let plain = (after..k).all(|j| {
            let w = a.lw(s, j);
            a.speech_verb(s, j).is_some()
                || super::coref::is_skippable(w)
                || matches!(w, "that" | "on" | "has" | "have" | "had")
        });
        if said && plain {
            return Some(group);
        }
    }
    if !opens {
        return None;
    }
    let prev = s.checked_sub(1)?;
    if a.seg.sentence_paragraph[prev] != a.seg.sentence_paragraph[s] {
        return None;
    }
    group_of(prev, a.seg.sentences[prev].end).map(|(group, _)| group)
}

/// The names a plural subject of the passive verb at token `verb` stands for: "they" read by
/// [`they_group`], or a described pair ("The two firms were fined by the SEC"); auxiliaries
/// and adverbs may stand between.
fn plural_passive_subject(a: &Analysis, s: usize, verb: usize) -> Option<(Vec<EntityId>, Span)> {
    let mut k = verb.checked_sub(1)?;
    while k > 0
        && (BE_FORMS.contains(&a.lw(s, k))
            || matches!(a.lw(s, k), "has" | "have" | "had")
            || super::coref::is_skippable(a.word(s, k)))
    {
        k -= 1;
    }
    let span = a.tokens[s][k].span.clone();
    if a.lw(s, k) == "they" {
        return they_group(a, s, k).map(|group| (group, span));
    }
    described_pair(a, s, k, span.start)
        .filter(|&(x, y)| named_lately(a, x, s) && named_lately(a, y, s))
        .map(|(x, y)| (vec![x, y], span))
}

/// The name a non-restrictive relative clause opening right before the verb at token `verb`
/// describes: "Labour hit back at the Scottish National Party, which accused Mr McConnell of
/// …", "a report by the Audit Commission, which criticised the Home Office" (a name, a comma,
/// "which" or "who", then the verb, with only auxiliaries and adverbs between). The name acts
/// though it stands after a preposition of the main clause.
fn relative_antecedent(a: &Analysis, s: usize, verb: usize) -> Option<(EntityId, Span)> {
    let mut k = verb.checked_sub(1)?;
    while k > 0 && super::coref::is_skippable(a.word(s, k)) && a.lw(s, k) != "and" {
        k -= 1;
    }
    if !matches!(a.lw(s, k), "which" | "who") || k < 2 || a.word(s, k - 1) != "," {
        return None;
    }
    let mi = a.mention_at_token(s, k - 2)?;
    let m = &a.mentions[mi];
    let e = m.entity;
    // "open source software like Linux, which threaten …": a name given as an example stands
    // for no one of the group the clause describes.
    let first = a.token_at(s, m.span.start);
    let example = first > 0 && matches!(a.lw(s, first - 1), "like" | "as" | "including");
    let plain = m.kind != MentionKind::Demonym
        && m.kind != MentionKind::Pronoun
        && !a.mention_info[mi].modifier
        && !example
        && a.token_at(s, m.span.end) == k - 1;
    // "who" for a person, "which" for a body or country.
    let fits = match a.lw(s, k) {
        "who" => a.entities[e].kind == EntityKind::Person,
        _ => matches!(
            a.entities[e].kind,
            EntityKind::Organization | EntityKind::Country
        ),
    };
    (plain && fits).then(|| (e, m.span.clone()))
}

/// The antecedent of the relative pronoun at token `k`, named right before it (a comma may
/// stand between): "Labour which had …", "Mr Brown, who had …", or a name modifying a word for
/// what acts for it ("a Labour government that had …", `owned_actor` of relation_words.tsv). A
/// name after a preposition other than "of" is no antecedent ("the money spent in Iraq that").
fn named_antecedent(a: &Analysis, s: usize, k: usize) -> Option<EntityId> {
    let mut j = k.checked_sub(1)?;
    if a.word(s, j) == "," {
        j = j.checked_sub(1)?;
    }
    let mut mi = a.mention_at_token(s, j);
    let rw = &a.lx.relation_words;
    // "a Tory leader who had …" is a person of the party, not the party.
    let acting = rw.owned_actors.contains(a.lw(s, j)) && !rw.member_nouns.contains(a.lw(s, j));
    if mi.is_none() && acting && j > 0 {
        mi = a.mention_at_token(s, j - 1);
    }
    let m = &a.mentions[mi?];
    // The name ends right before the acting word or the pronoun.
    if a.token_at(s, m.span.end) != j + usize::from(!acting) && a.token_at(s, m.span.end) != j {
        return None;
    }
    let mut first = a.token_at(s, m.span.start);
    if first > 0 && matches!(a.lw(s, first - 1), "the" | "a" | "an") {
        first -= 1;
    }
    let before = (first > 0).then(|| a.lw(s, first - 1));
    let after_preposition = before.is_some_and(|w| PREPOSITIONS.contains(&w) && w != "of");
    (m.kind != MentionKind::Demonym && m.kind != MentionKind::Pronoun && !after_preposition)
        .then_some(m.entity)
}

/// Whether a mention can be what a subject "it" stands for: a firm, body or country named as
/// such, not a nationality word, a modifier or a place after "in", "on", "to" ("fell on the
/// London Stock Exchange after it said").
fn it_candidate(a: &Analysis, mi: usize) -> bool {
    let m = &a.mentions[mi];
    let s = a.mention_info[mi].sentence;
    let first = a.token_at(s, m.span.start);
    let before = (first > 0).then(|| a.lw(s, first - 1));
    matches!(
        a.entities[m.entity].kind,
        EntityKind::Organization | EntityKind::Country
    ) && m.kind != MentionKind::Demonym
        && !a.mention_info[mi].modifier
        && !before.is_some_and(|w| PREPOSITIONS.contains(&w) && w != "of" && w != "by")
}

/// Who "it" at token `k` of sentence `s`, the subject of its clause, stands for: the
/// organisation or country its own sentence named before it ("… became part of BOA when it
/// snapped up FleetBoston"; the sentence's subject when it named several), else the subject
/// of the sentence before, itself read this way when it is an "it" ("X seized the top spot
/// when it bought Y. Since then, it has paid $1bn for Z": X, not Y). A subject pronoun carries
/// on the topic; the name read last is mostly an object. Right after a speech verb ("X said
/// it …") the speaker is left to [`resolve_pronoun`], and so is anything found outside the
/// pronoun's paragraph or inside a quotation.
fn it_as_subject(a: &Analysis, s: usize, k: usize, depth: usize) -> Option<EntityId> {
    let toks = &a.tokens[s];
    let pos = toks.get(k)?.span.start;
    if a.in_quote(pos) {
        return None;
    }
    let speech_before = k
        .checked_sub(1)
        .map(|j| {
            if a.lw(s, j) == "that" {
                j.checked_sub(1)
            } else {
                Some(j)
            }
        })
        .is_some_and(|j| j.is_some_and(|j| a.speech_verb(s, j).is_some()));
    if speech_before {
        return None;
    }
    let start = toks[0].span.start;
    let here: Vec<usize> = a
        .mentions_in(&(start..pos))
        .filter(|&mi| it_candidate(a, mi))
        .collect();
    if let Some(&last) = here.last() {
        let subject = sentence_subject(a, s).map(|(e, _)| e);
        let e = subject
            .filter(|&e| here.iter().any(|&mi| a.mentions[mi].entity == e))
            .unwrap_or(a.mentions[last].entity);
        return Some(e);
    }
    // "It seized the top spot when it bought …": an earlier "it" of the same sentence.
    if depth == 0 {
        return None;
    }
    if let Some(j) = (0..k).find(|&j| a.lw(s, j) == "it") {
        return it_as_subject(a, s, j, depth - 1);
    }
    let prev = s.checked_sub(1)?;
    let paragraph = &a.seg.sentence_paragraph;
    if paragraph[prev] != paragraph[s] || a.in_quote(a.tokens[prev].first()?.span.start) {
        return None;
    }
    // The sentence before opens with its own "it" (after an opening phrase at most).
    let opening_it = (0..a.tokens[prev].len().min(8))
        .take_while(|&j| a.mention_at_token(prev, j).is_none())
        .find(|&j| a.lw(prev, j) == "it");
    if let Some(j) = opening_it {
        return it_as_subject(a, prev, j, depth - 1);
    }
    let (e, span) = sentence_subject(a, prev)?;
    let mi = a.mention_starting(span.start)?;
    it_candidate(a, mi).then_some(e)
}

/// The subject of the main clause after an opening participle phrase: "Praising Celtic and
/// Rangers for their efforts, she said …" (she), "Citing the report, Mr Howard attacked …".
fn main_clause_subject(a: &Analysis, s: usize, from: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    let comma = (from + 1..toks.len().min(from + 15))
        .take_while(|&k| !matches!(a.word(s, k), "." | ";" | ":" | "“" | "\""))
        .find(|&k| a.word(s, k) == ",")?;
    let first = comma + 1;
    let word = a.word(s, first);
    if matches!(word.to_lowercase().as_str(), "he" | "she") {
        let at = toks[first].span.clone();
        return resolve_pronoun(a, at.start, word).map(|e| (e, at));
    }
    let (e, span) = object_after(a, s, comma, 2)?;
    // Only a name that opens the clause: in "…, a spokesman for Labour said" Labour is not the
    // one praising.
    (a.token_at(s, span.start) <= first + 1).then_some((e, span))
}

/// The speaker of reported speech whose content opens with the pronoun at `span` ("told the
/// BBC (that) it had …"), when the pronoun fits the speaker.
fn speaker_of_opening_pronoun(a: &Analysis, span: &Span) -> Option<EntityId> {
    let word = a.text[span.clone()].to_lowercase();
    let person = match word.as_str() {
        "he" | "she" => true,
        "it" | "they" => false,
        _ => return None,
    };
    // Only statements starting at most a word before the pronoun can open with it: walk back
    // from it until the words between are two (an earlier start only adds words).
    let mut found: Option<(usize, EntityId)> = None;
    a.walk_statements_back(span.start, |i| {
        let st = &a.statements[i];
        let Some(lead) = a.text.get(st.span.start..span.start) else {
            return true;
        };
        // At most "that" or a stray word of the addressee ("told the BBC's Today programme
        // it had …") before the pronoun.
        let words: Vec<&str> = lead
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .take(2)
            .collect();
        if words.len() > 1 {
            return false;
        }
        let opens = words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase));
        let Some(speaker) = st.speaker else {
            return true;
        };
        let fits = (a.entities[speaker].kind == EntityKind::Person) == person;
        if st.form == StatementForm::Indirect && opens && fits && found.is_none_or(|(j, _)| i < j) {
            found = Some((i, speaker));
        }
        true
    });
    found.map(|(_, speaker)| speaker)
}

/// The person a relative clause describes: "Alan Milburn, who Mr Blair put in charge of …"
/// (a name, a comma, "who"/"whom", then the clause's subject).
fn relative_object(a: &Analysis, s: usize, subject: &Span) -> Option<EntityId> {
    let mut k = a.token_at(s, subject.start);
    // "who Mr Blair put in charge": the honorific before the name.
    if k > 0
        && matches!(
            a.word(s, k - 1),
            "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Lord"
        )
    {
        k -= 1;
    }
    if k < 3 || !matches!(a.lw(s, k - 1), "who" | "whom" | "which") || a.word(s, k - 2) != "," {
        return None;
    }
    let mi = a.mention_at_token(s, k - 3)?;
    let e = a.mentions[mi].entity;
    // "a drugs charity, Addaction, which she supports": "which" for a body or a country, the
    // name set off by commas itself (a clause ending in a name before "which" may be what
    // "which" stands for: "Mr Blair attacked Mr Brown, which Labour denied").
    if a.lw(s, k - 1) == "which" {
        let m = &a.mentions[mi];
        let first = a.token_at(s, m.span.start);
        let apposed = first > 0 && a.word(s, first - 1) == ",";
        let body = matches!(
            a.entities[e].kind,
            EntityKind::Organization | EntityKind::Country
        );
        if !(apposed && body && a.token_at(s, m.span.end) == k - 2) {
            return None;
        }
    }
    Some(e)
}

struct Found {
    agent: EntityId,
    target: EntityId,
    predicate: String,
    trigger: Span,
    sentence: usize,
    trigger_tok: usize,
    /// Agreed or planned, not yet done ("MCI agreed to a buyout by Verizon").
    future: bool,
}

impl Found {
    /// A post a body gives or takes from a person ("was appointed chairman of Barclays", "his
    /// appointment as chairman of the British Council"): the body acts on the person.
    fn post_change(
        a: &Analysis,
        person: Option<EntityId>,
        body: Option<EntityId>,
        predicate: &str,
        trigger: Span,
        s: usize,
        i: usize,
    ) -> Option<Self> {
        let person = person.filter(|&e| a.entities[e].kind == EntityKind::Person)?;
        Some(Found {
            agent: body?,
            target: person,
            predicate: predicate.to_string(),
            trigger,
            sentence: s,
            trigger_tok: i,
            future: false,
        })
    }

    /// A request, asked of `target` by `agent`, that has happened.
    fn request(agent: EntityId, target: EntityId, trigger: Span, s: usize, i: usize) -> Self {
        Found {
            agent,
            target,
            predicate: "requested".to_string(),
            trigger,
            sentence: s,
            trigger_tok: i,
            future: false,
        }
    }
}

fn is_actor(a: &Analysis, e: EntityId) -> bool {
    matches!(
        a.entities[e].kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    )
}

/// Criticism, support and demands said of someone without a relation verb
/// (`data/evaluations.tsv`): "Mr Brown had failed the tartan test", Salmond said → Salmond
/// criticized Brown. The target is the nearest actor (or "he"/"she") before the phrase inside
/// the statement and the same clause; a negation just before the phrase cancels it ("I don't
/// think he has anything to say sorry for").
fn evaluations(a: &Analysis) -> Vec<Relation> {
    let mut out = Vec::new();
    let criticized = String::from("criticized");
    let praised = String::from("praised");
    let praise_words = vec![String::from("a")];
    for st in &a.statements {
        let Some(speaker) = st.speaker.filter(|&e| is_actor(a, e)) else {
            continue;
        };
        let before = out.len();
        let pieces = if st.pieces.is_empty() {
            std::slice::from_ref(&st.span)
        } else {
            &st.pieces[..]
        };
        for piece in pieces {
            let first = a.sentence_of(piece.start).unwrap_or(0);
            let last = a
                .sentence_of(piece.end.saturating_sub(1))
                .unwrap_or(first)
                .max(first);
            for s in first..=last.min(a.seg.sentences.len().saturating_sub(1)) {
                let sentence = &a.seg.sentences[s];
                if sentence.end <= piece.start || piece.end <= sentence.start {
                    continue;
                }
                let toks = &a.tokens[s];
                let inside =
                    |k: usize| piece.start <= toks[k].span.start && toks[k].span.end <= piece.end;
                for i in 0..toks.len() {
                    if !inside(i) {
                        continue;
                    }
                    let lx = a.lx;
                    let found = lx
                        .evaluations_by_first_word
                        .get(a.lw(s, i))
                        .and_then(|list| {
                            list.iter()
                                .map(|&e| &lx.evaluations[e])
                                .find_map(|(w, p)| Some((w, p, phrase_end(a, s, i, w)?)))
                        });
                    // "There is a fundamental lack of trust in Tony Blair": a stance names
                    // the one it is about after it.
                    if let Some((predicate, last, target)) = stance_at(a, s, i) {
                        let negated = (i.saturating_sub(6)..i).any(|j| {
                            let w = a.lw(s, j);
                            NEGATION.contains(&w) || w.ends_with("n't") || w.ends_with("n’t")
                        });
                        let named_inside = a
                            .mentions_in(&(toks[i].span.start..piece.end))
                            .any(|mi| a.mentions[mi].entity == target);
                        if !negated && named_inside && target != speaker {
                            out.push(Relation {
                                agent: speaker,
                                target,
                                predicate: predicate.to_string(),
                                trigger_span: toks[i].span.start..toks[last].span.end,
                                evidence: sentence.clone(),
                                date: st.date,
                                place: None,
                                modality: Modality::Asserted,
                                source: None,
                                confidence: 0.4,
                            });
                        }
                        continue;
                    }
                    let negated = (i.saturating_sub(6)..i).any(|j| {
                        let w = a.lw(s, j);
                        NEGATION.contains(&w) || w.ends_with("n't") || w.ends_with("n’t")
                    });
                    // "did not believe Mr Blair was strong enough": a quality denied blames
                    // (`shortcoming` of relation_words.tsv); the denial is the act, so it
                    // cancels nothing.
                    let shortfall = negated
                        .then(|| {
                            a.lx.relation_words
                                .shortcomings
                                .iter()
                                .find_map(|w| Some((w, &criticized, phrase_end(a, s, i, w)?)))
                        })
                        .flatten()
                        // "did not add up to much": a sum, not a judgement.
                        .filter(|&(_, _, end)| a.lw(s, end) != "up" || a.lw(s, end + 1) != "to");
                    // "Gordon Brown is a great chancellor": a praising adjective before a role.
                    let role_praise = found
                        .is_none()
                        .then(|| praised_role_end(a, s, i))
                        .flatten()
                        .map(|end| (&praise_words, &praised, end));
                    let Some((words, predicate, last)) = shortfall.or(found).or(role_praise) else {
                        continue;
                    };
                    let negated = negated && shortfall.is_none();
                    let lo = i.saturating_sub(12);
                    // "Brown feels deeply betrayed", "was misled": the named one is the victim.
                    // ("unfounded", "unjustified" are adjectives, not passives).
                    // "was misguided", "were half-baked": adjectives in -ed that judge their
                    // subject (`judging_participle` of relation_words.tsv) are no passives.
                    let participle = words[0].ends_with("ed")
                        && !words[0].starts_with("un")
                        && !a.lx.relation_words.judging_participles.contains(&words[0])
                        || words[0] == "let";
                    let undergoes = participle
                        && (i.saturating_sub(2)..i).any(|j| {
                            BE_FORMS.contains(&a.lw(s, j)) || matches!(a.lw(s, j), "feels" | "felt")
                        });
                    if negated || undergoes {
                        continue;
                    }
                    let mut target = None;
                    // The span of the name found as the subject, for the names listed before it.
                    let mut subject_span = None;
                    for j in (lo..i).rev() {
                        if !inside(j) || matches!(a.word(s, j), "." | ";" | ":" | "?" | "!") {
                            break;
                        }
                        // Only the phrase's subject: auxiliaries, modals and adverbs may stand
                        // between ("Mr Brown had failed", "he's been crass", "Labour's
                        // “faltering” campaign"), nothing else ("failed and failing states").
                        let w = a.lw(s, j);
                        // "if the Commission ignored the Parliament's request it would be an
                        // “insult”": "it" after an act noun is the subject of its own clause.
                        if w == "it" && j > 0 && a.lx.relation_words.acts.contains(a.lw(s, j - 1)) {
                            break;
                        }
                        // "Mr Blair does not practise …": the denial of a shortcoming.
                        let denial = shortfall.is_some()
                            && (NEGATION.contains(&w)
                                || w.ends_with("n't")
                                || w.ends_with("n’t")
                                || matches!(w, "does" | "did" | "do"));
                        // "a man of real integrity": the person the quality is of.
                        let person_of = matches!(w, "man" | "woman" | "person")
                            || (w == "of"
                                && j > 0
                                && matches!(a.lw(s, j - 1), "man" | "woman" | "person"));
                        let judged_object = matches!(w, "him" | "her")
                            && a.lw(s, j + 1) == "to"
                            && a.lw(s, j + 2) == "be";
                        // "a Labour government that had “done nothing”", "it was Labour which
                        // had wasted billions": a relative pronoun before an auxiliary stands
                        // for its antecedent.
                        if matches!(w, "that" | "which" | "who")
                            && CLAUSE_AUXILIARIES.contains(&a.lw(s, j + 1))
                        {
                            target = named_antecedent(a, s, j)
                                .filter(|&e| e != speaker && is_actor(a, e));
                            break;
                        }
                        if a.mention_at_token(s, j).is_none()
                            && !matches!(w, "he" | "she")
                            && !judged_object
                            && !person_of
                            && !denial
                            && !EVALUATION_GLUE.contains(&w)
                            && !a.lx.adverbs.contains(w)
                            && !a.lx.relation_words.acts.contains(w)
                            && !a.word(s, j).chars().all(|c| "\"“”'’".contains(c))
                        {
                            // "Blair says mayor should apologise": a headline's bare role word.
                            target = headline_role(a, s, j)
                                .map(|(e, _)| e)
                                .filter(|&e| e != speaker && is_actor(a, e));
                            break;
                        }
                        if let Some(mi) = a.mention_at_token(s, j) {
                            let e = a.mentions[mi].entity;
                            // "Comparing the assembly to Hitler's Germany is crass": a name
                            // after a preposition is no subject of the judgement.
                            // So is one after an owner there ("to Hitler's Germany").
                            let mut first = a.token_at(s, a.mentions[mi].span.start);
                            while first > 0 && first + 3 > j {
                                let w = a.word(s, first - 1);
                                let owner = matches!(w, "'s" | "’s" | "'" | "’")
                                    || w.starts_with(char::is_uppercase);
                                if !owner {
                                    break;
                                }
                                first -= 1;
                            }
                            // "House of Lords": "of" inside a name is no preposition.
                            let in_name = first > 1
                                && a.lw(s, first - 1) == "of"
                                && a.word(s, first - 2).starts_with(char::is_uppercase);
                            // "Disunity in the Cabinet has a corrosive effect".
                            if first > 0 && matches!(a.lw(s, first - 1), "the" | "a" | "an") {
                                first -= 1;
                            }
                            // "a member of a UKIP whose leadership had …": the owner of the
                            // judged thing, after a preposition too.
                            let whose = a.lw(s, j + 1) == "whose";
                            // "all the signs of Michael Howard overruling colleagues": the
                            // name right before a judging gerund after "of" is its doer.
                            let gerund_doer = first > 0
                                && a.lw(s, i).ends_with("ing")
                                && a.token_at(s, a.mentions[mi].span.end) == i
                                && a.lw(s, first - 1) == "of";
                            if first > 0
                                && !in_name
                                && !whose
                                && !gerund_doer
                                && PREPOSITIONS.contains(&a.lw(s, first - 1))
                            {
                                break;
                            }
                            // "the EC charges were unfounded": a body named before its act.
                            let doer = a.mention_info[mi].modifier
                                && j + 1 < i
                                && a.lx.relation_words.acts.contains(a.lw(s, j + 1));
                            // "the E.C. Charges were": a name that swallowed the act noun.
                            let swallowed =
                                a.entities[e].name.rsplit(' ').next().is_some_and(|w| {
                                    a.lx.relation_words.acts.contains(w.to_lowercase().as_str())
                                });
                            if (!a.mention_info[mi].modifier || doer)
                                && e != speaker
                                && is_actor(a, e)
                                && !swallowed
                            {
                                target = Some(e);
                                subject_span = Some(a.mentions[mi].span.clone());
                                break;
                            }
                            continue;
                        }
                        let w = a.lw(s, j);
                        // "I believe him to be a man of real integrity": an object pronoun
                        // before "to be" is the one judged.
                        let judged_object = matches!(w, "him" | "her")
                            && a.lw(s, j + 1) == "to"
                            && a.lw(s, j + 2) == "be";
                        if judged_object {
                            target = object_pronoun(a, toks[j].span.start, w, Some(speaker))
                                .filter(|&e| e != speaker && is_actor(a, e));
                            break;
                        }
                        if matches!(w, "he" | "she") {
                            target = resolve_pronoun(a, toks[j].span.start, a.word(s, j))
                                .filter(|&e| e != speaker && is_actor(a, e));
                            break;
                        }
                    }
                    // "This is an excellent move by American Express": an act judged, with its
                    // doer named after it.
                    let target = target
                        .or_else(|| {
                            doer_after_evaluation(a, s, i, last)
                                .filter(|&(e, k)| inside(k) && e != speaker && is_actor(a, e))
                                .map(|(e, _)| e)
                        })
                        .or_else(|| {
                            owner_of_judged_thing(a, s, i)
                                .filter(|&(e, k)| inside(k) && e != speaker && is_actor(a, e))
                                .map(|(e, _)| e)
                        })
                        .or_else(|| {
                            owner_of_planned_act(a, s, i)
                                .filter(|&(e, k)| inside(k) && e != speaker && is_actor(a, e))
                                .map(|(e, _)| e)
                        })
                        .or_else(|| {
                            owner_of_judging_noun(a, s, i)
                                .filter(|&(e, k)| inside(k) && e != speaker && is_actor(a, e))
                                .map(|(e, _)| e)
                        })
                        .or_else(|| {
                            (predicate == "backed")
                                .then(|| hoped_doer_after(a, s, last))
                                .flatten()
                                .filter(|&(e, k)| inside(k) && e != speaker && is_actor(a, e))
                                .map(|(e, _)| e)
                        });
                    let Some(target) = target else {
                        continue;
                    };
                    // "Labour and the Liberal Democrats have failed": each subject listed.
                    let listed = subject_span
                        .filter(|span| inside(a.token_at(s, span.start)))
                        .map(|span| coordinated_before(a, s, target, &span))
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|&e| {
                            e != speaker
                                && is_actor(a, e)
                                && a.mentions_in(&(piece.start..toks[i].span.start))
                                    .any(|mi| a.mentions[mi].entity == e)
                        });
                    for target in std::iter::once(target).chain(listed) {
                        out.push(Relation {
                            agent: speaker,
                            target,
                            predicate: predicate.clone(),
                            trigger_span: toks[i].span.start..toks[last].span.end,
                            evidence: sentence.clone(),
                            date: st.date,
                            place: None,
                            modality: Modality::Asserted,
                            source: None,
                            // Below the relation verbs': the dedup below keeps a verb's reading.
                            confidence: 0.4,
                        });
                    }
                }
            }
        }
        said_by_each(a, st, speaker, &mut out, before);
    }
    out
}

/// The last token of a praising adjective and a role opening at token `i` ("a great
/// chancellor", "an outstanding foreign secretary": `praising_adjective` of relation_words.tsv
/// and a role of descriptor_roles.tsv).
fn praised_role_end(a: &Analysis, s: usize, i: usize) -> Option<usize> {
    if !matches!(a.lw(s, i), "a" | "an")
        || !a
            .lx
            .relation_words
            .praising_adjectives
            .contains(a.lw(s, i + 1))
    {
        return None;
    }
    let one = a.lw(s, i + 2);
    let two = format!("{one} {}", a.lw(s, i + 3));
    let end = if a.lx.descriptor_roles.contains_key(two.as_str()) {
        i + 3
    } else if a.lx.descriptor_roles.contains_key(one) {
        i + 2
    } else {
        return None;
    };
    (end < a.tokens[s].len()).then_some(end)
}

/// The speakers listed before the named speaker of a statement, at its cue: "Ann Hale and Tom
/// Rigg said", "Both Culture Secretary A and Deputy Prime Minister B said". The speech stage
/// credits the statement to the last of them.
fn co_speakers(a: &Analysis, st: &Statement, speaker: EntityId) -> Vec<EntityId> {
    let Some(cue) = &st.cue_span else {
        return Vec::new();
    };
    let Some(s) = a.sentence_of(cue.start) else {
        return Vec::new();
    };
    let cue_tok = a.token_at(s, cue.start);
    // The speaker's name right before the cue ("… and Tom Rigg have both said").
    let named = a
        .mentions_in(&a.seg.sentences[s])
        .map(|mi| &a.mentions[mi])
        .filter(|m| m.entity == speaker && m.span.end <= cue.start)
        .last()
        .filter(|m| {
            let end = a.token_at(s, m.span.end);
            (end..cue_tok).all(|k| {
                matches!(
                    a.lw(s, k),
                    "have" | "has" | "both" | "also" | "jointly" | "had"
                )
            })
        });
    let Some(m) = named else {
        return Vec::new();
    };
    coordinated_before(a, s, speaker, &m.span)
        .into_iter()
        .filter(|&e| e != speaker && is_actor(a, e))
        .collect()
}

/// Credits what a statement's speaker was found to do (the relations from `before` on in
/// `out`) to each speaker listed with it (see [`co_speakers`]): "Ann Hale and Tom Rigg said
/// Oxfam had failed" criticises Oxfam twice.
fn said_by_each(
    a: &Analysis,
    st: &Statement,
    speaker: EntityId,
    out: &mut Vec<Relation>,
    before: usize,
) {
    if out.len() == before {
        return;
    }
    for other in co_speakers(a, st, speaker) {
        for k in before..out.len() {
            if out[k].agent == speaker && out[k].target != other {
                let mut r = out[k].clone();
                r.agent = other;
                out.push(r);
            }
        }
    }
}

/// The last token of the phrase `words` when it opens at token `i`, quote marks inside it
/// skipped: a “huge boost” is "a huge boost".
fn phrase_end(a: &Analysis, s: usize, i: usize, words: &[String]) -> Option<usize> {
    let toks = &a.tokens[s];
    let quote = |k: usize| matches!(a.word(s, k), "'" | "‘" | "’" | "\"" | "“" | "”");
    let mut k = i;
    for (n, w) in words.iter().enumerate() {
        while n > 0 && k < toks.len() && quote(k) {
            k += 1;
        }
        if k >= toks.len() || a.lw(s, k) != w {
            return None;
        }
        k += 1;
    }
    Some(k - 1)
}

/// The owner of the thing an evaluation opening at token `i` is said of, however the thing is
/// worded: "Mr Blair's style of leadership was “corrosive”", "Gordon Brown's forecasts for tax
/// revenues were too optimistic", "Robin Butler's comments are partial, inaccurate". The shape
/// is owner + "'s" + a noun phrase (lower-case words, "of", "for", "on", "in", "the"; at most
/// six) + a form of "be" + at most four adverbs, adjectives, commas or "and" before the phrase.
/// Returns the owner and the token its name opens at.
fn owner_of_judged_thing(a: &Analysis, s: usize, i: usize) -> Option<(EntityId, usize)> {
    let plain = |k: usize| {
        let w = a.word(s, k);
        !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-')
    };
    let quote = |k: usize| matches!(a.word(s, k), "'" | "‘" | "’" | "\"" | "“" | "”");
    // The form of "be" just before the evaluation; before a verb in the past ("failed"), "have"
    // or none ("Labour's plans have failed", "Sir Alan's inquiry failed").
    let past = a.lw(s, i).ends_with("ed");
    let bare_past = past
        && i > 0
        && plain(i - 1)
        && !a.lx.stopwords.contains(a.lw(s, i - 1))
        && !a.lw(s, i - 1).ends_with("ly");
    let mut k = i;
    let be = loop {
        if bare_past {
            break i;
        }
        if k == 0 || i - k > 5 {
            return None;
        }
        k -= 1;
        let w = a.lw(s, k);
        if BE_FORMS.contains(&w) || (past && matches!(w, "has" | "have" | "had")) {
            break k;
        }
        let between =
            quote(k) || w == "," || (plain(k) && !SUBCLAUSE_OPENERS.contains(&w)) || w == "and";
        if !between || a.mention_at_token(s, k).is_some() {
            return None;
        }
    };
    // The judged thing's words, back to the owner's "'s".
    let mut k = be;
    let mut nouns = 0;
    loop {
        if k == 0 || be - k > 7 {
            return None;
        }
        k -= 1;
        let w = a.word(s, k);
        // "Blair's" may be one token with the name inside it.
        if let Some(mi) = a.mention_at_token(s, k) {
            let m = &a.mentions[mi];
            let first = a.token_at(s, m.span.start);
            // "the changes proposed by Lord Dubs were unworkable": the doer after the act's
            // participle.
            if nouns == 0 && doer_after_participle(a, s, first) {
                return Some((m.entity, first));
            }
            if nouns == 0 || !a.text[m.span.end..].starts_with(['’', '\'']) {
                return None;
            }
            return Some((m.entity, a.token_at(s, m.span.start)));
        }
        if matches!(w, "'s" | "’s" | "'" | "’") {
            break;
        }
        let noun_word = plain(k)
            && (!a.lx.stopwords.contains(w) || matches!(w, "of" | "for" | "on" | "in" | "the"));
        // "X's spokesman says the plan is wrong": a speech verb opens a clause; "X's claims
        // are false" has the noun.
        if !noun_word || (a.speech_verb(s, k).is_some() && !a.is_noun_use(s, k)) {
            return None;
        }
        // "Mr Brown's advisers were incompetent": people around the owner are not the owner.
        let rw = &a.lx.relation_words;
        if rw.around_nouns.contains(w) || rw.member_nouns.contains(w) {
            return None;
        }
        nouns += 1;
    }
    if nouns == 0 || k == 0 {
        return None;
    }
    let mi = a.mention_at_token(s, k - 1)?;
    let m = &a.mentions[mi];
    Some((m.entity, a.token_at(s, m.span.start)))
}

/// The owner of a plan or proposal whose infinitive runs up to the evaluation at token `i`:
/// "Labour's plans to give all children two hours of sport a week have failed", "the Tories'
/// proposal to cut the number of civil servants is unworkable" (the owner, its "'s", an act
/// noun of `relation_words.tsv`, "to", then at most fourteen lower-case words or numbers before
/// a form of "be" or "have"). Returns the owner and the token its name opens at.
fn owner_of_planned_act(a: &Analysis, s: usize, i: usize) -> Option<(EntityId, usize)> {
    let aux = (i.saturating_sub(4)..i).rev().find(|&k| {
        let w = a.lw(s, k);
        BE_FORMS.contains(&w) || matches!(w, "has" | "have" | "had")
    })?;
    // The owner's mention and the last token of its "'s" ("Labour's" may be one token).
    let mut k = aux;
    let (mi, owner_end) = loop {
        if k == 0 || aux - k >= 16 {
            return None;
        }
        k -= 1;
        let w = a.word(s, k);
        if let Some(mi) = a.mention_at_token(s, k) {
            let m = &a.mentions[mi];
            if !a.text[m.span.end..].starts_with(['’', '\'']) {
                return None;
            }
            break (mi, k);
        }
        if matches!(w, "'s" | "’s" | "'" | "’") {
            break (a.mention_at_token(s, k.checked_sub(1)?)?, k);
        }
        let plain = w
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-');
        if !plain || w.is_empty() {
            return None;
        }
    };
    // "Labour's plans to …": the act noun and "to" right after the owner's "'s".
    let act = a.lw(s, owner_end + 1);
    if !a.lx.relation_words.acts.contains(act)
        || a.lw(s, owner_end + 2) != "to"
        || owner_end + 3 >= aux
    {
        return None;
    }
    let m = &a.mentions[mi];
    Some((m.entity, a.token_at(s, m.span.start)))
}

/// The owner of a judging noun of `relation_words.tsv` (`judging_noun`) opening at token `i`:
/// "the United States' increasing “economic aggression”", "Labour's incompetence" (the owner,
/// its "'s", then at most three lower-case words or quote marks). Returns the owner and the
/// token its name opens at.
fn owner_of_judging_noun(a: &Analysis, s: usize, i: usize) -> Option<(EntityId, usize)> {
    if !a.lx.relation_words.judging_nouns.contains(a.lw(s, i)) {
        return None;
    }
    let quote = |k: usize| matches!(a.word(s, k), "'" | "‘" | "’" | "\"" | "“" | "”");
    let mut k = i;
    let mut words = 0;
    while k > 0 {
        k -= 1;
        if let Some(mi) = a.mention_at_token(s, k) {
            let m = &a.mentions[mi];
            let owner = a.text[m.span.end..].starts_with(['’', '\'']);
            return owner.then(|| (m.entity, a.token_at(s, m.span.start)));
        }
        let w = a.word(s, k);
        if matches!(w, "'s" | "’s" | "'" | "’") && !quote(k + 1) {
            continue;
        }
        if quote(k) {
            continue;
        }
        words += 1;
        let plain = !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
        if !plain || words > 3 || a.lx.stopwords.contains(w) {
            return None;
        }
    }
    None
}

/// A stance phrase of `relation_words.tsv` opening at token `i` (its predicate and last token)
/// and the actor it is about: the name right after it, past "the" and a title, or that name's
/// owner ("no confidence in Tony Blair's government"), never a nationality ("no trust in
/// British politicians").
fn stance_at(a: &Analysis, s: usize, i: usize) -> Option<(String, usize, EntityId)> {
    if let Some(found) = sole_doer_at(a, s, i) {
        return Some(found);
    }
    // "a 'fundamental lack of trust' of Tony Blair": quote marks inside the phrase are passed
    // over.
    let matched = |words: &[String]| phrase_end(a, s, i, words);
    let (last, predicate) =
        a.lx.relation_words
            .stances
            .iter()
            .find_map(|(w, p)| matched(w).map(|last| (last, p)))?;
    let (e, span) = object_after(a, s, last, 4)?;
    let first = a.token_at(s, span.start);
    // Only "the" or title words between the phrase and the name.
    let close = (last + 1..first)
        .all(|k| a.lw(s, k) == "the" || a.word(s, k).starts_with(char::is_uppercase));
    let mi = a.mention_at_token(s, first)?;
    let plain = a.mentions[mi].kind != MentionKind::Demonym && !is_modifier_use(a, s, &span);
    let owner = a.text[span.end..].starts_with(['’', '\'']);
    (close && (plain || owner) && is_actor(a, e)).then(|| (predicate.clone(), last, e))
}

/// The one a speaker says alone can act, backed: "only really the UN can do that job", "only
/// Labour has the authority" (an adverb or "the" between "only" and the name, then "can",
/// "could", "has" or "had"). Not "not only X but", nor "if only".
fn sole_doer_at(a: &Analysis, s: usize, i: usize) -> Option<(String, usize, EntityId)> {
    if a.lw(s, i) != "only" || (i > 0 && matches!(a.lw(s, i - 1), "not" | "if")) {
        return None;
    }
    let toks = &a.tokens[s];
    let mut k = i + 1;
    while k < toks.len().min(i + 4)
        && a.mention_at_token(s, k).is_none()
        && (a.lw(s, k) == "the" || a.lw(s, k).ends_with("ly"))
    {
        k += 1;
    }
    let mi = a.mention_at_token(s, k)?;
    let m = &a.mentions[mi];
    let after = a.token_at(s, m.span.end);
    let acts = matches!(a.lw(s, after), "can" | "could" | "has" | "had");
    let plain = m.kind != MentionKind::Demonym && !a.mention_info[mi].modifier;
    (acts && plain && m.span.start == toks[k].span.start && is_actor(a, m.entity))
        .then(|| ("backed".to_string(), i, m.entity))
}

/// The doer named after an evaluation that ends at token `last` and judges an act: "an
/// excellent move by American Express", "a sensible decision from the board of X" (at most one
/// lower-case word, an act noun of `relation_words.tsv`, then "by" or "from" and the name).
/// Returns the doer and the token its name opens at.
fn doer_after_evaluation(
    a: &Analysis,
    s: usize,
    first: usize,
    last: usize,
) -> Option<(EntityId, usize)> {
    let toks = &a.tokens[s];
    // "a big misjudgement by Labour's campaign team": an evaluation that is itself a noun
    // phrase names the act it judges.
    let nominal =
        matches!(a.lw(s, first), "a" | "an") && matches!(a.lw(s, last + 1), "by" | "from");
    let noun = if nominal {
        last
    } else {
        (last + 1..toks.len().min(last + 3))
            .take_while(|&k| a.word(s, k).chars().all(|c| c.is_lowercase() || c == '-'))
            .find(|&k| a.lx.relation_words.acts.contains(a.lw(s, k)))?
    };
    if !matches!(a.lw(s, noun + 1), "by" | "from") {
        return None;
    }
    let (e, span) = object_after(a, s, noun + 1, 3)?;
    let first = a.token_at(s, span.start);
    (!is_modifier_use(a, s, &span) || a.text[span.end..].starts_with(['’', '\'']))
        .then_some((e, first))
}

/// The one whose act a word of backing after token `last` hopes for: "it would be a “huge
/// boost” to the party if Mr Hague returned" backs Hague. "if" stands at most five words after
/// the phrase, with no punctuation but quote marks between, and a name right after it that a
/// lower-case verb follows. Returns the name's entity and the token it opens at.
fn hoped_doer_after(a: &Analysis, s: usize, last: usize) -> Option<(EntityId, usize)> {
    let toks = &a.tokens[s];
    let quote = |k: usize| matches!(a.word(s, k), "'" | "‘" | "’" | "\"" | "“" | "”");
    let conditional = (last + 1..toks.len().min(last + 7))
        .take_while(|&k| quote(k) || a.word(s, k).chars().all(|c| c.is_lowercase() || c == '-'))
        .find(|&k| a.lw(s, k) == "if")
        // "as if the Cabinet had decided", "even if he returns": no hope.
        .filter(|&k| !matches!(a.lw(s, k - 1), "as" | "even"))?;
    let (e, span) = object_after(a, s, conditional, 3)?;
    let first = a.token_at(s, span.start);
    let after = a.token_at(s, span.end);
    let verb = toks.get(after).is_some_and(|t| {
        let w = t.text(a.text);
        w.starts_with(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic())
    });
    let next_to_if =
        (conditional + 1..first).all(|k| a.lw(s, k) == "the" || HONORIFICS.contains(&a.word(s, k)));
    (verb && next_to_if && !is_modifier_use(a, s, &span)).then_some((e, first))
}

/// Who an object pronoun ("warned him", "wants it to") at byte `pos` refers to: the nearest
/// name of its kind in this paragraph or the two before, never the clause's own subject (that
/// would be "himself").
fn object_pronoun(
    a: &Analysis,
    pos: usize,
    pronoun: &str,
    subject: Option<EntityId>,
) -> Option<EntityId> {
    let fits = |e: &super::Entity| match pronoun {
        "him" => e.kind == EntityKind::Person && e.gender != Gender::Female,
        "her" => e.kind == EntityKind::Person && e.gender != Gender::Male,
        _ => matches!(e.kind, EntityKind::Organization | EntityKind::Country),
    };
    a.mentions_before(pos, 2)
        .filter(|m| m.kind != MentionKind::Demonym)
        .map(|m| m.entity)
        .filter(|&e| Some(e) != subject)
        .rfind(|&e| fits(&a.entities[e]))
}

/// The words before a name inside a statement, lower-case, without punctuation or "the"
/// ("It’s time the" → ["it's", "time"]).
fn lead_words(lead: &str) -> Vec<String> {
    lead.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’')))
        .map(|w| {
            w.trim_start_matches(['\'', '’'])
                .to_lowercase()
                .replace('’', "'")
        })
        .filter(|w| !w.is_empty() && w != "the")
        .collect()
}

/// Whether the words before a name put it on notice: "It's time Congress cut …", "it is time
/// for Mr Livingstone to say sorry", "I suggest the BBC concentrates on the issues".
fn lead_demands(lead: &str) -> bool {
    let words = lead_words(lead);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let words = match words.as_slice() {
        ["now", rest @ ..] => rest,
        all => all,
    };
    matches!(
        words,
        ["it's", "time"]
            | ["it's", "time", "for"]
            | ["it", "is", "time"]
            | ["it", "is", "time", "for"]
            | ["it", "was", "time"]
            | ["it", "was", "time", "for"]
            | ["it's", "high", "time"]
            | ["it", "is", "high", "time"]
            | ["i", "suggest"]
            | ["i", "suggest", "that"]
            | ["we", "suggest"]
            | ["we", "suggest", "that"]
            | ["i", "urge"]
            | ["we", "urge"]
    )
}

/// The demands a statement makes in its sentences after the first: in each, the first name
/// that opens the sentence (a word at most before it, "the" and quote marks aside) or follows
/// "I suggest", "it is time", "I think" and the like, with an obligation after it unless the lead
/// itself demands ("Royal Mail must act", "I suggest the BBC concentrates …"). Each comes with
/// the words that make it (from the sentence's start to the name) and its sentence.
fn demands_in_later_sentences(
    a: &Analysis,
    st: &Statement,
    speaker: EntityId,
) -> Vec<(EntityId, Span, Span)> {
    let mut out = Vec::new();
    let Some(first) = a.sentence_of(st.span.start) else {
        return out;
    };
    let last = a
        .sentence_of(st.span.end.saturating_sub(1))
        .unwrap_or(first);
    for s in first + 1..=last.min(a.seg.sentences.len().saturating_sub(1)) {
        let sentence = &a.seg.sentences[s];
        let from = sentence.start.max(st.span.start);
        let to = sentence.end.min(st.span.end);
        if from >= to {
            continue;
        }
        let target = a
            .mentions_in(&(from..to))
            .filter(|&mi| !a.mention_info[mi].modifier)
            .find(|&mi| {
                let m = &a.mentions[mi];
                let lead = &a.text[from..m.span.start];
                let lead_words = lead
                    .split_whitespace()
                    .filter(|w| !matches!(*w, "the" | "The" | "that" | "“" | "\""))
                    .count();
                let owner = a.text[m.span.end..].starts_with(['’', '\'']);
                (lead_words <= 1 || lead_demands(lead) || opinion_frame(lead)) && !owner
            })
            .filter(|&mi| {
                let m = &a.mentions[mi];
                m.kind != MentionKind::Demonym
                    && !is_modifier_use(a, s, &m.span)
                    && (obliged(a, &m.span) || lead_demands(&a.text[from..m.span.start]))
            })
            .map(|mi| (a.mentions[mi].entity, a.mentions[mi].span.end))
            .filter(|&(e, _)| {
                e != speaker
                    && a.entities[e].name != a.entities[speaker].name
                    && is_actor(a, e)
                    && !national_of(a, speaker, e)
            });
        if let Some((target, end)) = target {
            out.push((target, from..end, sentence.clone()));
        }
    }
    out
}

/// Whether the words before a name only frame the speaker's own view: "I think the BBC would
/// be better advised to …", "we believe that Labour must …".
fn opinion_frame(lead: &str) -> bool {
    let words = lead_words(lead);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    matches!(
        words.as_slice(),
        ["i" | "we", "think" | "believe" | "feel"]
            | ["i" | "we", "think" | "believe" | "feel", "that"]
    )
}

/// Whether the mention at `span` is followed by an obligation ("the UK should").
fn obliged(a: &Analysis, span: &Span) -> bool {
    let Some(s) = a.sentence_of(span.start) else {
        return false;
    };
    let at = a.token_at(s, span.end);
    a.lx.relation_words.obligations.iter().any(|words| {
        // "Mr Blair should be judged by results": what is done to a side is no demand on it.
        let passive = a.lw(s, at + words.len()) == "be";
        !passive && words.iter().enumerate().all(|(k, w)| a.lw(s, at + k) == *w)
    })
}

/// Whether `person` holds an office of `side` ("Prime Minister of the United Kingdom") or of a
/// party or body of that country ("Tory leader Michael Howard" and Britain).
fn holds_office_in(a: &Analysis, person: EntityId, side: EntityId) -> bool {
    let name = a.entities[side].name.as_str();
    a.entities[person].roles.iter().any(|r| {
        let Some(of) = r.of.as_deref() else {
            return false;
        };
        of == name
            || a.lx
                .organizations
                .iter()
                .any(|o| o.name == of && o.country.as_deref() == Some(name))
    })
}

/// Whether `person` speaks for the country `side`: one who holds or held an office of that
/// country in the office holders table ("Michael Howard", once Home Secretary and Leader of the
/// Opposition, and the United Kingdom), or holds an office the article gives him (see
/// [`holds_office_in`]). "Mr Howard said Britain should take its fair share" is a view of his
/// own country's policy, not a demand on it; a party's spokesman saying "the UK should not
/// ignore …" (an office of the party only, issue-14 gold) still demands.
fn national_of(a: &Analysis, person: EntityId, side: EntityId) -> bool {
    let side_entity = &a.entities[side];
    if holds_office_in(a, person, side) {
        return true;
    }
    if side_entity.kind != EntityKind::Country || a.entities[person].kind != EntityKind::Person {
        return false;
    }
    let (name, country) = (&a.entities[person].name, side_entity.name.as_str());
    a.lx.office_terms
        .iter()
        .any(|t| &t.person == name && t.of == country)
}

/// Whether a speaker tells of its own act: the agent itself, either side of a meeting, talks,
/// deal, suit, charge or fine, or the government a side holds office in ("talks with Chancellor Nigel Lawson, a
/// Treasury spokesman said"; "Putin met Xi, the Kremlin said"; "Acme said it received a
/// contract from NASA").
fn speaks_for_a_party(a: &Analysis, speaker: EntityId, f: &Found) -> bool {
    // "Marsh said it would pay $850m to settle charges raised by Mr Spitzer": the side sued,
    // charged or fined is no third party to the suit, charges or fine either; nor is one
    // appointed, elected or removed to his own appointment ("Mr Kinnock said his appointment
    // as chairman of the British Council …").
    // "Shell said it had agreed to be bought by BP": nor is the firm bought to its takeover.
    let mutual = matches!(
        f.predicate.as_str(),
        "met"
            | "acquired"
            | "negotiatedWith"
            | "agreedWith"
            | "sued"
            | "accused"
            | "fined"
            | "appointed"
            | "elected"
            | "dismissedFromOffice"
    );
    let sides: &[EntityId] = if mutual {
        &[f.agent, f.target]
    } else {
        &[f.agent]
    };
    let speaker_entity = &a.entities[speaker];
    let speaker_country = match speaker_entity.kind {
        EntityKind::Country => Some(speaker_entity.name.as_str()),
        EntityKind::Organization => {
            a.lx.organizations
                .iter()
                .find(|o| o.name == speaker_entity.name && o.kind == "Government")
                .and_then(|o| o.country.as_deref())
        }
        _ => None,
    };
    sides.iter().any(|&side| {
        side == speaker
            // "President Bush announced that an alliance of the US, India and Japan will …":
            // the head of a country tells of its act.
            || (speaker_entity.kind == EntityKind::Person
                && a.entities[side].kind == EntityKind::Country
                && national_of(a, speaker, side))
            || a.entities[side].roles.iter().any(|r| {
                r.of.as_deref()
                    .is_some_and(|of| of == speaker_entity.name || Some(of) == speaker_country)
            })
    })
}

/// The organisation whose post follows a passive of appointing, electing or removing at token
/// `last`: "[was appointed] chairman of Barclays", "[was sacked] as chief executive of Acme",
/// "[was elected] leader of the Labour Party". At most five words, the last a role noun
/// (`ROLE_NOUNS`), stand between the verb (or "as") and "of"; the name follows "of" (and "the").
fn body_of_post_after(a: &Analysis, s: usize, last: usize) -> Option<EntityId> {
    let toks = &a.tokens[s];
    let start = if a.lw(s, last + 1) == "as" {
        last + 2
    } else {
        last + 1
    };
    let of = (start..toks.len().min(start + 6)).find(|&k| a.lw(s, k) == "of")?;
    let words_only = (start..of).all(|k| {
        toks[k].is_word && !matches!(a.lw(s, k), "by" | "and" | "to" | "in" | "on" | "at" | "for")
    });
    if of == start || !words_only || !ROLE_NOUNS.contains(&a.lw(s, of - 1)) {
        return None;
    }
    let (body, span) = object_after(a, s, of, 2)?;
    let next = a.token_at(s, span.start);
    let adjacent = next == of + 1 || (next == of + 2 && a.lw(s, of + 1) == "the");
    (adjacent && a.entities[body].kind == EntityKind::Organization).then_some(body)
}

/// Appointments and removals named as nouns with the post after "as": "his appointment as
/// chairman of the British Council", "Tom Lowe's election as leader of the party", "her
/// dismissal as head of Acme": the body whose post it is acts on the noun's owner.
fn appointments_as(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        for i in 0..a.tokens[s].len() {
            let predicate = match a.lw(s, i) {
                "appointment" | "nomination" => "appointed",
                "election" => "elected",
                "dismissal" | "sacking" | "removal" | "ouster" => "dismissedFromOffice",
                _ => continue,
            };
            if a.lw(s, i + 1) != "as" || in_long_quote(a, a.tokens[s][i].span.start) {
                continue;
            }
            let person = owner_before(a, s, i).map(|(e, _)| e);
            let trigger = a.tokens[s][i].span.clone();
            out.extend(Found::post_change(
                a,
                person,
                body_of_post_after(a, s, i),
                predicate,
                trigger,
                s,
                i,
            ));
        }
    }
    out
}

/// Posts taken or lost with a verb of the holder's own, the post after it: "John Kerry will
/// become chief executive of Acme", "has taken over as chairman of Acme", "replaces Jo Bell as
/// head of Acme" (appointed by the body whose post it is), "was forced to resign as chief
/// executive of Acme", "was forced out as head of Acme" (dismissed by it). The holder is the
/// clause's subject. A post left of one's own accord ("stepped down as", "quit as") is no act
/// of the body.
fn posts_taken(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 0..toks.len() {
            // The act, the token its subject is looked for from, and the last token before the
            // post (an "as" after it is passed over by the look-up).
            let (predicate, first, last) = match a.lw(s, i) {
                "become" | "becomes" | "became" | "becoming" => ("appointed", i, i),
                "take" | "takes" | "took" | "taken" | "taking"
                    if a.lw(s, i + 1) == "over" && a.lw(s, i + 2) == "as" =>
                {
                    ("appointed", i, i + 1)
                }
                // "replaces Jo Bell as head of Acme": the one replaced is passed over.
                "replace" | "replaces" | "replaced" | "replacing" => {
                    let Some(after) = a
                        .mention_at_token(s, i + 1)
                        .map(|mi| a.token_at(s, a.mentions[mi].span.end))
                        .filter(|&k| a.lw(s, k) == "as")
                    else {
                        continue;
                    };
                    ("appointed", i, after - 1)
                }
                // "was forced to resign as", "was forced out as".
                "resign" | "out" if a.lw(s, i + 1) == "as" => match a.lw(s, i.saturating_sub(1)) {
                    "forced" => ("dismissedFromOffice", i - 1, i),
                    "to" if i >= 2 && a.lw(s, i - 2) == "forced" => {
                        ("dismissedFromOffice", i - 2, i)
                    }
                    _ => continue,
                },
                _ => continue,
            };
            if in_long_quote(a, toks[i].span.start) {
                continue;
            }
            // "went on to become Tony Blair's chief whip", "became Acme's chief executive": the
            // post's owner, named with "'s" right after the verb, appointed its holder.
            let owner = || {
                (first == i && predicate == "appointed")
                    .then(|| owner_of_post_after(a, s, i))
                    .flatten()
            };
            let Some(body) = body_of_post_after(a, s, last).or_else(owner) else {
                continue;
            };
            // "Mr Cunningham went on to become …": the subject of "went on".
            let went_on = first >= 3
                && a.lw(s, first - 1) == "to"
                && a.lw(s, first - 2) == "on"
                && matches!(
                    a.lw(s, first - 3),
                    "go" | "goes" | "went" | "gone" | "going"
                );
            let person = subject_before(a, s, first)
                .or_else(|| went_on.then(|| subject_before(a, s, first - 3)).flatten())
                .map(|(e, _)| e);
            out.extend(Found::post_change(
                a,
                person,
                Some(body),
                predicate,
                toks[first].span.start
                    ..toks[if a.lw(s, i + 1) == "over" { i + 1 } else { i }]
                        .span
                        .end,
                s,
                first,
            ));
        }
    }
    out
}

/// Head nouns of a post besides `ROLE_NOUNS`: "chief whip", "chief financial officer".
const POST_HEADS: &[&str] = &["whip", "officer", "envoy", "aide", "enforcer", "chancellor"];

/// The person or organisation named with "'s" right after the verb at token `verb`, whose post
/// follows: "[became] Tony Blair's chief whip", "[became] Acme's \"chief executive\"", "[became]
/// Acme's head of policy". At most four lower-case words (quote marks passed over) make the
/// post, up to a preposition, conjunction or punctuation, and the last is a role noun; anything
/// else ("became Blair's friend", "became Brown's wife") is no post.
fn owner_of_post_after(a: &Analysis, s: usize, verb: usize) -> Option<EntityId> {
    let mi = a.mention_at_token(s, verb + 1)?;
    let m = &a.mentions[mi];
    let kind = a.entities[m.entity].kind;
    if !matches!(kind, EntityKind::Person | EntityKind::Organization) {
        return None;
    }
    let rest = a.text[m.span.end..].strip_prefix(['’', '\''])?;
    let after = m.span.end + (a.text[m.span.end..].len() - rest.len());
    let after = after + usize::from(rest.starts_with('s'));
    let head = |w: &str| ROLE_NOUNS.contains(&w) || POST_HEADS.contains(&w);
    let mut words = 0;
    for k in a.token_at(s, after)..a.tokens[s].len() {
        let w = a.lw(s, k);
        if matches!(w, "\"" | "“" | "”" | "‘" | "’") {
            continue;
        }
        let lower = !w.is_empty() && a.word(s, k).chars().all(|c| c.is_lowercase() || c == '-');
        if !lower || PREPOSITIONS.contains(&w) || matches!(w, "and" | "or" | "when" | "until") {
            return None;
        }
        // "has become Labour's longest-serving prime minister", "its first woman leader": a
        // record set, not a post given.
        let record = w.ends_with("est")
            || w.ends_with("-serving")
            || matches!(w, "first" | "last" | "only" | "most" | "next");
        words += 1;
        if words > 4 || record {
            return None;
        }
        // The post ends at its role noun: "chief executive last year", "chief of staff".
        let next = (k + 1..a.tokens[s].len())
            .map(|j| a.lw(s, j))
            .find(|w| !matches!(*w, "\"" | "“" | "”" | "‘" | "’"))
            .unwrap_or("");
        if head(w) && !head(next) {
            return Some(m.entity);
        }
    }
    None
}

/// The owner of what acts for it, as the subject of the verb at token `verb`: "Russia's army
/// attacked", "Oracle's board has rejected", "the firm's new management met" (a name with "'s",
/// at most one lower-case modifier, an `owned_actor` of relation_words.tsv, then only
/// auxiliaries and adverbs before the verb).
fn owner_of_acting_noun(a: &Analysis, s: usize, verb: usize) -> Option<(EntityId, Span)> {
    let mut k = verb.checked_sub(1)?;
    while k > 0
        && (BE_FORMS.contains(&a.lw(s, k))
            || matches!(
                a.lw(s, k),
                "has" | "have" | "had" | "will" | "would" | "also"
            )
            || a.lw(s, k).ends_with("ly"))
    {
        k -= 1;
    }
    // "Labour's leader" is a person of the party (a `member_noun`), not the party.
    let rw = &a.lx.relation_words;
    if !rw.owned_actors.contains(a.lw(s, k)) || rw.member_nouns.contains(a.lw(s, k)) {
        return None;
    }
    (k.saturating_sub(4)..k).rev().find_map(|j| {
        let mi = a.mention_at_token(s, j)?;
        let m = &a.mentions[mi];
        let rest = a.text[m.span.end..].strip_prefix(['’', '\''])?;
        let rest = rest.strip_prefix('s').unwrap_or(rest);
        // Only the owner's "'s" and at most one lower-case word before the noun.
        let between = &a.text
            [m.span.end + (a.text[m.span.end..].len() - rest.len())..a.tokens[s][k].span.start];
        let words: Vec<&str> = between.split_whitespace().collect();
        let plain = words.len() <= 1 && words.iter().all(|w| w.chars().all(char::is_lowercase));
        (plain && is_actor(a, m.entity)).then(|| (m.entity, m.span.clone()))
    })
}

/// The person a sentence opens with and the organisation named as owner of their post just
/// before them: "Nortel's head Frank Dunn", "Acme's chief executive Jo Bell".
fn employer_of_subject(a: &Analysis, s: usize) -> Option<(EntityId, EntityId)> {
    let (person, span) = sentence_subject(a, s)?;
    if a.entities[person].kind != EntityKind::Person {
        return None;
    }
    let start = a.token_at(s, span.start);
    (start.saturating_sub(5)..start).find_map(|k| {
        let m = &a.mentions[a.mention_at_token(s, k)?];
        let owner = a.text[m.span.end..].starts_with(['’', '\'']);
        let org = a.entities[m.entity].kind == EntityKind::Organization;
        // Only lower-case title words between the owner and the name.
        let titles = (a.token_at(s, m.span.end) + 1..start)
            .all(|t| a.word(s, t).chars().all(char::is_lowercase));
        (owner && org && titles).then_some((person, m.entity))
    })
}

/// Words that may follow a slot noun before its preposition: a deal's worth and terms ("a deal
/// totalling $375m with", "an agreement in principle with").
fn slot_terms(w: &str) -> bool {
    matches!(
        w,
        "worth" | "totalling" | "totaling" | "valued" | "at" | "of" | "in" | "principle"
    ) || is_sum_word(w)
}

/// Whether `w` is a word of a sum of money: a figure, a currency sign or a unit ("£5bn",
/// "$", "2.5", "bn", "mln").
fn is_sum_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
        || matches!(
            w,
            "m" | "bn" | "mln" | "million" | "billion" | "dlrs" | "pounds" | "euros" | "dollars"
        )
}

/// The length of the first bracketed group within two tokens after `from` that holds only
/// sums ("(1.53bn euros; £1.05bn)"), brackets included; 0 when there is none.
fn amount_aside(a: &Analysis, s: usize, from: usize) -> usize {
    let toks = a.tokens[s].len();
    let Some(open) = (from..toks.min(from + 3)).find(|&k| a.word(s, k) == "(") else {
        return 0;
    };
    let Some(close) = (open + 1..toks.min(open + 10)).find(|&k| a.word(s, k) == ")") else {
        return 0;
    };
    let sums = (open + 1..close).all(|k| {
        let w = a.lw(s, k);
        slot_terms(w) || matches!(w, ";" | "," | "or" | "us" | "$" | "£" | "€")
    });
    if sums && close > open + 1 {
        close - open + 1
    } else {
        0
    }
}

/// Whether token `k` lies inside the bracketed sums that [`amount_aside`] finds after `from`.
fn in_amount_aside(a: &Analysis, s: usize, from: usize, k: usize) -> bool {
    let n = amount_aside(a, s, from);
    n > 0
        && (from..a.tokens[s].len().min(from + 3))
            .find(|&o| a.word(s, o) == "(")
            .is_some_and(|open| (open..open + n).contains(&k))
}

/// The end of a court named after a slot noun: "charges in a Boston federal court against".
fn court_end(a: &Analysis, s: usize, at: usize) -> Option<usize> {
    if a.lw(s, at) != "in" {
        return None;
    }
    (at + 1..a.tokens[s].len().min(at + 6))
        .take_while(|&k| a.word(s, k) != ",")
        .find(|&k| a.lw(s, k) == "court")
        .map(|k| k + 1)
}

/// The trigger of the tables that starts at token `i`, and how many tokens it covers.
fn trigger_at<'l>(
    a: &Analysis<'l>,
    s: usize,
    i: usize,
) -> Option<(&'l crate::lexicon::RelationTrigger, usize)> {
    let lx = a.lx;
    lx.relation_triggers_by_first_word
        .get(a.lw(s, i))
        .and_then(|list| {
            list.iter()
                .map(|&t| &lx.relation_triggers[t])
                .filter(|t| !t.needs_verb_context || verb_context(a, s, i))
                .find_map(|t| trigger_length(a, s, i, &t.words).map(|n| (t, n)))
        })
}

/// How many tokens the trigger `words` covers from token `i`: its words in a row, or with a
/// word or two of time and place before a closing preposition ("talks here today with").
fn trigger_length(a: &Analysis, s: usize, i: usize, words: &[String]) -> Option<usize> {
    let toks = a.tokens[s].len();
    let n = words.len();
    if i + n > toks {
        return None;
    }
    let (last, head) = words.split_last()?;
    // "signed a new four-year agreement with": up to three modifiers before the slot noun.
    if let Some(noun) = head
        .iter()
        .rposition(|w| a.lx.relation_words.slot_class(w).is_some())
    {
        let class = a.lx.relation_words.slot_class(&head[noun]);
        // "signed the agreement with", "bought the stake from".
        let article = |w: &str| matches!(w, "a" | "an" | "the");
        let same = |k: usize| {
            let w = a.lw(s, i + k);
            w == head[k] || (article(w) && article(&head[k]))
        };
        // "agreed settlements with": plural nouns go without the article.
        let bare = noun > 1
            && article(&head[noun - 1])
            && (0..noun - 1).all(same)
            && !article(a.lw(s, i + noun - 1));
        if noun > 0 && ((0..noun).all(same) || bare) {
            let from = i + noun - usize::from(bare);
            // "a $2bn (1.53bn euros; £1.05bn) settlement with": a sum given again in other
            // currencies, in brackets, takes no room.
            let aside = amount_aside(a, s, from);
            let mut found = (from..toks.min(from + 4 + aside))
                .find(|&k| a.lx.relation_words.slot_class(a.lw(s, k)) == class)?;
            // "an 18.8% stake in": the last noun of the class is the slot.
            while let Some(next) = (found + 1..toks.min(found + 3))
                .find(|&k| a.lx.relation_words.slot_class(a.lw(s, k)) == class)
            {
                found = next;
            }
            // "sold its German unit to", "signed a new UK supply deal with": a country's name
            // or nationality word describes the noun, as a lower-case modifier does.
            let country_word = |k: usize| {
                a.mention_at_token(s, k).is_some_and(|mi| {
                    let m = &a.mentions[mi];
                    m.kind == MentionKind::Demonym
                        || a.entities[m.entity].kind == EntityKind::Country
                })
            };
            let modifiers = (from..found).all(|k| {
                let w = a.word(s, k);
                !w.starts_with(char::is_uppercase) && !matches!(w, "," | "and" | "with" | "to")
                    || in_amount_aside(a, s, from, k)
                    || country_word(k)
            });
            let rest = &head[noun + 1..];
            let mut tail = found + 1;
            if rest.is_empty() {
                if let Some(end) = court_end(a, s, tail) {
                    tail = end;
                }
                // "a stake worth $1bn in": the closing preposition ends the terms.
                while tail < toks.min(found + 6)
                    && a.lw(s, tail) != last
                    && slot_terms(a.lw(s, tail))
                {
                    tail += 1;
                }
            }
            let fits = modifiers
                && rest.iter().enumerate().all(|(k, w)| a.lw(s, tail + k) == w)
                && a.lw(s, tail + rest.len()) == last;
            return fits.then_some(tail + rest.len() + 1 - i);
        }
    }
    if !head.iter().enumerate().all(|(k, w)| a.lw(s, i + k) == w) {
        return None;
    }
    let at = i + head.len();
    // "paid $1bn for X" buys X, "paid for him to fly" does not: a verb of paying needs its sum.
    let priced = head.len() == 1 && a.lx.relation_words.priced_verbs.contains(&head[0]);
    if a.lw(s, at) == last && !priced {
        return Some(n);
    }
    let preposition = matches!(last.as_str(), "with" | "against" | "to" | "for");
    if !preposition || head.is_empty() {
        return None;
    }
    let mut k = at;
    while k < toks.min(at + 2) && a.lx.relation_words.trigger_fillers.contains(a.lw(s, k)) {
        k += 1;
    }
    // "has bid $6.3bn (£3.4bn) for": the sum offered stands before "for".
    if last == "for" {
        while k < toks.min(at + 6) && (slot_terms(a.lw(s, k)) || matches!(a.word(s, k), "(" | ")"))
        {
            k += 1;
        }
    }
    (k > at && k < toks && a.lw(s, k) == last).then_some(k + 1 - i)
}

/// Whether a deal, purchase, talks or meeting is read with a country whose name only owns the
/// unnamed side after the trigger: "a tie-up with China's top carmaker", "talks with Japan's
/// biggest bank". "Russia's government", "Britain's Tony Blair" are the country or a name.
fn deal_with_countrys_unnamed_member(a: &Analysis, r: &Relation) -> bool {
    if !matches!(
        r.predicate.as_str(),
        "agreedWith" | "acquired" | "negotiatedWith" | "met"
    ) || a.entities[r.target].kind != EntityKind::Country
    {
        return false;
    }
    let Some(m) = a
        .mentions_in(&(r.trigger_span.end..r.evidence.end))
        .map(|mi| &a.mentions[mi])
        .find(|m| m.entity == r.target)
    else {
        return false;
    };
    let Some(rest) = a.text[m.span.end..]
        .strip_prefix("'s ")
        .or_else(|| a.text[m.span.end..].strip_prefix("’s "))
    else {
        return false;
    };
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(4)
        .take_while(|w| w.starts_with(|c: char| c.is_lowercase()))
        .collect();
    let acts_for_it = words.iter().any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        a.lx.relation_words.owned_actors.contains(w) || a.lx.relation_words.country_acts.contains(w)
    });
    !words.is_empty() && !acts_for_it
}

/// Whether a relation's trigger opens with a verb of paying ("paid $1bn for").
fn priced_trigger(a: &Analysis, r: &Relation) -> bool {
    let first = a.text[r.trigger_span.clone()]
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    a.lx.relation_words.priced_verbs.contains(&first)
}

/// The owner of a noun at token `noun`: a name with "'s" ("Xi's visit", "Oracle's 18-month
/// fight") or "its", "his", "her" ("its $10.3bn takeover of"), with at most two modifiers
/// between.
fn owner_before(a: &Analysis, s: usize, noun: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    let mut modifiers = 0;
    for k in (noun.saturating_sub(10)..noun).rev() {
        let w = a.lw(s, k);
        // "its planned £1.35bn ($2.5bn) offer for": a sum, however written, is one modifier.
        let sum = matches!(w, "(" | ")") || slot_terms(w) && !matches!(w, "at" | "of" | "in");
        if !sum {
            modifiers += 1;
            if modifiers > 3 {
                return None;
            }
        }
        if let Some(mi) = a.mention_at_token(s, k) {
            let m = &a.mentions[mi];
            return a.text[m.span.end..]
                .starts_with(['’', '\''])
                .then(|| (m.entity, m.span.clone()));
        }
        if matches!(w, "its" | "his" | "her") {
            return resolve_possessive(a, s, k).map(|e| (e, toks[k].span.clone()));
        }
        // Only modifiers between: "18-month", "$10.3bn", "planned", "hostile".
        let modifier = a.word(s, k).chars().all(|c| !c.is_uppercase())
            && !matches!(w, "," | "the" | "a" | "an" | "and" | "of" | "to" | "in");
        if !modifier {
            return None;
        }
    }
    None
}

/// The owner of a bid, plan or application (an `intention` of relation_words.tsv) whose
/// infinitive's object is the name at `span`: "[Iran's] bid to join [the WTO]", "[its]
/// application to join [the WTO]".
fn owner_of_bid_around(a: &Analysis, s: usize, span: &Span) -> Option<(EntityId, Span)> {
    let mut k = a.token_at(s, span.start);
    if k > 0 && a.lw(s, k - 1) == "the" {
        k -= 1;
    }
    let noun = k.checked_sub(3)?;
    let infinitive = a.lw(s, k - 2) == "to"
        && a.word(s, k - 1).chars().all(|c| c.is_lowercase())
        && a.lx.relation_words.intentions.contains(a.lw(s, noun));
    if !infinitive {
        return None;
    }
    owner_before(a, s, noun)
}

/// The last name of a list set off by dashes just before a verb: "many nations -- Hong Kong,
/// Canada and Nigeria -- had supported" (the names before it are its coordinated subjects).
fn dashed_list_before(a: &Analysis, s: usize, verb: usize) -> Option<(EntityId, Span)> {
    let mut k = verb.checked_sub(1)?;
    while k > 0 && (BE_FORMS.contains(&a.lw(s, k)) || VERB_MARKERS.contains(&a.lw(s, k))) {
        k -= 1;
    }
    let dash = |j: usize| matches!(a.word(s, j), "--" | "—" | "–" | "-");
    if !dash(k) {
        return None;
    }
    // "--" may be two tokens.
    while k > 0 && dash(k - 1) {
        k -= 1;
    }
    let m = &a.mentions[a.mention_at_token(s, k.checked_sub(1)?)?];
    let opened = (k.saturating_sub(30)..k - 1).any(dash);
    opened.then(|| (m.entity, m.span.clone()))
}

/// The name of an absolute construction before token `i`: "with Mr Kennedy stressing …".
fn absolute_subject(a: &Analysis, s: usize, i: usize) -> Option<(EntityId, Span)> {
    (i.saturating_sub(20)..i).rev().find_map(|k| {
        if a.lw(s, k) != "with" {
            return None;
        }
        // "with Mr Kennedy": a title may come first.
        let first = (k + 1..(k + 3).min(i))
            .take_while(|&j| a.word(s, j).starts_with(char::is_uppercase))
            .find(|&j| a.mention_at_token(s, j).is_some())?;
        let m = &a.mentions[a.mention_at_token(s, first)?];
        let after = a.token_at(s, m.span.end);
        (after < i && a.lw(s, after).ends_with("ing")).then(|| (m.entity, m.span.clone()))
    })
}

/// Words after which a form that is also a noun ("attacks", "buy") is a verb.
const VERB_MARKERS: &[&str] = &[
    "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
    "never", "did", "does", "do", "also", "he", "she", "it", "they", "we", "i", "who", "which",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
];

/// The doer of a gerund at token `i` that tells when or how its clause's act was done ("Fiat
/// was set to restructure after reaching a settlement with GM", "X bought Y before signing a
/// deal with Z"): the nearest name before it, in its sentence, that a verb follows (the
/// clause's subject, not an object such as "Y"). Only after "after", "before", "since",
/// "while" or "despite".
fn adverbial_gerund_doer(a: &Analysis, s: usize, i: usize) -> Option<(EntityId, Span)> {
    if i == 0 || !a.lw(s, i).ends_with("ing") {
        return None;
    }
    // "after last year signing a deal": a time may stand between (at most two words).
    let mut opener = i - 1;
    while opener > 0
        && i - opener <= 2
        && (matches!(
            a.lw(s, opener),
            "last" | "this" | "next" | "earlier" | "year" | "week" | "month" | "yesterday"
        ) || super::time::is_calendar_word(a.lw(s, opener)))
    {
        opener -= 1;
    }
    if !matches!(
        a.lw(s, opener),
        "after" | "before" | "since" | "while" | "despite"
    ) {
        return None;
    }
    let mut k = opener;
    while k > 0 {
        k -= 1;
        if matches!(a.word(s, k), ";" | ":" | "\"" | "“" | "”") {
            return None;
        }
        let Some(mi) = a.mention_at_token(s, k) else {
            continue;
        };
        let m = &a.mentions[mi];
        let first = a.token_at(s, m.span.start);
        let after = a.token_at(s, m.span.end);
        let next = a.lw(s, after);
        let verb = VERB_MARKERS.contains(&next)
            && !matches!(
                next,
                "to" | "he" | "she" | "it" | "they" | "we" | "i" | "who" | "which"
            )
            || (a.lx.verb_lemmas.contains_key(next) && !a.is_noun_use(s, after));
        let after_preposition = first > 0 && PREPOSITIONS.contains(&a.lw(s, first - 1));
        if verb && !after_preposition && !a.mention_info[mi].modifier {
            return Some((m.entity, m.span.clone()));
        }
        k = first;
    }
    None
}

/// Whether the word at token `i` is used as a verb, judged by the word before it: "is to buy",
/// "will attack", "did not back", or a name or pronoun as its subject ("Howard attacks Blair").
fn verb_context(a: &Analysis, s: usize, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    let w = a.lw(s, prev);
    // "is home to brands": only a base form is an infinitive; "US phone company": a base form
    // after a name needs a plural subject ("the Tories back Blair").
    let word = a.lw(s, i);
    let inflected =
        a.lx.verb_lemmas
            .get(word)
            .is_some_and(|lemma| lemma != word);
    let base_after_singular =
        |m: usize| !inflected && !a.text[a.mentions[m].span.clone()].ends_with('s');
    // "the Lib Dems accuse Mr Blair", "the Tories back him": a body named in the plural after
    // "the" takes a base form as its verb (a plural name describes no noun after it).
    let plural_body = |m: usize| {
        !inflected
            && a.lw(s, a.token_at(s, a.mentions[m].span.start).saturating_sub(1)) == "the"
            && a.entities[a.mentions[m].entity].kind == EntityKind::Organization
    };
    (VERB_MARKERS.contains(&w) && !(w == "to" && inflected))
        || (w == "," && inflected && after_aside(a, s, i))
        || w.ends_with("n't")
        || w.ends_with("n’t")
        || a.mention_at_token(s, prev).is_some_and(|m| {
            a.mentions[m].span.end == a.tokens[s][prev].span.end
                && !a.mention_info[m].modifier
                && !base_after_singular(m)
                && (!describes_a_noun(a, s, a.token_at(s, a.mentions[m].span.start))
                    || plural_body(m))
        })
}

/// Whether the infinitive at token `to` ("to") is an act done to something named after it:
/// "wants it to buy back its shares", not "wanted it to end" or "wants it to be fair".
fn asks_to_act_on(a: &Analysis, s: usize, to: usize) -> bool {
    let verb = a.lw(s, to + 1);
    let object = a.lw(s, to + 2);
    a.lw(s, to) == "to"
        && a.lx.verb_bases.contains(verb)
        && !matches!(
            verb,
            "be" | "have"
                | "happen"
                | "work"
                | "succeed"
                | "go"
                | "come"
                | "stay"
                | "remain"
                | "continue"
                | "last"
                | "become"
                | "get"
                | "seem"
                | "look"
        )
        && a.tokens[s].get(to + 2).is_some_and(|t| t.is_word)
        && !object.ends_with("ly")
        && !PREPOSITIONS.contains(&object)
}

/// Whether the verb at token `verb`, right after a comma, follows an aside set off by commas
/// after its subject: "Atticus, holding 2% of the firm, wants", "Acme, based in Leeds, bought".
fn after_aside(a: &Analysis, s: usize, verb: usize) -> bool {
    let Some((_, span)) = coref_subject_before(a, s, verb) else {
        return false;
    };
    let end = a.token_at(s, span.end);
    let opens = a.lw(s, end + 1);
    a.word(s, end) == ","
        && end + 2 < verb
        && (opens.ends_with("ing") || matches!(opens, "based" | "which" | "who"))
        && a.word(s, end + 1).starts_with(char::is_lowercase)
}

/// Whether what was accepted, right after token `last`, is a named person's word or account:
/// "accepted Mr Blunkett's word", "accepts Tom Vale's assurances".
fn takes_at_word(a: &Analysis, s: usize, last: usize) -> bool {
    let first = last + 1 + usize::from(HONORIFICS.contains(&a.word(s, last + 1)));
    let Some(mi) = a.mention_at_token(s, first) else {
        return false;
    };
    let m = &a.mentions[mi];
    let noun =
        a.token_at(s, m.span.end) + usize::from(a.text[m.span.end..].starts_with(['’', '\'']));
    let noun = (noun..a.tokens[s].len().min(noun + 2))
        .find(|&k| a.tokens[s][k].is_word && !matches!(a.lw(s, k), "s"))
        .unwrap_or(noun);
    a.entities[m.entity].kind == EntityKind::Person
        && a.text[m.span.end..].starts_with(['’', '\''])
        && matches!(
            a.lw(s, noun),
            "word" | "assurance" | "assurances" | "explanation" | "account" | "denial" | "apology"
        )
}

/// Whether the name opening at token `start` stands after a preposition, a determiner or a
/// superlative, where a name describes the noun after it rather than acting: "Shares in US
/// phone company MCI", "the largest US telephone company".
fn describes_a_noun(a: &Analysis, s: usize, start: usize) -> bool {
    let Some(before) = start.checked_sub(1) else {
        return false;
    };
    let w = a.lw(s, before);
    PREPOSITIONS.contains(&w)
        || matches!(
            w,
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
        )
        || (w.ends_with("est") && w.len() > 4)
}

/// A deal noun, singular or plural ("signed a number of agreements").
fn is_deal_noun(a: &Analysis, w: &str) -> bool {
    w == "treaties" || a.lx.relation_words.slot_class(w) == Some("agreement")
}

/// The two sides a plural description names ("the two countries", "both companies"): the last
/// pair of names joined by "and" before `before`, of the kind the noun says.
fn described_pair(
    a: &Analysis,
    s: usize,
    noun: usize,
    before: usize,
) -> Option<(EntityId, EntityId)> {
    let count = a.lw(s, noun.checked_sub(1)?);
    let det = noun.checked_sub(2).map(|k| a.lw(s, k)).unwrap_or("");
    // "the pair" too.
    let pair = a.lw(s, noun) == "pair" && count == "the";
    let plural = (count == "two" && matches!(det, "the" | "both")) || count == "both" || pair;
    if !plural {
        return None;
    }
    let kinds: &[EntityKind] = match a.lw(s, noun) {
        "pair" => &[EntityKind::Person],
        "countries" | "nations" | "governments" | "states" => &[EntityKind::Country],
        "companies" | "firms" | "groups" | "banks" | "carmakers" | "exchanges" | "airlines" => {
            &[EntityKind::Organization]
        }
        "men" | "leaders" | "women" => &[EntityKind::Person],
        "sides" | "parties" => &[
            EntityKind::Country,
            EntityKind::Organization,
            EntityKind::Person,
        ],
        _ => return None,
    };
    let mentions: Vec<usize> = (0..a.mentions.len())
        .filter(|&mi| a.mentions[mi].span.end <= before && !a.mention_info[mi].modifier)
        .collect();
    let joined = mentions.windows(2).rev().find_map(|w| {
        let (m1, m2) = (&a.mentions[w[0]], &a.mentions[w[1]]);
        let between = a.text.get(m1.span.end..m2.span.start)?.trim();
        // "Mr Blair and Mr Brown": the second name's honorific may lie outside its mention.
        let between = between
            .rsplit_once(' ')
            .filter(|(_, last)| HONORIFICS.contains(last))
            .map_or(between, |(rest, _)| rest);
        let joined = matches!(between, "and" | "and the" | "&");
        let (e1, e2) = (m1.entity, m2.entity);
        let fits = joined
            && e1 != e2
            && kinds.contains(&a.entities[e1].kind)
            && kinds.contains(&a.entities[e2].kind);
        if !fits {
            return None;
        }
        // "A, B and C": the last two of a longer list are no pair.
        let longer = a.text[..m1.span.start].trim_end().ends_with(',')
            && mentions
                .iter()
                .rev()
                .find(|&&mi| a.mentions[mi].span.end <= m1.span.start)
                .is_some_and(|&mi| {
                    a.text
                        .get(a.mentions[mi].span.end..m1.span.start)
                        .is_some_and(|t| t.trim() == ",")
                });
        Some((!longer).then_some((e1, e2)))
    });
    let joined = joined.flatten();
    // "X is to buy Y. The two companies tried to merge before": the two of that kind named in
    // the latest sentence, of this one and the five before it, that names any two (none when
    // it names more). "The two men", "the two leaders": two people named in the latest
    // sentence that names any ("Blair flew to Berlin to see Schroeder. The two men held talks").
    // "The Turkish economics minister, Ali Babacan, said the two sides had reached agreement":
    // the one who speaks of the two sides is not one of them.
    let noun_span = &a.tokens[s][noun].span;
    let speaker = a
        .statements_covering(noun_span.start, noun_span.end)
        .into_iter()
        .find_map(|i| a.statements[i].speaker)
        .filter(|&sp| a.entities[sp].kind == EntityKind::Person);
    joined.or_else(|| {
        (s.saturating_sub(5)..=s).rev().find_map(|t| {
            let sentence = &a.seg.sentences[t];
            let mut sides: Vec<EntityId> = Vec::new();
            for &mi in &mentions {
                let m = &a.mentions[mi];
                let e = m.entity;
                if Some(e) == speaker {
                    continue;
                }
                if sentence.start <= m.span.start
                    && m.span.end <= sentence.end
                    && !a.in_quote(m.span.start)
                    && kinds.contains(&a.entities[e].kind)
                    && !sides.contains(&e)
                    // "a report in the Sunday Express": the paper is no side.
                    && !known_media(a, e)
                {
                    sides.push(e);
                }
            }
            match sides.as_slice() {
                [x, y] => Some(Some((*x, *y))),
                [_, _, _, ..] => Some(None),
                _ => None,
            }
        })?
    })
}

/// Whether `e` is named in sentence `s` or the three before it: a plural description ("both
/// parties") stands for a pair named together lately, not for one joined paragraphs before
/// while others were named since.
fn named_lately(a: &Analysis, e: EntityId, s: usize) -> bool {
    let Some(from) = a.seg.sentences.get(s.saturating_sub(3)) else {
        return false;
    };
    let Some(to) = a.seg.sentences.get(s) else {
        return false;
    };
    a.mentions_in(&(from.start..to.end))
        .any(|mi| a.mentions[mi].entity == e)
}

/// The person or body named after "under" in the object of a judging verb or noun ending at
/// token `last`: "attacked the state of the NHS under Labour", "an attack on the cost of the
/// asylum system under Tony Blair" judge what goes on under them. The phrase stays in its
/// clause (no comma, colon or clause opener before "under", at most twelve words on), and the
/// ruler is a person or organisation, not a country ("under Britain's rules").
fn ruler_after_under(a: &Analysis, s: usize, last: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    let under = (last + 1..toks.len().min(last + 13))
        .take_while(|&k| {
            !matches!(a.word(s, k), "," | ";" | ":" | "." | "(" | "-")
                && !SUBCLAUSE_OPENERS.contains(&a.lw(s, k))
        })
        .find(|&k| a.lw(s, k) == "under")?;
    let at = if a.lw(s, under + 1) == "the" {
        under + 2
    } else {
        under + 1
    };
    let mi = a.mention_at_token(s, at)?;
    let m = &a.mentions[mi];
    let ruler = matches!(
        a.entities[m.entity].kind,
        EntityKind::Person | EntityKind::Organization
    );
    // "under Mr Blair's leadership" is left to the owner rules.
    let owner = a.text[m.span.end..].starts_with(['’', '\'']);
    (ruler && !owner && a.token_at(s, m.span.start) == at).then(|| (m.entity, m.span.clone()))
}

/// Whether `w` may be a past participle: a regular "-ed" or "-en" form, or a common irregular
/// one of news verbs ("bought", "sold", "hit").
/// The copula before a stance noun opening a trigger at token `i` ("is a fierce critic of",
/// "remains a long-time supporter of": `stance_noun` and `linking_verb` of relation_words.tsv),
/// with "a" or "an" and at most three lower-case modifiers between; its subject holds the
/// stance. A stance noun in apposition to a name counts too, and then the comma after the name
/// stands for the copula: "Jack Straw, a long-time supporter of Gordon Brown, said …" is
/// Straw's stance. None for the noun in other places ("critics of", "a critic of X, Y said").
fn stance_copula(a: &Analysis, s: usize, i: usize) -> Option<usize> {
    let rw = &a.lx.relation_words;
    if !rw.stance_nouns.contains(a.lw(s, i)) {
        return None;
    }
    let article = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| matches!(a.lw(s, k), "a" | "an"))?;
    let modifiers = (article + 1..i).all(|k| {
        let w = a.word(s, k);
        !w.is_empty()
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !a.lx.stopwords.contains(w)
    });
    let copula = article.checked_sub(1)?;
    let w = a.lw(s, copula);
    // The appositive: a person, firm or body named right before the comma.
    let apposed = w == ","
        && copula > 0
        && a.mention_at_token(s, copula - 1).is_some_and(|mi| {
            let m = &a.mentions[mi];
            m.span.end == a.tokens[s][copula].span.start
                && matches!(
                    a.entities[m.entity].kind,
                    EntityKind::Person | EntityKind::Organization
                )
        });
    (modifiers && (BE_FORMS.contains(&w) || rw.linking_verbs.contains(w) || apposed))
        .then_some(copula)
}

fn participle_form(w: &str) -> bool {
    w.ends_with("ed")
        || w.ends_with("en")
        || matches!(
            w,
            "bought"
                | "sold"
                | "hit"
                | "struck"
                | "caught"
                | "won"
                | "held"
                | "led"
                | "met"
                | "fought"
                | "sought"
                | "told"
                | "brought"
        )
}

/// How many sentences after the headline may tell the headline's event: a news story's
/// details (who fined whom) often come late ("Monsanto fined $1.5m" names the SEC in its
/// eleventh sentence); most BBC and Reuters stories are shorter than this.
const HEADLINE_LEAD_SENTENCES: usize = 40;

/// A headline's trigger whose other end only the story names: "Monsanto fined $1.5m" over "…
/// paying $500,000 to the SEC", "MCI shares climb on takeover bid" over "Qwest has bid $6.3bn
/// for MCI". A headline is shorthand for the story: when a relation the story tells (in its first
/// forty sentences) has the headline trigger's predicate (or that of a `headline_noun` of
/// relation_words.tsv) and the one it acts on is named in the headline, the headline tells that
/// relation too. A trigger that already gave a relation in the headline echoes nothing.
fn headline_echoes(a: &Analysis, found: &[Found]) -> Vec<Found> {
    let s = 0;
    if a.tokens.is_empty() || !a.is_headline(s) {
        return Vec::new();
    }
    let toks = &a.tokens[s];
    let named = |e: EntityId| {
        (0..toks.len()).any(|k| {
            a.mention_at_token(s, k)
                .is_some_and(|mi| a.mentions[mi].entity == e)
        })
    };
    let lx = a.lx;
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let trigger = trigger_at(a, s, i);
        // "MCI shares climb on takeover bid": a noun alone (`headline_noun`); of two such
        // nouns in a row the last is the head ("takeover bid" is a bid).
        let noun_at = |k: usize| {
            (k < toks.len())
                .then(|| lx.relation_words.headline_nouns.get(a.lw(s, k)))
                .flatten()
        };
        let Some((predicate, n)) = trigger.map(|(t, n)| (t.predicate.as_str(), n)).or_else(|| {
            noun_at(i)?;
            let mut n = 1;
            while noun_at(i + n).is_some() {
                n += 1;
            }
            Some((noun_at(i + n - 1)?.as_str(), n))
        }) else {
            i += 1;
            continue;
        };
        let told = found.iter().any(|f| f.sentence == s && f.trigger_tok == i);
        if told || a.mention_at_token(s, i).is_some() || predicate.starts_with('*') {
            i += n;
            continue;
        }
        for f in found.iter().filter(|f| {
            (1..=HEADLINE_LEAD_SENTENCES).contains(&f.sentence)
                && (f.predicate == predicate
                    || (predicate == "attacked" && f.predicate == "criticized"))
        }) {
            let fresh = !out
                .iter()
                .any(|o| o.agent == f.agent && o.target == f.target && o.predicate == f.predicate);
            // "Howard attacks cost of asylum": a headline that names the doer and leaves out
            // the one acted on has an object of its own (a thing); only a doer is left out, or
            // the two are named and the headline's words did not tie them ("Acme gets NASA
            // contract").
            // "'Standoff' on Deutsche's LSE bid": when the headline names a doer, the story's
            // relation of another doer ("Euronext's rival bid") is not the headline's.
            let other_doer = (0..toks.len()).any(|k| {
                a.mention_at_token(s, k).is_some_and(|mi| {
                    // "French suitor holds LSE meeting": a nationality names no doer.
                    let e = a.mentions[mi].entity;
                    let demonym = a.mentions[mi].kind == MentionKind::Demonym;
                    e != f.target && e != f.agent && is_actor(a, e) && !demonym
                })
            });
            if named(f.target) && !other_doer && fresh {
                out.push(Found {
                    agent: f.agent,
                    target: f.target,
                    predicate: f.predicate.clone(),
                    trigger: toks[i].span.start..toks[i + n - 1].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: f.future,
                });
            }
        }
        i += n;
    }
    out
}

/// The one a headline names by a bare role word ("Blair says mayor should apologise", "Donor
/// attacks …": headlines drop the article): the only person or body the story itself calls
/// "the mayor", "the London mayor" or writes the word right before the name of ("Labour donor
/// Duncan Bannatyne"). Returns it with the word's span.
fn headline_role(a: &Analysis, s: usize, k: usize) -> Option<(EntityId, Span)> {
    let toks = &a.tokens[s];
    if !a.is_headline(s) || k >= toks.len() || a.mention_at_token(s, k).is_some() {
        return None;
    }
    let word = a.lw(s, k);
    let plain = word.len() > 2
        && word.chars().all(|c| c.is_alphabetic())
        && !a.lx.stopwords.contains(word)
        // Capitalised only as the headline's first word ("Donor attacks …"): elsewhere a
        // capital is a name's ("calls for Lords speaker").
        && (k == 0 || a.word(s, k).starts_with(char::is_lowercase))
        && a.word(s, k).chars().skip(1).all(char::is_lowercase);
    if !plain {
        return None;
    }
    let body = a.seg.sentences.get(1)?.start;
    let mut found: Option<EntityId> = None;
    for (mi, m) in a.mentions.iter().enumerate() {
        // "Economy minister German Gref": a nationality word is nobody's name.
        if m.span.start < body || !is_actor(a, m.entity) || m.kind == MentionKind::Demonym {
            continue;
        }
        let surface = a.text[m.span.clone()].to_lowercase();
        let described = surface.starts_with("the ") && surface.rsplit(' ').next() == Some(word);
        let before = a.mention_info[mi].sentence;
        let first = a.token_at(before, m.span.start);
        let titled = first > 0 && a.word(before, first - 1) == word;
        if described || titled {
            match found {
                Some(e) if e != m.entity => return None,
                _ => found = Some(m.entity),
            }
        }
    }
    found.map(|e| (e, toks[k].span.clone()))
}

/// The pair a verb's object names by a plural description after "between": "criticised the
/// (reported) rivalry between the pair", "attacked the feud between the two men". Only "the"
/// and at most three lower-case words stand between the verb ending at token `verb_end` and
/// "between" (no clause, no other name); the pair is the last two named together before.
fn between_described_pair(a: &Analysis, s: usize, verb_end: usize) -> Option<(EntityId, EntityId)> {
    let toks = &a.tokens[s];
    let between =
        (verb_end + 1..toks.len().min(verb_end + 6)).find(|&k| a.lw(s, k) == "between")?;
    let plain = (verb_end + 1..between).all(|k| {
        let w = a.word(s, k);
        !w.is_empty()
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !CLAUSE_OPENERS.contains(&w)
            // "the reported rivalry": a speech verb's participle after "the" describes.
            && (a.speech_verb(s, k).is_none() || matches!(a.lw(s, k - 1), "the" | "a" | "an"))
    });
    if !plain || between == verb_end + 1 {
        return None;
    }
    (between + 2..toks.len().min(between + 4))
        .find_map(|k| described_pair(a, s, k, toks[between].span.start))
}

/// Deals and talks whose two sides are named together rather than as subject and object:
/// "Venezuela and China sign oil deal", "the two countries also signed agreements", "a trade
/// deal between the two countries", "talks between Fiat and GM".
fn joint_acts(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    let mut goods = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        let mut push = |x: EntityId, y: EntityId, predicate: &str, i: usize, last: usize| {
            if x != y && is_actor(a, x) && is_actor(a, y) {
                out.push(Found {
                    agent: x,
                    target: y,
                    predicate: predicate.to_string(),
                    trigger: toks[i].span.start..toks[last].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: false,
                });
            }
        };
        for i in 0..toks.len() {
            if in_long_quote(a, toks[i].span.start) {
                continue;
            }
            let w = a.lw(s, i);
            // "sign oil deal": the deal noun a few lower-case words after the verb.
            let lemma = a.lx.verb_lemmas.get(w).map_or(w, String::as_str);
            if a.lx.relation_words.deal_verbs.contains(lemma) && !a.is_noun_use(s, i) {
                // "signed a $40bn (£21bn) deal": room for a sum in two currencies.
                let noun = (i + 1..toks.len().min(i + 10))
                    .take_while(|&k| {
                        let w = a.word(s, k);
                        !w.starts_with(char::is_uppercase)
                            && !matches!(w, "," | ";" | "." | "with" | "to" | "and" | "that")
                    })
                    // "formed a joint venture", "announced a merger": a tie-up closed is a
                    // deal too (`joint_noun`; not in "a merger between A and B would …").
                    .find(|&k| {
                        is_deal_noun(a, a.lw(s, k))
                            || a.lx.relation_words.joint_nouns.contains(a.lw(s, k))
                    });
                // "signed a deal with X" is the table's; here only deals with no "with".
                let with = noun.is_some_and(|k| {
                    (k + 1..toks.len().min(k + 3)).any(|m| matches!(a.lw(s, m), "with" | "between"))
                });
                // "signed a deal to buy 36 planes from ATR", "a $40bn deal to import gas from
                // Iran": the seller of the goods is the other side of the deal.
                if let Some(f) = noun.and_then(|k| goods_deal(a, s, i, k)) {
                    goods.push(f);
                }
                // "Egypt and Israel have signed a trade protocol with the US": the table reads
                // the last subject's deal; the others listed before it are sides too.
                let with_tok = noun
                    .and_then(|k| (k + 1..toks.len().min(k + 3)).find(|&m| a.lw(s, m) == "with"));
                let other_side = with_tok.and_then(|w_tok| object_after(a, s, w_tok, 4));
                if let (Some(w_tok), Some((other_side, _))) = (with_tok, other_side) {
                    if let Some((b, b_span)) = subject_before(a, s, i) {
                        for other in coordinated_before(a, s, b, &b_span) {
                            push(other, other_side, "agreedWith", i, w_tok);
                        }
                    } else if let Some((x, y)) = (i.saturating_sub(3)..i)
                        .rev()
                        .find_map(|k| described_pair(a, s, k, toks[k].span.start))
                    {
                        // "the two countries have signed a trade protocol with the US".
                        push(x, other_side, "agreedWith", i, w_tok);
                        push(y, other_side, "agreedWith", i, w_tok);
                    }
                }
                // "Shell signs Gazprom gas deal", "Iraq agrees new IMF deal": the other side
                // named right before the deal noun (a nationality word names no side).
                let named_side = {
                    let mut k = i + 1;
                    if matches!(a.lw(s, k), "a" | "an" | "the" | "new") {
                        k += 1;
                    }
                    a.mention_at_token(s, k).and_then(|mi| {
                        let m = &a.mentions[mi];
                        if a.token_at(s, m.span.start) != k || m.kind == MentionKind::Demonym {
                            return None;
                        }
                        let after = a.token_at(s, m.span.end);
                        let deal = (after..toks.len().min(after + 3))
                            .take_while(|&j| {
                                a.word(s, j).chars().all(|c| c.is_lowercase() || c == '-')
                            })
                            .find(|&j| is_deal_noun(a, a.lw(s, j)))?;
                        Some((m.entity, deal))
                    })
                };
                if let (Some((side, deal)), None) = (named_side, noun) {
                    if let Some((b, b_span)) = subject_before(a, s, i) {
                        push(b, side, "agreedWith", i, deal);
                        for other in coordinated_before(a, s, b, &b_span) {
                            push(other, side, "agreedWith", i, deal);
                        }
                    }
                }
                if let (Some(noun), false) = (noun, with) {
                    if let Some((b, b_span)) = subject_before(a, s, i) {
                        for other in coordinated_before(a, s, b, &b_span) {
                            push(other, b, "agreedWith", i, noun);
                        }
                    } else {
                        let subject = (i.saturating_sub(3)..i)
                            .rev()
                            .find_map(|k| described_pair(a, s, k, toks[k].span.start));
                        if let Some((x, y)) = subject {
                            push(x, y, "agreedWith", i, noun);
                        }
                    }
                }
            }
            // "The US and India will start negotiations", "Deutsche Boerse and rival Euronext
            // held talks": two sides named as the subject of a light verb whose noun is talks
            // meet, or negotiate (the table reads "held talks with X"; "talks between" below).
            if a.lx.relation_words.light_verbs.contains(w) && !a.is_noun_use(s, i) {
                let noun = (i + 1..toks.len().min(i + 4))
                    .take_while(|&k| {
                        let w = a.word(s, k);
                        w.starts_with(char::is_lowercase) && w != "with" && w != "between"
                    })
                    .find(|&k| a.lx.relation_words.talk_nouns.contains(a.lw(s, k)));
                let with = noun.is_some_and(|k| {
                    (k + 1..toks.len().min(k + 3)).any(|m| matches!(a.lw(s, m), "with" | "between"))
                });
                if let (Some(noun), false) = (noun, with) {
                    let predicate = if a.lw(s, noun) == "negotiations" || negotiating(a, s, i, noun)
                    {
                        "negotiatedWith"
                    } else {
                        "met"
                    };
                    if let Some((b, b_span)) = subject_before(a, s, i) {
                        for other in coordinated_before(a, s, b, &b_span) {
                            push(other, b, predicate, i, noun);
                        }
                    } else if let Some((x, y)) = (i.saturating_sub(3)..i)
                        .rev()
                        .find_map(|k| described_pair(a, s, k, toks[k].span.start))
                    {
                        push(x, y, predicate, i, noun);
                    }
                }
            }
            // "the Fiat-GM alliance", "the U.S.-Japanese agreement", "the Xi-Putin talks".
            if w.contains('-') {
                let next = a.lw(s, i + 1);
                let predicate =
                    if is_deal_noun(a, next) || a.lx.relation_words.joint_nouns.contains(next) {
                        Some("agreedWith")
                    } else if a.lx.relation_words.talk_nouns.contains(next) {
                        Some("met")
                    } else {
                        None
                    };
                let inside: Vec<EntityId> = a
                    .mentions_in(&toks[i].span)
                    .map(|mi| a.mentions[mi].entity)
                    .collect();
                if let (Some(predicate), [x, y]) = (predicate, inside.as_slice()) {
                    push(*x, *y, predicate, i, i + 1);
                }
            }
            // "Monsanto faced charges from the SEC", "received support from": what is faced or
            // received from someone is their act (`faced_verb` of relation_words.tsv).
            if a.lx.relation_words.faced_verbs.contains(lemma) && !a.is_noun_use(s, i) {
                let faced = (i + 1..toks.len().min(i + 6)).find_map(|k| {
                    let predicate =
                        a.lx.relation_words
                            .faced
                            .iter()
                            .find(|(n, _)| n == a.lw(s, k))?
                            .1
                            .as_str();
                    matches!(a.lw(s, k + 1), "from" | "by").then_some((k, predicate))
                });
                if let Some((k, predicate)) = faced {
                    let target = subject_before(a, s, i);
                    let agent = object_after(a, s, k + 1, 4);
                    if let (Some((target, _)), Some((agent, a_span))) = (target, agent) {
                        push(agent, target, predicate, i, k);
                        for other in coordinated(a, s, agent, &a_span) {
                            push(other, target, predicate, i, k);
                        }
                    }
                }
            }
            if w == "in" {
                if let Some((sides, others, predicate, noun)) = sides_in_shorthand(a, s, i) {
                    if others.is_empty() {
                        for (k, &x) in sides.iter().enumerate() {
                            for &y in &sides[k + 1..] {
                                push(x, y, predicate, i, noun);
                            }
                        }
                    }
                    for &x in &sides {
                        for &y in &others {
                            push(x, y, predicate, i, noun);
                        }
                    }
                }
            }
            // "a trade deal between the two countries", "talks between Fiat and GM".
            if w == "between" && i > 0 {
                let head = a.lw(s, i - 1);
                // "negotiations between the two companies", "accession talks between":
                // bargaining, not a meeting.
                let predicate = if is_deal_noun(a, head) || JOINT_TIE_UPS.contains(&head) {
                    "agreedWith"
                } else if head == "negotiations" || negotiating(a, s, i - 1, i - 1) {
                    "negotiatedWith"
                } else if a.lx.relation_words.talk_nouns.contains(head) {
                    "met"
                } else {
                    continue;
                };
                if let Some((x, x_span)) = object_after(a, s, i, 3) {
                    if let Some(&y) = coordinated(a, s, x, &x_span).first() {
                        push(x, y, predicate, i - 1, i);
                    }
                } else if let Some((x, y)) = (i + 2..toks.len().min(i + 5))
                    .find_map(|k| described_pair(a, s, k, toks[i].span.start))
                {
                    push(x, y, predicate, i - 1, i);
                }
            }
            // "an alliance of the US, India, Australia and Japan will co-ordinate …": each
            // member listed after a bloc noun (`bloc_noun`) dealt with the first one named.
            if w == "of" && i > 0 && a.lx.relation_words.bloc_nouns.contains(a.lw(s, i - 1)) {
                if let Some((x, x_span)) = object_after(a, s, i, 2) {
                    for y in coordinated(a, s, x, &x_span) {
                        push(x, y, "agreedWith", i - 1, i);
                    }
                }
            }
        }
    }
    out.extend(goods);
    out
}

/// The sides of a headline's shorthand for a deal or talks: "Qatar and Shell in $6bn gas deal",
/// "Argentina, Venezuela in oil deal", "Iraq and Afghanistan in WTO talks", "Ryanair in $4bn
/// Boeing plane deal". Names listed from the start of the sentence up to the "in" at token
/// `in_tok` are the sides; names modifying the noun are the other side each of them dealt
/// with (none: the listed sides dealt with each other). Only sums and lower-case words besides
/// those names stand before the noun, and the noun ends the sentence, so a verb's clause ("a
/// stake in the firm", "Shell in a deal with X") is never read as one. Being "in talks" is
/// bargaining towards a deal: `negotiatedWith`; "in summit" a meeting.
fn sides_in_shorthand(
    a: &Analysis,
    s: usize,
    in_tok: usize,
) -> Option<(Vec<EntityId>, Vec<EntityId>, &'static str, usize)> {
    let toks = &a.tokens[s];
    let listed = |mi: usize| !a.mention_info[mi].modifier && is_actor(a, a.mentions[mi].entity);
    // The listed sides: "A, B and C" ending right before "in", opening the sentence.
    let mut sides = Vec::new();
    let mut end = in_tok;
    loop {
        let mi = a.mention_at_token(s, end.checked_sub(1)?)?;
        if !listed(mi) || a.mentions[mi].span.end != toks[end - 1].span.end {
            return None;
        }
        let e = a.mentions[mi].entity;
        if !sides.contains(&e) {
            sides.push(e);
        }
        let start = a.token_at(s, a.mentions[mi].span.start);
        if start == 0 {
            break;
        }
        if start < 2 || !matches!(a.lw(s, start - 1), "," | "and" | "&") {
            return None;
        }
        end = start - 1;
    }
    sides.reverse();
    let mut others = Vec::new();
    let mut k = in_tok + 1;
    while k < toks.len().min(in_tok + 8) {
        let w = a.lw(s, k);
        let predicate = if is_deal_noun(a, w) {
            Some("agreedWith")
        } else if matches!(w, "talks" | "discussions" | "negotiations") {
            Some("negotiatedWith")
        } else if a.lx.relation_words.talk_nouns.contains(w) {
            Some("met")
        } else {
            None
        };
        if let Some(predicate) = predicate {
            let closes = k + 1 == toks.len()
                || matches!(
                    a.word(s, k + 1),
                    "." | ";" | ":" | "," | "-" | "'" | "’" | "\""
                );
            return (closes && (sides.len() > 1 || !others.is_empty()))
                .then_some((sides, others, predicate, k));
        }
        if let Some(mi) = a.mention_at_token(s, k) {
            let m = &a.mentions[mi];
            let e = m.entity;
            // A country before the noun is as often where the deal is made ("in Russia oil
            // deal") as whom it is made with: left out.
            let party = matches!(
                a.entities[e].kind,
                EntityKind::Organization | EntityKind::Person
            );
            if party
                && m.kind != MentionKind::Demonym
                && !sides.contains(&e)
                && !others.contains(&e)
            {
                others.push(e);
            }
            k = a.token_at(s, m.span.end).max(k + 1);
            continue;
        }
        if !(a.word(s, k).starts_with(char::is_lowercase) || is_sum_word(w))
            || matches!(
                w,
                "with" | "between" | "to" | "of" | "for" | "and" | "the" | "a"
            )
        {
            return None;
        }
        k += 1;
    }
    None
}

/// A deal to buy goods from a named seller, or to sell or supply them to a named buyer, is a
/// deal with it: "Air Deccan has signed a deal to acquire 36 planes from ATR", "India has signed
/// a $40bn deal to import gas from Iran", "struck a deal to supply gas to Ukraine" → the
/// subject of the verb at token `verb` agreedWith the other side. The deal noun at `noun` is
/// followed by "to" and a verb of trade (`goods_verb` of `relation_words.tsv`); only common
/// words (the goods) stand between that verb and "from" or "to" (a name there is what is
/// bought: a firm bought is the table's `acquired`).
fn goods_deal(a: &Analysis, s: usize, verb: usize, noun: usize) -> Option<Found> {
    let toks = &a.tokens[s];
    if a.lw(s, noun + 1) != "to" {
        return None;
    }
    let trade = noun + 2;
    let lemma = verb_lemma(a, a.lw(s, trade));
    let buying = a.lx.relation_words.goods_buying.contains(lemma);
    let selling = a.lx.relation_words.goods_selling.contains(lemma);
    if !buying && !selling {
        return None;
    }
    let closing = if buying { "from" } else { "to" };
    // "a deal to buy the PC division of IBM": the owner of the part bought sells it.
    let part_of = || {
        let k = (trade + 1..toks.len().min(trade + 6))
            .take_while(|&k| {
                a.word(s, k)
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-')
            })
            .find(|&k| a.lx.relation_words.part_words.contains(a.lw(s, k)))?;
        (buying && a.lw(s, k + 1) == "of" && a.mention_at_token(s, k).is_none()).then_some(k + 1)
    };
    let at = (trade + 1..toks.len().min(trade + 10))
        .take_while(|&k| {
            let w = a.word(s, k);
            a.mention_at_token(s, k).is_none()
                && !matches!(
                    w,
                    "," | ";" | ":" | "(" | "-" | "—" | "–" | "\"" | "“" | "”"
                )
                && !SUBCLAUSE_OPENERS.contains(&w.to_lowercase().as_str())
                && (w == closing || w == "of" || !PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        })
        .find(|&k| a.lw(s, k) == closing)
        .or_else(part_of)?;
    let (other, span) = object_skipping_modifiers(a, s, at, |f| object_after(a, s, f, 4))?;
    let named_first = a.token_at(s, span.start);
    if (at + 1..named_first).any(|k| PREPOSITIONS.contains(&a.lw(s, k)))
        || is_modifier_use(a, s, &span)
        || !matches!(
            a.entities[other].kind,
            EntityKind::Organization | EntityKind::Country
        )
    {
        return None;
    }
    let (agent, _) = doer_of(a, s, verb).or_else(|| adverbial_gerund_doer(a, s, verb))?;
    (agent != other && is_actor(a, agent)).then(|| Found {
        agent,
        target: other,
        predicate: "agreedWith".to_string(),
        trigger: toks[verb].span.start..toks[at].span.end,
        sentence: s,
        trigger_tok: verb,
        future: false,
    })
}

/// Goods bought or ordered from a named firm make a deal with it: "Japan Airlines has ordered 30
/// planes from Boeing", "Ryanair bought 20 aircraft from Boeing" → the buyer agreedWith the
/// seller (relation gold: orders for aircraft are agreedWith the maker). The verb (`order`,
/// `buy`, `purchase` or `lease`) is followed by common words only (the goods: a firm bought is
/// the table's `acquired`, a stake bought is its `bought a stake from`) and "from"; a deal to
/// buy ("signed a deal to buy … from") is `goods_deal`'s.
fn goods_bought_from(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 1..toks.len() {
            let lemma = verb_lemma(a, a.lw(s, i));
            if !matches!(lemma, "order" | "buy" | "purchase" | "lease")
                || a.is_noun_use(s, i)
                || a.lw(s, i - 1) == "to"
                    && matches!(
                        a.lw(s, i.saturating_sub(2)),
                        "deal" | "agreement" | "contract"
                    )
                || in_long_quote(a, toks[i].span.start)
            {
                continue;
            }
            let Some(from) = (i + 1..toks.len().min(i + 9))
                .take_while(|&k| {
                    let w = a.lw(s, k);
                    a.mention_at_token(s, k).is_none()
                        && (a
                            .word(s, k)
                            .chars()
                            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
                            || is_sum_word(w))
                        && !SUBCLAUSE_OPENERS.contains(&w)
                        && !a.lx.relation_words.part_words.contains(w)
                        && !matches!(w, "stake" | "stakes" | "shares" | "share" | "it" | "them")
                        && (w == "from" || !PREPOSITIONS.contains(&w))
                })
                .find(|&k| a.lw(s, k) == "from")
            else {
                continue;
            };
            // At least one word of goods: "bought from Boeing" names no goods.
            if from == i + 1 {
                continue;
            }
            let Some((seller, span)) = object_after(a, s, from, 2) else {
                continue;
            };
            if a.token_at(s, span.start) != from + 1
                && !(a.token_at(s, span.start) == from + 2 && a.lw(s, from + 1) == "the")
                || is_modifier_use(a, s, &span)
                || a.text[span.end..].starts_with(['’', '\''])
                || a.entities[seller].kind != EntityKind::Organization
            {
                continue;
            }
            let Some((buyer, _)) = doer_of(a, s, i) else {
                continue;
            };
            if buyer != seller && is_actor(a, buyer) {
                out.push(Found {
                    agent: buyer,
                    target: seller,
                    predicate: "agreedWith".to_string(),
                    trigger: toks[i].span.start..toks[from].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: false,
                });
            }
        }
    }
    out
}

/// Supplying a named buyer with goods is a deal with it: "Boeing is to supply Japan Airlines
/// with up to 50 planes" → Boeing agreedWith Japan Airlines (verbs of `goods_selling` whose
/// object is a firm or country followed by "with").
fn supplies_with(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 1..toks.len() {
            let lemma = verb_lemma(a, a.lw(s, i));
            if lemma != "supply" || a.is_noun_use(s, i) || in_long_quote(a, toks[i].span.start) {
                continue;
            }
            let Some((buyer, span)) = object_after(a, s, i, 3) else {
                continue;
            };
            let first = a.token_at(s, span.start);
            let next = a.token_at(s, span.end);
            if first > i + 2
                || (first == i + 2 && a.lw(s, i + 1) != "the")
                || a.lw(s, next) != "with"
                || is_modifier_use(a, s, &span)
                || !matches!(
                    a.entities[buyer].kind,
                    EntityKind::Organization | EntityKind::Country
                )
            {
                continue;
            }
            let Some((seller, _)) = doer_of(a, s, i).or_else(|| {
                (a.lw(s, i - 1) == "to")
                    .then(|| sentence_subject(a, s))
                    .flatten()
            }) else {
                continue;
            };
            if seller != buyer && is_actor(a, seller) {
                out.push(Found {
                    agent: seller,
                    target: buyer,
                    predicate: "agreedWith".to_string(),
                    trigger: toks[i].span.start..toks[next].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: false,
                });
            }
        }
    }
    out
}

/// The name set off after a description that opens at token `from` + 1: "backed by his
/// predecessor as Cabinet Secretary, Lord Armstrong".
fn named_after_description(a: &Analysis, s: usize, from: usize) -> Option<(EntityId, Span)> {
    let opener = a.lw(s, from + 1);
    if !matches!(opener, "his" | "her" | "its" | "their" | "the" | "a") {
        return None;
    }
    let comma = (from + 2..a.tokens[s].len().min(from + 9))
        .take_while(|&k| !matches!(a.word(s, k), ";" | "." | "(" | "\"" | "“"))
        .find(|&k| a.word(s, k) == ",")?;
    let (e, span) = object_after(a, s, comma, 3)?;
    // Only a name that closes the phrase is the description's ("…, Lord Armstrong, said").
    let after = a.token_at(s, span.end);
    let closes = after >= a.tokens[s].len() || matches!(a.word(s, after), "." | "," | ";");
    (closes && a.token_at(s, span.start) == comma + 1 + title_length(a, s, comma + 1))
        .then_some((e, span))
}

/// How many title tokens open a name at token `k` ("Lord", "Cabinet Secretary"), or 0.
fn title_length(a: &Analysis, s: usize, k: usize) -> usize {
    super::mention::title_at(a, s, k).map_or(0, |(_, n)| n)
}

/// Whether a judging verb's target is a name before "bid", "offer" or "takeover" that the
/// article tells is bid for ("TCI and Atticus opposed the LSE bid", where the bid is another
/// firm's for the LSE): the name is the bid's target, not its maker, so not the one judged.
fn judges_the_bid_for_its_target(
    a: &Analysis,
    f: &Found,
    bid_for: &std::collections::HashSet<EntityId>,
) -> bool {
    if !JUDGING.contains(&f.predicate.as_str()) || !bid_for.contains(&f.target) {
        return false;
    }
    let s = f.sentence;
    let toks = &a.tokens[s];
    let mut k = a.token_at(s, f.trigger.end);
    if k < toks.len() && matches!(a.lw(s, k), "the" | "a" | "an" | "any" | "this") {
        k += 1;
    }
    let Some(mi) = a.mention_at_token(s, k) else {
        return false;
    };
    let m = &a.mentions[mi];
    let after = a.token_at(s, m.span.end);
    m.entity == f.target
        && after < toks.len()
        && matches!(a.lw(s, after), "bid" | "offer" | "takeover")
}

/// Whether a one-word "-ing" trigger at token `i` names a trade before a word that introduces
/// a firm ("branding firm SalterBaxter", "a lobbying group").
fn trade_gerund(a: &Analysis, s: usize, i: usize, n: usize) -> bool {
    let next = a.lw(s, i + 1);
    // "clashed with opposing skipper X": an adjective before a bare noun, no act.
    if n == 1
        && a.lx
            .relation_words
            .adjective_participles
            .contains(a.lw(s, i))
        && i + 1 < a.tokens[s].len()
        && a.word(s, i + 1).starts_with(|c: char| c.is_lowercase())
        && !super::speech::DETERMINERS.contains(&next)
        && !matches!(next, "him" | "them" | "it" | "us" | "this" | "that" | "any")
    {
        return true;
    }
    n == 1
        && a.lw(s, i).ends_with("ing")
        && a.lx.entity_cues.iter().any(|c| {
            c.kind == EntityKind::Organization
                && c.after.is_empty()
                && !c.possessive
                && c.before.last().is_some_and(|w| w == next)
        })
}

/// A penalty paid to a body is its fine: "Monsanto has agreed to pay $1m to the Department of
/// Justice" in a sentence about fines or settling charges → the department fined Monsanto.
fn settlements_paid(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        if !(0..toks.len()).any(|k| a.lx.relation_words.penalty_words.contains(a.lw(s, k))) {
            continue;
        }
        for i in 0..toks.len() {
            if !matches!(a.lw(s, i), "pay" | "pays" | "paid" | "paying")
                || in_long_quote(a, toks[i].span.start)
            {
                continue;
            }
            // The sum, and nothing else, between the verb and "to".
            let Some(to) = (i + 1..toks.len().min(i + 10))
                .take_while(|&k| {
                    let w = a.lw(s, k);
                    slot_terms(w)
                        || matches!(
                            w,
                            "to" | "a" | "an" | "(" | ")" | "," | "." | "fine" | "penalty"
                        )
                        || w.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
                })
                .find(|&k| a.lw(s, k) == "to")
                .or_else(|| (a.lw(s, i + 1) == "to").then_some(i + 1))
                .filter(|&k| k > i + 1)
            else {
                continue;
            };
            let Some((payee, _)) = object_after(a, s, to, 5) else {
                continue;
            };
            let payer = subject_before(a, s, i)
                .or_else(|| absolute_subject(a, s, i))
                .or_else(|| sentence_subject(a, s));
            if let Some((payer, _)) = payer {
                let body = matches!(
                    a.entities[payee].kind,
                    EntityKind::Organization | EntityKind::Country
                );
                if payer != payee && body && is_actor(a, payer) {
                    out.push(Found {
                        agent: payee,
                        target: payer,
                        predicate: "fined".to_string(),
                        trigger: toks[i].span.start..toks[to].span.end,
                        sentence: s,
                        trigger_tok: i,
                        future: false,
                    });
                }
            }
        }
    }
    out
}

/// Settling a suit or charges that a named side brought: "Marsh agreed to pay $850m to settle a
/// lawsuit filed by Mr Spitzer", "to settle charges, raised by Attorney General Eliot Spitzer
/// in October, that …" → the one who brought them sued (a suit) or accused (charges) the
/// settling side, and the settling side agreedWith them. The verb ("settle", `settle_verb` of
/// `relation_words.tsv`), an article or a word or two of kind ("civil fraud charges"), the
/// slot noun, a participle of bringing (`bring_verb`), "by" and the name.
fn suits_settled(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    let words = &a.lx.relation_words;
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 0..toks.len() {
            if !words.settle_verbs.contains(verb_lemma(a, a.lw(s, i)))
                || a.is_noun_use(s, i)
                || in_long_quote(a, toks[i].span.start)
            {
                continue;
            }
            let Some(noun) = (i + 1..toks.len().min(i + 5))
                .take_while(|&k| a.word(s, k).starts_with(char::is_lowercase))
                .find(|&k| matches!(words.slot_class(a.lw(s, k)), Some("lawsuit" | "charges")))
            else {
                continue;
            };
            let predicate = if words.slot_class(a.lw(s, noun)) == Some("lawsuit") {
                "sued"
            } else {
                "accused"
            };
            let mut k = noun + 1;
            if a.word(s, k) == "," {
                k += 1;
            }
            if !words.bring_verbs.contains(a.lw(s, k)) || a.lw(s, k + 1) != "by" {
                continue;
            }
            let by = k + 1;
            // "by New York Attorney General Eliot Spitzer": only capitalised words (a place,
            // a title) before the name of the one who brought them.
            let brought_by = (by + 1..toks.len().min(by + 8))
                .take_while(|&k| a.word(s, k).starts_with(char::is_uppercase))
                .filter_map(|k| a.mention_at_token(s, k))
                .map(|mi| a.mentions[mi].entity)
                .find(|&e| {
                    matches!(
                        a.entities[e].kind,
                        EntityKind::Person | EntityKind::Organization | EntityKind::Country
                    )
                });
            let Some(brought_by) = brought_by else {
                continue;
            };
            let settler = subject_before(a, s, i).or_else(|| {
                (i > 0 && a.lw(s, i - 1) == "to")
                    .then(|| sentence_subject(a, s))
                    .flatten()
            });
            let Some((settler, _)) = settler else {
                continue;
            };
            if settler == brought_by || !is_actor(a, settler) || !is_actor(a, brought_by) {
                continue;
            }
            let trigger = toks[i].span.start..toks[by].span.end;
            // The suit was brought whatever becomes of the settlement: its own participle
            // carries its modality.
            out.push(Found {
                agent: brought_by,
                target: settler,
                predicate: predicate.to_string(),
                trigger: toks[k].span.start..toks[by].span.end,
                sentence: s,
                trigger_tok: k,
                future: false,
            });
            // "agreed to pay $850m to settle": the settlement is agreed, so the agreement is
            // read at "agreed"; "would pay … to settle" stays a future one.
            let agreed = (i.saturating_sub(12)..i)
                .rev()
                .take_while(|&k| !matches!(a.word(s, k), "," | ";" | ":"))
                .find(|&k| verb_lemma(a, a.lw(s, k)) == "agree" && !a.is_noun_use(s, k));
            out.push(Found {
                agent: settler,
                target: brought_by,
                predicate: "agreedWith".to_string(),
                trigger,
                sentence: s,
                trigger_tok: agreed.unwrap_or(i),
                future: false,
            });
        }
    }
    out
}

/// A bid named with its bidder before its target: "a similar bid by oil giant Shell for
/// Woodside Petroleum", "the offer from Acme for Zenith" → the bidder acquired the firm, not yet
/// done. The bidder's name comes right after "by" or "from" (words describing it may stand
/// between), and "for" or "of" right after the bidder's name; only a firm is bid for.
fn bids_by(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 0..toks.len().saturating_sub(3) {
            let noun = matches!(
                a.lw(s, i),
                "bid" | "bids" | "offer" | "offers" | "takeover" | "buyout"
            );
            if !noun
                || !matches!(a.lw(s, i + 1), "by" | "from")
                || in_long_quote(a, toks[i].span.start)
            {
                continue;
            }
            let Some((buyer, b_span)) = object_after(a, s, i + 1, 4) else {
                continue;
            };
            // Only words describing the bidder between "by" and its name ("by oil giant
            // Shell"), no clause.
            let b_first = a.token_at(s, b_span.start);
            if (i + 2..b_first).any(|k| {
                let w = a.word(s, k);
                !(w.chars().all(|c| c.is_lowercase() || c == '-')
                    || a.mention_at_token(s, k).is_some())
                    || PREPOSITIONS.contains(&w)
                    || SUBCLAUSE_OPENERS.contains(&w)
            }) || a.text[b_span.end..].starts_with(['’', '\''])
            {
                continue;
            }
            let after = a.token_at(s, b_span.end);
            let Some(prep) =
                (after..toks.len().min(after + 2)).find(|&k| matches!(a.lw(s, k), "for" | "of"))
            else {
                continue;
            };
            let Some((firm, _)) =
                object_skipping_modifiers(a, s, prep, |f| object_after(a, s, f, 4))
            else {
                continue;
            };
            if firm == buyer
                || !is_actor(a, buyer)
                || a.entities[firm].kind != EntityKind::Organization
            {
                continue;
            }
            out.push(Found {
                agent: buyer,
                target: firm,
                predicate: "acquired".to_string(),
                trigger: toks[i].span.start..toks[prep].span.end,
                sentence: s,
                trigger_tok: i,
                future: true,
            });
        }
    }
    out
}

/// A takeover its target agrees to or accepts: "MCI agreed to a buyout by Verizon", "Acme
/// accepted a takeover offer from Zenith" → the buyer acquired the firm (not yet done) and the
/// two agreed.
fn takeovers_agreed(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 1..toks.len() {
            if !matches!(a.lw(s, i), "buyout" | "takeover" | "acquisition")
                || in_long_quote(a, toks[i].span.start)
            {
                continue;
            }
            let by = (i + 1..toks.len().min(i + 3))
                .take_while(|&k| matches!(a.lw(s, k), "offer" | "bid" | "by" | "from"))
                .find(|&k| matches!(a.lw(s, k), "by" | "from"));
            let Some((buyer, _)) = by.and_then(|k| object_after(a, s, k, 4)) else {
                continue;
            };
            // The verb of agreement a few words before: "agreed to a", "accepted the".
            let verb = (i.saturating_sub(5)..i).rev().find(|&k| {
                let w = a.lw(s, k);
                let lemma = a.lx.verb_lemmas.get(w).map_or(w, String::as_str);
                matches!(lemma, "agree" | "accept") && !a.is_noun_use(s, k)
            });
            let Some(verb) = verb else {
                continue;
            };
            let Some((firm, _)) = subject_before(a, s, verb) else {
                continue;
            };
            if firm == buyer || !is_actor(a, firm) || !is_actor(a, buyer) {
                continue;
            }
            let trigger = toks[verb].span.start..toks[i].span.end;
            for (agent, target, predicate, future) in [
                (buyer, firm, "acquired", true),
                (firm, buyer, "agreedWith", false),
            ] {
                out.push(Found {
                    agent,
                    target,
                    predicate: predicate.to_string(),
                    trigger: trigger.clone(),
                    sentence: s,
                    trigger_tok: verb,
                    future,
                });
            }
        }
    }
    out
}

/// Taking someone to court is suing them: "Acme took Beta to court over the patent", "is to take
/// Beta to court". The one taken is the name right after the verb, and "to court" follows it.
fn taken_to_court(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 0..toks.len() {
            if verb_lemma(a, a.lw(s, i)) != "take"
                || in_long_quote(a, toks[i].span.start)
                || a.is_noun_use(s, i)
            {
                continue;
            }
            let Some((target, t_span)) = object_after(a, s, i, 2) else {
                continue;
            };
            let after = a.token_at(s, t_span.end);
            if a.lw(s, after) != "to" || a.lw(s, after + 1) != "court" {
                continue;
            }
            let Some((agent, _)) = subject_before(a, s, i) else {
                continue;
            };
            if agent != target && is_actor(a, agent) && is_actor(a, target) {
                out.push(Found {
                    agent,
                    target,
                    predicate: "sued".to_string(),
                    trigger: toks[i].span.start..toks[after + 1].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: false,
                });
            }
        }
    }
    out
}

/// A trigger "VERB the NOUN of" written with the owner before its noun: "questioned Tony
/// Blair's judgement" as "questioned the judgement of Tony Blair" (active: the owner is the
/// target), "won Gordon Brown's backing" as "won the backing of Gordon Brown" (passive: the
/// owner is the agent). Up to two lower-case words may stand before the noun ("questioned Mr
/// Blair's political judgement").
fn possessive_slots(a: &Analysis) -> Vec<Found> {
    let lx = a.lx;
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 0..toks.len() {
            let Some(list) = lx.relation_triggers_by_first_word.get(a.lw(s, i)) else {
                continue;
            };
            let slotted = list.iter().map(|&t| &lx.relation_triggers[t]).filter(|t| {
                t.words.len() == 4
                    && t.words[1] == "the"
                    && t.words[3] == "of"
                    && matches!(t.pattern, TriggerPattern::Active | TriggerPattern::Passive)
                    && (!t.needs_verb_context || verb_context(a, s, i))
            });
            let Some((owner, span)) = object_next_to_verb(a, s, i) else {
                continue;
            };
            if !a.text[span.end..].starts_with(['’', '\'']) {
                continue;
            }
            let noun_from = a.token_at(s, span.end) + 1;
            let noun = (noun_from..toks.len().min(noun_from + 3))
                .take_while(|&k| {
                    let w = a.word(s, k);
                    w.chars().all(|c| c.is_lowercase() || c == '-') && !w.is_empty()
                })
                .find(|&k| {
                    list.iter().any(|&t| {
                        lx.relation_triggers[t]
                            .words
                            .get(2)
                            .is_some_and(|n| n == a.lw(s, k))
                    })
                });
            let Some(noun) = noun else {
                continue;
            };
            let Some(trigger) = slotted.into_iter().find(|t| t.words[2] == a.lw(s, noun)) else {
                continue;
            };
            // The words before the noun are its modifiers, not another noun's.
            if (noun_from..noun).any(|k| a.lx.stopwords.contains(a.lw(s, k))) {
                continue;
            }
            let Some((subject, _)) = doer_of(a, s, i) else {
                continue;
            };
            let (agent, target) = if trigger.pattern == TriggerPattern::Passive {
                (owner, subject)
            } else {
                (subject, owner)
            };
            if agent != target && is_actor(a, agent) && is_actor(a, target) {
                out.push(Found {
                    agent,
                    target,
                    predicate: trigger.predicate.clone(),
                    trigger: toks[i].span.start..toks[noun].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: false,
                });
            }
        }
    }
    out
}

/// A letter that asks its addressee for something is a request to it: "Ms Sturgeon has written
/// to Mr McConnell asking for clarification", "I have written to the first minister today
/// asking for confirmation".
fn letters_asking(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 0..toks.len() {
            if a.lw(s, i + 1) != "to" {
                continue;
            }
            let lemma = a.lx.verb_lemmas.get(a.lw(s, i)).map(String::as_str);
            if !(lemma == Some("write") || a.lw(s, i) == "write") {
                continue;
            }
            let Some((addressee, span)) = object_after(a, s, i + 1, 4) else {
                continue;
            };
            // Up to three words of time ("today", "last week") before the participle.
            let after = a.token_at(s, span.end);
            let ask = (after..toks.len().min(after + 4))
                .take_while(|&k| !matches!(a.word(s, k), "." | ";" | ":" | "and" | "that"))
                .find(|&k| a.lx.relation_words.letter_asks.contains(a.lw(s, k)));
            let Some(ask) = ask else {
                continue;
            };
            let writer = if in_long_quote(a, toks[i].span.start) {
                quoted_subject(a, s, i)
            } else {
                subject_before(a, s, i)
            };
            let Some((writer, _)) = writer else {
                continue;
            };
            if writer != addressee && is_actor(a, writer) && is_actor(a, addressee) {
                out.push(Found::request(
                    writer,
                    addressee,
                    toks[i].span.start..toks[ask].span.end,
                    s,
                    i,
                ));
            }
        }
    }
    out
}

/// Words after "to" that make it a preposition, not the mark of an infinitive ("told Reuters to
/// the effect that", "challenged him to a duel").
const NOT_INFINITIVE: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "what",
    "which", "whom", "our", "my", "your", "date",
];

/// The verb's lemma, or the word itself when it is a base form the lemma table leaves out.
fn verb_lemma<'w>(a: &'w Analysis, w: &'w str) -> &'w str {
    a.lx.verb_lemmas.get(w).map_or(w, String::as_str)
}

/// The doer of a verb at token `i`: inside a long quotation "I"/"we" or a name, else the
/// clause's subject.
fn doer_of(a: &Analysis, s: usize, i: usize) -> Option<(EntityId, Span)> {
    if in_long_quote(a, a.tokens[s][i].span.start) {
        quoted_subject(a, s, i)
    } else {
        subject_before(a, s, i)
    }
}

/// The one named right after the verb at token `i` ("told the chancellor", "asked Mr Brown"):
/// only "the", honorifics and titles stand between, at most three tokens.
fn object_next_to_verb(a: &Analysis, s: usize, i: usize) -> Option<(EntityId, Span)> {
    let (e, span) = object_after(a, s, i, 3)?;
    let first = a.token_at(s, span.start);
    let next = first <= i + 4
        && (i + 1..first).all(|k| {
            a.lw(s, k) == "the" || HONORIFICS.contains(&a.word(s, k)) || title_length(a, s, k) > 0
        });
    next.then_some((e, span))
}

/// A name told what to do is asked to do it: "told Mr Howard to apologise", "challenged the
/// Tories to publish their figures", "a judge ordered Microsoft to pay" → the subject requested
/// the one told (verbs of `directive` in `relation_words.tsv`). The name comes right after the
/// verb (a title or "the" may stand before it) and "to" and a verb right after the name: "told
/// the BBC that …", "challenged the figures", "told reporters to expect" are no demand on a name.
fn directives_to(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 1..toks.len() {
            let w = a.lw(s, i);
            if !a.lx.relation_words.directives.contains(verb_lemma(a, w))
                || a.is_noun_use(s, i)
                // "was ordered to", "an order to": no object after a passive or a noun.
                || BE_FORMS.contains(&a.lw(s, i - 1))
                || matches!(a.lw(s, i - 1), "a" | "an" | "the" | "its" | "his" | "her" | "their")
            {
                continue;
            }
            let Some((told, span)) = object_next_to_verb(a, s, i) else {
                continue;
            };
            let to = a.token_at(s, span.end);
            let infinitive = a.lw(s, to) == "to"
                && a.tokens[s].get(to + 1).is_some_and(|t| {
                    let v = t.text(a.text);
                    v.starts_with(char::is_lowercase)
                        && v.chars().all(|c| c.is_alphabetic())
                        && !NOT_INFINITIVE.contains(&v)
                });
            if !infinitive || is_modifier_use(a, s, &span) {
                continue;
            }
            let Some((agent, _)) = doer_of(a, s, i) else {
                continue;
            };
            let f = Found::request(agent, told, toks[i].span.start..toks[to].span.end, s, i);
            if between_actors(a, &f) {
                out.push(f);
            }
        }
    }
    out
}

/// Talking a matter over with a named partner is meeting them: "Mr Brown said he had discussed
/// the campaign with the prime minister", "discussed the idea with Mr McCain" (verbs of
/// `discuss_verb` in `relation_words.tsv`). The matter stands between the verb and "with": at
/// most six lower-case words or figures, no punctuation ("discussed by X with Y" is a passive
/// and left out). A matter of a deal ("discussed a merger with") is a negotiation.
fn discussions_with(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 1..toks.len() {
            let w = a.lw(s, i);
            if !a.lx.relation_words.discuss_verbs.contains(verb_lemma(a, w))
                || a.is_noun_use(s, i)
                || BE_FORMS.contains(&a.lw(s, i - 1))
            {
                continue;
            }
            let with = (i + 1..toks.len().min(i + 8))
                .take_while(|&k| {
                    let w = a.word(s, k);
                    w == "with"
                        || w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                            && !matches!(w, "by" | "that" | "whether" | "how" | "what")
                })
                .find(|&k| a.lw(s, k) == "with");
            let Some(with) = with else {
                continue;
            };
            let Some((partner, span)) = object_after(a, s, with, 3) else {
                continue;
            };
            if is_modifier_use(a, s, &span) {
                continue;
            }
            let Some((agent, _)) = doer_of(a, s, i) else {
                continue;
            };
            let deal = (i + 1..with).any(|k| {
                let w = a.lw(s, k);
                is_deal_noun(a, w) || a.lx.relation_words.joint_nouns.contains(w)
            });
            let f = Found {
                agent,
                target: partner,
                predicate: if deal { "negotiatedWith" } else { "met" }.to_string(),
                trigger: toks[i].span.start..toks[with].span.end,
                sentence: s,
                trigger_tok: i,
                future: false,
            };
            if agent != partner && is_actor(a, agent) && is_actor(a, partner) {
                out.push(f);
            }
        }
    }
    out
}

/// Telling someone something at a dinner or a meeting is meeting them: "the book alleges that
/// Mr Blair told the chancellor at a dinner hosted by Mr Prescott", "hosted a dinner where the
/// prime minister told Mr Brown he would stand down" (verbs of `in_person_verb` with a noun of
/// `gathering_noun` in the sentence, relation_words.tsv). The one told is a person named right
/// after the verb ("the", an honorific or a title may stand before the name); telling someone
/// with no gathering named (a letter, a call, "told the BBC") meets no one.
fn told_at_gatherings(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        let gathering =
            (0..toks.len()).any(|k| a.lx.relation_words.gathering_nouns.contains(a.lw(s, k)));
        if !gathering {
            continue;
        }
        for i in 1..toks.len() {
            let w = a.lw(s, i);
            if !a.lx.relation_words.in_person_verbs.contains(verb_lemma(a, w))
                || a.is_noun_use(s, i)
                // "was told": the one told is the subject, the teller unnamed.
                || BE_FORMS.contains(&a.lw(s, i - 1))
            {
                continue;
            }
            let Some((told, span)) = object_next_to_verb(a, s, i) else {
                continue;
            };
            if a.entities[told].kind != EntityKind::Person
                || is_modifier_use(a, s, &span)
                || a.text[span.end..].starts_with(['’', '\''])
            {
                continue;
            }
            let Some((agent, agent_span)) = doer_of(a, s, i) else {
                continue;
            };
            // "at a dinner hosted by Mr Prescott he told Mr Brown": a pronoun read as a name
            // earlier in its own sentence is most likely someone else (the host).
            let pronoun = a.mention_starting(agent_span.start).is_none();
            let named_before = a
                .mentions_in(&(toks[0].span.start..agent_span.start))
                .any(|mi| a.mentions[mi].entity == agent);
            if pronoun && named_before {
                continue;
            }
            let f = Found {
                agent,
                target: told,
                predicate: "met".to_string(),
                trigger: toks[i].span.clone(),
                sentence: s,
                trigger_tok: i,
                future: false,
            };
            if agent != told && a.entities[agent].kind == EntityKind::Person {
                out.push(f);
            }
        }
    }
    out
}

/// Whether the one that the words at `span` stand for is named there or, for a pronoun, earlier
/// in the same paragraph: a pronoun read as someone named only in another paragraph is too
/// uncertain to act on ("Victoria … when she joined the calls", where the last woman named is a
/// place misread as a person two paragraphs up).
fn named_in_paragraph(a: &Analysis, e: EntityId, span: &Span) -> bool {
    let pronoun = matches!(
        a.text[span.clone()].to_lowercase().as_str(),
        "he" | "she" | "him" | "her" | "it" | "they" | "them"
    );
    !pronoun || a.mentions_before(span.start, 0).any(|m| m.entity == e)
}

/// A demand made of a named side as a noun: "an EU demand for Turkey to recognise Cyprus",
/// "Oxfam's call for Mr Blair to act", "she joined the calls for him to resign", "the US put
/// pressure on China to relax" → requested (nouns of `demand_noun` in `relation_words.tsv`).
/// The one asked follows "for" (or "on") with an infinitive right after it; the one asking
/// owns the noun ("Oxfam's", "his"), names it ("an EU demand"), follows it after "by" ("a call
/// by Oxfam for"), or is the subject of a verb of `demand_verb` just before it.
fn demands_as_nouns(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 0..toks.len() {
            if !a.lx.relation_words.demand_nouns.contains(a.lw(s, i))
                || a.mention_at_token(s, i).is_some()
            {
                continue;
            }
            // "a call by Oxfam for": the one asking between the noun and "for".
            let by = (a.lw(s, i + 1) == "by")
                .then(|| object_after(a, s, i + 1, 3))
                .flatten();
            let prep = match &by {
                Some((_, span)) => a.token_at(s, span.end),
                None => i + 1,
            };
            if !matches!(a.lw(s, prep), "for" | "on") {
                continue;
            }
            // The one asked: a name, or "him"/"her" for one named before.
            let (asked, to) = if matches!(a.lw(s, prep + 1), "him" | "her") {
                let pronoun = prep + 1;
                let Some(e) = resolve_pronoun(a, toks[pronoun].span.start, a.word(s, pronoun))
                else {
                    continue;
                };
                (e, pronoun + 1)
            } else {
                let Some((e, span)) = object_after(a, s, prep, 3) else {
                    continue;
                };
                let first = a.token_at(s, span.start);
                let between_ok = (prep + 1..first)
                    .all(|k| a.lw(s, k) == "the" || HONORIFICS.contains(&a.word(s, k)));
                if !between_ok || is_modifier_use(a, s, &span) {
                    continue;
                }
                (e, a.token_at(s, span.end))
            };
            let infinitive = a.lw(s, to) == "to"
                && toks.get(to + 1).is_some_and(|t| {
                    let v = t.text(a.text);
                    v.starts_with(char::is_lowercase)
                        && v.chars().all(|c| c.is_alphabetic())
                        && !NOT_INFINITIVE.contains(&v)
                });
            if !infinitive {
                continue;
            }
            // "an EU demand", "the Tory calls": a name right before the noun.
            let named_before = i
                .checked_sub(1)
                .and_then(|k| a.mention_at_token(s, k))
                .filter(|&mi| {
                    let m = &a.mentions[mi];
                    m.kind != MentionKind::Demonym
                        && !a.text[m.span.end..].starts_with(['’', '\''])
                        && a.token_at(s, m.span.start)
                            .checked_sub(1)
                            .is_none_or(|d| matches!(a.lw(s, d), "a" | "an" | "the"))
                })
                .map(|mi| a.mentions[mi].entity);
            // "renewed its call for", "joined the calls for": the verb's subject.
            let by_verb = || {
                (i.saturating_sub(3)..i).rev().find_map(|v| {
                    let own =
                        a.lx.relation_words
                            .demand_verbs
                            .contains(verb_lemma(a, a.lw(s, v)))
                            && !a.is_noun_use(s, v)
                            && (v + 1..i).all(|k| {
                                matches!(
                                    a.lw(s, k),
                                    "the"
                                        | "a"
                                        | "an"
                                        | "its"
                                        | "his"
                                        | "her"
                                        | "their"
                                        | "up"
                                        | "fresh"
                                        | "new"
                                        | "renewed"
                                        | "further"
                                )
                            });
                    own.then(|| doer_of(a, s, v))
                        .flatten()
                        .filter(|(e, span)| named_in_paragraph(a, *e, span))
                        .map(|(e, _)| e)
                })
            };
            let asker = by
                .map(|(e, _)| e)
                .or(named_before)
                .or_else(|| owner_before(a, s, i).map(|(e, _)| e))
                .or_else(by_verb);
            let Some(asker) = asker else {
                continue;
            };
            let f = Found::request(asker, asked, toks[i].span.start..toks[to].span.end, s, i);
            if between_actors(a, &f) {
                out.push(f);
            }
        }
    }
    out
}

/// A contract or order won from a named body is a deal with it: "Memory Metals gets NASA
/// contract", "Atlantic Research said it has received a U.S. Navy contract", "won a major order
/// from the Bank of Tokyo", "was awarded a Pentagon contract" → the body agreedWith the winner
/// (verbs of `award_verb`, nouns of `award_noun` in `relation_words.tsv`). The body is named
/// right before the noun (a lower-case word may stand between: "a Navy construction contract")
/// or after it with "from"; only articles, sums and lower-case modifiers come between the verb
/// and the body.
fn contracts_won(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 1..toks.len() {
            let lemma = verb_lemma(a, a.lw(s, i));
            if !a.lx.relation_words.award_verbs.contains(lemma) || a.is_noun_use(s, i) {
                continue;
            }
            // "award" gives; only "was awarded a … contract" receives.
            if lemma == "award" && !BE_FORMS.contains(&a.lw(s, i - 1)) {
                continue;
            }
            // The noun won, and the body named before it.
            let mut giver = None;
            let mut k = i + 1;
            let mut noun = None;
            while k < toks.len().min(i + 9) {
                let w = a.word(s, k);
                if a.lx.relation_words.award_nouns.contains(a.lw(s, k)) {
                    noun = Some(k);
                    break;
                }
                if let Some(mi) = a.mention_at_token(s, k) {
                    let m = &a.mentions[mi];
                    if giver.is_some() || m.kind == MentionKind::Demonym {
                        break;
                    }
                    giver = Some(m.entity);
                    k = a.token_at(s, m.span.end);
                    continue;
                }
                let plain = w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    || is_sum_word(a.lw(s, k))
                    || matches!(w, "$" | "£" | "€" | "-");
                if !plain || matches!(a.lw(s, k), "to" | "with" | "for" | "from" | "and" | "of") {
                    break;
                }
                k += 1;
            }
            let Some(noun) = noun else {
                continue;
            };
            // "received a disappointing rate order from the state utilities board", "won a court
            // order": a ruling, not a purchase.
            if a.lw(s, noun).starts_with("order")
                && matches!(
                    a.lw(s, noun - 1),
                    "rate"
                        | "court"
                        | "restraining"
                        | "regulatory"
                        | "executive"
                        | "gag"
                        | "consent"
                )
            {
                continue;
            }
            // "won a major order from the Bank of Tokyo".
            let giver = match giver {
                Some(g) => Some(g),
                None if a.lw(s, noun + 1) == "from" => object_after(a, s, noun + 1, 3)
                    .filter(|(_, span)| !is_modifier_use(a, s, span))
                    .map(|(e, _)| e),
                None => None,
            };
            let Some(giver) = giver else {
                continue;
            };
            let Some((winner, _)) = subject_before(a, s, i) else {
                continue;
            };
            if winner != giver && is_actor(a, winner) && is_actor(a, giver) {
                out.push(Found {
                    agent: giver,
                    target: winner,
                    predicate: "agreedWith".to_string(),
                    trigger: toks[i].span.start..toks[noun].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: false,
                });
            }
        }
    }
    out
}

/// Buying, or bidding for, all the shares of a firm is buying the firm: "started a tender offer
/// for all shares of American Service Corp", "has bought all of the stock of Ionic Industries",
/// "offered to acquire all outstanding shares of X". The shares are "all" + "of"/"the" at will +
/// at most three words of a class of shares + "shares", "stock" or "capital" + "of" + the firm;
/// before "all" stands a verb of buying (its subject buys) or "offer"/"bid" + "for" after a
/// light verb ("made a cash offer for") or an owner ("Acme's offer for").
fn all_shares_bought(a: &Analysis) -> Vec<Found> {
    const SHARE_CLASSES: &[&str] = &[
        "outstanding",
        "remaining",
        "common",
        "issued",
        "ordinary",
        "voting",
        "the",
    ];
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for k in 1..toks.len() {
            if a.lw(s, k) != "all" {
                continue;
            }
            let mut j = k + 1;
            if a.lw(s, j) == "of" {
                j += 1;
            }
            let first_class = j;
            while j < toks.len() && j < first_class + 3 && SHARE_CLASSES.contains(&a.lw(s, j)) {
                j += 1;
            }
            if !matches!(a.lw(s, j), "shares" | "stock" | "capital") || a.lw(s, j + 1) != "of" {
                continue;
            }
            let of = j + 1;
            let Some((firm, span)) = object_after(a, s, of, 2) else {
                continue;
            };
            if is_modifier_use(a, s, &span) || a.entities[firm].kind != EntityKind::Organization {
                continue;
            }
            // The one buying: the subject of a verb of buying right before "all", or the
            // bidder of "offer for" / "bid for".
            let prev = k - 1;
            let (anchor, buyer) =
                if matches!(verb_lemma(a, a.lw(s, prev)), "buy" | "acquire" | "purchase")
                    && !a.is_noun_use(s, prev)
                {
                    (prev, doer_of(a, s, prev).map(|(e, _)| e))
                } else if a.lw(s, prev) == "for"
                    && prev >= 1
                    && matches!(a.lw(s, prev - 1), "offer" | "bid")
                {
                    let noun = prev - 1;
                    let mut v = noun;
                    while v > 0
                        && (matches!(
                            a.lw(s, v - 1),
                            "a" | "an" | "the" | "tender" | "cash" | "new" | "formal" | "revised"
                        ) || a.lx.relation_words.act_modifiers.contains(a.lw(s, v - 1))
                            || is_sum_word(a.lw(s, v - 1)))
                    {
                        v -= 1;
                    }
                    let by_verb = v
                        .checked_sub(1)
                        .filter(|&lv| a.lx.relation_words.light_verbs.contains(a.lw(s, lv)))
                        .and_then(|lv| subject_before(a, s, lv))
                        .map(|(e, _)| e);
                    (
                        noun,
                        by_verb.or_else(|| owner_before(a, s, noun).map(|(e, _)| e)),
                    )
                } else {
                    continue;
                };
            let Some(buyer) = buyer else {
                continue;
            };
            // "Fountain Oil and Gas Inc" and "Fountain": one firm the entity stage split, not
            // a buyer and its target.
            let first_word = |e: EntityId| a.entities[e].name.split(' ').next().unwrap_or("");
            if buyer != firm && is_actor(a, buyer) && first_word(buyer) != first_word(firm) {
                out.push(Found {
                    agent: buyer,
                    target: firm,
                    predicate: "acquired".to_string(),
                    trigger: toks[anchor].span.start..toks[of].span.end,
                    sentence: s,
                    trigger_tok: anchor,
                    future: false,
                });
            }
        }
    }
    out
}

/// Hoping someone will do well backs them: "Robin Cook said he hoped Mr Brown would be premier
/// at some point", "hopes Labour will win" (verbs of `hope_verb`, and after "would", "will",
/// "could" or "can" a verb of `hoped_outcome`; "would not", "would be sacked" are no support).
fn hopes_for(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 1..toks.len() {
            let w = a.lw(s, i);
            if !a.lx.relation_words.hope_verbs.contains(verb_lemma(a, w)) || a.is_noun_use(s, i) {
                continue;
            }
            let mut j = i + 1;
            if a.lw(s, j) == "that" {
                j += 1;
            }
            if j < toks.len() && HONORIFICS.contains(&a.word(s, j)) {
                j += 1;
            }
            let Some(mi) = a.mention_at_token(s, j) else {
                continue;
            };
            let m = &a.mentions[mi];
            if a.mention_info[mi].modifier
                || matches!(m.kind, MentionKind::Pronoun | MentionKind::Demonym)
            {
                continue;
            }
            let hoped = m.entity;
            let modal = a.token_at(s, m.span.end);
            if !matches!(a.lw(s, modal), "would" | "will" | "could" | "can") {
                continue;
            }
            let mut v = modal + 1;
            if matches!(
                a.lw(s, v),
                "still" | "soon" | "eventually" | "again" | "one" | "also"
            ) {
                v += 1;
            }
            let verb = a.lw(s, v);
            let lemma = verb_lemma(a, verb);
            let passive = lemma == "be" && a.lw(s, v + 1).ends_with("ed");
            if !a.lx.relation_words.hoped_outcomes.contains(lemma) || passive {
                continue;
            }
            let Some((agent, _)) = doer_of(a, s, i) else {
                continue;
            };
            if agent != hoped && is_actor(a, agent) && is_actor(a, hoped) {
                out.push(Found {
                    agent,
                    target: hoped,
                    predicate: "backed".to_string(),
                    trigger: toks[i].span.start..toks[v].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: false,
                });
            }
        }
    }
    out
}

/// A firm sold to another is bought by it: "sold its unit McCullagh Leasing to New England
/// Merchants", "the sale of Lotus to IBM" → the buyer acquired the firm.
fn sales_to(a: &Analysis) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        for i in 0..toks.len() {
            let w = a.lw(s, i);
            let sale = matches!(w, "sale" | "sales") && a.lw(s, i + 1) == "of";
            let sold = matches!(w, "sell" | "sells" | "sold" | "selling") && !a.is_noun_use(s, i);
            if !(sale || sold) || in_long_quote(a, toks[i].span.start) {
                continue;
            }
            let from = if sale { i + 1 } else { i };
            // "the sale of its leasing unit, McCullagh Leasing Inc, to": the apposed name.
            let apposed = || {
                let comma = (from + 1..toks.len().min(from + 8)).find(|&k| a.word(s, k) == ",")?;
                object_after(a, s, comma, 4)
            };
            if let Some(deal) = goods_sold_to(a, s, i).filter(|_| sold) {
                out.push(deal);
                continue;
            }
            // "Fiat had sold GM a stake": a share sold to the firm right after the verb is a
            // deal with it (`slot_noun` stake of relation_words.tsv).
            if let Some(mi) = a.mention_at_token(s, i + 1).filter(|_| sold) {
                let m = &a.mentions[mi];
                let after = a.token_at(s, m.span.end);
                let share = matches!(a.lw(s, after), "a" | "an" | "its" | "the" | "another")
                    && (after + 1..toks.len().min(after + 4))
                        .any(|k| a.lx.relation_words.slot_class(a.lw(s, k)) == Some("stake"));
                let firm = a.entities[m.entity].kind == EntityKind::Organization;
                if let (true, true, Some((seller, _))) = (share, firm, subject_before(a, s, i)) {
                    if seller != m.entity && is_actor(a, seller) {
                        out.push(Found {
                            agent: seller,
                            target: m.entity,
                            predicate: "agreedWith".to_string(),
                            trigger: toks[i].span.start..toks[after].span.end,
                            sentence: s,
                            trigger_tok: i,
                            future: false,
                        });
                    }
                    continue;
                }
            }
            let Some((firm, span)) = object_after(a, s, from, 8).or_else(apposed) else {
                continue;
            };
            if a.entities[firm].kind != EntityKind::Organization {
                continue;
            }
            // "to" right after the firm's name, or after its apposed name and a comma, or
            // after a word for a part of the seller that the name modifies ("sold its
            // Fairchild Semiconductor Corp unit to Fujitsu": the unit named is what is bought).
            // Only after "its" (or "their"): "the Yukos unit" is a unit of Yukos, and "its
            // European operations" name no firm.
            let mut after = a.token_at(s, span.end);
            let named_part = a.lx.relation_words.part_words.contains(a.lw(s, after))
                && a.lw(s, after + 1) == "to"
                && a.token_at(s, span.start)
                    .checked_sub(1)
                    .is_some_and(|k| matches!(a.lw(s, k), "its" | "their"))
                && a.mention_starting(span.start)
                    .is_some_and(|mi| a.mentions[mi].kind != MentionKind::Demonym)
                && !a.lx.countries.iter().any(|c| {
                    c.demonyms.iter().any(|d| d == &a.text[span.clone()])
                })
                // "its European operations", "its Asian unit": a region's adjective.
                && !{
                    let name = &a.text[span.clone()];
                    !name.contains(' ') && (name.ends_with("an") || name.ends_with("ese"))
                };
            if named_part {
                after += 1;
            }
            let to = (after..toks.len().min(after + 3))
                .take_while(|&k| matches!(a.word(s, k), "," | "to"))
                .find(|&k| a.lw(s, k) == "to");
            let Some(to) = to else {
                continue;
            };
            let Some((buyer, _)) = object_after(a, s, to, 4) else {
                continue;
            };
            if buyer != firm && is_actor(a, buyer) {
                out.push(Found {
                    agent: buyer,
                    target: firm,
                    predicate: "acquired".to_string(),
                    trigger: toks[i].span.start..toks[to].span.end,
                    sentence: s,
                    trigger_tok: i,
                    future: false,
                });
            }
        }
    }
    out
}

/// Goods or a share of them sold to a named firm are a deal with it: "is to sell 10 planes to
/// carrier Air Europe", "opted to sell a minority stake to bank Mediobanca" → the seller
/// agreedWith the buyer. Only common words stand between the verb at token `i` and "to" (a firm
/// named there is the firm sold, see `sales_to`), and the buyer is a firm ("sell arms to a
/// country", "sell the plant to cut costs" are none).
fn goods_sold_to(a: &Analysis, s: usize, i: usize) -> Option<Found> {
    let toks = &a.tokens[s];
    // "sold it to X": a pronoun may stand for a firm, which `sales_to` resolves; "X was sold
    // to Y" is a firm bought, also `sales_to`'s.
    if matches!(
        a.lw(s, i + 1),
        "it" | "them" | "this" | "these" | "those" | "him" | "her"
    ) || (i > 0 && BE_FORMS.contains(&a.lw(s, i - 1)))
    {
        return None;
    }
    let to = (i + 2..toks.len().min(i + 10))
        .take_while(|&k| {
            let w = a.word(s, k);
            a.mention_at_token(s, k).is_none()
                && !matches!(w, "," | ";" | ":" | "(" | "-" | "—" | "–" | "\"" | "“" | "”")
                && !SUBCLAUSE_OPENERS.contains(&w.to_lowercase().as_str())
                // "sold for $9bn in an auction to help X": only "of" inside what is sold
                // ("10 of its planes").
                && (w == "to" || w == "of" || !PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        })
        .find(|&k| a.lw(s, k) == "to")?;
    let (buyer, span) = object_skipping_modifiers(a, s, to, |f| object_after(a, s, f, 4))?;
    // "sold shares to investors in X": the buyer's name comes right after "to", past words
    // that describe it ("to Italian bank Mediobanca"), never past a preposition.
    let named_first = a.token_at(s, span.start);
    if (to + 1..named_first).any(|k| PREPOSITIONS.contains(&a.lw(s, k)))
        || a.entities[buyer].kind != EntityKind::Organization
        || is_modifier_use(a, s, &span)
    {
        return None;
    }
    // "agreed to sell …": an infinitive acts for the sentence's subject.
    let (seller, seller_span) = subject_before(a, s, i).or_else(|| {
        (i > 0 && a.lw(s, i - 1) == "to")
            .then(|| sentence_subject(a, s))
            .flatten()
    })?;
    // The seller is named as the subject itself: not as an owner ("Boeing's rival is to
    // sell"), and not in an earlier clause ("It considered floating X but opted to sell").
    // "It considered floating Ferrari but opted to sell": a verb straight after "but" or
    // "and" shares the sentence's subject, unless what that subject stands for is named in
    // the first clause (the thing floated is not the seller).
    let subject_end = a.token_at(s, seller_span.end);
    let shares_subject = |k: usize| {
        let next = a.word(s, k + 1);
        a.word(s, k) != ";"
            && next.starts_with(char::is_lowercase)
            && a.mention_at_token(s, k + 1).is_none()
            && !matches!(
                next,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "this"
                    | "that"
            )
    };
    let (seller, seller_span) =
        match (subject_end..i).find(|&k| matches!(a.lw(s, k), "but" | "and" | ";")) {
            None => (seller, seller_span),
            Some(k) => {
                if !shares_subject(k) {
                    return None;
                }
                // "It considered …": what a sentence-opening "it" stands for.
                let (e, span) = if a.lw(s, 0) == "it" {
                    (it_as_subject(a, s, 0, 2)?, toks[0].span.clone())
                } else {
                    sentence_subject(a, s)?
                };
                // The subject opens the sentence ("The firm", "Acme Corp").
                let start = a.token_at(s, span.start);
                if start > usize::from(a.lw(s, 0) == "the") {
                    return None;
                }
                let from = a.token_at(s, span.end);
                let named_between = (from..i).any(|m| {
                    a.mention_at_token(s, m)
                        .is_some_and(|mi| a.mentions[mi].entity == e)
                });
                let other_clause = (from..k).any(|m| matches!(a.word(s, m), "," | ";" | ":"))
                    || (k + 1..i).any(|m| matches!(a.lw(s, m), "but" | "and" | ";"));
                if named_between || other_clause || from > k {
                    return None;
                }
                (e, span)
            }
        };
    if a.text[seller_span.end..].starts_with(['’', '\'']) {
        return None;
    }
    (seller != buyer && is_actor(a, seller)).then(|| Found {
        agent: seller,
        target: buyer,
        predicate: "agreedWith".to_string(),
        trigger: toks[i].span.start..toks[to].span.end,
        sentence: s,
        trigger_tok: i,
        future: false,
    })
}

/// Finds relations in every sentence, plus the actions implied by speech cues ("warned").
/// Whether the talks of the trigger at tokens `i..=last` are named for an agreement sought
/// ("accession talks", "formal negotiations"), in the trigger or the two words before it.
fn negotiating(a: &Analysis, s: usize, i: usize, last: usize) -> bool {
    let words = &a.lx.negotiation_words;
    let talks = (i..=last).any(|k| a.lx.relation_words.slot_class(a.lw(s, k)) == Some("talks"));
    talks && (i.saturating_sub(2)..=last).any(|k| words.contains(a.lw(s, k)))
}

/// Whether the event's agent opens a clause of its own after "but" inside what someone else
/// said ("Blair said he left with no stain on his character but Tory Dominic Grieve branded
/// …"): that clause is the writer's account, not the first speaker's.
fn own_clause_after_but(a: &Analysis, f: &Found, content: &Span) -> bool {
    let s = f.sentence;
    let from = a.token_at(s, content.start);
    (from..f.trigger_tok).any(|k| {
        a.lw(s, k) == "but"
            && (k + 1..f.trigger_tok.min(k + 5)).any(|j| {
                a.mention_at_token(s, j)
                    .is_some_and(|mi| a.mentions[mi].entity == f.agent)
            })
    })
}

/// Whether the sentence goes on, after the act at token `from`, to say the attempt failed
/// ("… but lost out to", "… but was rebuffed").
/// Whether `st`'s cue stands in a relative clause that a comma closes before the trigger of
/// `f`: "Kestrel Research, which has long predicted a fall in prices, branded Heron Bank's
/// figures a blip" — what was predicted ends at the comma, and the branding is the firm's own
/// act, not part of what it predicted.
fn relative_cue_closed_before(a: &Analysis, f: &Found, st: &Statement) -> bool {
    let Some(cue) = &st.cue_span else {
        return false;
    };
    let s = f.sentence;
    if !a.seg.sentences[s].contains(&cue.start) || cue.start >= f.trigger.start {
        return false;
    }
    let c = a.token_at(s, cue.start);
    let opener = (0..c).rev().find(|&k| a.word(s, k) == ",");
    let relative = opener.is_some_and(|k| {
        matches!(a.lw(s, k + 1), "which" | "who") && (k + 2..c).all(|j| a.word(s, j) != ",")
    });
    relative && (c + 1..f.trigger_tok).any(|j| a.word(s, j) == ",")
}

fn attempt_failed(a: &Analysis, s: usize, from: usize) -> bool {
    let toks = a.tokens[s].len();
    (from + 1..toks).any(|k| {
        a.lw(s, k) == "but"
            && (k + 1..toks.min(k + 4)).any(|j| a.lx.relation_words.failures.contains(a.lw(s, j)))
    })
}

/// Whether the agent of a relation is named only as the body of the members who act: just
/// before its trigger ("Labour MPs have angrily criticised …"), or wherever the sentence names
/// it, each time as a body of members ("leaders of the EU met", or after a passive trigger "was
/// asked by G7 ministers").
fn agent_named_as_members(a: &Analysis, r: &Relation) -> bool {
    // "Frank Field MP criticised": letters after a person's name are his own.
    if a.entities[r.agent].kind == EntityKind::Person {
        return false;
    }
    let members = &a.lx.relation_words.member_nouns;
    let word_after = |m: &Mention| {
        a.text[m.span.end..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([',', '.', ';', ':'])
            .to_lowercase()
    };
    // "leaders of the EU", "ministers of member states".
    let members_of = |m: &Mention| {
        let before: Vec<String> = a.text[r.evidence.start.min(m.span.start)..m.span.start]
            .split_whitespace()
            .rev()
            .take(3)
            .map(str::to_lowercase)
            .collect();
        let of = match before.first().map(String::as_str) {
            Some("of") => 1,
            Some("the") if before.get(1).is_some_and(|w| w == "of") => 2,
            _ => return false,
        };
        before.get(of).is_some_and(|w| members.contains(w.as_str()))
    };
    let mentions: Vec<&Mention> = a
        .mentions_in(&r.evidence)
        .map(|mi| &a.mentions[mi])
        .collect();
    let last = mentions
        .iter()
        .rfind(|m| m.span.end <= r.trigger_span.start);
    let just_before = last.is_some_and(|m| {
        let next = a.text[m.span.end..r.trigger_span.start]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        m.entity == r.agent && members.contains(next.as_str())
    });
    let of_agent: Vec<&&Mention> = mentions.iter().filter(|m| m.entity == r.agent).collect();
    just_before
        || (!of_agent.is_empty()
            && of_agent.iter().all(|m| {
                // "Committee members said the Home Office was wrong": members who speak
                // before the statement speak for the body; "asked by G7 ministers" does not.
                let after_trigger = m.span.start >= r.trigger_span.end;
                (after_trigger && members.contains(word_after(m).as_str())) || members_of(m)
            }))
}

/// The leader named by the mention of body `e` that a relation reads as its agent (the last
/// one in the evidence before the trigger) or its target (the first one after it); see
/// [`leader_named_by`].
fn leader_at_end(a: &Analysis, r: &Relation, e: EntityId, agent: bool) -> Option<EntityId> {
    if a.entities[e].kind != EntityKind::Organization {
        return None;
    }
    let mut of_e = a
        .mentions_in(&r.evidence)
        .map(|mi| &a.mentions[mi])
        .filter(|m| m.entity == e);
    let m = if agent {
        of_e.filter(|m| m.span.end <= r.trigger_span.start).last()
    } else {
        of_e.find(|m| m.span.start >= r.trigger_span.end)
    }?;
    leader_named_by(a, m)
}

/// The person a leader phrase around the mention `m` of a body names: "the head of Oracle",
/// "Oracle boss", "Lloyd's chief executive" (a `leader_noun` of relation_words.tsv before "of"
/// and the name, or after the name and its "'s"), when the article ties one person, and only
/// one, to the body as its leader: by a role held in it ("boss of Oracle"), or by a surface form
/// made of one of the body's names and such a noun ("Mr Ellison, Oracle's chief executive").
pub(super) fn leader_named_by(a: &Analysis, m: &Mention) -> Option<EntityId> {
    let leaders = &a.lx.relation_words.leader_nouns;
    let words = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                    .to_lowercase()
            })
            .collect()
    };
    let is_leader = |w: &[String]| {
        w.first().is_some_and(|x| leaders.contains(x.as_str()))
            || w.len() > 1 && leaders.contains(format!("{} {}", w[0], w[1]).as_str())
    };
    // "Oracle boss", "Lloyd's chief executive".
    let rest = &a.text[m.span.end..];
    let rest = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    let after: Vec<String> = words(rest).into_iter().take(2).collect();
    // "the head of Oracle", "the chief executive of the firm Oracle" is not read.
    let start = a.text[..m.span.start].len().saturating_sub(60);
    let start = (start..m.span.start)
        .find(|&b| a.text.is_char_boundary(b))
        .unwrap_or(m.span.start);
    let mut before: Vec<String> = words(&a.text[start..m.span.start]);
    if before.last().is_some_and(|w| w == "the") {
        before.pop();
    }
    let of_leader = before.last().is_some_and(|w| w == "of") && {
        let n = before.len();
        (n >= 2 && leaders.contains(before[n - 2].as_str()))
            || (n >= 3 && leaders.contains(format!("{} {}", before[n - 3], before[n - 2]).as_str()))
    };
    if !(is_leader(&after) || of_leader) {
        return None;
    }
    let body = &a.entities[m.entity];
    let names: Vec<String> = std::iter::once(&body.name)
        .chain(&body.surface_forms)
        .map(|n| n.to_lowercase())
        .collect();
    let tied = |p: &super::Entity| {
        let role = p
            .roles
            .iter()
            .any(|r| r.of.as_deref() == Some(body.name.as_str()) && is_leader(&words(&r.title)));
        let form = p.surface_forms.iter().any(|f| {
            let f = f.to_lowercase();
            names.iter().any(|n| {
                f.strip_prefix(n.as_str()).is_some_and(|rest| {
                    let rest = ["'s", "’s", "'", "’"]
                        .iter()
                        .find_map(|p| rest.strip_prefix(p))
                        .unwrap_or(rest);
                    is_leader(&words(rest))
                })
            })
        });
        p.kind == EntityKind::Person && (role || form)
    };
    let mut found = (0..a.entities.len()).filter(|&p| tied(&a.entities[p]));
    let p = found.next()?;
    found.next().is_none().then_some(p)
}

/// Whether the target of a relation is named only as the body of members it is aimed at: the
/// first name of the target after the trigger is followed by a member noun, perhaps after one
/// lower-case word ("urging European leaders to wake up", "met EU finance ministers"). Members
/// of a body are not the body, whichever side they are on.
fn target_named_as_members(a: &Analysis, r: &Relation) -> bool {
    if a.entities[r.target].kind == EntityKind::Person {
        return false;
    }
    let Some(m) = a
        .mentions_in(&r.evidence)
        .map(|mi| &a.mentions[mi])
        .find(|m| m.entity == r.target && m.span.start >= r.trigger_span.end)
    else {
        return false;
    };
    let words: Vec<String> = a.text[m.span.end..r.evidence.end.max(m.span.end)]
        .split_whitespace()
        .take(2)
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let members = &a.lx.relation_words.member_nouns;
    match words.as_slice() {
        [first, ..] if members.contains(first.as_str()) => true,
        // "EU finance ministers", not "Moscow alarmed officials": the word between is a
        // plain noun, not a verb form.
        [first, second] => {
            let inflected =
                a.lx.verb_lemmas
                    .get(first.as_str())
                    .is_some_and(|lemma| lemma != first);
            first.chars().all(char::is_lowercase)
                && !inflected
                && !a.lx.stopwords.contains(first.as_str())
                && members.contains(second.as_str())
        }
        _ => false,
    }
}

/// Whether a person's full name ends with another's, a one-word title of `titles.tsv` aside:
/// "Luiz Inacio Lula da Silva" and "Mr da Silva".
fn ends_with_name(a: &Analysis, full: &str, short: &str) -> bool {
    let short = short
        .split_once(' ')
        .filter(|(first, _)| {
            a.lx.titles_by_first_word
                .get(*first)
                .is_some_and(|ts| ts.iter().any(|&t| a.lx.titles[t].phrase == *first))
        })
        .map_or(short, |(_, rest)| rest);
    full == short
        || full
            .strip_suffix(short)
            .is_some_and(|rest| rest.ends_with(' '))
}

/// Whether a name is the object inside a relative clause: "councillors who back Mr Flight",
/// "the firm which sued Acme" ("who" or "which", then a verb, then the name, no comma).
fn object_of_relative_clause(a: &Analysis, s: usize, span: &Span) -> bool {
    let start = a.token_at(s, span.start);
    (start.saturating_sub(4)..start.saturating_sub(1))
        .rev()
        .take_while(|&k| a.word(s, k) != "," && a.mention_at_token(s, k).is_none())
        .any(|k| {
            matches!(a.lw(s, k), "who" | "which")
                && a.word(s, k + 1).starts_with(char::is_lowercase)
        })
}

/// Whether "meet" takes a thing, not a party (`met_thing` of `data/relation_words.tsv`): "met
/// the deadline", "to meet US requirements", "met a cool reception from …" are no meeting. The
/// noun is looked for in the object after the verb, up to a comma or a preposition.
fn meets_a_thing(a: &Analysis, f: &Found) -> bool {
    let s = f.sentence;
    let toks = &a.tokens[s];
    let trigger_word = a.lw(s, f.trigger_tok);
    if !matches!(trigger_word, "meet" | "meets" | "met" | "meeting") {
        return false;
    }
    let last = a.token_at(s, f.trigger.end.saturating_sub(1));
    let mut k = last + 1;
    // "met with criticism".
    if k < toks.len() && a.lw(s, k) == "with" {
        k += 1;
    }
    // "to meet Wall Street revenue and earnings expectations": an "and" between two lower-case
    // nouns joins the thing's modifiers; one before a name or an article ("met Acme and Globex")
    // lists parties.
    let joins_nouns = |j: usize| {
        let next = a.word(s, j + 1);
        next.chars().all(|c| c.is_lowercase() || c == '-')
            && !next.is_empty()
            && !a.lx.stopwords.contains(a.lw(s, j + 1))
            && a.word(s, j - 1)
                .chars()
                .all(|c| c.is_lowercase() || c == '-')
    };
    (k..toks.len().min(k + 8))
        .take_while(|&j| {
            let w = a.lw(s, j);
            !PREPOSITIONS.contains(&w)
                && !matches!(a.word(s, j), "," | ";" | "." | ":")
                && (w != "and" || (j > k && joins_nouns(j)))
        })
        .any(|j| a.lx.relation_words.met_things.contains(a.lw(s, j)))
}

/// The person a "him" or "her" at `pronoun` stands for when the verb at token `verb` sits in a
/// clause under the sentence's subject: a person named before the verb as the subject of the
/// sentence, of the pronoun's gender, who is not the verb's own subject ("Mr Campbell
/// complained after reports that TBWA had blamed him": Campbell). None otherwise.
fn main_subject_bound(
    a: &Analysis,
    s: usize,
    verb: usize,
    pronoun: &Span,
    subject: Option<&(EntityId, Span)>,
) -> Option<EntityId> {
    let word = &a.text[pronoun.clone()];
    if !matches!(word, "him" | "her") || a.in_quote(pronoun.start) {
        return None;
    }
    let (main, main_span) = sentence_subject(a, s).filter(|(_, sp)| opens_sentence(a, s, sp))?;
    let entity = &a.entities[main];
    let gender_fits = match word {
        "him" => entity.gender != Gender::Female,
        _ => entity.gender != Gender::Male,
    };
    let before = a.token_at(s, main_span.end) < verb;
    let own = subject.is_some_and(|(e, sp)| *e == main || sp.start == main_span.start);
    (entity.kind == EntityKind::Person && gender_fits && before && !own).then_some(main)
}

/// Whether the name at `span` opens sentence `s`, at most a title or description of plain words
/// before it ("Lib Dem leader Charles Kennedy"): no comma, preposition or subordinator, so the
/// name is not inside an opening phrase ("During an interview on ITV1's This Morning she …").
fn opens_sentence(a: &Analysis, s: usize, span: &Span) -> bool {
    let start = a.token_at(s, span.start);
    (0..start).all(|k| {
        let w = a.lw(s, k);
        w.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && !PREPOSITIONS.contains(&w)
            && !SUBCLAUSE_OPENERS.contains(&w)
            && !matches!(
                w,
                "during"
                    | "after"
                    | "before"
                    | "as"
                    | "while"
                    | "when"
                    | "if"
                    | "although"
                    | "though"
                    | "since"
                    | "despite"
                    | "under"
                    | "over"
                    | "because"
                    | "unless"
                    | "once"
                    | "until"
            )
    })
}

/// Whether a mention of `e` stands in sentence `s`.
fn named_in_sentence(a: &Analysis, s: usize, e: EntityId) -> bool {
    a.mentions_in(&a.seg.sentences[s]).any(|mi| {
        let m = &a.mentions[mi];
        m.entity == e
            && !matches!(
                a.text[m.span.clone()].to_lowercase().as_str(),
                "he" | "him" | "his" | "she" | "her" | "it" | "its"
            )
    })
}

/// Whether the target of a purchase only names the owner of what is bought: "bought Acme
/// chemicals division", "to buy the Globex insurance unit" (the name, at most two modifiers and
/// a `part_word` of relation_words.tsv, with no name after it). Buying a firm's unit is no
/// purchase of the firm (relation gold: parts and deals). A word for a firm ("Citigroup
/// insurer", "Abbey bank") is left alone: it as often names the firm itself.
fn names_a_part(a: &Analysis, r: &Relation) -> bool {
    let Some(s) = a.sentence_of(r.trigger_span.start) else {
        return false;
    };
    let Some(m) = a
        .mentions_in(&(r.trigger_span.end..a.seg.sentences[s].end))
        .map(|mi| &a.mentions[mi])
        .find(|m| m.entity == r.target)
    else {
        return false;
    };
    let toks = a.tokens[s].len();
    let from = a.token_at(s, m.span.end);
    // Up to two modifiers before the word ("Globex chemicals division").
    let words = (from..toks.min(from + 3))
        .take_while(|&k| {
            let w = a.word(s, k);
            !w.is_empty()
                && w.chars().all(|c| c.is_lowercase() || c == '-')
                && !a.lx.stopwords.contains(w)
        })
        .collect::<Vec<_>>();
    let Some(&last) = words.last() else {
        return false;
    };
    let w = a.word(s, last);
    let ends = last + 1 >= toks || matches!(a.word(s, last + 1), "." | "," | ";" | "for" | "in");
    ends && a.lx.relation_words.part_words.contains(w)
}

/// Whether a purchase is told in the progressive ("Oracle is buying PeopleSoft", "said it was
/// buying 100% of KFB", and in the passive: "Mannesmann is being bought by Vodafone"): a deal
/// announced, not yet done (relation gold: future for "announced deals not yet done").
fn buying_in_progress(a: &Analysis, f: &Found) -> bool {
    let (s, i) = (f.sentence, f.trigger_tok);
    let be = |k: usize| matches!(a.lw(s, k), "is" | "are" | "was" | "were");
    f.predicate == "acquired"
        && i > 0
        && ((a.lw(s, i).ends_with("ing") && be(i - 1))
            || (i > 1 && a.lw(s, i - 1) == "being" && be(i - 2)))
}

/// Nouns of a deal or a purchase that a clause may say failed (`deal_noun_failed`).
const FAILING_DEAL_NOUNS: &[&str] = &[
    "merger",
    "takeover",
    "bid",
    "offer",
    "deal",
    "purchase",
    "acquisition",
    "tie-up",
    "approach",
    "agreement",
];

/// Whether a deal or purchase told as a noun that opens its clause is said, right after the
/// one it is with or for, to have failed: "Vodafone's merger with Mannesmann failed in 2001",
/// "since an attempted merger with Acme collapsed", "the bid for Acme fell through" (relation
/// gold: an act that failed is negated). Talks that failed still took place and are left out
/// by the caller's predicates; "failed to" is an infinitive's failure, not the deal's.
fn deal_noun_failed(a: &Analysis, f: &Found) -> bool {
    let (s, i) = (f.sentence, f.trigger_tok);
    let toks = &a.tokens[s];
    if !FAILING_DEAL_NOUNS.contains(&a.lw(s, i)) {
        return false;
    }
    // Back over the noun phrase: lower-case modifiers, a sum, an article or owner pronoun, an
    // owner's name; then the clause must open (the sentence's start, a punctuation mark or a
    // conjunction).
    let article = |k: usize| {
        matches!(
            a.lw(s, k),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "any"
        )
    };
    let mut j = i;
    while j > 0 && i - j < 6 {
        let k = j - 1;
        let w = a.word(s, k);
        let lw = a.lw(s, k);
        let owner_name = matches!(w, "'s" | "’s" | "'" | "’")
            || a.mention_at_token(s, k)
                .is_some_and(|mi| a.text[a.mentions[mi].span.end..].starts_with(['’', '\'']));
        let modifier = (w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            && !BE_FORMS.contains(&lw)
            && !CLAUSE_OPENERS_BEFORE_DEAL.contains(&lw))
            || w.starts_with(['$', '£', '€']);
        if !(owner_name || modifier || article(k)) {
            break;
        }
        j -= 1;
    }
    let opens = j == 0
        || matches!(a.word(s, j - 1), "," | ";" | ":")
        || CLAUSE_OPENERS_BEFORE_DEAL.contains(&a.lw(s, j - 1));
    if !opens {
        return false;
    }
    // The target's name after the trigger, then at most two words before the failure.
    let Some(end) = (i + 1..toks.len().min(i + 8)).find_map(|k| {
        a.mention_at_token(s, k)
            .filter(|&mi| a.mentions[mi].entity == f.target)
            .map(|mi| a.token_at(s, a.mentions[mi].span.end))
    }) else {
        return false;
    };
    (end..toks.len().min(end + 3)).any(|k| {
        let next = a.lw(s, k + 1);
        match a.lw(s, k) {
            "failed" => next != "to",
            "collapsed" | "foundered" => true,
            "fell" => next == "through",
            "broke" => next == "down",
            "was" | "were" => matches!(
                next,
                "abandoned" | "scrapped" | "called" | "cancelled" | "withdrawn" | "dropped"
            ),
            _ => false,
        }
    })
}

/// Words that open the clause a failed deal's noun is the subject of ("since an attempted
/// merger with X failed", "but the bid for X collapsed").
const CLAUSE_OPENERS_BEFORE_DEAL: &[&str] = &[
    "but", "and", "since", "after", "when", "because", "as", "until", "before", "that", "which",
    "while", "though", "although",
];

/// Whether the deal or takeover at token `trigger` still waits for an approval in its clause
/// (`approval_word`, `awaiting_word` of relation_words.tsv): "X's takeover of Y will still have
/// to be approved by shareholders", "a merger that needs regulatory approval". "was approved"
/// tells it done.
fn awaits_approval(a: &Analysis, s: usize, trigger: usize) -> bool {
    let rw = &a.lx.relation_words;
    (trigger + 1..a.tokens[s].len().min(trigger + 20))
        .take_while(|&k| !matches!(a.word(s, k), ";" | "." | ":"))
        .any(|k| {
            rw.approval_words.contains(a.lw(s, k))
                && (a.lw(s, k - 1) == "be"
                    || (k.saturating_sub(3)..k).any(|j| rw.awaiting_words.contains(a.lw(s, j))))
        })
}

/// Whether a request comes with what follows if it is not met, which makes it a warning:
/// "called for the agency to be wound up unless it improved", "urged Acme to pay or face
/// legal action" (relation gold: a demand under a threat is `warned`). "unless" or "or face"
/// follows the trigger within twelve words, in its clause: no punctuation between ("asked him
/// to resign, saying he would not stop unless …" is a request).
fn demand_with_a_threat(a: &Analysis, f: &Found) -> bool {
    let s = f.sentence;
    (f.trigger_tok + 1..a.tokens[s].len().min(f.trigger_tok + 13))
        .take_while(|&k| {
            !matches!(
                a.word(s, k),
                ";" | ":" | "," | "-" | "–" | "—" | "(" | "\"" | "“" | "”"
            )
        })
        .any(|k| {
            let w = a.lw(s, k);
            w == "unless" || (w == "or" && matches!(a.lw(s, k + 1), "face" | "else"))
        })
}

/// Whether a welcome is a host's, not support: "welcomed Mr Bush to Downing Street", "welcomes
/// the president to London" (a person welcomed, then "to" or "at" and a place, country or
/// building right after the name) is a meeting; "welcomed the move" and "welcomed Mr Campbell
/// to the campaign" are not.
fn welcomed_to_a_place(a: &Analysis, f: &Found) -> bool {
    let s = f.sentence;
    if f.predicate != "backed"
        || verb_lemma(a, a.lw(s, f.trigger_tok)) != "welcome"
        || a.entities[f.target].kind != EntityKind::Person
    {
        return false;
    }
    let last = a.token_at(s, f.trigger.end.saturating_sub(1));
    let Some(mi) = a.mention_at_token(s, last + 1) else {
        return false;
    };
    let m = &a.mentions[mi];
    if m.entity != f.target {
        return false;
    }
    let after = a.token_at(s, m.span.end);
    let place = if a.lw(s, after + 1) == "the" {
        after + 2
    } else {
        after + 1
    };
    matches!(a.lw(s, after), "to" | "at")
        && a.mention_at_token(s, place).is_some_and(|pi| {
            matches!(
                a.entities[a.mentions[pi].entity].kind,
                EntityKind::Place | EntityKind::Country
            )
        })
}

/// Whether a found request is between two actors, neither the other, and not addressed to a
/// news outlet.
fn between_actors(a: &Analysis, f: &Found) -> bool {
    f.agent != f.target && is_actor(a, f.agent) && is_actor(a, f.target) && !is_media(a, f)
}

/// Whether the target of an event is a news outlet or programme: "was speaking to the BBC's
/// Newsnight programme" is an interview, and telling the media is no meeting.
fn is_media(a: &Analysis, f: &Found) -> bool {
    is_media_entity(a, f, f.target, f.trigger.end)
}

/// Whether the entity `e` of a found event is a newspaper, programme or broadcaster: a known
/// media organisation, or named in the sentence (from byte `from`) before "programme",
/// "newspaper", … ("used an article in the Guardian newspaper").
fn is_media_entity(a: &Analysis, f: &Found, e: EntityId, from: usize) -> bool {
    let known = known_media(a, e);
    let described = a
        .mentions_in(&a.seg.sentences[f.sentence])
        .map(|mi| &a.mentions[mi])
        .filter(|m| m.entity == e && m.span.start >= from)
        .any(|m| {
            let next = a.text[m.span.end..].split_whitespace().next().unwrap_or("");
            matches!(
                next.trim_end_matches(|c: char| !c.is_alphanumeric()),
                "programme" | "program" | "show" | "newspaper" | "magazine" | "radio" | "website"
            )
        });
    // "Speaking to the BBC's Westminster Hour": a name owned by a news medium is its programme.
    let programme = a
        .mentions_in(&a.seg.sentences[f.sentence])
        .map(|mi| &a.mentions[mi])
        .filter(|m| m.entity == e && m.span.start >= from)
        .any(|m| {
            a.mentions_in(&a.seg.sentences[f.sentence])
                .map(|oi| &a.mentions[oi])
                .any(|o| {
                    o.span.end < m.span.start
                        && matches!(a.text[o.span.end..m.span.start].trim_end(), "'s" | "’s")
                        && known_media(a, o.entity)
                })
        });
    known || described || programme
}

/// Whether the entity `e` is a news medium of `organizations.tsv`, by its name or another
/// name the table gives it ("Sunday Express" for the Daily Express).
fn known_media(a: &Analysis, e: EntityId) -> bool {
    let name = &a.entities[e].name;
    a.lx.organizations
        .iter()
        .any(|o| o.kind == "Media" && (&o.name == name || o.aliases.contains(name)))
}

/// A purchase of something a firm owns ("Nissan has bought Toyota's hybrid technology",
/// "bought BSkyB's stake in the club"): a deal with the firm, not its takeover; a unit of it
/// is neither. Other events pass unchanged.
fn purchase_of_what(a: &Analysis, mut f: Found) -> Option<Found> {
    if f.predicate != "acquired" {
        return Some(f);
    }
    let s = f.sentence;
    let target = a
        .mentions_in(&a.seg.sentences[s])
        .map(|mi| &a.mentions[mi])
        .find(|m| m.entity == f.target && m.span.start >= f.trigger.end);
    let Some(target) = target else {
        return Some(f);
    };
    let rest = &a.text[target.span.end..];
    let Some(rest) = rest.strip_prefix(['’', '\'']) else {
        return Some(f);
    };
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    // The owned thing: the lower-case words after the owner, the last one its head.
    // A word ending in punctuation ends the phrase ("technology," "unit.").
    let mut ended = false;
    let head = rest
        .split_whitespace()
        .take(4)
        .skip_while(|w| w.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c)))
        .map(|w| {
            let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            let open = !ended;
            ended |= word.len() < w.len();
            (word, open)
        })
        .take_while(|&(w, open)| {
            open && !w.is_empty()
                && w.chars().all(|c| c.is_lowercase() || c == '-')
                && !PREPOSITIONS.contains(&w)
                && !matches!(w, "and" | "or" | "that" | "which")
        })
        .last()
        .map(|(w, _)| w.to_string());
    match head.as_deref() {
        None => Some(f),
        Some(w) if a.lx.relation_words.part_words.contains(w) => None,
        Some(_) => {
            f.predicate = "agreedWith".to_string();
            Some(f)
        }
    }
}

pub fn find_relations(a: &Analysis) -> Vec<Relation> {
    let mut found: Vec<Found> = Vec::new();
    for s in 0..a.tokens.len() {
        let toks = &a.tokens[s];
        let mut i = 0;
        while i < toks.len() {
            let trigger = trigger_at(a, s, i);
            let Some((trigger, n)) = trigger else {
                i += 1;
                continue;
            };
            // Inside a quotation only what the speaker says of a named subject or of
            // themselves ("I trust the prime minister") counts; see `quoted_subject`.
            let quoted = in_long_quote(a, toks[i].span.start);
            let last = i + n - 1;
            // "the Associated Press news agency": a word of a name is no trigger, and
            // neither is a trade's gerund ("branding firm SalterBaxter").
            if a.mention_at_token(s, i).is_some() || trade_gerund(a, s, i, n) {
                i += n;
                continue;
            }
            let span = toks[i].span.start..toks[last].span.end;
            // "described as “irresponsible”" criticises, "described as “very talented”" does
            // not: the evaluation that follows decides.
            let predicate = if trigger.predicate == "*evaluation" {
                // "called the announcement by Acme Corp “hugely disappointing”": past six words
                // an object naming its doer may still stand between, not another clause.
                let same_clause = |k: usize| {
                    k <= last + 6
                        || (last + 1..k).all(|j| {
                            !matches!(a.word(s, j), "," | ";" | ":" | "." | "(" | "-")
                                && !SUBCLAUSE_OPENERS.contains(&a.lw(s, j))
                        })
                };
                let evaluation = (last + 1..toks.len().min(last + 11))
                    .filter(|&k| same_clause(k))
                    .find_map(|k| {
                        a.lx.evaluations
                            .iter()
                            .find(|(w, _)| {
                                k + w.len() <= toks.len()
                                    && w.iter().enumerate().all(|(o, w)| a.lw(s, k + o) == w)
                            })
                            .map(|(_, p)| p.clone())
                    });
                // "described Mr Brown as a great chancellor": a praising adjective before a
                // role praises, as it does in speech.
                let evaluation = evaluation.or_else(|| {
                    (last + 1..toks.len().min(last + 8))
                        .filter(|&k| same_clause(k))
                        .find(|&k| praised_role_end(a, s, k).is_some())
                        .map(|_| "praised".to_string())
                });
                match evaluation {
                    Some(p) => p,
                    None => {
                        i += n;
                        continue;
                    }
                }
            } else {
                trigger.predicate.clone()
            };
            // "is to hold membership talks with", "formal talks with": talks towards an
            // agreement are a negotiation, plain talks a meeting.
            let predicate = if predicate == "met" && negotiating(a, s, i, last) {
                "negotiatedWith".to_string()
            } else {
                predicate
            };
            // "he accepted Mr Blunkett's word": taking someone at their word backs them.
            let predicate = if predicate == "accepted" && takes_at_word(a, s, last) {
                "backed".to_string()
            } else {
                predicate
            };
            // "BY" in a headline in capitals too.
            let next_is_by = last + 1 < toks.len() && a.lw(s, last + 1) == "by";
            // "were each fined", "was also sued": a floating word between "be" and the
            // participle.
            let floating = |p: usize| {
                matches!(a.lw(s, p), "each" | "both" | "all" | "also")
                    && p > 0
                    && BE_FORMS.contains(&a.lw(s, p - 1))
            };
            let prev_lower = i
                .checked_sub(1)
                .map(|p| if floating(p) { p - 1 } else { p })
                .map(|p| a.lower(s, p))
                .unwrap_or_default();
            // "is on a visit to China", "is at a summit in Brussels": a trigger that opens with
            // a preposition is where the subject is, no passive.
            // "was critical of", "is proud of": an adjective holds the subject's stance.
            // "X is opposed to Y's bid": an active trigger ending in "to" after "be" is the
            // subject's stance, and a later "by" ("opposed to any takeover by Y") is the object's.
            let stance_to =
                trigger.pattern == TriggerPattern::Active && last > i && a.lw(s, last) == "to";
            let be_before = BE_FORMS.contains(&prev_lower.as_str())
                && !a.lw(s, i).ends_with("ing")
                && !matches!(a.lw(s, i), "on" | "at")
                && !a.lx.relation_words.stance_adjectives.contains(a.lw(s, i))
                && !stance_to;
            // "have been described as “irresponsible” and “outrageous” by the IHRC": the agent's
            // "by" may come a few words after the participle.
            // "Alan Milburn, the man put in charge of the campaign by Mr Blair": a participle
            // after a description apposed to a name is a passive whose subject is the name.
            // An adverb may stand before the participle ("the man controversially put in").
            let noun = match i.checked_sub(1) {
                Some(d) if d > 0 && a.lw(s, d).ends_with("ly") => d - 1,
                d => d.unwrap_or(0),
            };
            let apposed = noun >= 3
                && a.lw(s, noun - 1) == "the"
                && a.word(s, noun - 2) == ","
                && a.word(s, noun).chars().all(|c| c.is_lowercase())
                && (participle_form(a.lw(s, i)) || IRREGULAR_PARTICIPLES.contains(&a.lw(s, i)))
                && a.mention_at_token(s, noun - 3)
                    .is_some_and(|m| a.mentions[m].span.end == toks[noun - 3].span.end);
            let late_by = if (be_before || apposed) && !next_is_by {
                (last + 2..toks.len().min(last + 9))
                    .take_while(|&k| !matches!(a.word(s, k), "," | ";" | "."))
                    .find(|&k| a.lw(s, k) == "by")
                    // "accused of breaching duties by depriving …": "by" + gerund is a means.
                    .filter(|&k| k + 1 < toks.len() && !a.lw(s, k + 1).ends_with("ing"))
            } else {
                None
            };
            let passive = trigger.pattern == TriggerPattern::Passive
                || late_by.is_some()
                || (apposed && next_is_by)
                || (next_is_by && (BE_FORMS.contains(&prev_lower.as_str()) || prev_lower == ","))
                // "Microsoft fined by EU", "Blair backed by Brown": a headline drops the
                // auxiliary of a passive right after its subject's name.
                || (next_is_by
                    && a.is_headline(s)
                    && i > 0
                    && a.mention_at_token(s, i - 1)
                        .is_some_and(|m| a.mentions[m].span.end == toks[i - 1].span.end)
                    && participle_form(a.lw(s, i)));
            // "Mr Johnson was asked why …", "were fired in January": a passive with no agent.
            let agentless_passive = !passive
                && matches!(
                    trigger.pattern,
                    TriggerPattern::Active | TriggerPattern::Symmetric
                )
                && be_before;
            if agentless_passive {
                // "Nortel's head Frank Dunn … were fired": the employer named as the owner of
                // the post let its holder go.
                if predicate == "dismissedFromOffice" && !quoted {
                    if let Some((person, employer)) = employer_of_subject(a, s) {
                        found.push(Found {
                            agent: employer,
                            target: person,
                            predicate: predicate.clone(),
                            trigger: toks[i].span.start..toks[last].span.end,
                            sentence: s,
                            trigger_tok: i,
                            future: false,
                        });
                    }
                }
                // "Tom Lowe was appointed chairman of Barclays", "was sacked as chief executive
                // of Acme", "was elected leader of the party": the body whose post it is acts.
                if matches!(
                    predicate.as_str(),
                    "appointed" | "dismissedFromOffice" | "elected"
                ) && !quoted
                {
                    let person = subject_before(a, s, i).map(|(e, _)| e);
                    found.extend(Found::post_change(
                        a,
                        person,
                        body_of_post_after(a, s, last),
                        &predicate,
                        toks[i].span.start..toks[last].span.end,
                        s,
                        i,
                    ));
                }
                i += n;
                continue;
            }
            // "was joined at the launch by Prescott and Milburn": joining someone is going with
            // them.
            let predicate = if passive && predicate == "joined" {
                "accompanied".to_string()
            } else {
                predicate
            };
            // "The bid was thrown out by the treasurer": a bid named only by "the" as the
            // subject of a passive is the one the latest sentences told of (a takeover read
            // there, still to come); its bidder is what is judged.
            let the_bid_owner = passive
                .then(|| {
                    let mut k = i.checked_sub(1)?;
                    while k > 0
                        && (BE_FORMS.contains(&a.lw(s, k))
                            || matches!(a.lw(s, k), "has" | "have" | "had")
                            || a.lx.adverbs.contains(a.lw(s, k)))
                    {
                        k -= 1;
                    }
                    let bid = a.lx.relation_words.intentions.contains(a.lw(s, k))
                        && !a.lw(s, k).ends_with('s')
                        && k == 1
                        && a.lw(s, 0) == "the";
                    if !bid || k + 1 == i {
                        return None;
                    }
                    // The bid the sentence before named last, with its owner ("a similar bid by
                    // oil giant Shell for", "Xstrata's offer"), else the takeover read lately.
                    let named = s.checked_sub(1).and_then(|t| {
                        (0..a.tokens[t].len())
                            .rev()
                            .find(|&j| a.lw(t, j) == a.lw(s, k))
                            .and_then(|j| {
                                owner_before(a, t, j).or_else(|| {
                                    matches!(a.lw(t, j + 1), "by" | "from")
                                        .then(|| object_after(a, t, j + 1, 6))
                                        .flatten()
                                })
                            })
                    });
                    if let Some((e, _)) = named {
                        return Some((e, toks[k].span.clone()));
                    }
                    found
                        .iter()
                        .rev()
                        .take_while(|f| f.sentence + 3 >= s)
                        .find(|f| f.predicate == "acquired" && f.sentence < s && f.future)
                        .or_else(|| {
                            found
                                .iter()
                                .rev()
                                .take_while(|f| f.sentence + 3 >= s)
                                .find(|f| {
                                    f.predicate == "acquired"
                                        && f.sentence < s
                                        && modality(a, f.sentence, f.trigger_tok)
                                            == Modality::Future
                                })
                        })
                        .map(|f| (f.agent, toks[k].span.clone()))
                })
                .flatten();
            let mut push = |agent: EntityId, target: EntityId| {
                if agent != target && is_actor(a, agent) {
                    // "Kennedy attacked Michael Howard's proposals": a person is attacked in
                    // words.
                    // So is a party or firm by a person ("Butler launches attack on Labour").
                    let in_words = match a.entities[target].kind {
                        EntityKind::Person => true,
                        EntityKind::Organization => a.entities[agent].kind == EntityKind::Person,
                        _ => false,
                    };
                    let predicate = if predicate == "attacked" && in_words {
                        "criticized".to_string()
                    } else if predicate == "*agreement" {
                        // "agreed with Dr Fox('s view)" sides with a person; "agreed with
                        // Renault on" strikes a deal with a firm or state.
                        match a.entities[target].kind {
                            EntityKind::Person => "backed".to_string(),
                            _ => "agreedWith".to_string(),
                        }
                    } else {
                        predicate.clone()
                    };
                    found.push(Found {
                        agent,
                        target,
                        predicate,
                        trigger: span.clone(),
                        sentence: s,
                        trigger_tok: i,
                        future: false,
                    });
                }
            };
            if passive {
                let by = if trigger.pattern == TriggerPattern::Passive {
                    last
                } else {
                    late_by.unwrap_or(last + 1)
                };
                // "Lord Butler's assessment was backed by": judging what someone said or did
                // judges them; buying a firm's unit is not buying the firm.
                let judging = JUDGING.contains(&predicate.as_str()) || predicate == "attacked";
                // "Moves to lift the ban on arms exports to China have been condemned": a name
                // after a preposition is inside the subject, not the subject.
                // "The other two-thirds of Seagram was bought by Diageo": a share of a firm
                // bought is the firm bought (a stake, as "bought a third of").
                let share_of = |start: usize| {
                    start > 1
                        && a.lw(s, start - 1) == "of"
                        && predicate == "acquired"
                        && a.lx.relation_words.slot_class(a.lw(s, start - 2)) == Some("stake")
                };
                // "stored in the UK have been branded …": "the" may stand between.
                let after_preposition = |span: &Span| {
                    let start = a.token_at(s, span.start);
                    let before = if start > 1 && a.lw(s, start - 1) == "the" {
                        start - 1
                    } else {
                        start
                    };
                    before > 0 && PREPOSITIONS.contains(&a.lw(s, before - 1)) && !share_of(start)
                };
                // "part of FleetBoston, bought by BOA": a participle after a comma describes
                // the name before it, wherever that stands.
                // "Shell has agreed to be taken over by BP", "refused to be drawn in by": a
                // passive infinitive after a verb of `control_verbs.tsv` has that verb's subject.
                let controlled = || {
                    let verb = i.checked_sub(3)?;
                    if a.lw(s, i - 1) != "be" || a.lw(s, i - 2) != "to" {
                        return None;
                    }
                    let w = a.lw(s, verb);
                    let lemma = a.lx.verb_lemmas.get(w).map_or(w, String::as_str);
                    if !a.lx.control_verbs.contains(lemma) {
                        return None;
                    }
                    subject_before(a, s, verb)
                };
                let apposed_name = || {
                    let mi = a.mention_at_token(s, noun.checked_sub(3)?)?;
                    Some((a.mentions[mi].entity, a.mentions[mi].span.clone()))
                };
                // "resigned after being criticised by Alan Budd", "Having been sacked by Mr
                // Howard, Howard Flight said": a passive gerund after a preposition of time or
                // manner, or a perfect participle opening the sentence, has no subject of its
                // own; the main clause's subject undergoes the act ("for being", which may be
                // said of an object, is left out).
                let gerund_subject = || {
                    let k = i.checked_sub(1)?;
                    match a.lw(s, k) {
                        "being" => {
                            let p = k.checked_sub(1)?;
                            // "Mannesmann is being bought by Vodafone", "is itself being sued
                            // by": a progressive passive's subject stands before its "be".
                            let filler = matches!(
                                a.lw(s, p),
                                "itself" | "themselves" | "also" | "now" | "still" | "currently"
                            );
                            let be = if filler { p.checked_sub(1)? } else { p };
                            if matches!(a.lw(s, be), "is" | "are" | "was" | "were") {
                                return subject_before(a, s, be);
                            }
                            if !GERUND_PASSIVE_OPENERS.contains(&a.lw(s, p)) {
                                return None;
                            }
                            if p == 0 {
                                return main_clause_subject(a, s, by);
                            }
                            sentence_subject(a, s).filter(|(_, span)| {
                                a.token_at(s, span.end) <= p && !after_preposition(span)
                            })
                        }
                        "been" if k == 1 && a.lw(s, 0) == "having" => main_clause_subject(a, s, by),
                        _ => None,
                    }
                };
                let subject = gerund_subject()
                    .or_else(|| subject_before(a, s, i))
                    .or_else(controlled)
                    .filter(|(_, span)| prev_lower == "," || !after_preposition(span))
                    .or_else(|| possessive_subject(a, s, i).filter(|_| judging))
                    // "Iran's bid to join the WTO was rejected by the US": the object of a
                    // bid's infinitive is not what was rejected; the bid's owner is.
                    .map(|(e, span)| {
                        if predicate == "rejected" {
                            owner_of_bid_around(a, s, &span).unwrap_or((e, span))
                        } else {
                            (e, span)
                        }
                    });
                // The apposed name is the subject wherever it stands ("joined by Ann Hale, the
                // woman appointed by …").
                let subject = if apposed { apposed_name() } else { subject };
                let subject = subject.or(the_bid_owner);
                // "joined by one of UKIP's members": the owner of the agent is not the agent.
                let agent = named_after_description(a, s, by).or_else(|| {
                    object_after(a, s, by, 8)
                        .filter(|(_, span)| !a.text[span.end..].starts_with(['’', '\'']))
                });
                // "faced criticism from Congressional leaders … and from the regulator, the
                // Office of Fair Trading": the preposition repeated after "and" names another.
                let repeated: Vec<EntityId> = (by + 2..toks.len())
                    .filter(|&k| a.lw(s, k) == a.lw(s, by) && a.lw(s, k - 1) == "and")
                    .filter_map(|k| {
                        // "from government regulator, the OFT": lower-case words of a
                        // description and a comma before the name.
                        let mut j = k + 1;
                        while j < toks.len().min(k + 6)
                            && a.mention_at_token(s, j).is_none()
                            && (a.word(s, j) == "," || a.word(s, j).starts_with(char::is_lowercase))
                        {
                            j += 1;
                        }
                        a.mention_at_token(s, j)
                            .map(|mi| (a.mentions[mi].entity, a.mentions[mi].span.clone()))
                            .filter(|(_, span)| span.start == toks[j].span.start)
                    })
                    .filter(|(_, span)| !a.text[span.end..].starts_with(['’', '\'']))
                    .map(|(e, _)| e)
                    .collect();
                if let Some((target, _)) = &subject {
                    for &other in &repeated {
                        push(other, *target);
                    }
                }
                // "The two firms were fined by the SEC", "They were attacked by Mr Howard" after
                // a sentence whose subject listed names: each of them undergoes the act.
                let plural = (!quoted && !apposed)
                    .then(|| plural_passive_subject(a, s, i))
                    .flatten()
                    .filter(|(_, span)| {
                        subject
                            .as_ref()
                            .is_none_or(|(_, sub)| sub.start >= span.start)
                    });
                if let (Some((agent, a_span)), Some((group, _))) = (&agent, &plural) {
                    for &target in group {
                        for other in coordinated(a, s, *agent, a_span) {
                            push(other, target);
                        }
                        push(*agent, target);
                    }
                    i += n;
                    continue;
                }
                if let (Some((agent, a_span)), Some((target, t_span))) = (agent, subject) {
                    for other in coordinated(a, s, agent, &a_span) {
                        push(other, target);
                    }
                    push(agent, target);
                    // "Vivendi and its former chief executive were each fined by AMF" (not "A
                    // and B, the man appointed by …": the description is of B alone).
                    let listed = if apposed {
                        Vec::new()
                    } else {
                        coordinated_before(a, s, target, &t_span)
                    };
                    for other in listed {
                        push(agent, other);
                    }
                }
                i += n;
                continue;
            }
            match trigger.pattern {
                TriggerPattern::Noun | TriggerPattern::Passive if quoted => {}
                TriggerPattern::Noun => {
                    // "launched an attack on the cost of the asylum system under Tony Blair":
                    // what is judged is his.
                    let target =
                        object_skipping_modifiers(a, s, last, |f| object_after(a, s, f, 4))
                            .or_else(|| {
                                (JUDGING.contains(&predicate.as_str()) || predicate == "attacked")
                                    .then(|| ruler_after_under(a, s, last))
                                    .flatten()
                            });
                    // "Xi's visit to", "its $10.3bn takeover of": a possessor just before the
                    // noun; or a name used as its modifier ("a European Community complaint
                    // against").
                    // "his invasion of Ukraine": a leader's war is the country's (named
                    // "Putin's invasion" is left to the name).
                    // "his attack on Gordon Brown": an attack on a person is in words, and
                    // a pronoun's owner makes it.
                    let on_person = target
                        .as_ref()
                        .is_some_and(|(t, _)| a.entities[*t].kind == EntityKind::Person);
                    let war = matches!(predicate.as_str(), "invaded" | "attacked") && !on_person;
                    let possessor = owner_before(a, s, i)
                        .filter(|(_, span)| !(war && a.mention_starting(span.start).is_none()))
                        .map(|o| o.0)
                        .or_else(|| {
                            let mi = a.mention_at_token(s, i.checked_sub(1)?)?;
                            let m = &a.mentions[mi];
                            let first = a.token_at(s, m.span.start);
                            let determiner = first == 0
                                || matches!(a.lw(s, first - 1), "a" | "an" | "the" | ",");
                            (determiner && m.span.end == toks[i - 1].span.end).then_some(m.entity)
                        });
                    let from = target.as_ref().and_then(|(_, t)| {
                        let after = a.token_at(s, t.end);
                        (after..toks.len().min(after + 3))
                            .find(|&k| matches!(a.lower(s, k).as_str(), "from" | "by"))
                            // "negotiations with the Soviet Union by providing subsidies to
                            // help U.S. farmers": "by" + gerund is a means, and a nationality
                            // before a noun is nobody's act.
                            .filter(|&k| k + 1 < toks.len() && !a.lw(s, k + 1).ends_with("ing"))
                            .and_then(|k| object_after(a, s, k, 6))
                            .map(|found| past_nationality(a, s, found))
                            .filter(|(_, span)| !is_modifier_use(a, s, span))
                    });
                    // "AMF has begun proceedings against Vivendi": the subject of the verb
                    // the noun is the object of.
                    // "made a £5bn offer for", "launched a hostile $2bn bid for": a sum and
                    // the words of `act_modifier` (relation_words.tsv) may stand between.
                    let subject = || {
                        let mut k = i.checked_sub(1)?;
                        while k > 0
                            && (matches!(
                                a.lw(s, k),
                                "a" | "an" | "the" | "new" | "fresh" | "formal" | "legal"
                            ) || a.lx.negotiation_words.contains(a.lw(s, k))
                                || a.lx.relation_words.act_modifiers.contains(a.lw(s, k))
                                || is_sum_word(a.lw(s, k)))
                        {
                            k -= 1;
                        }
                        // "put in a bid for": the particle of the light verb.
                        if k > 0 && a.lw(s, k) == "in" && matches!(a.lw(s, k - 1), "put" | "puts") {
                            k -= 1;
                        }
                        // "The SEC's settlement with Acme included agreements with three
                        // ex-managers": deals a deal includes are its owner's.
                        if matches!(a.lw(s, k), "included" | "includes" | "include") {
                            let deal = (0..k)
                                .rev()
                                .take_while(|&d| !matches!(a.word(s, d), "," | ";" | ":"))
                                .find(|&d| is_deal_noun(a, a.lw(s, d)))?;
                            return owner_before(a, s, deal).map(|(e, _)| e);
                        }
                        if !a.lx.relation_words.light_verbs.contains(a.lw(s, k)) {
                            return None;
                        }
                        // "Acme's management has continued talks with": what acts for a body
                        // (`owned_actor` of relation_words.tsv) is the body.
                        let owned_actor = || owner_of_acting_noun(a, s, k).map(|(e, _)| e);
                        // "Heath failed to build a coalition with", "tried to form a
                        // venture with": a light verb's infinitive after a verb of
                        // `control_verbs.tsv` has that verb's subject.
                        let controlled = || {
                            let verb = k.checked_sub(2)?;
                            if a.lw(s, k - 1) != "to" || a.is_noun_use(s, verb) {
                                return None;
                            }
                            let w = a.lw(s, verb);
                            let lemma = a.lx.verb_lemmas.get(w).map_or(w, String::as_str);
                            if !a.lx.control_verbs.contains(lemma) {
                                return None;
                            }
                            subject_before(a, s, verb).map(|(e, _)| e)
                        };
                        subject_before(a, s, k)
                            .map(|(e, _)| e)
                            .or_else(owned_actor)
                            .or_else(controlled)
                    };
                    // "Qwest has bid $6.3bn for MCI", "Qwest bid for MCI": the noun used as a
                    // verb, after an auxiliary or straight after its subject.
                    let verbal = || {
                        let prev = i.checked_sub(1)?;
                        let auxiliary = matches!(
                            a.lw(s, prev),
                            "has" | "have" | "had" | "will" | "would" | "may" | "might" | "could"
                        );
                        let named = a
                            .mention_at_token(s, prev)
                            .is_some_and(|m| !a.mention_info[m].modifier);
                        if !(auxiliary || named) {
                            return None;
                        }
                        subject_before(a, s, i).map(|(e, _)| e)
                    };
                    let agent = possessor
                        .or(from.map(|f| f.0))
                        .or_else(subject)
                        .or_else(verbal)
                        .or_else(|| {
                            // "After talks with Xi, Putin pledged …": the main clause's subject,
                            // when the phrase opens the sentence ("… a bid for the LSE, UK media
                            // reports say" has none).
                            let opens = (0..i.min(2)).any(|k| {
                                matches!(
                                    a.lw(s, k),
                                    "after" | "during" | "in" | "following" | "at" | "before"
                                )
                            });
                            if !opens {
                                return None;
                            }
                            let comma =
                                (last..toks.len()).find(|&k| toks[k].text(a.text) == ",")?;
                            object_after(a, s, comma, 6)
                                .filter(|(_, span)| !is_modifier_use(a, s, span))
                                .map(|f| f.0)
                        })
                        .or_else(|| {
                            // "Microsoft is in talks with Yahoo", "Mr Blair, in talks with Mr
                            // Chirac, agreed …": talks the subject is in are its own.
                            let mut k = i.checked_sub(1)?;
                            while k > 0 && matches!(a.lw(s, k), "a" | "an" | "the" | "fresh") {
                                k -= 1;
                            }
                            if !matches!(a.lw(s, k), "in" | "during" | "at") {
                                return None;
                            }
                            // "Kennedy in attack on Tories", "Blair in plea to Bush": a
                            // headline names the doer before "in" and its act.
                            let talks = matches!(predicate.as_str(), "met" | "negotiatedWith")
                                || (a.is_headline(s) && k > 0 && a.lw(s, k) == "in");
                            if !talks {
                                return None;
                            }
                            // "Balladur discussed spending in talks with Lawson": the subject
                            // of the clause the phrase closes.
                            subject_before(a, s, k)
                                .or_else(|| {
                                    sentence_subject(a, s).filter(|(_, span)| {
                                        let from = a.token_at(s, span.end);
                                        (from..k).all(|m| {
                                            a.word(s, m) != ","
                                                && !SUBCLAUSE_OPENERS.contains(&a.lw(s, m))
                                        })
                                    })
                                })
                                .map(|f| f.0)
                        });
                    if let (Some(agent), Some((target, t_span))) = (agent, target) {
                        push(agent, target);
                        for other in coordinated(a, s, target, &t_span) {
                            push(agent, other);
                        }
                    }
                }
                // "is a critic of": a stance noun after a copula is no noun use.
                TriggerPattern::Active | TriggerPattern::Symmetric | TriggerPattern::Passive
                    if a.is_noun_use(s, i)
                        && !(i > 0 && a.word(s, i - 1).contains('-'))
                        && stance_copula(a, s, i).is_none() => {}
                TriggerPattern::Active | TriggerPattern::Symmetric | TriggerPattern::Passive => {
                    // "the Xi-Putin meeting".
                    if i > 0 && a.word(s, i - 1).contains('-') {
                        let t = &toks[i - 1];
                        let inside: Vec<EntityId> = a
                            .mentions_in(&t.span)
                            .map(|mi| a.mentions[mi].entity)
                            .collect();
                        if inside.len() == 2 {
                            push(inside[0], inside[1]);
                            i += n;
                            continue;
                        }
                    }
                    // A participle or infinitive ("…, hosting Zelenskyy", "pledged to keep
                    // supporting Ukraine") acts for the sentence's subject.
                    // A scare-quoted verb (the alliance "congratulated" Mr Howard): its subject
                    // and object lie outside the quote marks.
                    let quote_mark =
                        |k: usize| matches!(a.word(s, k), "\"" | "“" | "”" | "‘" | "’");
                    let (i_subj, last_obj) = if i > 0
                        && quote_mark(i - 1)
                        && last + 1 < toks.len()
                        && quote_mark(last + 1)
                    {
                        (i - 1, last + 1)
                    } else {
                        (stance_copula(a, s, i).unwrap_or(i), last)
                    };
                    let participle = a.lw(s, i).ends_with("ing");
                    let after_comma = i > 0 && a.word(s, i - 1) == ",";
                    // "is said to have met": a perfect infinitive is one too.
                    let nonfinite = participle
                        || (i > 0 && a.lw(s, i - 1) == "to")
                        || (i > 1 && a.lw(s, i - 1) == "have" && a.lw(s, i - 2) == "to");
                    // "its ambition of joining the EU", "talk of meeting Xi": a gerund after a
                    // preposition is a noun, and whose act it is the sentence does not say.
                    // "without yet speaking to": an adverb may come between.
                    let adverb = |k: usize| {
                        let w = a.lw(s, k);
                        w.ends_with("ly") || matches!(w, "yet" | "even" | "ever" | "not" | "never")
                    };
                    let before = if i > 1 && adverb(i - 1) {
                        i - 2
                    } else {
                        i.saturating_sub(1)
                    };
                    let gerund = participle
                        && i > 0
                        && matches!(
                            a.lw(s, before),
                            "of" | "for" | "about" | "on" | "without" | "in" | "from"
                        );
                    if gerund {
                        i += n;
                        continue;
                    }
                    let subject = if quoted {
                        quoted_subject(a, s, i_subj)
                    } else if participle && i == 0 {
                        main_clause_subject(a, s, last)
                    } else if participle && after_comma {
                        sentence_subject(a, s)
                    } else {
                        // "Standard Life is the latest shareholder in Deutsche Boerse to
                        // express concern": the copula's subject, past the names between.
                        let ranked = (i > 0 && a.lw(s, i - 1) == "to")
                            .then(|| ranked_doer_copula(a, s, i - 1))
                            .flatten()
                            .and_then(|copula| subject_before(a, s, copula));
                        ranked
                            .or_else(|| subject_before(a, s, i_subj))
                            .or_else(|| dashed_list_before(a, s, i_subj))
                            .or_else(|| owner_of_acting_noun(a, s, i_subj))
                            .or_else(|| adverbial_gerund_doer(a, s, i))
                            .or_else(|| headline_role(a, s, i_subj.checked_sub(1)?))
                            .or_else(|| {
                                if nonfinite {
                                    sentence_subject(a, s)
                                        .map(|sub| name_after_modifier(a, s, &sub.1).unwrap_or(sub))
                                } else {
                                    None
                                }
                            })
                    };
                    // "the London exchange is holding talks", "German-US car firm
                    // DaimlerChrysler had been willing": a name that only describes the
                    // subject's noun is not the subject.
                    let subject = subject.filter(|(_, span)| {
                        a.token_at(s, span.end) >= i_subj || !is_modifier_use(a, s, span)
                    });
                    // "Trump went on Twitter mocking Clinton": a name after a preposition is
                    // where the participle's act took place; it acts for the sentence's subject.
                    let venue = |span: &Span| {
                        let k = a.token_at(s, span.start);
                        let k = if k > 1 && a.lw(s, k - 1) == "the" {
                            k - 1
                        } else {
                            k
                        };
                        k > 0 && matches!(a.lw(s, k - 1), "on" | "in" | "at" | "via" | "through")
                    };
                    let subject = match subject {
                        Some((_, ref span)) if participle && !after_comma && venue(span) => {
                            sentence_subject(a, s).filter(|(_, sub)| !venue(sub))
                        }
                        other => other,
                    };
                    // "Two councillors who back Mr Flight met Mr Tanguay": the object of a
                    // relative clause is not the main verb's subject.
                    let subject =
                        subject.filter(|(_, span)| !object_of_relative_clause(a, s, span));
                    // "with Mr Kennedy stressing … and attacking Michael Howard's proposals": a
                    // participle continues what the name after "with" does.
                    let subject = if participle {
                        absolute_subject(a, s, i).or(subject)
                    } else {
                        subject
                    };
                    // "the Labour poster campaign attacking Mr Howard": a participle right
                    // after a noun that a name describes is that name's act, not the
                    // sentence subject's.
                    let subject = if participle && !after_comma {
                        describing_doer(a, s, i).or(subject)
                    } else {
                        subject
                    };
                    // "Straw and his counterpart Moratinos agreed to …": a symmetric phrase ending
                    // in "to" takes an infinitive, never an object.
                    let takes_infinitive = trigger.pattern == TriggerPattern::Symmetric
                        && trigger.words.last().is_some_and(|w| w == "to");
                    // "accompanying her husband": a relative named by kin, first.
                    let kin = subject.as_ref().and_then(|(e, span)| {
                        let judging = JUDGING.contains(&predicate.as_str());
                        kin_object(a, s, last_obj, (*e, span), judging)
                    });
                    let object = if takes_infinitive {
                        None
                    } else if kin.is_some() {
                        kin
                    } else {
                        object_skipping_modifiers(a, s, last_obj, |f| direct_object(a, s, f))
                            // "buy 50 aircraft from Boeing": the seller is not what is bought.
                            .filter(|(_, span)| {
                                predicate != "acquired"
                                    || !(last_obj..a.token_at(s, span.start))
                                        .any(|k| a.lw(s, k) == "from")
                            })
                            .or_else(|| {
                                JUDGING
                                    .contains(&predicate.as_str())
                                    .then(|| doer_of_act_object(a, s, last_obj))
                                    .flatten()
                            })
                            .or_else(|| {
                                (JUDGING.contains(&predicate.as_str()) || predicate == "attacked")
                                    .then(|| ruler_after_under(a, s, last_obj))
                                    .flatten()
                            })
                            .or_else(|| headline_role(a, s, last_obj + 1))
                    };
                    // "Hodgson is a fierce advocate of the winter break employed throughout
                    // Europe": a stance is held towards what "of" names, not a name further on.
                    let object = object.filter(|(_, span)| {
                        !a.lx.relation_words.stance_nouns.contains(a.lw(s, i))
                            || a.token_at(s, span.start) <= last_obj + 2
                    });
                    let wanting = a.lx.verb_lemmas.get(a.lw(s, i)).map(String::as_str)
                        == Some("want")
                        || a.lw(s, i) == "want";
                    // "Cook warned Labour was in trouble": a name right before an auxiliary
                    // or modal opens the clause a verb of `clause_verb` takes, and is not
                    // the one warned.
                    let clause_verb =
                        a.lx.relation_words
                            .clause_verbs
                            .contains(verb_lemma(a, a.lw(s, i)));
                    let object = object.filter(|(_, span)| {
                        // "warned the “Abstentions Party” was": past a closing quote mark.
                        let mut after = a.token_at(s, span.end);
                        while after < toks.len() && matches!(a.word(s, after), "\"" | "”" | "’")
                        {
                            after += 1;
                        }
                        !(clause_verb
                            && after < toks.len()
                            && CLAUSE_AUXILIARIES.contains(&a.lw(s, after)))
                    });
                    // "Sullivan warned him": an object pronoun is never the clause's subject.
                    let object = object.filter(|(e, span)| {
                        let pronoun = matches!(&a.text[span.clone()], "him" | "her" | "it");
                        !pronoun || subject.as_ref().is_none_or(|(s, _)| s != e)
                    });
                    // "Mr Campbell messaged Newsnight after it investigated claims that TBWA was
                    // blaming him": a "him" or "her" in a clause under a person named as the
                    // sentence's subject is that person, not the last speaker before.
                    let object = object.map(|(e, span)| {
                        let bound = main_subject_bound(a, s, i, &span, subject.as_ref())
                            .filter(|&m| m != e && !named_in_sentence(a, s, e));
                        (bound.unwrap_or(e), span)
                    });
                    // "had warned him", "wants it to buy back": a pronoun right after the verb.
                    let object = object.or_else(|| {
                        let k = last_obj + 1;
                        let w = a.lw(s, k);
                        if takes_infinitive || !matches!(w, "him" | "her" | "it") {
                            return None;
                        }
                        // "made it clear", "her husband": no object, or an owner.
                        let next = a.lw(s, k + 1);
                        if w != "him" && (a.is_noun_use(s, k + 1) || next.ends_with("ly")) {
                            return None;
                        }
                        // "branded it a sticking plaster", "stepped in to rescue it": what is
                        // judged or backed is mostly a thing.
                        // "wanted it to end": a wish for a thing.
                        // "wants it to buy back its shares" asks a firm to act on something;
                        // "wanted it to end" wishes for a thing.
                        if w == "it"
                            && (JUDGING.contains(&predicate.as_str())
                                || wanting && !asks_to_act_on(a, s, k + 1))
                        {
                            return None;
                        }
                        // "warned it may cut jobs": "it" opens the warning's clause.
                        let opens_clause =
                            next != "to" && (VERB_MARKERS.contains(&next) || next.ends_with("ed"));
                        if w == "it" && opens_clause {
                            return None;
                        }
                        // "wrote to Mr McConnell accusing him": whose participle it is, and so
                        // whom "him" leaves out, the nearest name does not tell.
                        if participle {
                            return None;
                        }
                        let at = &toks[k].span;
                        let subject = subject.as_ref().map(|(e, _)| *e);
                        object_pronoun(a, at.start, w, subject).map(|e| (e, at.clone()))
                    });
                    // "Atticus wants Deutsche Boerse to buy back shares": wanting someone to
                    // act asks it to; wanting a name ("wants Brown as leader") asks nothing.
                    let object =
                        object.filter(|(_, t)| !wanting || a.lw(s, a.token_at(s, t.end)) == "to");
                    // "Alan Milburn, who Mr Blair put in charge of …".
                    let object = object.or_else(|| {
                        let (_, subject_span) = subject.as_ref()?;
                        let e = relative_object(a, s, subject_span)?;
                        Some((e, subject_span.clone()))
                    });
                    // "Putin and Xi met": both sides of "and" before a symmetric verb.
                    if trigger.pattern == TriggerPattern::Symmetric
                        && object.is_none()
                        // "agreed on a budget": a closing preposition takes the topic.
                        && (PREPOSITIONS.contains(&a.lw(s, last))
                            || !common_object_after(a, s, last))
                    {
                        if let Some((b, b_span)) = &subject {
                            let others = coordinated_before(a, s, *b, b_span);
                            for (n, &other) in others.iter().enumerate() {
                                push(other, *b);
                                // "A and B have been at each other's throats": a judgement
                                // both sides pass runs both ways (a meeting or deal is one
                                // relation whichever way it is read).
                                if JUDGING.contains(&predicate.as_str()) {
                                    push(*b, other);
                                }
                                // "France, Germany and Italy met": every two of a longer list
                                // (listed back from the last name, so the earlier one first).
                                for &earlier in &others[n + 1..] {
                                    push(earlier, other);
                                    if JUDGING.contains(&predicate.as_str()) {
                                        push(other, earlier);
                                    }
                                }
                            }
                        } else if let Some((x, y)) = (i.saturating_sub(4)..i)
                            .rev()
                            .find_map(|k| described_pair(a, s, k, toks[k].span.start))
                            .filter(|&(x, y)| {
                                predicate == "met"
                                    || a.entities[x].kind != EntityKind::Person
                                        && a.entities[y].kind != EntityKind::Person
                            })
                        {
                            // "The two companies tried to merge" (two firms or states: "the
                            // two leaders agreed to" is left to the names); "the two leaders
                            // met" (people meet).
                            push(x, y);
                        }
                    }
                    // "Yukos' parent company … is suing Russia": the owner is not the actor
                    // (its forces or government are: "Russia's army attacked").
                    let subject = subject.filter(|(_, span)| {
                        let rest = &a.text[span.end..];
                        if !rest.starts_with(['’', '\'']) {
                            return true;
                        }
                        let owned = rest
                            .trim_start_matches(['’', '\'', 's'])
                            .split_whitespace()
                            .next()
                            .unwrap_or("");
                        // "Lloyd's of London": no possessive is followed by "of"; the name
                        // runs on past what the entity stage kept.
                        a.lx.relation_words.owned_actors.contains(owned) || owned == "of"
                    });
                    // "Xstrata's attempt to take over WMC": the owner of an attempt, bid or
                    // plan is the one who means to act.
                    // "Oracle's 18-month fight to acquire", "its bid to buy": a word or two may
                    // stand between the owner and the noun.
                    let intention = i >= 2
                        && a.lw(s, i - 1) == "to"
                        && a.lx.relation_words.intentions.contains(a.lw(s, i - 2));
                    // Only a named owner: "its decision to back" too often points past the
                    // body the article means.
                    let owner = intention
                        .then(|| owner_before(a, s, i - 2))
                        .flatten()
                        .filter(|(_, span)| a.mention_starting(span.start).is_some());
                    let intending = owner.clone();
                    // An intention whose owner is no name ("Xstrata's attempt" with Xstrata
                    // unknown) is nobody else's either; "Vodafone plans to buy" is a verb.
                    let of_intention = intention
                        && (owner.is_some() || a.is_noun_use(s, i - 2) || {
                            let w = i.checked_sub(3).map_or("", |k| a.lw(s, k));
                            w.chars().next().is_some_and(|c| c.is_ascii_digit()) || w.contains('-')
                        });
                    let subject = if of_intention { intending } else { subject };
                    // "asked Mr Myers if he ever knew …": a question, not a request.
                    let question = predicate == "requested"
                        && object.as_ref().is_some_and(|(_, t)| {
                            let after = a.token_at(s, t.end);
                            after < toks.len()
                                && matches!(
                                    a.lw(s, after),
                                    "if" | "whether" | "about" | "why" | "how" | "what" | "when"
                                )
                        });
                    if question {
                        i += n;
                        continue;
                    }
                    // "Bat told the BBC it had not negotiated with the STMC": a pronoun opening
                    // what someone said is the speaker, not the addressee.
                    let subject = subject
                        .map(|(e, span)| (speaker_of_opening_pronoun(a, &span).unwrap_or(e), span));
                    // "the pair were all smiles as they joined John Prescott": "they" right
                    // before the verb, after a described pair in its sentence, is the pair.
                    let they_pair = (i_subj > 0 && a.lw(s, i_subj - 1) == "they")
                        .then(|| {
                            (0..i_subj - 1)
                                .rev()
                                .find_map(|k| described_pair(a, s, k, toks[k].span.start))
                        })
                        .flatten();
                    let subject = match they_pair {
                        Some((x, _)) => Some((x, toks[i_subj - 1].span.clone())),
                        None => subject,
                    };
                    // "Tony Blair and Gordon Brown met. They later visited France": a "they"
                    // opening its clause after a subject that listed names is each of them.
                    // "they had agreed to buy": the "they" coreference read as the subject.
                    let they_listed = (they_pair.is_none() && !quoted)
                        .then(|| {
                            let mut k = i_subj.checked_sub(1)?;
                            while k > 0 && super::coref::is_skippable(a.word(s, k)) {
                                k -= 1;
                            }
                            let k = match &subject {
                                Some((_, span))
                                    if a.text[span.clone()].eq_ignore_ascii_case("they") =>
                                {
                                    a.token_at(s, span.start)
                                }
                                _ => k,
                            };
                            Some((they_group(a, s, k)?, toks[k].span.clone()))
                        })
                        .flatten();
                    let subject = match &they_listed {
                        Some((group, span)) => Some((group[0], span.clone())),
                        None => subject,
                    };
                    let they_pair: Option<Vec<EntityId>> = they_pair
                        .map(|(x, y)| vec![x, y])
                        .or_else(|| they_listed.map(|(group, _)| group));
                    // "The two countries criticised Iran", "both companies have approved":
                    // a plural description right before the verb (past auxiliaries and
                    // adverbs) is its subject, and each of the pair acts.
                    let described_subject = (subject.is_none() && !quoted && !participle)
                        .then(|| {
                            let mut k = i_subj.checked_sub(1)?;
                            while k > 0 && super::coref::is_skippable(a.word(s, k)) {
                                k -= 1;
                            }
                            described_pair(a, s, k, toks[k].span.start)
                                .filter(|&(x, y)| named_lately(a, x, s) && named_lately(a, y, s))
                                .map(|pair| (pair, toks[k].span.clone()))
                        })
                        .flatten();
                    let (subject, they_pair) = match (described_subject, they_pair) {
                        (Some(((x, y), span)), None) => (Some((x, span)), Some(vec![x, y])),
                        (_, they_pair) => (subject, they_pair),
                    };
                    // "Iran condemned the two countries": each of a pair described right
                    // after the verb is its object.
                    if let (Some((agent, _)), None, false) = (&subject, &object, takes_infinitive) {
                        let pair = [last_obj + 2, last_obj + 3]
                            .into_iter()
                            .filter(|&k| k < toks.len())
                            .find_map(|k| described_pair(a, s, k, toks[last_obj].span.end))
                            .filter(|&(x, y)| named_lately(a, x, s) && named_lately(a, y, s));
                        let agents = they_pair.clone().unwrap_or_else(|| vec![*agent]);
                        if let Some((x, y)) = pair {
                            for &agent in &agents {
                                for side in [x, y] {
                                    if !agents.contains(&side) {
                                        push(agent, side);
                                    }
                                }
                            }
                        }
                    }
                    // "criticised the reported rivalry between the pair": criticism of what
                    // goes on between two named together before blames each of them. Praise
                    // does not ("hailed rising trade between the two countries" praises the
                    // trade, not each side).
                    if let (Some((agent, _)), None, true) =
                        (&subject, &object, predicate == "criticized")
                    {
                        let pair = between_described_pair(a, s, last_obj)
                            .filter(|&(x, y)| named_lately(a, x, s) && named_lately(a, y, s));
                        if let Some((x, y)) = pair {
                            for side in [x, y] {
                                if side != *agent {
                                    push(*agent, side);
                                }
                            }
                        }
                    }
                    if let (Some((agent, a_span)), Some((target, t_span))) = (subject, object) {
                        // "Michael Howard and Charles Kennedy criticised …": every name of a
                        // listed subject acts (the symmetric case is handled above).
                        let mut agents = vec![agent];
                        if trigger.pattern != TriggerPattern::Symmetric {
                            agents.extend(coordinated_before(a, s, agent, &a_span));
                            // "Britain and France have agreed to sanction Iran": an infinitive
                            // read with the sentence's subject takes the first name of its
                            // list; the names listed after it, before the verb, act too.
                            let verb_start = toks[i_subj].span.start;
                            if a_span.end <= verb_start {
                                let before_verb: Vec<EntityId> = a
                                    .mentions_in(&(a_span.start..verb_start))
                                    .map(|mi| a.mentions[mi].entity)
                                    .collect();
                                agents.extend(
                                    coordinated(a, s, agent, &a_span)
                                        .into_iter()
                                        .filter(|e| before_verb.contains(e) && is_actor(a, *e)),
                                );
                            }
                        }
                        if let Some(group) = &they_pair {
                            agents.clone_from(group);
                        }
                        // "Both Tessa Jowell and John Prescott have welcomed his return": what
                        // a listed subject acts on is none of its own names (the pronoun was
                        // read as the nearest of them); a possessive pronoun then points
                        // before the sentence, at someone else.
                        let target = if agents.len() > 1 && agents.contains(&target) {
                            let k = last_obj + 1;
                            let owner = matches!(a.lw(s, k), "his" | "her")
                                .then(|| resolve_pronoun(a, toks[0].span.start, a.word(s, k)))
                                .flatten()
                                .filter(|e| !agents.contains(e));
                            match owner {
                                Some(e) => e,
                                None => {
                                    i += n;
                                    continue;
                                }
                            }
                        } else {
                            target
                        };
                        let mut targets = coordinated(a, s, target, &t_span);
                        // "attacked the Blair-Brown feud": judging what a pair named together
                        // shares judges each of them.
                        if JUDGING.contains(&predicate.as_str()) || predicate == "attacked" {
                            targets.extend(paired_in_compound(a, s, target, &t_span));
                        }
                        for &agent in &agents {
                            push(agent, target);
                            for &other in &targets {
                                push(agent, other);
                            }
                        }
                    }
                }
            }
            i += n;
        }
    }
    found.extend(joint_acts(a));
    found.extend(settlements_paid(a));
    found.extend(sales_to(a));
    found.extend(letters_asking(a));
    found.extend(taken_to_court(a));
    found.extend(possessive_slots(a));
    found.extend(directives_to(a));
    found.extend(hopes_for(a));
    found.extend(discussions_with(a));
    found.extend(told_at_gatherings(a));
    found.extend(demands_as_nouns(a));
    found.extend(contracts_won(a));
    found.extend(all_shares_bought(a));
    found.extend(suits_settled(a));
    found.extend(supplies_with(a));
    found.extend(goods_bought_from(a));
    found.extend(takeovers_agreed(a));
    found.extend(bids_by(a));
    found.extend(appointments_as(a));
    found.extend(posts_taken(a));
    let echoes = headline_echoes(a, &found);
    found.extend(echoes);
    // Who is bid for in this article: "the LSE bid" then names the bid's target, not its maker.
    let bid_for: std::collections::HashSet<EntityId> = found
        .iter()
        .filter(|f| f.predicate == "acquired")
        .map(|f| f.target)
        .collect();
    let mut out: Vec<Relation> = found
        .into_iter()
        .filter(|f| !judges_the_bid_for_its_target(a, f, &bid_for))
        .filter_map(|f| purchase_of_what(a, f))
        .filter(|f| !(f.predicate == "met" && (is_media(a, f) || meets_a_thing(a, f))))
        // "the Lib Dems plan to oppose the Bill": a bill, an act or a product is no side of an
        // interaction between named actors (its owner may be, when the text names one).
        .filter(|f| {
            a.entities[f.agent].kind != EntityKind::Thing
                && a.entities[f.target].kind != EntityKind::Thing
        })
        .map(|mut f| {
            if welcomed_to_a_place(a, &f) {
                f.predicate = "met".to_string();
            } else if f.predicate == "requested" && demand_with_a_threat(a, &f) {
                f.predicate = "warned".to_string();
            }
            f
        })
        // "used an article in the Guardian newspaper … and will next week visit Africa": a
        // newspaper or programme does not travel.
        .filter(|f| {
            let start = a.seg.sentences[f.sentence].start;
            !(f.predicate == "visited" && is_media_entity(a, f, f.agent, start))
        })
        .map(|f| {
            // Inside reported speech or a quotation: the speaker's account.
            let quoted = in_long_quote(a, f.trigger.start);
            let accounts: Vec<&Statement> = a
                .statements_covering(f.trigger.start, f.trigger.end)
                .into_iter()
                .map(|i| &a.statements[i])
                .filter(|st| st.form == StatementForm::Indirect || quoted)
                .filter(|st| quoted || !own_clause_after_but(a, &f, &st.span))
                .filter(|st| quoted || !relative_cue_closed_before(a, &f, st))
                .collect();
            let mut modality = modality(a, f.sentence, f.trigger_tok);
            // "has attempted to portray Mr Sullivan as a liar": to try to judge someone in words
            // is to judge them.
            let tried = f.trigger_tok >= 2
                && a.lw(f.sentence, f.trigger_tok - 1) == "to"
                && matches!(
                    a.lw(f.sentence, f.trigger_tok - 2),
                    "tried" | "tries" | "trying" | "attempted" | "attempts" | "sought" | "seeks"
                );
            // "is trying to negotiate a settlement with": talks under way.
            let under_way =
                JUDGING.contains(&f.predicate.as_str()) || f.predicate == "negotiatedWith";
            if modality == Modality::Future && tried && under_way {
                modality = Modality::Asserted;
            }
            // "tried to buy Glenmorangie … but lost out to LVMH": an attempt that failed.
            if tried && attempt_failed(a, f.sentence, f.trigger_tok) {
                modality = Modality::Negated;
            }
            if f.future && modality == Modality::Asserted {
                modality = Modality::Future;
            }
            // "Xstrata's bid for WMC", "made an offer for BP": a bid is an act not yet done;
            // "the completion of its takeover of X" tells it done.
            let completed = (f.trigger_tok.saturating_sub(5)..f.trigger_tok).any(|k| {
                a.lx.relation_words
                    .completion_words
                    .contains(a.lw(f.sentence, k))
            });
            if modality == Modality::Asserted
                && !completed
                && a.text[f.trigger.clone()].split_whitespace().any(|w| {
                    a.lx.relation_words
                        .intentions
                        .contains(w.to_lowercase().as_str())
                })
            {
                modality = Modality::Future;
            }
            if modality == Modality::Asserted
                && matches!(f.predicate.as_str(), "acquired" | "agreedWith")
                && (buying_in_progress(a, &f) || awaits_approval(a, f.sentence, f.trigger_tok))
            {
                modality = Modality::Future;
            }
            if matches!(modality, Modality::Asserted | Modality::Future)
                && matches!(f.predicate.as_str(), "acquired" | "agreedWith")
                && deal_noun_failed(a, &f)
            {
                modality = Modality::Negated;
            }
            // "Brown said he had discussed the campaign with the prime minister": an agent's own
            // account of its act is not someone else's report of it.
            // "…, a Western diplomat said": an unnamed source is someone else too.
            // "Acme and Zenith said they had …": a speaker listed with the named one tells
            // of its own act too.
            let own_account = accounts.iter().any(|st| {
                st.speaker.is_some_and(|sp| {
                    speaks_for_a_party(a, sp, &f)
                        || co_speakers(a, st, sp)
                            .into_iter()
                            .any(|co| speaks_for_a_party(a, co, &f))
                })
            });
            let by_someone_else = !accounts.is_empty() && !own_account;
            let source = accounts
                .first()
                .and_then(|st| st.speaker)
                .filter(|_| by_someone_else);
            if by_someone_else && modality == Modality::Asserted {
                modality = Modality::Reported;
            }
            let mut date = statement_date(a, f.sentence, Some(f.trigger.start));
            // "is expected to visit … on Monday": a weekday ahead, not behind.
            if let (Modality::Future, Some(d), Some(article)) = (modality, date.as_mut(), a.date) {
                let behind = (article - d.date).num_days();
                if d.source == DateSource::Text
                    && d.precision == DatePrecision::Day
                    && (1..7).contains(&behind)
                {
                    d.date += chrono::Duration::days(7);
                }
            }
            Relation {
                agent: f.agent,
                target: f.target,
                predicate: f.predicate,
                evidence: a.seg.sentences[f.sentence].clone(),
                date,
                place: place_in_sentence(a, f.sentence, 0),
                trigger_span: f.trigger,
                modality,
                source,
                confidence: 0.7,
            }
        })
        .collect();
    // Speech acts: "“China should not provide lethal aid …,” Stoltenberg warned."
    for st in &a.statements {
        let (Some(speaker), Some(cue)) = (st.speaker, st.cue.as_deref()) else {
            continue;
        };
        let before = out.len();
        let act = a.lx.relation_words.speech_acts.get(cue).map(String::as_str);
        // "Campbell said the UK should not ignore …": what a named side must do, said of it,
        // is a demand on it.
        let predicate = match act {
            Some(p) => p,
            None if st.kind == AttributionKind::Speech => "requested",
            None => continue,
        };
        let Some(cue_span) = st.cue_span.clone() else {
            continue;
        };
        // "Mandelson warns BBC on Campbell": a name after "on", "over" or "about" is the topic
        // of the cue, not what it says.
        let topic = a.text[..st.span.start]
            .trim_end_matches([' ', '"', '“', '\''])
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "on" | "over" | "about"));
        if topic {
            continue;
        }
        // "They are accused of …": a passive cue names no accuser.
        let cue_sentence = a.sentence_of(cue_span.start).unwrap_or(0);
        let cue_tok = a.token_at(cue_sentence, cue_span.start);
        if cue_tok > 0 && BE_FORMS.contains(&a.lw(cue_sentence, cue_tok - 1)) {
            continue;
        }
        // The target is what the statement is about: the name it opens with ("China should
        // not …", "Ms Blears of playing …"), not one deep inside a that-clause ("warned that
        // growth could be threatened by attempts to reduce the United States' deficit") and
        // not an owner ("Germany's efforts").
        let target = a
            .mentions_in(&st.span)
            .filter(|&mi| !a.mention_info[mi].modifier)
            .find(|&mi| {
                let m = &a.mentions[mi];
                let lead = &a.text[st.span.start..m.span.start];
                let lead_words = lead
                    .split_whitespace()
                    .filter(|w| !matches!(*w, "the" | "The" | "that" | "“" | "\""))
                    .count();
                let owner = a.text[m.span.end..].starts_with(['’', '\'']);
                (lead_words <= 1 || lead_demands(lead) || opinion_frame(lead)) && !owner
            })
            // "some Pakistanis should": a national is not the country; "a BBC reporter" is
            // not the BBC.
            .filter(|&mi| a.mentions[mi].kind != MentionKind::Demonym)
            .filter(|&mi| {
                let span = &a.mentions[mi].span;
                a.sentence_of(span.start)
                    .is_none_or(|s| !is_modifier_use(a, s, span))
            })
            // "He warned the “Abstentions Party” was the real challenge": a warning's subject
            // told of in the indicative is what it is about, not the one warned (a demand,
            // "X should not …", still warns X).
            .filter(|&mi| {
                let span = &a.mentions[mi].span;
                act != Some("warned")
                    || !a.text[span.end..]
                        .trim_start_matches(['"', '”', '’'])
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "is" | "was" | "were" | "are" | "had" | "has"))
            })
            .filter(|&mi| {
                let m = &a.mentions[mi];
                act.is_some()
                    || obliged(a, &m.span)
                    || lead_demands(&a.text[st.span.start..m.span.start])
            })
            .map(|mi| a.mentions[mi].entity)
            .filter(|&e| {
                e != speaker && a.entities[e].name != a.entities[speaker].name && is_actor(a, e)
            })
            // "Blair said Britain must …": an office holder speaks for the side, not to it, and a
            // national of the country for it ("Mr Howard said Britain should …").
            .filter(|&e| act.is_some() || !national_of(a, speaker, e));
        let sentence = a.sentence_of(cue_span.start).unwrap_or(0);
        if let Some(target) = target {
            out.push(Relation {
                agent: speaker,
                target,
                predicate: predicate.to_string(),
                trigger_span: cue_span.clone(),
                evidence: a.seg.sentences[sentence].clone(),
                date: st.date,
                place: None,
                modality: Modality::Asserted,
                source: None,
                confidence: 0.5,
            });
        }
        // A quotation of several sentences makes a demand in each that opens with one ("… I
        // suggest the BBC concentrates on the issues. I think the BBC would be better advised
        // to …", Mr Mandelson told the paper): each is read as the first one is.
        if act.is_none() {
            for (target, trigger_span, evidence) in demands_in_later_sentences(a, st, speaker) {
                out.push(Relation {
                    agent: speaker,
                    target,
                    predicate: predicate.to_string(),
                    trigger_span,
                    evidence,
                    date: st.date,
                    place: None,
                    modality: Modality::Asserted,
                    source: None,
                    confidence: 0.5,
                });
            }
        }
        said_by_each(a, st, speaker, &mut out, before);
    }
    out.extend(evaluations(a));
    // The same event read twice in one sentence ("the prime minister and his chancellor" both
    // resolving to one person, a verb and a cue on the same words) is one event.
    // "The head of Oracle has criticised Microsoft", "Oracle boss attacks IBM": the person the
    // article ties to the body as its leader acts (or is acted on), not the body.
    for r in &mut out {
        if let Some(p) = leader_at_end(a, r, r.agent, true).filter(|&p| p != r.target) {
            r.agent = p;
        }
        if let Some(p) = leader_at_end(a, r, r.target, false).filter(|&p| p != r.agent) {
            r.target = p;
        }
    }
    let mut seen = std::collections::HashSet::new();
    // "Venezuela and China signed …" read from both sides is one deal.
    out.retain(|r| {
        let symmetric = matches!(
            r.predicate.as_str(),
            "met" | "agreedWith" | "negotiatedWith"
        );
        let (x, y) = if symmetric && r.target < r.agent {
            (r.target, r.agent)
        } else {
            (r.agent, r.target)
        };
        seen.insert((x, y, r.predicate.clone(), r.evidence.start))
    });
    // "urged BT to cut prices or face fines": the cue's request, read as a warning by
    // `demand_with_a_threat`, is that warning.
    let warnings: std::collections::HashSet<_> = out
        .iter()
        .filter(|r| r.predicate == "warned")
        .map(|r| (r.agent, r.target, r.trigger_span.clone()))
        .collect();
    out.retain(|r| {
        r.predicate != "requested"
            || !warnings.contains(&(r.agent, r.target, r.trigger_span.clone()))
    });
    // An evaluation ("squabbling") beside a verb relating the same two ("accused … of
    // squabbling") adds nothing.
    // "said the prime minister should sack Mr Brown, but did not believe Mr Blair was strong
    // enough": one told in a statement of its own (another cue) is a second act.
    let verbs: Vec<(EntityId, EntityId, usize, Span)> = out
        .iter()
        .filter(|r| r.confidence > 0.4)
        .map(|r| (r.agent, r.target, r.evidence.start, r.trigger_span.clone()))
        .collect();
    let same_statement = |x: &Span, y: &Span| {
        let within =
            |outer: &Span, inner: &Span| outer.start <= inner.start && inner.end <= outer.end;
        a.statements.iter().any(|st| {
            within(&st.span, x)
                && (within(&st.span, y)
                    || st
                        .cue_span
                        .as_ref()
                        .is_some_and(|c| c.start < y.end && y.start < c.end))
        }) || !a.statements.iter().any(|st| within(&st.span, x))
    };
    out.retain(|r| {
        r.confidence > 0.4
            || !verbs.iter().any(|(agent, target, start, trigger)| {
                (*agent, *target, *start) == (r.agent, r.target, r.evidence.start)
                    && same_statement(&r.trigger_span, trigger)
            })
    });
    // "President da Silva has defended his policies" read with "Mr da Silva" and "Luiz Inacio
    // Lula da Silva" as two entities: one person does not act on himself; nor does a leader
    // judge the country he governs ("defended the UK's current regime").
    out.retain(|r| {
        let same_person = {
            let (x, y) = (&a.entities[r.agent], &a.entities[r.target]);
            // "Mrs Howard … her husband" (Michael Howard): a woman and a man are two.
            let sexes_differ = matches!(
                (x.gender, y.gender),
                (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male)
            );
            x.kind == EntityKind::Person
                && y.kind == EntityKind::Person
                && !sexes_differ
                && (ends_with_name(a, &x.name, &y.name) || ends_with_name(a, &y.name, &x.name))
        };
        let own_country = JUDGING.contains(&r.predicate.as_str())
            && a.entities[r.target].kind == EntityKind::Country
            && holds_office_in(a, r.agent, r.target);
        !same_person && !own_country
    });
    // "Labour MPs have criticised Mr Blair", "Labour MP praises Tory campaign": members of a
    // body are not the body.
    out.retain(|r| !agent_named_as_members(a, r) && !target_named_as_members(a, r));
    // "a tie-up with China's top carmaker": a deal with a country's firm, left unnamed, is no
    // deal with the country (its government, army or officials still act for it).
    out.retain(|r| !deal_with_countrys_unnamed_member(a, r));
    // "bought a stake in US carmaker Ford": a country is not bought (a firm the tables do not
    // know may be typed a place or a person, so those stay), and only a person is appointed.
    out.retain(|r| match r.predicate.as_str() {
        // "paid $2m for Smith": a fee paid for a person buys no one; only a firm is bought.
        "acquired" if priced_trigger(a, r) => a.entities[r.target].kind == EntityKind::Organization,
        // "London's bid for the 2012 Games" is a bid to host them: an event is not bought.
        "acquired" => {
            !matches!(
                a.entities[r.target].kind,
                EntityKind::Country | EntityKind::Event
            ) && !names_a_part(a, r)
        }
        "appointed" => a.entities[r.target].kind == EntityKind::Person,
        // "suspended Mr Houston", not "suspended Slough's constituency association" or
        // "suspended trading in Acme".
        "dismissedFromOffice" if a.text[r.trigger_span.clone()].starts_with("suspend") => {
            a.entities[r.target].kind == EntityKind::Person
        }
        _ => true,
    });
    // "John McCain recently visited Mr Blair": visiting a person is meeting them; "they joined
    // John Prescott to unveil the poster": joining a person is going with them.
    for r in &mut out {
        if a.entities[r.target].kind == EntityKind::Person {
            match r.predicate.as_str() {
                "visited" => r.predicate = "met".to_string(),
                "joined" => r.predicate = "accompanied".to_string(),
                _ => {}
            }
        }
    }
    out
}
