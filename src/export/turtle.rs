//! Turtle for people: sophia's pretty serializer, with only the prefixes the graph uses.
//!
//! Entry point: [`write_pretty`].
//!
//! # Rationale
//!
//! - Oxigraph's Turtle writer streams: one subject after another, in store order, with every
//!   prefix it was given. That is right for `newsgraph extract` and for machines, but a person
//!   opening `graph.ttl` wants every subject once, subjects sorted, predicates grouped and
//!   nested blank nodes inlined. sophia's pretty serializer does that and sorts everything, so the
//!   same store always gives the same bytes.
//! - sophia declares every prefix of its map, so the map handed to it holds only the prefixes
//!   some IRI of the graph is written with: a prefix is declared once, and only when used.
//! - Besides the vocabulary prefixes of [`vocab::PREFIXES`], articles and entities get a prefix
//!   per kind (`article:3d2653d02d3e5992`, `person:vladimir-putin`, `country:china`), which
//!   makes the file readable; statements and events keep full IRIs, their local names have
//!   slashes.
//! - The pretty serializer needs the whole graph in memory (it has to see every triple of a
//!   subject before writing it). For stores too large for that, N-Triples and N-Quads stream.
//!   sophia is called once per subject, in order, because its prettifier scans its whole input
//!   for every subject (quadratic on a whole store); the bytes are the same as in one call.

use super::ExportError;
use crate::model::vocab;
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{BlankNode, Literal, NamedOrBlankNode, Term, Triple};
use sophia_api::prefix::{Prefix, PrefixMapPair};
use sophia_api::prelude::Iri;
use sophia_api::serializer::TripleSerializer;
use sophia_api::source::StreamError;
use sophia_api::term::{BnodeId, IriRef, LanguageTag, SimpleTerm};
use sophia_api::MownStr;
use sophia_turtle::serializer::turtle::{TurtleConfig, TurtleSerializer};
use std::collections::{BTreeSet, HashSet};
use std::io::Write;

