//! Quote marks and quote attribution: which words are quoted, who said them, with which verb.

use crate::util::{
    assert_no_statements, assert_speakers, assert_statement_starting, describe, extract, name,
    speaker_of, speaker_span_of, statement, statement_texts,
};
use newsgraph::extract::StatementForm;

/// One attribution case: the text, the quoted words (without marks), the speaker's canonical
/// name, the cue lemma and the form.
type Case<'a> = (&'a str, &'a str, &'a str, &'a str, StatementForm);

fn check(cases: &[Case]) {
    for &(text, said, speaker, cue, form) in cases {
        let doc = extract(text);
        let st = statement(&doc, said);
        let ctx = || format!("in {text:?}{}", describe(&doc));
        assert_eq!(speaker_of(&doc, said), Some(speaker), "speaker {}", ctx());
        assert_eq!(st.cue.as_deref(), Some(cue), "cue {}", ctx());
        assert_eq!(st.form, form, "form {}", ctx());
    }
}

#[test]
fn quote_before_name_and_said_is_attributed_to_the_name() {
    check(&[
        (
            "“We will rebuild the bridge before the winter,” Maria Fernandes said.",
            "We will rebuild the bridge before the winter,",
            "Maria Fernandes",
            "say",
            StatementForm::Direct,
        ),
        (
            "\"The lorries will be rerouted through the old town,\" Graham Dawson said on Friday.",
            "The lorries will be rerouted through the old town,",
            "Graham Dawson",
            "say",
            StatementForm::Direct,
        ),
    ]);
}

#[test]
fn quote_before_said_and_name_is_attributed_to_the_name() {
    check(&[
        (
            "“Nobody asked the fishermen what they wanted,” said Helen Okafor.",
            "Nobody asked the fishermen what they wanted,",
            "Helen Okafor",
            "say",
            StatementForm::Direct,
        ),
        (
            "\"The vote is a disgrace,\" said Tomas Lindqvist.",
            "The vote is a disgrace,",
            "Tomas Lindqvist",
            "say",
            StatementForm::Direct,
        ),
    ]);
}

#[test]
fn quote_after_said_and_a_colon_is_attributed_to_the_subject() {
    check(&[
        (
            "Helen Okafor said: “Nobody told us the plant would close.”",
            "Nobody told us the plant would close.",
            "Helen Okafor",
            "say",
            StatementForm::Direct,
        ),
        (
            "Graham Dawson told the meeting: \"Our ground is not for sale.\"",
            "Our ground is not for sale.",
            "Graham Dawson",
            "tell",
            StatementForm::Direct,
        ),
    ]);
}

