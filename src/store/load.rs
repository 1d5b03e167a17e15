//! Reading back the N-Quads that `newsgraph extract` writes, article by article:
//! [`NQuadsArticles`] regroups a stream of quads into the [`ArticleGraph`]s they came from, so
//! that shards extracted elsewhere (on a cluster) are stored exactly as `ingest` would have
//! stored the same articles.
//!
//! # Rationale
//!
//! - Loading the quads as they are would not give the same store: each article's entity quads
//!   carry the name *that article* used, and the store keeps one `rdfs:label` per entity (the
//!   first stored) with the others as `skos:altLabel`. Regrouped into articles, they go through
//!   [`super::ArticleWriter`], which applies that rule and skips articles already stored.
//! - `extract` writes an article's own graph, then the entity quads it contributes: a new
//!   article begins where another article graph begins. Entity quads before any article (a
//!   store's export can put the entities graph first) go with the first article.

use super::StoreError;
use crate::model::vocab::{ng, ENTITIES_GRAPH};
use crate::model::ArticleGraph;
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser, ReaderQuadParser};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use std::io::Read;

/// Errors of loading N-Quads.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    #[error("cannot read {origin}")]
    Io {
        origin: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{origin}: invalid N-Quads")]
    Syntax {
        origin: String,
        #[source]
        source: RdfParseError,
    },
    #[error(
        "{origin}: a quad in the default graph ({quad}): not the output of `newsgraph extract`"
    )]
    DefaultGraph { origin: String, quad: String },
    #[error("{origin}: graph {graph} has no ng:key and ng:contentHash of its article: not the output of `newsgraph extract`")]
    NotAnArticle { origin: String, graph: String },
    #[error("{origin}: entity quads but no article graph")]
    NoArticle { origin: String },
    #[error("cannot write to the store")]
    Store(#[from] StoreError),
}

/// The articles of an N-Quads stream, in order; see the module docs.
pub struct NQuadsArticles<R: Read> {
    origin: String,
    quads: ReaderQuadParser<R>,
    current: Option<ArticleGraph>,
    /// Entity quads seen before the first article.
    early_entities: Vec<Quad>,
    entities_graph: NamedNode,
    finished: bool,
}

impl<R: Read> NQuadsArticles<R> {
    /// Reads N-Quads from `reader`; `origin` (a path, `-`) names it in errors.
    pub fn new(origin: impl Into<String>, reader: R) -> Self {
        Self {
            origin: origin.into(),
            quads: RdfParser::from_format(RdfFormat::NQuads).for_reader(reader),
            current: None,
            early_entities: Vec::new(),
            entities_graph: NamedNode::new_unchecked(ENTITIES_GRAPH),
            finished: false,
        }
    }

    /// Fills in the key and content hash of a complete article from its own quads.
    fn complete(&self, mut article: ArticleGraph) -> Result<ArticleGraph, LoadError> {
        let value = |predicate| {
            article
                .article_quads
                .iter()
                .find_map(|q| match (&q.subject, &q.object) {
                    (NamedOrBlankNode::NamedNode(s), Term::Literal(l))
                        if *s == article.graph && q.predicate == predicate =>
                    {
                        Some(l.value().to_string())
                    }
                    _ => None,
                })
        };
        match (value(ng::KEY), value(ng::CONTENT_HASH)) {
            (Some(key), Some(hash)) => {
                article.key = key;
                article.content_hash = hash;
                Ok(article)
            }
            _ => Err(LoadError::NotAnArticle {
                origin: self.origin.clone(),
                graph: article.graph.to_string(),
            }),
        }
    }

    fn next_article(&mut self) -> Result<Option<ArticleGraph>, LoadError> {
        loop {
            let Some(quad) = self.quads.next() else {
                self.finished = true;
                return match self.current.take() {
                    Some(article) => self.complete(article).map(Some),
                    None if self.early_entities.is_empty() => Ok(None),
                    None => Err(LoadError::NoArticle {
                        origin: self.origin.clone(),
                    }),
                };
            };
            let quad = quad.map_err(|source| LoadError::Syntax {
                origin: self.origin.clone(),
                source,
            })?;
            let graph = match &quad.graph_name {
                GraphName::NamedNode(g) => g.clone(),
                _ => {
                    return Err(LoadError::DefaultGraph {
                        origin: self.origin.clone(),
                        quad: quad.to_string(),
                    })
                }
            };
            if graph == self.entities_graph {
                match &mut self.current {
                    Some(article) => article.entity_quads.push(quad),
                    None => self.early_entities.push(quad),
                }
                continue;
            }
            if let Some(article) = &mut self.current {
                if article.graph == graph {
                    article.article_quads.push(quad);
                    continue;
                }
            }
            let next = ArticleGraph {
                graph,
                key: String::new(),
                content_hash: String::new(),
                article_quads: vec![quad],
                entity_quads: std::mem::take(&mut self.early_entities),
            };
            if let Some(done) = self.current.replace(next) {
                return self.complete(done).map(Some);
            }
        }
    }
}

impl<R: Read> Iterator for NQuadsArticles<R> {
    type Item = Result<ArticleGraph, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        let next = self.next_article();
        if next.is_err() {
            self.finished = true;
        }
        next.transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NQ: &str = r#"
<https://w3id.org/newsgraph/id/article/a> <https://w3id.org/newsgraph/ontology#key> "file:///a.txt" <https://w3id.org/newsgraph/id/article/a> .
<https://w3id.org/newsgraph/id/article/a> <https://w3id.org/newsgraph/ontology#contentHash> "aa" <https://w3id.org/newsgraph/id/article/a> .
<https://w3id.org/newsgraph/id/person/ann-lee> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Lee" <https://w3id.org/newsgraph/id/graph/entities> .
<https://w3id.org/newsgraph/id/article/b> <https://w3id.org/newsgraph/ontology#key> "file:///b.txt" <https://w3id.org/newsgraph/id/article/b> .
<https://w3id.org/newsgraph/id/article/b> <https://w3id.org/newsgraph/ontology#contentHash> "bb" <https://w3id.org/newsgraph/id/article/b> .
<https://w3id.org/newsgraph/id/person/ann-lee> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Lee" <https://w3id.org/newsgraph/id/graph/entities> .
"#;

    #[test]
    fn quads_are_regrouped_into_the_articles_they_came_from() {
        let articles: Vec<ArticleGraph> = NQuadsArticles::new("t.nq", NQ.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].key, "file:///a.txt");
        assert_eq!(articles[0].content_hash, "aa");
        assert_eq!(articles[1].key, "file:///b.txt");
        assert_eq!(
            (
                articles[0].article_quads.len(),
                articles[0].entity_quads.len()
            ),
            (2, 1)
        );
        assert_eq!(
            (
                articles[1].article_quads.len(),
                articles[1].entity_quads.len()
            ),
            (2, 1)
        );
    }

    #[test]
    fn quads_that_are_not_extract_output_are_refused_by_name() {
        let default_graph = "<http://x/s> <http://x/p> <http://x/o> .\n";
        let no_key = "<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n";
        for (text, needle) in [(default_graph, "default graph"), (no_key, "ng:key")] {
            let err = NQuadsArticles::new("t.nq", text.as_bytes())
                .collect::<Result<Vec<_>, _>>()
                .unwrap_err();
            assert!(err.to_string().contains(needle), "{err}");
            assert!(err.to_string().starts_with("t.nq: "), "{err}");
        }
        let bad = NQuadsArticles::new("t.nq", "<a> <b> .".as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .unwrap_err();
        assert!(matches!(bad, LoadError::Syntax { .. }), "{bad}");
    }
}
