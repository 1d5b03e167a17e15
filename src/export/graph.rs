//! The knowledge graph projected onto a plain graph for graph viewers (Gephi, Cytoscape, yEd,
//! Graphviz, a browser): entities as nodes, events and "quoted about" links as edges.
//!
//! Entry points: [`project`] builds a [`Projection`] from the store with [`Options`];
//! [`write()`] writes it in a [`GraphFormat`], each format in its own module ([`super::graphml`],
//! [`super::gexf`], [`super::dot`], [`super::cytoscape`], [`super::html`]).
//!
//! # Rationale
//!
//! - Graph viewers draw nodes and edges with attributes; they cannot show an `ng:Event` node with
//!   its evidence. So each entity becomes one node (label, type, mention count, alternative
//!   labels, first and last day it was mentioned) and each distinct (agent, event type, target)
//!   becomes one edge that counts its events, with the first and last date and the articles they
//!   come from. A statement adds a `quoted about` edge from its speaker to every other entity it
//!   mentions: who talks about whom is the other half of the picture.
//! - Only what the article presents as having happened draws an edge (modality `asserted` or
//!   `reported`), the same rule as the plain `ng:met` edges of the RDF model.
//! - `--since/--until` apply to each event's and statement's own date (the article's date when
//!   the text gives none) and to mention counts by article date; `--about` keeps the entity, its
//!   neighbours and the edges that touch it; `--min-mentions N` drops nodes mentioned fewer than
//!   N times (never the `--about` entity).
//! - Node ids are the entity IRIs without the instance base (`person/vladimir-putin`): stable
//!   across runs and readable in any viewer. Nodes and edges are sorted, so output is
//!   deterministic.
//! - Memory holds the projection (entities, edges and, for the HTML page, quotes), one article
//!   graph at a time, never the whole store.

use super::filter::{self, Filter, Selection};
use super::ExportError;
use crate::extract::segment;
use crate::lexicon::Lexicon;
use crate::model::vocab::{self, ng, oa, schema, skos};
use crate::store::GraphStore;
use chrono::NaiveDate;
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::Write;

/// The kind of the edges drawn from statements: speaker → entity the statement mentions.
pub const QUOTED_ABOUT: &str = "quoted about";

/// The graph-viewer formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GraphFormat {
    /// GraphML, for yEd, Cytoscape, Gephi and networkx.
    GraphMl,
    /// GEXF 1.3 with dates, for Gephi's timeline.
    Gexf,
    /// Graphviz DOT.
    Dot,
    /// Cytoscape.js JSON (also imported by Cytoscape desktop).
    Cytoscape,
    /// One self-contained HTML page to explore the graph and its quotes.
    Html,
}

impl GraphFormat {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [GraphFormat; 5] = [
        GraphFormat::GraphMl,
        GraphFormat::Gexf,
        GraphFormat::Dot,
        GraphFormat::Cytoscape,
        GraphFormat::Html,
    ];

    /// The CLI name: `graphml`, `gexf`, `dot`, `cytoscape`, `html`.
    pub fn name(self) -> &'static str {
        match self {
            GraphFormat::GraphMl => "graphml",
            GraphFormat::Gexf => "gexf",
            GraphFormat::Dot => "dot",
            GraphFormat::Cytoscape => "cytoscape",
            GraphFormat::Html => "html",
        }
    }

    /// The format of a CLI name or a file extension (`gv`, `cyjs`, `htm`, …).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.to_ascii_lowercase().as_str() {
            "graphml" => GraphFormat::GraphMl,
            "gexf" => GraphFormat::Gexf,
            "dot" | "gv" => GraphFormat::Dot,
            "cytoscape" | "cyjs" => GraphFormat::Cytoscape,
            "html" | "htm" => GraphFormat::Html,
            _ => return None,
        })
    }
}

