//! A full disk, for real: a store on a small tmpfs ([`Tmpfs`]) that fills up during `ingest`.
//! The run stops with exit code 2 and says what it stored and how to resume; every stored
//! article is whole; with the last byte of the disk taken, `stats`, `query` and `export` still
//! read the store (opening it for writing fails there: RocksDB's open writes a manifest); once
//! space is freed the same command completes the store to the quads of a clean ingest. An `export -o` onto a full disk leaves the file it
//! would have replaced as it was.

use super::crash::{article, quads_by_graph_in, whole_articles};
use crate::support::{self, Tmpfs};
use newsgraph::store::GraphStore;
use std::path::Path;
use std::process::Output;

/// Articles of the input: more than the small disk holds.
const ARTICLES: usize = 400;

/// Quads per batch: small, so that whole batches are stored before the disk fills.
const BATCH_QUADS: &str = "2000";

/// A disk that holds an empty store and a part of the input's articles.
const SMALL_DISK: &str = "6m";

/// The disk once space is freed: room for the whole store.
const FREED_DISK: &str = "64m";

fn run(store: &Path, args: &[&str]) -> Output {
    support::run_with_timeout(
        support::newsgraph(store).args(args),
        &format!("newsgraph {args:?}"),
    )
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The number in "stopped after storing N articles" of the run's summary.
fn stored_in_summary(summary: &str) -> usize {
    let (_, rest) = summary
        .split_once("stopped after storing ")
        .unwrap_or_else(|| panic!("no summary of what was stored: {summary}"));
    let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
    number
        .parse()
        .unwrap_or_else(|_| panic!("no count: {summary}"))
}

/// Writes `path` until its filesystem has no byte left.
fn fill(path: &Path) {
    use std::io::Write;
    let mut file = std::fs::File::create(path).unwrap();
    let block = [0u8; 4096];
    loop {
        match file.write(&block) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::StorageFull => break,
            Err(e) => panic!("cannot fill {}: {e}", path.display()),
        }
    }
}

#[test]
fn an_ingest_that_fills_the_disk_stops_with_whole_articles_and_a_rerun_completes_it() {
    let Some(disk) = Tmpfs::mount(SMALL_DISK) else {
        return;
    };
    let work = support::temp_dir("full-disk");
    let input = work.path().join("articles.jsonl");
    let lines: Vec<String> = (0..ARTICLES).map(article).collect();
    std::fs::write(&input, lines.join("\n")).unwrap();
    let input = input.to_str().unwrap();
    let ingest = ["ingest", "--batch-quads", BATCH_QUADS, input];

    let clean = work.path().join("clean");
    support::expect_success(run(&clean, &ingest), "the clean ingest");
    let reference = quads_by_graph_in(&GraphStore::open_read_only(&clean).unwrap());

    // The disk fills: exit code 2, what was stored, how to go on.
    let store = disk.path().join("store");
    let out = run(&store, &ingest);
    let summary = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{summary}");
    assert!(
        summary.contains("No space left on device"),
        "the cause is not named: {summary}"
    );
    assert!(
        summary.contains("run the same command again"),
        "no word on how to resume: {summary}"
    );
    let stored = stored_in_summary(&summary);
    assert!(
        (1..ARTICLES).contains(&stored),
        "the disk did not fill mid-run ({stored} of {ARTICLES} stored): resize SMALL_DISK\n{summary}"
    );

    // Only whole articles, as many as the summary says.
    let partial = quads_by_graph_in(&GraphStore::open_read_only(&store).unwrap());
    assert_eq!(
        whole_articles(&partial, &reference, "on the full disk"),
        stored
    );

    // With the last byte taken, the store cannot be opened for writing, and is read.
    let filler = disk.path().join("filler");
    fill(&filler);
    let refused = run(&store, &ingest);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("No space left on device"),
        "{}",
        stderr(&refused)
    );
    let stats = support::expect_success(run(&store, &["stats", "--format", "json"]), "stats");
    let stats: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(stats["articles"], stored);
    let who = support::expect_success(
        run(&store, &["query", "who-said-what", "--format", "csv"]),
        "query",
    );
    assert!(
        String::from_utf8_lossy(&who.stdout).contains("We agreed on the first steps"),
        "{}",
        String::from_utf8_lossy(&who.stdout)
    );
    let export = support::expect_success(run(&store, &["export", "--format", "nquads"]), "export");
    let exported = String::from_utf8(export.stdout).unwrap();
    let quads_in_store: usize = partial.values().map(|quads| quads.len()).sum();
    assert_eq!(exported.lines().count(), quads_in_store);

    // Space freed: the same command stores the rest, to the quads of a clean ingest.
    std::fs::remove_file(&filler).unwrap();
    disk.resize(FREED_DISK);
    support::expect_success(run(&store, &ingest), "the ingest after space was freed");
    let completed = quads_by_graph_in(&GraphStore::open_read_only(&store).unwrap());
    assert!(
        completed == reference,
        "the completed store differs from a clean ingest's"
    );
}

#[test]
fn an_export_that_fills_the_disk_leaves_the_file_it_would_replace() {
    let work = support::temp_dir("full-export");
    let store = work.path().join("store");
    let samples = support::samples();
    support::expect_success(
        run(&store, &["ingest", samples.to_str().unwrap()]),
        "ingest",
    );
    // Room for the user's file, not for the export beside it.
    let Some(disk) = Tmpfs::mount("64k") else {
        return;
    };
    let target = disk.path().join("graph.ttl");
    let old = "# the user's own file\n".repeat(100);
    std::fs::write(&target, &old).unwrap();

    let out = run(&store, &["export", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("graph.ttl") && stderr(&out).contains("No space left on device"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), old);
    let left: Vec<_> = std::fs::read_dir(disk.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["graph.ttl"], "the failed export left files behind");
}
