//! Language knowledge, compiled in from the commented tables in `data/`.
//!
//! Entry type: [`Lexicon`], built once ([`Lexicon::get`]) from the built-in tables, or with
//! [`Lexicon::with_extra`] from the built-ins plus a user's own tables.
//!
//! # Rationale
//! Everything the extractor knows about the world (countries, organisations, office holders,
//! speech and relation verbs) is data, one fact per row, each file saying where its facts come
//! from. Code only says how to use it. The tables are tab-separated with `#` comments and `|`
//! between alternatives, so a journalist can read and extend them.

mod gazetteer;
mod relation_words;

pub use gazetteer::{GazEntry, GazMatch, Gazetteer};
pub use relation_words::RelationWords;

use crate::extract::{AttributionKind, EntityKind, Gender};
use chrono::NaiveDate;
// FxHash: the tables' keys are our own data (see Cargo.toml).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// The built-in tables, by file name.
pub const BUILTIN_TABLES: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../../data/countries.tsv")),
    ("places.tsv", include_str!("../../data/places.tsv")),
    (
        "geonames_places.tsv",
        include_str!("../../data/geonames_places.tsv"),
    ),
    (
        "subdivision_places.tsv",
        include_str!("../../data/subdivision_places.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../data/organizations.tsv"),
    ),
    (
        "office_holders.tsv",
        include_str!("../../data/office_holders.tsv"),
    ),
    (
        "first_names.tsv",
        include_str!("../../data/first_names.tsv"),
    ),
    (
        "given_names.tsv",
        include_str!("../../data/given_names.tsv"),
    ),
    ("surnames.tsv", include_str!("../../data/surnames.tsv")),
    (
        "common_words.tsv",
        include_str!("../../data/common_words.tsv"),
    ),
    (
        "less_common_words.tsv",
        include_str!("../../data/less_common_words.tsv"),
    ),
    (
        "irregular_past.tsv",
        include_str!("../../data/irregular_past.tsv"),
    ),
    (
        "verb_lemmas.tsv",
        include_str!("../../data/verb_lemmas.tsv"),
    ),
    (
        "control_verbs.tsv",
        include_str!("../../data/control_verbs.tsv"),
    ),
    ("work_nouns.tsv", include_str!("../../data/work_nouns.tsv")),
    (
        "ambiguous_state_abbreviations.tsv",
        include_str!("../../data/ambiguous_state_abbreviations.tsv"),
    ),
    ("titles.tsv", include_str!("../../data/titles.tsv")),
    (
        "speech_verbs.tsv",
        include_str!("../../data/speech_verbs.tsv"),
    ),
    (
        "attribution_cues.tsv",
        include_str!("../../data/attribution_cues.tsv"),
    ),
    (
        "attribution_cue_forms.tsv",
        include_str!("../../data/attribution_cue_forms.tsv"),
    ),
    ("cue_frames.tsv", include_str!("../../data/cue_frames.tsv")),
    ("cue_nouns.tsv", include_str!("../../data/cue_nouns.tsv")),
    (
        "relation_verbs.tsv",
        include_str!("../../data/relation_verbs.tsv"),
    ),
    (
        "relation_verb_forms.tsv",
        include_str!("../../data/relation_verb_forms.tsv"),
    ),
    (
        "event_types.tsv",
        include_str!("../../data/event_types.tsv"),
    ),
    (
        "evaluations.tsv",
        include_str!("../../data/evaluations.tsv"),
    ),
    (
        "evaluation_words.tsv",
        include_str!("../../data/evaluation_words.tsv"),
    ),
    ("stopwords.tsv", include_str!("../../data/stopwords.tsv")),
    (
        "abbreviations.tsv",
        include_str!("../../data/abbreviations.tsv"),
    ),
    (
        "boilerplate.tsv",
        include_str!("../../data/boilerplate.tsv"),
    ),
    (
        "descriptor_roles.tsv",
        include_str!("../../data/descriptor_roles.tsv"),
    ),
    (
        "person_epithets.tsv",
        include_str!("../../data/person_epithets.tsv"),
    ),
    (
        "entity_cues.tsv",
        include_str!("../../data/entity_cues.tsv"),
    ),
    ("name_words.tsv", include_str!("../../data/name_words.tsv")),
    ("beat_words.tsv", include_str!("../../data/beat_words.tsv")),
    (
        "negotiation_words.tsv",
        include_str!("../../data/negotiation_words.tsv"),
    ),
    ("adverbs.tsv", include_str!("../../data/adverbs.tsv")),
    (
        "relation_words.tsv",
        include_str!("../../data/relation_words.tsv"),
    ),
    (
        "document_nouns.tsv",
        include_str!("../../data/document_nouns.tsv"),
    ),
    (
        "occasion_nouns.tsv",
        include_str!("../../data/occasion_nouns.tsv"),
    ),
    ("org_nouns.tsv", include_str!("../../data/org_nouns.tsv")),
    (
        "result_nouns.tsv",
        include_str!("../../data/result_nouns.tsv"),
    ),
];

