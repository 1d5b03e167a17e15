//! The on-disk graph store: an Oxigraph store (RocksDB) with one named graph per article and one
//! shared graph of entity descriptions.
//!
//! Entry type: [`GraphStore`]. [`GraphStore::put_article`] writes one [`ArticleGraph`] in one
//! transaction and says whether it was new, unchanged or replaced an older version of the same
//! article (same [`ArticleGraph::key`], other content hash); [`GraphStore::writer`] writes many
//! with the same outcomes in bulk-loaded batches (`writer.rs`), which is what `ingest` uses.
//!
//! # Rationale
//!
//! - Every write is atomic and holds whole articles (one transaction per article, or one bulk
//!   load per batch): a failure or a crash leaves every other article as it was, and a reader
//!   never sees half an article.
//! - An entity keeps the first canonical name it was stored with as its `rdfs:label`; a later
//!   article that spells it differently but normalises to the same key ("Zelensky" after
//!   "Zelenskyy") adds that spelling as a `skos:altLabel`. One label per entity keeps the bundled
//!   queries at one row per statement.
//! - Entity descriptions are not removed when an article is replaced: they are facts about the
//!   entity, and the queries only report entities some stored article mentions.
//! - Reading commands open the store read-only ([`GraphStore::open_read_only`]): RocksDB's
//!   read-only mode takes no lock and creates no file, so it works beside a running `ingest` and
//!   on read-only media. It sees the store as it was when opened: it reads the manifest and
//!   replays the write-ahead log up to its last whole record (a torn tail is dropped, and a
//!   transaction or a bulk-loaded batch is one record or one manifest edit, so a reader never sees
//!   half an article). What RocksDB does not promise is that the files of that view stay on disk:
//!   the writer's compactions delete files the reader has not opened yet (it opens them lazily).
//!   Opening retries when a file vanishes mid-open; a reader that hits a vanished file later gets
//!   [`is_vanished_file`] errors and should reopen (the server does so by itself).

use crate::model::vocab::{ng, schema, skos, ENTITIES_GRAPH};
use crate::model::ArticleGraph;
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef,
    Term, TermRef,
};
use oxigraph::store::{StorageError, Store};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

mod load;
mod reading_order;
mod roles;
mod text_keys;
mod writer;

/// Whether any quad of the store has `predicate`: how the upgrades of older stores tell what
/// an earlier version did not write.
fn any(store: &Store, predicate: NamedNodeRef<'_>) -> Result<bool, StorageError> {
    Ok(store
        .quads_for_pattern(None, Some(predicate), None, None)
        .next()
        .transpose()?
        .is_some())
}
pub use load::{LoadError, NQuadsArticles};
pub use reading_order::{add_missing_reading_order, has_reading_order, ReadingOrderError};
pub use roles::{add_missing_role_lists, has_role_lists};
pub use text_keys::{add_missing_text_keys, has_text_keys};
pub use writer::{ArticleWriter, BATCH_GROWTH, DEFAULT_BATCH_QUADS, LOAD_CHUNK_QUADS};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("cannot create store directory {path}")]
    CreateDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot open store {path}")]
    Open {
        path: PathBuf,
        #[source]
        source: StorageError,
    },
    #[error("store error")]
    Storage(#[from] StorageError),
}

/// What [`GraphStore::put_article`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PutOutcome {
    /// No article with this key was stored.
    New,
    /// The same key with the same content hash was stored: nothing was written.
    Unchanged,
    /// The same key with another content hash was stored: that version was removed.
    Replaced,
}

/// Counts over the whole store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct StoreStats {
    pub articles: usize,
    pub statements: usize,
    pub relations: usize,
    pub entities: usize,
    pub quads: usize,
}

impl std::fmt::Display for StoreStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "articles    {}", self.articles)?;
        writeln!(f, "statements  {}", self.statements)?;
        writeln!(f, "relations   {}", self.relations)?;
        writeln!(f, "entities    {}", self.entities)?;
        write!(f, "quads       {}", self.quads)
    }
}

/// Attempts at opening a store read-only while a writer replaces the files being opened.
const READ_ONLY_OPEN_ATTEMPTS: u32 = 20;

/// The newsgraph store.
pub struct GraphStore {
    store: Store,
    read_only: bool,
    /// The directory of an on-disk store.
    path: Option<PathBuf>,
}

