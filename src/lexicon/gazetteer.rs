//! The gazetteer: every known name, alias, demonym and metonym in one Aho-Corasick automaton.
//!
//! # Rationale
//! One pass over the text finds every known phrase, leftmost-longest, so "National Security
//! Council" wins over "National" and "the Kremlin" over "Kremlin". Matching is case-sensitive:
//! "US" is the country, "us" is not.

use super::Lexicon;
use crate::extract::{EntityKind, Gender, MentionKind};
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
// FxHash: the tables' keys are our own data (see Cargo.toml).
use rustc_hash::FxHashMap as HashMap;

/// What a known phrase refers to.
#[derive(Debug, Clone, PartialEq)]
pub struct GazEntry {
    /// Canonical name of the entity ("Russia" for "Russian").
    pub canonical: String,
    pub kind: EntityKind,
    pub mention: MentionKind,
    /// For a metonym ("Moscow", "the Kremlin"): the country it stands for when it acts or speaks.
    pub stands_for: Option<String>,
    /// Kind of what a metonym stands for: a country, or an organisation ("Brussels" for the EU).
    pub stands_for_kind: EntityKind,
    pub gender: Gender,
}

/// A phrase found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct GazMatch {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    automaton: Option<AhoCorasick>,
    pub entries: Vec<GazEntry>,
}

fn variants(phrase: &str) -> Vec<String> {
    let mut out = vec![phrase.to_string()];
    // Wire copy spells out the ampersand: "Standard and Poor's", "S and P", "P and O".
    if phrase.contains('&') {
        out.push(phrase.replace(" & ", " and ").replace('&', " and "));
    }
    if phrase.contains('\'') {
        out.push(phrase.replace('\'', "\u{2019}"));
    }
    if let Some(rest) = phrase.strip_prefix("the ") {
        out.push(format!("The {rest}"));
    }
    let more: Vec<String> = out
        .iter()
        .filter(|p| p.starts_with("The ") && p.contains('\''))
        .map(|p| p.replace('\'', "\u{2019}"))
        .collect();
    out.extend(more);
    out
}

impl Gazetteer {
    pub fn build(lx: &Lexicon) -> Gazetteer {
        let mut phrases: Vec<String> = Vec::new();
        let mut entries: Vec<GazEntry> = Vec::new();
        let mut entry_of_phrase: Vec<usize> = Vec::new();
        let mut seen: HashMap<String, ()> = HashMap::default();
        let mut add = |phrase: &str, entry: GazEntry| {
            if phrase.trim().is_empty() {
                return;
            }
            let index = entries.len();
            let mut used = false;
            for v in variants(phrase) {
                if seen.insert(v.clone(), ()).is_none() {
                    phrases.push(v);
                    entry_of_phrase.push(index);
                    used = true;
                }
            }
            if used {
                entries.push(entry);
            }
        };
        let entry = |canonical: &str, kind, mention, stands_for: Option<&str>| GazEntry {
            canonical: canonical.to_string(),
            kind,
            mention,
            stands_for: stands_for.map(String::from),
            stands_for_kind: EntityKind::Country,
            gender: Gender::Unknown,
        };
        // Order is priority: the first source to claim a phrase keeps it.
        for c in &lx.countries {
            for name in std::iter::once(&c.name).chain(&c.aliases) {
                add(
                    name,
                    entry(&c.name, EntityKind::Country, MentionKind::Name, None),
                );
            }
        }
        let place_names: std::collections::HashSet<&str> = lx
            .places
            .iter()
            .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
            .map(String::as_str)
            .collect();
        for o in &lx.organizations {
            for name in std::iter::once(&o.name).chain(&o.aliases) {
                if place_names.contains(name.as_str()) {
                    // "Brussels" for the EU: the place when one is "in Brussels".
                    let place = name.strip_prefix("the ").unwrap_or(name);
                    let mut e = entry(
                        place,
                        EntityKind::Place,
                        MentionKind::Metonym,
                        Some(&o.name),
                    );
                    e.stands_for_kind = EntityKind::Organization;
                    add(name, e);
                } else {
                    add(
                        name,
                        entry(&o.name, EntityKind::Organization, MentionKind::Name, None),
                    );
                }
            }
        }
        for t in &lx.office_terms {
            for name in std::iter::once(&t.person).chain(&t.aliases) {
                if lx.given_name_holder(name, &t.person) {
                    continue;
                }
                let mut e = entry(&t.person, EntityKind::Person, MentionKind::Name, None);
                e.gender = t.gender;
                add(name, e);
            }
        }
        for c in &lx.countries {
            for d in &c.demonyms {
                add(
                    d,
                    entry(&c.name, EntityKind::Country, MentionKind::Demonym, None),
                );
            }
        }
        for c in &lx.countries {
            for m in &c.metonyms {
                let place = m.strip_prefix("the ").unwrap_or(m);
                add(
                    m,
                    entry(
                        place,
                        EntityKind::Place,
                        MentionKind::Metonym,
                        Some(&c.name),
                    ),
                );
                if place != m {
                    add(
                        place,
                        entry(
                            place,
                            EntityKind::Place,
                            MentionKind::Metonym,
                            Some(&c.name),
                        ),
                    );
                }
            }
        }
        for p in &lx.places {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                add(
                    name,
                    entry(&p.name, EntityKind::Place, MentionKind::Name, None),
                );
            }
        }
        for o in &lx.organizations {
            for d in &o.descriptors {
                add(
                    d,
                    entry(
                        &o.name,
                        EntityKind::Organization,
                        MentionKind::Descriptor,
                        None,
                    ),
                );
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&phrases)
            .ok();
        // Re-index entries by phrase order.
        let entries_by_phrase: Vec<GazEntry> = entry_of_phrase
            .iter()
            .map(|&i| entries[i].clone())
            .collect();
        Gazetteer {
            automaton,
            entries: entries_by_phrase,
        }
    }

    /// Every known phrase in `text` that stands as whole words, leftmost-longest.
    pub fn find(&self, text: &str) -> Vec<GazMatch> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(found) = ac.find(Input::new(text).span(pos..text.len())) {
            // "The Bank of England": an alias with its article ("the Bank") must not cut off
            // a longer name that starts after the article.
            let mut m = found;
            let article = text
                .get(m.start()..m.start() + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case("the "));
            if article {
                let after_article = Input::new(text)
                    .span(m.start() + 4..text.len())
                    .anchored(Anchored::Yes);
                if let Ok(Some(longer)) = ac.try_find(after_article) {
                    if longer.end() > m.end() {
                        m = longer;
                    }
                }
            }
            pos = m.end().max(pos + 1);
            let (start, end) = (m.start(), m.end());
            let before_ok = text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            // "U.S." must not match inside "U.S.-led" wrongly, but may end a sentence: accept.
            if before_ok && after_ok && end <= bytes.len() {
                out.push(GazMatch {
                    start,
                    end,
                    entry: m.pattern().as_usize(),
                });
            }
        }
        out
    }
}
