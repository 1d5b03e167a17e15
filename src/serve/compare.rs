//! Which of one entity's quotations other articles carry too, and which of its words are
//! credited to someone else: the bundled `corroborated-quotes` and `conflicting-attributions`
//! restricted to the groups of shared words the entity is credited in, found by index look-ups
//! from that entity's own quotations.
//!
//! Entry point: [`shared_words`].
//!
//! # Rationale
//!
//! The bundled queries compare every quotation of the store (about 6 s each on BBC+Reuters), so
//! the page used to run them once per store view in the background and made its first visitors
//! wait about 85 s. A person's groups are reachable from their own quotations: a group is the
//! quotations whose normalised words (`ng:textKey`) equal or contain one *core* text, and the
//! person is credited in it when one of their quotations does. So the cores are the person's
//! own texts, and the texts of 20 characters or more inside one of them. A contained text's
//! first 15-character window (stored as an `ng:textWindow`, like every sixth one) is the window
//! of the person's text at the same place, so looking up each of the person's windows that
//! start a word finds them all (a quotation's words start at a word: this is the one place
//! where the look-ups assume more than the queries' rule, and it saves four look-ups in five). Each core's group is then found as the queries find it: its
//! whole text and its windows at offsets 0 to 5 looked up in the index (one of them is a stored
//! window of any text containing it), kept when it equals or contains the core. Same matching
//! rule, same groups, same rows: a test compares them with the bundled queries' rows.

use crate::model::vocab::{ng, prov, schema};
use crate::model::{WINDOW_CHARS, WINDOW_STEP};
use oxigraph::model::vocab::rdfs;
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Term};
use oxigraph::store::{StorageError, Store};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Characters from which a quoted text matches inside a longer one (the queries' `?long`).
const LONG_CHARS: usize = WINDOW_CHARS + WINDOW_STEP - 1;

/// One quotation of a group of shared words, as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Quoted {
    pub date: Option<String>,
    pub article: String,
    pub speaker_name: Option<String>,
    pub publisher: Option<String>,
    pub quoted_text: String,
    pub speaker: Option<String>,
    pub headline: Option<String>,
    pub url: Option<String>,
}

/// Words several quotations share: the shortest wording and the quotations that carry it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Group {
    pub text: String,
    /// Distinct articles quoting the words.
    pub articles: usize,
    /// Distinct named speakers they are credited to.
    pub speakers: usize,
    pub quotations: Vec<Quoted>,
}

/// The groups of shared words one entity is credited in.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct SharedWords {
    /// Words two or more articles quote (`corroborated-quotes`), every quotation listed.
    pub corroborated: Vec<Group>,
    /// Words credited to two or more speakers (`conflicting-attributions`), the other
    /// speakers' quotations listed.
    pub conflicting: Vec<Group>,
}

/// What one quotation's group membership needs: its key, article and speaker.
#[derive(Debug, Clone)]
struct Quotation {
    key: String,
    article: Option<NamedNode>,
    speaker: Option<NamedNode>,
}

/// Look-ups of one request, each quotation read once.
struct Reader<'a> {
    store: &'a Store,
    quotations: HashMap<NamedNode, Option<Quotation>>,
    keys: HashMap<NamedNode, Option<String>>,
}

/// The groups of shared words `entity` is credited in, sorted by their text; a group's
/// quotations by date, article, speaker, outlet and words.
pub(crate) fn shared_words(
    store: &Store,
    entity: NamedNodeRef<'_>,
) -> Result<SharedWords, StorageError> {
    let mut reader = Reader {
        store,
        quotations: HashMap::new(),
        keys: HashMap::new(),
    };
    let mut cores = BTreeSet::new();
    for own in reader.own_keys(entity)? {
        if is_long(&own) || own.contains(' ') {
            cores.insert(own.clone());
        }
        cores.extend(reader.long_keys_inside(&own)?);
    }
    let mut shared = SharedWords::default();
    for core in cores {
        let matches = reader.matches(&core)?;
        if !matches
            .iter()
            .any(|(_, q)| q.speaker.as_ref().is_some_and(|s| s.as_ref() == entity))
        {
            continue;
        }
        let articles: HashSet<&NamedNode> = matches
            .iter()
            .filter_map(|(_, q)| q.article.as_ref())
            .collect();
        let speakers: HashSet<&NamedNode> = matches
            .iter()
            .filter_map(|(_, q)| q.speaker.as_ref())
            .collect();
        let (articles, speakers) = (articles.len(), speakers.len());
        if articles >= 2 {
            shared
                .corroborated
                .push(reader.group(&core, &matches, articles, speakers, None)?);
        }
        if is_long(&core) && speakers >= 2 {
            let others = Some(entity);
            shared
                .conflicting
                .push(reader.group(&core, &matches, articles, speakers, others)?);
        }
    }
    shared.corroborated.sort_by(|a, b| a.text.cmp(&b.text));
    shared.conflicting.sort_by(|a, b| a.text.cmp(&b.text));
    Ok(shared)
}

