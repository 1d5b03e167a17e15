//! `newsgraph serve`: the store over HTTP, for SPARQL clients and for people with a browser.
//!
//! Entry type: [`Server`] — [`Server::bind`] opens the store read-only and listens,
//! [`Server::run`] answers requests until the process ends. Routes:
//!
//! - `/sparql`: the SPARQL 1.1 Protocol (`sparql.rs`): `GET ?query=`, `POST` form or
//!   `application/sparql-query`, results negotiated by `Accept` (or `?format=`), updates refused.
//! - `/queries` and `/queries/NAME?PARAM=…`: the bundled queries, parameters bound like
//!   `query --param` (by substitution, never by splicing text).
//! - `/` is the person page (`page.html`), and `/api/search`, `/api/entity` the JSON it reads
//!   (`person.rs`).
//!
//! # Rationale
//!
//! - tiny_http: a small, synchronous, widely used server. Every answer here is a blocking call
//!   into RocksDB, so a fixed pool of worker threads taking requests from tiny_http's queue *is*
//!   the blocking pool an async server would need, without an async runtime beside it.
//! - The store is opened read-only, so the server runs beside an `ingest` and on read-only
//!   media. A read that finds a file of its view compacted away by the writer reopens the store
//!   (a fresh view) and answers again; see [`crate::store::is_vanished_file`].
//! - Bodies are read up to [`MAX_BODY_BYTES`] (a 1 MB query, form-encoded, fits); a larger one
//!   is answered 413 without being read.
//! - Every answer carries `Access-Control-Allow-Origin: *`, so a YASGUI page on another origin
//!   can query; the data is public to whoever can reach the port, which is loopback by default.

mod person;
mod sparql;

use crate::store::{is_vanished_file, GraphStore, StoreError};
use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

/// Largest request body read: a 1 MB query even percent-encoded, with room to spare.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// The person page: one self-contained file, no outside fetches.
const PAGE: &str = include_str!("page.html");

/// Errors of the server.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    #[error("cannot listen on {addr}: {message}")]
    Bind { addr: SocketAddr, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on (port 0: any free port).
    pub bind: SocketAddr,
    /// Worker threads answering requests.
    pub threads: usize,
}

/// A listening server over one store.
pub struct Server {
    http: Arc<tiny_http::Server>,
    state: Arc<State>,
    threads: usize,
}

/// What the workers share.
struct State {
    path: PathBuf,
    /// The read-only store; replaced by a fresh view when a file of the old one vanished.
    store: RwLock<Arc<GraphStore>>,
    /// Whole-store comparisons the person page filters (corroborated and conflicting quotes),
    /// computed in the background for each store view.
    comparisons: Arc<person::Comparisons>,
}

impl Server {
    /// Opens the store at `path` read-only and listens on `options.bind`.
    pub fn bind(path: &Path, options: &ServeOptions) -> Result<Self, ServeError> {
        let store = Arc::new(GraphStore::open_read_only(path)?);
        let http = tiny_http::Server::http(options.bind).map_err(|e| ServeError::Bind {
            addr: options.bind,
            message: e.to_string(),
        })?;
        Ok(Self {
            http: Arc::new(http),
            state: Arc::new(State {
                path: path.to_owned(),
                store: RwLock::new(store),
                comparisons: Arc::new(person::Comparisons::new()),
            }),
            threads: options.threads.max(1),
        })
    }

    /// The address the server listens on (the real port when bound to port 0).
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.http.server_addr().to_ip()
    }

    /// Answers requests on the worker threads until the process ends.
    pub fn run(self) {
        let store = Arc::clone(&self.state.store.read().unwrap_or_else(|e| e.into_inner()));
        self.state.comparisons.compute_in_background(store);
        let workers: Vec<_> = (0..self.threads)
            .map(|_| {
                let http = Arc::clone(&self.http);
                let state = Arc::clone(&self.state);
                std::thread::spawn(move || {
                    while let Ok(request) = http.recv() {
                        answer(&state, request);
                    }
                })
            })
            .collect();
        for worker in workers {
            let _ = worker.join();
        }
    }
}

/// An answer before it is sent.
pub(crate) struct Reply {
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

impl Reply {
    pub(crate) fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type: content_type.to_string(),
            body: body.into(),
        }
    }

    /// A plain-text error message.
    pub(crate) fn error(status: u16, message: impl std::fmt::Display) -> Self {
        Self::new(status, "text/plain; charset=utf-8", format!("{message}\n"))
    }

    pub(crate) fn json(value: &serde_json::Value) -> Self {
        Self::new(
            200,
            "application/json",
            serde_json::to_vec(value).unwrap_or_default(),
        )
    }
}

