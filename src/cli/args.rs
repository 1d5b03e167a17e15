//! The command line's grammar: every subcommand, flag and format name, as clap derives them.
//! Kept apart from the commands so that `newsgraph --help` can be read in one file.

use clap::{Parser, Subcommand, ValueEnum};
use newsgraph::export::ExportFormat;
use newsgraph::pipeline::DEFAULT_MAX_ARTICLE_BYTES;
use newsgraph::query::ResultFormat;
use newsgraph::store::DEFAULT_BATCH_QUADS;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "newsgraph",
    version,
    about = "Turns news articles into an RDF knowledge graph of who said what to whom, and who did what to whom",
    propagate_version = true
)]
pub(crate) struct Cli {
    /// Store directory (an Oxigraph/RocksDB database, created if missing).
    #[arg(
        long,
        global = true,
        env = "NEWSGRAPH_STORE",
        default_value = "newsgraph.db",
        value_name = "PATH"
    )]
    pub(crate) store: PathBuf,

    /// A directory of your own tables (countries.tsv, organizations.tsv, office_holders.tsv, …,
    /// same columns as in data/), whose rows are added to the built-in ones.
    #[arg(long, global = true, env = "NEWSGRAPH_TABLES", value_name = "DIR")]
    pub(crate) tables: Option<PathBuf>,

    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Read articles (text, HTML, JSON Lines; files, directories, `-` for stdin) into the store.
    Ingest {
        /// Files, directories (walked recursively) or `-` for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Quads written per batch at first (later batches grow to a quarter of what the run
        /// has written): each batch is stored whole or not at all, in one bulk load; a crash
        /// costs at most the batch being written, which a re-run writes again. Smaller batches
        /// write slower (RocksDB compacts more); memory does not depend on it.
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
        #[arg(long, conflicts_with = "endpoint")]
        explain: bool,
        /// Run the query on this SPARQL 1.1 endpoint instead of the store (e.g.
        /// http://localhost:8890/sparql for Virtuoso, http://localhost:7878/query for the
        /// Oxigraph server): a bundled query in its portable form, --param values in a trailing
        /// VALUES clause. Credentials as for push, from the environment only:
        /// NEWSGRAPH_PUSH_TOKEN, or NEWSGRAPH_PUSH_USER and NEWSGRAPH_PUSH_PASSWORD.
        #[arg(long, value_name = "URL")]
        endpoint: Option<String>,
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
pub(crate) enum QueryFormat {
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
pub(crate) enum RdfFormatArg {
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
pub(crate) struct ExportArgs {
    /// Output format [default: from the -o extension, else turtle]: an RDF syntax, or a graph of
    /// entities and links (graphml, gexf, dot, cytoscape, html).
    #[arg(long, short = 'f', value_enum)]
    pub(crate) format: Option<ExportFormatArg>,
    /// Output file [default: stdout].
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Only this article: its id, IRI, key (URL or file:// path) or file name.
    #[arg(long, value_name = "ARTICLE")]
    pub(crate) graph: Option<String>,
    /// Only what involves this entity (label or alternative label, ignoring case).
    #[arg(long, value_name = "ENTITY")]
    pub(crate) about: Option<String>,
    /// Only from this day on (YYYY-MM-DD): articles published, or for graph formats events and
    /// statements dated, on or after it.
    #[arg(long, value_name = "DATE")]
    pub(crate) since: Option<chrono::NaiveDate>,
    /// Only up to this day (YYYY-MM-DD), inclusive.
    #[arg(long, value_name = "DATE")]
    pub(crate) until: Option<chrono::NaiveDate>,
    /// Graph formats: leave out entities mentioned fewer than N times.
    #[arg(long, value_name = "N")]
    pub(crate) min_mentions: Option<u64>,
}

/// What `export --format` accepts: RDF syntaxes and graph-viewer formats.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ExportFormatArg {
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

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    Text,
    Json,
}