#[test]
fn he_said_with_a_colon_refers_to_the_man_named_before() {
    let text = "Carlos Mendes has run the ferry service for twenty years. He said: “The boats are \
                older than I am.”";
    let doc = extract(text);
    let said = "The boats are older than I am.";
    assert_eq!(
        speaker_of(&doc, said),
        Some("Carlos Mendes"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(&doc, said),
        Some("He"),
        "{}",
        describe(&doc)
    );
    assert_eq!(statement(&doc, said).form, StatementForm::Direct);
}

#[test]
fn he_added_after_a_quote_refers_to_the_previous_speaker() {
    let text = "“The harbour is safe,” Carlos Mendes said. “We inspect it every single week,” he \
                added.";
    let doc = extract(text);
    let said = "We inspect it every single week,";
    assert_eq!(
        speaker_of(&doc, said),
        Some("Carlos Mendes"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        statement(&doc, said).cue.as_deref(),
        Some("add"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(&doc, said),
        Some("he"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn both_halves_of_a_quote_split_by_she_said_go_to_the_same_speaker() {
    let text =
        "Judith Ambrose chairs the inquiry into the flooding.\n\n“The report will be late,” \
                she said, “but it will be thorough.”";
    let doc = extract(text);
    // One utterance, one statement: its two pieces are the two halves.
    let st = statement(
        &doc,
        "The report will be late,” she said, “but it will be thorough.",
    );
    let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
    assert_eq!(
        pieces,
        ["The report will be late,", "but it will be thorough."],
        "{}",
        describe(&doc)
    );
    assert_eq!(
        st.text(&doc.text),
        "The report will be late, but it will be thorough."
    );
    assert_eq!(name(&doc, st.speaker), Some("Judith Ambrose"));
    assert_eq!(st.cue.as_deref(), Some("say"), "{}", describe(&doc));
}

#[test]
fn said_name_with_an_appositive_gives_the_speaker_a_role() {
    let text = "“No decision has been taken on the funding,” said Peter Hollis, a spokesman for \
                the World Health Organization.";
    let doc = extract(text);
    let said = "No decision has been taken on the funding,";
    assert_eq!(
        speaker_of(&doc, said),
        Some("Peter Hollis"),
        "{}",
        describe(&doc)
    );
    let hollis = crate::util::entity(&doc, "Peter Hollis");
    assert!(
        hollis.roles.iter().any(|r| r.title == "spokesman"
            && r.of.as_deref() == Some("World Health Organization")),
        "{}",
        describe(&doc)
    );
}

#[test]
fn according_to_name_attributes_the_quote_that_follows() {
    let text = "According to Nadia Petrova, “the shelters were full by midnight.”";
    let doc = extract(text);
    let said = "the shelters were full by midnight.";
    assert_eq!(
        speaker_of(&doc, said),
        Some("Nadia Petrova"),
        "{}",
        describe(&doc)
    );
    assert_eq!(statement(&doc, said).cue.as_deref(), Some("say"));
    assert_eq!(
        doc.annotations.statements.len(),
        1,
        "the quote is not also reported speech{}",
        describe(&doc)
    );
}

#[test]
fn scare_quotes_credited_to_no_one_are_not_statements() {
    // A few quoted words that no one is said to have said are a scare quote, a title or a
    // nickname: not something anyone said.
    assert_no_statements(&[
        "The so-called “peace dividend” never reached the northern towns.",
        "The \"ghost ship\" of the estate was pulled down in May.",
    ]);
}

#[test]
fn a_one_or_two_word_label_is_not_a_statement_even_with_a_speaker() {
    let text = "Helen Okafor called the scheme “quack magic” at the meeting.";
    let doc = extract(text);
    assert!(
        !doc.annotations
            .statements
            .iter()
            .any(|st| &doc.text[st.span.clone()] == "quack magic"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_short_fragment_with_neither_source_nor_cue_is_not_a_statement() {
    assert_no_statements(&[
        "The new bypass would make the old bridge “a monument to wasted \
         money” for years to come.",
    ]);
    // The same words with a source are what that source said.
    let doc = extract(
        "Graham Dawson said the new bypass would make the old bridge “a monument to wasted \
         money.”",
    );
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    assert_eq!(
        name(&doc, doc.annotations.statements[0].speaker),
        Some("Graham Dawson")
    );
}

#[test]
fn words_an_unnamed_group_uses_are_their_statement_without_a_speaker() {
    let text = "Residents call the empty tower block the \"ghost ship\" of the estate.";
    let doc = extract(text);
    let st = statement(
        &doc,
        "the empty tower block the \"ghost ship\" of the estate",
    );
    assert_eq!(st.speaker, None, "{}", describe(&doc));
    let source = st.speaker_span.clone().map(|s| &doc.text[s]);
    assert_eq!(source, Some("Residents"), "{}", describe(&doc));
}

#[test]
fn straight_and_curly_quotes_give_the_same_statement() {
    let curly = "“The tunnel will open in spring,” said Graham Dawson.";
    let straight = "\"The tunnel will open in spring,\" said Graham Dawson.";
    let said = "The tunnel will open in spring,";
    for text in [curly, straight] {
        let doc = extract(text);
        assert_eq!(statement_texts(&doc), [said], "{text:?}{}", describe(&doc));
        assert_eq!(speaker_of(&doc, said), Some("Graham Dawson"), "{text:?}");
        assert_eq!(
            statement(&doc, said).form,
            StatementForm::Direct,
            "{text:?}"
        );
    }
}

#[test]
fn single_quotes_inside_double_quotes_stay_part_of_the_quote() {
    let cases = [
        (
            "“They called our plan ‘a fantasy’ from the first day,” said Helen Okafor.",
            "They called our plan ‘a fantasy’ from the first day,",
        ),
        (
            "\"They called our plan 'a fantasy' from the first day,\" said Helen Okafor.",
            "They called our plan 'a fantasy' from the first day,",
        ),
    ];
    for (text, said) in cases {
        let doc = extract(text);
        assert_eq!(statement_texts(&doc), [said], "{text:?}{}", describe(&doc));
        assert_eq!(speaker_of(&doc, said), Some("Helen Okafor"));
    }
}

#[test]
fn apostrophes_are_not_quote_marks() {
    // (text, the one statement it holds: a refusal to comment on something, reported; no
    // quote).
    let cases = [
        (
            "The workers' union won't comment on the mayor's plan, and the drivers' leaders didn't either.",
            vec!["the mayor's plan"],
        ),
        (
            "The workers’ union won’t comment on the mayor’s plan, and the drivers’ leaders didn’t either.",
            vec!["the mayor’s plan"],
        ),
        (
            "Fans packed the town's old cinema, built in the '80s, for the band's last show.",
            vec![],
        ),
    ];
    for (text, expected) in cases {
        let doc = extract(text);
        assert_eq!(
            statement_texts(&doc),
            expected,
            "{text:?}{}",
            describe(&doc)
        );
        assert!(
            doc.annotations
                .statements
                .iter()
                .all(|st| st.form == StatementForm::Indirect),
            "no quote in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]

fn an_elision_between_two_apostrophes_is_not_a_quote() {
    let text = "Rock 'n' roll fans packed the town's old cinema for the band's last show.";
    let doc = extract(text);
    assert_eq!(
        statement_texts(&doc),
        Vec::<&str>::new(),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_unclosed_quote_ends_with_its_paragraph() {
    let text = "Helen Okafor said: “The plant will close in June.\n\nThe council meets again next \
                month to discuss the budget.\n\nGraham Dawson said the club would stay.";
    let doc = extract(text);
    let said = "The plant will close in June.";
    assert_eq!(
        speaker_of(&doc, said),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    for st in &doc.annotations.statements {
        let words = &doc.text[st.span.clone()];
        assert!(
            !words.contains("council"),
            "{words:?} swallowed a later paragraph"
        );
    }
    assert_eq!(
        crate::util::speaker_of(&doc, "the club would stay"),
        Some("Graham Dawson"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_quote_running_over_paragraphs_in_british_style_keeps_its_speaker() {
    let text =
        "Helen Okafor, the council leader, said: “We have waited ten years for this road.\n\n\
                “It will bring jobs to the valley and it will bring our children home.”";
    let doc = extract(text);
    for said in [
        "We have waited ten years for this road.",
        "It will bring jobs to the valley and it will bring our children home.",
    ] {
        assert_eq!(
            speaker_of(&doc, said),
            Some("Helen Okafor"),
            "{said:?}{}",
            describe(&doc)
        );
        assert_eq!(
            statement(&doc, said).form,
            StatementForm::Direct,
            "{said:?}"
        );
    }
}

#[test]
fn an_open_quote_continued_in_the_next_paragraph_takes_the_later_speaker() {
    let text = "Judith Ambrose chairs the transport committee.\n\n“We have waited ten years for \
                this road.\n\n“It is wrong to make us wait any longer,” she said.";
    let doc = extract(text);
    for said in [
        "We have waited ten years for this road.",
        "It is wrong to make us wait any longer,",
    ] {
        assert_eq!(
            speaker_of(&doc, said),
            Some("Judith Ambrose"),
            "{said:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_quote_paragraph_without_a_cue_continues_the_previous_speaker() {
    let text = "“The water is clean now,” Helen Okafor said.\n\n“We test it every morning and we \
                publish the results.”";
    let doc = extract(text);
    let said = "We test it every morning and we publish the results.";
    assert_eq!(
        speaker_of(&doc, said),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    assert_eq!(statement(&doc, said).form, StatementForm::Direct);
}

#[test]
fn a_question_quote_is_credited_to_the_cue_after_its_mark() {
    let text = "Graham Dawson chairs the club.\n\n“Why should the town pay for a stand it does \
                not own?” Mr. Dawson said.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "Why should the town pay for a stand it does not own?"),
        Some("Graham Dawson"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn any_verb_of_speech_introduces_a_quote() {
    use StatementForm::Direct;
    check(&[
        (
            "“Your depot is safe,” Maria Fernandes assured the workers. “It will stay open.”",
            "It will stay open.",
            "Maria Fernandes",
            "assure",
            Direct,
        ),
        (
            "“That was a betrayal of the whole town,” Helen Okafor fumed.",
            "That was a betrayal of the whole town,",
            "Helen Okafor",
            "fume",
            Direct,
        ),
        (
            "“Not one more closure,” yelled Piotr Kowalski from the back of the hall.",
            "Not one more closure,",
            "Piotr Kowalski",
            "yell",
            Direct,
        ),
    ]);
}

#[test]
fn a_past_verb_right_after_a_quote_credits_the_person_its_source_phrase_names() {
    use StatementForm::Direct;
    check(&[
        (
            "“This is the best night of my life!” beamed Helen Okafor of Leeds, who had \
             queued since dawn.",
            "This is the best night of my life!",
            "Helen Okafor",
            "beam",
            Direct,
        ),
        (
            "“The town deserves a new stand,” exhorted the mayor’s deputy, councillor Piotr \
             Kowalski.",
            "The town deserves a new stand,",
            "Piotr Kowalski",
            "exhort",
            Direct,
        ),
    ]);
}

#[test]
fn a_programme_named_in_quotes_is_neither_said_nor_part_of_what_was_said() {
    let cases = [
        "Maria Fernandes told ABC’s “Good Morning Britain” that the depot would stay open.",
        "Maria Fernandes said on “Question Time Tonight” that the depot would stay open.",
        "Maria Fernandes said on BBC Radio’s “The World This Weekend” that the depot would stay \
         open.",
        // The New York Times writes its quote marks as two apostrophes.
        "Maria Fernandes said on ITV's ''Good Morning Britain'' on Sunday that the depot would \
         stay open.",
    ];
    for text in cases {
        let doc = extract(text);
        assert_eq!(
            statement_texts(&doc),
            ["the depot would stay open"],
            "in {text:?}{}",
            describe(&doc)
        );
        assert_eq!(
            speaker_of(&doc, "the depot would stay open"),
            Some("Maria Fernandes")
        );
    }
}

#[test]
fn a_passive_cue_or_a_verb_after_and_credits_no_one_new() {
    let text = "Helen Okafor added that a new depot was discussed, including “a site for two \
                hundred buses near the ring road.”";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "a site for two hundred buses near the ring road."),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    // The object of the first verb is not the source of the second.
    let doc = extract("The two mayors praised the new depots and signaled a wish to share buses.");
    assert!(
        doc.annotations.statements.iter().all(|st| st
            .speaker_span
            .as_ref()
            .is_none_or(|s| !doc.text[s.clone()].contains("depots"))),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_note_or_update_label_is_not_a_speaker() {
    assert_no_statements(&[
        "Depot results for the year were flat.\n\nNOTE: Per share figures exclude the one-off \
         sale of the old depot.",
        "Depot results for the year were flat.\n\nUPDATE: The depot figures were revised on \
         Tuesday evening.",
    ]);
}

#[test]
fn said_and_a_long_description_ending_in_a_name_credits_the_name() {
    check(&[(
        "“We have to stay open,” said former secretary of state Ingrid Solheim, who spoke first.",
        "We have to stay open,",
        "Ingrid Solheim",
        "say",
        StatementForm::Direct,
    )]);
}

#[test]
fn and_said_after_an_opening_participle_credits_the_subject() {
    check(&[(
        "Asked about the post, Mrs. Amara Diallo shook her head and said, “He will not serve.”",
        "He will not serve.",
        "Amara Diallo",
        "say",
        StatementForm::Direct,
    )]);
}

#[test]
fn a_two_word_cue_before_a_comma_introduces_a_quoted_sentence() {
    check(&[(
        "As Tomas Reyes pointed out in March, “The council is unmoved.”",
        "The council is unmoved.",
        "Tomas Reyes",
        "point out",
        StatementForm::Direct,
    )]);
}

#[test]
fn a_short_signing_sentence_after_a_closed_quote_credits_it() {
    check(&[(
        "“Find the missing ledgers.” Greta Lindahl said. The board disagreed.",
        "Find the missing ledgers.",
        "Greta Lindahl",
        "say",
        StatementForm::Direct,
    )]);
    // A sentence with words of its own is not a signature.
    let doc = extract("“We are done.” Officials said the talks had failed.");
    let st = statement(&doc, "We are done.");
    assert_eq!(st.cue, None, "{}", describe(&doc));
}

#[test]
fn a_participle_cue_before_a_quote_speaks_for_the_subject_not_the_object() {
    check(&[(
        "At the rally, Marek Nowak went after Ilse Brandt, calling her “a tired old hand.”",
        // The statement is the clause from the cue on, its quoted words marked.
        "her “a tired old hand.”",
        "Marek Nowak",
        "call",
        StatementForm::Partial,
    )]);
}

#[test]
fn a_name_before_a_role_and_another_name_is_the_second_persons_employer() {
    check(&[(
        "“We returned the money,” said Okafor campaign manager Lise Dahl.",
        "We returned the money,",
        "Lise Dahl",
        "say",
        StatementForm::Direct,
    )]);
}

#[test]
fn a_quote_after_a_colon_belongs_to_the_subject_of_the_clause_before() {
    check(&[(
        "Bernadette Quist delivered a sharp retort: “Nobody is tearing this up.”",
        "Nobody is tearing this up.",
        "Bernadette Quist",
        "deliver",
        StatementForm::Direct,
    )]);
    // A passive names no speaker of the quote.
    let doc = extract("Bernadette Quist was shown a letter: “Nobody is tearing this up.”");
    assert_ne!(
        speaker_of(&doc, "Nobody is tearing this up."),
        Some("Bernadette Quist"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_colon_clause_after_an_opening_phrase_belongs_to_its_own_subject() {
    check(&[
        (
            "And Orla Brenner shot back: “I told you the bridge would hold.”",
            "I told you the bridge would hold.",
            "Orla Brenner",
            "shoot back",
            StatementForm::Direct,
        ),
        (
            "Pressed on the budget by Kai Lund, Tomas Ekdahl issued a short statement: “We balanced it twice.”",
            "We balanced it twice.",
            "Tomas Ekdahl",
            "issue",
            StatementForm::Direct,
        ),
    ]);
    // Someone named after the verb speaks in the quote, not the verb's subject.
    let doc = extract(
        "Lena Voss imagined Piet Halvorsen was thinking: “What have I signed up for here?”",
    );
    assert_ne!(
        speaker_of(&doc, "What have I signed up for here?"),
        Some("Lena Voss"),
        "{}",
        describe(&doc)
    );
    // The subject of a subordinate clause is not who speaks.
    let doc = extract(
        "One reader hoped that Ansel Mork wins the vote: “Then the show can go on for years.”",
    );
    assert_ne!(
        speaker_of(&doc, "Then the show can go on for years."),
        Some("Ansel Mork"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_colon_ending_the_paragraph_before_a_quote_names_its_speaker() {
    let doc = extract(
        "After the flood, Mayor Ilse Marten issued the following statement:\n\n\
         “Our thoughts are with every family that lost a home tonight.”",
    );
    assert_eq!(
        speaker_of(
            &doc,
            "Our thoughts are with every family that lost a home tonight."
        ),
        Some("Ilse Marten"),
        "{}",
        describe(&doc)
    );
    // An inverted cue opening its sentence: "Stated Lee:".
    let doc = extract(
        "Corin Baptiste spoke on the radio on Monday.\n\nStated Baptiste:\n\n\
         “The vote was stolen from the people of this county.”",
    );
    assert_eq!(
        speaker_of(&doc, "The vote was stolen from the people of this county."),
        Some("Corin Baptiste"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_cue_in_the_infinitive_or_after_a_preposition_has_the_subject_of_its_verb() {
    check(&[
        (
            "Halla Grimsdottir went on to say, “Nobody here wants another strike.”",
            "Nobody here wants another strike.",
            "Halla Grimsdottir",
            "say",
            StatementForm::Direct,
        ),
        (
            "The hall was so quiet that Rufus Adeyemi was prompted to say, “I have never seen a calmer crowd.”",
            "I have never seen a calmer crowd.",
            "Rufus Adeyemi",
            "say",
            StatementForm::Direct,
        ),
        (
            "Ines Kowal deflected questions about the merger before saying, “We will talk when the deal is done.”",
            "We will talk when the deal is done.",
            "Ines Kowal",
            "say",
            StatementForm::Direct,
        ),
    ]);
    // Someone named between the verb and the cue is who speaks.
    let doc = extract("Dara Voigt asked Emil Strand to say, “We are sorry for the delay.”");
    assert_ne!(
        speaker_of(&doc, "We are sorry for the delay."),
        Some("Dara Voigt"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_question_inside_the_quote_ends_the_sentence_before_its_attribution() {
    let doc = extract(
        "“She asked me, ‘What can we do to help?’” Wendell Osei told reporters on Tuesday.",
    );
    assert_eq!(
        speaker_of(&doc, "She asked me, ‘What can we do to help?’"),
        Some("Wendell Osei"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_participle_after_a_comma_speaks_for_the_subject_of_the_clause_before() {
    // Neither the place opening the sentence nor the object before the comma speaks.
    let text = "Speaking at a town hall in Dover, Delaware, Tom Brandt went after Ruth Keller, \
                calling her “a total failure.”\n\n\
                Ruth Keller compared herself to Tom Brandt at the debate, saying, “I do not take \
                fees from banks.”";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "I do not take fees from banks."),
        Some("Ruth Keller"),
        "{}",
        describe(&doc)
    );
    let calling = doc
        .annotations
        .statements
        .iter()
        .find(|s| doc.text[s.span.clone()].contains("a total failure"))
        .unwrap_or_else(|| panic!("no statement with the quote: {}", describe(&doc)));
    assert_eq!(
        name(&doc, calling.speaker),
        Some("Tom Brandt"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_statement_issued_with_a_participle_is_the_issuers() {
    let text = "Mayor Dana Whitfield issued a statement on Tuesday saying, “The water is safe \
                to drink again.”";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "The water is safe to drink again."),
        Some("Dana Whitfield"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_name_and_any_past_verb_after_a_quote_left_open_by_its_comma_attribute_it() {
    let text = "Senator Hal Porter spoke to the station on Wednesday.\n\n\
                “You do not win the race by how many towns you win,” Porter responded before \
                adding that he needed the big districts.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "You do not win the race by how many towns you win,"),
        Some("Hal Porter"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_subject_and_an_unlisted_past_verb_before_a_colon_introduce_the_quote() {
    let text = "Gov. Carl Brenner spoke in Concord on Monday.\n\n\
                And Mr. Brenner gloated: “I told you he would not be ready.”";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "I told you he would not be ready."),
        Some("Carl Brenner"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_inverted_said_after_words_closing_a_quote_ignores_cues_in_the_description() {
    // "endorsed" in the description of the source is not a second cue of the sentence.
    check(&[(
        "The vote went their way. “We are very glad” about the ruling, said Carla Minetti, \
         executive director of the Valley Growers Union, a group that has endorsed the mayor.",
        "We are very glad",
        "Carla Minetti",
        "say",
        StatementForm::Direct,
    )]);
}

#[test]
fn an_inverted_said_with_an_aside_before_the_quote_names_the_speaker() {
    check(&[
        (
            "The museum opened on Monday. Said Dora Pintner, who grew up on the street, \
             “We were all so proud of him.”",
            "We were all so proud of him.",
            "Dora Pintner",
            "say",
            StatementForm::Direct,
        ),
        (
            "Said Mina Laskar, a local teacher, \"The children deserve better.\"",
            "The children deserve better.",
            "Mina Laskar",
            "say",
            StatementForm::Direct,
        ),
    ]);
    // Without a quote after it, "Said" opening a sentence may still be a given name.
    let doc = extract("Said Jalili met the envoy on Monday.");
    assert!(
        doc.annotations
            .entities
            .iter()
            .any(|e| e.name == "Said Jalili"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn three_apostrophes_after_a_word_close_the_inner_quote_then_the_doubled_one() {
    // The New York Times' style: `''…'…','''` ends a single quote inside a double one.
    check(&[
        (
            "''Nobody here will vote for 'We will pave the park,''' said Helen Okafor, \
             recalling the mayor's slogan.",
            "Nobody here will vote for 'We will pave the park,'",
            "Helen Okafor",
            "say",
            StatementForm::Direct,
        ),
        (
            "''They keep telling us 'Wait for next year,''' Graham Dawson said on Friday.",
            "They keep telling us 'Wait for next year,'",
            "Graham Dawson",
            "say",
            StatementForm::Direct,
        ),
    ]);
}

#[test]
fn as_a_source_put_it_credits_the_person_named_after_as_past_an_aside() {
    check(&[
        (
            "As Paul Amar, a law professor and author of \"The Hidden Rules,\" put it, \
             \"Senators should take the deal while it is on the table.\"",
            "Senators should take the deal while it is on the table.",
            "Paul Amar",
            "put it",
            StatementForm::Direct,
        ),
        (
            "As the bank's chief executive, Jeff Weiner, put it in a memo to staff, \
             “Imagine a world where we lead the market.”",
            "Imagine a world where we lead the market.",
            "Jeff Weiner",
            "put it",
            StatementForm::Direct,
        ),
    ]);
}

#[test]
fn a_subject_with_has_or_was_before_a_colon_states_the_quote_after_it() {
    check(&[
        (
            "Senator Tim Kaine has adopted the stance common among some lawmakers: “I am \
             against it in private, but I support it in public.”",
            "I am against it in private, but I support it in public.",
            "Tim Kaine",
            "adopt",
            StatementForm::Direct,
        ),
        (
            "The Ohio Board of Elections was blunt in its ruling: \"Further discussion of \
             this matter is unnecessary.\"",
            "Further discussion of this matter is unnecessary.",
            "Ohio Board of Elections",
            "say",
            StatementForm::Direct,
        ),
    ]);
}

#[test]
fn a_quote_opening_with_that_after_a_colon_is_one_direct_quote() {
    let text = "Councillor Ida Brandt told the BBC: \"That, as a general rule, is right, but it \
                is not an absolute rule.\"";
    let doc = extract(text);
    assert_eq!(
        statement_texts(&doc),
        vec!["That, as a general rule, is right, but it is not an absolute rule."],
        "{}",
        describe(&doc)
    );
    assert_eq!(
        statement(
            &doc,
            "That, as a general rule, is right, but it is not an absolute rule."
        )
        .form,
        StatementForm::Direct
    );
}

#[test]
fn a_quote_right_after_an_unnamed_source_s_verb_keeps_the_source_words() {
    for (text, said, source) in [
        (
            "Few expect an upturn, but one banker said \"The top banks are now at international \
             levels on provisions.\"",
            "The top banks are now at international levels on provisions.",
            "one banker",
        ),
        (
            "A company spokesman told Reuters \"We have concluded the talks.\"",
            "We have concluded the talks.",
            "A company spokesman",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_span_of(&doc, said),
            Some(source),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_quote_after_a_participle_keeps_the_unnamed_subject_s_words() {
    let text = "The senior banker was strongly opposed to a regional approach, saying: \"There \
                must be one committee and one solution.\"";
    let doc = extract(text);
    assert_eq!(
        speaker_span_of(&doc, "There must be one committee and one solution."),
        Some("The senior banker"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_whole_sentence_quoted_after_a_comma_spells_out_the_clause_before() {
    let doc = extract(
        "Nadia Brennan reacted coolly to the harbour deal, “I am worried about any plan that \
         closes the quay.”",
    );
    assert_eq!(
        speaker_of(&doc, "I am worried about any plan that closes the quay."),
        Some("Nadia Brennan"),
        "{}",
        describe(&doc)
    );
    // A quote of two sentences, closing before the next sentence of the writer's.
    let doc = extract(
        "Nadia Brennan reacted coolly to the deal, “I am worried. We will see.” Ivo Marsh left.",
    );
    assert_eq!(
        speaker_of(&doc, "I am worried. We will see."),
        Some("Nadia Brennan"),
        "{}",
        describe(&doc)
    );
    // A quoted fragment is no sentence of its own.
    let doc = extract("Nadia Brennan reacted coolly to the deal, “a real worry” for the quay.");
    assert!(doc.annotations.statements.is_empty(), "{}", describe(&doc));
}

#[test]
fn a_speaker_who_cuts_in_or_pipes_up_is_credited() {
    check(&[
        (
            "“We will not wait,” Ann Lee cut in.",
            "We will not wait,",
            "Ann Lee",
            "cut in",
            StatementForm::Direct,
        ),
        (
            "“Not before Friday,” Tom Reid piped up.",
            "Not before Friday,",
            "Tom Reid",
            "pipe up",
            StatementForm::Direct,
        ),
    ]);
}

#[test]
fn a_quotation_closing_a_participle_aside_in_apostrophes_leaves_the_clause_after_the_cue() {
    let text = "Ms. Fernandes, citing ''the sheer cost of the depot,'' said the council would \
                sell it.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "the council would sell it"),
        Some("Fernandes"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_quote_whose_source_was_quoted_as_saying_it_is_theirs() {
    assert_speakers(&[
        (
            "“The quarry will close by spring,” Nils Aune was quoted as saying.",
            "The quarry will close by spring,",
            "Nils Aune",
        ),
        (
            "Nils Aune was quoted in the Bergen Post newspaper saying: “The quarry will close by spring.”",
            "The quarry will close by spring.",
            "Nils Aune",
        ),
    ]);
}

#[test]
fn a_quote_after_the_writers_lead_is_direct_and_the_lead_is_no_report() {
    let text = "Later on, Dana Whitlow complained about the endless round of dinners her post \
                demands, above all the fundraising: “There is far too much of it in this job,” \
                she said.";
    check(&[(
        text,
        "There is far too much of it in this job,",
        "Dana Whitlow",
        "say",
        StatementForm::Direct,
    )]);
    assert_statement_starting(&extract(text), "Later on", false);
    // A paraphrase that only ends in quoted words is still the source's report.
    let doc =
        extract("The new board is less likely to be “overrun with insiders,” Dana Whitlow said.");
    assert_statement_starting(&doc, "The new board is less likely", true);
}

#[test]
fn a_sentence_quoted_after_whom_it_was_told_to_is_direct() {
    check(&[(
        "Ann Lee weighed in as well, telling Kestrel Radio in an interview on Monday, “But \
         honestly, the two plans are both serious,” she said.",
        "But honestly, the two plans are both serious,",
        "Ann Lee",
        "say",
        StatementForm::Direct,
    )]);
    // A title after a comma stays a fragment.
    let doc = extract(
        "In her column on May 10, “The shouting has to stop now,” the senator blamed the press.",
    );
    assert!(
        doc.annotations
            .statements
            .iter()
            .all(|st| st.form != StatementForm::Direct),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_person_named_right_before_a_colon_speaks_in_the_quote_after_it() {
    assert_speakers(&[(
        "The early surge does not surprise the pollster Dana Whitlow: “Lesser-known candidates \
         gain the most after early wins.”",
        "Lesser-known candidates gain the most after early wins.",
        "Dana Whitlow",
    )]);
    // Not one spoken to.
    let doc = extract("She had one message for Dana Whitlow: “You are fired, and today.”");
    let st = statement(&doc, "You are fired, and today.");
    assert_eq!(st.speaker, None, "{}", describe(&doc));
}

#[test]
fn a_quote_brought_in_by_a_colon_keeps_its_cue_before_over_the_sentence_after() {
    // A question mark ends the quote's sentence, but the cue and colon before it attribute it;
    // the next sentence's "cited it" is not its attribution.
    let doc = extract(
        "Hearing\n\nSenators kept asking her about the attack. Helen Okafor, exasperated, \
         famously responded: \"What difference does it make at this point?\" Her critics cited \
         it as evidence of her indifference.",
    );
    assert_eq!(
        speaker_of(&doc, "What difference does it make at this point?"),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    // Without a colon, a name and cue after the question still attribute it.
    assert_speakers(&[(
        "Hearing\n\n\"Why now?\" Helen Okafor asked on Monday.",
        "Why now?",
        "Helen Okafor",
    )]);
}

#[test]
fn a_quote_paragraph_after_another_speaker_spoke_goes_to_the_last_speaker() {
    // Ms Olsen speaks after Mr Hale's quote; the quote paragraph that follows is hers.
    let text = "Mayor sets out plans\n\nMayor Ruth Olsen said the city needed more buses. But \
                rival councillor Dan Hale responded: \"The buses are fine already\". The floods \
                had shaken the city, Ms Olsen said.\n\n\"We saw terrible damage. The response \
                has been remarkable.\"";
    let doc = extract(text);
    assert_eq!(
        speaker_of(
            &doc,
            "We saw terrible damage. The response has been remarkable."
        ),
        Some("Ruth Olsen"),
        "{}",
        describe(&doc)
    );
    // With no one else speaking in between, the quote paragraph keeps the quote's speaker.
    let text = "Mayor sets out plans\n\nRival councillor Dan Hale responded: \"The buses are \
                fine already\". The floods had shaken the city.\n\n\"We saw terrible damage.\"";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "We saw terrible damage."),
        Some("Dan Hale"),
        "{}",
        describe(&doc)
    );
}
