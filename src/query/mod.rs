//! The bundled SPARQL queries and the code that runs them and writes their results.
//!
//! Entry points: [`bundled`] / [`find`] for the queries of `queries/*.rq` (compiled into the
//! binary), [`run`] to evaluate any SPARQL query over a [`GraphStore`], and [`write_results`] to
//! print the results as an aligned table or as SPARQL 1.1 CSV, TSV, JSON or XML;
//! [`SparqlEndpoint`] (`remote.rs`) to run one on another SPARQL store.
//!
//! # Rationale
//!
//! - Queries run with the **union of all graphs as the default graph** (unless the query names
//!   its own dataset with `FROM`): facts live in per-article graphs and entity descriptions in a
//!   shared one, and a query should not have to know that.
//! - Parameters are bound with Oxigraph's variable substitution, never by splicing text into the
//!   query: `--param speaker=Putin` binds `?_speaker`, and a value cannot change the query.
//! - A parameter the query lists in a `#+ name-keys:` header is bound as its look-up key
//!   ([`crate::model::name_key`]: `Putin` → `putin`), the form entities store as `ng:nameKey`, so
//!   the query finds the entity by an exact index match instead of comparing every label.

mod name_keys;
pub mod remote;
mod table;

use crate::store::GraphStore;
use oxigraph::model::{Literal, NamedNode, Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    QueryEvaluationError, QueryResults, QuerySolution, QuerySolutionIter, SparqlEvaluator,
    SparqlSyntaxError,
};
use std::io::Write;
use std::sync::Arc;

pub use name_keys::add_missing_name_keys;
pub use remote::{bind_with_values, RemoteError, SparqlEndpoint};
pub use table::write_table;

/// Errors of the query module.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    #[error("invalid SPARQL query")]
    Syntax(#[from] SparqlSyntaxError),
    #[error(
        "the query is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, …) are not accepted"
    )]
    Update,
    #[error("query evaluation failed")]
    Evaluation(#[from] QueryEvaluationError),
    #[error("the query needs --param {name}=VALUE (it uses ?_{name})")]
    MissingParam { name: String },
    #[error("the query has no ?_{name} placeholder for --param {name}")]
    UnknownParam { name: String },
    #[error("invalid --param {0:?}: expected NAME=VALUE")]
    BadParam(String),
    #[error("invalid IRI in --param {name}")]
    BadIri {
        name: String,
        #[source]
        source: oxigraph::model::IriParseError,
    },
    #[error(
        "cannot add the name keys (ng:nameKey) or role lists (ng:roleList) of the stored entities, \
         or the text keys (ng:textKey) of the stored quotations"
    )]
    NameKeys(#[source] oxigraph::store::StorageError),
    #[error(
        "this store was written by an older newsgraph and its entities have no name keys \
         (ng:nameKey), which this query looks names up by; run `newsgraph ingest` on it once \
         (with any article) to add them"
    )]
    NoNameKeys,
    #[error(
        "this store was written by an older newsgraph and its entities have no role lists \
         (ng:roleList), which this query reads roles from; run `newsgraph ingest` on it once \
         (with any article) to add them"
    )]
    NoRoleLists,
    #[error(
        "this store was written by an older newsgraph and its quotations have no text keys \
         (ng:textKey), which this query compares them by; run `newsgraph ingest` on it once \
         (with any article) to add them"
    )]
    NoTextKeys,
    #[error(
        "this store was written by an older newsgraph and its statements and events have no \
         reading order (ng:effectiveDate, ng:start, ng:articleOrder), which this query orders them \
         by; run `newsgraph ingest` on it once (with any article) to add them"
    )]
    NoReadingOrder,
    #[error("cannot add the reading order (ng:effectiveDate, ng:start) of the stored statements")]
    ReadingOrder(#[from] crate::store::ReadingOrderError),
    #[error("cannot write query results")]
    Io(#[from] std::io::Error),
}

/// A query of `queries/`, compiled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BundledQuery {
    /// The file stem, used as the CLI name: `who-said-what`.
    pub name: &'static str,
    /// The SPARQL text.
    pub sparql: &'static str,
    /// The same query in plain SPARQL 1.1 (`queries/portable/NAME.rq`), when the text above
    /// uses what only Oxigraph has (`LATERAL`).
    portable: Option<&'static str>,
}

