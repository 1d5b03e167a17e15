//! The bundled queries end to end: the `newsgraph` binary on a temporary store holding the sample
//! articles, or a hand-written pair of JSON Lines articles, each query's SPARQL JSON results
//! checked for what it promises.

use crate::support;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Two articles from two outlets: the same sentence credited to two people (a conflict), one
/// sentence quoted by both with other apostrophes and punctuation (corroborated), and a short
/// fragment inside a longer quote of another speaker (neither: too short to match by containment).
const PAIR: &str = concat!(
    r#"{"id": "daily-one-1", "title": "Budget pledge", "date": "2024-05-02", "source": "Daily One", "url": "https://daily-one.example/budget", "text": "Finance Minister Anna Berg spoke to reporters in Oslo on Monday.\n\n“The budget will be balanced by the end of next year,” Berg said.\n\nShe called the opposition plan “deeply worrying.”\n\n“We won’t raise taxes on working families, and we will protect pensions,” she added."}"#,
    "\n",
    r#"{"id": "evening-two-1", "title": "Prime minister promises balanced budget", "date": "2024-05-03", "source": "Evening Two", "url": "https://evening-two.example/budget", "text": "Prime Minister Karl Lund addressed parliament on Tuesday.\n\n“The budget will be balanced by the end of next year,” Lund said.\n\nLund said the opposition plan was “deeply worrying for the economy.”\n\nFinance Minister Anna Berg promised that “we won't raise taxes on working families.”"}"#,
    "\n",
);

/// A temporary store.
struct Store {
    dir: tempfile::TempDir,
}

impl Store {
    /// A store holding the two sample articles.
    fn samples() -> Self {
        let store = Self::empty();
        let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
        store.ok(&["ingest", &samples.display().to_string()]);
        store
    }

    /// A store holding [`PAIR`].
    fn pair() -> Self {
        let store = Self::empty();
        let feed = store.dir.path().join("feed.jsonl");
        std::fs::write(&feed, PAIR).unwrap();
        store.ok(&["ingest", &feed.display().to_string()]);
        store
    }

