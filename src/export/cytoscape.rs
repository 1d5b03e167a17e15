//! Cytoscape.js JSON (`.cyjs`): loads with `cy.add(json.elements)` in a web page and imports
//! into Cytoscape desktop (File → Import → Network from File).
//!
//! Entry point: [`CytoscapeSerializer`], in the style of oxttl's serializers:
//! `CytoscapeSerializer::new().for_writer(w)`, then `serialize_node` for every node, then
//! `serialize_edge` for every edge, then `finish()`.
//!
//! # Rationale
//!
//! - The `{"elements": {"nodes": […], "edges": […]}}` layout is the one both Cytoscape.js and
//!   Cytoscape desktop read; every element's attributes live in its `data` object.
//! - Nodes carry `name` as well as `label`, and edges `interaction` as well as `kind`, because
//!   Cytoscape desktop labels nodes by `name` and edges by `interaction` out of the box.
//! - Streaming, with nodes before edges (the writer refuses a node after an edge), one element
//!   per line so that the file diffs well.

use super::graph::{date_string, Edge, Node};
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// Builds a [`WriterCytoscapeSerializer`].
#[derive(Debug, Clone)]
pub struct CytoscapeSerializer {
    name: String,
}

impl Default for CytoscapeSerializer {
    fn default() -> Self {
        Self::new()
    }
}

impl CytoscapeSerializer {
    pub fn new() -> Self {
        Self {
            name: "newsgraph".into(),
        }
    }

    /// The network name (`data.name`, default `newsgraph`).
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    pub fn for_writer<W: Write>(self, writer: W) -> WriterCytoscapeSerializer<W> {
        WriterCytoscapeSerializer {
            writer,
            name: self.name,
            state: State::Start,
            first_in_section: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    Nodes,
    Edges,
}

/// Writes Cytoscape.js JSON to a [`Write`] implementation.
pub struct WriterCytoscapeSerializer<W: Write> {
    writer: W,
    name: String,
    state: State,
    first_in_section: bool,
}

impl<W: Write> WriterCytoscapeSerializer<W> {
    fn enter(&mut self, state: State) -> io::Result<()> {
        if self.state == state {
            return Ok(());
        }
        if self.state == State::Start {
            let header = json!({
                "format_version": "1.0",
                "generated_by": "newsgraph",
                "target_cytoscapejs_version": "~3",
            });
            let header = header.to_string();
            write!(
                self.writer,
                "{},\"data\":{},\"elements\":{{\"nodes\":[",
                &header[..header.len() - 1],
                json!({ "name": self.name })
            )?;
            self.state = State::Nodes;
            self.first_in_section = true;
        }
        if self.state == State::Nodes && state == State::Edges {
            write!(self.writer, "\n],\"edges\":[")?;
            self.state = State::Edges;
            self.first_in_section = true;
        }
        if self.state != state {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "Cytoscape JSON lists every node before the first edge",
            ));
        }
        Ok(())
    }

    fn element(&mut self, data: Map<String, Value>) -> io::Result<()> {
        let sep = if self.first_in_section { "" } else { "," };
        self.first_in_section = false;
        write!(self.writer, "{sep}\n{}", json!({ "data": data }))
    }

    pub fn serialize_node(&mut self, node: &Node) -> io::Result<()> {
        self.enter(State::Nodes)?;
        let mut data = Map::new();
        data.insert("id".into(), node.id.clone().into());
        data.insert("name".into(), node.label.clone().into());
        data.insert("label".into(), node.label.clone().into());
        data.insert("kind".into(), node.kind.clone().into());
        data.insert("iri".into(), node.iri.clone().into());
        data.insert("altLabels".into(), node.alt_labels.clone().into());
        data.insert("mentions".into(), node.mentions.into());
        data.insert("articles".into(), node.articles.into());
        insert_date(&mut data, "first", node.first);
        insert_date(&mut data, "last", node.last);
        self.element(data)
    }

    pub fn serialize_edge(&mut self, edge: &Edge) -> io::Result<()> {
        self.enter(State::Edges)?;
        let mut data = Map::new();
        data.insert("id".into(), edge.id.clone().into());
        data.insert("source".into(), edge.source.clone().into());
        data.insert("target".into(), edge.target.clone().into());
        data.insert("kind".into(), edge.kind.clone().into());
        data.insert("interaction".into(), edge.kind.clone().into());
        data.insert("count".into(), edge.count.into());
        data.insert("weight".into(), edge.count.into());
        insert_date(&mut data, "first", edge.first);
        insert_date(&mut data, "last", edge.last);
        data.insert("articles".into(), edge.articles.clone().into());
        self.element(data)
    }

    /// Closes the document and returns the writer (not flushed).
    pub fn finish(mut self) -> io::Result<W> {
        self.enter(State::Edges)?;
        writeln!(self.writer, "\n]}}}}")?;
        Ok(self.writer)
    }
}

fn insert_date(data: &mut Map<String, Value>, key: &str, date: Option<chrono::NaiveDate>) {
    if date.is_some() {
        data.insert(key.into(), date_string(date).into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_json_with_nodes_and_edges() {
        let mut s = CytoscapeSerializer::new().for_writer(Vec::new());
        s.serialize_node(&Node {
            id: "person/a".into(),
            iri: "https://w3id.org/newsgraph/id/person/a".into(),
            label: "A \"quoted\" name".into(),
            kind: "Person".into(),
            alt_labels: vec!["A".into()],
            mentions: 2,
            articles: 1,
            first: chrono::NaiveDate::from_ymd_opt(2023, 3, 21),
            last: chrono::NaiveDate::from_ymd_opt(2023, 3, 21),
        })
        .unwrap();
        s.serialize_edge(&Edge {
            id: "e0".into(),
            source: "person/a".into(),
            target: "person/a".into(),
            kind: "met".into(),
            count: 1,
            first: None,
            last: None,
            articles: vec!["x".into()],
        })
        .unwrap();
        assert!(s
            .serialize_node(&Node {
                id: "late".into(),
                iri: String::new(),
                label: String::new(),
                kind: String::new(),
                alt_labels: vec![],
                mentions: 0,
                articles: 0,
                first: None,
                last: None,
            })
            .is_err());
        let out = s.finish().unwrap();
        let json: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            json["elements"]["nodes"][0]["data"]["name"],
            "A \"quoted\" name"
        );
        assert_eq!(json["elements"]["nodes"][0]["data"]["first"], "2023-03-21");
        assert_eq!(json["elements"]["edges"][0]["data"]["interaction"], "met");
        assert!(json["elements"]["edges"][0]["data"].get("first").is_none());
    }

    #[test]
    fn an_empty_graph_is_valid_json() {
        let out = CytoscapeSerializer::new()
            .for_writer(Vec::new())
            .finish()
            .unwrap();
        let json: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(json["elements"]["nodes"], json!([]));
        assert_eq!(json["elements"]["edges"], json!([]));
        assert_eq!(json["data"]["name"], "newsgraph");
    }
}
