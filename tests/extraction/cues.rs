//! Attribution cues beyond "said that": bare clauses after any verb of saying, addressees
//! passed over, wh-clauses and intentions, and the kind of attribution (speech, thought,
//! evidence).

use crate::util::{
    assert_no_statements, assert_statement_starting, describe, extract, name, speaker_of,
    speaker_span_of, statement, statement_texts,
};
use newsgraph::extract::{AttributionKind, StatementForm};

/// (text, content, speaker, cue lemma, kind).
pub(crate) type Case<'a> = (&'a str, &'a str, &'a str, &'a str, AttributionKind);

/// Each text holds an indirect statement with these words, speaker, cue lemma and kind.
pub(crate) fn check(cases: &[Case]) {
    for &(text, content, speaker, cue, kind) in cases {
        let doc = extract(text);
        let st = statement(&doc, content);
        let ctx = || format!("in {text:?}{}", describe(&doc));
        assert_eq!(name(&doc, st.speaker), Some(speaker), "speaker {}", ctx());
        assert_eq!(st.cue.as_deref(), Some(cue), "cue {}", ctx());
        assert_eq!(st.kind, kind, "kind {}", ctx());
        assert_eq!(st.form, StatementForm::Indirect, "form {}", ctx());
    }
}

#[test]
fn verbs_of_saying_take_a_clause_without_that() {
    use AttributionKind::Speech;
    check(&[
        (
            "Helen Okafor argued the bridge had been neglected for a decade.",
            "the bridge had been neglected for a decade",
            "Helen Okafor",
            "argue",
            Speech,
        ),
        (
            "Graham Dawson insisted the club would never leave the town.",
            "the club would never leave the town",
            "Graham Dawson",
            "insist",
            Speech,
        ),
        (
            "Piotr Kowalski acknowledged his staff had missed the deadline.",
            "his staff had missed the deadline",
            "Piotr Kowalski",
            "acknowledge",
            Speech,
        ),
        (
            "Helen Okafor wrote the council was wasting money on consultants.",
            "the council was wasting money on consultants",
            "Helen Okafor",
            "write",
            Speech,
        ),
        (
            "Graham Dawson tweeted he would stand again next year.",
            "he would stand again next year",
            "Graham Dawson",
            "tweet",
            Speech,
        ),
    ]);
}

