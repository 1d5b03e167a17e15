//! `eval`: extraction scored against gold articles, or relations against a gold JSON Lines file.

use super::args::ReportFormat;
use anyhow::Result;
use newsgraph::eval;
use std::fmt::Display;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

/// Scores against a gold directory, or against a relation gold file when `gold` is a file.
pub(crate) fn eval(
    gold: &Path,
    articles: &Path,
    split: Option<&str>,
    format: ReportFormat,
    verbose: bool,
) -> Result<ExitCode> {
    if gold.is_file() {
        let mut report = eval::evaluate_relations(gold, articles, split)?;
        report.verbose = verbose;
        print_report(&report, format)?;
    } else {
        let mut report = eval::evaluate(gold, articles)?;
        report.verbose = verbose;
        print_report(&report, format)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A report on stdout: as its `Display` text (which ends its own lines) or as pretty JSON.
fn print_report(report: &(impl Display + serde::Serialize), format: ReportFormat) -> Result<()> {
    let mut out = io::stdout().lock();
    match format {
        ReportFormat::Text => write!(out, "{report}")?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(report)?)?,
    }
    Ok(())
}
