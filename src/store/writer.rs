//! Writing many articles at the store's own speed: [`ArticleWriter`] hands new articles to
//! Oxigraph's bulk loader in chunks and makes them durable in large atomic batches.
//!
//! # Rationale
//!
//! - One RocksDB transaction per article spends most of an ingest in the transaction machinery
//!   and keeps every written quad in RocksDB's memtables. The bulk loader instead sorts chunks of
//!   quads into SST files on its own thread (while the next chunk is gathered, so writing
//!   overlaps with extraction) and hands all the files of a batch to RocksDB in one
//!   `IngestExternalFiles` call, which is atomic across column families: a batch is in the store
//!   whole or not at all, so a crash (even `kill -9`) leaves only whole articles, and a re-run
//!   finds the stored ones unchanged and writes the rest.
//! - Batches are large ([`DEFAULT_BATCH_QUADS`] at first, then a quarter of what the run has
//!   written, [`BATCH_GROWTH`]): every ingestion adds overlapping files that RocksDB must
//!   compact, and small batches made compaction a fifth of an ingest. Growing batches keep the
//!   number of ingestions logarithmic in a long run (and its memory lower) while a crash still
//!   costs at most a fifth of what it wrote. Chunks ([`LOAD_CHUNK_QUADS`]) are small, since they are what is held in memory;
//!   the files of a batch wait on disk.
//! - The bulk loader only adds quads and never reads, so what an article needs to know of the
//!   store is looked up when it is queued: whether its key is stored (and with which text), and
//!   which label each entity already has. Articles of the batch not yet written count as stored
//!   for both, through two maps that are emptied at every batch.
//! - A changed article (its key stored with another text) must take the old version's place in
//!   one step: the batch is written first, then the replacement goes through
//!   [`GraphStore::put_article`]'s transaction, which removes and inserts together. Replacements
//!   are rare in bulk runs.
//! - Each batch adds its own files to every index, and a reader looks a key up in each file
//!   that may hold it: a store built by many batches answers queries three times slower (CPU,
//!   `quotes-by` on BBC+Reuters) than the same store compacted. So a run that grew the store by a
//!   fifth or more compacts it at the end (Oxigraph's `optimize`, what `oxigraph optimize`
//!   does). Compaction rewrites the whole store, so small runs into a large store leave it to
//!   RocksDB's background compactions; growing by a fifth at a time keeps the total rewriting
//!   linear in what is ingested.

use super::roles::{self, RoleHolders};
use super::{GraphStore, PutOutcome, StoreError};
use crate::model::vocab::{ng, skos, ENTITIES_GRAPH};
use crate::model::ArticleGraph;
use oxigraph::model::vocab::rdfs;
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, QuadRef, Term,
};
use oxigraph::store::BulkLoader;
use std::collections::{HashMap, HashSet};

/// Quads in a run's first atomic batches: what a crash can cost a short run (a re-run writes
/// it again). About 5,000 wire stories. Larger first batches cost less CPU but more wall time:
/// RocksDB ingests and compacts the earlier batches on the other core while extraction goes on,
/// and one batch leaves all of that to the end (Reuters in one 4 M batch: −15% CPU, +10% wall).
pub const DEFAULT_BATCH_QUADS: usize = 1_000_000;

/// Later batches hold at least what the run has written divided by this: a crash costs a long
/// run at most a fifth of its work, and the batches grow geometrically.
pub const BATCH_GROWTH: usize = 4;

/// Quads per chunk handed to the bulk loader's thread: what the writer holds in memory (twice,
/// one chunk gathered and one being sorted, about 100 MB each).
pub const LOAD_CHUNK_QUADS: usize = 100_000;

/// A run that grew the store to at least this many times what it added compacts it at the
/// end (5: the run added a fifth of the store or more). See the module docs.
pub const COMPACT_AFTER_GROWTH: u64 = 5;

