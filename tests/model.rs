//! The RDF the model writes: ontology coverage, determinism, canonical literals, evidence
//! offsets, and store round trips.

use newsgraph::extract::{
    self, Annotations, AttributionKind, DatePrecision, DateSource, Dated, Document, Entity,
    EntityKind, Gender, Mention, MentionKind, Modality, Relation, Role, Statement, StatementForm,
};
use newsgraph::ingest::{content_id, Article};
use newsgraph::model::{self, article_graph, entity_key, vocab, ArticleGraph};
use newsgraph::store::{GraphStore, PutOutcome};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{Graph, NamedNode, Quad, Term, Triple};
use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// An article as the text reader would make it, without depending on the reader.
fn article_from_text(key: &str, text: &str) -> Article {
    let (id, content_hash) = content_id(text);
    Article {
        id,
        content_hash,
        key: key.to_string(),
        origin: key.to_string(),
        title: None,
        text: text.to_string(),
        headline: None,
        date: chrono::NaiveDate::from_ymd_opt(2023, 3, 21),
        url: Some("https://example.com/news/1".into()),
        source: Some("Example News".into()),
        dateline_place: None,
        warnings: Vec::new(),
    }
}

fn sample_articles() -> Vec<Article> {
    let mut paths: Vec<_> = std::fs::read_dir(root().join("data/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            article_from_text(&p.display().to_string(), &text)
        })
        .collect()
}

/// A hand-built document that uses every annotation the model turns into RDF.
fn full_document() -> (Article, Document) {
    let text = "Putin met Xi in Moscow on Tuesday. “Our talks were successful,” the Russian \
                president told reporters. NATO said it was aware of the plan.";
    let article = article_from_text("full", text);
    let find = |s: &str| {
        let start = text.find(s).unwrap();
        start..start + s.len()
    };
    let entity = |name: &str, kind, forms: &[&str], roles: Vec<Role>| Entity {
        name: name.into(),
        kind,
        gender: Gender::Unknown,
        surface_forms: forms.iter().map(|f| f.to_string()).collect(),
        roles,
        mentions: forms.len(),
        table_name: None,
    };
    let dated = Dated {
        date: chrono::NaiveDate::from_ymd_opt(2023, 3, 21).unwrap(),
        precision: DatePrecision::Day,
        source: DateSource::Text,
    };
    let doc = Document {
        text: text.into(),
        headline: None,
        date: article.date,
        annotations: Annotations {
            entities: vec![
                entity(
                    "Vladimir Putin",
                    EntityKind::Person,
                    &["Putin", "the Russian president"],
                    vec![Role {
                        title: "President".into(),
                        of: Some("Russia".into()),
                    }],
                ),
                entity("Xi Jinping", EntityKind::Person, &["Xi"], vec![]),
                entity("Moscow", EntityKind::Place, &["Moscow"], vec![]),
                entity("NATO", EntityKind::Organization, &["NATO"], vec![]),
                entity("reporters", EntityKind::Thing, &["reporters"], vec![]),
                entity("Russia", EntityKind::Country, &[], vec![]),
                entity("Summit", EntityKind::Event, &[], vec![]),
            ],
            mentions: vec![Mention {
                span: find("Putin"),
                entity: 0,
                kind: MentionKind::Name,
            }],
            statements: vec![
                Statement {
                    form: StatementForm::Direct,
                    span: find("Our talks were successful,"),
                    pieces: vec![find("Our talks were successful,")],
                    quoted: Vec::new(),
                    speaker: Some(0),
                    speaker_span: Some(find("the Russian president")),
                    kind: AttributionKind::Speech,
                    cue: Some("tell".into()),
                    cue_span: Some(find("told")),
                    addressee: Some(4),
                    about: vec![1],
                    date: Some(dated),
                    confidence: 0.85,
                },
                Statement {
                    form: StatementForm::Indirect,
                    span: find("it was aware of the plan"),
                    pieces: vec![find("it was aware of the plan")],
                    quoted: Vec::new(),
                    speaker: Some(3),
                    speaker_span: Some(find("NATO")),
                    kind: AttributionKind::Speech,
                    cue: Some("say".into()),
                    cue_span: Some(find("said")),
                    addressee: None,
                    about: vec![],
                    date: Some(Dated {
                        source: DateSource::ArticleFallback,
                        precision: DatePrecision::Month,
                        ..dated
                    }),
                    confidence: 0.5,
                },
            ],
            relations: vec![Relation {
                agent: 0,
                target: 1,
                predicate: "met".into(),
                trigger_span: find("met"),
                evidence: find("Putin met Xi in Moscow on Tuesday."),
                date: Some(dated),
                place: Some(2),
                modality: Modality::Reported,
                source: Some(3),
                confidence: 1.0,
            }],
            ..Default::default()
        },
    };
    (article, doc)
}

