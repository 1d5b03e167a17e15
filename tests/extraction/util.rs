//! Running the extractor on a sentence and reading its output by name and by text, so that
//! tests say `speaker of "…" is Helen Okafor` instead of juggling indices. Every lookup that
//! fails prints what the extractor did find.

use chrono::NaiveDate;
use newsgraph::extract::{self, Document, Entity, EntityId, Modality, Relation, Statement};
use std::fmt::Write;

/// The date given to articles unless a test says otherwise: Thursday 15 June 2023.
pub const ARTICLE_DATE: &str = "2023-06-15";

pub fn date(ymd: &str) -> NaiveDate {
    NaiveDate::parse_from_str(ymd, "%Y-%m-%d").expect("test dates are YYYY-MM-DD")
}

/// Extracts a text dated [`ARTICLE_DATE`].
pub fn extract(text: &str) -> Document {
    extract_on(text, ARTICLE_DATE)
}

/// Extracts a text with the given article date.
pub fn extract_on(text: &str, ymd: &str) -> Document {
    extract::extract_text(text, Some(date(ymd)))
}

/// The canonical name of an entity, if any.
pub fn name(doc: &Document, id: Option<EntityId>) -> Option<&str> {
    id.map(|e| doc.annotations.entities[e].name.as_str())
}

fn slice<'a>(doc: &'a Document, span: &Option<std::ops::Range<usize>>) -> Option<&'a str> {
    span.as_ref().and_then(|s| doc.text.get(s.clone()))
}

/// Everything the extractor found, for failure messages.
pub fn describe(doc: &Document) -> String {
    let a = &doc.annotations;
    let mut out = String::from("\n-- entities\n");
    for (i, e) in a.entities.iter().enumerate() {
        let _ = writeln!(
            out,
            "  [{i}] {} ({}, {:?}) forms={:?} roles={:?}",
            e.name,
            e.kind.as_str(),
            e.gender,
            e.surface_forms,
            e.roles
        );
    }
    out.push_str("-- statements\n");
    for st in &a.statements {
        let _ = writeln!(
            out,
            "  {} {:?} speaker={:?} via {:?} cue={:?} date={:?}",
            st.form.as_str(),
            &doc.text[st.span.clone()],
            name(doc, st.speaker),
            slice(doc, &st.speaker_span),
            st.cue,
            st.date.map(|d| (d.date, d.precision, d.source)),
        );
    }
    out.push_str("-- relations\n");
    for r in &a.relations {
        let _ = writeln!(
            out,
            "  {} {} {} [{}] trigger={:?} date={:?}",
            a.entities[r.agent].name,
            r.predicate,
            a.entities[r.target].name,
            r.modality.as_str(),
            &doc.text[r.trigger_span.clone()],
            r.date.map(|d| (d.date, d.precision, d.source)),
        );
    }
    out
}

/// The statement whose words, or one of whose pieces, are exactly `said`.
pub fn statement<'a>(doc: &'a Document, said: &str) -> &'a Statement {
    let is_said = |span: &std::ops::Range<usize>| &doc.text[span.clone()] == said;
    doc.annotations
        .statements
        .iter()
        .find(|st| is_said(&st.span) || st.pieces.iter().any(is_said))
        .unwrap_or_else(|| panic!("no statement {said:?}{}", describe(doc)))
}

/// The words of every statement, in text order.
pub fn statement_texts(doc: &Document) -> Vec<&str> {
    doc.annotations
        .statements
        .iter()
        .map(|st| &doc.text[st.span.clone()])
        .collect()
}

/// Whether some statement's words start with `words`, asserted as `expected`.
pub fn assert_statement_starting(doc: &Document, words: &str, expected: bool) {
    let found = statement_texts(doc).iter().any(|t| t.starts_with(words));
    assert_eq!(
        found,
        expected,
        "statement starting {words:?}{}",
        describe(doc)
    );
}

/// Who said `said`, by canonical name.
pub fn speaker_of<'a>(doc: &'a Document, said: &str) -> Option<&'a str> {
    name(doc, statement(doc, said).speaker)
}

/// Each case's words are credited to its speaker: (text, words said, canonical speaker), on the
/// test date.
pub fn assert_speakers(cases: &[(&str, &str, &str)]) {
    for &(text, said, speaker) in cases {
        let doc = extract(text);
        assert_eq!(
            speaker_of(&doc, said),
            Some(speaker),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

/// The words that name the speaker of `said` at its attribution.
pub fn speaker_span_of<'a>(doc: &'a Document, said: &str) -> Option<&'a str> {
    slice(doc, &statement(doc, said).speaker_span)
}

/// The entity with this canonical name.
pub fn entity<'a>(doc: &'a Document, name: &str) -> &'a Entity {
    doc.annotations
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?}{}", describe(doc)))
}

/// The canonical names of all entities.
pub fn entity_names(doc: &Document) -> Vec<&str> {
    doc.annotations
        .entities
        .iter()
        .map(|e| e.name.as_str())
        .collect()
}

/// The entity of the mention inside the `nth` (0-based) occurrence of `needle` in the text.
pub fn entity_at<'a>(doc: &'a Document, needle: &str, nth: usize) -> Option<&'a Entity> {
    let (start, _) = doc.text.match_indices(needle).nth(nth)?;
    let end = start + needle.len();
    doc.annotations
        .mentions
        .iter()
        .find(|m| m.span.start < end && start < m.span.end)
        .map(|m| &doc.annotations.entities[m.entity])
}

/// Every relation as (agent, predicate, target, modality).
pub fn relation_tuples(doc: &Document) -> Vec<(&str, &str, &str, Modality)> {
    let a = &doc.annotations;
    a.relations
        .iter()
        .map(|r| {
            (
                a.entities[r.agent].name.as_str(),
                r.predicate.as_str(),
                a.entities[r.target].name.as_str(),
                r.modality,
            )
        })
        .collect()
}

/// The relation `agent predicate target`, by canonical names.
pub fn relation<'a>(doc: &'a Document, agent: &str, predicate: &str, target: &str) -> &'a Relation {
    let a = &doc.annotations;
    a.relations
        .iter()
        .find(|r| {
            a.entities[r.agent].name == agent
                && r.predicate == predicate
                && a.entities[r.target].name == target
        })
        .unwrap_or_else(|| panic!("no relation {agent} {predicate} {target}{}", describe(doc)))
}

/// Asserts, for each of `texts`, that every statement extracted from it passes `ok`.
fn assert_all_statements(texts: &[&str], ok: impl Fn(&Statement) -> bool) {
    for text in texts {
        let doc = extract(text);
        assert!(
            doc.annotations.statements.iter().all(&ok),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

/// Asserts that no statement of each text has the cue `cue` ("in" for "in a poll, …").
pub fn assert_no_cue(texts: &[&str], cue: &str) {
    assert_all_statements(texts, |st| st.cue.as_deref() != Some(cue));
}

/// Asserts that none of `texts` yields a statement.
pub fn assert_no_statements(texts: &[&str]) {
    assert_all_statements(texts, |_| false);
}

/// Whatever statements each text has, none of them names a speaker.
pub fn assert_no_speakers(texts: &[&str]) {
    assert_all_statements(texts, |st| st.speaker.is_none());
}