/// What a word in or before a capitalised name makes it, by class of `name_words.tsv`
/// (as written: "Open" is an event's word, "open" is not).
#[derive(Debug, Default)]
pub struct NameWords {
    /// "Council", "Bank": the name is an organisation's.
    pub organization: HashSet<String>,
    /// "Ltd", "GmbH": a company's legal form, which the short name leaves off.
    pub legal_suffix: HashSet<String>,
    /// "United", "Rovers": the end of a club's name after its city.
    pub team: HashSet<String>,
    /// "Cup", "Summit": the name is an event's.
    pub event: HashSet<String>,
    /// "Act", "Treaty": the name is a named thing's (a law, a plan, a product line).
    pub thing: HashSet<String>,
    /// "Street", "Bay": the name is a place's.
    pub place: HashSet<String>,
    /// "Falls", "Heights": a plural that ends a place's own name, not a team's.
    pub place_plural: HashSet<String>,
    /// "Hospital", "Palace": as a name's head, a building even beside an organisation word.
    pub head_place: HashSet<String>,
    /// "aide", "leader": a lower-case role word between a body or country and a name.
    pub role: HashSet<String>,
    /// "PAC", "CEO": a word in capitals that is a common noun, no name on its own.
    pub common_acronym: HashSet<String>,
    /// "Government", "Army": a body every state has; after a nation's adjective it is that
    /// state's, no name of its own.
    pub state_body: HashSet<String>,
    /// "Bridge", "Park": after a known place's name, one landmark with it ("Stamford Bridge").
    pub landmark: HashSet<String>,
    /// "Radio", "Channel": a broadcaster's word a number follows inside the name ("Radio 4").
    pub station: HashSet<String>,
    /// "Commons", "Senate": a legislative chamber whose committees news writes in lower case
    /// after it ("the Commons work and pensions committee").
    pub chamber: HashSet<String>,
    /// "committee": the head noun of such a committee's lower-case name.
    pub committee: HashSet<String>,
    /// "select": a word of such a name that its official name leaves out.
    pub committee_filler: HashSet<String>,
}

impl NameWords {
    /// The set a class name of the table fills, if it is one of these.
    fn class_mut(&mut self, class: &str) -> Option<&mut HashSet<String>> {
        Some(match class {
            "organization" => &mut self.organization,
            "legal_suffix" => &mut self.legal_suffix,
            "team" => &mut self.team,
            "event" => &mut self.event,
            "thing" => &mut self.thing,
            "place" => &mut self.place,
            "place_plural" => &mut self.place_plural,
            "head_place" => &mut self.head_place,
            "role" => &mut self.role,
            "common_acronym" => &mut self.common_acronym,
            "state_body" => &mut self.state_body,
            "station" => &mut self.station,
            "landmark" => &mut self.landmark,
            "chamber" => &mut self.chamber,
            "committee" => &mut self.committee,
            "committee_filler" => &mut self.committee_filler,
            _ => return None,
        })
    }
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// A malformed row in a table.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LexiconError {
    #[error("{file}:{line}: expected {expected} tab-separated columns, found {found}")]
    Columns {
        file: String,
        line: usize,
        expected: usize,
        found: usize,
    },
    #[error("{file}:{line}: {message}")]
    Value {
        file: String,
        line: usize,
        message: String,
    },
    #[error("unknown table {0}: expected one of the file names in data/")]
    UnknownTable(String),
}

#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub metonyms: Vec<String>,
    pub capital: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Organization {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: String,
    /// Definite descriptions that refer to it once it has been named: "the alliance".
    pub descriptors: Vec<String>,
    pub country: Option<String>,
}

/// One continuous term of one person in one office.
#[derive(Debug, Clone)]
pub struct OfficeTerm {
    /// Country or organisation the office belongs to.
    pub of: String,
    pub office: String,
    pub person: String,
    pub gender: Gender,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    /// Whether news calls this office's holder "the X leader".
    pub leader: bool,
    pub aliases: Vec<String>,
}

impl OfficeTerm {
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleClass {
    Honorific,
    Title,
    Modifier,
}

#[derive(Debug, Clone)]
pub struct Title {
    pub phrase: String,
    pub class: TitleClass,
    pub gender: Gender,
    /// Canonical role title ("Senator" for "Sen."), if the title is a role.
    pub role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerPattern {
    Active,
    Passive,
    Noun,
    Symmetric,
}

#[derive(Debug, Clone)]
pub struct RelationTrigger {
    /// Lower-case words of the phrase.
    pub words: Vec<String>,
    pub predicate: String,
    pub pattern: TriggerPattern,
    /// The first word is also a noun ("attacks", "buy"): it is a trigger only where the
    /// words before it make it a verb (`data/relation_verb_forms.tsv`).
    pub needs_verb_context: bool,
}

#[derive(Debug, Clone)]
pub struct EventType {
    pub predicate: String,
    pub label: String,
    pub plover: String,
    pub cameo: String,
    pub definition: String,
}

/// Words around an unknown name that tell its kind: "shares in X", "X's chief executive".
#[derive(Debug, Clone)]
pub struct EntityCue {
    /// Lower-case words right before the name.
    pub before: Vec<String>,
    /// Whether the name carries a possessive ("X's").
    pub possessive: bool,
    /// Lower-case words right after the name (after its possessive).
    pub after: Vec<String>,
    pub kind: EntityKind,
    /// A sports team: an organisation, even when the name is a known city ("Leeds beat").
    pub team: bool,
}

/// A noun that credits what follows it to its possessor: "his criticism of the plan".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueNoun {
    pub lemma: String,
    pub kind: AttributionKind,
    /// Words that link the noun to what it credits: "that", "to", "of", "for", …
    pub links: Vec<String>,
}

/// How a cue verb takes what it credits: "said he would", "vowed to", "endorsed the plan".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueFrames {
    /// A bare clause with no "that" ("Putin said he …").
    pub clause: bool,
    /// An intention as a to-infinitive ("vowed to …").
    pub to: bool,
    /// The object phrase ("endorsed the plan", "called for a recount").
    pub object: bool,
    /// A raising verb: the subject and what follows the verb together are credited ("the plan
    /// seems to work" credits "the plan … to work", to the writer unless someone is named).
    pub raising: bool,
    /// A passive of expecting or seeing: its subject and what follows are credited together, to
    /// a source the sentence does not name ("the merger is expected to close" credits "the
    /// merger … to close").
    pub passive: bool,
    /// An adjective after a form of "be" whose subject is the source ("the mayor is confident
    /// that …", "critics are wary of …"); read only after such a verb.
    pub predicate: bool,
    /// A verb of naming: its object is labelled ("called it “a farce”"), so "that" right before
    /// quoted words is the object ("called that “absurd”"), not a that-clause.
    pub label: bool,
}

