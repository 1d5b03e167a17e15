//! newsgraph's integration tests, one binary (ripgrep's layout). Each module says what it covers:
//!
//! - `cli`: the `newsgraph` binary end to end, on a temporary store: ingest idempotence and
//!   replacement, bad inputs, query output formats, export round trips, the query list.
//! - `model`: the RDF the model writes for the sample articles and for hand-built documents:
//!   every `ng:` term is declared in the ontology, the graph is deterministic, literals canonical.
//! - `queries`: the bundled queries on the samples and on hand-written articles: corroborated
//!   quotes, conflicting attributions, who met whom, `about`, timeline order, speaker roles and
//!   event-type concepts.
//!
//!
//! `support` (shared with the other binaries): the sample articles, the binary, commands with a
//! time limit.
//!
//! `tests/ingest.rs` and `tests/eval.rs` are their own binaries (owned with their modules), as are
//! `tests/push.rs` (push to real Oxigraph and Virtuoso servers) and `tests/spark.rs` (the Spark
//! recipe against a single-machine ingest).

mod cli;
mod model;
mod queries;
mod support;
