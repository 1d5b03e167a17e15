//! The annotated document every extraction stage reads and writes.
//!
//! Extraction never touches RDF: it works on a [`Document`], the article's original text plus
//! layers of annotations. Every annotation carries a byte [`Span`] into [`Document::text`], so
//! every fact in the graph can point back at the characters it came from.

use chrono::NaiveDate;
use std::ops::Range;

/// A half-open byte range into the article text. `&doc.text[span]` is always valid UTF-8.
pub type Span = Range<usize>;

/// Index of an [`Entity`] in [`Annotations::entities`].
pub type EntityId = usize;

/// What kind of thing an entity is; the RDF model maps each to a `schema:` class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Person,
    Organization,
    Country,
    Place,
    Event,
    Thing,
}

impl EntityKind {
    /// The class local name used in RDF and in the `entities` query (`Person`, `Country`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organization",
            EntityKind::Country => "Country",
            EntityKind::Place => "Place",
            EntityKind::Event => "Event",
            EntityKind::Thing => "Thing",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "Person" => EntityKind::Person,
            "Organization" | "Organisation" => EntityKind::Organization,
            "Country" => EntityKind::Country,
            "Place" => EntityKind::Place,
            "Event" => EntityKind::Event,
            "Thing" => EntityKind::Thing,
            _ => return None,
        })
    }
}

/// Grammatical gender as far as the text tells it (honorifics, first names, pronouns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    Male,
    Female,
    #[default]
    Unknown,
}

/// How an entity was referred to at one place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name: "Vladimir Putin", "Putin", "NATO".
    Name,
    /// A country or organisation metonym: "Moscow", "the Kremlin", "Washington".
    Metonym,
    /// An adjective of nationality: "Russian", "Chinese".
    Demonym,
    /// A definite description: "the Russian president", "NATO's chief".
    Descriptor,
    /// A pronoun: "he", "she", "they", "it".
    Pronoun,
}

/// One reference to an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub entity: EntityId,
    pub kind: MentionKind,
}

/// A role an entity holds, as the article states it: "Prime Minister" of "Russia".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Role {
    pub title: String,
    /// Name of the country or organisation the role is held in, when known.
    pub of: Option<String>,
}

/// A real-world entity as resolved within one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Canonical name: the fullest proper name seen ("Vladimir Putin", not "Putin").
    pub name: String,
    pub kind: EntityKind,
    pub gender: Gender,
    /// Every distinct surface form seen, first occurrence first.
    pub surface_forms: Vec<String>,
    pub roles: Vec<Role>,
    /// Number of mentions in the article.
    pub mentions: usize,
    /// The name a reference table gives the entity ("Crystal Palace"), when a table named it;
    /// its label may be the article's fuller name ("Crystal Palace FC"). The IRI is minted
    /// from this one, so one body is one node whichever way each article writes it.
    pub table_name: Option<String>,
}

impl Entity {
    /// The name the entity's IRI is minted from: the table's when a table named it.
    pub fn key_name(&self) -> &str {
        self.table_name.as_deref().unwrap_or(&self.name)
    }
}

/// Direct quote, partial (fragment) quote, or reported (indirect) speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatementForm {
    Direct,
    Partial,
    Indirect,
}

impl StatementForm {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementForm::Direct => "direct",
            StatementForm::Partial => "partial",
            StatementForm::Indirect => "indirect",
        }
    }
}

/// What an attribution reports: words said or written, a belief or intention, or evidence.
///
/// News attributes more than speech: "X believes that …", "X wants to …" and "polls show …"
/// credit content to a source just as "X said …" does. Users keep or drop them by this kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AttributionKind {
    /// Said, written, tweeted, announced: "X said", "according to X".
    #[default]
    Speech,
    /// Believed, wanted, hoped, feared: an inner state the source is credited with.
    Thought,
    /// Shown, found: what a poll, a study or a document is credited with.
    Evidence,
}

impl AttributionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Speech => "speech",
            AttributionKind::Thought => "thought",
            AttributionKind::Evidence => "evidence",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "speech" => AttributionKind::Speech,
            "thought" => AttributionKind::Thought,
            "evidence" => AttributionKind::Evidence,
            _ => return None,
        })
    }
}

/// Where a date came from: the text itself, or the article date used as a fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    Text,
    ArticleFallback,
}

/// A date with its provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub date: NaiveDate,
    /// Granularity of what the text says: "2019" is a year, "last month" a month.
    pub precision: DatePrecision,
    pub source: DateSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePrecision {
    Day,
    Month,
    Year,
}

/// Something someone said: a quote or reported speech.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub form: StatementForm,
    /// The words said, without the surrounding quote marks (for indirect speech: the content
    /// clause); for a quote split around its attribution, from the first piece to the last.
    pub span: Span,
    /// The pieces of the utterance in text order: one, or several when the attribution splits
    /// it (`"A," he said, "B."`). The statement's text is the pieces joined by a space.
    pub pieces: Vec<Span>,
    /// Quoted words inside a paraphrase, without their marks: `said the plan was “a waste of
    /// time”` marks "a waste of time". Empty for quotes, whose words are all quoted.
    pub quoted: Vec<Span>,
    pub speaker: Option<EntityId>,
    /// The text that names the source at the attribution ("he", "Putin", "the Russian
    /// president", "senior officials"); set when the source is unnamed and `speaker` is `None`.
    pub speaker_span: Option<Span>,
    /// Speech, thought or evidence.
    pub kind: AttributionKind,
    /// Lemma of the speech verb: `say`, `warn`, `tell`, `add`.
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
    pub addressee: Option<EntityId>,
    /// Entities mentioned inside the statement.
    pub about: Vec<EntityId>,
    pub date: Option<Dated>,
    /// How sure the attribution is, 0–1.
    pub confidence: f32,
}

impl Statement {
    /// The words of the statement: its pieces joined by a space (empty when its span does not
    /// slice `text`).
    pub fn text(&self, text: &str) -> String {
        let Some(whole) = text.get(self.span.clone()) else {
            return String::new();
        };
        if self.pieces.is_empty() {
            return whole.to_string();
        }
        let pieces: Vec<&str> = self
            .pieces
            .iter()
            .map(|p| text.get(p.clone()).unwrap_or_default())
            .collect();
        pieces.join(" ")
    }
}

/// Whether an event is asserted as fact or hedged, negated, future or reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Modality {
    #[default]
    Asserted,
    Negated,
    Hedged,
    Future,
    Reported,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Hedged => "hedged",
            Modality::Future => "future",
            Modality::Reported => "reported",
        }
    }
}

/// Who did what to whom: one typed event between two entities.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub agent: EntityId,
    pub target: EntityId,
    /// Past-tense predicate local name: `met`, `warned`, `visited`.
    pub predicate: String,
    /// The words that triggered it ("met", "visit", "panned").
    pub trigger_span: Span,
    /// The sentence the relation was read from.
    pub evidence: Span,
    pub date: Option<Dated>,
    pub place: Option<EntityId>,
    pub modality: Modality,
    /// Who reported the event, for `Modality::Reported`.
    pub source: Option<EntityId>,
    pub confidence: f32,
}

/// Everything extraction found in one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotations {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    /// Paragraphs that are site boilerplate ("Source link", copyright lines): not content.
    pub boilerplate: Vec<Span>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub statements: Vec<Statement>,
    pub relations: Vec<Relation>,
}

/// An article's text with its metadata and, once extracted, its annotations.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub text: String,
    pub headline: Option<Span>,
    pub date: Option<NaiveDate>,
    pub annotations: Annotations,
}
