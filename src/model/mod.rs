//! The one place annotations become RDF quads.
//!
//! Entry point: [`article_graph`] turns an [`Article`] and its extracted [`Document`] into an
//! [`ArticleGraph`]: the quads of the article's own named graph (the article, its statements, its
//! events, the plain entity-to-entity edges and its mention counts) and the quads describing the
//! entities it mentions and the event-type concepts its events use (SKOS concepts of
//! `ng:eventTypes` with their PLOVER category and CAMEO code, from `data/event_types.tsv`), which
//! go to the one shared entities graph ([`vocab::ENTITIES_GRAPH`]).
//!
//! The shape of the graph is the contract of DESIGN.md ("RDF model"); every `ng:` term is declared
//! in `ontology/newsgraph.ttl`.
//!
//! # Rationale
//!
//! - Every IRI is deterministic (article id, entity key, article + character span), never a counter
//!   or a blank node, so re-ingesting adds nothing and shards merge without coordination.
//! - Entity descriptions live once in a shared graph: SPARQL over the union graph is a bag, and a
//!   label repeated in every article graph would multiply every row that joins on it.
//! - Evidence offsets are in Unicode scalar values (characters), as Web Annotation's
//!   `oa:TextPositionSelector` requires, computed from extraction's byte spans.
//! - Typed literals are written in canonical form (`"0.8"^^xsd:decimal`, not `"0.80"`) because the
//!   store canonicalises them and round-trip comparisons would otherwise fail.

mod key;
mod text_key;
pub mod vocab;

pub use key::{entity_key, name_key, name_words, slug};
pub use text_key::{quote_text_key, quote_text_windows, WINDOW_CHARS, WINDOW_STEP};

use crate::extract::{
    DatePrecision, DateSource, Dated, Document, EntityId, EntityKind, Relation, Span, Statement,
    StatementForm,
};
use crate::ingest::Article;
use crate::lexicon::Lexicon;
use indexmap::IndexMap;
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use std::collections::{HashMap, HashSet};
use vocab::{ng, oa, prov, schema, skos};

/// The quads one article contributes to the store.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleGraph {
    /// The article's named graph; also the article's IRI.
    pub graph: NamedNode,
    /// Identity of the article across versions (see [`Article::key`]).
    pub key: String,
    /// Full SHA-256 of the text, hex.
    pub content_hash: String,
    /// Quads in [`Self::graph`].
    pub article_quads: Vec<Quad>,
    /// Quads in the shared entities graph.
    pub entity_quads: Vec<Quad>,
}

impl ArticleGraph {
    /// All quads, article graph first.
    pub fn quads(&self) -> impl Iterator<Item = &Quad> {
        self.article_quads.iter().chain(&self.entity_quads)
    }

    /// Number of quads (article and entity).
    pub fn len(&self) -> usize {
        self.article_quads.len() + self.entity_quads.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of statements (quotes and reported speech) in the article graph.
    pub fn statement_count(&self) -> usize {
        self.count_typed(ng::STATEMENT)
    }

    /// Number of events (relations) in the article graph.
    pub fn relation_count(&self) -> usize {
        self.count_typed(ng::EVENT)
    }

    /// The IRIs of the entities described in the entities graph.
    pub fn entities(&self) -> impl Iterator<Item = &NamedNode> {
        self.entity_quads
            .iter()
            .filter_map(|q| match (&q.subject, &q.object) {
                (oxigraph::model::NamedOrBlankNode::NamedNode(s), Term::NamedNode(o))
                    if q.predicate == rdf::TYPE && *o == ng::ENTITY =>
                {
                    Some(s)
                }
                _ => None,
            })
    }

    fn count_typed(&self, class: NamedNodeRef<'_>) -> usize {
        self.article_quads
            .iter()
            .filter(|q| {
                q.predicate == rdf::TYPE
                    && matches!(&q.object, Term::NamedNode(n) if n.as_ref() == class)
            })
            .count()
    }
}

/// The IRI of the shared entities graph.
pub fn entities_graph() -> NamedNode {
    NamedNode::new_unchecked(vocab::ENTITIES_GRAPH)
}

/// The IRI (and named graph) of an article: `id/article/{id}`.
pub fn article_iri(article_id: &str) -> NamedNode {
    iri(format!(
        "{}article/{}",
        vocab::ID,
        encode_segment(article_id)
    ))
}

/// An article's sort key (`ng:articleOrder`): its id, the 16 lower-case hexadecimal digits of
/// its content hash, read as a number and written as an `xsd:decimal` (Oxigraph's inline number
/// type wide enough for 64 bits). The numbers order as the ids do, and so as the article IRIs
/// do: a query sorts statements by article on a number held inside its rows instead of on the
/// IRI, which it would read from the store at every comparison. `None` for an id of another form.
pub fn article_order(article_id: &str) -> Option<Literal> {
    let hex = article_id.len() == 16
        && article_id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let number = u64::from_str_radix(article_id, 16).ok().filter(|_| hex)?;
    Some(Literal::new_typed_literal(number.to_string(), xsd::DECIMAL))
}

/// The IRI of an entity: `id/{kind}/{slug}`, e.g. `id/person/vladimir-putin`.
pub fn entity_iri(name: &str, kind: EntityKind) -> NamedNode {
    iri(format!("{}{}", vocab::ID, entity_key(name, kind)))
}

/// The class of an entity kind (`schema:Person`, …).
pub fn entity_class(kind: EntityKind) -> NamedNodeRef<'static> {
    match kind {
        EntityKind::Person => schema::PERSON,
        EntityKind::Organization => schema::ORGANIZATION,
        EntityKind::Country => schema::COUNTRY,
        EntityKind::Place => schema::PLACE,
        EntityKind::Event => schema::EVENT,
        EntityKind::Thing => schema::THING,
    }
}