impl BundledQuery {
    /// The `#+ summary:` header line.
    pub fn summary(&self) -> &'static str {
        header(self.sparql, "summary").unwrap_or("")
    }

    /// The `?_name` placeholders the query expects as `--param name=…`.
    pub fn params(&self) -> Vec<String> {
        placeholders(self.sparql)
    }

    /// The text to send to another SPARQL 1.1 store (Virtuoso, the Oxigraph server, GraphDB):
    /// the portable version of `queries/portable/` where the query has one, else the query
    /// itself, which is plain SPARQL 1.1 already. Same variables, same rows.
    pub fn portable_sparql(&self) -> &'static str {
        self.portable.unwrap_or(self.sparql)
    }

    /// Whether the query has a separate portable version ([`Self::portable_sparql`]).
    pub fn has_portable_version(&self) -> bool {
        self.portable.is_some()
    }
}

macro_rules! bundled {
    ($($name:literal $(portable $portable:literal)?),* $(,)?) => {
        &[$(BundledQuery {
            name: $name,
            sparql: include_str!(concat!("../../queries/", $name, ".rq")),
            portable: bundled!(@portable $($portable)?),
        }),*]
    };
    (@portable) => { None };
    (@portable $name:literal) => {
        Some(include_str!(concat!("../../queries/portable/", $name, ".rq")))
    };
}

const BUNDLED: &[BundledQuery] = bundled!(
    "who-said-what",
    "relations",
    "entities",
    "quotes-by",
    "timeline",
    "who-met-whom",
    "about" portable "about",
    "corroborated-quotes",
    "conflicting-attributions",
);

/// The bundled queries, in the order `newsgraph queries` lists them.
pub fn bundled() -> &'static [BundledQuery] {
    BUNDLED
}

/// A bundled query by name.
pub fn find(name: &str) -> Option<&'static BundledQuery> {
    BUNDLED.iter().find(|q| q.name == name)
}

/// The value of a grlc-style `#+ key: value` header line.
pub fn header<'a>(sparql: &'a str, key: &str) -> Option<&'a str> {
    sparql
        .lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .filter_map(|l| l.strip_prefix("#+"))
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim() == key).then(|| v.trim())
        })
}

/// The distinct `?_name` / `$_name` placeholders of a query, in order of appearance.
pub fn placeholders(sparql: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in sparql.lines() {
        let code = strip_comment(line);
        let bytes = code.as_bytes();
        let mut i = 0;
        while i + 1 < bytes.len() {
            if (bytes[i] == b'?' || bytes[i] == b'$') && bytes[i + 1] == b'_' {
                let start = i + 2;
                let end = code[start..]
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .map_or(code.len(), |n| start + n);
                let name = &code[start..end];
                if !name.is_empty() && !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
                i = end;
            } else {
                i += 1;
            }
        }
    }
    names
}

/// The line without a trailing `#` comment (a `#` inside an IRI or a string is kept).
fn strip_comment(line: &str) -> &str {
    let mut in_iri = false;
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        match (c, quote) {
            ('"' | '\'', None) if !in_iri => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            ('<', None) => in_iri = true,
            ('>', None) => in_iri = false,
            ('#', None) if !in_iri => return &line[..i],
            _ => {}
        }
    }
    line
}

/// The parameters a query binds as name look-up keys: its `#+ name-keys:` header, names
/// separated by spaces or commas.
fn name_key_params(sparql: &str) -> Vec<&str> {
    header(sparql, "name-keys")
        .map(|names| names.split([' ', ',']).filter(|n| !n.is_empty()).collect())
        .unwrap_or_default()
}

