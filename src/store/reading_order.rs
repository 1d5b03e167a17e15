//! The reading-order values (`ng:effectiveDate`, `ng:effectiveDateSource`, `ng:start`,
//! `ng:end`) of the statements and events of a store written before they carried them.
//!
//! Entry points: [`add_missing_reading_order`] (`newsgraph ingest` on opening, and a query that
//! reads them on a writable store) and [`has_reading_order`] (a read-only store).
//!
//! # Rationale
//!
//! Ingest writes these values with every statement and event (`crate::model`), so that the
//! date-ordered queries read one value per row instead of following the selector and the
//! article. Re-ingesting leaves unchanged articles alone, so an older store would never gain them
//! and those queries would list its statements without a date. The values follow from what the
//! store holds (the node's `ng:date` and `ng:dateSource`, its article's `schema:datePublished`,
//! its first selector `NODE/selector`), so one SPARQL update adds them, in one transaction, into
//! each node's own article graph, by the rule the model writes them with.

use super::any;
use crate::model::vocab::{ng, prov};
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

/// Whether the store's statements and events carry the values: some node has them, or no
/// statement or event (nothing `prov:wasDerivedFrom` an article) is stored.
pub fn has_reading_order(store: &Store) -> Result<bool, StorageError> {
    Ok(any(store, ng::START)?
        || any(store, ng::EFFECTIVE_DATE)?
        || !any(store, prov::WAS_DERIVED_FROM)?)
}

/// Adds the values when the store has statements or events but none carries them; returns
/// whether it did.
pub fn add_missing_reading_order(store: &Store) -> Result<bool, ReadingOrderError> {
    if has_reading_order(store)? {
        return Ok(false);
    }
    SparqlEvaluator::new()
        .parse_update(ADD_READING_ORDER)
        .expect("the bundled update parses")
        .on_store(store)
        .execute()?;
    Ok(true)
}
