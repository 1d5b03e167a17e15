//! Queries run by another SPARQL 1.1 store: `newsgraph query NAME --endpoint URL`.
//!
//! Entry points: [`SparqlEndpoint`] (a SPARQL 1.1 Protocol client) and [`bind_with_values`]
//! (a query's parameters as a trailing `VALUES` clause).
//!
//! # Rationale
//!
//! - A remote store cannot be handed bound variables as Oxigraph's `substitute_variable` does
//!   locally, and text spliced into the query's body could change the query. A trailing
//!   `VALUES` clause (SPARQL 1.1 §10.2.2) is standard, every store parses it, and its values are
//!   written as RDF terms (a string literal escaped by Oxigraph's serializer, or an IRI checked
//!   by its parser): a value cannot become syntax. Parameters are checked and converted exactly
//!   as locally: a `#+ name-keys:` parameter is sent as its name key.
//! - A bundled query with a portable version (`queries/portable/`) sends that one: the local
//!   text may use `LATERAL`, which only Oxigraph parses.
//! - The query is sent as an HTML form (`POST`, `query=…`), which every SPARQL 1.1 Protocol
//!   server takes (§2.1.2) and which has no URL length limit; results are asked for as SPARQL
//!   JSON and then written in the format asked for, like local results, placeholder columns
//!   left out.
//! - The endpoint decides its default graph: the bundled queries expect the union of all graphs
//!   (Virtuoso's default; `oxigraph serve --union-default-graph`; `newsgraph serve`).

use super::{hide_placeholders, name_key_params, param_term, QueryError};
use crate::push::{http_agent, Credentials};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use oxigraph::sparql::QueryResults;
use std::io::{Cursor, Read};

/// Bytes of a failed request's answer kept for the error message.
const BODY_EXCERPT_BYTES: usize = 500;

/// Errors of a query sent to another store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteError {
    #[error("the endpoint {url} answered HTTP {status}: {excerpt}")]
    Status {
        url: String,
        status: u16,
        /// The first bytes of the answer, as text on one line.
        excerpt: String,
    },
    #[error("cannot reach the endpoint {url}")]
    Transport {
        url: String,
        #[source]
        source: Box<ureq::Error>,
    },
    #[error(
        "the endpoint {url} answered {content_type}, not SPARQL JSON results: --endpoint runs \
         SELECT and ASK queries"
    )]
    NotResults { url: String, content_type: String },
    #[error("the endpoint {url} answered results that do not parse")]
    Results {
        url: String,
        #[source]
        source: Box<oxigraph::sparql::results::QueryResultsParseError>,
    },
    #[error(transparent)]
    Query(#[from] QueryError),
}

/// A SPARQL 1.1 Protocol endpoint (`newsgraph serve`'s and Virtuoso's `/sparql`, the Oxigraph
/// server's `/query`, GraphDB's `/repositories/ID`, Fuseki's `/DATASET/sparql`).
pub struct SparqlEndpoint {
    agent: ureq::Agent,
    url: String,
    authorization: Option<String>,
}

impl SparqlEndpoint {
    /// A client of the endpoint at `url`, without credentials, with a 10-minute timeout.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            agent: http_agent(),
            url: url.into(),
            authorization: None,
        }
    }

    /// Sends these credentials with every request (as `newsgraph push` does).
    pub fn with_credentials(mut self, credentials: &Credentials) -> Self {
        self.authorization = Some(credentials.header());
        self
    }

    /// The endpoint's URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Sends `sparql` with `params` bound ([`bind_with_values`]) and returns the results,
    /// placeholder columns left out.
    pub fn run(
        &self,
        sparql: &str,
        params: &[(String, String)],
    ) -> Result<QueryResults<'static>, RemoteError> {
        let text = bind_with_values(sparql, params)?;
        let mut request = self
            .agent
            .post(&self.url)
            .header("Accept", "application/sparql-results+json");
        if let Some(authorization) = &self.authorization {
            request = request.header("Authorization", authorization);
        }
        let transport = |source| RemoteError::Transport {
            url: self.url.clone(),
            source: Box::new(source),
        };
        let mut response = request
            .send_form([("query", text.as_str())])
            .map_err(transport)?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("Content-Type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let mut body = Vec::new();
        response
            .body_mut()
            .with_config()
            .limit(u64::MAX)
            .reader()
            .read_to_end(&mut body)
            .map_err(|e| transport(ureq::Error::Io(e)))?;
        if !(200..300).contains(&status) {
            let excerpt = String::from_utf8_lossy(&body[..body.len().min(BODY_EXCERPT_BYTES)])
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            return Err(RemoteError::Status {
                url: self.url.clone(),
                status,
                excerpt: if excerpt.is_empty() {
                    "(empty body)".into()
                } else {
                    excerpt
                },
            });
        }
        let media = content_type.split(';').next().unwrap_or("").trim();
        if !media.is_empty() && QueryResultsFormat::from_media_type(media).is_none() {
            return Err(RemoteError::NotResults {
                url: self.url.clone(),
                content_type,
            });
        }
        let parsed = QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_reader(Cursor::new(body))
            .map_err(|source| RemoteError::Results {
                url: self.url.clone(),
                source: Box::new(source),
            })?;
        Ok(hide_placeholders(QueryResults::from(parsed)))
    }
}

