//! Runs extraction over a PolNeAR split in one process, on every core, and writes the
//! `SYSTEM.jsonl` that `../shared/eval/polnear_score.py` reads.
//!
//! `cargo run --release --example polnear_fast -- SPLIT_DIR OUT.jsonl [--tables DIR]`
//! (SPLIT_DIR holds `gold.jsonl` and `articles/`, e.g. `../shared/corpus/polnear/dev`;
//! `--tables DIR` adds a user's tables, as the CLI's option does, so that a table row can be
//! tried without a rebuild).
//!
//! # Rationale
//!
//! The benchmark runner (`polnear_run.py`) starts the binary twice per article with a fresh
//! on-disk store, which takes minutes per split; measuring a change needs seconds. This runs the
//! same steps the runner's commands do — the ingest readers, [`extract::extract`],
//! [`model::article_graph`], a store (in memory here) and the bundled `who-said-what` query —
//! so its output is the runner's, row for row: a statement is `{speaker, text, form, cue}`
//! (the query's `speakerName`, `text`, `form`, `cue`), exact duplicates collapsed.

use newsgraph::lexicon::Lexicon;
use newsgraph::store::GraphStore;
use newsgraph::{extract, ingest, model, query};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use rayon::prelude::*;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (split, out, tables) = match args.as_slice() {
        [split, out] => (split, out, None),
        [split, out, flag, dir] if flag == "--tables" => (split, out, Some(Path::new(dir))),
        _ => {
            eprintln!("usage: polnear_fast SPLIT_DIR OUT.jsonl [--tables DIR]");
            std::process::exit(2);
        }
    };
    if let Err(e) = tables.map_or(Ok(()), install_tables) {
        eprintln!("polnear_fast: {e}");
        std::process::exit(2);
    }
    if let Err(e) = run(Path::new(split), Path::new(out)) {
        eprintln!("polnear_fast: {e}");
        std::process::exit(2);
    }
}

fn run(split: &Path, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let started = std::time::Instant::now();
    let files = gold_files(&split.join("gold.jsonl"))?;
    let articles = split.join("articles");
    let lines: Vec<String> = files
        .par_iter()
        .map(|file| {
            let statements = statements_of(&articles.join(file)).unwrap_or_else(|e| {
                eprintln!("{file}: {e}");
                Vec::new()
            });
            json!({ "file": file, "statements": statements }).to_string()
        })
        .collect();
    let mut writer = std::io::BufWriter::new(std::fs::File::create(out)?);
    for line in &lines {
        writeln!(writer, "{line}")?;
    }
    writer.flush()?;
    eprintln!(
        "{} files in {:.1}s -> {}",
        files.len(),
        started.elapsed().as_secs_f64(),
        out.display()
    );
    Ok(())
}

/// Adds the `.tsv` tables of `dir` to the built-in ones before the first extraction.
fn install_tables(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut tables = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "tsv") {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            tables.push((name.into_owned(), text));
        }
    }
    let lexicon = Lexicon::with_extra(tables.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            format!("{}: bad tables: {}", dir.display(), lines.join("; "))
        })?;
    Lexicon::install(lexicon).map_err(|_| "tables installed after extraction started")?;
    Ok(())
}

/// The `file` of every line of a gold file, in order.
fn gold_files(gold: &Path) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let reader =
        BufReader::new(std::fs::File::open(gold).map_err(|e| format!("{}: {e}", gold.display()))?);
    let mut files = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(&line)
            .map_err(|e| format!("{}:{}: {e}", gold.display(), n + 1))?;
        match value["file"].as_str() {
            Some(file) => files.push(file.to_owned()),
            None => return Err(format!("{}:{}: no \"file\"", gold.display(), n + 1).into()),
        }
    }
    Ok(files)
}

/// What `ingest FILE` then `query who-said-what` gives for one article, as scorer rows.
fn statements_of(path: &Path) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
    let store = GraphStore::in_memory()?;
    for source in ingest::sources(&[PathBuf::from(path)]) {
        for article in source?.articles() {
            let article = article?;
            let doc = extract::extract(&article);
            store.put_article(&model::article_graph(&article, &doc))?;
        }
    }
    let sparql = query::find("who-said-what")
        .ok_or("no bundled who-said-what")?
        .sparql;
    let QueryResults::Solutions(solutions) = query::run(&store, sparql, &[])? else {
        return Err("who-said-what is not a SELECT".into());
    };
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    for solution in solutions {
        let solution = solution?;
        let cell = |name: &str| match solution.get(name) {
            Some(Term::Literal(l)) => Some(l.value().to_owned()),
            Some(Term::NamedNode(n)) => Some(n.as_str().to_owned()),
            Some(other) => Some(other.to_string()),
            None => None,
        };
        let row = [cell("speakerName"), cell("text"), cell("form"), cell("cue")];
        if seen.insert(row.clone()) {
            let [speaker, text, form, cue] = row;
            rows.push(json!({ "speaker": speaker, "text": text, "form": form, "cue": cue }));
        }
    }
    Ok(rows)
}
