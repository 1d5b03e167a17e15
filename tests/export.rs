//! The exports, checked by software other than ours: rdflib parses every RDF syntax and finds
//! the store's graph, `rapper` (Raptor) accepts Turtle, N-Triples and RDF/XML, pySHACL validates
//! against `ontology/shapes.ttl`, networkx reads GraphML and GEXF, Graphviz renders the DOT and
//! headless Chromium runs the HTML page. Plus our own checks of determinism and filters.
//!
//! All tests share one store of the sample articles, built once; the `newsgraph` runs on it are
//! serialised (RocksDB allows one process at a time). A test whose outside tool is missing is
//! SKIPPED LOUDLY on stderr, except under CI (`CI` set), where a missing tool fails: `.ci/run`
//! installs them all. The Python checks live in `tests/support/check_export.py`.

mod support;

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};
use oxigraph::store::Store;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};
use support::{available, chromium, newsgraph, python, run_with_timeout, samples};

const NG: &str = "https://w3id.org/newsgraph/ontology#";
const ID: &str = "https://w3id.org/newsgraph/id/";

/// The sample store, its N-Quads dump (written by Oxigraph itself, not by our exporter) and an
/// export in every format.
struct Fixture {
    dir: PathBuf,
    store: PathBuf,
    dump: PathBuf,
    lock: Mutex<()>,
}

/// Every export the fixture writes: (file name, `--format`).
const EXPORTS: &[(&str, &str)] = &[
    ("export.ttl", "turtle"),
    ("export.trig", "trig"),
    ("export.nq", "nquads"),
    ("export.nt", "ntriples"),
    ("export.jsonld", "jsonld"),
    ("export.rdf", "rdfxml"),
    ("export.graphml", "graphml"),
    ("export.gexf", "gexf"),
    ("export.dot", "dot"),
    ("export.cyjs", "cytoscape"),
    ("export.html", "html"),
];

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = support::fixture_dir("export-tests");
        let f = Fixture {
            store: dir.join("store"),
            dump: dir.join("dump.nq"),
            dir,
            lock: Mutex::new(()),
        };
        f.ok(&["ingest", samples().to_str().unwrap()]);
        {
            let store = Store::open(&f.store).unwrap();
            let file = std::fs::File::create(&f.dump).unwrap();
            store
                .dump_to_writer(RdfSerializer::from_format(RdfFormat::NQuads), file)
                .unwrap();
        }
        for (name, format) in EXPORTS {
            let path = f.path(name);
            f.ok(&["export", "--format", format, "-o", path.to_str().unwrap()]);
        }
        f
    })
}

impl Fixture {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn path_str(&self, name: &str) -> String {
        self.path(name).display().to_string()
    }

    /// Runs `newsgraph --store STORE ARGS…`, one at a time.
    fn run(&self, args: &[&str]) -> Output {
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        run_with_timeout(
            newsgraph(&self.store).args(args),
            &format!("newsgraph {args:?}"),
        )
    }

