//! Extraction on hand-written sentences, one binary (ripgrep's layout), one module per pattern
//! family. Every case is a sentence invented for the test; none is copied from a corpus.
//!
//! - `util`: running the extractor and reading its output by name and by text.
//! - `quotes`: quote marks (straight, curly, single, apostrophes, unbalanced, multi-paragraph)
//!   and who said each quote (`"…," X said`, `X said: "…"`, `"…," he added`, `According to X`).
//! - `speakers`: pronouns by gender and kind, and descriptions resolved through the
//!   office-holders table ("the Kremlin leader", "NATO's chief", "the British prime minister").
//! - `entities`: short forms joined to full names, canonical names, kinds, no false entities,
//!   and every annotation span slicing the text.
//! - `firms`: company names up to their legal form ("Corp", "Inc"), and their short names.
//! - `reported`: indirect speech (`X said (that) …`, `X warned that …`, `according to X, …`,
//!   `…, X said.`): speaker, cue lemma and content span.
//! - `relations`: who did what to whom (active, symmetric, nominal, passive, possessive) and the
//!   modality of the event (future, hedged, negated).
//! - `cues`: bare clauses after any verb of saying, addressees, wh-clauses and intentions, and
//!   the kind of attribution (speech, thought, evidence).
//! - `thought`: cues that are not verbs of saying (expectations, views), kept as thought.
//! - `sources`: unnamed sources ("officials said", "a senior aide said") kept as their words.
//! - `split_quotes`: `"A," he said, "B."` is one statement in pieces.
//! - `paraphrase_quotes`: quoted words inside reported speech belong to the paraphrase.
//! - `properties`: on any text, extraction never panics and every span slices the input.
//! - `dates`: the date of a statement or event from the words around it, or the article date
//!   marked as a fallback.
//!
//! A case the extractor gets wrong is kept and marked `#[ignore = "known gap: …"]`.
//!
//! The modules live in `tests/extraction/`; a crate root looks beside itself, hence `#[path]`.

#[path = "extraction/colon_labels.rs"]
mod colon_labels;
#[path = "extraction/cues.rs"]
mod cues;
#[path = "extraction/dates.rs"]
mod dates;
#[path = "extraction/entities.rs"]
mod entities;
#[path = "extraction/firms.rs"]
mod firms;
#[path = "extraction/paraphrase_quotes.rs"]
mod paraphrase_quotes;
#[path = "extraction/properties.rs"]
mod properties;
#[path = "extraction/quotes.rs"]
mod quotes;
#[path = "extraction/relations.rs"]
mod relations;
#[path = "extraction/reported.rs"]
mod reported;
#[path = "extraction/sources.rs"]
mod sources;
#[path = "extraction/speakers.rs"]
mod speakers;
#[path = "extraction/split_quotes.rs"]
mod split_quotes;
#[path = "extraction/thought.rs"]
mod thought;
#[path = "extraction/util.rs"]
mod util;
