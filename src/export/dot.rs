//! Graphviz DOT, to render the graph with `dot`, `sfdp` or `neato` (`dot -Tsvg graph.dot`).
//!
//! Entry point: [`DotSerializer`], in the style of oxttl's serializers:
//! `DotSerializer::new().for_writer(w)`, then `serialize_node`/`serialize_edge`, then
//! `finish()`.
//!
//! # Rationale
//!
//! - Every id and label is a quoted DOT string with `"` and `\` escaped and line breaks turned
//!   into `\n`, so names from the news ("Côte d'Ivoire", a headline with quotes) can never break
//!   the syntax or be read as Graphviz escapes (`\N`, `\G`).
//! - Nodes are coloured by kind and edges labelled with their kind and count (`met ×3`), with
//!   the pen width growing with the count: a rendering is readable without post-processing.
//!   The data attributes (`kind`, `mentions`, `count`, `first`, `last`) ride along for tools
//!   that read DOT as data (networkx, Gephi's DOT import).

use super::graph::{date_string, Edge, Node};
use std::io::{self, Write};

/// Builds a [`WriterDotSerializer`].
#[derive(Debug, Clone)]
pub struct DotSerializer {
    name: String,
}

impl Default for DotSerializer {
    fn default() -> Self {
        Self::new()
    }
}

impl DotSerializer {
    pub fn new() -> Self {
        Self {
            name: "newsgraph".into(),
        }
    }

    /// The name of the digraph (default `newsgraph`).
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    pub fn for_writer<W: Write>(self, writer: W) -> WriterDotSerializer<W> {
        WriterDotSerializer {
            writer,
            name: self.name,
            started: false,
        }
    }
}

/// Writes DOT to a [`Write`] implementation.
pub struct WriterDotSerializer<W: Write> {
    writer: W,
    name: String,
    started: bool,
}

impl<W: Write> WriterDotSerializer<W> {
    fn start(&mut self) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        writeln!(self.writer, "digraph {} {{", quote(&self.name))?;
        writeln!(
            self.writer,
            "  graph [overlap=false, splines=true, fontname=\"Helvetica\"];"
        )?;
        writeln!(
            self.writer,
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fillcolor=\"#eeeeee\"];"
        )?;
        writeln!(
            self.writer,
            "  edge [fontname=\"Helvetica\", fontsize=10, color=\"#555555\"];"
        )
    }

    pub fn serialize_node(&mut self, node: &Node) -> io::Result<()> {
        self.start()?;
        writeln!(
            self.writer,
            "  {} [label={}, fillcolor={}, tooltip={}, kind={}, mentions={}, first={}, last={}];",
            quote(&node.id),
            quote(&node.label),
            quote(colour(&node.kind)),
            quote(&format!("{} · {} mentions", node.kind, node.mentions)),
            quote(&node.kind),
            node.mentions,
            quote(&date_string(node.first)),
            quote(&date_string(node.last)),
        )
    }

    pub fn serialize_edge(&mut self, edge: &Edge) -> io::Result<()> {
        self.start()?;
        let label = if edge.count > 1 {
            format!("{} ×{}", edge.kind, edge.count)
        } else {
            edge.kind.clone()
        };
        let style = if edge.kind == super::graph::QUOTED_ABOUT {
            ", style=dashed"
        } else {
            ""
        };
        writeln!(
            self.writer,
            "  {} -> {} [label={}, penwidth={:.1}, weight={}{style}, kind={}, count={}, first={}, last={}];",
            quote(&edge.source),
            quote(&edge.target),
            quote(&label),
            (1.0 + (edge.count as f64).ln()).min(6.0),
            edge.count,
            quote(&edge.kind),
            edge.count,
            quote(&date_string(edge.first)),
            quote(&date_string(edge.last)),
        )
    }

    /// Closes the graph and returns the writer (not flushed).
    pub fn finish(mut self) -> io::Result<W> {
        self.start()?;
        writeln!(self.writer, "}}")?;
        Ok(self.writer)
    }
}

/// A DOT quoted string.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Fill colour of a node kind.
fn colour(kind: &str) -> &'static str {
    match kind {
        "Person" => "#cfe2ff",
        "Organization" => "#fff3cd",
        "Country" => "#d1e7dd",
        "Place" => "#e2e3e5",
        "Event" => "#f8d7da",
        _ => "#eeeeee",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_quotes_backslashes_and_newlines() {
        assert_eq!(quote("plain"), "\"plain\"");
        assert_eq!(quote(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(quote(r"a\Nb"), r#""a\\Nb""#);
        assert_eq!(quote("a\nb"), r#""a\nb""#);
    }

    #[test]
    fn a_graph_has_one_header_and_one_closing_brace() {
        let mut s = DotSerializer::new().for_writer(Vec::new());
        s.serialize_edge(&Edge {
            id: "e0".into(),
            source: "person/a".into(),
            target: "person/b".into(),
            kind: "met".into(),
            count: 3,
            first: None,
            last: None,
            articles: vec![],
        })
        .unwrap();
        let out = String::from_utf8(s.finish().unwrap()).unwrap();
        assert!(out.starts_with("digraph \"newsgraph\" {"), "{out}");
        assert!(
            out.contains(r#""person/a" -> "person/b" [label="met ×3""#),
            "{out}"
        );
        assert_eq!(out.matches('{').count(), out.matches('}').count());
    }
}
