//! Attributions whose cue is not a plain verb of saying, as PolNeAR annotates them: beliefs
//! credited to nobody named ("the gunman is believed to have fled"), adjectives after "be" ("is
//! confident that …", "is critical of …") and verbs of implying, preferring and remembering.

use crate::cues::check as check_named_indirect;
use crate::util::{assert_no_cue, describe, extract, name, statement, statement_texts};
use newsgraph::extract::{AttributionKind, StatementForm};

/// (text, the words after the cue as stored (the second piece, after the subject), cue lemma).
type Case<'a> = (&'a str, &'a str, &'a str);

fn check_unnamed_thought(cases: &[Case]) {
    for &(text, content, cue) in cases {
        let doc = extract(text);
        let st = statement(&doc, content);
        let ctx = || format!("in {text:?}{}", describe(&doc));
        assert_eq!(st.speaker, None, "speaker {}", ctx());
        assert_eq!(st.cue.as_deref(), Some(cue), "cue {}", ctx());
        assert_eq!(st.kind, AttributionKind::Thought, "kind {}", ctx());
        assert_eq!(st.form, StatementForm::Indirect, "form {}", ctx());
    }
}

#[test]
fn a_passive_belief_credits_its_subject_and_what_follows() {
    check_unnamed_thought(&[
        (
            "The gunman is believed to have fled to the coast.",
            "to have fled to the coast",
            "believe",
        ),
        (
            "The two councils are thought to be close to a deal.",
            "to be close to a deal",
            "think",
        ),
        (
            "The new bridge is expected to open in May.",
            "to open in May",
            "expect",
        ),
        (
            "The harbour vote is widely seen as a test of the new council.",
            "as a test of the new council",
            "see",
        ),
        (
            "The deputy mayor is considered to be the favourite for the post.",
            "to be the favourite for the post",
            "consider",
        ),
    ]);
}

#[test]
fn a_passive_without_to_or_as_credits_nothing() {
    let doc = extract("The bridge was seen by thousands of visitors last year.");
    assert!(doc.annotations.statements.is_empty(), "{}", describe(&doc));
}

#[test]
fn an_adjective_after_be_credits_its_subject() {
    use AttributionKind::{Speech, Thought};
    check_named_indirect(&[
        (
            "Helen Okafor is confident that the bridge will reopen in May.",
            "the bridge will reopen in May",
            "Helen Okafor",
            "confident",
            Thought,
        ),
        (
            "Graham Dawson remains deeply skeptical that the council can pay for it.",
            "the council can pay for it",
            "Graham Dawson",
            "skeptical",
            Thought,
        ),
        (
            "Piotr Kowalski was eager to sell the stadium before the season.",
            "to sell the stadium before the season",
            "Piotr Kowalski",
            "eager",
            Thought,
        ),
        (
            "Helen Okafor has been critical of the new parking charges.",
            "the new parking charges",
            "Helen Okafor",
            "critical of",
            Speech,
        ),
    ]);
}

#[test]
fn an_adjective_without_be_credits_nothing() {
    let doc = extract("A confident Helen Okafor opened the new bridge on Monday.");
    assert!(doc.annotations.statements.is_empty(), "{}", describe(&doc));
}

#[test]
fn verbs_of_implying_preferring_and_remembering_are_cues() {
    use AttributionKind::{Speech, Thought};
    check_named_indirect(&[
        (
            "Graham Dawson implied the mayor had misled the council.",
            "the mayor had misled the council",
            "Graham Dawson",
            "imply",
            Speech,
        ),
        (
            "Helen Okafor prefers to keep the library open on Sundays.",
            "to keep the library open on Sundays",
            "Helen Okafor",
            "prefer",
            Thought,
        ),
        (
            "Piotr Kowalski remembered the factory had closed twice before.",
            "the factory had closed twice before",
            "Piotr Kowalski",
            "remember",
            Thought,
        ),
    ]);
}

#[test]
fn reportedly_credits_its_clause_to_an_unnamed_source() {
    let doc = extract("The mayor reportedly kept the harbour accounts in his own office.");
    let st = statement(&doc, "kept the harbour accounts in his own office");
    assert_eq!(st.speaker, None, "{}", describe(&doc));
    assert_eq!(st.cue.as_deref(), Some("reportedly"), "{}", describe(&doc));
}

