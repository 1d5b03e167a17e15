//! Query results as an aligned text table, for reading in a terminal.
//!
//! Literals show their value, IRIs are shortened with the usual prefixes (`ng:`, `schema:`) and
//! the instance base (`id:`), long cells are cut at [`MAX_CELL`] characters with `…`. The machine
//! formats (CSV, TSV, JSON, XML) keep every term exactly.

use crate::model::vocab;
use oxigraph::model::Term;
use oxigraph::sparql::QuerySolutionIter;
use std::io::{self, Write};

/// Longest cell, in characters.
pub const MAX_CELL: usize = 80;

/// Writes solutions as a table with a header line; the solutions are read to the end first, to
/// size the columns.
pub fn write_table(solutions: QuerySolutionIter<'_>, writer: &mut impl Write) -> io::Result<()> {
    let variables: Vec<String> = solutions
        .variables()
        .iter()
        .map(|v| v.as_str().to_string())
        .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for solution in solutions {
        let solution = solution.map_err(io::Error::other)?;
        rows.push(
            solution
                .values()
                .iter()
                .map(|t| t.as_ref().map(cell).unwrap_or_default())
                .collect(),
        );
    }
    let mut widths: Vec<usize> = variables.iter().map(|v| v.chars().count()).collect();
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    write_row(writer, &variables, &widths)?;
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    write_row(writer, &rule, &widths)?;
    for row in &rows {
        write_row(writer, row, &widths)?;
    }
    if rows.len() != 1 {
        writeln!(writer, "({} rows)", rows.len())
    } else {
        writeln!(writer, "(1 row)")
    }
}

fn write_row(writer: &mut impl Write, cells: &[String], widths: &[usize]) -> io::Result<()> {
    let mut line = String::new();
    for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(c);
        if i + 1 < cells.len() {
            line.extend(std::iter::repeat_n(' ', w - c.chars().count()));
        }
    }
    writeln!(writer, "{}", line.trim_end())
}

/// The display form of a term.
fn cell(term: &Term) -> String {
    let s = match term {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => shorten(n.as_str()),
        Term::BlankNode(b) => b.to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    };
    let s: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if s.chars().count() > MAX_CELL {
        let mut cut: String = s.chars().take(MAX_CELL - 1).collect();
        cut.push('…');
        cut
    } else {
        s
    }
}

fn shorten(iri: &str) -> String {
    if let Some(rest) = iri.strip_prefix(vocab::ID) {
        return format!("id:{rest}");
    }
    for (prefix, ns) in vocab::PREFIXES {
        if let Some(rest) = iri.strip_prefix(ns) {
            return format!("{prefix}:{rest}");
        }
    }
    iri.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    #[test]
    fn cells_are_short_and_single_line() {
        let cases = [
            (Term::from(Literal::new_simple_literal("a\nb")), "a b"),
            (
                Term::from(NamedNode::new_unchecked(
                    "https://w3id.org/newsgraph/id/person/vladimir-putin",
                )),
                "id:person/vladimir-putin",
            ),
            (
                Term::from(NamedNode::new_unchecked("http://schema.org/Person")),
                "schema:Person",
            ),
        ];
        for (term, shown) in cases {
            assert_eq!(cell(&term), shown);
        }
        let long = Term::from(Literal::new_simple_literal("x".repeat(200)));
        assert_eq!(cell(&long).chars().count(), MAX_CELL);
    }
}
