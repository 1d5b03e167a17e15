//! Reported (indirect) speech: the speaker, the cue lemma and the exact content clause.

use crate::util::{
    assert_no_statements, assert_speakers, assert_statement_starting, describe, entity_names,
    extract, name, speaker_of, speaker_span_of, statement, statement_texts,
};
use newsgraph::extract::{Document, Statement, StatementForm};

/// The one indirect statement of a document.
fn indirect(doc: &Document) -> &Statement {
    let found: Vec<&Statement> = doc
        .annotations
        .statements
        .iter()
        .filter(|st| st.form == StatementForm::Indirect)
        .collect();
    assert_eq!(found.len(), 1, "one indirect statement{}", describe(doc));
    found[0]
}

/// (text, speaker, cue lemma, content).
type Case<'a> = (&'a str, &'a str, &'a str, &'a str);

fn check(cases: &[Case]) {
    for &(text, speaker, cue, content) in cases {
        let doc = extract(text);
        let st = indirect(&doc);
        let ctx = || format!("in {text:?}{}", describe(&doc));
        assert_eq!(st.text(&doc.text), content, "content {}", ctx());
        assert_eq!(name(&doc, st.speaker), Some(speaker), "speaker {}", ctx());
        assert_eq!(st.cue.as_deref(), Some(cue), "cue {}", ctx());
        let cue_words = st.cue_span.clone().map(|s| &doc.text[s]);
        assert!(cue_words.is_some(), "cue span {}", ctx());
    }
}

