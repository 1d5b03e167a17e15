//! Unnamed and common-noun sources: "officials said", "a senior aide said", "critics say", "the
//! campaign said in a statement". The statement is kept with the source's own words and no
//! speaker entity, unless the words name a body that speaks through them ("the IMF report").

use crate::util::{
    assert_no_cue, assert_no_speakers, assert_speakers, assert_statement_starting, describe,
    extract, name, speaker_of, speaker_span_of, statement, statement_texts,
};
use newsgraph::extract::StatementForm;

/// (text, content, source words).
fn check(cases: &[(&str, &str, &str)]) {
    for &(text, content, source) in cases {
        let doc = extract(text);
        let st = statement(&doc, content);
        let ctx = || format!("in {text:?}{}", describe(&doc));
        assert_eq!(st.speaker, None, "no speaker entity {}", ctx());
        let words = st.speaker_span.clone().map(|s| &doc.text[s]);
        assert_eq!(words, Some(source), "source words {}", ctx());
    }
}

#[test]
fn a_trailing_unnamed_source_is_kept_as_its_words() {
    check(&[
        (
            "The ferry service will be cut to two sailings a day, officials said.",
            "The ferry service will be cut to two sailings a day",
            "officials",
        ),
        (
            "The council had ignored three warnings about the wall, critics say.",
            "The council had ignored three warnings about the wall",
            "critics",
        ),
    ]);
}

#[test]
fn a_leading_unnamed_source_is_kept_as_its_words() {
    check(&[
        (
            "A senior aide said the governor would sign the bill next week.",
            "the governor would sign the bill next week",
            "A senior aide",
        ),
        (
            "The campaign said in a statement that the rally had been postponed.",
            "the rally had been postponed",
            "The campaign",
        ),
    ]);
}

#[test]
fn a_quote_from_an_unnamed_source_keeps_the_source_words() {
    let text = "“We will not pay for a second bridge,” council officials said.";
    let doc = extract(text);
    let st = statement(&doc, "We will not pay for a second bridge,");
    assert_eq!(st.form, StatementForm::Direct, "{}", describe(&doc));
    assert_eq!(st.speaker, None, "{}", describe(&doc));
    let words = st.speaker_span.clone().map(|s| &doc.text[s]);
    assert_eq!(words, Some("council officials"), "{}", describe(&doc));
}

#[test]
fn according_to_an_unnamed_source_reports_the_clause() {
    let text = "The plant will close in March, according to two people familiar with the plan.";
    let doc = extract(text);
    let st = statement(&doc, "The plant will close in March");
    assert_eq!(st.speaker, None, "{}", describe(&doc));
    assert!(st.speaker_span.is_some(), "{}", describe(&doc));
}

#[test]
fn quantities_and_shares_of_people_are_sources() {
    check(&[
        (
            "Some said they had waited three hours for a bus.",
            "they had waited three hours for a bus",
            "Some",
        ),
        (
            "A mere 9 percent say they only buy local bread.",
            "they only buy local bread",
            "A mere 9 percent",
        ),
        (
            "About three in 10 said they would take the train more often.",
            "they would take the train more often",
            "three in 10",
        ),
        (
            "Planners said bus ridership depends on cheaper fares.",
            "bus ridership depends on cheaper fares",
            "Planners",
        ),
        (
            "Proponents of the new bridge, however, say it would halve the journey.",
            "it would halve the journey",
            "Proponents of the new bridge",
        ),
    ]);
}

#[test]
fn according_to_in_the_middle_credits_both_sides_of_the_clause() {
    let text = "The council gave its blessing, according to minutes seen by the paper, becoming \
                the owner of the old mill.";
    let doc = extract(text);
    let st = statement(&doc, "The council gave its blessing");
    let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
    assert_eq!(
        pieces,
        [
            "The council gave its blessing",
            "becoming the owner of the old mill"
        ],
        "{}",
        describe(&doc)
    );
}

#[test]
fn according_to_inside_brackets_credits_the_bracketed_clause() {
    check(&[(
        "The mayor said most of the damage was old (the real figure is closer to a third, \
         according to the surveyors).",
        "the real figure is closer to a third",
        "the surveyors",
    )]);
}

