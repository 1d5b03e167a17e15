pub mod document;
pub use document::*;

use crate::ingest::Article;
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

/// Fills `doc.annotations`. (Stages are being written.)
pub fn annotate(_doc: &mut Document) {}
