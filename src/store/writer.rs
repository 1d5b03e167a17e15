//! Writing many articles at the store's own speed: [`ArticleWriter`] gathers new articles into
//! large batches and writes each batch through Oxigraph's bulk loader.
//!
//! # Rationale
//!
//! - One RocksDB transaction per article spends most of an ingest in the transaction machinery
//!   and keeps every written quad in RocksDB's memtables. The bulk loader instead sorts a batch
//!   into SST files and hands them to RocksDB in one `IngestExternalFiles` call, which is atomic
//!   across column families: a batch is in the store whole or not at all, so a crash (even
//!   `kill -9`) leaves only whole articles, and a re-run finds the stored ones unchanged and
//!   writes the rest.
//! - The bulk loader only adds quads and never reads, so what a batch needs to know of the store
//!   is looked up before the batch is written: whether the article's key is stored (and with
//!   which text), and which label each entity already has. Articles queued in the pending batch
//!   count as stored for both.
//! - A changed article (its key stored with another text) must take the old version's place in
//!   one step: the pending batch is written first, then the replacement goes through
//!   [`GraphStore::put_article`]'s transaction, which removes and inserts together. Replacements
//!   are rare in bulk runs.
//! - Memory is bounded by the batch size ([`ArticleWriter::with_batch_quads`]), not the corpus.

use super::{GraphStore, PutOutcome, StoreError};
use crate::model::vocab::{ng, skos, ENTITIES_GRAPH};
use crate::model::ArticleGraph;
use oxigraph::model::vocab::rdfs;
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term,
};
use std::collections::{HashMap, HashSet};

/// Quads gathered before a batch is written: large enough for the bulk loader to pay off,
/// small enough to keep memory flat (about 100 MB while the batch is sorted).
pub const DEFAULT_BATCH_QUADS: usize = 200_000;

/// Writes articles in bulk-loaded batches; see the module docs. Call [`ArticleWriter::finish`]
/// at the end: articles still pending when the writer is dropped are not written.
pub struct ArticleWriter<'a> {
    store: &'a GraphStore,
    batch_quads: usize,
    pending: Vec<Quad>,
    /// Key → content hash of the articles in `pending`.
    pending_keys: HashMap<String, String>,
    /// Entity → its `rdfs:label`, for the entities `pending` describes.
    labels: HashMap<NamedNode, Literal>,
}

impl<'a> ArticleWriter<'a> {
    pub(super) fn new(store: &'a GraphStore) -> Self {
        Self {
            store,
            batch_quads: DEFAULT_BATCH_QUADS,
            pending: Vec::new(),
            pending_keys: HashMap::new(),
            labels: HashMap::new(),
        }
    }

    /// Sets how many quads are gathered before a batch is written (at least one article's).
    pub fn with_batch_quads(mut self, quads: usize) -> Self {
        self.batch_quads = quads.max(1);
        self
    }

    /// Queues one article, writing the pending batch when it is full; see [`PutOutcome`]. A new
    /// article is stored once its batch is written (at the latest by [`Self::finish`]).
    pub fn put(&mut self, article: &ArticleGraph) -> Result<PutOutcome, StoreError> {
        match self.pending_keys.get(&article.key) {
            Some(hash) if *hash == article.content_hash => return Ok(PutOutcome::Unchanged),
            // The same key twice in one batch with other texts: the later one replaces.
            Some(_) => self.commit()?,
            None => {}
        }
        match self.stored_version(article)? {
            Stored::Same => return Ok(PutOutcome::Unchanged),
            Stored::Other => {
                self.commit()?;
                return self.store.put_article(article);
            }
            Stored::None => {}
        }
        self.queue(article)?;
        if self.pending.len() >= self.batch_quads {
            self.commit()?;
        }
        Ok(PutOutcome::New)
    }

