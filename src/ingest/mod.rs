//! Readers that turn files, directories and stdin into [`Article`]s.
//!
//! Formats: plain text (`text.rs`), HTML (`html.rs`), JSON Lines (`jsonl.rs`).
//! (Implementation in progress; the `Article` type is the contract other stages use.)

use chrono::NaiveDate;

/// One news article as read from its source, before extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Stable identifier: the first 16 hex digits of the SHA-256 of `text`.
    pub id: String,
    /// Full SHA-256 of `text`, hex.
    pub content_hash: String,
    /// Identity of the article across versions: a JSON `id`, else the URL, else the file's
    /// absolute path. A new text under the same key replaces the old version in the store.
    pub key: String,
    /// Where it was read from, for messages: `path` or `path:line`.
    pub origin: String,
    pub title: Option<String>,
    /// The text extraction runs on (headline line included for plain text), paragraphs separated
    /// by blank lines.
    pub text: String,
    /// Byte span of the headline inside `text`, when the headline is part of it.
    pub headline: Option<std::ops::Range<usize>>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    /// Publisher or outlet name.
    pub source: Option<String>,
    /// Place named by a wire dateline (`WASHINGTON, March 11 -`).
    pub dateline_place: Option<String>,
}