impl GraphStore {
    /// Opens (creating if needed) the on-disk store at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        std::fs::create_dir_all(path).map_err(|source| StoreError::CreateDir {
            path: path.to_owned(),
            source,
        })?;
        let store = Store::open(path).map_err(|source| StoreError::Open {
            path: path.to_owned(),
            source,
        })?;
        Ok(Self {
            store,
            read_only: false,
            path: Some(path.to_owned()),
        })
    }

    /// Opens an existing on-disk store for reading only: no lock, no file written, so it works
    /// while another process ingests into it and on read-only media. It sees what was committed
    /// when it opened. A file that vanishes while opening (the writer compacted it away) makes it
    /// try again, a few times.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        let mut attempt = 1;
        loop {
            match Store::open_read_only(path) {
                Ok(store) => {
                    return Ok(Self {
                        store,
                        read_only: true,
                        path: Some(path.to_owned()),
                    })
                }
                Err(source) if attempt < READ_ONLY_OPEN_ATTEMPTS && is_vanished_file(&source) => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(25 * u64::from(attempt)));
                }
                Err(source) => {
                    return Err(StoreError::Open {
                        path: path.to_owned(),
                        source,
                    })
                }
            }
        }
    }

    /// An in-memory store, for tests and one-shot use.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(Self {
            store: Store::new()?,
            read_only: false,
            path: None,
        })
    }

    /// Whether the store was opened with [`GraphStore::open_read_only`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Whether the store lives in memory only ([`GraphStore::in_memory`]).
    pub fn is_in_memory(&self) -> bool {
        self.path.is_none()
    }

    /// The underlying Oxigraph store, for queries and exports.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Writes one article in one transaction; see [`PutOutcome`].
    pub fn put_article(&self, article: &ArticleGraph) -> Result<PutOutcome, StoreError> {
        let key = Literal::new_simple_literal(&article.key);
        let hash = Literal::new_simple_literal(&article.content_hash);
        let mut tx = self.store.start_transaction()?;

        // Which stored articles carry this key, and is one of them this very content?
        let stored: Vec<(NamedOrBlankNode, GraphName)> = tx
            .quads_for_pattern(None, Some(ng::KEY), Some(key.as_ref().into()), None)
            .map(|q| q.map(|q| (q.subject, q.graph_name)))
            .collect::<Result<_, _>>()?;
        let mut outcome = PutOutcome::New;
        for (subject, graph) in &stored {
            let same = tx
                .quads_for_pattern(
                    Some(subject.as_ref()),
                    Some(ng::CONTENT_HASH),
                    Some(hash.as_ref().into()),
                    Some(graph.as_ref()),
                )
                .next()
                .transpose()?
                .is_some();
            if same {
                return Ok(PutOutcome::Unchanged);
            }
            outcome = PutOutcome::Replaced;
        }
        for (subject, graph) in stored {
            let GraphName::NamedNode(g) = graph else {
                continue;
            };
            // Another key may share that text (the same article read from two places): then
            // only this key leaves it.
            let keys = tx
                .quads_for_pattern(
                    Some(subject.as_ref()),
                    Some(ng::KEY),
                    None,
                    Some(g.as_ref().into()),
                )
                .count();
            if keys > 1 {
                tx.remove(QuadRef::new(&subject, ng::KEY, &key, &g));
            } else {
                tx.remove_named_graph(&g)?;
            }
        }

        tx.insert_named_graph(&article.graph);
        for q in &article.article_quads {
            tx.insert(q);
        }
        let entities = NamedNode::new_unchecked(ENTITIES_GRAPH);
        let entities_ref = GraphNameRef::NamedNode(entities.as_ref());
        let mut labelled = HashSet::new();
        for q in &article.entity_quads {
            if q.predicate == rdfs::LABEL {
                if let (NamedOrBlankNode::NamedNode(s), Term::Literal(label)) =
                    (&q.subject, &q.object)
                {
                    if !labelled.insert(s.clone()) {
                        // A second name with the same key within the article: an alternative.
                        tx.insert(QuadRef::new(s, skos::ALT_LABEL, label, entities_ref));
                        continue;
                    }
                    let existing = tx
                        .quads_for_pattern(
                            Some(s.as_ref().into()),
                            Some(rdfs::LABEL),
                            None,
                            Some(entities_ref),
                        )
                        .next()
                        .transpose()?;
                    if let Some(existing) = existing {
                        if existing.object != Term::Literal(label.clone()) {
                            tx.insert(QuadRef::new(s, skos::ALT_LABEL, label, entities_ref));
                        }
                        continue;
                    }
                }
            }
            tx.insert(q);
        }
        let holders: HashSet<NamedNode> = article
            .entity_quads
            .iter()
            .filter(|q| q.predicate == ng::ROLE_PROP)
            .filter_map(|q| match &q.subject {
                NamedOrBlankNode::NamedNode(holder) => Some(holder.clone()),
                _ => None,
            })
            .collect();
        roles::update_role_lists_in(&mut tx, &holders)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// A writer for many articles at once, in bulk-loaded batches (see [`ArticleWriter`]).
    pub fn writer(&self) -> ArticleWriter<'_> {
        ArticleWriter::new(self)
    }

    /// Writes several articles, each in its own transaction (all-or-nothing per article).
    /// Stops at the first storage error, with every article before it stored.
    pub fn put_articles<'a>(
        &self,
        articles: impl IntoIterator<Item = &'a ArticleGraph>,
    ) -> Result<Vec<PutOutcome>, StoreError> {
        articles.into_iter().map(|a| self.put_article(a)).collect()
    }

    /// Counts articles, statements, relations, entities and quads.
    pub fn stats(&self) -> Result<StoreStats, StoreError> {
        let count_typed = |class: NamedNodeRef<'_>| -> Result<usize, StoreError> {
            let mut n = 0;
            for q in self.store.quads_for_pattern(
                None,
                Some(rdf::TYPE),
                Some(TermRef::NamedNode(class)),
                None,
            ) {
                q?;
                n += 1;
            }
            Ok(n)
        };
        Ok(StoreStats {
            articles: count_typed(schema::NEWS_ARTICLE)?,
            statements: count_typed(ng::STATEMENT)?,
            relations: count_typed(ng::EVENT)?,
            entities: count_typed(ng::ENTITY)?,
            quads: self.store.len()?,
        })
    }

    /// Every quad of the store, graph by graph.
    pub fn quads(&self) -> impl Iterator<Item = Result<Quad, StoreError>> + '_ {
        self.store.iter().map(|q| q.map_err(StoreError::from))
    }

    /// The named graphs of the store.
    pub fn graphs(&self) -> impl Iterator<Item = Result<NamedOrBlankNode, StoreError>> + '_ {
        self.store
            .named_graphs()
            .map(|g| g.map_err(StoreError::from))
    }

    /// The bytes the store's files take on disk (0 for an in-memory store): how much a run
    /// added, to decide whether to compact ([`ArticleWriter::finish`]).
    pub fn disk_bytes(&self) -> u64 {
        let Some(entries) = self.path.as_ref().and_then(|p| std::fs::read_dir(p).ok()) else {
            return 0;
        };
        entries
            .filter_map(Result::ok)
            .filter_map(|e| e.metadata().ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum()
    }

    /// Flushes pending writes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        Ok(self.store.flush()?)
    }
}

