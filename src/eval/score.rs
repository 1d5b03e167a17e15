//! Scoring one extracted [`Document`] against one [`GoldArticle`] (DESIGN.md, "Evaluation").
//!
//! Entry point: [`score_article`]. Everything is compared through normalised word tokens and
//! normalised names, never through spans: the gold files are written against the text, not
//! against byte offsets, so they survive changes to ingest (whitespace, headline handling).
//!
//! # Rationale
//! - Quote and speech matching is by token *multiset* coverage (≥ 60 %), so an extracted quote
//!   that drops a trailing comma, keeps the closing "he said" out, or splits at a different
//!   sentence boundary still counts, while one that only shares a few common words does not.
//! - Recall and precision are counted on their own sides: several extracted quotes may find the
//!   same gold quote, and one extracted quote may cover several short gold quotes. [`Score`]
//!   therefore keeps the precision numerator (`tp`) and the recall numerator (`found`) apart.
//! - Extracted quotes are the direct and partial statements plus the quoted words a paraphrase
//!   marks (`said the plan was “a waste of time”`), credited to the paraphrase's speaker: the
//!   words are quoted either way, and one utterance stays one statement.
//!   Relations are matched one-to-one (a maximum bipartite matching), as the rules require.

use super::gold::{GoldArticle, GoldEntity};
use crate::extract::{Document, EntityKind, StatementForm};
use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::AddAssign;

/// Counts for one category. Precision is `tp / (tp + fp)`, recall `found / (found + missed)`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Extracted items judged right (precision numerator).
    pub tp: usize,
    /// Extracted items judged wrong.
    pub fp: usize,
    /// Gold items found (recall numerator).
    pub found: usize,
    /// Gold items missed (false negatives).
    pub missed: usize,
}

impl Score {
    /// `None` when nothing was extracted (or everything extracted matched optional gold).
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `None` when the gold has nothing (non-optional) in this category.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.found, self.found + self.missed)
    }

    /// Harmonic mean of precision and recall; an undefined side counts as 0 unless both are.
    pub fn f1(&self) -> Option<f64> {
        match (self.precision(), self.recall()) {
            (None, None) => None,
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            _ => Some(0.0),
        }
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

impl AddAssign for Score {
    fn add_assign(&mut self, other: Score) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.found += other.found;
        self.missed += other.missed;
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Score", 7)?;
        s.serialize_field("tp", &self.tp)?;
        s.serialize_field("fp", &self.fp)?;
        s.serialize_field("found", &self.found)?;
        s.serialize_field("fn", &self.missed)?;
        s.serialize_field("precision", &self.precision())?;
        s.serialize_field("recall", &self.recall())?;
        s.serialize_field("f1", &self.f1())?;
        s.end()
    }
}

/// The scored categories, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    QuoteDetection,
    QuoteAttribution,
    ReportedSpeech,
    RelationsUntyped,
    RelationsTyped,
    Entities,
    EntitiesTyped,
    QuoteDates,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::QuoteDetection,
        Category::QuoteAttribution,
        Category::ReportedSpeech,
        Category::RelationsUntyped,
        Category::RelationsTyped,
        Category::Entities,
        Category::EntitiesTyped,
        Category::QuoteDates,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::QuoteDetection => "quote detection",
            Category::QuoteAttribution => "quote attribution",
            Category::ReportedSpeech => "reported speech",
            Category::RelationsUntyped => "relations untyped",
            Category::RelationsTyped => "relations typed",
            Category::Entities => "entities",
            Category::EntitiesTyped => "entities typed",
            Category::QuoteDates => "quote dates",
        }
    }
}

/// All category scores of one article, or summed over articles (micro-average).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Scores {
    pub quote_detection: Score,
    pub quote_attribution: Score,
    /// Attribution-level: content found and speaker right.
    pub reported_speech: Score,
    pub relations_untyped: Score,
    pub relations_typed: Score,
    pub entities: Score,
    pub entities_typed: Score,
    /// `found`/`tp`: dated gold quotes whose matched quote has the right date; `missed`: the
    /// other dated gold quotes; `fp`: dated gold quotes found with a wrong or no date.
    pub quote_dates: Score,
}

impl Scores {
    pub fn get(&self, category: Category) -> Score {
        match category {
            Category::QuoteDetection => self.quote_detection,
            Category::QuoteAttribution => self.quote_attribution,
            Category::ReportedSpeech => self.reported_speech,
            Category::RelationsUntyped => self.relations_untyped,
            Category::RelationsTyped => self.relations_typed,
            Category::Entities => self.entities,
            Category::EntitiesTyped => self.entities_typed,
            Category::QuoteDates => self.quote_dates,
        }
    }
}

impl AddAssign for Scores {
    fn add_assign(&mut self, o: Scores) {
        self.quote_detection += o.quote_detection;
        self.quote_attribution += o.quote_attribution;
        self.reported_speech += o.reported_speech;
        self.relations_untyped += o.relations_untyped;
        self.relations_typed += o.relations_typed;
        self.entities += o.entities;
        self.entities_typed += o.entities_typed;
        self.quote_dates += o.quote_dates;
    }
}

/// What went wrong with one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// A gold item nothing extracted matches.
    Missed,
    /// An extracted item no gold item matches.
    FalsePositive,
    /// Found, but attributed to someone else.
    Misattributed,
    /// Found, but with another entity type or predicate.
    WrongType,
    /// Found, but with another or no date.
    WrongDate,
}

impl IssueKind {
    pub fn label(self) -> &'static str {
        match self {
            IssueKind::Missed => "missed",
            IssueKind::FalsePositive => "false positive",
            IssueKind::Misattributed => "misattributed",
            IssueKind::WrongType => "wrong type",
            IssueKind::WrongDate => "wrong date",
        }
    }
}