/// Whether a key is long enough to match inside another.
fn is_long(key: &str) -> bool {
    key.chars().count() >= LONG_CHARS
}

/// The windows a core is looked up by (as the queries cut them): at offsets 0 to 5 when it is
/// long, else none (it matches only an equal key).
fn core_windows(core: &str) -> Vec<&str> {
    if !is_long(core) {
        return Vec::new();
    }
    let starts: Vec<usize> = core.char_indices().map(|(i, _)| i).collect();
    (0..WINDOW_STEP)
        .filter_map(|d| {
            let end = starts.get(d + WINDOW_CHARS).copied().unwrap_or(core.len());
            core.get(starts[d]..end)
        })
        .collect()
}

/// The 15-character windows of a key that start a word (at the start, or after a character
/// that is neither a letter nor a digit): where the words of a quotation inside it can start,
/// since a quotation's words start at a word.
fn word_windows(key: &str) -> BTreeSet<&str> {
    let chars: Vec<(usize, char)> = key.char_indices().collect();
    (0..chars.len().saturating_sub(WINDOW_CHARS - 1))
        .filter(|&i| i == 0 || !chars[i - 1].1.is_alphanumeric())
        .filter(|&i| !chars[i].1.is_whitespace())
        .filter_map(|i| {
            let end = chars.get(i + WINDOW_CHARS).map_or(key.len(), |c| c.0);
            key.get(chars[i].0..end)
        })
        .collect()
}

