//! Which part of the store an export writes: `--graph ARTICLE`, `--about ENTITY`,
//! `--since DATE`, `--until DATE`.
//!
//! Entry points: [`Filter`] (what the user asked for) and [`for_each_quad`] (the quads it
//! selects, for the RDF syntaxes). The graph projection ([`super::graph`]) resolves the same
//! filter with [`Filter::resolve`] and applies it to its nodes and edges.
//!
//! # Rationale
//!
//! - The filtered output is still a valid newsgraph graph, not a bag of triples: article graphs
//!   keep their names (TriG, N-Quads and JSON-LD still show provenance), and the descriptions of
//!   the entities and event types the kept quads refer to come along from the shared graph, so
//!   labels and types are never missing.
//! - `--since/--until` select **articles** by their publication date: an article graph is
//!   provenance and is kept or left whole. Articles without a date are left out when a date bound
//!   is given, because nothing says they are in the range.
//! - `--about` keeps, per article, the statements and events the entity takes part in (speaker,
//!   addressee, about, agent, target, place, source), their evidence selectors, its mention
//!   count, the plain edges that touch it and the article's own description; it matches the
//!   entity's label or any alternative label ignoring case, so "Putin" finds Vladimir Putin.
//! - Memory: one article graph at a time plus the sets of entity IRIs and of the shared IRIs the
//!   selection refers to, never the whole store.

use super::ExportError;
use crate::model;
use crate::model::vocab::{self, ng, oa, schema, skos};
use crate::store::{GraphStore, StoreError};
use chrono::NaiveDate;
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term,
};
use std::collections::HashSet;

/// What part of the store to export. The default selects everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// One article: its id, IRI, key (URL or `file://` path) or the end of its key (a file name).
    pub graph: Option<String>,
    /// One entity, by label or alternative label (ignoring case), key (`person/vladimir-putin`)
    /// or IRI.
    pub about: Option<String>,
    /// Only what happened on or after this day.
    pub since: Option<NaiveDate>,
    /// Only what happened on or before this day.
    pub until: Option<NaiveDate>,
}

impl Filter {
    /// True when the filter selects the whole store.
    pub fn is_empty(&self) -> bool {
        self.graph.is_none() && self.about.is_none() && self.since.is_none() && self.until.is_none()
    }

    /// Looks the article and entity up in the store; fails when either is not there.
    pub fn resolve(&self, store: &GraphStore) -> Result<Selection, ExportError> {
        let graphs = match &self.graph {
            Some(arg) => {
                let found = find_articles(store, arg)?;
                if found.is_empty() {
                    return Err(ExportError::NoSuchArticle(arg.clone()));
                }
                Some(found)
            }
            None => None,
        };
        let about = match &self.about {
            Some(arg) => {
                let found = find_entities(store, arg)?;
                if found.is_empty() {
                    return Err(ExportError::NoSuchEntity(arg.clone()));
                }
                Some(found)
            }
            None => None,
        };
        Ok(Selection {
            graphs,
            about,
            since: self.since,
            until: self.until,
        })
    }
}

