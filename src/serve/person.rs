//! The JSON behind the person page: find an entity by any spelling, then everything about it.
//!
//! - `/api/search?q=NAME` answers from the view's in-memory index of every name of every entity
//!   (`names.rs`): the whole name, its start, the start of its words, any part of it, or
//!   another spelling of it.
//! - `/api/entity?iri=IRI` gives the entity's names and roles; its statements (quotes and
//!   reported speech) with date, outlet, and the sentence around each split at the stored
//!   character offsets so the page can mark the exact words; its relations both ways; which of
//!   its quotes other articles carry and which of its words are credited to someone else
//!   (`compare.rs`: the bundled `corroborated-quotes` and `conflicting-attributions` for this
//!   entity alone, by index look-ups from its own quotations).

use super::compare::{self, Group};
use super::{Call, Handled, Reply, View};
use crate::extract::segment;
use crate::lexicon::Lexicon;
use crate::model::vocab::schema;
use crate::query;
use crate::store::GraphStore;
use oxigraph::model::{NamedNodeRef, Term};
use oxigraph::sparql::QueryResults;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

/// One result row: variable name → value (IRIs and literals as their plain string).
pub(crate) type Row = BTreeMap<String, String>;

/// Most entities a search returns.
const SEARCH_LIMIT: usize = 20;

const PROFILE: &str = include_str!("queries/profile.rq");
const STATEMENTS: &str = include_str!("queries/statements.rq");
const RELATIONS: &str = include_str!("queries/relations.rq");

/// Runs a SELECT query to rows.
fn rows(
    store: &GraphStore,
    sparql: &str,
    params: &[(String, String)],
) -> Result<Vec<Row>, query::QueryError> {
    let QueryResults::Solutions(solutions) = query::run(store, sparql, params)? else {
        return Ok(Vec::new());
    };
    let mut rows = Vec::new();
    for solution in solutions {
        let solution = solution.map_err(query::QueryError::from)?;
        let row: Row = solution
            .iter()
            .map(|(variable, term)| (variable.as_str().to_string(), plain(term)))
            .collect();
        rows.push(row);
    }
    Ok(rows)
}

