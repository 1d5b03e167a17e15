//! Writes the graph in the W3C RDF syntaxes (Turtle, TriG, N-Quads, N-Triples, JSON-LD,
//! RDF/XML) and, projected onto entities and links, in graph-viewer formats (GraphML, GEXF, DOT,
//! Cytoscape.js JSON, a self-contained HTML page).
//!
//! Entry points: [`export`] writes a store, whole or through a [`Filter`] (`--graph`, `--about`,
//! `--since/--until`); [`write_store`] is the unfiltered shorthand; [`QuadWriter`] (and its
//! shorthand [`write_quads`]) writes a stream of quads, which is what `newsgraph extract` prints.
//! [`graph::project`] and [`graph::write`] make and write the graph-viewer projection. One module
//! per format: [`turtle`] (pretty Turtle), [`graphml`], [`gexf`], [`dot`], [`cytoscape`],
//! [`html`]; [`filter`] selects quads.
//!
//! # Rationale
//!
//! - Dataset syntaxes (TriG, N-Quads, JSON-LD) keep the per-article named graphs, so provenance
//!   survives the export. Triple syntaxes (Turtle, N-Triples, RDF/XML) write the union of all
//!   graphs, without duplicates: that is what graph viewers and most RDF tools load.
//! - A store export in Turtle is for people, so it goes through sophia's pretty serializer
//!   (sorted subjects, grouped predicates, only the prefixes used; see [`turtle`]). The streaming
//!   [`QuadWriter`] keeps Oxigraph's Turtle writer for `extract`, which must not hold its output.
//! - Deduplicating the union without holding the whole graph in memory: a triple can only repeat
//!   across graphs when its subject is not local to one article (DESIGN: statements, events,
//!   selectors and mention counts are named after their article). So only entity descriptions and
//!   entity-to-entity edges are remembered, which grows with the number of entities and edges,
//!   not with the corpus.
//! - JSON-LD goes through the `oxjsonld` serializer directly, because Oxigraph's generic
//!   `RdfSerializer` drops prefixes for it.

pub mod cytoscape;
pub mod dot;
pub mod filter;
pub mod gexf;
pub mod graph;
pub mod graphml;
pub mod html;
pub mod turtle;

pub use filter::Filter;
pub use graph::GraphFormat;

use crate::model::{self, vocab};
use crate::store::{GraphStore, StoreError};
use oxigraph::io::{RdfFormat, RdfSerializer, WriterQuadSerializer};
use oxigraph::model::{GraphNameRef, Quad, QuadRef, Triple};
use oxjsonld::{JsonLdSerializer, WriterJsonLdSerializer};
use std::collections::HashSet;
use std::io::Write;

/// Errors of the export module.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error("cannot write RDF")]
    Io(#[from] std::io::Error),
    #[error("cannot read the store")]
    Store(#[from] StoreError),
    #[error("no article {0:?} in the store (give its id, IRI, key or file name)")]
    NoSuchArticle(String),
    #[error("no entity {0:?} in the store (give a label or alternative label)")]
    NoSuchEntity(String),
}

/// The RDF syntaxes newsgraph writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Turtle,
    Trig,
    NQuads,
    NTriples,
    JsonLd,
    RdfXml,
}

impl ExportFormat {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [ExportFormat; 6] = [
        ExportFormat::Turtle,
        ExportFormat::Trig,
        ExportFormat::NQuads,
        ExportFormat::NTriples,
        ExportFormat::JsonLd,
        ExportFormat::RdfXml,
    ];

