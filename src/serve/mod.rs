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
//!   (`person.rs`, from the name index of `names.rs` and the comparisons of `compare.rs`).
//!
//! # Rationale
//!
//! - tiny_http: a small, synchronous, widely used server. Every answer here is a blocking call
//!   into RocksDB, so a fixed pool of worker threads taking requests from tiny_http's queue *is*
//!   the blocking pool an async server would need, without an async runtime beside it.
//! - The store is opened read-only, so the server runs beside an `ingest` and on read-only
//!   media. A read-only view sees the store as it was when opened, so the server keeps a
//!   `View` (the store and the index of its names, built together; for the first view, while
//!   the server already answers) and replaces it: when a request finds the store's commit
//!   files changed since the view opened (`Fingerprint`: one directory listing, once a second
//!   at most), a new view opens on a thread of its own while requests go on being answered
//!   from the old one; and when a read finds a file of its view compacted away by the writer,
//!   at once, before answering again (see [`crate::store::is_vanished_file`]).
//! - Bodies are read up to [`MAX_BODY_BYTES`] (a 1 MB query, form-encoded, fits); a larger one
//!   is answered 413 without being read.
//! - Every answer carries `Access-Control-Allow-Origin: *`, so a YASGUI page on another origin
//!   can query; the data is public to whoever can reach the port, which is loopback by default.

mod compare;
mod names;
mod person;
mod sparql;

use crate::store::{is_vanished_file, GraphStore, StoreError};
use names::NameIndex;
use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant, SystemTime};

/// Largest request body read: a 1 MB query even percent-encoded, with room to spare.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// The person page: one self-contained file, no outside fetches.
const PAGE: &str = include_str!("page.html");

/// Least time between two looks at the store's files for new commits.
const CHECK_INTERVAL: Duration = Duration::from_secs(1);

/// After opening a new view, the next look waits this many times as long as the opening took,
/// so that a server beside a long ingest spends at most a fifth of a core on new views.
const IDLE_PER_OPENING: u32 = 4;