impl CueFrames {
    /// Parses a comma list such as `clause,to`; the unknown frame on failure.
    fn parse(list: &str) -> Result<Self, String> {
        let mut frames = CueFrames::default();
        for frame in list.split(',').map(str::trim) {
            match frame {
                "clause" => frames.clause = true,
                "to" => frames.to = true,
                "object" => frames.object = true,
                "raising" => frames.raising = true,
                "passive" => frames.passive = true,
                "predicate" => frames.predicate = true,
                "label" => frames.label = true,
                other => return Err(other.to_string()),
            }
        }
        Ok(frames)
    }
}

/// All the language knowledge extraction uses.
#[derive(Debug)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    /// Canonical names of the places that are cities, states or other subdivisions ("Leeds",
    /// "Texas", "Derbyshire"): in a sports report, one that acts is its club; a nation or a
    /// region is not ("England").
    pub cities: HashSet<String>,
    pub organizations: Vec<Organization>,
    /// Initials of the organisations' names and aliases of two or more capitalised words
    /// ("EC" of "European Community"): an unlisted abbreviation that is one of these names a
    /// body, not a word set in capitals ("the ID scheme").
    pub organization_initials: HashSet<String>,
    pub office_terms: Vec<OfficeTerm>,
    /// Indexes into `office_terms` by the last word of the holder's name or of an alias.
    pub office_terms_by_surname: HashMap<String, Vec<usize>>,
    pub first_names: HashMap<String, Gender>,
    /// Common family names ("Stewart"): evidence that a name ending in one is a person's.
    pub surnames: HashSet<String>,
    /// Frequent English words (lower case): a capitalised word of an unknown name that is one
    /// reads as a word ("Coast Guard"), not as a given name or surname.
    pub common_words: HashSet<String>,
    /// English words less frequent than those (lower case): a sentence's first word that is
    /// one is capitalised for its place alone ("Gunmen seized", "Eyewitnesses said").
    pub less_common_words: HashSet<String>,
    /// Irregular past tenses ("rose", "drew"): a clause with one has a verb.
    pub irregular_past: HashSet<String>,
    /// Verbs and adjectives whose subject is their to-infinitive's too ("refused to say").
    pub control_verbs: HashSet<String>,
    /// Nouns for a titled work ("show", "book"): quoted title-case words after one are its title.
    pub work_nouns: HashSet<String>,
    /// AP state abbreviations that are words too ("Ill.", "Mo."), read as a state only set off
    /// by commas after a place: abbreviation → state.
    pub ambiguous_states: HashMap<String, String>,
    /// Inflected verb forms and their lemma ("delivered" → "deliver"), for verbs outside the
    /// cue tables.
    pub verb_lemmas: HashMap<String, String>,
    /// The lemmas of `verb_lemmas` ("deliver", "provide"): a base form after a plural subject
    /// is a present-tense verb ("the proposals provide …").
    pub verb_bases: HashSet<String>,
    pub titles: Vec<Title>,
    /// Words (lower case) that make a title another office ("deputy", "vice"): a Deputy Prime
    /// Minister is not the prime minister a description names.
    pub office_ranks: HashSet<String>,
    /// Indexes into `titles` by the first word of the phrase.
    pub titles_by_first_word: HashMap<String, Vec<usize>>,
    /// Inflected form (lower case) → lemma.
    pub speech_verbs: HashMap<String, String>,
    /// Cues of thought and evidence, and the kind of speech verbs that report a belief:
    /// inflected form (lower case) → (lemma, kind).
    pub attribution_cues: HashMap<String, (String, AttributionKind)>,
    /// Every cue lemma (its base form: "endorse", "call for") → kind, for a base form after
    /// "to" or a modal ("wants to endorse", "would oppose") that the tables do not list as a
    /// form because it is as often a noun ("the claim", "a show of").
    pub cue_lemmas: HashMap<String, AttributionKind>,
    /// How each cue lemma takes what it credits: a bare clause, a to-infinitive, an object.
    pub cue_frames: HashMap<String, CueFrames>,
    /// Nouns that credit what follows them to their possessor ("his criticism of …").
    pub cue_nouns: HashMap<String, CueNoun>,
    /// First words of the speech verbs and attribution cues of more than one word ("went" of
    /// "went on", "talked" of "talked about").
    pub speech_verb_openers: HashSet<String>,
    pub relation_triggers: Vec<RelationTrigger>,
    /// Indexes into `relation_triggers` by first word, longest trigger first.
    pub relation_triggers_by_first_word: HashMap<String, Vec<usize>>,
    /// Evaluative phrases said of someone (lower-case words) → predicate, longest first.
    pub evaluations: Vec<(Vec<String>, String)>,
    /// Indexes into `evaluations` by first word, longest phrase first.
    pub evaluations_by_first_word: HashMap<String, Vec<usize>>,
    pub event_types: Vec<EventType>,
    pub stopwords: HashSet<String>,
    /// Words that make talks a negotiation ("accession talks with").
    pub negotiation_words: HashSet<String>,
    /// Adverbs in -ly that may stand between a subject and what judges it ("had repeatedly
    /// failed").
    pub adverbs: HashSet<String>,
    /// What a body publishes and speaks through ("the IMF report stated").
    pub document_nouns: HashSet<String>,
    /// What something was said on or in ("a speech", "an interview", "his radio show").
    pub occasion_nouns: HashSet<String>,
    /// A firm's reported figures ("a record profit", "strong sales"): what it posted or saw,
    /// not what it said.
    pub result_nouns: HashSet<String>,
    /// Nouns that refer back to a named organisation ("the firm", "the US giant") → a word its
    /// name must contain (`None`: any organisation), from `org_nouns.tsv`.
    pub org_nouns: HashMap<String, Option<String>>,
    /// Modifiers that make such a noun another organisation ("the other company").
    pub other_org_modifiers: HashSet<String>,
    /// The relation finder's word classes besides its triggers (`relation_words.tsv`).
    pub relation_words: RelationWords,
    pub abbreviations: HashSet<String>,
    pub boilerplate: regex::RegexSet,
    /// Role word(s) in a description → office titles they can stand for.
    pub descriptor_roles: HashMap<String, Vec<String>>,
    /// Nouns that re-describe the person just named ("the pop star") → the gender they imply.
    pub person_epithets: HashMap<String, Gender>,
    pub entity_cues: Vec<EntityCue>,
    /// Last words of publications' names ("Times", "Star"), from `name_words.tsv`.
    pub publication_words: HashSet<String>,
    /// Combining forms of nations' names ("Anglo", "Sino"), from `name_words.tsv`.
    pub combining_forms: HashSet<String>,
    /// The other classes of `name_words.tsv`: what a word in or before a name makes it.
    pub name_words: NameWords,
    /// Words of sports reporting (`beat_words.tsv`, class `sport`).
    pub sport_words: HashSet<String>,
    /// Words of business reporting (`beat_words.tsv`, class `business`).
    pub business_words: HashSet<String>,
    pub gazetteer: Gazetteer,
}

