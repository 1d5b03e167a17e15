//! `export`: the store as RDF or as a graph for viewers, to stdout, a device or a file that is
//! replaced only when the whole export succeeded.

use super::args::{ExportArgs, ExportFormatArg};
use super::store::{read_store, vanished};
use anyhow::{bail, Context, Result};
use newsgraph::export::{graph, ExportFormat, Filter, GraphFormat};
use newsgraph::store::GraphStore;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// An export target: an RDF syntax or a graph-viewer format.
#[derive(Clone, Copy)]
enum ExportTarget {
    Rdf(ExportFormat),
    Graph(GraphFormat),
}

impl From<ExportFormatArg> for ExportTarget {
    fn from(f: ExportFormatArg) -> Self {
        use ExportFormatArg as A;
        match f {
            A::Turtle => ExportTarget::Rdf(ExportFormat::Turtle),
            A::Trig => ExportTarget::Rdf(ExportFormat::Trig),
            A::Nquads => ExportTarget::Rdf(ExportFormat::NQuads),
            A::Ntriples => ExportTarget::Rdf(ExportFormat::NTriples),
            A::Jsonld => ExportTarget::Rdf(ExportFormat::JsonLd),
            A::Rdfxml => ExportTarget::Rdf(ExportFormat::RdfXml),
            A::Graphml => ExportTarget::Graph(GraphFormat::GraphMl),
            A::Gexf => ExportTarget::Graph(GraphFormat::Gexf),
            A::Dot => ExportTarget::Graph(GraphFormat::Dot),
            A::Cytoscape => ExportTarget::Graph(GraphFormat::Cytoscape),
            A::Html => ExportTarget::Graph(GraphFormat::Html),
        }
    }
}

impl ExportTarget {
    /// The target a file extension names (`ttl`, `nq`, `gexf`, `gv`, `cyjs`, `html`, …).
    fn from_extension(ext: &str) -> Option<Self> {
        GraphFormat::from_name(ext)
            .map(ExportTarget::Graph)
            .or_else(|| ExportFormat::from_name(ext).map(ExportTarget::Rdf))
    }
}

/// Writes the store, or the part the filters keep, in the format asked for or named by the
/// output file's extension.
pub(crate) fn export(store_path: &Path, args: ExportArgs) -> Result<ExitCode> {
    let target: ExportTarget = match (args.format, &args.output) {
        (Some(f), _) => f.into(),
        (None, Some(path)) => path
            .extension()
            .and_then(|e| e.to_str())
            .and_then(ExportTarget::from_extension)
            .unwrap_or(ExportTarget::Rdf(ExportFormat::Turtle)),
        (None, None) => ExportTarget::Rdf(ExportFormat::Turtle),
    };
    if let (ExportTarget::Rdf(format), Some(_)) = (target, args.min_mentions) {
        bail!(
            "--min-mentions applies to the graph formats (graphml, gexf, dot, cytoscape, html), not to {format}"
        );
    }
    let filter = Filter {
        graph: args.graph,
        about: args.about,
        since: args.since,
        until: args.until,
    };
    let write = |store: &GraphStore, out: Box<dyn Write + '_>| -> Result<()> {
        let mut out = match target {
            ExportTarget::Rdf(format) => newsgraph::export::export(store, format, &filter, out)?,
            ExportTarget::Graph(format) => {
                let options = graph::Options {
                    filter: filter.clone(),
                    min_mentions: args.min_mentions.unwrap_or(0),
                    quotes: format == GraphFormat::Html,
                };
                let projection = graph::project(store, &options)?;
                graph::write(&projection, format, out)?
            }
        };
        out.flush()?;
        Ok(())
    };
    match &args.output {
        // A file is written whole or not at all, so an export can start again on a fresh view.
        Some(path) if std::fs::metadata(path).map_or(true, |m| m.is_file()) => {
            read_store(store_path, |store| {
                write_output(path, |out| write(store, out))
            })
            .with_context(|| format!("cannot export to {}", path.display()))?
        }
        Some(path) => {
            let device = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            stream_export(store_path, device, write)
                .with_context(|| format!("cannot export to {}", path.display()))?
        }
        None => stream_export(store_path, io::stdout().lock(), write)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Exports into a stream (stdout, a device): it starts again on a fresh view of the store when a
/// file vanished before any byte went out, and stops with a message when output had begun.
fn stream_export(
    store_path: &Path,
    mut sink: impl Write,
    write: impl Fn(&GraphStore, Box<dyn Write + '_>) -> Result<()>,
) -> Result<()> {
    let written = std::cell::Cell::new(0u64);
    read_store(store_path, |store| {
        let counted = CountingWriter {
            inner: &mut sink,
            written: &written,
        };
        match write(store, Box::new(BufWriter::new(counted))) {
            Err(err) if written.get() > 0 && vanished(&err) => bail!(
                "an ingest running beside this export compacted away a file of the store the \
                 export had not read yet, after output had begun: run it again (with -o FILE an \
                 export starts again by itself)"
            ),
            done => done,
        }
    })
}

/// A writer that counts the bytes that reached the writer underneath.
struct CountingWriter<'a, W> {
    inner: W,
    written: &'a std::cell::Cell<u64>,
}

impl<W: Write> Write for CountingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written.set(self.written.get() + n as u64);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes to `path` without destroying what was there: a regular file (or a new one) is written
/// beside it under a temporary name and renamed over it only on success; anything else (a
/// device, a FIFO) is written in place and never removed.
fn write_output(path: &Path, write: impl FnOnce(Box<dyn Write + '_>) -> Result<()>) -> Result<()> {
    let regular = std::fs::metadata(path).map_or(true, |m| m.is_file());
    if !regular {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .with_context(|| format!("cannot open {}", path.display()))?;
        return write(Box::new(BufWriter::new(file)));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".newsgraph-export-")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a file in {}", dir.display()))?;
    write(Box::new(BufWriter::new(temp.as_file())))?;
    // The export gets the permissions of the file it replaces, or the usual ones.
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => {
            use std::os::unix::fs::PermissionsExt;
            std::fs::Permissions::from_mode(0o644)
        }
    };
    std::fs::set_permissions(temp.path(), permissions)?;
    temp.persist(path)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}
