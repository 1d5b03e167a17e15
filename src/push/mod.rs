//! `newsgraph push`: sends the store to a SPARQL 1.1 Graph Store Protocol endpoint, whole or
//! only what changed since the last push to that endpoint.
//!
//! Entry point: [`push`], with a [`GraphStoreClient`] (`gsp.rs`) and a [`PushLog`] (`state.rs`).
//!
//! What is sent:
//! - every article graph the endpoint does not have yet, replaced whole with `PUT` (so sending it
//!   again changes nothing);
//! - the graph of an article no longer in the store (replaced by a new text under its key) is
//!   removed with `DELETE`;
//! - the shared entities graph is **merged** with `POST`: for the articles sent, the store's
//!   description of every entity (and role, event-type concept, …) they mention, followed from
//!   there through the entities graph.
//!
//! # Rationale
//!
//! - The entities graph is shared by every article and maybe by other stores pushing to the same
//!   endpoint, so it is never replaced, only added to. What is added is the *store's* merged
//!   description of an entity (its one `rdfs:label`, every `skos:altLabel`, every role), not what
//!   one article said of it: an article that spelled a name another way would otherwise bring a
//!   second `rdfs:label` and double every row that joins on it. The store only ever adds to an
//!   entity's description, and IRIs are never blank nodes, so merging the same or a later
//!   description again is idempotent and the endpoint ends up with the store's description.
//! - Entities go before the articles that mention them, batch by batch: an endpoint never holds
//!   an article whose speaker has no name, and a push that fails halfway resumes by sending the
//!   unrecorded articles and their entities again, which changes nothing that is there.
//! - Memory holds the IRIs of the articles to send and of the entities already sent in this run,
//!   and one request body at a time: never the store.

mod gsp;
mod state;

pub(crate) use gsp::http_agent;
pub use gsp::{Credentials, GraphStoreClient, HttpError, BODY_EXCERPT_BYTES};
pub use state::{PushLog, StateError};

use crate::model::vocab::{ng, ENTITIES_GRAPH};
use crate::store::{GraphStore, StoreError};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Term, Triple};
use std::collections::HashSet;

/// Articles whose entities are merged in one go before the articles are sent.
pub const ARTICLES_PER_BATCH: usize = 200;

/// Triples per `POST` of entity descriptions: bounds one request body (a few MB).
pub const ENTITY_TRIPLES_PER_REQUEST: usize = 20_000;

