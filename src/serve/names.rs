//! The name index behind the person page's search: every name of every entity, in memory.
//!
//! Entry type: [`NameIndex`] — [`NameIndex::build`] reads the store's entities once (their label
//! and every surface form, class, statements and the articles mentioning it) and [`NameIndex::search`] answers a
//! typed name from memory, best matches first:
//!
//! 1. a name with the same key (`model::name_key`: case, diacritics and punctuation folded, so
//!    "erdogan" finds "Erdoğan" and "U.S." finds "US");
//! 2. a name starting with it ("stolt" → "Stoltenberg");
//! 3. a name with a word starting with each word typed, in order ("vlad put" → "Vladimir Putin");
//! 4. a name containing it anywhere ("enberg" → "Stoltenberg");
//! 5. only when nothing matched so far, a name whose words are each within one or two edits
//!    of a typed word (another spelling: "Stoltenburg", "Zelenski").
//!
//! Ties go to the entity with more statements, then the one more articles mention, then the
//! label.
//!
//! # Rationale
//!
//! A partial name cannot use the store's index of name keys (only exact keys): as a SPARQL
//! `FILTER` over every key it took 5.3 s on BBC+Reuters. The names of every entity of that store
//! fit in a few megabytes, so they are read once per store view (the server builds a new index
//! with each new view, so search and pages always read the same state of the store) and a search
//! is a scan of short strings in memory.

use crate::model::name_words;
use crate::query::{self, QueryError};
use crate::store::GraphStore;
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, QuerySolution};
use std::collections::{HashMap, HashSet};

/// Every entity with its label, class and counts.
const ENTITIES: &str = include_str!("queries/name-index-entities.rq");
/// Every surface form of every entity.
const NAMES: &str = include_str!("queries/name-index-names.rq");

/// Runs a SELECT query, handing each row to `each`.
fn for_each_row(
    store: &GraphStore,
    sparql: &str,
    mut each: impl FnMut(&QuerySolution),
) -> Result<(), QueryError> {
    if let QueryResults::Solutions(solutions) = query::run(store, sparql, &[])? {
        for solution in solutions {
            each(&solution.map_err(QueryError::from)?);
        }
    }
    Ok(())
}

/// One entity as the search lists it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Named {
    pub iri: String,
    pub label: String,
    /// The class local name (`Person`, `Organization`, …), when the entity has one.
    pub kind: Option<String>,
    /// Statements it is the speaker of.
    pub statements: u64,
    /// Articles mentioning it.
    pub articles: u64,
}

/// How well a name matches what was typed, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Match {
    Exact,
    Prefix,
    WordPrefixes,
    Inside,
    Near,
}

impl Match {
    /// How the match is named in the search's JSON.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Prefix => "prefix",
            Self::WordPrefixes => "word-prefixes",
            Self::Inside => "inside",
            Self::Near => "spelling",
        }
    }
}

/// A search result: the entity, the name of it that matched, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    pub entity: &'a Named,
    pub name: &'a str,
    pub how: Match,
}

/// One name of one entity: the name as written, its key, and its words (ids into the
/// vocabulary).
#[derive(Debug)]
struct Name {
    written: String,
    key: String,
    words: Vec<u32>,
    entity: u32,
}

/// Every name of every entity of one store view.
#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    entities: Vec<Named>,
    names: Vec<Name>,
    /// Every distinct word of every key; a name's words are indices into it.
    vocabulary: Vec<String>,
}

impl NameIndex {
    /// Reads the names, class, statement and article counts of every entity of `store`: two
    /// queries over a few predicates, counted inside the store (reading every term out of it,
    /// a pass over the quads took four times as long).
    pub(crate) fn build(store: &GraphStore) -> Result<Self, QueryError> {
        let mut entities: Vec<Named> = Vec::new();
        let mut by_iri: HashMap<String, u32> = HashMap::new();
        let mut written: Vec<(u32, String)> = Vec::new();
        let count = |term: Option<&Term>| match term {
            Some(Term::Literal(n)) => n.value().parse().unwrap_or(0),
            _ => 0,
        };
        for_each_row(store, ENTITIES, |row| {
            let (Some(Term::NamedNode(iri)), Some(Term::Literal(label))) =
                (row.get("entity"), row.get("label"))
            else {
                return;
            };
            let at = entities.len() as u32;
            by_iri.insert(iri.as_str().to_string(), at);
            written.push((at, label.value().to_string()));
            entities.push(Named {
                iri: iri.as_str().to_string(),
                label: label.value().to_string(),
                kind: match row.get("class") {
                    Some(Term::Literal(class)) => {
                        class.value().rsplit(['/', '#']).next().map(str::to_string)
                    }
                    _ => None,
                },
                statements: count(row.get("statements")),
                articles: count(row.get("articles")),
            });
        })?;
        for_each_row(store, NAMES, |row| {
            if let (Some(Term::NamedNode(iri)), Some(Term::Literal(name))) =
                (row.get("entity"), row.get("name"))
            {
                if let Some(&at) = by_iri.get(iri.as_str()) {
                    written.push((at, name.value().to_string()));
                }
            }
        })?;
        Ok(Self::from_names(entities, written))
    }