    /// Writes the pending batch and flushes the store.
    pub fn finish(mut self) -> Result<(), StoreError> {
        self.commit()?;
        self.store.flush()
    }

    /// Whether the store holds the article's key, and with this text or another.
    fn stored_version(&self, article: &ArticleGraph) -> Result<Stored, StoreError> {
        let store = self.store.store();
        let key = Literal::new_simple_literal(&article.key);
        let hash = Literal::new_simple_literal(&article.content_hash);
        let mut found = Stored::None;
        for quad in store.quads_for_pattern(None, Some(ng::KEY), Some(key.as_ref().into()), None)
        {
            let quad = quad?;
            let same = store
                .quads_for_pattern(
                    Some(quad.subject.as_ref()),
                    Some(ng::CONTENT_HASH),
                    Some(hash.as_ref().into()),
                    Some(quad.graph_name.as_ref()),
                )
                .next()
                .transpose()?
                .is_some();
            if same {
                return Ok(Stored::Same);
            }
            found = Stored::Other;
        }
        Ok(found)
    }

    /// Adds the article's quads to the pending batch, an entity's label as `skos:altLabel` when
    /// the entity already has another one (the rule of [`GraphStore::put_article`]).
    fn queue(&mut self, article: &ArticleGraph) -> Result<(), StoreError> {
        self.pending_keys
            .insert(article.key.clone(), article.content_hash.clone());
        self.pending.extend(article.article_quads.iter().cloned());
        let entities = NamedNode::new_unchecked(ENTITIES_GRAPH);
        let mut labelled = HashSet::new();
        for q in &article.entity_quads {
            if q.predicate == rdfs::LABEL {
                if let (NamedOrBlankNode::NamedNode(s), Term::Literal(label)) =
                    (&q.subject, &q.object)
                {
                    let alt = || {
                        Quad::new(
                            s.clone(),
                            skos::ALT_LABEL,
                            label.clone(),
                            GraphName::NamedNode(entities.clone()),
                        )
                    };
                    if !labelled.insert(s.clone()) {
                        // A second name with the same key within the article: an alternative.
                        self.pending.push(alt());
                        continue;
                    }
                    if let Some(existing) = self.label_of(s)? {
                        if existing != *label {
                            self.pending.push(alt());
                        }
                        continue;
                    }
                    self.labels.insert(s.clone(), label.clone());
                }
            }
            self.pending.push(q.clone());
        }
        Ok(())
    }

    /// The label an entity has in the pending batch or in the store.
    fn label_of(&mut self, entity: &NamedNode) -> Result<Option<Literal>, StoreError> {
        if let Some(label) = self.labels.get(entity) {
            return Ok(Some(label.clone()));
        }
        let stored = self
            .store
            .store()
            .quads_for_pattern(
                Some(entity.as_ref().into()),
                Some(rdfs::LABEL),
                None,
                Some(GraphNameRef::NamedNode(
                    NamedNode::new_unchecked(ENTITIES_GRAPH).as_ref(),
                )),
            )
            .next()
            .transpose()?;
        Ok(match stored.map(|q| q.object) {
            Some(Term::Literal(label)) => {
                self.labels.insert(entity.clone(), label.clone());
                Some(label)
            }
            _ => None,
        })
    }

    /// Writes the pending batch in one atomic bulk load.
    fn commit(&mut self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let quads = std::mem::take(&mut self.pending);
        // One loader batch for the whole of `quads` (its batch size is memory × 1000 / threads),
        // so nothing is split and the one commit below writes it all or nothing.
        let mut loader = self
            .store
            .store()
            .bulk_loader()
            .with_num_threads(1)
            .with_max_memory_size_in_megabytes(quads.len() / 1000 + 1);
        loader.load_quads(quads)?;
        loader.commit()?;
        self.pending_keys.clear();
        self.labels.clear();
        Ok(())
    }
}

/// What the store holds under an article's key.
enum Stored {
    None,
    Same,
    Other,
}
