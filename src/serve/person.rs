//! The JSON behind the person page: find an entity by any spelling, then everything about it.
//!
//! - `/api/search?q=NAME` looks the name up by its key (`ng:nameKey`, the normalised form every
//!   label and surface form is stored under: an index hit), then, when that finds nobody, by
//!   keys starting with it or with a word starting with it (a scan of the keys).
//! - `/api/entity?iri=IRI` gives the entity's names and roles; its statements (quotes and
//!   reported speech) with date, outlet, and the sentence around each split at the stored
//!   character offsets so the page can mark the exact words; its relations both ways; which of
//!   its quotes other articles carry and which of its words are credited to someone else. The
//!   last two come from the bundled `corroborated-quotes` and `conflicting-attributions` queries,
//!   run once per store view in the background ([`Comparisons`]) and filtered here, since they
//!   compare every quotation; until they are done the entity comes without them (`null`).

use super::{Call, Handled, Reply};
use crate::extract::segment;
use crate::lexicon::Lexicon;
use crate::model::vocab::schema;
use crate::query;
use crate::store::GraphStore;
use oxigraph::model::{NamedNodeRef, Term};
use oxigraph::sparql::QueryResults;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// One result row: variable name → value (IRIs and literals as their plain string).
pub(crate) type Row = BTreeMap<String, String>;

/// Most entities a search returns.
const SEARCH_LIMIT: usize = 20;

const SEARCH_EXACT: &str = include_str!("queries/search-exact.rq");
const SEARCH_PREFIX: &str = include_str!("queries/search-prefix.rq");
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

/// `/api/search?q=NAME`.
pub(super) fn search(store: &GraphStore, call: &Call) -> Handled {
    let q = call.param("q").unwrap_or("").trim();
    if crate::model::name_key(q).is_empty() {
        return Ok(Reply::json(&json!({ "results": [] })));
    }
    let params = [("key".to_string(), q.to_string())];
    let mut found = rows(store, SEARCH_EXACT, &params)?;
    // The scan of every key only when no name has this key (a partial name being typed).
    if found.is_empty() {
        for row in rows(store, SEARCH_PREFIX, &params)? {
            if !found.iter().any(|f| f.get("entity") == row.get("entity")) {
                found.push(row);
            }
        }
    }
    // One entry per entity (an entity may have two classes).
    let mut results: Vec<Value> = Vec::new();
    for row in found {
        if results.len() >= SEARCH_LIMIT {
            break;
        }
        if results
            .iter()
            .any(|r| r["iri"].as_str() == row.get("entity").map(String::as_str))
        {
            continue;
        }
        results.push(json!({
            "iri": row.get("entity"),
            "label": row.get("label"),
            "type": row.get("type"),
            "statements": row.get("statements").and_then(|n| n.parse::<u64>().ok()).unwrap_or(0),
        }));
    }
    Ok(Reply::json(&json!({ "results": results })))
}

/// `/api/entity?iri=IRI`.
pub(super) fn entity(store: &GraphStore, comparisons: &Comparisons, call: &Call) -> Handled {
    let Some(iri) = call.param("iri") else {
        return Ok(Reply::error(400, "give the entity as ?iri=…"));
    };
    if oxigraph::model::NamedNode::new(iri).is_err() {
        return Ok(Reply::error(400, format!("not an IRI: {iri:?}")));
    }
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
    // One wait for both comparisons, not one each.
    let deadline = Instant::now() + COMPARISON_WAIT;
    let corroborated = shared_words(comparisons, "corroborated-quotes", &label, false, deadline);
    let conflicting = shared_words(
        comparisons,
        "conflicting-attributions",
        &label,
        true,
        deadline,
    );
    Ok(Reply::json(&json!({
        "iri": iri,
        "label": label,
        "types": collect("type"),
        "names": collect("alt"),
        "roles": collect("role"),
        "statements": statements,
        "relations": relations,
        "corroborated": corroborated,
        "conflicting": conflicting,
    })))
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

/// The bundled queries that compare every quotation of the store with every other.
const COMPARISONS: [&str; 2] = ["corroborated-quotes", "conflicting-attributions"];

/// How long a page request waits for comparisons still being computed (they take seconds on a
/// large store) before it answers without them.
const COMPARISON_WAIT: Duration = Duration::from_secs(2);

/// A comparison's rows, or why they could not be computed.
type Compared = Result<Arc<Vec<Row>>, String>;

/// The rows of [`COMPARISONS`] for the current store view, computed in the background when the
/// view opens: on BBC+Reuters each takes tens of seconds, which no page view should wait for.
pub(crate) struct Comparisons {
    /// Query name → its rows, or why they could not be computed.
    rows: Mutex<HashMap<&'static str, Compared>>,
    ready: Condvar,
    /// Bumped when the store view changes, so a computation on an old view is dropped.
    generation: AtomicU64,
}

impl Comparisons {
    pub(crate) fn new() -> Self {
        Self {
            rows: Mutex::new(HashMap::new()),
            ready: Condvar::new(),
            generation: AtomicU64::new(0),
        }
    }

    /// Forgets the rows of the old view and computes those of `store` on a thread of its own.
    pub(crate) fn compute_in_background(self: &Arc<Self>, store: Arc<GraphStore>) {
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        self.rows.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let this = Arc::clone(self);
        std::thread::spawn(move || {
            for name in COMPARISONS {
                let sparql = query::find(name).map(|q| q.sparql).unwrap_or_default();
                let computed = rows(&store, sparql, &[])
                    .map(Arc::new)
                    .map_err(|e| super::error_chain(&e));
                let mut map = this.rows.lock().unwrap_or_else(|e| e.into_inner());
                if this.generation.load(Ordering::SeqCst) != generation {
                    return;
                }
                map.insert(name, computed);
                this.ready.notify_all();
            }
        });
    }

    /// The rows of `name`, waiting for them until `deadline`: `None` while they are being
    /// computed.
    fn get(&self, name: &'static str, deadline: Instant) -> Option<Compared> {
        let map = self.rows.lock().unwrap_or_else(|e| e.into_inner());
        let wait = deadline.saturating_duration_since(Instant::now());
        let (map, _) = self
            .ready
            .wait_timeout_while(map, wait, |m| !m.contains_key(name))
            .unwrap_or_else(|e| e.into_inner());
        map.get(name).cloned()
    }
}

/// The groups of shared words (rows with the same `text`) in which `label` is credited with
/// one quotation; with `others_only`, only the other speakers' quotations of each group are
/// listed. `null` while the comparison is still running; a message if it failed.
fn shared_words(
    comparisons: &Comparisons,
    name: &'static str,
    label: &str,
    others_only: bool,
    deadline: Instant,
) -> Value {
    let rows = match comparisons.get(name, deadline) {
        None => return Value::Null,
        Some(Err(message)) => return json!({ "error": message }),
        Some(Ok(rows)) => rows,
    };
    let mut groups: BTreeMap<String, Vec<&Row>> = BTreeMap::new();
    for row in rows.iter() {
        if let Some(text) = row.get("text") {
            groups.entry(text.clone()).or_default().push(row);
        }
    }
    let mut out = Vec::new();
    for (text, members) in groups {
        let speaker = |r: &&Row| r.get("speakerName").map(String::as_str) == Some(label);
        if !members.iter().any(speaker) {
            continue;
        }
        let listed: Vec<Value> = members
            .iter()
            .filter(|r| !others_only || !speaker(r))
            .map(|r| json!(r))
            .collect();
        out.push(json!({ "text": text, "quotations": listed }));
    }
    Value::Array(out)
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
