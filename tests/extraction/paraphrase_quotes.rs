//! Quoted words inside reported speech belong to the paraphrase: the statement is the whole
//! clause, not the quoted fragment alone.

use crate::util::{describe, extract, name, statement, statement_texts};
use newsgraph::extract::StatementForm;

#[test]
fn a_quoted_fragment_inside_a_reported_clause_is_part_of_it() {
    let text = "Helen Okafor said on Tuesday the council’s plan was “a waste of everyone’s time.”";
    let doc = extract(text);
    assert_eq!(
        statement_texts(&doc),
        ["the council’s plan was “a waste of everyone’s time.”"],
        "{}",
        describe(&doc)
    );
    let st = statement(&doc, "the council’s plan was “a waste of everyone’s time.”");
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
    assert_eq!(
        st.form,
        StatementForm::Partial,
        "mostly quoted words: partial"
    );
    let quoted: Vec<&str> = st.quoted.iter().map(|q| &doc.text[q.clone()]).collect();
    assert_eq!(
        quoted,
        ["a waste of everyone’s time."],
        "the quoted words are marked"
    );
}

#[test]
fn a_paraphrase_with_a_short_quoted_word_stays_indirect() {
    let text = "Graham Dawson said the new stand would be finished before the season and called \
                the delays “regrettable.”";
    let doc = extract(text);
    let st = doc
        .annotations
        .statements
        .iter()
        .find(|s| doc.text[s.span.clone()].starts_with("the new stand"))
        .unwrap_or_else(|| panic!("no paraphrase{}", describe(&doc)));
    assert_eq!(st.form, StatementForm::Indirect, "{}", describe(&doc));
}

#[test]
fn long_framing_words_make_a_paraphrase_with_a_quoted_close_indirect() {
    // Fewer words outside the quote than inside, but more letters: the reporter's framing.
    let text = "Helen Okafor said the longstanding businessman “can’t win, plain and simple.”";
    let doc = extract(text);
    let st = statement(
        &doc,
        "the longstanding businessman “can’t win, plain and simple.”",
    );
    assert_eq!(name(&doc, st.speaker), Some("Helen Okafor"));
    assert_eq!(st.form, StatementForm::Indirect, "{}", describe(&doc));
}

#[test]
fn quoted_words_inside_a_paraphrase_after_a_participle_are_not_a_second_statement() {
    let text = "Maria Fernandes mocked the complaint, saying anyone who grumbles about a \
                microphone “is not having a good night.”";
    let doc = extract(text);
    let texts = statement_texts(&doc);
    assert!(
        !texts.contains(&"is not having a good night."),
        "the quoted words belong to the paraphrase{}",
        describe(&doc)
    );
}

#[test]
fn a_partial_quote_after_a_cue_and_the_reporters_words_is_the_whole_clause() {
    let text = "Mark Dorsey praised Lee for showing “the courage of his convictions.”";
    let doc = extract(text);
    let st = statement(&doc, "Lee for showing “the courage of his convictions.”");
    assert_eq!(
        name(&doc, st.speaker),
        Some("Mark Dorsey"),
        "{}",
        describe(&doc)
    );
    let quoted: Vec<&str> = st.quoted.iter().map(|q| &doc.text[q.clone()]).collect();
    assert_eq!(quoted, ["the courage of his convictions."]);
}

#[test]
fn the_complementizer_weighs_with_the_reporters_framing_in_the_form() {
    // Inside the quotes: "loser liar whiner" (16 letters); outside with "that": "that Trump
    // is a a and a" (16 letters): not mostly quoted, so a paraphrase.
    let text = "Helen Okafor said that Trump is a “loser,” a “liar” and a “whiner.”";
    let doc = extract(text);
    let st = doc
        .annotations
        .statements
        .iter()
        .find(|s| doc.text[s.span.clone()].contains("whiner"))
        .unwrap_or_else(|| panic!("no statement{}", describe(&doc)));
    assert_eq!(st.form, StatementForm::Indirect, "{}", describe(&doc));
}

#[test]
fn a_paraphrase_goes_on_after_the_quoted_words_it_holds() {
    // The quote closes mid-clause: the reporter's words after it are still what was said.
    let text = "Rosa Delgado opened the meeting on Friday, warning the board “would stop all \
                payments to” three contractors in the spring.";
    let doc = extract(text);
    let st = statement(
        &doc,
        "the board “would stop all payments to” three contractors in the spring",
    );
    assert_eq!(name(&doc, st.speaker), Some("Rosa Delgado"));
    assert_eq!(st.form, StatementForm::Indirect, "{}", describe(&doc));
}

