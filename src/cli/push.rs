//! `push`: the store to a Graph Store Protocol endpoint, credentials from the environment only
//! (never a flag, which other users see in the process list).

use super::store::open_existing_store;
use anyhow::{bail, Result};
use indicatif::{ProgressBar, ProgressStyle};
use newsgraph::push::{self, Credentials, GraphStoreClient, PushLog, PushOptions};
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Sends the articles the endpoint lacks (all with `all`) and their entities, and logs it.
pub(crate) fn push(
    store_path: &Path,
    endpoint: &str,
    all: bool,
    log: Option<PathBuf>,
    graph_param: String,
) -> Result<ExitCode> {
    let started = Instant::now();
    let store = open_existing_store(store_path)?;
    let credentials = credentials_from_env()?;
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

/// The credentials the environment gives: a bearer token, or a user and a password; neither is
/// no credentials, and both at once is an error rather than a guess.
pub(crate) fn credentials_from_env() -> Result<Option<Credentials>> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    Ok(match (
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
    })
}
