//! A quote split around its attribution is one utterance: one statement whose pieces are the
//! quoted parts, in order.

use crate::util::{describe, extract, name, speaker_of, statement_texts};
use newsgraph::extract::{Document, Statement, StatementForm};

#[test]
fn a_quote_split_by_he_said_is_one_statement() {
    let text = "“We have done our part,” Graham Dawson said, “and now the council must do theirs.”";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    let pieces: Vec<&str> = quotes[0]
        .pieces
        .iter()
        .map(|p| &doc.text[p.clone()])
        .collect();
    assert_eq!(
        pieces,
        [
            "We have done our part,",
            "and now the council must do theirs."
        ],
        "{}",
        describe(&doc)
    );
    assert_eq!(name(&doc, quotes[0].speaker), Some("Graham Dawson"));
}

#[test]
fn a_quote_continued_after_the_attribution_sentence_is_one_statement() {
    let text = "“The roof is safe,” Helen Okafor said on Monday at the town hall. “The engineers \
                checked every beam.”";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    let st = &doc.annotations.statements[0];
    assert_eq!(st.pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
}

#[test]
fn a_writers_aside_between_dashes_does_not_part_a_quote() {
    let text = "“I don't think the old view” -- that the port is too small -- “is going to \
                last,” Helen Okafor said.";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    let st = &doc.annotations.statements[0];
    let pieces: Vec<&str> = st.pieces.iter().map(|p| &doc.text[p.clone()]).collect();
    assert_eq!(
        pieces,
        ["I don't think the old view", "is going to last,"],
        "{}",
        describe(&doc)
    );
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
}

#[test]
fn a_relative_clause_after_where_it_was_said_does_not_part_a_quote() {
    let text = "“It is like a new boat,” Graham Dawson said in a film that showed the repairs. \
                “The boat is part of the brand.”";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    let st = &doc.annotations.statements[0];
    assert_eq!(st.pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(name(&doc, st.speaker), Some("Graham Dawson"));
}

#[test]
fn a_second_quote_with_its_own_cue_is_another_statement() {
    let text = "“The roof is safe,” Helen Okafor said. “The engineers checked every beam,” she \
                added.";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 2, "{}", describe(&doc));
    assert!(doc
        .annotations
        .statements
        .iter()
        .all(|s| s.pieces.len() == 1));
}

#[test]
fn a_quote_opening_the_next_paragraph_goes_on_with_the_utterance() {
    let text = "“The roof is safe,” Helen Okafor said during a visit to the site on Monday.\n\n\
                “The engineers checked every beam. Nothing moved.”";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    let st = &doc.annotations.statements[0];
    assert_eq!(st.pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
}

#[test]
fn a_quote_running_over_three_paragraphs_is_one_statement() {
    // Each paragraph opens a quote mark and only the last one closes it.
    let text = "Councillor Priya Nair said:\n\n\"The depot has been empty for a decade.\n\n\
                \"The plan for housing there was dropped twice.\n\n\
                \"We will not let it be dropped again.\"\n\nThe vote is on Monday.";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    let st = &doc.annotations.statements[0];
    assert_eq!(st.pieces.len(), 3, "{}", describe(&doc));
    assert_eq!(name(&doc, st.speaker), Some("Priya Nair"));
}

#[test]
fn signed_quotes_in_a_list_stay_apart() {
    let text = "Readers wrote in.\n\n“The bridge must be rebuilt before winter.” ― Carla Mendez\n\
                “Nobody asked the farmers what they need.” ― Tomas Berglund";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 2, "{}", describe(&doc));
    assert_eq!(
        speaker_of(&doc, "The bridge must be rebuilt before winter."),
        Some("Carla Mendez")
    );
    assert_eq!(
        speaker_of(&doc, "Nobody asked the farmers what they need."),
        Some("Tomas Berglund")
    );
}

#[test]
fn a_signed_quote_opened_with_a_closing_mark_is_credited_to_its_signer() {
    let text =
        "Readers wrote in.\n\n”Prices keep rising. We cannot plan a thing.” ― Rosa Delgado\n\n\
                “The new road helped us a lot.” ― Omar Haddad";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "Prices keep rising. We cannot plan a thing."),
        Some("Rosa Delgado"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "The new road helped us a lot."),
        Some("Omar Haddad")
    );
}

