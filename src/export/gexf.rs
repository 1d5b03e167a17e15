//! GEXF 1.3, Gephi's own format, with dates so that Gephi's timeline can replay the news.
//!
//! Entry point: [`GexfSerializer`], in the style of oxttl's serializers:
//! `GexfSerializer::new().for_writer(w)`, then `serialize_node` for every node, then
//! `serialize_edge` for every edge, then `finish()`.
//!
//! # Rationale
//!
//! - The graph is `mode="dynamic"` with `timeformat="date"`: a node lives from the first to the
//!   last day an article mentioned it, an edge from its first to its last event or statement.
//!   Gephi's timeline then filters the graph by date. Undated nodes and edges are always shown.
//! - Edges carry `kind` (GEXF 1.3's edge type), so "met" and "warned" between the same two
//!   entities stay two edges, and `weight` is the number of events, which Gephi uses for layout
//!   and edge thickness.
//! - GEXF puts all nodes before all edges; the writer streams and refuses a node after an edge
//!   instead of buffering.

use super::graph::{date_string, xml_escape, Edge, Node};
use std::io::{self, Write};

/// Builds a [`WriterGexfSerializer`].
#[derive(Debug, Clone)]
pub struct GexfSerializer {
    description: String,
}

impl Default for GexfSerializer {
    fn default() -> Self {
        Self::new()
    }
}

impl GexfSerializer {
    pub fn new() -> Self {
        Self {
            description: "Entities, events and quoted-about links extracted from news articles"
                .into(),
        }
    }

    /// The `<meta><description>` text.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = description.into();
        self
    }

    pub fn for_writer<W: Write>(self, writer: W) -> WriterGexfSerializer<W> {
        WriterGexfSerializer {
            writer,
            description: self.description,
            state: State::Start,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    Nodes,
    Edges,
}

/// Writes GEXF to a [`Write`] implementation.
pub struct WriterGexfSerializer<W: Write> {
    writer: W,
    description: String,
    state: State,
}

impl<W: Write> WriterGexfSerializer<W> {
    fn header(&mut self) -> io::Result<()> {
        let w = &mut self.writer;
        writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            w,
            r#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
        )?;
        writeln!(
            w,
            "  <meta>\n    <creator>newsgraph</creator>\n    <description>{}</description>\n  </meta>",
            xml_escape(&self.description)
        )?;
        writeln!(
            w,
            r#"  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">"#
        )?;
        writeln!(w, r#"    <attributes class="node" mode="static">"#)?;
        for (id, kind) in [
            ("kind", "string"),
            ("mentions", "long"),
            ("articles", "long"),
            ("iri", "string"),
            ("altLabels", "string"),
        ] {
            writeln!(
                w,
                r#"      <attribute id="{id}" title="{id}" type="{kind}"/>"#
            )?;
        }
        writeln!(w, "    </attributes>")?;
        writeln!(w, r#"    <attributes class="edge" mode="static">"#)?;
        for (id, kind) in [
            ("kind", "string"),
            ("count", "long"),
            ("articles", "string"),
        ] {
            writeln!(
                w,
                r#"      <attribute id="{id}" title="{id}" type="{kind}"/>"#
            )?;
        }
        writeln!(w, "    </attributes>")
    }

    /// Moves the document to `state`, opening and closing sections; never backwards.
    fn enter(&mut self, state: State) -> io::Result<()> {
        if self.state == state {
            return Ok(());
        }
        if self.state == State::Start {
            self.header()?;
            writeln!(self.writer, "    <nodes>")?;
            self.state = State::Nodes;
        }
        if self.state == State::Nodes && state == State::Edges {
            writeln!(self.writer, "    </nodes>\n    <edges>")?;
            self.state = State::Edges;
        }
        if self.state != state {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "GEXF writes every node before the first edge",
            ));
        }
        Ok(())
    }

    fn attvalues(&mut self, values: &[(&str, String)]) -> io::Result<()> {
        writeln!(self.writer, "        <attvalues>")?;
        for (id, value) in values.iter().filter(|(_, v)| !v.is_empty()) {
            writeln!(
                self.writer,
                r#"          <attvalue for="{id}" value="{}"/>"#,
                xml_escape(value)
            )?;
        }
        writeln!(self.writer, "        </attvalues>")
    }

    pub fn serialize_node(&mut self, node: &Node) -> io::Result<()> {
        self.enter(State::Nodes)?;
        write!(
            self.writer,
            r#"      <node id="{}" label="{}""#,
            xml_escape(&node.id),
            xml_escape(&node.label)
        )?;
        write_interval(&mut self.writer, node.first, node.last)?;
        writeln!(self.writer, ">")?;
        self.attvalues(&[
            ("kind", node.kind.clone()),
            ("mentions", node.mentions.to_string()),
            ("articles", node.articles.to_string()),
            ("iri", node.iri.clone()),
            ("altLabels", node.alt_labels.join(" | ")),
        ])?;
        writeln!(self.writer, "      </node>")
    }

    pub fn serialize_edge(&mut self, edge: &Edge) -> io::Result<()> {
        self.enter(State::Edges)?;
        write!(
            self.writer,
            r#"      <edge id="{}" source="{}" target="{}" label="{}" kind="{}" weight="{}""#,
            xml_escape(&edge.id),
            xml_escape(&edge.source),
            xml_escape(&edge.target),
            xml_escape(&edge.kind),
            xml_escape(&edge.kind),
            edge.count
        )?;
        write_interval(&mut self.writer, edge.first, edge.last)?;
        writeln!(self.writer, ">")?;
        self.attvalues(&[
            ("kind", edge.kind.clone()),
            ("count", edge.count.to_string()),
            ("articles", edge.articles.join(" ")),
        ])?;
        writeln!(self.writer, "      </edge>")
    }

    /// Closes the document and returns the writer (not flushed).
    pub fn finish(mut self) -> io::Result<W> {
        self.enter(State::Edges)?;
        writeln!(self.writer, "    </edges>\n  </graph>\n</gexf>")?;
        Ok(self.writer)
    }
}