/// (text, content, the source's own words): an unnamed source credited by its words.
fn check_source_words(cases: &[(&str, &str, &str)]) {
    for &(text, content, words) in cases {
        let doc = extract(text);
        assert_eq!(
            speaker_span_of(&doc, content),
            Some(words),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn said_with_a_bare_clause_reports_the_clause() {
    check(&[
        (
            "Helen Okafor said the bridge would reopen in May.",
            "Helen Okafor",
            "say",
            "the bridge would reopen in May",
        ),
        (
            "Graham Dawson said they had sold the stand to a developer.",
            "Graham Dawson",
            "say",
            "they had sold the stand to a developer",
        ),
    ]);
}

#[test]
fn a_clause_whose_verb_is_fused_with_its_pronoun_is_reported() {
    check(&[
        (
            "Graham Dawson said it’s the best view of the harbour.",
            "Graham Dawson",
            "say",
            "it’s the best view of the harbour",
        ),
        (
            "Helen Okafor said there's no money left for the ferry.",
            "Helen Okafor",
            "say",
            "there's no money left for the ferry",
        ),
    ]);
}

#[test]
fn said_that_reports_the_clause_after_that() {
    check(&[
        (
            "Helen Okafor said that the bridge would reopen in May.",
            "Helen Okafor",
            "say",
            "the bridge would reopen in May",
        ),
        (
            "Graham Dawson told reporters on Monday that the club had no debts.",
            "Graham Dawson",
            "tell",
            "the club had no debts",
        ),
    ]);
}

#[test]
fn warned_that_reports_the_warning() {
    check(&[
        (
            "Graham Dawson warned that the club could lose its licence.",
            "Graham Dawson",
            "warn",
            "the club could lose its licence",
        ),
        (
            "Greenpeace warned on Friday that the spill would reach the coast within days.",
            "Greenpeace",
            "warn",
            "the spill would reach the coast within days",
        ),
    ]);
}

#[test]
fn according_to_name_reports_the_main_clause() {
    check(&[(
        "According to Helen Okafor, the bridge will reopen in May.",
        "Helen Okafor",
        "say",
        "the bridge will reopen in May",
    )]);
}

#[test]
fn according_to_between_an_opening_phrase_and_the_clause_reports_the_clause() {
    check(&[
        (
            "Over the next decade, according to Helen Okafor, the bridge will carry twice the traffic.",
            "Helen Okafor",
            "say",
            "Over the next decade the bridge will carry twice the traffic",
        ),
        // The source's apposition stands between the clause's subject and its verb.
        (
            "At the root of the delay, according to Helen Okafor, a former engineer, was a \
             shortage of steel.",
            "Helen Okafor",
            "say",
            "At the root of the delay was a shortage of steel",
        ),
    ]);
}

#[test]
fn an_opening_phrase_without_a_verb_is_not_what_was_said() {
    let doc = extract(
        "Helen Okafor runs the depot. Last spring, at a council meeting in Leeds, she said \
         that the depot would close.",
    );
    let texts = statement_texts(&doc);
    assert_eq!(texts, ["the depot would close"], "{}", describe(&doc));
    // A clause with an irregular past tense is still read before a trailing cue.
    let doc = extract("Fares rose by a tenth last year, Helen Okafor said.");
    assert_eq!(
        statement_texts(&doc),
        ["Fares rose by a tenth last year"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_trailing_name_and_said_reports_the_clause_before_it() {
    check(&[
        (
            "The bridge will reopen to lorries in May, Helen Okafor said.",
            "Helen Okafor",
            "say",
            "The bridge will reopen to lorries in May",
        ),
        (
            "The shop floor was flooded twice last winter, Piotr Kowalski said on Tuesday.",
            "Piotr Kowalski",
            "say",
            "The shop floor was flooded twice last winter",
        ),
        // Four words, two of them content words, are a clause too.
        (
            "The harvest was poor, Helen Okafor said on Tuesday.",
            "Helen Okafor",
            "say",
            "The harvest was poor",
        ),
        // Two names joined by "and" and their verb are a clause whatever its length.
        (
            "Tom Vale and Ann Hale will lose, Helen Okafor said.",
            "Helen Okafor",
            "say",
            "Tom Vale and Ann Hale will lose",
        ),
    ]);
}

#[test]
fn she_said_reports_for_the_woman_named_before() {
    let text = "Helen Okafor visited the flooded estate on Monday. She said the council would pay \
                for new boilers.";
    let doc = extract(text);
    let st = indirect(&doc);
    assert_eq!(
        &doc.text[st.span.clone()],
        "the council would pay for new boilers"
    );
    assert_eq!(
        name(&doc, st.speaker),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    assert_eq!(st.speaker_span.clone().map(|s| &doc.text[s]), Some("She"));
}

#[test]
fn said_before_a_quote_is_not_reported_speech() {
    let text = "Helen Okafor said: “The bridge will reopen in May.”";
    let doc = extract(text);
    let forms: Vec<StatementForm> = doc.annotations.statements.iter().map(|s| s.form).collect();
    assert_eq!(forms, [StatementForm::Direct], "{}", describe(&doc));
}

#[test]
fn a_clause_after_an_opening_phrase_is_credited_to_a_trailing_source() {
    let text = "In all, though, the engineers are doing what they can to save the pier, Helen \
                Okafor said.";
    let doc = extract(text);
    let said = "In all, though, the engineers are doing what they can to save the pier";
    assert_eq!(
        speaker_of(&doc, said),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_parenthetical_with_an_honorific_credits_the_clause_around_it() {
    let text = "Ruth Calder runs the ferry. In any case, Ms. Calder said, the harbour was \
                never deep enough.";
    let doc = extract(text);
    let st = statement(&doc, "In any case");
    let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
    assert_eq!(
        pieces,
        ["In any case", "the harbour was never deep enough"],
        "{}",
        describe(&doc)
    );
    assert_eq!(speaker_of(&doc, "In any case"), Some("Ruth Calder"));
}

#[test]
fn a_present_tense_verb_before_its_object_makes_a_clause() {
    let text = "Tom Reyes said each new lane adds a minute to the crossing.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "each new lane adds a minute to the crossing"),
        Some("Tom Reyes"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_question_put_by_an_unnamed_asker_is_a_statement_without_a_source() {
    let text = "Asked on Tuesday about the harbour, Helen Okafor said nothing.";
    let doc = extract(text);
    let st = statement(&doc, "about the harbour");
    assert_eq!(st.cue.as_deref(), Some("ask"), "{}", describe(&doc));
    assert_eq!(st.speaker, None);
    assert_eq!(st.speaker_span, None);
}

#[test]
fn a_trailing_source_after_a_quote_closing_with_its_comma_credits_the_whole_clause() {
    let text = "The two mayors agreed that “patient talks” are the answer to the “harbour \
                dispute,” the county council said in a statement.";
    let doc = extract(text);
    let st = doc
        .annotations
        .statements
        .iter()
        .find(|st| doc.text[st.span.clone()].starts_with("The two mayors agreed"))
        .unwrap_or_else(|| panic!("no statement{}", describe(&doc)));
    let words = st.speaker_span.clone().map(|s| &doc.text[s]);
    assert_eq!(words, Some("the county council"), "{}", describe(&doc));
}

#[test]
fn two_subjects_joined_by_and_stay_in_one_clause() {
    check(&[(
        "Marta Lindqvist said she and Oren Hale promised to rebuild the pier.",
        "Marta Lindqvist",
        "say",
        "she and Oren Hale promised to rebuild the pier",
    )]);
}

#[test]
fn an_elliptic_answer_is_the_clause_asked_about() {
    check(&[
        (
            "Senators split on the vote. Priya Natarajan said she would.",
            "Priya Natarajan",
            "say",
            "she would",
        ),
        (
            "Few admitted it. Colm Brady said he did.",
            "Colm Brady",
            "say",
            "he did",
        ),
    ]);
}

#[test]
fn a_clause_of_its_own_or_a_participle_cue_ends_the_content() {
    check(&[
        (
            "Lena Vogt said the real problem is the budget, and she left the meeting early.",
            "Lena Vogt",
            "say",
            "the real problem is the budget",
        ),
        (
            "Arjun Mehta said the ferry would run all winter as he toured the harbour.",
            "Arjun Mehta",
            "say",
            "the ferry would run all winter",
        ),
        // So does one opened by "there", "it" or a first person after ", and" and an object
        // phrase; after a clause it may still be what was said.
        (
            "Lena Vogt mentioned the new ferry, and there were no questions about the fares.",
            "Lena Vogt",
            "mention",
            "the new ferry",
        ),
        (
            "Arjun Mehta said the fire was an accident, and there was no sign of arson.",
            "Arjun Mehta",
            "say",
            "the fire was an accident, and there was no sign of arson",
        ),
        // But "as it" gives the source's reason.
        (
            "Arjun Mehta said the plan was good for the town as it would bring jobs.",
            "Arjun Mehta",
            "say",
            "the plan was good for the town as it would bring jobs",
        ),
        // A perfect tense with no subject of its own tells what the source did since.
        (
            "Lena Vogt said she would visit the island, and to date has only sent a letter.",
            "Lena Vogt",
            "say",
            "she would visit the island",
        ),
        (
            "Arjun Mehta says he will back the plan but has delayed his vote.",
            "Arjun Mehta",
            "say",
            "he will back the plan",
        ),
        // A perfect tense with a subject of its own is part of what was said.
        (
            "Lena Vogt said the ferry would run and the council has paid for the boats.",
            "Lena Vogt",
            "say",
            "the ferry would run and the council has paid for the boats",
        ),
    ]);
}

#[test]
fn a_participle_cue_after_a_quoted_comma_reports_its_own_clause() {
    let text =
        "Odile Marchetti said the club had “grown a lot,” claiming that she alone had done it.";
    let doc = extract(text);
    let st = statement(&doc, "she alone had done it");
    assert_eq!(st.cue.as_deref(), Some("claim"), "{}", describe(&doc));
    assert_eq!(
        speaker_of(&doc, "she alone had done it"),
        Some("Odile Marchetti")
    );
}

#[test]
fn a_contrast_or_a_relative_clause_is_not_reported() {
    check(&[(
        "Brazil has tried to look like a broker, reiterating its calls for talks in a paper released last week, even as Argentina continues a siege that has left thousands dead.",
        "Brazil",
        "reiterate",
        "its calls for talks in a paper released last week",
    )]);
}

#[test]
fn despite_or_amid_claims_names_no_source() {
    let doc =
        extract("He insisted he still trusted Ann Lee, despite claims to the contrary in a book.");
    assert!(
        doc.annotations.statements.iter().all(|st| st
            .speaker_span
            .as_ref()
            .is_none_or(|sp| !doc.text[sp.clone()].eq_ignore_ascii_case("despite"))),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_participle_after_a_quotes_attribution_credits_the_quotes_speaker() {
    check(&[
        (
            "“We will not wait,” Helen Okafor said, referring to the county budget.",
            "Helen Okafor",
            "refer to",
            "the county budget",
        ),
        (
            "“We will not wait,” said Graham Dawson, adding that the council would meet on Friday.",
            "Graham Dawson",
            "add",
            "the council would meet on Friday",
        ),
        // The source's description, a name inside the quote, and a cue in the description
        // stand between.
        (
            "“Frankly, it is classic Harold Wilson,” said Graham Dawson, a historian who is now \
             advising the council, referring to the former prime minister.",
            "Graham Dawson",
            "refer to",
            "the former prime minister",
        ),
    ]);
}

#[test]
fn an_object_content_drops_its_trailing_month() {
    check(&[(
        "Helen Okafor was referring to the county budget in March.",
        "Helen Okafor",
        "refer to",
        "the county budget",
    )]);
}

#[test]
fn a_participle_after_by_credits_the_sentence_subject() {
    check(&[(
        "Helen Okafor opened the meeting by talking about the county budget.",
        "Helen Okafor",
        "talk about",
        "the county budget",
    )]);
}

#[test]
fn a_progressive_cue_credits_its_own_subject_not_the_sentence_subject() {
    let text = "Tom Hale has vowed to reopen the mill, and Helen Okafor is promising to help the \
                town move on to new trades.";
    let doc = extract(text);
    let st = statement(&doc, "to help the town move on to new trades");
    assert_eq!(
        name(&doc, st.speaker),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    assert_eq!(st.cue.as_deref(), Some("promise"), "{}", describe(&doc));
}

#[test]
fn a_pronoun_contracted_with_has_is_the_source() {
    let text = "Tom Hale spoke in Leeds on Monday. He’s predicted big wins in the council races.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "big wins in the council races"),
        Some("Tom Hale"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(&doc, "big wins in the council races"),
        Some("He"),
        "{}",
        describe(&doc)
    );
    // "he’s said to be …" is a passive: no one is named as saying it.
    assert_no_statements(&["Tom Hale spoke in Leeds. He’s said to be the favourite to win."]);
}

#[test]
fn adverbs_between_the_cue_and_that_are_passed_over() {
    check(&[
        (
            "Tom Hale revealed, somewhat stiltedly, that he would vote for the levy.",
            "Tom Hale",
            "reveal",
            "he would vote for the levy",
        ),
        (
            "Tom Hale said, twice, that he was going back to work on Wednesday.",
            "Tom Hale",
            "say",
            "he was going back to work on Wednesday",
        ),
    ]);
}

#[test]
fn an_opening_phrase_before_a_parenthetical_cue_is_part_of_what_was_said() {
    // Both pieces around the parenthetical source are one statement.
    let text = "After small rises in fares over the next two years, the transport office said, \
                they will go up more sharply after 2028.";
    let doc = extract(text);
    let st = statement(&doc, "they will go up more sharply after 2028");
    let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
    assert_eq!(
        pieces,
        [
            "After small rises in fares over the next two years",
            "they will go up more sharply after 2028"
        ],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_that_clause_opening_with_a_phrase_runs_on_to_its_main_clause() {
    check(&[(
        "Reuters reported that during the mayor's visit to Cardiff this week, the council \
         repeated its request for funds.",
        "Reuters",
        "report",
        "during the mayor's visit to Cardiff this week, the council repeated its request for funds",
    )]);
}

#[test]
fn a_name_set_off_after_its_description_is_the_speaker() {
    check(&[(
        "Another Lee ally, Transport Secretary Tom Vale, told the BBC that the news was an \
         effort to hurt her.",
        "Tom Vale",
        "tell",
        "the news was an effort to hurt her",
    )]);
    // A name inside a description is not the one set off: "a spokesman for Ryan".
    let text = "Tom Vale, a spokesman for Ann Lee, said the council had been told in advance.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "the council had been told in advance"),
        Some("Tom Vale"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn quoted_words_the_content_opens_run_on_to_their_closing_mark() {
    let text = "Helen Okafor said that the parking rules “are settled. And I think we have to \
                leave them that way.”";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    let st = &doc.annotations.statements[0];
    assert_eq!(
        st.text(&doc.text),
        "the parking rules “are settled. And I think we have to leave them that way.”",
        "{}",
        describe(&doc)
    );
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
}

#[test]
fn a_name_opening_a_longer_source_phrase_is_the_speaker() {
    check(&[
        (
            "Helen Okafor went on to say that the bridge would reopen.",
            "Helen Okafor",
            "say",
            "the bridge would reopen",
        ),
        (
            "Graham Dawson hasn't expressed an interest in the council seat.",
            "Graham Dawson",
            "express",
            "an interest in the council seat",
        ),
    ]);
}

#[test]
fn a_participle_naming_an_earlier_utterance_reports_nothing_new() {
    let text = "“The bridge will reopen in May,” Helen Okafor said, echoing her comments at a \
                meeting last week.";
    let doc = extract(text);
    let indirect = doc
        .annotations
        .statements
        .iter()
        .filter(|st| st.form == StatementForm::Indirect)
        .count();
    assert_eq!(indirect, 0, "{}", describe(&doc));
}

#[test]
fn as_with_a_source_and_a_cue_credits_the_clause_around_it() {
    check(&[
        (
            "As Helen Okafor noted on Monday, the council has spent the whole repair budget.",
            "Helen Okafor",
            "note",
            "the council has spent the whole repair budget",
        ),
        (
            "The council has spent the whole repair budget, as Graham Dawson wrote last week.",
            "Graham Dawson",
            "write",
            "The council has spent the whole repair budget",
        ),
        (
            "As Tom Reyes put it, the ferry company has simply run out of money.",
            "Tom Reyes",
            "put",
            "the ferry company has simply run out of money",
        ),
        (
            "As reported by Helen Okafor, the city became the first to raise its parking fees.",
            "Helen Okafor",
            "report",
            "the city became the first to raise its parking fees",
        ),
    ]);
    // "as" that opens no source, or a cue that takes no clause, credits nothing.
    assert_no_statements(&[
        "As expected, the council has spent the whole repair budget.",
        "As the crowd applauded, the mayor cut the ribbon on the new bridge.",
    ]);
}

#[test]
fn an_as_source_with_an_aside_before_its_cue_credits_the_clause_before_it() {
    check(&[
        (
            "The vote on the new budget was far too close, as Tom Hale, sitting at his desk, said on Monday.",
            "Tom Hale",
            "say",
            "The vote on the new budget was far too close",
        ),
        (
            "The ferry company has simply run out of money, as Ann Lee, standing outside the hall, said before she left.",
            "Ann Lee",
            "say",
            "The ferry company has simply run out of money",
        ),
    ]);
}

#[test]
fn words_after_said_that_are_no_source_do_not_invert_the_attribution() {
    // The clause around "Mr. Hale said" ends where the "as" source of the quoted words begins;
    // "before she left" after the last "said" is no source of the words before it.
    let text = "Marches, Mr. Hale said, are signs of anger, voiced in the words \"let us vote,\" \
                as Ann Lee, standing outside the hall, said before she left.";
    let doc = extract(text);
    let hale = statement(&doc, "Marches");
    assert_eq!(name(&doc, hale.speaker), Some("Hale"), "{}", describe(&doc));
    assert!(
        hale.text(&doc.text).ends_with("\"let us vote,\""),
        "{}",
        describe(&doc)
    );
    assert!(
        doc.annotations
            .statements
            .iter()
            .all(|st| st.speaker.is_some() && !st.text(&doc.text).contains("Ann Lee")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_clause_whose_verb_follows_a_plural_subject_is_reported() {
    check(&[
        (
            "Helen Okafor said the new timetables provide a faster service to the coast.",
            "Helen Okafor",
            "say",
            "the new timetables provide a faster service to the coast",
        ),
        (
            "Graham Dawson said local farmers distrust the water board.",
            "Graham Dawson",
            "say",
            "local farmers distrust the water board",
        ),
    ]);
}

#[test]
fn a_subordinate_clause_and_its_main_clause_before_a_trailing_cue_are_what_was_said() {
    check(&[(
        "Since the ferry carries more passengers than the bridge, the council should fund it first, Helen Okafor said.",
        "Helen Okafor",
        "say",
        "Since the ferry carries more passengers than the bridge, the council should fund it first",
    )]);
}

#[test]
fn a_relative_clause_inside_the_subject_of_the_content_belongs_to_it() {
    check(&[(
        "Graham Dawson said the decision, which closed the harbour road, was a mistake.",
        "Graham Dawson",
        "say",
        "the decision, which closed the harbour road, was a mistake",
    )]);
}

#[test]
fn a_title_case_headline_ending_with_its_cue_reports_what_comes_before() {
    check(&[(
        "Council Should Rebuild The Harbour Bridge, Helen Okafor Says",
        "Helen Okafor",
        "say",
        "Council Should Rebuild The Harbour Bridge",
    )]);
}

#[test]
fn a_title_case_headline_with_two_verbs_gives_two_statements_of_its_subject() {
    let text = "Okafor Says Voters Backed The Levy, Calls Dawson’s Remarks ‘Troubling.’\n\n\
                LEEDS (Reuters) - Helen Okafor said voters backed the levy in Monday's vote.";
    let doc = extract(text);
    for said in ["Voters Backed The Levy", "Dawson’s Remarks ‘Troubling.’"] {
        assert_eq!(
            speaker_of(&doc, said),
            Some("Helen Okafor"),
            "{said:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_title_case_headline_verb_after_and_credits_its_own_object() {
    let text = "Helen Okafor Backs Harbour Levy And Denounces Council Plan\n\n\
                LEEDS (Reuters) - Helen Okafor spoke on Monday.";
    let doc = extract(text);
    let texts = statement_texts(&doc);
    assert!(
        texts.contains(&"Harbour Levy"),
        "{texts:?}{}",
        describe(&doc)
    );
    assert!(
        texts.contains(&"Council Plan"),
        "{texts:?}{}",
        describe(&doc)
    );
}

#[test]
fn a_raising_verb_inside_a_reported_clause_leaves_the_clause_whole() {
    check(&[(
        "James Henson, director of the Leeds Politics Project, said his campaign appears to be \
         taking the same tack.",
        "James Henson",
        "say",
        "his campaign appears to be taking the same tack",
    )]);
}

#[test]
fn long_descriptions_between_a_name_and_its_cue_are_passed_over() {
    check(&[
        (
            "Mike Shields, president of the Leeds Leadership Fund, a group allied with the \
             council, said nearly every talk he has had with donors centres on the levy.",
            "Mike Shields",
            "say",
            "nearly every talk he has had with donors centres on the levy",
        ),
        (
            "Neil Sroka, director of the group Fair Fares - which was founded by Tom Hale in \
             2004 - said Lee has several options.",
            "Neil Sroka",
            "say",
            "Lee has several options",
        ),
        (
            "Deborah Reynolds - Hale's partner and co-host on his radio show - told The Leeds \
             Post that his views turned extreme around 2002.",
            "Deborah Reynolds",
            "tell",
            "his views turned extreme around 2002",
        ),
    ]);
}

#[test]
fn an_inverted_cue_before_a_source_with_a_relative_clause_credits_the_clause_before() {
    check(&[(
        "The group raising money for the fair is $9 million short, said former Leeds mayor Ed \
         Rendell, who chairs the host committee.",
        "Ed Rendell",
        "say",
        "The group raising money for the fair is $9 million short",
    )]);
}

#[test]
fn a_conditional_before_a_parenthetical_cue_is_part_of_what_was_said() {
    let text = "If the law conflicts with the party's rules, Tom Hale said, members must ignore \
                the law.";
    let doc = extract(text);
    let st = statement(&doc, "members must ignore the law");
    assert_eq!(
        name(&doc, st.speaker),
        Some("Tom Hale"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        &doc.text[st.pieces[0].clone()],
        "If the law conflicts with the party's rules",
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_conditional_whose_subject_is_a_cue_noun_is_part_of_what_was_said() {
    // "plan" and "demands" are cue words, but no verbs of the conditional here.
    for (text, speaker, opening, rest) in [
        (
            "If the plan fails, Ann Lee warned, supporters will leave the party.",
            "Ann Lee",
            "If the plan fails",
            "supporters will leave the party",
        ),
        (
            "When the demands are not met, Tom Hale said, members walk out.",
            "Tom Hale",
            "When the demands are not met",
            "members walk out",
        ),
    ] {
        let doc = extract(text);
        let st = statement(&doc, rest);
        assert_eq!(name(&doc, st.speaker), Some(speaker), "{}", describe(&doc));
        let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
        assert_eq!(pieces, [opening, rest], "{}", describe(&doc));
    }
}

#[test]
fn a_trailing_clause_ending_in_a_role_after_a_preposition_is_still_a_clause() {
    check(&[(
        "Voters turned out in huge numbers to choose candidates for president, Jo Kander said.",
        "Jo Kander",
        "say",
        "Voters turned out in huge numbers to choose candidates for president",
    )]);
}

#[test]
fn an_inverted_source_with_a_description_ending_the_sentence_is_no_clause() {
    check(&[(
        "The port has lost trade to its rivals in the south, said Ines Ferreira, an \
         international relations expert at Porto University.",
        "Ines Ferreira",
        "say",
        "The port has lost trade to its rivals in the south",
    )]);
}

#[test]
fn an_occupation_before_a_trailing_source_is_part_of_the_source() {
    check(&[(
        "Many commuters found the new timetable confusing, journalist Ruth Adler said in \
         putting the question to the minister.",
        "Ruth Adler",
        "say",
        "Many commuters found the new timetable confusing",
    )]);
}

#[test]
fn a_reduced_clause_between_commas_stands_between_a_source_and_its_cue() {
    let doc = extract("Ann Lee, when asked about the vote, said she had no regrets.");
    assert_eq!(
        speaker_of(&doc, "she had no regrets"),
        Some("Ann Lee"),
        "{}",
        describe(&doc)
    );
    check_source_words(&[(
        "The ministry, when contacted by the paper, said the talks had stalled.",
        "the talks had stalled",
        "The ministry",
    )]);
}

#[test]
fn a_relative_clause_about_the_outlet_stands_between_a_cue_and_its_that_clause() {
    check(&[
        (
            "Tom Hale said on Sky News, where he is now a paid contributor, that the mayor \
             should resign.",
            "Tom Hale",
            "say",
            "the mayor should resign",
        ),
        (
            "Ann Lee told the Leeds Post, which first reported the story, that she would resign.",
            "Ann Lee",
            "tell",
            "she would resign",
        ),
    ]);
}

#[test]
fn an_answer_said_stands_for_the_clause_asked_about() {
    check(&[("Ann Lee said no.", "Ann Lee", "say", "no")]);
    let doc = extract("Asked whether the council can cope, Tom Hale said yes.");
    assert_eq!(
        speaker_of(&doc, "yes"),
        Some("Tom Hale"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_participle_after_a_series_of_tweets_credits_the_sentence_subject() {
    let doc = extract(
        "Tom Hale is doubling down on his attacks. Hale unleashed a series of tweets early Friday \
         saying that Ann Lee had shown bad judgment.",
    );
    assert_eq!(
        speaker_of(&doc, "Ann Lee had shown bad judgment"),
        Some("Tom Hale"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_quantifier_after_a_list_of_speakers_is_passed_over() {
    let doc = extract(
        "Sens. Ann Lee (D-Ore.) and Tom Hale (D-Ohio) all suggested that the claims could be \
         grounds for a fraud case.",
    );
    let speaker = speaker_of(&doc, "the claims could be grounds for a fraud case");
    assert!(
        matches!(speaker, Some("Ann Lee" | "Tom Hale")),
        "{speaker:?}{}",
        describe(&doc)
    );
}

#[test]
fn the_subject_of_was_quick_to_or_went_on_to_is_the_source() {
    check(&[
        (
            "Ann Lee was careful to point out that the deal was not final.",
            "Ann Lee",
            "point out",
            "the deal was not final",
        ),
        (
            "Tom Hale was quick to add that the fee would not change.",
            "Tom Hale",
            "add",
            "the fee would not change",
        ),
        (
            "Ines Ferreira then went on to explain what she likes about the plan.",
            "Ines Ferreira",
            "explain",
            "what she likes about the plan",
        ),
    ]);
}

#[test]
fn according_to_after_a_dash_or_no_mark_credits_the_clause_before() {
    for (text, content) in [
        (
            "In 2014, the town had 115 violent crimes — including robbery — according to the \
             most recent police figures.",
            "In 2014, the town had 115 violent crimes — including robbery",
        ),
        (
            "Lee leads Hale by 271 delegates according to a count by the Leeds Post, but Hale \
             has vowed to fight on.",
            "Lee leads Hale by 271 delegates",
        ),
        (
            "Lee has spent $7 million on radio ads, largely aimed at voters in coastal states, \
             according to a tracker.",
            "Lee has spent $7 million on radio ads, largely aimed at voters in coastal states",
        ),
    ] {
        let doc = extract(text);
        let st = statement(&doc, content);
        assert_eq!(st.cue.as_deref(), Some("say"), "{}", describe(&doc));
    }
}

#[test]
fn a_parenthetical_cue_with_its_addressee_splits_one_clause() {
    let doc = extract("The industry, Ann Lee told Reuters, is doing much better.");
    let st = statement(&doc, "is doing much better");
    assert_eq!(
        name(&doc, st.speaker),
        Some("Ann Lee"),
        "{}",
        describe(&doc)
    );
    let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
    assert_eq!(
        pieces,
        ["The industry", "is doing much better"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_passive_participle_aside_stands_between_an_unnamed_source_and_its_cue() {
    check_source_words(&[(
        "The union, backed by its members, said the deal was unfair to nurses.",
        "the deal was unfair to nurses",
        "The union",
    )]);
}

#[test]
fn a_trailing_source_with_its_description_set_off_before_the_name_credits_the_clause() {
    check(&[(
        "The harbour will reopen in May, the council's chief engineer, Ann Lee, told the \
         Leeds Post.",
        "Ann Lee",
        "tell",
        "The harbour will reopen in May",
    )]);
}

#[test]
fn an_as_source_with_an_addressee_credits_the_clause_after_it() {
    check(&[(
        "As Ann Lee told the Leeds Post, tax relief is given in exchange for creating jobs.",
        "Ann Lee",
        "tell",
        "tax relief is given in exchange for creating jobs",
    )]);
}

#[test]
fn asked_with_where_the_question_came_before_it_reports_the_question() {
    for (text, question) in [
        (
            "Asked on Radio Leeds who leads the party in his view, Tom Hale named the mayor.",
            "who leads the party in his view",
        ),
        (
            "Asked at a briefing Monday in Leeds about the vote, Ann Lee said the result was \
             clear.",
            "about the vote",
        ),
    ] {
        let doc = extract(text);
        let st = statement(&doc, question);
        assert_eq!(st.cue.as_deref(), Some("ask"), "{}", describe(&doc));
    }
}

#[test]
fn a_quoted_label_closing_with_its_comma_ends_what_was_called() {
    let doc = extract(
        "In another post, Tom Hale called Ann Lee the \"ultimate hypocrite,\" linking to a \
         story about her trip.",
    );
    let texts = statement_texts(&doc);
    assert!(
        texts.contains(&"Ann Lee the \"ultimate hypocrite,\""),
        "{texts:?}{}",
        describe(&doc)
    );
    // A list of labels goes on to its end.
    let doc = extract(
        "Tom Hale called the senator a \"nasty guy,\" an \"anchor baby\" and \"unstable.\"",
    );
    let texts = statement_texts(&doc);
    assert!(
        texts.iter().any(|t| t.ends_with("\"unstable.\"")),
        "{texts:?}{}",
        describe(&doc)
    );
}

#[test]
fn a_participle_after_an_unnamed_subject_credits_the_subject_words() {
    check_source_words(&[(
        "The departments declined to give any details about the process, saying they cannot \
         discuss the case.",
        "they cannot discuss the case",
        "The departments",
    )]);
}

#[test]
fn a_participle_after_a_dash_credits_the_sentence_subject() {
    let doc = extract(
        "Tom Hale changed his mind on the spot – saying he would now back the northern route.",
    );
    assert_eq!(
        speaker_of(&doc, "he would now back the northern route"),
        Some("Tom Hale"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_source_before_a_participle_phrase_and_its_cue_is_the_sentence_opening() {
    let doc = extract(
        "A Leeds Post/Radio Leeds survey conducted last week found that most riders rated the \
         service as poor.",
    );
    let st = statement(&doc, "most riders rated the service as poor");
    assert_eq!(st.cue.as_deref(), Some("find"), "{}", describe(&doc));
    assert!(
        speaker_span_of(&doc, "most riders rated the service as poor")
            .is_some_and(|s| s.ends_with("survey")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_relative_pronoun_before_a_cue_stands_for_its_antecedent() {
    check_source_words(&[(
        "The ruling followed a request by the Leeds Post, which argued that the files were a \
         matter of public interest.",
        "the files were a matter of public interest",
        "the Leeds Post",
    )]);
    check_source_words(&[(
        "The report went to a harbour panel, which said the pier was unsafe.",
        "the pier was unsafe",
        "a harbour panel",
    )]);
}

#[test]
fn a_short_prepositional_aside_stands_between_an_unnamed_source_and_its_cue() {
    check_source_words(&[(
        "Supporters of the levy, on the other hand, argued that the ruling will help the port.",
        "the ruling will help the port",
        "Supporters of the levy",
    )]);
}

#[test]
fn a_trailing_source_and_cue_end_an_object_cue_content() {
    let doc = extract("Ann Lee has maintained support among older voters, the new poll found.");
    let texts = statement_texts(&doc);
    assert!(
        texts.iter().all(|t| !t.contains("poll found")),
        "{texts:?}{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(&doc, "Ann Lee has maintained support among older voters"),
        Some("the new poll"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_time_phrase_between_said_and_its_clause_is_passed_over() {
    check(&[(
        "Graham Dawson said after the vote he would not stand again.",
        "Graham Dawson",
        "say",
        "he would not stand again",
    )]);
}

#[test]
fn a_clause_may_open_with_a_number_or_a_sum() {
    check(&[
        (
            "Ines Ferreira says 3,400 residents signed the petition in March.",
            "Ines Ferreira",
            "say",
            "3,400 residents signed the petition in March",
        ),
        (
            "Ines Ferreira said her $2 million loan was being written off.",
            "Ines Ferreira",
            "say",
            "her $2 million loan was being written off",
        ),
    ]);
}

#[test]
fn an_inverted_said_credits_the_name_before_its_description() {
    check(&[
        (
            "Wheat prices will climb through the winter, said Nora Feld, a grain analyst at the state university.",
            "Nora Feld",
            "say",
            "Wheat prices will climb through the winter",
        ),
        (
            "The harbour needs a new wall before the storms come, said Piet Vos, the engineer at the port.",
            "Piet Vos",
            "say",
            "The harbour needs a new wall before the storms come",
        ),
    ]);
}

#[test]
fn an_inverted_said_credits_the_person_a_description_sets_off() {
    check(&[
        // A place named inside the description is not the source.
        (
            "The mill had a say in every hire, said a former spokesman for Norway's trade ministry, Olav Brekke.",
            "Olav Brekke",
            "say",
            "The mill had a say in every hire",
        ),
        // Nor is the description, when a relative clause follows the name.
        (
            "The mill had a say in every hire, said a former spokesman, Olav Brekke, who also ran for the council.",
            "Olav Brekke",
            "say",
            "The mill had a say in every hire",
        ),
    ]);
}

#[test]
fn an_inverted_said_takes_a_source_with_a_relative_clause() {
    check(&[(
        "The quarry will close by spring, said Nils Aune, a geologist whose family ran the pit for a century.",
        "Nils Aune",
        "say",
        "The quarry will close by spring",
    )]);
    // An unnamed source whose relative clause ends the sentence.
    check_source_words(&[(
        "The quarry will close by spring, said a county official who asked not to be named.",
        "The quarry will close by spring",
        "a county official",
    )]);
    // A relative clause after the object of "said" is no source of an inverted cue.
    check(&[(
        "Ida Brandt, the former manager, said the clerk who replaced her, Tom Varga, should resign.",
        "Ida Brandt",
        "say",
        "the clerk who replaced her, Tom Varga, should resign",
    )]);
}

#[test]
fn the_one_quoted_as_saying_is_the_source() {
    check(&[
        (
            "Nils Aune was quoted as saying the quarry would close by spring.",
            "Nils Aune",
            "say",
            "the quarry would close by spring",
        ),
        // The outlet that quoted him is neither the source nor a statement of its own.
        (
            "Nils Aune was quoted by the Bergen Post as saying that the quarry would close by spring.",
            "Nils Aune",
            "say",
            "the quarry would close by spring",
        ),
    ]);
}

#[test]
fn a_newspaper_named_before_the_word_newspaper_is_the_source() {
    check(&[(
        "The Bergen Post newspaper said the quarry would close by spring.",
        "Bergen Post",
        "say",
        "the quarry would close by spring",
    )]);
}

#[test]
fn a_clause_right_after_the_occasion_of_saying_is_what_was_said() {
    check(&[
        (
            "Nils Aune said in a statement the quarry would close by spring.",
            "Nils Aune",
            "say",
            "the quarry would close by spring",
        ),
        (
            "Nils Aune said in a television interview Norway would pay.",
            "Nils Aune",
            "say",
            "Norway would pay",
        ),
    ]);
}

#[test]
fn a_stock_ticker_between_a_firm_and_its_verb_is_passed_over() {
    check(&[(
        "Brellmark Oil Corp <BRO> said it would sell its refineries.",
        "Brellmark Oil Corp",
        "say",
        "it would sell its refineries",
    )]);
}

#[test]
fn whom_the_speaker_spoke_with_is_not_the_speaker() {
    check(&[
        (
            "Ida Brandt in an interview with CNN said the ferry would run all winter.",
            "Ida Brandt",
            "say",
            "the ferry would run all winter",
        ),
        (
            "Tom Varga on a call with the Financial Times said his firm would leave the city.",
            "Tom Varga",
            "say",
            "his firm would leave the city",
        ),
    ]);
}

#[test]
fn an_aside_right_after_that_opens_the_clause() {
    check(&[
        (
            "Helen Okafor said that, if elected, she would close the old depot.",
            "Helen Okafor",
            "say",
            "if elected, she would close the old depot",
        ),
        (
            "Graham Dawson noted that, in his view, the ferry had never paid its way.",
            "Graham Dawson",
            "note",
            "in his view, the ferry had never paid its way",
        ),
        (
            "Graham Dawson noted that, like him, Ms. Okafor had been mocked for backing the pier.",
            "Graham Dawson",
            "note",
            "like him, Ms. Okafor had been mocked for backing the pier",
        ),
    ]);
}

#[test]
fn a_number_after_about_or_around_is_the_subject_of_the_clause() {
    check(&[
        (
            "Helen Okafor said about 20 families had asked for new homes.",
            "Helen Okafor",
            "say",
            "about 20 families had asked for new homes",
        ),
        (
            "Graham Dawson has said around 300 workers would lose their jobs.",
            "Graham Dawson",
            "say",
            "around 300 workers would lose their jobs",
        ),
    ]);
}

#[test]
fn people_who_show_something_display_it_and_report_no_evidence() {
    assert_no_statements(&[
        "Several hundred people have shown an interest in the allotments.",
        "Helen Okafor showed great patience with the council.",
        "They showed no sign of leaving the square.",
    ]);
    // A survey that shows something is still evidence.
    let doc = extract("A council survey shows most residents want the depot closed.");
    let st = indirect(&doc);
    assert_eq!(st.text(&doc.text), "most residents want the depot closed");
}

#[test]
fn a_bare_clause_whose_verb_follows_a_singular_noun_is_reported() {
    check(&[(
        "Helen Okafor said the survey raises doubts about the depot.",
        "Helen Okafor",
        "say",
        "the survey raises doubts about the depot",
    )]);
}

#[test]
fn a_long_place_between_the_cue_and_that_is_passed_over() {
    check(&[(
        "Helen Okafor says at a town meeting in Lowell, Massachusetts, that the depot will close.",
        "Helen Okafor",
        "say",
        "the depot will close",
    )]);
}

#[test]
fn an_object_ends_before_the_writers_participle_after_while() {
    check(&[(
        "Helen Okafor endorsed the harbour plan while visiting the docks on Friday.",
        "Helen Okafor",
        "endorse",
        "the harbour plan",
    )]);
}

#[test]
fn a_party_tag_and_a_description_both_stand_between_the_name_and_said() {
    check(&[(
        "Sen. Helen Okafor, D-Ore., a member of the budget committee, said the depot would close.",
        "Helen Okafor",
        "say",
        "the depot would close",
    )]);
}

#[test]
fn one_opening_word_before_a_parenthetical_attribution_is_part_of_the_clause() {
    let text = "Ruth Calder runs the ferry. Now, she said, the harbour is too shallow for it.";
    let doc = extract(text);
    let st = statement(&doc, "Now");
    let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
    assert_eq!(
        pieces,
        ["Now", "the harbour is too shallow for it"],
        "{}",
        describe(&doc)
    );
    assert_eq!(speaker_of(&doc, "Now"), Some("Ruth Calder"));
}

#[test]
fn a_participle_or_relative_aside_stands_between_an_unnamed_source_and_its_verb() {
    for (text, source) in [
        (
            "One former ferry worker, speaking on condition of anonymity, said the harbour was \
             never dredged.",
            "One former ferry worker",
        ),
        (
            "Two harbour pilots, who asked not to be named, said the harbour was never dredged.",
            "Two harbour pilots",
        ),
    ] {
        let doc = extract(text);
        let words = speaker_span_of(&doc, "the harbour was never dredged");
        assert_eq!(words, Some(source), "in {text:?}{}", describe(&doc));
    }
}

#[test]
fn a_cue_joined_by_and_shares_the_unnamed_source_of_the_first() {
    let text = "The ferry company also announced new timetables and said two boats would be sold.";
    let doc = extract(text);
    let words = speaker_span_of(&doc, "two boats would be sold");
    assert_eq!(words, Some("The ferry company"), "{}", describe(&doc));
    // With no cue before it, the subject of the sentence's first verb.
    let text = "The ferry company keeps its accounts private but says its trade has tripled.";
    let doc = extract(text);
    let words = speaker_span_of(&doc, "its trade has tripled");
    assert_eq!(words, Some("The ferry company"), "{}", describe(&doc));
}

#[test]
fn two_cues_of_one_clause_make_one_statement() {
    let doc = extract("Helen Okafor said and hoped that the pier would close in May.");
    let found: Vec<String> = doc
        .annotations
        .statements
        .iter()
        .map(|st| st.text(&doc.text))
        .collect();
    assert_eq!(found, ["the pier would close in May"], "{}", describe(&doc));
}

#[test]
fn a_titled_name_after_the_cue_opens_the_clause_when_a_verb_follows() {
    check(&[
        (
            "Mr. Halvorsen, an economist, said Ms. Achebe was right about the tariffs.",
            "Halvorsen",
            "say",
            "Ms. Achebe was right about the tariffs",
        ),
        (
            "The levy will be scrapped within a year, said Dr. Ines Halvorsen.",
            "Ines Halvorsen",
            "say",
            "The levy will be scrapped within a year",
        ),
    ]);
}

#[test]
fn dashes_set_off_an_aside_before_or_after_the_cue() {
    check(&[(
        "Aldous Penhale said — in a letter, as it turned out — that the depot would close.",
        "Aldous Penhale",
        "say",
        "the depot would close",
    )]);
    check_source_words(&[
        (
            "Several mourners at the chapel — including two of his nephews — said the loss was hard to bear.",
            "the loss was hard to bear",
            "Several mourners at the chapel",
        ),
        (
            "Traders at the market said the new stalls were far too small.",
            "the new stalls were far too small",
            "Traders at the market",
        ),
    ]);
    // An aside between spaced hyphens: its relative clause's verb reports nothing after it.
    check(&[(
        "Aldous Penhale, who chairs the Harbour Trust - which has backed the plan - said the \
         depot would close.",
        "Aldous Penhale",
        "say",
        "the depot would close",
    )]);
}

#[test]
fn a_number_with_thousands_separators_stays_in_the_clause() {
    check(&[(
        "Tomas Virtanen reported that roughly 1,100 pension files were never opened.",
        "Tomas Virtanen",
        "report",
        "roughly 1,100 pension files were never opened",
    )]);
}

#[test]
fn a_participle_after_a_cue_word_used_as_a_noun_credits_the_subject() {
    check(&[(
        "Ilse Brandt laughed at those claims Thursday, saying that the tender had been fair.",
        "Ilse Brandt",
        "say",
        "the tender had been fair",
    )]);
}

#[test]
fn a_participle_after_a_plural_noun_credits_the_subject() {
    assert_speakers(&[(
        "Ilse Brandt has condemned backers who make crude remarks, saying her campaign wants none of it.",
        "her campaign wants none of it",
        "Ilse Brandt",
    )]);
}

#[test]
fn a_participle_credits_the_subject_after_an_opening_phrase() {
    check(&[
        // The opening phrase has no comma of its own.
        (
            "On Sunday morning Ilse Brandt made a third attempt to end the row, writing on her blog that the tender had been fair.",
            "Ilse Brandt",
            "write",
            "the tender had been fair",
        ),
        // A clause that a subordinator opens stands between the phrase and the subject.
        (
            "At the hearing, while most of the members kept quiet, Ilse Brandt pressed the mayor, noting that the tender had been fair.",
            "Ilse Brandt",
            "note",
            "the tender had been fair",
        ),
        // "during" is a preposition, not a participle.
        (
            "In her first week, during a radio interview, Ilse Brandt stood firm, insisting that the tender had been fair.",
            "Ilse Brandt",
            "insist",
            "the tender had been fair",
        ),
    ]);
}

#[test]
fn a_pronoun_subject_is_not_passed_over_for_a_name_after_it() {
    assert_speakers(&[(
        "Ilse Brandt opened the debate. Unlike in 2012, when Ilse Brandt spoke at length, this \
         time she spoke briefly of her friendship with Tomas Virtanen. It is time for a change, \
         she said.",
        "It is time for a change",
        "Ilse Brandt",
    )]);
}

#[test]
fn a_clause_reported_in_an_aside_after_the_subject_ends_with_the_aside() {
    check(&[(
        "Ilse Brandt, after first saying she would not buy airtime in the state, changed course.",
        "Ilse Brandt",
        "say",
        "she would not buy airtime in the state",
    )]);
}

#[test]
fn an_adverb_between_the_introducer_and_the_participle_keeps_the_cue() {
    check(&[(
        "Orla Fenwick opened the new line, while also suggesting that the depot should be sold.",
        "Orla Fenwick",
        "suggest",
        "the depot should be sold",
    )]);
}

#[test]
fn a_question_asked_by_someone_named_is_theirs() {
    check(&[
        (
            "When asked by Rhona Ekwueme about the tolls, the mayor said nothing.",
            "Rhona Ekwueme",
            "ask",
            "about the tolls",
        ),
        (
            "Asked by Quentin Marlowe whether the depot would close, the mayor laughed.",
            "Quentin Marlowe",
            "ask",
            "whether the depot would close",
        ),
    ]);
}

#[test]
fn a_share_before_a_participle_is_its_source() {
    check_source_words(&[
        (
            "Most residents shrugged, with three in 10 saying the toll would change nothing.",
            "the toll would change nothing",
            "three in 10",
        ),
        (
            "Lee leads the race, with 52 percent saying she is ready for the job.",
            "she is ready for the job",
            "52 percent",
        ),
        (
            "A person familiar with the talks for Thursday’s meeting says the bid will be dropped.",
            "the bid will be dropped",
            "A person familiar with the talks for Thursday’s meeting",
        ),
    ]);
}

#[test]
fn a_long_aside_after_the_cue_before_a_pronoun_clause_is_passed_over() {
    check(&[(
        "Orla Fenwick says, win or lose in the vote on Tuesday, she’s staying in the race.",
        "Orla Fenwick",
        "say",
        "she’s staying in the race",
    )]);
}

#[test]
fn a_participle_in_an_opening_phrase_credits_the_pronoun_after_it() {
    let text = "Orla Fenwick spoke for an hour. While saying that she respects the council, she \
                kept up her attack on the tolls.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "she respects the council"),
        Some("Orla Fenwick"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn sources_with_a_relative_clause_a_plural_after_a_number_or_at_least() {
    check_source_words(&[
        (
            "Several unions that have endorsed him say the strike will go ahead.",
            "the strike will go ahead",
            "Several unions",
        ),
        (
            "Most voters in five states polled on Tuesday say the tolls are too high.",
            "the tolls are too high",
            "Most voters in five states",
        ),
        (
            "At least half of voters in each state say the tolls are too high.",
            "the tolls are too high",
            "At least half of voters in each state",
        ),
    ]);
}

#[test]
fn two_plural_nouns_joined_by_and_are_one_source() {
    check_source_words(&[
        (
            "Teachers and union officials say the strike will go ahead.",
            "the strike will go ahead",
            "Teachers and union officials",
        ),
        (
            "The cause of the delay, engineers and inspectors say, is a cracked girder.",
            "The cause of the delay, engineers and inspectors say, is a cracked girder",
            "engineers and inspectors",
        ),
    ]);
}

#[test]
fn a_relative_clause_in_the_subject_of_the_clause_is_passed_over_before_a_verb_in_s() {
    check_source_words(&[(
        "Several councillors said the ruling, which struck down the fees that other towns have copied, shows the need for a new budget.",
        "the ruling, which struck down the fees that other towns have copied, shows the need for a new budget",
        "Several councillors",
    )]);
    assert_no_statements(&[
        "The tolls in other states rose twice last year, and several reports followed.",
    ]);
}

#[test]
fn a_relative_clause_whose_source_stands_before_the_cue_reports_its_verb_phrase() {
    check_source_words(&[
        (
            "The union ended a strike that mill managers said could cut third-quarter output.",
            "could cut third-quarter output",
            "mill managers",
        ),
        (
            "Lena Ortiz kept the ledger, which the auditors said was complete but late.",
            "was complete but late",
            "the auditors",
        ),
        (
            "Farmers fought a levy that regional courts said discriminated against small growers.",
            "discriminated against small growers",
            "regional courts",
        ),
    ]);
    // A plain relative clause without a source of its own reports nothing.
    let doc = extract("The mill that said goodbye to its last workers closed in June.");
    assert!(
        doc.annotations.statements.is_empty(),
        "no statement{}",
        describe(&doc)
    );
}

#[test]
fn that_before_a_verb_is_the_subject_of_what_was_said() {
    let doc =
        extract("Asked about the delay, Tomas Reyes said that was the price of a careful audit.");
    assert_eq!(
        speaker_of(&doc, "that was the price of a careful audit"),
        Some("Tomas Reyes"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_opening_asked_clause_leaves_the_answer_to_the_cue_after_it() {
    let text =
        "Asked whether the plant would close, Mira Castell said she expected a buyer by June.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "she expected a buyer by June"),
        Some("Mira Castell"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_opening_according_to_is_not_the_content_of_a_later_cue() {
    let doc = extract(
        "According to the agenda published Monday, Marta Quinn is due to speak on Friday night.",
    );
    let st = statement(&doc, "Marta Quinn is due to speak on Friday night");
    assert_eq!(st.cue.as_deref(), Some("say"), "{}", describe(&doc));
    assert!(
        statement_texts(&doc)
            .iter()
            .all(|t| !t.starts_with("According")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_broadcaster_s_programme_is_passed_over_as_the_addressee() {
    for text in [
        "Mr Ilves told Harbour Radio's World at One he thought it was a non-story.",
        "Mr Ilves told Harbour TV's Morning With Frost programme he thought it was a non-story.",
    ] {
        let doc = extract(text);
        assert_eq!(
            statement_texts(&doc),
            vec!["he thought it was a non-story"],
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn words_before_a_source_whose_cue_opens_a_quote_are_the_writer_s() {
    let text = "In November, when he surprised the committee with the news, Mr Ilves said: \
                \"The director has decided to stand aside.\"";
    let doc = extract(text);
    assert_eq!(
        statement_texts(&doc)
            .into_iter()
            .filter(|t| t.starts_with("In November"))
            .count(),
        0,
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_set_off_phrase_s_quotation_closing_with_its_comma_leaves_the_main_cue_its_clause() {
    for text in [
        "Mr. Okafor, citing \"the pull of the coast,\" said the party could win three seats.",
        "Mr. Okafor, citing \"the pull of the coast\", said the party could win three seats.",
        "Mr. Okafor, who called it \"the pull of the coast,\" said the party could win three seats.",
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, "the party could win three seats"),
            Some("Okafor"),
            "in {text:?}{}",
            describe(&doc)
        );
        let cited = doc
            .annotations
            .statements
            .iter()
            .find(|st| matches!(st.cue.as_deref(), Some("cite" | "call")));
        assert!(
            cited.is_some_and(|st| st.text(&doc.text).contains("the pull of the coast")),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_listener_named_by_a_common_noun_is_not_what_was_told() {
    check(&[
        (
            "Mr. Okafor told investors last year the mill was a bargain.",
            "Okafor",
            "tell",
            "the mill was a bargain",
        ),
        (
            "Helen Okafor told the crowd she would fight for the harbour.",
            "Helen Okafor",
            "tell",
            "she would fight for the harbour",
        ),
        (
            "Helen Okafor assured voters in Leeds she would fight for the harbour.",
            "Helen Okafor",
            "assure",
            "she would fight for the harbour",
        ),
    ]);
}

#[test]
fn quoted_words_inside_a_bare_clause_leave_it_a_clause() {
    // The quotation marks stand between the clause's subject and its verb.
    check(&[
        (
            "Nadia Brennan said it “humanizes” the council.",
            "Nadia Brennan",
            "say",
            "it “humanizes” the council",
        ),
        (
            "Owen Malley said the levy \"punishes\" small farms.",
            "Owen Malley",
            "say",
            "the levy \"punishes\" small farms",
        ),
    ]);
}

#[test]
fn one_quoted_word_closing_a_clause_before_an_inverted_cue_is_part_of_it() {
    let text = "The new tariff may be \"temporary,\" said Ruth Adeyemi, an economist at Leeds.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "The new tariff may be \"temporary,\""),
        Some("Ruth Adeyemi"),
        "{}",
        describe(&doc)
    );
    // A participle after the quoted words says more of someone else: no clause is credited to
    // the one named inside it.
    let doc = extract(
        "Dana Whitlock praised Ivo Marsh as a \"fine mayor,\" comparing him to his predecessor.",
    );
    assert!(
        doc.annotations
            .statements
            .iter()
            .all(|st| name(&doc, st.speaker) != Some("Ivo Marsh")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_source_with_a_restrictive_relative_clause_is_the_words_before_it() {
    check_source_words(&[
        (
            "The officials whose rules were struck down say the courts have changed.",
            "the courts have changed",
            "The officials",
        ),
        (
            "Residents who were moved from the estate said the council had misled them.",
            "the council had misled them",
            "Residents",
        ),
        // A name inside the relative clause is not the source.
        (
            "Farmers who know Priya Raman well said she would win the seat.",
            "she would win the seat",
            "Farmers",
        ),
    ]);
}

#[test]
fn a_cue_in_a_relative_clause_about_the_subject_stops_before_the_main_verb() {
    // "who backed …" credits its object; the main clause's "say" keeps its own clause.
    let doc = extract("Voters who backed Ana Ruiz at the caucus say the economy is weak.");
    assert_eq!(
        speaker_span_of(&doc, "the economy is weak"),
        Some("Voters"),
        "{}",
        describe(&doc)
    );
    // The named object ends before the writer's "at the caucus".
    assert_eq!(
        speaker_span_of(&doc, "Ana Ruiz"),
        Some("Voters"),
        "{}",
        describe(&doc)
    );
    let doc = extract("Most members who oppose the merger also said the vote was rushed.");
    assert_eq!(
        statement_texts(&doc),
        vec!["the merger", "the vote was rushed"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_inverted_source_described_with_a_relative_clause_credits_the_clause_before() {
    check(&[(
        "Several factors drive up the cost of tuition, said Marta Kowalczyk, an analyst who has written two books on student debt.",
        "Marta Kowalczyk",
        "say",
        "Several factors drive up the cost of tuition",
    )]);
}

#[test]
fn the_people_a_poll_asked_are_a_source() {
    check_source_words(&[
        (
            "By wide margins, those surveyed say housing should come first.",
            "housing should come first",
            "those surveyed",
        ),
        (
            "Voters polled in March said the bypass was a waste of money.",
            "the bypass was a waste of money",
            "Voters",
        ),
    ]);
}

#[test]
fn an_apposition_between_an_unnamed_source_and_its_cue_is_passed_over() {
    check_source_words(&[
        (
            "The nurse, a union steward, said the ward had been short of staff for months.",
            "the ward had been short of staff for months",
            "The nurse",
        ),
        (
            "One shopkeeper, a former councillor who asked not to be named, said trade had halved.",
            "trade had halved",
            "One shopkeeper",
        ),
        // A short passive participle is told by its "by".
        (
            "The organisers, led by a local vicar, said that the march would go ahead.",
            "the march would go ahead",
            "The organisers",
        ),
    ]);
}

#[test]
fn a_label_whose_object_is_a_relative_pronoun_credits_the_complement() {
    // "whom she described as …": the one described is the pronoun before the source.
    let doc = extract(
        "Dale Fenwick praised the stewards, whom he described as “tireless,” at the rally.",
    );
    assert_eq!(
        speaker_of(&doc, "as “tireless,”"),
        Some("Dale Fenwick"),
        "{}",
        describe(&doc)
    );
    check_source_words(&[(
        "The bypass, which one engineer described as a folly, opened in May.",
        "as a folly",
        "one engineer",
    )]);
}

#[test]
fn a_named_object_ends_before_the_writers_circumstances() {
    let doc = extract("Mayor Dana Whitlock praised Ivo Marsh at a rally on Friday.");
    assert_eq!(statement_texts(&doc), ["Ivo Marsh"], "{}", describe(&doc));
    // "on two fronts" says what the criticism was about: part of it.
    let doc = extract("Dana Whitlock criticized Ivo Marsh on two fronts.");
    assert_eq!(
        statement_texts(&doc),
        ["Ivo Marsh on two fronts"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_second_cue_after_a_comma_has_the_first_ones_subject() {
    let doc = extract(
        "Councillor Dana Whitlock slams Ivo Marsh, praises Ruth Adeyemi as a safe pair of hands.",
    );
    assert_eq!(
        speaker_of(&doc, "Ruth Adeyemi as a safe pair of hands"),
        Some("Dana Whitlock"),
        "{}",
        describe(&doc)
    );
    // A cue in a relative clause before the comma is not the main verb's.
    let doc = extract("Ivo Marsh, who endorsed Ruth Adeyemi, said the plan was sound.");
    assert_eq!(
        speaker_of(&doc, "the plan was sound"),
        Some("Ivo Marsh"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn back_as_an_adverb_or_a_retreat_credits_nothing() {
    assert_no_statements(&[
        "Then the campaign moves back to the coast.",
        "The council backed down from the plan on Monday.",
        "Ruth Adeyemi went back home after the vote.",
    ]);
    // Backing someone is still a stance.
    let doc = extract("Ruth Adeyemi backed Ivo Marsh at the hustings.");
    assert_eq!(
        speaker_of(&doc, "Ivo Marsh"),
        Some("Ruth Adeyemi"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_clause_inside_another_drops_nothing_itself() {
    // "Remarks" read as a cue would hold "Says"; it is itself inside what "Calls" credits.
    let doc = extract("Okafor Says Rivals Rigged Vote, Calls Dawson’s Harlow Remarks ‘Troubling.’");
    assert_eq!(
        speaker_of(&doc, "Rivals Rigged Vote"),
        Some("Okafor"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_new_clause_with_its_own_cue_after_a_parenthetical_one_is_its_own() {
    let doc = extract(
        "The ferry was sold for $4 million in 2009, records show, and harbour engineers say it \
         is now worth half that.",
    );
    assert_eq!(
        statement_texts(&doc),
        vec![
            "The ferry was sold for $4 million in 2009",
            "it is now worth half that"
        ],
        "{}",
        describe(&doc)
    );
    // Without a cue of its own, what follows the "and" is still what was said.
    let doc = extract("Most of the diners were regulars, Odile Brun said, and few had booked.");
    let pieces: Vec<&str> = statement(&doc, "and few had booked")
        .pieces
        .iter()
        .map(|p| &doc.text[p.clone()])
        .collect();
    assert_eq!(
        pieces,
        vec!["Most of the diners were regulars", "and few had booked"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_colon_spelling_out_what_was_said_goes_on_unless_a_quote_follows() {
    let doc = extract(
        "Harbour traders now say they have settled on a plan: to buy the old quay together.",
    );
    assert_eq!(
        statement_texts(&doc),
        vec!["they have settled on a plan: to buy the old quay together"],
        "{}",
        describe(&doc)
    );
    let doc = extract("Odile Brun told the meeting: “We will buy the quay.”");
    assert_eq!(
        statement_texts(&doc),
        vec!["We will buy the quay."],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_wish_joined_to_what_was_said_stays_in_it() {
    // PolNeAR and readers take "said A and hoped B" as one utterance; a second verb of
    // speech after "and" is a second attribution.
    let doc = extract("Odile Brun said the quay would stay open and hoped the ferry would return.");
    assert_eq!(
        statement_texts(&doc),
        vec!["the quay would stay open and hoped the ferry would return"],
        "{}",
        describe(&doc)
    );
    let doc =
        extract("Odile Brun said the quay would stay open and added that the ferry would return.");
    assert_eq!(
        statement_texts(&doc),
        vec!["the quay would stay open", "the ferry would return"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_passive_cue_credits_its_subject_to_the_one_after_by() {
    let doc = extract("The new levy was sharply criticised by Nadia Brennan on Monday.");
    assert_eq!(
        speaker_of(&doc, "The new levy"),
        Some("Nadia Brennan"),
        "{}",
        describe(&doc)
    );
    // A reduced relative after the phrase it describes.
    let doc = extract(
        "A judge blocked the harbour toll, opposed by Ruth Adeyemi, because it would hurt trade.",
    );
    assert_eq!(
        speaker_of(&doc, "the harbour toll"),
        Some("Ruth Adeyemi"),
        "{}",
        describe(&doc)
    );
    let doc = extract("The plan was criticized by engineers from the county.");
    let st = statement(&doc, "The plan");
    assert_eq!(
        speaker_span_of(&doc, "The plan"),
        Some("engineers from the county"),
        "{}",
        describe(&doc)
    );
    assert_eq!(st.cue.as_deref(), Some("criticize"));
    // Seeing, a time or a manner after "by", and making a document credit nothing.
    assert_no_statements(&[
        "The final was seen by millions.",
        "The plan must be approved by Monday.",
        "A video posted by the council went online on Friday.",
        "The mill, whose cloth is praised by tailors, closed.",
    ]);
}

#[test]
fn a_named_object_ends_before_a_time_or_the_subjects_next_verb() {
    for text in [
        "Ruth Adeyemi endorsed Ivo Marsh last week and has appeared at his rallies.",
        "Ruth Adeyemi endorsed Ivo Marsh on Monday and then flew to Leeds.",
    ] {
        let doc = extract(text);
        assert_eq!(
            statement_texts(&doc),
            vec!["Ivo Marsh"],
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_parenthetical_cue_may_say_where_it_was_spoken() {
    let doc = extract("The ferry crews, Odile Brun explained at the hearing, were well paid.");
    assert_eq!(
        speaker_of(&doc, "were well paid"),
        Some("Odile Brun"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_programme_described_after_its_broadcaster_is_the_addressee() {
    let doc = extract(
        "Ivo Marsh told Harbour Radio's weekly phone-in show it is clear the ferry will return.",
    );
    assert_eq!(
        statement_texts(&doc),
        vec!["it is clear the ferry will return"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_programme_after_a_possessive_name_is_passed_over_as_the_addressee() {
    check(&[
        (
            "Ivo Marsh told CNN's weekly video newsmaker series it is clear the ferry will return.",
            "Ivo Marsh",
            "tell",
            "it is clear the ferry will return",
        ),
        (
            "Ivo Marsh told CNN's State of the Union he is sure the ferry will return.",
            "Ivo Marsh",
            "tell",
            "he is sure the ferry will return",
        ),
    ]);
}

#[test]
fn any_inverted_verb_of_speech_credits_the_clause_before_its_source() {
    check(&[
        (
            "The ferry is not likely to return before spring, noted Harbour Radio's Ivo Marsh.",
            "Ivo Marsh",
            "note",
            "The ferry is not likely to return before spring",
        ),
        (
            "The ferry pays for itself, said Ivo Marsh, Harbour Radio's politics editor.",
            "Ivo Marsh",
            "say",
            "The ferry pays for itself",
        ),
        (
            "The toll will pay for the quay within a decade, argued Ruth Abernethy.",
            "Ruth Abernethy",
            "argue",
            "The toll will pay for the quay within a decade",
        ),
    ]);
    // A participle after a comma is the subject's own second act, not an inverted cue.
    let doc = extract("Councillor Ruth Abernethy voted for the toll, tweeting her approval.");
    assert!(
        !doc.annotations
            .statements
            .iter()
            .any(|st| st.text(&doc.text).contains("Councillor")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_cue_in_an_aside_before_the_subject_s_verb_credits_only_the_aside() {
    let doc = extract(
        "Ann Lee, though she praised the mayor and said the council should hold a hearing, \
         notably stopped short of backing the plan.",
    );
    let texts = statement_texts(&doc);
    assert!(
        texts.contains(&"the council should hold a hearing"),
        "{}",
        describe(&doc)
    );
    assert!(
        !texts.iter().any(|t| t.contains("stopped short")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_description_ending_in_a_quoted_title_is_passed_over_to_the_speaker() {
    check(&[(
        "Ann Lee, the co-author of \"Harbour Lights,\" said the days of the ferry are gone.",
        "Ann Lee",
        "say",
        "the days of the ferry are gone",
    )]);
}

#[test]
fn a_newspaper_after_an_inverted_cue_is_the_source_not_its_city() {
    check(&[(
        "The ferry will not return before spring, reported the Leeds Evening Examiner.",
        "Leeds Evening Examiner",
        "report",
        "The ferry will not return before spring",
    )]);
}

#[test]
fn a_cue_in_a_relative_clause_set_off_by_commas_credits_only_that_clause() {
    let doc = extract(
        "The plan won praise in Leeds, which seeks to reopen the old quay, but a toll that would \
         fund it is a non-starter.",
    );
    assert_eq!(
        statement_texts(&doc),
        vec!["to reopen the old quay"],
        "{}",
        describe(&doc)
    );
    // "nothing offered by …" credits nothing.
    assert_no_statements(&["Nothing offered by the council so far helps the quay."]);
}

#[test]
fn a_clause_whose_subject_has_a_possessive_is_reported() {
    check(&[
        (
            "Dana Whitlock says Mr. Marsh's early lead obscures doubts about turnout.",
            "Dana Whitlock",
            "say",
            "Mr. Marsh's early lead obscures doubts about turnout",
        ),
        (
            "Dana Whitlock says Marsh's lead hides doubts about turnout.",
            "Dana Whitlock",
            "say",
            "Marsh's lead hides doubts about turnout",
        ),
    ]);
}

#[test]
fn a_description_opened_by_an_owner_stands_between_source_and_cue() {
    check(&[(
        "Even Norway, Sweden's closest ally and its largest trading partner, said it was opposed \
         to the toll.",
        "Norway",
        "say",
        "it was opposed to the toll",
    )]);
}

#[test]
fn a_second_attribution_joined_by_and_ends_the_first() {
    let doc = extract(
        "Tessa Grant spoke on Monday. She said the scheme would not cover fathers, and when \
         pressed on why, the minister replied, \"It is meant for mothers.\"",
    );
    let texts = statement_texts(&doc);
    assert!(
        texts.contains(&"the scheme would not cover fathers"),
        "{texts:?}{}",
        describe(&doc)
    );
}

#[test]
fn according_to_after_an_attribution_vouches_for_the_relative_clause_only() {
    let doc = extract(
        "His campaign manager, Rhys Calder, says the streak is proof the gap can close in \
         pledged delegates, which stood at 263 on Tuesday, according to the Associated Press.",
    );
    let texts = statement_texts(&doc);
    assert!(
        texts.contains(&"the streak is proof the gap can close in pledged delegates"),
        "{texts:?}{}",
        describe(&doc)
    );
    assert!(
        texts.contains(&"which stood at 263 on Tuesday"),
        "{texts:?}{}",
        describe(&doc)
    );
}

#[test]
fn an_aside_between_dashes_inside_the_content_stays_in_it() {
    check(&[
        (
            "Marta Kowalczyk pledged to close every depot — nine sites in all — before the winter.",
            "Marta Kowalczyk",
            "pledge",
            "to close every depot — nine sites in all — before the winter",
        ),
        (
            "Odile Ferrand said the levy – which farmers called ruinous – would be scrapped.",
            "Odile Ferrand",
            "say",
            "the levy – which farmers called ruinous – would be scrapped",
        ),
        // One dash with nothing closing it still ends the content.
        (
            "Odile Ferrand said the levy would be scrapped — a climbdown for the ministry.",
            "Odile Ferrand",
            "say",
            "the levy would be scrapped",
        ),
        // A hyphen between spaces, or two of them, is a dash too; one inside "42%-33%" is not.
        (
            "Odile Ferrand said the levy - which farmers called ruinous - would be scrapped.",
            "Odile Ferrand",
            "say",
            "the levy - which farmers called ruinous - would be scrapped",
        ),
        (
            "Odile Ferrand said the levy would be scrapped -- a climbdown for the ministry.",
            "Odile Ferrand",
            "say",
            "the levy would be scrapped",
        ),
        // A dash before a second that-clause of the same cue does not end what was said.
        (
            "Odile Ferrand said the levy was fair - and that farmers would get it back.",
            "Odile Ferrand",
            "say",
            "the levy was fair - and that farmers would get it back",
        ),
        (
            "Odile Ferrand said the levy had split the farmers 42%-33% in the county.",
            "Odile Ferrand",
            "say",
            "the levy had split the farmers 42%-33% in the county",
        ),
    ]);
}

#[test]
fn as_a_source_noted_after_an_opening_conjunction_credits_the_clause() {
    check(&[
        (
            "But as Ingrid Solberg noted, the ferry timetable will change if the strike goes on.",
            "Ingrid Solberg",
            "note",
            "the ferry timetable will change if the strike goes on",
        ),
        (
            "And as Ingrid Solberg pointed out, the harbour fees have doubled.",
            "Ingrid Solberg",
            "point out",
            "the harbour fees have doubled",
        ),
    ]);
}

#[test]
fn a_trailing_cue_credits_only_the_clause_after_a_dash() {
    check(&[(
        "The council sits idle while the pier rots — the delays are the contractor's doing, Ingrid Solberg insists.",
        "Ingrid Solberg",
        "insist",
        "the delays are the contractor's doing",
    )]);
}

#[test]
fn an_adverb_before_a_passive_aside_keeps_the_source_whole() {
    check_source_words(&[(
        "Several surveys, often conducted by the county, have found that bus fares deter riders.",
        "bus fares deter riders",
        "Several surveys",
    )]);
}

#[test]
fn a_named_object_ends_before_a_year_a_place_or_a_share() {
    check(&[
        (
            "Freda Lindqvist endorsed the former mayor Oskar Brandt in 2015.",
            "Freda Lindqvist",
            "endorse",
            "the former mayor Oskar Brandt",
        ),
        (
            "Freda Lindqvist backed Oskar Brandt in Sweden.",
            "Freda Lindqvist",
            "back",
            "Oskar Brandt",
        ),
    ]);
}

#[test]
fn an_object_ends_where_the_writers_circumstances_begin() {
    check(&[
        (
            "Greta Holm attacked her rival as a fraud during the debate on Monday night.",
            "Greta Holm",
            "attack",
            "her rival as a fraud",
        ),
        (
            "Greta Holm urged county officials to secure the ballots after burglars broke into a depot.",
            "Greta Holm",
            "urge",
            "county officials to secure the ballots",
        ),
        (
            "Greta Holm condemned the missile launch as Norway fired three more rockets.",
            "Greta Holm",
            "condemn",
            "the missile launch",
        ),
        (
            "Greta Holm endorsed the harbour plan on Thursday, another sign of the council's shift.",
            "Greta Holm",
            "endorse",
            "the harbour plan",
        ),
    ]);
    // A clause keeps its own "after": "the email came hours after the meeting".
    check(&[(
        "Greta Holm reported the email came hours after the meeting.",
        "Greta Holm",
        "report",
        "the email came hours after the meeting",
    )]);
}

#[test]
fn an_object_ends_before_the_occasion_or_medium_it_was_said_on() {
    check(&[
        (
            "Greta Holm criticized the levy in an appearance on the evening news.",
            "Greta Holm",
            "criticize",
            "the levy",
        ),
        (
            "Greta Holm defended the levy throughout the campaign.",
            "Greta Holm",
            "defend",
            "the levy",
        ),
        (
            "Greta Holm blamed the harbour board at a rally in Bergen.",
            "Greta Holm",
            "blame",
            "the harbour board",
        ),
    ]);
}

#[test]
fn a_short_that_clause_and_found_evidence_are_reported() {
    check_source_words(&[
        (
            "The harbour inspectors found that they lied.",
            "they lied",
            "The harbour inspectors",
        ),
        (
            "The harbour inspectors found little evidence that the ferry was overloaded.",
            "little evidence that the ferry was overloaded",
            "The harbour inspectors",
        ),
    ]);
}

#[test]
fn an_inverted_cue_between_a_subject_and_its_verb_splits_one_clause() {
    check(&[
        (
            "Any reading of the mayor's letter, said Helen Okafor, would see it as a retreat.",
            "Helen Okafor",
            "say",
            "Any reading of the mayor's letter would see it as a retreat",
        ),
        (
            "The levy, said Helen Okafor, a farmer near Leeds, will ruin the valley.",
            "Helen Okafor",
            "say",
            "The levy will ruin the valley",
        ),
    ]);
}

#[test]
fn a_participle_after_with_and_a_name_credits_the_name() {
    check(&[(
        "The council members were quick to respond, with Helen Okafor tweeting that the vote \
         was a disgrace.",
        "Helen Okafor",
        "tweet",
        "the vote was a disgrace",
    )]);
}

#[test]
fn a_sentence_whose_space_went_missing_after_the_period_is_read_on_its_own() {
    let doc = extract(
        "“The depot stays,” Helen Okafor said.Okafor added that the council would pay for it.",
    );
    assert_eq!(
        speaker_of(&doc, "the council would pay for it"),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_subject_of_a_verb_before_the_infinitive_speaks_in_it() {
    check(&[
        (
            "Even after the audit was filed, Tomas Lindqvist continued to say he had never seen the ledger.",
            "Tomas Lindqvist",
            "say",
            "he had never seen the ledger",
        ),
        (
            "Greta Holm is continuing to insist she will publish the full accounts.",
            "Greta Holm",
            "insist",
            "she will publish the full accounts",
        ),
        (
            "The row grew after Greta Holm refused to say in an interview that the port was safe.",
            "Greta Holm",
            "say",
            "the port was safe",
        ),
    ]);
    // An adjective after "be": its subject is the source.
    check_source_words(&[(
        "Farmers in the valley were more likely to say the new dam had hurt them.",
        "the new dam had hurt them",
        "Farmers in the valley",
    )]);
}

#[test]
fn a_source_with_examples_or_a_time_before_its_verb_is_kept() {
    check_source_words(&[
        (
            "The council's fiercest critics, like Holm and Lindqvist, say the budget should be cut.",
            "the budget should be cut",
            "The council's fiercest critics",
        ),
        (
            "Farmers in November say the harvest was the worst in years.",
            "the harvest was the worst in years",
            "Farmers",
        ),
        // "say" after a name with "the" is the verb of a plural subject, not the noun; the
        // party's members speak (`sources::members_of_a_party_are_not_the_party`).
        (
            "Democrats in the Senate say they will block the bill.",
            "they will block the bill",
            "Democrats",
        ),
    ]);
    check(&[(
        "Tories in the Commons say they will block the bill.",
        "Conservative Party",
        "say",
        "they will block the bill",
    )]);
}

#[test]
fn a_verb_listed_after_a_comma_shares_the_subject_of_the_list() {
    let doc = extract(
        "Greta Holm joked about the harbour fees, declined to back the new tariff, and told \
         the crowd they would not pay it.",
    );
    for content in [
        "to back the new tariff",
        "they would not pay it",
        "the harbour fees",
    ] {
        assert_eq!(
            speaker_of(&doc, content),
            Some("Greta Holm"),
            "{content:?}{}",
            describe(&doc)
        );
    }
    // A participle with its preposition after a comma is no verb of the list.
    let doc = extract(
        "Ada Brook and Tomas Lindqvist were held for a year, accused of links to the gang.",
    );
    assert!(
        doc.annotations
            .statements
            .iter()
            .all(|st| st.cue.as_deref() != Some("accuse") || st.speaker.is_none()),
        "{}",
        describe(&doc)
    );
    // An inverted "said" after a comma names its source after it.
    let doc = extract("The fees will rise in spring, said Tomas Lindqvist, the harbour master.");
    assert_eq!(
        speaker_of(&doc, "The fees will rise in spring"),
        Some("Tomas Lindqvist"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_time_counted_back_or_an_owner_named_in_an_apposition_keeps_the_subject() {
    check(&[
        (
            "Ostfold Shipping less than two weeks ago said the port would close.",
            "Ostfold Shipping",
            "say",
            "the port would close",
        ),
        (
            "Ada Brook, Greta Holm's daughter, said the speech was cruel.",
            "Ada Brook",
            "say",
            "the speech was cruel",
        ),
    ]);
}

#[test]
fn a_word_standing_for_what_was_said_is_the_content() {
    for (text, content) in [
        (
            "Half of the growers backed the dam in May, and 55 percent said so in June.",
            "so",
        ),
        (
            "Asked whether the port should close, most of the crew said yes.",
            "yes",
        ),
        (
            "Six in 10 said the mayor is honest, and three-quarters said the same of her rival.",
            "the same of her rival",
        ),
    ] {
        let doc = extract(text);
        let found = statement_texts(&doc);
        assert!(
            found.contains(&content),
            "{content:?} in {text:?}{}",
            describe(&doc)
        );
    }
    // "so" opening a clause is not what was said.
    let doc = extract("Lee said so many people came that the hall was full.");
    assert!(!statement_texts(&doc).contains(&"so"), "{}", describe(&doc));
}

#[test]
fn a_quoted_title_closing_a_description_of_the_source_is_no_quote() {
    check(&[
        (
            "Greta Holm, the longtime owner of the harbour hotel and host of the radio show \"Morning Tide,\" said in an interview that the ferry should stay.",
            "Greta Holm",
            "say",
            "the ferry should stay",
        ),
        (
            "Tomas Lindqvist, author of the book \"Salt Roads,\" said the old pier would fall.",
            "Tomas Lindqvist",
            "say",
            "the old pier would fall",
        ),
    ]);
}

#[test]
fn a_cue_word_ending_a_subordinate_clause_is_no_cue_of_its_own() {
    // "plans" before the comma is a noun: the clause opens what the experts say.
    let doc = extract(
        "Unless the towns draw up better plans, the engineers say, the river will flood again.",
    );
    let st = doc
        .annotations
        .statements
        .iter()
        .find(|st| st.cue.as_deref() == Some("say"))
        .unwrap_or_else(|| panic!("no statement{}", describe(&doc)));
    assert_eq!(
        st.pieces
            .iter()
            .map(|p| &doc.text[p.clone()])
            .collect::<Vec<_>>(),
        [
            "Unless the towns draw up better plans",
            "the river will flood again"
        ],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_state_abbreviation_that_is_also_a_word_closes_an_aside_after_a_place() {
    check(&[
        (
            "Greta Holm, 75, a retiree in Carthage, Ill., said she would vote for the mayor.",
            "Greta Holm",
            "say",
            "she would vote for the mayor",
        ),
        (
            "Tomas Lindqvist, a driver from Ava, Mo., who drives for the union, said the depot would close.",
            "Tomas Lindqvist",
            "say",
            "the depot would close",
        ),
    ]);
}

#[test]
fn a_parenthetical_cue_after_a_dash_reports_what_follows_the_dash() {
    let text = "Pressed on his old attacks, Dale Horvat said that was part of any race — no \
                different, he said, from rivals trading insults in every primary.";
    let doc = extract(text);
    let texts = statement_texts(&doc);
    assert!(
        texts.contains(&"that was part of any race"),
        "{}",
        describe(&doc)
    );
    assert_statement_starting(&doc, "Pressed on", false);
}

#[test]
fn a_participle_after_an_infinitive_cue_is_the_subjects() {
    assert_speakers(&[
        (
            "Ann Lee declined to comment, saying that the matter was closed.",
            "the matter was closed",
            "Ann Lee",
        ),
        (
            "Ann Lee refused to comment, saying the matter was closed.",
            "the matter was closed",
            "Ann Lee",
        ),
    ]);
}

#[test]
fn a_sentence_in_brackets_reports_inside_its_brackets() {
    assert_speakers(&[(
        "Ratings rose in the spring. (The French are big fans of the show, Ann Lee said.) \
         There are no guarantees.",
        "The French are big fans of the show",
        "Ann Lee",
    )]);
    let doc =
        extract("Sales rose. (Halvorsen Group says it tracks 500 more fortunes.) Then it ended.");
    // Whole, and without the closing bracket.
    assert!(
        statement_texts(&doc).contains(&"it tracks 500 more fortunes"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_that_clause_after_a_cue_that_takes_objects_is_kept_whole() {
    assert_speakers(&[(
        "Ann Lee noted that changes at the spring meeting would only be recommendations.",
        "changes at the spring meeting would only be recommendations",
        "Ann Lee",
    )]);
}

#[test]
fn a_demonstrative_and_its_verb_before_a_trailing_cue_are_what_was_said() {
    assert_speakers(&[(
        "This is not about me, Ann Lee told her closest advisers.",
        "This is not about me",
        "Ann Lee",
    )]);
}

#[test]
fn a_bare_plural_and_its_past_verb_are_a_clause() {
    let doc = extract("The ministry said bonds fell. Officials said talks failed.");
    statement(&doc, "bonds fell");
    statement(&doc, "talks failed");
    // A cue that takes an object reads the same words as its object's phrase.
    assert_no_statements(&["He told reporters gathered."]);
}

#[test]
fn a_focus_word_before_the_clauses_subject_opens_the_clause() {
    let doc = extract(
        "Ann Hale said only the council had the authority to act. Tom Vale said even the \
         mayor agreed.",
    );
    statement(&doc, "only the council had the authority to act");
    statement(&doc, "even the mayor agreed");
    // Without a verb after it, the phrase is what was said, not a clause.
    assert_no_statements(&["Ann Hale said only a few words."]);
}

#[test]
fn a_trailing_time_leaves_the_object_whole_or_goes_with_its_preposition() {
    let doc = extract(
        "Retailers reported strong sales on the last Saturday before the holiday, with some \
         claiming record crowds. Halvern Bank reported a rise of 2% in the first month of the \
         year.",
    );
    // The time and its "on the" go; what is left is the object.
    statement(&doc, "strong sales");
    // A time that ends an "of" phrase is part of the object.
    statement(&doc, "a rise of 2% in the first month of the year");
    assert!(
        !statement_texts(&doc)
            .iter()
            .any(|t| t.ends_with(" the") || t.ends_with(" of")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_adverb_between_a_phrase_and_its_passive_cue_is_passed_over() {
    let doc = extract(
        "The toll was already criticised by Ruth Adeyemi. The levy, already opposed by Ivo \
         Marsh, was dropped.",
    );
    assert_eq!(
        speaker_of(&doc, "The toll"),
        Some("Ruth Adeyemi"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "The levy"),
        Some("Ivo Marsh"),
        "{}",
        describe(&doc)
    );
    // "as already announced by": nothing before the cue is said; the adverb is not either.
    let doc = extract("Borrowing was £35bn, as already announced by the statistics office.");
    assert!(
        !statement_texts(&doc).contains(&"already"),
        "{}",
        describe(&doc)
    );
    // "long viewed by many": after a comma, a clause of its own, not a reduced relative.
    let doc = extract("Ann Lee of Leeds, long viewed by many as the favourite, lost.");
    assert!(
        !statement_texts(&doc).contains(&"Leeds"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_noun_after_an_article_and_two_words_is_no_speech_verb() {
    // "an upbeat Budget report, he … insisted": "report" is a noun, so the "he" after the
    // opening phrase is the subject, and "Budget" no one's name.
    let doc = extract(
        "Tom Vale is to freeze fuel duty.\n\nIn an upbeat Budget report, he raised borrowing \
         but insisted the targets would be met.",
    );
    assert_eq!(
        speaker_of(&doc, "the targets would be met"),
        Some("Tom Vale"),
        "{}",
        describe(&doc)
    );
    assert!(
        !entity_names(&doc).contains(&"Budget"),
        "{}",
        describe(&doc)
    );
    // "a spoof nostalgia show on Friday": no evidence shown.
    assert_no_statements(&["Ann Hale will host a spoof nostalgia show on Friday."]);
    // "A few experts say": a plural between keeps the verb.
    let doc = extract("A few experts say the plan will fail.");
    statement(&doc, "the plan will fail");
}

#[test]
fn an_audience_told_with_its_modifier_or_a_house_s_members_is_not_what_was_said() {
    for text in [
        "Tom Vale told a news conference the cream killed the virus.",
        "Tom Vale told a press briefing the cream killed the virus.",
        "Tom Vale told MPs the cream killed the virus.",
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, "the cream killed the virus"),
            Some("Tom Vale"),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn her_after_the_one_told_opens_the_clause() {
    // "told her that …" passes over the one told; after a named addressee "her" is the
    // possessive the clause opens with.
    for (text, content) in [
        (
            "Ina Marsh told the BBC her group never worked with the firm.",
            "her group never worked with the firm",
        ),
        (
            "Tom Hale told Ann Lee her plan would fail.",
            "her plan would fail",
        ),
        (
            "Tom Hale told reporters her plan would fail.",
            "her plan would fail",
        ),
        (
            "Tom Hale told her that the plan would fail.",
            "the plan would fail",
        ),
    ] {
        let doc = extract(text);
        assert!(
            statement_texts(&doc).contains(&content),
            "{text:?}: {}",
            describe(&doc)
        );
    }
}

#[test]
fn a_second_that_clause_after_a_comma_goes_on_with_the_first() {
    let text = "Graham Dawson said the council had acted quickly, but that the money had run out.";
    let doc = extract(text);
    assert_eq!(
        statement_texts(&doc),
        ["the council had acted quickly, but that the money had run out"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn that_as_a_determiner_after_a_comma_is_the_writers() {
    let text = "Helen Okafor said the stand was finished, but that report was written in May.";
    let doc = extract(text);
    assert_eq!(
        statement_texts(&doc),
        ["the stand was finished"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_that_clause_keeps_its_own_time_and_date() {
    for (text, content) in [
        (
            "Rhona Tiller warned that the vote would be held on 2 November.",
            "the vote would be held on 2 November",
        ),
        (
            "Rhona Tiller speculated that the plant might close on Tuesday.",
            "the plant might close on Tuesday",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(statement_texts(&doc), [content], "{}", describe(&doc));
    }
    // An object's time is when the cue happened; a day's number goes with its month.
    let doc = extract("Rhona Tiller hinted at a budget giveaway on 16 March.");
    assert_eq!(
        statement_texts(&doc),
        ["a budget giveaway"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_noun_called_by_its_name_is_no_speech() {
    for text in [
        "The campaign began using the services of a company called Brellmark that helps \
         websites deal with traffic.",
        "The charity joined a group called Rivers First which campaigns on pollution.",
    ] {
        let doc = extract(text);
        assert!(
            statement_texts(&doc).is_empty(),
            "{text:?}: {}",
            describe(&doc)
        );
    }
    // A subject that calls something a name still speaks.
    let doc = extract("A spokesman called the plan a disgrace.");
    assert_eq!(
        statement_texts(&doc),
        ["the plan a disgrace"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_aside_in_brackets_is_part_of_what_was_said() {
    let doc = extract(
        "Rhona Tiller said the firm would pay 481m yuan ($58m; £31m) once the deal is approved.",
    );
    assert_eq!(
        statement_texts(&doc),
        ["the firm would pay 481m yuan ($58m; £31m) once the deal is approved"],
        "{}",
        describe(&doc)
    );
    // An aside that quotes someone is a statement of its own.
    let doc = extract(
        "Rhona Tiller said the plan would work. (\"We have waited long enough,\" she said.)",
    );
    assert!(
        statement_texts(&doc).contains(&"We have waited long enough,"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_time_noun_inside_a_longer_phrase_stays() {
    for (text, content) in [
        (
            "Rhona Tiller predicted growth of 7% in 2006, up from 6% in the current year.",
            "growth of 7% in 2006, up from 6% in the current year",
        ),
        (
            "Rhona Tiller offered a subscription for £5 per month.",
            "a subscription for £5 per month",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(statement_texts(&doc), [content], "{}", describe(&doc));
    }
}

#[test]
fn an_inverted_source_inside_the_clause_leaves_the_clause_whole() {
    // The clause goes on after the source with "because", "and", "though".
    for (text, speaker, first, rest) in [
        (
            "The rebate would not be means tested, say the Tories, because that would create \
             more forms.",
            "Conservative Party",
            "The rebate would not be means tested",
            "because that would create more forms",
        ),
        (
            "The toll would go, said Rhona Tiller, and fares would fall by a fifth.",
            "Rhona Tiller",
            "The toll would go",
            "and fares would fall by a fifth",
        ),
    ] {
        let doc = extract(text);
        let st = statement(&doc, first);
        let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
        assert_eq!(pieces, [first, rest], "{}", describe(&doc));
        assert_eq!(name(&doc, st.speaker), Some(speaker), "{}", describe(&doc));
    }
    // A clause after it with its own cue is an attribution of its own.
    let doc = extract(
        "The amount of spam was still growing, said Rhona Tiller, but she did not think that \
         the trick would bring meltdown.",
    );
    assert_eq!(
        statement_texts(&doc),
        [
            "The amount of spam was still growing",
            "the trick would bring meltdown"
        ],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_participle_of_speech_inside_the_subject_is_no_cue() {
    for (text, content) in [
        (
            "Labour says the plan, announced in 1991, was wrong.",
            "the plan, announced in 1991, was wrong",
        ),
        (
            "Rhona Tiller said the report, published on Monday, was flawed.",
            "the report, published on Monday, was flawed",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(statement_texts(&doc), [content], "{}", describe(&doc));
    }
}

#[test]
fn according_to_a_measure_names_no_source() {
    // "according to" right after its verb, with a rule, a value or "how" after it.
    assert_no_statements(&[
        "Brokers were rewarded according to how much business they brought in.",
        "The homes are graded according to their value in 1991.",
        "The actor is modelled according to the laws of physics.",
    ]);
    // A source after "according to" still is one, with or without a comma.
    let doc = extract("Sales rose in December according to new data from the ministry.");
    assert_eq!(
        statement_texts(&doc),
        ["Sales rose in December"],
        "{}",
        describe(&doc)
    );
    let doc = extract("According to state law, no one may canvass near a polling place.");
    assert_eq!(
        statement_texts(&doc),
        ["no one may canvass near a polling place"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_approximate_number_word_opens_the_clause() {
    let doc = extract("Rhona Tiller said around eight members were planning to quit.");
    assert_eq!(
        statement_texts(&doc),
        ["around eight members were planning to quit"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_bare_common_noun_opens_a_clause_before_a_trailing_source() {
    for (text, content, speaker) in [
        (
            "Markets today\n\nThe pound rose on Monday. Inflation is falling, Rhona Tiller said.",
            "Inflation is falling",
            "Rhona Tiller",
        ),
        (
            "Markets today\n\nThe pound rose on Monday. Spam was still growing, said Rhona \
             Tiller.",
            "Spam was still growing",
            "Rhona Tiller",
        ),
    ] {
        let doc = extract(text);
        let st = statement(&doc, content);
        assert_eq!(name(&doc, st.speaker), Some(speaker), "{}", describe(&doc));
    }
    // An opening participle or a count is no clause of its own.
    for (text, opening) in [
        (
            "Referring to the detentions, Rhona Tiller told the meeting of her fears.",
            "Referring",
        ),
        ("Eight years ago, Rhona Tiller backed the plan.", "Eight"),
    ] {
        assert_statement_starting(&extract(text), opening, false);
    }
}

#[test]
fn a_second_passive_participle_is_no_cue_of_its_own() {
    // "priced and offered": "offered" shares the passive of "be"; the notes offer nothing.
    let doc = extract("The agency said the notes will be priced and offered for sale on Friday.");
    assert_eq!(
        statement_texts(&doc),
        ["the notes will be priced and offered for sale on Friday"],
        "{}",
        describe(&doc)
    );
    // With an object of its own the verb after "and" is active and keeps its subject.
    let doc =
        extract("Senator Ann Lee wanted the aide to be fired and defended Governor Tom Vale.");
    assert!(
        doc.annotations
            .statements
            .iter()
            .any(|st| st.cue.as_deref() == Some("defend")),
        "{}",
        describe(&doc)
    );
    // So is one with a clause of its own.
    let doc = extract(
        "A ministry spokesman said the rules would not be abolished and argued courts already \
         had flexibility.",
    );
    assert!(
        statement_texts(&doc).contains(&"courts already had flexibility"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_season_after_last_is_when_it_was_said() {
    let doc = extract("The department said last summer certificates were exchanged for corn.");
    assert_eq!(
        statement_texts(&doc),
        ["certificates were exchanged for corn"],
        "{}",
        describe(&doc)
    );
    // A season word before a noun is part of the content.
    let doc = extract("She described summer visits to the lake with her grandfather.");
    assert_statement_starting(&doc, "summer visits", true);
}

#[test]
fn a_speaker_after_an_according_to_source_is_no_part_of_its_content() {
    let doc = extract(
        "The exporter will pay a penalty for every day of delay according to a contract signed \
         by both sides, an official told Reuters.",
    );
    assert!(
        !doc.annotations.statements.iter().any(|st| st
            .pieces
            .iter()
            .any(|p| doc.text[p.clone()].contains("told"))),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_short_past_tense_makes_a_clause() {
    // "died" and "lied" are four letters: the verb table, not the length, tells a past tense.
    for (text, said) in [
        (
            "The actor died on Monday, Ann Lee said.",
            "The actor died on Monday",
        ),
        (
            "Ann Lee said the minister lied to Parliament.",
            "the minister lied to Parliament",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, said),
            Some("Ann Lee"),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn told_someone_to_act_credits_the_one_who_told() {
    assert_speakers(&[
        (
            "Tom Vale told Denmark to stop complaining after the defeat.",
            "to stop complaining after the defeat",
            "Tom Vale",
        ),
        (
            "Tom Vale told Ann Lee to leave the building.",
            "to leave the building",
            "Tom Vale",
        ),
    ]);
    // With no one told, "told to" is a passive: the one told is no speaker.
    assert_no_statements(&[
        "Vale told to double overseas aid",
        "Mr Vale was given a curfew and told to surrender his passport.",
    ]);
}

#[test]
fn an_inverted_cue_before_a_plural_role_credits_its_clause() {
    // "…, warn union leaders.": like "…, say union leaders.", any verb of saying that takes a
    // clause inverts before people named by their plural role.
    let doc = extract("Thousands of nurses could strike over pay, warn union leaders.");
    assert_eq!(
        statement_texts(&doc),
        ["Thousands of nurses could strike over pay"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_clause_after_the_occasion_of_saying_may_open_with_plain_words() {
    // "said in a statement various other rates …": no "that", and the clause opens with plain
    // words before its verb.
    let text = "Banks news\n\nNorthbank said in a statement various other rates are also being \
                cut. Eastbank said in its annual report most branches would stay open.";
    let doc = extract(text);
    for (said, speaker) in [
        ("various other rates are also being cut", "Northbank"),
        ("most branches would stay open", "Eastbank"),
    ] {
        assert_eq!(speaker_of(&doc, said), Some(speaker), "{}", describe(&doc));
    }
}