    /// The index of `entities` and their names (`(entity index, name as written)`, in any
    /// order, repeats allowed).
    pub(crate) fn from_names(entities: Vec<Named>, mut written: Vec<(u32, String)>) -> Self {
        written.sort_unstable();
        written.dedup();
        let mut vocabulary: Vec<String> = Vec::new();
        let mut word_ids: HashMap<String, u32> = HashMap::new();
        let mut names = Vec::with_capacity(written.len());
        for (entity, written) in written {
            let words = name_words(&written);
            if words.is_empty() || entity as usize >= entities.len() {
                continue;
            }
            let ids = words
                .iter()
                .map(|w| {
                    *word_ids.entry(w.clone()).or_insert_with(|| {
                        vocabulary.push(w.clone());
                        vocabulary.len() as u32 - 1
                    })
                })
                .collect();
            names.push(Name {
                written,
                key: words.join(" "),
                words: ids,
                entity,
            });
        }
        Self {
            entities,
            names,
            vocabulary,
        }
    }

    /// Up to `limit` entities with a name matching `typed`, best first (see the module docs).
    pub(crate) fn search(&self, typed: &str, limit: usize) -> Vec<Found<'_>> {
        let words = name_words(typed);
        if words.is_empty() {
            return Vec::new();
        }
        let key = words.join(" ");
        let mut best: HashMap<u32, (Match, &Name)> = HashMap::new();
        for name in &self.names {
            if let Some(how) = self.close_match(name, &key, &words) {
                keep_best(&mut best, name, how);
            }
        }
        if best.is_empty() {
            let near: Vec<HashSet<u32>> = words.iter().map(|w| self.near_words(w)).collect();
            for name in &self.names {
                if self.is_near(name, &words, &near) {
                    keep_best(&mut best, name, Match::Near);
                }
            }
        }
        let mut found: Vec<Found<'_>> = best
            .into_iter()
            .map(|(entity, (how, name))| Found {
                entity: &self.entities[entity as usize],
                name: &name.written,
                how,
            })
            .collect();
        found.sort_by(|a, b| {
            (
                a.how,
                b.entity.statements,
                b.entity.articles,
                &a.entity.label,
                &a.entity.iri,
            )
                .cmp(&(
                    b.how,
                    a.entity.statements,
                    a.entity.articles,
                    &b.entity.label,
                    &b.entity.iri,
                ))
        });
        found.truncate(limit);
        found
    }

    /// How `name` matches the typed key, short of another spelling.
    fn close_match(&self, name: &Name, key: &str, words: &[String]) -> Option<Match> {
        if name.key == key {
            Some(Match::Exact)
        } else if name.key.starts_with(key) {
            Some(Match::Prefix)
        } else if self.has_word_prefixes(name, words) {
            Some(Match::WordPrefixes)
        } else if name.key.contains(key) {
            Some(Match::Inside)
        } else {
            None
        }
    }

    /// Whether each typed word starts a word of the name, in the name's order.
    fn has_word_prefixes(&self, name: &Name, words: &[String]) -> bool {
        let mut own = name
            .words
            .iter()
            .map(|&w| self.vocabulary[w as usize].as_str());
        words
            .iter()
            .all(|typed| own.by_ref().any(|word| word.starts_with(typed.as_str())))
    }

    /// Whether each typed word starts, or is near (`near`, per typed word), a word of the name.
    fn is_near(&self, name: &Name, words: &[String], near: &[HashSet<u32>]) -> bool {
        words.iter().zip(near).all(|(typed, near)| {
            name.words.iter().any(|&w| {
                near.contains(&w) || self.vocabulary[w as usize].starts_with(typed.as_str())
            })
        })
    }

    /// The words of the vocabulary within the edits [`allowed_edits`] gives `typed`.
    fn near_words(&self, typed: &str) -> HashSet<u32> {
        let allowed = allowed_edits(typed);
        if allowed == 0 {
            return HashSet::new();
        }
        let length = typed.chars().count();
        self.vocabulary
            .iter()
            .enumerate()
            .filter(|(_, word)| word.chars().count().abs_diff(length) <= allowed)
            .filter(|(_, word)| strsim::levenshtein(typed, word) <= allowed)
            .map(|(id, _)| id as u32)
            .collect()
    }
}

