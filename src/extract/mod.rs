//! Extraction: from an article's text to annotations with character-level provenance.
//!
//! Stages run in this order, one file each:
//! 1. [`segment`]: paragraphs, boilerplate, sentences, photo captions.
//! 2. [`mention`]: names, titles and roles, one entity per referent ([`coref`] adds
//!    descriptions such as "the Kremlin leader").
//! 3. [`quote`]: quoted spans; [`speech`]: reported-speech clauses.
//! 4. Attribution, in text order so that "he" can refer to the last speaker.
//! 5. [`relation`]: typed events between entities, with [`time`] for their dates.
//!
//! Extraction knows nothing of RDF; [`crate::model`] turns a [`Document`] into quads.

mod analysis;
pub mod coref;
pub mod document;
pub mod mention;
pub mod quote;
pub mod relation;
pub mod segment;
pub mod speech;
pub mod time;
pub mod token;

pub use document::*;

use crate::ingest::Article;
use crate::lexicon::Lexicon;
use analysis::Analysis;
use chrono::NaiveDate;

/// Runs the whole extraction pipeline on an article.
pub fn extract(article: &Article) -> Document {
    let mut doc = Document {
        text: article.text.clone(),
        headline: article.headline.clone(),
        date: article.date,
        annotations: Annotations::default(),
    };
    annotate(&mut doc);
    doc
}

/// Runs extraction on bare text (no headline), for tests and quick use.
pub fn extract_text(text: &str, date: Option<NaiveDate>) -> Document {
    let mut doc = Document {
        text: text.to_string(),
        headline: None,
        date,
        annotations: Annotations::default(),
    };
    annotate(&mut doc);
    doc
}

/// Fills `doc.annotations` using the built-in lexicon.
pub fn annotate(doc: &mut Document) {
    annotate_with(doc, Lexicon::get());
}

/// The latest full date (day, month and year) written in a text: the best guess at when an
/// undated article was written.
pub fn infer_date(text: &str) -> Option<NaiveDate> {
    time::dates_in(text, 0..text.len(), None)
        .into_iter()
        .filter_map(|e| e.dated)
        .filter(|d| d.precision == DatePrecision::Day)
        .map(|d| d.date)
        .max()
}

/// Fills `doc.annotations` using a given lexicon.
pub fn annotate_with(doc: &mut Document, lexicon: &Lexicon) {
    if doc.date.is_none() {
        doc.date = infer_date(&doc.text);
    }
    let mut a = Analysis::new(&doc.text, doc.date, lexicon);
    mention::find_entities(&mut a);
    let quotes = quote::find_quotes(&a);
    a.quotes = quotes.iter().map(|q| q.span.clone()).collect();
    let reported = speech::find_reported(&a);

    // Attribute in text order, so pronouns can refer to the last speaker.
    enum Item {
        Quote(usize),
        Reported(usize),
    }
    let mut items: Vec<(usize, Item)> = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| (q.open, Item::Quote(i)))
        .chain(
            reported
                .iter()
                .enumerate()
                .map(|(i, r)| (r.content.start, Item::Reported(i))),
        )
        .collect();
    items.sort_by_key(|(pos, _)| *pos);
    let mut previous_quote: Option<(usize, quote::Attribution)> = None;
    let mut statement_of_quote: Vec<Option<usize>> = vec![None; quotes.len()];
    for (_, item) in items {
        let (span, form, att) = match item {
            Item::Quote(i) => {
                let q = &quotes[i];
                let prev = previous_quote.as_ref().map(|(pi, att)| (&quotes[*pi], att));
                let att = quote::attribute_quote(&a, q, prev);
                previous_quote = Some((i, att.clone()));
                statement_of_quote[i] = Some(a.statements.len());
                (q.span.clone(), q.form, att)
            }
            Item::Reported(i) => {
                let r = &reported[i];
                let att = speech::attribute_reported(&a, r);
                if att.speaker.is_none() {
                    continue;
                }
                (r.content.clone(), StatementForm::Indirect, att)
            }
        };
        let anchor = att.anchor.unwrap_or(span.start);
        let date = a
            .sentence_of(anchor)
            .and_then(|s| time::date_outside(&a, s, Some(anchor), Some(&span)));
        let about = {
            let mut about: Vec<EntityId> = Vec::new();
            for mi in a.mentions_in(&span) {
                let e = a.mentions[mi].entity;
                if Some(e) != att.speaker && !about.contains(&e) {
                    about.push(e);
                }
            }
            about
        };
        a.statements.push(Statement {
            form,
            span,
            speaker: att.speaker,
            speaker_span: att.speaker_span,
            cue: att.cue,
            cue_span: att.cue_span,
            addressee: None,
            about,
            date,
            confidence: att.confidence,
        });
    }
    // A quote left open and continued ("…potential. "It is wrong…," she said) takes the speaker
    // its continuation is credited to.
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let (Some(this), Some(next)) = (statement_of_quote[i], statement_of_quote[i + 1]) else {
            continue;
        };
        let continued = quotes[i].close.is_none()
            && (quotes[i + 1].continuation || quotes[i + 1].paragraph == quotes[i].paragraph);
        if continued && a.statements[this].speaker.is_none() && a.statements[next].speaker.is_some()
        {
            let donor = a.statements[next].clone();
            let st = &mut a.statements[this];
            st.speaker = donor.speaker;
            st.speaker_span = donor.speaker_span;
            st.cue = donor.cue;
            st.cue_span = donor.cue_span;
            st.date = donor.date;
            st.confidence = donor.confidence * 0.9;
        }
    }
    let relations = relation::find_relations(&a);
    doc.annotations = Annotations {
        paragraphs: a.seg.paragraphs.clone(),
        sentences: a.seg.sentences.clone(),
        boilerplate: a.seg.boilerplate.clone(),
        entities: a.entities,
        mentions: a.mentions,
        statements: a.statements,
        relations,
    };
}