/// One miss or false positive, for debugging the extractor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    pub category: Category,
    pub kind: IssueKind,
    /// Gold text for misses, extracted text for false positives.
    pub text: String,
    pub expected: Option<String>,
    pub got: Option<String>,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<18} {:<14} {:?}",
            self.category.label(),
            self.kind.label(),
            self.text
        )?;
        if let Some(e) = &self.expected {
            write!(f, "  expected: {e}")?;
        }
        if self.got.is_some() || self.kind == IssueKind::Misattributed {
            write!(f, "  got: {}", self.got.as_deref().unwrap_or("(none)"))?;
        }
        Ok(())
    }
}

/// The scores of one article with the misses and false positives behind them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleScore {
    /// The gold file's `article` field.
    pub article: String,
    pub scores: Scores,
    pub issues: Vec<Issue>,
}

/// Scores one extracted document against its gold annotation.
pub fn score_article(gold: &GoldArticle, doc: &Document) -> ArticleScore {
    let names = GoldNames::new(&gold.entities);
    let mut issues = Vec::new();

    let quotes: Vec<GoldSpeech> = gold
        .quotes
        .iter()
        .map(|q| GoldSpeech {
            text: &q.text,
            speaker: &q.speaker,
            speakers: names.set(std::iter::once(&q.speaker).chain(&q.alt_speakers)),
            date: q.date.as_deref(),
            optional: q.optional,
            bag: Bag::new(&q.text),
        })
        .collect();
    let speech: Vec<GoldSpeech> = gold
        .statements
        .iter()
        .map(|s| GoldSpeech {
            text: &s.content,
            speaker: &s.speaker,
            speakers: names.set(std::iter::once(&s.speaker).chain(&s.alt_speakers)),
            date: None,
            optional: s.optional,
            bag: Bag::new(&s.content),
        })
        .collect();
    let extracted = |forms: &[StatementForm]| -> Vec<ExtSpeech> {
        doc.annotations
            .statements
            .iter()
            .filter(|s| forms.contains(&s.form))
            .map(|s| {
                let text = s.text(&doc.text);
                ExtSpeech {
                    bag: Bag::new(&text),
                    text,
                    speaker: s.speaker.and_then(|id| entity_name(doc, id)),
                    date: s.date.map(|d| d.date),
                }
            })
            .collect()
    };

    // Quoted words marked inside a paraphrase are quotes of its speaker too: "said the plan
    // was “a waste of time”" quotes "a waste of time".
    let mut extracted_quotes = extracted(&[StatementForm::Direct, StatementForm::Partial]);
    for s in &doc.annotations.statements {
        if s.form != StatementForm::Indirect {
            continue;
        }
        for q in &s.quoted {
            let text = doc.text.get(q.clone()).unwrap_or("").to_string();
            extracted_quotes.push(ExtSpeech {
                bag: Bag::new(&text),
                text,
                speaker: s.speaker.and_then(|id| entity_name(doc, id)),
                date: s.date.map(|d| d.date),
            });
        }
    }
    let q = score_speech(
        &quotes,
        &extracted_quotes,
        (Category::QuoteDetection, Category::QuoteAttribution),
        &mut issues,
    );
    let s = score_speech(
        &speech,
        &extracted(&[StatementForm::Indirect]),
        (Category::ReportedSpeech, Category::ReportedSpeech),
        &mut issues,
    );
    let (relations_untyped, relations_typed) = score_relations(gold, doc, &names, &mut issues);
    let (entities, entities_typed) = score_entities(gold, doc, &mut issues);

    ArticleScore {
        article: gold.article.clone(),
        scores: Scores {
            quote_detection: q.detection,
            quote_attribution: q.attribution,
            reported_speech: s.attribution,
            relations_untyped,
            relations_typed,
            entities,
            entities_typed,
            quote_dates: q.dates,
        },
        issues,
    }
}

fn entity_name(doc: &Document, id: usize) -> Option<&str> {
    doc.annotations.entities.get(id).map(|e| e.name.as_str())
}

// ---------------------------------------------------------------------------------------------
// Tokens and names

fn normalise_apostrophe(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' => '\'',
        c => c,
    }
}

/// Lower-cased word tokens: alphanumeric runs, with an apostrophe kept between letters
/// ("haven’t" → `haven't`); everything else is a separator.
pub fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().map(normalise_apostrophe).collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else if c == '\''
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())
        {
            current.push('\'');
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Names compare case-insensitively, with apostrophes and whitespace normalised.
pub fn normalise_name(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            w.chars()
                .map(normalise_apostrophe)
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A token multiset.
#[derive(Debug, Default)]
struct Bag {
    counts: HashMap<String, usize>,
    len: usize,
}

impl Bag {
    fn new(text: &str) -> Bag {
        let mut bag = Bag::default();
        for t in tokens(text) {
            *bag.counts.entry(t).or_default() += 1;
            bag.len += 1;
        }
        bag
    }

    /// Size of the multiset intersection.
    fn shared(&self, other: &Bag) -> usize {
        let (small, large) = if self.counts.len() <= other.counts.len() {
            (self, other)
        } else {
            (other, self)
        };
        small
            .counts
            .iter()
            .map(|(t, &n)| n.min(large.counts.get(t).copied().unwrap_or(0)))
            .sum()
    }
}

/// Whether `shared` tokens are at least 60 % of `len` (integer arithmetic: no rounding at 60 %).
fn covers(shared: usize, len: usize) -> bool {
    len > 0 && shared * 5 >= len * 3
}

/// Looks gold entity names up to expand a name into its proper surface forms.
struct GoldNames<'g> {
    by_name: HashMap<String, &'g GoldEntity>,
}

impl<'g> GoldNames<'g> {
    fn new(entities: &'g [GoldEntity]) -> Self {
        let mut by_name = HashMap::new();
        for e in entities {
            by_name.entry(normalise_name(&e.name)).or_insert(e);
        }
        GoldNames { by_name }
    }

    /// The normalised names and proper surface forms of every named entity.
    fn set<'a>(&self, names: impl IntoIterator<Item = &'a String>) -> HashSet<String> {
        let mut set = HashSet::new();
        for name in names {
            let key = normalise_name(name);
            if let Some(e) = self.by_name.get(&key) {
                set.extend(e.proper_forms().map(normalise_name));
            }
            set.insert(key);
        }
        set
    }
}