/// Records that `name` matched `how`, unless another name of its entity matched better.
fn keep_best<'a>(best: &mut HashMap<u32, (Match, &'a Name)>, name: &'a Name, how: Match) {
    let entry = best.entry(name.entity).or_insert((how, name));
    if how < entry.0 {
        *entry = (how, name);
    }
}

/// Edits a typed word may be away from a name's word and still be that word spelt another
/// way: none under four letters (too many short words are one edit apart), one up to seven,
/// two from eight.
fn allowed_edits(typed: &str) -> usize {
    match typed.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> NameIndex {
        let entity = |iri: &str, label: &str, statements: u64| Named {
            iri: format!("urn:{iri}"),
            label: label.to_string(),
            kind: Some("Person".to_string()),
            statements,
            articles: statements * 3,
        };
        let entities = vec![
            entity("stoltenberg", "Jens Stoltenberg", 5),
            entity("putin", "Vladimir Putin", 9),
            entity("erdogan", "Recep Tayyip Erdoğan", 2),
            entity("stolt", "Anna Stolt", 1),
            entity("zelensky", "Volodymyr Zelenskyy", 4),
        ];
        let names = [
            (0, "Jens Stoltenberg"),
            (0, "Stoltenberg"),
            (1, "Vladimir Putin"),
            (1, "Putin"),
            (1, "the Kremlin leader"),
            (2, "Recep Tayyip Erdoğan"),
            (3, "Anna Stolt"),
            (4, "Volodymyr Zelenskyy"),
            (4, "Zelenskyy"),
        ];
        NameIndex::from_names(
            entities,
            names.iter().map(|(e, n)| (*e, n.to_string())).collect(),
        )
    }

    fn labels(index: &NameIndex, typed: &str) -> Vec<(String, Match)> {
        index
            .search(typed, 20)
            .into_iter()
            .map(|f| (f.entity.label.clone(), f.how))
            .collect()
    }

    #[test]
    fn a_name_is_found_by_any_part_or_spelling_of_it() {
        let index = index();
        let cases: &[(&str, &[(&str, Match)])] = &[
            ("putin", &[("Vladimir Putin", Match::Exact)]),
            ("PUTIN!", &[("Vladimir Putin", Match::Exact)]),
            ("erdogan", &[("Recep Tayyip Erdoğan", Match::WordPrefixes)]),
            ("kremlin", &[("Vladimir Putin", Match::WordPrefixes)]),
            ("vlad put", &[("Vladimir Putin", Match::WordPrefixes)]),
            ("enberg", &[("Jens Stoltenberg", Match::Inside)]),
            ("stoltenburg", &[("Jens Stoltenberg", Match::Near)]),
            ("zelenski", &[("Volodymyr Zelenskyy", Match::Near)]),
            ("volodimir zelen", &[("Volodymyr Zelenskyy", Match::Near)]),
            ("xqzw", &[]),
        ];
        for (typed, want) in cases {
            let want: Vec<(String, Match)> =
                want.iter().map(|(l, m)| (l.to_string(), *m)).collect();
            assert_eq!(labels(&index, typed), want, "{typed}");
        }
    }

    #[test]
    fn better_matches_come_first_then_busier_speakers() {
        let index = index();
        // "Anna Stolt" has "stolt" as a word (a word prefix), "Stoltenberg" starts with it (a
        // prefix), which ranks higher even with fewer statements than Putin would have.
        assert_eq!(
            labels(&index, "stolt"),
            [
                ("Jens Stoltenberg".to_string(), Match::Prefix),
                ("Anna Stolt".to_string(), Match::WordPrefixes),
            ]
        );
        // The same match: more statements first.
        let found = index.search("n", 20);
        let statements: Vec<u64> = found
            .iter()
            .filter(|f| f.how == found[0].how)
            .map(|f| f.entity.statements)
            .collect();
        assert!(
            statements.windows(2).all(|w| w[0] >= w[1]),
            "{statements:?}"
        );
    }

    #[test]
    fn the_name_that_matched_is_reported_and_results_are_limited() {
        let index = index();
        let found = index.search("kremlin lead", 20);
        assert_eq!(found[0].name, "the Kremlin leader");
        assert_eq!(index.search("e", 2).len(), 2);
        assert!(index.search("  ...  ", 20).is_empty());
    }

    #[test]
    fn short_words_are_not_matched_as_other_spellings() {
        assert_eq!(allowed_edits("ann"), 0);
        assert_eq!(allowed_edits("anna"), 1);
        assert_eq!(allowed_edits("stoltenburg"), 2);
    }
}
