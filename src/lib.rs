//! newsgraph turns news articles into an RDF knowledge graph of who said what, to whom and when,
//! and who did what to whom, with every fact pointing back at the characters it came from.
//!
//! The pipeline, one module per stage, dependencies pointing one way:
//!
//! 1. [`ingest`] reads plain text, HTML and JSON Lines into [`ingest::Article`]s.
//! 2. [`extract`] annotates an article's text: sentences, entity mentions, coreference, quotes,
//!    reported speech, relations and their dates. It knows nothing of RDF.
//! 3. [`lexicon`] is the language knowledge extraction uses, compiled in from the tables in `data/`.
//! 4. [`model`] is the one place annotations become RDF quads.
//! 5. [`store`] keeps the quads in an on-disk Oxigraph (RocksDB) store, one named graph per article.
//! 6. [`query`] runs the bundled SPARQL queries of `queries/`; [`export`] writes every RDF syntax
//!    and a graph projection for viewers (GraphML, GEXF, DOT, Cytoscape.js, an HTML page).
//! 7. [`pipeline`] runs 1, 2, 4 and 5 together: reading, extraction on every core and bulk
//!    writing, overlapped, in bounded memory (`newsgraph ingest` and `extract`).
//! 8. [`serve`] answers SPARQL clients and browsers over HTTP, on a read-only store.
//! 9. [`eval`] scores extraction against hand-annotated gold articles.
//! 10. [`push`] sends the store to a SPARQL 1.1 Graph Store Protocol endpoint, only what changed
//!     since the last push; [`store::NQuadsArticles`] reads `extract`'s N-Quads back (shards from
//!     a cluster) for [`pipeline::load_nquads`].
//!
//! The library never prints; the `newsgraph` binary is a thin command line over it.

pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod push;
pub mod query;
pub mod serve;
pub mod store;
