//! The text keys and windows (`ng:textKey`, `ng:textWindow`) of the quotations of a store
//! written before quotations carried them.
//!
//! Entry points: [`add_missing_text_keys`] (`newsgraph ingest` on opening, and a query that
//! compares quotations on a writable store) and [`has_text_keys`] (a read-only store).
//!
//! # Rationale
//!
//! Re-ingesting leaves unchanged articles alone, so an older store would never gain the keys
//! and the corroboration queries would find no shared words in it. The keys follow from the
//! stored `ng:text` of each quotation ([`crate::model::quote_text_key`],
//! [`crate::model::quote_text_windows`]), so they are added once, in one transaction, into each
//! quotation's own article graph.

use super::any;
use crate::model::vocab::ng;
use crate::model::{quote_text_key, quote_text_windows};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{Literal, Quad, Term};
use oxigraph::store::{StorageError, Store};

/// Whether the store's quotations can be compared: some quotation has a key, or there is no
/// quotation at all.
pub fn has_text_keys(store: &Store) -> Result<bool, StorageError> {
    Ok(any(store, ng::TEXT_KEY)? || !has_quotations(store)?)
}

/// Adds the key and windows of every quotation when the store has quotations but no
/// `ng:textKey` yet; returns how many keys were added (0 when the store already had keys).
pub fn add_missing_text_keys(store: &Store) -> Result<usize, StorageError> {
    if has_text_keys(store)? {
        return Ok(0);
    }
    let mut keys = Vec::new();
    let mut windows = Vec::new();
    for quotation in store.quads_for_pattern(None, Some(rdf::TYPE), Some(quotation()), None) {
        let quotation = quotation?;
        let text = store
            .quads_for_pattern(
                Some(quotation.subject.as_ref()),
                Some(ng::TEXT),
                None,
                Some(quotation.graph_name.as_ref()),
            )
            .next()
            .transpose()?;
        if let Some(Quad {
            object: Term::Literal(text),
            ..
        }) = text
        {
            let key = quote_text_key(text.value());
            for window in quote_text_windows(&key) {
                windows.push(Quad::new(
                    quotation.subject.clone(),
                    ng::TEXT_WINDOW,
                    Literal::new_simple_literal(window),
                    quotation.graph_name.clone(),
                ));
            }
            keys.push(Quad::new(
                quotation.subject,
                ng::TEXT_KEY,
                Literal::new_simple_literal(key),
                quotation.graph_name,
            ));
        }
    }
    let mut transaction = store.start_transaction()?;
    for quad in windows.iter().chain(&keys) {
        transaction.insert(quad);
    }
    transaction.commit()?;
    Ok(keys.len())
}

fn quotation() -> oxigraph::model::TermRef<'static> {
    ng::QUOTATION.into()
}

fn has_quotations(store: &Store) -> Result<bool, StorageError> {
    Ok(store
        .quads_for_pattern(None, Some(rdf::TYPE), Some(quotation()), None)
        .next()
        .transpose()?
        .is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::NamedNode;

    #[test]
    fn an_older_stores_quotations_get_their_keys_once() {
        let store = Store::new().unwrap();
        let graph = NamedNode::new_unchecked("https://w3id.org/newsgraph/id/article/a1");
        let quote = NamedNode::new_unchecked("https://w3id.org/newsgraph/id/statement/a1/0-20");
        let speech = NamedNode::new_unchecked("https://w3id.org/newsgraph/id/statement/a1/30-60");
        let quads = [
            (&quote, rdf::TYPE, Term::from(ng::QUOTATION.into_owned())),
            (
                &quote,
                ng::TEXT,
                Literal::new_simple_literal("“We’ll  SEE.”").into(),
            ),
            (&speech, rdf::TYPE, ng::REPORTED_SPEECH.into_owned().into()),
            (
                &speech,
                ng::TEXT,
                Literal::new_simple_literal("it was aware of the report").into(),
            ),
        ];
        for (s, p, o) in quads {
            store
                .insert(&Quad::new(s.clone(), p, o, graph.clone()))
                .unwrap();
        }
        assert!(!has_text_keys(&store).unwrap());
        assert_eq!(add_missing_text_keys(&store).unwrap(), 1);
        let keys: Vec<Quad> = store
            .quads_for_pattern(None, Some(ng::TEXT_KEY), None, None)
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            keys,
            [Quad::new(
                quote,
                ng::TEXT_KEY,
                Literal::new_simple_literal("we'll see"),
                graph
            )]
        );
        assert_eq!(add_missing_text_keys(&store).unwrap(), 0, "only once");
    }

    #[test]
    fn an_older_stores_long_quotations_get_their_windows() {
        let store = Store::new().unwrap();
        let graph = NamedNode::new_unchecked("https://w3id.org/newsgraph/id/article/a2");
        let quote = NamedNode::new_unchecked("https://w3id.org/newsgraph/id/statement/a2/0-30");
        for (p, o) in [
            (rdf::TYPE, Term::from(ng::QUOTATION.into_owned())),
            (
                ng::TEXT,
                Literal::new_simple_literal("We will not back down now.").into(),
            ),
        ] {
            store
                .insert(&Quad::new(quote.clone(), p, o, graph.clone()))
                .unwrap();
        }
        assert_eq!(add_missing_text_keys(&store).unwrap(), 1);
        let mut windows: Vec<String> = store
            .quads_for_pattern(
                None,
                Some(ng::TEXT_WINDOW),
                None,
                Some(graph.as_ref().into()),
            )
            .map(|q| q.unwrap().object.to_string())
            .collect();
        windows.sort();
        assert_eq!(windows, ["\"l not back down\"", "\"we will not bac\""]);
    }

    #[test]
    fn a_store_without_quotations_needs_no_keys() {
        let store = Store::new().unwrap();
        assert!(has_text_keys(&store).unwrap());
        assert_eq!(add_missing_text_keys(&store).unwrap(), 0);
    }
}
