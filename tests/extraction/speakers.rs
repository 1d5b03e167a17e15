//! Speakers named by a pronoun or a description: gender from honorifics and first names, "it"
//! and "they" for organisations, and descriptions resolved through the article's own roles or
//! the dated office-holders table.

use crate::util::{
    assert_speakers, describe, entity, entity_names, extract, extract_on, name, speaker_of,
    speaker_span_of, statement,
};
use newsgraph::extract::{EntityKind, Gender};

#[test]
fn he_and_she_follow_the_gender_of_honorifics() {
    let text = "Mrs Ellen Carter and Mr Rupert Vance toured the flooded school on Monday.\n\n\
                “The floors are still wet,” she said.\n\n“The roof held up well,” he said.";
    let doc = extract(text);
    assert_eq!(
        entity(&doc, "Ellen Carter").gender,
        Gender::Female,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        entity(&doc, "Rupert Vance").gender,
        Gender::Male,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "The floors are still wet,"),
        Some("Ellen Carter")
    );
    assert_eq!(
        speaker_of(&doc, "The roof held up well,"),
        Some("Rupert Vance")
    );
}

#[test]
fn a_headline_surname_that_is_also_a_given_name_leaves_the_sex_to_the_full_name() {
    // "Jamieson" and "Kent" are given names of men too: a headline naming the woman by her
    // surname alone must not make her a man.
    let text = "Jamieson opens new ward\n\nCathy Jamieson visited the hospital in Leeds.\n\n\
                “The staff have done wonders,” she said.";
    let doc = extract(text);
    assert_eq!(
        entity(&doc, "Cathy Jamieson").gender,
        Gender::Female,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "The staff have done wonders,"),
        Some("Cathy Jamieson"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn he_and_she_follow_the_gender_of_first_names() {
    let text = "Sarah Lindgren and David Moreau inspected the dam after the storm.\n\n\
                “We found no cracks,” he said.\n\n“The spillway needs repair,” she said.";
    let doc = extract(text);
    assert_eq!(
        entity(&doc, "Sarah Lindgren").gender,
        Gender::Female,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        entity(&doc, "David Moreau").gender,
        Gender::Male,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "We found no cracks,"),
        Some("David Moreau"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "The spillway needs repair,"),
        Some("Sarah Lindgren"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn it_and_they_refer_to_an_organisation_not_a_person() {
    let cases = [
        (
            "Greenpeace criticised the drilling plan announced by Peter Hollis. “The plan ignores \
             the seabed entirely,” it said.",
            "The plan ignores the seabed entirely,",
            "Greenpeace",
        ),
        (
            "The World Health Organization met Helen Okafor in Geneva. “Most of these infections \
             could be avoided,” they said.",
            "Most of these infections could be avoided,",
            "World Health Organization",
        ),
    ];
    for (text, said, org) in cases {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, said),
            Some(org),
            "{text:?}{}",
            describe(&doc)
        );
        assert_eq!(entity(&doc, org).kind, EntityKind::Organization);
    }
}

/// (article date, text, quoted words, who the description names, the description).
type Described<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

fn check_described(cases: &[Described]) {
    for &(date, text, said, person, description) in cases {
        let doc = extract_on(text, date);
        assert_eq!(
            speaker_of(&doc, said),
            Some(person),
            "{text:?}{}",
            describe(&doc)
        );
        assert_eq!(
            speaker_span_of(&doc, said),
            Some(description),
            "{text:?}{}",
            describe(&doc)
        );
        assert_eq!(entity(&doc, person).kind, EntityKind::Person);
    }
}

#[test]
fn a_national_title_with_a_demonym_names_the_office_holder_on_the_article_date() {
    check_described(&[(
        "2023-06-15",
        "Russia announced new grain exports on Wednesday. “We will not let the harvest rot,” the \
         Russian president said.",
        "We will not let the harvest rot,",
        "Vladimir Putin",
        "the Russian president",
    )]);
}

#[test]
fn a_possessive_capital_and_top_diplomat_name_the_foreign_minister() {
    check_described(&[(
        "2023-06-15",
        "“The door to talks remains open,” Washington's top diplomat told reporters in Jakarta.",
        "The door to talks remains open,",
        "Antony Blinken",
        "Washington's top diplomat",
    )]);
}

#[test]
fn an_organisation_possessive_and_chief_name_its_secretary_general() {
    check_described(&[(
        "2023-06-15",
        "“Our members will spend more on defence,” NATO's chief said after the meeting in Oslo.",
        "Our members will spend more on defence,",
        "Jens Stoltenberg",
        "NATO's chief",
    )]);
}

#[test]

fn the_alliance_refers_back_to_nato_in_a_described_title() {
    check_described(&[(
        "2023-06-15",
        "NATO ministers gathered in Brussels on Thursday. “Nobody wants a wider war,” the \
         alliance's Secretary General said.",
        "Nobody wants a wider war,",
        "Jens Stoltenberg",
        "the alliance's Secretary General",
    )]);
}

#[test]
fn the_kremlin_leader_in_2023_is_vladimir_putin() {
    check_described(&[(
        "2023-06-15",
        "“The sanctions have failed,” the Kremlin leader said in a televised address.",
        "The sanctions have failed,",
        "Vladimir Putin",
        "the Kremlin leader",
    )]);
}

#[test]
fn the_british_prime_minister_in_2005_is_tony_blair() {
    check_described(&[(
        "2005-05-10",
        "“We have listened to the voters,” the British prime minister said outside the Commons.",
        "We have listened to the voters,",
        "Tony Blair",
        "the British prime minister",
    )]);
}

#[test]

fn the_prime_minister_in_a_2005_british_article_is_tony_blair() {
    check_described(&[(
        "2005-05-10",
        "Labour won a third term in Britain last week, and Downing Street moved quickly to name a \
         new cabinet.\n\n“We have listened to the voters,” the prime minister said in London.",
        "We have listened to the voters,",
        "Tony Blair",
        "the prime minister",
    )]);
}

#[test]
fn the_prime_minister_refers_to_the_person_the_article_gave_that_title() {
    check_described(&[(
        "2005-05-10",
        "Prime Minister Tony Blair opened the new hospital wing in Sedgefield.\n\n“Staff here \
         have worked miracles,” the prime minister said.",
        "Staff here have worked miracles,",
        "Tony Blair",
        "the prime minister",
    )]);
}

#[test]
fn the_prime_minister_is_not_the_deputy_prime_minister_named_before() {
    check_described(&[(
        "2005-05-10",
        "Britain's Deputy Prime Minister John Prescott opened a housing estate in Hull.\n\n\
         “These homes are for working families,” the prime minister said in London.",
        "These homes are for working families,",
        "Tony Blair",
        "the prime minister",
    )]);
}

#[test]
fn said_then_an_abbreviated_title_and_a_name_is_attributed_to_the_name() {
    let text = "Lena Ortiz spoke first at the hearing.\n\n\
                “The budget is a mess,” said Sen. Walter Pryce, a member of the finance panel.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "The budget is a mess,"),
        Some("Walter Pryce"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_state_qualified_description_refers_to_the_person_last_named() {
    let text = "Sen. Walter Pryce opened the hearing. His deputy, Tom Hale, spoke after him.\n\n\
                “We need answers,” the Nevada senator said.";
    let doc = extract(text);
    // Pryce holds the title, but the article never says where; Hale was named last and
    // descriptions refer back to whoever was just named.
    assert_eq!(
        speaker_of(&doc, "We need answers,"),
        Some("Tom Hale"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_description_with_the_roles_state_prefers_the_person_holding_it_there() {
    let text = "Mitch Rowan, a senator for Nevada, and the lawyer Tom Hale spoke.\n\n\
                “We need answers,” the Nevada senator said.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "We need answers,"),
        Some("Mitch Rowan"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_shared_surname_means_the_person_last_named_in_full() {
    let text = "Maria Hollis opened the new library on Saturday.\n\n\
                “Books change lives,” Hollis said.\n\n\
                Her husband, Gregor Hollis, paid for the reading room.\n\n\
                “It was the least we could do,” Hollis said.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "Books change lives,"),
        Some("Maria Hollis"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "It was the least we could do,"),
        Some("Gregor Hollis"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_quote_after_a_sentence_that_only_names_the_speaker_is_theirs() {
    let text = "Engineer Dianne Walcott agreed.\n\n“The pumps were never designed for this much \
                water.”\n\nTom Reyes said in a statement. “We will pay for the repairs.”";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "The pumps were never designed for this much water."),
        Some("Dianne Walcott"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "We will pay for the repairs."),
        Some("Tom Reyes")
    );
}

#[test]
fn a_speaker_named_after_an_inverted_cue_before_the_quote() {
    let text = "The mayor praised the crews. But, said Alma Quist, “the money has run out.”";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "the money has run out."),
        Some("Alma Quist"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_party_and_state_tag_between_name_and_cue_is_passed_over() {
    let text = "Senator Ada Whitcombe, R-Ky., said the vote would be delayed.\n\n\
                “This is a waste of time,” said Del. Ruth Calder.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "the vote would be delayed"),
        Some("Ada Whitcombe"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "This is a waste of time,"),
        Some("Ruth Calder")
    );
}

#[test]
fn a_quoted_transcript_credits_each_line_to_its_label() {
    let text = "Ruth Calder spoke to Tom Reyes on the radio on Sunday.\n\n\
                \"REYES: Let us start with the bridge. Will it open?\n\n\
                \"CALDER: It will open in May, and the tolls will go.\n\n\
                \"REYES: Can you promise that?";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "Let us start with the bridge. Will it open?"),
        Some("Tom Reyes"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "It will open in May, and the tolls will go."),
        Some("Ruth Calder")
    );
    assert_eq!(speaker_of(&doc, "Can you promise that?"), Some("Tom Reyes"));
}

#[test]
fn it_is_the_company_rather_than_the_place_named_after_a_preposition() {
    let text = "Shares in Brellin Foods closed down 19% on the London Stock Exchange on Monday, \
                after it said a partner was set to pull out of a deal.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "a partner was set to pull out of a deal"),
        Some("Brellin Foods"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn where_a_speaker_is_from_is_not_the_speaker() {
    for text in [
        "Brenda Okafor, 62, of Ohio said the depot should stay open.",
        "Brenda Okafor of Leeds said the depot should stay open.",
        "Brenda Okafor of Fresno, Calif., said the depot should stay open.",
        "Brenda Okafor, a nurse from Concord, N.H., said the depot should stay open.",
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, "the depot should stay open"),
            Some("Brenda Okafor"),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn the_state_after_a_described_speakers_town_is_not_the_speaker() {
    let text = "A nurse from Concord, N.H., said the depot should stay open.";
    let doc = extract(text);
    let st = statement(&doc, "the depot should stay open");
    assert_eq!(name(&doc, st.speaker), None, "{}", describe(&doc));
}

#[test]
fn a_surname_that_is_a_demonym_names_the_person_when_they_speak() {
    let text = "Mark Irish runs the depot in Leeds. “It will stay open,” Irish said. The Irish \
                government said it would wait.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "It will stay open,"),
        Some("Mark Irish"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_place_closing_an_aside_is_not_the_speaker() {
    for (text, said, speaker) in [
        (
            "Dana Kowalczyk, 41, of Akron, Ohio, said she had waited for hours.",
            "she had waited for hours",
            "Dana Kowalczyk",
        ),
        (
            "Ruben Ostrow, speaking at a diner in Concord, N.H., said the vote was close.",
            "the vote was close",
            "Ruben Ostrow",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(speaker_of(&doc, said), Some(speaker), "{}", describe(&doc));
    }
}

#[test]
fn a_body_or_place_before_a_role_and_a_name_is_a_modifier_of_the_name() {
    for (text, said, speaker) in [
        (
            "According to Reuters columnist Hana Brezina, the deal was unlikely.",
            "the deal was unlikely",
            "Hana Brezina",
        ),
        (
            "U.S. District Judge Miriam Achterberg imposed a fine, saying the harm was grave.",
            "the harm was grave",
            "Miriam Achterberg",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(speaker_of(&doc, said), Some(speaker), "{}", describe(&doc));
    }
}

#[test]
fn a_place_after_a_preposition_is_not_the_subject_a_participle_speaks_for() {
    let doc = extract(
        "A day earlier, at a rally in Fresno, Dale Whitcombe was blunt, claiming that the count was rigged.",
    );
    assert_eq!(
        speaker_of(&doc, "the count was rigged"),
        Some("Dale Whitcombe"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn as_someone_put_it_credits_the_quote_that_follows() {
    for text in [
        "As Helen Okafor put it: “This bridge will not reopen this year.”",
        "As Helen Okafor, the mayor of the town, put it, “This bridge will not reopen this year.”",
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, "This bridge will not reopen this year."),
            Some("Helen Okafor"),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn an_inverted_cue_credits_the_person_its_source_phrase_names_not_a_possessor() {
    let cases = [
        (
            "“We are treating March as one long polling day,” said Rubio’s deputy campaign \
             manager, Rich Beeson, who ran the ground game.",
            "We are treating March as one long polling day,",
            "Rich Beeson",
        ),
        (
            "\"The bill is dead,\" said a spokesman, Jason Miller.",
            "The bill is dead,",
            "Jason Miller",
        ),
        (
            "\"The bill is dead,\" said Clinton campaign manager Robby Mook.",
            "The bill is dead,",
            "Robby Mook",
        ),
    ];
    assert_speakers(&cases);
}

#[test]
fn a_name_after_the_quote_speaks_whatever_its_aside_between_commas_names() {
    let doc = extract(
        "\"Both of them scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those \
         polled, said in an interview.",
    );
    assert_eq!(
        speaker_of(&doc, "Both of them scare me,"),
        Some("Harry Bond"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_state_after_an_opening_phrases_town_is_not_the_subject() {
    let doc = extract(
        "Speaking at a town hall event in Columbus, Ohio, Mark Dorsey went after Lee, calling \
         him “a total stiff.”",
    );
    let st = doc
        .annotations
        .statements
        .iter()
        .find(|s| doc.text[s.span.clone()].contains("a total stiff"))
        .unwrap_or_else(|| panic!("no statement{}", describe(&doc)));
    assert_eq!(
        name(&doc, st.speaker),
        Some("Mark Dorsey"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_participle_after_a_cue_shares_that_cues_speaker_not_the_sentence_opening() {
    let doc = extract(
        "Helen Lee met the board on Monday, Tom Spicer told reporters, adding: \"They need to \
         sit down and talk.\"",
    );
    assert_eq!(
        speaker_of(&doc, "They need to sit down and talk."),
        Some("Tom Spicer"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_past_verb_and_a_name_right_after_a_quote_attribute_it_whatever_the_verb() {
    let cases = [
        (
            "\"Everybody told her no, and she set out to prove them wrong,\" remembered Roy \
             Verley, the firm's former spokesman.",
            "Everybody told her no, and she set out to prove them wrong,",
            "Roy Verley",
        ),
        (
            "“Would the number be negotiable?” Mark Hannigan pressed.",
            "Would the number be negotiable?",
            "Mark Hannigan",
        ),
    ];
    assert_speakers(&cases);
}

#[test]
fn a_dash_and_a_name_opening_the_next_paragraph_sign_a_quote() {
    let doc = extract("\"The whole idea needs to stop.\"\n\n-Michelle Marks, Philadelphia.");
    assert_eq!(
        speaker_of(&doc, "The whole idea needs to stop."),
        Some("Michelle Marks"),
        "{}",
        describe(&doc)
    );
    let doc = extract(
        "\"She should be our next president.\"\n\n-President Barack Obama, tweeting after the \
         speech.",
    );
    assert_eq!(
        speaker_of(&doc, "She should be our next president."),
        Some("Barack Obama"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_inverted_cue_before_a_colon_credits_the_person_it_names() {
    let doc = extract(
        "In other words, explained CBS moderator Nancy Cordes: \"What does that have to do with \
         donations?\"",
    );
    assert_eq!(
        speaker_of(&doc, "What does that have to do with donations?"),
        Some("Nancy Cordes"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_person_opening_the_sentence_speaks_through_a_long_aside_before_the_cue() {
    let doc = extract(
        "Just last week, Jim Goldberg, editor at large of the weekly, wrote, \"We should think \
         of the world war.\"",
    );
    assert_eq!(
        speaker_of(&doc, "We should think of the world war."),
        Some("Jim Goldberg"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_firm_is_the_firm_the_article_names_most_not_the_last_one_named() {
    let doc = extract(
        "UK sportswear firm Umbro posted a rise in profit. Umbro said it had signed an \
         agreement with Scottish club Rangers. The firm said sales would rise next year.",
    );
    assert_eq!(
        speaker_of(&doc, "sales would rise next year"),
        Some("Umbro"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_firm_named_as_often_as_another_is_the_one_named_first_never_one_inside_its_words() {
    // A wire story's lede names its firm first; a firm named only inside the words "the
    // company" reports is not the company.
    assert_speakers(&[
        (
            "NEW COMPUTERS\n\nBOSTON, March 9 - Cedar Software Inc said it introduced two \
             computers compatible with those of Delta Systems Corp.\n\nThe computers sell for \
             2,000 dlrs each, the company said.",
            "The computers sell for 2,000 dlrs each",
            "Cedar Software Inc",
        ),
        (
            "ALDER MINING SIGNS DEAL\n\nVANCOUVER, Oct 19 - Alder Mining Corp said it agreed to \
             sell shares to Birch Holdings Ltd.\n\nIf Birch sells the shares, the rights will \
             lapse, the company said.",
            "If Birch sells the shares, the rights will lapse",
            "Alder Mining Corp",
        ),
        // "But the organisation" carries on the subject of the sentence before.
        (
            "Fuel duty frozen\n\nThe Drivers Association welcomed the news, as did the Road \
             Users Club. But the organisation urged drivers to shop around for petrol.",
            "drivers to shop around for petrol",
            "Drivers Association",
        ),
    ]);
}

#[test]
fn a_quote_after_said_adding_is_its_own_statement_by_the_same_speaker() {
    // The participle starts a second attribution: the paraphrase before does not run on into
    // the quote.
    let text = "Teodor Vasile chairs the club. The players trained twice a day all summer, Vasile \
                said, adding, “Nobody here wanted a holiday.”";
    let doc = extract(text);
    let paraphrase = crate::util::statement(&doc, "The players trained twice a day all summer");
    assert_eq!(name(&doc, paraphrase.speaker), Some("Teodor Vasile"));
    assert_eq!(
        speaker_of(&doc, "Nobody here wanted a holiday."),
        Some("Teodor Vasile"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_honorific_before_the_name_and_a_long_aside_still_name_the_speaker() {
    let text = "Tomas Reyes left the firm in 2009.\n\n“I would never go back,” Mr. Reyes, now \
                retired in Springfield, Mass., said by telephone this week.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "I would never go back,"),
        Some("Tomas Reyes"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_quote_finished_by_the_reporters_words_is_credited_by_the_trailing_cue() {
    let text = "Ines Moreau runs the port. “This will be a hard winter” for the dockers, said \
                Moreau, a former crane driver.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "This will be a hard winter"),
        Some("Ines Moreau"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_subordinate_clause_after_a_quote_does_not_credit_its_subject() {
    // "when Lee blasted him" is the reporter's context, not the quote's attribution.
    let text = "Carl Brandt and Ines Moreau met on Monday. The clip ends with Brandt saying \
                on stage, “That makes me clever,” when Moreau blasted him for it.";
    let doc = extract(text);
    assert_ne!(
        speaker_of(&doc, "That makes me clever,"),
        Some("Ines Moreau"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_party_whip_or_leader_title_is_not_part_of_the_speakers_name() {
    let text = "“The vote will fail,” said Senate Minority Whip Dora Quinlan in an interview.\n\n\
                “We will act,” said House Minority Leader Pavel Brandt.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "The vote will fail,"),
        Some("Dora Quinlan"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "We will act,"),
        Some("Pavel Brandt"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_place_after_a_preposition_is_not_the_source() {
    let text = "The harbour board met on Monday in Glasgow to discuss the new pier.";
    let doc = extract(text);
    for st in &doc.annotations.statements {
        assert_ne!(
            name(&doc, st.speaker),
            Some("Glasgow"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_handle_in_a_quoted_tweet_does_not_make_a_surname_a_common_word() {
    // `@ana_morrow` holds "morrow" in lower case; "Morrow" is still the governor's name.
    let text = "Gov. Ana Morrow backed the bridge plan on Friday.\n\n\
                “I am not against anybody, but I will vote for the plan,” Morrow said in an \
                interview.\n\n\
                “Thank you @ana_morrow for standing up for our towns,” wrote Sen. Paul Reyes.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(
            &doc,
            "I am not against anybody, but I will vote for the plan,"
        ),
        Some("Ana Morrow"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_surname_that_is_a_compass_word_names_the_person_it_ended() {
    // "West" and "North" are stop words when they open a sentence or a place's name.
    let text = "Marty West, a professor at the college, backed the bill.\n\n\
                \"It is a rollback of federal power,\" West said.\n\n\
                Norah North said the vote would be close. North added that she was tired.\n\n\
                West Virginia voted against it.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "It is a rollback of federal power,"),
        Some("Marty West"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "she was tired"),
        Some("Norah North"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_name_set_off_after_an_inverted_source_description_is_the_speaker() {
    let text = "The mill is under pressure from cheap imports, said the company's chief \
                executive, Jon K. Ferris. The plant has a no-layoff policy, said a spokesman, \
                Tom Hale, who declined to say more.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "The mill is under pressure from cheap imports"),
        Some("Jon K. Ferris"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "The plant has a no-layoff policy"),
        Some("Tom Hale"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_country_that_is_a_first_name_before_a_speaking_surname_is_a_person() {
    // "Chad" is a country and a first name; "Sweet" is a common word.
    let text = "Chad Sweet, the campaign's chairman, said the remarks were fair.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "the remarks were fair"),
        Some("Chad Sweet"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn names_inside_an_opening_phrase_are_not_the_subject_of_a_participle_cue() {
    let cases = [
        (
            "Speaking at a school in Ashcombe, New Hampshire, Orla Fenwick praised the teachers, calling them “the best in the state.”",
            "them “the best in the state.”",
            "Orla Fenwick",
        ),
        (
            "In her first reply, during an ABC News interview, Orla Fenwick praised the teachers, adding that the school would stay open.",
            "the school would stay open",
            "Orla Fenwick",
        ),
        (
            "The fees are unfair, Orla Fenwick said Tuesday in Leeds, noting that the school would stay open.",
            "the school would stay open",
            "Orla Fenwick",
        ),
    ];
    assert_speakers(&cases);
}

#[test]
fn a_sentence_adverb_between_the_auxiliary_and_the_cue_is_not_the_source() {
    for (text, said) in [
        (
            "Marta Quinn has nevertheless called the levy an honest mistake.",
            "the levy an honest mistake",
        ),
        (
            "Marta Quinn has instead urged the council to wait for the audit.",
            "the council to wait for the audit",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, said),
            Some("Marta Quinn"),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_participle_after_time_spent_credits_the_subject() {
    let doc = extract(
        "Marta Quinn spent much of the run-up to the elections portraying her rival as a spendthrift.",
    );
    assert_eq!(
        speaker_of(&doc, "her rival as a spendthrift"),
        Some("Marta Quinn"),
        "{}",
        describe(&doc)
    );
}

/// As [`assert_speakers`], on undated text (speakers resolved by the era the text names).
fn check_speakers_undated(cases: &[(&str, &str, &str)]) {
    for &(text, said, who) in cases {
        let doc = newsgraph::extract::extract_text(text, None);
        assert_eq!(
            speaker_of(&doc, said),
            Some(who),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_title_word_after_mr_or_ms_is_the_surname() {
    let text = "Councillor Maren King will stand against him in the spring.\n\n\
                Ms King said she was delighted at the chance to take on the sitting member.";
    assert_speakers(&[(
        text,
        "she was delighted at the chance to take on the sitting member",
        "Maren King",
    )]);
}

#[test]
fn sir_or_dame_with_a_given_name_is_the_knight_named_in_full() {
    let text = "The party demanded that Sir Aldous Penhallow step aside.\n\n\
                Sir Aldous said that was impossible while the strike went on.";
    assert_speakers(&[(
        text,
        "that was impossible while the strike went on",
        "Aldous Penhallow",
    )]);
}

#[test]
fn a_quote_opening_the_next_paragraph_after_a_paraphrase_with_quoted_words_is_its_sources() {
    let text =
        "Harbour board chief Ilsa Marr promised \"the most open review this port has seen\". \
                But union leader Tomas Brenner said the plans showed the board was \
                \"afraid of proper scrutiny\".\n\n\
                \"When the workers ask for openness, the board turns its back on them.\" \
                The review is expected next month.";
    assert_speakers(&[(
        text,
        "When the workers ask for openness, the board turns its back on them.",
        "Tomas Brenner",
    )]);
}

#[test]
fn a_correspondent_after_the_broadcaster_s_name_is_the_source() {
    let text = "All sides want to avoid a strike before the vote, said Harbour Radio labour \
                affairs correspondent Ilse Varga.";
    assert_speakers(&[(
        text,
        "All sides want to avoid a strike before the vote",
        "Ilse Varga",
    )]);
}

#[test]
fn the_office_is_held_by_the_person_the_undated_story_named() {
    // "Israel" is the one country the story names, but its prime minister is not the one
    // described: the story has named Tony Blair, who held the office in its era.
    let text = "Tony Blair has pledged never to attack Michael Howard over his faith.\n\n\
                The prime minister told a weekly paper: \"I attack Michael Howard politically.\" \
                He added that he had long supported Israel.";
    check_speakers_undated(&[(text, "I attack Michael Howard politically.", "Tony Blair")]);
}

#[test]
fn a_person_of_a_firm_is_the_source_not_the_firm() {
    assert_speakers(&[
        (
            "\"The field looks shallow,\" Corin Maddox of stockbroker Hallam Brothers said.",
            "The field looks shallow,",
            "Corin Maddox",
        ),
        (
            "Analyst Helen Tull of Grieve Sterling Securities said profits would fall.",
            "profits would fall",
            "Helen Tull",
        ),
        (
            "Ramon Ibarra, Chairman of the Harbour Development Board, told reporters: \"We \
             have recovered more than we hoped.\"",
            "We have recovered more than we hoped.",
            "Ramon Ibarra",
        ),
    ]);
}

#[test]
fn a_name_after_the_article_outruns_a_shorter_alias_with_the_article() {
    // organizations.tsv gives the Bank of England the alias "the Bank": it must not cut the full
    // name after "The" and leave "England" to speak.
    assert_speakers(&[
        (
            "The Bank of England said mortgage lending had fallen.",
            "mortgage lending had fallen",
            "Bank of England",
        ),
        (
            "The Bank of Japan said mortgage lending had fallen.",
            "mortgage lending had fallen",
            "Bank of Japan",
        ),
    ]);
}

#[test]
fn a_given_name_alone_is_the_person_the_story_named_with_it() {
    // "Sharon" is also the surname of an office holder in office_holders.tsv (Ariel Sharon):
    // the story's own Sharon comes first.
    let text = "Sharon Osbourne will judge the talent show again this year.\n\n\
                His wife Sharon, who also appears in the show, agreed. \"Now everybody is doing \
                reality shows.\"";
    check_speakers_undated(&[(
        text,
        "Now everybody is doing reality shows.",
        "Sharon Osbourne",
    )]);
}

#[test]
fn a_pronoun_after_an_opening_question_is_not_the_one_asked_about() {
    let text = "Premier Ansel Varga told the radio he had not read the report.\n\n\
                Asked if Mr Brandt could return to the cabinet, he replied: \"I have made my \
                admiration for him very clear.\"";
    assert_speakers(&[(
        text,
        "I have made my admiration for him very clear.",
        "Ansel Varga",
    )]);
}

#[test]
fn an_ex_role_description_is_the_former_holder_the_story_named() {
    let text = "Former home secretary Ansel Varga resigned in December. \
                The ex-home secretary said he accepted the findings.";
    assert_speakers(&[(text, "he accepted the findings", "Ansel Varga")]);
}

#[test]
fn downing_st_speaks_for_the_government() {
    let doc = extract("Downing St said a similar offer might be made to the island's government.");
    assert_eq!(
        speaker_of(
            &doc,
            "a similar offer might be made to the island's government"
        ),
        Some("United Kingdom"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_wire_spelling_of_an_ampersand_names_the_same_body() {
    let text = "Standard and Poor's Corp said it affirmed the ratings on the harbour bonds.";
    assert_speakers(&[(
        text,
        "it affirmed the ratings on the harbour bonds",
        "S&P Global",
    )]);
}

#[test]
fn letters_after_a_name_are_no_speaker_of_their_own() {
    let text = "Ansel Varga QC, representing seven of the dockers, said the men had been held for \
                years.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "the men had been held for years"),
        Some("Ansel Varga"),
        "{}",
        describe(&doc)
    );
    assert!(!entity_names(&doc).contains(&"QC"), "{}", describe(&doc));
}

#[test]
fn an_embassy_is_a_body_with_its_country_s_name() {
    let text = "Sugar output is likely to be 1.8 mln tonnes, the U.S. Embassy said in its outlook.";
    assert_speakers(&[(
        text,
        "Sugar output is likely to be 1.8 mln tonnes",
        "U.S. Embassy",
    )]);
}

#[test]
fn a_capitalised_word_after_a_given_name_is_the_surname() {
    assert_speakers(&[
        (
            "Lawyer Louise Christian said the government should have acted sooner.",
            "the government should have acted sooner",
            "Louise Christian",
        ),
        (
            "Columnist George Will wrote that the party should look elsewhere.",
            "the party should look elsewhere",
            "George Will",
        ),
    ]);
}

#[test]
fn a_bare_surname_in_an_undated_story_is_the_office_holder_of_its_era() {
    // office_holders.tsv lists Harold Brown (US, 1977-81) before Gordon Brown; a story that
    // names Tony Blair is of Gordon Brown's era.
    let text = "Tony Blair spoke to reporters on Monday. Mr Brown said the budget was fair.";
    check_speakers_undated(&[(text, "the budget was fair", "Gordon Brown")]);
}

#[test]
fn a_peer_s_territorial_designation_is_part_of_the_title() {
    // "Lord Butler of Brockwell": Brockwell is no person nor place of the story, and the peer
    // is the one who speaks, whatever stands between name and verb.
    let text = "Peers report\n\nLord Butler of Brockwell said the report was fair. Baroness \
                Hale of Richmond told peers the bill was flawed.";
    assert_speakers(&[
        (text, "the report was fair", "Butler"),
        (text, "the bill was flawed", "Hale"),
    ]);
    let doc = extract(text);
    for place in ["Brockwell", "Richmond"] {
        assert!(
            !entity_names(&doc).contains(&place),
            "{place}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_peer_s_office_and_a_faith_are_no_surnames() {
    for (text, not_a_person) in [
        (
            "Lord Chancellor Lord Falkirk said the reform was fair.",
            "Chancellor",
        ),
        (
            "Roman Catholic priests said the reform was unfair.",
            "Roman Catholic",
        ),
        (
            "The bishop met Roman Catholics on Sunday.",
            "Roman Catholics",
        ),
    ] {
        let doc = extract(text);
        assert!(
            doc.annotations
                .entities
                .iter()
                .all(|e| !(e.name == not_a_person && e.kind == EntityKind::Person)),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_participle_after_a_joined_clause_credits_that_clause_s_subject() {
    let cases = [
        (
            "Orla Fenwick spoke on Monday. Auditors closed the inquiry last week and Fenwick dismissed her deputy, acknowledging that parents had lost trust in the school.",
            "parents had lost trust in the school",
            "Orla Fenwick",
        ),
        // A list of subjects before the first verb is the sentence's subject, not a clause.
        (
            "Orla Fenwick and Graham Dawson closed the school, saying that the roof was unsafe.",
            "the roof was unsafe",
            "Orla Fenwick",
        ),
    ];
    assert_speakers(&cases);
}

#[test]
fn a_cue_word_closing_an_object_is_a_noun_not_the_cue_a_participle_follows() {
    let text = "Graham Dawson spoke on Monday. Dawson and his lawyers have denied the fraud claims, pointing to the high marks that pupils gave the course.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "pupils gave the course"),
        Some("Graham Dawson"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_participle_after_the_name_a_preposition_governs_speaks_for_the_subject() {
    for text in [
        "Orla Fenwick posted a reply on Facebook writing, “We will not wait for the council.”",
        "Orla Fenwick left a message in the Guardian saying, “We will not wait for the council.”",
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, "We will not wait for the council."),
            Some("Orla Fenwick"),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_cue_word_after_a_possessive_and_an_adjective_is_a_noun_before_a_quote() {
    let text = "Orla Fenwick spoke on Monday. Fenwick, speaking to reporters on her bus, said of Dawson's latest request: “The council settled all of this last year.”";
    let doc = extract(text);
    let st = statement(&doc, "The council settled all of this last year.");
    assert_eq!(
        name(&doc, st.speaker),
        Some("Orla Fenwick"),
        "{}",
        describe(&doc)
    );
    assert_eq!(st.cue.as_deref(), Some("say"));
}

#[test]
fn a_document_right_before_a_quote_speaks_for_whoever_issued_it() {
    for text in [
        "Orla Fenwick spoke on Monday. Soon after the vote, Fenwick issued a statement, “Last night the council let the town down.”",
        "Orla Fenwick spoke on Monday. Fenwick sent a letter: “Last night the council let the town down.”",
    ] {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, "Last night the council let the town down."),
            Some("Orla Fenwick"),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn an_article_and_an_adjective_before_the_name_after_a_quote_still_attribute_it() {
    let text = "Orla Fenwick spoke in Leeds. Graham Dawson said the port was lost: “Leeds is no longer Leeds,” he claimed. “Leeds will always be Leeds,” an angry Fenwick retaliated.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "Leeds will always be Leeds,"),
        Some("Orla Fenwick"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_infinitive_of_purpose_credits_the_subject_of_its_verb() {
    assert_speakers(&[
        (
            "Councillor Ruth Abernethy will come on the programme to talk about the housing list.",
            "the housing list",
            "Ruth Abernethy",
        ),
        (
            "Councillor Ruth Abernethy took to the steps of the town hall on Monday to assail the budget.",
            "the budget",
            "Ruth Abernethy",
        ),
        (
            "Senator Piet Vandermolen went out of his way in talking to reporters to praise the mayor's record.",
            "the mayor's record",
            "Piet Vandermolen",
        ),
        (
            "Broadcaster Anneke Mulder took a moment to point out the empty seats.",
            "the empty seats",
            "Anneke Mulder",
        ),
    ]);
}

#[test]
fn a_dateline_in_capitals_is_not_the_subject_when_an_aside_in_dashes_follows() {
    assert_speakers(&[(
        "HARROGATE — Councillor Ann Weller on Wednesday played down the row over the bypass — \
         one that has split the council for a year — and said the scheme would go ahead.",
        "the scheme would go ahead",
        "Ann Weller",
    )]);
}

#[test]
fn a_dash_written_as_two_hyphens_sets_off_one_aside() {
    assert_speakers(&[(
        "Jo Bell, the chief executive of Ora Media -- the firm that owns the paper -- told me, \
         \"We will not sell.\"",
        "We will not sell.",
        "Jo Bell",
    )]);
}

#[test]
fn a_description_before_dashes_is_the_person_named_inside_them() {
    assert_speakers(&[
        (
            "A former mayor -- Ann Lee, who lost in 2008 -- said the plan would fail.",
            "the plan would fail",
            "Ann Lee",
        ),
        (
            "The city's longest-serving councillor — Tom Harker — said the depot should close.",
            "the depot should close",
            "Tom Harker",
        ),
    ]);
    // A list inside the dashes names no one speaker, but the statement stays.
    let doc = extract(
        "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed there are no \
         grounds for the suit.",
    );
    let said = statement(&doc, "there are no grounds for the suit");
    assert_eq!(name(&doc, said.speaker), None, "{}", describe(&doc));
}

#[test]
fn an_inverted_cue_after_the_reporters_words_credits_the_name_after_it() {
    assert_speakers(&[
        (
            "Some friends said they accept it. “We know him well,” said Harlow ally Jim Petch.",
            "We know him well,",
            "Jim Petch",
        ),
        (
            "Former mayor Edna Voss backs her. \"This will be a test\" for Harlow, said Voss.",
            "This will be a test",
            "Edna Voss",
        ),
        (
            "''It is a big change,'' since many cases were decided by one vote, said Ada Lund, \
             who teaches law.",
            "It is a big change,",
            "Ada Lund",
        ),
        (
            "''That was a fine speech,'' Representative Ann Cole, Democrat of Ohio, told \
             Mr. Harlow as he passed.",
            "That was a fine speech,",
            "Ann Cole",
        ),
    ]);
}

#[test]
fn a_newsroom_title_introduces_a_name_but_not_in_the_possessive() {
    assert_speakers(&[(
        "In a note released by Post Editor-in-Chief Ruth Marr, the plan was set out. “He is \
         unlike any other,” said Marr.",
        "He is unlike any other,",
        "Ruth Marr",
    )]);
    let doc = extract("Editor’s Note: The following is an excerpt from the new book.");
    assert!(!entity_names(&doc).contains(&"Note"), "{}", describe(&doc));
}

#[test]
fn a_body_named_in_apposition_to_its_noun_is_not_the_speaker() {
    assert_speakers(&[
        (
            "Ann Lee, a spokeswoman for the firm, Brellco, said the depot would close.",
            "the depot would close",
            "Ann Lee",
        ),
        (
            "Piero Vanni, the editor of the official newspaper, Il Corriere Nuovo, said every \
             mayor was political.",
            "every mayor was political",
            "Piero Vanni",
        ),
    ]);
    let doc = extract("Ann Lee, a spokeswoman for the firm, Brellco, said the depot would close.");
    assert_eq!(entity(&doc, "Brellco").kind, EntityKind::Organization);
}

#[test]
fn the_period_of_a_name_suffix_does_not_part_name_and_cue() {
    assert_speakers(&[
        (
            "''The depot works,'' Paul B. Corden Jr. said on Wednesday.",
            "The depot works,",
            "Paul B. Corden Jr",
        ),
        (
            "His son Paul Corden Jr., the firm's director, said the depot would close.",
            "the depot would close",
            "Paul Corden Jr",
        ),
    ]);
}

#[test]
fn a_name_and_others_credits_the_one_named() {
    assert_speakers(&[
        (
            "Helen Okafor and others who opposed the levy said the vote was rushed.",
            "the vote was rushed",
            "Helen Okafor",
        ),
        (
            "The Royal Society and others said the vote was rushed.",
            "the vote was rushed",
            "Royal Society",
        ),
        // The one named, with people of their own.
        (
            "Helen Okafor and her lawyers have said the firm would return.",
            "the firm would return",
            "Helen Okafor",
        ),
        (
            "Until then, both Helen Okafor and her campaign had said the server was safe.",
            "the server was safe",
            "Helen Okafor",
        ),
    ]);
    // "spoke to … and her husband said": the name is an object, not a source.
    let doc = newsgraph::extract::extract_text(
        "The reporter spoke to Helen Okafor and her husband said the house was sold.",
        None,
    );
    assert_eq!(speaker_of(&doc, "the house was sold"), None);
}

#[test]
fn a_cabinet_post_or_a_cardinal_named_as_a_description_is_the_holder_named_before() {
    assert_speakers(&[
        (
            "Health Secretary Ann Okafor opened the ward. The health secretary said waiting lists were falling.",
            "waiting lists were falling",
            "Ann Okafor",
        ),
        (
            "Cardinal Piet Vos spoke at the abbey. The cardinal said peace was possible.",
            "peace was possible",
            "Piet Vos",
        ),
    ]);
}

#[test]
fn an_epithet_of_trade_or_age_is_the_person_the_story_is_about() {
    assert_speakers(&[
        // Trade and age, with modifiers before the head noun.
        (
            "Singer Anna Kovic has released a new album. The pop star said it was her best work.",
            "it was her best work",
            "Anna Kovic",
        ),
        (
            "Singer Anna Kovic has released a new album. The 41-year-old chart-topper told \
             reporters she would tour in May.",
            "she would tour in May",
            "Anna Kovic",
        ),
        // The one the article gave the same role, over someone named later.
        (
            "Actor Tom Berrow is to star in a new film. Lena Ost, star of a hit comedy, is the \
             studio's choice for the lead. The 60-year-old actor said he hoped to start filming \
             next year.",
            "he hoped to start filming next year",
            "Tom Berrow",
        ),
        // A sentence's first person, not someone it mentions in passing.
        (
            "The younger stars were represented by Emma Lorn, who plays Mira Dale in the films. \
             The 14-year-old said she was hoping to meet her idols.",
            "she was hoping to meet her idols",
            "Emma Lorn",
        ),
        // In its own sentence, the nearest person before it.
        (
            "Dan Pell and Jo Rake have signed up for Rick Vane's new sitcom, the comedian has \
             told reporters.",
            "Dan Pell and Jo Rake have signed up for Rick Vane's new sitcom",
            "Rick Vane",
        ),
    ]);
}

#[test]
fn an_epithet_passes_over_other_genders_roles_and_relative_clauses() {
    // "The actress" is not the man named last.
    let doc = extract(
        "Maria Lund has cast Peter Hale in her next film. The actress said the part \
         was written for him.",
    );
    assert_eq!(
        speaker_of(&doc, "the part was written for him"),
        Some("Maria Lund"),
        "{}",
        describe(&doc)
    );
    // "said she": the epithet's own words give its gender.
    let doc = extract(
        "Mara Lind won the race. Tom Hale came second. The 14-year-old said she was happy with \
         the result.",
    );
    assert_eq!(
        speaker_of(&doc, "she was happy with the result"),
        Some("Mara Lind"),
        "{}",
        describe(&doc)
    );
    // "the actor who played …" introduces someone new.
    let doc = extract(
        "Singer Anna Kovic has released a new album. The actor who played her father said he \
         was proud.",
    );
    assert_ne!(
        speaker_of(&doc, "he was proud"),
        Some("Anna Kovic"),
        "{}",
        describe(&doc)
    );
    // A manager named with his own role is not "the star".
    let doc = extract(
        "Singer Anna Kovic will tour in May, her manager Terry Blane said. The star said she \
         could not wait.",
    );
    assert_eq!(
        speaker_of(&doc, "she could not wait"),
        Some("Anna Kovic"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_name_that_qualifies_an_epithet_is_no_speaker() {
    // "the Weakest Link presenter": the show names the post; the presenter was named before.
    assert_speakers(&[(
        "Anne Rowley said she liked him. The Weakest Link presenter told reporters she \
         despaired at his image.",
        "she despaired at his image",
        "Anne Rowley",
    )]);
}

#[test]
fn the_us_treasury_secretary_in_1987_is_james_baker() {
    check_described(&[(
        "1987-03-26",
        "“The dollar has fallen far enough,” the U.S. treasury secretary said on Thursday.",
        "The dollar has fallen far enough,",
        "James Baker",
        "the U.S. treasury secretary",
    )]);
}

#[test]
fn a_pronoun_after_a_sentence_of_reported_words_is_their_source() {
    // The sentence before is what a source reported: its first subject ("Ferrari", "Tom Vale")
    // is inside the report, and the source is the main clause's subject.
    assert_speakers(&[
        (
            "Vale Motors could be listed on the market, the Harbour Times has reported.\n\nIt \
             said the owners were set to restructure the group.",
            "the owners were set to restructure the group",
            "Harbour Times",
        ),
        (
            "Tom Vale will lose the vote, Joe Marsh said.\n\nHe said Vale could lose his \
             seat.",
            "Vale could lose his seat",
            "Joe Marsh",
        ),
    ]);
}

#[test]
fn a_trailing_it_said_is_no_body_named_in_the_words_it_reports() {
    // "…, it said": the body named before, not a country inside the report; but "she" after
    // words about herself is the woman they name.
    assert_speakers(&[
        (
            "The Harbour Institute published its survey on Monday.\n\nNorway and Chile would \
             grow fastest this year, it said.",
            "Norway and Chile would grow fastest this year",
            "Harbour Institute",
        ),
        (
            "In May, Ann Hale was shocked by the crowd, she said.",
            "In May, Ann Hale was shocked by the crowd",
            "Ann Hale",
        ),
    ]);
}

#[test]
fn a_pronoun_after_a_paragraph_about_someone_else_is_that_paragraph_s_subject() {
    // The last speaker is two paragraphs back; the paragraph between tells of another man as
    // its subject, and the story goes on about him.
    let story = "Tom Vale, a former soldier, is on a hunger strike.\n\n\
                 \"His case is strong,\" said the historian David Kahn.\n\n\
                 Mr Vale joined the army in 1970. One of his friends there was Carl Ott. By \
                 1980 he had risen to the rank of major.\n\n\
                 Through a friend, he made contact with the authorities. He says he was \
                 promised a pension.";
    // A sentence on someone else inside the speaker's own paragraph is background: the quote
    // after it is still the speaker's.
    let background = "Mary Hale told the senator she drove from Ohio to ask about visas. Ann \
                      Reed co-sponsored the bill.\n\n\
                      \"We have been badly treated,\" she said.";
    assert_speakers(&[
        (story, "he was promised a pension", "Tom Vale"),
        (background, "We have been badly treated,", "Mary Hale"),
    ]);
}

#[test]
fn a_speaker_located_by_a_chain_of_places_is_the_person_at_its_head() {
    assert_speakers(&[
        (
            "Chief executive Tom Ball at Acme Holdings in Glasgow said profits had doubled.",
            "profits had doubled",
            "Tom Ball",
        ),
        (
            "Analyst Ruth Green at Barclays Capital in London said the figures were weak.",
            "the figures were weak",
            "Ruth Green",
        ),
        (
            "Reporter Simon Hale at Postbridge on Dartmoor in the West Country said 2,000 \
             people had turned out.",
            "2,000 people had turned out",
            "Simon Hale",
        ),
    ]);
}

#[test]
fn an_english_region_is_a_place_not_the_speaker() {
    let text = "Farmers in the West Midlands said the rain had ruined crops. Police in East \
                Anglia said roads were shut.";
    let doc = extract(text);
    for region in ["West Midlands", "East Anglia"] {
        assert_eq!(
            entity(&doc, region).kind,
            EntityKind::Place,
            "{}",
            describe(&doc)
        );
    }
    assert_eq!(speaker_of(&doc, "the rain had ruined crops"), None);
    assert_eq!(speaker_of(&doc, "roads were shut"), None);
}

#[test]
fn an_unknown_name_after_in_is_where_the_speakers_are_not_who_speaks() {
    let text = "Shoppers in Zorvania said prices had risen. Police in Bradwick said a man had \
                been arrested.";
    let doc = extract(text);
    for place in ["Zorvania", "Bradwick"] {
        assert_eq!(
            entity(&doc, place).kind,
            EntityKind::Place,
            "{}",
            describe(&doc)
        );
    }
    assert_eq!(speaker_of(&doc, "prices had risen"), None);
    assert_eq!(speaker_of(&doc, "a man had been arrested"), None);
}

#[test]
fn a_place_before_a_role_names_no_speaker() {
    let text = "Voters went to the polls on Thursday. The East Midlands MEP said he would stand \
                again.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "he would stand again"),
        None,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(&doc, "he would stand again"),
        Some("The East Midlands MEP")
    );
}

#[test]
fn the_spokesman_is_the_body_a_spokesman_spoke_for_not_the_last_person_named() {
    let text = "Laura Brant of the charity Kidsafe said there were grave concerns about the \
                plan.\n\nA spokesman for the Home Office said it was wrong to suggest children \
                would be abandoned. “We are developing a returns programme,” said the spokesman. \
                The spokesman stressed the UK would meet its obligations.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "We are developing a returns programme,"),
        Some("Home Office"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "the UK would meet its obligations"),
        Some("Home Office"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(&doc, "the UK would meet its obligations"),
        Some("The spokesman")
    );
}

#[test]
fn the_spokesman_after_an_unnamed_spokesman_is_not_the_last_person_named() {
    let text = "Laura Brant said there were grave concerns about the plan.\n\nA spokesman for \
                the campaigners said the march would go ahead. The spokesman stressed it would \
                be peaceful.";
    let doc = extract(text);
    assert_ne!(
        speaker_of(&doc, "it would be peaceful"),
        Some("Laura Brant"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_body_named_for_a_place_speaks_not_the_place() {
    assert_speakers(&[(
        "Growth will be strong this year, the Zorvan Economic Commission for Europe (ZECE) said.",
        "Growth will be strong this year",
        "Zorvan Economic Commission",
    )]);
}

#[test]
fn a_party_role_described_by_the_partys_short_name_is_its_holder() {
    let doc = extract(
        "Lib Dem spokesman Vince Cable said the public was confused. Mr Brown set aside £1bn \
         for council tax. But the Lib Dem spokesman questioned whether the money was new.",
    );
    assert_eq!(
        speaker_of(&doc, "whether the money was new"),
        Some("Vince Cable"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_venue_before_an_infinitive_of_speech_is_not_its_speaker() {
    let doc = extract(
        "A dozen workers gathered at Brellmark Holdings to talk about the factory closure.",
    );
    assert_eq!(
        speaker_of(&doc, "the factory closure"),
        None,
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_conjunction_before_an_opening_phrase_leaves_the_subject_after_it() {
    assert_speakers(&[(
        "Poll talk\n\nBut in an interview with the Harwick Courier, Rhona Tiller refused to name a \
         date, saying the vote would come next spring.",
        "the vote would come next spring",
        "Rhona Tiller",
    )]);
}

#[test]
fn a_bodys_it_carries_on_the_sentence_before_past_an_earlier_report() {
    let doc = extract(
        "Carmaker news\n\nThe unit could be sold, the Financial Times has reported.\n\nUnder \
         the plan - which the paper said could come within days - the unit could be sold. \
         Globex Holdings owns a 56% stake in the unit. It considered selling it in 2002 but \
         kept it.",
    );
    assert_eq!(
        speaker_of(&doc, "selling it in 2002 but kept it"),
        Some("Globex Holdings"),
        "{}",
        describe(&doc)
    );
    // "It said" still carries on the last report.
    assert_speakers(&[(
        "Carmaker news\n\nThe unit could be sold, the Harwick Courier reported. Globex Holdings \
         owns a stake in it. It said the sale was near.",
        "the sale was near",
        "Harwick Courier",
    )]);
}

#[test]
fn a_quotation_opening_the_sentence_is_not_where_its_subject_is() {
    // The participle after the attribution is the speaker's, not a country's named inside the
    // quotation, even with another participle phrase between.
    assert_speakers(&[
        (
            "Flood ad\n\n\"The floods prove once again that Britain needs to get tough on \
             builders,\" Rhona Tiller says in the spot, warning against new estates, pledging \
             to \"quickly and firmly stop the sprawl.\"",
            "to \"quickly and firmly stop the sprawl.\"",
            "Rhona Tiller",
        ),
        (
            "Flood ad\n\n\"Leeds knows what a flood costs,\" Rhona Tiller said on Monday, \
             warning against new estates, adding that the council \"must stop the sprawl.\"",
            "the council \"must stop the sprawl.\"",
            "Rhona Tiller",
        ),
    ]);
}

#[test]
fn a_name_before_a_post_qualifies_the_person_after_it() {
    // "former Blair speechwriter Dan Pike", "Democratic rival Dan Pike": the person named after
    // the post is the subject, and the pronoun after carries on with them.
    assert_speakers(&[
        (
            "Column\n\n\"These are dark days,\" former Tony Blair speechwriter Dan Pike wrote \
             in a column. He wrote that the plan \"has failed.\"",
            "the plan \"has failed.\"",
            "Dan Pike",
        ),
        (
            "Debate\n\nTony Blair rival Dan Pike won the vote on Monday. He said the plan had failed.",
            "the plan had failed",
            "Dan Pike",
        ),
    ]);
}

#[test]
fn an_infinitive_of_purpose_after_but_only_has_the_clauses_subject() {
    assert_speakers(&[(
        "Court pick\n\nDan Pike agreed to a phone call on Wednesday, but only to tell Helen \
         Okafor that he would not agree to a sit-down.",
        "he would not agree to a sit-down",
        "Dan Pike",
    )]);
}

#[test]
fn a_participle_cue_after_an_adverb_is_set_off_like_one_after_its_comma() {
    // ", eventually saying …", ", later saying …": the participle is the sentence subject's
    // own report, and ends what the cue before it credits.
    assert_speakers(&[(
        "Debate\n\nDan Pike, who is running second in many states, stuck to policy at first but \
         turned tougher against Helen Okafor, eventually saying she would be a disaster as the \
         nominee.",
        "she would be a disaster as the nominee",
        "Dan Pike",
    )]);
    let doc = extract("Budget\n\nDan Pike criticised the plan, later saying it would fail.");
    assert_eq!(
        speaker_of(&doc, "the plan"),
        Some("Dan Pike"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "it would fail"),
        Some("Dan Pike"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_bulleted_paragraph_with_its_own_verb_signs_no_quote() {
    // A round-up paragraph opening with a dash is news of its own, not a signature: the quote
    // before it goes on its paragraph's speaker.
    let doc = extract(
        "Race report\n\n\"I feel fine,\" said Tom Harker. \"I am on the right track.\"\n\n - \
         Norway's Jane Ross has also not ruled out racing. \"It is a real possibility,\" said the \
         champion.",
    );
    assert_eq!(
        speaker_of(&doc, "I am on the right track."),
        Some("Tom Harker"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_trailing_source_follows_a_clause_that_ends_in_a_role_noun() {
    // "… a blow for the mayor, Tim Rowe said": the role is the clause's object, not a
    // description of the speaker set off before the name.
    let text = "Town news\n\nThe plan was a blow for the mayor, Tim Rowe said. The vote was a win \
                for the chairman, he said.";
    assert_speakers(&[
        (text, "The plan was a blow for the mayor", "Tim Rowe"),
        (text, "The vote was a win for the chairman", "Tim Rowe"),
    ]);
}

#[test]
fn a_body_s_name_among_the_source_s_modifiers_keeps_the_source() {
    // "BBC local correspondent Tim Rowe": the broadcaster and "local" both describe him.
    let text = "Town news\n\nThe talks would be difficult, BBC local correspondent Tim Rowe \
                said.";
    assert_speakers(&[(text, "The talks would be difficult", "Tim Rowe")]);
}

#[test]
fn a_body_a_set_off_which_stands_for_is_the_source() {
    let text = "Trade news\n\nThe risks were outlined by the Trade Forum, which argued in a \
                report that exports would fall.";
    assert_speakers(&[(text, "exports would fall", "Trade Forum")]);
}

#[test]
fn a_paper_a_nation_s_adjective_describes_is_the_source_not_the_nation() {
    let text = "Loans news\n\nAccording to Italian newspaper La Stampa, the loans would be \
                repaid by 2011. The debt would be cut, said Russian business daily Vedomosti.";
    assert_speakers(&[
        (text, "the loans would be repaid by 2011", "La Stampa"),
        (text, "The debt would be cut", "Vedomosti"),
    ]);
}

#[test]
fn a_continent_s_adjective_is_no_person() {
    // "European leaders say …": people of a continent, unnamed, not a person "European".
    let text = "Currency news\n\nEuropean leaders say Asian states must let their currencies \
                rise. On Monday, African ministers said the talks had failed.";
    let doc = extract(text);
    for adjective in ["European", "Asian", "African"] {
        assert!(
            !entity_names(&doc).contains(&adjective),
            "{adjective}{}",
            describe(&doc)
        );
    }
    assert_eq!(
        speaker_of(&doc, "Asian states must let their currencies rise"),
        None,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_span_of(&doc, "Asian states must let their currencies rise"),
        Some("European leaders"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_epithet_with_a_continent_s_adjective_is_the_person_last_named() {
    let text = "Team news\n\nTeam member Hayley Yelling said the squad would cope. \"It would be \
                fantastic to have her in the team,\" said the former European cross-country \
                champion.";
    assert_speakers(&[(
        text,
        "It would be fantastic to have her in the team,",
        "Hayley Yelling",
    )]);
}

#[test]
fn a_capitals_headline_s_source_is_the_firm_or_person_the_body_names() {
    // A wire headline in capitals: the tagger reads no name there, the body spells it out.
    let firm = "MAPLE MINING <MPL> UNIT SEES HIGHER PROFIT\n\nVANCOUVER, Oct 19 - Maple Mining \
                Resources Corp said it expected profit to rise this year.";
    let person = "HALVERSON SAYS NO NEW MEASURES PLANNED\n\nTOKYO, March 3 - Deputy governor \
                  Tomas Halverson said no new measures were planned.";
    assert_speakers(&[
        (firm, "HIGHER PROFIT", "Maple Mining Resources Corp"),
        (person, "NO NEW MEASURES PLANNED", "Tomas Halverson"),
    ]);
    // An act done to a noun is no attribution of what the firm says.
    let offer = "MAPLE MINING OFFERS NEW SHARES\n\nVANCOUVER, Oct 19 - Maple Mining Corp said \
                 it would sell two mln shares.";
    let doc = extract(offer);
    assert!(
        doc.annotations
            .statements
            .iter()
            .all(|st| !doc.text[st.span.clone()].contains("NEW SHARES") || st.speaker.is_none()),
        "{}",
        describe(&doc)
    );
}