/// Writes articles in bulk-loaded batches; see the module docs. Call [`ArticleWriter::finish`]
/// at the end: articles of a batch not written when the writer is dropped are not stored.
pub struct ArticleWriter<'a> {
    store: &'a GraphStore,
    batch_quads: usize,
    /// Quads not yet handed to the loader.
    chunk: Vec<Quad>,
    /// The batch being written: chunks sorted into SST files, not yet in the store.
    loader: Option<BulkLoader<'a>>,
    /// Quads of the batch (in `chunk` and in `loader`).
    batch_len: usize,
    /// Quads of the batches this writer has committed, and how many batches.
    written_quads: usize,
    batches: usize,
    /// Key → content hash of the articles of the batch.
    keys: HashMap<String, String>,
    /// Entity → its `rdfs:label`, for the entities the batch describes.
    labels: HashMap<NamedNode, Literal>,
    /// The entities the batch gives roles to, and those roles: their `ng:roleList` is
    /// rewritten when the batch is.
    role_holders: RoleHolders,
    /// Whether the store's role lists were checked for a store written before they existed.
    role_lists_checked: bool,
    /// Articles written into the store so far (new ones of committed batches, replacements).
    stored: usize,
    /// The store's size on disk when the writer was made, and whether a batch was bulk-loaded
    /// since: what [`Self::finish`] decides to compact by.
    disk_bytes_before: u64,
    loaded: bool,
}

impl<'a> ArticleWriter<'a> {
    pub(super) fn new(store: &'a GraphStore) -> Self {
        Self {
            store,
            batch_quads: DEFAULT_BATCH_QUADS,
            chunk: Vec::new(),
            loader: None,
            batch_len: 0,
            written_quads: 0,
            batches: 0,
            keys: HashMap::new(),
            labels: HashMap::new(),
            role_holders: RoleHolders::default(),
            role_lists_checked: false,
            stored: 0,
            disk_bytes_before: store.disk_bytes(),
            loaded: false,
        }
    }

    /// Sets how many quads the first batches gather before they are written (at least one
    /// article's); later ones grow with the run ([`BATCH_GROWTH`]).
    pub fn with_batch_quads(mut self, quads: usize) -> Self {
        self.batch_quads = quads.max(1);
        self
    }

    /// Queues one article, writing the batch when it is full; see [`PutOutcome`]. A new article
    /// is stored once its batch is written (at the latest by [`Self::finish`]).
    pub fn put(&mut self, article: &ArticleGraph) -> Result<PutOutcome, StoreError> {
        match self.keys.get(&article.key) {
            Some(hash) if *hash == article.content_hash => return Ok(PutOutcome::Unchanged),
            // The same key twice in one batch with other texts: the later one replaces.
            Some(_) => self.commit()?,
            None => {}
        }
        match self.stored_version(article)? {
            Stored::Same => return Ok(PutOutcome::Unchanged),
            Stored::Other => {
                self.commit()?;
                let outcome = self.store.put_article(article)?;
                self.stored += 1;
                return Ok(outcome);
            }
            Stored::None => {}
        }
        let before = self.chunk.len();
        self.queue(article)?;
        self.batch_len += self.chunk.len() - before;
        if self.batch_len >= self.batch_quads.max(self.written_quads / BATCH_GROWTH) {
            self.commit()?;
        } else if self.chunk.len() >= LOAD_CHUNK_QUADS {
            self.hand_over()?;
        }
        Ok(PutOutcome::New)
    }

    /// How many articles are in the store so far (new ones and replacements): after an error,
    /// what the run did store.
    pub fn stored(&self) -> usize {
        self.stored
    }

    /// How many atomic batches have been written so far.
    pub fn batches(&self) -> usize {
        self.batches
    }

    /// Writes the batch and flushes the store, then compacts it when this run grew it by at
    /// least a fifth (`COMPACT_AFTER_GROWTH`).
    pub fn finish(&mut self) -> Result<(), StoreError> {
        self.commit()?;
        self.store.flush()?;
        let after = self.store.disk_bytes();
        let grown = after.saturating_sub(self.disk_bytes_before);
        if self.loaded && grown * COMPACT_AFTER_GROWTH >= after {
            self.store.store().optimize()?;
        }
        Ok(())
    }