#[test]
fn a_poll_opening_the_sentence_is_the_source_of_the_rest() {
    check(&[
        (
            "In a new poll released Monday, 50 percent of respondents chose the tram while 40 \
             percent chose the bus.",
            "50 percent of respondents chose the tram while 40 percent chose the bus",
            "a new poll released Monday",
        ),
        // A share's "support" is what the poll found, not a cue of the clause's own.
        (
            "In the latest county polls, the mayor was at 41 percent support.",
            "the mayor was at 41 percent support",
            "the latest county polls",
        ),
    ]);
}

#[test]
fn a_poll_closing_the_sentence_is_the_source_of_the_clause() {
    check(&[(
        "The mayor had 41 percent support in a county poll of likely voters.",
        "The mayor had 41 percent support",
        "a county poll of likely voters",
    )]);
}

#[test]
fn a_document_word_inside_a_name_is_no_document() {
    assert_no_cue(
        &["In a long interview with The Washington Post, Ann Lee gave new details about the fire."],
        "in",
    );
}

#[test]
fn a_pronoun_no_one_is_named_for_stands_for_the_description_before_it() {
    let text = "A council spokeswoman said the bridge would reopen. She said: “We have checked \
                every beam and the bridge is safe.”";
    check(&[(
        text,
        "We have checked every beam and the bridge is safe.",
        "A council spokeswoman",
    )]);
    let other = "A council spokeswoman said the bridge would reopen. He said: “Nobody asked the \
                 engineers what they thought of it.”";
    let doc = extract(other);
    let st = statement(&doc, "Nobody asked the engineers what they thought of it.");
    let words = st.speaker_span.clone().map(|s| &doc.text[s]);
    assert_eq!(words, Some("He"), "{}", describe(&doc));
}

#[test]
fn an_unnamed_source_brought_in_after_a_named_person_is_the_one_she_or_the_role_stands_for() {
    // "She" and "the spokeswoman" after `"…," a spokeswoman said` are that spokeswoman, not the
    // woman the article named before her.
    let text = "Ann Hale will not present the show again.\n\n\"There are no plans for \
                another series,\" a spokeswoman said. She added the ratings had been good. The \
                spokeswoman said a new quiz would be a priority.";
    check(&[
        (text, "the ratings had been good", "a spokeswoman"),
        (text, "a new quiz would be a priority", "The spokeswoman"),
    ]);
    let doc = extract(
        "Tom Vale met the union on Monday. A senior official said the talks had gone well. \
         He added that a deal was close.",
    );
    assert_eq!(
        speaker_of(&doc, "a deal was close"),
        None,
        "{}",
        describe(&doc)
    );
    // Named in the same sentence as the source, the person is still the one "she" stands for;
    // so is one named after it; and "a man claiming" is no source.
    assert_speakers(&[
        (
            "Ann Hale, a senior aide said, is confident. Since May she has told the staff that \
             the shop will stay open.",
            "the shop will stay open",
            "Ann Hale",
        ),
        (
            "Tom Vale spoke after a man claiming to be a guard stopped the bus. He said the \
             police had been called.",
            "the police had been called",
            "Tom Vale",
        ),
    ]);
}

#[test]
fn a_newspaper_described_by_its_country_is_not_the_country() {
    check(&[(
        "The influential US daily said the harbour plan would fail.",
        "the harbour plan would fail",
        "The influential US daily",
    )]);
}

#[test]
fn a_participle_after_a_plural_noun_credits_that_noun() {
    let text =
        "Most residents backed the plan, with many boat owners saying the old pier was unsafe.";
    let doc = extract(text);
    let st = statement(&doc, "the old pier was unsafe");
    let source = st.speaker_span.clone().map(|s| &doc.text[s]);
    assert_eq!(source, Some("many boat owners"), "{}", describe(&doc));
    assert_eq!(st.speaker, None, "{}", describe(&doc));
}

#[test]
fn a_base_form_cue_after_a_plural_subject_reports_its_clause() {
    check(&[
        (
            "Critics claim that the new bridge will never pay for itself.",
            "the new bridge will never pay for itself",
            "Critics",
        ),
        (
            "Economists suggest the harbour economy is slowing.",
            "the harbour economy is slowing",
            "Economists",
        ),
        (
            "Most residents oppose the plan to close the library.",
            "the plan to close the library",
            "Most residents",
        ),
    ]);
}

#[test]
fn a_base_form_after_a_singular_noun_or_a_quantifier_is_not_a_cue() {
    let doc = extract("Some state officials praised the work on the harbour.");
    let cues: Vec<_> = doc
        .annotations
        .statements
        .iter()
        .filter_map(|st| st.cue.as_deref())
        .collect();
    assert!(!cues.contains(&"state"), "{}", describe(&doc));
}