/// Errors of the server.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    #[error("cannot listen on {addr}: {message}")]
    Bind { addr: SocketAddr, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot index the names of the store")]
    Names(#[source] crate::query::QueryError),
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

/// One state of the store as the server reads it: the read-only store and the index of its
/// names built from it, replaced together so that a search never finds what a page cannot show.
pub(crate) struct View {
    store: GraphStore,
    /// Built before a view replaces another; for the server's first view, on a thread of its
    /// own while the server already answers (a search waits for it).
    names: OnceLock<Result<NameIndex, NamesUnavailable>>,
    /// The store's commit files when this view was opened.
    seen: Fingerprint,
}

/// Why a view has no name index: the error of building it, as its text (the view keeps it).
#[derive(Debug, Clone, thiserror::Error)]
#[error("cannot index the names of the store: {0}")]
pub(crate) struct NamesUnavailable(String);

impl View {
    /// Opens the store read-only; its names are indexed on first use.
    fn open_unindexed(path: &Path) -> Result<Self, StoreError> {
        // Taken first: a commit landing while the view opens makes the next look reopen.
        let seen = Fingerprint::of(path);
        Ok(Self {
            store: GraphStore::open_read_only(path)?,
            names: OnceLock::new(),
            seen,
        })
    }

    /// Opens the store read-only and indexes its names; a file compacted away meanwhile by a
    /// writer makes it start again, a few times.
    fn open(path: &Path) -> Result<Self, ServeError> {
        let mut attempt = 0;
        loop {
            let view = Self::open_unindexed(path)?;
            match NameIndex::build(&view.store) {
                Ok(names) => {
                    let _ = view.names.set(Ok(names));
                    return Ok(view);
                }
                Err(e) if attempt < REOPEN_ATTEMPTS && is_vanished_file(&e) => attempt += 1,
                Err(e) => return Err(ServeError::Names(e)),
            }
        }
    }

    /// The index of the view's names, built now (or waited for) if it is not yet.
    pub(crate) fn names(&self) -> Result<&NameIndex, NamesUnavailable> {
        self.names
            .get_or_init(|| {
                NameIndex::build(&self.store).map_err(|e| NamesUnavailable(error_chain(&e)))
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// The files a commit to a RocksDB store changes: its write-ahead logs (`*.log`, appended by
/// every transaction), its manifests (`MANIFEST-*`, edited by every bulk load, flush and
/// compaction) and `CURRENT`, with their sizes and modification times. Reading them is one
/// directory listing: cheap enough to do at every request, once a second at most.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Fingerprint(Vec<(String, u64, Option<SystemTime>)>);

impl Fingerprint {
    fn of(path: &Path) -> Self {
        let Ok(entries) = std::fs::read_dir(path) else {
            return Self::default();
        };
        let mut files: Vec<(String, u64, Option<SystemTime>)> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let commits =
                    name == "CURRENT" || name.starts_with("MANIFEST-") || name.ends_with(".log");
                let meta = entry.metadata().ok().filter(|_| commits)?;
                Some((name, meta.len(), meta.modified().ok()))
            })
            .collect();
        files.sort();
        Self(files)
    }
}

/// What the workers share.
struct State {
    path: PathBuf,
    /// The current view; replaced by a fresh one when the store changed or a file of the old
    /// one vanished. Requests keep the view they started with until they end.
    view: RwLock<Arc<View>>,
    /// Held while a new view is opened, so that views are opened one at a time.
    opening: Mutex<()>,
    /// When the store's files may next be compared with the view's.
    next_look: Mutex<Instant>,
    /// Whether a new view is being opened in the background.
    refreshing: AtomicBool,
}

impl State {
    fn view(&self) -> Arc<View> {
        Arc::clone(&self.view.read().unwrap_or_else(|e| e.into_inner()))
    }

    /// Replaces the view `old` by a fresh one, unless another thread already did.
    fn replace(&self, old: &Arc<View>) -> Result<(), ServeError> {
        let _one_at_a_time = self.opening.lock().unwrap_or_else(|e| e.into_inner());
        if !Arc::ptr_eq(&self.view(), old) {
            return Ok(());
        }
        let fresh = Arc::new(View::open(&self.path)?);
        *self.view.write().unwrap_or_else(|e| e.into_inner()) = fresh;
        Ok(())
    }

    /// Looks (once a second at most) whether a writer committed since the view opened, and if
    /// so opens a new view on a thread of its own: this request and those until it is ready
    /// are answered from the current one.
    fn keep_fresh(self: &Arc<Self>) {
        {
            let mut next_look = self.next_look.lock().unwrap_or_else(|e| e.into_inner());
            if Instant::now() < *next_look || self.refreshing.load(Ordering::SeqCst) {
                return;
            }
            *next_look = Instant::now() + CHECK_INTERVAL;
        }
        let current = self.view();
        if Fingerprint::of(&self.path) == current.seen
            || self.refreshing.swap(true, Ordering::SeqCst)
        {
            return;
        }
        let state = Arc::clone(self);
        std::thread::spawn(move || {
            let opening = Instant::now();
            // A failure keeps the current view; a later look tries again.
            let _ = state.replace(&current);
            let idle = (opening.elapsed() * IDLE_PER_OPENING).max(CHECK_INTERVAL);
            *state.next_look.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now() + idle;
            state.refreshing.store(false, Ordering::SeqCst);
        });
    }
}

impl Server {
    /// Opens the store at `path` read-only and listens on `options.bind`.
    pub fn bind(path: &Path, options: &ServeOptions) -> Result<Self, ServeError> {
        let view = Arc::new(View::open_unindexed(path)?);
        let http = tiny_http::Server::http(options.bind).map_err(|e| ServeError::Bind {
            addr: options.bind,
            message: e.to_string(),
        })?;
        Ok(Self {
            http: Arc::new(http),
            state: Arc::new(State {
                path: path.to_owned(),
                view: RwLock::new(view),
                opening: Mutex::new(()),
                next_look: Mutex::new(Instant::now()),
                refreshing: AtomicBool::new(false),
            }),
            threads: options.threads.max(1),
        })
    }

    /// The address the server listens on (the real port when bound to port 0).
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.http.server_addr().to_ip()
    }

    /// Answers requests on the worker threads until the process ends; the names of the store
    /// are indexed meanwhile.
    pub fn run(self) {
        let view = self.state.view();
        std::thread::spawn(move || {
            // An error is kept by the view and answered to the searches.
            let _ = view.names();
        });
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

fn answer(state: &Arc<State>, mut request: tiny_http::Request) {
    state.keep_fresh();
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
        ("GET" | "POST", "/sparql") => with_view(state, |view| sparql::endpoint(&view.store, call)),
        (_, "/sparql") => Reply::error(405, "use GET or POST"),
        ("GET", "/queries") => sparql::list_queries(),
        ("GET", p) if p.starts_with("/queries/") => {
            let name = &p["/queries/".len()..];
            with_view(state, |view| sparql::bundled_query(&view.store, name, call))
        }
        ("GET", "/api/search") => with_view(state, |view| person::search(view, call)),
        ("GET", "/api/entity") => with_view(state, |view| person::entity(view, call)),
        _ => Reply::error(404, format!("no such page: {}", call.path)),
    }
}

/// The outcome of a handler: a reply, or a store error that may call for a fresh view.
pub(crate) type Handled = Result<Reply, Box<dyn std::error::Error + Send + Sync>>;

/// Times a request is answered on a fresh view after a file of the last one vanished.
const REOPEN_ATTEMPTS: usize = 4;

/// Runs a handler on the current view; when a file of that view has vanished (compacted away
/// by a writer), opens a new view and runs it again.
fn with_view(state: &State, handler: impl Fn(&View) -> Handled) -> Reply {
    for attempt in 0..=REOPEN_ATTEMPTS {
        let view = state.view();
        match handler(&view) {
            Ok(reply) => return reply,
            Err(err) if attempt < REOPEN_ATTEMPTS && is_vanished_file(err.as_ref()) => {
                if let Err(e) = state.replace(&view) {
                    return Reply::error(503, format!("cannot reopen the store: {e}"));
                }
            }
            Err(err) => return Reply::error(500, error_chain(err.as_ref())),
        }
    }
    Reply::error(503, "the store kept changing under the query; try again")
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