/// Parses `NAME=VALUE` pairs from the command line.
pub fn parse_params(args: &[String]) -> Result<Vec<(String, String)>, QueryError> {
    args.iter()
        .map(|a| {
            let (k, v) = a
                .split_once('=')
                .ok_or_else(|| QueryError::BadParam(a.clone()))?;
            let k = k
                .trim()
                .trim_start_matches(['?', '$'])
                .trim_start_matches('_');
            if k.is_empty() {
                return Err(QueryError::BadParam(a.clone()));
            }
            Ok((k.to_string(), v.to_string()))
        })
        .collect()
}

/// Checks that a query parses, without a store.
pub fn check(sparql: &str) -> Result<(), QueryError> {
    parse(sparql).map(drop)
}

/// Parses a read query; an update is refused by name rather than as a syntax error.
fn parse(sparql: &str) -> Result<oxigraph::sparql::PreparedSparqlQuery, QueryError> {
    SparqlEvaluator::new().parse_query(sparql).map_err(|e| {
        if SparqlEvaluator::new().parse_update(sparql).is_ok() {
            QueryError::Update
        } else {
            QueryError::Syntax(e)
        }
    })
}

/// Evaluates a SPARQL query over the store, with the union of all graphs as the default graph,
/// binding each `(name, value)` of `params` to the placeholder `?_name`. A value written `<…>` is
/// an IRI, anything else a plain string.
pub fn run(
    store: &GraphStore,
    sparql: &str,
    params: &[(String, String)],
) -> Result<QueryResults<'static>, QueryError> {
    let results = prepare(store, sparql, params)?
        .on_store(store.store())
        .execute()?;
    Ok(hide_placeholders(results))
}

/// Runs a query like [`run`] to the end, drops its results and returns Oxigraph's plan with the
/// number of rows and the time of every step (JSON): how to see which step of a slow query costs.
pub fn explain(
    store: &GraphStore,
    sparql: &str,
    params: &[(String, String)],
) -> Result<String, QueryError> {
    let (results, explanation) = prepare(store, sparql, params)?
        .on_store(store.store())
        .compute_statistics()
        .explain();
    if let QueryResults::Solutions(solutions) = results? {
        for solution in solutions {
            solution?;
        }
    }
    let mut json = Vec::new();
    explanation.write_in_json(&mut json)?;
    Ok(String::from_utf8_lossy(&json).into_owned())
}

/// Evaluates a query as a SPARQL client sends it (the `/sparql` endpoint of `newsgraph serve`):
/// like [`run`] without parameters, but a `?_name` variable is an ordinary variable, which the
/// query may bind itself (a `VALUES` clause, as `query --endpoint` sends bundled queries) or
/// leave free. Placeholder columns are still left out of the results.
pub fn run_sparql(store: &GraphStore, sparql: &str) -> Result<QueryResults<'static>, QueryError> {
    let results = prepare_checked(store, sparql, &[], false)?
        .on_store(store.store())
        .execute()?;
    Ok(hide_placeholders(results))
}

/// Checks `params` against the query's `?_name` placeholders: each placeholder has a value, and
/// each value a placeholder.
fn check_params(sparql: &str, params: &[(String, String)]) -> Result<(), QueryError> {
    let expected = placeholders(sparql);
    for (name, _) in params {
        if !expected.contains(name) {
            return Err(QueryError::UnknownParam { name: name.clone() });
        }
    }
    if let Some(missing) = expected
        .iter()
        .find(|name| !params.iter().any(|(n, _)| n == *name))
    {
        return Err(QueryError::MissingParam {
            name: missing.clone(),
        });
    }
    Ok(())
}