#[test]
fn evidence_named_by_a_noun_in_ing_or_with_its_participle_is_a_source() {
    check(&[
        (
            "The polling showed the mayor ahead in every ward.",
            "the mayor ahead in every ward",
            "The polling",
        ),
        (
            "A survey released Tuesday found that most riders want later buses.",
            "most riders want later buses",
            "A survey released",
        ),
        // A noun in "-ing" after a word that opens the sentence.
        (
            "Exit polling showed that the mayor won every ward.",
            "the mayor won every ward",
            "Exit polling",
        ),
    ]);
}

#[test]
fn a_participle_aside_with_its_time_or_place_stands_between_source_and_cue() {
    check(&[
        (
            "The survey, released on Wednesday, found that most riders want later buses.",
            "most riders want later buses",
            "The survey",
        ),
        // "May" is a month here, not the modal.
        (
            "The new harbour master, appointed in May, said the quay would reopen.",
            "the quay would reopen",
            "The new harbour master",
        ),
    ]);
}

#[test]
fn an_irregular_plural_before_a_base_form_makes_a_clause() {
    check(&[(
        "Officials said people misunderstand the ferry timetable.",
        "people misunderstand the ferry timetable",
        "Officials",
    )]);
}

#[test]
fn a_share_of_those_asked_is_a_source() {
    check(&[
        (
            "About 42% say they would pay more for the train.",
            "they would pay more for the train",
            "About 42%",
        ),
        // A share written out, and a short clause of a pronoun and its verb.
        (
            "Forty-two percent say they're undecided.",
            "they're undecided",
            "Forty-two percent",
        ),
        // A share set off after the phrase it counts.
        (
            "Among regular riders, about two-thirds, 67 percent, say they will vote for the levy.",
            "they will vote for the levy",
            "about two-thirds, 67 percent",
        ),
        (
            "A third of commuters, 33%, say they feel the same way.",
            "they feel the same way",
            "A third of commuters, 33%",
        ),
    ]);
}

#[test]
fn an_unnamed_source_before_a_relative_clause_or_auxiliaries_is_kept_as_its_words() {
    check(&[
        (
            "The union, which represents nurses, said the offer was an insult.",
            "the offer was an insult",
            "The union",
        ),
        (
            "Critics are calling for a full rollback of the parking levy.",
            "a full rollback of the parking levy",
            "Critics",
        ),
    ]);
}

#[test]
fn a_personal_pronoun_never_takes_a_bodys_description() {
    let text = "The town council said the parking fees would rise in May.\n\n\
                He said the fees were unfair to small shops.";
    let doc = extract(text);
    let st = statement(&doc, "the fees were unfair to small shops");
    let words = st.speaker_span.clone().map(|s| &doc.text[s]);
    assert_ne!(words, Some("The town council"), "{}", describe(&doc));
}

#[test]
fn people_of_a_country_are_no_named_source() {
    check(&[(
        "A majority of Britons say they do not trust the new rail operator.",
        "they do not trust the new rail operator",
        "A majority of Britons",
    )]);
}