/// The plain edge property of a relation predicate: `ng:met`.
pub fn predicate_iri(predicate: &str) -> NamedNode {
    iri(format!("{}{}", vocab::NG, encode_segment(predicate)))
}

/// The SKOS concept of a relation predicate's event type: `ngev:met`.
pub fn event_type_iri(predicate: &str) -> NamedNode {
    iri(format!("{}{}", vocab::NG_EVENT, encode_segment(predicate)))
}

/// True when `subject` is a node only the article with id `article_id` can describe (the article
/// itself, its statements, events, selectors and mention counts). Triples about other subjects
/// (entity edges) may be repeated in several article graphs.
pub fn is_article_local(subject: &str, article_id: &str) -> bool {
    let Some(rest) = subject.strip_prefix(vocab::ID) else {
        return false;
    };
    let id = encode_segment(article_id);
    ["article/", "statement/", "event/", "mentions/"]
        .iter()
        .any(|kind| {
            rest.strip_prefix(kind)
                .and_then(|r| r.strip_prefix(id.as_str()))
                .is_some_and(|r| r.is_empty() || r.starts_with('/'))
        })
}

/// Builds the quads of one article. Deterministic: the same article and document always give the
/// same quads in the same order.
pub fn article_graph(article: &Article, doc: &Document) -> ArticleGraph {
    let mut b = Builder::new(article, doc);
    b.article();
    b.entities();
    for statement in &doc.annotations.statements {
        b.statement(statement);
    }
    let mut seen_events = HashMap::new();
    for relation in &doc.annotations.relations {
        b.relation(relation, &mut seen_events);
    }
    ArticleGraph {
        graph: b.graph.clone(),
        key: article.key.clone(),
        content_hash: article.content_hash.clone(),
        article_quads: b.article_quads,
        entity_quads: b.entity_quads,
    }
}

struct Builder<'a> {
    article: &'a Article,
    doc: &'a Document,
    graph: NamedNode,
    entities_graph: GraphName,
    /// IRI of each entity of the document, by [`EntityId`].
    entity_iris: Vec<NamedNode>,
    offsets: CharOffsets,
    /// Predicates whose event-type concept is already described.
    event_types: HashSet<String>,
    article_quads: Vec<Quad>,
    entity_quads: Vec<Quad>,
}

impl<'a> Builder<'a> {
    fn new(article: &'a Article, doc: &'a Document) -> Self {
        Self {
            article,
            doc,
            graph: article_iri(&article.id),
            entities_graph: entities_graph().into(),
            entity_iris: doc
                .annotations
                .entities
                .iter()
                .map(|e| entity_iri(e.key_name(), e.kind))
                .collect(),
            offsets: CharOffsets::new(&doc.text),
            event_types: HashSet::new(),
            article_quads: Vec::new(),
            entity_quads: Vec::new(),
        }
    }

    fn add(&mut self, s: impl Into<NamedNode>, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.article_quads.push(Quad::new(
            s.into(),
            p.into_owned(),
            o.into(),
            self.graph.clone(),
        ));
    }

    fn add_entity(&mut self, s: impl Into<NamedNode>, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.entity_quads.push(Quad::new(
            s.into(),
            p.into_owned(),
            o.into(),
            self.entities_graph.clone(),
        ));
    }

