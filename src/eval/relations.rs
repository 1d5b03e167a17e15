//! Scores relations (who did what to whom) on corpus articles annotated by offsets.
//!
//! Entry point: [`evaluate_relations`]. The gold is a JSON Lines file
//! (`eval/relations/gold.jsonl`, rules in `eval/relations/README.md`): one line per article,
//! naming the article by its path under the corpus directory, and one entry per interaction with
//! the character offsets of its sentence, the canonical names of agent and target, the event
//! type (`data/event_types.tsv`) and the modality. No corpus text is copied, so the file can live
//! in the repository while the corpus (research use only) stays outside it.
//!
//! # Rationale
//! - An extracted relation belongs to a gold sentence when its trigger starts inside it: the
//!   trigger is where the system read the relation, and its own sentence splitter may cut the
//!   text differently from the annotator's.
//! - Names match when their normalised word sequences are equal or one ends the other ("Blair"
//!   for "Tony Blair"), or equal one of the gold `agent_alt` / `target_alt` names.
//! - Three figures: pair P/R/F1 (the two entities, in either order, ignoring the predicate);
//!   typed P/R/F1 (predicate and direction too; `met`, `agreedWith` and `negotiatedWith` are
//!   symmetric); modality accuracy over the pair-matched events. Matching is one-to-one, greedy
//!   in gold order (typed candidates first), which is exact enough for a handful of events per
//!   sentence.

use super::score::{normalise_name, Score};
use crate::extract::Document;
use serde::{Deserialize, Serialize};
use std::fmt::{self, Write as _};
use std::path::Path;

const SYMMETRIC: &[&str] = &["met", "agreedWith", "negotiatedWith"];

/// One annotated article of the relation gold.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RelationGoldArticle {
    /// Path of the article under the corpus directory.
    pub article: String,
    /// `dev` (to develop on) or `heldout` (scored only to report).
    pub split: String,
    #[serde(default)]
    pub relations: Vec<RelationGoldEvent>,
}

/// One interaction between two named entities.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RelationGoldEvent {
    /// Start and end of the sentence, in characters (Unicode scalar values) of the file.
    pub sentence: [usize; 2],
    pub agent: String,
    pub predicate: String,
    pub target: String,
    /// `asserted`, `negated`, `hedged`, `future` or `reported`.
    pub modality: String,
    #[serde(default)]
    pub agent_alt: Vec<String>,
    #[serde(default)]
    pub target_alt: Vec<String>,
}

/// Figures for one split.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RelationScores {
    pub articles: usize,
    pub pair: Score,
    pub typed: Score,
    /// Pair-matched events whose modality is right, and all pair-matched events.
    pub modality_right: usize,
    pub modality_total: usize,
}

/// The scores per split plus every miss and false positive.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RelationReport {
    /// `(split, scores)`, splits in the order they first appear, then `all`.
    pub splits: Vec<(String, RelationScores)>,
    pub details: Vec<String>,
    #[serde(skip)]
    pub verbose: bool,
}

/// A system relation reduced to what is scored.
#[derive(Debug, Clone)]
struct SysEvent {
    agent: String,
    target: String,
    predicate: String,
    modality: String,
    trigger: usize,
}

fn words(name: &str) -> Vec<String> {
    let n = normalise_name(name);
    let n = n.strip_prefix("the ").unwrap_or(&n);
    n.split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether an extracted name names the gold entity.
fn name_matches(got: &str, canonical: &str, alts: &[String]) -> bool {
    let g = words(got);
    if g.is_empty() {
        return false;
    }
    std::iter::once(canonical)
        .chain(alts.iter().map(String::as_str))
        .any(|name| {
            let w = words(name);
            !w.is_empty() && (w.ends_with(&g) || g.ends_with(&w))
        })
}

fn pair_matches(g: &RelationGoldEvent, s: &SysEvent) -> Option<bool> {
    let forward = name_matches(&s.agent, &g.agent, &g.agent_alt)
        && name_matches(&s.target, &g.target, &g.target_alt);
    let backward = name_matches(&s.agent, &g.target, &g.target_alt)
        && name_matches(&s.target, &g.agent, &g.agent_alt);
    (forward || backward).then_some(forward)
}

fn typed_matches(g: &RelationGoldEvent, s: &SysEvent) -> bool {
    match pair_matches(g, s) {
        Some(forward) => {
            s.predicate == g.predicate && (forward || SYMMETRIC.contains(&g.predicate.as_str()))
        }
        None => false,
    }
}

fn system_events(doc: &Document) -> Vec<SysEvent> {
    let a = &doc.annotations;
    a.relations
        .iter()
        .map(|r| SysEvent {
            agent: a.entities[r.agent].name.clone(),
            target: a.entities[r.target].name.clone(),
            predicate: r.predicate.clone(),
            modality: r.modality.as_str().to_string(),
            trigger: r.trigger_span.start,
        })
        .collect()
}

/// Byte offset of character offset `chars` in `text`.
fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(b, _)| b)
}

