//! `kill -9` during `newsgraph ingest`, at random moments: the store opens, holds only whole
//! articles, and a re-run completes it to exactly the quads of an uninterrupted run.

use newsgraph::model::vocab::ENTITIES_GRAPH;
use newsgraph::store::GraphStore;
use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{BuildHasher, Hasher};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// Articles in the test corpus: enough for the run to last a while and write many batches.
const ARTICLES: usize = 600;

/// Quads per batch in the test: small, so a kill usually lands between and inside batches.
const BATCH_QUADS: &str = "2000";

const PEOPLE: [&str; 6] = [
    "Maria Lopez",
    "Jan Novak",
    "Amina Diallo",
    "Peter Holm",
    "Grace Okafor",
    "Luis Ferreira",
];
const CITIES: [&str; 4] = ["Lisbon", "Nairobi", "Oslo", "Lima"];
const TOPICS: [&str; 4] = [
    "fishing rights",
    "rail freight",
    "water prices",
    "port fees",
];

/// A hand-written article, different for every `n`, as one JSON line.
pub(super) fn article(n: usize) -> String {
    let a = PEOPLE[n % PEOPLE.len()];
    let b = PEOPLE[(n / PEOPLE.len() + n + 1) % PEOPLE.len()];
    let city = CITIES[n % CITIES.len()];
    let topic = TOPICS[(n / 3) % TOPICS.len()];
    let text = format!(
        "{a} met {b} in {city} on Monday to discuss {topic}.\n\n\
         \"We agreed on the first steps, and round {n} went well,\" {a} said.\n\n\
         {b} told reporters that the talks on {topic} would resume next week."
    );
    serde_json::json!({
        "id": format!("crash-{n}"),
        "title": format!("Talks on {topic}, round {n}"),
        "date": "2024-05-06",
        "source": "Test Wire",
        "text": text,
    })
    .to_string()
}

fn ingest(store: &Path, input: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    command
        .arg("--store")
        .arg(store)
        .args(["ingest", "--batch-quads", BATCH_QUADS])
        .arg(input)
        .env_remove("NEWSGRAPH_STORE")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// The store's quads, by graph, as N-Quads terms; the store must open for writing.
fn quads_by_graph(store: &Path) -> BTreeMap<String, BTreeSet<String>> {
    quads_by_graph_in(&GraphStore::open(store).expect("the store opens"))
}

/// The quads of an open store, by graph, as N-Quads terms.
pub(super) fn quads_by_graph_in(store: &GraphStore) -> BTreeMap<String, BTreeSet<String>> {
    let mut graphs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for quad in store.quads() {
        let quad = quad.unwrap();
        graphs
            .entry(quad.graph_name.to_string())
            .or_default()
            .insert(quad.to_string());
    }
    graphs
}

/// How many articles `partial` holds, each checked to be exactly its graph in `reference`
/// (what an uninterrupted run stored), with no entity quad that run did not write.
pub(super) fn whole_articles(
    partial: &BTreeMap<String, BTreeSet<String>>,
    reference: &BTreeMap<String, BTreeSet<String>>,
    context: &str,
) -> usize {
    let entities = format!("<{ENTITIES_GRAPH}>");
    for (graph, quads) in partial {
        let whole = reference
            .get(graph)
            .unwrap_or_else(|| panic!("{context}: unknown graph {graph}"));
        if *graph == entities {
            assert!(quads.is_subset(whole), "{context}: stray entity quads");
        } else {
            assert_eq!(quads, whole, "{context}: article {graph} is not whole");
        }
    }
    partial.keys().filter(|g| **g != entities).count()
}

#[test]
fn a_run_killed_at_random_moments_leaves_whole_articles_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    let lines: Vec<String> = (0..ARTICLES).map(article).collect();
    std::fs::write(&input, lines.join("\n")).unwrap();

    let reference_store = dir.path().join("reference");
    let started = Instant::now();
    let status = ingest(&reference_store, &input).status().unwrap();
    let duration = started.elapsed();
    assert!(status.success());
    let reference = quads_by_graph(&reference_store);
    assert_eq!(reference.len(), ARTICLES + 1, "one graph per article");

    let seed = RandomState::new().build_hasher().finish();
    let mut interrupted = 0;
    for moment in 0..12u64 {
        // Four moments, one in each of the first four fifths of the run, placed at random
        // within it; when none of them lands mid-run (the timing of a loaded machine), four
        // more rounds of the same, up to twelve kills in all.
        if moment >= 4 && moment % 4 == 0 && interrupted > 0 {
            break;
        }
        let jitter = (seed.rotate_left(5 * moment as u32) % 1000) as f64 / 1000.0;
        let fraction = ((moment % 4) as f64 + jitter) / 5.0;
        let kill_after = duration.mul_f64(fraction);
        let store = dir.path().join(format!("killed-{moment}"));
        let mut child = ingest(&store, &input).spawn().unwrap();
        std::thread::sleep(kill_after);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let context = format!("killed after {kill_after:?} (seed {seed:#x}, moment {moment})");

        let articles = whole_articles(&quads_by_graph(&store), &reference, &context);
        if (1..ARTICLES).contains(&articles) {
            interrupted += 1;
        }

        assert!(ingest(&store, &input).status().unwrap().success());
        assert!(
            quads_by_graph(&store) == reference,
            "{context}: the re-run does not give the quads of an uninterrupted run"
        );
    }
    // Timing is not exact, but of the kills spread over the run, one lands inside it.
    assert!(
        interrupted > 0,
        "no kill landed mid-run (run took {duration:?}, seed {seed:#x})"
    );
}
