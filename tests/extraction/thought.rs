//! Attributions whose cue is not a verb of saying: expectations and views credited to nobody
//! named ("the merger is expected to close", "the vote was seen as a test"), stored as thought.

use crate::util::{describe, extract, statement};
use newsgraph::extract::{AttributionKind, StatementForm};

/// (text, content as stored, cue lemma).
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
fn a_passive_expectation_credits_its_subject_and_what_follows() {
    check_unnamed_thought(&[
        (
            "The new bridge is expected to open before the winter.",
            "The new bridge to open before the winter",
            "expect",
        ),
        (
            "The two councils are widely expected to merge next spring.",
            "The two councils to merge next spring",
            "expect",
        ),
        (
            "The vote in Millbrook was seen as a test of the mayor's support.",
            "The vote in Millbrook as a test of the mayor's support",
            "see",
        ),
    ]);
}

#[test]
fn a_passive_without_to_or_as_credits_nothing() {
    let doc = extract("The bridge was seen by thousands of visitors last year.");
    assert!(doc.statements.is_empty(), "{}", describe(&doc));
}