#[test]
fn a_dash_signature_does_not_lend_its_signer_to_the_next_quote() {
    let text = "Readers wrote in about the bridge.\n\n\"The toll is far too high,\" — Linda Carver. \
                \"The lanes are too narrow for trucks.\"\n\n\"We waited ten years for it.\" -- Mark \
                Dolan\n\n\"It was worth the wait.\"";
    let doc = extract(text);
    let ctx = || describe(&doc);
    assert_eq!(
        speaker_of(&doc, "The toll is far too high,"),
        Some("Linda Carver"),
        "{}",
        ctx()
    );
    assert_eq!(
        speaker_of(&doc, "We waited ten years for it."),
        Some("Mark Dolan"),
        "{}",
        ctx()
    );
    assert_eq!(
        speaker_of(&doc, "The lanes are too narrow for trucks."),
        None,
        "{}",
        ctx()
    );
    assert_eq!(
        speaker_of(&doc, "It was worth the wait."),
        None,
        "{}",
        ctx()
    );
}

#[test]
fn a_participle_after_the_attribution_does_not_part_the_quote() {
    let text =
        "“The roof is safe,” Helen Okafor said, referring to the old library. “The engineers \
                checked every beam.”";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    assert_eq!(quotes[0].pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(name(&doc, quotes[0].speaker), Some("Helen Okafor"));
}

#[test]
fn a_participle_of_speech_in_the_attribution_does_not_part_a_quote_that_goes_on_in_lower_case() {
    let text = "“Many people are unsure this year,” Graham Dawson wrote in a letter to the paper \
                explaining why he is standing, “but most agree the town needs a new road.”";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    assert_eq!(quotes[0].pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(name(&doc, quotes[0].speaker), Some("Graham Dawson"));
    // A quote after "that," opens a paraphrase of its own.
    let text = "“We are ready,” Graham Dawson said, adding that, “the road will open in May.”";
    let doc = extract(text);
    assert!(
        statement_texts(&doc).contains(&"the road will open in May."),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_later_quote_after_another_attribution_is_another_statement() {
    let text = "“The roof is safe,” Helen Okafor said. “You closed the library” to save money, \
                she said, referring to the council. “You never asked the readers.”";
    let doc = extract(text);
    let first = doc
        .annotations
        .statements
        .iter()
        .find(|s| doc.text[s.span.clone()].contains("roof"))
        .expect("the first quote");
    assert_eq!(first.pieces.len(), 1, "{}", describe(&doc));
}

#[test]
fn a_paraphrase_in_the_attribution_sentence_does_not_part_the_quote() {
    let text =
        "“We have done our part,” Helen Okafor said in a speech to the council on Monday, as \
                she called for a new depot. “Now the council must do theirs.”";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    assert_eq!(quotes[0].pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(speaker_of(&doc, "a new depot"), Some("Helen Okafor"));
}

#[test]
fn a_paraphrase_in_the_speakers_description_does_not_part_the_pieces() {
    let text = "“Almost everybody was opposed to the thing,” said former Sen. Evan Bayle, a \
                moderate who declined to run again. “On Capitol Hill, that is a hard thing to \
                withstand.”";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    assert_eq!(quotes[0].pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(name(&doc, quotes[0].speaker), Some("Evan Bayle"));
}

/// The statements of a document that are quotations (direct or partial).
fn direct_quotes(doc: &Document) -> Vec<&Statement> {
    doc.annotations
        .statements
        .iter()
        .filter(|s| s.form != StatementForm::Indirect)
        .collect()
}

#[test]
fn a_quote_credited_to_a_pronoun_nothing_named_stands_for_is_one_statement_with_its_cue() {
    let text = "The report was sent to the council on Friday.\n\n“Most of the witnesses had \
                never been heard before,” it stated. “The committee is the first to read the \
                new files.”";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    assert_eq!(quotes[0].pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(
        quotes[0].cue.as_deref(),
        Some("state"),
        "{}",
        describe(&doc)
    );
    let words = quotes[0].speaker_span.clone().map(|s| &doc.text[s]);
    assert_eq!(words, Some("it"), "the pronoun is the source's words");
}

#[test]
fn a_quote_continued_after_a_cue_with_a_long_adjunct_is_one_statement() {
    // Whatever is read off "said on a call set up by …" between the pieces does not part them.
    let text = "\"Raising the wage will help me,\" Marta Illes, who works at a bakery in Dayton, \
                said on a media call set up by unions. \"It would also help my son.\"";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    let pieces: Vec<&str> = quotes[0]
        .pieces
        .iter()
        .map(|p| &doc.text[p.clone()])
        .collect();
    assert_eq!(
        pieces,
        [
            "Raising the wage will help me,",
            "It would also help my son."
        ],
        "{}",
        describe(&doc)
    );
    assert_eq!(name(&doc, quotes[0].speaker), Some("Marta Illes"));
}

#[test]
fn quoted_words_closing_a_paraphrase_are_part_of_it_not_a_second_statement() {
    let text = "With thousands of counting systems, “there is no single point of failure,” Nora Lindqvist said.";
    let doc = extract(text);
    assert_eq!(
        doc.annotations.statements.len(),
        1,
        "one statement{}",
        describe(&doc)
    );
    let st = &doc.annotations.statements[0];
    assert!(
        st.text(&doc.text).starts_with("With thousands"),
        "{}",
        describe(&doc)
    );
    assert_eq!(st.quoted.len(), 1, "{}", describe(&doc));
    assert_eq!(name(&doc, st.speaker), Some("Nora Lindqvist"));
}

#[test]
fn a_participle_of_speech_between_two_quotes_parts_them() {
    let doc = extract(
        "“Promise you will keep the lights on,” Odile Brun said to Ivo Marsh before asking him, \
         “Where do we go from here?”",
    );
    assert_eq!(
        statement_texts(&doc),
        vec![
            "Promise you will keep the lights on,",
            "Where do we go from here?"
        ],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_quote_with_its_own_cue_inside_the_same_speakers_report_is_part_of_it() {
    let text = "Judge Ama Boateng spoke on Monday. She said she recalled thinking, \"Nobody in \
                this room can see me.\"";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    assert_eq!(
        name(&doc, doc.annotations.statements[0].speaker),
        Some("Ama Boateng")
    );
}

#[test]
fn a_paraphrase_headed_by_a_participle_of_speech_does_not_part_the_quote() {
    let text = "“We have come a long way since the spring,” Helen Okafor said, noting that the \
                council had trailed by ten seats in March. “We will work as hard as we can.”";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    assert_eq!(quotes[0].pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(name(&doc, quotes[0].speaker), Some("Helen Okafor"));
    assert_eq!(
        speaker_of(&doc, "the council had trailed by ten seats in March"),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_quote_after_a_paraphrase_and_a_colon_is_its_quoted_words() {
    let text = "Helen Okafor said the council had run out of money for the bridge: “We cannot \
                pay for it this year, and nobody in Whitby should pretend we can.”";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    let st = &doc.annotations.statements[0];
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
    assert_eq!(st.form, StatementForm::Partial, "{}", describe(&doc));
    let quoted: Vec<&str> = st.quoted.iter().map(|q| &doc.text[q.clone()]).collect();
    assert_eq!(
        quoted,
        ["We cannot pay for it this year, and nobody in Whitby should pretend we can."],
        "{}",
        describe(&doc)
    );
    assert!(
        st.text(&doc.text)
            .starts_with("the council had run out of money"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_quote_after_the_sentence_that_credits_a_paraphrase_goes_on_with_it() {
    let text = "Members at the golf club may pay more because “they expect a good green,” \
                Graham Dawson said. “Public courses cannot charge that much, and so they fall \
                into disrepair.”";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 1, "{}", describe(&doc));
    let st = &doc.annotations.statements[0];
    assert_eq!(name(&doc, st.speaker), Some("Graham Dawson"));
    assert_eq!(st.pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(st.form, StatementForm::Partial, "{}", describe(&doc));
}

#[test]
fn a_quote_with_its_own_cue_after_a_paraphrase_stays_apart() {
    let text = "Helen Okafor said the council had run out of money for the bridge. “Nobody \
                should pretend otherwise,” she added.";
    let doc = extract(text);
    assert_eq!(doc.annotations.statements.len(), 2, "{}", describe(&doc));
}

#[test]
fn a_quote_piece_closed_by_a_mark_standing_alone_stays_with_its_speaker() {
    // Wire copy that lost a closing mark and spaced out another one.
    let text = "Party chairman Liam Ford said: \"If Mr Kemp is serious he should explain his \
                sums. \"The reality is, the party lacks the courage to cut waste. \" And \
                Chancellor Gordon Brown said the figures did not add up.";
    let doc = extract(text);
    let quotes = direct_quotes(&doc);
    assert_eq!(quotes.len(), 1, "{}", describe(&doc));
    assert_eq!(quotes[0].pieces.len(), 2, "{}", describe(&doc));
    assert_eq!(
        name(&doc, quotes[0].speaker),
        Some("Liam Ford"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "the figures did not add up"),
        Some("Gordon Brown"),
        "{}",
        describe(&doc)
    );
}