/// A [`Filter`] resolved against one store.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// The article graphs `--graph` names, if given.
    pub graphs: Option<HashSet<NamedNode>>,
    /// The IRIs of the entities `--about` names, if given.
    pub about: Option<HashSet<String>>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Selection {
    /// Whether `--graph` (if any) names this article graph.
    pub fn keeps_graph(&self, graph: &NamedNode) -> bool {
        self.graphs.as_ref().is_none_or(|g| g.contains(graph))
    }

    /// Whether a date bound is set.
    pub fn has_dates(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Whether a date lies within `--since/--until`; no date is in range only without bounds.
    pub fn in_range(&self, date: Option<NaiveDate>) -> bool {
        match date {
            None => !self.has_dates(),
            Some(d) => self.since.is_none_or(|s| d >= s) && self.until.is_none_or(|u| d <= u),
        }
    }

    /// Whether an entity IRI is one `--about` names (always true without `--about`).
    pub fn is_about(&self, iri: &str) -> bool {
        self.about.as_ref().is_none_or(|a| a.contains(iri))
    }
}

/// The named graphs of articles (every named graph but the shared entities graph).
pub(crate) fn article_graphs(store: &GraphStore) -> Result<Vec<NamedNode>, StoreError> {
    let mut graphs = Vec::new();
    for g in store.graphs() {
        if let NamedOrBlankNode::NamedNode(n) = g? {
            if n.as_str() != vocab::ENTITIES_GRAPH {
                graphs.push(n);
            }
        }
    }
    Ok(graphs)
}

/// The quads of one named graph.
pub(crate) fn graph_quads(store: &GraphStore, graph: &NamedNode) -> Result<Vec<Quad>, StoreError> {
    store
        .store()
        .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
        .map(|q| q.map_err(StoreError::from))
        .collect()
}

/// The object of `<subject> <predicate> ?o` in `graph`, if any.
pub(crate) fn object_of(
    store: &GraphStore,
    subject: NamedNodeRef<'_>,
    predicate: NamedNodeRef<'_>,
    graph: NamedNodeRef<'_>,
) -> Result<Option<Term>, StoreError> {
    Ok(store
        .store()
        .quads_for_pattern(
            Some(subject.into()),
            Some(predicate),
            None,
            Some(graph.into()),
        )
        .next()
        .transpose()?
        .map(|q| q.object))
}

/// The value of an `xsd:date` literal (or a plain one written like it).
pub(crate) fn date_of(term: &Term) -> Option<NaiveDate> {
    match term {
        Term::Literal(l) => NaiveDate::parse_from_str(l.value(), "%Y-%m-%d").ok(),
        _ => None,
    }
}

/// The publication date of an article.
pub(crate) fn article_date(
    store: &GraphStore,
    article: &NamedNode,
) -> Result<Option<NaiveDate>, StoreError> {
    Ok(object_of(
        store,
        article.as_ref(),
        schema::DATE_PUBLISHED,
        article.as_ref(),
    )?
    .as_ref()
    .and_then(date_of))
}

/// The IRIs of every entity described in the shared graph.
pub(crate) fn entity_iris(store: &GraphStore) -> Result<HashSet<String>, StoreError> {
    let entities = NamedNode::new_unchecked(vocab::ENTITIES_GRAPH);
    let mut set = HashSet::new();
    for q in store.store().quads_for_pattern(
        None,
        Some(rdf::TYPE),
        Some(ng::ENTITY.into()),
        Some(entities.as_ref().into()),
    ) {
        if let NamedOrBlankNode::NamedNode(s) = q?.subject {
            set.insert(s.into_string());
        }
    }
    Ok(set)
}

/// The article graphs an `--graph` argument names: id, IRI, key, or the end of the key after a
/// `/` (a file name or a relative path).
fn find_articles(store: &GraphStore, arg: &str) -> Result<HashSet<NamedNode>, StoreError> {
    let arg = arg.trim();
    let canonical = std::fs::canonicalize(arg)
        .ok()
        .map(|p| format!("file://{}", p.display()));
    let tail = format!("/{}", arg.trim_start_matches("./"));
    let mut found = HashSet::new();
    for graph in article_graphs(store)? {
        let id = graph
            .as_str()
            .strip_prefix(vocab::ID)
            .and_then(|r| r.strip_prefix("article/"))
            .unwrap_or_default();
        let key = match object_of(store, graph.as_ref(), ng::KEY, graph.as_ref())? {
            Some(Term::Literal(l)) => l.value().to_string(),
            _ => String::new(),
        };
        let matches = graph.as_str() == arg
            || id == arg
            || (!key.is_empty()
                && (key == arg || Some(&key) == canonical.as_ref() || key.ends_with(&tail)));
        if matches {
            found.insert(graph);
        }
    }
    Ok(found)
}

/// The entities an `--about` argument names: label or alternative label (ignoring case), key or
/// IRI.
pub(crate) fn find_entities(store: &GraphStore, arg: &str) -> Result<HashSet<String>, StoreError> {
    let arg = arg.trim();
    let wanted = arg.to_lowercase();
    let entities = NamedNode::new_unchecked(vocab::ENTITIES_GRAPH);
    let known = entity_iris(store)?;
    let mut found = HashSet::new();
    let by_iri = [arg.to_string(), format!("{}{}", vocab::ID, arg)];
    for iri in by_iri {
        if known.contains(&iri) {
            found.insert(iri);
        }
    }
    for predicate in [rdfs::LABEL, skos::ALT_LABEL] {
        for q in store.store().quads_for_pattern(
            None,
            Some(predicate),
            None,
            Some(entities.as_ref().into()),
        ) {
            let q = q?;
            if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&q.subject, &q.object) {
                if l.value().to_lowercase() == wanted && known.contains(s.as_str()) {
                    found.insert(s.as_str().to_string());
                }
            }
        }
    }
    Ok(found)
}

