//! Dates of statements and events, resolved against the article date (Thursday 15 June 2023
//! unless a case says otherwise), or that date marked as a fallback.

use crate::util::{date, describe, extract, relation};
use newsgraph::extract::{DatePrecision, DateSource, Dated, Document};

fn only_statement_date(doc: &Document) -> Option<Dated> {
    assert_eq!(
        doc.annotations.statements.len(),
        1,
        "one statement{}",
        describe(doc)
    );
    doc.annotations.statements[0].date
}

fn text_date(ymd: &str, precision: DatePrecision) -> Option<Dated> {
    Some(Dated {
        date: date(ymd),
        precision,
        source: DateSource::Text,
    })
}

#[test]
fn statement_dates_come_from_the_words_around_the_cue() {
    use DatePrecision::*;
    let cases = [
        (
            "Helen Okafor said on Tuesday that the bridge would reopen in May.",
            "2023-06-13",
            Day,
        ),
        (
            "Helen Okafor said Monday that the bridge would reopen in May.",
            "2023-06-12",
            Day,
        ),
        (
            "“The bridge will reopen,” Helen Okafor said on Sunday.",
            "2023-06-11",
            Day,
        ),
        (
            "Helen Okafor said last month that the bridge would reopen.",
            "2023-05-01",
            Month,
        ),
        (
            "On May 30, 2023, Helen Okafor said the bridge would reopen.",
            "2023-05-30",
            Day,
        ),
        (
            "On 2 June Helen Okafor said the bridge would reopen.",
            "2023-06-02",
            Day,
        ),
        (
            "Helen Okafor said yesterday that the bridge would reopen.",
            "2023-06-14",
            Day,
        ),
        // The commas of a full date between the cue and "that".
        (
            "Helen Okafor said on May 30, 2023, that the bridge would reopen.",
            "2023-05-30",
            Day,
        ),
        (
            "Helen Okafor said on Tuesday, June 13, that the bridge would reopen.",
            "2023-06-13",
            Day,
        ),
    ];
    for (text, expected, precision) in cases {
        let doc = extract(text);
        assert_eq!(
            only_statement_date(&doc),
            text_date(expected, precision),
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn that_day_takes_the_date_the_story_last_named() {
    let text = "The council voted on June 2, 2023 to close the depot. Helen Okafor said that day \
                that the drivers would be moved to Leeds.";
    let doc = extract(text);
    assert_eq!(
        only_statement_date(&doc),
        text_date("2023-06-02", DatePrecision::Day),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_statement_without_a_time_expression_gets_the_article_date_as_fallback() {
    let doc = extract("Helen Okafor said the bridge would reopen.");
    assert_eq!(
        only_statement_date(&doc),
        Some(Dated {
            date: date(crate::util::ARTICLE_DATE),
            precision: DatePrecision::Day,
            source: DateSource::ArticleFallback,
        }),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_date_inside_the_quote_does_not_date_the_statement() {
    let doc = extract("“We will finish the work on Monday,” Helen Okafor said.");
    let dated = only_statement_date(&doc).expect("a date");
    assert_eq!(
        dated.source,
        DateSource::ArticleFallback,
        "{}",
        describe(&doc)
    );
    assert_eq!(dated.date, date(crate::util::ARTICLE_DATE));
}

#[test]
fn relation_dates_come_from_their_sentence() {
    let doc = extract("Olaf Scholz met Justin Trudeau in Ottawa on Monday.");
    let r = relation(&doc, "Olaf Scholz", "met", "Justin Trudeau");
    assert_eq!(
        r.date,
        text_date("2023-06-12", DatePrecision::Day),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_wire_dateline_dates_the_article_not_the_sentence() {
    // Friday 3 March 2023; the Tuesday before is 28 February.
    let text = "LISBON, March 3, 2023 — Helen Okafor said on Tuesday that the bridge would \
                reopen in May.";
    let doc = newsgraph::extract::extract_text(text, None);
    assert_eq!(doc.date, Some(date("2023-03-03")), "{}", describe(&doc));
    assert_eq!(
        only_statement_date(&doc),
        text_date("2023-02-28", DatePrecision::Day)
    );
    let dated = newsgraph::extract::extract_text(text, Some(date("2023-03-03")));
    assert_eq!(
        only_statement_date(&dated),
        text_date("2023-02-28", DatePrecision::Day)
    );
}

#[test]
fn an_undated_article_is_not_dated_by_a_full_date_in_its_body() {
    // A profile: the only full date is a birth date, not the day of publication.
    let text = "Gordon Brown was born on 20 February 1951 in Giffnock.\n\n\
                Gordon Brown met Tony Blair at the Treasury. \
                Gordon Brown said the economy was strong.";
    let doc = newsgraph::extract::extract_text(text, None);
    assert_eq!(doc.date, None, "{}", describe(&doc));
    let met = relation(&doc, "Gordon Brown", "met", "Tony Blair");
    assert_eq!(met.date, None, "{}", describe(&doc));
    for st in &doc.annotations.statements {
        assert_eq!(st.date, None, "{}", describe(&doc));
    }
    assert!(!doc.annotations.statements.is_empty(), "{}", describe(&doc));
}

#[test]
fn a_date_in_a_relative_clause_about_the_source_does_not_date_the_statement() {
    for text in [
        "The firm, which floated in 2003, said the depot would close.",
        "Ann Lee, who won silver in Sydney in 2000, said during the Games that her leg hurt.",
        "A former mayor -- Ann Lee, who lost on March 3, 2008 -- said the plan would fail.",
    ] {
        let doc = crate::util::extract_on(text, "2016-05-01");
        let dated = only_statement_date(&doc);
        assert_eq!(
            dated.map(|d| d.source),
            Some(DateSource::ArticleFallback),
            "in {text:?}{}",
            describe(&doc)
        );
    }
    // Outside such a clause the words around the cue still date it.
    let doc = crate::util::extract_on("Ann Lee said on Tuesday the plan would fail.", "2016-05-05");
    assert_eq!(
        only_statement_date(&doc),
        text_date("2016-05-03", DatePrecision::Day)
    );
}

#[test]
fn a_time_inside_another_clause_of_the_sentence_does_not_date_the_statement() {
    let doc = crate::util::extract_on(
        "Rhona Tiller refused to name a date, saying the vote would come in 2026.",
        "2024-05-01",
    );
    let refusal = crate::util::statement(&doc, "to name a date");
    assert_eq!(
        refusal.date.map(|d| d.source),
        Some(DateSource::ArticleFallback),
        "{}",
        describe(&doc)
    );
    // A time before the cue still dates both.
    let doc = crate::util::extract_on(
        "On Tuesday Rhona Tiller refused to name a date, saying the vote would come in 2026.",
        "2024-05-02",
    );
    let refusal = crate::util::statement(&doc, "to name a date");
    assert_eq!(
        refusal.date,
        text_date("2024-04-30", DatePrecision::Day),
        "{}",
        describe(&doc)
    );
}