/// Whether an error (or one of its causes) is a file of the store that vanished: a writer in
/// another process compacted it away after this reader's view was taken. Reopening gives a
/// fresh view.
pub fn is_vanished_file(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(err);
    while let Some(err) = cause {
        // RocksDB's own status text, e.g. "IO error: No such file or directory: While open a
        // file for random read: STORE/000332.sst: No such file or directory" (an `io::Error`
        // of ours reads "No such file or directory (os error 2)" and is not matched).
        if err
            .to_string()
            .contains("IO error: No such file or directory")
        {
            return true;
        }
        cause = err.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Annotations, Document, Entity, EntityKind, Gender};
    use crate::ingest::Article;
    use crate::model::article_graph;

    fn graph(key: &str, text: &str, names: &[&str]) -> ArticleGraph {
        graph_with_roles(key, text, names, &[])
    }

    /// An article naming `names`, the first holding `roles` (title, of).
    fn graph_with_roles(
        key: &str,
        text: &str,
        names: &[&str],
        roles: &[(&str, Option<&str>)],
    ) -> ArticleGraph {
        let hash = format!(
            "{:064x}",
            text.len() * 7919 + text.bytes().map(usize::from).sum::<usize>()
        );
        let article = Article {
            id: hash[48..].to_string(),
            content_hash: hash,
            key: key.into(),
            origin: key.into(),
            title: None,
            text: text.into(),
            headline: None,
            date: None,
            url: None,
            source: None,
            dateline_place: None,
            warnings: Vec::new(),
        };
        let doc = Document {
            text: text.into(),
            headline: None,
            date: None,
            annotations: Annotations {
                entities: names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| Entity {
                        name: n.to_string(),
                        kind: EntityKind::Person,
                        gender: Gender::Unknown,
                        surface_forms: vec![n.to_string()],
                        roles: roles
                            .iter()
                            .filter(|_| i == 0)
                            .map(|(title, of)| crate::extract::Role {
                                title: title.to_string(),
                                of: of.map(str::to_string),
                            })
                            .collect(),
                        mentions: 1,
                        table_name: None,
                    })
                    .collect(),
                ..Default::default()
            },
        };
        article_graph(&article, &doc)
    }

    #[test]
    fn putting_an_article_twice_changes_nothing() {
        let store = GraphStore::in_memory().unwrap();
        let g = graph("a", "Some text.", &["Vladimir Putin"]);
        assert_eq!(store.put_article(&g).unwrap(), PutOutcome::New);
        let before = store.stats().unwrap();
        assert_eq!(store.put_article(&g).unwrap(), PutOutcome::Unchanged);
        assert_eq!(store.stats().unwrap(), before);
        assert_eq!(before.articles, 1);
    }

    #[test]
    fn new_text_under_the_same_key_replaces_the_old_graph() {
        let store = GraphStore::in_memory().unwrap();
        let old = graph("a", "Some text.", &["Vladimir Putin"]);
        let new = graph("a", "Some other text.", &["Vladimir Putin"]);
        store.put_article(&old).unwrap();
        assert_eq!(store.put_article(&new).unwrap(), PutOutcome::Replaced);
        assert_eq!(store.stats().unwrap().articles, 1);
        assert!(!store.store().contains_named_graph(&old.graph).unwrap());
        assert!(store.store().contains_named_graph(&new.graph).unwrap());
    }

    #[test]
    fn an_entity_keeps_its_first_label() {
        let store = GraphStore::in_memory().unwrap();
        store
            .put_article(&graph("a", "One.", &["Volodymyr Zelenskyy"]))
            .unwrap();
        store
            .put_article(&graph("b", "Two.", &["Volodymyr Zelensky"]))
            .unwrap();
        let labels: Vec<_> = store
            .store()
            .quads_for_pattern(None, Some(rdfs::LABEL), None, None)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(labels.len(), 1);
        assert_eq!(
            labels[0].object,
            Term::Literal(Literal::new_simple_literal("Volodymyr Zelenskyy"))
        );
    }

    fn role_lists(store: &GraphStore) -> Vec<String> {
        let mut lists: Vec<String> = store
            .store()
            .quads_for_pattern(None, Some(ng::ROLE_LIST), None, None)
            .map(|q| match q.unwrap().object {
                Term::Literal(l) => l.value().to_owned(),
                other => panic!("not a literal: {other}"),
            })
            .collect();
        lists.sort();
        lists
    }

    #[test]
    fn role_lists_are_the_same_written_one_by_one_or_in_batches() {
        let articles = [
            graph_with_roles("a", "One.", &["Ana Lopez"], &[("Mayor", None)]),
            graph_with_roles("b", "Two.", &["Ana Lopez"], &[("Mayor", Some("Lima"))]),
            graph_with_roles("c", "Three.", &["Ana Lopez"], &[("Senator", None)]),
        ];
        let expected = ["Mayor of Lima; Senator"];

        let one_by_one = GraphStore::in_memory().unwrap();
        one_by_one.put_articles(&articles).unwrap();
        assert_eq!(role_lists(&one_by_one), expected);

        // Batches of about one article: roles from the store and from the batch meet.
        for batch_quads in [1, 1_000_000] {
            let bulk = GraphStore::in_memory().unwrap();
            let mut writer = bulk.writer().with_batch_quads(batch_quads);
            for article in &articles {
                writer.put(article).unwrap();
            }
            writer.finish().unwrap();
            assert_eq!(
                role_lists(&bulk),
                expected,
                "batches of {batch_quads} quads"
            );
        }
    }

    #[test]
    fn batches_grow_with_the_run_so_a_long_run_writes_few_of_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(dir.path()).unwrap();
        let articles: Vec<ArticleGraph> = (0..200)
            .map(|i| {
                // Texts of different lengths: different hashes, so different articles.
                let text = format!("Text {}.", "x".repeat(i));
                graph_with_roles(&format!("k{i}"), &text, &["Ana Lopez"], &[])
            })
            .collect();
        let one_article = articles[0].article_quads.len() + articles[0].entity_quads.len();
        let mut writer = store.writer().with_batch_quads(one_article);
        for article in &articles {
            writer.put(article).unwrap();
        }
        writer.finish().unwrap();
        // One article per batch until the run has written four, then a quarter of the run:
        // about 4 + log(50) / log(1.25) = 22 batches, not 200.
        assert!(
            (10..=30).contains(&writer.batches()),
            "{} batches",
            writer.batches()
        );
        assert_eq!(store.stats().unwrap().articles, 200);
    }

    #[test]
    fn a_store_without_role_lists_gets_them_once() {
        let store = GraphStore::in_memory().unwrap();
        store
            .put_article(&graph_with_roles(
                "a",
                "One.",
                &["Ana Lopez"],
                &[("Mayor", None)],
            ))
            .unwrap();
        let lists: Vec<Quad> = store
            .store()
            .quads_for_pattern(None, Some(ng::ROLE_LIST), None, None)
            .collect::<Result<_, _>>()
            .unwrap();
        for quad in &lists {
            store.store().remove(quad).unwrap();
        }
        assert!(!has_role_lists(store.store()).unwrap());
        assert_eq!(add_missing_role_lists(store.store()).unwrap(), 1);
        assert_eq!(role_lists(&store), ["Mayor"]);
        assert_eq!(
            add_missing_role_lists(store.store()).unwrap(),
            0,
            "only once"
        );
    }
}