    fn text(&self, span: &Span) -> Option<&'a str> {
        self.doc.text.get(span.clone())
    }

    fn entity(&self, id: EntityId) -> Option<NamedNode> {
        self.entity_iris.get(id).cloned()
    }

    fn article(&mut self) {
        let a = self.graph.clone();
        let article = self.article;
        self.add(a.clone(), rdf::TYPE, schema::NEWS_ARTICLE.into_owned());
        let headline = article
            .title
            .as_deref()
            .or_else(|| self.doc.headline.as_ref().and_then(|s| self.text(s)))
            .map(str::trim)
            .filter(|h| !h.is_empty());
        if let Some(h) = headline {
            self.add(a.clone(), schema::HEADLINE, Literal::new_simple_literal(h));
        }
        if let Some(date) = self.published() {
            self.add(a.clone(), schema::DATE_PUBLISHED, date_literal(date));
        }
        if let Some(source) = article.source.as_deref().filter(|s| !s.is_empty()) {
            self.add(
                a.clone(),
                schema::PUBLISHER,
                Literal::new_simple_literal(source),
            );
        }
        if let Some(url) = article.url.as_deref().filter(|s| !s.is_empty()) {
            match NamedNode::new(url) {
                Ok(u) => self.add(a.clone(), schema::URL, u),
                Err(_) => self.add(a.clone(), schema::URL, Literal::new_simple_literal(url)),
            }
        }
        self.add(
            a.clone(),
            ng::CONTENT_HASH,
            Literal::new_simple_literal(&article.content_hash),
        );
        self.add(
            a.clone(),
            ng::KEY,
            Literal::new_simple_literal(&article.key),
        );
        if let Some(order) = article_order(&article.id) {
            self.add(a.clone(), ng::ARTICLE_ORDER, order);
        }
        self.add(
            a,
            schema::ARTICLE_BODY,
            Literal::new_simple_literal(&self.doc.text),
        );
    }

    /// Entity descriptions (shared graph) and this article's mentions of them (article graph).
    fn entities(&mut self) {
        let doc = self.doc;
        // Several entities of one document can share a key ("Zelenskyy" and "Zelensky" when
        // coreference missed them): they are one node, and their mentions add up.
        let mut counts: IndexMap<NamedNode, u64> = IndexMap::new();
        let mut mention_counts = vec![0u64; doc.annotations.entities.len()];
        for m in &doc.annotations.mentions {
            if let Some(c) = mention_counts.get_mut(m.entity) {
                *c += 1;
            }
        }
        for (i, entity) in doc.annotations.entities.iter().enumerate() {
            let e = self.entity_iris[i].clone();
            let n = if entity.mentions > 0 {
                entity.mentions as u64
            } else {
                mention_counts[i].max(1)
            };
            *counts.entry(e.clone()).or_default() += n;

            self.add_entity(e.clone(), rdf::TYPE, entity_class(entity.kind).into_owned());
            self.add_entity(e.clone(), rdf::TYPE, ng::ENTITY.into_owned());
            self.add_entity(
                e.clone(),
                rdfs::LABEL,
                Literal::new_simple_literal(&entity.name),
            );
            let mut name_keys = vec![name_key(&entity.name)];
            for form in &entity.surface_forms {
                if !form.trim().is_empty() {
                    self.add_entity(
                        e.clone(),
                        skos::ALT_LABEL,
                        Literal::new_simple_literal(form.trim()),
                    );
                    name_keys.push(name_key(form));
                }
            }
            // The label and surface forms as look-up keys, so that `quotes-by` and `about` find
            // an entity by an exact index match instead of comparing every label.
            name_keys.sort_unstable();
            name_keys.dedup();
            for k in name_keys.into_iter().filter(|k| !k.is_empty()) {
                self.add_entity(e.clone(), ng::NAME_KEY, Literal::new_simple_literal(k));
            }
            for role in &entity.roles {
                let label = match &role.of {
                    Some(of) => format!("{} of {}", role.title, of),
                    None => role.title.clone(),
                };
                let r = iri(format!("{}/role/{}", e.as_str(), slug(&label)));
                self.add_entity(e.clone(), ng::ROLE_PROP, r.clone());
                self.add_entity(r.clone(), rdf::TYPE, ng::ROLE.into_owned());
                self.add_entity(r.clone(), rdfs::LABEL, Literal::new_simple_literal(label));
                self.add_entity(
                    r.clone(),
                    ng::TITLE,
                    Literal::new_simple_literal(&role.title),
                );
                if let Some(of) = &role.of {
                    self.add_entity(r, ng::OF, Literal::new_simple_literal(of));
                }
            }
        }
        let a = self.graph.clone();
        for (e, n) in counts {
            let key = e.as_str().strip_prefix(vocab::ID).unwrap_or(e.as_str());
            let m = iri(format!(
                "{}mentions/{}/{}",
                vocab::ID,
                encode_segment(&self.article.id),
                key
            ));
            self.add(a.clone(), ng::MENTIONS, e.clone());
            self.add(m.clone(), rdf::TYPE, ng::MENTION_COUNT.into_owned());
            self.add(m.clone(), ng::ARTICLE, a.clone());
            self.add(m.clone(), ng::ENTITY_PROP, e);
            self.add(m, ng::COUNT, Literal::from(n));
        }
    }

    fn statement(&mut self, st: &Statement) {
        let sliced = st
            .pieces
            .iter()
            .chain([&st.span])
            .all(|p| self.text(p).is_some());
        if !sliced {
            return;
        }
        let text = st.text(&self.doc.text);
        let (start, end) = self.offsets.span(&st.span);
        let s = iri(format!(
            "{}statement/{}/{}-{}",
            vocab::ID,
            encode_segment(&self.article.id),
            start,
            end
        ));
        let class = match st.form {
            StatementForm::Direct | StatementForm::Partial => ng::QUOTATION,
            StatementForm::Indirect => ng::REPORTED_SPEECH,
        };
        self.add(s.clone(), rdf::TYPE, class.into_owned());
        self.add(s.clone(), rdf::TYPE, ng::STATEMENT.into_owned());
        if let Some(speaker) = st.speaker.and_then(|id| self.entity(id)) {
            self.add(s.clone(), ng::SPEAKER, speaker);
        }
        if let Some(speaker_text) = st.speaker_span.as_ref().and_then(|sp| self.text(sp)) {
            self.add(
                s.clone(),
                ng::SPEAKER_TEXT,
                Literal::new_simple_literal(speaker_text),
            );
        }
        if class == ng::QUOTATION {
            // What the corroboration queries compare quotations by (see `text_key`).
            let key = quote_text_key(&text);
            for window in quote_text_windows(&key) {
                self.add(
                    s.clone(),
                    ng::TEXT_WINDOW,
                    Literal::new_simple_literal(window),
                );
            }
            self.add(s.clone(), ng::TEXT_KEY, Literal::new_simple_literal(key));
        }
        self.add(s.clone(), ng::TEXT, Literal::new_simple_literal(text));
        self.add(
            s.clone(),
            ng::FORM,
            Literal::new_simple_literal(st.form.as_str()),
        );
        self.add(
            s.clone(),
            ng::ATTRIBUTION_KIND,
            Literal::new_simple_literal(st.kind.as_str()),
        );
        let quoted: Vec<&str> = st.quoted.iter().filter_map(|q| self.text(q)).collect();
        for quoted in quoted {
            self.add(
                s.clone(),
                ng::QUOTED_TEXT,
                Literal::new_simple_literal(quoted),
            );
        }
        if let Some(cue) = st.cue.as_deref().filter(|c| !c.is_empty()) {
            self.add(s.clone(), ng::CUE, Literal::new_simple_literal(cue));
        }
        if let Some(addressee) = st.addressee.and_then(|id| self.entity(id)) {
            self.add(s.clone(), ng::ADDRESSEE, addressee);
        }
        let mut about: Vec<NamedNode> = st.about.iter().filter_map(|&id| self.entity(id)).collect();
        about.dedup();
        for e in about {
            self.add(s.clone(), ng::ABOUT, e);
        }
        if let Some(dated) = st.date {
            self.date(&s, dated);
        }
        self.add(s.clone(), prov::WAS_DERIVED_FROM, self.graph.clone());
        if let Some(c) = confidence_literal(st.confidence) {
            self.add(s.clone(), ng::CONFIDENCE, c);
        }
        let range = if st.pieces.len() > 1 {
            st.pieces
                .iter()
                .enumerate()
                .filter_map(|(k, piece)| self.piece_selector(&s, k, piece))
                .min()
        } else {
            self.selector(&s, &st.span)
        };
        self.reading_order(&s, st.date, range);
    }

    fn relation(&mut self, rel: &Relation, seen: &mut HashMap<String, usize>) {
        let (Some(agent), Some(target)) = (self.entity(rel.agent), self.entity(rel.target)) else {
            return;
        };
        let predicate = rel.predicate.trim();
        if predicate.is_empty() {
            return;
        }
        let (start, end) = self.offsets.span(&rel.trigger_span);
        let mut path = format!(
            "{}event/{}/{}-{}/{}",
            vocab::ID,
            encode_segment(&self.article.id),
            start,
            end,
            encode_segment(predicate)
        );
        // One trigger can carry several events ("Putin met Xi and Modi"): tell them apart by
        // target, deterministically, instead of merging them into one node with two targets.
        let n = seen.entry(path.clone()).or_default();
        *n += 1;
        if *n > 1 {
            let key = target
                .as_str()
                .strip_prefix(vocab::ID)
                .unwrap_or(target.as_str());
            path = format!("{path}/{}", key.replace('/', "-"));
        }
        let ev = iri(path);
        self.add(ev.clone(), rdf::TYPE, ng::EVENT.into_owned());
        self.add(ev.clone(), ng::AGENT, agent.clone());
        self.add(ev.clone(), ng::TARGET, target.clone());
        self.add(ev.clone(), ng::EVENT_TYPE_PROP, event_type_iri(predicate));
        self.event_type(predicate);
        self.add(
            ev.clone(),
            ng::PREDICATE,
            Literal::new_simple_literal(predicate),
        );
        if let Some(trigger) = self.text(&rel.trigger_span) {
            self.add(
                ev.clone(),
                ng::TRIGGER,
                Literal::new_simple_literal(trigger),
            );
        }
        if let Some(dated) = rel.date {
            self.date(&ev, dated);
        }
        if let Some(place) = rel.place.and_then(|id| self.entity(id)) {
            self.add(ev.clone(), ng::PLACE, place);
        }
        self.add(
            ev.clone(),
            ng::MODALITY,
            Literal::new_simple_literal(rel.modality.as_str()),
        );
        if let Some(source) = rel.source.and_then(|id| self.entity(id)) {
            self.add(ev.clone(), ng::SOURCE, source);
        }
        if let Some(c) = confidence_literal(rel.confidence) {
            self.add(ev.clone(), ng::CONFIDENCE, c);
        }
        self.add(ev.clone(), prov::WAS_DERIVED_FROM, self.graph.clone());
        let range = self.selector(&ev, &rel.evidence);
        self.reading_order(&ev, rel.date, range);
        // The plain edge, for simple SPARQL and graph viewers. Only for what the article presents
        // as having happened: "Putin did not meet Biden" must not draw a `met` edge.
        if matches!(
            rel.modality,
            crate::extract::Modality::Asserted | crate::extract::Modality::Reported
        ) {
            self.add(agent, predicate_iri(predicate).as_ref(), target);
        }
    }

    /// The event-type concept of a predicate, in the shared graph (once per article): its
    /// scheme, label, notation, PLOVER category and CAMEO code from `data/event_types.tsv`, so
    /// queries can show them without loading the ontology. A predicate the table lacks still
    /// gets a concept in the scheme, labelled with the predicate.
    fn event_type(&mut self, predicate: &str) {
        if !self.event_types.insert(predicate.to_string()) {
            return;
        }
        let c = event_type_iri(predicate);
        let known = Lexicon::get().event_type(predicate);
        self.add_entity(c.clone(), rdf::TYPE, skos::CONCEPT.into_owned());
        self.add_entity(c.clone(), skos::IN_SCHEME, ng::EVENT_TYPES.into_owned());
        let label = known.map_or(predicate, |t| t.label.as_str());
        self.add_entity(
            c.clone(),
            skos::PREF_LABEL,
            Literal::new_language_tagged_literal_unchecked(label, "en"),
        );
        self.add_entity(
            c.clone(),
            skos::NOTATION,
            Literal::new_simple_literal(predicate),
        );
        let Some(t) = known else { return };
        for (p, value) in [(ng::PLOVER, &t.plover), (ng::CAMEO, &t.cameo)] {
            let value = value.trim();
            if !value.is_empty() && value != "-" {
                self.add_entity(c.clone(), p, Literal::new_simple_literal(value));
            }
        }
    }

    fn date(&mut self, node: &NamedNode, dated: Dated) {
        self.add(node.clone(), ng::DATE, date_literal(dated.date));
        self.add(
            node.clone(),
            ng::DATE_SOURCE,
            Literal::new_simple_literal(date_source(dated.source)),
        );
        let precision = match dated.precision {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        };
        self.add(
            node.clone(),
            ng::DATE_PRECISION,
            Literal::new_simple_literal(precision),
        );
    }

    /// What the date-ordered queries read on every row, repeated on the statement or event so
    /// that they read one value each instead of following its selector and its article:
    /// `ng:effectiveDate` and `ng:effectiveDateSource` (its own date, else its article's
    /// publication date) and `ng:start` / `ng:end` (the character range of its first selector,
    /// `range`).
    fn reading_order(
        &mut self,
        node: &NamedNode,
        dated: Option<Dated>,
        range: Option<(usize, usize)>,
    ) {
        let effective = match dated {
            Some(dated) => Some((dated.date, date_source(dated.source))),
            None => self.published().map(|date| (date, "article")),
        };
        if let Some((date, source)) = effective {
            self.add(node.clone(), ng::EFFECTIVE_DATE, date_literal(date));
            self.add(
                node.clone(),
                ng::EFFECTIVE_DATE_SOURCE,
                Literal::new_simple_literal(source),
            );
        }
        if let Some((start, end)) = range {
            self.add(node.clone(), ng::START, Literal::from(start as u64));
            self.add(node.clone(), ng::END, Literal::from(end as u64));
        }
    }

    /// The article's publication date (`schema:datePublished`).
    fn published(&self) -> Option<chrono::NaiveDate> {
        self.article.date.or(self.doc.date)
    }

    /// `<node> oa:hasSelector <node/selector>`: the character range of the evidence, which it
    /// returns (`None` when the span does not slice the text and no selector is written).
    fn selector(&mut self, node: &NamedNode, span: &Span) -> Option<(usize, usize)> {
        let sel = iri(format!("{}/selector", node.as_str()));
        self.add_selector(node, sel, span)
    }

    /// The selector of one piece of a split quote: `…/selector` for the first, `…/selector/2`
    /// for the second, and so on.
    fn piece_selector(
        &mut self,
        node: &NamedNode,
        k: usize,
        span: &Span,
    ) -> Option<(usize, usize)> {
        let sel = if k == 0 {
            iri(format!("{}/selector", node.as_str()))
        } else {
            iri(format!("{}/selector/{}", node.as_str(), k + 1))
        };
        self.add_selector(node, sel, span)
    }

    fn add_selector(
        &mut self,
        node: &NamedNode,
        sel: NamedNode,
        span: &Span,
    ) -> Option<(usize, usize)> {
        let exact = self.text(span)?;
        let (start, end) = self.offsets.span(span);
        self.add(node.clone(), oa::HAS_SELECTOR, sel.clone());
        self.add(
            sel.clone(),
            rdf::TYPE,
            oa::TEXT_POSITION_SELECTOR.into_owned(),
        );
        self.add(sel.clone(), oa::START, Literal::from(start as u64));
        self.add(sel.clone(), oa::END, Literal::from(end as u64));
        self.add(sel, ng::EXACT, Literal::new_simple_literal(exact));
        Some((start, end))
    }
}

