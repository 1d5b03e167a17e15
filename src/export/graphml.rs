//! GraphML, the XML graph format yEd, Cytoscape, Gephi and networkx all read.
//!
//! Entry point: [`GraphMlSerializer`], in the style of oxttl's serializers:
//! `GraphMlSerializer::new().for_writer(w)`, then `serialize_node`/`serialize_edge`, then
//! `finish()`.
//!
//! # Rationale
//!
//! - Every attribute is declared with a `<key>` and a type (`string`, `long`, `double`), so
//!   viewers can size nodes by `mentions` or filter edges by `kind` without guessing types.
//! - `weight` repeats the edge count as a `double` because that is the name Gephi and yEd look
//!   for; `label` repeats the edge kind for the same reason.
//! - Streaming: nodes and edges are written as they come (GraphML allows them in any order), so
//!   the writer holds nothing.

use super::graph::{date_string, xml_escape, Edge, Node};
use std::io::{self, Write};

/// The attributes: (id, for, name, type).
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("label", "node", "label", "string"),
    ("kind", "node", "kind", "string"),
    ("iri", "node", "iri", "string"),
    ("altLabels", "node", "altLabels", "string"),
    ("mentions", "node", "mentions", "long"),
    ("articles", "node", "articles", "long"),
    ("first", "node", "first", "string"),
    ("last", "node", "last", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_kind", "edge", "kind", "string"),
    ("e_count", "edge", "count", "long"),
    ("e_weight", "edge", "weight", "double"),
    ("e_first", "edge", "first", "string"),
    ("e_last", "edge", "last", "string"),
    ("e_articles", "edge", "articles", "string"),
];

/// Builds a [`WriterGraphMlSerializer`].
#[derive(Debug, Clone)]
pub struct GraphMlSerializer {
    graph_id: String,
}

impl Default for GraphMlSerializer {
    fn default() -> Self {
        Self::new()
    }
}

impl GraphMlSerializer {
    pub fn new() -> Self {
        Self {
            graph_id: "newsgraph".into(),
        }
    }

    /// The id of the `<graph>` element (default `newsgraph`).
    pub fn with_graph_id(mut self, id: impl Into<String>) -> Self {
        self.graph_id = id.into();
        self
    }

    pub fn for_writer<W: Write>(self, writer: W) -> WriterGraphMlSerializer<W> {
        WriterGraphMlSerializer {
            writer,
            graph_id: self.graph_id,
            started: false,
        }
    }
}

/// Writes GraphML to a [`Write`] implementation.
pub struct WriterGraphMlSerializer<W: Write> {
    writer: W,
    graph_id: String,
    started: bool,
}

impl<W: Write> WriterGraphMlSerializer<W> {
    fn start(&mut self) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let w = &mut self.writer;
        writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            w,
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
        )?;
        for (id, domain, name, kind) in KEYS {
            writeln!(
                w,
                r#"  <key id="{id}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>"#
            )?;
        }
        writeln!(
            w,
            r#"  <graph id="{}" edgedefault="directed">"#,
            xml_escape(&self.graph_id)
        )
    }

    fn data(&mut self, key: &str, value: &str) -> io::Result<()> {
        if value.is_empty() {
            return Ok(());
        }
        writeln!(
            self.writer,
            r#"      <data key="{key}">{}</data>"#,
            xml_escape(value)
        )
    }

    pub fn serialize_node(&mut self, node: &Node) -> io::Result<()> {
        self.start()?;
        writeln!(self.writer, r#"    <node id="{}">"#, xml_escape(&node.id))?;
        self.data("label", &node.label)?;
        self.data("kind", &node.kind)?;
        self.data("iri", &node.iri)?;
        self.data("altLabels", &node.alt_labels.join(" | "))?;
        self.data("mentions", &node.mentions.to_string())?;
        self.data("articles", &node.articles.to_string())?;
        self.data("first", &date_string(node.first))?;
        self.data("last", &date_string(node.last))?;
        writeln!(self.writer, "    </node>")
    }

    pub fn serialize_edge(&mut self, edge: &Edge) -> io::Result<()> {
        self.start()?;
        writeln!(
            self.writer,
            r#"    <edge id="{}" source="{}" target="{}">"#,
            xml_escape(&edge.id),
            xml_escape(&edge.source),
            xml_escape(&edge.target)
        )?;
        self.data("e_label", &edge.kind)?;
        self.data("e_kind", &edge.kind)?;
        self.data("e_count", &edge.count.to_string())?;
        self.data("e_weight", &format!("{}.0", edge.count))?;
        self.data("e_first", &date_string(edge.first))?;
        self.data("e_last", &date_string(edge.last))?;
        self.data("e_articles", &edge.articles.join(" "))?;
        writeln!(self.writer, "    </edge>")
    }

    /// Closes the document and returns the writer (not flushed).
    pub fn finish(mut self) -> io::Result<W> {
        self.start()?;
        writeln!(self.writer, "  </graph>")?;
        writeln!(self.writer, "</graphml>")?;
        Ok(self.writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_graph_is_a_complete_document() {
        let out = GraphMlSerializer::new()
            .for_writer(Vec::new())
            .finish()
            .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains(r#"<graph id="newsgraph" edgedefault="directed">"#));
        assert!(out.trim_end().ends_with("</graphml>"));
    }

    #[test]
    fn labels_are_escaped() {
        let mut s = GraphMlSerializer::new().for_writer(Vec::new());
        s.serialize_node(&Node {
            id: "organization/a-b".into(),
            iri: "https://w3id.org/newsgraph/id/organization/a-b".into(),
            label: "A & <B>".into(),
            kind: "Organization".into(),
            alt_labels: vec![],
            mentions: 1,
            articles: 1,
            first: None,
            last: None,
        })
        .unwrap();
        let out = String::from_utf8(s.finish().unwrap()).unwrap();
        assert!(out.contains("A &amp; &lt;B&gt;"), "{out}");
        assert!(!out.contains(r#"key="first""#), "no empty dates: {out}");
    }
}
