//! `newsgraph push` against a real SPARQL server started by the test: the Oxigraph server
//! (`oxigraph serve`, from the `oxigraph` package of PyPI) on a free loopback port, with the
//! union of its graphs as the default graph, as newsgraph queries its own store.
//!
//! After a push the bundled queries, run on the endpoint with their parameters bound as
//! `query --param` binds them, return the rows they return locally, and the endpoint holds the
//! store's quads; a second push changes nothing; a push to an endpoint that refuses writes names
//! the article and why, and the next push resumes.
//!
//! A missing `oxigraph` is SKIPPED LOUDLY, except under CI (`CI` set), where it fails: `.ci/run`
//! installs it. Virtuoso: see the README ("Pushing to a shared store").

mod support;

use oxigraph::model::{Quad, Term};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, ReaderQueryResultsParserOutput,
};
use std::collections::BTreeSet;
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Whether `oxigraph` runs; under CI its absence fails the test, elsewhere it is said loudly.
fn oxigraph_installed() -> bool {
    support::available(
        "the Oxigraph server (pip install oxigraph)",
        Command::new("oxigraph").arg("--version"),
    )
}

/// A free TCP port on the loopback interface.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// An `oxigraph` server process, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    /// `oxigraph serve` (or `serve-read-only`) on `port` over the database in `dir`.
    fn start(dir: &Path, port: u16, read_only: bool) -> Self {
        let mode = if read_only {
            "serve-read-only"
        } else {
            "serve"
        };
        let mut cmd = Command::new("oxigraph");
        cmd.arg(mode)
            .arg("--location")
            .arg(dir)
            .arg("--bind")
            .arg(format!("127.0.0.1:{port}"));
        if !read_only {
            cmd.arg("--union-default-graph");
        }
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("cannot start oxigraph");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while ureq::get(&format!("{}/store?default", server.base))
            .call()
            .is_err()
        {
            assert!(
                Instant::now() < deadline,
                "oxigraph did not start on port {port}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }

    fn store_url(&self) -> String {
        format!("{}/store", self.base)
    }

    /// Every quad the server holds.
    fn quads(&self) -> BTreeSet<String> {
        let body = ureq::get(&self.store_url())
            .header("Accept", "application/n-quads")
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap();
        parse_nquads(&body)
    }

    /// A SELECT query's rows, in order, without placeholder columns (`?_name`).
    fn select(&self, sparql: &str) -> Vec<Vec<Option<Term>>> {
        let mut response = ureq::post(&format!("{}/query", self.base))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .send(sparql.as_bytes())
            .unwrap_or_else(|e| panic!("query failed: {e}\n{sparql}"));
        rows(response.body_mut().as_reader())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The rows of SPARQL JSON results, placeholder columns left out.
fn rows(reader: impl Read) -> Vec<Vec<Option<Term>>> {
    let ReaderQueryResultsParserOutput::Solutions(solutions) =
        QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_reader(reader)
            .unwrap()
    else {
        panic!("not SELECT results");
    };
    let keep: Vec<usize> = (0..solutions.variables().len())
        .filter(|&i| !solutions.variables()[i].as_str().starts_with('_'))
        .collect();
    solutions
        .map(|s| {
            let s = s.unwrap();
            keep.iter().map(|&i| s.get(i).cloned()).collect()
        })
        .collect()
}

fn parse_nquads(text: &str) -> BTreeSet<String> {
    oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
        .for_reader(text.as_bytes())
        .map(|q: Result<Quad, _>| q.unwrap().to_string())
        .collect()
}

/// A temporary directory with a store, articles and servers' databases.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        Self {
            dir: support::temp_dir("push-tests-"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// `newsgraph --store STORE ARGS…`.
    fn run(&self, args: &[&str]) -> Output {
        support::newsgraph(&self.path("store"))
            .args(args)
            .env_remove("NEWSGRAPH_PUSH_TOKEN")
            .env_remove("NEWSGRAPH_PUSH_USER")
            .env_remove("NEWSGRAPH_PUSH_PASSWORD")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = support::expect_success(self.run(args), &format!("newsgraph {args:?}"));
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    }

    /// A bundled query's rows, run on a SPARQL endpoint by `newsgraph query NAME --endpoint URL
    /// --param …`.
    fn query_endpoint(
        &self,
        endpoint: &str,
        name: &str,
        params: &[(&str, &str)],
    ) -> Vec<Vec<Option<Term>>> {
        let mut args = vec!["--endpoint".to_string(), endpoint.to_string()];
        for (k, v) in params {
            args.push(format!("--param={k}={v}"));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = self.run(&[&["query", name, "--format", "json"][..], &args].concat());
        assert!(
            out.status.success(),
            "{name} on {endpoint}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        rows(&out.stdout[..])
    }

    /// Every quad of the local store.
    fn quads(&self) -> BTreeSet<String> {
        parse_nquads(&self.ok(&["export", "--format", "nquads"]))
    }

    /// A bundled query's rows, run by `newsgraph query NAME --param …`.
    fn query(&self, name: &str, params: &[(&str, &str)]) -> Vec<Vec<Option<Term>>> {
        let mut args = vec![
            "query".to_string(),
            name.into(),
            "--format".into(),
            "json".into(),
        ];
        for (k, v) in params {
            args.push("--param".into());
            args.push(format!("{k}={v}"));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = self.run(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        rows(&out.stdout[..])
    }
}

/// Parameters for the bundled queries that need them: names the sample articles mention.
fn params_of(name: &str) -> Vec<(&'static str, &'static str)> {
    newsgraph::query::find(name)
        .unwrap()
        .params()
        .iter()
        .map(|p| match p.as_str() {
            "speaker" => ("speaker", "Putin"),
            "entity" => ("entity", "Xi Jinping"),
            other => panic!("no test value for ?_{other}"),
        })
        .collect()
}

/// A bundled query, in its portable form, with its parameters bound for another SPARQL server
/// as `query --param` binds them: a trailing `VALUES` clause, a name-key parameter bound to its
/// key.
fn bound_for_endpoint(name: &str, params: &[(&str, &str)]) -> String {
    let sparql = newsgraph::query::find(name).unwrap().portable_sparql();
    if params.is_empty() {
        return sparql.to_string();
    }
    let keys = newsgraph::query::header(sparql, "name-keys").unwrap_or("");
    let (vars, values): (Vec<String>, Vec<String>) = params
        .iter()
        .map(|(k, v)| {
            let v = if keys.split([' ', ',']).any(|n| n == *k) {
                newsgraph::model::name_key(v)
            } else {
                v.to_string()
            };
            (
                format!("?_{k}"),
                oxigraph::model::Literal::new_simple_literal(v).to_string(),
            )
        })
        .unzip();
    format!(
        "{sparql}\nVALUES ({}) {{ ({}) }}",
        vars.join(" "),
        values.join(" ")
    )
}

/// Asserts that every bundled query returns the same rows on the server as locally, sent as
/// this test binds it and by `newsgraph query NAME --endpoint`, and rows at all but for the
/// queries in `may_be_empty`.
fn assert_queries_equal(ws: &Workspace, server: &Server, may_be_empty: &[&str]) {
    let endpoint = format!("{}/query", server.base);
    for q in newsgraph::query::bundled() {
        let params = params_of(q.name);
        let local = ws.query(q.name, &params);
        let remote = server.select(&bound_for_endpoint(q.name, &params));
        assert!(
            !local.is_empty() || may_be_empty.contains(&q.name),
            "{}: no rows locally, the test proves nothing",
            q.name
        );
        assert_eq!(remote, local, "{}: rows differ on the endpoint", q.name);
        let by_cli = ws.query_endpoint(&endpoint, q.name, &params);
        assert_eq!(by_cli, local, "{}: rows differ by --endpoint", q.name);
    }
}

/// Two hand-written articles naming one person two ways ("Zelenskyy", "Zelensky"), so that the
/// second push must merge a second spelling into an entity the endpoint has.
const FIRST: &str = "Zelenskyy meets Scholz in Berlin\n\nBERLIN, May 3 (Reuters) - Ukrainian President Volodymyr Zelenskyy met German Chancellor Olaf Scholz in Berlin on Tuesday.\n\n\"We need more air defence before the winter,\" Zelenskyy told reporters after the meeting.\n";
const SECOND: &str = "Zelensky thanks Poland\n\nWARSAW, May 5 (Reuters) - Volodymyr Zelensky praised Poland on Thursday and warned Russia against new attacks.\n\n\"Poland has been a true friend,\" Zelensky said in a speech to parliament.\n";
const SECOND_EDITED: &str = "Zelensky thanks Poland\n\nWARSAW, May 5 (Reuters) - Volodymyr Zelensky praised Poland on Thursday.\n\n\"Poland has been a true friend to Ukraine,\" Zelensky said in a speech to parliament.\n";

/// A third article, from another outlet, quoting Zelenskyy's words of `FIRST` and crediting
/// them to someone else, so that `corroborated-quotes` and `conflicting-attributions` have rows.
const THIRD: &str = "Kyiv asks allies for more air defence\n\nKYIV, May 4 (AP) - Ukraine asked its allies for more help on Wednesday.\n\n\"We need more air defence before the winter,\" Ukrainian Foreign Minister Dmytro Kuleba said in Kyiv.\n";

/// A workspace whose store holds the sample articles, `FIRST` and `THIRD`: two outlets
/// carrying the same words, credited to different people.
fn store_of_three_outlets() -> Workspace {
    let ws = Workspace::new();
    let samples = support::samples();
    let first = ws.write("articles/first.txt", FIRST);
    let third = ws.write("articles/third.txt", THIRD);
    ws.ok(&[
        "ingest",
        samples.to_str().unwrap(),
        first.to_str().unwrap(),
        third.to_str().unwrap(),
    ]);
    ws
}

#[test]
fn after_a_push_the_endpoint_answers_the_bundled_queries_as_the_store_does() {
    if !oxigraph_installed() {
        return;
    }
    let ws = store_of_three_outlets();
    let server = Server::start(&ws.path("remote"), free_port(), false);
    let url = server.store_url();

    let out = ws.ok(&["push", &url]);
    assert!(out.contains("pushed 4 articles"), "{out}");
    assert_eq!(server.quads(), ws.quads());
    assert_queries_equal(&ws, &server, &[]);

    // Only the new article goes; its entity's second spelling is merged into the description.
    let second = ws.write("articles/second.txt", SECOND);
    ws.ok(&["ingest", second.to_str().unwrap()]);
    let out = ws.ok(&["push", "--to", &url]);
    assert!(
        out.contains("pushed 1 articles") && out.contains("4 already there"),
        "{out}"
    );
    assert_eq!(server.quads(), ws.quads());
    assert_queries_equal(&ws, &server, &[]);

    // A new text under the same key: its new graph goes, the old one is removed.
    std::fs::write(&second, SECOND_EDITED).unwrap();
    let out = ws.ok(&["ingest", second.to_str().unwrap()]);
    assert!(out.contains("replaced 1"), "{out}");
    let out = ws.ok(&["push", &url]);
    assert!(
        out.contains("pushed 1 articles") && out.contains("1 removed"),
        "{out}"
    );
    assert_queries_equal(&ws, &server, &[]);
}

#[test]
fn pushing_again_changes_nothing() {
    if !oxigraph_installed() {
        return;
    }
    let ws = Workspace::new();
    let samples = support::samples();
    ws.ok(&["ingest", samples.to_str().unwrap()]);
    let server = Server::start(&ws.path("remote"), free_port(), false);
    let url = server.store_url();
    ws.ok(&["push", &url]);
    let after_first = server.quads();

    let out = ws.ok(&["push", &url]);
    assert!(out.contains("pushed 0 articles"), "{out}");
    assert_eq!(server.quads(), after_first);
    // Everything sent again (PUT replaces, POST merges the same triples): still the same.
    let out = ws.ok(&["push", "--all", &url]);
    assert!(out.contains("pushed 2 articles"), "{out}");
    assert_eq!(server.quads(), after_first);
    assert_eq!(after_first, ws.quads());
}

#[test]
fn a_failed_push_names_the_article_and_the_next_push_resumes() {
    if !oxigraph_installed() {
        return;
    }
    let ws = Workspace::new();
    let samples = support::samples();
    ws.ok(&["ingest", samples.to_str().unwrap()]);
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}/store");
    let remote = ws.path("remote");

    // Nobody listening: the first article is named with the cause.
    let out = ws.run(&["push", &url]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        err.contains(
            "cannot merge the entities of the next articles, from article https://w3id.org/newsgraph/id/article/"
        ),
        "{err}"
    );
    assert!(
        err.contains("file://") && err.contains("run the push again to resume"),
        "{err}"
    );

    // Two articles pushed, then a third ingested while the server only reads.
    {
        let _server = Server::start(&remote, port, false);
        ws.ok(&["push", &url]);
    }
    let third = ws.write("articles/first.txt", FIRST);
    ws.ok(&["ingest", third.to_str().unwrap()]);
    {
        let _server = Server::start(&remote, port, true);
        let out = ws.run(&["push", &url]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            err.contains(third.to_str().unwrap()),
            "the article is not named: {err}"
        );
        assert!(
            err.contains("answered HTTP 4") || err.contains("answered HTTP 5"),
            "no status: {err}"
        );
    }

    // Back to read-write: only the third article goes, and the endpoint equals the store.
    let server = Server::start(&remote, port, false);
    let out = ws.ok(&["push", &url]);
    assert!(
        out.contains("pushed 1 articles") && out.contains("2 already there"),
        "{out}"
    );
    assert_eq!(server.quads(), ws.quads());
    // Quotes carried by several outlets need more than these articles.
    assert_queries_equal(
        &ws,
        &server,
        &["corroborated-quotes", "conflicting-attributions"],
    );
}

// ---------------------------------------------------------------------------------------------
// Virtuoso (Debian's virtuoso-opensource-7-bin)
// ---------------------------------------------------------------------------------------------

/// A Virtuoso server on free loopback ports over a new database in `dir`, whose anonymous
/// SPARQL user may write through the Graph Store Protocol (`/sparql-graph-crud`). Stopped when
/// dropped.
struct Virtuoso {
    child: Child,
    base: String,
}

impl Virtuoso {
    fn start(dir: &Path) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let (sql_port, http_port) = (free_port(), free_port());
        let ini = format!(
            "[Database]\nDatabaseFile = virtuoso.db\nErrorLogFile = virtuoso.log\n\
             TransactionFile = virtuoso.trx\nxa_persistent_file = virtuoso.pxa\n\
             [TempDatabase]\nDatabaseFile = virtuoso-temp.db\nTransactionFile = virtuoso-temp.trx\n\
             [Parameters]\nServerPort = 127.0.0.1:{sql_port}\nNumberOfBuffers = 10000\n\
             MaxDirtyBuffers = 6000\nDirsAllowed = .\n\
             [HTTPServer]\nServerPort = 127.0.0.1:{http_port}\nServerRoot = .\n\
             MaxClientConnections = 4\nServerThreads = 4\n"
        );
        std::fs::write(dir.join("virtuoso.ini"), ini).unwrap();
        let child = Command::new("virtuoso-t")
            .args(["-f", "-c", "virtuoso.ini"])
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("cannot start virtuoso-t");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{http_port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(120);
        while ureq::get(&format!("{}/sparql?query=ASK%7B%7D", server.base))
            .call()
            .is_err()
        {
            assert!(Instant::now() < deadline, "Virtuoso did not start");
            std::thread::sleep(Duration::from_millis(200));
        }
        // A new database's administrator is dba/dba; the anonymous user may then write.
        let grant = Command::new("isql-vt")
            .arg(format!("127.0.0.1:{sql_port}"))
            .args(["dba", "dba"])
            .arg("exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(
            grant.status.success(),
            "{}",
            String::from_utf8_lossy(&grant.stderr)
        );
        server
    }

    fn gsp_url(&self) -> String {
        format!("{}/sparql-graph-crud", self.base)
    }

    /// A SELECT query's rows, placeholder columns left out.
    fn select(&self, sparql: &str) -> Vec<Vec<Option<Term>>> {
        let mut response = ureq::post(&format!("{}/sparql", self.base))
            .header("Accept", "application/sparql-results+json")
            .send_form([("query", sparql)])
            .unwrap_or_else(|e| panic!("query failed: {e}\n{sparql}"));
        rows(response.body_mut().as_reader())
    }

    /// Every triple of newsgraph's graphs, with its graph.
    fn quads(&self) -> BTreeSet<String> {
        self.select(
            "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } \
             FILTER (STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/\")) }",
        )
        .into_iter()
        .map(|row| format!("{row:?}"))
        .collect()
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn virtuoso_takes_a_push_and_answers_the_bundled_queries_as_the_store_does() {
    // `virtuoso-t --help` exits non-zero: that it starts at all is the test.
    let started = support::quiet_status(Command::new("virtuoso-t").arg("--help")).is_ok();
    if !support::present(
        "Virtuoso (apt-get install virtuoso-opensource-7-bin)",
        started,
    ) {
        return;
    }
    let ws = store_of_three_outlets();
    let server = Virtuoso::start(&ws.path("virtuoso"));
    let url = server.gsp_url();

    let out = ws.ok(&["push", &url]);
    assert!(out.contains("pushed 4 articles"), "{out}");
    let second = ws.write("articles/second.txt", SECOND);
    ws.ok(&["ingest", second.to_str().unwrap()]);
    let out = ws.ok(&["push", &url]);
    assert!(out.contains("pushed 1 articles"), "{out}");

    let after = server.quads();
    assert_eq!(after.len(), ws.quads().len());
    let out = ws.ok(&["push", "--all", &url]);
    assert!(out.contains("pushed 5 articles"), "{out}");
    assert_eq!(server.quads(), after, "pushing again changed the endpoint");

    // `about` goes in its portable form (`queries/portable/about.rq`): Virtuoso 7.2 does not
    // parse the local text's LATERAL.
    for q in newsgraph::query::bundled() {
        let params = params_of(q.name);
        let mut local = ws.query(q.name, &params);
        let started = Instant::now();
        let mut remote = server.select(&bound_for_endpoint(q.name, &params));
        let took = started.elapsed();
        eprintln!(
            "{}: {} rows on Virtuoso in {took:.2?}",
            q.name,
            remote.len()
        );
        // One earlier conflicting-attributions took Virtuoso minutes on these five articles.
        assert!(
            took < Duration::from_secs(30),
            "{}: Virtuoso took {took:.1?}",
            q.name
        );
        assert!(
            !local.is_empty(),
            "{}: no rows locally, the test proves nothing",
            q.name
        );
        // Virtuoso breaks ties of ORDER BY its own way: the rows are compared as multisets.
        local.sort_by_key(|r| format!("{r:?}"));
        remote.sort_by_key(|r| format!("{r:?}"));
        assert_eq!(remote, local, "{}: rows differ on Virtuoso", q.name);
    }

    // `newsgraph query about --endpoint` on the pushed graph: the rows of Xi Jinping and of
    // Moscow, as the store has them.
    let endpoint = format!("{}/sparql", server.base);
    for entity in ["Xi Jinping", "Moscow"] {
        let params = [("entity", entity)];
        let mut local = ws.query("about", &params);
        let mut remote = ws.query_endpoint(&endpoint, "about", &params);
        let text = |term: &Option<Term>| match term {
            Some(Term::Literal(l)) => l.value().to_string(),
            _ => String::new(),
        };
        // entityName, involvement, kind, who, whoRole, what, whom…
        assert!(
            remote.iter().any(|row| text(&row[2]) == "event")
                && remote.iter().any(|row| text(&row[2]) == "statement"),
            "{entity}: no statement or no event by --endpoint: {remote:?}"
        );
        assert!(
            remote
                .iter()
                .all(|row| entity.starts_with("Xi") == (text(&row[0]) == "Xi Jinping")),
            "{entity}: rows of another entity: {remote:?}"
        );
        local.sort_by_key(|r| format!("{r:?}"));
        remote.sort_by_key(|r| format!("{r:?}"));
        assert_eq!(remote, local, "about {entity}: rows differ by --endpoint");
    }
}