/// Errors of a push. Every article before the one named was sent and recorded: running the same
/// push again resumes after it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    #[error("cannot push article {article} ({key}); {recorded} articles before it were pushed and recorded, run the push again to resume")]
    Article {
        article: String,
        key: String,
        recorded: usize,
        #[source]
        source: Box<HttpError>,
    },
    #[error("cannot merge the entities of the next articles, from article {article} ({key}) on, into {ENTITIES_GRAPH}; {recorded} articles before it were pushed and recorded, run the push again to resume")]
    Entities {
        article: String,
        key: String,
        recorded: usize,
        #[source]
        source: Box<HttpError>,
    },
    #[error("cannot remove the graph of article {article}, which is no longer in the store")]
    Delete {
        article: String,
        #[source]
        source: Box<HttpError>,
    },
    #[error(transparent)]
    State(#[from] StateError),
    #[error("cannot read the store")]
    Store(#[from] StoreError),
    #[error("cannot serialize a graph")]
    Serialize(#[from] std::io::Error),
}

impl From<oxigraph::store::StorageError> for PushError {
    fn from(e: oxigraph::store::StorageError) -> Self {
        PushError::Store(e.into())
    }
}

/// Options of [`push`].
#[derive(Debug, Clone, Copy, Default)]
pub struct PushOptions {
    /// Send every article, whatever the log says was pushed.
    pub all: bool,
}

/// What a push did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct PushReport {
    /// Article graphs sent with `PUT`.
    pub pushed: usize,
    /// Article graphs the endpoint already had, per the log.
    pub unchanged: usize,
    /// Graphs of articles no longer in the store, removed with `DELETE`.
    pub deleted: usize,
    /// Entity (role, concept) descriptions merged, and their triples.
    pub entities: usize,
    pub entity_triples: usize,
    /// Triples of the article graphs sent.
    pub article_triples: usize,
}

/// How far a push has come, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// Sends the store to the endpoint; see the module docs. Every graph the endpoint accepts is
/// recorded in `log` at once.
pub fn push(
    store: &GraphStore,
    client: &GraphStoreClient,
    log: &mut PushLog,
    options: PushOptions,
    mut progress: impl FnMut(Progress),
) -> Result<PushReport, PushError> {
    let entities_graph = NamedNodeRef::new_unchecked(ENTITIES_GRAPH);
    let mut report = PushReport::default();

    // What to send: the article graphs of the store the endpoint does not have.
    let mut local: HashSet<String> = HashSet::new();
    let mut to_send: Vec<NamedNode> = Vec::new();
    for graph in store.graphs() {
        let NamedOrBlankNode::NamedNode(graph) = graph? else {
            continue;
        };
        if graph.as_ref() == entities_graph {
            continue;
        }
        if options.all || !log.is_pushed(graph.as_str()) {
            to_send.push(graph.clone());
        } else {
            report.unchanged += 1;
        }
        local.insert(graph.into_string());
    }

    // Articles replaced or removed since they were pushed.
    let gone: Vec<String> = log
        .pushed()
        .filter(|g| !local.contains(*g))
        .map(str::to_string)
        .collect();
    drop(local);
    for graph in gone {
        client
            .delete(NamedNodeRef::new_unchecked(&graph))
            .map_err(|source| PushError::Delete {
                article: graph.clone(),
                source: Box::new(source),
            })?;
        log.record_delete(&graph)?;
        report.deleted += 1;
    }

    let total = to_send.len();
    let mut sent_entities: HashSet<NamedNode> = HashSet::new();
    let mut recorded = 0;
    for batch in to_send.chunks(ARTICLES_PER_BATCH) {
        // The descriptions of the entities this batch mentions and no earlier batch sent.
        let mut descriptions = TripleBody::default();
        let mut requests: Vec<TripleBody> = Vec::new();
        for graph in batch {
            let before = sent_entities.len();
            for triple in entity_descriptions(store, graph.as_ref(), &mut sent_entities)? {
                descriptions.add(&triple)?;
                report.entity_triples += 1;
                if descriptions.len >= ENTITY_TRIPLES_PER_REQUEST {
                    requests.push(std::mem::take(&mut descriptions));
                }
            }
            report.entities += sent_entities.len() - before;
        }
        requests.push(descriptions);
        for body in requests.into_iter().filter(|b| b.len > 0) {
            client
                .post(entities_graph, &body.finish()?)
                .map_err(|source| PushError::Entities {
                    article: batch[0].as_str().to_string(),
                    key: article_key(store, batch[0].as_ref()),
                    recorded,
                    source: Box::new(source),
                })?;
        }

        for graph in batch {
            let mut body = TripleBody::default();
            for quad in store.store().quads_for_pattern(
                None,
                None,
                None,
                Some(GraphNameRef::NamedNode(graph.as_ref())),
            ) {
                body.add(&Triple::from(quad?))?;
            }
            report.article_triples += body.len;
            client
                .put(graph.as_ref(), &body.finish()?)
                .map_err(|source| PushError::Article {
                    article: graph.as_str().to_string(),
                    key: article_key(store, graph.as_ref()),
                    recorded,
                    source: Box::new(source),
                })?;
            log.record_put(graph.as_str())?;
            recorded += 1;
            report.pushed += 1;
            progress(Progress {
                done: recorded,
                total,
            });
        }
    }
    log.record_complete()?;
    Ok(report)
}

/// An N-Triples request body being written.
#[derive(Default)]
struct TripleBody {
    bytes: Vec<u8>,
    len: usize,
}

impl TripleBody {
    fn add(&mut self, triple: &Triple) -> std::io::Result<()> {
        let mut serializer =
            RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut self.bytes);
        serializer.serialize_triple(triple)?;
        serializer.finish()?;
        self.len += 1;
        Ok(())
    }

    fn finish(self) -> std::io::Result<Vec<u8>> {
        Ok(self.bytes)
    }
}

/// The article's key (its URL, file or JSON id) for messages, or `?` if it has none.
fn article_key(store: &GraphStore, article: NamedNodeRef<'_>) -> String {
    store
        .store()
        .quads_for_pattern(
            Some(article.into()),
            Some(ng::KEY),
            None,
            Some(GraphNameRef::NamedNode(article)),
        )
        .next()
        .and_then(Result::ok)
        .map(|q| match q.object {
            Term::Literal(l) => l.value().to_string(),
            other => other.to_string(),
        })
        .unwrap_or_else(|| "?".into())
}

/// The triples of the entities graph that describe the IRIs an article graph uses, and the IRIs
/// those descriptions use in turn (a role's organisation, an event type's scheme), leaving out
/// the nodes in `sent`, to which the nodes described are added.
fn entity_descriptions(
    store: &GraphStore,
    article: NamedNodeRef<'_>,
    sent: &mut HashSet<NamedNode>,
) -> Result<Vec<Triple>, PushError> {
    let entities_graph = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(ENTITIES_GRAPH));
    // Every IRI is probed once per article; statements and selectors are not described in the
    // entities graph, so only described nodes are kept in `sent` for the rest of the run.
    let mut seen: HashSet<NamedNode> = HashSet::new();
    let mut stack: Vec<NamedNode> = Vec::new();
    let mut visit = |node: NamedNode, stack: &mut Vec<NamedNode>| {
        if seen.insert(node.clone()) {
            stack.push(node);
        }
    };
    for quad in
        store
            .store()
            .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(article)))
    {
        let quad = quad?;
        if let NamedOrBlankNode::NamedNode(s) = quad.subject {
            visit(s, &mut stack);
        }
        if let Term::NamedNode(o) = quad.object {
            visit(o, &mut stack);
        }
    }
    let mut out = Vec::new();
    while let Some(node) = stack.pop() {
        if sent.contains(&node) {
            continue;
        }
        let mut described = false;
        for quad in store.store().quads_for_pattern(
            Some(node.as_ref().into()),
            None,
            None,
            Some(entities_graph),
        ) {
            let quad = quad?;
            described = true;
            if let Term::NamedNode(o) = &quad.object {
                visit(o.clone(), &mut stack);
            }
            out.push(Triple::from(quad));
        }
        if described {
            sent.insert(node);
        }
    }
    Ok(out)
}