/// Calls `sink` on every quad the filter selects: with an empty filter the whole store (default
/// graph, entities graph, then every article graph), otherwise the selected article graphs, then
/// the descriptions (shared graph) of the entities and event types they refer to.
pub fn for_each_quad(
    store: &GraphStore,
    filter: &Filter,
    mut sink: impl FnMut(QuadRef<'_>) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let entities_graph = NamedNode::new_unchecked(vocab::ENTITIES_GRAPH);
    if filter.is_empty() {
        let mut graphs: Vec<GraphName> =
            vec![GraphName::DefaultGraph, entities_graph.clone().into()];
        for g in store.graphs() {
            match g? {
                NamedOrBlankNode::NamedNode(n) if n == entities_graph => {}
                NamedOrBlankNode::NamedNode(n) => graphs.push(n.into()),
                NamedOrBlankNode::BlankNode(b) => graphs.push(b.into()),
            }
        }
        for g in &graphs {
            for q in store
                .store()
                .quads_for_pattern(None, None, None, Some(g.as_ref()))
            {
                sink(q.map_err(StoreError::from)?.as_ref())?;
            }
        }
        return Ok(());
    }

    let selection = filter.resolve(store)?;
    let entities = entity_iris(store)?;
    let mut referenced: HashSet<String> = HashSet::new();
    for graph in article_graphs(store)? {
        if !selection.keeps_graph(&graph) {
            continue;
        }
        if selection.has_dates() && !selection.in_range(article_date(store, &graph)?) {
            continue;
        }
        let quads = graph_quads(store, &graph)?;
        let kept = match &selection.about {
            Some(about) => about_subset(quads, &graph, about, &entities),
            None => quads,
        };
        // Remember what the shared graph may describe: IRIs not local to this article.
        let article_id = graph.as_str().rsplit('/').next().unwrap_or_default();
        let mut note = |iri: &str| {
            if !model::is_article_local(iri, article_id) && !referenced.contains(iri) {
                referenced.insert(iri.to_string());
            }
        };
        for q in &kept {
            if let NamedOrBlankNode::NamedNode(s) = &q.subject {
                note(s.as_str());
            }
            if let Term::NamedNode(o) = &q.object {
                note(o.as_str());
            }
            sink(q.as_ref())?;
        }
    }
    for q in store.store().quads_for_pattern(
        None,
        None,
        None,
        Some(GraphNameRef::NamedNode(entities_graph.as_ref())),
    ) {
        let q = q.map_err(StoreError::from)?;
        let NamedOrBlankNode::NamedNode(s) = &q.subject else {
            continue;
        };
        // Role nodes are named after their entity: `{entity}/role/{slug}`.
        let owner = s.as_str().split("/role/").next().unwrap_or_default();
        if referenced.contains(s.as_str()) || referenced.contains(owner) {
            sink(q.as_ref())?;
        }
    }
    Ok(())
}

/// The quads of one article graph that concern the entities `about`; nothing when the article
/// does not involve them. See the module docs for what is kept.
fn about_subset(
    quads: Vec<Quad>,
    article: &NamedNode,
    about: &HashSet<String>,
    entities: &HashSet<String>,
) -> Vec<Quad> {
    let links_to_about =
        |q: &Quad| matches!(&q.object, Term::NamedNode(o) if about.contains(o.as_str()));
    let roles = [
        ng::SPEAKER,
        ng::ADDRESSEE,
        ng::ABOUT,
        ng::AGENT,
        ng::TARGET,
        ng::PLACE,
        ng::SOURCE,
        ng::ENTITY_PROP,
    ];
    let mut nodes: HashSet<NamedOrBlankNode> = quads
        .iter()
        .filter(|q| roles.contains(&q.predicate.as_ref()) && links_to_about(q))
        .map(|q| q.subject.clone())
        .collect();
    if nodes.is_empty() {
        return Vec::new();
    }
    let selectors: Vec<NamedOrBlankNode> = quads
        .iter()
        .filter(|q| q.predicate.as_ref() == oa::HAS_SELECTOR && nodes.contains(&q.subject))
        .filter_map(|q| match &q.object {
            Term::NamedNode(n) => Some(n.clone().into()),
            Term::BlankNode(b) => Some(b.clone().into()),
            _ => None,
        })
        .collect();
    nodes.extend(selectors);
    quads
        .into_iter()
        .filter(|q| {
            let subject = match &q.subject {
                NamedOrBlankNode::NamedNode(n) => n.as_str(),
                NamedOrBlankNode::BlankNode(_) => "",
            };
            nodes.contains(&q.subject)
                || (subject == article.as_str()
                    && (q.predicate.as_ref() != ng::MENTIONS || links_to_about(q)))
                || (entities.contains(subject) && (about.contains(subject) || links_to_about(q)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds_are_inclusive_and_undated_items_need_no_bounds() {
        let day = |d| NaiveDate::from_ymd_opt(2023, 3, d);
        let open = Selection::default();
        assert!(open.in_range(None));
        assert!(open.in_range(day(1)));
        let bounded = Selection {
            since: day(20),
            until: day(21),
            ..Selection::default()
        };
        assert!(bounded.in_range(day(20)));
        assert!(bounded.in_range(day(21)));
        assert!(!bounded.in_range(day(19)));
        assert!(!bounded.in_range(day(22)));
        assert!(!bounded.in_range(None));
    }

    #[test]
    fn the_default_filter_is_empty() {
        assert!(Filter::default().is_empty());
        let f = Filter {
            about: Some("Putin".into()),
            ..Filter::default()
        };
        assert!(!f.is_empty());
    }
}
