//! The commands behind `newsgraph`, one file per family: `main.rs` parses the arguments and
//! hands each command to its function here, which does the work, prints its output and returns
//! the exit code (or an error for `main` to print).
//!
//! # Rationale
//! These modules live in the binary crate, not the library: they print (results on stdout,
//! counts and warnings on stderr, progress bars) and the library never does.

pub(crate) mod args;
pub(crate) mod eval;
pub(crate) mod export;
pub(crate) mod ingest;
pub(crate) mod progress;
pub(crate) mod push;
pub(crate) mod query;
pub(crate) mod serve;
pub(crate) mod store;
pub(crate) mod tables;
