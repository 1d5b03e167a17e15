//! The reading-order values of a store written before they existed: those of its statements and
//! events (`ng:effectiveDate`, `ng:effectiveDateSource`, `ng:start`, `ng:end`) and its articles'
//! sort keys (`ng:articleOrder`).
//!
//! Entry points: [`add_missing_reading_order`] (`newsgraph ingest` on opening, and a query that
//! reads them on a writable store) and [`has_reading_order`] (a read-only store).
//!
//! # Rationale
//!
//! Ingest writes these values with every statement, event and article (`crate::model`), so that
//! the date-ordered queries read one value per row instead of following the selector and the
//! article, and sort by article on a number. Re-ingesting leaves unchanged articles alone, so an
//! older store would never gain them and those queries would list its statements without a date
//! or out of order. The values follow from what the store holds (the node's `ng:date` and
//! `ng:dateSource`, its article's `schema:datePublished`, its first selector `NODE/selector`, the
//! article's IRI), so they are added once, in one transaction each, into each node's own
//! article graph, by the rule the model writes them with.

use super::any;
use crate::model::article_order;
use crate::model::vocab::{ng, prov, schema};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{NamedOrBlankNode, Quad};
use oxigraph::sparql::{SparqlEvaluator, UpdateEvaluationError};
use oxigraph::store::{StorageError, Store};

/// Adds the values to every statement and event of the article graphs (the first selector's
/// range, the node's own date or else its article's publication date).
const ADD_READING_ORDER: &str = r#"
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
INSERT {
  GRAPH ?article {
    ?node ng:effectiveDate ?date ; ng:effectiveDateSource ?dateSource ; ng:start ?start ; ng:end ?end .
  }
}
WHERE {
  GRAPH ?article {
    ?node prov:wasDerivedFrom ?article .
    OPTIONAL { ?node ng:date ?own OPTIONAL { ?node ng:dateSource ?ownSource } }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL {
      ?node oa:hasSelector ?selector .
      FILTER (STR(?selector) = CONCAT(STR(?node), "/selector"))
      ?selector oa:start ?start ; oa:end ?end .
    }
  }
  BIND (COALESCE(?own, ?published) AS ?date)
  BIND (IF(BOUND(?own), COALESCE(?ownSource, "text"), IF(BOUND(?published), "article", ?unbound))
        AS ?dateSource)
}
"#;

/// Errors of adding the values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadingOrderError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("cannot add the reading order of the stored statements and events")]
    Update(#[from] UpdateEvaluationError),
}

/// Whether the store's statements, events and articles carry the values: some node has them,
/// or no statement or event (nothing `prov:wasDerivedFrom` an article) is stored; and some
/// article has its sort key, or no article is stored.
pub fn has_reading_order(store: &Store) -> Result<bool, StorageError> {
    Ok(nodes_have_reading_order(store)? && articles_have_orders(store)?)
}

/// Adds the values when the store has statements, events or articles but none carries them;
/// returns whether it added any.
pub fn add_missing_reading_order(store: &Store) -> Result<bool, ReadingOrderError> {
    let mut added = false;
    if !nodes_have_reading_order(store)? {
        SparqlEvaluator::new()
            .parse_update(ADD_READING_ORDER)
            .expect("the bundled update parses")
            .on_store(store)
            .execute()?;
        added = true;
    }
    if !articles_have_orders(store)? {
        added |= add_article_orders(store)? > 0;
    }
    Ok(added)
}

fn nodes_have_reading_order(store: &Store) -> Result<bool, StorageError> {
    Ok(any(store, ng::START)?
        || any(store, ng::EFFECTIVE_DATE)?
        || !any(store, prov::WAS_DERIVED_FROM)?)
}

fn articles_have_orders(store: &Store) -> Result<bool, StorageError> {
    Ok(any(store, ng::ARTICLE_ORDER)? || articles(store).next().is_none())
}

/// The stored articles (`rdf:type schema:NewsArticle`, in their own graphs).
fn articles(store: &Store) -> impl Iterator<Item = Result<Quad, StorageError>> {
    store.quads_for_pattern(
        None,
        Some(rdf::TYPE),
        Some(schema::NEWS_ARTICLE.into()),
        None,
    )
}

/// Gives every article its sort key, from its IRI's last segment (the id the model made the IRI
/// from); returns how many it gave.
fn add_article_orders(store: &Store) -> Result<usize, StorageError> {
    let mut orders = Vec::new();
    for article in articles(store) {
        let article = article?;
        let NamedOrBlankNode::NamedNode(iri) = &article.subject else {
            continue;
        };
        let id = iri.as_str().rsplit('/').next().unwrap_or_default();
        if let Some(order) = article_order(id) {
            orders.push(Quad::new(
                article.subject.clone(),
                ng::ARTICLE_ORDER,
                order,
                article.graph_name,
            ));
        }
    }
    let mut transaction = store.start_transaction()?;
    for quad in &orders {
        transaction.insert(quad);
    }
    transaction.commit()?;
    Ok(orders.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    fn article(id: &str) -> Quad {
        let iri = NamedNode::new_unchecked(format!("https://w3id.org/newsgraph/id/article/{id}"));
        Quad::new(
            iri.clone(),
            rdf::TYPE,
            schema::NEWS_ARTICLE.into_owned(),
            iri,
        )
    }

    #[test]
    fn an_older_stores_articles_get_their_orders_once() {
        let store = Store::new().unwrap();
        for id in ["00000000000000ff", "a000000000000000"] {
            store.insert(&article(id)).unwrap();
        }
        assert!(!has_reading_order(&store).unwrap());
        assert!(add_missing_reading_order(&store).unwrap());
        let mut orders: Vec<Quad> = store
            .quads_for_pattern(None, Some(ng::ARTICLE_ORDER), None, None)
            .map(Result::unwrap)
            .collect();
        orders.sort_by_key(|q| q.subject.to_string());
        let expected: Vec<Quad> = [
            ("00000000000000ff", "255"),
            ("a000000000000000", "11529215046068469760"),
        ]
        .into_iter()
        .map(|(id, number)| {
            let a = article(id);
            Quad::new(
                a.subject,
                ng::ARTICLE_ORDER,
                Literal::new_typed_literal(number, oxigraph::model::vocab::xsd::DECIMAL),
                a.graph_name,
            )
        })
        .collect();
        assert_eq!(orders, expected);
        assert!(has_reading_order(&store).unwrap());
        assert!(!add_missing_reading_order(&store).unwrap(), "only once");
    }

    #[test]
    fn an_empty_store_needs_no_reading_order() {
        let store = Store::new().unwrap();
        assert!(has_reading_order(&store).unwrap());
        assert!(!add_missing_reading_order(&store).unwrap());
    }
}