    fn empty() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// Runs `newsgraph --store STORE ARGS…`; returns (success, stdout, stderr). Fails the test
    /// when the command takes longer than [`support::TIMEOUT`].
    fn run(&self, args: &[&str]) -> (Option<i32>, String, String) {
        let out = support::run_with_timeout(
            support::newsgraph(&self.path()).args(args),
            &format!("newsgraph {args:?}"),
        );
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, Some(0), "newsgraph {args:?} failed: {err}");
        out
    }

    /// Runs a bundled query with `--format json`; returns its variables and rows.
    fn query(&self, name: &str, params: &[&str]) -> (Vec<String>, Vec<Row>) {
        let mut args = vec!["query", name, "--format", "json"];
        for p in params {
            args.extend(["--param", p]);
        }
        let json: Value = serde_json::from_str(&self.ok(&args))
            .unwrap_or_else(|e| panic!("{name} did not print JSON: {e}"));
        let vars = json["head"]["vars"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: no head.vars"))
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        let rows = json["results"]["bindings"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: no results.bindings"))
            .iter()
            .cloned()
            .map(Row)
            .collect();
        (vars, rows)
    }
}

/// One solution of SPARQL JSON results.
#[derive(Debug, Clone)]
struct Row(Value);

impl Row {
    fn get(&self, var: &str) -> Option<&str> {
        self.0[var]["value"].as_str()
    }

    fn str(&self, var: &str) -> &str {
        self.get(var).unwrap_or("")
    }
}

/// Lower case, straight apostrophes, no trailing punctuation: how a test recognises a quote.
fn norm(text: &str) -> String {
    text.to_lowercase()
        .replace(['’', '‘'], "'")
        .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .to_string()
}

fn assert_vars(name: &str, vars: &[String], expected: &str) {
    for v in expected.split_whitespace() {
        assert!(vars.iter().any(|x| x == v), "{name}: no ?{v} in {vars:?}");
    }
}

#[test]
fn every_bundled_query_runs_on_the_samples() {
    let store = Store::samples();
    let listed = store.ok(&["queries"]);
    for (name, params) in [
        ("who-said-what", &[][..]),
        ("relations", &[]),
        ("entities", &[]),
        ("quotes-by", &["speaker=Putin"]),
        ("timeline", &[]),
        ("who-met-whom", &[]),
        ("about", &["entity=Putin"]),
        ("corroborated-quotes", &[]),
        ("conflicting-attributions", &[]),
    ] {
        assert!(
            listed.lines().any(|l| l.starts_with(name)),
            "{name} not listed: {listed}"
        );
        let (vars, rows) = store.query(name, params);
        assert!(!vars.iter().any(|v| v.starts_with('_')), "{name}: {vars:?}");
        if name != "conflicting-attributions" {
            assert!(!rows.is_empty(), "{name} found nothing in the samples");
        }
    }
}

#[test]
fn corroborated_quotes_finds_stoltenberg_in_both_sample_articles() {
    let store = Store::samples();
    let (vars, rows) = store.query("corroborated-quotes", &[]);
    assert_vars(
        "corroborated-quotes",
        &vars,
        "text articles speakerName publisher article date quotedText",
    );
    let words = "we haven't seen any proof that china is delivering lethal weapons to russia";
    let hits: Vec<&Row> = rows
        .iter()
        .filter(|r| norm(r.str("text")) == words)
        .collect();
    let articles: BTreeSet<&str> = hits.iter().map(|r| r.str("article")).collect();
    assert_eq!(articles.len(), 2, "{hits:#?}");
    for r in &hits {
        assert_eq!(r.str("speakerName"), "Jens Stoltenberg", "{r:?}");
        assert_eq!(r.str("articles"), "2", "{r:?}");
        assert!(norm(r.str("quotedText")).contains(words), "{r:?}");
    }
    // Every group really spans two articles.
    for r in &rows {
        let n: usize = r.str("articles").parse().unwrap();
        let group: BTreeSet<&str> = rows
            .iter()
            .filter(|o| o.str("text") == r.str("text"))
            .map(|o| o.str("article"))
            .collect();
        assert!(n >= 2 && group.len() == n, "{r:?}");
    }
}

#[test]
fn who_met_whom_lists_xi_and_putin() {
    let store = Store::samples();
    let (vars, rows) = store.query("who-met-whom", &[]);
    assert_vars(
        "who-met-whom",
        &vars,
        "name otherName date placeName modality article",
    );
    assert!(
        rows.iter()
            .any(|r| r.str("name") == "Vladimir Putin" && r.str("otherName") == "Xi Jinping"),
        "{rows:#?}"
    );
    for r in &rows {
        assert!(
            r.str("name") <= r.str("otherName"),
            "pairs are ordered: {r:?}"
        );
    }
}

#[test]
fn about_an_entity_returns_what_it_said_and_what_was_said_of_it() {
    let store = Store::samples();
    let (vars, rows) = store.query("about", &["entity=NATO"]);
    assert_vars(
        "about",
        &vars,
        "entityName involvement kind who whoRole what whom form modality article date",
    );
    let statements: Vec<&Row> = rows
        .iter()
        .filter(|r| r.str("kind") == "statement")
        .collect();
    assert!(!statements.is_empty(), "{rows:#?}");
    assert!(
        rows.iter().all(|r| r.str("entityName") == "NATO"),
        "{rows:#?}"
    );
    assert!(
        statements.iter().any(|r| r.str("involvement") == "speaker"),
        "NATO said…: {rows:#?}"
    );
    // Jens Stoltenberg speaks for NATO as its Secretary General.
    assert!(
        statements
            .iter()
            .any(|r| r.str("involvement") == "affiliation"
                && r.str("who") == "Jens Stoltenberg"
                && r.str("whoRole").contains("NATO")),
        "{rows:#?}"
    );
    // Names match ignoring case, surface forms included.
    let (_, lower) = store.query("about", &["entity=nato"]);
    assert_eq!(lower.len(), rows.len());
    let (_, putin) = store.query("about", &["entity=putin"]);
    assert!(
        putin
            .iter()
            .any(|r| r.str("entityName") == "Vladimir Putin" && r.str("kind") == "event"),
        "{putin:#?}"
    );
    let (code, _, err) = store.run(&["query", "about"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--param entity="), "{err}");
}

#[test]
fn timeline_rows_are_in_date_order() {
    let store = Store::samples();
    let (vars, rows) = store.query("timeline", &[]);
    assert_vars("timeline", &vars, "date kind who what article dateSource");
    assert!(rows.len() > 10, "{rows:#?}");
    let dates: Vec<Option<&str>> = rows.iter().map(|r| r.get("date")).collect();
    assert!(dates.iter().any(Option::is_some));
    for pair in dates.windows(2) {
        match (pair[0], pair[1]) {
            (Some(a), Some(b)) => assert!(a <= b, "{a} before {b}"),
            (None, Some(b)) => panic!("an undated row before {b}"),
            _ => {}
        }
    }
    for r in &rows {
        assert!(["statement", "event"].contains(&r.str("kind")), "{r:?}");
        if r.get("date").is_some() {
            assert!(["text", "article"].contains(&r.str("dateSource")), "{r:?}");
        }
    }
}

#[test]
fn conflicting_attributions_are_valid_json_on_the_samples() {
    let store = Store::samples();
    let (vars, rows) = store.query("conflicting-attributions", &[]);
    assert_vars(
        "conflicting-attributions",
        &vars,
        "text speakers speakerName publisher article date quotedText",
    );
    for r in &rows {
        assert!(r.str("speakers").parse::<usize>().unwrap() >= 2, "{r:?}");
    }
}

#[test]
fn the_same_sentence_credited_to_two_people_is_a_conflict() {
    let store = Store::pair();
    let (_, rows) = store.query("conflicting-attributions", &[]);
    let budget = "the budget will be balanced by the end of next year";
    let hits: Vec<&Row> = rows
        .iter()
        .filter(|r| norm(r.str("text")) == budget)
        .collect();
    let speakers: BTreeSet<&str> = hits.iter().map(|r| r.str("speakerName")).collect();
    let outlets: BTreeSet<&str> = hits.iter().map(|r| r.str("publisher")).collect();
    assert_eq!(
        speakers,
        BTreeSet::from(["Anna Berg", "Karl Lund"]),
        "{rows:#?}"
    );
    assert_eq!(outlets, BTreeSet::from(["Daily One", "Evening Two"]));
    assert!(hits.iter().all(|r| r.str("speakers") == "2"));
    // Berg's pledge is quoted twice but credited to her both times; "deeply worrying" is too
    // short to match Lund's longer quote by containment.
    for r in &rows {
        assert!(norm(r.str("text")).starts_with("the budget"), "{r:?}");
    }
}

#[test]
fn corroboration_ignores_case_apostrophes_and_trailing_punctuation() {
    let store = Store::pair();
    let (_, rows) = store.query("corroborated-quotes", &[]);
    let texts: BTreeSet<String> = rows.iter().map(|r| norm(r.str("text"))).collect();
    assert_eq!(
        texts,
        BTreeSet::from([
            "the budget will be balanced by the end of next year".to_string(),
            "we won't raise taxes on working families".to_string(),
        ]),
        "{rows:#?}"
    );
    let taxes: Vec<&Row> = rows
        .iter()
        .filter(|r| norm(r.str("text")).starts_with("we won't"))
        .collect();
    let outlets: BTreeSet<&str> = taxes.iter().map(|r| r.str("publisher")).collect();
    assert_eq!(outlets, BTreeSet::from(["Daily One", "Evening Two"]));
    assert!(taxes.iter().all(|r| r.str("speakerName") == "Anna Berg"));
}

#[test]
fn who_said_what_shows_the_speakers_role() {
    let store = Store::samples();
    let (vars, rows) = store.query("who-said-what", &[]);
    assert_vars(
        "who-said-what",
        &vars,
        "speakerName text form cue article date speakerRole",
    );
    assert!(
        rows.iter()
            .any(|r| r.str("speakerName") == "Jens Stoltenberg"
                && r.str("speakerRole") == "Secretary General of NATO"),
        "{rows:#?}"
    );
    for r in &rows {
        // A statement without a speaker has no role, and a bare title is not repeated.
        assert!(
            r.get("speakerRole").is_none() || r.get("speakerName").is_some(),
            "{r:?}"
        );
        if r.str("speakerName") == "Vladimir Putin" {
            let roles: Vec<&str> = r.str("speakerRole").split("; ").collect();
            assert!(roles.contains(&"President of Russia"), "{r:?}");
            assert!(!roles.contains(&"President"), "{r:?}");
        }
    }
    let (_, pair) = Store::pair().query("who-said-what", &[]);
    assert!(
        pair.iter().any(
            |r| r.str("speakerName") == "Karl Lund" && r.str("speakerRole") == "Prime Minister"
        ),
        "{pair:#?}"
    );
}

#[test]
fn relations_expose_the_event_type_concept() {
    let store = Store::samples();
    let (vars, rows) = store.query("relations", &[]);
    assert_vars(
        "relations",
        &vars,
        "subjectName relation objectName article date modality placeName eventType plover cameo",
    );
    let met = rows
        .iter()
        .find(|r| r.str("relation") == "met")
        .expect("a met relation");
    assert_eq!(
        met.str("eventType"),
        "https://w3id.org/newsgraph/ontology/event#met"
    );
    assert_eq!(met.str("plover"), "CONSULT");
    assert_eq!(met.str("cameo"), "040");
    for r in &rows {
        assert!(
            r.str("eventType")
                .ends_with(&format!("#{}", r.str("relation"))),
            "{r:?}"
        );
        assert!(r.get("plover").is_some(), "{r:?}");
    }
}

/// Every bundled query's CSV output on the samples and on [`PAIR`], compared with the stored
/// snapshot: rewriting a query for speed must not change what it answers.
#[test]
fn bundled_query_results_are_unchanged() {
    let samples = Store::samples();
    let pair = Store::pair();
    let cases: &[(&str, &Store, &str, &[&str])] = &[
        ("samples", &samples, "who-said-what", &[]),
        ("samples", &samples, "relations", &[]),
        ("samples", &samples, "entities", &[]),
        (
            "samples",
            &samples,
            "quotes-by",
            &["speaker=Vladimir Putin"],
        ),
        ("samples", &samples, "quotes-by", &["speaker=putin"]),
        ("samples", &samples, "quotes-by", &["speaker=STOLTENBERG"]),
        ("samples", &samples, "timeline", &[]),
        ("samples", &samples, "who-met-whom", &[]),
        ("samples", &samples, "about", &["entity=NATO"]),
        ("samples", &samples, "about", &["entity=putin"]),
        ("samples", &samples, "about", &["entity=China"]),
        ("samples", &samples, "corroborated-quotes", &[]),
        ("samples", &samples, "conflicting-attributions", &[]),
        ("pair", &pair, "who-said-what", &[]),
        ("pair", &pair, "quotes-by", &["speaker=anna berg"]),
        ("pair", &pair, "about", &["entity=Karl Lund"]),
        ("pair", &pair, "corroborated-quotes", &[]),
        ("pair", &pair, "conflicting-attributions", &[]),
    ];
    for (store_name, store, query, params) in cases {
        let mut args = vec!["query", query, "--format", "csv"];
        for p in *params {
            args.extend(["--param", p]);
        }
        let csv = store.ok(&args);
        let param_part: String = params
            .iter()
            .map(|p| format!("-{}", p.replace(['=', ' '], "_").to_lowercase()))
            .collect();
        insta::assert_snapshot!(format!("{store_name}-{query}{param_part}"), csv);
    }
}