#[test]
fn the_people_of_a_country_with_the_article_stand_for_its_government() {
    check(&[(
        "Many Israelis say they do not trust the new rail operator.",
        "they do not trust the new rail operator",
        "Many Israelis",
    )]);
    let doc = extract("Most of the Israelis say they do not trust the new rail operator.");
    assert_eq!(
        speaker_of(&doc, "they do not trust the new rail operator"),
        None,
        "{}",
        describe(&doc)
    );
    let text = "The Saudis have warned they could sell their shares in the rail operator.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "they could sell their shares in the rail operator"),
        Some("Saudi Arabia"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_countrys_government_army_or_police_speak_for_the_country() {
    assert_speakers(&[
        (
            "The British government said the talks had failed.",
            "the talks had failed",
            "United Kingdom",
        ),
        (
            "The French government has said it will close the port.",
            "it will close the port",
            "France",
        ),
        (
            "Brazilian police said two men were arrested.",
            "two men were arrested",
            "Brazil",
        ),
    ]);
    // A bare "the government" names no one, nor does a state body after "by" inside the
    // subject.
    assert_no_speakers(&[
        "The government said the talks had failed.",
        "A report commissioned by the British government said the talks had failed.",
        // One of its people is not the state.
        "A British terror suspect plans to sue the government.",
        "A US banker said the talks had failed.",
    ]);
}

#[test]
fn a_subject_that_ends_in_a_determiner_is_kept_as_its_words() {
    check(&[
        (
            "Nearly half of those believe the bridge will be rebuilt.",
            "the bridge will be rebuilt",
            "Nearly half of those",
        ),
        (
            "The mill has closed, and many more think the fees were never fair.",
            "the fees were never fair",
            "many more",
        ),
    ]);
}

#[test]
fn an_unnamed_source_naming_a_body_links_the_body_and_keeps_its_words() {
    let text = "The International Monetary Fund cut its forecast on Tuesday.\n\n\
                “The ultimate impact of the vote remains very unclear,” the IMF report stated.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(
            &doc,
            "The ultimate impact of the vote remains very unclear,"
        ),
        Some("International Monetary Fund"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(
            &doc,
            "The ultimate impact of the vote remains very unclear,"
        ),
        Some("the IMF report"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_sentence_opening_pronoun_is_the_source_of_a_later_verb() {
    check(&[
        (
            "She says voters may not like the answer, but insists the plan is sound.",
            "the plan is sound",
            "She",
        ),
        (
            "He thanked the volunteers and said the count would finish by noon.",
            "the count would finish by noon",
            "He",
        ),
    ]);
}

#[test]
fn a_speech_verb_right_after_a_quotation_reads_no_clause() {
    let text = "“We can all relate to him,” said Ann Lee, whose new book sold well.";
    let doc = extract(text);
    let clauses: Vec<String> = doc
        .annotations
        .statements
        .iter()
        .filter(|st| st.form == StatementForm::Indirect)
        .map(|st| st.text(&doc.text))
        .collect();
    assert!(clauses.is_empty(), "no reported clause{}", describe(&doc));
}

#[test]
fn a_base_form_speech_verb_after_a_plural_source_reports_its_clause() {
    check(&[
        (
            "Engineers for the city contend the bridge can carry twice the load.",
            "the bridge can carry twice the load",
            "Engineers for the city",
        ),
        (
            "Some shopkeepers allege the new parking fees were set without a vote.",
            "the new parking fees were set without a vote",
            "Some shopkeepers",
        ),
    ]);
}

#[test]
fn a_name_ending_in_state_is_the_subject_of_its_verb() {
    let doc = extract("The Islamic State said the two gunmen were its followers.");
    assert_eq!(
        speaker_of(&doc, "the two gunmen were its followers"),
        Some("Islamic State"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn according_to_a_source_described_after_it_reports_the_clause_after_the_description() {
    for text in [
        "According to the harbour gazette, which cites people close to the board, the directors \
         will deny wrongdoing.",
        "According to Jane Roe, the head of the harbour board, the directors will deny \
         wrongdoing.",
    ] {
        let doc = extract(text);
        let st = statement(&doc, "the directors will deny wrongdoing");
        assert_eq!(
            st.cue.as_deref(),
            Some("say"),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn as_reported_by_after_an_attributed_quote_names_the_channel_not_the_speaker() {
    let text = "Graham Dawson spoke on Monday. “We will not wait for the council,” Dawson noted in an interview, as reported by the Ashcombe Tribune. “And we will act alone.”";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "We will not wait for the council,"),
        Some("Graham Dawson"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "And we will act alone."),
        Some("Graham Dawson")
    );
    // Without its own attribution, the clause is the paper's.
    let doc = extract("The council will close the school, as reported by the Ashcombe Tribune.");
    assert_eq!(
        speaker_of(&doc, "The council will close the school"),
        Some("Ashcombe Tribune"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_body_backing_someone_in_a_participle_after_it_is_the_source() {
    check(&[
        (
            "Wealthy donors gave $2 million last month to an outside group backing Ann Lee.",
            "Ann Lee",
            "an outside group",
        ),
        // The participle's phrase stands inside the subject: the main verb ends the object.
        (
            "A campaign committee supporting Ann Lee spent $10 million on leaflets.",
            "Ann Lee",
            "A campaign committee",
        ),
    ]);
    // A participle describing a noun takes no side.
    let doc =
        extract("For the mayor, after years in the chief supporting role, the vote was a relief.");
    assert!(doc.annotations.statements.is_empty(), "{}", describe(&doc));
}

#[test]
fn news_outlets_credited_for_what_they_report_are_named_sources() {
    for (text, said, outlet) in [
        (
            "The plan leaves out rent and royalties, according to The Hill.",
            "The plan leaves out rent and royalties",
            "The Hill",
        ),
        (
            "As reported by Western Journalism, inspectors found 300 faulty meters.",
            "inspectors found 300 faulty meters",
            "Western Journalism",
        ),
        (
            "The true figure is nearer 20 percent, according to FactCheck.org.",
            "The true figure is nearer 20 percent",
            "FactCheck.org",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(speaker_of(&doc, said), Some(outlet), "{}", describe(&doc));
    }
}

#[test]
fn he_does_not_stand_for_a_plural_description() {
    let text =
        "Labour sources say the vote was close.\n\nHe acknowledged the plan was costly, but \
                said the board had weighed every option.";
    let doc = extract(text);
    for said in ["the plan was costly", "the board had weighed every option"] {
        assert_eq!(statement(&doc, said).speaker, None, "{}", describe(&doc));
    }
}

#[test]
fn a_country_that_only_says_where_a_trade_is_from_is_not_the_source() {
    assert_no_speakers(&[
        "Players spent more on games, according to the UK gaming industry's trade body.",
        "Sales of consoles rose by a fifth, according to figures from the US games industry.",
        "Prices rose as cold weather in the US threatened to cut stocks of heating oil.",
    ]);
    assert_speakers(&[(
        "The talks will resume in May, according to China's foreign ministry.",
        "The talks will resume in May",
        "Ministry of Foreign Affairs of China",
    )]);
    // "according to US officials": the officials are the source, unnamed, kept as their words
    // (see a_countrys_officials_are_unnamed_while_the_country_speaks_under_its_own_name).
    let doc = extract("The deal is off for now, according to US officials.");
    assert_eq!(
        speaker_of(&doc, "The deal is off for now"),
        None,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(&doc, "The deal is off for now"),
        Some("US officials")
    );
}

#[test]
fn it_after_an_opening_adverb_is_the_subject_of_the_sentence_before() {
    assert_speakers(&[(
        "Marten Breweries warned that a weaker dollar may lead to a drop in profit.\n\nHolvik, \
         the fifth-largest brewer, saw annual profits fall to 3.4bn kroner. Its beer sales \
         have been hurt by the slow economy. Holvik is more optimistic than Marten Breweries \
         about next year, projecting a 15% rise in profits. However, it also plans to cut 200 \
         jobs in its home market.",
        "to cut 200 jobs in its home market",
        "Holvik",
    )]);
}

#[test]
fn a_cue_joined_by_but_shares_a_pronoun_subject_after_an_opening_phrase() {
    assert_speakers(&[(
        "Gordon Brown spoke on Monday. In an upbeat report, he raised borrowing slightly but \
         insisted the fiscal targets would be met.",
        "the fiscal targets would be met",
        "Gordon Brown",
    )]);
}

#[test]
fn a_pronoun_and_its_auxiliary_before_a_trailing_cue_are_what_was_said() {
    let doc = extract("It could cost him the primary, lawmakers said.");
    assert_statement_starting(&doc, "It could cost him the primary", true);
    // Not a feeling: "They should be very, very worried" reports nothing.
    let doc = extract("They should be very, very worried.");
    assert!(statement_texts(&doc).is_empty(), "{}", describe(&doc));
}

#[test]
fn modifiers_between_the_comma_and_a_trailing_source_belong_to_the_source() {
    assert_speakers(&[(
        "Two French nationals were among the passengers, foreign ministry spokesman Omar \
         Benali said.",
        "Two French nationals were among the passengers",
        "Omar Benali",
    )]);
    // A participle after the comma opens a clause of its own, not the source.
    let doc = extract(
        "The fact that the rebels were not a party to the truce, allowing the group to \
         continue its attacks, has given fuel to the argument.",
    );
    assert!(statement_texts(&doc).is_empty(), "{}", describe(&doc));
}

#[test]
fn a_share_of_people_before_say_is_its_subject() {
    for text in [
        "A majority say they want a change of course.",
        "Nearly a third say they do not know yet.",
    ] {
        assert_statement_starting(&extract(text), "they ", true);
    }
}

#[test]
fn members_of_a_party_are_not_the_party() {
    check(&[
        (
            "Some Democrats say the bill is dead.",
            "the bill is dead",
            "Some Democrats",
        ),
        (
            "Senate Republicans argued that the plan costs too much.",
            "the plan costs too much",
            "Senate Republicans",
        ),
        (
            "Republicans say the budget will pass.",
            "the budget will pass",
            "Republicans",
        ),
    ]);
    // "The Democrats said" is the party.
    assert_speakers(&[(
        "The Democrats said the bill was dead.",
        "the bill was dead",
        "Democratic Party",
    )]);
}

#[test]
fn a_british_party_named_by_its_members_is_the_party() {
    assert_speakers(&[(
        "Tories insist the country needs tax cuts.",
        "the country needs tax cuts",
        "Conservative Party",
    )]);
    check(&[(
        "Many Tories believe the leader must go.",
        "the leader must go",
        "Many Tories",
    )]);
}

#[test]
fn a_trailing_source_may_be_a_role_the_body_completes() {
    assert_speakers(&[(
        "The merger talks have ended, a spokesman for Microsoft said.",
        "The merger talks have ended",
        "Microsoft",
    )]);
    check(&[(
        "The merger talks have ended, the former chief executive of Microsoft said.",
        "The merger talks have ended",
        "the former chief executive of Microsoft",
    )]);
}

#[test]
fn one_who_leads_a_body_speaks_for_themselves() {
    check(&[(
        "The chairman of Exxon said profits would rise next year.",
        "profits would rise next year",
        "The chairman of Exxon",
    )]);
    // The leader the article ties to the body speaks.
    assert_speakers(&[(
        "Larry Ellison, Oracle's chief executive, spoke on Monday. The head of Oracle said the \
         deal was dead.",
        "the deal was dead",
        "Larry Ellison",
    )]);
    // One set off before the role speaks.
    assert_speakers(&[(
        "“The rules protect only the big firms,” Eva Lind, a senior Green member of the \
         European Parliament said in a statement.",
        "The rules protect only the big firms,",
        "Eva Lind",
    )]);
}

#[test]
fn a_bodys_name_set_off_after_its_description_is_the_source() {
    assert_speakers(&[
        (
            "The firm, Halvern, said that it hoped to sell five million shares.",
            "it hoped to sell five million shares",
            "Halvern",
        ),
        (
            "The bank, Ostler Bank, said: \"We will cut fees.\"",
            "We will cut fees.",
            "Ostler Bank",
        ),
    ]);
    // The newspaper a person edits is not the source.
    let doc = extract(
        "Ann Lee, the editor of the daily newspaper, The Halvern Herald, said the vote was fair.",
    );
    assert_eq!(
        speaker_of(&doc, "the vote was fair"),
        Some("Ann Lee"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn they_after_an_unnamed_plural_subject_is_those_people() {
    let doc = extract(
        "Ruth Adeyemi leads the Halvern Party.\n\nFive public sector unions will hold talks on \
         Sunday. They want the government to withdraw the rules.",
    );
    assert_eq!(
        speaker_of(&doc, "the government to withdraw the rules"),
        None,
        "{}",
        describe(&doc)
    );
    // After a named body, "they" is still the body.
    let doc =
        extract("The Halvern Party will hold talks on Sunday. They want the rules withdrawn.");
    assert_eq!(
        speaker_of(&doc, "the rules withdrawn"),
        Some("Halvern Party"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_name_after_a_participle_of_the_subjects_noun_is_not_the_source() {
    // "The unions meeting Mr Vale want …": Vale is whom they meet.
    let doc = extract("The five unions meeting Mr Tom Vale want the rules withdrawn.");
    assert_eq!(
        speaker_of(&doc, "the rules withdrawn"),
        None,
        "{}",
        describe(&doc)
    );
}

#[test]
fn they_after_unnamed_plural_speakers_is_them_not_a_named_person() {
    let doc = extract(
        "The slide halted after Treasury Secretary Tom Vale said a strong pound was good.\n\nBut \
         analysts said any gains were likely to be short-lived. They also pointed out that the \
         government had done little.",
    );
    let st = statement(&doc, "the government had done little");
    assert_eq!(name(&doc, st.speaker), None, "{}", describe(&doc));
    assert_eq!(
        speaker_span_of(&doc, "the government had done little"),
        Some("analysts"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_office_the_board_or_the_fund_is_the_body_named_before() {
    for (body, noun) in [
        ("Federal Statistics Office", "office"),
        ("Halvern Board of Elections", "board"),
        ("Ostler Foundation", "foundation"),
    ] {
        let text =
            format!("The {body} said prices fell. The {noun} said final figures will follow.");
        let doc = extract(&text);
        assert_eq!(
            speaker_of(&doc, "final figures will follow"),
            Some(body),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_document_owned_by_a_pronoun_speaks_for_its_owner() {
    let text = "Nuclear risk\n\nOlaf Brenner, a professor of ethics, says the plan is wrong. His \
                report demands an overhaul of the rules.\n\nThe Vellmark Institute published a \
                study on Monday. Its report says taxes must rise.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "an overhaul of the rules"),
        Some("Olaf Brenner"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "taxes must rise"),
        Some("Vellmark Institute")
    );
}

#[test]
fn a_lede_description_is_the_source_the_next_paragraph_names() {
    let doc = extract(
        "Risk warning\n\nBritain must accept that it cannot prevent every attack, says a top \
         academic.\n\nOlaf Brenner, a professor of ethics, says the priority is failing states.",
    );
    assert_eq!(
        speaker_of(
            &doc,
            "Britain must accept that it cannot prevent every attack"
        ),
        Some("Olaf Brenner"),
        "{}",
        describe(&doc)
    );
    let doc = extract(
        "Jobs warning\n\nThousands of textile workers will lose their jobs, a charity has \
         warned.\n\nThe Vellmark Trust said the new trade rules would hurt the poorest.",
    );
    assert_eq!(
        speaker_of(&doc, "Thousands of textile workers will lose their jobs"),
        Some("Vellmark Trust"),
        "{}",
        describe(&doc)
    );
    // The description may stand before its cue, and the clause may say "cannot".
    let doc = extract(
        "Risk warning\n\nThe UK cannot stop every attack, a top academic says.\n\nOlaf \
         Brenner, a professor of ethics, says the priority is failing states.",
    );
    assert_eq!(
        speaker_of(&doc, "The UK cannot stop every attack"),
        Some("Olaf Brenner"),
        "{}",
        describe(&doc)
    );
    // A person's noun is not a body's name, nor someone the lede already named.
    let doc = extract(
        "Jobs warning\n\nThousands of workers will lose their jobs, a top academic has \
         warned.\n\nThe Vellmark Trust said the new trade rules would hurt the poorest.",
    );
    assert_eq!(
        speaker_of(&doc, "Thousands of workers will lose their jobs"),
        None
    );
    // A firm is no political party, and a party is "a party".
    let doc = extract(
        "Jobs warning\n\nA firm says it will cut 200 jobs in Leeds.\n\nThe plan is bad, say \
         the Tories.",
    );
    assert_eq!(
        speaker_of(&doc, "it will cut 200 jobs in Leeds"),
        None,
        "{}",
        describe(&doc)
    );
    let doc = extract(
        "Tax warning\n\nCouncil tax must go, a party says.\n\nThe Liberal Democrats say a \
         local income tax would be fairer.",
    );
    assert_eq!(
        speaker_of(&doc, "Council tax must go"),
        Some("Liberal Democrats"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn people_close_to_someone_are_not_that_person() {
    let text = "Rhona Tiller is a minister. Sources close to Ms Tiller said eight members would \
                quit. People close to Rhona Tiller said the plan was dead. Aides to Ms Tiller \
                said she would resign. Friends of Ms Tiller said she was tired. Allies of Ms \
                Tiller say she will fight.";
    let doc = extract(text);
    for (said, words) in [
        ("eight members would quit", "Sources close to Ms Tiller"),
        ("the plan was dead", "People close to Rhona Tiller"),
        ("she would resign", "Aides to Ms Tiller"),
        ("she was tired", "Friends of Ms Tiller"),
        ("she will fight", "Allies of Ms Tiller"),
    ] {
        assert_eq!(speaker_of(&doc, said), None, "{said:?}{}", describe(&doc));
        assert_eq!(
            speaker_span_of(&doc, said),
            Some(words),
            "{said:?}{}",
            describe(&doc)
        );
    }
    // A spokesman for a body still speaks for it.
    assert_speakers(&[(
        "A spokesman for Globex Holdings said the plant would close.",
        "the plant would close",
        "Globex Holdings",
    )]);
}

#[test]
fn according_to_a_document_filed_by_someone_credits_its_author() {
    assert_speakers(&[
        (
            "Charges dropped\n\n\"The evidence cannot prove the crime,\" according to a court \
             document filed by state attorney Dan Pike.",
            "\"The evidence cannot prove the crime,\"",
            "Dan Pike",
        ),
        (
            "Charges dropped\n\nAccording to a long statement released by Dan Pike, \"the \
             talks have ended.\"",
            "the talks have ended.",
            "Dan Pike",
        ),
    ]);
    // Whoever obtained or saw a document is not its author.
    let doc = extract(
        "Charges dropped\n\nThe talks have ended, according to a court document obtained by \
         Dan Pike.",
    );
    assert_ne!(
        speaker_of(&doc, "The talks have ended"),
        Some("Dan Pike"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn according_to_inside_a_reported_clause_leaves_the_clause_to_its_cue() {
    // "said that, according to X, …": the cue before keeps its clause; the aside does not take
    // the cue's words as its own content.
    let doc = extract(
        "Donors\n\nThe Harwick Courier reported that, according to an analysis of the \
         calendar, the mayor met donors.",
    );
    let st = statement(
        &doc,
        "according to an analysis of the calendar, the mayor met donors",
    );
    assert_eq!(
        name(&doc, st.speaker),
        Some("Harwick Courier"),
        "{}",
        describe(&doc)
    );
    assert_statement_starting(&doc, "The Harwick Courier reported", false);
}

#[test]
fn the_owner_of_a_thing_inside_the_source_is_not_the_source() {
    // "an analysis of her calendar" is the source, not the woman whose calendar it is;
    // "according to her," is she.
    let doc = extract(
        "Donors\n\nHelen Okafor met donors. She met 85 of them last year, according to an \
         analysis of her calendar.",
    );
    assert_eq!(
        speaker_of(&doc, "She met 85 of them last year"),
        None,
        "{}",
        describe(&doc)
    );
    assert_speakers(&[(
        "Donors\n\nHelen Okafor met donors. She met 85 of them last year, according to her.",
        "She met 85 of them last year",
        "Helen Okafor",
    )]);
}

#[test]
fn a_countrys_officials_are_unnamed_while_the_country_speaks_under_its_own_name() {
    // "U.S. officials said", "a senior Chinese official said": the officials spoke, kept as
    // their words; the country is the source only when named as one ("the US said").
    let doc = extract(
        "Talks\n\nU.S. officials said the talks had failed. \"We will try again,\" a senior \
         Chinese official said. Saudi investigators deny the report.",
    );
    for said in ["the talks had failed", "We will try again,", "the report"] {
        assert_eq!(speaker_of(&doc, said), None, "{said}{}", describe(&doc));
    }
    assert_eq!(
        speaker_span_of(&doc, "the talks had failed"),
        Some("U.S. officials")
    );
    assert_eq!(
        speaker_span_of(&doc, "We will try again,"),
        Some("a senior Chinese official")
    );
    assert_speakers(&[(
        "Talks\n\nThe United States said officials had failed to agree.",
        "officials had failed to agree",
        "United States",
    )]);
}

#[test]
fn an_opening_participle_cue_credits_the_unnamed_subject_after_it() {
    let doc = extract(
        "Town hall\n\nAfter saying he was nervous to ask a question, the man ended up in the \
         middle of the room.",
    );
    assert_eq!(
        speaker_span_of(&doc, "he was nervous to ask a question"),
        Some("the man"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_pronoun_speaking_after_an_unnamed_source_is_not_the_one_it_talks_about() {
    // The opposition leader's "he added" is the leader, not the minister named only inside
    // what the leader says.
    let doc = extract(
        "Rail row\n\nThe trains are late every day, the opposition leader said. Mr Dobbs's \
         department was \"slow and muddled,\" he added. Mr Dobbs has failed the railways, he \
         claimed.",
    );
    for said in [
        "Mr Dobbs's department was \"slow and muddled,\"",
        "Mr Dobbs has failed the railways",
    ] {
        assert_eq!(speaker_of(&doc, said), None, "{said}{}", describe(&doc));
        assert_eq!(speaker_span_of(&doc, said), Some("the opposition leader"));
    }
    // Named outside what was said, or with no unnamed source before, the person still is.
    assert_speakers(&[
        (
            "Lee quits\n\nMs Lee was shocked, she said.",
            "Ms Lee was shocked",
            "Lee",
        ),
        (
            "Rail row\n\nThe trains are late, the opposition leader said. Mr Dobbs then spoke. \
             The department was doing well, he added.",
            "The department was doing well",
            "Dobbs",
        ),
    ]);
}
