//! The `newsgraph` binary end to end, each test on its own temporary store.

use crate::support::{self, samples};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Triple;
use oxigraph::store::Store;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temporary directory with a store path inside it.
struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Runs `newsgraph --store STORE ARGS…`, failing the test if it takes longer than
    /// [`support::TIMEOUT`] (a hang must fail the suite, not stall it).
    fn run(&self, args: &[&str]) -> Output {
        support::run_with_timeout(
            support::newsgraph(&self.store()).args(args),
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

    fn stats(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["stats", "--format", "json"])).unwrap()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn samples_arg() -> String {
    samples().display().to_string()
}

#[test]
fn ingesting_the_samples_twice_changes_nothing() {
    let env = Env::new();
    let first = env.run(&["ingest", &samples_arg()]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stderr(&first).contains("ingested 2 articles (new 2, unchanged 0, replaced 0, failed 0)"),
        "{}",
        stderr(&first)
    );
    let before = env.stats();
    assert_eq!(before["articles"], 2);

    let second = env.run(&["ingest", &samples_arg()]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        stderr(&second).contains("(new 0, unchanged 2, replaced 0, failed 0)"),
        "{}",
        stderr(&second)
    );
    assert_eq!(env.stats(), before);
}

#[test]
fn a_changed_text_under_the_same_key_replaces_the_old_version() {
    let env = Env::new();
    let file = env.write(
        "news/a.txt",
        "Putin meets Xi\n\nVladimir Putin met Xi Jinping in Moscow on Tuesday.\n",
    );
    let path = file.display().to_string();
    env.ok(&["ingest", &path]);
    let before = env.stats();
    env.write(
        "news/a.txt",
        "Putin meets Xi\n\nVladimir Putin met Xi Jinping in Moscow on Monday, the Kremlin said.\n",
    );
    let out = env.run(&["ingest", &path]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("replaced 1"), "{}", stderr(&out));
    let after = env.stats();
    assert_eq!(after["articles"], 1);
    assert_ne!(after, before);
    let body = env.ok(&[
        "query",
        "--sparql",
        "PREFIX schema: <http://schema.org/> SELECT ?b WHERE { ?a schema:articleBody ?b }",
        "--format",
        "tsv",
    ]);
    assert!(
        body.contains("Monday") && !body.contains("Tuesday"),
        "{body}"
    );
}

#[test]
fn bad_inputs_are_reported_by_name_and_the_rest_is_ingested() {
    let env = Env::new();
    env.write(
        "in/good.txt",
        b"Putin meets Xi\n\nVladimir Putin met Xi Jinping on Tuesday.\n",
    );
    env.write("in/latin1.txt", b"Caf\xe9 society\n\nNo UTF-8 here \xff.\n");
    env.write("in/empty.txt", b"");
    env.write(
        "in/feed.jsonl",
        b"{\"text\": \"NATO warned Russia on Monday.\", \"title\": \"NATO warns\"}\n{not json\n{\"text\": \"Xi visited Moscow.\"}\n",
    );
    let out = env.run(&["ingest", &env.path("in").display().to_string()]);
    let err = stderr(&out);
    assert!(!out.status.success(), "bad inputs must fail the run: {err}");
    assert_ne!(out.status.code(), Some(0));
    for name in ["latin1.txt", "empty.txt", "feed.jsonl:2"] {
        assert!(err.contains(name), "no message about {name}: {err}");
    }
    assert!(err.contains("failed 3"), "{err}");
    assert_eq!(env.stats()["articles"], 3, "{err}");
}

#[test]
fn a_fifo_inside_a_directory_is_skipped_and_the_rest_is_ingested() {
    let env = Env::new();
    env.write(
        "in/good.txt",
        b"Putin meets Xi\n\nVladimir Putin met Xi Jinping on Tuesday.\n",
    );
    let fifo = env.path("in/pipe.txt");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let out = env.run(&["ingest", &env.path("in").display().to_string()]);
    let err = stderr(&out);
    assert!(
        err.contains("pipe.txt") && err.contains("not a regular file"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(env.stats()["articles"], 1, "{err}");
}

#[test]
fn a_fifo_or_stdin_named_on_the_command_line_is_read() {
    let env = Env::new();
    let fifo = env.path("feed.jsonl");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // The writer's open waits for the reader's: only a reader that opens the FIFO lets it go.
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(
                &fifo,
                "{\"text\": \"The mayor opened the bridge on Monday.\"}\n",
            )
        })
    };
    let out = env.run(&["ingest", fifo.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    writer.join().unwrap().unwrap();
    assert_eq!(env.stats()["articles"], 1, "{}", stderr(&out));

    let mut child = support::newsgraph(&env.store())
        .args(["ingest", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(
        &mut stdin,
        b"{\"text\": \"The council closed the harbour on Tuesday.\"}\n",
    )
    .unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(env.stats()["articles"], 2, "{}", stderr(&out));
}

#[test]
fn who_said_what_prints_sparql_json_with_the_contract_variables() {
    let env = Env::new();
    env.ok(&["ingest", &samples_arg()]);
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["query", "who-said-what", "--format", "json"])).unwrap();
    let vars: Vec<&str> = json["head"]["vars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for v in ["speakerName", "text", "form", "cue", "article", "date"] {
        assert!(vars.contains(&v), "missing ?{v} in {vars:?}");
    }
    let rows = json["results"]["bindings"].as_array().unwrap();
    for row in rows {
        let form = row["form"]["value"].as_str().unwrap();
        assert!(["direct", "partial", "indirect"].contains(&form), "{form}");
    }
}

#[test]
fn contract_queries_run_in_every_format() {
    let env = Env::new();
    env.ok(&["ingest", &samples_arg()]);
    for (name, header) in [
        ("relations", "subjectName,relation,objectName,article,date"),
        ("entities", "name,type,mentions"),
        ("timeline", "date,kind,who,what,article"),
    ] {
        let csv = env.ok(&["query", name, "--format", "csv"]);
        assert!(csv.starts_with(header), "{name}: {csv}");
    }
    for format in ["table", "tsv", "json", "xml"] {
        env.ok(&["query", "entities", "--format", format]);
    }
    // Piped output defaults to CSV.
    assert!(env
        .ok(&["query", "entities"])
        .starts_with("name,type,mentions"));
}

#[test]
fn quotes_by_needs_and_binds_its_speaker() {
    let env = Env::new();
    env.write(
        "a.txt",
        "Putin speaks\n\n“We are friends,” Vladimir Putin said on Tuesday.\n",
    );
    env.ok(&["ingest", &env.path("a.txt").display().to_string()]);
    let missing = env.run(&["query", "quotes-by"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("--param speaker="),
        "{}",
        stderr(&missing)
    );
    let csv = env.ok(&[
        "query",
        "quotes-by",
        "--param",
        "speaker=vladimir putin",
        "-f",
        "csv",
    ]);
    assert!(
        csv.starts_with("speakerName,text,form,cue,article,date\r\n"),
        "{csv}"
    );
    assert!(!csv.contains("_speaker"), "{csv}");
}

#[test]
fn turtle_export_reparses_to_the_union_graph() {
    let env = Env::new();
    env.ok(&["ingest", &samples_arg()]);
    let ttl = env.path("export.ttl");
    env.ok(&["export", "-o", &ttl.display().to_string()]);
    let exported: HashSet<Triple> = RdfParser::from_format(RdfFormat::Turtle)
        .for_reader(std::fs::File::open(&ttl).unwrap())
        .map(|q| Triple::from(q.expect("export is valid Turtle")))
        .collect();
    let union = union_of(&env);
    assert_eq!(exported.len(), union.len());
    assert_eq!(exported, union);
}

#[test]
fn export_replaces_a_file_whole_and_never_removes_what_it_did_not_create() {
    let env = Env::new();
    env.ok(&["ingest", &samples_arg()]);
    // A file the user had is replaced by the export, with nothing left beside it.
    env.write("out/graph.ttl", b"old contents\n");
    let ttl = env.path("out/graph.ttl");
    env.ok(&["export", "-o", &ttl.display().to_string()]);
    let written = std::fs::read_to_string(&ttl).unwrap();
    assert!(!written.contains("old contents") && written.contains("PREFIX ng:"));
    let entries = std::fs::read_dir(env.path("out")).unwrap().count();
    assert_eq!(entries, 1, "a temporary file was left behind");
    // A device the write fails on is reported, and stays.
    let full = Path::new("/dev/full");
    assert!(full.exists(), "this test needs /dev/full");
    let out = env.run(&["export", "-o", "/dev/full"]);
    assert_ne!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("/dev/full"), "{}", stderr(&out));
    assert!(full.exists(), "export removed /dev/full");
}

#[test]
fn a_directory_that_is_not_a_store_is_refused_and_left_alone() {
    let env = Env::new();
    env.write("notes/todo.txt", b"buy milk\n");
    let dir = env.path("notes").display().to_string();
    let samples = samples_arg();
    for args in [
        vec!["stats"],
        vec!["query", "who-said-what"],
        vec!["export"],
        vec!["ingest", &samples],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .arg("--store")
            .arg(&dir)
            .args(&args)
            .env_remove("NEWSGRAPH_STORE")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("not a newsgraph store"),
            "{}",
            stderr(&out)
        );
        let entries: Vec<_> = std::fs::read_dir(env.path("notes")).unwrap().collect();
        assert_eq!(entries.len(), 1, "{args:?} wrote into the directory");
    }
}

#[test]
fn dataset_exports_keep_every_quad() {
    let env = Env::new();
    env.ok(&["ingest", &samples_arg()]);
    let quads = env.stats()["quads"].as_u64().unwrap() as usize;
    for (format, rdf) in [("nquads", RdfFormat::NQuads), ("trig", RdfFormat::TriG)] {
        let out = env.ok(&["export", "--format", format]);
        let n = RdfParser::from_format(rdf)
            .for_slice(out.as_bytes())
            .inspect(|q| assert!(q.is_ok(), "invalid export: {q:?}"))
            .count();
        assert_eq!(n, quads, "{format}");
    }
    let jsonld = env.ok(&["export", "--format", "jsonld"]);
    let json: serde_json::Value = serde_json::from_str(&jsonld).unwrap();
    assert!(json["@context"]["ng"].is_string(), "JSON-LD keeps prefixes");
    for format in ["ntriples", "rdfxml"] {
        env.ok(&["export", "--format", format]);
    }
}

#[test]
fn extract_writes_rdf_without_a_store() {
    let env = Env::new();
    let out = env.ok(&["extract", &samples_arg()]);
    let n = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(out.as_bytes())
        .inspect(|q| assert!(q.is_ok(), "invalid N-Quads: {q:?}"))
        .count();
    assert!(n > 0);
    assert!(!env.store().exists(), "extract must not create a store");
}

#[test]
fn user_tables_add_knowledge_and_bad_rows_are_named() {
    let env = Env::new();
    let tables = env.path("tables");
    env.write(
        "tables/organizations.tsv",
        "# a made-up company\nZorblax Widgets\tZorblax\tCompany\t-\t-\n",
    );
    let article = env.write(
        "a.txt",
        "Zorblax said on Monday that profits rose sharply.\n",
    );
    let tables_arg = tables.to_string_lossy().into_owned();
    let out = env.ok(&[
        "--tables",
        &tables_arg,
        "extract",
        &article.to_string_lossy(),
    ]);
    assert!(
        out.contains("organization/zorblax-widgets"),
        "the user's organisation is not in the output:\n{out}"
    );

    env.write("tables/titles.tsv", "only one column\n");
    let bad = env.run(&[
        "--tables",
        &tables_arg,
        "extract",
        &article.to_string_lossy(),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("titles.tsv:1: expected 4 tab-separated columns"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn queries_lists_the_bundled_queries() {
    let env = Env::new();
    let out = env.ok(&["queries"]);
    for name in [
        "who-said-what",
        "relations",
        "entities",
        "quotes-by",
        "timeline",
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(name)),
            "{name} not listed: {out}"
        );
    }
}

#[test]
fn errors_print_the_chain_and_exit_2() {
    let env = Env::new();
    let out = env.run(&["query", "no-such-query"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no bundled query named"),
        "{}",
        stderr(&out)
    );
    let out = env.run(&["query", "--sparql", "SELECT WHERE {"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("caused by"), "{}", stderr(&out));
    let out = env.run(&[
        "query",
        "--sparql",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("read-only"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

/// The store's union graph, read directly.
fn union_of(env: &Env) -> HashSet<Triple> {
    let store = Store::open(env.store()).unwrap();
    store.iter().map(|q| Triple::from(q.unwrap())).collect()
}

#[test]
fn an_article_past_max_article_bytes_is_refused_by_name_and_the_others_go_in() {
    let env = Env::new();
    let small = env.write(
        "in/small.txt",
        "The mayor said the bridge would open in May.\n",
    );
    let big = env.write(
        "in/big.txt",
        "The council met again and talked about the bridge.\n\n".repeat(100),
    );
    // `ingest` and `extract` keep the same limit.
    let [ingest, extract] = ["ingest", "extract"].map(|command| {
        let out = env.run(&[
            command,
            "--max-article-bytes",
            "1000",
            small.to_str().unwrap(),
            big.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("big.txt") && err.contains("--max-article-bytes"),
            "{command}: {err}"
        );
        out
    });
    assert!(stderr(&ingest).contains("new 1"), "{}", stderr(&ingest));
    assert!(String::from_utf8_lossy(&extract.stdout).contains("bridge would open in May"));
}

#[test]
fn a_query_that_fails_prints_nothing_on_stdout() {
    let env = Env::new();
    env.ok(&["ingest", &samples_arg()]);
    let out = env.run(&[
        "query",
        "--format",
        "csv",
        "--sparql",
        "SELECT ?s WHERE { SERVICE <http://localhost:9/sparql> { ?s ?p ?o } }",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
