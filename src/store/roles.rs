//! The role list of an entity (`ng:roleList`): its roles in one sorted string, kept up to date
//! at ingest so that queries read one value instead of recomputing it for every row.
//!
//! Entry points: [`role_list`] (the rule), [`RoleHolders`] (which entities an ingest touched and
//! their roles not yet in the store), [`write_role_lists`] (replaces their lists in one
//! transaction) and [`add_missing_role_lists`] (a store written before the lists existed).
//!
//! # Rationale
//!
//! `who-said-what` and `about` print each speaker's roles, sorted and joined with "; ", leaving
//! out a bare title ("President") when the same title is held with its country or organisation
//! ("President of Russia"). Computed in SPARQL, that is a group-by over every role of the store
//! (who-said-what) or a look-up of every role and every fuller role per row (about: two thirds of
//! its time on BBC+Reuters). Roles only change when an article adds one, so the list is computed
//! when it does: for the entities of that article, from their roles in the store and in the batch
//! being written. The rule here is the one the queries had, so their results are unchanged.

use crate::model::vocab::{ng, ENTITIES_GRAPH};
use oxigraph::model::vocab::rdfs;
use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term,
};
use oxigraph::store::{StorageError, Store, Transaction};
use std::collections::{BTreeSet, HashMap, HashSet};

/// What one role node says of itself: its labels, titles and whether it names an `ng:of`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleFacts {
    pub labels: BTreeSet<String>,
    pub titles: BTreeSet<String>,
    pub has_of: bool,
}

/// The role list of a holder of `roles`: the distinct labels of the roles that have a title,
/// sorted (by code point, as SPARQL orders strings) and joined with "; ", a label left out when
/// its role has no `ng:of` and another role of the holder has the same title with one. `None`
/// when no role is left.
pub fn role_list<'a>(roles: impl IntoIterator<Item = &'a RoleFacts> + Clone) -> Option<String> {
    let fuller_titles: HashSet<&str> = roles
        .clone()
        .into_iter()
        .filter(|r| r.has_of)
        .flat_map(|r| r.titles.iter().map(String::as_str))
        .collect();
    let labels: BTreeSet<&str> = roles
        .into_iter()
        .flat_map(|r| {
            let kept = r
                .titles
                .iter()
                .any(|t| r.has_of || !fuller_titles.contains(t.as_str()));
            r.labels.iter().map(String::as_str).filter(move |_| kept)
        })
        .collect();
    (!labels.is_empty()).then(|| labels.into_iter().collect::<Vec<_>>().join("; "))
}

/// The entities whose roles an ingest added to, and the role facts of articles not yet in the
/// store (a batch being bulk-loaded).
#[derive(Debug, Default)]
pub struct RoleHolders {
    /// Holder → the roles the pending articles give it.
    roles: HashMap<NamedNode, HashSet<NamedNode>>,
    /// Role → what the pending articles say of it.
    facts: HashMap<NamedNode, RoleFacts>,
}

impl RoleHolders {
    /// Notes an entity-graph quad that is written (or about to be): a role, or a fact of one.
    pub fn note(&mut self, quad: &Quad) {
        let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
            return;
        };
        let predicate = quad.predicate.as_ref();
        if predicate == ng::ROLE_PROP {
            if let Term::NamedNode(role) = &quad.object {
                self.facts.entry(role.clone()).or_default();
                self.roles
                    .entry(subject.clone())
                    .or_default()
                    .insert(role.clone());
            }
            return;
        }
        let Term::Literal(value) = &quad.object else {
            return;
        };
        // Only facts of roles matter; a role's facts follow its `ng:role` quad in an article.
        if predicate == rdfs::LABEL || predicate == ng::TITLE || predicate == ng::OF {
            let Some(facts) = self.facts.get_mut(subject) else {
                return;
            };
            if predicate == rdfs::LABEL {
                facts.labels.insert(value.value().to_owned());
            } else if predicate == ng::TITLE {
                facts.titles.insert(value.value().to_owned());
            } else {
                facts.has_of = true;
            }
        }
    }

    /// Whether no holder was noted.
    pub fn is_empty(&self) -> bool {
        self.roles.is_empty()
    }

    /// Forgets everything (the batch was written).
    pub fn clear(&mut self) {
        self.roles.clear();
        self.facts.clear();
    }
}

/// Recomputes the role list of every noted holder from its roles in the store and in `pending`
/// and replaces the stored list, in one transaction.
pub fn write_role_lists(store: &Store, pending: &RoleHolders) -> Result<(), StorageError> {
    if pending.is_empty() {
        return Ok(());
    }
    let mut lists = Vec::with_capacity(pending.roles.len());
    for (holder, batch_roles) in &pending.roles {
        let mut roles: HashMap<NamedNode, RoleFacts> = HashMap::new();
        for role in stored_roles(store, holder.as_ref())? {
            let facts = stored_facts(store, role.as_ref())?;
            roles.insert(role, facts);
        }
        for role in batch_roles {
            let facts = roles.entry(role.clone()).or_default();
            if let Some(batch) = pending.facts.get(role) {
                facts.labels.extend(batch.labels.iter().cloned());
                facts.titles.extend(batch.titles.iter().cloned());
                facts.has_of |= batch.has_of;
            }
        }
        lists.push((holder, role_list(roles.values())));
    }
    let mut tx = store.start_transaction()?;
    for (holder, list) in lists {
        replace_role_list(&mut tx, holder.as_ref(), list)?;
    }
    tx.commit()
}