#[test]
fn reportedly_before_a_cue_leaves_the_attribution_to_that_cue() {
    let doc = extract("Helen Okafor reportedly told aides that she would resign in June.");
    let st = statement(&doc, "she would resign in June");
    assert_eq!(
        name(&doc, st.speaker),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    assert_eq!(st.cue.as_deref(), Some("tell"), "{}", describe(&doc));
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
}

#[test]
fn made_it_clear_is_a_cue_of_three_words() {
    check_named_indirect(&[
        (
            "Graham Dawson made it clear he would not stand again.",
            "he would not stand again",
            "Graham Dawson",
            "make it clear",
            AttributionKind::Speech,
        ),
        (
            "Helen Okafor made clear that the library would stay open.",
            "the library would stay open",
            "Helen Okafor",
            "make clear",
            AttributionKind::Speech,
        ),
    ]);
}

#[test]
fn an_object_ends_before_the_writers_reason_or_time() {
    check_named_indirect(&[(
        "Graham Dawson has been critical of the parking charges since they were raised in March.",
        "the parking charges",
        "Graham Dawson",
        "critical of",
        AttributionKind::Speech,
    )]);
}

#[test]
fn a_clause_that_holds_the_cue_of_the_attribution_after_it_stays_inside_it() {
    let text = "The mayor could back the plan, but only if he can be convinced that it is a good \
                deal for the town, Helen Okafor told the Millbrook Courier on Monday.";
    let doc = extract(text);
    let st = statement(
        &doc,
        "The mayor could back the plan, but only if he can be convinced that it is a good deal \
         for the town",
    );
    assert_eq!(
        name(&doc, st.speaker),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
}

#[test]
fn verbs_of_ordering_pushing_and_attacking_credit_their_object() {
    use AttributionKind::Speech;
    check_named_indirect(&[
        (
            "Helen Okafor ordered the council to reopen the library.",
            "the council to reopen the library",
            "Helen Okafor",
            "order",
            Speech,
        ),
        (
            "Graham Dawson pushed for a new bridge over the river.",
            "a new bridge over the river",
            "Graham Dawson",
            "push for",
            Speech,
        ),
        (
            "Piotr Kowalski took aim at the new parking charges.",
            "the new parking charges",
            "Piotr Kowalski",
            "take aim at",
            Speech,
        ),
        (
            "Helen Okafor laid out a plan to rebuild the harbour.",
            "a plan to rebuild the harbour",
            "Helen Okafor",
            "lay out",
            Speech,
        ),
    ]);
}

#[test]
fn verbs_of_weighing_seeking_and_focusing_credit_their_object_as_thought() {
    use AttributionKind::Thought;
    check_named_indirect(&[
        (
            "Helen Okafor is considering a bid for the county council.",
            "a bid for the county council",
            "Helen Okafor",
            "consider",
            Thought,
        ),
        (
            "Graham Dawson is looking for a strong result in the northern wards.",
            "a strong result in the northern wards",
            "Graham Dawson",
            "look for",
            Thought,
        ),
        (
            "Piotr Kowalski has focused on school meals and bus fares.",
            "school meals and bus fares",
            "Piotr Kowalski",
            "focus on",
            Thought,
        ),
    ]);
}

#[test]
fn making_a_case_and_raising_questions_credit_what_follows() {
    use AttributionKind::Speech;
    check_named_indirect(&[
        (
            "Helen Okafor made the case for a new bridge over the river.",
            "for a new bridge over the river",
            "Helen Okafor",
            "make the case",
            Speech,
        ),
        (
            "Graham Dawson raised questions about the cost of the harbour plan.",
            "the cost of the harbour plan",
            "Graham Dawson",
            "raise questions about",
            Speech,
        ),
    ]);
}

#[test]
fn learning_guessing_and_recounting_credit_their_subject() {
    use AttributionKind::{Speech, Thought};
    check_named_indirect(&[
        (
            "Helen Okafor learned that the bridge would stay shut until spring.",
            "the bridge would stay shut until spring",
            "Helen Okafor",
            "learn",
            Thought,
        ),
        (
            "Graham Dawson guessed the ferry had been sold to a rival firm.",
            "the ferry had been sold to a rival firm",
            "Graham Dawson",
            "guess",
            Thought,
        ),
        (
            "Helen Okafor recounted a tense meeting with the harbour board.",
            "a tense meeting with the harbour board",
            "Helen Okafor",
            "recount",
            Speech,
        ),
    ]);
}

#[test]
fn a_poll_named_at_the_end_of_a_clause_is_its_evidence() {
    let text =
        "By March, Okafor was leading the field by nine points in the latest Harlow Gazette poll.";
    let doc = extract(text);
    let st = statement(&doc, "Okafor was leading the field by nine points");
    assert_eq!(st.kind, AttributionKind::Evidence, "{}", describe(&doc));
    assert_eq!(st.cue.as_deref(), Some("in"), "{}", describe(&doc));
    // The "in" nearest the poll word opens its phrase; a place word is no poll.
    let doc = extract("The mayor remains stuck in third place in most surveys.");
    statement(&doc, "The mayor remains stuck in third place");
    let doc = extract("She lives in a terrace built in the polling district.");
    assert!(doc.annotations.statements.is_empty(), "{}", describe(&doc));
}

#[test]
fn a_poll_phrase_right_after_a_comma_or_after_voting_words_credits_nothing() {
    // A comma right before "in" leaves no clause; "head to the polls" is voting, and a poll
    // phrase followed by more of the clause is no source of it.
    assert_no_cue(
        &[
            "Okafor, in the latest poll.",
            "Queues grew when voters in the eastern wards head to the polls.",
            "Okafor has a slight lead in the polls over Dawson in Harlow.",
        ],
        "in",
    );
}

#[test]
fn said_reported_and_understood_in_the_passive_credit_no_one() {
    let doc = extract("The ferry company is reported to have lost ten million pounds.");
    let st = statement(&doc, "to have lost ten million pounds");
    assert_eq!(st.speaker, None, "{}", describe(&doc));
    assert_eq!(st.cue.as_deref(), Some("report"), "{}", describe(&doc));
    let doc = extract("The harbour master is said to have left for the coast.");
    assert!(
        statement_texts(&doc)
            .iter()
            .any(|t| t.ends_with("to have left for the coast")),
        "{}",
        describe(&doc)
    );
    let doc = extract("The minister is understood to have offered his resignation.");
    let st = statement(&doc, "to have offered his resignation");
    assert_eq!(st.cue.as_deref(), Some("understand"), "{}", describe(&doc));
}
