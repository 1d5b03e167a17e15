//! `newsgraph::eval` end to end: gold files and articles written to a temporary directory,
//! evaluated through the real ingest and extraction. The extractor is still being written, so
//! these tests check scoring behaviour (every gold item is counted once, optional items never,
//! errors name their file), not extraction quality.

use newsgraph::eval::{evaluate, score_article, Category, EvalReport, GoldArticle};
use newsgraph::extract::{
    Annotations, AttributionKind, Document, Entity, EntityKind, Gender, Statement, StatementForm,
};
use std::fs;
use std::path::Path;

const ARTICLE_A: &str = "Mayor opens bridge\n\n\
Mayor Ann Lee opened the Harbour Bridge on Monday. \u{201c}This bridge joins two halves of our \
city,\u{201d} Lee said. Councillor Bob Roe met Lee at the ceremony and said the toll would stay \
low.\n";

const GOLD_A: &str = r#"{
  "article": "a.txt",
  "published": "2024-05-06",
  "entities": [
    {"name": "Ann Lee", "type": "Person", "mentions": ["Mayor Ann Lee", "Lee", "the mayor"]},
    {"name": "Bob Roe", "type": "Person", "mentions": ["Councillor Bob Roe"]},
    {"name": "Harbour Bridge", "type": "Place", "mentions": ["Harbour Bridge"], "optional": true}
  ],
  "quotes": [
    {"speaker": "Ann Lee", "cue": "said", "kind": "direct",
     "text": "This bridge joins two halves of our city,", "date": "2024-05-06"}
  ],
  "statements": [
    {"speaker": "Bob Roe", "cue": "said", "content": "the toll would stay low"}
  ],
  "relations": [
    {"subject": "Bob Roe", "predicate": "met", "object": "Ann Lee", "symmetric": true},
    {"subject": "Ann Lee", "predicate": "opened", "object": "Harbour Bridge", "optional": true}
  ]
}"#;

const ARTICLE_B: &str = "Storm closes port\n\n\
The port of Eastham closed on Tuesday after a storm. \u{201c}We will reopen when it is safe,\u{201d} \
harbour master Carla Diaz told reporters.\n";

const GOLD_B: &str = r#"{
  "article": "b.txt",
  "entities": [
    {"name": "Carla Diaz", "type": "Person", "mentions": ["harbour master Carla Diaz"]},
    {"name": "Eastham", "type": "Place", "mentions": ["Eastham"]}
  ],
  "quotes": [
    {"speaker": "Carla Diaz", "cue": "told", "kind": "direct",
     "text": "We will reopen when it is safe,"},
    {"speaker": "Carla Diaz", "kind": "partial", "text": "when it is safe", "optional": true}
  ]
}"#;

fn write(dir: &Path, name: &str, content: &str) {
    fs::write(dir.join(name), content).unwrap();
}

/// A gold directory and an articles directory holding articles A and B.
fn fixture() -> (tempfile::TempDir, tempfile::TempDir) {
    let gold = tempfile::tempdir().unwrap();
    let articles = tempfile::tempdir().unwrap();
    // Written in reverse order: the report must follow file names, not creation order.
    write(gold.path(), "b.json", GOLD_B);
    write(gold.path(), "a.json", GOLD_A);
    write(gold.path(), "README.md", "not a gold file");
    write(articles.path(), "a.txt", ARTICLE_A);
    write(articles.path(), "b.txt", ARTICLE_B);
    (gold, articles)
}

#[test]
fn every_gold_file_is_scored_in_file_name_order() {
    let (gold, articles) = fixture();
    let report = evaluate(gold.path(), articles.path()).unwrap();
    let names: Vec<&str> = report.articles.iter().map(|a| a.article.as_str()).collect();
    assert_eq!(names, ["a.txt", "b.txt"]);
}

#[test]
fn each_required_gold_item_is_found_or_missed_exactly_once() {
    let (gold, articles) = fixture();
    let report = evaluate(gold.path(), articles.path()).unwrap();
    // Non-optional gold items per article: (quotes, statements, relations, entities, dated).
    let expected = [(1, 1, 1, 2, 1), (1, 0, 0, 2, 0)];
    for (a, (quotes, statements, relations, entities, dated)) in
        report.articles.iter().zip(expected)
    {
        let total = |c: Category| {
            let s = a.scores.get(c);
            s.found + s.missed
        };
        assert_eq!(total(Category::QuoteDetection), quotes, "{}", a.article);
        assert_eq!(total(Category::QuoteAttribution), quotes, "{}", a.article);
        assert_eq!(total(Category::ReportedSpeech), statements, "{}", a.article);
        assert_eq!(
            total(Category::RelationsUntyped),
            relations,
            "{}",
            a.article
        );
        assert_eq!(total(Category::RelationsTyped), relations, "{}", a.article);
        assert_eq!(total(Category::Entities), entities, "{}", a.article);
        assert_eq!(total(Category::EntitiesTyped), entities, "{}", a.article);
        assert_eq!(total(Category::QuoteDates), dated, "{}", a.article);
    }
}