/// Scores one article's extracted relations against its gold events.
pub fn score_relations(
    gold: &RelationGoldArticle,
    doc: &Document,
    details: &mut Vec<String>,
) -> RelationScores {
    let sys = system_events(doc);
    let text = &doc.text;
    let spans: Vec<(usize, usize)> = gold
        .relations
        .iter()
        .map(|g| {
            (
                byte_offset(text, g.sentence[0]),
                byte_offset(text, g.sentence[1]),
            )
        })
        .collect();
    let inside = |gi: usize, s: &SysEvent| spans[gi].0 <= s.trigger && s.trigger < spans[gi].1;
    let mut scores = RelationScores {
        articles: 1,
        ..RelationScores::default()
    };
    // Pair matching, then typed matching, each one-to-one.
    let matching = |typed: bool| {
        let mut used = vec![false; sys.len()];
        let mut pairs = Vec::new();
        for (gi, g) in gold.relations.iter().enumerate() {
            let pick = |want_typed: bool, used: &[bool]| {
                (0..sys.len()).find(|&si| {
                    !used[si]
                        && inside(gi, &sys[si])
                        && if want_typed {
                            typed_matches(g, &sys[si])
                        } else {
                            pair_matches(g, &sys[si]).is_some()
                        }
                })
            };
            let hit = pick(true, &used).or_else(|| if typed { None } else { pick(false, &used) });
            if let Some(si) = hit {
                used[si] = true;
                pairs.push((gi, si));
            }
        }
        (used, pairs)
    };
    let (used_pair, pairs) = matching(false);
    let (used_typed, typed_pairs) = matching(true);
    scores.pair = Score {
        tp: pairs.len(),
        fp: sys.len() - pairs.len(),
        found: pairs.len(),
        missed: gold.relations.len() - pairs.len(),
    };
    scores.typed = Score {
        tp: typed_pairs.len(),
        fp: sys.len() - typed_pairs.len(),
        found: typed_pairs.len(),
        missed: gold.relations.len() - typed_pairs.len(),
    };
    for &(gi, si) in &pairs {
        scores.modality_total += 1;
        if gold.relations[gi].modality == sys[si].modality {
            scores.modality_right += 1;
        } else {
            let g = &gold.relations[gi];
            details.push(format!(
                "{}: modality {} for {} {} {} (gold {})",
                gold.article, sys[si].modality, g.agent, g.predicate, g.target, g.modality
            ));
        }
    }
    let sentence_of = |pos: usize| {
        doc.annotations
            .sentences
            .iter()
            .find(|s| s.start <= pos && pos < s.end)
            .map_or("", |s| &text[s.clone()])
    };
    for (gi, g) in gold.relations.iter().enumerate() {
        if !typed_pairs.iter().any(|&(x, _)| x == gi) {
            let how =
                pairs
                    .iter()
                    .find(|&&(x, _)| x == gi)
                    .map_or("missed".to_string(), |&(_, si)| {
                        format!(
                            "untyped only (got {} {} {})",
                            sys[si].agent, sys[si].predicate, sys[si].target
                        )
                    });
            let (s, e) = spans[gi];
            details.push(format!(
                "{}: {how}: {} {} {} [{}] | {}",
                gold.article,
                g.agent,
                g.predicate,
                g.target,
                g.modality,
                &text[s.min(text.len())..e.min(text.len())]
            ));
        }
    }
    for (si, s) in sys.iter().enumerate() {
        if !used_typed[si] && !used_pair[si] {
            details.push(format!(
                "{}: false positive: {} {} {} [{}] | {}",
                gold.article,
                s.agent,
                s.predicate,
                s.target,
                s.modality,
                sentence_of(s.trigger)
            ));
        }
    }
    scores
}

