//! The SPARQL 1.1 Protocol endpoint and the bundled queries over HTTP.
//!
//! Results are negotiated from `?format=` (a name: `json`, `xml`, `csv`, `tsv`, `turtle`,
//! `ntriples`, `rdfxml`, `jsonld`, … or a media type; unknown values are passed over) or else
//! from the `Accept` header, highest `q` first:
//! SPARQL JSON/XML/CSV/TSV for SELECT and ASK, an RDF syntax for CONSTRUCT and DESCRIBE.
//! `*/*` or no header gives SPARQL JSON, or Turtle for graphs. Status codes follow the
//! protocol: 400 with the parser's message for a malformed query, 403 for an update (the
//! endpoint is read-only), 406 when no asked format is possible.

use super::{Call, Handled, Reply};
use crate::query::{self, QueryError};
use crate::store::{is_vanished_file, GraphStore};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::sparql::results::QueryResultsFormat;
use oxigraph::sparql::QueryResults;

const UPDATE_REFUSED: &str =
    "the endpoint is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, …) are not accepted";

/// `/sparql`: a query from `?query=`, a form body or an `application/sparql-query` body.
pub(super) fn endpoint(store: &GraphStore, call: &Call) -> Handled {
    let media = call.content_type.as_deref().map(|t| {
        t.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    let text = match (call.method.as_str(), media.as_deref()) {
        ("POST", Some("application/sparql-update")) => {
            return Ok(Reply::error(403, UPDATE_REFUSED))
        }
        ("POST", Some("application/sparql-query")) => match String::from_utf8(call.body.clone()) {
            Ok(text) => Some(text),
            Err(_) => return Ok(Reply::error(400, "the query is not UTF-8")),
        },
        ("POST", Some("application/x-www-form-urlencoded")) => {
            let form: Vec<(String, String)> =
                form_urlencoded::parse(&call.body).into_owned().collect();
            if form.iter().any(|(k, _)| k == "update") {
                return Ok(Reply::error(403, UPDATE_REFUSED));
            }
            form.into_iter().find(|(k, _)| k == "query").map(|(_, v)| v)
        }
        ("POST", other) => {
            return Ok(Reply::error(
                415,
                format!(
                    "unsupported content type {}: send application/sparql-query or a form",
                    other.unwrap_or("(none)")
                ),
            ))
        }
        _ => {
            if call.param("update").is_some() {
                return Ok(Reply::error(403, UPDATE_REFUSED));
            }
            call.param("query").map(str::to_string)
        }
    };
    let Some(text) = text else {
        return Ok(Reply::error(400, "no query: pass it as ?query=…"));
    };
    if call.param("default-graph-uri").is_some() || call.param("named-graph-uri").is_some() {
        return Ok(Reply::error(
            400,
            "default-graph-uri and named-graph-uri are not supported: use FROM / FROM NAMED in the query",
        ));
    }
    // The client's own SPARQL: a `?_name` variable is one like any other, bound by the query's
    // own VALUES clause (as `newsgraph query NAME --endpoint` sends bundled queries) or free.
    evaluate(store, &text, None, call)
}

/// `/queries`: the bundled queries with their summaries and parameters, as JSON.
pub(super) fn list_queries() -> Reply {
    let list: Vec<serde_json::Value> = query::bundled()
        .iter()
        .map(|q| {
            serde_json::json!({
                "name": q.name,
                "summary": q.summary(),
                "params": q.params(),
                "url": format!("/queries/{}", q.name),
            })
        })
        .collect();
    Reply::json(&serde_json::Value::Array(list))
}

/// `/queries/NAME?PARAM=VALUE…`: a bundled query, every query-string pair but `format` a
/// parameter.
pub(super) fn bundled_query(store: &GraphStore, name: &str, call: &Call) -> Handled {
    let Some(bundled) = query::find(name) else {
        return Ok(Reply::error(
            404,
            format!("no bundled query named {name:?}"),
        ));
    };
    let params: Vec<(String, String)> = call
        .params
        .iter()
        .filter(|(k, _)| k != "format")
        .cloned()
        .collect();
    evaluate(store, bundled.sparql, Some(&params), call)
}

/// Runs a query and writes its results in the negotiated format: a bundled query with its
/// parameters (`Some`), or a client's SPARQL text (`None`).
fn evaluate(
    store: &GraphStore,
    text: &str,
    params: Option<&[(String, String)]>,
    call: &Call,
) -> Handled {
    let results = match params {
        Some(params) => query::run(store, text, params),
        None => query::run_sparql(store, text),
    };
    let results = match results {
        Ok(results) => results,
        Err(err) => return client_error(err),
    };
    let written = match results {
        QueryResults::Graph(triples) => {
            let format = match rdf_format(call) {
                Ok(f) => f,
                Err(reply) => return Ok(reply),
            };
            let mut serializer = RdfSerializer::from_format(format).for_writer(Vec::new());
            for triple in triples {
                let triple = triple.map_err(QueryError::from);
                match triple {
                    Ok(t) => serializer.serialize_triple(&t)?,
                    Err(err) => return client_error(err),
                }
            }
            (serializer.finish()?, format.media_type())
        }
        results => {
            let format = match results_format(call) {
                Ok(f) => f,
                Err(reply) => return Ok(reply),
            };
            let mut out = Vec::new();
            match query::write_results(results, result_format(format), &mut out) {
                Ok(()) => {}
                Err(err) => return client_error(err),
            }
            (out, format.media_type())
        }
    };
    let (body, media_type) = written;
    let content_type = if media_type.starts_with("text/") && !media_type.contains("charset") {
        format!("{media_type}; charset=utf-8")
    } else {
        media_type.to_string()
    };
    Ok(Reply::new(200, &content_type, body))
}

/// A query error as an answer: 400 (or 403 for an update) with its message, unless a file of
/// the store vanished under it, which the caller answers by reopening.
fn client_error(err: QueryError) -> Handled {
    if is_vanished_file(&err) {
        return Err(Box::new(err));
    }
    Ok(match err {
        QueryError::Update => Reply::error(403, UPDATE_REFUSED),
        QueryError::MissingParam { name } => Reply::error(
            400,
            format!("the query needs the parameter {name}: add ?{name}=VALUE to the address"),
        ),
        QueryError::UnknownParam { name } => Reply::error(
            400,
            format!("the query has no parameter {name} (it has no ?_{name} placeholder)"),
        ),
        err => Reply::error(400, super::error_chain(&err)),
    })
}

fn result_format(format: QueryResultsFormat) -> query::ResultFormat {
    match format {
        QueryResultsFormat::Xml => query::ResultFormat::Xml,
        QueryResultsFormat::Csv => query::ResultFormat::Csv,
        QueryResultsFormat::Tsv => query::ResultFormat::Tsv,
        _ => query::ResultFormat::Json,
    }
}

/// The media ranges of an `Accept` header, highest `q` first (ties keep their order).
fn accepted(accept: Option<&str>) -> Vec<String> {
    let mut ranges: Vec<(f32, usize, String)> = accept
        .unwrap_or("*/*")
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let media = parts.next()?.trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!media.is_empty() && q > 0.0).then_some((q, i, media))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().map(|(_, _, m)| m).collect()
}

fn is_wildcard(media: &str) -> bool {
    matches!(media, "*/*" | "application/*" | "text/*")
}

/// The values of `?format=` (clients such as SPARQLWrapper send several: a name, then a media
/// type), in order.
fn format_params(call: &Call) -> impl Iterator<Item = &str> {
    call.params
        .iter()
        .filter(|(k, _)| k == "format")
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
}

/// The results format for SELECT and ASK: the first `?format=` value known, else `Accept`.
fn results_format(call: &Call) -> Result<QueryResultsFormat, Reply> {
    let named = format_params(call).find_map(|name| {
        QueryResultsFormat::from_extension(name)
            .or_else(|| QueryResultsFormat::from_media_type(name))
            .or_else(|| QueryResultsFormat::from_media_type(&format!("application/{name}")))
    });
    if let Some(format) = named {
        return Ok(format);
    }
    let ranges = accepted(call.accept.as_deref());
    ranges
        .iter()
        .find_map(|m| {
            if is_wildcard(m) {
                Some(QueryResultsFormat::Json)
            } else {
                QueryResultsFormat::from_media_type(m)
            }
        })
        .ok_or_else(|| {
            Reply::error(
                406,
                "no acceptable format: application/sparql-results+json, application/sparql-results+xml, text/csv, text/tab-separated-values",
            )
        })
}

/// The RDF syntax for CONSTRUCT and DESCRIBE (triples: no TriG or N-Quads).
fn rdf_format(call: &Call) -> Result<RdfFormat, Reply> {
    // TriG and N-Quads name graphs a CONSTRUCT does not have: Turtle says the same.
    let triples = |f: RdfFormat| match f {
        RdfFormat::TriG | RdfFormat::NQuads => Some(RdfFormat::Turtle),
        f => Some(f),
    };
    let named = format_params(call).find_map(|name| {
        match name {
            "turtle" | "ttl" => Some(RdfFormat::Turtle),
            "ntriples" | "nt" => Some(RdfFormat::NTriples),
            "rdfxml" | "rdf+xml" | "xml" => Some(RdfFormat::RdfXml),
            "jsonld" | "json-ld" | "json" => RdfFormat::from_extension("jsonld"),
            other => RdfFormat::from_extension(other)
                .or_else(|| RdfFormat::from_media_type(other))
                .or_else(|| RdfFormat::from_media_type(&format!("application/{other}"))),
        }
        .and_then(triples)
    });
    if let Some(format) = named {
        return Ok(format);
    }
    let ranges = accepted(call.accept.as_deref());
    ranges
        .iter()
        .find_map(|m| {
            if is_wildcard(m) {
                Some(RdfFormat::Turtle)
            } else {
                RdfFormat::from_media_type(m)
                    .filter(|f| !matches!(f, RdfFormat::TriG | RdfFormat::NQuads))
            }
        })
        .ok_or_else(|| {
            Reply::error(
                406,
                "no acceptable format: text/turtle, application/n-triples, application/rdf+xml, application/ld+json",
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(accept: Option<&str>, format: Option<&str>) -> Call {
        Call {
            method: "GET".into(),
            path: "/sparql".into(),
            params: format
                .map(|f| vec![("format".to_string(), f.to_string())])
                .unwrap_or_default(),
            accept: accept.map(str::to_string),
            content_type: None,
            body: Vec::new(),
        }
    }

    #[test]
    fn accept_is_read_by_quality_then_order() {
        assert_eq!(
            accepted(Some(
                "text/csv;q=0.5, application/sparql-results+xml, */*;q=0.1"
            )),
            ["application/sparql-results+xml", "text/csv", "*/*"]
        );
    }

    #[test]
    fn results_formats_are_negotiated() {
        let cases = [
            (None, None, QueryResultsFormat::Json),
            (Some("*/*"), None, QueryResultsFormat::Json),
            (Some("text/csv"), None, QueryResultsFormat::Csv),
            (
                Some("text/tab-separated-values"),
                None,
                QueryResultsFormat::Tsv,
            ),
            (
                Some("application/sparql-results+xml"),
                None,
                QueryResultsFormat::Xml,
            ),
            (Some("text/html"), Some("tsv"), QueryResultsFormat::Tsv),
        ];
        for (accept, format, expected) in cases {
            assert_eq!(
                results_format(&call(accept, format)).ok(),
                Some(expected),
                "{accept:?} {format:?}"
            );
        }
        assert_eq!(
            results_format(&call(Some("image/png"), None))
                .err()
                .map(|r| r.status),
            Some(406)
        );
    }

    #[test]
    fn graph_formats_are_negotiated_and_datasets_become_turtle() {
        assert_eq!(rdf_format(&call(None, None)).ok(), Some(RdfFormat::Turtle));
        assert_eq!(
            rdf_format(&call(Some("application/rdf+xml"), None)).ok(),
            Some(RdfFormat::RdfXml)
        );
        assert_eq!(
            rdf_format(&call(Some("application/n-triples"), None)).ok(),
            Some(RdfFormat::NTriples)
        );
        assert!(matches!(
            rdf_format(&call(Some("application/ld+json"), None)),
            Ok(RdfFormat::JsonLd { .. })
        ));
        assert_eq!(
            rdf_format(&call(None, Some("trig"))).ok(),
            Some(RdfFormat::Turtle)
        );
    }
}