    /// The CLI name: `turtle`, `trig`, `nquads`, `ntriples`, `jsonld`, `rdfxml`.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Turtle => "turtle",
            ExportFormat::Trig => "trig",
            ExportFormat::NQuads => "nquads",
            ExportFormat::NTriples => "ntriples",
            ExportFormat::JsonLd => "jsonld",
            ExportFormat::RdfXml => "rdfxml",
        }
    }

    /// The format of a CLI name or a file extension (`ttl`, `nq`, `jsonld`, …).
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|f| f.name() == name)
            .or_else(|| RdfFormat::from_extension(&name).and_then(Self::from_rdf_format))
    }

    /// The matching Oxigraph format.
    pub fn rdf_format(self) -> RdfFormat {
        match self {
            ExportFormat::Turtle => RdfFormat::Turtle,
            ExportFormat::Trig => RdfFormat::TriG,
            ExportFormat::NQuads => RdfFormat::NQuads,
            ExportFormat::NTriples => RdfFormat::NTriples,
            ExportFormat::JsonLd => RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
            ExportFormat::RdfXml => RdfFormat::RdfXml,
        }
    }

    fn from_rdf_format(format: RdfFormat) -> Option<Self> {
        Some(match format {
            RdfFormat::Turtle => ExportFormat::Turtle,
            RdfFormat::TriG => ExportFormat::Trig,
            RdfFormat::NQuads => ExportFormat::NQuads,
            RdfFormat::NTriples => ExportFormat::NTriples,
            RdfFormat::JsonLd { .. } => ExportFormat::JsonLd,
            RdfFormat::RdfXml => ExportFormat::RdfXml,
            _ => return None,
        })
    }

    /// Whether the syntax keeps named graphs.
    pub fn supports_datasets(self) -> bool {
        matches!(
            self,
            ExportFormat::Trig | ExportFormat::NQuads | ExportFormat::JsonLd
        )
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

enum Inner<W: Write> {
    Rdf(WriterQuadSerializer<W>),
    JsonLd(WriterJsonLdSerializer<W>),
}

/// A streaming RDF writer with newsgraph's prefixes; see the module docs for what it
/// deduplicates.
pub struct QuadWriter<W: Write> {
    inner: Inner<W>,
    datasets: bool,
    seen: HashSet<Quad>,
}

impl<W: Write> QuadWriter<W> {
    pub fn new(format: ExportFormat, writer: W) -> Self {
        let inner = if format == ExportFormat::JsonLd {
            let mut s = JsonLdSerializer::new();
            for (prefix, ns) in vocab::PREFIXES {
                s = s
                    .with_prefix(*prefix, *ns)
                    .expect("the built-in prefixes are valid IRIs");
            }
            Inner::JsonLd(s.for_writer(writer))
        } else {
            let mut s = RdfSerializer::from_format(format.rdf_format());
            if matches!(
                format,
                ExportFormat::Turtle | ExportFormat::Trig | ExportFormat::RdfXml
            ) {
                for (prefix, ns) in vocab::PREFIXES {
                    s = s
                        .with_prefix(*prefix, *ns)
                        .expect("the built-in prefixes are valid IRIs");
                }
            }
            Inner::Rdf(s.for_writer(writer))
        };
        Self {
            inner,
            datasets: format.supports_datasets(),
            seen: HashSet::new(),
        }
    }

    /// Writes one quad (as a triple of the union graph for triple syntaxes), unless it is a
    /// repetition this writer can recognise.
    pub fn write(&mut self, quad: QuadRef<'_>) -> Result<(), ExportError> {
        let quad = if self.datasets {
            quad
        } else {
            QuadRef::new(
                quad.subject,
                quad.predicate,
                quad.object,
                GraphNameRef::DefaultGraph,
            )
        };
        if may_repeat(quad_graph_article_id(quad.graph_name), &quad) {
            let owned = quad.into_owned();
            if self.seen.contains(&owned) {
                return Ok(());
            }
            self.seen.insert(owned);
        }
        match &mut self.inner {
            Inner::Rdf(s) => s.serialize_quad(quad)?,
            Inner::JsonLd(s) => s.serialize_quad(quad)?,
        }
        Ok(())
    }

    /// Writes the end of the document and returns the writer (not flushed).
    pub fn finish(self) -> Result<W, ExportError> {
        Ok(match self.inner {
            Inner::Rdf(s) => s.finish()?,
            Inner::JsonLd(s) => s.finish()?,
        })
    }
}

/// The article id of an article graph, if it is one.
fn quad_graph_article_id(graph: GraphNameRef<'_>) -> Option<&str> {
    match graph {
        GraphNameRef::NamedNode(g) => g
            .as_str()
            .strip_prefix(vocab::ID)
            .and_then(|r| r.strip_prefix("article/")),
        _ => None,
    }
}

/// Whether a quad may occur more than once in a stream: anything not about a node local to one
/// article. In triple syntaxes the graph is gone, so the subject decides.
fn may_repeat(article_id: Option<&str>, quad: &QuadRef<'_>) -> bool {
    let subject = match quad.subject {
        oxigraph::model::NamedOrBlankNodeRef::NamedNode(n) => n.as_str(),
        _ => return false,
    };
    match article_id {
        Some(id) => !model::is_article_local(subject, id),
        None => {
            // Default graph (triple syntaxes): local subjects are named after an article id.
            let Some(rest) = subject.strip_prefix(vocab::ID) else {
                return true;
            };
            let local = ["article/", "statement/", "event/", "mentions/"]
                .iter()
                .any(|k| rest.starts_with(k));
            !local
        }
    }
}

/// Writes quads in `format`; see [`QuadWriter`].
pub fn write_quads<'a, W: Write>(
    quads: impl IntoIterator<Item = &'a Quad>,
    format: ExportFormat,
    writer: W,
) -> Result<W, ExportError> {
    let mut w = QuadWriter::new(format, writer);
    for q in quads {
        w.write(q.as_ref())?;
    }
    w.finish()
}

/// Writes the whole store in `format`: Turtle pretty-printed, other syntaxes streamed graph by
/// graph (the shared entities graph first, then every article graph).
pub fn write_store<W: Write>(
    store: &GraphStore,
    format: ExportFormat,
    writer: W,
) -> Result<W, ExportError> {
    export(store, format, &Filter::default(), writer)
}

/// Writes what `filter` selects of the store in `format` (see [`filter`] for what each filter
/// keeps). Turtle goes through sophia's pretty serializer and so holds the selected graph in
/// memory; every other syntax streams.
pub fn export<W: Write>(
    store: &GraphStore,
    format: ExportFormat,
    filter: &Filter,
    writer: W,
) -> Result<W, ExportError> {
    if format == ExportFormat::Turtle {
        let mut triples: HashSet<Triple> = HashSet::new();
        filter::for_each_quad(store, filter, |q| {
            triples.insert(Triple::from(q.into_owned()));
            Ok(())
        })?;
        return turtle::write_pretty(triples, writer);
    }
    let mut w = QuadWriter::new(format, writer);
    filter::for_each_quad(store, filter, |q| w.write(q))?;
    w.finish()
}

/// The union of all graphs of the store as a deduplicated list of triples (for tests and small
/// stores: this holds the whole graph in memory).
pub fn union_triples(store: &GraphStore) -> Result<HashSet<Triple>, ExportError> {
    let mut set = HashSet::new();
    for q in store.quads() {
        set.insert(Triple::from(q?));
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in ExportFormat::ALL {
            assert_eq!(ExportFormat::from_name(f.name()), Some(f));
        }
        assert_eq!(ExportFormat::from_name("ttl"), Some(ExportFormat::Turtle));
        assert_eq!(ExportFormat::from_name("nq"), Some(ExportFormat::NQuads));
        assert_eq!(ExportFormat::from_name("svg"), None);
    }
}