fn speaker_matches(speakers: &HashSet<String>, got: Option<&str>) -> bool {
    got.is_some_and(|g| speakers.contains(&normalise_name(g)))
}

// ---------------------------------------------------------------------------------------------
// Quotes and reported speech

struct GoldSpeech<'g> {
    text: &'g str,
    speaker: &'g str,
    speakers: HashSet<String>,
    date: Option<&'g str>,
    optional: bool,
    bag: Bag,
}

struct ExtSpeech<'d> {
    text: String,
    speaker: Option<&'d str>,
    date: Option<NaiveDate>,
    bag: Bag,
}

struct SpeechScores {
    detection: Score,
    attribution: Score,
    dates: Score,
}

/// Whether an extracted date agrees with a gold `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
fn date_matches(gold: &str, got: NaiveDate) -> bool {
    let gold = gold.trim();
    [4, 7, 10].contains(&gold.len()) && got.format("%Y-%m-%d").to_string().starts_with(gold)
}

fn score_speech(
    gold: &[GoldSpeech],
    ext: &[ExtSpeech],
    (detect_cat, attr_cat): (Category, Category),
    issues: &mut Vec<Issue>,
) -> SpeechScores {
    let mut out = SpeechScores {
        detection: Score::default(),
        attribution: Score::default(),
        dates: Score::default(),
    };
    let shared: Vec<Vec<usize>> = gold
        .iter()
        .map(|g| ext.iter().map(|e| g.bag.shared(&e.bag)).collect())
        .collect();
    // (gold, extracted) pairs already reported as misattributed from the gold side.
    let mut reported = HashSet::new();

    // Recall: each gold item against the extracted item covering most of it (ties: the tighter).
    for (gi, g) in gold.iter().enumerate() {
        if g.optional {
            continue;
        }
        let best = ext
            .iter()
            .enumerate()
            .filter(|&(ei, _)| covers(shared[gi][ei], g.bag.len))
            .max_by_key(|&(ei, e)| (shared[gi][ei], std::cmp::Reverse(e.bag.len)));
        let Some((ei, e)) = best else {
            out.detection.missed += 1;
            out.attribution.missed += 1;
            issues.push(Issue {
                category: detect_cat,
                kind: IssueKind::Missed,
                text: g.text.to_string(),
                expected: Some(g.speaker.to_string()),
                got: None,
            });
            if g.date.is_some() {
                out.dates.missed += 1;
            }
            continue;
        };
        out.detection.found += 1;
        if speaker_matches(&g.speakers, e.speaker) {
            out.attribution.found += 1;
        } else {
            out.attribution.missed += 1;
            reported.insert((gi, ei));
            issues.push(Issue {
                category: attr_cat,
                kind: IssueKind::Misattributed,
                text: g.text.to_string(),
                expected: Some(g.speaker.to_string()),
                got: e.speaker.map(str::to_string),
            });
        }
        if let Some(date) = g.date {
            if e.date.is_some_and(|d| date_matches(date, d)) {
                out.dates.found += 1;
                out.dates.tp += 1;
            } else {
                out.dates.missed += 1;
                out.dates.fp += 1;
                issues.push(Issue {
                    category: Category::QuoteDates,
                    kind: IssueKind::WrongDate,
                    text: g.text.to_string(),
                    expected: Some(date.to_string()),
                    got: e.date.map(|d| d.to_string()),
                });
            }
        }
    }

    // Precision: each extracted item against the gold item sharing most tokens with it (ties:
    // the tighter gold item, then a non-optional one, then one whose speaker matches).
    for (ei, e) in ext.iter().enumerate() {
        let best = gold.iter().enumerate().max_by_key(|&(gi, g)| {
            (
                shared[gi][ei],
                std::cmp::Reverse(g.bag.len),
                !g.optional,
                speaker_matches(&g.speakers, e.speaker),
            )
        });
        match best {
            Some((gi, g)) if covers(shared[gi][ei], e.bag.len) => {
                if g.optional {
                    continue;
                }
                out.detection.tp += 1;
                if speaker_matches(&g.speakers, e.speaker) {
                    out.attribution.tp += 1;
                } else {
                    out.attribution.fp += 1;
                    if !reported.contains(&(gi, ei)) {
                        issues.push(Issue {
                            category: attr_cat,
                            kind: IssueKind::Misattributed,
                            text: e.text.clone(),
                            expected: Some(g.speaker.to_string()),
                            got: e.speaker.map(str::to_string),
                        });
                    }
                }
            }
            _ => {
                out.detection.fp += 1;
                out.attribution.fp += 1;
                issues.push(Issue {
                    category: detect_cat,
                    kind: IssueKind::FalsePositive,
                    text: e.text.clone(),
                    expected: None,
                    got: Some(e.speaker.unwrap_or("(no speaker)").to_string()),
                });
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Relations

struct GoldRel {
    label: String,
    subjects: HashSet<String>,
    objects: HashSet<String>,
    predicates: HashSet<String>,
    symmetric: bool,
    optional: bool,
}

struct ExtRel<'d> {
    agent: &'d str,
    predicate: &'d str,
    target: &'d str,
}

impl ExtRel<'_> {
    fn label(&self) -> String {
        format!("{} {} {}", self.agent, self.predicate, self.target)
    }
}

impl GoldRel {
    fn matches(&self, e: &ExtRel, typed: bool) -> bool {
        let (a, t) = (normalise_name(e.agent), normalise_name(e.target));
        let ends = (self.subjects.contains(&a) && self.objects.contains(&t))
            || (self.symmetric && self.subjects.contains(&t) && self.objects.contains(&a));
        ends && (!typed || self.predicates.contains(&e.predicate.to_lowercase()))
    }
}

fn score_relations(
    gold: &GoldArticle,
    doc: &Document,
    names: &GoldNames,
    issues: &mut Vec<Issue>,
) -> (Score, Score) {
    let golds: Vec<GoldRel> = gold
        .relations
        .iter()
        .map(|r| GoldRel {
            label: format!("{} {} {}", r.subject, r.predicate, r.object),
            subjects: names.set(std::iter::once(&r.subject).chain(&r.alt_subjects)),
            objects: names.set(std::iter::once(&r.object).chain(&r.alt_objects)),
            predicates: std::iter::once(&r.predicate)
                .chain(&r.alt_predicates)
                .map(|p| p.to_lowercase())
                .collect(),
            symmetric: r.symmetric,
            optional: r.optional,
        })
        .collect();

    // The same (agent, predicate, target) extracted twice counts once.
    let mut seen = HashSet::new();
    let ext: Vec<ExtRel> = doc
        .annotations
        .relations
        .iter()
        .filter_map(|r| {
            Some(ExtRel {
                agent: entity_name(doc, r.agent)?,
                predicate: &r.predicate,
                target: entity_name(doc, r.target)?,
            })
        })
        .filter(|r| {
            seen.insert((
                normalise_name(r.agent),
                r.predicate.to_lowercase(),
                normalise_name(r.target),
            ))
        })
        .collect();

    let untyped = match_relations(&golds, &ext, false, Category::RelationsUntyped, issues);
    // Typed issues only for what the untyped score did not already report.
    let mut typed_issues = Vec::new();
    let typed = match_relations(
        &golds,
        &ext,
        true,
        Category::RelationsTyped,
        &mut typed_issues,
    );
    let untyped_texts: HashSet<String> = issues
        .iter()
        .filter(|i| i.category == Category::RelationsUntyped)
        .map(|i| i.text.clone())
        .collect();
    for mut issue in typed_issues {
        if !untyped_texts.contains(&issue.text) {
            if issue.kind == IssueKind::Missed || issue.kind == IssueKind::FalsePositive {
                issue.kind = IssueKind::WrongType;
            }
            issues.push(issue);
        }
    }
    (untyped, typed)
}

/// One-to-one matching of extracted relations to non-optional gold relations; what is left
/// over and matches an optional gold relation is ignored.
fn match_relations(
    golds: &[GoldRel],
    ext: &[ExtRel],
    typed: bool,
    category: Category,
    issues: &mut Vec<Issue>,
) -> Score {
    let required: Vec<usize> = (0..golds.len()).filter(|&g| !golds[g].optional).collect();
    let adjacency: Vec<Vec<usize>> = ext
        .iter()
        .map(|e| {
            required
                .iter()
                .enumerate()
                .filter(|&(_, &g)| golds[g].matches(e, typed))
                .map(|(k, _)| k)
                .collect()
        })
        .collect();
    let gold_to_ext = max_matching(&adjacency, required.len());

    let mut score = Score::default();
    for (k, &g) in required.iter().enumerate() {
        if gold_to_ext[k].is_some() {
            score.found += 1;
            score.tp += 1;
        } else {
            score.missed += 1;
            let near: Vec<String> = ext
                .iter()
                .filter(|e| golds[g].matches(e, false))
                .map(ExtRel::label)
                .collect();
            issues.push(Issue {
                category,
                kind: IssueKind::Missed,
                text: golds[g].label.clone(),
                expected: None,
                got: (!near.is_empty()).then(|| near.join("; ")),
            });
        }
    }
    let matched: HashSet<usize> = gold_to_ext.iter().flatten().copied().collect();
    for (i, e) in ext.iter().enumerate() {
        if matched.contains(&i) || golds.iter().any(|g| g.optional && g.matches(e, typed)) {
            continue;
        }
        score.fp += 1;
        issues.push(Issue {
            category,
            kind: IssueKind::FalsePositive,
            text: e.label(),
            expected: None,
            got: None,
        });
    }
    score
}

/// Maximum bipartite matching (Kuhn's augmenting paths): `adjacency[left]` lists the right
/// nodes a left node may take. Returns, for each right node, the left node matched to it.
fn max_matching(adjacency: &[Vec<usize>], n_right: usize) -> Vec<Option<usize>> {
    fn augment(
        left: usize,
        adjacency: &[Vec<usize>],
        visited: &mut [bool],
        right_to_left: &mut [Option<usize>],
    ) -> bool {
        for &right in &adjacency[left] {
            if visited[right] {
                continue;
            }
            visited[right] = true;
            let free = match right_to_left[right] {
                None => true,
                Some(other) => augment(other, adjacency, visited, right_to_left),
            };
            if free {
                right_to_left[right] = Some(left);
                return true;
            }
        }
        false
    }
    let mut right_to_left = vec![None; n_right];
    for left in 0..adjacency.len() {
        let mut visited = vec![false; n_right];
        augment(left, adjacency, &mut visited, &mut right_to_left);
    }
    right_to_left
}

// ---------------------------------------------------------------------------------------------
// Entities

fn score_entities(gold: &GoldArticle, doc: &Document, issues: &mut Vec<Issue>) -> (Score, Score) {
    let forms: Vec<HashSet<String>> = gold
        .entities
        .iter()
        .map(|g| g.proper_forms().map(normalise_name).collect())
        .collect();
    let ext: Vec<(String, EntityKind)> = doc
        .annotations
        .entities
        .iter()
        .map(|e| (normalise_name(&e.name), e.kind))
        .collect();
    let same_type = |g: &GoldEntity, kind: EntityKind| EntityKind::parse(&g.kind) == Some(kind);

    let (mut untyped, mut typed) = (Score::default(), Score::default());
    for (g, forms) in gold.entities.iter().zip(&forms) {
        if g.optional {
            continue;
        }
        let kinds: Vec<EntityKind> = ext
            .iter()
            .filter(|(name, _)| forms.contains(name))
            .map(|&(_, kind)| kind)
            .collect();
        if kinds.is_empty() {
            untyped.missed += 1;
            typed.missed += 1;
            issues.push(Issue {
                category: Category::Entities,
                kind: IssueKind::Missed,
                text: g.name.clone(),
                expected: Some(g.kind.clone()),
                got: None,
            });
            continue;
        }
        untyped.found += 1;
        if kinds.iter().any(|&k| same_type(g, k)) {
            typed.found += 1;
        } else {
            typed.missed += 1;
            let got: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
            issues.push(Issue {
                category: Category::EntitiesTyped,
                kind: IssueKind::WrongType,
                text: g.name.clone(),
                expected: Some(g.kind.clone()),
                got: Some(got.join(", ")),
            });
        }
    }

    for (e, (name, kind)) in doc.annotations.entities.iter().zip(&ext) {
        let matching: Vec<&GoldEntity> = gold
            .entities
            .iter()
            .zip(&forms)
            .filter(|(_, forms)| forms.contains(name))
            .map(|(g, _)| g)
            .collect();
        let required = matching.iter().any(|g| !g.optional);
        if required {
            untyped.tp += 1;
        } else if matching.is_empty() {
            untyped.fp += 1;
            issues.push(Issue {
                category: Category::Entities,
                kind: IssueKind::FalsePositive,
                text: e.name.clone(),
                expected: None,
                got: Some(kind.as_str().to_string()),
            });
        }
        // Typed: right when a required gold entity of the same type matches; ignored when only
        // optional gold entities match (whatever their type).
        let only_optional = !required && !matching.is_empty();
        if matching.iter().any(|g| !g.optional && same_type(g, *kind)) {
            typed.tp += 1;
        } else if !only_optional && !matching.iter().any(|g| g.optional && same_type(g, *kind)) {
            typed.fp += 1;
        }
    }
    (untyped, typed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::gold::{GoldQuote, GoldRelation, GoldStatement};
    use crate::extract::AttributionKind;
    use crate::extract::{
        Annotations, DatePrecision, DateSource, Dated, Entity, Gender, Relation, Statement,
    };

    /// Builds documents by hand: text, entities, then statements and relations by substring.
    struct DocBuilder {
        doc: Document,
    }

    impl DocBuilder {
        fn new(text: &str) -> Self {
            DocBuilder {
                doc: Document {
                    text: text.to_string(),
                    headline: None,
                    date: None,
                    annotations: Annotations::default(),
                },
            }
        }

        fn entity(mut self, name: &str, kind: EntityKind) -> Self {
            self.doc.annotations.entities.push(Entity {
                name: name.to_string(),
                kind,
                gender: Gender::Unknown,
                surface_forms: vec![name.to_string()],
                roles: Vec::new(),
                mentions: 1,
                table_name: None,
            });
            self
        }

        fn id(&self, name: &str) -> usize {
            self.doc
                .annotations
                .entities
                .iter()
                .position(|e| e.name == name)
                .expect("entity added first")
        }

        fn span(&self, part: &str) -> std::ops::Range<usize> {
            let start = self.doc.text.find(part).expect("part of the text");
            start..start + part.len()
        }

        fn statement(
            mut self,
            form: StatementForm,
            part: &str,
            speaker: Option<&str>,
            date: Option<&str>,
        ) -> Self {
            let statement = Statement {
                form,
                span: self.span(part),
                pieces: vec![self.span(part)],
                quoted: Vec::new(),
                speaker: speaker.map(|s| self.id(s)),
                speaker_span: None,
                kind: AttributionKind::Speech,
                cue: None,
                cue_span: None,
                addressee: None,
                about: Vec::new(),
                date: date.map(|d| Dated {
                    date: d.parse().unwrap(),
                    precision: DatePrecision::Day,
                    source: DateSource::Text,
                }),
                confidence: 1.0,
            };
            self.doc.annotations.statements.push(statement);
            self
        }

        fn quote(self, part: &str, speaker: &str) -> Self {
            self.statement(StatementForm::Direct, part, Some(speaker), None)
        }

        fn relation(mut self, agent: &str, predicate: &str, target: &str) -> Self {
            let relation = Relation {
                agent: self.id(agent),
                target: self.id(target),
                predicate: predicate.to_string(),
                trigger_span: 0..0,
                evidence: 0..self.doc.text.len(),
                date: None,
                place: None,
                modality: Default::default(),
                source: None,
                confidence: 1.0,
            };
            self.doc.annotations.relations.push(relation);
            self
        }

        fn build(self) -> Document {
            self.doc
        }
    }

    fn entity(name: &str, kind: &str, mentions: &[&str]) -> GoldEntity {
        GoldEntity {
            name: name.into(),
            kind: kind.into(),
            mentions: mentions.iter().map(|m| m.to_string()).collect(),
            optional: false,
        }
    }

    fn quote(speaker: &str, text: &str) -> GoldQuote {
        GoldQuote {
            speaker: speaker.into(),
            text: text.into(),
            kind: Some("direct".into()),
            ..Default::default()
        }
    }

    fn relation(subject: &str, predicate: &str, object: &str) -> GoldRelation {
        GoldRelation {
            subject: subject.into(),
            predicate: predicate.into(),
            object: object.into(),
            ..Default::default()
        }
    }

    fn gold() -> GoldArticle {
        GoldArticle {
            article: "test.txt".into(),
            entities: vec![entity(
                "Ann Lee",
                "Person",
                &["Lee", "the mayor", "The Mayor of Springfield"],
            )],
            ..Default::default()
        }
    }

    fn counts(s: Score) -> (usize, usize, usize, usize) {
        (s.tp, s.fp, s.found, s.missed)
    }

    #[test]
    fn tokens_are_lower_case_words_with_normalised_apostrophes() {
        assert_eq!(
            tokens("“We haven’t seen it,” Lee said — no-limits!"),
            ["we", "haven't", "seen", "it", "lee", "said", "no", "limits"]
        );
        assert_eq!(tokens("'quoted' allies' ..."), ["quoted", "allies"]);
        assert!(tokens(" ,.;").is_empty());
    }

    #[test]
    fn names_compare_case_and_apostrophe_insensitively() {
        assert_eq!(normalise_name("  O’Brien \n Smith"), "o'brien smith");
    }

    #[test]
    fn one_quote_one_entity_scores_perfectly() {
        let doc = DocBuilder::new("\u{201c}The bridge will open in May,\u{201d} Lee said.")
            .entity("Ann Lee", EntityKind::Person)
            .quote("The bridge will open in May,", "Ann Lee")
            .build();
        let mut gold = gold();
        gold.quotes = vec![quote("Ann Lee", "The bridge will open in May,")];
        let s = score_article(&gold, &doc);
        assert_eq!(counts(s.scores.quote_detection), (1, 0, 1, 0));
        assert_eq!(counts(s.scores.quote_attribution), (1, 0, 1, 0));
        assert_eq!(counts(s.scores.entities), (1, 0, 1, 0));
        assert_eq!(counts(s.scores.entities_typed), (1, 0, 1, 0));
        assert_eq!(s.scores.quote_detection.f1(), Some(1.0));
        assert!(s.issues.is_empty(), "{:?}", s.issues);
    }

    #[test]
    fn speaker_may_be_named_by_a_proper_surface_form_but_not_a_descriptor() {
        let text = "\u{201c}The bridge will open in May,\u{201d} the mayor said.";
        let mut gold = gold();
        gold.quotes = vec![quote("Ann Lee", "The bridge will open in May,")];
        for (name, attributed) in [("LEE", true), ("the mayor", false), ("Bob Lee", false)] {
            let doc = DocBuilder::new(text)
                .entity(name, EntityKind::Person)
                .quote("The bridge will open in May,", name)
                .build();
            let s = score_article(&gold, &doc).scores;
            assert_eq!(s.quote_detection.found, 1, "{name}");
            assert_eq!(s.quote_attribution.found == 1, attributed, "{name}");
            assert_eq!(s.quote_attribution.tp == 1, attributed, "{name}");
        }
    }

    #[test]
    fn alt_speakers_are_accepted_with_their_surface_forms() {
        let mut gold = gold();
        gold.entities
            .push(entity("City Council", "Organization", &["Council"]));
        let mut q = quote("Bob Roe", "we will not pay for it");
        q.alt_speakers = vec!["City Council".into()];
        gold.quotes = vec![q];
        let doc = DocBuilder::new("\u{201c}We will not pay for it\u{201d}, the council said.")
            .entity("Council", EntityKind::Organization)
            .quote("We will not pay for it", "Council")
            .build();
        assert_eq!(
            counts(score_article(&gold, &doc).scores.quote_attribution),
            (1, 0, 1, 0)
        );
    }

    #[test]
    fn coverage_threshold_is_sixty_percent_of_gold_tokens() {
        // Gold has 10 tokens; the extracted quote holds the first `n` of them.
        let words = "one two three four five six seven eight nine ten";
        let text = format!("{words}.");
        let mut gold = gold();
        gold.quotes = vec![quote("Ann Lee", words)];
        for (n, found) in [(5, false), (6, true), (7, true)] {
            let part: String = words.split(' ').take(n).collect::<Vec<_>>().join(" ");
            let doc = DocBuilder::new(&text)
                .entity("Ann Lee", EntityKind::Person)
                .quote(&part, "Ann Lee")
                .build();
            let s = score_article(&gold, &doc).scores.quote_detection;
            assert_eq!(s.found == 1, found, "{n} of 10 tokens");
            assert_eq!(s.missed == 1, !found, "{n} of 10 tokens");
            // Every extracted token lies inside the gold quote: always right for precision.
            assert_eq!(counts(s).0, 1, "{n} of 10 tokens");
        }
    }

    #[test]
    fn precision_needs_sixty_percent_of_extracted_tokens_inside_gold() {
        // Extracted quote of 10 tokens; `n` of them are the gold quote.
        let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
        for (n, right) in [(5, false), (6, true)] {
            let gold_text: String = text.split(' ').take(n).collect::<Vec<_>>().join(" ");
            let mut gold = gold();
            gold.quotes = vec![quote("Ann Lee", &gold_text)];
            let doc = DocBuilder::new(text)
                .entity("Ann Lee", EntityKind::Person)
                .quote(text, "Ann Lee")
                .build();
            let s = score_article(&gold, &doc).scores.quote_detection;
            assert_eq!(s.found, 1, "gold fully covered");
            assert_eq!((s.tp, s.fp), if right { (1, 0) } else { (0, 1) }, "{n}");
        }
    }

    #[test]
    fn misattributed_quote_is_found_but_wrong_for_attribution() {
        let mut gold = gold();
        gold.entities.push(entity("Bob Roe", "Person", &["Roe"]));
        gold.quotes = vec![quote("Ann Lee", "taxes will rise")];
        let doc = DocBuilder::new("\u{201c}Taxes will rise,\u{201d} Roe said.")
            .entity("Bob Roe", EntityKind::Person)
            .quote("Taxes will rise,", "Bob Roe")
            .build();
        let s = score_article(&gold, &doc);
        assert_eq!(counts(s.scores.quote_detection), (1, 0, 1, 0));
        assert_eq!(counts(s.scores.quote_attribution), (0, 1, 0, 1));
        let issue = s
            .issues
            .iter()
            .find(|i| i.kind == IssueKind::Misattributed)
            .unwrap();
        assert_eq!(issue.expected.as_deref(), Some("Ann Lee"));
        assert_eq!(issue.got.as_deref(), Some("Bob Roe"));
        // Reported once, from the gold side.
        let misattributed = s
            .issues
            .iter()
            .filter(|i| i.kind == IssueKind::Misattributed);
        assert_eq!(misattributed.count(), 1, "{:?}", s.issues);
    }

    #[test]
    fn optional_gold_quote_is_neither_missing_nor_a_false_positive() {
        let mut gold = gold();
        let mut optional = quote("Ann Lee", "a fine day");
        optional.optional = true;
        gold.quotes = vec![quote("Ann Lee", "we will build it"), optional];
        let text = "\u{201c}We will build it,\u{201d} Lee said on \u{201c}a fine day\u{201d}.";
        let empty = DocBuilder::new(text).build();
        let s = score_article(&gold, &empty).scores.quote_detection;
        assert_eq!(counts(s), (0, 0, 0, 1));

        let doc = DocBuilder::new(text)
            .entity("Ann Lee", EntityKind::Person)
            .statement(StatementForm::Partial, "a fine day", Some("Ann Lee"), None)
            .build();
        let s = score_article(&gold, &doc).scores.quote_detection;
        assert_eq!(counts(s), (0, 0, 0, 1));
        assert_eq!(s.precision(), None);
    }

    #[test]
    fn unrelated_quote_is_a_false_positive() {
        let mut gold = gold();
        gold.quotes = vec![quote("Ann Lee", "we will build it")];
        let doc = DocBuilder::new("\u{201c}Nothing to add,\u{201d} he said.")
            .entity("Ann Lee", EntityKind::Person)
            .quote("Nothing to add,", "Ann Lee")
            .build();
        let s = score_article(&gold, &doc);
        assert_eq!(counts(s.scores.quote_detection), (0, 1, 0, 1));
        assert_eq!(s.scores.quote_detection.f1(), Some(0.0));
        assert!(s
            .issues
            .iter()
            .any(|i| i.kind == IssueKind::FalsePositive && i.text == "Nothing to add,"));
    }

    #[test]
    fn indirect_statements_score_as_reported_speech_only() {
        let mut gold = gold();
        gold.statements = vec![GoldStatement {
            speaker: "Ann Lee".into(),
            content: "the bridge would open in May".into(),
            ..Default::default()
        }];
        let doc = DocBuilder::new("Lee said the bridge would open in May.")
            .entity("Ann Lee", EntityKind::Person)
            .statement(
                StatementForm::Indirect,
                "the bridge would open in May",
                Some("Ann Lee"),
                None,
            )
            .build();
        let s = score_article(&gold, &doc).scores;
        assert_eq!(counts(s.reported_speech), (1, 0, 1, 0));
        assert_eq!(counts(s.quote_detection), (0, 0, 0, 0));
    }

    #[test]
    fn quote_dates_compare_the_matched_quote_date() {
        let mut gold = gold();
        let mut a = quote("Ann Lee", "first words here");
        a.date = Some("2023-03-21".into());
        let mut b = quote("Ann Lee", "second words there");
        b.date = Some("2023-03-20".into());
        let mut c = quote("Ann Lee", "third words elsewhere");
        c.date = Some("2023".into());
        gold.quotes = vec![a, b, c];
        let doc = DocBuilder::new("first words here; second words there.")
            .entity("Ann Lee", EntityKind::Person)
            .statement(
                StatementForm::Direct,
                "first words here",
                Some("Ann Lee"),
                Some("2023-03-21"),
            )
            .statement(
                StatementForm::Direct,
                "second words there",
                Some("Ann Lee"),
                Some("2023-03-21"),
            )
            .build();
        let s = score_article(&gold, &doc).scores.quote_dates;
        assert_eq!((s.found, s.found + s.missed), (1, 3));
        assert_eq!(s.fp, 1);
    }

    #[test]
    fn partial_dates_match_by_prefix() {
        let d: NaiveDate = "2023-03-21".parse().unwrap();
        assert!(date_matches("2023", d));
        assert!(date_matches("2023-03", d));
        assert!(date_matches("2023-03-21", d));
        assert!(!date_matches("2023-0", d));
        assert!(!date_matches("2023-03-20", d));
    }

    fn relation_gold() -> GoldArticle {
        let mut gold = gold();
        gold.entities.push(entity("Bob Roe", "Person", &["Roe"]));
        gold.entities.push(entity("Springfield", "Place", &[]));
        gold
    }

    #[test]
    fn symmetric_relation_matches_in_reverse_order() {
        let mut gold = relation_gold();
        let mut met = relation("Ann Lee", "met", "Bob Roe");
        met.symmetric = true;
        gold.relations = vec![met];
        let doc = DocBuilder::new("Roe met Lee.")
            .entity("Roe", EntityKind::Person)
            .entity("Lee", EntityKind::Person)
            .relation("Roe", "met", "Lee")
            .build();
        let s = score_article(&gold, &doc).scores;
        assert_eq!(counts(s.relations_untyped), (1, 0, 1, 0));
        assert_eq!(counts(s.relations_typed), (1, 0, 1, 0));

        // Not symmetric: reversed ends do not match.
        gold.relations[0].symmetric = false;
        let s = score_article(&gold, &doc).scores;
        assert_eq!(counts(s.relations_untyped), (0, 1, 0, 1));
    }

    #[test]
    fn typed_relation_needs_predicate_or_alternative() {
        let mut gold = relation_gold();
        let mut criticized = relation("Ann Lee", "criticized", "Bob Roe");
        criticized.alt_predicates = vec!["slammed".into()];
        gold.relations = vec![criticized];
        for (predicate, typed) in [("criticized", true), ("slammed", true), ("praised", false)] {
            let doc = DocBuilder::new("Lee and Roe.")
                .entity("Ann Lee", EntityKind::Person)
                .entity("Bob Roe", EntityKind::Person)
                .relation("Ann Lee", predicate, "Bob Roe")
                .build();
            let s = score_article(&gold, &doc).scores;
            assert_eq!(counts(s.relations_untyped), (1, 0, 1, 0), "{predicate}");
            assert_eq!(s.relations_typed.found == 1, typed, "{predicate}");
            assert_eq!(s.relations_typed.fp == 1, !typed, "{predicate}");
        }
    }

    #[test]
    fn alt_objects_are_accepted() {
        let mut gold = relation_gold();
        let mut visited = relation("Ann Lee", "visited", "Bob Roe");
        visited.alt_objects = vec!["Springfield".into()];
        gold.relations = vec![visited];
        let doc = DocBuilder::new("Lee visited Springfield.")
            .entity("Ann Lee", EntityKind::Person)
            .entity("Springfield", EntityKind::Place)
            .relation("Ann Lee", "visited", "Springfield")
            .build();
        assert_eq!(
            counts(score_article(&gold, &doc).scores.relations_typed),
            (1, 0, 1, 0)
        );
    }

    #[test]
    fn each_gold_relation_matches_once_and_duplicates_count_once() {
        let mut gold = relation_gold();
        let mut met = relation("Ann Lee", "met", "Bob Roe");
        met.symmetric = true;
        gold.relations = vec![met];
        let doc = DocBuilder::new("Lee met Roe.")
            .entity("Ann Lee", EntityKind::Person)
            .entity("Bob Roe", EntityKind::Person)
            .relation("Ann Lee", "met", "Bob Roe")
            .relation("Ann Lee", "met", "Bob Roe")
            .relation("Bob Roe", "met", "Ann Lee")
            .build();
        let s = score_article(&gold, &doc).scores.relations_typed;
        // The exact duplicate is dropped; the reversed one is a second, unmatched relation.
        assert_eq!(counts(s), (1, 1, 1, 0));
    }

    #[test]
    fn matching_is_maximal_not_greedy() {
        let mut gold = relation_gold();
        // The first extracted relation could take either gold relation, the second only the
        // first one: a greedy matching would leave the second unmatched.
        let mut wide = relation("Ann Lee", "warned", "Bob Roe");
        wide.alt_objects = vec!["Springfield".into()];
        gold.relations = vec![wide, relation("Ann Lee", "warned", "Bob Roe")];
        let doc = DocBuilder::new("Lee warned Roe and Springfield.")
            .entity("Ann Lee", EntityKind::Person)
            .entity("Bob Roe", EntityKind::Person)
            .entity("Springfield", EntityKind::Place)
            .relation("Ann Lee", "warned", "Bob Roe")
            .relation("Ann Lee", "warned", "Springfield")
            .build();
        let s = score_article(&gold, &doc).scores;
        assert_eq!(counts(s.relations_untyped), (2, 0, 2, 0));
        assert_eq!(counts(s.relations_typed), (2, 0, 2, 0));
    }

    #[test]
    fn optional_gold_relation_is_neither_missing_nor_a_false_positive() {
        let mut gold = relation_gold();
        let mut invaded = relation("Ann Lee", "visited", "Springfield");
        invaded.optional = true;
        gold.relations = vec![relation("Ann Lee", "met", "Bob Roe"), invaded];
        let empty = DocBuilder::new("Nothing.").build();
        assert_eq!(
            counts(score_article(&gold, &empty).scores.relations_untyped),
            (0, 0, 0, 1)
        );
        let doc = DocBuilder::new("Lee visited Springfield.")
            .entity("Ann Lee", EntityKind::Person)
            .entity("Springfield", EntityKind::Place)
            .relation("Ann Lee", "visited", "Springfield")
            .build();
        assert_eq!(
            counts(score_article(&gold, &doc).scores.relations_untyped),
            (0, 0, 0, 1)
        );
    }

    #[test]
    fn entities_match_by_proper_form_and_type_is_scored_apart() {
        let mut gold = relation_gold();
        let mut optional = entity("Town Hall", "Place", &[]);
        optional.optional = true;
        gold.entities.push(optional);
        let doc = DocBuilder::new("Lee, the mayor, Roe and Town Hall; Acme.")
            .entity("Lee", EntityKind::Person)
            .entity("the mayor", EntityKind::Person)
            .entity("Roe", EntityKind::Organization)
            .entity("Town Hall", EntityKind::Organization)
            .entity("Acme", EntityKind::Organization)
            .build();
        let s = score_article(&gold, &doc);
        // Gold: Ann Lee, Bob Roe found; Springfield missed; Town Hall optional.
        // Extracted: Lee, Roe right; "the mayor" (descriptor) and Acme wrong; Town Hall ignored.
        assert_eq!(counts(s.scores.entities), (2, 2, 2, 1));
        // Typed: Roe is not an organisation.
        assert_eq!(counts(s.scores.entities_typed), (1, 3, 1, 2));
        assert!(s
            .issues
            .iter()
            .any(|i| i.kind == IssueKind::WrongType && i.text == "Bob Roe"));
    }

    #[test]
    fn out_of_range_spans_and_ids_do_not_panic() {
        let mut doc = DocBuilder::new("Short.")
            .entity("Ann Lee", EntityKind::Person)
            .quote("Short", "Ann Lee")
            .relation("Ann Lee", "met", "Ann Lee")
            .build();
        doc.annotations.statements[0].span = 3..100;
        doc.annotations.statements[0].speaker = Some(42);
        doc.annotations.relations[0].target = 42;
        let mut gold = gold();
        gold.quotes = vec![quote("Ann Lee", "short")];
        let s = score_article(&gold, &doc).scores;
        assert_eq!(counts(s.quote_detection), (0, 1, 0, 1));
        assert_eq!(counts(s.relations_untyped), (0, 0, 0, 0));
    }

    #[test]
    fn scores_sum_for_micro_averages() {
        let a = Scores {
            entities: Score {
                tp: 1,
                fp: 2,
                found: 3,
                missed: 4,
            },
            ..Scores::default()
        };
        let mut total = Scores::default();
        total += a;
        total += a;
        assert_eq!(counts(total.entities), (2, 4, 6, 8));
        assert_eq!(total.entities.precision(), Some(2.0 / 6.0));
        assert_eq!(total.entities.recall(), Some(6.0 / 14.0));
    }
}
