//! Scores extraction against hand-annotated gold articles (DESIGN.md, "Evaluation").
//!
//! Entry points: [`evaluate`] runs the whole pipeline (read gold, read article, extract, score)
//! over a directory of gold files; [`score_article`] scores one ready-made [`Document`] and is what
//! tests use. [`evaluate_relations`] scores relations on corpus articles annotated by offsets
//! (`eval/relations/gold.jsonl`). The result is an [`EvalReport`]: per-category precision, recall and F1 per article
//! and micro-averaged over all articles, plus the misses and false positives behind them.
//!
//! # Rationale
//! The gold format (`gold.rs`) annotates text, not byte offsets, and all matching goes through
//! word tokens and proper names (`score.rs`), so gold files stay valid when ingest changes how it
//! lays the text out.

mod gold;
mod relations;
mod score;

pub use gold::{
    is_proper_form, GoldAffiliation, GoldArticle, GoldEntity, GoldQuote, GoldRelation,
    GoldStatement,
};
pub use relations::{
    evaluate_relations, read_relation_gold, score_relations, RelationGoldArticle,
    RelationGoldEvent, RelationReport, RelationScores,
};
pub use score::{
    normalise_name, score_article, tokens, ArticleScore, Category, Issue, IssueKind, Score, Scores,
};

use crate::extract::Document;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    #[error("cannot read gold directory {path}")]
    ReadDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid gold file {path}")]
    Gold {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("invalid publication date {value:?} in {path} (expected YYYY-MM-DD)")]
    Published { path: PathBuf, value: String },
    /// The article file could not be read as text (the message names the file).
    #[error(transparent)]
    Ingest(#[from] crate::ingest::IngestError),
}

/// Scores of every gold article and their micro-average.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    /// Sums of TP/FP/FN over all articles (micro-average).
    pub overall: Scores,
    /// One entry per gold file, in file-name order.
    pub articles: Vec<ArticleScore>,
    /// Whether [`Display`](fmt::Display) also prints [`EvalReport::details`].
    #[serde(skip)]
    pub verbose: bool,
}

impl EvalReport {
    /// Builds a report from per-article scores, summing them for the overall row.
    pub fn new(articles: Vec<ArticleScore>) -> Self {
        let mut overall = Scores::default();
        for a in &articles {
            overall += a.scores;
        }
        EvalReport {
            overall,
            articles,
            verbose: false,
        }
    }

    /// The misses and false positives of every article, one per line.
    pub fn details(&self) -> String {
        let mut out = String::new();
        for a in &self.articles {
            let _ = writeln!(out, "== {} ({} issues)", a.article, a.issues.len());
            for issue in &a.issues {
                let _ = writeln!(out, "  {issue}");
            }
        }
        out
    }
}

fn write_table(f: &mut fmt::Formatter<'_>, title: &str, scores: &Scores) -> fmt::Result {
    writeln!(f, "{title}")?;
    writeln!(
        f,
        "  {:<18} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5} {:>5}",
        "category", "P", "R", "F1", "TP", "FP", "FN", "found"
    )?;
    let num = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.3}"));
    for category in Category::ALL {
        let s = scores.get(category);
        writeln!(
            f,
            "  {:<18} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5} {:>5}",
            category.label(),
            num(s.precision()),
            num(s.recall()),
            num(s.f1()),
            s.tp,
            s.fp,
            s.missed,
            s.found
        )?;
    }
    let dates = scores.quote_dates;
    writeln!(
        f,
        "  quote dates: {}/{} correct",
        dates.found,
        dates.found + dates.missed
    )
}

impl fmt::Display for EvalReport {
    /// P = TP/(TP+FP) over extracted items; R = found/(found+FN) over gold items (several
    /// extracted quotes may find one gold quote, so TP and found can differ).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_table(
            f,
            &format!("overall ({} articles, micro-averaged)", self.articles.len()),
            &self.overall,
        )?;
        for a in &self.articles {
            writeln!(f)?;
            write_table(f, &a.article, &a.scores)?;
        }
        if self.verbose {
            writeln!(f)?;
            f.write_str(&self.details())?;
        }
        Ok(())
    }
}

/// Reads every `*.json` gold file in `gold_dir`, extracts the article it names from
/// `articles_dir` and scores it.
pub fn evaluate(gold_dir: &Path, articles_dir: &Path) -> anyhow::Result<EvalReport> {
    let read_dir = |source| EvalError::ReadDir {
        path: gold_dir.to_path_buf(),
        source,
    };
    let mut gold_files = Vec::new();
    for entry in std::fs::read_dir(gold_dir).map_err(read_dir)? {
        let path = entry.map_err(read_dir)?.path();
        if path.extension().is_some_and(|e| e == "json") && path.is_file() {
            gold_files.push(path);
        }
    }
    gold_files.sort();

    let mut articles = Vec::with_capacity(gold_files.len());
    for path in gold_files {
        let gold = read_gold(&path)?;
        let doc = extract_article(&gold, &path, articles_dir)?;
        articles.push(score_article(&gold, &doc));
    }
    Ok(EvalReport::new(articles))
}

/// Parses one gold file.
pub fn read_gold(path: &Path) -> Result<GoldArticle, EvalError> {
    let bytes = std::fs::read(path).map_err(|source| EvalError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|source| EvalError::Gold {
        path: path.to_path_buf(),
        source,
    })
}

fn extract_article(
    gold: &GoldArticle,
    gold_path: &Path,
    articles_dir: &Path,
) -> Result<Document, EvalError> {
    let path = articles_dir.join(&gold.article);
    let bytes = std::fs::read(&path).map_err(|source| EvalError::Read {
        path: path.clone(),
        source,
    })?;
    let mut article = crate::ingest::read_text(&path.display().to_string(), &bytes)?;
    // The publication date is gold metadata the article file lacks; quote dates fall back on it.
    if article.date.is_none() {
        if let Some(published) = &gold.published {
            let date = published
                .trim()
                .parse::<NaiveDate>()
                .map_err(|_| EvalError::Published {
                    path: gold_path.to_path_buf(),
                    value: published.clone(),
                })?;
            article.date = Some(date);
        }
    }
    Ok(crate::extract::extract(&article))
}