    /// Whether the store holds the article's key, and with this text or another.
    fn stored_version(&self, article: &ArticleGraph) -> Result<Stored, StoreError> {
        let store = self.store.store();
        let key = Literal::new_simple_literal(&article.key);
        let hash = Literal::new_simple_literal(&article.content_hash);
        let mut found = Stored::None;
        for quad in store.quads_for_pattern(None, Some(ng::KEY), Some(key.as_ref().into()), None) {
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

    /// Adds the article's quads to the batch, an entity's label as `skos:altLabel` when
    /// the entity already has another one (the rule of [`GraphStore::put_article`]).
    fn queue(&mut self, article: &ArticleGraph) -> Result<(), StoreError> {
        self.keys
            .insert(article.key.clone(), article.content_hash.clone());
        self.chunk.extend(article.article_quads.iter().cloned());
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
                        self.chunk.push(alt());
                        continue;
                    }
                    if let Some(existing) = self.label_of(s, label)? {
                        if existing != *label {
                            self.chunk.push(alt());
                        }
                        continue;
                    }
                    self.labels.insert(s.clone(), label.clone());
                }
            }
            self.role_holders.note(q);
            self.chunk.push(q.clone());
        }
        Ok(())
    }

    /// The label an entity has in the batch or in the store; `label` is the one the article
    /// gives it.
    ///
    /// Most entities of a large run are stored already under the very label the article gives
    /// (the same country, company or person in article after article), so that quad is looked
    /// up first, by a point read (`Store::contains`), which RocksDB's Bloom filters answer
    /// without opening most files. Only then is the entity's label read with a pattern, whose
    /// iterator seeks in every file of the store that may hold it: a bulk-loaded store has many.
    fn label_of(
        &mut self,
        entity: &NamedNode,
        label: &Literal,
    ) -> Result<Option<Literal>, StoreError> {
        if let Some(label) = self.labels.get(entity) {
            return Ok(Some(label.clone()));
        }
        let entities = NamedNode::new_unchecked(ENTITIES_GRAPH);
        let graph = GraphNameRef::NamedNode(entities.as_ref());
        let store = self.store.store();
        if store.contains(QuadRef::new(entity, rdfs::LABEL, label, graph))? {
            self.labels.insert(entity.clone(), label.clone());
            return Ok(Some(label.clone()));
        }
        let stored = store
            .quads_for_pattern(
                Some(entity.as_ref().into()),
                Some(rdfs::LABEL),
                None,
                Some(graph),
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

    /// Rewrites the role lists of the entities the batch gives roles to (and, the first time, adds
    /// those of a store written before role lists existed).
    fn write_role_lists(&mut self) -> Result<(), StoreError> {
        if !self.role_lists_checked {
            roles::add_missing_role_lists(self.store.store())?;
            self.role_lists_checked = true;
        }
        roles::write_role_lists(self.store.store(), &self.role_holders)?;
        self.role_holders.clear();
        Ok(())
    }

    /// Hands the gathered chunk to the loader, whose thread sorts it into SST files while the
    /// next chunk is gathered (it first waits for the chunk before).
    fn hand_over(&mut self) -> Result<(), StoreError> {
        if self.chunk.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.chunk, Vec::with_capacity(LOAD_CHUNK_QUADS));
        // The loader cuts what it is given into pieces of memory × 1000 / threads quads: one
        // piece per chunk, so that it sorts one while the writer gathers the next.
        let loader = self.loader.get_or_insert_with(|| {
            self.store
                .store()
                .bulk_loader()
                .with_num_threads(1)
                .with_max_memory_size_in_megabytes(LOAD_CHUNK_QUADS / 1000 + 1)
        });
        loader.load_quads(chunk)?;
        Ok(())
    }

    /// Writes the batch: its SST files go into the store in one atomic ingestion.
    ///
    /// The role lists of the entities it gives roles to are rewritten first, from their roles
    /// in the store and in the batch: a crash between the two leaves lists that already count
    /// the batch's roles, and the re-run that writes the batch computes the same lists again.
    /// An in-memory store's bulk loader holds the store's one transaction until it commits, and
    /// nothing survives a crash there: its lists are written after the batch.
    fn commit(&mut self) -> Result<(), StoreError> {
        self.hand_over()?;
        let lists_first = !self.store.is_in_memory();
        if lists_first {
            self.write_role_lists()?;
        }
        if let Some(loader) = self.loader.take() {
            loader.commit()?;
            self.loaded = true;
        }
        if !lists_first {
            self.write_role_lists()?;
        }
        self.stored += self.keys.len();
        self.written_quads += self.batch_len;
        self.batches += usize::from(self.batch_len > 0);
        self.batch_len = 0;
        self.keys.clear();
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