/// Byte offset → character (Unicode scalar value) offset, for one text.
struct CharOffsets {
    /// Byte offset of every character start, ascending.
    starts: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    fn new(text: &str) -> Self {
        Self {
            starts: text.char_indices().map(|(i, _)| i).collect(),
            len: text.len(),
        }
    }

    /// The character offset of a byte offset (clamped to the text).
    fn char_offset(&self, byte: usize) -> usize {
        if byte >= self.len {
            return self.starts.len();
        }
        self.starts.partition_point(|&b| b < byte)
    }

    fn span(&self, span: &Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

/// The `ng:dateSource` value of a date.
fn date_source(source: DateSource) -> &'static str {
    match source {
        DateSource::Text => "text",
        DateSource::ArticleFallback => "article",
    }
}

fn date_literal(date: chrono::NaiveDate) -> Literal {
    Literal::new_typed_literal(date.format("%Y-%m-%d").to_string(), xsd::DATE)
}

/// A confidence as a canonical `xsd:decimal` with at most two fraction digits: `0.8`, `1`, `0.75`.
fn confidence_literal(confidence: f32) -> Option<Literal> {
    if !confidence.is_finite() {
        return None;
    }
    let c = confidence.clamp(0.0, 1.0);
    let mut s = format!("{c:.2}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    Some(Literal::new_typed_literal(s, xsd::DECIMAL))
}

/// Percent-encodes everything but IRI-unreserved ASCII, so any id or predicate makes a valid
/// single path segment.
fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A named node from a string built by this module; falls back to percent-encoding anything
/// unusual rather than failing.
fn iri(s: String) -> NamedNode {
    match NamedNode::new(&s) {
        Ok(n) => n,
        Err(_) => {
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                if c.is_ascii_graphic()
                    && !matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
                {
                    out.push(c);
                } else {
                    let mut buf = [0; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        out.push_str(&format!("%{b:02X}"));
                    }
                }
            }
            NamedNode::new_unchecked(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{
        Annotations, AttributionKind, Entity, Gender, Mention, MentionKind, Modality, Role,
        Statement,
    };

    fn article(text: &str) -> Article {
        Article {
            id: "0123456789abcdef".into(),
            content_hash: "0123456789abcdef00".into(),
            key: "test".into(),
            origin: "test.txt".into(),
            title: Some("Headline".into()),
            text: text.into(),
            headline: None,
            date: chrono::NaiveDate::from_ymd_opt(2023, 3, 21),
            url: None,
            source: None,
            dateline_place: None,
            warnings: Vec::new(),
        }
    }

    /// A man named once, with no role.
    fn person(name: &str) -> Entity {
        Entity {
            name: name.into(),
            kind: EntityKind::Person,
            gender: Gender::Male,
            surface_forms: vec![name.into()],
            roles: vec![],
            mentions: 1,
            table_name: None,
        }
    }

    /// A direct quote said by entity 0: `first`, and `second` when it is split.
    fn quote_by_first(first: Span, second: Option<Span>) -> Statement {
        let end = second.as_ref().map_or(first.end, |s| s.end);
        Statement {
            form: StatementForm::Direct,
            span: first.start..end,
            pieces: std::iter::once(first).chain(second).collect(),
            quoted: Vec::new(),
            speaker: Some(0),
            speaker_span: None,
            kind: AttributionKind::Speech,
            cue: Some("say".into()),
            cue_span: None,
            addressee: None,
            about: vec![],
            date: None,
            confidence: 0.9,
        }
    }

    /// Entity 0 met entity 1, read from `trigger` in `evidence`.
    fn first_met_second(trigger: Span, evidence: Span, date: Option<Dated>) -> Relation {
        Relation {
            agent: 0,
            target: 1,
            predicate: "met".into(),
            trigger_span: trigger,
            evidence,
            date,
            place: None,
            modality: Modality::Asserted,
            source: None,
            confidence: 0.7,
        }
    }

    /// The one literal `node` has for `predicate` in the article graph, as a string.
    fn value_of(g: &ArticleGraph, node: &str, predicate: NamedNodeRef<'_>) -> Option<String> {
        let values: Vec<String> = g
            .article_quads
            .iter()
            .filter(|q| q.predicate == predicate && q.subject.to_string() == format!("<{node}>"))
            .filter_map(|q| match &q.object {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            })
            .collect();
        assert!(
            values.len() <= 1,
            "{node} has several {predicate}: {values:?}"
        );
        values.into_iter().next()
    }

    #[test]
    fn article_orders_sort_as_the_article_iris_do() {
        let ids = [
            "0000000000000000",
            "00000000000000ff",
            "0123456789abcdef",
            "9fffffffffffffff",
            "a000000000000000",
            "ffffffffffffffff",
        ];
        let orders: Vec<u128> = ids
            .iter()
            .map(|id| {
                let order = article_order(id).expect("a hex id has an order");
                assert_eq!(order.datatype(), xsd::DECIMAL);
                order.value().parse().expect("an integer")
            })
            .collect();
        assert!(orders.windows(2).all(|w| w[0] < w[1]), "{orders:?}");
        let iris: Vec<String> = ids.iter().map(|id| article_iri(id).into_string()).collect();
        assert!(iris.windows(2).all(|w| w[0] < w[1]), "{iris:?}");
        assert_eq!(
            article_order("ffffffffffffffff").unwrap().value(),
            "18446744073709551615"
        );
        for other in [
            "0123456789ABCDEF",
            "0123456789abcde",
            "0123456789abcdef0",
            "a1",
            "",
        ] {
            assert_eq!(article_order(other), None, "{other}");
        }
        let doc = Document {
            text: "Putin spoke.".into(),
            headline: None,
            date: None,
            annotations: Annotations::default(),
        };
        let g = article_graph(&article(&doc.text), &doc);
        let iri = format!("{}article/0123456789abcdef", vocab::ID);
        assert_eq!(
            value_of(&g, &iri, ng::ARTICLE_ORDER).as_deref(),
            Some("81985529216486895")
        );
    }

    #[test]
    fn reading_order_is_the_first_piece_and_the_own_date_else_the_article_date() {
        // “We are friends,” Putin said, “and we will stay friends.”  — split around the tag.
        let text = "“We are friends,” Putin said, “and we will stay friends.” He met Xi on Monday.";
        let first = text.find("We").unwrap()..text.find(",”").unwrap();
        let second = text.find("and we").unwrap()..text.find(".”").unwrap();
        let met = text.find("met").unwrap();
        let monday = chrono::NaiveDate::from_ymd_opt(2023, 3, 20).unwrap();
        let doc = Document {
            text: text.into(),
            headline: None,
            date: None,
            annotations: Annotations {
                entities: vec![person("Vladimir Putin"), person("Xi Jinping")],
                statements: vec![quote_by_first(first.clone(), Some(second.clone()))],
                relations: vec![first_met_second(
                    met..met + 3,
                    met - 3..text.len(),
                    Some(Dated {
                        date: monday,
                        precision: DatePrecision::Day,
                        source: DateSource::Text,
                    }),
                )],
                ..Default::default()
            },
        };
        let g = article_graph(&article(text), &doc);
        let chars = |byte: usize| text[..byte].chars().count().to_string();
        let statement = format!(
            "{}statement/0123456789abcdef/{}-{}",
            vocab::ID,
            chars(first.start),
            chars(second.end)
        );
        let start = value_of(&g, &statement, ng::START);
        let end = value_of(&g, &statement, ng::END);
        // The first piece's range, as its first selector holds it.
        assert_eq!(
            (start, end),
            (Some(chars(first.start)), Some(chars(first.end)))
        );
        // No date of its own: the article's publication date.
        let date = value_of(&g, &statement, ng::EFFECTIVE_DATE);
        assert_eq!(date.as_deref(), Some("2023-03-21"));
        let source = value_of(&g, &statement, ng::EFFECTIVE_DATE_SOURCE);
        assert_eq!(source.as_deref(), Some("article"));

        let event = format!(
            "{}event/0123456789abcdef/{}-{}/met",
            vocab::ID,
            chars(met),
            chars(met + 3)
        );
        assert_eq!(
            value_of(&g, &event, ng::EFFECTIVE_DATE).as_deref(),
            Some("2023-03-20")
        );
        assert_eq!(
            value_of(&g, &event, ng::EFFECTIVE_DATE_SOURCE).as_deref(),
            Some("text")
        );
        assert_eq!(value_of(&g, &event, ng::START), Some(chars(met - 3)));
    }

    #[test]
    fn selector_offsets_count_characters_not_bytes() {
        let text = "Xi’s “peace plan” is “a basis,” Putin said.";
        let quote = "a basis,";
        let start = text.find(quote).unwrap();
        let offsets = CharOffsets::new(text);
        let (s, e) = offsets.span(&(start..start + quote.len()));
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[s..e].iter().collect::<String>(), quote);
    }

    proptest::proptest! {
        #[test]
        fn char_offsets_agree_with_the_text(text in "\\PC{0,60}", a in 0usize..200, b in 0usize..200) {
            let offsets = CharOffsets::new(&text);
            let (start, end) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
            if text.is_char_boundary(start) && text.is_char_boundary(end) {
                let (s, e) = offsets.span(&(start..end));
                let chars: String = text.chars().skip(s).take(e - s).collect();
                proptest::prop_assert_eq!(chars.as_str(), &text[start..end]);
            }
        }
    }

    #[test]
    fn confidence_is_canonical_decimal() {
        let cases = [
            (0.8, "0.8"),
            (1.0, "1"),
            (0.0, "0"),
            (0.75, "0.75"),
            (1.7, "1"),
        ];
        for (c, s) in cases {
            assert_eq!(confidence_literal(c).unwrap().value(), s);
        }
        assert!(confidence_literal(f32::NAN).is_none());
    }

    #[test]
    fn statement_and_edge_are_emitted_with_deterministic_iris() {
        let text = "Putin met Xi. “We are friends,” Putin said.";
        let quote_start = text.find("We").unwrap();
        let quote_end = text.find(",”").unwrap();
        let person = |name: &str| Entity {
            name: name.into(),
            kind: EntityKind::Person,
            gender: Gender::Male,
            surface_forms: vec![name.into()],
            roles: vec![Role {
                title: "President".into(),
                of: Some("Russia".into()),
            }],
            mentions: 0,
            table_name: None,
        };
        let doc = Document {
            text: text.into(),
            headline: None,
            date: None,
            annotations: Annotations {
                entities: vec![person("Vladimir Putin"), person("Xi Jinping")],
                mentions: vec![
                    Mention {
                        span: 0..5,
                        entity: 0,
                        kind: MentionKind::Name,
                    },
                    Mention {
                        span: 10..12,
                        entity: 1,
                        kind: MentionKind::Name,
                    },
                ],
                statements: vec![quote_by_first(quote_start..quote_end, None)],
                relations: vec![first_met_second(6..9, 0..13, None)],
                ..Default::default()
            },
        };
        let a = article(text);
        let g = article_graph(&a, &doc);
        assert_eq!(g, article_graph(&a, &doc));
        assert_eq!(g.statement_count(), 1);
        assert_eq!(g.relation_count(), 1);
        assert_eq!(g.entities().count(), 2);
        let putin = entity_iri("Vladimir Putin", EntityKind::Person);
        let xi = entity_iri("Xi Jinping", EntityKind::Person);
        assert!(g
            .article_quads
            .iter()
            .any(|q| q.subject == putin.clone().into()
                && q.predicate == predicate_iri("met")
                && q.object == xi.clone().into()));
        let statement_iri = format!(
            "https://w3id.org/newsgraph/id/statement/0123456789abcdef/{}-{}",
            text[..quote_start].chars().count(),
            text[..quote_end].chars().count()
        );
        assert!(g
            .article_quads
            .iter()
            .any(|q| q.subject.to_string() == format!("<{statement_iri}>")));
        for q in g.quads() {
            assert!(
                is_article_local(
                    &q.subject.to_string()[1..q.subject.to_string().len() - 1],
                    &a.id
                ) || q.graph_name == entities_graph().into()
                    || q.predicate == predicate_iri("met")
            );
        }
    }

    /// The event-type section of `ontology/newsgraph.ttl` for one row of `event_types.tsv`.
    fn event_type_turtle(t: &crate::lexicon::EventType) -> String {
        let d = t.definition.trim_end_matches('.');
        let p = &t.predicate;
        let l = &t.label;
        let mut codes = vec![];
        if !t.plover.is_empty() && t.plover != "-" {
            codes.push(format!("    ng:plover \"{}\"", t.plover));
        }
        if !t.cameo.is_empty() && t.cameo != "-" {
            codes.push(format!("    ng:cameo \"{}\"", t.cameo));
        }
        format!(
            "ng:{p} a owl:ObjectProperty ;\n    rdfs:label \"{l}\"@en ;\n    \
             rdfs:comment \"{d}. Plain edge of an ng:Event of type ngev:{p}.\"@en ;\n    \
             rdfs:domain ng:Entity ;\n    rdfs:range ng:Entity .\n\n\
             ngev:{p} a skos:Concept ;\n    skos:inScheme ng:eventTypes ;\n    \
             skos:topConceptOf ng:eventTypes ;\n    skos:prefLabel \"{l}\"@en ;\n    \
             rdfs:label \"{l}\"@en ;\n    skos:definition \"{d}.\"@en ;\n    \
             rdfs:comment \"Event type: {d}.\"@en ;\n    skos:notation \"{p}\" ;\n{} .\n",
            codes.join(" ;\n")
        )
    }

    /// The ontology's event-type concepts and relation properties agree with
    /// `data/event_types.tsv`, row for row; on failure, prints the Turtle to paste.
    #[test]
    fn the_event_type_scheme_matches_the_event_types_table() {
        use oxigraph::io::{RdfFormat, RdfParser};
        use oxigraph::model::{Graph, Triple};
        let ontology: Graph = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(include_str!("../../ontology/newsgraph.ttl").as_bytes())
            .map(|q| Triple::from(q.expect("the ontology is valid Turtle")))
            .collect();
        let has = |s: &NamedNode, p: NamedNodeRef<'_>, o: Term| {
            ontology.contains(oxigraph::model::TripleRef::new(s, p, &o))
        };
        let lexicon = Lexicon::get();
        assert!(!lexicon.event_types.is_empty());
        let mut wrong = Vec::new();
        for t in &lexicon.event_types {
            let c = event_type_iri(&t.predicate);
            let literal = |v: &str| Term::from(Literal::new_simple_literal(v));
            let label = Term::from(Literal::new_language_tagged_literal_unchecked(
                &t.label, "en",
            ));
            let mut ok = has(&c, rdf::TYPE, skos::CONCEPT.into_owned().into())
                && has(&c, skos::IN_SCHEME, ng::EVENT_TYPES.into_owned().into())
                && has(&c, skos::PREF_LABEL, label)
                && has(&c, skos::NOTATION, literal(&t.predicate))
                && has(
                    &predicate_iri(&t.predicate),
                    rdf::TYPE,
                    NamedNode::new_unchecked(format!("{}ObjectProperty", vocab::OWL)).into(),
                );
            for (p, v) in [(ng::PLOVER, &t.plover), (ng::CAMEO, &t.cameo)] {
                let values: Vec<_> = ontology.objects_for_subject_predicate(&c, p).collect();
                ok &= if v.is_empty() || v == "-" {
                    values.is_empty()
                } else {
                    values == [literal(v).as_ref()]
                };
            }
            if !ok {
                wrong.push(event_type_turtle(t));
            }
        }
        assert!(
            wrong.is_empty(),
            "ontology/newsgraph.ttl disagrees with data/event_types.tsv; expected:\n\n{}",
            wrong.join("\n")
        );
        // And no concept the table lacks.
        let concepts = ontology
            .subjects_for_predicate_object(skos::IN_SCHEME, ng::EVENT_TYPES)
            .filter(|s| {
                !lexicon
                    .event_types
                    .iter()
                    .any(|t| Term::from(*s) == Term::from(event_type_iri(&t.predicate)))
            })
            .map(|s| s.to_string())
            .collect::<Vec<_>>();
        assert!(concepts.is_empty(), "not in event_types.tsv: {concepts:?}");
    }

    #[test]
    fn events_carry_their_event_type_concept_in_the_shared_graph() {
        let text = "Putin met Xi. Putin met Modi.";
        let relation = |target, start: usize| Relation {
            agent: 0,
            target,
            predicate: "met".into(),
            trigger_span: start..start + 3,
            evidence: 0..text.len(),
            date: None,
            place: None,
            modality: Modality::Asserted,
            source: None,
            confidence: 0.7,
        };
        let doc = Document {
            text: text.into(),
            headline: None,
            date: None,
            annotations: Annotations {
                entities: vec![
                    person("Vladimir Putin"),
                    person("Xi Jinping"),
                    person("Modi"),
                ],
                relations: vec![relation(1, 6), relation(2, 20)],
                ..Default::default()
            },
        };
        let g = article_graph(&article(text), &doc);
        let met = event_type_iri("met");
        let about_met: Vec<&Quad> = g
            .entity_quads
            .iter()
            .filter(|q| q.subject == met.clone().into())
            .collect();
        let value = |p: NamedNodeRef<'_>| {
            about_met
                .iter()
                .filter(|q| q.predicate == p)
                .map(|q| q.object.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(value(rdf::TYPE), [format!("<{}Concept>", vocab::SKOS)]);
        assert_eq!(
            value(skos::IN_SCHEME),
            [format!("<{}eventTypes>", vocab::NG)]
        );
        assert_eq!(value(skos::PREF_LABEL), ["\"met\"@en"]);
        assert_eq!(value(ng::PLOVER), ["\"CONSULT\""]);
        assert_eq!(value(ng::CAMEO), ["\"040\""]);
        assert_eq!(about_met.len(), 6, "described once: {about_met:?}");
        assert_eq!(g.entities().count(), 3, "a concept is not an entity");
    }

    #[test]
    fn article_local_subjects_are_recognised() {
        let id = "0123456789abcdef";
        let base = vocab::ID;
        assert!(is_article_local(&format!("{base}article/{id}"), id));
        assert!(is_article_local(&format!("{base}statement/{id}/1-2"), id));
        assert!(is_article_local(&format!("{base}event/{id}/1-2/met"), id));
        assert!(!is_article_local(&format!("{base}event/{id}0/1-2/met"), id));
        assert!(!is_article_local(&format!("{base}person/putin"), id));
    }
}
