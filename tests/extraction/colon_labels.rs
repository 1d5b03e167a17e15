//! A name alone before a colon (a hearing's transcript, a round-up of reactions) speaks the quote
//! after it; a clause before a colon does not make its object the speaker.

use crate::util::{
    assert_no_speakers, assert_no_statements, describe, extract, name, speaker_of, statement,
    statement_texts,
};

#[test]
fn a_name_with_its_party_in_brackets_before_a_colon_is_the_speaker() {
    let text =
        "Rep. Tom Hollis (R-Ohio): \"I have not heard anyone cite that figure. Who told you \
                that?\"";
    let doc = extract(text);
    assert_eq!(
        speaker_of(
            &doc,
            "I have not heard anyone cite that figure. Who told you that?"
        ),
        Some("Tom Hollis"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_label_after_a_dash_and_a_title_with_lower_case_words_name_the_speaker() {
    let doc = extract("Budget hearing - Frank Nolan and Jim Carver: “We found that voters care most about wages.”");
    assert_eq!(
        speaker_of(&doc, "We found that voters care most about wages."),
        Some("Jim Carver"),
        "{}",
        describe(&doc)
    );
    let doc =
        extract("Former secretary of state Helen Okafor: \"We learned that from the department.\"");
    assert_eq!(
        speaker_of(&doc, "We learned that from the department."),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_clause_before_a_colon_credits_its_subject_not_its_object() {
    let doc = extract("Mark Dorsey then told Helen Okafor: \"You are wrong about the bridge.\"");
    assert_eq!(
        speaker_of(&doc, "You are wrong about the bridge."),
        Some("Mark Dorsey"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_word_or_two_quoted_at_a_sentence_start_is_a_term_not_a_statement() {
    let text =
        "Tom Hollis said: \"We will close the bridge.\"\n\n\"Gridlock\" has been the town's \
                word for the ring road since the spring.";
    let doc = extract(text);
    assert!(
        !statement_texts(&doc).contains(&"Gridlock"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_headline_label_before_single_quoted_words_gives_a_quote() {
    let doc = extract("Lee: 'Never, ever, ever underestimate the mayor.'\n\nHarry Lee has some advice for his party.");
    let st = doc
        .annotations
        .statements
        .iter()
        .find(|s| doc.text[s.span.clone()].contains("underestimate"))
        .unwrap_or_else(|| panic!("no statement{}", describe(&doc)));
    assert_ne!(
        st.form,
        newsgraph::extract::StatementForm::Indirect,
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_transcript_label_names_its_speaker_when_the_article_names_no_one_by_it() {
    let doc = extract(
        "Partial transcript of the interview follows.\n\n\
         \"HOLLOWAY: Let’s begin with the budget vote on Thursday night.\n\n\
         \"VARGA: The vote went the way we expected it to go.\n\n\
         \"HOLLOWAY: Will the council try again before the summer?\n\n\
         \"UPDATE: The council has scheduled a second vote.",
    );
    assert_eq!(
        speaker_of(&doc, "Will the council try again before the summer?"),
        Some("Holloway"),
        "{}",
        describe(&doc)
    );
    assert!(
        doc.annotations
            .entities
            .iter()
            .all(|e| e.name != "Update" && e.name != "Varga"),
        "a label heading one paragraph, or a common word, names no one{}",
        describe(&doc)
    );
}

#[test]
fn more_from_a_name_before_a_colon_names_the_speaker() {
    let doc = extract(
        "The poll moved sharply. More from Dana Whitlock: “The swing voters decided late this \
         year.”",
    );
    assert_eq!(
        speaker_of(&doc, "The swing voters decided late this year."),
        Some("Dana Whitlock"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_notes_label_or_a_table_row_in_capitals_is_no_speaker() {
    assert_no_statements(&[
        "Earnings\n\nNOTES: In May the group raised 101 mln dlrs from an initial public offering.",
        "Rainfall\n\nHARBOUR STATE: NORTH POINT 0.6 MM, EAST BAY 12.0 MM, SOUTH FORD 28.0 MM.",
    ]);
}

#[test]
fn a_subheading_with_its_verb_is_no_speaker() {
    assert_no_speakers(&[
        "The council met on Monday.\n\nRising Rents Squeeze Young Families: The share of income \
         spent on housing has doubled in a decade, and the council has no plan to stop it.",
    ]);
}

#[test]
fn a_topic_word_before_a_colon_leaves_the_words_to_their_own_source() {
    let doc = extract(
        "The race goes on.\n\nDelegates: Ruiz is backed by 40 delegates against 12 for Moss, \
         according to the Associated Press.",
    );
    let said = statement(&doc, "Ruiz is backed by 40 delegates against 12 for Moss");
    assert_eq!(
        name(&doc, said.speaker),
        Some("Associated Press"),
        "{}",
        describe(&doc)
    );
    // A transcript's speaker keeps the line, whatever it reports.
    let doc =
        extract("The interview went on.\n\nHARLOW: You said last week that the depot would close.");
    let line = statement(&doc, "You said last week that the depot would close");
    assert!(
        line.speaker_span.is_some() || line.speaker.is_some(),
        "{}",
        describe(&doc)
    );
}
