//! `--tables DIR`: a user's own tables, added to the built-in ones before any command extracts.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// Reads a user's tables and makes extraction use them with the built-in ones.
pub(crate) fn install_tables(dir: &Path) -> Result<()> {
    let mut tables = Vec::new();
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the tables directory {}", dir.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("cannot read the tables directory {}", dir.display()))?
            .path();
        if path.extension().is_some_and(|e| e == "tsv") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read table {}", path.display()))?;
            tables.push((name, text));
        }
    }
    let lexicon = newsgraph::lexicon::Lexicon::with_extra(
        tables.iter().map(|(n, t)| (n.as_str(), t.as_str())),
    )
    .map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| format!("{}: {e}", dir.display()))
            .collect();
        anyhow::anyhow!("bad user tables:\n{}", lines.join("\n"))
    })?;
    if newsgraph::lexicon::Lexicon::install(lexicon).is_err() {
        bail!("user tables must be installed before extraction starts");
    }
    Ok(())
}