/// Indexes of word sequences by their first word, the longest first, so that a text is matched
/// against the few that can start at a word rather than all of them.
fn by_first_word<'a>(phrases: impl Iterator<Item = &'a [String]>) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    for (i, words) in phrases.enumerate() {
        if let Some(first) = words.first() {
            index
                .entry(first.clone())
                .or_default()
                .push((words.len(), i));
        }
    }
    index
        .into_iter()
        .map(|(first, mut list)| {
            list.sort_by_key(|&(len, i)| (std::cmp::Reverse(len), i));
            (first, list.into_iter().map(|(_, i)| i).collect())
        })
        .collect()
}

/// Rows of a table: non-comment, non-blank lines split on tabs, with their 1-based line numbers.
fn rows<'a>(file: &'a str, text: &'a str) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    let _ = file;
    text.lines().enumerate().filter_map(|(i, line)| {
        let trimmed = line.trim_end_matches('\r');
        if trimmed.trim().is_empty() || trimmed.trim_start().starts_with('#') {
            None
        } else {
            Some((i + 1, trimmed.split('\t').map(str::trim).collect()))
        }
    })
}

fn check_columns(
    file: &str,
    line: usize,
    cols: &[&str],
    min: usize,
    errors: &mut Vec<LexiconError>,
) -> bool {
    if cols.len() < min {
        errors.push(LexiconError::Columns {
            file: file.to_string(),
            line,
            expected: min,
            found: cols.len(),
        });
        false
    } else {
        true
    }
}

/// `-` means empty; `|` separates alternatives.
fn list(value: &str) -> Vec<String> {
    if value == "-" || value.is_empty() {
        Vec::new()
    } else {
        value
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    }
}

fn opt(value: &str) -> Option<String> {
    (value != "-" && !value.is_empty()).then(|| value.to_string())
}

fn gender(value: &str) -> Gender {
    match value {
        "m" | "M" | "male" => Gender::Male,
        "f" | "F" | "female" => Gender::Female,
        _ => Gender::Unknown,
    }
}

fn date(file: &str, line: usize, value: &str) -> Result<Option<NaiveDate>, LexiconError> {
    if value == "-" || value.is_empty() {
        return Ok(None);
    }
    let full = match value.len() {
        4 => format!("{value}-01-01"),
        7 => format!("{value}-01"),
        _ => value.to_string(),
    };
    NaiveDate::parse_from_str(&full, "%Y-%m-%d")
        .map(Some)
        .map_err(|e| LexiconError::Value {
            file: file.to_string(),
            line,
            message: format!("bad date {value:?}: {e}"),
        })
}

/// "shares in X" / "X 's chief executive" → a cue.
fn entity_cue(pattern: &str, kind: &str) -> Option<EntityCue> {
    let team = kind == "Team";
    let kind = match kind {
        "Organization" | "Team" => EntityKind::Organization,
        "Person" => EntityKind::Person,
        "Place" => EntityKind::Place,
        _ => return None,
    };
    let words: Vec<&str> = pattern.split_whitespace().collect();
    let x = words.iter().position(|w| *w == "X")?;
    let mut after: Vec<String> = words[x + 1..].iter().map(|w| w.to_lowercase()).collect();
    let possessive = after.first().is_some_and(|w| w == "'s");
    if possessive {
        after.remove(0);
    }
    if after.iter().any(|w| w == "X") {
        return None;
    }
    Some(EntityCue {
        before: words[..x].iter().map(|w| w.to_lowercase()).collect(),
        possessive,
        after,
        kind,
        team,
    })
}