/// Writes `triples` (duplicates are dropped) as pretty Turtle and returns the writer.
pub fn write_pretty<W: Write>(
    triples: impl IntoIterator<Item = Triple>,
    mut writer: W,
) -> Result<W, ExportError> {
    let triples: HashSet<Triple> = triples.into_iter().collect();
    let prefixes = used_prefixes(&triples);
    let config = TurtleConfig::new()
        .with_pretty(true)
        .with_indentation("    ")
        .with_own_prefix_map(
            prefixes
                .iter()
                .map(|(p, ns)| -> PrefixMapPair {
                    (
                        Prefix::new_unchecked(Box::from(*p)),
                        Iri::new_unchecked(ns.clone().into_boxed_str()),
                    )
                })
                .collect(),
        );
    // Blank nodes are written nested inside the subject that refers to them, which needs the
    // whole graph in one call; newsgraph's own graphs have none.
    let has_blank_nodes = triples.iter().any(|t| {
        matches!(t.subject, NamedOrBlankNode::BlankNode(_))
            || matches!(t.object, Term::BlankNode(_))
    });
    let mut sorted: Vec<Triple> = triples.into_iter().collect();
    sorted.sort_unstable_by(|a, b| subject_key(a).cmp(&subject_key(b)));

    for (p, ns) in &prefixes {
        writeln!(writer, "PREFIX {p}: <{ns}>")?;
    }
    // sophia's prettifier looks a subject's triples up by scanning its whole input, so one call
    // over a large graph is quadratic: call it once per subject instead (same bytes).
    let mut chunk: Vec<[SimpleTerm<'static>; 3]> = Vec::new();
    for (i, t) in sorted.iter().enumerate() {
        chunk.push([
            subject_term(&t.subject),
            iri_term(t.predicate.as_str()),
            object_term(&t.object),
        ]);
        let subject_ends = sorted
            .get(i + 1)
            .is_none_or(|next| subject_key(next) != subject_key(t));
        if !has_blank_nodes && subject_ends {
            write_chunk(&chunk, &config, prefixes.len(), &mut writer)?;
            chunk.clear();
        }
    }
    if !chunk.is_empty() {
        write_chunk(&chunk, &config, prefixes.len(), &mut writer)?;
    }
    Ok(writer)
}

/// The order sophia writes subjects in: IRIs (by string) before blank nodes.
fn subject_key(t: &Triple) -> (bool, &str) {
    match &t.subject {
        NamedOrBlankNode::NamedNode(n) => (false, n.as_str()),
        NamedOrBlankNode::BlankNode(b) => (true, b.as_str()),
    }
}

/// Pretty-prints whole subjects with sophia, without the prefix declarations it starts with.
fn write_chunk<W: Write>(
    chunk: &[[SimpleTerm<'static>; 3]],
    config: &TurtleConfig,
    prefix_lines: usize,
    writer: &mut W,
) -> Result<(), ExportError> {
    let mut buf = Vec::new();
    TurtleSerializer::new_with_config(&mut buf, config.clone())
        .serialize_graph(&chunk)
        .map_err(|e| match e {
            StreamError::SourceError(never) => match never {},
            StreamError::SinkError(io) => ExportError::Io(io),
        })?;
    let mut body = buf.as_slice();
    for _ in 0..prefix_lines {
        let end = body
            .iter()
            .position(|&b| b == b'\n')
            .map_or(body.len(), |i| i + 1);
        body = &body[end..];
    }
    writer.write_all(body)?;
    Ok(())
}

/// Instance prefixes: one per kind of node whose local names have no slash.
const INSTANCE_PREFIXES: &[&str] = &[
    "article",
    "person",
    "organization",
    "country",
    "place",
    "event",
    "thing",
];

/// Every prefix the Turtle export may declare: the vocabulary's, then the instance kinds'.
fn prefix_table() -> Vec<(&'static str, String)> {
    vocab::PREFIXES
        .iter()
        .map(|(p, ns)| (*p, ns.to_string()))
        .chain(
            INSTANCE_PREFIXES
                .iter()
                .map(|p| (*p, format!("{}{p}/", vocab::ID))),
        )
        .collect()
}

/// The prefixes of [`prefix_table`] that the serializer will write some IRI with, in that
/// order.
fn used_prefixes(triples: &HashSet<Triple>) -> Vec<(&'static str, String)> {
    let table = prefix_table();
    let mut used: BTreeSet<usize> = BTreeSet::new();
    let mut note = |iri: &str| {
        if let Some(i) = prefix_for(&table, iri) {
            used.insert(i);
        }
    };
    for t in triples {
        if let NamedOrBlankNode::NamedNode(s) = &t.subject {
            note(s.as_str());
        }
        // `rdf:type` as a predicate is written `a`.
        if t.predicate != rdf::TYPE {
            note(t.predicate.as_str());
        }
        match &t.object {
            Term::NamedNode(o) => note(o.as_str()),
            Term::Literal(l) if l.language().is_none() && !is_written_bare(l) => {
                note(l.datatype().as_str())
            }
            _ => {}
        }
    }
    used.into_iter().map(|i| table[i].clone()).collect()
}

/// The index in `table` of the longest namespace `iri` can be abbreviated with.
fn prefix_for(table: &[(&str, String)], iri: &str) -> Option<usize> {
    table
        .iter()
        .enumerate()
        .filter(|(_, (_, ns))| iri.len() > ns.len() && iri.starts_with(ns))
        .max_by_key(|(_, (_, ns))| ns.len())
        .filter(|(_, (_, ns))| is_simple_local_name(&iri[ns.len()..]))
        .map(|(i, _)| i)
}

/// A local name any Turtle writer can use without escapes: ASCII letters, digits, `_`, `-` and
/// inner dots. Stricter than Turtle's `PN_LOCAL`, so a prefix counted as used is one sophia can
/// use; an IRI whose local name needs more is written in full.
fn is_simple_local_name(local: &str) -> bool {
    let mut chars = local.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    first_ok
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !local.ends_with('.')
}

/// Literals sophia writes without a datatype: strings, and numbers and booleans in their
/// canonical lexical form.
fn is_written_bare(l: &Literal) -> bool {
    let v = l.value();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = v.strip_prefix(['+', '-']).unwrap_or(v);
    match l.datatype() {
        d if d == xsd::STRING => true,
        d if d == xsd::INTEGER => digits(unsigned),
        d if d == xsd::DECIMAL => unsigned
            .split_once('.')
            .is_some_and(|(int, frac)| (int.is_empty() || digits(int)) && digits(frac)),
        d if d == xsd::BOOLEAN => v == "true" || v == "false",
        // Doubles: sophia writes some bare; counting `xsd:` as used for them is harmless only if
        // another term uses it, so never claim it here.
        _ => false,
    }
}

fn iri_term(iri: &str) -> SimpleTerm<'static> {
    SimpleTerm::Iri(IriRef::new_unchecked(MownStr::from(iri.to_string())))
}

fn bnode_term(b: &BlankNode) -> SimpleTerm<'static> {
    SimpleTerm::BlankNode(BnodeId::new_unchecked(MownStr::from(
        b.as_str().to_string(),
    )))
}

fn subject_term(s: &NamedOrBlankNode) -> SimpleTerm<'static> {
    match s {
        NamedOrBlankNode::NamedNode(n) => iri_term(n.as_str()),
        NamedOrBlankNode::BlankNode(b) => bnode_term(b),
    }
}

fn object_term(o: &Term) -> SimpleTerm<'static> {
    match o {
        Term::NamedNode(n) => iri_term(n.as_str()),
        Term::BlankNode(b) => bnode_term(b),
        Term::Literal(l) => literal_term(l),
    }
}

