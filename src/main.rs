//! The `newsgraph` command line: a thin layer over the library (see `src/lib.rs` for the
//! pipeline, `src/pipeline.rs` for ingest). It parses arguments and calls the command functions
//! in `src/cli/`, which call the library and print.
//!
//! Exit status: 0 on success (a closed pipe on stdout counts as success), 1 when some inputs
//! could not be read or extracted (the rest were processed), 2 on any other error, with the whole
//! error chain on stderr.

mod cli;

use anyhow::{Context, Result};
use clap::Parser;
use cli::args::{Cli, Command};
use newsgraph::pipeline::IngestOptions;
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run(Cli::parse()) {
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

fn run(args: Cli) -> Result<ExitCode> {
    if let Some(dir) = &args.tables {
        cli::tables::install_tables(dir)?;
    }
    let store = &args.store;
    match args.command {
        Command::Ingest {
            paths,
            batch_quads,
            max_article_bytes,
        } => cli::ingest::ingest(
            store,
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
            endpoint,
        } => cli::query::query(
            store,
            cli::query::QueryText { query, sparql },
            &params,
            format,
            explain,
            endpoint,
        ),
        Command::Queries => cli::query::list_queries(),
        Command::Export(args) => cli::export::export(store, args),
        Command::Extract {
            paths,
            format,
            max_article_bytes,
        } => cli::ingest::extract(&paths, format.into(), max_article_bytes),
        Command::Stats { format } => cli::query::stats(store, format),
        Command::Load { paths, batch_quads } => cli::ingest::load(store, &paths, batch_quads),
        Command::Push {
            endpoint,
            to,
            all,
            log,
            graph_param,
        } => {
            let endpoint = endpoint.or(to).context("give the endpoint URL")?;
            cli::push::push(store, &endpoint, all, log, graph_param)
        }
        Command::Serve { bind, threads } => cli::serve::serve(store, bind, threads),
        Command::Eval {
            gold,
            articles,
            split,
            format,
            verbose,
        } => cli::eval::eval(&gold, &articles, split.as_deref(), format, verbose),
    }
}