/// `sparql` with `params` bound by a trailing `VALUES` clause, checked and converted as
/// [`super::run`] binds them locally: every `?_name` placeholder needs a value, a value written
/// `<…>` is an IRI, a `#+ name-keys:` parameter is bound to its name key, anything else is a
/// string. A query without placeholders is returned as it is.
pub fn bind_with_values(sparql: &str, params: &[(String, String)]) -> Result<String, QueryError> {
    super::check_params(sparql, params)?;
    if params.is_empty() {
        return Ok(sparql.to_string());
    }
    let name_keys = name_key_params(sparql);
    let mut variables = Vec::new();
    let mut values = Vec::new();
    for (name, value) in params {
        variables.push(format!("?_{name}"));
        values.push(param_term(name, value, &name_keys)?.to_string());
    }
    // A newline first: the text may end in a comment.
    Ok(format!(
        "{}\nVALUES ({}) {{ ({}) }}\n",
        sparql.trim_end(),
        variables.join(" "),
        values.join(" ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn parameters_become_a_trailing_values_clause_of_escaped_terms() {
        let cases = [
            (
                "SELECT ?_x WHERE { ?s ?p ?_x } # last",
                &[("x", "say \"hi\"\n")][..],
                "SELECT ?_x WHERE { ?s ?p ?_x } # last\nVALUES (?_x) { (\"say \\\"hi\\\"\\n\") }\n",
            ),
            (
                "SELECT * WHERE { ?_s ?p ?_o }",
                &[("s", "<http://example.org/a>"), ("o", "b")][..],
                "SELECT * WHERE { ?_s ?p ?_o }\nVALUES (?_s ?_o) { (<http://example.org/a> \"b\") }\n",
            ),
            (
                "#+ name-keys: who\nSELECT ?_who WHERE { ?e <k> ?_who }",
                &[("who", "  Recep Tayyip ERDOĞAN ")][..],
                "#+ name-keys: who\nSELECT ?_who WHERE { ?e <k> ?_who }\nVALUES (?_who) { (\"recep tayyip erdogan\") }\n",
            ),
        ];
        for (sparql, pairs, expected) in cases {
            assert_eq!(bind_with_values(sparql, &params(pairs)).unwrap(), expected);
        }
        let plain = "SELECT * WHERE { ?s ?p ?o }";
        assert_eq!(bind_with_values(plain, &[]).unwrap(), plain);
    }

    #[test]
    fn parameters_are_checked_as_locally() {
        let sparql = "SELECT ?_x WHERE { ?s ?p ?_x }";
        assert!(matches!(
            bind_with_values(sparql, &[]),
            Err(QueryError::MissingParam { name }) if name == "x"
        ));
        assert!(matches!(
            bind_with_values(sparql, &params(&[("x", "a"), ("y", "b")])),
            Err(QueryError::UnknownParam { name }) if name == "y"
        ));
        assert!(matches!(
            bind_with_values(sparql, &params(&[("x", "<not an iri>")])),
            Err(QueryError::BadIri { .. })
        ));
    }

    #[test]
    fn every_bound_bundled_query_still_parses() {
        for q in super::super::bundled() {
            let pairs: Vec<(String, String)> = q
                .params()
                .into_iter()
                .map(|p| (p, "Jane O'Neil".to_string()))
                .collect();
            let text = bind_with_values(q.portable_sparql(), &pairs).unwrap();
            super::super::check(&text).unwrap_or_else(|e| panic!("{}: {e}", q.name));
        }
    }
}