fn literal_term(l: &Literal) -> SimpleTerm<'static> {
    let value = MownStr::from(l.value().to_string());
    match l.language() {
        Some(lang) => SimpleTerm::LiteralLanguage(
            value,
            LanguageTag::new_unchecked(MownStr::from(lang.to_string())),
            None,
        ),
        None => SimpleTerm::LiteralDatatype(
            value,
            IriRef::new_unchecked(MownStr::from(l.datatype().as_str().to_string())),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::NamedNode;

    /// The IRI of a prefix's namespace.
    fn ns(prefix: &str) -> NamedNode {
        let (_, ns) = vocab::PREFIXES
            .iter()
            .find(|(p, _)| *p == prefix)
            .expect("known prefix");
        NamedNode::new_unchecked(*ns)
    }

    fn nn(s: &str) -> NamedNode {
        NamedNode::new_unchecked(s)
    }

    fn turtle(triples: Vec<Triple>) -> String {
        String::from_utf8(write_pretty(triples, Vec::new()).unwrap()).unwrap()
    }

    #[test]
    fn only_used_prefixes_are_declared_once() {
        let putin = nn(&format!("{}person/vladimir-putin", vocab::ID));
        let out = turtle(vec![
            Triple::new(
                putin.clone(),
                rdf::TYPE,
                nn(&format!("{}Person", ns("schema").as_str())),
            ),
            Triple::new(
                putin.clone(),
                nn(&format!("{}label", ns("rdfs").as_str())),
                Literal::new_simple_literal("Vladimir Putin"),
            ),
            Triple::new(
                putin,
                nn(&format!("{}count", vocab::NG)),
                Literal::from(3_u64),
            ),
        ]);
        let prefixes: Vec<&str> = out.lines().filter(|l| l.starts_with("PREFIX")).collect();
        assert_eq!(
            prefixes,
            [
                "PREFIX ng: <https://w3id.org/newsgraph/ontology#>",
                "PREFIX schema: <http://schema.org/>",
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
                "PREFIX person: <https://w3id.org/newsgraph/id/person/>",
            ],
            "{out}"
        );
        assert!(
            out.contains("person:vladimir-putin a schema:Person"),
            "{out}"
        );
        assert!(out.contains("ng:count 3"), "{out}");
    }

    #[test]
    fn output_does_not_depend_on_input_order() {
        let a = |n: &str| {
            Triple::new(
                nn(&format!("{}x/{n}", vocab::ID)),
                nn(&format!("{}text", vocab::NG)),
                Literal::new_typed_literal("2023-03-21", xsd::DATE),
            )
        };
        let forward = turtle(vec![a("1"), a("2"), a("3")]);
        let backward = turtle(vec![a("3"), a("2"), a("1")]);
        assert_eq!(forward, backward);
        let first = forward.find("x/1").unwrap();
        assert!(first < forward.find("x/2").unwrap() && first < forward.find("x/3").unwrap());
        assert!(forward.contains("PREFIX xsd:"), "{forward}");
    }

    #[test]
    fn chunked_output_equals_one_call_of_sophia() {
        let triples: Vec<Triple> = (0..40)
            .flat_map(|i| {
                let s = nn(&format!("{}person/p{i:05}", vocab::ID));
                [
                    Triple::new(s.clone(), rdf::TYPE, nn(&format!("{}Entity", vocab::NG))),
                    Triple::new(
                        s,
                        nn(&format!("{}label", ns("rdfs").as_str())),
                        Literal::new_simple_literal(format!("P {i}")),
                    ),
                ]
            })
            .collect();
        let chunked = turtle(triples.clone());
        let set: HashSet<Triple> = triples.iter().cloned().collect();
        let config = TurtleConfig::new()
            .with_pretty(true)
            .with_indentation("    ")
            .with_own_prefix_map(
                used_prefixes(&set)
                    .into_iter()
                    .map(|(p, ns)| -> PrefixMapPair {
                        (
                            Prefix::new_unchecked(Box::from(p)),
                            Iri::new_unchecked(ns.into_boxed_str()),
                        )
                    })
                    .collect(),
            );
        let graph: Vec<[SimpleTerm<'static>; 3]> = triples
            .iter()
            .map(|t| {
                [
                    subject_term(&t.subject),
                    iri_term(t.predicate.as_str()),
                    object_term(&t.object),
                ]
            })
            .collect();
        let mut whole = Vec::new();
        TurtleSerializer::new_with_config(&mut whole, config)
            .serialize_graph(&graph)
            .unwrap();
        assert_eq!(chunked, String::from_utf8(whole).unwrap());
    }

    #[test]
    fn local_names_needing_escapes_are_written_in_full() {
        assert!(is_simple_local_name("met"));
        assert!(is_simple_local_name("Person"));
        assert!(!is_simple_local_name("a/b"));
        assert!(!is_simple_local_name("end."));
        assert!(!is_simple_local_name(""));
        let table = prefix_table();
        assert_eq!(prefix_for(&table, &format!("{}a%20b", vocab::NG)), None);
        assert_eq!(
            prefix_for(&table, &format!("{}statement/abc/1-2", vocab::ID)),
            None
        );
        let person = prefix_for(&table, &format!("{}person/vladimir-putin", vocab::ID));
        assert_eq!(person.map(|i| table[i].0), Some("person"));
    }
}