fn ontology() -> Graph {
    let path = root().join("ontology/newsgraph.ttl");
    let file = std::fs::File::open(&path).unwrap();
    RdfParser::from_format(RdfFormat::Turtle)
        .for_reader(file)
        .map(|q| Triple::from(q.expect("the ontology is valid Turtle")))
        .collect()
}

/// Every IRI of our own vocabularies (`ng:` and `ngev:`) a set of quads uses.
fn own_terms<'a>(quads: impl IntoIterator<Item = &'a Quad>) -> BTreeSet<String> {
    let mut terms = BTreeSet::new();
    let mut add = |iri: &str| {
        if iri.starts_with(vocab::NG) || iri.starts_with(vocab::NG_EVENT) {
            terms.insert(iri.to_string());
        }
    };
    for q in quads {
        add(q.predicate.as_str());
        if let Term::NamedNode(o) = &q.object {
            add(o.as_str());
        }
    }
    terms
}

/// Extracts an article on another thread, failing the test if extraction hangs.
fn extract_or_fail(article: &Article) -> Document {
    let (tx, rx) = std::sync::mpsc::channel();
    let a = article.clone();
    std::thread::spawn(move || {
        let _ = tx.send(extract::extract(&a));
    });
    rx.recv_timeout(std::time::Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("extraction of {} did not finish: {e}", article.origin))
}

fn all_graphs() -> Vec<ArticleGraph> {
    let mut graphs: Vec<ArticleGraph> = sample_articles()
        .iter()
        .map(|a| article_graph(a, &extract_or_fail(a)))
        .collect();
    let (article, doc) = full_document();
    graphs.push(article_graph(&article, &doc));
    graphs
}

#[test]
fn every_ng_term_the_model_emits_is_declared_in_the_ontology() {
    let ontology = ontology();
    let declared: BTreeSet<String> = ontology
        .iter()
        .filter(|t| t.predicate == rdf::TYPE)
        .filter_map(|t| match t.subject {
            oxigraph::model::NamedOrBlankNodeRef::NamedNode(n) => Some(n.as_str().to_string()),
            _ => None,
        })
        .collect();
    let graphs = all_graphs();
    let used = own_terms(graphs.iter().flat_map(|g| g.quads()));
    let missing: Vec<&String> = used.difference(&declared).collect();
    assert!(
        missing.is_empty(),
        "add these terms to ontology/newsgraph.ttl: {missing:?}"
    );
    // The hand-built document exercises every kind of node the model writes.
    for term in [
        "Quotation",
        "ReportedSpeech",
        "Event",
        "Role",
        "MentionCount",
        "met",
    ] {
        assert!(
            used.contains(&format!("{}{term}", vocab::NG)),
            "{term} unused"
        );
    }
}

#[test]
fn every_ontology_term_has_a_label_and_a_comment() {
    let ontology = ontology();
    for t in ontology.iter().filter(|t| t.predicate == rdf::TYPE) {
        let oxigraph::model::NamedOrBlankNodeRef::NamedNode(s) = t.subject else {
            continue;
        };
        if !(s.as_str().starts_with(vocab::NG) || s.as_str().starts_with(vocab::NG_EVENT)) {
            continue;
        }
        for p in [rdfs::LABEL, rdfs::COMMENT] {
            assert!(
                ontology.object_for_subject_predicate(s, p).is_some(),
                "{s} has no {p}"
            );
        }
    }
}

#[test]
fn the_model_is_deterministic() {
    for article in sample_articles() {
        let doc = extract_or_fail(&article);
        assert_eq!(article_graph(&article, &doc), article_graph(&article, &doc));
    }
    let (article, doc) = full_document();
    assert_eq!(article_graph(&article, &doc), article_graph(&article, &doc));
}

#[test]
fn typed_literals_are_canonical_and_survive_the_store() {
    let (article, doc) = full_document();
    let graph = article_graph(&article, &doc);
    let store = GraphStore::in_memory().unwrap();
    assert_eq!(store.put_article(&graph).unwrap(), PutOutcome::New);
    for q in graph.quads() {
        if let Term::Literal(l) = &q.object {
            if l.datatype() == xsd::DECIMAL {
                assert!(!l.value().ends_with('0') || l.value() == "0", "{l}");
            }
        }
        assert!(
            store.store().contains(q).unwrap(),
            "not stored as written: {q}"
        );
    }
}