/// Recomputes the role lists of `holders` inside a transaction that has written their roles.
pub fn update_role_lists_in(
    tx: &mut Transaction<'_>,
    holders: &HashSet<NamedNode>,
) -> Result<(), StorageError> {
    for holder in holders {
        let mut roles = Vec::new();
        let role_nodes: Vec<NamedNode> = tx
            .quads_for_pattern(
                Some(holder.as_ref().into()),
                Some(ng::ROLE_PROP),
                None,
                Some(entities_graph()),
            )
            .filter_map(|q| match q.map(|q| q.object) {
                Ok(Term::NamedNode(role)) => Some(Ok(role)),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            })
            .collect::<Result<_, _>>()?;
        for role in role_nodes {
            let mut facts = RoleFacts::default();
            for quad in tx.quads_for_pattern(
                Some(role.as_ref().into()),
                None,
                None,
                Some(entities_graph()),
            ) {
                add_fact(&mut facts, &quad?);
            }
            roles.push(facts);
        }
        replace_role_list(tx, holder.as_ref(), role_list(&roles))?;
    }
    Ok(())
}

/// Adds the role lists of a store written before they existed: when some entity has a role and
/// none has a list. Returns how many lists were written.
pub fn add_missing_role_lists(store: &Store) -> Result<usize, StorageError> {
    let any = |predicate: NamedNodeRef<'_>| -> Result<bool, StorageError> {
        Ok(store
            .quads_for_pattern(None, Some(predicate), None, Some(entities_graph()))
            .next()
            .transpose()?
            .is_some())
    };
    if any(ng::ROLE_LIST)? || !any(ng::ROLE_PROP)? {
        return Ok(0);
    }
    let mut holders = RoleHolders::default();
    for quad in store.quads_for_pattern(None, Some(ng::ROLE_PROP), None, Some(entities_graph())) {
        let quad = quad?;
        if let (NamedOrBlankNode::NamedNode(holder), Term::NamedNode(_)) =
            (&quad.subject, &quad.object)
        {
            holders.roles.entry(holder.clone()).or_default();
        }
    }
    let n = holders.roles.len();
    write_role_lists(store, &holders)?;
    Ok(n)
}

/// Whether a read-only store can answer a query that reads role lists: it has them, or no
/// entity has a role.
pub fn has_role_lists(store: &Store) -> Result<bool, StorageError> {
    let any = |predicate: NamedNodeRef<'_>| -> Result<bool, StorageError> {
        Ok(store
            .quads_for_pattern(None, Some(predicate), None, Some(entities_graph()))
            .next()
            .transpose()?
            .is_some())
    };
    Ok(any(ng::ROLE_LIST)? || !any(ng::ROLE_PROP)?)
}

fn entities_graph() -> GraphNameRef<'static> {
    GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(ENTITIES_GRAPH))
}

fn stored_roles(store: &Store, holder: NamedNodeRef<'_>) -> Result<Vec<NamedNode>, StorageError> {
    let mut roles = Vec::new();
    for quad in store.quads_for_pattern(
        Some(holder.into()),
        Some(ng::ROLE_PROP),
        None,
        Some(entities_graph()),
    ) {
        if let Term::NamedNode(role) = quad?.object {
            roles.push(role);
        }
    }
    Ok(roles)
}

fn stored_facts(store: &Store, role: NamedNodeRef<'_>) -> Result<RoleFacts, StorageError> {
    let mut facts = RoleFacts::default();
    for quad in store.quads_for_pattern(Some(role.into()), None, None, Some(entities_graph())) {
        add_fact(&mut facts, &quad?);
    }
    Ok(facts)
}

fn add_fact(facts: &mut RoleFacts, quad: &Quad) {
    let Term::Literal(value) = &quad.object else {
        return;
    };
    let predicate = quad.predicate.as_ref();
    if predicate == rdfs::LABEL {
        facts.labels.insert(value.value().to_owned());
    } else if predicate == ng::TITLE {
        facts.titles.insert(value.value().to_owned());
    } else if predicate == ng::OF {
        facts.has_of = true;
    }
}

/// Removes the holder's stored role lists and writes `list` (when there is one).
fn replace_role_list(
    tx: &mut Transaction<'_>,
    holder: NamedNodeRef<'_>,
    list: Option<String>,
) -> Result<(), StorageError> {
    let old: Vec<Quad> = tx
        .quads_for_pattern(
            Some(holder.into()),
            Some(ng::ROLE_LIST),
            None,
            Some(entities_graph()),
        )
        .collect::<Result<_, _>>()?;
    for quad in &old {
        tx.remove(quad);
    }
    if let Some(list) = list {
        let list = Literal::new_simple_literal(list);
        tx.insert(QuadRef::new(holder, ng::ROLE_LIST, &list, entities_graph()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(label: &str, title: &str, of: bool) -> RoleFacts {
        RoleFacts {
            labels: [label.to_string()].into(),
            titles: [title.to_string()].into(),
            has_of: of,
        }
    }

    #[test]
    fn role_lists_follow_the_rule_of_the_queries() {
        let cases: &[(&[RoleFacts], Option<&str>)] = &[
            (&[], None),
            (&[role("Mayor", "Mayor", false)], Some("Mayor")),
            (
                // A bare title left out for the same title with its country.
                &[
                    role("President", "President", false),
                    role("President of Russia", "President", true),
                ],
                Some("President of Russia"),
            ),
            (
                // Sorted by code point, other titles kept.
                &[
                    role("minister", "minister", false),
                    role("President of Russia", "President", true),
                    role("Chairman", "Chairman", false),
                ],
                Some("Chairman; President of Russia; minister"),
            ),
            (
                // A role without a title is not listed.
                &[RoleFacts {
                    labels: ["Spokesman".to_string()].into(),
                    ..Default::default()
                }],
                None,
            ),
        ];
        for (roles, expected) in cases {
            assert_eq!(role_list(roles.iter()).as_deref(), *expected, "{roles:?}");
        }
    }
}