impl std::fmt::Display for GraphFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What to project.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--graph`, `--about`, `--since`, `--until`.
    pub filter: Filter,
    /// Drop nodes mentioned fewer times (0 and 1 keep every mentioned entity).
    pub min_mentions: u64,
    /// Collect the statements with their sentences (the HTML page shows them).
    pub quotes: bool,
}

/// An entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The IRI without the instance base: `person/vladimir-putin`.
    pub id: String,
    pub iri: String,
    /// Canonical name.
    pub label: String,
    /// Class local name: `Person`, `Organization`, `Country`, `Place`, `Event`, `Thing`.
    pub kind: String,
    /// Other names seen, sorted.
    pub alt_labels: Vec<String>,
    /// Mentions over all selected articles.
    pub mentions: u64,
    /// Number of selected articles that mention it.
    pub articles: u64,
    /// Publication dates of the first and last article that mention it.
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// All events of one type from one entity to another, or all statements of one speaker that
/// mention another entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// `e0`, `e1`, … in output order.
    pub id: String,
    /// Node ids.
    pub source: String,
    pub target: String,
    /// Event predicate (`met`, `warned`) or [`QUOTED_ABOUT`].
    pub kind: String,
    /// Number of events or statements.
    pub count: u64,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Ids of the articles they come from, sorted.
    pub articles: Vec<String>,
}

/// A statement, for the HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Speaker node id.
    pub speaker: Option<String>,
    /// Node ids of the entities it mentions.
    pub about: Vec<String>,
    pub text: String,
    /// `direct`, `partial` or `indirect`.
    pub form: String,
    pub cue: Option<String>,
    pub date: Option<NaiveDate>,
    /// Article id.
    pub article: String,
    /// The sentence(s) of the article the statement was read from.
    pub sentence: String,
    /// Character offset of the statement in the article text.
    pub start: u64,
}

/// An article edges and quotes refer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRef {
    /// The article id (the last segment of its IRI).
    pub id: String,
    pub iri: String,
    pub headline: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub publisher: Option<String>,
}

/// The projected graph, sorted: nodes by id, edges by source, target and kind, quotes by date,
/// article and position, articles by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Projection {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub quotes: Vec<Quote>,
    pub articles: Vec<ArticleRef>,
    /// Node ids of the `--about` entities, sorted: what a viewer shows first.
    pub focus: Vec<String>,
}

/// The node id of an entity IRI.
pub fn node_id(iri: &str) -> &str {
    iri.strip_prefix(vocab::ID).unwrap_or(iri)
}

#[derive(Default)]
struct NodeAcc {
    mentions: u64,
    articles: u64,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

#[derive(Default)]
struct EdgeAcc {
    count: u64,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    articles: BTreeSet<String>,
}

fn widen(first: &mut Option<NaiveDate>, last: &mut Option<NaiveDate>, date: Option<NaiveDate>) {
    if let Some(d) = date {
        *first = Some(first.map_or(d, |f| f.min(d)));
        *last = Some(last.map_or(d, |l| l.max(d)));
    }
}

/// Builds the projection; see the module docs for what it keeps.
pub fn project(store: &GraphStore, options: &Options) -> Result<Projection, ExportError> {
    let selection = options.filter.resolve(store)?;
    let mut nodes: HashMap<String, NodeAcc> = HashMap::new();
    let mut edges: BTreeMap<(String, String, String), EdgeAcc> = BTreeMap::new();
    let mut quotes: Vec<(Quote, Option<String>)> = Vec::new();
    let mut articles: BTreeMap<String, ArticleRef> = BTreeMap::new();

    for graph in filter::article_graphs(store)? {
        if !selection.keeps_graph(&graph) {
            continue;
        }
        let quads = filter::graph_quads(store, &graph)?;
        let article = ArticleGraphView::new(&graph, &quads);
        article.collect(
            &selection,
            options.quotes,
            &mut nodes,
            &mut edges,
            &mut quotes,
        );
        articles.insert(article.info.id.clone(), article.info);
    }

    let described = describe_entities(store)?;
    // Which nodes and edges to keep.
    let about = selection.about.as_ref();
    let touches_about = |s: &str, t: &str| about.is_none_or(|a| a.contains(s) || a.contains(t));
    let mentions_of = |iri: &str| nodes.get(iri).map_or(0, |n| n.mentions);
    let mut keep: HashSet<String> = HashSet::new();
    if let Some(about) = about {
        keep.extend(about.iter().filter(|e| described.contains_key(*e)).cloned());
    }
    for (s, t, _) in edges.keys() {
        if touches_about(s, t) {
            for e in [s, t] {
                if mentions_of(e) >= options.min_mentions || about.is_some_and(|a| a.contains(e)) {
                    keep.insert(e.clone());
                }
            }
        }
    }
    if about.is_none() {
        for (e, acc) in &nodes {
            if acc.mentions > 0 && acc.mentions >= options.min_mentions {
                keep.insert(e.clone());
            }
        }
    }
    keep.retain(|e| described.contains_key(e));

    let mut projection = Projection::default();
    for e in &keep {
        let d = &described[e];
        let acc = nodes.get(e);
        projection.nodes.push(Node {
            id: node_id(e).to_string(),
            iri: e.clone(),
            label: d.label.clone().unwrap_or_else(|| node_id(e).to_string()),
            kind: d.kind.clone().unwrap_or_else(|| "Thing".into()),
            alt_labels: d.alt_labels.iter().cloned().collect(),
            mentions: acc.map_or(0, |a| a.mentions),
            articles: acc.map_or(0, |a| a.articles),
            first: acc.and_then(|a| a.first),
            last: acc.and_then(|a| a.last),
        });
    }
    projection.nodes.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(about) = about {
        projection.focus = about
            .iter()
            .filter(|e| keep.contains(*e))
            .map(|e| node_id(e).to_string())
            .collect();
        projection.focus.sort();
    }

    let mut used_articles: BTreeSet<String> = BTreeSet::new();
    for ((s, t, kind), acc) in edges {
        if !(keep.contains(&s) && keep.contains(&t) && touches_about(&s, &t)) {
            continue;
        }
        used_articles.extend(acc.articles.iter().cloned());
        projection.edges.push(Edge {
            id: String::new(),
            source: node_id(&s).to_string(),
            target: node_id(&t).to_string(),
            kind,
            count: acc.count,
            first: acc.first,
            last: acc.last,
            articles: acc.articles.into_iter().collect(),
        });
    }
    projection
        .edges
        .sort_by(|a, b| (&a.source, &a.target, &a.kind).cmp(&(&b.source, &b.target, &b.kind)));
    for (i, e) in projection.edges.iter_mut().enumerate() {
        e.id = format!("e{i}");
    }

    for (mut quote, speaker_iri) in quotes {
        let speaker_kept = speaker_iri.as_ref().is_some_and(|s| keep.contains(s));
        let about_iris: Vec<String> = quote.about.clone();
        let relevant = match about {
            Some(a) => {
                speaker_iri.as_ref().is_some_and(|s| a.contains(s))
                    || about_iris.iter().any(|e| a.contains(e))
            }
            None => speaker_kept || about_iris.iter().any(|e| keep.contains(e)),
        };
        if !relevant {
            continue;
        }
        quote.speaker = speaker_iri
            .filter(|s| keep.contains(s))
            .map(|s| node_id(&s).to_string());
        quote.about = about_iris
            .iter()
            .filter(|e| keep.contains(*e))
            .map(|e| node_id(e).to_string())
            .collect();
        used_articles.insert(quote.article.clone());
        projection.quotes.push(quote);
    }
    projection.quotes.sort_by(|a, b| {
        (a.date, &a.article, a.start, &a.text).cmp(&(b.date, &b.article, b.start, &b.text))
    });
    projection.articles = articles
        .into_values()
        .filter(|a| used_articles.contains(&a.id))
        .collect();
    Ok(projection)
}

/// Writes a projection in `format`.
pub fn write<W: Write>(
    projection: &Projection,
    format: GraphFormat,
    writer: W,
) -> Result<W, ExportError> {
    use super::{cytoscape, dot, gexf, graphml, html};
    // Every graph serializer takes the nodes, then the edges, then finishes.
    macro_rules! write_all {
        ($serializer:expr) => {{
            let mut s = $serializer;
            projection
                .nodes
                .iter()
                .try_for_each(|n| s.serialize_node(n))?;
            projection
                .edges
                .iter()
                .try_for_each(|e| s.serialize_edge(e))?;
            s.finish()?
        }};
    }
    let w = match format {
        GraphFormat::GraphMl => write_all!(graphml::GraphMlSerializer::new().for_writer(writer)),
        GraphFormat::Gexf => write_all!(gexf::GexfSerializer::new().for_writer(writer)),
        GraphFormat::Dot => write_all!(dot::DotSerializer::new().for_writer(writer)),
        GraphFormat::Cytoscape => {
            write_all!(cytoscape::CytoscapeSerializer::new().for_writer(writer))
        }
        GraphFormat::Html => {
            let mut s = html::HtmlSerializer::new()
                .with_focus(projection.focus.clone())
                .for_writer(writer);
            projection.nodes.iter().for_each(|n| s.serialize_node(n));
            projection.edges.iter().for_each(|e| s.serialize_edge(e));
            projection
                .articles
                .iter()
                .for_each(|a| s.serialize_article(a));
            projection.quotes.iter().for_each(|q| s.serialize_quote(q));
            s.finish()?
        }
    };
    Ok(w)
}

/// Label, kind and alternative labels of an entity.
#[derive(Default)]
struct Description {
    label: Option<String>,
    kind: Option<String>,
    alt_labels: BTreeSet<String>,
}

/// Every entity of the shared graph with its description.
fn describe_entities(store: &GraphStore) -> Result<HashMap<String, Description>, ExportError> {
    let entities = filter::entity_iris(store)?;
    let graph = NamedNode::new_unchecked(vocab::ENTITIES_GRAPH);
    let mut out: HashMap<String, Description> = HashMap::new();
    for q in store
        .store()
        .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
    {
        let q = q.map_err(crate::store::StoreError::from)?;
        let NamedOrBlankNode::NamedNode(s) = &q.subject else {
            continue;
        };
        if !entities.contains(s.as_str()) {
            continue;
        }
        let d = out.entry(s.as_str().to_string()).or_default();
        match (&q.object, q.predicate.as_ref()) {
            // One label per entity (the store keeps the first); the least one if ever several.
            (Term::Literal(l), p)
                if p == rdfs::LABEL && d.label.as_deref().is_none_or(|old| l.value() < old) =>
            {
                d.label = Some(l.value().to_string());
            }
            (Term::Literal(l), p) if p == skos::ALT_LABEL => {
                d.alt_labels.insert(l.value().to_string());
            }
            (Term::NamedNode(class), p) if p == rdf::TYPE => {
                if let Some(local) = class.as_str().strip_prefix(vocab::SCHEMA) {
                    d.kind = Some(local.to_string());
                }
            }
            _ => {}
        }
    }
    for d in out.values_mut() {
        if let Some(label) = &d.label {
            d.alt_labels.remove(label);
        }
    }
    Ok(out)
}

/// One article graph, indexed by subject.
struct ArticleGraphView<'a> {
    info: ArticleRef,
    body: Option<&'a str>,
    by_subject: HashMap<&'a NamedOrBlankNode, Vec<&'a Quad>>,
}

impl<'a> ArticleGraphView<'a> {
    fn new(graph: &NamedNode, quads: &'a [Quad]) -> Self {
        let mut by_subject: HashMap<&NamedOrBlankNode, Vec<&Quad>> = HashMap::new();
        for q in quads {
            by_subject.entry(&q.subject).or_default().push(q);
        }
        let article: NamedOrBlankNode = graph.clone().into();
        let own = by_subject.get(&article).cloned().unwrap_or_default();
        let literal = |p: NamedNodeRef<'_>| -> Option<&'a str> {
            own.iter().find_map(|q| match &q.object {
                Term::Literal(l) if q.predicate.as_ref() == p => Some(l.value()),
                _ => None,
            })
        };
        let url = own.iter().find_map(|q| match &q.object {
            Term::NamedNode(n) if q.predicate.as_ref() == schema::URL => Some(n.as_str()),
            Term::Literal(l) if q.predicate.as_ref() == schema::URL => Some(l.value()),
            _ => None,
        });
        let info = ArticleRef {
            id: graph
                .as_str()
                .rsplit('/')
                .next()
                .unwrap_or(graph.as_str())
                .to_string(),
            iri: graph.as_str().to_string(),
            headline: literal(schema::HEADLINE).map(str::to_string),
            date: own
                .iter()
                .find(|q| q.predicate.as_ref() == schema::DATE_PUBLISHED)
                .and_then(|q| filter::date_of(&q.object)),
            url: url.map(str::to_string),
            publisher: literal(schema::PUBLISHER).map(str::to_string),
        };
        let body = literal(schema::ARTICLE_BODY);
        Self {
            info,
            body,
            by_subject,
        }
    }

    fn has_type(&self, quads: &[&Quad], class: NamedNodeRef<'_>) -> bool {
        quads.iter().any(|q| {
            q.predicate.as_ref() == rdf::TYPE
                && matches!(&q.object, Term::NamedNode(n) if n.as_ref() == class)
        })
    }

    fn objects<'q>(
        quads: &'q [&'a Quad],
        p: NamedNodeRef<'q>,
    ) -> impl Iterator<Item = &'a Term> + 'q {
        quads
            .iter()
            .filter(move |q| q.predicate.as_ref() == p)
            .map(|q| &q.object)
    }

    fn iri(quads: &[&'a Quad], p: NamedNodeRef<'_>) -> Option<&'a str> {
        Self::objects(quads, p).find_map(|o| match o {
            Term::NamedNode(n) => Some(n.as_str()),
            _ => None,
        })
    }

    fn literal(quads: &[&'a Quad], p: NamedNodeRef<'_>) -> Option<&'a str> {
        Self::objects(quads, p).find_map(|o| match o {
            Term::Literal(l) => Some(l.value()),
            _ => None,
        })
    }

    fn number(quads: &[&'a Quad], p: NamedNodeRef<'_>) -> Option<u64> {
        Self::literal(quads, p).and_then(|v| v.parse().ok())
    }

    fn date(&self, quads: &[&'a Quad]) -> Option<NaiveDate> {
        Self::objects(quads, ng::DATE)
            .find_map(filter::date_of)
            .or(self.info.date)
    }

    /// Adds this article's mention counts, edges and (if asked) quotes.
    fn collect(
        &self,
        selection: &Selection,
        with_quotes: bool,
        nodes: &mut HashMap<String, NodeAcc>,
        edges: &mut BTreeMap<(String, String, String), EdgeAcc>,
        quotes: &mut Vec<(Quote, Option<String>)>,
    ) {
        let id = &self.info.id;
        let mut sentences: Option<Vec<std::ops::Range<usize>>> = None;
        for (subject, quads) in &self.by_subject {
            if self.has_type(quads, ng::MENTION_COUNT) {
                if !selection.in_range(self.info.date) {
                    continue;
                }
                if let (Some(e), Some(n)) = (
                    Self::iri(quads, ng::ENTITY_PROP),
                    Self::number(quads, ng::COUNT),
                ) {
                    let acc = nodes.entry(e.to_string()).or_default();
                    acc.mentions += n;
                    acc.articles += 1;
                    widen(&mut acc.first, &mut acc.last, self.info.date);
                }
            } else if self.has_type(quads, ng::EVENT) {
                let modality = Self::literal(quads, ng::MODALITY).unwrap_or("asserted");
                if !matches!(modality, "asserted" | "reported") {
                    continue;
                }
                let date = self.date(quads);
                if !selection.in_range(date) {
                    continue;
                }
                let (Some(agent), Some(target), Some(predicate)) = (
                    Self::iri(quads, ng::AGENT),
                    Self::iri(quads, ng::TARGET),
                    Self::literal(quads, ng::PREDICATE),
                ) else {
                    continue;
                };
                let acc = edges
                    .entry((agent.into(), target.into(), predicate.into()))
                    .or_default();
                acc.count += 1;
                widen(&mut acc.first, &mut acc.last, date);
                acc.articles.insert(id.clone());
            } else if self.has_type(quads, ng::STATEMENT) {
                let date = self.date(quads);
                if !selection.in_range(date) {
                    continue;
                }
                let speaker = Self::iri(quads, ng::SPEAKER);
                let mut about: Vec<String> = Self::objects(quads, ng::ABOUT)
                    .filter_map(|o| match o {
                        Term::NamedNode(n) => Some(n.as_str().to_string()),
                        _ => None,
                    })
                    .collect();
                about.sort();
                about.dedup();
                if let Some(speaker) = speaker {
                    for e in about.iter().filter(|e| e.as_str() != speaker) {
                        let acc = edges
                            .entry((speaker.into(), e.clone(), QUOTED_ABOUT.into()))
                            .or_default();
                        acc.count += 1;
                        widen(&mut acc.first, &mut acc.last, date);
                        acc.articles.insert(id.clone());
                    }
                }
                if !with_quotes {
                    continue;
                }
                let text = Self::literal(quads, ng::TEXT).unwrap_or_default();
                let span = self.selector_span(subject);
                let sentence = match (self.body, span) {
                    (Some(body), Some((start, end))) => {
                        let sentences = sentences.get_or_insert_with(|| {
                            segment::segment(body, Lexicon::get()).sentences
                        });
                        sentence_around(body, sentences, start, end)
                    }
                    _ => None,
                };
                quotes.push((
                    Quote {
                        speaker: None,
                        about,
                        text: text.to_string(),
                        form: Self::literal(quads, ng::FORM)
                            .unwrap_or_default()
                            .to_string(),
                        cue: Self::literal(quads, ng::CUE).map(str::to_string),
                        date,
                        article: id.clone(),
                        sentence: sentence.unwrap_or_else(|| text.to_string()),
                        start: span.map_or(0, |(s, _)| s),
                    },
                    speaker.map(str::to_string),
                ));
            }
        }
    }

    /// The character offsets of a node's evidence selector.
    fn selector_span(&self, node: &NamedOrBlankNode) -> Option<(u64, u64)> {
        let quads = self.by_subject.get(node)?;
        let selector = Self::objects(quads, oa::HAS_SELECTOR).find_map(|o| match o {
            Term::NamedNode(n) => Some(NamedOrBlankNode::from(n.clone())),
            Term::BlankNode(b) => Some(NamedOrBlankNode::from(b.clone())),
            _ => None,
        })?;
        let sel = self.by_subject.get(&selector)?;
        Some((Self::number(sel, oa::START)?, Self::number(sel, oa::END)?))
    }
}

/// The sentence(s) of `body` that overlap the characters `start..end`.
fn sentence_around(
    body: &str,
    sentences: &[std::ops::Range<usize>],
    start: u64,
    end: u64,
) -> Option<String> {
    let byte = |chars: u64| -> usize {
        body.char_indices()
            .nth(chars as usize)
            .map_or(body.len(), |(i, _)| i)
    };
    let (bs, be) = (byte(start), byte(end));
    let overlapping: Vec<&std::ops::Range<usize>> = sentences
        .iter()
        .filter(|s| s.start < be.max(bs + 1) && s.end > bs)
        .collect();
    let first = overlapping.first()?;
    let last = overlapping.last()?;
    let text = body.get(first.start..last.end)?;
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Escapes text for XML attribute values and content, dropping the control characters XML 1.0
/// cannot carry at all.
pub(crate) fn xml_escape(s: &str) -> Cow<'_, str> {
    let needs = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || c.is_control();
    if !s.chars().any(needs) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push_str(&format!("&#{};", c as u32)),
            c if c.is_control() && (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A date as `YYYY-MM-DD`, or an empty string.
pub(crate) fn date_string(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{content_id, Article};
    use crate::model::article_graph;

    fn store(texts: &[(&str, &str)]) -> GraphStore {
        let store = GraphStore::in_memory().unwrap();
        for (key, text) in texts {
            let (id, content_hash) = content_id(text);
            let article = Article {
                id,
                content_hash,
                key: key.to_string(),
                origin: key.to_string(),
                title: None,
                text: text.to_string(),
                headline: None,
                date: NaiveDate::from_ymd_opt(2023, 3, 21),
                url: None,
                source: None,
                dateline_place: None,
                warnings: Vec::new(),
            };
            let doc = crate::extract::extract(&article);
            store.put_article(&article_graph(&article, &doc)).unwrap();
        }
        store
    }

    const TEXT: &str = "Putin meets Xi\n\nVladimir Putin met Xi Jinping in Moscow on Tuesday. \
                        “China is our friend,” Putin told reporters.\n";

    #[test]
    fn events_become_counted_dated_edges_between_labelled_nodes() {
        let store = store(&[("a", TEXT)]);
        let p = project(&store, &Options::default()).unwrap();
        let putin = p
            .nodes
            .iter()
            .find(|n| n.label == "Vladimir Putin")
            .expect("Putin is a node");
        assert_eq!(putin.kind, "Person");
        assert!(putin.mentions >= 2, "{putin:?}");
        let met = p
            .edges
            .iter()
            .find(|e| e.kind == "met")
            .expect("a met edge");
        assert_eq!(met.source, putin.id);
        assert!(met.count >= 1);
        assert!(met.first.is_some() && met.first <= met.last);
        assert_eq!(met.articles.len(), 1);
        for e in &p.edges {
            assert!(p.nodes.iter().any(|n| n.id == e.source), "{e:?}");
            assert!(p.nodes.iter().any(|n| n.id == e.target), "{e:?}");
        }
        assert!(p.quotes.is_empty(), "quotes only when asked for");
    }

    #[test]
    fn about_keeps_the_neighbourhood_and_min_mentions_prunes() {
        let store = store(&[
            ("a", TEXT),
            (
                "b",
                "NATO warns\n\nNATO warned Russia on Monday. Kishida visited Kyiv.\n",
            ),
        ]);
        let all = project(&store, &Options::default()).unwrap();
        let about = project(
            &store,
            &Options {
                filter: Filter {
                    about: Some("putin".into()),
                    ..Filter::default()
                },
                quotes: true,
                ..Options::default()
            },
        )
        .unwrap();
        assert!(about.nodes.len() < all.nodes.len());
        assert!(about.nodes.iter().any(|n| n.label == "Vladimir Putin"));
        assert_eq!(about.focus, ["person/vladimir-putin"]);
        assert!(all.focus.is_empty());
        assert!(!about.nodes.iter().any(|n| n.label == "NATO"));
        assert!(about
            .edges
            .iter()
            .all(|e| e.source.contains("putin") || e.target.contains("putin")));
        let quote = about.quotes.first().expect("Putin's quote");
        assert!(quote.sentence.contains("our friend"), "{quote:?}");
        assert_eq!(about.articles.len(), 1);

        let busy = project(
            &store,
            &Options {
                min_mentions: 2,
                ..Options::default()
            },
        )
        .unwrap();
        assert!(busy.nodes.iter().all(|n| n.mentions >= 2));
        assert!(busy.nodes.len() < all.nodes.len());
    }

    #[test]
    fn date_bounds_drop_what_lies_outside() {
        let store = store(&[("a", TEXT)]);
        let none = project(
            &store,
            &Options {
                filter: Filter {
                    since: NaiveDate::from_ymd_opt(2024, 1, 1),
                    ..Filter::default()
                },
                ..Options::default()
            },
        )
        .unwrap();
        assert!(none.nodes.is_empty() && none.edges.is_empty(), "{none:?}");
    }

    #[test]
    fn unknown_entities_are_an_error() {
        let store = store(&[("a", TEXT)]);
        let err = project(
            &store,
            &Options {
                filter: Filter {
                    about: Some("Nobody Atall".into()),
                    ..Filter::default()
                },
                ..Options::default()
            },
        )
        .unwrap_err();
        assert!(matches!(err, ExportError::NoSuchEntity(_)), "{err:?}");
    }

    #[test]
    fn xml_escaping_covers_markup_and_control_characters() {
        assert_eq!(xml_escape("plain"), "plain");
        assert_eq!(
            xml_escape("a<b & \"c\" 'd'>\u{1}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
        assert_eq!(xml_escape("x\ny"), "x&#10;y");
    }
}
