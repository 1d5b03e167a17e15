//! The name look-up keys (`ng:nameKey`) of a store written before entities carried them.
//!
//! Entry point: [`add_missing_name_keys`] (and `newsgraph ingest` on opening), which [`super::run`] calls before a query that looks
//! entities up by name key (its `#+ name-keys:` header) on a store that holds no key at all.
//!
//! # Rationale
//!
//! Re-ingesting leaves unchanged articles alone, so an older store would never gain the keys
//! and `quotes-by` / `about` would find nobody in it. The keys follow from the labels already
//! stored ([`crate::model::name_key`] of every `rdfs:label` and `skos:altLabel` of the entities
//! graph), so they are added once, in one transaction, the first time such a query runs.

use crate::model::name_key;
use crate::model::vocab::{ng, skos, ENTITIES_GRAPH};
use crate::store::GraphStore;
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{GraphNameRef, Literal, NamedNodeRef, QuadRef, Term};
use oxigraph::store::StorageError;

/// Whether the store holds name keys, or holds no entity at all (nothing to look up then).
pub fn has_name_keys(store: &GraphStore) -> Result<bool, StorageError> {
    let store = store.store();
    let graph = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(ENTITIES_GRAPH));
    let keyed = store
        .quads_for_pattern(None, Some(ng::NAME_KEY), None, Some(graph))
        .next()
        .transpose()?
        .is_some();
    let labelled = || {
        store
            .quads_for_pattern(None, Some(rdfs::LABEL), None, Some(graph))
            .next()
            .transpose()
            .map(|q| q.is_some())
    };
    Ok(keyed || !labelled()?)
}

/// Adds the name keys of every entity label and surface form when the store has entities but
/// no `ng:nameKey` yet; returns how many keys were added (0 when the store already had keys).
pub fn add_missing_name_keys(store: &GraphStore) -> Result<usize, StorageError> {
    let store = store.store();
    let graph = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(ENTITIES_GRAPH));
    if store
        .quads_for_pattern(None, Some(ng::NAME_KEY), None, Some(graph))
        .next()
        .transpose()?
        .is_some()
    {
        return Ok(0);
    }
    let mut keys = Vec::new();
    for predicate in [rdfs::LABEL, skos::ALT_LABEL] {
        for quad in store.quads_for_pattern(None, Some(predicate), None, Some(graph)) {
            let quad = quad?;
            // Role nodes have labels too; only entities are looked up by name.
            let is_entity =
                store.contains(QuadRef::new(&quad.subject, rdf::TYPE, ng::ENTITY, graph))?;
            if let (true, Term::Literal(name)) = (is_entity, &quad.object) {
                let key = name_key(name.value());
                if !key.is_empty() {
                    keys.push((quad.subject, Literal::new_simple_literal(key)));
                }
            }
        }
    }
    let mut transaction = store.start_transaction()?;
    for (entity, key) in &keys {
        transaction.insert(QuadRef::new(entity, ng::NAME_KEY, key, graph));
    }
    transaction.commit()?;
    Ok(keys.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{NamedNode, Quad};

    #[test]
    fn an_older_store_gets_the_keys_of_its_entities_once() {
        let store = GraphStore::in_memory().unwrap();
        let graph = NamedNode::new_unchecked(ENTITIES_GRAPH);
        let person = NamedNode::new_unchecked("https://w3id.org/newsgraph/id/person/ana-lopez");
        let role = NamedNode::new_unchecked(format!("{}/role/mayor", person.as_str()));
        let quads = [
            (&person, rdf::TYPE, Term::from(ng::ENTITY.into_owned())),
            (
                &person,
                rdfs::LABEL,
                Literal::new_simple_literal("Ana López").into(),
            ),
            (
                &person,
                skos::ALT_LABEL,
                Literal::new_simple_literal("LOPEZ").into(),
            ),
            (
                &role,
                rdfs::LABEL,
                Literal::new_simple_literal("Mayor").into(),
            ),
        ];
        for (s, p, o) in quads {
            store
                .store()
                .insert(&Quad::new(s.clone(), p, o, graph.clone()))
                .unwrap();
        }
        assert_eq!(add_missing_name_keys(&store).unwrap(), 2);
        let keys = |subject: &NamedNode| -> Vec<String> {
            let mut keys: Vec<String> = store
                .store()
                .quads_for_pattern(Some(subject.into()), Some(ng::NAME_KEY), None, None)
                .map(|q| q.unwrap().object.to_string())
                .collect();
            keys.sort();
            keys
        };
        assert_eq!(keys(&person), ["\"ana lopez\"", "\"lopez\""]);
        assert!(keys(&role).is_empty(), "a role is not looked up by name");
        assert_eq!(add_missing_name_keys(&store).unwrap(), 0, "only once");
    }
}