/// ` start="…" end="…"` when the dates are known.
fn write_interval(
    w: &mut impl Write,
    first: Option<chrono::NaiveDate>,
    last: Option<chrono::NaiveDate>,
) -> io::Result<()> {
    if let (Some(_), Some(_)) = (first, last) {
        write!(
            w,
            r#" start="{}" end="{}""#,
            date_string(first),
            date_string(last)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str) -> Node {
        Node {
            id: id.into(),
            iri: format!("https://w3id.org/newsgraph/id/{id}"),
            label: id.into(),
            kind: "Person".into(),
            alt_labels: vec![],
            mentions: 2,
            articles: 1,
            first: chrono::NaiveDate::from_ymd_opt(2023, 3, 20),
            last: chrono::NaiveDate::from_ymd_opt(2023, 3, 21),
        }
    }

    fn edge() -> Edge {
        Edge {
            id: "e0".into(),
            source: "person/a".into(),
            target: "person/b".into(),
            kind: "met".into(),
            count: 2,
            first: None,
            last: None,
            articles: vec!["x".into()],
        }
    }

    #[test]
    fn nodes_come_before_edges_with_dates() {
        let mut s = GexfSerializer::new().for_writer(Vec::new());
        s.serialize_node(&node("person/a")).unwrap();
        s.serialize_node(&node("person/b")).unwrap();
        s.serialize_edge(&edge()).unwrap();
        assert!(s.serialize_node(&node("person/c")).is_err());
        let out = String::from_utf8(s.finish().unwrap()).unwrap();
        assert!(
            out.contains(r#"start="2023-03-20" end="2023-03-21""#),
            "{out}"
        );
        assert!(out.find("</nodes>").unwrap() < out.find("<edge ").unwrap());
        assert!(out.trim_end().ends_with("</gexf>"));
    }

    #[test]
    fn an_empty_graph_is_a_complete_document() {
        let out = GexfSerializer::new()
            .for_writer(Vec::new())
            .finish()
            .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("<nodes>") && out.contains("</edges>"), "{out}");
    }
}
