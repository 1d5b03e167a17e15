//! The `newsgraph` command line: a thin layer over the library (see `src/lib.rs` for the
//! pipeline, `src/pipeline.rs` for ingest). It parses arguments, calls the library and prints.
//!
//! Exit status: 0 on success (a closed pipe on stdout counts as success), 1 when some inputs
//! could not be read or extracted (the rest were processed), 2 on any other error, with the whole
//! error chain on stderr.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use newsgraph::eval;
use newsgraph::export::{graph, ExportFormat, Filter, GraphFormat, QuadWriter};
use newsgraph::ingest;
use newsgraph::pipeline::{self, IngestOptions, IngestReport, Notice, DEFAULT_MAX_ARTICLE_BYTES};
use newsgraph::query::{self, ResultFormat};
use newsgraph::serve;
use newsgraph::store::{GraphStore, DEFAULT_BATCH_QUADS};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Show a progress bar only for runs with more files than this.
const PROGRESS_MIN_FILES: usize = 5;

#[derive(Parser)]
#[command(
    name = "newsgraph",
    version,
    about = "Turns news articles into an RDF knowledge graph of who said what to whom, and who did what to whom",
    propagate_version = true
)]
struct Cli {
    /// Store directory (an Oxigraph/RocksDB database, created if missing).
    #[arg(
        long,
        global = true,
        env = "NEWSGRAPH_STORE",
        default_value = "newsgraph.db",
        value_name = "PATH"
    )]
    store: PathBuf,

    /// A directory of your own tables (countries.tsv, organizations.tsv, office_holders.tsv, …,
    /// same columns as in data/), whose rows are added to the built-in ones.
    #[arg(long, global = true, env = "NEWSGRAPH_TABLES", value_name = "DIR")]
    tables: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles (text, HTML, JSON Lines; files, directories, `-` for stdin) into the store.
    Ingest {
        /// Files, directories (walked recursively) or `-` for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Quads written per batch: each batch is stored whole or not at all, in one bulk load;
        /// a crash costs at most the batch being written, which a re-run writes again. Smaller
        /// batches write slower (RocksDB compacts more); memory does not depend on it.
        #[arg(long, value_name = "N", default_value_t = DEFAULT_BATCH_QUADS)]
        batch_quads: usize,
        /// Refuse an article whose text is longer than this many bytes (reported with its file
        /// and line; the other articles go in).
        #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_ARTICLE_BYTES)]
        max_article_bytes: usize,
    },
    /// Run a bundled query (see `newsgraph queries`), a .rq file, or --sparql TEXT.
    Query {
        /// Bundled query name or path to a .rq file.
        #[arg(value_name = "NAME|FILE.rq", required_unless_present = "sparql")]
        query: Option<String>,
        /// SPARQL query text.
        #[arg(long, conflicts_with = "query", value_name = "TEXT")]
        sparql: Option<String>,
        /// Bind the placeholder ?_NAME, e.g. --param speaker="Vladimir Putin". Repeatable.
        #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
        params: Vec<String>,
        /// Output format [default: table on a terminal, csv otherwise].
        #[arg(long, short = 'f', value_enum)]
        format: Option<QueryFormat>,
        /// Print Oxigraph's query plan with rows and time per step (JSON) instead of results.
        #[arg(long)]
        explain: bool,
    },
    /// List the bundled queries.
    Queries,
    /// Write the store as RDF, or as a graph of entities for graph viewers and browsers.
    Export(ExportArgs),
    /// Extract articles to RDF on stdout without a store (for sharded runs).
    Extract {
        /// Files, directories or `-` for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// RDF syntax.
        #[arg(long, short = 'f', value_enum, default_value = "nquads")]
        format: RdfFormatArg,
        /// Refuse an article whose text is longer than this many bytes.
        #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_ARTICLE_BYTES)]
        max_article_bytes: usize,
    },
    /// Load N-Quads written by `extract` (e.g. on a cluster) into the store, as `ingest` would
    /// have stored the same articles.
    Load {
        /// N-Quads files (`.nq`), directories of them, or `-` for standard input, in input order.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Quads written per atomic batch (as for ingest).
        #[arg(long, value_name = "N", default_value_t = DEFAULT_BATCH_QUADS)]
        batch_quads: usize,
    },
    /// Send the store to a SPARQL 1.1 Graph Store Protocol endpoint: the articles it does not
    /// have yet (one graph each, PUT) and their entities (merged into the entities graph, POST).
    /// Credentials come from the environment only: NEWSGRAPH_PUSH_TOKEN (a bearer token), or
    /// NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD (HTTP Basic).
    Push {
        /// The Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph) or
        /// http://localhost:8890/sparql-graph-crud (Virtuoso).
        #[arg(value_name = "URL", required_unless_present = "to")]
        endpoint: Option<String>,
        /// The same as URL.
        #[arg(long, value_name = "URL", conflicts_with = "endpoint")]
        to: Option<String>,
        /// Send every article, not only those the push log says the endpoint lacks.
        #[arg(long)]
        all: bool,
        /// The push log: what was pushed where and when [default: STORE.push.jsonl beside the
        /// store].
        #[arg(long, value_name = "FILE")]
        log: Option<PathBuf>,
        /// The query parameter that names the graph (Virtuoso also takes graph-uri).
        #[arg(long, value_name = "NAME", default_value = "graph")]
        graph_param: String,
    },
    /// Count articles, statements, relations, entities and quads in the store.
    Stats {
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Serve the store over HTTP: a SPARQL 1.1 endpoint, the bundled queries and a person page.
    Serve {
        /// Address to listen on; port 0 picks a free port. Not on loopback, anyone who can
        /// reach it reads the whole store.
        #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
        bind: std::net::SocketAddr,
        /// Worker threads answering requests (queries run on them).
        #[arg(long, value_name = "N", default_value_t = 8)]
        threads: usize,
    },
    /// Score extraction against hand-annotated gold articles.
    Eval {
        /// Directory of gold *.json files, or a relation gold file (*.jsonl, e.g.
        /// eval/relations/gold.jsonl) whose articles are paths under --articles.
        #[arg(long, value_name = "DIR|FILE")]
        gold: PathBuf,
        /// Directory of the articles the gold files annotate (the corpus for a *.jsonl gold).
        #[arg(long, value_name = "DIR")]
        articles: PathBuf,
        /// With a relation gold file: score only this split (dev, heldout).
        #[arg(long, value_name = "SPLIT")]
        split: Option<String>,
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ReportFormat,
        /// Also list every miss and false positive (text format).
        #[arg(long, short = 'v')]
        verbose: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum QueryFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

impl From<QueryFormat> for ResultFormat {
    fn from(f: QueryFormat) -> Self {
        match f {
            QueryFormat::Table => ResultFormat::Table,
            QueryFormat::Csv => ResultFormat::Csv,
            QueryFormat::Tsv => ResultFormat::Tsv,
            QueryFormat::Json => ResultFormat::Json,
            QueryFormat::Xml => ResultFormat::Xml,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum RdfFormatArg {
    Turtle,
    Trig,
    Nquads,
    Ntriples,
    Jsonld,
    Rdfxml,
}

impl From<RdfFormatArg> for ExportFormat {
    fn from(f: RdfFormatArg) -> Self {
        match f {
            RdfFormatArg::Turtle => ExportFormat::Turtle,
            RdfFormatArg::Trig => ExportFormat::Trig,
            RdfFormatArg::Nquads => ExportFormat::NQuads,
            RdfFormatArg::Ntriples => ExportFormat::NTriples,
            RdfFormatArg::Jsonld => ExportFormat::JsonLd,
            RdfFormatArg::Rdfxml => ExportFormat::RdfXml,
        }
    }
}

#[derive(clap::Args)]
struct ExportArgs {
    /// Output format [default: from the -o extension, else turtle]: an RDF syntax, or a graph of
    /// entities and links (graphml, gexf, dot, cytoscape, html).
    #[arg(long, short = 'f', value_enum)]
    format: Option<ExportFormatArg>,
    /// Output file [default: stdout].
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Only this article: its id, IRI, key (URL or file:// path) or file name.
    #[arg(long, value_name = "ARTICLE")]
    graph: Option<String>,
    /// Only what involves this entity (label or alternative label, ignoring case).
    #[arg(long, value_name = "ENTITY")]
    about: Option<String>,
    /// Only from this day on (YYYY-MM-DD): articles published, or for graph formats events and
    /// statements dated, on or after it.
    #[arg(long, value_name = "DATE")]
    since: Option<chrono::NaiveDate>,
    /// Only up to this day (YYYY-MM-DD), inclusive.
    #[arg(long, value_name = "DATE")]
    until: Option<chrono::NaiveDate>,
    /// Graph formats: leave out entities mentioned fewer than N times.
    #[arg(long, value_name = "N")]
    min_mentions: Option<u64>,
}

/// What `export --format` accepts: RDF syntaxes and graph-viewer formats.
#[derive(Clone, Copy, ValueEnum)]
enum ExportFormatArg {
    Turtle,
    Trig,
    Nquads,
    Ntriples,
    Jsonld,
    Rdfxml,
    Graphml,
    Gexf,
    Dot,
    Cytoscape,
    Html,
}

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

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let mut stderr = io::stderr().lock();
            let _ = writeln!(stderr, "newsgraph: error: {err}");
            for cause in err.chain().skip(1) {
                let _ = writeln!(stderr, "  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Reads a user's tables and makes extraction use them with the built-in ones.
fn install_tables(dir: &Path) -> Result<()> {
    let mut tables = Vec::new();
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the tables directory {}", dir.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("cannot read the tables directory {}", dir.display()))?
            .path();
        if path.extension().is_some_and(|e| e == "tsv") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read table {}", path.display()))?;
            tables.push((name, text));
        }
    }
    let lexicon = newsgraph::lexicon::Lexicon::with_extra(
        tables.iter().map(|(n, t)| (n.as_str(), t.as_str())),
    )
    .map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| format!("{}: {e}", dir.display()))
            .collect();
        anyhow::anyhow!("bad user tables:\n{}", lines.join("\n"))
    })?;
    if newsgraph::lexicon::Lexicon::install(lexicon).is_err() {
        bail!("user tables must be installed before extraction starts");
    }
    Ok(())
}

fn run(cli: Cli) -> Result<ExitCode> {
    if let Some(dir) = &cli.tables {
        install_tables(dir)?;
    }
    match cli.command {
        Command::Ingest {
            paths,
            batch_quads,
            max_article_bytes,
        } => cmd_ingest(
            &cli.store,
            &paths,
            IngestOptions {
                batch_quads,
                max_article_bytes,
            },
        ),
        Command::Query {
            query,
            sparql,
            params,
            format,
            explain,
        } => cmd_query(&cli.store, query, sparql, &params, format, explain),
        Command::Queries => cmd_queries(),
        Command::Export(args) => cmd_export(&cli.store, args),
        Command::Extract {
            paths,
            format,
            max_article_bytes,
        } => cmd_extract(&paths, format.into(), max_article_bytes),
        Command::Stats { format } => cmd_stats(&cli.store, format),
        Command::Load { paths, batch_quads } => cmd_load(&cli.store, &paths, batch_quads),
        Command::Push {
            endpoint,
            to,
            all,
            log,
            graph_param,
        } => {
            let endpoint = endpoint.or(to).context("give the endpoint URL")?;
            cmd_push(&cli.store, &endpoint, all, log, graph_param)
        }
        Command::Serve { bind, threads } => cmd_serve(&cli.store, bind, threads),
        Command::Eval {
            gold,
            articles,
            split,
            format,
            verbose,
        } => cmd_eval(&gold, &articles, split.as_deref(), format, verbose),
    }
}

fn open_store(path: &Path) -> Result<GraphStore> {
    // A directory with other things in it is someone else's: never write a database into it.
    let foreign = path.is_dir()
        && !is_store(path)
        && std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_some());
    if foreign {
        bail!(
            "{} is not a newsgraph store and not empty: choose another --store",
            path.display()
        );
    }
    GraphStore::open(path).with_context(|| format!("cannot open the store at {}", path.display()))
}

/// Whether a directory holds a store's database (RocksDB's `CURRENT` file).
fn is_store(path: &Path) -> bool {
    path.join("CURRENT").is_file()
}

/// Opens a store that must exist already: reading commands do not create empty stores.
fn open_existing_store(path: &Path) -> Result<GraphStore> {
    if !path.exists() {
        bail!(
            "no store at {} (run `newsgraph ingest PATH...` first, or pass --store)",
            path.display()
        );
    }
    if !is_store(path) {
        bail!("{} is not a newsgraph store", path.display());
    }
    // Read-only: no lock and no file written, so reading works beside a running ingest and on
    // read-only media (see the store module's docs).
    GraphStore::open_read_only(path)
        .with_context(|| format!("cannot open the store at {}", path.display()))
}

/// Attempts of a reading command whose view of the store lost a file to a running ingest.
const READ_ATTEMPTS: u32 = 5;

/// Runs `read` on a read-only view of the store; when a file of that view vanished (an ingest in
/// another process compacted it away before this reader opened it), again on a fresh view.
fn read_store<T>(path: &Path, mut read: impl FnMut(&GraphStore) -> Result<T>) -> Result<T> {
    let mut attempt = 1;
    loop {
        let store = open_existing_store(path)?;
        match read(&store) {
            Err(err) if attempt < READ_ATTEMPTS && vanished(&err) => attempt += 1,
            done => return done,
        }
    }
}

/// Whether an error comes from a file of the store that vanished under a reader.
fn vanished(err: &anyhow::Error) -> bool {
    err.chain().any(newsgraph::store::is_vanished_file)
}

// ---------------------------------------------------------------------------------------------
// Progress and messages of the input pipeline, shared by `ingest` and `extract`
// ---------------------------------------------------------------------------------------------

/// Prints the pipeline's notices on stderr, under a progress bar on a terminal for runs with
/// more than [`PROGRESS_MIN_FILES`] files.
struct Reporter {
    bar: Option<ProgressBar>,
}

impl Reporter {
    fn new(files: usize) -> Self {
        let bar = (io::stderr().is_terminal() && files > PROGRESS_MIN_FILES).then(|| {
            let bar = ProgressBar::new(files as u64);
            bar.set_style(
                ProgressStyle::with_template(
                    "{elapsed_precise} [{bar:40}] {pos}/{len} files, {msg} ({eta} left)",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar
        });
        Self { bar }
    }

    fn notice(&self, notice: Notice) {
        let msg = match notice {
            Notice::Failed(msg) => msg,
            Notice::Warning(msg) => format!("warning: {msg}"),
            Notice::SourceDone { articles } => {
                if let Some(bar) = &self.bar {
                    bar.inc(1);
                    bar.set_message(format!("{articles} articles"));
                }
                return;
            }
            _ => return,
        };
        match &self.bar {
            Some(bar) => bar.println(format!("newsgraph: {msg}")),
            None => eprintln!("newsgraph: {msg}"),
        }
    }

    fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Subcommands
// ---------------------------------------------------------------------------------------------

fn cmd_ingest(store_path: &Path, paths: &[PathBuf], options: IngestOptions) -> Result<ExitCode> {
    let started = Instant::now();
    let store = open_store(store_path)?;
    // Readers open the store read-only and cannot add the name keys of an older store: the
    // writer does, once.
    query::add_missing_name_keys(&store)
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
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn cmd_extract(
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
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn cmd_query(
    store_path: &Path,
    name: Option<String>,
    sparql: Option<String>,
    params: &[String],
    format: Option<QueryFormat>,
    explain: bool,
) -> Result<ExitCode> {
    let text = match (name, sparql) {
        (_, Some(sparql)) => sparql,
        (Some(name), None) => load_query(&name)?,
        (None, None) => bail!("give a query name, a .rq file or --sparql TEXT"),
    };
    let params = query::parse_params(params)?;
    query::check(&text).context("query failed")?;
    if explain {
        let plan = read_store(store_path, |store| {
            query::explain(store, &text, &params).context("query failed")
        })?;
        println!("{plan}");
        return Ok(ExitCode::SUCCESS);
    }
    let stdout = io::stdout();
    let format = match format {
        Some(f) => f.into(),
        None if stdout.is_terminal() => ResultFormat::Table,
        None => ResultFormat::Csv,
    };
    // Written in memory first: a query that fails (or is retried, see `read_store`) prints
    // nothing to stdout.
    let output = read_store(store_path, |store| {
        let results = query::run(store, &text, &params).context("query failed")?;
        let mut output = Vec::new();
        query::write_results(results, format, &mut output).context("query failed")?;
        Ok(output)
    })?;
    let mut out = stdout.lock();
    out.write_all(&output)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A bundled query by name, or a query file.
fn load_query(name: &str) -> Result<String> {
    if let Some(q) = query::find(name) {
        return Ok(q.sparql.to_string());
    }
    let path = Path::new(name);
    if path.extension().is_some_and(|e| e == "rq" || e == "sparql") || path.exists() {
        return std::fs::read_to_string(path)
            .with_context(|| format!("cannot read query file {}", path.display()));
    }
    let names: Vec<&str> = query::bundled().iter().map(|q| q.name).collect();
    bail!(
        "no bundled query named {name:?} (bundled: {}; or give a .rq file)",
        names.join(", ")
    )
}

fn cmd_queries() -> Result<ExitCode> {
    let mut out = BufWriter::new(io::stdout().lock());
    let width = query::bundled()
        .iter()
        .map(|q| q.name.len())
        .max()
        .unwrap_or(0);
    for q in query::bundled() {
        let params: Vec<String> = q
            .params()
            .iter()
            .map(|p| format!(" [--param {p}=…]"))
            .collect();
        writeln!(out, "{:width$}  {}{}", q.name, q.summary(), params.concat())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn cmd_export(store_path: &Path, args: ExportArgs) -> Result<ExitCode> {
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

fn cmd_load(store_path: &Path, paths: &[PathBuf], batch_quads: usize) -> Result<ExitCode> {
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

fn cmd_push(
    store_path: &Path,
    endpoint: &str,
    all: bool,
    log: Option<PathBuf>,
    graph_param: String,
) -> Result<ExitCode> {
    use newsgraph::push::{self, Credentials, GraphStoreClient, PushLog, PushOptions};
    let started = Instant::now();
    let store = open_existing_store(store_path)?;
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let credentials = match (
        var("NEWSGRAPH_PUSH_TOKEN"),
        var("NEWSGRAPH_PUSH_USER"),
        var("NEWSGRAPH_PUSH_PASSWORD"),
    ) {
        (Some(token), None, None) => Some(Credentials::Bearer(token)),
        (None, Some(user), password) => Some(Credentials::Basic {
            user,
            password: password.unwrap_or_default(),
        }),
        (None, None, None) => None,
        (None, None, Some(_)) => bail!("NEWSGRAPH_PUSH_PASSWORD is set without NEWSGRAPH_PUSH_USER"),
        (Some(_), _, _) => bail!(
            "set either NEWSGRAPH_PUSH_TOKEN or NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD, not both"
        ),
    };
    let mut client = GraphStoreClient::new(endpoint).with_graph_param(graph_param);
    if let Some(credentials) = &credentials {
        client = client.with_credentials(credentials);
    }
    let log_path = log.unwrap_or_else(|| PushLog::default_path(store_path));
    let mut log = PushLog::open(&log_path, endpoint)?;
    let bar = io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{elapsed_precise} [{bar:40}] {pos}/{len} articles")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar
    });
    let result = push::push(&store, &client, &mut log, PushOptions { all }, |p| {
        if let Some(bar) = &bar {
            bar.set_length(p.total as u64);
            bar.set_position(p.done as u64);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let report = result?;
    eprintln!(
        "pushed {} articles ({} triples) to {endpoint}, {} already there, {} removed; merged {} entity descriptions ({} triples) in {:.1} s; log {}",
        report.pushed,
        report.article_triples,
        report.unchanged,
        report.deleted,
        report.entities,
        report.entity_triples,
        started.elapsed().as_secs_f64(),
        log.path().display()
    );
    Ok(ExitCode::SUCCESS)
}

fn cmd_stats(store_path: &Path, format: ReportFormat) -> Result<ExitCode> {
    let stats = read_store(store_path, |store| Ok(store.stats()?))?;
    let mut out = io::stdout().lock();
    match format {
        ReportFormat::Text => writeln!(out, "{stats}")?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_serve(store_path: &Path, bind: std::net::SocketAddr, threads: usize) -> Result<ExitCode> {
    // Checks the store exists and is one, with the same messages as the other readers.
    drop(open_existing_store(store_path)?);
    let options = serve::ServeOptions { bind, threads };
    let server = serve::Server::bind(store_path, &options)?;
    let addr = server.local_addr().unwrap_or(bind);
    if !serve::is_loopback(&addr) {
        eprintln!(
            "newsgraph: warning: listening on {addr}, not on loopback: anyone who can reach this \
             address can read the whole store"
        );
    }
    eprintln!(
        "newsgraph: serving {} on http://{addr}/ (SPARQL endpoint: http://{addr}/sparql)",
        store_path.display()
    );
    server.run();
    Ok(ExitCode::SUCCESS)
}

fn cmd_eval(
    gold: &Path,
    articles: &Path,
    split: Option<&str>,
    format: ReportFormat,
    verbose: bool,
) -> Result<ExitCode> {
    if gold.is_file() {
        let mut report = eval::evaluate_relations(gold, articles, split)?;
        report.verbose = verbose;
        let mut out = io::stdout().lock();
        match format {
            ReportFormat::Text => write!(out, "{report}")?,
            ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut report = eval::evaluate(gold, articles)?;
    report.verbose = verbose;
    let mut out = io::stdout().lock();
    match format {
        ReportFormat::Text => write!(out, "{report}")?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
    }
    Ok(ExitCode::SUCCESS)
}