impl Lexicon {
    /// The lexicon extraction uses: the one [`Lexicon::install`]ed, else the tables compiled
    /// into the binary.
    pub fn get() -> &'static Lexicon {
        LEXICON.get_or_init(|| {
            // The built-in tables are checked by tests; a malformed row is skipped, never fatal.
            let (lexicon, _errors) = Lexicon::build(BUILTIN_TABLES.iter().copied());
            lexicon
        })
    }

    /// Makes `lexicon` the one [`Lexicon::get`] returns. Must come before the first extraction;
    /// afterwards the lexicon in use stays and this returns the one given back.
    pub fn install(lexicon: Lexicon) -> Result<(), Box<Lexicon>> {
        LEXICON.set(lexicon).map_err(Box::new)
    }

    /// The built-in tables plus a user's own, given as (file name, contents): rows of a user's
    /// `countries.tsv` are added to the built-in countries, and so on.
    pub fn with_extra<'a>(
        extra: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Lexicon, Vec<LexiconError>> {
        let extra: Vec<_> = extra.into_iter().collect();
        let mut errors = Vec::new();
        for (name, _) in &extra {
            if !BUILTIN_TABLES.iter().any(|(n, _)| n == name) {
                errors.push(LexiconError::UnknownTable(name.to_string()));
            }
        }
        let (lexicon, build_errors) =
            Lexicon::build(BUILTIN_TABLES.iter().copied().chain(extra.iter().copied()));
        errors.extend(build_errors);
        if errors.is_empty() {
            Ok(lexicon)
        } else {
            Err(errors)
        }
    }

    /// Builds a lexicon from tables; returns it with the rows that could not be read.
    pub fn build<'a>(
        tables: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Lexicon, Vec<LexiconError>) {
        let mut errors = Vec::new();
        let mut lx = Lexicon {
            countries: Vec::new(),
            places: Vec::new(),
            cities: HashSet::default(),
            organizations: Vec::new(),
            organization_initials: HashSet::default(),
            office_terms: Vec::new(),
            office_terms_by_surname: HashMap::default(),
            first_names: HashMap::default(),
            surnames: HashSet::default(),
            common_words: HashSet::default(),
            less_common_words: HashSet::default(),
            irregular_past: HashSet::default(),
            control_verbs: HashSet::default(),
            work_nouns: HashSet::default(),
            ambiguous_states: HashMap::default(),
            verb_lemmas: HashMap::default(),
            verb_bases: HashSet::default(),
            titles: Vec::new(),
            office_ranks: HashSet::default(),
            titles_by_first_word: HashMap::default(),
            speech_verbs: HashMap::default(),
            attribution_cues: HashMap::default(),
            cue_lemmas: HashMap::default(),
            cue_frames: HashMap::default(),
            cue_nouns: HashMap::default(),
            speech_verb_openers: HashSet::default(),
            relation_triggers: Vec::new(),
            relation_triggers_by_first_word: HashMap::default(),
            evaluations: Vec::new(),
            evaluations_by_first_word: HashMap::default(),
            event_types: Vec::new(),
            stopwords: HashSet::default(),
            negotiation_words: HashSet::default(),
            adverbs: HashSet::default(),
            relation_words: RelationWords::default(),
            document_nouns: HashSet::default(),
            occasion_nouns: HashSet::default(),
            result_nouns: HashSet::default(),
            org_nouns: HashMap::default(),
            other_org_modifiers: HashSet::default(),
            abbreviations: HashSet::default(),
            boilerplate: regex::RegexSet::empty(),
            descriptor_roles: HashMap::default(),
            person_epithets: HashMap::default(),
            entity_cues: Vec::new(),
            publication_words: HashSet::default(),
            combining_forms: HashSet::default(),
            name_words: NameWords::default(),
            sport_words: HashSet::default(),
            business_words: HashSet::default(),
            gazetteer: Gazetteer::default(),
        };
        let mut boilerplate = Vec::new();
        for (file, text) in tables {
            for (line, cols) in rows(file, text) {
                let min = match file {
                    "countries.tsv" | "organizations.tsv" | "event_types.tsv" => 5,
                    "places.tsv"
                    | "geonames_places.tsv"
                    | "subdivision_places.tsv"
                    | "titles.tsv" => 4,
                    "office_holders.tsv" => 8,
                    "relation_verbs.tsv" | "attribution_cues.tsv" | "attribution_cue_forms.tsv" => {
                        3
                    }
                    "relation_verb_forms.tsv" => 4,
                    "cue_frames.tsv" | "evaluations.tsv" | "evaluation_words.tsv" => 2,
                    "cue_nouns.tsv" => 4,
                    "first_names.tsv"
                    | "given_names.tsv"
                    | "speech_verbs.tsv"
                    | "verb_lemmas.tsv"
                    | "descriptor_roles.tsv"
                    | "person_epithets.tsv"
                    | "entity_cues.tsv"
                    | "name_words.tsv"
                    | "beat_words.tsv"
                    | "relation_words.tsv"
                    | "org_nouns.tsv" => 2,
                    _ => 1,
                };
                if !check_columns(file, line, &cols, min, &mut errors) {
                    continue;
                }
                let e = &mut errors;
                match file {
                    "countries.tsv" => {
                        lx.countries.push(Country {
                            name: cols[0].to_string(),
                            aliases: list(cols[1]),
                            demonyms: list(cols[2]),
                            metonyms: list(cols[3]),
                            capital: opt(cols[4]),
                        });
                    }
                    "places.tsv" | "geonames_places.tsv" | "subdivision_places.tsv" => {
                        lx.places.push(Place {
                            name: cols[0].to_string(),
                            kind: cols[1].to_string(),
                            country: opt(cols[2]),
                            aliases: list(cols[3]),
                        });
                    }
                    "organizations.tsv" => {
                        lx.organizations.push(Organization {
                            name: cols[0].to_string(),
                            aliases: list(cols[1]),
                            kind: cols[2].to_string(),
                            descriptors: list(cols[3]),
                            country: opt(cols[4]),
                        });
                    }
                    "office_holders.tsv" => {
                        match (date(file, line, cols[4]), date(file, line, cols[5])) {
                            (Ok(Some(from)), Ok(to)) => lx.office_terms.push(OfficeTerm {
                                of: cols[0].to_string(),
                                office: cols[1].to_string(),
                                person: cols[2].to_string(),
                                gender: gender(cols[3]),
                                from,
                                to,
                                leader: cols[6] == "y",
                                aliases: list(cols[7]),
                            }),
                            (Err(err), _) | (_, Err(err)) => e.push(err),
                            (Ok(None), _) => e.push(LexiconError::Value {
                                file: file.to_string(),
                                line,
                                message: "a term needs a start date".into(),
                            }),
                        }
                    }
                    "first_names.tsv" => {
                        lx.first_names.insert(cols[0].to_string(), gender(cols[1]));
                    }
                    // The generated table only fills gaps: the hand-kept one comes first and wins.
                    "given_names.tsv" => {
                        lx.first_names
                            .entry(cols[0].to_string())
                            .or_insert_with(|| gender(cols[1]));
                    }
                    "titles.tsv" if cols[1] == "rank" => {
                        lx.office_ranks.insert(cols[0].to_lowercase());
                    }
                    "titles.tsv" => {
                        let class = match cols[1] {
                            "honorific" => TitleClass::Honorific,
                            "modifier" => TitleClass::Modifier,
                            _ => TitleClass::Title,
                        };
                        lx.titles.push(Title {
                            phrase: cols[0].to_string(),
                            class,
                            gender: gender(cols[2]),
                            role: opt(cols[3]),
                        });
                    }
                    "speech_verbs.tsv" => {
                        lx.speech_verbs
                            .insert(cols[0].to_lowercase(), cols[1].to_string());
                    }
                    "attribution_cues.tsv" | "attribution_cue_forms.tsv" => {
                        let Some(kind) = AttributionKind::parse(cols[2]) else {
                            e.push(LexiconError::Value {
                                file: file.to_string(),
                                line,
                                message: format!(
                                    "unknown attribution kind {:?} (speech, thought or evidence)",
                                    cols[2]
                                ),
                            });
                            continue;
                        };
                        let entry = (cols[1].to_string(), kind);
                        let form = cols[0].to_lowercase();
                        if file == "attribution_cues.tsv" {
                            lx.attribution_cues.insert(form, entry);
                        } else {
                            // Generated forms never override a hand-written row.
                            lx.attribution_cues.entry(form).or_insert(entry);
                        }
                    }
                    "cue_nouns.tsv" => match AttributionKind::parse(cols[2]) {
                        Some(kind) => {
                            let noun = CueNoun {
                                lemma: cols[1].to_string(),
                                kind,
                                links: cols[3].split(',').map(|w| w.trim().to_string()).collect(),
                            };
                            lx.cue_nouns.insert(cols[0].to_lowercase(), noun);
                        }
                        None => e.push(LexiconError::Value {
                            file: file.to_string(),
                            line,
                            message: format!(
                                "unknown attribution kind {:?} (speech, thought or evidence)",
                                cols[2]
                            ),
                        }),
                    },
                    "cue_frames.tsv" => match CueFrames::parse(cols[1]) {
                        Ok(frames) => {
                            lx.cue_frames.insert(cols[0].to_string(), frames);
                        }
                        Err(frame) => e.push(LexiconError::Value {
                            file: file.to_string(),
                            line,
                            message: format!(
                                "unknown frame {frame:?} (clause, to, object, raising, passive, predicate or label)"
                            ),
                        }),
                    },
                    "relation_verbs.tsv" | "relation_verb_forms.tsv" => {
                        let pattern = match cols[2] {
                            "passive" => TriggerPattern::Passive,
                            "noun" => TriggerPattern::Noun,
                            "symmetric" => TriggerPattern::Symmetric,
                            _ => TriggerPattern::Active,
                        };
                        lx.relation_triggers.push(RelationTrigger {
                            words: cols[0].split_whitespace().map(str::to_lowercase).collect(),
                            predicate: cols[1].to_string(),
                            pattern,
                            needs_verb_context: cols.get(3) == Some(&"noun"),
                        });
                    }
                    "evaluations.tsv" | "evaluation_words.tsv" => {
                        lx.evaluations.push((
                            cols[0].split_whitespace().map(str::to_lowercase).collect(),
                            cols[1].to_string(),
                        ));
                    }
                    "event_types.tsv" => {
                        lx.event_types.push(EventType {
                            predicate: cols[0].to_string(),
                            label: cols[1].to_string(),
                            plover: cols[2].to_string(),
                            cameo: cols[3].to_string(),
                            definition: cols[4].to_string(),
                        });
                    }
                    "surnames.tsv" => {
                        lx.surnames.insert(cols[0].to_string());
                    }
                    "irregular_past.tsv" => {
                        lx.irregular_past.insert(cols[0].to_lowercase());
                    }
                    "control_verbs.tsv" => {
                        lx.control_verbs.insert(cols[0].to_string());
                    }
                    "work_nouns.tsv" => {
                        lx.work_nouns.insert(cols[0].to_string());
                    }
                    "ambiguous_state_abbreviations.tsv" => {
                        lx.ambiguous_states
                            .insert(cols[0].to_string(), cols[1].to_string());
                    }
                    "verb_lemmas.tsv" => {
                        lx.verb_lemmas
                            .insert(cols[0].to_string(), cols[1].to_string());
                    }
                    "common_words.tsv" => {
                        lx.common_words.insert(cols[0].to_string());
                    }
                    "less_common_words.tsv" => {
                        lx.less_common_words.insert(cols[0].to_string());
                    }
                    "name_words.tsv" => match cols[1] {
                        "publication" => {
                            lx.publication_words.insert(cols[0].to_string());
                        }
                        "combining" => {
                            lx.combining_forms.insert(cols[0].to_string());
                        }
                        class => match lx.name_words.class_mut(class) {
                            Some(set) => {
                                set.insert(cols[0].to_string());
                            }
                            None => e.push(LexiconError::Value {
                                file: file.to_string(),
                                line,
                                message: format!("unknown class {class:?}"),
                            }),
                        },
                    },
                    "beat_words.tsv" => match cols[1] {
                        "sport" => {
                            lx.sport_words.insert(cols[0].to_string());
                        }
                        "business" => {
                            lx.business_words.insert(cols[0].to_string());
                        }
                        other => e.push(LexiconError::Value {
                            file: file.to_string(),
                            line,
                            message: format!("unknown class {other:?}"),
                        }),
                    },
                    "stopwords.tsv" => {
                        lx.stopwords.insert(cols[0].to_lowercase());
                    }
                    "negotiation_words.tsv" => {
                        lx.negotiation_words.insert(cols[0].to_lowercase());
                    }
                    "adverbs.tsv" => {
                        lx.adverbs.insert(cols[0].to_lowercase());
                    }
                    "document_nouns.tsv" => {
                        lx.document_nouns.insert(cols[0].to_lowercase());
                    }
                    "occasion_nouns.tsv" => {
                        lx.occasion_nouns.insert(cols[0].to_lowercase());
                    }
                    "result_nouns.tsv" => {
                        lx.result_nouns.insert(cols[0].to_lowercase());
                    }
                    "org_nouns.tsv" => match (cols[0], cols.get(2).copied()) {
                        ("noun", Some(word)) => {
                            let word = (word != "*").then(|| word.to_string());
                            lx.org_nouns.insert(cols[1].to_lowercase(), word);
                        }
                        ("other", _) => {
                            lx.other_org_modifiers.insert(cols[1].to_lowercase());
                        }
                        (class, _) => e.push(LexiconError::Value {
                            file: file.to_string(),
                            line,
                            message: format!("unknown class {class:?} or a noun without its value"),
                        }),
                    },
                    "relation_words.tsv" => {
                        if let Err(message) = lx.relation_words.add(&cols) {
                            e.push(LexiconError::Value {
                                file: file.to_string(),
                                line,
                                message,
                            });
                        }
                    }
                    "abbreviations.tsv" => {
                        lx.abbreviations.insert(cols[0].to_string());
                    }
                    "boilerplate.tsv" => boilerplate.push(format!("(?i){}", cols[0])),
                    "descriptor_roles.tsv" => {
                        lx.descriptor_roles
                            .insert(cols[0].to_lowercase(), list(cols[1]));
                    }
                    "person_epithets.tsv" => {
                        lx.person_epithets
                            .insert(cols[0].to_lowercase(), gender(cols[1]));
                    }
                    "entity_cues.tsv" => match entity_cue(cols[0], cols[1]) {
                        Some(cue) => lx.entity_cues.push(cue),
                        None => e.push(LexiconError::Value {
                            file: file.to_string(),
                            line,
                            message: format!(
                                "a cue needs one X and a kind (Organization, Team, Person, Place): {:?}",
                                cols[0]
                            ),
                        }),
                    },
                    _ => {}
                }
            }
        }
        match regex::RegexSet::new(&boilerplate) {
            Ok(set) => lx.boilerplate = set,
            Err(err) => errors.push(LexiconError::Value {
                file: "boilerplate.tsv".into(),
                line: 0,
                message: err.to_string(),
            }),
        }
        lx.cities = lx
            .places
            .iter()
            .filter(|p| matches!(p.kind.as_str(), "City" | "State" | "Subdivision"))
            .map(|p| p.name.clone())
            .collect();
        for (i, t) in lx.titles.iter().enumerate() {
            let first = t.phrase.split_whitespace().next().unwrap_or_default();
            lx.titles_by_first_word
                .entry(first.to_string())
                .or_default()
                .push(i);
        }
        lx.organization_initials = lx
            .organizations
            .iter()
            .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases))
            .filter_map(|name| {
                let words: Vec<&str> = name
                    .split([' ', '-'])
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .collect();
                (words.len() >= 2).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
            })
            .collect();
        lx.relation_triggers_by_first_word =
            by_first_word(lx.relation_triggers.iter().map(|t| t.words.as_slice()));
        lx.evaluations_by_first_word =
            by_first_word(lx.evaluations.iter().map(|(w, _)| w.as_slice()));
        lx.verb_bases = lx.verb_lemmas.values().cloned().collect();
        lx.cue_lemmas = lx
            .attribution_cues
            .values()
            .map(|(lemma, kind)| (lemma.clone(), *kind))
            .collect();
        for lemma in lx.speech_verbs.values() {
            lx.cue_lemmas
                .entry(lemma.clone())
                .or_insert(AttributionKind::Speech);
        }
        lx.speech_verb_openers = lx
            .speech_verbs
            .keys()
            .chain(lx.attribution_cues.keys())
            .chain(lx.cue_lemmas.keys())
            .filter_map(|k| k.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        for (i, t) in lx.office_terms.iter().enumerate() {
            for name in std::iter::once(&t.person).chain(&t.aliases) {
                if let Some(last) = surname_of_holder(&lx, name, &t.person) {
                    let terms = lx
                        .office_terms_by_surname
                        .entry(last.to_string())
                        .or_default();
                    if terms.last() != Some(&i) {
                        terms.push(i);
                    }
                }
            }
        }
        lx.gazetteer = Gazetteer::build(&lx);
        (lx, errors)
    }

    /// Holders of an office of a country or organisation on a date. `office` "*leader" means the
    /// office whose holder news calls the leader.
    pub fn office_holders_on<'a>(
        &'a self,
        of: &'a str,
        offices: &'a [String],
        date: NaiveDate,
    ) -> impl Iterator<Item = &'a OfficeTerm> + 'a {
        self.office_terms.iter().filter(move |t| {
            t.of == of
                && t.holds_on(date)
                && offices.iter().any(|o| {
                    if o == "*leader" {
                        t.leader
                    } else {
                        t.office.eq_ignore_ascii_case(o)
                    }
                })
        })
    }

    /// The gender a first name suggests.
    /// Whether `name` is an office holder's whole name and a given name ("Francis" the pope):
    /// alone in a text, such a word is anyone's given name ("Francis Moreau").
    pub fn given_name_holder(&self, name: &str, holder: &str) -> bool {
        name == holder && !name.contains(' ') && self.first_name_gender(name).is_some()
    }

    pub fn first_name_gender(&self, name: &str) -> Option<Gender> {
        if let Some(gender) = self.first_names.get(name) {
            return Some(*gender);
        }
        // "Jean-Philippe", "Carl-Uwe": two given names joined by a hyphen are one.
        let (first, second) = name.split_once('-')?;
        let gender = self.first_names.get(first)?;
        self.first_names.get(second).map(|_| *gender)
    }

    pub fn country(&self, name: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.name == name)
    }

    pub fn event_type(&self, predicate: &str) -> Option<&EventType> {
        self.event_types.iter().find(|t| t.predicate == predicate)
    }
}

