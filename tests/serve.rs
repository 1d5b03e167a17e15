//! `newsgraph serve` end to end: the real binary on a free loopback port over the sample store,
//! with real clients — curl and Python's SPARQLWrapper for the SPARQL 1.1 Protocol (every
//! results format, RDF syntaxes, a malformed query, an update, a 1 MB query, a body too large),
//! the bundled queries over HTTP, headless Chromium on the person page (its screenshot is kept
//! under the target directory), and 200 concurrent requests.

mod support;

use oxigraph::io::{RdfFormat, RdfParser};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Barrier, Mutex, OnceLock};
use std::time::Duration;
use support::{available, chromium, newsgraph, run_with_timeout, samples};

/// The sample articles' store and a server over it, shared by the tests of this binary.
struct Fixture {
    dir: PathBuf,
    addr: String,
    _server: Mutex<Served>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = support::fixture_dir("serve-tests");
        let store = dir.join("store");
        ingest(&store, &[&samples()]);
        let server = Served::start(&store);
        Fixture {
            dir,
            addr: server.addr.clone(),
            _server: Mutex::new(server),
        }
    })
}

impl Fixture {
    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

/// `newsgraph ingest` of `paths` into `store`.
fn ingest(store: &Path, paths: &[&Path]) {
    support::expect_success(
        newsgraph(store).arg("ingest").args(paths).output().unwrap(),
        "newsgraph ingest",
    );
}

/// A `newsgraph serve` on a free loopback port, stopped when dropped or when this test process
/// ends, whichever comes first.
struct Served {
    addr: String,
    /// The shell around the server; its stdin, kept open, is the server's lifeline.
    shell: Child,
}

impl Served {
    fn start(store: &Path) -> Self {
        // Through a shell that kills the server when its stdin closes: when this is dropped,
        // or when the test process ends (statics are never dropped).
        let mut shell = Command::new("sh")
            .arg("-c")
            .arg(r#""$0" "$@" & server=$!; read _; kill $server"#)
            .arg(env!("CARGO_BIN_EXE_newsgraph"))
            .arg("--store")
            .arg(store)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .env_remove("NEWSGRAPH_STORE")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(shell.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
        Self { addr, shell }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        drop(self.shell.stdin.take());
        let _ = self.shell.wait();
    }
}

/// `curl -s -D - ARGS… URL`: the status code, the Content-Type, the other headers and the body.
struct Response {
    status: u16,
    content_type: String,
    head: String,
    body: String,
}

impl Response {
    /// The value of header `name` (case-insensitive), if the answer has it.
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

fn curl(args: &[&str]) -> Response {
    let out = run_with_timeout(
        Command::new("curl")
            .args(["-sS", "-D", "-", "--max-time", "60"])
            .args(args),
        &format!("curl {args:?}"),
    );
    assert!(
        out.status.success(),
        "curl failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    // curl asks large bodies to be expected: an interim "100 Continue" comes first.
    while text.starts_with("HTTP/1.1 100") {
        text = text
            .split_once("\r\n\r\n")
            .map_or(String::new(), |(_, rest)| rest.to_string());
    }
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let content_type = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-type")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_default();
    Response {
        status,
        content_type,
        head: head.to_string(),
        body: body.to_string(),
    }
}

fn has_curl() -> bool {
    available(
        "curl (apt-get install curl)",
        Command::new("curl").arg("--version"),
    )
}

const SPEAKERS: &str = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name WHERE { ?s ng:speaker ?p . ?p rdfs:label ?name } ORDER BY ?name";

const LABELS: &str = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?p rdfs:label ?name } WHERE { ?s ng:speaker ?p . ?p rdfs:label ?name }";

#[test]
fn curl_gets_every_results_format_by_get_form_post_and_query_post() {
    if !has_curl() {
        return;
    }
    let f = fixture();
    let url = f.url("/sparql");
    let cases = [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
        ),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ];
    for (accept, want_type) in cases {
        let header = format!("Accept: {accept}");
        let get = curl(&[
            "-G",
            "--data-urlencode",
            &format!("query={SPEAKERS}"),
            "-H",
            &header,
            &url,
        ]);
        let form = curl(&[
            "--data-urlencode",
            &format!("query={SPEAKERS}"),
            "-H",
            &header,
            &url,
        ]);
        let direct = curl(&[
            "--data-binary",
            SPEAKERS,
            "-H",
            "Content-Type: application/sparql-query",
            "-H",
            &header,
            &url,
        ]);
        for (how, r) in [("GET", &get), ("form POST", &form), ("query POST", &direct)] {
            assert_eq!(r.status, 200, "{how} {accept}: {}", r.body);
            assert!(
                r.content_type.starts_with(want_type),
                "{how} {accept}: {}",
                r.content_type
            );
            assert!(
                r.body.contains("Jens Stoltenberg"),
                "{how} {accept}: {}",
                r.body
            );
            assert!(
                r.body.contains("Vladimir Putin"),
                "{how} {accept}: {}",
                r.body
            );
        }
        if accept.ends_with("json") {
            let json: serde_json::Value = serde_json::from_str(&get.body).unwrap();
            assert_eq!(json["head"]["vars"], serde_json::json!(["name"]));
        }
    }
    let cors = curl(&[
        "-G",
        "--data-urlencode",
        "query=ASK {}",
        "-H",
        "Origin: https://yasgui.example",
        &url,
    ]);
    assert_eq!(cors.status, 200);
    assert!(cors.body.contains("true"), "{}", cors.body);
    // A page on another origin may read the answer, and its browser's preflight for a POST of
    // `application/sparql-query` is granted.
    assert_eq!(
        cors.header("Access-Control-Allow-Origin"),
        Some("*"),
        "{}",
        cors.head
    );
    let preflight = curl(&[
        "-X",
        "OPTIONS",
        "-H",
        "Origin: https://yasgui.example",
        "-H",
        "Access-Control-Request-Method: POST",
        "-H",
        "Access-Control-Request-Headers: content-type",
        &url,
    ]);
    assert!(
        matches!(preflight.status, 200 | 204),
        "preflight: {} {}",
        preflight.status,
        preflight.head
    );
    assert_eq!(preflight.header("Access-Control-Allow-Origin"), Some("*"));
    let methods = preflight
        .header("Access-Control-Allow-Methods")
        .unwrap_or_default();
    assert!(methods.contains("POST"), "{}", preflight.head);
    let headers = preflight
        .header("Access-Control-Allow-Headers")
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(headers.contains("content-type"), "{}", preflight.head);
}

#[test]
fn curl_gets_construct_results_in_rdf_syntaxes_that_parse_to_the_same_triples() {
    if !has_curl() {
        return;
    }
    let f = fixture();
    let url = f.url("/sparql");
    let mut counts = Vec::new();
    for (accept, format) in [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/rdf+xml", RdfFormat::RdfXml),
        (
            "application/ld+json",
            RdfFormat::from_extension("jsonld").unwrap(),
        ),
    ] {
        let r = curl(&[
            "-G",
            "--data-urlencode",
            &format!("query={LABELS}"),
            "-H",
            &format!("Accept: {accept}"),
            &url,
        ]);
        assert_eq!(r.status, 200, "{accept}: {}", r.body);
        assert!(
            r.content_type.starts_with(accept),
            "{accept}: {}",
            r.content_type
        );
        let triples: Vec<_> = RdfParser::from_format(format)
            .for_reader(r.body.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{accept} does not parse: {e}\n{}", r.body));
        assert!(
            triples
                .iter()
                .any(|q| q.object.to_string() == "\"Jens Stoltenberg\""),
            "{accept}"
        );
        counts.push(triples.len());
    }
    assert!(counts.windows(2).all(|w| w[0] == w[1]), "{counts:?}");
}

#[test]
fn a_malformed_query_is_400_with_the_parser_message_and_updates_are_refused() {
    if !has_curl() {
        return;
    }
    let f = fixture();
    let url = f.url("/sparql");
    let bad = curl(&["-G", "--data-urlencode", "query=SELECT ?x WHERE { ?x", &url]);
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("error at 1:"), "{}", bad.body);

    let update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
    let by_form = curl(&["--data-urlencode", &format!("update={update}"), &url]);
    let as_query = curl(&["--data-urlencode", &format!("query={update}"), &url]);
    let by_body = curl(&[
        "--data-binary",
        update,
        "-H",
        "Content-Type: application/sparql-update",
        &url,
    ]);
    for r in [by_form, as_query, by_body] {
        assert_eq!(r.status, 403, "{}", r.body);
        assert!(r.body.contains("read-only"), "{}", r.body);
    }
    let count = curl(&[
        "-G",
        "--data-urlencode",
        "query=ASK { <urn:a> <urn:b> <urn:c> }",
        &url,
    ]);
    assert!(
        count.body.contains("false"),
        "the update went through: {}",
        count.body
    );
}

#[test]
fn a_1_mb_query_is_answered_and_a_far_larger_body_is_413() {
    if !has_curl() {
        return;
    }
    let f = fixture();
    let url = f.url("/sparql");
    // A real 1 MB query: a long VALUES list the speakers are joined with.
    let mut values = String::new();
    let mut n = 0;
    while values.len() < 1024 * 1024 {
        values.push_str(&format!("\"filler name number {n}\" "));
        n += 1;
    }
    let query = format!(
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\
         SELECT ?name WHERE {{ VALUES ?name {{ {values} \"Jens Stoltenberg\" }} ?p rdfs:label ?name . ?s ng:speaker ?p }} LIMIT 1"
    );
    assert!(query.len() > 1024 * 1024);
    let file = f.dir.join("big-query.rq");
    std::fs::write(&file, &query).unwrap();
    let at_file = format!("@{}", file.display());
    let direct = curl(&[
        "--data-binary",
        &at_file,
        "-H",
        "Content-Type: application/sparql-query",
        &url,
    ]);
    assert_eq!(
        direct.status,
        200,
        "{}",
        &direct.body[..direct.body.len().min(500)]
    );
    assert!(direct.body.contains("Jens Stoltenberg"), "{}", direct.body);
    let form = curl(&["--data-urlencode", &format!("query{at_file}"), &url]);
    assert_eq!(form.status, 200);

    let huge = f.dir.join("huge-query.rq");
    std::fs::write(&huge, "#".repeat(20 * 1024 * 1024)).unwrap();
    let refused = curl(&[
        "--data-binary",
        &format!("@{}", huge.display()),
        "-H",
        "Content-Type: application/sparql-query",
        &url,
    ]);
    assert_eq!(refused.status, 413, "{}", refused.body);
}

#[test]
fn the_bundled_queries_are_listed_and_run_with_parameters_bound_safely() {
    if !has_curl() {
        return;
    }
    let f = fixture();
    let list = curl(&[&f.url("/queries")]);
    assert_eq!(list.status, 200);
    let list: serde_json::Value = serde_json::from_str(&list.body).unwrap();
    let quotes_by = list
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["name"] == "quotes-by")
        .expect("quotes-by is listed");
    assert_eq!(quotes_by["params"], serde_json::json!(["speaker"]));

    let r = curl(&[&f.url("/queries/quotes-by?speaker=Stoltenberg&format=json")]);
    assert_eq!(r.status, 200, "{}", r.body);
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let rows = json["results"]["bindings"].as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|b| b["speakerName"]["value"] == "Jens Stoltenberg"));

    // A value cannot change the query: it is bound as one literal.
    let injected = "Stoltenberg\" } ?s ?p ?o { \"";
    let encoded: String = form_urlencoded::byte_serialize(injected.as_bytes()).collect();
    let r = curl(&[&f.url(&format!("/queries/quotes-by?speaker={encoded}&format=json"))]);
    assert_eq!(r.status, 200, "{}", r.body);
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(json["results"]["bindings"], serde_json::json!([]));

    let missing = curl(&[&f.url("/queries/quotes-by")]);
    assert_eq!(missing.status, 400);
    assert!(missing.body.contains("speaker"), "{}", missing.body);
    let csv = curl(&["-H", "Accept: text/csv", &f.url("/queries/who-said-what")]);
    assert!(
        csv.body
            .starts_with("speakerName,text,form,cue,article,date"),
        "{}",
        csv.body
    );
}

#[test]
fn placeholders_bound_by_a_values_clause_are_accepted_by_the_endpoint() {
    if !has_curl() {
        return;
    }
    let f = fixture();
    let url = f.url("/sparql");
    // A `?_name` variable is the client's own: bound by VALUES, or free.
    let cases = [
        (
            "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n\
             SELECT ?speaker ?_key WHERE { ?speaker ng:nameKey ?_key } VALUES (?_key) { (\"stoltenberg\") }",
            "https://w3id.org/newsgraph/id/",
        ),
        (
            "SELECT ?_free WHERE { VALUES ?_free { \"kept\" } }",
            "\"vars\"",
        ),
    ];
    for (query, expected) in cases {
        let r = curl(&[
            "-H",
            "Accept: application/sparql-results+json",
            "--data-urlencode",
            &format!("query={query}"),
            &url,
        ]);
        assert_eq!(r.status, 200, "{query}: {}", r.body);
        assert!(r.body.contains(expected), "{query}: {}", r.body);
    }
}

#[test]
fn every_bundled_query_run_with_endpoint_on_the_server_answers_as_the_store_does() {
    let f = fixture();
    let endpoint = f.url("/sparql");
    // The remote runs need no store: this path is never created.
    let no_store = f.dir.join("no-store-for-endpoint-runs");
    let json = |out: Output, what: &str| -> serde_json::Value {
        let out = support::expect_success(out, what);
        serde_json::from_slice(&out.stdout).unwrap()
    };
    for q in newsgraph::query::bundled() {
        let params: Vec<String> = q
            .params()
            .iter()
            .map(|p| match p.as_str() {
                "speaker" => "speaker=Stoltenberg".to_string(),
                "entity" => "entity=Xi Jinping".to_string(),
                other => panic!("no test value for ?_{other}"),
            })
            .flat_map(|p| ["--param".to_string(), p])
            .collect();
        let local = json(
            newsgraph(&f.dir.join("store"))
                .args(["query", q.name, "--format", "json"])
                .args(&params)
                .output()
                .unwrap(),
            &format!("query {}", q.name),
        );
        let remote = json(
            newsgraph(&no_store)
                .args(["query", q.name, "--format", "json", "--endpoint", &endpoint])
                .args(&params)
                .output()
                .unwrap(),
            &format!("query {} --endpoint", q.name),
        );
        // Quotes carried by several outlets need more than the sample articles.
        let may_be_empty = ["corroborated-quotes", "conflicting-attributions"];
        let rows = local["results"]["bindings"].as_array().unwrap();
        assert!(
            !rows.is_empty() || may_be_empty.contains(&q.name),
            "{}: no rows, proves nothing",
            q.name
        );
        assert_eq!(remote, local, "{}: --endpoint answers otherwise", q.name);
    }
    assert!(!no_store.exists(), "--endpoint opened a store");

    // An endpoint that answers an error: its status and words, exit status 2.
    let out = newsgraph(&no_store)
        .args(["query", "--sparql", "SELECT * WHERE { ?s ?p ?o }"])
        .args(["--endpoint", &f.url("/no-such-endpoint")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("answered HTTP 404"), "{err}");
}

#[test]
fn sparqlwrapper_reads_every_format_and_sees_errors_as_errors() {
    let python = support::python();
    if !available(
        "Python with SPARQLWrapper (pip install SPARQLWrapper)",
        Command::new(&python).args(["-c", "import SPARQLWrapper"]),
    ) {
        return;
    }
    let f = fixture();
    let out = run_with_timeout(
        Command::new(&python)
            .arg(support::support_file("sparql_client.py"))
            .arg(f.url("/sparql")),
        "sparql_client.py",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for format in ["json", "xml", "csv", "tsv"] {
        for method in ["get", "post"] {
            let key = format!("select-{format}-{method}");
            let names = seen[&key]["names"]
                .as_array()
                .unwrap_or_else(|| panic!("{key}: {seen}"));
            assert!(
                names.iter().any(|n| n == "Jens Stoltenberg"),
                "{key}: {names:?}"
            );
            assert!(
                names.iter().any(|n| n == "Vladimir Putin"),
                "{key}: {names:?}"
            );
        }
    }
    assert_eq!(seen["ask"], true);
    for (syntax, media) in [
        ("turtle", "text/turtle"),
        ("rdfxml", "application/rdf+xml"),
        ("n3", "text/n3"),
        ("jsonld", "application/ld+json"),
    ] {
        let key = format!("construct-{syntax}");
        let entry = &seen[&key];
        assert!(
            entry["content_type"]
                .as_str()
                .unwrap_or("")
                .starts_with(media),
            "{key}: {entry}"
        );
        assert!(
            entry["triples"].as_u64().unwrap_or(0) > 0 || entry["bytes"].as_u64().unwrap_or(0) > 0,
            "{key}: {entry}"
        );
    }
    assert!(
        seen["malformed"]
            .as_str()
            .unwrap()
            .starts_with("QueryBadFormed"),
        "{seen}"
    );
    assert_eq!(seen["update"], 403, "{seen}");
}

#[test]
fn two_hundred_concurrent_requests_of_a_bundled_query_are_all_answered() {
    let f = fixture();
    let expected = {
        let mut one = TcpStream::connect(&f.addr).unwrap();
        raw_get(&mut one, &f.addr, "/queries/who-said-what?format=json")
    };
    assert!(expected.starts_with("HTTP/1.1 200"), "{expected}");
    let expected_body = expected.split_once("\r\n\r\n").unwrap().1.to_string();
    let barrier = Arc::new(Barrier::new(200));
    let clients: Vec<_> = (0..200)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            let addr = f.addr.clone();
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(&addr).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(120)))
                    .unwrap();
                barrier.wait();
                raw_get(&mut stream, &addr, "/queries/who-said-what?format=json")
            })
        })
        .collect();
    let mut answered = 0;
    for client in clients {
        let response = client.join().unwrap();
        assert!(
            response.starts_with("HTTP/1.1 200"),
            "{}",
            &response[..response.len().min(300)]
        );
        assert_eq!(response.split_once("\r\n\r\n").unwrap().1, expected_body);
        answered += 1;
    }
    assert_eq!(answered, 200);
}

