//! The gold annotation format: one JSON file per article (`../shared/gold/*.json`).
//!
//! Every field beyond the core ones is optional (`#[serde(default)]`) so that a hand-written gold
//! file only has to say what it knows; unknown fields are ignored so the format can grow.

use serde::{Deserialize, Serialize};

/// One hand-annotated article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldArticle {
    /// File name of the article, relative to the articles directory.
    pub article: String,
    /// Publication date (`YYYY-MM-DD`): metadata the article file itself lacks.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Direct and partial quotes.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Reported (indirect) speech.
    #[serde(default)]
    pub statements: Vec<GoldStatement>,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    #[serde(default)]
    pub affiliations: Vec<GoldAffiliation>,
    /// Lines that are site boilerplate, not content.
    #[serde(default)]
    pub boilerplate: Vec<String>,
}

/// An entity with every way the article refers to it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    /// Class local name, compared with [`crate::extract::EntityKind::as_str`].
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub mentions: Vec<String>,
    /// Neither counted missing nor, when extracted, counted against precision.
    #[serde(default)]
    pub optional: bool,
}

impl GoldEntity {
    /// The name and the mentions that are proper names: they start with an upper-case letter and
    /// are not definite descriptions ("The Russian president", "the Kremlin").
    pub fn proper_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(
            self.mentions
                .iter()
                .map(String::as_str)
                .filter(|m| is_proper_form(m)),
        )
    }
}

/// Whether a surface form counts as a proper name for matching (see [`GoldEntity::proper_forms`]).
pub fn is_proper_form(form: &str) -> bool {
    let form = form.trim_start();
    form.chars().next().is_some_and(char::is_uppercase)
        && !form.starts_with("The ")
        && !form.starts_with("the ")
}

/// A direct or partial quote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldQuote {
    pub speaker: String,
    /// Other speakers an attribution may name and still be right ("NATO" for its chief).
    #[serde(default)]
    pub alt_speakers: Vec<String>,
    #[serde(default)]
    pub cue: Option<String>,
    /// `direct` or `partial`.
    #[serde(default)]
    pub kind: Option<String>,
    pub text: String,
    /// When it was said, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

/// A piece of reported speech: who said it and the content clause.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldStatement {
    pub speaker: String,
    #[serde(default)]
    pub alt_speakers: Vec<String>,
    #[serde(default)]
    pub cue: Option<String>,
    pub content: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

/// Who did what to whom.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldRelation {
    pub subject: String,
    pub predicate: String,
    pub object: String,
    #[serde(default)]
    pub alt_predicates: Vec<String>,
    #[serde(default)]
    pub alt_subjects: Vec<String>,
    #[serde(default)]
    pub alt_objects: Vec<String>,
    /// Subject and object may come in either order ("met").
    #[serde(default)]
    pub symmetric: bool,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

/// A role a person holds (not scored yet).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldAffiliation {
    pub person: String,
    pub role: String,
    #[serde(default)]
    pub of: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_gold_parses_with_defaults() {
        let gold: GoldArticle = serde_json::from_str(
            r#"{"article": "a.txt",
                "quotes": [{"speaker": "Ann Lee", "text": "Hello there,"}],
                "relations": [{"subject": "A", "predicate": "met", "object": "B"}],
                "extra": 1}"#,
        )
        .unwrap();
        assert_eq!(gold.article, "a.txt");
        assert!(!gold.quotes[0].optional);
        assert!(gold.quotes[0].alt_speakers.is_empty());
        assert!(!gold.relations[0].symmetric);
        assert!(gold.entities.is_empty());
    }

    #[test]
    fn proper_forms_drop_descriptors_and_lower_case_mentions() {
        let e = GoldEntity {
            name: "Vladimir Putin".into(),
            kind: "Person".into(),
            mentions: vec![
                "Putin".into(),
                "the Kremlin leader".into(),
                "The Russian president".into(),
                "he".into(),
                "Mr. Putin".into(),
            ],
            optional: false,
        };
        let forms: Vec<&str> = e.proper_forms().collect();
        assert_eq!(forms, ["Vladimir Putin", "Putin", "Mr. Putin"]);
    }
}
