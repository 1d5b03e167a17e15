//! `serve`: checks the store as the other readers do, warns when the address is reachable from
//! other machines, then answers HTTP until killed.

use super::store::open_existing_store;
use anyhow::Result;
use newsgraph::serve;
use std::path::Path;
use std::process::ExitCode;

/// Serves the store over HTTP until the process is killed.
pub(crate) fn serve(
    store_path: &Path,
    bind: std::net::SocketAddr,
    threads: usize,
) -> Result<ExitCode> {
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