/// The term a parameter binds: its name key for a `#+ name-keys:` parameter, an IRI for a value
/// written `<…>`, else a plain string.
fn param_term(name: &str, value: &str, name_keys: &[&str]) -> Result<Term, QueryError> {
    let iri = value.strip_prefix('<').and_then(|v| v.strip_suffix('>'));
    Ok(match iri {
        _ if name_keys.contains(&name) => {
            Literal::new_simple_literal(crate::model::name_key(value)).into()
        }
        Some(iri) => NamedNode::new(iri)
            .map_err(|source| QueryError::BadIri {
                name: name.to_string(),
                source,
            })?
            .into(),
        None => Literal::new_simple_literal(value).into(),
    })
}

/// Checks the parameters against the placeholders, parses the query and binds the parameters.
fn prepare(
    store: &GraphStore,
    sparql: &str,
    params: &[(String, String)],
) -> Result<oxigraph::sparql::PreparedSparqlQuery, QueryError> {
    prepare_checked(store, sparql, params, true)
}

/// [`prepare`], with the check that every placeholder is bound only when `check_placeholders`.
fn prepare_checked(
    store: &GraphStore,
    sparql: &str,
    params: &[(String, String)],
    check_placeholders: bool,
) -> Result<oxigraph::sparql::PreparedSparqlQuery, QueryError> {
    if check_placeholders {
        check_params(sparql, params)?;
    }
    let name_keys = name_key_params(sparql);
    let store_is_read_only = store.is_read_only();
    let mut prepared = parse(sparql)?;
    if !name_keys.is_empty() {
        // A read-only store cannot gain keys: it says so rather than finding nobody.
        if store.is_read_only() {
            if !name_keys::has_name_keys(store).map_err(QueryError::NameKeys)? {
                return Err(QueryError::NoNameKeys);
            }
        } else {
            add_missing_name_keys(store).map_err(QueryError::NameKeys)?;
        }
    }
    if sparql.contains("roleList") {
        let store = store.store();
        if !crate::store::has_role_lists(store).map_err(QueryError::NameKeys)? {
            if store_is_read_only {
                return Err(QueryError::NoRoleLists);
            }
            crate::store::add_missing_role_lists(store).map_err(QueryError::NameKeys)?;
        }
    }
    if sparql.contains("textKey") {
        let store = store.store();
        if !crate::store::has_text_keys(store).map_err(QueryError::NameKeys)? {
            if store_is_read_only {
                return Err(QueryError::NoTextKeys);
            }
            crate::store::add_missing_text_keys(store).map_err(QueryError::NameKeys)?;
        }
    }
    if sparql.contains("ng:effectiveDate")
        || sparql.contains("ng:start")
        || sparql.contains("ng:articleOrder")
    {
        let store = store.store();
        let has = crate::store::has_reading_order(store)
            .map_err(|e| QueryError::ReadingOrder(e.into()))?;
        if !has {
            if store_is_read_only {
                return Err(QueryError::NoReadingOrder);
            }
            crate::store::add_missing_reading_order(store)?;
        }
    }
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    for (name, value) in params {
        let term = param_term(name, value, &name_keys)?;
        prepared = prepared.substitute_variable(Variable::new_unchecked(format!("_{name}")), term);
    }
    Ok(prepared)
}