/// The word by which an office holder's name or alias is known alone: its last word, the
/// surname ("Putin" of "Vladimir Putin", "Saddam", "Suharto"). A regnal number ("II" of
/// "Elizabeth II"), a given name after a title ("Leo" of "Pope Leo", "Charles" of "Prince
/// Charles"), a title ("the Queen") or a holder known by a given name alone ("Francis") is no
/// surname: "World Group II", "James (Leo) Nichols" and "Francis Moreau" are not the monarch or
/// the pope.
fn surname_of_holder<'n>(lx: &Lexicon, name: &'n str, holder: &str) -> Option<&'n str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (first, last) = (*words.first()?, *words.last()?);
    let regnal = last.len() <= 5 && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let titled = lx.titles_by_first_word.contains_key(first) && words.len() == 2;
    let the = first == "the";
    (!regnal && !titled && !the && !lx.given_name_holder(name, holder)).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_table_row_parses() {
        let (_, errors) = Lexicon::build(BUILTIN_TABLES.iter().copied());
        assert!(errors.is_empty(), "malformed rows: {errors:#?}");
    }

    #[test]
    fn the_kremlin_leader_in_2023_is_putin() {
        let lx = Lexicon::get();
        let date = NaiveDate::from_ymd_opt(2023, 3, 21).unwrap();
        let leader = ["*leader".to_string()];
        let names: Vec<_> = lx
            .office_holders_on("Russia", &leader, date)
            .map(|t| t.person.as_str())
            .collect();
        assert_eq!(names, ["Vladimir Putin"]);
    }

    #[test]
    fn the_british_prime_minister_in_2005_is_blair() {
        let lx = Lexicon::get();
        let date = NaiveDate::from_ymd_opt(2005, 2, 1).unwrap();
        let pm = ["Prime Minister".to_string()];
        let names: Vec<_> = lx
            .office_holders_on("United Kingdom", &pm, date)
            .map(|t| t.person.as_str())
            .collect();
        assert_eq!(names, ["Tony Blair"]);
    }

    #[test]
    fn user_tables_extend_the_builtins() {
        let lx = Lexicon::with_extra([(
            "organizations.tsv",
            "# test\nAcme Widgets\tAcme\tCompany\t-\t-\n",
        )])
        .unwrap();
        assert!(lx.organizations.iter().any(|o| o.name == "Acme Widgets"));
        assert!(lx.organizations.iter().any(|o| o.name == "NATO"));
    }

    #[test]
    fn name_words_fill_their_class_and_an_unknown_class_is_named() {
        let lx =
            Lexicon::with_extra([("name_words.tsv", "# t\nSyndicate\torganization\n")]).unwrap();
        assert!(lx.name_words.organization.contains("Syndicate"));
        assert!(lx.name_words.organization.contains("Council"));
        assert!(lx.name_words.legal_suffix.contains("GmbH"));
        assert!(!lx.name_words.organization.contains("GmbH"));
        assert!(lx.sport_words.contains("wicket") && lx.business_words.contains("dividend"));
        let err = Lexicon::with_extra([("name_words.tsv", "# t\nSyndicate\tbody\n")]).unwrap_err();
        assert_eq!(
            err[0].to_string(),
            "name_words.tsv:2: unknown class \"body\""
        );
    }

    #[test]
    fn a_malformed_user_row_is_reported_with_file_and_line() {
        let err = Lexicon::with_extra([("titles.tsv", "# t\nOnly one column\n")]).unwrap_err();
        assert_eq!(
            err[0].to_string(),
            "titles.tsv:2: expected 4 tab-separated columns, found 1"
        );
    }
}
