//! A client of the SPARQL 1.1 Graph Store Protocol (W3C Recommendation, 2013): replace (`PUT`),
//! merge (`POST`) and remove (`DELETE`) one named graph, addressed indirectly as
//! `ENDPOINT?graph=IRI` (§4.2).
//!
//! Entry type: [`GraphStoreClient`].
//!
//! # Rationale
//!
//! - Bodies are N-Triples (`application/n-triples`): a line per triple, every server parses it,
//!   and it needs no prefixes, so a body can be cut anywhere between lines.
//! - A status outside 2xx is an error that keeps the status and the first bytes of the server's
//!   answer: that is what tells a user why a push failed (a 401, a 413, a parse error).
//! - Credentials are given to the client, never read here: the binary takes them from the
//!   environment, so they appear neither on a command line nor in a process listing.

use base64::Engine;
use oxigraph::model::NamedNodeRef;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::io::Read;
use std::time::Duration;
use ureq::typestate::WithBody;
use ureq::RequestBuilder;

/// Bytes of a failed request's response body kept for the error message.
pub const BODY_EXCERPT_BYTES: usize = 500;

/// What a query-string value keeps unescaped: RFC 3986's unreserved characters.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// How the client proves who it is.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// HTTP Basic authentication (RFC 7617).
    Basic { user: String, password: String },
    /// An OAuth 2.0 bearer token (RFC 6750).
    Bearer(String),
}

impl std::fmt::Debug for Credentials {
    /// Never prints a secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Basic { user, .. } => write!(f, "Basic({user}, ***)"),
            Credentials::Bearer(_) => write!(f, "Bearer(***)"),
        }
    }
}

impl Credentials {
    /// The value of the `Authorization` header.
    pub(crate) fn header(&self) -> String {
        match self {
            Credentials::Basic { user, password } => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            ),
            Credentials::Bearer(token) => format!("Bearer {token}"),
        }
    }
}

/// Errors of one Graph Store Protocol request.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HttpError {
    #[error("{method} {url} answered HTTP {status}: {excerpt}")]
    Status {
        method: &'static str,
        url: String,
        status: u16,
        /// The first [`BODY_EXCERPT_BYTES`] of the response body, as text.
        excerpt: String,
    },
    #[error("{method} {url} failed")]
    Transport {
        method: &'static str,
        url: String,
        #[source]
        source: Box<ureq::Error>,
    },
}

/// The HTTP client every request to another store goes through: statuses are answers, not
/// errors (the caller reads the body of a 4xx), 30 s to connect, 10 minutes per request.
pub(crate) fn http_agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(Duration::from_secs(30)))
        .timeout_global(Some(Duration::from_secs(600)))
        .build()
        .into()
}

/// A Graph Store Protocol endpoint (Oxigraph's `/store`, Virtuoso's `/sparql-graph-crud`,
/// Fuseki's `/DATASET/data`, GraphDB's `/repositories/ID/rdf-graphs/service`).
pub struct GraphStoreClient {
    agent: ureq::Agent,
    url: String,
    graph_param: String,
    authorization: Option<String>,
}