#[test]
fn overall_scores_are_sums_over_articles() {
    let (gold, articles) = fixture();
    let report = evaluate(gold.path(), articles.path()).unwrap();
    for c in Category::ALL {
        let sum = |f: fn(newsgraph::eval::Score) -> usize| {
            report
                .articles
                .iter()
                .map(|a| f(a.scores.get(c)))
                .sum::<usize>()
        };
        let overall = report.overall.get(c);
        assert_eq!(overall.tp, sum(|s| s.tp), "{c:?}");
        assert_eq!(overall.fp, sum(|s| s.fp), "{c:?}");
        assert_eq!(overall.found, sum(|s| s.found), "{c:?}");
        assert_eq!(overall.missed, sum(|s| s.missed), "{c:?}");
    }
}

#[test]
fn a_missing_article_is_an_error_naming_it() {
    let (gold, articles) = fixture();
    fs::remove_file(articles.path().join("b.txt")).unwrap();
    let err = evaluate(gold.path(), articles.path()).unwrap_err();
    assert!(format!("{err:#}").contains("b.txt"), "{err:#}");
}

#[test]
fn a_malformed_gold_file_is_an_error_naming_it() {
    let (gold, articles) = fixture();
    write(
        gold.path(),
        "c.json",
        r#"{"article": "c.txt", "quotes": [{"text": 1}]}"#,
    );
    let err = evaluate(gold.path(), articles.path()).unwrap_err();
    assert!(format!("{err:#}").contains("c.json"), "{err:#}");
}

#[test]
fn a_missing_gold_directory_is_an_error() {
    let articles = tempfile::tempdir().unwrap();
    let missing = articles.path().join("no-such-dir");
    assert!(evaluate(&missing, articles.path()).is_err());
}

#[test]
fn report_prints_a_table_per_article_and_details_on_demand() {
    let (gold, articles) = fixture();
    let mut report = evaluate(gold.path(), articles.path()).unwrap();
    let table = report.to_string();
    assert!(
        table.starts_with("overall (2 articles, micro-averaged)"),
        "{table}"
    );
    for c in Category::ALL {
        assert!(table.matches(c.label()).count() >= 3, "{}", c.label());
    }
    assert!(table.contains("a.txt") && table.contains("b.txt"));
    assert!(table.contains("quote dates: "));
    assert!(!table.contains("issues)"));

    report.verbose = true;
    let verbose = report.to_string();
    assert!(verbose.contains(&report.details()));
    assert!(report.details().contains("== a.txt"));
}

#[test]
fn report_serialises_to_json_with_rates() {
    let (gold, articles) = fixture();
    let report = evaluate(gold.path(), articles.path()).unwrap();
    let json = serde_json::to_value(&report).unwrap();
    let detection = &json["overall"]["quote_detection"];
    for key in ["tp", "fp", "found", "fn", "precision", "recall", "f1"] {
        assert!(detection.get(key).is_some(), "{key} in {detection}");
    }
    assert_eq!(json["articles"].as_array().unwrap().len(), 2);
    assert!(json.get("verbose").is_none());
}

/// A hand-made perfect extraction of article B scores 1.0 through the public API.
#[test]
fn a_perfect_document_scores_one() {
    let gold: GoldArticle = serde_json::from_str(GOLD_B).unwrap();
    let text = ARTICLE_B.to_string();
    let quote = "We will reopen when it is safe,";
    let start = text.find(quote).unwrap();
    let entity = |name: &str, kind| Entity {
        name: name.into(),
        kind,
        gender: Gender::Unknown,
        surface_forms: vec![name.into()],
        roles: Vec::new(),
        mentions: 1,
        table_name: None,
    };
    let doc = Document {
        headline: None,
        date: None,
        annotations: Annotations {
            entities: vec![
                entity("Carla Diaz", EntityKind::Person),
                entity("Eastham", EntityKind::Place),
            ],
            statements: vec![Statement {
                form: StatementForm::Direct,
                span: start..start + quote.len(),
                pieces: std::iter::once(start..start + quote.len()).collect(),
                quoted: Vec::new(),
                speaker: Some(0),
                speaker_span: None,
                kind: AttributionKind::Speech,
                cue: Some("tell".into()),
                cue_span: None,
                addressee: None,
                about: Vec::new(),
                date: None,
                confidence: 1.0,
            }],
            ..Annotations::default()
        },
        text,
    };
    let report = EvalReport::new(vec![score_article(&gold, &doc)]);
    for c in [
        Category::QuoteDetection,
        Category::QuoteAttribution,
        Category::Entities,
        Category::EntitiesTyped,
    ] {
        assert_eq!(report.overall.get(c).f1(), Some(1.0), "{c:?}");
    }
    assert_eq!(report.details().lines().count(), 1, "{}", report.details());
}