#[test]
fn article_quads_live_in_the_article_graph_and_entities_in_the_shared_one() {
    for graph in all_graphs() {
        for q in &graph.article_quads {
            assert_eq!(q.graph_name, graph.graph.clone().into());
        }
        for q in &graph.entity_quads {
            assert_eq!(q.graph_name, model::entities_graph().into());
        }
        assert!(graph
            .entity_quads
            .iter()
            .all(|q| !q.subject.to_string().contains("_:")));
    }
}

#[test]
fn selectors_point_at_the_exact_characters() {
    let (article, doc) = full_document();
    let graph = article_graph(&article, &doc);
    let chars: Vec<char> = doc.text.chars().collect();
    let value = |s: &oxigraph::model::NamedOrBlankNode, p: NamedNode| -> Option<Term> {
        graph
            .article_quads
            .iter()
            .find(|q| &q.subject == s && q.predicate == p)
            .map(|q| q.object.clone())
    };
    let mut checked = 0;
    for q in &graph.article_quads {
        if q.predicate.as_str() != format!("{}exact", vocab::NG) {
            continue;
        }
        let num = |p: &str| match value(
            &q.subject,
            NamedNode::new_unchecked(format!("{}{p}", vocab::OA)),
        ) {
            Some(Term::Literal(l)) => l.value().parse::<usize>().unwrap(),
            other => panic!("no oa:{p}: {other:?}"),
        };
        let (start, end) = (num("start"), num("end"));
        let Term::Literal(exact) = &q.object else {
            panic!()
        };
        assert_eq!(chars[start..end].iter().collect::<String>(), exact.value());
        checked += 1;
    }
    assert_eq!(checked, 3);
}

#[test]
fn spelling_variants_of_a_name_are_one_entity() {
    assert_eq!(
        entity_key("Volodymyr Zelenskyy", EntityKind::Person),
        entity_key("volodymyr zelensky", EntityKind::Person)
    );
    assert_eq!(
        model::entity_iri("Volodymyr Zelenskyy", EntityKind::Person).as_str(),
        "https://w3id.org/newsgraph/id/person/volodymyr-zelensky"
    );
}

#[test]
fn negated_relations_get_an_event_but_no_plain_edge() {
    let (article, mut doc) = full_document();
    doc.annotations.relations[0].modality = Modality::Negated;
    let graph = article_graph(&article, &doc);
    assert_eq!(graph.relation_count(), 1);
    assert!(!graph
        .article_quads
        .iter()
        .any(|q| q.predicate == model::predicate_iri("met")));
}

#[test]
fn a_body_a_table_names_is_one_node_however_each_article_writes_it() {
    let full = article_from_text(
        "full",
        "Palace win at home\n\nCrystal Palace FC beat the visitors 2-0 on Saturday, and the \
         manager said the win was deserved.",
    );
    let short = article_from_text(
        "short",
        "Palace lose away\n\nCrystal Palace lost 1-0 on Sunday, and the manager said the \
         result was unfair.",
    );
    let club = model::entity_iri("Crystal Palace", EntityKind::Organization);
    let store = GraphStore::in_memory().unwrap();
    for article in [&full, &short] {
        let doc = extract_or_fail(article);
        let entity = doc
            .annotations
            .entities
            .iter()
            .find(|e| e.name.starts_with("Crystal Palace"))
            .unwrap_or_else(|| panic!("no club in {:?}", doc.annotations.entities));
        assert_eq!(entity.key_name(), "Crystal Palace", "{entity:?}");
        let graph = article_graph(article, &doc);
        assert!(
            graph
                .entity_quads
                .iter()
                .any(|q| q.subject == club.clone().into()),
            "the club's IRI is {club} in {}",
            article.key
        );
        store.put_article(&graph).unwrap();
    }
    // The label is each article's own fullest name: the first one stored, the other an
    // alternative.
    let labels: BTreeSet<String> = store
        .store()
        .quads_for_pattern(Some(club.as_ref().into()), None, None, None)
        .map(|q| q.unwrap())
        .filter(|q| {
            q.predicate == rdfs::LABEL
                || q.predicate.as_str() == "http://www.w3.org/2004/02/skos/core#altLabel"
        })
        .map(|q| match q.object {
            Term::Literal(l) => l.value().to_owned(),
            other => panic!("not a literal: {other}"),
        })
        .collect();
    assert_eq!(
        labels,
        BTreeSet::from(["Crystal Palace".to_owned(), "Crystal Palace FC".to_owned()])
    );
}