/// A request as the handlers see it: method, path, query-string pairs, headers and body.
pub(crate) struct Call {
    pub method: String,
    pub path: String,
    pub params: Vec<(String, String)>,
    pub accept: Option<String>,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

impl Call {
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn answer(state: &State, mut request: tiny_http::Request) {
    let reply = match read_call(&mut request) {
        Ok(call) => route(state, &call),
        Err(reply) => reply,
    };
    let mut response = tiny_http::Response::from_data(reply.body).with_status_code(reply.status);
    let headers = [
        ("Content-Type", reply.content_type.as_str()),
        ("Access-Control-Allow-Origin", "*"),
        ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
        ("Access-Control-Allow-Headers", "Content-Type, Accept"),
        ("Vary", "Accept"),
    ];
    for (name, value) in headers {
        if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    // A client that went away is no error of ours.
    let _ = request.respond(response);
}

/// Reads the request line, headers and (bounded) body.
fn read_call(request: &mut tiny_http::Request) -> Result<Call, Reply> {
    let header = |name: &str| {
        request
            .headers()
            .iter()
            .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str().to_string())
    };
    let accept = header("Accept");
    let content_type = header("Content-Type");
    if request.body_length().is_some_and(|n| n > MAX_BODY_BYTES) {
        return Err(Reply::error(
            413,
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
        ));
    }
    let mut body = Vec::new();
    request
        .as_reader()
        .take(MAX_BODY_BYTES as u64 + 1)
        .read_to_end(&mut body)
        .map_err(|e| Reply::error(400, format!("cannot read the request body: {e}")))?;
    if body.len() > MAX_BODY_BYTES {
        return Err(Reply::error(
            413,
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
        ));
    }
    let url = request.url();
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let path = percent_decode(path);
    Ok(Call {
        method: request.method().as_str().to_ascii_uppercase(),
        path,
        params: form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect(),
        accept,
        content_type,
        body,
    })
}

fn percent_decode(text: &str) -> String {
    form_urlencoded::parse(format!("p={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

fn route(state: &State, call: &Call) -> Reply {
    if call.method == "OPTIONS" {
        return Reply::new(204, "text/plain", Vec::new());
    }
    let path = call.path.trim_end_matches('/');
    match (call.method.as_str(), path) {
        ("GET" | "HEAD", "") | ("GET" | "HEAD", "/index.html") => {
            Reply::new(200, "text/html; charset=utf-8", PAGE)
        }
        ("GET" | "POST", "/sparql") => with_store(state, |store| sparql::endpoint(store, call)),
        (_, "/sparql") => Reply::error(405, "use GET or POST"),
        ("GET", "/queries") => sparql::list_queries(),
        ("GET", p) if p.starts_with("/queries/") => {
            let name = &p["/queries/".len()..];
            with_store(state, |store| sparql::bundled_query(store, name, call))
        }
        ("GET", "/api/search") => with_store(state, |store| person::search(store, call)),
        ("GET", "/api/entity") => with_store(state, |store| {
            person::entity(store, &state.comparisons, call)
        }),
        _ => Reply::error(404, format!("no such page: {}", call.path)),
    }
}

/// The outcome of a handler: a reply, or a store error that may call for a fresh view.
pub(crate) type Handled = Result<Reply, Box<dyn std::error::Error + Send + Sync>>;

/// Times a request is answered on a fresh view after a file of the last one vanished.
const REOPEN_ATTEMPTS: usize = 4;

/// Runs a handler on the current store view; when a file of that view has vanished (compacted
/// away by a writer), reopens the store and runs it again.
fn with_store(state: &State, handler: impl Fn(&GraphStore) -> Handled) -> Reply {
    for attempt in 0..=REOPEN_ATTEMPTS {
        let store = match state.store.read() {
            Ok(store) => Arc::clone(&store),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        };
        match handler(&store) {
            Ok(reply) => return reply,
            Err(err) if attempt < REOPEN_ATTEMPTS && is_vanished_file(err.as_ref()) => {
                if let Err(e) = reopen(state, &store) {
                    return Reply::error(503, format!("cannot reopen the store: {e}"));
                }
            }
            Err(err) => return Reply::error(500, error_chain(err.as_ref())),
        }
    }
    Reply::error(503, "the store kept changing under the query; try again")
}

/// Replaces the store view `old` by a fresh one (unless another worker already did).
fn reopen(state: &State, old: &Arc<GraphStore>) -> Result<(), StoreError> {
    let mut current = state.store.write().unwrap_or_else(|e| e.into_inner());
    if Arc::ptr_eq(&current, old) {
        *current = Arc::new(GraphStore::open_read_only(&state.path)?);
        state
            .comparisons
            .compute_in_background(Arc::clone(&current));
    }
    Ok(())
}

/// An error and its causes, one per line.
pub(crate) fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut cause = err.source();
    while let Some(e) = cause {
        text.push_str(&format!("\n  caused by: {e}"));
        cause = e.source();
    }
    text
}

/// Whether an address is on this machine only (127.0.0.0/8 or ::1).
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_decoded_but_plus_stays_a_plus() {
        assert_eq!(
            percent_decode("/queries/who-said-what"),
            "/queries/who-said-what"
        );
        assert_eq!(percent_decode("/a%20b+c"), "/a b+c");
    }
}