impl GraphStoreClient {
    /// A client of the endpoint at `url`, without credentials, with a 10-minute timeout per
    /// request.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            agent: http_agent(),
            url: url.into(),
            graph_param: "graph".into(),
            authorization: None,
        }
    }

    /// Sends these credentials with every request.
    pub fn with_credentials(mut self, credentials: &Credentials) -> Self {
        self.authorization = Some(credentials.header());
        self
    }

    /// Names the graph with another query parameter than the standard `graph` (Virtuoso's
    /// `/sparql-graph-crud` also takes `graph-uri`).
    pub fn with_graph_param(mut self, name: impl Into<String>) -> Self {
        self.graph_param = name.into();
        self
    }

    /// The endpoint's URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The URL of one graph: the endpoint with `graph=IRI` added to its query string.
    pub fn graph_url(&self, graph: NamedNodeRef<'_>) -> String {
        let separator = if self.url.contains('?') { '&' } else { '?' };
        format!(
            "{}{separator}{}={}",
            self.url,
            self.graph_param,
            utf8_percent_encode(graph.as_str(), QUERY_VALUE)
        )
    }

    /// Replaces the graph with these N-Triples (an empty body empties it).
    pub fn put(&self, graph: NamedNodeRef<'_>, ntriples: &[u8]) -> Result<(), HttpError> {
        let url = self.graph_url(graph);
        self.send_ntriples("PUT", self.agent.put(&url), url, ntriples)
    }

    /// Adds these N-Triples to the graph (RDF merge: triples it has already are not repeated).
    pub fn post(&self, graph: NamedNodeRef<'_>, ntriples: &[u8]) -> Result<(), HttpError> {
        let url = self.graph_url(graph);
        self.send_ntriples("POST", self.agent.post(&url), url, ntriples)
    }

    /// Removes the graph; a graph the server does not have (404) is not an error.
    pub fn delete(&self, graph: NamedNodeRef<'_>) -> Result<(), HttpError> {
        let url = self.graph_url(graph);
        let request = self.authorized(self.agent.delete(&url));
        match check("DELETE", url, request.call()) {
            Err(HttpError::Status { status: 404, .. }) => Ok(()),
            other => other,
        }
    }

    /// Sends N-Triples as the body of `request` (a PUT or a POST to `url`).
    fn send_ntriples(
        &self,
        method: &'static str,
        request: RequestBuilder<WithBody>,
        url: String,
        ntriples: &[u8],
    ) -> Result<(), HttpError> {
        let response = self
            .authorized(request)
            .header("Content-Type", "application/n-triples")
            .send(ntriples);
        check(method, url, response)
    }

    /// `request` with the client's credentials, when it has some.
    fn authorized<B>(&self, request: RequestBuilder<B>) -> RequestBuilder<B> {
        match &self.authorization {
            Some(a) => request.header("Authorization", a),
            None => request,
        }
    }
}

/// A 2xx answer is success; anything else an error with the status and a body excerpt.
fn check(
    method: &'static str,
    url: String,
    response: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
) -> Result<(), HttpError> {
    let mut response = match response {
        Ok(r) => r,
        Err(source) => {
            return Err(HttpError::Transport {
                method,
                url,
                source: Box::new(source),
            })
        }
    };
    let status = response.status().as_u16();
    let mut body = Vec::new();
    // The body is read (to a bound) also on success, so the connection can be reused.
    let _ = response
        .body_mut()
        .as_reader()
        .take(BODY_EXCERPT_BYTES as u64)
        .read_to_end(&mut body);
    if (200..300).contains(&status) {
        return Ok(());
    }
    let excerpt = String::from_utf8_lossy(&body)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Err(HttpError::Status {
        method,
        url,
        status,
        excerpt: if excerpt.is_empty() {
            "(empty body)".into()
        } else {
            excerpt
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_graph_is_addressed_by_its_percent_encoded_iri() {
        let graph = NamedNodeRef::new_unchecked("https://w3id.org/newsgraph/id/article/a1?x=1#y");
        let url = GraphStoreClient::new("http://localhost:7878/store").graph_url(graph);
        assert_eq!(
            url,
            "http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Farticle%2Fa1%3Fx%3D1%23y"
        );
        let url = GraphStoreClient::new("http://h/crud?x=1")
            .with_graph_param("graph-uri")
            .graph_url(graph);
        assert!(
            url.starts_with("http://h/crud?x=1&graph-uri=https%3A"),
            "{url}"
        );
    }

    #[test]
    fn credentials_become_an_authorization_header_and_never_print() {
        let basic = Credentials::Basic {
            user: "ann".into(),
            password: "s3cret".into(),
        };
        assert_eq!(basic.header(), "Basic YW5uOnMzY3JldA==");
        assert_eq!(Credentials::Bearer("t0k".into()).header(), "Bearer t0k");
        assert!(!format!("{basic:?}").contains("s3cret"));
        assert!(!format!("{:?}", Credentials::Bearer("t0k".into())).contains("t0k"));
    }
}