#[test]
fn the_addressee_before_that_is_not_part_of_the_quoted_clause() {
    let text = "Martin Osei told reporters on Sunday night that “the whole league has been asleep \
                for years.”";
    let doc = extract(text);
    let st = statement(&doc, "that “the whole league has been asleep for years.”");
    assert_eq!(name(&doc, st.speaker), Some("Martin Osei"));
    assert_eq!(st.form, StatementForm::Partial, "{}", describe(&doc));
}

#[test]
fn a_partial_quote_finishing_the_reporters_opening_words_takes_them_into_the_statement() {
    let text = "Cutting the ferry budget again next spring “would strand half the island,” \
                Mirela Sandoval said.";
    let doc = extract(text);
    let st = statement(
        &doc,
        "Cutting the ferry budget again next spring “would strand half the island,”",
    );
    assert_eq!(
        name(&doc, st.speaker),
        Some("Mirela Sandoval"),
        "{}",
        describe(&doc)
    );
    // The reporter's words outweigh the quoted ones: reported speech with its words marked.
    assert_eq!(st.form, StatementForm::Indirect, "{}", describe(&doc));
    assert_eq!(
        st.quoted
            .iter()
            .map(|q| &text[q.clone()])
            .collect::<Vec<_>>(),
        ["would strand half the island,"]
    );
    // Quoted words that outweigh the reporter's keep the partial form.
    let doc = extract("Cutting it “would strand half the island,” Mirela Sandoval said.");
    let st = statement(&doc, "Cutting it “would strand half the island,”");
    assert_eq!(st.form, StatementForm::Partial, "{}", describe(&doc));
    // A quote opening its sentence is the quote alone.
    let doc = extract("“It would strand half the island,” Mirela Sandoval said.");
    assert_eq!(
        statement_texts(&doc),
        ["It would strand half the island,"],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_mostly_quoted_clause_before_its_cue_is_partial_and_keeps_its_closing_mark() {
    // The clause runs on to the quote's closing mark, past the comma inside it.
    let text = "The two towns have \"very different plans for the harbour,\" Helen Okafor said.";
    let doc = extract(text);
    let said = "The two towns have \"very different plans for the harbour,\"";
    let st = statement(&doc, said);
    assert_eq!(
        name(&doc, st.speaker),
        Some("Helen Okafor"),
        "{}",
        describe(&doc)
    );
    assert_eq!(st.form, StatementForm::Partial, "{}", describe(&doc));
    // Two quoted pieces woven into the reporter's words stay a paraphrase.
    let text = "Any truce “that leaves the troops where they are” would only “let the army rest \
                and return when it suits them,” Helen Okafor said.";
    let doc = extract(text);
    let said = "Any truce “that leaves the troops where they are” would only “let the army rest \
                and return when it suits them,”";
    assert_eq!(
        statement(&doc, said).form,
        StatementForm::Indirect,
        "{}",
        describe(&doc)
    );
}

#[test]
fn that_before_quoted_words_is_the_object_a_label_names() {
    // "called that “…”": a demonstrative object, not a that-clause opening a quote.
    let doc = extract("Council leader Rhys Morgan called that “beyond absurd.”");
    assert_eq!(
        statement_texts(&doc),
        ["that “beyond absurd.”"],
        "{}",
        describe(&doc)
    );
    let st = statement(&doc, "that “beyond absurd.”");
    assert_eq!(
        name(&doc, st.speaker),
        Some("Rhys Morgan"),
        "{}",
        describe(&doc)
    );
    // "said that “…”" still opens the quoted clause.
    let doc = extract("Rhys Morgan said that “the budget is beyond repair.”");
    assert_eq!(
        statement_texts(&doc),
        ["the budget is beyond repair."],
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_passives_agent_after_its_cue_is_not_what_was_said() {
    // "discussed by a “group of people”": the quoted words name who discussed, and no clause
    // runs from "by" on.
    let doc = extract(
        "Helen Okafor said the talks were rarely long and were usually discussed by a \"group \
         of people\" instead.",
    );
    assert!(
        statement_texts(&doc).iter().all(|t| !t.starts_with("by ")),
        "{}",
        describe(&doc)
    );
}
