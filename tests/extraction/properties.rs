//! Properties that hold for any text: extraction never panics, and every span it returns slices
//! the input on character boundaries, in order, inside the text.

use newsgraph::extract::extract_text;
use proptest::prelude::*;

/// Text built from news-like pieces: names, quote marks of every kind, apostrophes, titles,
/// speech verbs, punctuation and line breaks, so that the quote and speaker code paths run.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Putin",
        "Xi Jinping",
        "Mr",
        "Mrs",
        "Dr.",
        "U.S.",
        "the Kremlin leader",
        "NATO's chief",
        "said",
        "told reporters",
        "added",
        "warned that",
        "according to",
        "he",
        "she",
        "it",
        "\u{201c}",
        "\u{201d}",
        "\"",
        "'",
        "\u{2018}",
        "\u{2019}",
        "\u{2019}s",
        ",",
        ".",
        ":",
        "?",
        "\n",
        "\n\n",
        " ",
        "on Tuesday",
        "last month",
        "met",
        "visited",
        "Moscow",
        "by",
        "\u{e9}",
        "\u{1F600}",
        "Zelenskyy",
        "-",
        "Xi-Putin",
        "the alliance",
        "\u{2014}",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.join(" "))
}

fn check_spans(text: &str) {
    let doc = extract_text(text, chrono::NaiveDate::from_ymd_opt(2023, 3, 21));
    let ann = &doc.annotations;
    let ok = |span: &std::ops::Range<usize>| {
        span.start <= span.end && span.end <= text.len() && text.get(span.clone()).is_some()
    };
    for span in ann
        .paragraphs
        .iter()
        .chain(&ann.sentences)
        .chain(&ann.boilerplate)
    {
        assert!(ok(span), "bad segment span {span:?}");
    }
    for m in &ann.mentions {
        assert!(ok(&m.span), "bad mention span {:?}", m.span);
        assert!(m.entity < ann.entities.len());
    }
    for s in &ann.statements {
        assert!(ok(&s.span), "bad statement span {:?}", s.span);
        for span in s.speaker_span.iter().chain(&s.cue_span) {
            assert!(ok(span), "bad attribution span {span:?}");
        }
        assert!(s.speaker.is_none_or(|e| e < ann.entities.len()));
    }
    for r in &ann.relations {
        assert!(ok(&r.trigger_span) && ok(&r.evidence));
        assert!(r.agent < ann.entities.len() && r.target < ann.entities.len());
    }
}

/// A headline whose opening cue the dateline rule reads as the place before a dash: the cue
/// then stands before the body of its sentence, which once overflowed a subtraction.
#[test]
fn cue_inside_a_dateline_does_not_panic() {
    check_spans("ESTIMATED WHEAT HARVEST DISAPPOINTING - AGENCY");
    check_spans(
        "ESTIMATED WHEAT HARVEST DISAPPOINTING - AGENCY\n\nThe farm agency said the harvest fell.",
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn extraction_never_panics_and_spans_slice_arbitrary_text(text in "\\PC{0,400}") {
        check_spans(&text);
    }

    #[test]
    fn extraction_never_panics_and_spans_slice_news_like_text(text in newsy_text()) {
        check_spans(&text);
    }
}