impl Reader<'_> {
    /// The keys of the entity's quotations (its reported speech has none).
    fn own_keys(&mut self, entity: NamedNodeRef<'_>) -> Result<BTreeSet<String>, StorageError> {
        let mut keys = BTreeSet::new();
        for quad in self
            .store
            .quads_for_pattern(None, Some(ng::SPEAKER), Some(entity.into()), None)
        {
            if let NamedOrBlankNode::NamedNode(statement) = quad?.subject {
                keys.extend(self.key(&statement)?);
            }
        }
        Ok(keys)
    }

    /// The keys of 20 characters or more inside `own` (not `own` itself): each one's first
    /// window is one of `own`'s windows that start a word.
    fn long_keys_inside(&mut self, own: &str) -> Result<BTreeSet<String>, StorageError> {
        let mut inside = BTreeSet::new();
        if !is_long(own) {
            return Ok(inside);
        }
        for window in word_windows(own) {
            for quotation in self.subjects(ng::TEXT_WINDOW, window)? {
                if let Some(key) = self.key(&quotation)? {
                    if key != own && is_long(&key) && own.contains(key.as_str()) {
                        inside.insert(key);
                    }
                }
            }
        }
        Ok(inside)
    }

    /// The quotations whose key equals `core` or, for a long core, contains it.
    fn matches(&mut self, core: &str) -> Result<Vec<(NamedNode, Quotation)>, StorageError> {
        let mut candidates: BTreeSet<NamedNode> =
            self.subjects(ng::TEXT_KEY, core)?.into_iter().collect();
        for window in core_windows(core) {
            candidates.extend(self.subjects(ng::TEXT_WINDOW, window)?);
        }
        let long = is_long(core);
        let mut matches = Vec::new();
        for candidate in candidates {
            if let Some(q) = self.quotation(&candidate)? {
                if q.key == core || (long && q.key.contains(core)) {
                    matches.push((candidate, q));
                }
            }
        }
        Ok(matches)
    }

    /// A group's words (the least of the texts keyed exactly `core`) and quotations, without
    /// those of `except` when given.
    fn group(
        &mut self,
        core: &str,
        matches: &[(NamedNode, Quotation)],
        articles: usize,
        speakers: usize,
        except: Option<NamedNodeRef<'_>>,
    ) -> Result<Group, StorageError> {
        let mut text: Option<String> = None;
        let mut quotations = BTreeSet::new();
        for (node, q) in matches {
            let written = self.literal(node.as_ref(), ng::TEXT)?.unwrap_or_default();
            if q.key == core && text.as_ref().is_none_or(|t| written < *t) {
                text = Some(written.clone());
            }
            let credited = q.speaker.as_ref().map(NamedNode::as_ref);
            if except.is_some() && (credited.is_none() || credited == except) {
                continue;
            }
            quotations.insert(self.quoted(node.as_ref(), q, written)?);
        }
        Ok(Group {
            text: text.unwrap_or_else(|| core.to_string()),
            articles,
            speakers,
            quotations: quotations.into_iter().collect(),
        })
    }

    /// How a quotation is listed: who, where, when, and its words.
    fn quoted(
        &self,
        node: NamedNodeRef<'_>,
        q: &Quotation,
        quoted_text: String,
    ) -> Result<Quoted, StorageError> {
        let article = q.article.as_ref().map(NamedNode::as_ref);
        let of_article = |p| match article {
            Some(a) => self.literal(a, p),
            None => Ok(None),
        };
        let speaker_name = match &q.speaker {
            Some(s) => self.literal(s.as_ref(), rdfs::LABEL)?,
            None => None,
        };
        let date = match self.literal(node, ng::DATE)? {
            Some(date) => Some(date),
            None => of_article(schema::DATE_PUBLISHED)?,
        };
        Ok(Quoted {
            date,
            article: article.map(|a| a.as_str().to_string()).unwrap_or_default(),
            speaker_name,
            publisher: of_article(schema::PUBLISHER)?,
            quoted_text,
            speaker: q.speaker.as_ref().map(|s| s.as_str().to_string()),
            headline: of_article(schema::HEADLINE)?,
            url: of_article(schema::URL)?,
        })
    }

    /// A quotation's key, article and speaker; `None` when it has no key (reported speech).
    fn quotation(&mut self, node: &NamedNode) -> Result<Option<Quotation>, StorageError> {
        if let Some(known) = self.quotations.get(node) {
            return Ok(known.clone());
        }
        let read = match self.key(node)? {
            None => None,
            Some(key) => Some(Quotation {
                key,
                article: self.node(node.as_ref(), prov::WAS_DERIVED_FROM)?,
                speaker: self.node(node.as_ref(), ng::SPEAKER)?,
            }),
        };
        self.quotations.insert(node.clone(), read.clone());
        Ok(read)
    }

    /// A quotation's key alone (most quotations looked at are not in any group).
    fn key(&mut self, node: &NamedNode) -> Result<Option<String>, StorageError> {
        if let Some(known) = self.keys.get(node) {
            return Ok(known.clone());
        }
        let key = self.literal(node.as_ref(), ng::TEXT_KEY)?;
        self.keys.insert(node.clone(), key.clone());
        Ok(key)
    }

    /// The subjects with `predicate` of the plain string `value`.
    fn subjects(
        &self,
        predicate: NamedNodeRef<'_>,
        value: &str,
    ) -> Result<Vec<NamedNode>, StorageError> {
        let value = Literal::new_simple_literal(value);
        let mut found = Vec::new();
        for quad in
            self.store
                .quads_for_pattern(None, Some(predicate), Some(value.as_ref().into()), None)
        {
            if let NamedOrBlankNode::NamedNode(n) = quad?.subject {
                found.push(n);
            }
        }
        Ok(found)
    }

    /// The first value of `predicate` on `subject`, as a plain string.
    fn literal(
        &self,
        subject: NamedNodeRef<'_>,
        predicate: NamedNodeRef<'_>,
    ) -> Result<Option<String>, StorageError> {
        Ok(self.object(subject, predicate)?.map(|term| match term {
            Term::Literal(l) => l.value().to_string(),
            Term::NamedNode(n) => n.into_string(),
            other => other.to_string(),
        }))
    }

    /// The first IRI `subject` has as `predicate`.
    fn node(
        &self,
        subject: NamedNodeRef<'_>,
        predicate: NamedNodeRef<'_>,
    ) -> Result<Option<NamedNode>, StorageError> {
        Ok(match self.object(subject, predicate)? {
            Some(Term::NamedNode(n)) => Some(n),
            _ => None,
        })
    }

    fn object(
        &self,
        subject: NamedNodeRef<'_>,
        predicate: NamedNodeRef<'_>,
    ) -> Result<Option<Term>, StorageError> {
        let quad = self
            .store
            .quads_for_pattern(Some(subject.into()), Some(predicate), None, None)
            .next()
            .transpose()?;
        Ok(quad.map(|q| q.object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::quote_text_windows;

    #[test]
    fn a_long_core_is_looked_up_by_its_first_six_windows() {
        let core = "we will not back down now";
        let windows = core_windows(core);
        assert_eq!(windows.len(), WINDOW_STEP);
        assert_eq!(windows[0], "we will not bac");
        assert_eq!(windows[5], "ll not back dow");
        assert!(core_windows("short words").is_empty());
    }

    #[test]
    fn a_text_inside_a_key_has_its_first_window_among_the_keys_windows() {
        let key = "we said that «we will not back down now» and left";
        let inner = "we will not back down now";
        let first = core_windows(inner)[0];
        assert!(word_windows(key).contains(first));
        // The stored windows of the inner text start with that same window.
        assert_eq!(quote_text_windows(inner)[0], first);
        // Characters, not bytes: a window holds 15 characters whatever their width.
        assert!(word_windows(key).iter().all(|w| w.chars().count() == 15));
        // Only windows that start a word.
        assert!(word_windows(key)
            .iter()
            .all(|w| !w.starts_with(char::is_whitespace)));
        assert!(!word_windows(key).contains("e said that «we"));
        assert!(word_windows(key).contains("said that «we w"));
    }
}