#[test]
fn told_passes_over_the_addressee_and_keeps_it() {
    let text = "Graham Dawson told the Evening Courier the club had no debts.";
    check(&[(
        text,
        "the club had no debts",
        "Graham Dawson",
        "tell",
        AttributionKind::Speech,
    )]);
    let doc = extract(text);
    let st = statement(&doc, "the club had no debts");
    assert_eq!(
        name(&doc, st.addressee),
        Some("Evening Courier"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_relative_who_is_the_name_before_it() {
    check(&[(
        "The bill was drafted by Helen Okafor, who said the council would pay for the repairs.",
        "the council would pay for the repairs",
        "Helen Okafor",
        "say",
        AttributionKind::Speech,
    )]);
}

#[test]
fn endorsing_calling_for_and_talking_about_credit_the_phrase() {
    use AttributionKind::Speech;
    check(&[
        (
            "Graham Dawson endorsed the plan to sell the old stand.",
            "the plan to sell the old stand",
            "Graham Dawson",
            "endorse",
            Speech,
        ),
        (
            "Helen Okafor called for an inquiry into the collapse of the wall.",
            "an inquiry into the collapse of the wall",
            "Helen Okafor",
            "call for",
            Speech,
        ),
        (
            "Maria Hollis talked about the years she spent rebuilding the harbour.",
            "the years she spent rebuilding the harbour",
            "Maria Hollis",
            "talk about",
            Speech,
        ),
        (
            "Tom Reyes pointed to the rising cost of fuel.",
            "the rising cost of fuel",
            "Tom Reyes",
            "point to",
            Speech,
        ),
    ]);
}

#[test]
fn asked_whether_keeps_the_question() {
    check(&[(
        "Helen Okafor asked whether the council had consulted the residents.",
        "whether the council had consulted the residents",
        "Helen Okafor",
        "ask",
        AttributionKind::Speech,
    )]);
}

#[test]
fn a_passive_asked_keeps_the_question_and_credits_nobody() {
    for (text, question) in [
        (
            "Helen Okafor was asked whether the council had consulted the residents.",
            "whether the council had consulted the residents",
        ),
        (
            "When he was asked about the parking charges on Monday, Tom Reyes said they would stay.",
            "about the parking charges on Monday",
        ),
        (
            "The mayor has been asked repeatedly to publish the contracts.",
            "to publish the contracts",
        ),
        (
            "Graham Dawson was asked by a caller why the fares had gone up.",
            "why the fares had gone up",
        ),
        // A reduced passive after "when": the question, not what the answerer did.
        (
            "Helen Okafor smiled when asked about the bridge.",
            "about the bridge",
        ),
        (
            "“We will see,” Graham Dawson said when asked whether the club would move.",
            "whether the club would move",
        ),
    ] {
        let doc = extract(text);
        let st = statement(&doc, question);
        let ctx = || format!("in {text:?}{}", describe(&doc));
        assert_eq!(st.speaker, None, "speaker {}", ctx());
        assert_eq!(st.cue.as_deref(), Some("ask"), "cue {}", ctx());
        assert_eq!(st.kind, AttributionKind::Speech, "kind {}", ctx());
    }
    // What he said after being asked is his own statement.
    let text =
        "When he was asked about the parking charges on Monday, Tom Reyes said they would stay.";
    let doc = extract(text);
    let answer = statement(&doc, "they would stay");
    assert_eq!(
        name(&doc, answer.speaker),
        Some("Tom Reyes"),
        "{}",
        describe(&doc)
    );
    // A passive "asked" with a plain object asks nothing reported.
    assert_no_statements(&["Graham Dawson was asked the same thing twice."]);
}

#[test]
fn claiming_to_credits_the_infinitive() {
    check(&[(
        "Helen Okafor claims to have met the minister twice.",
        "to have met the minister twice",
        "Helen Okafor",
        "claim",
        AttributionKind::Speech,
    )]);
    assert_no_statements(&["The town has a strong claim to the title."]);
}

#[test]
fn beliefs_and_intentions_are_thought() {
    use AttributionKind::Thought;
    check(&[
        (
            "Helen Okafor believes the bridge can reopen by May.",
            "the bridge can reopen by May",
            "Helen Okafor",
            "believe",
            Thought,
        ),
        (
            "Graham Dawson wants to sell the stadium to the town.",
            "to sell the stadium to the town",
            "Graham Dawson",
            "want",
            Thought,
        ),
        (
            "Piotr Kowalski fears that the factory will close before Christmas.",
            "the factory will close before Christmas",
            "Piotr Kowalski",
            "fear",
            Thought,
        ),
    ]);
}

#[test]
fn a_poll_that_shows_something_is_evidence_with_an_unnamed_source() {
    let text = "A new poll shows the mayor is losing support among older voters.";
    let doc = extract(text);
    let st = statement(&doc, "the mayor is losing support among older voters");
    assert_eq!(st.kind, AttributionKind::Evidence, "{}", describe(&doc));
    assert_eq!(st.speaker, None, "{}", describe(&doc));
    let source = st.speaker_span.clone().map(|s| &doc.text[s]);
    assert_eq!(source, Some("A new poll"), "{}", describe(&doc));
}

#[test]
fn a_verb_with_a_plain_object_is_not_an_attribution() {
    assert_no_statements(&[
        "Police found the car in a field near the river.",
        "Helen Okafor wrote a letter to the council.",
        "Graham Dawson said goodbye.",
    ]);
}

#[test]
fn a_parenthetical_attribution_credits_the_clause_around_it() {
    let text = "Helen Okafor runs the club. The golf trade, she said, is doing better than at \
                any time since 2009.";
    let doc = extract(text);
    let st = doc
        .annotations
        .statements
        .iter()
        .find(|s| s.pieces.len() == 2)
        .unwrap_or_else(|| panic!("no statement in two pieces{}", describe(&doc)));
    assert_eq!(
        st.text(&doc.text),
        "The golf trade is doing better than at any time since 2009"
    );
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
}

#[test]
fn a_dashed_aside_between_source_and_cue_is_passed_over() {
    check(&[(
        "Graham Dawson — who chaired the club for ten years — states that the debts were paid.",
        "the debts were paid",
        "Graham Dawson",
        "state",
        AttributionKind::Speech,
    )]);
}

#[test]
fn a_statement_saying_credits_the_one_who_released_it() {
    check(&[(
        "Helen Okafor released a statement saying that the council would appeal.",
        "the council would appeal",
        "Helen Okafor",
        "say",
        AttributionKind::Speech,
    )]);
}

#[test]
fn an_object_ends_where_the_writer_goes_on_after_a_comma() {
    use AttributionKind::Speech;
    check(&[
        // A participle of the writer's.
        (
            "Helen Okafor attacked the harbour board, making its spending an issue in the race.",
            "the harbour board",
            "Helen Okafor",
            "attack",
            Speech,
        ),
        // A relative clause about the object.
        (
            "Graham Dawson endorsed Maria Hollis, with whom he had sailed for years.",
            "Maria Hollis",
            "Graham Dawson",
            "endorse",
            Speech,
        ),
        (
            "Tom Reyes praised the new ferry, which was built in Leith.",
            "the new ferry",
            "Tom Reyes",
            "praise",
            Speech,
        ),
        // A clause with a subject of its own.
        (
            "Helen Okafor endorsed the harbour plan, Tom Reyes stayed out of the debate.",
            "the harbour plan",
            "Helen Okafor",
            "endorse",
            Speech,
        ),
        // Adjectives in a list stay with their noun.
        (
            "Graham Dawson praised a kind, loving and patient teacher.",
            "a kind, loving and patient teacher",
            "Graham Dawson",
            "praise",
            Speech,
        ),
    ]);
}

#[test]
fn a_negated_intention_and_an_aside_after_the_cue_are_read() {
    use AttributionKind::{Speech, Thought};
    check(&[
        (
            "Helen Okafor decided not to stand for the council again.",
            "not to stand for the council again",
            "Helen Okafor",
            "decide",
            Thought,
        ),
        (
            "Graham Dawson described, in very harsh terms, a budget that left the harbour broke.",
            "a budget that left the harbour broke",
            "Graham Dawson",
            "describe",
            Speech,
        ),
    ]);
}

#[test]
fn a_participle_after_and_or_in_credits_the_sentence_subject() {
    use AttributionKind::Speech;
    check(&[
        (
            "Graham Dawson issued a statement thanking the crew and praising the divers who repaired it.",
            "the divers who repaired it",
            "Graham Dawson",
            "praise",
            Speech,
        ),
        (
            "Helen Okafor broke with her party in calling for a new harbour wall.",
            "a new harbour wall",
            "Helen Okafor",
            "call for",
            Speech,
        ),
    ]);
}

#[test]
fn a_short_object_that_names_someone_is_credited_without_the_day() {
    check(&[(
        "Graham Dawson endorsed Helen Okafor on Friday.",
        "Helen Okafor",
        "Graham Dawson",
        "endorse",
        AttributionKind::Speech,
    )]);
}

#[test]
fn a_noun_before_a_preposition_credits_nothing() {
    // A passive ("was criticized by engineers") credits its subject to the one after "by":
    // see `a_passive_cue_credits_its_subject_to_the_one_after_by`.
    assert_no_statements(&[
        "The attacks in Paris shocked the council.",
        "It is the coldest winter seen since 1962.",
    ]);
}

#[test]
fn a_cue_noun_credits_its_possessor() {
    let text = "Helen Okafor spoke at the harbour. Her criticism of the ferry timetable drew \
                applause.";
    let doc = extract(text);
    let st = statement(&doc, "the ferry timetable");
    assert_eq!(st.cue.as_deref(), Some("criticism"), "{}", describe(&doc));
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
    let nobody = extract("The criticism of the ferry timetable drew applause.");
    assert!(
        nobody.annotations.statements.is_empty(),
        "{}",
        describe(&nobody)
    );
}

#[test]
fn every_inflection_of_a_cue_verb_is_a_cue() {
    use AttributionKind::{Speech, Thought};
    check(&[
        (
            "Helen Okafor is backing the plan to widen the bridge.",
            "the plan to widen the bridge",
            "Helen Okafor",
            "back",
            Thought,
        ),
        (
            "Graham Dawson is attacking the council's decision to close the depot.",
            "the council's decision to close the depot",
            "Graham Dawson",
            "attack",
            Speech,
        ),
    ]);
}

#[test]
fn a_base_form_after_to_or_a_modal_is_a_cue() {
    use AttributionKind::{Speech, Thought};
    check(&[
        (
            "Helen Okafor would oppose any plan to close the depot.",
            "any plan to close the depot",
            "Helen Okafor",
            "oppose",
            Thought,
        ),
        (
            "Graham Dawson did not endorse the new timetable.",
            "the new timetable",
            "Graham Dawson",
            "endorse",
            Speech,
        ),
    ]);
    // Elsewhere the base form is a noun or an adverb.
    assert_no_statements(&["The claim of the depot workers was heard in May."]);
}

#[test]
fn an_adverb_between_the_source_and_its_cue_is_passed_over() {
    use AttributionKind::Speech;
    check(&[
        (
            "Helen Okafor further alleges that the depot was sold too cheaply.",
            "the depot was sold too cheaply",
            "Helen Okafor",
            "allege",
            Speech,
        ),
        (
            "Graham Dawson has long complained that the buses run late.",
            "the buses run late",
            "Graham Dawson",
            "complain",
            Speech,
        ),
        (
            "Helen Okafor has always maintained that the depot was safe.",
            "the depot was safe",
            "Helen Okafor",
            "maintain",
            Speech,
        ),
    ]);
}

#[test]
fn an_object_is_the_whole_noun_phrase_and_ends_before_the_next_clause() {
    use AttributionKind::Speech;
    check(&[
        (
            "Helen Okafor rejected the notion that the depot was unsafe.",
            "the notion that the depot was unsafe",
            "Helen Okafor",
            "reject",
            Speech,
        ),
        (
            "Graham Dawson endorsed the new timetable, and the council adopted it in May.",
            "the new timetable",
            "Graham Dawson",
            "endorse",
            Speech,
        ),
    ]);
}

#[test]
fn urging_or_asking_someone_to_act_credits_whom_and_what() {
    use AttributionKind::Speech;
    check(&[(
        "Helen Okafor urged Parliament to fund the new depot.",
        "Parliament to fund the new depot",
        "Helen Okafor",
        "urge",
        Speech,
    )]);
}

#[test]
fn seems_credits_its_subject_and_what_follows_to_the_writer() {
    for (text, content) in [
        (
            "In the past week, the mayor of Leeds seemed to be losing ground.",
            "the mayor of Leeds to be losing ground",
        ),
        (
            "Her supporters seemed equally unperturbed.",
            "Her supporters equally unperturbed",
        ),
        (
            "It appears that the council will not meet again.",
            "the council will not meet again",
        ),
    ] {
        let doc = extract(text);
        let ctx = || format!("in {text:?}{}", describe(&doc));
        let st = doc
            .annotations
            .statements
            .iter()
            .find(|st| st.text(&doc.text) == content)
            .unwrap_or_else(|| panic!("no statement {content:?} {}", ctx()));
        assert_eq!(st.kind, AttributionKind::Thought, "kind {}", ctx());
        assert_eq!(st.speaker, None, "speaker {}", ctx());
        assert_eq!(st.speaker_span, None, "source words {}", ctx());
    }
    assert_no_statements(&["Helen Okafor appeared on television on Monday."]);
}

#[test]
fn a_cue_after_seems_to_credits_the_subject_of_seems() {
    use AttributionKind::{Speech, Thought};
    check(&[
        (
            "Graham Dawson seems to believe that the council lied.",
            "the council lied",
            "Graham Dawson",
            "believe",
            Thought,
        ),
        (
            "Helen Okafor appeared to suggest that the council was wrong.",
            "the council was wrong",
            "Helen Okafor",
            "suggest",
            Speech,
        ),
    ]);
}

#[test]
fn an_object_pronoun_is_what_a_cue_with_an_object_credits() {
    use AttributionKind::Speech;
    check(&[
        (
            "Helen Okafor called him a coward.",
            "him a coward",
            "Helen Okafor",
            "call",
            Speech,
        ),
        (
            "Graham Dawson praised them for their courage.",
            "them for their courage",
            "Graham Dawson",
            "praise",
            Speech,
        ),
        (
            "Piotr Kowalski described him as a loyal friend.",
            "him as a loyal friend",
            "Piotr Kowalski",
            "describe",
            Speech,
        ),
        // "her" opening a clause is its determiner, not an addressee passed over.
        (
            "Helen Okafor said her brother would run the farm.",
            "her brother would run the farm",
            "Helen Okafor",
            "say",
            Speech,
        ),
        // A cue that addresses someone still passes over the pronoun.
        (
            "Helen Okafor told her the farm was sold.",
            "the farm was sold",
            "Helen Okafor",
            "tell",
            Speech,
        ),
    ]);
}

#[test]
fn a_pronoun_object_alone_before_the_writers_adjunct_is_too_short_to_report() {
    // "endorsed him in an email": the email is where, not what was endorsed; "him" alone says
    // too little to be a statement.
    assert_no_statements(&["Helen Okafor endorsed him in an email to supporters."]);
}

#[test]
fn verbs_of_reporting_take_an_object_and_a_pronoun_still_opens_a_clause() {
    use AttributionKind::Speech;
    check(&[
        (
            "Helen Okafor noted the harbour's long decline.",
            "the harbour's long decline",
            "Helen Okafor",
            "note",
            Speech,
        ),
        (
            "Graham Dawson repeated his offer to the union.",
            "his offer to the union",
            "Graham Dawson",
            "repeat",
            Speech,
        ),
        (
            "Piotr Kowalski notes they were appointed before he joined the council.",
            "they were appointed before he joined the council",
            "Piotr Kowalski",
            "note",
            Speech,
        ),
    ]);
}

#[test]
fn an_expectation_credits_who_is_expected_to_act_and_the_act() {
    check(&[(
        "Helen Okafor expects the committee to approve the ferry contract.",
        "the committee to approve the ferry contract",
        "Helen Okafor",
        "expect",
        AttributionKind::Thought,
    )]);
}

#[test]
fn verbs_of_disclosing_and_boasting_take_their_object_or_clause() {
    use AttributionKind::Speech;
    check(&[
        (
            "Helen Okafor disclosed the names of the donors.",
            "the names of the donors",
            "Helen Okafor",
            "disclose",
            Speech,
        ),
        (
            "Graham Dawson boasted the club had never lost at home.",
            "the club had never lost at home",
            "Graham Dawson",
            "boast",
            Speech,
        ),
        (
            "Piotr Kowalski proclaimed a new era for the harbour.",
            "a new era for the harbour",
            "Piotr Kowalski",
            "proclaim",
            Speech,
        ),
    ]);
}

#[test]
fn confirming_declaring_and_fearing_credit_a_plain_object() {
    use AttributionKind::{Speech, Thought};
    check(&[
        (
            "Anna Berg confirmed the meeting with the harbour board.",
            "the meeting with the harbour board",
            "Anna Berg",
            "confirm",
            Speech,
        ),
        (
            "Colm Brady declared a state of emergency in the valley.",
            "a state of emergency in the valley",
            "Colm Brady",
            "declare",
            Speech,
        ),
        (
            "Lena Vogt feared the worst for the old mill.",
            "the worst for the old mill",
            "Lena Vogt",
            "fear",
            Thought,
        ),
    ]);
}

#[test]
fn a_participle_after_a_number_or_preposition_describes_a_noun() {
    assert_no_statements(&[
        "She now holds 1,645 pledged delegates after the vote in Ohio.",
        "He trails by 200 in pledged delegates after the spring contests.",
    ]);
}

#[test]
fn a_network_before_show_names_a_programme() {
    let doc = extract(
        "In a clip from her upcoming Fox News show The Corner, Ilse Brandt sings to the mayor.\n\n\
         “Keep your hands in sight,” Brandt sings.",
    );
    assert!(
        doc.annotations
            .statements
            .iter()
            .all(|st| st.cue.as_deref() != Some("show")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_cue_that_takes_an_object_credits_its_object() {
    let cases = [
        (
            "Ilse Brandt commented on the closure of the depot.",
            "the closure of the depot",
            "comment on",
        ),
        (
            "Ilse Brandt retweeted the council’s message on Sunday.",
            "the council’s message",
            "retweet",
        ),
        (
            "Ilse Brandt wrote about the closure of the depot.",
            "the closure of the depot",
            "write about",
        ),
        (
            "Ilse Brandt joked about moving to the coast.",
            "moving to the coast",
            "joke about",
        ),
        (
            "Ilse Brandt thanked the volunteers for their work.",
            "the volunteers for their work",
            "thank",
        ),
        (
            "Ilse Brandt cast the mayor as a friend of the developers.",
            "the mayor as a friend of the developers",
            "cast",
        ),
        (
            "Ilse Brandt pushed back on the claims about the depot.",
            "the claims about the depot",
            "push back on",
        ),
        (
            "Ilse Brandt credited the volunteers with saving the depot.",
            "the volunteers with saving the depot",
            "credit",
        ),
        (
            "Ilse Brandt painted the mayor as a friend of the developers.",
            "the mayor as a friend of the developers",
            "paint",
        ),
        (
            "Ilse Brandt downplayed the risk of a strike.",
            "the risk of a strike",
            "downplay",
        ),
        (
            "Ilse Brandt alluded to the row over the depot.",
            "the row over the depot",
            "allude to",
        ),
        (
            "Ilse Brandt compared the new tolls to a tax on the poor.",
            "the new tolls to a tax on the poor",
            "compare",
        ),
        (
            "Ilse Brandt identified the depot as the main source of the trouble.",
            "the depot as the main source of the trouble",
            "identify",
        ),
        (
            "Ilse Brandt agreed with the drivers on the new tolls.",
            "the drivers on the new tolls",
            "agree with",
        ),
        (
            "Ilse Brandt took issue with the plan for the depot.",
            "the plan for the depot",
            "take issue with",
        ),
        (
            "Ilse Brandt ruled out a second vote on the tolls.",
            "a second vote on the tolls",
            "rule out",
        ),
        (
            "Ilse Brandt spoke for an hour, attacking the new tolls.",
            "the new tolls",
            "attack",
        ),
    ];
    for (text, said, cue) in cases {
        let doc = extract(text);
        let st = statement(&doc, said);
        assert_eq!(
            name(&doc, st.speaker),
            Some("Ilse Brandt"),
            "{text:?}{}",
            describe(&doc)
        );
        assert_eq!(st.cue.as_deref(), Some(cue), "{text:?}{}", describe(&doc));
    }
}

#[test]
fn thanks_to_is_no_cue() {
    assert_no_statements(&["The depot reopened early thanks to a big grant from the county."]);
}

#[test]
fn wishes_judgements_votes_and_pleas_credit_what_follows() {
    use AttributionKind::{Speech, Thought};
    check(&[
        (
            "Helen Okafor would like to see the old bridge rebuilt in stone.",
            "to see the old bridge rebuilt in stone",
            "Helen Okafor",
            "would like",
            Thought,
        ),
        (
            "Graham Dawson deemed the stadium deal a reasonable price for peace.",
            "the stadium deal a reasonable price for peace",
            "Graham Dawson",
            "deem",
            Thought,
        ),
        (
            "Piotr Kowalski voted to close the depot before the winter.",
            "to close the depot before the winter",
            "Piotr Kowalski",
            "vote",
            Speech,
        ),
        (
            "Lena Brandt pleaded guilty to filing false tax returns for the charity.",
            "to filing false tax returns for the charity",
            "Lena Brandt",
            "plead guilty",
            Speech,
        ),
        (
            "Lena Brandt walked back her remarks about the harbour fees.",
            "her remarks about the harbour fees",
            "Lena Brandt",
            "walk back",
            Speech,
        ),
        (
            "Graham Dawson has trumpeted his record on rural broadband.",
            "his record on rural broadband",
            "Graham Dawson",
            "trumpet",
            Speech,
        ),
        (
            "Helen Okafor foresees a long winter for the shipyards.",
            "a long winter for the shipyards",
            "Helen Okafor",
            "foresee",
            Thought,
        ),
    ]);
    // A vote with no intention after it credits nothing.
    assert_no_statements(&["Piotr Kowalski voted in the morning and left for work."]);
}

#[test]
fn self_described_credits_the_words_someone_uses_of_themselves() {
    let doc = extract("Marta Quinn, a self-described fiscal hawk, opened the budget debate.");
    let st = statement(&doc, "fiscal hawk");
    assert_eq!(st.cue.as_deref(), Some("describe"), "{}", describe(&doc));
    assert_eq!(st.kind, AttributionKind::Speech, "{}", describe(&doc));
}

#[test]
fn a_price_or_figure_after_a_cue_verb_is_a_movement_not_an_object() {
    assert_no_statements(&[
        "Halvard Oil declined 3-1/8 to close at 28-1/2 today.",
        "Shares in the group declined 5 pct to 120 pence.",
        "Support among Republicans for the board declined slightly from 58 percent to 55 percent.",
        "The mayor's rating holds up, though it has declined slightly from 58 percent to 55.",
    ]);
    let doc = extract("The harbour board declined the offer.");
    assert_eq!(
        statement_texts(&doc),
        vec!["the offer"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn showing_up_and_showing_off_are_not_evidence() {
    assert_no_statements(&[
        "Ada Birk showed up at the harbour rally in a borrowed coat.",
        "The mayor showed off the hat her campaign had given her.",
    ]);
}

#[test]
fn an_attack_named_by_its_place_is_an_event_not_a_cue() {
    assert_no_statements(&[
        "The Paris attacks test the mayor's plan for the harbour.",
        "Since the Leeds attack, rail staff have carried radios.",
    ]);
    let doc = extract("France attacked the harbour plan as unfair.");
    assert_eq!(
        statement_texts(&doc),
        vec!["the harbour plan as unfair"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn tv_shows_and_talk_shows_are_programmes_not_cues() {
    assert_no_statements(&[
        "TV shows Pop Quest and The Big Sing have made stars of unknowns.",
        "Radio shows like Morning Call have lost listeners since the spring.",
    ]);
}

#[test]
fn shares_after_a_figure_or_a_company_are_stock_not_a_cue() {
    assert_no_statements(&[
        "It filed for an offering of 1,500 shares of auction preferred stock.",
        "The fund holds 4.8 mln shares of Halvard common stock.",
        "The group was bought for 12 mln common shares of its own stock.",
    ]);
}

/// Each (text, content, cue lemma): the statement with that content has that cue.
fn assert_cues(cases: &[(&str, &str, &str)]) {
    for &(text, content, cue) in cases {
        let doc = extract(text);
        assert_eq!(
            statement(&doc, content).cue.as_deref(),
            Some(cue),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn retorted_joked_and_quipped_take_a_bare_clause() {
    assert_cues(&[
        (
            "Mr Varga retorted voters would remember the record of a government.",
            "voters would remember the record of a government",
            "retort",
        ),
        (
            "Ms Brandt joked she would need a bigger office after the vote.",
            "she would need a bigger office after the vote",
            "joke",
        ),
    ]);
}

#[test]
fn base_forms_of_cue_verbs_after_a_plural_source() {
    assert_cues(&[
        (
            "Critics claim the levy will close small farms.",
            "the levy will close small farms",
            "claim",
        ),
        (
            "Most growers oppose the new levy on fertiliser.",
            "the new levy on fertiliser",
            "oppose",
        ),
        (
            "Rural voters favor a cut in the fuel duty.",
            "a cut in the fuel duty",
            "favor",
        ),
        (
            "Local papers report the mill will soon reopen.",
            "the mill will soon reopen",
            "report",
        ),
        (
            "The unions praise the deal as a fair one.",
            "the deal as a fair one",
            "praise",
        ),
    ]);
    // As nouns they credit nothing.
    assert_no_statements(&[
        "The report was published on Monday.",
        "Her claim was thrown out by the court.",
        "Leeds cannot match the club's £6m offer but a loan could suit the striker.",
    ]);
}

#[test]
fn whispering_muttering_and_singing_introduce_quotes() {
    for (text, said, who) in [
        (
            "“We are still with you,” Odile Brun whispered.",
            "We are still with you,",
            "Odile Brun",
        ),
        (
            "“Not again,” Ivo Marsh muttered.",
            "Not again,",
            "Ivo Marsh",
        ),
        (
            "“Keep your lights on,” Ruth Adeyemi sings.",
            "Keep your lights on,",
            "Ruth Adeyemi",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, said),
            Some(who),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_title_case_noun_after_a_determiner_is_no_cue() {
    let doc = extract(
        "A Bold Plan to Save the Harbour: Buy the Quay, Sell the Ferry\n\nIt was announced.",
    );
    assert!(doc.annotations.statements.is_empty(), "{}", describe(&doc));
}

#[test]
fn a_plural_cue_word_after_an_adjective_is_a_noun() {
    assert_no_statements(&[
        "The program turns colours into musical notes so that she can read charts.",
        "Other educational highlights include a film about the river.",
        "The physical demands of the job will only get harder for her.",
    ]);
    // A word of such an ending that names a person is a subject and its verb.
    let doc = extract("The official says that the bridge will reopen in June.");
    assert_eq!(
        speaker_span_of(&doc, "the bridge will reopen in June"),
        Some("The official"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn compared_to_and_a_challenge_to_open_a_phrase_not_what_is_credited() {
    assert_no_statements(&[
        "Of the 30 members, 18 are men compared to 12 women.",
        "Sales rose 4% in March, compared with 2% a year earlier.",
        "She mounted the most serious challenge to the mayor in years.",
        "The club gave its support to two jailed fans.",
        "To some, it sounds like a plan drawn up in a hurry.",
    ]);
    assert_cues(&[(
        "Lena Hart compared the budget to a leaking bucket.",
        "the budget to a leaking bucket",
        "compare",
    )]);
}

#[test]
fn reported_to_a_body_is_a_filing_and_reported_to_have_a_report() {
    assert_no_statements(&["The fund reported to the Election Commission in May."]);
    let doc = extract("Among those reported to have doubts were two senior members.");
    assert_statement_starting(&doc, "to have doubts", true);
}

#[test]
fn posting_or_seeing_results_is_no_attribution() {
    assert_no_statements(&[
        "The airline has posted a record first-half profit thanks to cost cuts.",
        "The telecoms firm saw strong fourth quarter sales on the back of mobile earnings.",
    ]);
    assert_cues(&[(
        "Analysts saw the rise in rates as a warning sign.",
        "the rise in rates as a warning sign",
        "see",
    )]);
}

#[test]
fn said_by_someone_in_the_passive_reports_no_bare_subject() {
    let doc = extract("He was said by aides to be furious about the delay.");
    assert!(
        statement_texts(&doc).iter().all(|t| *t != "He"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_outlet_told_keeps_its_kind_and_title() {
    for (text, content) in [
        (
            "Rhona Tiller told the Courier newspaper there would be no casinos.",
            "there would be no casinos",
        ),
        (
            "Rhona Tiller told the BBC programme Go Digital she hoped it would help schools.",
            "she hoped it would help schools",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(statement_texts(&doc), [content], "{}", describe(&doc));
    }
}

#[test]
fn shares_in_a_list_or_a_holding_are_no_cue() {
    for text in [
        "The offer is made up of cash, shares and dividends.",
        "Velmark shares in Brellmark fell 5%.",
    ] {
        let doc = extract(text);
        assert!(
            statement_texts(&doc).is_empty(),
            "{text:?}: {}",
            describe(&doc)
        );
    }
    let doc = extract("Rhona Tiller, a local candidate, shares this bleak view.");
    assert_eq!(
        statement_texts(&doc),
        ["this bleak view"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_list_and_a_stock_market_listing_are_no_cues() {
    assert_no_statements(&[
        "The search engine returns a list of websites found by indexing the web.",
        "Shares in the listed company fell by 3% on Tuesday.",
        "The bank is in the race to list overseas next year.",
        "The novel stayed on best-seller lists for a full year.",
    ]);
    // Listing what someone did is still said.
    let doc = extract("Rhona Tiller listed her government's achievements at the rally.");
    assert_eq!(
        statement_texts(&doc),
        ["her government's achievements"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn characterize_labels_what_it_credits() {
    let doc = extract(
        "Campaign\n\nDan Pike routinely characterizes himself as a \"change warrior\" who \
         \"saved the company.\"",
    );
    let st = statement(
        &doc,
        "himself as a \"change warrior\" who \"saved the company.\"",
    );
    assert_eq!(
        name(&doc, st.speaker),
        Some("Dan Pike"),
        "{}",
        describe(&doc)
    );
    assert_eq!(st.cue.as_deref(), Some("characterize"));
}

#[test]
fn a_figure_that_declined_refuses_nothing() {
    assert_no_statements(&[
        "Net income at Brellmark Corp declined to 3 mln dlrs from 4 mln dlrs.",
        "Sales declined 5 pct in the first quarter.",
        "The pound declined sharply against the yen.",
    ]);
    // A refusal keeps its cue.
    let doc = extract("Tom Vale declined to comment on the report.");
    assert_eq!(
        speaker_of(&doc, "to comment on the report"),
        Some("Tom Vale"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn citing_unnamed_sources_is_sourcing_not_something_said() {
    // Whom a report relies on is no content; a claim cited is.
    assert_no_statements(&[
        "The report came from the Daily Courier, which cited people familiar with the case.",
    ]);
    let text = "Mayor Ann Vale cited a source for her claim that the budget would fall.";
    assert_statement_starting(&extract(text), "a source for her claim", true);
}
