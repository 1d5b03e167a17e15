//! The whole run from inputs to a store or to quads, for `newsgraph ingest` and `newsgraph
//! extract` and for any other front end: [`ingest`] reads, extracts on every core and writes into
//! a [`GraphStore`]; [`extract_each`] hands each article's quads to a callback instead. Both take
//! the sources [`crate::ingest::sources`] lists.
//!
//! What happens along the way (a bad input, a warning, a file finished) is reported through a
//! [`Notice`] callback: the library never prints.
//!
//! # Rationale
//!
//! - Reading and extraction run on a background thread (extraction in parallel chunks of
//!   [`CHUNK`] articles on rayon's pool), writing on the caller's thread, joined by a channel of
//!   two chunks: extraction and writing overlap, and memory stays bounded whatever the corpus
//!   size, since the reader waits when the writer falls behind.
//! - Results come out in input order, so which name an entity is first stored under, and so the
//!   whole store, does not depend on thread timing.
//! - A panic in extraction is a bug, but it costs one article, not the run.
//! - Peak memory: on Linux with glibc, [`ingest`] and [`load_nquads`] first set the allocator's
//!   mmap threshold to a fixed [`MMAP_THRESHOLD`] ([`bound_allocator_growth`]). glibc gives
//!   each thread that allocates its own arena, and by default raises the mmap threshold to the
//!   largest block freed so far (up to 32 MB on 64-bit): after the first large chunk vectors
//!   and text buffers are freed, every later one is carved from the arenas' heaps, whose freed
//!   space the extraction threads' fragmentation keeps from going back to the system. A fixed
//!   threshold serves each block of 128 kB or more with its own mapping, returned to the system
//!   when it is freed, and turns the dynamic threshold off. It is a process-wide setting, so it
//!   is made once, and only by the runs that write a store.

use crate::extract;
use crate::ingest::{Article, IngestError, Source};
use crate::model::{self, ArticleGraph};
use crate::store::{
    GraphStore, LoadError, NQuadsArticles, PutOutcome, StoreError, DEFAULT_BATCH_QUADS,
};
use rayon::prelude::*;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::sync::mpsc;

/// The allocation size from which glibc's allocator maps memory of its own for a block (see
/// the module docs): 128 kB, glibc's default starting value, made fixed.
pub const MMAP_THRESHOLD: usize = 128 * 1024;

/// Sets glibc's mmap threshold to [`MMAP_THRESHOLD`] for the rest of the process, which also
/// turns off its dynamic raising (see the module docs), so that large buffers freed by an
/// ingest go back to the system instead of growing the per-thread arenas. Done once; does
/// nothing on other platforms and C libraries.
pub fn bound_allocator_growth() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: mallopt only changes allocator parameters; glibc serialises it with the
            // allocator's own lock, and the value is a valid threshold (below the 32 MB
            // maximum). Its result (1 on success) is a hint: on failure the default stays.
            let _ = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD as libc::c_int) };
        });
    }
}

/// Articles extracted in parallel per chunk: enough to keep every core busy, few enough to
/// keep memory bounded.
pub const CHUNK: usize = 256;

/// What a run reports as it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Notice {
    /// A bad input or article, skipped; the message names the file (and line).
    Failed(String),
    /// Something wrong with an input that was read all the same; the message names the file.
    Warning(String),
    /// One more source (file) fully handled; `articles` counts the articles handled so far.
    SourceDone { articles: u64 },
}

/// Longest article text extracted by default, in bytes (4 MB, a thousand times a long news
/// story): a longer "article" is a dump read as one, refused with a message rather than taking
/// minutes. Extraction time grows linearly with the text, so a higher limit only costs time.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 4_000_000;

/// Options of [`ingest`].
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Quads gathered per bulk-loaded batch (see [`crate::store::ArticleWriter`]).
    pub batch_quads: usize,
    /// Articles whose text is longer than this (in bytes) are refused, reported as failed.
    pub max_article_bytes: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            batch_quads: DEFAULT_BATCH_QUADS,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

