//! `ingest`, `extract` and `load`: articles (or `extract`'s N-Quads) into the store or onto
//! stdout, with a count of what went in on stderr and exit code 1 when some inputs failed.

use super::progress::Reporter;
use super::store::open_store;
use anyhow::{Context, Result};
use newsgraph::export::{ExportFormat, QuadWriter};
use newsgraph::ingest;
use newsgraph::pipeline::{self, IngestOptions, IngestReport};
use newsgraph::query;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Reads, extracts and stores the articles under `paths`; exit code 1 when some failed.
pub(crate) fn ingest(
    store_path: &Path,
    paths: &[PathBuf],
    options: IngestOptions,
) -> Result<ExitCode> {
    let started = Instant::now();
    let store = open_store(store_path)?;
    // Readers open the store read-only and cannot add the name keys of an older store: the
    // writer does, once.
    query::add_missing_name_keys(&store)
        .and_then(|_| newsgraph::store::add_missing_text_keys(store.store()))
        .with_context(|| format!("cannot update the store at {}", store_path.display()))?;
    newsgraph::store::add_missing_reading_order(store.store())
        .with_context(|| format!("cannot update the store at {}", store_path.display()))?;
    let sources = ingest::sources(paths);
    let reporter = Reporter::new(sources.len());
    let report = match pipeline::ingest(&store, sources, &options, |n| reporter.notice(n)) {
        Ok(report) => report,
        Err(stopped) => {
            reporter.finish();
            // A full disk, say: say what is in the store and how to go on.
            eprintln!(
                "stopped after storing {} articles in whole batches ({} read, {} failed); the \
                 rest is not stored. Free some space (or choose another --store) and run the same \
                 command again: stored articles are left alone, the others go in.",
                stopped.stored,
                stopped.report.articles(),
                stopped.report.failed
            );
            return Err(stopped.into());
        }
    };
    reporter.finish();
    let IngestReport {
        new,
        unchanged,
        replaced,
        failed,
        statements,
        relations,
        entities,
        quads,
    } = report;
    eprintln!(
        "ingested {} articles (new {new}, unchanged {unchanged}, replaced {replaced}, failed {failed}): \
         {statements} statements, {relations} relations, {entities} entities, {quads} quads in {:.1} s",
        report.articles(),
        started.elapsed().as_secs_f64()
    );
    Ok(exit_code(failed))
}

/// Extracts the articles under `paths` to RDF on stdout, without a store (one shard of a
/// cluster run); exit code 1 when some failed.
pub(crate) fn extract(
    paths: &[PathBuf],
    format: ExportFormat,
    max_article_bytes: usize,
) -> Result<ExitCode> {
    let stdout = io::stdout().lock();
    let mut writer = QuadWriter::new(format, BufWriter::new(stdout));
    let sources = ingest::sources(paths);
    let reporter = Reporter::new(sources.len());
    let failed = pipeline::extract_each(
        sources,
        max_article_bytes,
        |n| reporter.notice(n),
        |graph| {
            for q in graph.quads() {
                writer.write(q.as_ref()).context("cannot write RDF")?;
            }
            Ok::<_, anyhow::Error>(())
        },
    )?;
    reporter.finish();
    let mut out = writer.finish().context("cannot write RDF")?;
    out.flush().context("cannot write RDF")?;
    Ok(exit_code(failed))
}

/// Stores the N-Quads `extract` wrote, as `ingest` would have stored the same articles.
pub(crate) fn load(store_path: &Path, paths: &[PathBuf], batch_quads: usize) -> Result<ExitCode> {
    let started = Instant::now();
    let store = open_store(store_path)?;
    let report = pipeline::load_nquads(&store, paths, batch_quads)?;
    eprintln!(
        "loaded {} articles (new {}, unchanged {}, replaced {}): {} statements, {} relations, {} entities, {} quads in {:.1} s",
        report.articles(),
        report.new,
        report.unchanged,
        report.replaced,
        report.statements,
        report.relations,
        report.entities,
        report.quads,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Exit code 1 when some inputs or articles failed (the others were handled), else 0.
fn exit_code(failed: usize) -> ExitCode {
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