fn plain(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::BlankNode(b) => b.to_string(),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// `/api/search?q=NAME`: the best matches first, each with the name that matched.
pub(super) fn search(view: &View, call: &Call) -> Handled {
    let typed = call.param("q").unwrap_or("");
    let results: Vec<Value> = view
        .names()?
        .search(typed, SEARCH_LIMIT)
        .into_iter()
        .map(|found| {
            let e = found.entity;
            json!({
                "iri": e.iri,
                "label": e.label,
                "type": e.kind,
                "statements": e.statements,
                "articles": e.articles,
                "name": found.name,
                "match": found.how.as_str(),
            })
        })
        .collect();
    Ok(Reply::json(&json!({ "results": results })))
}

/// `/api/entity?iri=IRI`.
pub(super) fn entity(view: &View, call: &Call) -> Handled {
    let Some(iri) = call.param("iri") else {
        return Ok(Reply::error(400, "give the entity as ?iri=…"));
    };
    let Ok(node) = oxigraph::model::NamedNode::new(iri) else {
        return Ok(Reply::error(400, format!("not an IRI: {iri:?}")));
    };
    let store = &view.store;
    let params = [("entity".to_string(), format!("<{iri}>"))];
    let profile = rows(store, PROFILE, &params)?;
    let Some(label) = profile.iter().find_map(|r| r.get("label").cloned()) else {
        return Ok(Reply::error(404, format!("no entity {iri}")));
    };
    let collect = |key: &str| -> Vec<String> {
        let mut values: Vec<String> = profile.iter().filter_map(|r| r.get(key).cloned()).collect();
        values.sort();
        values.dedup();
        values
    };

    let statements = statements(store, &params)?;
    let relations: Vec<Value> = rows(store, RELATIONS, &params)?
        .into_iter()
        .map(|r| json!(r))
        .collect();
    let shared = compare::shared_words(store.store(), node.as_ref())?;
    Ok(Reply::json(&json!({
        "iri": iri,
        "label": label,
        "types": collect("type"),
        "names": collect("alt"),
        "roles": collect("role"),
        "statements": statements,
        "relations": relations,
        "corroborated": groups(&shared.corroborated),
        "conflicting": groups(&shared.conflicting),
    })))
}

/// Groups of shared words as the page reads them.
fn groups(groups: &[Group]) -> Value {
    serde_json::to_value(groups).unwrap_or(Value::Array(Vec::new()))
}

/// The entity's statements, one per statement, with the sentence around each split into
/// plain and marked parts.
fn statements(
    store: &GraphStore,
    params: &[(String, String)],
) -> Result<Vec<Value>, Box<dyn std::error::Error + Send + Sync>> {
    let rows = rows(store, STATEMENTS, params)?;
    // Rows come one per selector; a split quote has several.
    let mut order: Vec<String> = Vec::new();
    let mut by_statement: HashMap<String, (Row, Vec<(usize, usize)>)> = HashMap::new();
    for row in rows {
        let Some(id) = row.get("statement").cloned() else {
            continue;
        };
        let span = match (row.get("start"), row.get("end")) {
            (Some(s), Some(e)) => s.parse().ok().zip(e.parse().ok()),
            _ => None,
        };
        let entry = by_statement.entry(id.clone()).or_insert_with(|| {
            order.push(id);
            (row.clone(), Vec::new())
        });
        if let Some(span) = span {
            if !entry.1.contains(&span) {
                entry.1.push(span);
            }
        }
    }
    let mut bodies: HashMap<String, Option<Body>> = HashMap::new();
    let mut out = Vec::new();
    for id in order {
        let Some((row, mut spans)) = by_statement.remove(&id) else {
            continue;
        };
        spans.sort_unstable();
        let article = row.get("article").cloned().unwrap_or_default();
        let body = match bodies.get(&article) {
            Some(body) => body.as_ref(),
            None => {
                let body = Body::load(store, &article)?;
                bodies.entry(article.clone()).or_insert(body).as_ref()
            }
        };
        let context = body.and_then(|b| b.context(&spans));
        out.push(json!({
            "statement": id,
            "text": row.get("text"),
            "form": row.get("form"),
            "cue": row.get("cue"),
            "date": row.get("date"),
            "article": article,
            "headline": row.get("headline"),
            "publisher": row.get("publisher"),
            "url": row.get("url"),
            "context": context,
        }));
    }
    Ok(out)
}

/// An article's text and its sentences (byte ranges), for cutting contexts out of it.
struct Body {
    text: String,
    sentences: Vec<std::ops::Range<usize>>,
}

impl Body {
    fn load(
        store: &GraphStore,
        article: &str,
    ) -> Result<Option<Self>, Box<dyn std::error::Error + Send + Sync>> {
        let Ok(node) = NamedNodeRef::new(article) else {
            return Ok(None);
        };
        let quad = store
            .store()
            .quads_for_pattern(Some(node.into()), Some(schema::ARTICLE_BODY), None, None)
            .next()
            .transpose()?;
        let Some(Term::Literal(text)) = quad.map(|q| q.object) else {
            return Ok(None);
        };
        let text = text.value().to_string();
        let sentences = segment::segment(&text, Lexicon::get()).sentences;
        Ok(Some(Self { text, sentences }))
    }

    /// The sentence(s) around the character spans, as `[text, marked]` parts: marked parts
    /// are the spans' exact characters.
    fn context(&self, spans: &[(usize, usize)]) -> Option<Vec<(String, bool)>> {
        let text = &self.text;
        // Character offsets to byte offsets, in one pass over the text.
        let mut wanted: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut bytes: HashMap<usize, usize> = HashMap::new();
        let mut next = wanted.iter().peekable();
        for (chars, (byte, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
            while next.peek().is_some_and(|&&w| w == chars) {
                bytes.insert(chars, byte);
                next.next();
            }
        }
        let spans: Vec<(usize, usize)> = spans
            .iter()
            .filter_map(|(s, e)| Some((*bytes.get(s)?, *bytes.get(e)?)))
            .filter(|(s, e)| s < e)
            .collect();
        let first = spans.iter().map(|s| s.0).min()?;
        let last = spans.iter().map(|s| s.1).max()?;
        let from = self
            .sentences
            .iter()
            .find(|s| s.end > first)
            .map_or(first, |s| s.start.min(first));
        let to = self
            .sentences
            .iter()
            .rev()
            .find(|s| s.start < last)
            .map_or(last, |s| s.end.max(last));
        let mut parts = Vec::new();
        let mut at = from;
        for (s, e) in spans {
            let s = s.max(at);
            if s > at {
                parts.push((text.get(at..s)?.to_string(), false));
            }
            if e > s {
                parts.push((text.get(s..e)?.to_string(), true));
                at = e;
            }
        }
        if to > at {
            parts.push((text.get(at..to)?.to_string(), false));
        }
        Some(parts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Body {
        Body {
            text: text.to_string(),
            sentences: segment::segment(text, Lexicon::get()).sentences,
        }
    }

    #[test]
    fn the_context_is_the_sentence_with_the_exact_words_marked() {
        let b = body("It rained. Anna Berg said “we will win” today. Then it stopped.");
        let start = b.text.chars().position(|c| c == '“').unwrap() + 1;
        let end = start + "we will win".chars().count();
        let parts = b.context(&[(start, end)]).unwrap();
        let joined: String = parts.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(joined.trim(), "Anna Berg said “we will win” today.");
        let marked: Vec<&str> = parts.iter().filter(|p| p.1).map(|p| p.0.as_str()).collect();
        assert_eq!(marked, ["we will win"]);
    }

    #[test]
    fn offsets_past_the_text_give_no_context() {
        assert!(body("Short.").context(&[(10, 20)]).is_none());
    }
}
