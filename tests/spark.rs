//! `newsgraph load`, and the Spark recipe of `scripts/spark/extract.py` (pyspark in local mode,
//! three partitions), against a single-machine `newsgraph ingest` of the same JSON Lines corpus:
//! after `load`, the two stores hold the same quads and every bundled query returns the same rows.
//!
//! The corpus is the sample articles and hand-written ones that name one person two ways in
//! different partitions, so that the store's one-label-per-entity rule must come out the same
//! whichever shard an article went to.
//!
//! Missing pyspark or Java is SKIPPED LOUDLY, except under CI (`CI` set), where it fails:
//! `.ci/run` installs pyspark.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use support::available;

fn newsgraph(store: &Path, args: &[&str]) -> Output {
    support::expect_success(
        support::newsgraph(store)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap(),
        &format!("newsgraph {args:?}"),
    )
}

/// Hand-written articles, one JSON object a line; the person is "Zelenskyy" in the first and
/// "Zelensky" in the others.
const HAND_WRITTEN: &[(&str, &str)] = &[
    ("hand-1", "Zelenskyy meets Scholz in Berlin\n\nBERLIN, May 3 (Reuters) - Ukrainian President Volodymyr Zelenskyy met German Chancellor Olaf Scholz in Berlin on Tuesday.\n\n\"We need more air defence before the winter,\" Zelenskyy told reporters after the meeting."),
    ("hand-2", "Zelensky thanks Poland\n\nWARSAW, May 5 (Reuters) - Volodymyr Zelensky praised Poland on Thursday and warned Russia against new attacks.\n\n\"Poland has been a true friend,\" Zelensky said in a speech to parliament."),
    ("hand-3", "Mayor reopens bridge\n\nSPRINGFIELD, June 1 - Ann Lee, the mayor of Springfield, said on Monday that the bridge would reopen next week. \"It is safe again,\" Lee told the city council."),
    ("hand-4", "Scholz visits Kyiv\n\nKYIV, June 9 (Reuters) - German Chancellor Olaf Scholz visited Kyiv on Friday and met Volodymyr Zelensky, who accused Russia of shelling the city."),
];

fn corpus(dir: &Path) -> PathBuf {
    let mut lines = Vec::new();
    let mut samples: Vec<PathBuf> = std::fs::read_dir(support::samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    samples.sort();
    for (i, path) in samples.iter().enumerate() {
        let text = std::fs::read_to_string(path).unwrap();
        lines.push(serde_json::json!({"id": format!("sample-{i}"), "text": text}).to_string());
    }
    for (id, text) in HAND_WRITTEN {
        lines.push(serde_json::json!({"id": id, "text": text}).to_string());
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn quads(store: &Path) -> BTreeSet<String> {
    String::from_utf8(newsgraph(store, &["export", "--format", "nquads"]).stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn query(store: &Path, name: &str) -> String {
    let mut args = vec!["query", name, "--format", "json"];
    let params: Vec<String> = newsgraph::query::find(name)
        .unwrap()
        .params()
        .iter()
        .map(|p| match p.as_str() {
            "speaker" => "speaker=Zelensky".to_string(),
            "entity" => "entity=Olaf Scholz".to_string(),
            other => panic!("no test value for ?_{other}"),
        })
        .collect();
    for p in &params {
        args.extend(["--param", p.as_str()]);
    }
    String::from_utf8(newsgraph(store, &args).stdout).unwrap()
}

#[test]
fn the_spark_recipe_stores_what_a_single_machine_ingest_stores() {
    let python = support::python();
    if !available(
        "pyspark (pip install pyspark)",
        Command::new(&python).args(["-c", "import pyspark"]),
    ) || !available("Java (for Spark)", Command::new("java").arg("-version"))
    {
        return;
    }
    let dir = support::temp_dir("spark-tests-");
    let corpus = corpus(dir.path());
    let single = dir.path().join("single");
    newsgraph(&single, &["ingest", corpus.to_str().unwrap()]);

    let sharded = dir.path().join("sharded");
    let out = Command::new(&python)
        .arg(support::root().join("scripts/spark/extract.py"))
        .arg(&corpus)
        .arg(dir.path().join("nquads"))
        .args(["--partitions", "3", "--master", "local[2]", "--newsgraph"])
        .arg(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("--store")
        .arg(&sharded)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the Spark recipe failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parts = std::fs::read_dir(dir.path().join("nquads"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("part-")
        })
        .count();
    assert!(parts >= 3, "the corpus was not split: {parts} part files");

    let single_quads = quads(&single);
    assert!(single_quads.len() > 1000, "too little extracted to compare");
    assert_eq!(quads(&sharded), single_quads);
    for q in newsgraph::query::bundled() {
        assert_eq!(
            query(&sharded, q.name),
            query(&single, q.name),
            "{}",
            q.name
        );
    }
}

/// The same without Spark: `extract` to a file, `load` it, against `ingest`; loading again
/// stores nothing new.
#[test]
fn extract_then_load_stores_what_ingest_stores() {
    let dir = support::temp_dir("load-tests-");
    let corpus = corpus(dir.path());
    let single = dir.path().join("single");
    newsgraph(&single, &["ingest", corpus.to_str().unwrap()]);
    let nquads =
        String::from_utf8(newsgraph(&single, &["extract", corpus.to_str().unwrap()]).stdout)
            .unwrap();
    let file = dir.path().join("all.nq");
    std::fs::write(&file, nquads).unwrap();

    let loaded = dir.path().join("loaded");
    let out = newsgraph(&loaded, &["load", file.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        said.contains("loaded 6 articles (new 6, unchanged 0, replaced 0)"),
        "{said}"
    );
    assert_eq!(quads(&loaded), quads(&single));
    for q in newsgraph::query::bundled() {
        assert_eq!(query(&loaded, q.name), query(&single, q.name), "{}", q.name);
    }
    let out = newsgraph(&loaded, &["load", file.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(said.contains("(new 0, unchanged 6, replaced 0)"), "{said}");
    assert_eq!(quads(&loaded), quads(&single));
}