fn raw_get(stream: &mut TcpStream, host: &str, path: &str) -> String {
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

/// Headless Chromium on `url`, with the flags that keep it off the network, a fresh profile,
/// and time for the page's requests to this server; `extra` adds `--dump-dom` or
/// `--screenshot=…`.
fn chromium_on(browser: &str, url: &str, extra: &[&str]) -> Output {
    let profile = tempfile::tempdir().unwrap();
    run_with_timeout(
        Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--virtual-time-budget=15000",
                "--window-size=1200,1800",
                &format!("--user-data-dir={}", profile.path().display()),
            ])
            .args(extra)
            .arg(url),
        "chromium",
    )
}

#[test]
fn chromium_searches_a_speaker_and_shows_their_quotes_marked_in_their_sentences() {
    let Some(browser) = chromium() else {
        return;
    };
    let f = fixture();
    // The page itself: self-contained, nothing fetched from another site.
    let page = curl(&[&f.url("/")]);
    assert_eq!(page.status, 200);
    for outside in ["src=\"http", "href=\"http", "@import", "url(http"] {
        assert!(
            !page.body.contains(outside),
            "the page fetches from outside: {outside}"
        );
    }

    let url = f.url("/#q=stoltenberg");
    let out = chromium_on(browser, &url, &["--dump-dom"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(
        dom.contains(r#"data-ready="true""#),
        "the page did not finish:\n{dom}"
    );
    assert!(
        dom.contains(r#"<pre id="errors" hidden=""></pre>"#),
        "script errors:\n{dom}"
    );
    assert!(dom.contains("<h2>Jens Stoltenberg</h2>"), "{dom}");
    // The quotes of the samples, each with its exact words marked.
    for words in [
        "China should not provide lethal aid to Russia. That would be to support an illegal war,",
        "We haven’t seen any proof that China is delivering lethal weapons to Russia.",
    ] {
        assert!(
            dom.contains(&format!("<mark>{words}</mark>")),
            "{words} is not marked:\n{dom}"
        );
    }
    // The sentence around a quote is shown too.
    assert!(dom.contains("” Stoltenberg warned."), "{dom}");
    assert!(dom.contains("Quotes other outlets carry too (1)"), "{dom}");

    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-person-page.png");
    let _ = std::fs::remove_file(&shot);
    let out = chromium_on(
        browser,
        &url,
        &[&format!("--screenshot={}", shot.display())],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    eprintln!("screenshot of the person page: {}", shot.display());
}

#[test]
fn binding_beyond_loopback_warns_that_anyone_reachable_reads_the_store() {
    let f = fixture();
    let mut server = newsgraph(&f.dir.join("store"))
        .args(["serve", "--bind", "0.0.0.0:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(server.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    let _ = server.kill();
    let _ = server.wait();
    assert!(
        first.contains("warning") && first.contains("not on loopback"),
        "{first}"
    );
}

/// `GET path` on `addr` as JSON (status 200 expected).
fn get_json(addr: &str, path: &str) -> serde_json::Value {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let response = raw_get(&mut stream, addr, path);
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    assert!(head.starts_with("HTTP/1.1 200"), "{path}: {head}\n{body}");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{path}: {e}\n{body}"))
}

fn encoded(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// The page's search for `typed`: its results, best first.
fn search(addr: &str, typed: &str) -> Vec<serde_json::Value> {
    let found = get_json(addr, &format!("/api/search?q={}", encoded(typed)));
    found["results"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_partial_name_finds_a_person_by_a_part_of_it_and_by_another_spelling() {
    let f = fixture();
    let cases = [
        ("STOLTENBERG", "exact"),
        ("stolt", "prefix"),
        ("jen stolt", "word-prefixes"),
        ("toltenber", "inside"),
        ("Stoltenburg", "spelling"),
        ("Jens Stoltenbergh", "spelling"),
    ];
    for (typed, how) in cases {
        let results = search(&f.addr, typed);
        assert!(!results.is_empty(), "nobody found under {typed:?}");
        assert_eq!(
            results[0]["label"], "Jens Stoltenberg",
            "{typed}: {results:?}"
        );
        assert_eq!(results[0]["match"], how, "{typed}: {results:?}");
        assert!(
            results[0]["statements"].as_u64().unwrap() > 0,
            "{results:?}"
        );
        assert!(results[0]["articles"].as_u64().unwrap() > 0, "{results:?}");
    }
    // Another spelling of a word of a longer name, and a surface form that is not the label.
    assert_eq!(
        search(&f.addr, "vladimir puttin")[0]["label"],
        "Vladimir Putin"
    );
    let kremlin = search(&f.addr, "kremlin lead");
    assert_eq!(kremlin[0]["label"], "Vladimir Putin", "{kremlin:?}");
    assert_eq!(kremlin[0]["name"], "the Kremlin leader", "{kremlin:?}");
    assert!(search(&f.addr, "qqzzxxw").is_empty());
    assert!(search(&f.addr, " .,; ").is_empty());
}

/// Hand-written articles in which words are shared: Ekberg's warning carried in part by a
/// second article and credited there to Tennfjord; Ekberg's promise quoted by two articles and,
/// inside longer words, credited to Brekke in a third.
const SHARED_WORDS_ARTICLES: [(&str, &str); 3] = [
    (
        "budget-monday.txt",
        "Norland minister warns on shipyard subsidies\n\n\
         Lars Ekberg, the finance minister of Norland, warned on Monday that “the budget cannot \
         carry another year of subsidies for the shipyards”.\n\n\
         “We will balance the books by spring,” Ekberg said.\n",
    ),
    (
        "budget-rally.txt",
        "Opposition rallies against cuts\n\n\
         Maria Tennfjord, the leader of the opposition, told a rally in Oslund on Tuesday: \
         “The budget cannot carry another year of subsidies.”\n\n\
         The finance minister Lars Ekberg has said “we will balance the books by spring”.\n",
    ),
    (
        "budget-wednesday.txt",
        "Norland cabinet meets on budget\n\n\
         Lars Ekberg said on Wednesday that talks with the unions had gone well. “Nobody will \
         lose a job this winter,” he said.\n\n\
         The union leader Olaf Brekke said: “We will balance the books by spring if the unions \
         agree, and not otherwise.”\n",
    ),
];

/// The rows of a bundled comparison query grouped by their shared words: words → the
/// quotations (speaker, article, date and words quoted) of the group.
type Groups = std::collections::BTreeMap<String, std::collections::BTreeSet<String>>;

/// One quotation of a group as both sides list it.
fn quotation_key(field: impl Fn(&str) -> String) -> String {
    format!(
        "{} | {} | {} | {}",
        field("speakerName"),
        field("article"),
        field("date"),
        field("quotedText")
    )
}

/// The groups of a bundled query's rows in which `label` is credited with a quotation, with
/// only the other speakers' quotations when `others_only`.
fn bundled_groups(rows: &[serde_json::Value], label: &str, others_only: bool) -> Groups {
    let value =
        |row: &serde_json::Value, name: &str| row[name]["value"].as_str().unwrap_or("").to_string();
    let mut all: std::collections::BTreeMap<String, Vec<&serde_json::Value>> = Default::default();
    for row in rows {
        all.entry(value(row, "text")).or_default().push(row);
    }
    all.into_iter()
        .filter(|(_, members)| members.iter().any(|r| value(r, "speakerName") == label))
        .map(|(text, members)| {
            let listed = members
                .into_iter()
                .filter(|r| !others_only || value(r, "speakerName") != label)
                .map(|r| quotation_key(|name| value(r, name)))
                .collect();
            (text, listed)
        })
        .collect()
}

/// The page's groups (`/api/entity`'s `corroborated` or `conflicting`).
fn page_groups(groups: &serde_json::Value) -> Groups {
    groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let listed = g["quotations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| quotation_key(|name| q[name].as_str().unwrap_or("").to_string()))
                .collect();
            (g["text"].as_str().unwrap().to_string(), listed)
        })
        .collect()
}

#[test]
fn the_page_lists_for_each_speaker_the_shared_words_the_bundled_queries_find() {
    let dir = support::temp_dir("serve-shared-words");
    let articles = dir.path().join("articles");
    std::fs::create_dir_all(&articles).unwrap();
    for (name, text) in SHARED_WORDS_ARTICLES {
        std::fs::write(articles.join(name), text).unwrap();
    }
    let store = dir.path().join("store");
    ingest(&store, &[&articles, &samples()]);
    let server = Served::start(&store);
    let bundled = |name: &str| -> Vec<serde_json::Value> {
        get_json(&server.addr, &format!("/queries/{name}?format=json"))["results"]["bindings"]
            .as_array()
            .cloned()
            .unwrap()
    };
    let corroborated = bundled("corroborated-quotes");
    let conflicting = bundled("conflicting-attributions");
    let mut speakers: Vec<String> = corroborated
        .iter()
        .chain(&conflicting)
        .filter_map(|r| r["speakerName"]["value"].as_str().map(str::to_string))
        .collect();
    speakers.sort();
    speakers.dedup();
    let mut compared = (0, 0);
    for label in &speakers {
        let found = search(&server.addr, label);
        let iri = found
            .iter()
            .find(|r| r["label"] == label.as_str())
            .and_then(|r| r["iri"].as_str())
            .unwrap_or_else(|| panic!("{label} not found: {found:?}"));
        let page = get_json(&server.addr, &format!("/api/entity?iri={}", encoded(iri)));
        let want = bundled_groups(&corroborated, label, false);
        assert_eq!(
            page_groups(&page["corroborated"]),
            want,
            "corroborated, {label}"
        );
        compared.0 += want.len();
        let want = bundled_groups(&conflicting, label, true);
        assert_eq!(
            page_groups(&page["conflicting"]),
            want,
            "conflicting, {label}"
        );
        compared.1 += want.len();
    }
    assert!(
        compared.0 >= 3 && compared.1 >= 2,
        "too few groups: {compared:?}"
    );

    // Ekberg's words are credited to Tennfjord too, in part.
    let ekberg = &search(&server.addr, "Ekberg")[0];
    let iri = ekberg["iri"].as_str().unwrap();
    let page = get_json(&server.addr, &format!("/api/entity?iri={}", encoded(iri)));
    let conflicting = page_groups(&page["conflicting"]);
    assert!(
        conflicting.iter().any(|(text, quotations)| {
            text.to_lowercase()
                .contains("budget cannot carry another year of subsidies")
                && quotations
                    .iter()
                    .all(|q| q.starts_with("Maria Tennfjord |"))
        }),
        "{conflicting:?}"
    );
}

#[test]
fn a_running_server_sees_articles_ingested_after_it_started() {
    let dir = support::temp_dir("serve-fresh");
    let first = dir.path().join("first.txt");
    std::fs::write(
        &first,
        "Harbour plan approved\n\nAnna Lindqvist, the mayor of Oslund, said on Monday that \
         “the new harbour will open next year”.\n",
    )
    .unwrap();
    let store = dir.path().join("store");
    ingest(&store, &[&first]);
    let server = Served::start(&store);
    let is_halvorsen = |r: &serde_json::Value| r["label"] == "Petter Halvorsen";
    assert!(!search(&server.addr, "Halvorsen").iter().any(is_halvorsen));

    let second = dir.path().join("second.txt");
    std::fs::write(
        &second,
        "Unions back harbour plan\n\nPetter Halvorsen, the head of the dockers' union, said on \
         Tuesday: “Our members will build this harbour with pride.”\n",
    )
    .unwrap();
    ingest(&store, &[&second]);
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let found = loop {
        let found = search(&server.addr, "halvor");
        if let Some(found) = found.into_iter().find(is_halvorsen) {
            break found;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the new article was not seen within a minute"
        );
        std::thread::sleep(Duration::from_millis(250));
    };
    // The page and the SPARQL endpoint read the same new view.
    let iri = found["iri"].as_str().unwrap();
    let page = get_json(&server.addr, &format!("/api/entity?iri={}", encoded(iri)));
    assert!(
        page["statements"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["text"]
                .as_str()
                .unwrap_or("")
                .contains("build this harbour with pride")),
        "{page}"
    );
    let ask = format!(
        "/sparql?query={}",
        encoded(&format!("ASK {{ ?s ?p <{iri}> }}"))
    );
    assert_eq!(get_json(&server.addr, &ask)["boolean"], true);
    assert!(search(&server.addr, "Lindqvist")
        .iter()
        .any(|r| r["label"] == "Anna Lindqvist"));
}