impl std::ops::AddAssign for RelationScores {
    fn add_assign(&mut self, o: RelationScores) {
        self.articles += o.articles;
        self.pair += o.pair;
        self.typed += o.typed;
        self.modality_right += o.modality_right;
        self.modality_total += o.modality_total;
    }
}

/// Reads the gold file (JSON Lines).
pub fn read_relation_gold(path: &Path) -> anyhow::Result<Vec<RelationGoldArticle>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|e| {
                anyhow::anyhow!("{}:{}: invalid gold line: {e}", path.display(), n + 1)
            })
        })
        .collect()
}

/// Extracts every article the gold names from `corpus_dir` and scores its relations, per split
/// (only `split` when given) and overall.
pub fn evaluate_relations(
    gold_path: &Path,
    corpus_dir: &Path,
    split: Option<&str>,
) -> anyhow::Result<RelationReport> {
    let gold = read_relation_gold(gold_path)?;
    let mut report = RelationReport::default();
    let mut all = RelationScores::default();
    for g in gold.iter().filter(|g| split.is_none_or(|s| s == g.split)) {
        let path = corpus_dir.join(&g.article);
        let bytes = std::fs::read(&path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        let article = crate::ingest::read_text(&path.display().to_string(), &bytes)?;
        let doc = crate::extract::extract(&article);
        let s = score_relations(g, &doc, &mut report.details);
        match report.splits.iter_mut().find(|(name, _)| *name == g.split) {
            Some((_, acc)) => *acc += s.clone(),
            None => report.splits.push((g.split.clone(), s.clone())),
        }
        all += s;
    }
    report.splits.push(("all".to_string(), all));
    Ok(report)
}

impl fmt::Display for RelationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let num = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{x:.3}"));
        writeln!(
            f,
            "{:<8} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5} {:>9}",
            "split",
            "art",
            "pairP",
            "pairR",
            "pairF",
            "typP",
            "typR",
            "typF",
            "TP",
            "FP",
            "FN",
            "modality"
        )?;
        for (name, s) in &self.splits {
            let modality = if s.modality_total == 0 {
                "-".to_string()
            } else {
                format!("{}/{}", s.modality_right, s.modality_total)
            };
            writeln!(
                f,
                "{:<8} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5} {:>9}",
                name,
                s.articles,
                num(s.pair.precision()),
                num(s.pair.recall()),
                num(s.pair.f1()),
                num(s.typed.precision()),
                num(s.typed.recall()),
                num(s.typed.f1()),
                s.typed.tp,
                s.typed.fp,
                s.typed.missed,
                modality
            )?;
        }
        if self.verbose {
            let mut out = String::new();
            for d in &self.details {
                let _ = writeln!(out, "  {d}");
            }
            f.write_str(&out)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_by_full_name_surname_or_alternative() {
        assert!(name_matches("Blair", "Tony Blair", &[]));
        assert!(name_matches("Tony Blair", "Tony Blair", &[]));
        assert!(name_matches(
            "the Tories",
            "Conservative Party",
            &["Tories".into()]
        ));
        assert!(!name_matches("Brown", "Tony Blair", &[]));
        assert!(!name_matches("Tony", "Tony Blair", &[]));
    }

    #[test]
    fn a_relation_outside_the_gold_sentence_is_a_false_positive() {
        let text = "Blair met Brown. Howard met Kennedy.";
        let doc = crate::extract::extract_text(text, None);
        let gold = RelationGoldArticle {
            article: "x".into(),
            split: "dev".into(),
            relations: vec![RelationGoldEvent {
                sentence: [0, 16],
                agent: "Blair".into(),
                predicate: "met".into(),
                target: "Brown".into(),
                modality: "asserted".into(),
                agent_alt: vec![],
                target_alt: vec![],
            }],
        };
        let s = score_relations(&gold, &doc, &mut Vec::new());
        assert_eq!(
            (s.typed.tp, s.typed.missed),
            (1, 0),
            "{:?}",
            doc.annotations.relations
        );
        assert_eq!(s.typed.fp, doc.annotations.relations.len() - 1);
        assert_eq!((s.modality_right, s.modality_total), (1, 1));
    }
}
