//! Relations: who did what to whom, whatever the construction, and whether it happened.

use crate::util::{describe, extract, relation, relation_tuples};
use newsgraph::extract::{Document, Modality};

/// (text, agent, predicate, target, modality).
type Case<'a> = (&'a str, &'a str, &'a str, &'a str, Modality);

fn check(cases: &[Case]) {
    for &(text, agent, predicate, target, modality) in cases {
        let doc = extract(text);
        let r = relation(&doc, agent, predicate, target);
        assert_eq!(r.modality, modality, "in {text:?}{}", describe(&doc));
    }
}

fn has(doc: &Document, agent: &str, predicate: &str, target: &str) -> bool {
    relation_tuples(doc)
        .iter()
        .any(|&(a, p, t, _)| a == agent && p == predicate && t == target)
}

#[test]
fn subject_verb_object_gives_agent_and_target() {
    check(&[
        (
            "Vladimir Putin met Xi Jinping in Moscow on Monday.",
            "Vladimir Putin",
            "met",
            "Xi Jinping",
            Modality::Asserted,
        ),
        (
            "Vladimir Putin and Xi Jinping sat down for dinner. Putin met Xi again the next morning.",
            "Vladimir Putin",
            "met",
            "Xi Jinping",
            Modality::Asserted,
        ),
        (
            "Greenpeace criticised Shell over the spill in the North Sea.",
            "Greenpeace",
            "criticized",
            "Shell",
            Modality::Asserted,
        ),
    ]);
}

#[test]

fn two_names_joined_by_and_before_met_meet_each_other() {
    let doc = extract("Emmanuel Macron and Olaf Scholz met in Paris on Friday.");
    assert!(
        has(&doc, "Emmanuel Macron", "met", "Olaf Scholz")
            || has(&doc, "Olaf Scholz", "met", "Emmanuel Macron"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn two_names_joined_by_and_before_met_with_no_place_meet_each_other() {
    let doc = extract("Emmanuel Macron and Olaf Scholz met on Friday.");
    assert!(
        has(&doc, "Emmanuel Macron", "met", "Olaf Scholz")
            || has(&doc, "Olaf Scholz", "met", "Emmanuel Macron"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn will_makes_the_event_future() {
    check(&[(
        "Olaf Scholz will visit Brazil in June.",
        "Olaf Scholz",
        "visited",
        "Brazil",
        Modality::Future,
    )]);
}

#[test]
fn talks_with_relates_the_main_subject_to_the_other_side() {
    check(&[
        (
            "After talks with Justin Trudeau, Olaf Scholz promised more aid for Ukraine.",
            "Olaf Scholz",
            "met",
            "Justin Trudeau",
            Modality::Asserted,
        ),
        (
            "Olaf Scholz held talks with Justin Trudeau in Ottawa.",
            "Olaf Scholz",
            "met",
            "Justin Trudeau",
            Modality::Asserted,
        ),
    ]);
}

#[test]
fn a_possessor_is_the_agent_of_a_nominal_trigger() {
    check(&[(
        "Xi Jinping's visit to Moscow alarmed officials in Kyiv.",
        "Xi Jinping",
        "visited",
        "Moscow",
        Modality::Asserted,
    )]);
}

#[test]
fn from_after_a_nominal_trigger_names_the_agent() {
    check(&[(
        "The summit came a week after a trip to Ukraine from Japanese Prime Minister Fumio \
         Kishida.",
        "Fumio Kishida",
        "visited",
        "Ukraine",
        Modality::Asserted,
    )]);
}

#[test]
fn a_hyphenated_pair_before_meeting_relates_both_names() {
    let text =
        "Xi Jinping landed in Moscow to see Vladimir Putin. Diplomats in Berlin watched the \
                Xi-Putin meeting closely.";
    let doc = extract(text);
    let met_in_second_sentence = doc.annotations.relations.iter().any(|r| {
        let names = (
            doc.annotations.entities[r.agent].name.as_str(),
            doc.annotations.entities[r.target].name.as_str(),
        );
        r.predicate == "met"
            && &doc.text[r.trigger_span.clone()] == "meeting"
            && matches!(
                names,
                ("Xi Jinping", "Vladimir Putin") | ("Vladimir Putin", "Xi Jinping")
            )
    });
    assert!(met_in_second_sentence, "{}", describe(&doc));
}

#[test]
fn by_after_a_passive_participle_names_the_agent() {
    check(&[(
        "China was panned by the United States for its silence on the invasion.",
        "United States",
        "criticized",
        "China",
        Modality::Asserted,
    )]);
}

#[test]
fn a_possessive_metonym_is_the_agent_of_support_for() {
    check(&[(
        "Beijing's support for Russia worries European capitals.",
        "China",
        "backed",
        "Russia",
        Modality::Asserted,
    )]);
}

#[test]

fn is_expected_to_makes_the_event_future() {
    check(&[(
        "Olaf Scholz is expected to visit Brazil in June.",
        "Olaf Scholz",
        "visited",
        "Brazil",
        Modality::Future,
    )]);
}

#[test]
fn has_likely_makes_the_event_hedged() {
    check(&[(
        "Russia has likely requested drones from Iran, the officials believe.",
        "Russia",
        "requested",
        "Iran",
        Modality::Hedged,
    )]);
}

#[test]
fn did_not_makes_the_event_negated() {
    check(&[
        (
            "Emmanuel Macron did not meet Xi Jinping during the trip.",
            "Emmanuel Macron",
            "met",
            "Xi Jinping",
            Modality::Negated,
        ),
        (
            "Olaf Scholz never visited Brazil as chancellor.",
            "Olaf Scholz",
            "visited",
            "Brazil",
            Modality::Negated,
        ),
    ]);
}

#[test]
fn a_relation_inside_reported_speech_is_reported_by_the_speaker() {
    let text = "Helen Okafor said that Greenpeace criticised Shell over the spill.";
    let doc = extract(text);
    let r = relation(&doc, "Greenpeace", "criticized", "Shell");
    assert_eq!(r.modality, Modality::Reported, "{}", describe(&doc));
    assert_eq!(
        r.source.map(|e| doc.annotations.entities[e].name.as_str()),
        Some("Helen Okafor")
    );
}

#[test]
fn a_participle_after_a_comma_acts_for_the_sentence_subject() {
    let text =
        "OTTAWA (Reuters) — Prime Minister Anna Kovacs pledged on Monday to keep supporting \
                Moldova, hosting President Ion Rusu in the capital.";
    let doc = extract(text);
    let tuples = relation_tuples(&doc);
    assert!(
        tuples
            .iter()
            .any(|(a, p, t, _)| (*a, *p, *t) == ("Anna Kovacs", "met", "Ion Rusu")),
        "{}",
        describe(&doc)
    );
    assert!(
        tuples
            .iter()
            .any(|(a, p, t, _)| (*a, *p, *t) == ("Anna Kovacs", "backed", "Moldova")),
        "{}",
        describe(&doc)
    );
}