    /// Runs and asserts success; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "newsgraph {args:?} failed: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// A SPARQL query's single integer result.
    fn count(&self, sparql: &str) -> u64 {
        let json: serde_json::Value =
            serde_json::from_str(&self.ok(&["query", "--sparql", sparql, "--format", "json"]))
                .unwrap();
        json["results"]["bindings"][0]["n"]["value"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

// ---------------------------------------------------------------------------------------------
// Outside tools: present, skipped loudly, or (under CI) a failure
// ---------------------------------------------------------------------------------------------

fn python_has(modules: &str) -> bool {
    available(
        &format!("Python with {modules} (pip install {modules})"),
        Command::new(python()).args(["-c", &format!("import {}", modules.replace(' ', ","))]),
    )
}

/// Runs `tests/support/check_export.py ARGS…`.
fn check_script(args: &[&str]) -> Output {
    let mut cmd = Command::new(python());
    cmd.arg(support::support_file("check_export.py")).args(args);
    run_with_timeout(&mut cmd, &format!("check_export.py {args:?}"))
}

// ---------------------------------------------------------------------------------------------
// RDF: rdflib, rapper, pySHACL
// ---------------------------------------------------------------------------------------------

#[test]
fn rdflib_parses_every_rdf_export_into_the_stores_graph() {
    if !python_has("rdflib") {
        return;
    }
    let f = fixture();
    let dump = f.dump.display().to_string();
    for (file, format) in [
        ("export.ttl", "turtle"),
        ("export.trig", "trig"),
        ("export.nq", "nquads"),
        ("export.nt", "nt"),
        ("export.jsonld", "json-ld"),
        ("export.rdf", "xml"),
    ] {
        let out = check_script(&["rdf", &dump, &f.path_str(file), format]);
        assert!(
            out.status.success(),
            "rdflib: {file} is not the store's graph:\n{}",
            text(&out)
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("isomorphic"),
            "{}",
            text(&out)
        );
    }
}

#[test]
fn rapper_accepts_turtle_ntriples_and_rdfxml() {
    if !available(
        "rapper (apt-get install raptor2-utils)",
        Command::new("rapper").arg("--version"),
    ) {
        return;
    }
    let f = fixture();
    let triples =
        f.count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }");
    for (file, syntax) in [
        ("export.ttl", "turtle"),
        ("export.nt", "ntriples"),
        ("export.rdf", "rdfxml"),
    ] {
        let out = run_with_timeout(
            Command::new("rapper").args(["-i", syntax, "-c", &f.path_str(file)]),
            "rapper",
        );
        let all = text(&out);
        assert!(out.status.success(), "rapper rejects {file}:\n{all}");
        assert!(
            !all.contains("rapper: Error") && !all.contains("rapper: Warning"),
            "rapper complains about {file}:\n{all}"
        );
        assert!(
            all.contains(&format!("returned {triples} triples")),
            "rapper counts another number of triples than the store's {triples} in {file}:\n{all}"
        );
    }
}

#[test]
fn pyshacl_accepts_the_samples_and_rejects_the_broken_fixture() {
    if !python_has("rdflib pyshacl") {
        return;
    }
    let f = fixture();
    let shapes = support::root()
        .join("ontology/shapes.ttl")
        .display()
        .to_string();
    let good = check_script(&["shacl", &f.path_str("export.ttl"), "turtle", &shapes]);
    assert!(
        good.status.success(),
        "the samples do not conform to shapes.ttl:\n{}",
        text(&good)
    );
    let trig = check_script(&["shacl", &f.path_str("export.trig"), "trig", &shapes]);
    assert!(trig.status.success(), "{}", text(&trig));

    let broken = support::support_file("broken.ttl").display().to_string();
    let bad = check_script(&["shacl", &broken, "turtle", &shapes]);
    let report = text(&bad);
    assert_eq!(
        bad.status.code(),
        Some(1),
        "the broken fixture must fail validation (not the check):\n{report}"
    );
    assert!(report.contains("Conforms: False"), "{report}");
    for rule in [
        "exactly one agent",
        "exactly one event type",
        "exactly one non-empty ng:text",
        "exactly one non-empty rdfs:label",
        "text position selector",
        "exactly one article",
    ] {
        assert!(report.contains(rule), "no violation of {rule:?}:\n{report}");
    }
}

// ---------------------------------------------------------------------------------------------
// Graph viewers: networkx, Graphviz, Chromium
// ---------------------------------------------------------------------------------------------

/// Node and edge counts of the default projection, computed by SPARQL on the store (not by the
/// projection code): every mentioned entity, one edge per (agent, target, predicate) of asserted
/// or reported events and per (speaker, other entity) of statements.
fn expected_counts(f: &Fixture) -> (u64, u64) {
    let nodes = f.count(&format!(
        "PREFIX ng: <{NG}>
         SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{
           ?e a ng:Entity .
           {{ ?m ng:entity ?e ; ng:count ?c FILTER (?c > 0) }}
           UNION {{ ?ev ng:agent ?e ; ng:modality ?mod FILTER (?mod IN (\"asserted\", \"reported\")) }}
           UNION {{ ?ev ng:target ?e ; ng:modality ?mod FILTER (?mod IN (\"asserted\", \"reported\")) }}
           UNION {{ ?s ng:speaker ?e ; ng:about ?o FILTER (?o != ?e) }}
           UNION {{ ?s ng:about ?e ; ng:speaker ?o FILTER (?o != ?e) }}
         }}"
    ));
    let edges = f.count(&format!(
        "PREFIX ng: <{NG}>
         SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?a ?t ?k WHERE {{
           {{ ?ev a ng:Event ; ng:agent ?a ; ng:target ?t ; ng:predicate ?k ; ng:modality ?mod
              FILTER (?mod IN (\"asserted\", \"reported\")) }}
           UNION
           {{ ?s a ng:Statement ; ng:speaker ?a ; ng:about ?t FILTER (?a != ?t) BIND (\"quoted about\" AS ?k) }}
         }} }}"
    ));
    (nodes, edges)
}

#[test]
fn networkx_reads_graphml_and_gexf_with_the_expected_counts() {
    let f = fixture();
    let (nodes, edges) = expected_counts(f);
    assert!(
        nodes > 10 && edges > 10,
        "the samples make a graph: {nodes} nodes, {edges} edges"
    );
    // Our own Cytoscape JSON agrees too.
    let cyjs: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(f.path("export.cyjs")).unwrap()).unwrap();
    assert_eq!(
        cyjs["elements"]["nodes"].as_array().unwrap().len() as u64,
        nodes
    );
    assert_eq!(
        cyjs["elements"]["edges"].as_array().unwrap().len() as u64,
        edges
    );

    if !python_has("networkx") {
        return;
    }
    for (file, format) in [("export.graphml", "graphml"), ("export.gexf", "gexf")] {
        let out = check_script(&["graph", format, &f.path_str(file)]);
        assert!(
            out.status.success(),
            "networkx cannot read {file}:\n{}",
            text(&out)
        );
        let counts: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(counts["nodes"], nodes, "{file}: {counts}");
        assert_eq!(counts["edges"], edges, "{file}: {counts}");
    }
}

#[test]
fn graphviz_renders_the_dot() {
    if !available(
        "Graphviz dot (apt-get install graphviz)",
        Command::new("dot").arg("-V"),
    ) {
        return;
    }
    let f = fixture();
    let svg = f.path("export.svg");
    let out = run_with_timeout(
        Command::new("dot").args([
            "-Tsvg",
            "-o",
            svg.to_str().unwrap(),
            &f.path_str("export.dot"),
        ]),
        "dot",
    );
    assert!(out.status.success(), "dot rejects the DOT:\n{}", text(&out));
    assert!(
        !text(&out).to_lowercase().contains("error"),
        "{}",
        text(&out)
    );
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(svg.contains("<svg"), "no SVG");
    assert!(
        svg.contains("Vladimir Putin"),
        "the rendering lacks the entities"
    );
}

/// `&`, `<`, `>` as a serialised DOM writes them.
fn dom_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn chromium_runs_the_html_page_and_shows_the_entities() {
    let Some(browser) = chromium() else {
        return;
    };
    let f = fixture();
    let dom = dump_dom(browser, &f.path("export.html"));
    assert!(
        dom.contains(r#"data-ready="true""#),
        "the page script did not finish:\n{}",
        &dom[..dom.len().min(3000)]
    );
    assert!(
        dom.contains(r#"<pre id="errors" hidden=""></pre>"#),
        "the page reported script errors:\n{dom}"
    );
    let cyjs: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(f.path("export.cyjs")).unwrap()).unwrap();
    let labels: Vec<&str> = cyjs["elements"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["data"]["label"].as_str().unwrap())
        .collect();
    assert!(!labels.is_empty());
    for label in labels {
        assert!(
            dom.contains(&format!(r#"<span class="name">{}</span>"#, dom_text(label))),
            "the page does not list {label}"
        );
    }
    // The most mentioned entity is shown with its quotes.
    assert!(dom.contains("Quotes by "), "no quotes section");
    assert!(dom.contains("<mark>"), "no quote marked in its sentence");

    // A page made `--about` an entity opens on it.
    let about = f.path("about-xi.html");
    f.ok(&[
        "export",
        "--about",
        "Xi Jinping",
        "-o",
        about.to_str().unwrap(),
    ]);
    let dom = dump_dom(browser, &about);
    assert!(dom.contains(r#"data-ready="true""#), "{dom}");
    assert!(
        dom.contains("<h2>Xi Jinping</h2>"),
        "the page does not open on Xi Jinping"
    );
}

/// The DOM of a page after its scripts ran, from headless Chromium.
fn dump_dom(browser: &str, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", page.display());
    let out = run_with_timeout(
        Command::new(browser).args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            &format!("--user-data-dir={}", profile.path().display()),
            "--dump-dom",
            &url,
        ]),
        "chromium --dump-dom",
    );
    assert!(out.status.success(), "chromium failed:\n{}", text(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Our own checks: pretty Turtle, filters, graph options
// ---------------------------------------------------------------------------------------------

/// Subject IRIs of the top-level blocks of a pretty Turtle document, prefixes expanded.
fn turtle_subjects(ttl: &str) -> Vec<String> {
    let mut prefixes: HashMap<String, String> = HashMap::new();
    let mut subjects = Vec::new();
    for line in ttl.lines() {
        if let Some(decl) = line.strip_prefix("PREFIX ") {
            let (p, ns) = decl.split_once(": ").unwrap();
            prefixes.insert(p.to_string(), ns.trim_matches(['<', '>']).to_string());
            continue;
        }
        if line.is_empty() || line.starts_with(char::is_whitespace) {
            continue;
        }
        let token = line.split_whitespace().next().unwrap();
        let iri = match token.strip_prefix('<') {
            Some(rest) => rest.trim_end_matches('>').to_string(),
            None => {
                let (p, local) = token.split_once(':').unwrap();
                format!("{}{local}", prefixes[p])
            }
        };
        subjects.push(iri);
    }
    subjects
}

#[test]
fn turtle_is_pretty_deterministic_and_declares_only_used_prefixes() {
    let f = fixture();
    let first = std::fs::read_to_string(f.path("export.ttl")).unwrap();
    let again = f.ok(&["export", "--format", "turtle"]);
    assert_eq!(first, again, "two exports of one store differ");

    let declared: Vec<&str> = first
        .lines()
        .filter_map(|l| l.strip_prefix("PREFIX "))
        .map(|d| d.split(':').next().unwrap())
        .collect();
    let unique: BTreeSet<&str> = declared.iter().copied().collect();
    assert_eq!(unique.len(), declared.len(), "a prefix is declared twice");
    let body: String = first
        .lines()
        .filter(|l| !l.starts_with("PREFIX "))
        .collect::<Vec<_>>()
        .join("\n");
    for p in &declared {
        assert!(
            [" ", "\n", "^^"]
                .iter()
                .any(|before| body.contains(&format!("{before}{p}:"))),
            "prefix {p} is declared but never used"
        );
    }
    for p in ["ng", "schema", "rdfs", "person"] {
        assert!(
            unique.contains(p),
            "{p}: is used by the samples: {declared:?}"
        );
    }
    assert!(
        !unique.contains("owl") && !unique.contains("dcterms"),
        "{declared:?}"
    );

    let subjects = turtle_subjects(&first);
    assert!(subjects.len() > 50, "{} subjects", subjects.len());
    let mut sorted = subjects.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(subjects, sorted, "subjects are written once each, in order");
}

fn parse_quads(bytes: &[u8], format: RdfFormat) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(bytes)
        .map(|q| q.expect("valid RDF"))
        .collect()
}

fn graph_names(quads: &[Quad]) -> BTreeSet<String> {
    quads
        .iter()
        .filter_map(|q| match &q.graph_name {
            GraphName::NamedNode(n) => Some(n.as_str().to_string()),
            _ => None,
        })
        .collect()
}

/// Article graphs of the store: (IRI, date).
fn articles(f: &Fixture) -> Vec<(String, Option<String>)> {
    let csv = f.ok(&[
        "query",
        "--sparql",
        "PREFIX schema: <http://schema.org/> SELECT ?a ?d WHERE { ?a a schema:NewsArticle OPTIONAL { ?a schema:datePublished ?d } } ORDER BY ?a",
        "--format",
        "csv",
    ]);
    csv.lines()
        .skip(1)
        .map(|l| {
            let (a, d) = l.split_once(',').unwrap();
            (a.to_string(), (!d.is_empty()).then(|| d.to_string()))
        })
        .collect()
}

#[test]
fn graph_filter_keeps_one_article_and_the_entities_it_refers_to() {
    let f = fixture();
    let arts = articles(f);
    assert_eq!(arts.len(), 2);
    let (iri, _) = &arts[0];
    let id = iri.rsplit('/').next().unwrap();
    let by_id = f.ok(&["export", "--format", "nquads", "--graph", id]);
    let quads = parse_quads(by_id.as_bytes(), RdfFormat::NQuads);
    let entities = format!("{ID}graph/entities");
    assert_eq!(
        graph_names(&quads),
        BTreeSet::from([iri.clone(), entities.clone()])
    );
    // Every entity the article refers to is described.
    let described: HashSet<String> = quads
        .iter()
        .filter(|q| q.graph_name.to_string() == format!("<{entities}>"))
        .filter_map(|q| match &q.subject {
            NamedOrBlankNode::NamedNode(n) => Some(n.as_str().to_string()),
            _ => None,
        })
        .collect();
    for q in &quads {
        if q.predicate.as_str() == format!("{NG}mentions") {
            let Term::NamedNode(e) = &q.object else {
                panic!()
            };
            assert!(described.contains(e.as_str()), "{e} has no description");
        }
    }
    // The same article by its file name.
    let key = f.ok(&[
        "query",
        "--sparql",
        &format!("PREFIX ng: <{NG}> SELECT ?k WHERE {{ <{iri}> ng:key ?k }}"),
        "--format",
        "tsv",
    ]);
    let file_name = key
        .lines()
        .nth(1)
        .unwrap()
        .trim_matches('"')
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let by_file = f.ok(&["export", "--format", "nquads", "--graph", &file_name]);
    assert_eq!(
        parse_quads(by_file.as_bytes(), RdfFormat::NQuads).len(),
        quads.len()
    );

    let missing = f.run(&["export", "--graph", "no-such-article"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing).contains("no article"), "{}", text(&missing));
}

#[test]
fn about_filter_keeps_what_involves_the_entity() {
    let f = fixture();
    let trig = f.ok(&["export", "--format", "trig", "--about", "putin"]);
    let quads = parse_quads(trig.as_bytes(), RdfFormat::TriG);
    let putin = format!("{ID}person/vladimir-putin");
    let statements: HashSet<String> = quads
        .iter()
        .filter(|q| q.object.to_string() == format!("<{NG}Statement>"))
        .map(|q| q.subject.to_string())
        .collect();
    assert!(!statements.is_empty(), "Putin's statements are kept");
    let roles = [
        "speaker",
        "addressee",
        "about",
        "agent",
        "target",
        "place",
        "source",
    ];
    for s in &statements {
        assert!(
            quads.iter().any(|q| &q.subject.to_string() == s
                && roles
                    .iter()
                    .any(|r| q.predicate.as_str() == format!("{NG}{r}"))
                && q.object.to_string() == format!("<{putin}>")),
            "{s} does not involve Putin"
        );
    }
    assert!(
        quads
            .iter()
            .any(|q| q.subject.to_string() == format!("<{putin}>")
                && q.predicate.as_str().ends_with("#label")),
        "Putin's description is kept"
    );
    let all = std::fs::read_to_string(f.path("export.nq")).unwrap();
    assert!(quads.len() < parse_quads(all.as_bytes(), RdfFormat::NQuads).len());

    let unknown = f.run(&["export", "--about", "Nobody In Particular"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown).contains("no entity"), "{}", text(&unknown));
}

#[test]
fn date_filters_select_articles_by_publication_date() {
    // Its own store: the sample articles carry no publication date (the text does not say when
    // they were published, and extraction does not guess one).
    let dir = support::fixture_dir("export-dates");
    let input = dir.join("articles.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id":"a","date":"2023-03-21","text":"Helen Okafor met Rita Lenz in Lagos."}"#,
            "\n",
            r#"{"id":"b","date":"2023-03-22","text":"Rita Lenz visited Ghana."}"#,
            "\n",
            r#"{"id":"c","text":"Helen Okafor praised Rita Lenz."}"#,
            "\n"
        ),
    )
    .unwrap();
    let store = dir.join("store");
    let run = |args: &[&str]| {
        run_with_timeout(newsgraph(&store).args(args), &format!("newsgraph {args:?}"))
    };
    let ok = |args: &[&str]| {
        let out = run(args);
        assert!(out.status.success(), "newsgraph {args:?}: {}", text(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    ok(&["ingest", input.to_str().unwrap()]);
    let one_day = ok(&[
        "export",
        "--format",
        "nquads",
        "--since",
        "2023-03-21",
        "--until",
        "2023-03-21",
    ]);
    let names = graph_names(&parse_quads(one_day.as_bytes(), RdfFormat::NQuads));
    assert_eq!(
        names.len(),
        2,
        "the article of 21 March and the entities graph: {names:?}"
    );
    let both = ok(&["export", "--format", "nquads", "--since", "2023-03-21"]);
    let names = graph_names(&parse_quads(both.as_bytes(), RdfFormat::NQuads));
    assert_eq!(
        names.len(),
        3,
        "two dated articles and the entities graph; the undated one has no date in range: {names:?}"
    );

    let future = ok(&["export", "--format", "nquads", "--since", "2999-01-01"]);
    assert!(
        future.trim().is_empty(),
        "nothing is published in 2999: {future}"
    );
    let bad = run(&["export", "--since", "yesterday"]);
    assert_eq!(bad.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn graph_options_about_and_min_mentions_shape_the_projection() {
    let f = fixture();
    let json = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["export", "--format", "cytoscape"];
        all.extend_from_slice(args);
        serde_json::from_str(&f.ok(&all)).unwrap()
    };
    let full = json(&[]);
    let about = json(&["--about", "Vladimir Putin"]);
    let putin = "person/vladimir-putin";
    let edges = about["elements"]["edges"].as_array().unwrap();
    assert!(!edges.is_empty());
    for e in edges {
        let d = &e["data"];
        assert!(d["source"] == putin || d["target"] == putin, "{d}");
        assert!(d["count"].as_u64().unwrap() >= 1);
        assert!(!d["articles"].as_array().unwrap().is_empty());
    }
    assert!(
        about["elements"]["nodes"].as_array().unwrap().len()
            < full["elements"]["nodes"].as_array().unwrap().len()
    );
    let busy = json(&["--min-mentions", "5"]);
    let nodes = busy["elements"]["nodes"].as_array().unwrap();
    assert!(!nodes.is_empty());
    assert!(nodes
        .iter()
        .all(|n| n["data"]["mentions"].as_u64().unwrap() >= 5));
    let ids: HashSet<&str> = nodes
        .iter()
        .map(|n| n["data"]["id"].as_str().unwrap())
        .collect();
    for e in busy["elements"]["edges"].as_array().unwrap() {
        assert!(ids.contains(e["data"]["source"].as_str().unwrap()));
        assert!(ids.contains(e["data"]["target"].as_str().unwrap()));
    }

    let rdf = f.run(&["export", "--format", "turtle", "--min-mentions", "2"]);
    assert_eq!(
        rdf.status.code(),
        Some(2),
        "--min-mentions is for graph formats"
    );
    // Formats follow the file extension.
    let gexf = f.path("by-extension.gexf");
    f.ok(&["export", "-o", gexf.to_str().unwrap()]);
    assert!(std::fs::read_to_string(gexf)
        .unwrap()
        .contains("http://gexf.net/1.3"));
}