/// What an [`ingest`] run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct IngestReport {
    pub new: usize,
    pub unchanged: usize,
    pub replaced: usize,
    pub failed: usize,
    /// Statements, relations, distinct entities and quads this run extracted.
    pub statements: usize,
    pub relations: usize,
    pub entities: usize,
    pub quads: usize,
}

impl IngestReport {
    /// Articles read and handled (new, unchanged or replaced).
    pub fn articles(&self) -> usize {
        self.new + self.unchanged + self.replaced
    }
}

/// A storage error that stopped an [`ingest`] run (a full disk, say), with what was stored
/// before it: every batch before the failing one is in the store, whole.
#[derive(Debug, thiserror::Error)]
#[error("cannot write to the store")]
pub struct IngestStopped {
    /// Articles stored by this run before the error (new and replaced).
    pub stored: usize,
    /// What the run had read and extracted when it stopped.
    pub report: IngestReport,
    #[source]
    pub error: StoreError,
}

/// Reads `sources`, extracts every article and writes it into `store`; see the module docs.
/// Bad inputs are reported and counted, not errors; a storage error stops the run, with every
/// batch before it stored.
pub fn ingest(
    store: &GraphStore,
    sources: Vec<Result<Source, IngestError>>,
    options: &IngestOptions,
    notices: impl FnMut(Notice),
) -> Result<IngestReport, IngestStopped> {
    bound_allocator_growth();
    let mut writer = store.writer().with_batch_quads(options.batch_quads);
    let mut tally = Tally::default();
    let run = extract_each(sources, options.max_article_bytes, notices, |graph| {
        let outcome = writer.put(&graph)?;
        tally.add(outcome, &graph);
        Ok::<_, StoreError>(())
    });
    let mut report = tally.report();
    match run.and_then(|failed| {
        report.failed = failed;
        writer.finish()
    }) {
        Ok(()) => Ok(report),
        Err(error) => Err(IngestStopped {
            stored: writer.stored(),
            report,
            error,
        }),
    }
}

/// Loads N-Quads written by `newsgraph extract` into `store`, article by article through the
/// same bulk writer as [`ingest`], so that the store is the one `ingest` of the same articles in
/// the same order makes (see [`NQuadsArticles`]). `paths` are files, directories (their files in
/// name order, leaving out names that start with `.` or `_`, as Spark's `_SUCCESS` and `.crc`)
/// or `-` for standard input. Stops at the first bad input, with every batch before it stored.
pub fn load_nquads(
    store: &GraphStore,
    paths: &[std::path::PathBuf],
    batch_quads: usize,
) -> Result<IngestReport, LoadError> {
    bound_allocator_growth();
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<_> = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with(['.', '_'])
                })
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path())
                .collect();
            files.append(&mut found);
        } else {
            files.push(path.clone());
        }
    }
    let mut writer = store.writer().with_batch_quads(batch_quads);
    let mut tally = Tally::default();
    for file in files {
        let origin = file.display().to_string();
        let reader: Box<dyn std::io::Read> = if file.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::fs::File::open(&file).map_err(|source| LoadError::Io {
                origin: origin.clone(),
                source,
            })?)
        };
        let reader = std::io::BufReader::with_capacity(1 << 16, reader);
        for graph in NQuadsArticles::new(origin, reader) {
            let graph = graph?;
            let outcome = writer.put(&graph)?;
            tally.add(outcome, &graph);
        }
    }
    writer.finish()?;
    Ok(tally.report())
}

/// The counts of an [`IngestReport`] as articles are stored, shared by [`ingest`] and
/// [`load_nquads`].
#[derive(Default)]
struct Tally {
    report: IngestReport,
    /// Hashes rather than IRIs: the count needs no more, in a fraction of the memory.
    entities: HashSet<u64>,
}

impl Tally {
    fn add(&mut self, outcome: PutOutcome, graph: &ArticleGraph) {
        match outcome {
            PutOutcome::New => self.report.new += 1,
            PutOutcome::Unchanged => self.report.unchanged += 1,
            PutOutcome::Replaced => self.report.replaced += 1,
        }
        self.report.statements += graph.statement_count();
        self.report.relations += graph.relation_count();
        self.report.quads += graph.len();
        self.entities.extend(graph.entities().map(|e| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            e.hash(&mut hasher);
            hasher.finish()
        }));
    }

    /// The report so far, distinct entities counted.
    fn report(&self) -> IngestReport {
        IngestReport {
            entities: self.entities.len(),
            ..self.report
        }
    }
}

