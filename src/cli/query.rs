//! `query`, `queries` and `stats`: reading commands that print what the store answers.

use super::args::{QueryFormat, ReportFormat};
use super::push::credentials_from_env;
use super::store::read_store;
use anyhow::{bail, Context, Result};
use newsgraph::query::{self, ResultFormat, SparqlEndpoint};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

/// What to run: a bundled query's name or a query file, or SPARQL text.
pub(crate) struct QueryText {
    pub(crate) query: Option<String>,
    pub(crate) sparql: Option<String>,
}

/// Runs a bundled query, a query file or SPARQL text, on the store or on `endpoint`, and prints
/// its results (or its plan).
pub(crate) fn query(
    store_path: &Path,
    text: QueryText,
    params: &[String],
    format: Option<QueryFormat>,
    explain: bool,
    endpoint: Option<String>,
) -> Result<ExitCode> {
    let remote = endpoint.is_some();
    let text = match (text.query, text.sparql) {
        (_, Some(sparql)) => sparql,
        (Some(name), None) => load_query(&name, remote)?,
        (None, None) => bail!("give a query name, a .rq file or --sparql TEXT"),
    };
    let params = query::parse_params(params)?;
    query::check(&text).context("query failed")?;
    let stdout = io::stdout();
    let format = match format {
        Some(f) => f.into(),
        None if stdout.is_terminal() => ResultFormat::Table,
        None => ResultFormat::Csv,
    };
    if let Some(url) = endpoint {
        let mut client = SparqlEndpoint::new(url);
        if let Some(credentials) = credentials_from_env()? {
            client = client.with_credentials(&credentials);
        }
        let results = client.run(&text, &params).context("query failed")?;
        let mut output = Vec::new();
        query::write_results(results, format, &mut output).context("query failed")?;
        let mut out = stdout.lock();
        out.write_all(&output)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if explain {
        let plan = read_store(store_path, |store| {
            query::explain(store, &text, &params).context("query failed")
        })?;
        println!("{plan}");
        return Ok(ExitCode::SUCCESS);
    }
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

/// A bundled query by name (its portable text for another store when `remote`), or a query
/// file.
fn load_query(name: &str, remote: bool) -> Result<String> {
    if let Some(q) = query::find(name) {
        let text = if remote {
            q.portable_sparql()
        } else {
            q.sparql
        };
        return Ok(text.to_string());
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

/// Lists the bundled queries with their summaries and parameters.
pub(crate) fn list_queries() -> Result<ExitCode> {
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

/// Prints the store's counts.
pub(crate) fn stats(store_path: &Path, format: ReportFormat) -> Result<ExitCode> {
    let stats = read_store(store_path, |store| Ok(store.stats()?))?;
    let mut out = io::stdout().lock();
    match format {
        ReportFormat::Text => writeln!(out, "{stats}")?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?,
    }
    Ok(ExitCode::SUCCESS)
}