/// Drops the `?_name` placeholder columns from SELECT results: Oxigraph only binds projected
/// variables, so parameterised queries project their placeholders, but they are not results.
fn hide_placeholders(results: QueryResults<'static>) -> QueryResults<'static> {
    let QueryResults::Solutions(solutions) = results else {
        return results;
    };
    let all: Vec<Variable> = solutions.variables().to_vec();
    if !all.iter().any(|v| v.as_str().starts_with('_')) {
        return QueryResults::Solutions(solutions);
    }
    let keep: Vec<usize> = (0..all.len())
        .filter(|&i| !all[i].as_str().starts_with('_'))
        .collect();
    let variables: Arc<[Variable]> = keep.iter().map(|&i| all[i].clone()).collect();
    let vars = Arc::clone(&variables);
    QueryResults::Solutions(QuerySolutionIter::new(
        variables,
        solutions.map(move |solution| {
            let solution = solution?;
            let values = keep
                .iter()
                .map(|&i| solution.get(i).cloned())
                .collect::<Vec<Option<Term>>>();
            Ok(QuerySolution::from((Arc::clone(&vars), values)))
        }),
    ))
}

/// How to print query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResultFormat {
    /// An aligned text table, for terminals.
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

impl ResultFormat {
    fn sparql(self) -> Option<QueryResultsFormat> {
        match self {
            ResultFormat::Table => None,
            ResultFormat::Csv => Some(QueryResultsFormat::Csv),
            ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
            ResultFormat::Json => Some(QueryResultsFormat::Json),
            ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        }
    }
}

/// Writes query results in `format`. `CONSTRUCT`/`DESCRIBE` results are written as N-Triples
/// (Turtle-compatible) whatever the format.
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultFormat,
    mut writer: impl Write,
) -> Result<(), QueryError> {
    match results {
        QueryResults::Solutions(solutions) => match format.sparql() {
            None => write_table(solutions, &mut writer)?,
            Some(f) => {
                // An error met computing the first row (a SERVICE call, a bad regex) is
                // reported before anything is written: no header without rows after it.
                let variables = solutions.variables().to_vec();
                let mut solutions = solutions.peekable();
                if let Some(Err(e)) = solutions.next_if(Result::is_err) {
                    return Err(e.into());
                }
                let mut serializer = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut writer, variables)?;
                for solution in solutions {
                    serializer.serialize(&solution?)?;
                }
                serializer.finish()?;
            }
        },
        QueryResults::Boolean(value) => match format.sparql() {
            None => writeln!(writer, "{value}")?,
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut writer, value)?;
            }
        },
        QueryResults::Graph(triples) => {
            let mut triples = triples.peekable();
            if let Some(Err(e)) = triples.next_if(Result::is_err) {
                return Err(e.into());
            }
            for triple in triples {
                writeln!(writer, "{} .", triple?)?;
            }
        }
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_query_follows_the_contract() {
        for q in bundled() {
            assert!(!q.summary().is_empty(), "{} has no #+ summary", q.name);
            assert!(q.sparql.contains("SELECT DISTINCT"), "{}", q.name);
            assert!(q.sparql.contains("ORDER BY"), "{}", q.name);
            // Parsing also proves every prefix used is declared.
            if let Err(e) = SparqlEvaluator::new().parse_query(q.sparql) {
                panic!("{}: {e}", q.name);
            }
            let order = order_by_variables(q.sparql);
            for v in projected_variables(q.sparql) {
                assert!(
                    v.starts_with('_') || order.contains(&v),
                    "{}: ORDER BY is not total, ?{v} is missing",
                    q.name
                );
            }
        }
    }

    /// The variables the outermost `SELECT` projects, aggregates (`(… AS ?x)`) included.
    fn projected_variables(sparql: &str) -> Vec<String> {
        let start = sparql.find("\nSELECT").expect("a SELECT line") + 1;
        let end = start + sparql[start..].find("\nWHERE").expect("a WHERE line");
        let clause = &sparql[start..end];
        let mut outside = String::new();
        let mut depth = 0;
        for c in clause.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                c if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        let mut vars = variables(&outside);
        for part in clause.split(" AS ").skip(1) {
            vars.extend(variables(part).into_iter().take(1));
        }
        vars
    }

    /// The variables of the final `ORDER BY` clause.
    fn order_by_variables(sparql: &str) -> Vec<String> {
        let start = sparql.rfind("\nORDER BY").expect("an ORDER BY line");
        variables(&sparql[start..])
    }

    fn variables(text: &str) -> Vec<String> {
        text.split('?')
            .skip(1)
            .map(|v| {
                v.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .filter(|v| !v.is_empty())
            .collect()
    }

    #[test]
    fn contract_queries_project_the_contract_variables() {
        let cases = [
            (
                "who-said-what",
                "?speakerName ?text ?form ?cue ?article ?date",
            ),
            (
                "relations",
                "?subjectName ?relation ?objectName ?article ?date",
            ),
            ("entities", "?name ?type"),
            ("timeline", "?date ?kind ?who ?what ?article"),
            (
                "who-met-whom",
                "?name ?otherName ?date ?placeName ?modality ?article",
            ),
            (
                "about",
                "?entityName ?involvement ?kind ?who ?whoRole ?what ?whom ?form ?modality",
            ),
            (
                "corroborated-quotes",
                "?text ?articles ?speakerName ?publisher ?article ?date ?quotedText",
            ),
            (
                "conflicting-attributions",
                "?text ?speakers ?speakerName ?publisher ?article ?date ?quotedText",
            ),
        ];
        for (name, vars) in cases {
            let q = find(name).unwrap();
            let select = q.sparql.lines().find(|l| l.starts_with("SELECT")).unwrap();
            assert!(select.contains(vars), "{name}: {select}");
        }
        assert!(find("entities").unwrap().sparql.contains("AS ?mentions"));
    }

    #[test]
    fn portable_versions_are_plain_sparql_with_the_same_header_variables_and_order() {
        let about = find("about").unwrap();
        assert!(about.has_portable_version());
        assert!(about.sparql.contains("LATERAL"));
        for q in bundled() {
            let portable = q.portable_sparql();
            let code: String = portable.lines().map(strip_comment).collect();
            assert!(!code.contains("LATERAL"), "{}", q.name);
            fn select(text: &str) -> Vec<&str> {
                let start = text.find("\nSELECT").unwrap();
                let end = start + text[start..].find("\nWHERE").unwrap();
                text[start..end].split_whitespace().collect()
            }
            fn order_by(text: &str) -> &str {
                &text[text.rfind("\nORDER BY").unwrap()..]
            }
            assert_eq!(select(portable), select(q.sparql), "{}", q.name);
            assert_eq!(order_by(portable), order_by(q.sparql), "{}", q.name);
            assert_eq!(placeholders(portable), q.params(), "{}", q.name);
            assert_eq!(name_key_params(portable), name_key_params(q.sparql));
            assert_eq!(header(portable, "summary"), Some(q.summary()));
            if let Err(e) = SparqlEvaluator::new().parse_query(portable) {
                panic!("{}: {e}", q.name);
            }
        }
    }

    #[test]
    fn placeholders_are_found_outside_comments() {
        assert_eq!(placeholders(find("quotes-by").unwrap().sparql), ["speaker"]);
        assert_eq!(placeholders(find("about").unwrap().sparql), ["entity"]);
        for q in bundled() {
            if !["quotes-by", "about"].contains(&q.name) {
                assert!(placeholders(q.sparql).is_empty(), "{}", q.name);
            }
        }
        assert!(placeholders("SELECT * { ?s ?p ?o } # ?_nope").is_empty());
        assert_eq!(placeholders("SELECT * { ?s <a#b> $_x }"), ["x"]);
    }

    #[test]
    fn params_need_a_name_and_a_value() {
        assert_eq!(
            parse_params(&["speaker=Vladimir Putin".into()]).unwrap(),
            [("speaker".to_string(), "Vladimir Putin".to_string())]
        );
        assert!(parse_params(&["speaker".into()]).is_err());
        assert!(parse_params(&["=x".into()]).is_err());
    }

    #[test]
    fn name_key_params_come_from_the_header() {
        let bundled_keys = |name: &str| name_key_params(find(name).unwrap().sparql);
        assert_eq!(bundled_keys("quotes-by"), ["speaker"]);
        assert_eq!(bundled_keys("about"), ["entity"]);
        assert!(bundled_keys("who-said-what").is_empty());
        assert_eq!(
            name_key_params("#+ name-keys: a, b\nSELECT * WHERE { ?s ?p ?_a }"),
            ["a", "b"]
        );
    }
}