/// Reads `sources`, extracts their articles in parallel on a background thread, and calls `sink`
/// on this thread for each article's graph, in input order. Articles longer than
/// `max_article_bytes` are refused. Returns the number of inputs and articles that failed;
/// stops at the first error of `sink`.
pub fn extract_each<E>(
    sources: Vec<Result<Source, IngestError>>,
    max_article_bytes: usize,
    mut notices: impl FnMut(Notice),
    mut sink: impl FnMut(ArticleGraph) -> Result<(), E>,
) -> Result<usize, E> {
    let (tx, rx) = mpsc::sync_channel::<Vec<Item>>(2);
    let mut failed = 0;
    let mut articles = 0u64;
    std::thread::scope(|scope| -> Result<(), E> {
        scope.spawn(move || read_and_extract(sources, max_article_bytes, tx));
        for batch in rx {
            for item in batch {
                match item {
                    Item::Graph(graph) => {
                        sink(*graph)?;
                        articles += 1;
                    }
                    Item::Failed(msg) => {
                        failed += 1;
                        notices(Notice::Failed(msg));
                    }
                    Item::Warning(msg) => notices(Notice::Warning(msg)),
                    Item::SourceDone => notices(Notice::SourceDone { articles }),
                }
            }
        }
        // On an early return the receiver is dropped, so the reader stops at its next send.
        Ok(())
    })?;
    Ok(failed)
}

/// What the reading/extraction thread hands to the writing side.
enum Item {
    Graph(Box<ArticleGraph>),
    Failed(String),
    Warning(String),
    SourceDone,
}

/// The background side of [`extract_each`]: stops as soon as the receiver is gone.
fn read_and_extract(
    sources: Vec<Result<Source, IngestError>>,
    max_article_bytes: usize,
    tx: mpsc::SyncSender<Vec<Item>>,
) {
    // Articles and markers in input order; markers ride along so progress follows the output.
    let mut pending: Vec<Result<Article, Item>> = Vec::with_capacity(CHUNK);
    let mut n_articles = 0;
    let flush = |pending: &mut Vec<Result<Article, Item>>| -> bool {
        let batch: Vec<Item> = std::mem::take(pending)
            .into_par_iter()
            .map(|entry| match entry {
                Ok(article) => process(&article),
                Err(item) => item,
            })
            .collect();
        tx.send(batch).is_ok()
    };
    for source in sources {
        match source {
            Err(e) => pending.push(Err(Item::Failed(e.to_string()))),
            Ok(source) => {
                for article in source.articles() {
                    match article {
                        Ok(article) if article.text.len() > max_article_bytes => {
                            pending.push(Err(Item::Failed(format!(
                                "{}: article of {} bytes is longer than the limit of {} bytes: \
                                 refused (a dump read as one article? raise --max-article-bytes \
                                 to extract it anyway)",
                                article.origin,
                                article.text.len(),
                                max_article_bytes
                            ))));
                        }
                        Ok(article) => {
                            for warning in &article.warnings {
                                pending.push(Err(Item::Warning(warning.clone())));
                            }
                            pending.push(Ok(article));
                            n_articles += 1;
                        }
                        Err(e) => pending.push(Err(Item::Failed(e.to_string()))),
                    }
                    if n_articles >= CHUNK {
                        if !flush(&mut pending) {
                            return;
                        }
                        n_articles = 0;
                    }
                }
            }
        }
        pending.push(Err(Item::SourceDone));
    }
    if !pending.is_empty() {
        flush(&mut pending);
    }
}

/// Extracts one article and builds its quads, catching a panic as a failed article.
fn process(article: &Article) -> Item {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let doc = extract::extract(article);
        model::article_graph(article, &doc)
    }));
    match result {
        Ok(graph) => Item::Graph(Box::new(graph)),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Item::Failed(format!(
                "{}: extraction failed (this is a bug): {msg}",
                article.origin
            ))
        }
    }
}
