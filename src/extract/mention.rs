//! Entity mentions: known names from the gazetteer, capitalised-name chunks, titles and roles,
//! then one entity per real-world referent within the article.
//!
//! Entry: [`find_entities`]. It fills the entity layer of the analysis (entities and their mentions).
//!
//! # Rationale
//! Names are found in two ways: the gazetteer knows countries, organisations, places and office
//! holders by every spelling; chunking finds everyone else as runs of capitalised words.
//! A title in front of a name ("Russian Prime Minister Mikhail Mishustin") makes it a person
//! and gives it a role; the demonym or country in front of the title says where the role is held.
//! A surname alone ("Putin") joins the full name in the article that ends with it; when two
//! people share it ("Clinton"), the one named in full most recently before it.
//! A name no table knows is typed by its words and its context: a given name, a surname, or
//! two words that are no frequent English words ("Zorvath Kellinger") make a person; an
//! organisation word, a legal form or a cue ("shares in X") an organisation, and so does the
//! next clause calling it "it" or "which" ("X said on Monday it would"). The article's
//! beat decides the rest: in a sports report a city that acts is its club ("Leeds beat
//! Chelsea", "Hansa Rostock"), in a business story a lone unknown word is most often a firm.

use super::analysis::{Analysis, MentionInfo};
use super::token::strip_possessive;
use super::{Entity, EntityKind, Gender, Mention, MentionKind, Role, Span};
use crate::lexicon::{GazEntry, Lexicon, TitleClass};
use std::collections::{HashMap, HashSet};
use std::str::FromStr;

/// Lower-case words that join capitalised words into one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "the", "de", "du", "da", "del", "van", "von", "der", "al", "bin",
    "la", "le", "y", "&",
];

/// Connectors that are particles inside a person's name ("van der", "de", "bin").
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "da", "del", "van", "von", "der", "al", "bin", "la", "le",
];

/// Lower-case particles inside a hyphenated name ("Inzamam-ul-Haq", "Saint-Jean-de-Luz").
const HYPHEN_PARTICLES: &[&str] = &[
    "ul", "ur", "ud", "al", "el", "ad", "ed", "de", "du", "des", "le", "la", "les", "sur", "en",
    "lès", "am", "an", "bin", "ibn", "van", "von",
];

/// Letters written after a person's name for an office or honour ("Frank Field MP").
pub(super) const POSTNOMINALS: &[&str] = &["MP", "MEP", "MSP", "AM", "QC", "KC", "MLA", "TD"];

/// Adjectives of the stop list (a direction, a faith, a people) that open an organisation's
/// name when the capitalised words after them end in an organisation's word: "Islamic
/// Salvation Front", "Southern Water Authority", "Arab Socialist Baath Party".
const NAME_ADJECTIVES: &[&str] = &[
    "west",
    "western",
    "east",
    "eastern",
    "north",
    "northern",
    "south",
    "southern",
    "muslim",
    "christian",
    "jewish",
    "islamic",
    "catholic",
    "protestant",
    "hindu",
    "sikh",
    "arab",
    "kurdish",
    "sunni",
    "shia",
    "shiite",
    "buddhist",
    "new",
];

/// Adjectives of a continent or region on the stop list ("European leaders say"), which open
/// any name of capitalised words after them: "European Monetary System", "Asian Games".
const REGION_ADJECTIVES: &[&str] = &[
    "european",
    "asian",
    "african",
    "caribbean",
    "nordic",
    "baltic",
    "balkan",
    "scandinavian",
];

/// Words after which a bare capitalised word is a place: "in Moscow", "to Kyiv".
pub const LOCATIVES: &[&str] = &[
    "in", "at", "to", "from", "into", "near", "outside", "across", "via", "toward", "towards",
    "around", "across", "inside", "through",
];

/// Auxiliaries that make the lower-case word after a name a verb, not a noun the name
/// qualifies ("in Zorvania were").
const FINITE_AFTER_PLACE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must",
];

/// Lower-case words for a part of a place ("central London", "northern Iraq").
const REGION_WORDS: &[&str] = &[
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "north",
    "south",
    "east",
    "west",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "downtown",
    "inner",
    "rural",
    "suburban",
];

/// A candidate mention before entities are formed.
#[derive(Debug, Clone)]
struct Candidate {
    span: Span,
    /// The name without a possessive ending.
    name: String,
    kind: Option<EntityKind>,
    gaz: Option<GazEntry>,
    gender: Gender,
    role: Option<Role>,
    honorific: Option<Gender>,
    modifier: bool,
    locative: bool,
    sentence: usize,
    /// Index of the first token of the candidate within its sentence.
    token: usize,
}

impl Candidate {
    /// A candidate with only its span, name, kind and gazetteer entry known: no role, title
    /// or gender, not a modifier, not after a locative.
    fn new(
        span: Span,
        name: String,
        kind: Option<EntityKind>,
        gaz: Option<GazEntry>,
        sentence: usize,
        token: usize,
    ) -> Self {
        Candidate {
            span,
            name,
            kind,
            gaz,
            gender: Gender::Unknown,
            role: None,
            honorific: None,
            modifier: false,
            locative: false,
            sentence,
            token,
        }
    }
}

/// Whether a name reads as a company's: a word in capitals or an ampersand ("WMC Resources",
/// "Marks & Spencer"); initials before a name ("D.J. Vebrek") are a person's, a legal form
/// after one ("Cofrax S.A.") a firm's.
fn company_like(name: &str) -> bool {
    name.split_whitespace()
        .enumerate()
        .any(|(k, w)| is_all_caps(w) && !(k == 0 && initials(w)) || w.contains('&'))
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_lowercase())
}

/// Longest title phrase starting at token `i` of a sentence: (title index, tokens used).
pub(super) fn title_at(a: &Analysis, sentence: usize, i: usize) -> Option<(usize, usize)> {
    let toks = &a.tokens[sentence];
    let mut best: Option<(usize, usize)> = None;
    let first = strip_possessive(toks.get(i)?.text(a.text)).0;
    // "Del." is written as two tokens, "Del" and ".".
    let dotted = format!("{first}.");
    let candidates =
        a.lx.titles_by_first_word
            .get(first)
            .or_else(|| a.lx.titles_by_first_word.get(dotted.as_str()))?;
    for &ti in candidates {
        let title = &a.lx.titles[ti];
        let words: Vec<&str> = title.phrase.split_whitespace().collect();
        if i + words.len() > toks.len() {
            continue;
        }
        let matches = words.iter().enumerate().all(|(k, w)| {
            let t = toks[i + k].text(a.text);
            let t = if k + 1 == words.len() {
                strip_possessive(t).0
            } else {
                t
            };
            let period_next = toks.get(i + k + 1).is_some_and(|n| n.text(a.text) == ".");
            t == *w || (period_next && w.strip_suffix('.') == Some(t))
        });
        if matches && best.is_none_or(|(_, n)| words.len() > n) {
            best = Some((ti, words.len()));
        }
    }
    best
}

/// Builds the entity layer of an analysis.
pub fn find_entities(a: &mut Analysis) {
    let beat = news_beat(a);
    let (candidates, shouted) = candidates(a, beat);
    resolve(a, candidates, beat);
    echo_shouted_names(a, &shouted);
    transcript_speakers(a);
    super::coref::find_descriptors(a);
    super::coref::find_org_descriptors(a);
    super::description::find_echoed_descriptions(a);
    let mut paired: Vec<(Mention, MentionInfo)> = std::mem::take(&mut a.mentions)
        .into_iter()
        .zip(std::mem::take(&mut a.mention_info))
        .collect();
    paired.sort_by_key(|(m, _)| (m.span.start, m.span.end));
    (a.mentions, a.mention_info) = paired.into_iter().unzip();
    a.rebuild_mention_index();
    for e in &mut a.entities {
        e.mentions = 0;
    }
    for m in &a.mentions {
        a.entities[m.entity].mentions += 1;
    }
}

/// Company names the tables do not know, ended by a legal form: (first token, token after the
/// legal form) of each run of capitalised words (a possessive, "&" or an "and" between them
/// included) before "Corp", "Inc", "Ltd", "Plc", … in sentence `si`, from token `from`. A run
/// with a known organisation in it is left to the gazetteer ("Microsoft Corp" is Microsoft).
fn firm_names(
    a: &Analysis,
    si: usize,
    from: usize,
    gaz_at: &HashMap<usize, usize>,
) -> Vec<(usize, usize)> {
    let lx = a.lx;
    let toks = &a.tokens[si];
    let mut out = Vec::new();
    for k in from + 1..toks.len() {
        let (suffix, _) = strip_possessive(toks[k].text(a.text));
        if !lx.name_words.legal_suffix.contains(suffix) || !toks[k].capitalized {
            continue;
        }
        // "Bear Stearns & Co Inc": a second legal form after the first was read with it.
        if k > from
            && lx
                .name_words
                .legal_suffix
                .contains(toks[k - 1].text(a.text))
        {
            continue;
        }
        let mut start = k;
        while start > from && k - start < 6 {
            let prev = &toks[start - 1];
            let w = prev.text(a.text);
            // "Minneapolis-based First Bank System Inc": an adjective made with a hyphen
            // describes the firm; "Company Name Homegate Inc": another legal word is a label.
            let hyphen_adjective = w
                .rsplit('-')
                .next()
                .is_some_and(|tail| w.contains('-') && tail.starts_with(char::is_lowercase));
            let word = prev.is_word
                && prev.capitalized
                && !matches!(w, "The" | "A" | "An")
                && !hyphen_adjective
                && !lx.name_words.legal_suffix.contains(w);
            // "Procter & Gamble Co", "Kleinwort Grieveson and Co": "and" only before the legal
            // form itself ("KeyCorp and Banc One Corp" are two firms).
            let joiner = (w == "&" || w == "and" && start == k)
                && start >= from + 2
                && toks[start - 2].capitalized
                && toks[start - 2].is_word;
            // A possessive ends a name of its own before it ("Reuters's Ann Lee Inc" is rare;
            // "Albertson's Inc" is one name): only the word right before the suffix may have one.
            let possessive = strip_possessive(w).1 && start != k;
            if !(word || joiner) || possessive {
                break;
            }
            start -= 1;
        }
        // "Smith, Barney and Co", "Kidder, Peabody and Co": a partnership's names before
        // "and Co" may be set off by a comma.
        let and_co = start + 1 < k && matches!(toks[k - 1].text(a.text), "and" | "&");
        if and_co && start >= from + 2 && toks[start - 1].text(a.text) == "," {
            let mut first = start - 1;
            while first > from
                && start - first <= 3
                && toks[first - 1].is_word
                && toks[first - 1].capitalized
                && !matches!(toks[first - 1].text(a.text), "The" | "A" | "An")
            {
                first -= 1;
            }
            if first < start - 1 {
                start = first;
            }
        }
        if start == k || out.iter().any(|&(_, end)| end > start) {
            continue;
        }
        // A place or a people opens many a firm's name ("Texas Instruments Inc", "American
        // Motors Corp"); a known organisation keeps its own name.
        let known_org = (start..k).any(|m| {
            gaz_at
                .get(&toks[m].span.start)
                .is_some_and(|&e| lx.gazetteer.entries[e].kind == EntityKind::Organization)
        });
        if !known_org {
            let mut end = k + 1;
            while toks.get(end).is_some_and(|t| {
                t.capitalized && lx.name_words.legal_suffix.contains(t.text(a.text))
            }) {
                end += 1;
            }
            out.push((start, end));
        }
    }
    out
}

/// An organisation's candidate from token `start` up to token `end` (its last word's
/// possessive left out), named `name` or as written.
fn organisation_through(
    a: &Analysis,
    si: usize,
    start: usize,
    end: usize,
    name: Option<String>,
) -> Candidate {
    let toks = &a.tokens[si];
    let last = &toks[end - 1];
    let span =
        toks[start].span.start..last.span.start + strip_possessive(last.text(a.text)).0.len();
    let name = name.unwrap_or_else(|| a.text[span.clone()].to_string());
    Candidate::new(span, name, Some(EntityKind::Organization), None, si, start)
}

/// A firm named in full with its legal form: the words of its name without it ("El Paso
/// Electric" of "El Paso Electric Co"), and the full name they stand for later in the article.
struct FirmBase {
    words: Vec<String>,
    full: String,
}

/// The article's firms named with their legal form (see [`firm_names`]), by their names
/// without it. A single word that is also an English word ("General") or a surname the article
/// writes after a given name is no name alone.
fn firm_bases(
    a: &Analysis,
    firm_runs: &[Vec<(usize, usize)>],
    surnames: &HashMap<&str, usize>,
) -> Vec<FirmBase> {
    let mut bases: Vec<FirmBase> = Vec::new();
    for (si, runs) in firm_runs.iter().enumerate() {
        let toks = &a.tokens[si];
        for &(start, end) in runs {
            let all: Vec<String> = toks[start..end]
                .iter()
                .map(|t| strip_possessive(t.text(a.text)).0.to_string())
                .collect();
            let last = &toks[end - 1];
            let last_end = last.span.start + strip_possessive(last.text(a.text)).0.len();
            let full = a.text[toks[start].span.start..last_end].to_string();
            // The words before each legal form: "USAir" and "USAir Group" of "USAir Group
            // Inc", "Dynamics" of "Dynamics Corp of America".
            for cut in 1..all.len() {
                if !a.lx.name_words.legal_suffix.contains(all[cut].as_str()) {
                    continue;
                }
                let words = all[..cut].to_vec();
                // "Podesta" of "Podesta Group" is also Tony Podesta's surname.
                let common = words.len() == 1
                    && (a.lx.common_words.contains(&words[0].to_lowercase())
                        || surnames.contains_key(words[0].as_str()));
                if common || bases.iter().any(|b| b.words == words) {
                    continue;
                }
                bases.push(FirmBase {
                    words,
                    full: full.clone(),
                });
            }
        }
    }
    // Longest first: "El Paso Electric" before "El Paso".
    bases.sort_by_key(|b| std::cmp::Reverse(b.words.len()));
    bases
}

/// The firms of sentence `si` from token `from`: (first token, token after, full name when the
/// words are a firm's name without its legal form).
fn firm_mentions(
    a: &Analysis,
    si: usize,
    from: usize,
    runs: &[(usize, usize)],
    bases: &[FirmBase],
) -> Vec<(usize, usize, Option<String>)> {
    let toks = &a.tokens[si];
    // "USAir Group" after "USAir Group Inc": a shorter firm name is the longer one's.
    let shorter_of = |start: usize, end: usize| {
        bases
            .iter()
            .find(|b| {
                b.words.len() == end - start
                    && b.words
                        .iter()
                        .zip(&toks[start..end])
                        .all(|(w, t)| strip_possessive(t.text(a.text)).0 == w.as_str())
            })
            .map(|b| b.full.clone())
    };
    let mut out: Vec<(usize, usize, Option<String>)> = runs
        .iter()
        .filter(|&&(start, _)| start >= from)
        .map(|&(start, end)| (start, end, shorter_of(start, end)))
        .collect();
    let taken = |out: &[(usize, usize, Option<String>)], m: usize, n: usize| {
        out.iter().any(|&(s, e, _)| m < e && s < m + n)
    };
    let mut m = from;
    while m < toks.len() {
        let found = bases.iter().find(|b| {
            let n = b.words.len();
            m + n <= toks.len()
                && !taken(&out, m, n)
                && b.words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| strip_possessive(toks[m + k].text(a.text)).0 == w.as_str())
                // The next word would have made a longer name.
                && toks
                    .get(m + n)
                    .is_none_or(|t| !(t.capitalized && t.is_word))
        });
        match found {
            Some(b) => {
                let n = b.words.len();
                out.push((m, m + n, Some(b.full.clone())));
                m += n;
            }
            None => m += 1,
        }
    }
    out
}

/// Candidates, and the all-capitals sentences left for [`echo_shouted_names`].
fn candidates(a: &Analysis, beat: Beat) -> (Vec<Candidate>, Vec<usize>) {
    let lx = a.lx;
    let gaz = lx.gazetteer.find(a.text);
    // Map each gazetteer match to the first token it starts on.
    let mut gaz_at: HashMap<usize, usize> = HashMap::new();
    for m in &gaz {
        gaz_at.insert(m.start, m.entry);
    }
    let gaz_end: HashMap<usize, usize> = gaz.iter().map(|m| (m.start, m.end)).collect();
    let mut out: Vec<Candidate> = Vec::new();
    let mut shouted: Vec<usize> = Vec::new();
    // Surnames that are also stop words, seen in a full name so far ("Marty West"): alone
    // later ("West said"), they name that person.
    let mut stop_surnames: HashSet<String> = HashSet::new();
    // Words the article writes after a given name ("Donald Trump"): surnames, whatever the
    // tables say.
    let article_surnames = surnames_after_given_names(a);
    // Firm names, read once per sentence for both the article's short names and the mentions.
    let firm_runs: Vec<Vec<(usize, usize)>> = (0..a.tokens.len())
        .map(|si| firm_names(a, si, 0, &gaz_at))
        .collect();
    let firm_bases = firm_bases(a, &firm_runs, &article_surnames);
    // Words inside the article's firm names ("Minerals" of "U.S. Minerals Exploration Co").
    let firm_words: HashSet<&str> = firm_runs
        .iter()
        .enumerate()
        .flat_map(|(si, runs)| {
            runs.iter()
                .flat_map(move |&(s, e)| (s..e).map(move |k| (si, k)))
        })
        .map(|(si, k)| a.word(si, k))
        .collect();
    for (si, toks) in a.tokens.iter().enumerate() {
        // An all-capitals line ("BANKS EXPRESS GRAVE CONCERN ON BRAZIL DEBT MOVE", a wire
        // headline) says nothing about which words are names: read it last, for names known
        // from the rest of the article or the gazetteer.
        let words = toks.iter().filter(|t| t.is_word).count();
        // "W L PCT GB": a table's header in capitals, single letters included. Two words in
        // capitals are a name ("JAKARTA POST" in a press digest) unless both are English words
        // ("FULL TEXT", a subheading).
        let two_english_words = words == 2
            && toks
                .iter()
                .filter(|t| t.is_word)
                .all(|t| lx.common_words.contains(&t.text(a.text).to_lowercase()));
        let shouting = (words >= 3 || two_english_words)
            && toks
                .iter()
                .filter(|t| t.is_word)
                .all(|t| !t.text(a.text).chars().any(char::is_lowercase))
            && toks.iter().any(|t| is_all_caps(t.text(a.text)));
        // "NEW YORK, Feb 26 - …", "WASHINGTON (AP) — …", "ROME 1996-12-06": a wire dateline
        // names the place the story was filed from, in capitals; the rest of it is no name.
        let sentence_start = a.seg.sentences[si].start;
        let mut dateline_end = sentence_start;
        let sentence_text = &a.text[sentence_start..a.seg.sentences[si].end];
        if let Some(caps) = dateline_regex()
            .captures(sentence_text)
            .or_else(|| state_dateline_regex().captures(sentence_text))
        {
            let whole = caps.get(0).map_or("", |m| m.as_str());
            dateline_end = sentence_start + whole.len();
            // "SOCCER - ", "PRESS DIGEST - ": a wire slug looks like a bare dateline; a place
            // the gazetteer does not know needs a region, an agency or a date beside it.
            let certain = caps.name("region").is_some()
                || whole.contains('(')
                || whole.chars().any(|ch| ch.is_ascii_digit());
            for group in ["place", "region"] {
                if let Some(g) = caps.name(group) {
                    let span = sentence_start + g.start()..sentence_start + g.end();
                    if let Some(c) =
                        dateline_candidate(a, si, span).filter(|c| certain || c.gaz.is_some())
                    {
                        out.push(c);
                    }
                }
            }
        }
        // "CAPE TOWN 1996-08-22": a dateline in capitals is read as one, whatever its place
        // (a capital the tables know as a seat of government too); only a line that says
        // more is left for the shouted names.
        if shouting {
            let rest = &a.text[dateline_end..a.seg.sentences[si].end];
            if dateline_end == sentence_start || rest.chars().any(char::is_alphabetic) {
                shouted.push(si);
            }
            continue;
        }
        let mut i = toks
            .iter()
            .position(|t| t.span.start >= dateline_end)
            .unwrap_or(toks.len());
        // A title waiting for its name: (role title, gender, honorific?, `of` from a modifier).
        let mut pending_title: Option<(Option<String>, Gender, bool)> = None;
        let mut pending_of: Option<(usize, String)> = None; // (candidate index, canonical)
        let firms = firm_mentions(a, si, i, &firm_runs[si], &firm_bases);
        while i < toks.len() {
            let tok = &toks[i];
            let word = tok.text(a.text);
            // "Supermarkets General Corp", "Albertson's Inc", "American Motors Corp": the words
            // before a legal form are one company's name, whatever each word could be alone.
            if let Some((_, end, full)) = firms.iter().find(|(start, _, _)| *start == i) {
                let end = *end;
                out.push(organisation_through(a, si, i, end, full.clone()));
                pending_title = None;
                pending_of = None;
                i = end;
                continue;
            }
            let prev_lower = i
                .checked_sub(1)
                .map(|p| toks[p].text(a.text).to_lowercase())
                .unwrap_or_default();
            // "Ben Emmerson QC, representing …", "Frank Field MP said": the letters after a
            // name say what the person is; they name no body of their own.
            let after_name = i > 0 && toks[i - 1].capitalized && toks[i - 1].is_word;
            let name_follows = toks.get(i + 1).is_some_and(|t| t.capitalized && t.is_word);
            if POSTNOMINALS.contains(&word) && after_name && !name_follows {
                pending_title = None;
                pending_of = None;
                i += 1;
                continue;
            }
            // "according to the Pentagon" is a source, not a place.
            let according = i >= 2 && a.lw(si, i - 2) == "according";
            // "in central London", "in north-east England": a region word between the
            // preposition and the name.
            let region_before = i >= 2
                && !toks[i - 1].capitalized
                && REGION_WORDS.contains(&prev_lower.as_str())
                && LOCATIVES.contains(&a.lw(si, i - 2));
            let locative =
                (LOCATIVES.contains(&prev_lower.as_str()) || region_before) && !according;
            // "according to the Philippine Star", "the Irish Independent reported": a
            // publication as a whole, not the country or place its name opens with.
            if let Some(end) = publication_end(a, si, i) {
                out.push(organisation_through(a, si, i, end, None));
                pending_title = None;
                pending_of = None;
                i = end;
                continue;
            }
            // "the Fiat-GM alliance", "U.S.-China talks": names joined by hyphens are each a
            // mention; "Anglo-Dutch", "Franco-German" only qualify a noun.
            if tok.capitalized && word.contains('-') {
                match hyphenated(a, si, i, &gaz_at, &gaz_end) {
                    Hyphenated::Adjective => {
                        pending_title = None;
                        pending_of = None;
                        i += 1;
                        continue;
                    }
                    Hyphenated::Names(parts) => {
                        for (span, gaz, kind) in parts {
                            let gender = gaz.as_ref().map_or(Gender::Unknown, |g| g.gender);
                            let kind = gaz.as_ref().map(|g| g.kind).or(kind);
                            let name = a.text[span.clone()].to_string();
                            out.push(Candidate {
                                gender,
                                ..Candidate::new(span, name, kind, gaz, si, i)
                            });
                        }
                        pending_title = None;
                        pending_of = None;
                        i += 1;
                        continue;
                    }
                    Hyphenated::Word => {}
                }
            }
            // 1. Known phrase.
            // "Ms Roche", "Barbara Roche": after a title or first name, a company or place
            // name is a surname.
            let titled = pending_title.is_some()
                || (i > 0
                    && toks[i - 1].capitalized
                    && a.lx.first_name_gender(a.word(si, i - 1)).is_some());
            // "Milan Kucan": a city that is also a given name, before a word that reads as a
            // surname, opens a person's name.
            let given_name_first = lx.first_name_gender(word).is_some()
                && toks.get(i + 1).is_some_and(|n| {
                    n.capitalized
                        && !gaz_at.contains_key(&n.span.start)
                        && !lx
                            .name_words
                            .organization
                            .contains(strip_possessive(n.text(a.text)).0)
                        && (name_like(lx, strip_possessive(n.text(a.text)).0)
                            && !lx.common_words.contains(&n.text(a.text).to_lowercase())
                            // "Chad Sweet said", "Chad Sweet, the campaign's chairman,": a
                            // common word as a surname, when a speaker is meant.
                            || n.text(a.text).chars().all(char::is_alphabetic)
                                && !lx.stopwords.contains(&n.text(a.text).to_lowercase())
                                && (a.is_speech_subject(si, i + 1)
                                    || a.word(si, i + 2) == ","
                                        && matches!(a.lw(si, i + 3), "the" | "a" | "an")))
                });
            let gaz_here = gaz_at.get(&tok.span.start).filter(|&&e| {
                let not_person = lx.gazetteer.entries[e].kind != EntityKind::Person;
                let after_title = titled && not_person && !tok.text(a.text).contains(' ');
                let one_word = gaz_end[&tok.span.start] == tok.span.end;
                let before_surname = given_name_first && not_person && one_word;
                // "Michael J. Fox … Fox added": a one-word name of an organisation that the
                // article writes as a person's surname, once that person is named (or in the
                // headline, which the story names them under), is that person; "Ford, the car
                // company, reported … said chairman Bill Ford" is the firm until then.
                let persons_surname = one_word
                    && lx.gazetteer.entries[e].kind == EntityKind::Organization
                    && article_surnames
                        .get(strip_possessive(word).0)
                        .is_some_and(|&first| first < tok.span.start || a.is_headline(si));
                !(after_title || before_surname || persons_surname)
            });
            if let Some(&entry_index) = gaz_here {
                let m = crate::lexicon::GazMatch {
                    start: tok.span.start,
                    end: gaz_end[&tok.span.start],
                    entry: entry_index,
                };
                let entry = lx.gazetteer.entries[m.entry].clone();
                let end_tok = (i..toks.len())
                    .take_while(|&j| toks[j].span.start < m.end)
                    .last()
                    .unwrap_or(i);
                // "Senate Forestry Committee", "Hong Kong Stock Exchange": a known
                // organisation or place followed by capitalised words that end in an
                // organisation word is the first word of a longer organisation's name.
                // "Kenya Rowing Association": so is a country's name (not its
                // demonym: "Russian Foreign Ministry" is Russia's Foreign Ministry).
                // "Mexico's National Human Rights Commission", "Seoul-based LG Electronics":
                // a possessive or a compound only says whose or where the organisation is.
                // "U.S. Federal Bureau of Investigation": so does a country's abbreviation.
                let abbreviated =
                    entry.kind == EntityKind::Country && a.text[m.start..m.end].contains('.');
                let qualifies = strip_possessive(toks[end_tok].text(a.text)).1
                    || a.text[m.end..toks[end_tok].span.end].starts_with('-');
                let demonym =
                    entry.kind == EntityKind::Country && entry.mention == MentionKind::Demonym;
                // "Salomon Brothers Inc": the legal form after a known company is part of the
                // name as written.
                let mut legal_end: Option<usize> = None;
                if (matches!(entry.kind, EntityKind::Organization | EntityKind::Place)
                    && entry.mention != MentionKind::Descriptor
                    || entry.kind == EntityKind::Country && entry.mention == MentionKind::Name
                    || demonym)
                    && pending_title.is_none()
                    && !qualifies
                    && toks
                        .get(end_tok + 1)
                        .is_some_and(|t| t.capitalized && t.is_word)
                {
                    let (end, hint) = chunk_end(a, si, end_tok + 1, &gaz_at);
                    // "Microsoft Corp" is still Microsoft.
                    let suffix_only = (end_tok + 1..end).all(|k| {
                        lx.name_words
                            .legal_suffix
                            .contains(strip_possessive(toks[k].text(a.text)).0)
                    });
                    // "Seattle Mariners", "Leeds United": a city followed by a club's name.
                    // "Paris St Germain", "Nottingham Forest": in a sports report, so is
                    // a city followed by any name that says nothing else.
                    let city = matches!(entry.mention, MentionKind::Name | MentionKind::Metonym)
                        && entry.kind != EntityKind::Organization
                        && lx.cities.contains(&entry.canonical);
                    let nickname = entry.kind == EntityKind::Place
                        && end == end_tok + 2
                        && team_nickname(lx, toks[end_tok + 1].text(a.text));
                    let team = nickname
                        || (city && beat == Beat::Sport && hint.is_none() && end <= end_tok + 3);
                    // "Indonesian Democratic Party", "Czech National Bank": a demonym opens
                    // an organisation's name of two words or more; a ministry is the
                    // country's ("French Interior Ministry").
                    let demonym_opens = !demonym
                        || (end >= end_tok + 3
                            && strip_possessive(toks[end - 1].text(a.text)).0 != "Ministry");
                    // "the American Legion", "the British Museum", "the Irish Times": after
                    // "the", a nation's adjective and one name word are one name; not a title
                    // ("the Chinese President") or a body every state has ("the Chinese
                    // Government": China's).
                    let next_word = strip_possessive(toks[end_tok + 1].text(a.text)).0;
                    let the_nations = demonym
                        && end == end_tok + 2
                        && i > 0
                        && a.lw(si, i - 1) == "the"
                        && !lx.name_words.state_body.contains(next_word)
                        && !lx.titles_by_first_word.contains_key(next_word)
                        // "the British Jews": a people.
                        && (!next_word.ends_with('s')
                            || lx.name_words.organization.contains(next_word)
                            || lx.publication_words.contains(next_word)
                            || lx.name_words.place_plural.contains(next_word))
                        && !gaz_at.contains_key(&toks[end_tok + 1].span.start)
                        // Not an adjective of what follows ("the Chinese Nationalist regime")
                        // or the start of a longer name ("the Iraqi National Congress").
                        && toks.get(end_tok + 2).is_none_or(|t| {
                            let w = a.lw(si, end_tok + 2);
                            !t.is_word
                                || !t.capitalized
                                    && (lx.stopwords.contains(w)
                                        || lx.verb_lemmas.contains_key(w))
                        });
                    if suffix_only && entry.kind == EntityKind::Organization && end > end_tok + 1 {
                        legal_end = Some(end);
                    }
                    // "Taipei University Hospital": a place's name opens a building's.
                    let head = strip_possessive(toks[end - 1].text(a.text)).0;
                    let building = (hint == Some(EntityKind::Place)
                        && (lx.name_words.head_place.contains(head)
                            || lx.name_words.place_plural.contains(head))
                        || lx.name_words.landmark.contains(head) && end == end_tok + 2)
                        && entry.kind != EntityKind::Organization;
                    // "Australian Open", "U.S. Open", "Vietnam War": a country or its demonym
                    // opens the name of an event or a thing, and is not mentioned by it.
                    let titled_event = matches!(hint, Some(EntityKind::Event | EntityKind::Thing))
                        && entry.kind == EntityKind::Country
                        && entry.mention != MentionKind::Metonym;
                    // "Toshiba Classic", "UEFA Cup", "Bayer Leverkusen", "Lloyds Shipping": a known
                    // organisation's name before one or two capitalised words that say nothing
                    // else opens a longer name (an event, a club, a subsidiary); it is not a
                    // mention of the organisation. A title ("Toshiba President Taizo
                    // Nishimuro"), a given name, a weekday or a headline's verb starts
                    // something new.
                    let extends_org = entry.kind == EntityKind::Organization
                        && entry.mention == MentionKind::Name
                        && !matches!(hint, Some(EntityKind::Place | EntityKind::Organization))
                        && org_extension(a, si, end_tok + 1, end, &gaz_at, &gaz_end, beat)
                        && !article_surnames
                            .contains_key(strip_possessive(toks[end_tok + 1].text(a.text)).0);
                    // "U.S. District Court", "U.S. Agriculture Department": a country's
                    // abbreviation before a body's name the tables do not know is written as
                    // part of it; before a known one ("U.S. Federal Bureau of Investigation")
                    // it only says whose the body is.
                    let known_next = gaz_at.contains_key(&toks[end_tok + 1].span.start);
                    let opens_body =
                        (hint == Some(EntityKind::Organization) || team || building || extends_org)
                            && (!abbreviated
                                || hint == Some(EntityKind::Organization) && !known_next);
                    if (opens_body || titled_event || the_nations)
                        && end > end_tok + 1
                        && !suffix_only
                        && (demonym_opens || titled_event || the_nations)
                    {
                        let last_tok = &toks[end - 1];
                        let last_end =
                            last_tok.span.start + strip_possessive(last_tok.text(a.text)).0.len();
                        let matched = &a.text[m.start..m.end];
                        let start = m.start
                            + ["The ", "the "]
                                .iter()
                                .find(|p| matched.starts_with(*p))
                                .map_or(0, |p| p.len());
                        out.push(Candidate {
                            span: start..last_end,
                            name: a.text[start..last_end].to_string(),
                            kind: Some(if building {
                                EntityKind::Place
                            } else if titled_event {
                                hint.unwrap_or(EntityKind::Event)
                            } else if let Some(kind) = hint.filter(|_| extends_org) {
                                kind
                            } else {
                                EntityKind::Organization
                            }),
                            gaz: None,
                            gender: Gender::Unknown,
                            role: None,
                            honorific: None,
                            modifier: false,
                            locative,
                            sentence: si,
                            token: i,
                        });
                        pending_of = None;
                        i = end;
                        continue;
                    }
                }
                // "Moscow-based", "U.S.-led": an adjective made of a name qualifies what follows.
                let compound = a.text[m.end..].starts_with('-')
                    && a.text[m.end + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase);
                // "Russian-built", "Albanian-born": a demonym made into an adjective says how a
                // thing was made, not which country acts or is spoken of.
                if compound && entry.mention == MentionKind::Demonym {
                    pending_of = None;
                    i = end_tok + 1;
                    continue;
                }
                let (written_end, next_tok) = match legal_end {
                    Some(end) => {
                        let last = &toks[end - 1];
                        let (w, _) = strip_possessive(last.text(a.text));
                        (last.span.start + w.len(), end)
                    }
                    None => (m.end, end_tok + 1),
                };
                let cand = Candidate {
                    span: m.start..written_end,
                    name: a.text[m.start..written_end].to_string(),
                    kind: Some(entry.kind),
                    gender: entry.gender,
                    gaz: Some(entry.clone()),
                    role: pending_title.take().and_then(|(role, _, _)| {
                        role.map(|title| Role {
                            title,
                            of: pending_of.as_ref().map(|(_, of)| of.clone()),
                        })
                    }),
                    honorific: None,
                    modifier: compound,
                    locative,
                    sentence: si,
                    token: i,
                };
                let of_name = entry
                    .stands_for
                    .clone()
                    .unwrap_or_else(|| entry.canonical.clone());
                // "the U.S. National Security Council": a country right before an
                // organisation's name only qualifies it.
                if entry.kind == EntityKind::Organization && entry.mention == MentionKind::Name {
                    if let Some((ci, _)) = pending_of {
                        if out[ci].kind == Some(EntityKind::Country)
                            && out[ci].span.end + 1 >= m.start
                        {
                            out[ci].modifier = true;
                        }
                    }
                }
                out.push(cand);
                pending_of = (entry.kind != EntityKind::Person).then(|| (out.len() - 1, of_name));
                i = next_tok;
                continue;
            }
            // 2. A title or honorific. After "Mr"/"Ms" a title word outside quotes is the
            // surname ("Ms King said", "Mr Bishop"); inside them it is an address ("Mr President").
            // Not after a peer's "Lord"/"Lady": "Lord Chancellor", "Lord Chief Justice".
            let courtesy = (i.saturating_sub(2)..i).any(|k| {
                matches!(
                    a.lw(si, k),
                    "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "miss" | "dr" | "dr."
                )
            });
            let surname_after_honorific = pending_title.as_ref().is_some_and(|p| p.2)
                && courtesy
                && !a.in_quote(tok.span.start);
            if tok.capitalized && !surname_after_honorific {
                if let Some((ti, n)) = title_at(a, si, i) {
                    let title = &lx.titles[ti];
                    let mut next = i + n;
                    // "Mr." — skip the period of an abbreviated title.
                    if toks.get(next).is_some_and(|t| t.text(a.text) == ".") {
                        next += 1;
                    }
                    // "Editor’s Note:", "the President's Day": a title in the possessive
                    // owns what follows; it does not introduce a name.
                    let possessive = strip_possessive(toks[next - 1].text(a.text)).1;
                    // "the General Election", "a General Strike": "General" before one frequent
                    // word names a thing, not a general.
                    let general_thing = title.phrase == "General"
                        && lx.common_words.contains(a.lw(si, next))
                        && lx.first_name_gender(a.word(si, next)).is_none()
                        && !toks
                            .get(next + 1)
                            .is_some_and(|t| t.capitalized && t.is_word);
                    let followed_by_name = !possessive
                        && !general_thing
                        && toks.get(next).is_some_and(|t| t.capitalized && t.is_word);
                    if followed_by_name {
                        if let Some((ci, _)) = pending_of {
                            out[ci].modifier = true;
                        }
                        let honorific = title.class == TitleClass::Honorific;
                        let role = if title.class == TitleClass::Title {
                            title.role.clone()
                        } else {
                            None
                        };
                        // "Deputy Prime Minister": a modifier joins the title that follows.
                        if title.class == TitleClass::Modifier {
                            i = next;
                            continue;
                        }
                        pending_title = Some((role, title.gender, honorific));
                        i = next;
                        continue;
                    }
                    // "the alliance's Secretary General said": a title without a name is a
                    // description, resolved later; never a name itself.
                    if title.class == TitleClass::Title && n >= 1 {
                        pending_of = None;
                        i += n;
                        continue;
                    }
                }
            }
            // 3. A lower-case role before a name: "Kremlin aide Yuri Ushakov", "Brazilian
            // finance minister Dilson Funaro", "spokesman John Kirby".
            // "Defender Tomas Vebrek scored": a role word opening the sentence too.
            let opens = i == 0 || (i == 1 && !toks[0].is_word);
            let role_word = if opens && tok.capitalized {
                a.lw(si, i)
            } else {
                word
            };
            if (!tok.capitalized || (opens && lx.name_words.role.contains(role_word)))
                && tok.is_word
            {
                let role_len = if lx.name_words.role.contains(role_word) {
                    Some(1)
                } else if lx.name_words.role.contains(a.word(si, i + 1))
                    && a.word(si, i + 1) != role_word
                    // "said chairman Bill Ford": a speech verb before the role is no part of it.
                    && a.speech_verb(si, i).is_none()
                    && !lx.stopwords.contains(role_word)
                {
                    Some(2)
                } else {
                    None
                };
                let named = role_len.is_some_and(|n| {
                    toks.get(i + n).is_some_and(|t| t.capitalized && t.is_word)
                        && !a.lx.stopwords.contains(a.lw(si, i + n))
                });
                // A lone role word needs a modifier before it ("aide" alone is too common).
                if let (Some(n), true) = (role_len, named) {
                    // "said chairman Bill Ford": a speech verb sets the role off too, as an
                    // owner does ("its founder Mikhail Khodorkovsky"), or "then".
                    let set_off = i == 0
                        || matches!(
                            a.lw(si, i - 1),
                            "," | "its" | "his" | "her" | "their" | "then"
                        )
                        || a.speech_verb(si, i - 1).is_some();
                    if n == 2 || pending_of.is_some() || set_off {
                        if let Some((ci, _)) = pending_of {
                            out[ci].modifier = true;
                        }
                        let role = (i..i + n)
                            .map(|k| a.word(si, k))
                            .collect::<Vec<_>>()
                            .join(" ");
                        pending_title = Some((Some(role), Gender::Unknown, false));
                        i += n;
                        continue;
                    }
                }
            }
            // A capitalised function word or month ("But", "March") never starts a name,
            // unless a title stands before it ("Mrs May").
            if tok.capitalized
                && pending_title.is_none()
                && lx
                    .stopwords
                    .contains(&strip_possessive(word).0.to_lowercase())
                && !given_name_opens_name(a, si, i)
                && !initial_at(a, si, i)
                && !stop_surnames.contains(strip_possessive(word).0)
                && !plural_apostrophe(a, si, i)
                && !adjective_opens_org(a, si, i, &gaz_at)
            {
                pending_of = None;
                i += 1;
                continue;
            }
            // "Buying MCI", "Troubled Marsh": a sentence's first word that is a common word
            // elsewhere, or reads like a participle or adverb, is not part of a name.
            let opens_sentence = i == 0 || (i == 1 && !toks[0].is_word);
            // `Said Ann Lee, a teacher, “…”`: a sentence opening with its verb of speech before
            // a name and a quote is inverted; the verb is not a given name ("Said").
            let inverted_cue = opens_sentence
                && tok.capitalized
                && pending_title.is_none()
                && toks.get(i + 1).is_some_and(|t| t.capitalized && t.is_word)
                && a.quote_verb(si, i).is_some()
                && toks[i + 1..]
                    .iter()
                    .any(|t| matches!(t.text(a.text), "“" | "\"" | "''"));
            if inverted_cue {
                pending_of = None;
                i += 1;
                continue;
            }
            if opens_sentence
                && tok.capitalized
                && pending_title.is_none()
                && toks.get(i + 1).is_some_and(|t| t.capitalized && t.is_word)
                && lx.first_name_gender(word).is_none()
                && !is_all_caps(word)
                && !initial_at(a, si, i)
                && (lower_elsewhere(a, word)
                    // "Advanced Medical Inc" opens with its own name.
                    || (["ing", "ed", "ly"]
                        .iter()
                        .any(|suffix| word.len() > 4 && word.ends_with(suffix))
                        && chunk_end(a, si, i + 1, &gaz_at).1 != Some(EntityKind::Organization))
                    // "Reliever Tomas Vebrek", "Teenager Ilkka Saarinen": a word before a first name
                    // and a surname describes the person.
                    || (lx.first_name_gender(a.word(si, i + 1)).is_some()
                        && toks.get(i + 2).is_some_and(|t| t.capitalized && t.is_word)
                        && !toks.get(i + 3).is_some_and(|t| t.capitalized && t.is_word)))
            {
                i += 1;
                continue;
            }
            // "Shares of Douglas & Lomason Co rose", "Representatives of First Bank said": a
            // plural common noun opening the sentence, then "of", names what follows, not
            // itself ("Friends of the Earth" keeps its article).
            let plural_noun = word.len() > 3
                && word.ends_with('s')
                && !word.ends_with("ss")
                && lx.common_words.contains(&word.to_lowercase())
                && !lx.name_words.organization.contains(word);
            if opens_sentence
                && plural_noun
                && a.word(si, i + 1) == "of"
                && toks.get(i + 2).is_some_and(|t| t.capitalized && t.is_word)
            {
                i += 1;
                continue;
            }
            // "Major U.S. Banks said": Reuters-21578 capitalises the word after "U.S."; a plural
            // common noun there, with no name going on after it, names no one.
            let after_initialism = i > 0 && {
                let prev = a.word(si, i - 1);
                prev.len() > 2 && prev.ends_with('.') && super::segment::is_initialism(prev)
            };
            let name_goes_on = toks.get(i + 1).is_some_and(|t| {
                t.capitalized || matches!(t.text(a.text), "and" | "&" | "of" | "for")
            });
            if after_initialism && plural_noun && !name_goes_on && !firm_words.contains(word) {
                i += 1;
                continue;
            }
            // "… Urges Council": a headline's verb does not open a name either.
            if tok.capitalized && i > 0 && is_headline_verb(a, si, strip_possessive(word).0) {
                i += 1;
                continue;
            }
            // 4. A run of capitalised words.
            if tok.capitalized && tok.is_word {
                let (mut end, mut kind_hint) = chunk_end(a, si, i, &gaz_at);
                // "Hansa Rostock", "Atletico Madrid": in a sports report, a word before a
                // city's name is a club's name.
                if let Some(city_end) = (beat == Beat::Sport && end == i + 1 && kind_hint.is_none())
                    .then(|| club_city_end(a, si, end, &gaz_at, &gaz_end))
                    .flatten()
                    // "PSV Eindhoven", "FC Porto": so is a short name in capitals.
                    .filter(|_| {
                        (name_like(lx, word) || is_all_caps(word) && word.chars().count() <= 4)
                            && lx.first_name_gender(word).is_none()
                    })
                {
                    end = city_end;
                    kind_hint = Some(EntityKind::Organization);
                }
                if end > i {
                    let first = toks[i].span.start;
                    let last_tok = &toks[end - 1];
                    let (last_word, _) = strip_possessive(last_tok.text(a.text));
                    let last_end = last_tok.span.start + last_word.len();
                    let name = a.text[first..last_end].to_string();
                    let sentence_initial = i == 0
                        || (i == 1 && !toks[0].is_word)
                        || matches!(
                            prev_lower.as_str(),
                            "“" | "\"" | "‘" | "(" | ":" | "—" | "–"
                        );
                    let single = end - i == 1;
                    // "the TV host", "a super PAC": a common noun in capitals names nothing.
                    let stop = lx.stopwords.contains(&name.to_lowercase())
                        && !(single && stop_surnames.contains(&name))
                        || single && lx.name_words.common_acronym.contains(name.as_str());
                    if !single && lx.first_name_gender(toks[i].text(a.text)).is_some() {
                        let surname = name.rsplit(' ').next().unwrap_or_default();
                        if lx.stopwords.contains(&surname.to_lowercase()) {
                            stop_surnames.insert(surname.to_string());
                        }
                    }
                    let (title, gender, honorific) =
                        pending_title
                            .take()
                            .unwrap_or((None, Gender::Unknown, false));
                    let has_title = title.is_some() || honorific;
                    if kind_hint == Some(EntityKind::Organization) && !has_title {
                        // "U.S. National Security Council": the country only qualifies the name.
                        if let Some((ci, _)) = pending_of {
                            if out[ci].span.end + 1 >= first {
                                out[ci].modifier = true;
                            }
                        }
                    }
                    // "Morgan Stanley & Co Inc": legal forms after a known firm's name name
                    // nothing of their own.
                    let only_legal_forms = name
                        .split_whitespace()
                        .all(|w| lx.name_words.legal_suffix.contains(w));
                    if !(stop
                        || only_legal_forms
                        || (single && sentence_initial && !has_title && lower_elsewhere(a, &name)))
                    {
                        out.push(Candidate {
                            span: first..last_end,
                            name,
                            kind: kind_hint.or(has_title.then_some(EntityKind::Person)),
                            gaz: None,
                            gender,
                            role: title.map(|title| Role {
                                title,
                                of: pending_of.as_ref().map(|(_, of)| of.clone()),
                            }),
                            honorific: honorific.then_some(gender),
                            modifier: false,
                            locative,
                            sentence: si,
                            token: i,
                        });
                    }
                    pending_of = None;
                    // "Lord Butler of Brockwell", "Baroness Smith of Basildon": a peer's
                    // territorial designation belongs to the title; the place is no entity.
                    let peer = honorific && i > 0 && PEER_TITLES.contains(&a.word(si, i - 1));
                    i = if peer {
                        peer_designation_end(a, si, end).unwrap_or(end)
                    } else {
                        end
                    };
                    continue;
                }
            }
            pending_title = None;
            if !matches!(word, "’s" | "'s") {
                pending_of = None;
            }
            i += 1;
        }
    }
    let found = shouted_places(a, &shouted);
    out.extend(found);
    out.extend(lower_case_committees(a));
    (out, shouted)
}

/// Committees named in lower case after their chamber (`chamber` of `name_words.tsv`): "the
/// Commons work and pensions committee" is the Work and Pensions Committee, "the Commons'
/// home affairs select committee" the Home Affairs Committee (the `committee_filler` words
/// left out of the name, as its official name does). The words between are one to five
/// lower-case words, "and" only inside: "the Lords to set up a committee" names none.
fn lower_case_committees(a: &Analysis) -> Vec<Candidate> {
    let nw = &a.lx.name_words;
    let mut out = Vec::new();
    for (si, toks) in a.tokens.iter().enumerate() {
        for c in 1..toks.len() {
            if !nw.chamber.contains(a.word(si, c)) || a.lw(si, c - 1) != "the" {
                continue;
            }
            let mut first = c + 1;
            if matches!(a.word(si, first), "'" | "’" | "'s" | "’s") {
                first += 1;
            }
            let Some(head) =
                (first..toks.len().min(first + 7)).find(|&k| nw.committee.contains(a.word(si, k)))
            else {
                continue;
            };
            let words: Vec<&str> = (first..head).map(|k| a.word(si, k)).collect();
            let plain = |w: &str| {
                w.chars().all(|ch| ch.is_lowercase() || ch == '-')
                    && (w == "and" || !a.lx.stopwords.contains(w))
            };
            let named: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| !nw.committee_filler.contains(*w))
                .collect();
            if named.is_empty()
                || named.len() > 5
                || !words.iter().all(|w| plain(w))
                || named[0] == "and"
                || named[named.len() - 1] == "and"
            {
                continue;
            }
            let name = named
                .iter()
                .map(|w| {
                    if *w == "and" {
                        (*w).to_string()
                    } else {
                        title_case(w)
                    }
                })
                .chain(std::iter::once(title_case(a.word(si, head))))
                .collect::<Vec<_>>()
                .join(" ");
            let span = toks[first].span.start..toks[head].span.end;
            out.push(Candidate::new(
                span,
                name,
                Some(EntityKind::Organization),
                None,
                si,
                first,
            ));
        }
    }
    out
}

/// Countries and places in all-capitals lines ("FLOODS CUT OFF VILLAGES IN BANGLADESH"): a
/// run of words that the gazetteer knows in title case. Other words are left alone here; the
/// names the story writes elsewhere are echoed by [`echo_shouted_names`].
fn shouted_places(a: &Analysis, shouted: &[usize]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for &si in shouted {
        for_each_shouted_name(a, si, |span, i| {
            let name = title_case(&a.text[span.clone()]);
            let place = gazetteer_entry(a.lx, &name).filter(|g| {
                matches!(g.kind, EntityKind::Country | EntityKind::Place)
                    && g.mention == MentionKind::Name
            });
            let Some(g) = place else {
                return false;
            };
            out.push(Candidate::new(span, name, Some(g.kind), Some(g), si, i));
            true
        });
    }
    out
}

/// Walks an all-capitals sentence left to right, offering `take` each run of up to four tokens
/// that can be a name (the longest first, see [`shouted_run`]) with its first token; a run
/// `take` accepts is passed over whole.
fn for_each_shouted_name(a: &Analysis, si: usize, mut take: impl FnMut(Span, usize) -> bool) {
    let toks = &a.tokens[si];
    let mut i = 0;
    while i < toks.len() {
        let matched = (1..=4usize.min(toks.len() - i))
            .rev()
            .find(|&n| shouted_run(a, si, i, n).is_some_and(|span| take(span, i)));
        i += matched.unwrap_or(1);
    }
}

/// The span of `n` tokens from token `i` of an all-capitals sentence, when they can be a name:
/// words at both ends, in capitals, and not a stop word ("AS", "MAY").
fn shouted_run(a: &Analysis, si: usize, i: usize, n: usize) -> Option<Span> {
    let run = a.tokens[si].get(i..i + n)?;
    if !run[0].is_word || !run[n - 1].is_word {
        return None;
    }
    let span = run[0].span.start..run[n - 1].span.end;
    let written = &a.text[span.clone()];
    (is_all_caps(written) && !a.lx.stopwords.contains(&written.to_lowercase())).then_some(span)
}

/// Names in all-capitals lines that the story writes elsewhere ("KESTEVEN WARNS" and later
/// "Kesteven said"): a mention of that entity.
fn echo_shouted_names(a: &mut Analysis, shouted: &[usize]) {
    if shouted.is_empty() {
        return;
    }
    let mut by_upper: HashMap<String, usize> = HashMap::new();
    for (id, e) in a.entities.iter().enumerate() {
        for form in std::iter::once(&e.name).chain(&e.surface_forms) {
            by_upper.entry(form.to_uppercase()).or_insert(id);
        }
    }
    // "UNION PLANTERS" for "Union Planters Corp": a firm's name without its legal form;
    // "LINDNER SAYS" for "Carl Lindner": a person's surname, unless it is a common word too.
    for (id, e) in a.entities.iter().enumerate() {
        let words: Vec<&str> = e.name.split(' ').collect();
        let short = match e.kind {
            EntityKind::Organization => {
                let kept = words
                    .iter()
                    .rposition(|w| !a.lx.name_words.legal_suffix.contains(*w))
                    .map_or(0, |last| last + 1);
                (kept >= 1 && kept < words.len()).then(|| words[..kept].join(" "))
            }
            EntityKind::Person => words
                .last()
                .filter(|w| {
                    words.len() >= 2
                        && w.chars().count() >= 4
                        && !a.lx.common_words.contains(w.to_lowercase().as_str())
                        && !a.lx.stopwords.contains(&w.to_lowercase())
                })
                .map(|w| w.to_string()),
            _ => None,
        };
        if let Some(short) = short {
            by_upper.entry(short.to_uppercase()).or_insert(id);
        }
    }
    let mut found = Vec::new();
    for &si in shouted {
        for_each_shouted_name(a, si, |span, _| {
            let taken = a
                .mentions
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end);
            let Some(&id) = by_upper.get(&a.text[span.clone()]).filter(|_| !taken) else {
                return false;
            };
            found.push((span, id, si));
            true
        });
    }
    for (span, entity, sentence) in found {
        push_name(a, span, entity, sentence);
    }
}

/// Adds a name mention of `entity` found after the main pass.
fn push_name(a: &mut Analysis, span: Span, entity: usize, sentence: usize) {
    a.mentions.push(Mention {
        span,
        entity,
        kind: MentionKind::Name,
    });
    a.mention_info.push(MentionInfo {
        modifier: false,
        sentence,
    });
}

/// `"WALLACE: Let’s start …` ¶ `"PENCE: Well, …`: the all-capitals labels heading a
/// transcript's paragraphs name the people who speak in it. A label of one or two words that
/// read as a name (not "UPDATE:" or "VIDEO:"), heading two paragraphs or more, names a person;
/// when no person of the article bears that surname, the label makes one ("Wallace"), so that
/// the lines it heads have a speaker.
fn transcript_speakers(a: &mut Analysis) {
    let mut labels: Vec<(String, Vec<Span>)> = Vec::new();
    for p in &a.seg.paragraphs {
        let Some(span) = paragraph_label(a, p) else {
            continue;
        };
        let name = title_case(&a.text[span.clone()]);
        match labels.iter_mut().find(|(n, _)| *n == name) {
            Some((_, spans)) => spans.push(span),
            None => labels.push((name, vec![span])),
        }
    }
    for (name, spans) in labels {
        let surname = name.rsplit(' ').next().unwrap_or(&name);
        let known = a.entities.iter().any(|e| {
            e.kind == EntityKind::Person
                && e.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last.eq_ignore_ascii_case(surname))
        });
        let named = name.split(' ').all(|w| name_like(a.lx, w));
        if spans.len() < 2 || known || !named {
            continue;
        }
        let entity = a.entities.len();
        a.entities.push(Entity {
            name: name.clone(),
            kind: EntityKind::Person,
            gender: Gender::Unknown,
            surface_forms: vec![name],
            roles: Vec::new(),
            mentions: 0,
            table_name: None,
        });
        for span in spans {
            let taken = a
                .mentions
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end);
            let Some(sentence) = a.sentence_of(span.start).filter(|_| !taken) else {
                continue;
            };
            push_name(a, span, entity, sentence);
        }
    }
}

/// The all-capitals label of one or two words before a colon that opens a paragraph, after
/// its quote mark if any: `"WALLACE:`, `MR. SMITH:`.
fn paragraph_label(a: &Analysis, p: &Span) -> Option<Span> {
    let body = &a.text[p.clone()];
    let rest = body.trim_start_matches(['"', '“', ' ']);
    let start = p.start + body.len() - rest.len();
    let label = &rest[..rest.find(':')?];
    let words: Vec<&str> = label.split(' ').collect();
    let shouted = words.iter().all(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
    });
    ((1..=2).contains(&words.len()) && shouted).then(|| start..start + label.len())
}

/// What a capitalised word with hyphens is made of.
enum Hyphenated {
    /// Names joined by hyphens: each part's span, its gazetteer entry, and its kind when a
    /// known organisation beside it says what it is.
    Names(Vec<(Span, Option<GazEntry>, Option<EntityKind>)>),
    /// Nations' combining forms and demonyms ("Anglo-Dutch", "Sino-Soviet", "Franco-German").
    Adjective,
    /// One word or one name ("Coca-Cola", "Jean-Pierre", "Ho-Chi-Minh").
    Word,
}

/// Splits a hyphenated capitalised token at token `i` of a sentence into the names it joins.
/// Every part must be a name: a gazetteer name (organisation, country, place, person), an
/// office holder's surname or a word the article uses on its own ("the Xi-Putin meeting");
/// beside a known organisation, a word that reads as a name is one too ("the Pfizer-Pharmacia
/// merger"). A gazetteer phrase that spans the whole word ("Guinea-Bissau") stays whole.
fn hyphenated(
    a: &Analysis,
    si: usize,
    i: usize,
    gaz_at: &HashMap<usize, usize>,
    gaz_end: &HashMap<usize, usize>,
) -> Hyphenated {
    let tok = &a.tokens[si][i];
    let word = strip_possessive(tok.text(a.text)).0;
    let word_end = tok.span.start + word.len();
    if gaz_end.get(&tok.span.start) == Some(&word_end) {
        return Hyphenated::Word;
    }
    let mut parts: Vec<(Span, &str)> = Vec::new();
    let mut start = tok.span.start;
    for part in word.split('-') {
        parts.push((start..start + part.len(), part));
        start += part.len() + 1;
    }
    if parts.len() < 2
        || parts
            .iter()
            .any(|(_, p)| !p.chars().next().is_some_and(char::is_uppercase))
    {
        return Hyphenated::Word;
    }
    let lx = a.lx;
    let entry_of = |span: &Span| {
        gaz_at
            .get(&span.start)
            .filter(|_| gaz_end.get(&span.start) == Some(&span.end))
            .map(|&e| &lx.gazetteer.entries[e])
    };
    let demonym = |span: &Span| {
        entry_of(span)
            .is_some_and(|g| g.kind == EntityKind::Country && g.mention == MentionKind::Demonym)
    };
    let adjective = parts
        .iter()
        .all(|(span, p)| lx.combining_forms.contains(*p) || demonym(span));
    // "the Franco-German Brigade": inside a longer name the compound is part of it.
    let next_capitalised = a.tokens[si]
        .get(i + 1)
        .is_some_and(|t| t.capitalized && t.is_word);
    if adjective {
        return if next_capitalised {
            Hyphenated::Word
        } else {
            Hyphenated::Adjective
        };
    }
    let known: Vec<Option<&GazEntry>> = parts
        .iter()
        .map(|(span, _)| {
            entry_of(span).filter(|g| {
                g.mention == MentionKind::Name
                    && matches!(
                        g.kind,
                        EntityKind::Organization
                            | EntityKind::Country
                            | EntityKind::Place
                            | EntityKind::Person
                    )
            })
        })
        .collect();
    let beside_org = known
        .iter()
        .any(|g| g.is_some_and(|g| g.kind == EntityKind::Organization));
    let mut names = Vec::new();
    for ((span, part), gaz) in parts.iter().zip(&known) {
        if let Some(g) = gaz {
            names.push((span.clone(), Some((*g).clone()), None));
        } else if known_part(a, part) && !demonym(span) {
            names.push((span.clone(), None, None));
        } else if beside_org
            && !demonym(span)
            && !lx.combining_forms.contains(*part)
            && name_like(lx, part)
        {
            names.push((span.clone(), None, Some(EntityKind::Organization)));
        } else {
            return Hyphenated::Word;
        }
    }
    Hyphenated::Names(names)
}

/// The end (exclusive token index) of a publication's name at token `i`, when a source cue
/// frames it: "according to the Philippine Star", "the Irish Independent reported", "told the
/// Des Moines Register". The name follows "the", is a run of capitalised words and ends in a
/// publication word ("Star").
fn publication_end(a: &Analysis, si: usize, i: usize) -> Option<usize> {
    let toks = &a.tokens[si];
    if i == 0 || a.lw(si, i - 1) != "the" {
        return None;
    }
    let mut end = i;
    while end < toks.len() && end < i + 6 && toks[end].capitalized && toks[end].is_word {
        end += 1;
        if strip_possessive(toks[end - 1].text(a.text)).1 {
            break;
        }
    }
    let last = strip_possessive(toks.get(end.checked_sub(1)?)?.text(a.text)).0;
    if end == i || !a.lx.publication_words.contains(last) {
        return None;
    }
    let according = i >= 3 && a.lw(si, i - 3) == "according" && a.lw(si, i - 2) == "to";
    let reports = a.speech_verb(si, end).is_some();
    // "…, reported the Washington Examiner", "told the Des Moines Register": a cue before it.
    let reported_by = i >= 2 && a.speech_verb(si, i - 2).is_some();
    (according || reports || reported_by).then_some(end)
}

/// Whether one half of a hyphenated pair is a name known elsewhere: an office holder's surname,
/// a gazetteer phrase, or a word the article uses on its own.
fn known_part(a: &Analysis, part: &str) -> bool {
    if part.is_empty() || !part.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if office_holder_by_surname(a.lx, part, a.date).is_some() {
        return true;
    }
    let mut rest = a.text;
    let mut offset = 0;
    while let Some(k) = rest.find(part) {
        let start = offset + k;
        let end = start + part.len();
        let before = a.text[..start].chars().next_back();
        let after = a.text[end..].chars().next();
        let standalone = before.is_none_or(|c| !c.is_alphanumeric() && c != '-')
            && after.is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if standalone {
            return true;
        }
        offset = end;
        rest = &a.text[end..];
    }
    false
}

/// A wire dateline at the start of a sentence: the place in capitals, an optional region or
/// country, an optional agency, then a dash or a date ("LONDON (Reuters) - ", "KYIV, Ukraine
/// (AP) — ", "SALVADOR, Feb 26 - ", "MOSCOW, March 3, 2023 - ", "WASHINGTON, March 3
/// (Reuters) - ", "ROME 1996-12-06", "MIAMI, March 3").
fn dateline_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"^(?P<place>\p{Lu}[\p{Lu}.'\-]+(?:\s+\p{Lu}[\p{Lu}.'\-]*)*)(?:,\s*(?P<region>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))??(?:\s*\([\p{L} ]+\))?(?:(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([\p{L} ]+\))?\s*[-—–]{1,2}\s|,?\s+(?:\d{4}-\d\d-\d\d\b|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*$))",
        )
        .expect("dateline regex is valid")
    })
}

/// A dateline that the abbreviation of its state ends, its date on the next line: "KANSAS
/// CITY, Mo.", "FORT LAUDERDALE, Fla.".
fn state_dateline_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"^(?P<place>\p{Lu}[\p{Lu}.'\-]+(?:\s+\p{Lu}[\p{Lu}.'\-]*)*),\s*(?P<region>\p{Lu}\p{Ll}{1,4}\.)\s*$",
        )
        .expect("state dateline regex is valid")
    })
}

/// "NEW YORK" → "New York", "WINSTON-SALEM" → "Winston-Salem": a name written in capitals as
/// it is written elsewhere.
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for ch in name.chars() {
        if upper {
            out.extend(ch.to_uppercase());
        } else {
            out.extend(ch.to_lowercase());
        }
        upper = !ch.is_alphanumeric() && ch != '\'' && ch != '’';
    }
    out
}

/// The known phrase a whole name is, if any: "Rome" → the gazetteer's entry for Rome.
fn gazetteer_entry(lx: &Lexicon, name: &str) -> Option<GazEntry> {
    lx.gazetteer
        .find(name)
        .into_iter()
        .find(|m| m.start == 0 && m.end == name.len())
        .map(|m| lx.gazetteer.entries[m.entry].clone())
}

/// The place a dateline names, as a place mention: "ROME" is Rome the city, never the
/// government it stands for elsewhere, and never an organisation because it is in capitals.
fn dateline_candidate(a: &Analysis, si: usize, span: Span) -> Option<Candidate> {
    let written = &a.text[span.clone()];
    let name = if is_all_caps(written) {
        title_case(written)
    } else {
        written.to_string()
    };
    let gaz = gazetteer_entry(a.lx, &name).filter(|g| {
        matches!(g.kind, EntityKind::Country | EntityKind::Place)
            && g.mention != MentionKind::Demonym
    });
    let token = a.tokens[si]
        .iter()
        .position(|t| t.span.start >= span.start)?;
    let kind = Some(gaz.as_ref().map_or(EntityKind::Place, |g| g.kind));
    Some(Candidate {
        locative: true,
        ..Candidate::new(span, name, kind, gaz, si, token)
    })
}

/// The end (exclusive token index) of a city's name that starts at token `k` and closes a
/// capitalised run ("Rostock" of "Hansa Rostock"), if one does.
fn club_city_end(
    a: &Analysis,
    si: usize,
    k: usize,
    gaz_at: &HashMap<usize, usize>,
    gaz_end: &HashMap<usize, usize>,
) -> Option<usize> {
    let toks = &a.tokens[si];
    let start = toks.get(k)?.span.start;
    let entry = &a.lx.gazetteer.entries[*gaz_at.get(&start)?];
    let place = entry.mention == MentionKind::Metonym
        || entry.kind == EntityKind::Place && entry.mention == MentionKind::Name;
    if !place || !a.lx.cities.contains(&entry.canonical) {
        return None;
    }
    let end = gaz_end[&start];
    let after = (k..toks.len()).find(|&j| toks[j].span.start >= end)?;
    let closes = toks
        .get(after)
        .is_none_or(|t| !(t.capitalized && t.is_word));
    (closes && toks[after - 1].span.end == end).then_some(after)
}

/// The capitalised words that follow a known given name anywhere in the article ("Donald
/// Trump" makes "Trump" one, "Michael J. Fox" "Fox"), gathered once, each with where its
/// first full name starts.
fn surnames_after_given_names<'t>(a: &Analysis<'t>) -> HashMap<&'t str, usize> {
    let mut out: HashMap<&'t str, usize> = HashMap::new();
    let given =
        |t: &super::token::Token| t.capitalized && a.lx.first_name_gender(t.text(a.text)).is_some();
    let surname = |t: &super::token::Token| t.capitalized && t.is_word;
    for toks in &a.tokens {
        for (i, tok) in toks.iter().enumerate() {
            if !given(tok) {
                continue;
            }
            let Some(next) = toks.get(i + 1) else {
                continue;
            };
            // A middle initial: "Michael J. Fox".
            let initial = next.text(a.text).chars().count() == 1
                && toks.get(i + 2).is_some_and(|p| p.text(a.text) == ".");
            let last = if initial { toks.get(i + 3) } else { Some(next) };
            let joined = initial || tok.span.end + 1 == next.span.start;
            if let Some(last) = last.filter(|n| joined && surname(n)) {
                out.entry(strip_possessive(last.text(a.text)).0)
                    .or_insert(tok.span.start);
            }
        }
    }
    out
}

/// Wire stock tickers in angle brackets right after a firm's name ("Citicorp <CCI> said",
/// "Volkswagen AG <VOWG.F>"), each with the name of the firm it stands for.
fn tickers(a: &Analysis, candidates: &[Candidate]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for (prev, c) in candidates.iter().zip(candidates.iter().skip(1)) {
        let toks = &a.tokens[c.sentence];
        let bracketed = c.token >= 2
            && a.word(c.sentence, c.token - 1) == "<"
            && toks
                .iter()
                .find(|t| t.span.start >= c.span.end)
                .is_some_and(|t| t.text(a.text) == ">");
        let firm_before = bracketed
            && prev.sentence == c.sentence
            && prev.span.end == toks[c.token - 2].span.end
            && (prev.kind == Some(EntityKind::Organization)
                || prev
                    .gaz
                    .as_ref()
                    .is_some_and(|g| g.kind == EntityKind::Organization));
        if firm_before {
            let full = prev
                .gaz
                .as_ref()
                .map_or(prev.name.clone(), |g| g.canonical.clone());
            out.entry(c.name.clone()).or_insert(full);
        }
    }
    out
}

/// Whether the capitalised words `k..end` after a known organisation's name go on with its
/// name ("Toshiba Classic", "Bayer Leverkusen"): one or two words, the first neither a title,
/// a given name or a surname ("told the Washington Post Trump would …"), a function word or
/// weekday, a headline's verb nor another known name (a city only in a sports report: "Bayer
/// Leverkusen", not "Reuters London").
fn org_extension(
    a: &Analysis,
    si: usize,
    k: usize,
    end: usize,
    gaz_at: &HashMap<usize, usize>,
    gaz_end: &HashMap<usize, usize>,
    beat: Beat,
) -> bool {
    let toks = &a.tokens[si];
    if end <= k || end > k + 2 {
        return false;
    }
    let first = strip_possessive(toks[k].text(a.text)).0;
    let known = gaz_at.contains_key(&toks[k].span.start);
    let club_city = beat == Beat::Sport && club_city_end(a, si, k, gaz_at, gaz_end) == Some(end);
    (!known || club_city)
        && title_at(a, si, k).is_none()
        && !a.lx.stopwords.contains(&first.to_lowercase())
        && a.lx.first_name_gender(first).is_none()
        && !a.lx.surnames.contains(first)
        && !a.lx.name_words.role.contains(first)
        && !is_headline_verb(a, si, first)
        && !is_all_caps(first)
        && (k..end).all(|j| toks[j].is_word && toks[j].capitalized)
}

/// Whether a word after a city's name makes it a club's: a team word ("United") or a plural
/// nickname ("Mariners", "Cubs"), not a place's plural ("Falls") nor a possessive.
fn team_nickname(lx: &Lexicon, word: &str) -> bool {
    if lx.name_words.team.contains(word) {
        return true;
    }
    word.chars().count() >= 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("'s")
        && !word.ends_with("’s")
        && word.chars().all(char::is_alphabetic)
        && !is_all_caps(word)
        && !lx.name_words.place_plural.contains(word)
}

/// Whether a word the stop list holds ("Jan", "Christian", "May") is a given name here: a
/// known first name followed by a capitalised word that can be a surname ("Jan Kowalski",
/// "Christian Ziege"). A month needs a known surname after it ("May Smith", not "May Day").
fn given_name_opens_name(a: &Analysis, si: usize, i: usize) -> bool {
    let toks = &a.tokens[si];
    let word = toks[i].text(a.text);
    let Some(next) = toks.get(i + 1).filter(|t| t.capitalized && t.is_word) else {
        return false;
    };
    let next = strip_possessive(next.text(a.text)).0;
    if a.lx.first_name_gender(word).is_none()
        || is_all_caps(word)
        || a.lx.stopwords.contains(&next.to_lowercase())
    {
        return false;
    }
    let month = chrono::Month::from_str(word).is_ok_and(|m| m.name() == word);
    !month || a.lx.surnames.contains(next)
}

/// Whether token `i` is an initial before a name: one capital letter, its period, then a
/// capitalised word ("A. Mullally", "I. Salisbury"), even when the letter is also a word.
fn initial_at(a: &Analysis, si: usize, i: usize) -> bool {
    let toks = &a.tokens[si];
    let (Some(letter), Some(period), Some(next)) = (toks.get(i), toks.get(i + 1), toks.get(i + 2))
    else {
        return false;
    };
    let w = letter.text(a.text);
    w.chars().count() == 1
        && w.chars().all(char::is_uppercase)
        && period.text(a.text) == "."
        && letter.span.end == period.span.start
        && next.capitalized
        && next.is_word
}

/// Whether a country or place stands in brackets right after a name of two or more words:
/// "Tova Ashkenami (Israel)", "Lam Kwok Wing (Hong Kong)". In sports results that is a
/// competitor and their nationality; a club in brackets ("Jacek Nowak (Sokol Tychy)")
/// follows a player too, never a club.
fn nationality_after(a: &Analysis, c: &Candidate) -> bool {
    // One word may be a club's ("Zorvany (Hungary) 2"), and "at Kessel Park (Leeds)" is a
    // venue: only a name of two or more words, not where something happens.
    // "Red Star (Yugoslavia)": a name made only of English words is a club's.
    let lx = a.lx;
    let english = c.name.split_whitespace().all(|w| {
        lx.common_words.contains(&w.to_lowercase())
            && lx.first_name_gender(w).is_none()
            && !lx.surnames.contains(w)
    });
    if !c.name.contains(' ') || c.locative || english {
        return false;
    }
    let toks = &a.tokens[c.sentence];
    let Some(last) = toks.iter().rposition(|t| t.span.start < c.span.end) else {
        return false;
    };
    if toks.get(last + 1).is_none_or(|t| t.text(a.text) != "(") {
        return false;
    }
    let Some(close) = (last + 2..toks.len().min(last + 6)).find(|&k| a.word(c.sentence, k) == ")")
    else {
        return false;
    };
    close > last + 2
        && gazetteer_entry(
            a.lx,
            &a.text[toks[last + 2].span.start..toks[close - 1].span.end],
        )
        .is_some_and(|g| matches!(g.kind, EntityKind::Country | EntityKind::Place))
}

/// Whether a name qualifies the noun after it where something happens: "at the Brussels
/// summit", "in a Moscow suburb". There a capital is the city, not its government.
fn place_modifier(a: &Analysis, c: &Candidate) -> bool {
    let toks = &a.tokens[c.sentence];
    let Some(last) = toks.iter().rposition(|t| t.span.start < c.span.end) else {
        return false;
    };
    c.token >= 2
        && matches!(a.lw(c.sentence, c.token - 1), "the" | "a" | "an")
        && LOCATIVES.contains(&a.lw(c.sentence, c.token - 2))
        && toks
            .get(last + 1)
            .is_some_and(|t| t.is_word && !t.capitalized)
}

/// Whether a word is one to three initials, each a capital letter and a full stop: "R.",
/// "D.J.", "P.V.K.".
fn initials(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    (2..=6).contains(&chars.len())
        && chars.len().is_multiple_of(2)
        && chars
            .chunks(2)
            .all(|pair| pair[0].is_ascii_uppercase() && pair[1] == '.')
}

/// Whether a name is followed by the minute of a goal, bare or in brackets: "Debbah 39th",
/// "Vebrek (54th minute)". In a sports report such a name is the scorer's.
fn before_minute(a: &Analysis, c: &Candidate) -> bool {
    let toks = &a.tokens[c.sentence];
    let Some(last) = toks.iter().rposition(|t| t.span.start < c.span.end) else {
        return false;
    };
    let ordinal = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = t.text(a.text);
            let digits = w.chars().take_while(char::is_ascii_digit).count();
            (1..=3).contains(&digits) && ["st", "nd", "rd", "th"].contains(&&w[digits..])
        })
    };
    ordinal(last + 1)
        || toks.get(last + 1).is_some_and(|t| t.text(a.text) == "(") && ordinal(last + 2)
}

/// Whether a capitalised word reads as a given name or surname: written like one ("Reneberg",
/// "Jean-Philippe", "McCoist"), and a known name or not a frequent English word.
fn name_like(lx: &Lexicon, word: &str) -> bool {
    let mut chars = word.chars();
    let shaped = chars.next().is_some_and(char::is_uppercase)
        && (word.chars().count() >= 3 || lx.first_name_gender(word).is_some())
        && !lx.name_words.team.contains(word)
        && word
            .chars()
            .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '’'))
        && !is_all_caps(word);
    // "I'm", "X-ray", "Under-Secretary": contractions and compounds of words are not names;
    // "O'Neill", "Jean-Philippe", "Jamaat-i-Islami" are.
    let apostrophes_ok = word
        .char_indices()
        .filter(|(_, ch)| matches!(ch, '\'' | '’'))
        .all(|(k, ch)| {
            word[k + ch.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        });
    // "Ata-ur-Rehman", "Chester-le-Street": a particle between two capitalised parts.
    let ends_capitalised = word
        .rsplit('-')
        .next()
        .is_some_and(|last| last.starts_with(char::is_uppercase));
    let parts_ok = !word.contains('-')
        || word.split('-').all(|part| {
            part.chars().count() == 1 && part.chars().all(char::is_lowercase)
                || ends_capitalised && HYPHEN_PARTICLES.contains(&part)
                || part.chars().count() >= 2
                    && part.starts_with(char::is_uppercase)
                    && !lx.common_words.contains(&part.to_lowercase())
                    && chrono::Month::from_str(part).is_err()
        });
    shaped
        && apostrophes_ok
        && parts_ok
        && (lx.first_name_gender(word).is_some()
            || lx.surnames.contains(word)
            || !lx.common_words.contains(&word.to_lowercase()))
}

/// Whether a capitalised word also appears in lower case in the text (so it is a common word).
fn lower_elsewhere(a: &Analysis, word: &str) -> bool {
    let lower = word.to_lowercase();
    a.lower_words.contains(&lower)
}

/// The end (exclusive token index) of a capitalised-name chunk starting at `i`, and a kind hint
/// from its words.
/// Whether a capitalised word is an inflected cue verb ("Urges", "Slammed", "Calling") in a
/// sentence written in title case, where it ends a name rather than continuing it. Base forms
/// ("Hope", "Will") are names as often as verbs and are left alone.
fn is_headline_verb(a: &Analysis, si: usize, word: &str) -> bool {
    let w = word.to_lowercase();
    let inflected = w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing");
    inflected
        && (a.lx.speech_verbs.contains_key(&w) || a.lx.attribution_cues.contains_key(&w))
        && !a.lx.surnames.contains(word)
        && a.is_title_case(si)
}

/// "St David's Shopping Centre", "St Thomas' Hospital": a saint's possessive from token `i`
/// to token `after` is inside a building's or a body's name when the capitalised words after it
/// end with a place's or an organisation's word.
fn saint_possessive(a: &Analysis, si: usize, i: usize, after: usize) -> bool {
    let toks = &a.tokens[si];
    let saint = matches!(toks[i].text(a.text), "St" | "Saint")
        && (after == i + 2 || after == i + 3 && toks[i + 1].text(a.text) == ".");
    if !saint {
        return false;
    }
    let run = toks[after..]
        .iter()
        .take_while(|t| t.capitalized && t.is_word)
        .count();
    let words = &a.lx.name_words;
    run > 0 && {
        let last = strip_possessive(toks[after + run - 1].text(a.text)).0;
        words.place.contains(last) || words.organization.contains(last)
    }
}

/// The honorifics of peers, whose name may carry a territorial designation ("of Brockwell").
const PEER_TITLES: &[&str] = &["Lord", "Lady", "Baroness"];

/// The end of a peer's territorial designation at token `i` ("of Brockwell", "of Queensgate
/// in the Royal Borough of Kensington" stops at "in"): "of" and one to three capitalised words.
fn peer_designation_end(a: &Analysis, si: usize, i: usize) -> Option<usize> {
    let toks = &a.tokens[si];
    if a.word(si, i) != "of" {
        return None;
    }
    let words = toks[i + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.is_word && t.capitalized)
        .count();
    (words > 0).then_some(i + 1 + words)
}

/// The token "of" opening a peer's territorial designation that ends at token `last`
/// ("Lord Butler of Brockwell said"), so that what reads the name before a verb passes it.
pub(super) fn peer_designation_before(a: &Analysis, si: usize, last: usize) -> Option<usize> {
    let of = (last.saturating_sub(3)..last)
        .rev()
        .find(|&k| a.word(si, k) == "of")?;
    let name = a.mention_at_token(si, of.checked_sub(1)?)?;
    let first = a.token_at(si, a.mentions[name].span.start);
    let peer = first > 0 && PEER_TITLES.contains(&a.word(si, first - 1));
    (peer && peer_designation_end(a, si, of) == Some(last + 1)).then_some(of)
}

fn chunk_end(
    a: &Analysis,
    si: usize,
    i: usize,
    gaz_at: &HashMap<usize, usize>,
) -> (usize, Option<EntityKind>) {
    let toks = &a.tokens[si];
    let mut j = i;
    let mut has_org_word = false;
    let mut has_connector = false;
    let mut numbered = false;
    while j < toks.len() {
        let t = &toks[j];
        let w = t.text(a.text);
        let (base, possessive) = strip_possessive(w);
        // "Stephen Toulouse": a first name followed by a known place is a person's name.
        if j == i + 1 && gaz_at.contains_key(&t.span.start) && t.capitalized {
            let first = toks[i].text(a.text);
            let gaz_entry = &a.lx.gazetteer.entries[gaz_at[&t.span.start]];
            if a.lx.first_name_gender(first).is_some()
                && gaz_entry.kind != EntityKind::Person
                && !w.contains(' ')
            {
                let next = toks.get(j + 1);
                if next.is_none_or(|n| !n.capitalized) {
                    j += 1;
                    break;
                }
                // "Henri Konan Bedie": so is a known name between a first name and a surname.
                if next.is_some_and(|n| {
                    n.is_word
                        && !gaz_at.contains_key(&n.span.start)
                        && !a
                            .lx
                            .name_words
                            .organization
                            .contains(strip_possessive(n.text(a.text)).0)
                        && !a.lx.stopwords.contains(&n.text(a.text).to_lowercase())
                }) {
                    j += 1;
                    continue;
                }
            }
        }
        // "D. Cork", "I. Salisbury": after an initial, a known place's name is a surname.
        let after_initial = j >= i + 2 && initial_at(a, si, j - 2);
        if j > i && gaz_at.contains_key(&t.span.start) && !after_initial {
            // "Council of Ukraine": a known name after "of" closes an organisation's name.
            let prev = toks[j - 1].text(a.text);
            // "Iraqi National Congress": a known one-word body that is an organisation word
            // ends the longer name it closes.
            let closing_org_word = a.lx.name_words.organization.contains(base)
                && !w.contains(' ')
                && toks[j - 1].capitalized
                && a.lw(si, j + 1) != "of"
                // "the Republican Senate" is the Senate: the name needs two words before the
                // body's, or a nation's adjective before it.
                && (j >= i + 2
                    || i > 0
                        && gaz_at.get(&toks[i - 1].span.start).is_some_and(|&e| {
                            a.lx.gazetteer.entries[e].mention == MentionKind::Demonym
                        }))
                && toks
                    .get(j + 1)
                    .is_none_or(|n| !(n.capitalized && n.is_word));
            if prev == "of" && has_org_word || closing_org_word {
                // "University of North Carolina": the whole known name, not its first word
                // (looked up in the next few words only, so a long sentence costs no more).
                let window_end = toks
                    .get(j + 6)
                    .or(toks.last())
                    .map_or(t.span.end, |last| last.span.end);
                let known_end =
                    a.lx.gazetteer
                        .find(&a.text[t.span.start..window_end])
                        .iter()
                        .filter(|m| m.start == 0)
                        .map(|m| t.span.start + m.end)
                        .max()
                        .unwrap_or(t.span.end);
                j += 1;
                while toks.get(j).is_some_and(|n| n.span.end <= known_end) {
                    j += 1;
                }
            } else if prev == "of"
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.text(a.text).chars().all(|c| c.is_ascii_digit()))
            {
                // "Power of Siberia 2": a numbered name of a project or thing.
                j += 2;
                numbered = true;
            }
            break;
        }
        if t.capitalized && t.is_word && j > i && is_headline_verb(a, si, base) {
            // "Clinton Urges Britain to Stay": a title-case headline capitalises its verb.
            break;
        }
        // "Frank Field MP": letters after a person's name say what they are, not who.
        if j >= i + 2
            && POSTNOMINALS.contains(&base)
            && a.lx.first_name_gender(toks[i].text(a.text)).is_some()
        {
            break;
        }
        if t.capitalized && t.is_word {
            // "Fishing Workers Federation": a plural noun of the stop list ("workers") inside
            // a name that goes on or is a body's is part of it.
            let inside = base.len() > 4
                && base.ends_with('s')
                && (has_org_word
                    || plural_apostrophe(a, si, j)
                    || toks.get(j + 1).is_some_and(|n| {
                        n.capitalized
                            && n.is_word
                            && !a.lx.stopwords.contains(&n.text(a.text).to_lowercase())
                    }));
            // "John A. Smith", "Ann I. Lee": an initial that is also a word stays inside.
            // "Marty West said", "Oliver North": a compass word right after a known first
            // name, and not opening a place ("Ann North Carolina"), is a surname.
            // "Louise Christian said", "Dawn French": any such word, outside a title-case
            // headline, that is no weekday or month.
            // A verb or a mark after it, not a noun it would qualify ("Roman Catholic priests").
            let verb_or_mark_next = strip_possessive(t.text(a.text)).1
                || toks.get(j + 1).is_none_or(|n| {
                    let next = a.lw(si, j + 1);
                    !n.is_word
                        || a.lx.verb_lemmas.contains_key(next)
                        || next.len() > 4 && next.ends_with("ed")
                        || a.speech_verb(si, j + 1).is_some()
                });
            let compass_surname = j == i + 1
                && (matches!(base, "West" | "North" | "East" | "South")
                    || base.len() >= 4
                        && base.chars().all(char::is_alphabetic)
                        && !super::time::is_calendar_word(&base.to_lowercase())
                        && !a.is_title_case(si)
                        && verb_or_mark_next
                        // "Roman Catholics": the plural of such a word is a people.
                        && !base
                            .to_lowercase()
                            .strip_suffix('s')
                            .is_some_and(|one| a.lx.stopwords.contains(one)))
                && a.lx.first_name_gender(toks[i].text(a.text)).is_some()
                && toks.get(j + 1).is_none_or(|n| !n.capitalized);
            // "League Against Cruel Sports", "Citizens Against Crime": a capitalised "Against"
            // inside a name, before more of it, outside a title-case headline, is its own word.
            // So is a compass word after "of" before more of it ("University of East Anglia").
            let compass_after_of = matches!(base, "North" | "South" | "East" | "West")
                && j > i
                && toks[j - 1].text(a.text) == "of";
            let against = (base == "Against" || compass_after_of)
                && toks.get(j + 1).is_some_and(|n| n.capitalized && n.is_word)
                && !a.is_title_case(si);
            if j > i
                && (a.lx.stopwords.contains(&base.to_lowercase()) && !is_all_caps(base))
                && !inside
                && !against
                && !adjective_opens_org(a, si, j, gaz_at)
                && !initial_at(a, si, j)
                && !compass_surname
            {
                break;
            }
            if j > i {
                // "American Petroleum Institute President Charles DiBona": a title followed by
                // a name starts something new.
                if let Some((_, n)) = title_at(a, si, j) {
                    let named = toks.get(j + n).is_some_and(|t| t.capitalized && t.is_word);
                    // Without a name after it, a title word inside a name is a surname
                    // ("Oona King"), unless it follows an organisation's name; after "for"
                    // or "of" it is the name's own word ("Brennan Center for Justice").
                    let governed = CONNECTORS.contains(&toks[j - 1].text(a.text));
                    if named || has_org_word && !governed {
                        break;
                    }
                }
            }
            // "Minister of Foreign Affairs Ali Alatas", "British Journalist Patrick Seale": a
            // given name and a name after the words of a portfolio or a trade open a person's
            // name ("Rose Marie Keane" is one: its first word is a given name too).
            if j > i && !has_org_word && a.lx.first_name_gender(base).is_some() {
                let prev = strip_possessive(toks[j - 1].text(a.text)).0;
                // "Holy Roman Emperor": not before a word of English.
                let surname_next = toks.get(j + 1).is_some_and(|n| {
                    let next = n.text(a.text);
                    n.capitalized
                        && n.is_word
                        && !next.contains('.')
                        && !a
                            .lx
                            .common_words
                            .contains(&strip_possessive(next).0.to_lowercase())
                });
                if surname_next
                    && toks[j - 1].capitalized
                    && a.lx.common_words.contains(&prev.to_lowercase())
                    && a.lx.first_name_gender(prev).is_none()
                    && !a.lx.surnames.contains(prev)
                {
                    break;
                }
            }
            // "Fahnestock & Co": a legal form makes a firm's name too.
            if a.lx.name_words.organization.contains(base)
                || j > i && a.lx.name_words.legal_suffix.contains(base)
            {
                has_org_word = true;
            }
            j += 1;
            if possessive && !saint_possessive(a, si, i, j) {
                break;
            }
            continue;
        }
        // A number ends the name of a numbered thing ("Chapter 11", "Expo 67"); after any
        // other name it is a score, an age or a minute ("Vebrek 75", "Leeds 2"), not the name.
        if j > i && t.is_word && base.chars().all(|c| c.is_ascii_digit()) && base.len() <= 2 {
            let (before, before_possessive) = strip_possessive(toks[j - 1].text(a.text));
            // "BBC Radio 4's Today programme", "Channel 5": a station's number.
            if a.lx.name_words.station.contains(before) && !before_possessive {
                j += 1;
                break;
            }
            if a.lx.name_words.thing.contains(before) || a.lx.name_words.event.contains(before) {
                j += 1;
            }
            break;
        }
        // "Welsh National Farmers' Union", "Workers' Party": a plural's apostrophe before an
        // organisation's word is inside the name, not a possessive that ends it.
        // "the Court of Appeals' Board": after an organisation's own name it is a possessive.
        if j > i && !has_org_word && plural_apostrophe(a, si, j - 1) {
            j += 1;
            continue;
        }
        // "R. Vebrek", "John F. Kennedy": the period of an initial.
        if j > i
            && w == "."
            && toks[j - 1].span.end == t.span.start
            && toks[j - 1].capitalized
            && toks[j - 1].text(a.text).chars().count() == 1
            && toks.get(j + 1).is_some_and(|n| n.capitalized && n.is_word)
        {
            j += 1;
            continue;
        }
        // "van der Sar": a particle may follow another before the capitalised word.
        let particles = if NAME_PARTICLES.contains(&w)
            && toks
                .get(j + 1)
                .is_some_and(|n| NAME_PARTICLES.contains(&n.text(a.text)))
        {
            2
        } else if w == "for"
            && has_org_word
            && toks.get(j + 1).is_some_and(|n| n.text(a.text) == "a")
        {
            // "Committee for a Responsible Federal Budget".
            2
        } else {
            1
        };
        // "Chevron Corp and Texaco Inc": a legal form closes a name; "and" starts another.
        let closed =
            a.lx.name_words
                .legal_suffix
                .contains(toks[j.max(1) - 1].text(a.text));
        // "Scott Randall of Soundview Financial Group", "Paul D. Ryan of Wisconsin": a
        // person's name before "of" is whole (an initial's period is no word of it).
        let name_words = (i..j).filter(|&k| toks[k].text(a.text) != ".").count();
        let person_of = w == "of"
            && !has_org_word
            && (2..=3).contains(&name_words)
            && a.lx.first_name_gender(toks[i].text(a.text)).is_some();
        // "Speaking on Radio 4", "Commenting on Sky News": "on" after a participle joins no
        // name ("War on Want" and "Council on Foreign Relations" are one).
        let loose_on = w == "on"
            && j == i + 1
            && ["ing", "ed"]
                .iter()
                .any(|suffix| a.lw(si, i).len() > 4 && a.lw(si, i).ends_with(suffix));
        // "Committee to Protect Journalists", "Campaign to Protect Rural England": a body's
        // word, "to" and a capitalised verb and its object name the body by its purpose.
        let purpose = w == "to"
            && j > i
            && a.lx
                .name_words
                .organization
                .contains(toks[j - 1].text(a.text))
            && toks.get(j + 1).is_some_and(|n| n.capitalized && n.is_word)
            && toks.get(j + 2).is_some_and(|n| n.capitalized && n.is_word)
            && a.lx.verb_bases.contains(a.lw(si, j + 1))
            && !a.is_title_case(si);
        if j > i
            && (CONNECTORS.contains(&w) || purpose)
            && !closed
            && !person_of
            && !loose_on
            && toks
                .get(j + particles)
                .is_some_and(|n| n.capitalized && n.is_word)
            && toks[j - 1].span.end + 1 >= t.span.start
        {
            if particles == 2 {
                j += 1;
            }
            has_connector = true;
            j += 1;
            continue;
        }
        break;
    }
    // Trailing connectors never end a name.
    while j > i && CONNECTORS.contains(&toks[j - 1].text(a.text)) {
        j -= 1;
    }
    // "held at Marlow Park on Saturday": a connector before a word that ends the name (a
    // weekday) is not inside it.
    let has_connector = has_connector && (i..j).any(|k| !toks[k].capitalized);
    let words: Vec<&str> = toks[i..j]
        .iter()
        .map(|t| strip_possessive(t.text(a.text)).0)
        .collect();
    if numbered {
        return (j, Some(EntityKind::Thing));
    }
    // "Edwin van der Sar", "Herve de Charette": name particles join one person's name.
    let particles_only =
        (i..j).all(|k| toks[k].capitalized || NAME_PARTICLES.contains(&toks[k].text(a.text)));
    if has_connector && particles_only && !has_org_word && j - i <= 5 {
        return (j, None);
    }
    // "Marsh & McLennan", "Tate & Lyle": an ampersand joins the names of a firm's founders
    // into the firm's.
    // Two people's full names are two names ("Matt Lucas & David Walliams").
    let full_name_at = |k: usize| {
        k + 1 < j
            && toks[k + 1].capitalized
            && toks[k + 1].text(a.text) != "&"
            && a.lx.first_name_gender(toks[k].text(a.text)).is_some()
    };
    let ampersand_only = has_connector
        && (i..j).all(|k| toks[k].capitalized || toks[k].text(a.text) == "&")
        && (i..j).any(|k| toks[k].text(a.text) == "&")
        && !(full_name_at(i) || (i..j).any(|k| toks[k].text(a.text) == "&" && full_name_at(k + 1)));
    if ampersand_only {
        return (j, Some(EntityKind::Organization));
    }
    if has_connector && !has_org_word && !words.iter().any(|w| a.lx.name_words.event.contains(*w)) {
        // Without an organisation word, connectors separate names ("Putin and Xi"):
        // keep the first name only; the loop picks up the rest.
        let first_connector = (i..j).find(|&k| !toks[k].capitalized).unwrap_or(j);
        return (first_connector, chunk_hint(a, si, i, first_connector));
    }
    (j, chunk_hint(a, si, i, j))
}

/// A name of up to three words that opens with a given name ("Stuart Hall", "Bill Gates").
fn given_name_first(a: &Analysis, words: &[&str]) -> bool {
    words.len() <= 3
        && words[0]
            .split('-')
            .next()
            .is_some_and(|w| a.lx.first_name_gender(w).is_some())
}

/// What the words of the name at tokens `i..j` say it is: a building or place, an
/// organisation, an event or a thing.
fn chunk_hint(a: &Analysis, si: usize, i: usize, j: usize) -> Option<EntityKind> {
    let toks = &a.tokens[si];
    let words: Vec<&str> = toks[i..j]
        .iter()
        .map(|t| strip_possessive(t.text(a.text)).0)
        .collect();
    // "Taipei University Hospital", "Central Clinical Hospital": the head word (the last,
    // or the last before "of") says what a building or body is, before any other word does.
    let head = (i..j)
        .find(|&k| toks[k].text(a.text) == "of")
        .map_or(words.last().copied(), |k| (k > i).then(|| words[k - 1 - i]));
    // "Inzamam-ul-Haq", "Ata-ur-Rehman": an Arabic particle of kinship or honour joins a
    // person's names.
    let person_particle = words.iter().any(|w| {
        w.split('-')
            .skip(1)
            .any(|p| matches!(p, "ul" | "ur" | "ud" | "bin" | "ibn"))
    });
    if person_particle {
        Some(EntityKind::Person)
    } else if head.is_some_and(|w| a.lx.name_words.head_place.contains(w)) {
        Some(EntityKind::Place)
    } else if words
        .iter()
        .any(|w| a.lx.name_words.organization.contains(*w))
        || words.len() > 1
            && words
                .last()
                .is_some_and(|w| a.lx.name_words.legal_suffix.contains(*w))
    {
        Some(EntityKind::Organization)
    } else if words.iter().any(|w| a.lx.name_words.event.contains(*w)) {
        Some(EntityKind::Event)
    } else if words
        .iter()
        .any(|w| a.lx.name_words.place.contains(*w) || a.lx.name_words.place_plural.contains(*w))
    {
        // "Stuart Hall said", "Marc-Vivien Coast": after a given name, a place's word is a
        // surname, unless the name is where something is ("at Victoria Park").
        let given_first = given_name_first(a, &words);
        let mut before = i;
        if before > 0 && a.lw(si, before - 1) == "the" {
            before -= 1;
        }
        let located = before > 0
            && matches!(
                a.lw(si, before - 1),
                "in" | "at" | "near" | "outside" | "inside"
            );
        (!given_first || located).then_some(EntityKind::Place)
    } else if words.iter().enumerate().any(|(k, w)| {
        let given = k == 0 && words.len() > 1 && given_name_first(a, &words);
        a.lx.name_words.thing.contains(*w) && !given
    }) {
        // "the Finance Bill" is a law; "Bill Gates", a given name and a surname, is a person.
        Some(EntityKind::Thing)
    } else {
        None
    }
}

/// Whether token `k` is one of [`NAME_ADJECTIVES`], capitalised, before up to five
/// capitalised words, none of them a known name, of which the last is an organisation's word
/// ("Islamic Salvation Front", "Southern Water Authority").
fn adjective_opens_org(a: &Analysis, si: usize, k: usize, gaz_at: &HashMap<usize, usize>) -> bool {
    let toks = &a.tokens[si];
    let Some(t) = toks.get(k) else {
        return false;
    };
    let adjective = t.text(a.text).to_lowercase();
    let region = REGION_ADJECTIVES.contains(&adjective.as_str());
    if !t.capitalized || !(region || NAME_ADJECTIVES.contains(&adjective.as_str())) {
        return false;
    }
    let mut last = None;
    for (j, n) in toks.iter().enumerate().skip(k + 1).take(5) {
        // A known name ends the run, as it ends a chunk ("Arab Socialist" before "Baath
        // Party").
        if !(n.capitalized && n.is_word)
            || n.span.start != toks[j - 1].span.end + 1
            || gaz_at.contains_key(&n.span.start)
        {
            break;
        }
        last = Some(strip_possessive(n.text(a.text)).0);
        if strip_possessive(n.text(a.text)).1 {
            break;
        }
    }
    // "the European Commissioner": a post, not a body's name.
    let post = |w: &str| super::coref::ROLE_NOUNS.contains(&w.to_lowercase().as_str());
    last.is_some_and(|w| {
        region && !post(w)
            || a.lx.name_words.organization.contains(w)
            || a.lx.name_words.legal_suffix.contains(w)
    })
}

/// Whether token `k` is a capitalised plural whose apostrophe is glued to it and followed by
/// an organisation's word: "Farmers' Union", "Workers' Party".
fn plural_apostrophe(a: &Analysis, si: usize, k: usize) -> bool {
    let toks = &a.tokens[si];
    let (Some(word), Some(mark), Some(next)) = (toks.get(k), toks.get(k + 1), toks.get(k + 2))
    else {
        return false;
    };
    word.capitalized
        && word.text(a.text).len() > 3
        && word.text(a.text).ends_with('s')
        && matches!(mark.text(a.text), "'" | "’")
        && word.span.end == mark.span.start
        && next.capitalized
        && next.span.start == mark.span.end + 1
        && a.lx
            .name_words
            .organization
            .contains(strip_possessive(next.text(a.text)).0)
}

/// The beat an article is written for, from its words: a sports report names clubs by their
/// city ("Leeds beat Chelsea"), a business story names companies by one word ("Aldi").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Beat {
    Sport,
    Business,
    General,
}

/// The beat of an article: sports words, scores ("2-1") or fixtures ("Leeds v Chelsea"), or
/// business words. A word count, not a topic model: one pass over the tokens.
fn news_beat(a: &Analysis) -> Beat {
    let (mut sport, mut business, mut scores, mut fixtures) = (0, 0, 0, 0);
    for (si, toks) in a.tokens.iter().enumerate() {
        for (i, t) in toks.iter().enumerate() {
            let w = t.text(a.text);
            // "BASEBALL - MAJOR LEAGUE STANDINGS": a wire slug in capitals counts too.
            if a.lx.sport_words.contains(w) || a.lx.sport_words.contains(a.lw(si, i)) {
                sport += 1;
            } else if a.lx.business_words.contains(w) {
                business += 1;
            } else if w == "v" && i > 0 && toks.get(i + 1).is_some_and(|n| n.capitalized) {
                fixtures += 1;
            } else if let Some((x, y)) = w.split_once('-') {
                let goals =
                    |s: &str| (1..=2).contains(&s.len()) && s.chars().all(|ch| ch.is_ascii_digit());
                if goals(x) && goals(y) {
                    scores += 1;
                }
            }
        }
    }
    if sport >= 3 || (scores >= 2 && sport >= 1) || fixtures >= 1 {
        Beat::Sport
    } else if business >= 3 {
        Beat::Business
    } else {
        Beat::General
    }
}

/// Forms entities from candidates.
fn resolve(a: &mut Analysis, candidates: Vec<Candidate>, beat: Beat) {
    let lx = a.lx;
    // Names of multi-word persons by their last word, to link surnames.
    let mut full_names: Vec<FullName> = Vec::new();
    let mut full_name_at: HashMap<String, usize> = HashMap::new();
    for c in &candidates {
        let words = c.name.split_whitespace().count();
        // "WMC Resources": a firm's name, so "WMC" later is the firm, not a family name.
        let is_person = c.kind == Some(EntityKind::Person)
            || (c.kind.is_none() && words >= 2 && c.gaz.is_none() && !company_like(&c.name));
        if !is_person || words < 2 {
            continue;
        }
        let name = canonical_person(c);
        let at = (c.span.start, c.sentence);
        match full_name_at.get(&name) {
            Some(&i) => full_names[i].positions.push(at),
            None => {
                full_name_at.insert(name.clone(), full_names.len());
                full_names.push(FullName {
                    gender: person_gender(lx, c),
                    name,
                    positions: vec![at],
                });
            }
        }
    }
    // Organisations named in full, by the word that can stand for them later: a club by its
    // nickname ("the Seattle Mariners" … "the Mariners"), a firm without its legal form
    // ("Chiron Corp" … "Chiron").
    let mut short_orgs: HashMap<String, String> = HashMap::new();
    for c in candidates.iter().filter(|c| c.gaz.is_none()) {
        let words: Vec<&str> = c.name.split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        // "WMC Resources" … "WMC": a first word in capitals stands for the firm.
        if c.kind.is_none_or(|k| k == EntityKind::Organization) && is_all_caps(words[0]) {
            short_orgs
                .entry(words[0].to_string())
                .or_insert_with(|| c.name.clone());
        }
        if c.kind != Some(EntityKind::Organization) {
            continue;
        }
        if team_nickname(a.lx, words[words.len() - 1]) {
            short_orgs
                .entry(words[words.len() - 1].to_string())
                .or_insert_with(|| c.name.clone());
        }
        // "Phoenix Canada Oil Co Ltd" … "Phoenix said": a firm's legal form at the end, and a
        // first word no common word, given name or place.
        let legal_form = lx.name_words.legal_suffix.contains(words[words.len() - 1]);
        let distinctive = |w: &str| {
            w.chars().count() >= 3
                && !lx.common_words.contains(&w.to_lowercase())
                && lx.first_name_gender(w).is_none()
                && !lx
                    .gazetteer
                    .find(w)
                    .iter()
                    .any(|m| m.start == 0 && m.end == w.len())
        };
        // "Marsh & McLennan" … "Marsh's new chief", "Fairmont Hotels & Resorts" … "Fairmont":
        // the first word of a name joined by "&" stands for the firm, unless it is a given
        // name or a person's surname in the same article ("Johnson & Johnson" next to "Boris
        // Johnson").
        // Nor when another name opens with the same word ("Axa Sun Life" next to "Axa Equity
        // & Law").
        let founders = words.contains(&"&")
            && lx.first_name_gender(words[0]).is_none()
            && !candidates.iter().any(|p| {
                let mut names = p.name.split_whitespace();
                let first = names.next();
                let surname = first.is_some_and(|f| lx.first_name_gender(f).is_some())
                    && names.next_back() == Some(words[0]);
                let same_opening =
                    first == Some(words[0]) && p.name.contains(' ') && p.name != c.name;
                surname || same_opening
            });
        if words[1..]
            .iter()
            .all(|w| lx.name_words.legal_suffix.contains(*w))
            || legal_form && distinctive(words[0])
            || founders
        {
            short_orgs
                .entry(words[0].to_string())
                .or_insert_with(|| c.name.clone());
        }
    }
    let tickers = tickers(a, &candidates);
    // "the New York Stock Exchange … The Exchange said", "the U.S. Agriculture Department …
    // the Department": a body's head word, capitalised alone, is the body the article named
    // with it, when only one such body was named. So is a head word before "of", "for" or
    // "to" ("the Institute for Fiscal Studies … The Institute said").
    let mut org_heads: HashMap<String, Option<String>> = HashMap::new();
    for c in &candidates {
        let words: Vec<&str> = c.name.split_whitespace().collect();
        let is_org = c.kind == Some(EntityKind::Organization)
            || c.gaz.as_ref().is_some_and(|g| {
                g.kind == EntityKind::Organization && g.mention == MentionKind::Name
            });
        if !is_org || words.len() < 2 {
            continue;
        }
        let last = words[words.len() - 1];
        let leading =
            (words.len() >= 3 && matches!(words[1], "of" | "for" | "to")).then_some(words[0]);
        let full = c
            .gaz
            .as_ref()
            .map_or(c.name.clone(), |g| g.canonical.clone());
        for head in std::iter::once(last).chain(leading) {
            if !lx.name_words.organization.contains(head) {
                continue;
            }
            org_heads
                .entry(head.to_string())
                .and_modify(|known| {
                    if known.as_deref() != Some(full.as_str()) {
                        *known = None;
                    }
                })
                .or_insert_with(|| Some(full.clone()));
        }
    }
    for (head, full) in org_heads {
        if let Some(full) = full {
            short_orgs.entry(head).or_insert(full);
        }
    }
    let acronyms = acronyms(a, &candidates);
    // Surnames the article uses for a person ("Mr Streeting", "Streeting said"): evidence that
    // the full name they shorten is a person's.
    let person_surnames: std::collections::HashSet<String> = candidates
        .iter()
        .filter(|c| c.gaz.is_none() && !c.name.contains(' '))
        .filter(|c| {
            c.honorific.is_some() || c.role.is_some() || a.is_speech_subject(c.sentence, c.token)
        })
        .map(|c| c.name.clone())
        .collect();
    // One sense per article: a one-word name the words around it call an organisation once
    // ("sportswear firm Umbro") is that organisation where nothing says otherwise ("Umbro
    // said").
    let cue_organizations: std::collections::HashSet<String> = candidates
        .iter()
        .filter(|c| c.kind.is_none() && c.gaz.is_none() && !c.name.contains(' '))
        .filter(|c| cue_kind(a, c) == Some(EntityKind::Organization))
        .map(|c| c.name.clone())
        .collect();
    // "agrochemical giant Monsanto", "carmaker Fiat": a trade word right before a name the
    // gazetteer knows as a town makes it the firm, in the whole article.
    let firms_named_like_places: std::collections::HashSet<String> = candidates
        .iter()
        .filter(|c| c.gaz.as_ref().is_some_and(|g| g.kind == EntityKind::Place))
        .filter(|c| {
            cue(a, c).is_some_and(|cue| {
                cue.kind == EntityKind::Organization
                    && !cue.team
                    && cue.before.len() == 1
                    && cue.after.is_empty()
                    && !cue.possessive
            })
        })
        .map(|c| c.name.clone())
        .collect();
    // "Fortuna Sittard 2 Heerenveen 4" … "Fortuna Sittard's coach": a name that stands where
    // only a club stands is that club in the whole sports report.
    let clubs: std::collections::HashSet<String> = candidates
        .iter()
        .filter(|c| beat == Beat::Sport && c.name.contains(' ') && no_evidence(c))
        .filter(|c| club_slot(a, c))
        .map(|c| c.name.clone())
        .collect();
    // "Zorvex Dynamics said it would …", "Kestrel Lane, which …": a name the next clause calls
    // "it" or "which" is a thing, and the unknown ones are organisations, in the whole article.
    let things: std::collections::HashSet<String> = candidates
        .iter()
        .filter(|c| no_evidence(c) && referred_to_as_thing(a, c))
        .map(|c| c.name.clone())
        .collect();
    // A word the article titles with "The" somewhere is that title throughout: a band's or a
    // side's when plural, else a work's ("The Aviator … The Aviator is a biopic").
    let titles: std::collections::HashSet<String> = candidates
        .iter()
        .filter(|c| no_evidence(c) && titled_by_the(a, c))
        .map(|c| c.name.clone())
        .collect();
    let mut key_to_entity: HashMap<(String, EntityKind), usize> = HashMap::new();
    let names = NameIndex::new(a, &full_names, &candidates);
    let era = era_of_full_names(a, &full_names);
    let terms = spelled_out_terms(a.text);
    for mut c in candidates {
        // "gross domestic product (GDP)": the short form of a common noun names nothing.
        if c.gaz.is_none() && terms.contains(&c.name) {
            continue;
        }
        if no_evidence(&c) && (clubs.contains(&c.name) || things.contains(&c.name)) {
            c.kind = Some(EntityKind::Organization);
        }
        if no_evidence(&c) && titles.contains(&c.name) {
            c.kind = Some(if c.name.ends_with('s') {
                EntityKind::Organization
            } else {
                EntityKind::Thing
            });
        }
        if firms_named_like_places.contains(&c.name)
            && c.gaz.as_ref().is_some_and(|g| g.kind == EntityKind::Place)
        {
            c.gaz = None;
            c.kind = Some(EntityKind::Organization);
        }
        if c.kind.is_none()
            && c.gaz.is_none()
            && c.honorific.is_none()
            && c.role.is_none()
            && cue_organizations.contains(&c.name)
        {
            c.kind = Some(EntityKind::Organization);
        }
        if c.kind.is_none()
            && c.gaz.is_none()
            && c.name.split_whitespace().count() >= 2
            && c.name
                .split_whitespace()
                .last()
                .is_some_and(|l| person_surnames.contains(l))
        {
            c.kind = Some(EntityKind::Person);
        }
        // "Mark Cuban … Cuban said": a demonym that is the surname of someone the article
        // names, speaking, is that person.
        let demonym = c
            .gaz
            .as_ref()
            .is_some_and(|g| g.mention == MentionKind::Demonym);
        if demonym
            && a.is_speech_subject(c.sentence, c.token)
            && full_names
                .iter()
                .any(|f| f.name.split_whitespace().last() == Some(c.name.as_str()))
        {
            c.gaz = None;
            c.kind = Some(EntityKind::Person);
        }
        let resolved = match (tickers.get(&c.name), acronyms.get(&c.name)) {
            // "Citicorp <CCI>": the ticker is the firm.
            (Some(firm), _) => Some((firm.clone(), EntityKind::Organization, MentionKind::Name)),
            // The article's own "Food Standards Agency" wins over a table's other "FSA".
            (None, Some(full))
                if c.kind != Some(EntityKind::Person)
                    && c.gaz
                        .as_ref()
                        .is_none_or(|g| g.kind == EntityKind::Organization) =>
            {
                Some((full.clone(), EntityKind::Organization, MentionKind::Name))
            }
            _ => classify(a, &c, &full_names, &names, &short_orgs, beat, era),
        };
        let Some((name, kind, mention_kind)) = resolved else {
            continue;
        };
        let key = (name.clone(), kind);
        let id = *key_to_entity.entry(key).or_insert_with(|| {
            a.entities.push(Entity {
                name: name.clone(),
                kind,
                gender: Gender::Unknown,
                surface_forms: Vec::new(),
                roles: Vec::new(),
                mentions: 0,
                table_name: None,
            });
            a.entities.len() - 1
        });
        let e = &mut a.entities[id];
        if c.gaz.as_ref().is_some_and(|g| g.canonical == name) {
            e.table_name = Some(name.clone());
        }
        if e.gender == Gender::Unknown {
            e.gender = if kind == EntityKind::Person {
                person_gender(lx, &c)
            } else {
                Gender::Unknown
            };
        }
        // A firm's short name ("El Paso Electric" for "El Paso Electric Co") carries the full
        // name as its own: the words written are a surface form too.
        let written = a.text.get(c.span.clone()).unwrap_or_default();
        for form in [c.name.as_str(), written] {
            if !form.is_empty() && !e.surface_forms.iter().any(|f| f == form) {
                e.surface_forms.push(form.to_string());
            }
        }
        if let Some(role) = &c.role {
            if kind == EntityKind::Person && !e.roles.contains(role) {
                e.roles.push(role.clone());
            }
        }
        a.mentions.push(Mention {
            span: c.span.clone(),
            entity: id,
            kind: mention_kind,
        });
        a.mention_info.push(MentionInfo {
            modifier: c.modifier,
            sentence: c.sentence,
        });
    }
    merge_people_named_as_organizations(a);
    // The label is the fullest proper name the article uses ("Shanghai Cooperation
    // Organization" as written, "Vnukovo airport"), except for countries, whose short names
    // are the standard. A table's name stays the entity's key (`table_name`).
    for e in &mut a.entities {
        if !matches!(
            e.kind,
            EntityKind::Organization | EntityKind::Place | EntityKind::Event
        ) {
            continue;
        }
        let best = e
            .surface_forms
            .iter()
            .filter(|f| {
                f.split_whitespace().count() >= 2
                    && !f.starts_with("the ")
                    && !f.starts_with("The ")
                    && !f.contains('’')
                    && !f.contains('\'')
                    && !is_all_caps(f)
                    // "Interfax news agency": a description after the name is not part of it.
                    && (e.kind != EntityKind::Organization
                        || f.split_whitespace().all(|w| {
                            !w.starts_with(char::is_lowercase) || CONNECTORS.contains(&w)
                        }))
                    // "Microsoft Corp" is still called Microsoft.
                    && !(f.starts_with(e.name.as_str())
                        && f.split_whitespace()
                            .last()
                            .is_some_and(|w| lx.name_words.legal_suffix.contains(w)))
            })
            .max_by_key(|f| f.len());
        if let Some(best) = best {
            e.name = best.clone();
        }
    }
    // Office holders the table knows hold their office on the article's date.
    if let Some(date) = a.date {
        for e in &mut a.entities {
            if e.kind != EntityKind::Person {
                continue;
            }
            for t in lx.office_terms.iter().filter(|t| t.holds_on(date)) {
                let same = t.person == e.name || t.aliases.contains(&e.name);
                let role = Role {
                    title: t.office.clone(),
                    of: Some(t.of.clone()),
                };
                if same && !e.roles.contains(&role) {
                    e.roles.push(role);
                }
            }
        }
    }
    super::coref::appositive_roles(a);
}

/// "Nortel Networks … Nortel's head Frank Dunn was fired": a short form read as a person that
/// resolves to the name of an organisation the article names is that organisation, so that one
/// firm is not two entities of two kinds (and "it" can find it). Its mentions and surface forms
/// move to the organisation, and the person entity is dropped.
fn merge_people_named_as_organizations(a: &mut Analysis) {
    let organizations: HashMap<&str, usize> = a
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Organization)
        .map(|(i, e)| (e.name.as_str(), i))
        .collect();
    let moved: HashMap<usize, usize> = a
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
        .filter_map(|(i, e)| organizations.get(e.name.as_str()).map(|&o| (i, o)))
        // Only a short form of a name written in full: "Muralitharan" typed both ways in a
        // scorecard is no firm's short name.
        .filter(|&(i, _)| {
            let full = a.entities[i].name.split_whitespace().count();
            a.entities[i]
                .surface_forms
                .iter()
                .all(|f| f.split_whitespace().count() < full)
        })
        .collect();
    if moved.is_empty() {
        return;
    }
    for (&person, &organization) in &moved {
        let forms = std::mem::take(&mut a.entities[person].surface_forms);
        let org = &mut a.entities[organization];
        for form in forms {
            if !org.surface_forms.contains(&form) {
                org.surface_forms.push(form);
            }
        }
    }
    let mut new_id = vec![0; a.entities.len()];
    let mut next = 0;
    for (i, id) in new_id.iter_mut().enumerate() {
        *id = next;
        if !moved.contains_key(&i) {
            next += 1;
        }
    }
    for m in &mut a.mentions {
        let old = moved.get(&m.entity).copied().unwrap_or(m.entity);
        m.entity = new_id[old];
    }
    let mut i = 0;
    a.entities.retain(|_| {
        i += 1;
        !moved.contains_key(&(i - 1))
    });
}

/// Short forms the text spells out in lower-case words right before them in brackets: "GDP"
/// in "gross domestic product (GDP)", "EPS" in "earnings per share (EPS)". They are terms, not
/// names.
fn spelled_out_terms(text: &str) -> HashSet<String> {
    let mut terms = HashSet::new();
    for (open, _) in text.match_indices(" (") {
        let rest = &text[open + 2..];
        let Some((short, _)) = rest.split_once(')') else {
            continue;
        };
        if !(2..=6).contains(&short.len()) || !short.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let before: Vec<&str> = text[..open].split_whitespace().rev().take(8).collect();
        // Initials of the lower-case words before the bracket, small words allowed between.
        let mut letters = short.chars().rev().peekable();
        for word in &before {
            let lower = word.starts_with(|c: char| c.is_ascii_lowercase());
            let first = word.chars().next().map(|c| c.to_ascii_uppercase());
            // Only the word opening the sentence may be capitalised ("Earnings per share").
            let last_letter = letters.clone().count() == 1;
            if !(lower || last_letter && first == letters.peek().copied()) {
                break;
            }
            if first == letters.peek().copied() {
                letters.next();
                if letters.peek().is_none() {
                    terms.insert(short.to_string());
                    break;
                }
            } else if !matches!(
                *word,
                "of" | "per" | "and" | "the" | "for" | "in" | "on" | "to"
            ) {
                break;
            }
        }
    }
    terms
}

/// Organisations the article names in full, by their initials: "BOA" is the "Bank of America"
/// named before or after it, "SEC" the "Securities and Exchange Commission", "HAL" the
/// "Hindustan Aeronautics Limited". Both the capitals alone and every word's initial count, and
/// so does a short form in brackets right after the name ("Hindustan Aeronautics (HAL)"); a
/// set of initials two organisations share stands for neither.
fn acronyms(a: &Analysis, candidates: &[Candidate]) -> HashMap<String, String> {
    let mut found: HashMap<String, Option<String>> = HashMap::new();
    for c in candidates {
        let org = match &c.gaz {
            Some(g) => g.kind == EntityKind::Organization && g.mention == MentionKind::Name,
            None => c.kind == Some(EntityKind::Organization),
        };
        let words: Vec<&str> = c.name.split_whitespace().collect();
        let untyped = c.gaz.is_none() && c.kind.is_none();
        if !(org || untyped) || words.len() < 2 || words.iter().any(|w| is_all_caps(w)) {
            continue;
        }
        let full = c.gaz.as_ref().map_or(&c.name, |g| &g.canonical);
        let initial = |w: &&str| w.chars().next().map(|ch| ch.to_uppercase().to_string());
        let capitals: String = words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter_map(initial)
            .collect();
        let every: String = words
            .iter()
            .filter(|w| **w != "&")
            .filter_map(initial)
            .collect();
        let bracketed = a.text[c.span.end..]
            .strip_prefix(" (")
            .and_then(|rest| rest.split_once(')'))
            .map(|(short, _)| short.to_string())
            .filter(|short| {
                is_all_caps(short)
                    && short.chars().all(char::is_alphabetic)
                    && short.chars().next() == capitals.chars().next()
            });
        // Initials alone make an untyped name no organisation ("John Smith" … "JS").
        let spelled = if org { vec![capitals, every] } else { vec![] };
        for short in spelled.into_iter().chain(bracketed) {
            if short.chars().count() < 2 {
                continue;
            }
            match found.get(&short) {
                Some(Some(other)) if other != full => {
                    found.insert(short, None);
                }
                Some(_) => {}
                None => {
                    found.insert(short, Some(full.clone()));
                }
            }
        }
    }
    found
        .into_iter()
        .filter_map(|(short, full)| Some((short, full?)))
        .collect()
}

/// Whether nothing has typed a candidate yet: no table, title, honorific or name word.
fn no_evidence(c: &Candidate) -> bool {
    c.kind.is_none() && c.gaz.is_none() && c.honorific.is_none() && c.role.is_none()
}

/// Whether the words after a name refer back to it as a thing, not a person: "X, which …",
/// "X said its …", "X said on Monday it would …" (a firm or body; a person is "he" or "she").
/// "it" alone does not outweigh a given name ("John Smith said it was hard").
fn referred_to_as_thing(a: &Analysis, c: &Candidate) -> bool {
    let si = c.sentence;
    let toks = &a.tokens[si];
    let Some(last) = toks.iter().rposition(|t| t.span.start < c.span.end) else {
        return false;
    };
    if a.lw(si, last + 1) == "," && a.lw(si, last + 2) == "which" {
        return true;
    }
    let Some((verb_at, verb_len)) = (last + 1..toks.len().min(last + 3))
        .find_map(|j| a.speech_verb(si, j).map(|(_, n)| (j, n)))
    else {
        return false;
    };
    let given_name = c
        .name
        .split_whitespace()
        .next()
        .is_some_and(|w| a.lx.first_name_gender(w).is_some());
    // "said on Monday it", "said in a statement that its": skip a short adjunct, nothing
    // else ("said the government had increased its …" is the government's).
    const ADJUNCT: &[&str] = &[
        "that",
        "on",
        "in",
        "a",
        "statement",
        "late",
        "earlier",
        "today",
        "yesterday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    for k in verb_at + verb_len..toks.len().min(verb_at + verb_len + 5) {
        match a.lw(si, k) {
            "its" => return true,
            "it" => return !given_name,
            w if ADJUNCT.contains(&w) => {}
            _ => return false,
        }
    }
    false
}

/// The name a person goes by in this article: a full name as written ("Volodymyr Zelensky"),
/// else the table's full name for a short form.
fn canonical_person(c: &Candidate) -> String {
    match &c.gaz {
        Some(g) if c.name.split_whitespace().count() < 2 => g.canonical.clone(),
        _ => c.name.clone(),
    }
}

fn person_gender(lx: &Lexicon, c: &Candidate) -> Gender {
    if let Some(g) = c.honorific.filter(|g| *g != Gender::Unknown) {
        return g;
    }
    if c.gender != Gender::Unknown {
        return c.gender;
    }
    // "Jamieson issues warning" over "Cathy Jamieson said …": a name of one word that is a
    // surname as well as a given name ("Jamieson", "Kent") says nothing of sex; the full name,
    // met later, does ("Lucy", "Giuseppe" alone still do).
    let mut words = c.name.split_whitespace();
    let first = words.next().unwrap_or("");
    if words.next().is_none() && lx.surnames.contains(first) {
        return Gender::Unknown;
    }
    lx.first_name_gender(first).unwrap_or(Gender::Unknown)
}

/// Decides what a candidate refers to: (canonical name, kind, mention kind), or nothing.
/// When an undated article happens, by the office holders it names in full: the middle of the
/// years they all held office ("Tony Blair" places a story in 1994–2007), so that a bare
/// "Mr Brown" is the Brown of that era, not the first Brown of the table.
fn era_of_full_names(a: &Analysis, full_names: &[FullName]) -> Option<chrono::NaiveDate> {
    let mut lo: Option<chrono::NaiveDate> = None;
    let mut hi: Option<chrono::NaiveDate> = None;
    for (from, to) in full_names
        .iter()
        .filter_map(|f| super::coref::career(a, &f.name))
    {
        lo = Some(lo.map_or(from, |l| l.max(from)));
        if let Some(to) = to {
            hi = Some(hi.map_or(to, |h| h.min(to)));
        }
    }
    match (lo, hi) {
        (Some(lo), Some(hi)) if lo <= hi => Some(lo + (hi - lo) / 2),
        (Some(lo), None) => Some(lo),
        _ => None,
    }
}

/// A person the article names in full, with where it does so.
struct FullName {
    name: String,
    gender: Gender,
    /// Start offset and sentence of each full mention.
    positions: Vec<(usize, usize)>,
}

impl FullName {
    /// The last word, unless it is a regnal number: "II" alone ("World Group II") is not
    /// Elizabeth II.
    fn surname(&self) -> Option<&str> {
        self.name
            .split_whitespace()
            .last()
            .filter(|w| !is_regnal_number(w))
    }
}

/// Of several people sharing a surname, the one a bare surname at `at` means: the one named in
/// full most recently before it, else the first named after it. Two named in the same sentence
/// ("Anna and Piotr Kowalski") leave it open.
fn nearest_full_name<'f>(people: &[&'f FullName], at: usize) -> Option<&'f FullName> {
    let last_before = |f: &FullName| f.positions.iter().copied().filter(|p| p.0 < at).max();
    let mut before: Vec<((usize, usize), &FullName)> = people
        .iter()
        .filter_map(|f| last_before(f).map(|p| (p, *f)))
        .collect();
    before.sort_by_key(|(p, _)| std::cmp::Reverse(p.0));
    match before.as_slice() {
        [(p, _), (q, _), ..] if p.1 == q.1 => None,
        [(_, f), ..] => Some(f),
        [] => {
            let mut after: Vec<&FullName> = people.to_vec();
            after.sort_by_key(|f| f.positions[0].0);
            match after.as_slice() {
                [f, g, ..] if f.positions[0].1 == g.positions[0].1 => None,
                [f, ..] => Some(f),
                [] => None,
            }
        }
    }
}

/// The article's full names by their last and first word, in the order they were first named:
/// a surname is looked up, not matched against every full name (linear time in the text).
struct NameIndex<'f> {
    by_surname: HashMap<&'f str, Vec<&'f FullName>>,
    by_first: HashMap<&'f str, Vec<&'f FullName>>,
    /// Words of names the article writes somewhere other than at a sentence's opening, where
    /// their capital is their own.
    inside: std::collections::HashSet<String>,
}

/// "Scorsese's film The Aviator", "a gig by The Libertines": "The" capitalised inside a
/// sentence, not in a headline written in title case, makes the one word after it a title
/// (not a frequent word, "The Lord of the Rings" is no "Lord", nor initials, "The EC");
/// after "at" or "near" it is a place's name ("at The Curragh"; "in The Aviator" is the film).
fn titled_by_the(a: &Analysis, c: &Candidate) -> bool {
    // The token tests first: they rule out nearly every candidate without allocating.
    c.token >= 2
        && a.word(c.sentence, c.token - 1) == "The"
        && a.tokens[c.sentence][c.token - 2].is_word
        && !matches!(
            a.lw(c.sentence, c.token - 2),
            "at" | "near" | "outside" | "inside"
        )
        && !c.name.contains(' ')
        && !is_all_caps(&c.name)
        && !a.lx.common_words.contains(&c.name.to_lowercase())
        && !a.is_title_case(c.sentence)
}

/// Whether a candidate opens its sentence, or a quote or clause inside it, where a capital
/// says nothing of a name.
fn opens_sentence(a: &Analysis, c: &Candidate) -> bool {
    c.token == 0
        || (c.token == 1 && !a.tokens[c.sentence][0].is_word)
        || matches!(
            a.lw(c.sentence, c.token - 1),
            "“" | "\"" | "‘" | "(" | ":" | "—" | "–" | "-" | "--"
        )
}

impl<'f> NameIndex<'f> {
    fn new(a: &Analysis, full_names: &'f [FullName], candidates: &[Candidate]) -> Self {
        let mut index = NameIndex {
            by_surname: HashMap::new(),
            by_first: HashMap::new(),
            inside: candidates
                .iter()
                .filter(|c| !opens_sentence(a, c))
                .flat_map(|c| c.name.split_whitespace().map(str::to_string))
                .collect(),
        };
        for f in full_names {
            if let Some(last) = f.surname() {
                index.by_surname.entry(last).or_default().push(f);
            }
            if let Some(first) = f.name.split_whitespace().next() {
                index.by_first.entry(first).or_default().push(f);
            }
        }
        index
    }

    fn with_surname(&self, word: &str) -> Vec<&'f FullName> {
        self.by_surname.get(word).cloned().unwrap_or_default()
    }

    fn with_first_word(&self, word: &str) -> Vec<&'f FullName> {
        self.by_first.get(word).cloned().unwrap_or_default()
    }
}

/// A Roman numeral of two to five letters ("II", "VIII", "XIV"): the regnal number after a
/// monarch's or a pope's name. "I", "V" and "X" alone are left out: a pronoun, a letter.
fn is_regnal_number(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

fn classify(
    a: &Analysis,
    c: &Candidate,
    full_names: &[FullName],
    names: &NameIndex,
    short_orgs: &HashMap<String, String>,
    beat: Beat,
    era: Option<chrono::NaiveDate>,
) -> Option<(String, EntityKind, MentionKind)> {
    let lx = a.lx;
    let sports = beat == Beat::Sport;
    let one_word = !c.name.contains(' ');
    // "World Group II": a regnal number on its own names no one.
    if one_word && is_regnal_number(&c.name) && c.gaz.is_none() {
        return None;
    }
    // "the Chinese Government", "the Israeli Army": the state's body, named by its nation.
    let after_nation = || {
        c.token > 0
            && gazetteer_entry(lx, a.word(c.sentence, c.token - 1))
                .is_some_and(|g| g.kind == EntityKind::Country && g.mention == MentionKind::Demonym)
    };
    if one_word && lx.name_words.state_body.contains(c.name.as_str()) && after_nation() {
        return None;
    }
    // "Given, Breen, Staunton, Irwin, McAteer, …": in a sports report, a bare surname in a
    // line-up is a player, even one a small town shares; a city there is its club.
    let town = || {
        c.gaz
            .as_ref()
            .is_none_or(|g| g.kind == EntityKind::Place && !lx.cities.contains(&g.canonical))
    };
    if sports && one_word && town() && in_line_up(a, c) {
        // "Breen" after "Gary Breen" is that player.
        let people: Vec<&FullName> = names.with_surname(&c.name);
        let name =
            nearest_full_name(&people, c.span.start).map_or(c.name.clone(), |f| f.name.clone());
        return Some((name, EntityKind::Person, MentionKind::Name));
    }
    if sports && one_word && figure_label(a, c) {
        return None;
    }
    // "Swansea v Lincoln", "Yvan Quentin (Sion)": in a sports report, a one-word name where a
    // club stands is the club, even when it is someone's surname.
    if sports
        && one_word
        && c.gaz.as_ref().is_none_or(|g| g.kind == EntityKind::Person)
        && !short_orgs.contains_key(&c.name)
        && club_context(a, c)
    {
        return Some((c.name.clone(), EntityKind::Organization, MentionKind::Name));
    }
    if let Some(g) = &c.gaz {
        // "Karl Lund ... Lund said": a place name that is the surname of someone the article
        // names in full is that person, unless it is where something happens ("in Lund").
        if g.kind == EntityKind::Place && !c.locative && !c.name.contains(' ') {
            let people: Vec<&FullName> = names.with_surname(&c.name);
            if let Some(f) = nearest_full_name(&people, c.span.start) {
                return Some((f.name.clone(), EntityKind::Person, MentionKind::Name));
            }
        }
        // "Leeds 2 Chelsea 1": a city in a results line is its team; in a sports report, so
        // is a city that is not where something happens ("Leeds host Chelsea", "Leeds's
        // striker", but "in Leeds").
        // A nation's team keeps its place's name ("England were dismissed for 242"): only
        // cities and states have clubs.
        if g.kind == EntityKind::Place
            && g.mention == MentionKind::Name
            && lx.cities.contains(&g.canonical)
            && !venue_label(a, c)
            && (in_results_row(a, c)
                || cue(a, c).is_some_and(|cue| cue.team)
                || (sports && !c.locative))
        {
            return Some((
                g.canonical.clone(),
                EntityKind::Organization,
                MentionKind::Name,
            ));
        }
        return match g.mention {
            MentionKind::Metonym => match &g.stands_for {
                // "in Moscow" is the city; "Moscow said" is the government.
                Some(actor) if !c.locative && !place_modifier(a, c) && !venue_label(a, c) => {
                    Some((actor.clone(), g.stands_for_kind, MentionKind::Metonym))
                }
                _ => Some((g.canonical.clone(), EntityKind::Place, MentionKind::Name)),
            },
            MentionKind::Descriptor => {
                // "the alliance" only once the alliance has been named.
                a.text
                    .contains(g.canonical.as_str())
                    .then(|| (g.canonical.clone(), g.kind, MentionKind::Descriptor))
            }
            // A known person's surname joins the full name this article uses for them.
            kind if g.kind == EntityKind::Person => {
                let mut name = canonical_person(c);
                if c.name.split_whitespace().count() == 1 {
                    let people: Vec<&FullName> = full_names
                        .iter()
                        .filter(|f| {
                            f.surname() == Some(c.name.as_str())
                                || same_spelling(&f.name, &g.canonical)
                        })
                        .collect();
                    if let Some(f) = nearest_full_name(&people, c.span.start) {
                        name = f.name.clone();
                    }
                }
                Some((name, g.kind, kind))
            }
            kind => Some((g.canonical.clone(), g.kind, kind)),
        };
    }
    let words: Vec<&str> = c.name.split_whitespace().collect();
    if words.len() == 1 {
        let word = words[0];
        // "Forty-two percent say …": a number opening a sentence names no one.
        if is_number_word(word) {
            return None;
        }
        // "the Wisconsin Democrat": a role noun, resolved as a description.
        if c.honorific.is_none() && lx.descriptor_roles.contains_key(&word.to_lowercase()) {
            return None;
        }
        let org_word = c.kind == Some(EntityKind::Organization)
            && c.gaz.is_none()
            && lx.name_words.organization.contains(word);
        // "Marsh said it …" after "Marsh & McLennan": a founder's name read as a firm is the
        // firm named in full.
        let founder = |full: &&String| {
            c.kind == Some(EntityKind::Organization)
                && full
                    .strip_prefix(word)
                    .is_some_and(|rest| rest.starts_with(' '))
                && full.contains(" & ")
        };
        if let Some(full) = short_orgs
            .get(word)
            .filter(|full| c.kind.is_none() || org_word || founder(full))
        {
            return Some((full.clone(), EntityKind::Organization, MentionKind::Name));
        }
        // A surname: the one full name in the article that ends with it.
        let gender = c.honorific.unwrap_or(Gender::Unknown);
        let compatible =
            |g: &Gender| gender == Gender::Unknown || *g == Gender::Unknown || *g == gender;
        let mut matches: Vec<&FullName> = names.with_surname(word);
        matches.retain(|f| compatible(&f.gender));
        // Family name first ("Xi" of "Xi Jinping", "Kim" of "Kim Jong-un"); a knighthood
        // ("Sir Edward", "Dame Judi") or a family ("His wife Sharon") goes with the given name.
        if matches.is_empty() {
            matches = names.with_first_word(word);
            matches.retain(|f| compatible(&f.gender));
        }
        if let Some(f) = nearest_full_name(&matches, c.span.start) {
            return Some((f.name.clone(), EntityKind::Person, MentionKind::Name));
        }
        // A well-known office holder by surname, in office around the article's date.
        if let Some(name) = office_holder_by_surname(lx, word, a.date.or(era)).filter(|name| {
            gender == Gender::Unknown || office_gender(lx, name).is_none_or(|g| g == gender)
        }) {
            return Some((name, EntityKind::Person, MentionKind::Name));
        }
        if c.kind == Some(EntityKind::Person) || c.honorific.is_some() {
            return Some((word.to_string(), EntityKind::Person, MentionKind::Name));
        }
        if let Some(kind) = c.kind {
            return Some((word.to_string(), kind, MentionKind::Name));
        }
        if sports && before_minute(a, c) {
            return Some((word.to_string(), EntityKind::Person, MentionKind::Name));
        }
        if let Some(kind) = cue_kind(a, c) {
            return Some((word.to_string(), kind, MentionKind::Name));
        }
        if in_results_row(a, c) {
            return Some((
                word.to_string(),
                EntityKind::Organization,
                MentionKind::Name,
            ));
        }
        // "NATO", "USDA": a short word in capitals is an organisation's initials; not an
        // English word written in capitals ("NOTE", "ACTUAL", a table's "DATE" column).
        if is_all_caps(word)
            && word.chars().count() <= 6
            && !lx.common_words.contains(&word.to_lowercase())
            && !lx.name_words.role.contains(word)
            && !lx.name_words.common_acronym.contains(word)
            && !lx.titles.iter().any(|t| t.phrase == word)
        {
            return Some((
                word.to_string(),
                EntityKind::Organization,
                MentionKind::Name,
            ));
        }
        // "in Mowden" is a place; "to Muslim voters" is an adjective.
        let adjective = a.tokens[c.sentence]
            .get(c.token + 1)
            .is_some_and(|t| t.is_word && !t.capitalized);
        // "Shoppers in Zorvania said", "in Zorvania were": a verb after it is no noun it
        // qualifies.
        let verb_after = adjective && {
            let next = a.lw(c.sentence, c.token + 1);
            a.speech_verb(c.sentence, c.token + 1).is_some()
                || FINITE_AFTER_PLACE.contains(&next)
                // A past form; not one in -s, as often a plural noun ("to ID cards").
                || lx.verb_lemmas.get(next).is_some_and(|lemma| lemma != next)
                    && (next.ends_with("ed") || lx.irregular_past.contains(next))
        };
        let derived = ["ian", "ish", "ese", "ist", "ic", "ite", "ism"]
            .iter()
            .any(|suffix| word.ends_with(suffix));
        if c.locative && (!adjective || verb_after && !derived) {
            return Some((word.to_string(), EntityKind::Place, MentionKind::Name));
        }
        // "Eyewitnesses said", "Aides said": an English word opening a sentence is
        // capitalised for that alone, even before a speech verb; a less common one only when
        // the article never writes it capitalised elsewhere ("Kingfisher said" after "the
        // Kingfisher brand").
        let toks = &a.tokens[c.sentence];
        let opens = opens_sentence(a, c);
        let lower = word.to_lowercase();
        let common = (lx.common_words.contains(&lower)
            || opens && lx.less_common_words.contains(&lower) && !names.inside.contains(word))
            && !lx.surnames.contains(word)
            && lx.first_name_gender(word).is_none();
        // "an upbeat Budget report": a frequent word inside a noun phrase, before the bare
        // form of a speech verb that is a noun there, is no speaker.
        let modifier_of_noun = c.token > 0 && {
            let prev = a.lw(c.sentence, c.token - 1);
            let next = a.lw(c.sentence, c.token + 1);
            toks[c.token - 1].is_word
                && !toks[c.token - 1].capitalized
                && !lx.verb_lemmas.contains_key(prev)
                && !prev.ends_with("ed")
                && lx.verb_lemmas.get(next).is_none_or(|lemma| lemma == next)
                && a.speech_verb(c.sentence, c.token + 1).is_some()
        };
        if a.is_speech_subject(c.sentence, c.token) && !((opens || modifier_of_noun) && common) {
            return Some((word.to_string(), EntityKind::Person, MentionKind::Name));
        }
        // "the sale of Malbak", "beat Besiktas", "met Kucan": a capitalised word inside a
        // sentence that reads as a name and is no frequent English word is one; what kind
        // the beat of the article says (a surname table word is a person's).
        // "Kurdish rebels", "Marxist ideas": a word made from a name qualifies a noun.
        // A sentence's first word needs to look like a name more: not a plural, a
        // participle or an abstract noun ("Scorers", "Enraged", "Repatriation").
        let word_like = [
            "s", "ed", "ing", "ly", "tion", "sion", "ment", "ness", "ity", "ant", "ent", "ive",
            "ous", "able", "ible",
        ]
        .iter()
        .any(|suffix| word.ends_with(suffix));
        let reads_as_word = opens && (word_like || common)
            || adjective && derived
            || lx.common_words.contains(&lower);
        if !reads_as_word && name_like(lx, word) {
            let kind = if lx.surnames.contains(word) || lx.first_name_gender(word).is_some() {
                EntityKind::Person
            } else if beat != Beat::General {
                EntityKind::Organization
            } else {
                EntityKind::Place
            };
            return Some((word.to_string(), kind, MentionKind::Name));
        }
        return None;
    }
    // "Henry VIII", "Leopold III": a name and a regnal number are a monarch's or a pope's.
    if words.len() == 2 && is_regnal_number(words[1]) && lx.first_name_gender(words[0]).is_some() {
        return Some((c.name.clone(), EntityKind::Person, MentionKind::Name));
    }
    // "R. Vebrek 1 1 0 45", "D.J. Vebrek": initials before a name are a person's; a club's
    // ("F.C. Zorvany") are an organisation word.
    let initial_first = initials(words[0])
        && gazetteer_entry(lx, words[0]).is_none()
        && !lx.name_words.organization.contains(words[0]);
    // "Tom Reyes said in a statement": a given name and a surname outweigh a context that most
    // often follows an organisation or a place; "Peter Zorvak said in a statement", "D.J.
    // Vebrek said in a statement": a given name or initials before words that read as names
    // outweigh one that follows an organisation.
    let no_org_word = !words
        .iter()
        .any(|w| lx.name_words.organization.contains(*w));
    let personal_name = (2..=3).contains(&words.len())
        && lx.first_name_gender(words[0]).is_some()
        && words.last().is_some_and(|w| lx.surnames.contains(*w))
        && no_org_word;
    let personal_name_shape = (2..=3).contains(&words.len())
        && (lx.first_name_gender(words[0]).is_some() || initial_first)
        && words[1..].iter().all(|w| name_like(lx, w))
        && !company_like(&c.name)
        && no_org_word;
    // "R. Vebrek 1 1 0 45", "Tom Reyes 3 5 0 162": an initial, or a given name before one or
    // two words that read as names, is a player in a table of averages, not a club.
    let player = (2..=3).contains(&words.len())
        && (initial_first
            || lx.first_name_gender(words[0]).is_some()
                && words[1..].iter().all(|w| name_like(lx, w)))
        && !words
            .iter()
            .any(|w| lx.name_words.organization.contains(*w));
    // "Fortuna Sittard 2 Heerenveen 4", "Leyton Orient v Hartlepool": a name that reads as a
    // person's is still a club on one side of a score or a fixture; in a row of numbers it
    // may be a player's averages.
    let context = cue_kind(a, c)
        .map(|k| match k {
            _ if personal_name => EntityKind::Person,
            EntityKind::Organization if personal_name_shape => EntityKind::Person,
            k => k,
        })
        .or_else(|| {
            (beat == Beat::Sport
                && (club_slot(a, c) || club_context(a, c) && !player)
                && !nationality_after(a, c))
            .then_some(EntityKind::Organization)
        });
    // "Tunbridge Wells: Nottinghamshire 214 …": a ground the gazetteer does not know.
    let context = context.or_else(|| {
        (beat == Beat::Sport && c.kind.is_none() && venue_label(a, c)).then_some(EntityKind::Place)
    });
    let kind = c.kind.or(context).unwrap_or_else(|| {
        // A person needs evidence: a known first name, or speaking. Otherwise a run of
        // capitalised words in news is most often a company or body ("Deutsche Boerse").
        // "R. Vebrek", "D.J. Vebrek": initials before a name are a person's.
        let initial = initial_first;
        // "Zorbek Stewart": a common family name at the end of a short name.
        let surname = words.len() <= 3 && words.last().is_some_and(|w| lx.surnames.contains(*w));
        let first_name = lx.first_name_gender(words[0]).is_some() || initial || surname;
        let last = c.token + words.len() - 1;
        let speaks = a.is_speech_subject(c.sentence, last)
            || a.is_speech_subject(c.sentence, c.token)
            || (c.token > 0 && a.speech_verb(c.sentence, c.token - 1).is_some());
        // "Vita Spivak, non-resident scholar at …": an apposition naming a role.
        let toks = &a.tokens[c.sentence];
        let role_apposition = toks.get(last + 1).is_some_and(|t| t.text(a.text) == ",")
            && (last + 2..toks.len().min(last + 6)).any(|k| {
                lx.name_words.role.contains(a.lw(c.sentence, k))
                    || a.lw(c.sentence, k).ends_with("ist")
            });
        // "Tova Ashkenami (Israel) beat …": a name with a country in brackets after it is a
        // competitor's, the country their nationality.
        let speaks = speaks || role_apposition || beat == Beat::Sport && nationality_after(a, c);
        // "Richey Reneberg", "Navjot Singh Sidhu": two or three words that read as names, not as
        // English words ("Coast Guard", "Red Star"), are most often a person's.
        // Not in a business story, where "Towers Perrin" and "Ciputra Development" are firms.
        let reads_as_name = (2..=3).contains(&words.len())
            && beat != Beat::Business
            && words.iter().all(|w| name_like(lx, w));
        if (first_name || speaks || reads_as_name) && !company_like(&c.name) {
            EntityKind::Person
        } else {
            EntityKind::Organization
        }
    });
    Some((c.name.clone(), kind, MentionKind::Name))
}

/// "Halftime 1-2.", "Attendance 18,500.": an English word labelling a figure on a line of its
/// own names nothing (a known place or surname there still does).
fn figure_label(a: &Analysis, c: &Candidate) -> bool {
    let toks = &a.tokens[c.sentence];
    let figure = |t: &super::token::Token| {
        t.text(a.text)
            .chars()
            .all(|ch| ch.is_ascii_digit() || ",.-".contains(ch))
    };
    c.token == 0
        && toks.len() <= 6
        && c.gaz.is_none()
        && !a.lx.surnames.contains(c.name.as_str())
        && a.lx.common_words.contains(&c.name.to_lowercase())
        && toks
            .get(1)
            .is_some_and(|t| t.text(a.text).starts_with(|ch: char| ch.is_ascii_digit()))
        && toks[1..].iter().all(figure)
}

/// "Given, Breen, Staunton, Irwin, McAteer, Harte.", "Did not bat: Dharmasena, Vaas,
/// Muralitharan.": a sentence that is only a list of capitalised words (after an optional
/// label and its colon) names a team's players: five names, or three after a label.
fn in_line_up(a: &Analysis, c: &Candidate) -> bool {
    let toks = &a.tokens[c.sentence];
    let label_end = toks
        .iter()
        .take(5)
        .position(|t| t.text(a.text) == ":")
        .map_or(0, |k| k + 1);
    if c.token < label_end {
        return false;
    }
    let mut items = 1;
    for (k, t) in toks.iter().enumerate().skip(label_end) {
        let w = t.text(a.text);
        match w {
            "," => items += 1,
            "." if k + 1 == toks.len() => {}
            "and" => {}
            _ if t.is_word && t.capitalized => {}
            // "O'Neill": an apostrophe inside a name.
            _ if w.contains(['\'', '’']) => {}
            _ => return false,
        }
    }
    // One or two words per item: a list of names, not a clause.
    let words = toks.len() - label_end;
    let needed = if label_end > 0 { 3 } else { 5 };
    items >= needed && words <= items * 3 + 1
}

/// "Hove: Sussex 363 (…), Lancashire 197-8": a place opening a results line with a colon is
/// where the match was played, not a club.
fn venue_label(a: &Analysis, c: &Candidate) -> bool {
    let toks = &a.tokens[c.sentence];
    let Some(last) = toks.iter().rposition(|t| t.span.start < c.span.end) else {
        return false;
    };
    // "London (The Oval): …": the ground in brackets.
    let mut colon = last + 1;
    if toks.get(colon).is_some_and(|t| t.text(a.text) == "(") {
        match (colon..toks.len().min(colon + 6)).find(|&k| toks[k].text(a.text) == ")") {
            Some(close) => colon = close + 1,
            None => return false,
        }
    }
    c.token == 0
        && toks.get(colon).is_some_and(|t| t.text(a.text) == ":")
        && toks[colon..]
            .iter()
            .any(|t| t.text(a.text).starts_with(|ch: char| ch.is_ascii_digit()))
}

/// Whether a name stands where a sports report puts a club: in a results line ("Fortuna
/// Sittard 2 Heerenveen 4"), in a fixture ("Leyton Orient v Hartlepool") or in brackets
/// after a player's name ("Jacek Nowak (Sokol Tychy)").
fn club_context(a: &Analysis, c: &Candidate) -> bool {
    club_slot(a, c) || in_numbers_row(a, c) || innings_score_after(a, c)
}

/// "Kent 108-3", "Durham 114 (S. Watkin 4-28) and 81-3", "Somerset 83 and 174": a cricket
/// innings (runs, wickets after a dash, a second innings after "and", the best figures in
/// brackets) is a side's, never a player's ("Vebrek 23, Saarinen 67" lists scorers, "Vass
/// 7-0-29-0" a bowler's overs, maidens, runs and wickets).
fn innings_score_after(a: &Analysis, c: &Candidate) -> bool {
    static INNINGS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^ \d{1,3}(?:-\d{1,2}(?: dec)?(?:[^-\d]|$)| and \d{1,3}\b| \((?:[A-Z]\.|[A-Z][a-z]+ \d))",
        )
        .expect("valid regex")
    });
    let after: String = a.text[c.span.end..].chars().take(24).collect();
    INNINGS.is_match(&after)
}

/// Whether a name stands where only a club stands: a fixture, brackets after a player's name
/// or one side of a score line. A row of numbers may be a player's averages too.
fn club_slot(a: &Analysis, c: &Candidate) -> bool {
    let toks = &a.tokens[c.sentence];
    let Some(last) = toks.iter().rposition(|t| t.span.start < c.span.end) else {
        return false;
    };
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(a.text));
    let fixture = word(last + 1) == "v" || (c.token > 0 && word(c.token - 1) == "v");
    let bracketed = c.token >= 2
        && word(c.token - 1) == "("
        && word(last + 1) == ")"
        && toks[c.token - 2].capitalized
        && toks[c.token - 2].is_word;
    fixture || bracketed || in_score_line(a, c)
}

/// Whether a name stands in a sports results line: followed by a score and another name with
/// its score ("Leeds 2 Chelsea 1"), or by a row of numbers ("Leeds 5 3 1 1 9 4 10"). A list
/// of scorers ("Vebrek 23, Saarinen 67") is not one: a comma follows the number.
fn in_results_row(a: &Analysis, c: &Candidate) -> bool {
    in_numbers_row(a, c) || in_score_line(a, c)
}

/// Whether token `k` of a sentence is a number of one to three digits (a score or a count).
fn small_number_at(a: &Analysis, sentence: usize, k: usize) -> bool {
    a.tokens[sentence].get(k).is_some_and(|t| {
        let w = t.text(a.text);
        !w.is_empty() && w.len() <= 3 && w.chars().all(|ch| ch.is_ascii_digit())
    })
}

/// Whether a name opens a row of numbers: a standings row ("Leeds 5 3 1 1 9 4 10", "Leeds 55
/// 75 .423") or a player's averages ("Tom Reyes 3 5 0 162").
fn in_numbers_row(a: &Analysis, c: &Candidate) -> bool {
    let toks = &a.tokens[c.sentence];
    let Some(last) = toks.iter().rposition(|t| t.span.start < c.span.end) else {
        return false;
    };
    let int = |k: usize| small_number_at(a, c.sentence, k);
    if !int(last + 1) || !int(last + 2) {
        return false;
    }
    if int(last + 3) {
        return true;
    }
    // A standings row: won, lost and a winning percentage ("Leeds 55 75 .423").
    toks.get(last + 3).is_some_and(|t| t.text(a.text) == ".")
        && toks
            .get(last + 4)
            .is_some_and(|t| t.text(a.text).chars().all(|ch| ch.is_ascii_digit()))
}

/// Whether a name is one side of a score line: one number after it and another name with
/// its number ("Fortuna Sittard 2 Heerenveen 4"). Only teams face each other so; a list of
/// scorers ("Vebrek 23, Saarinen 67") is not one: a comma follows the number.
fn in_score_line(a: &Analysis, c: &Candidate) -> bool {
    let si = c.sentence;
    let toks = &a.tokens[si];
    let Some(last) = toks.iter().rposition(|t| t.span.start < c.span.end) else {
        return false;
    };
    let int = |k: usize| small_number_at(a, c.sentence, k);
    if !int(last + 1) || in_numbers_row(a, c) {
        return false;
    }
    // The second team of a score line: "... Chelsea 1" after "Leeds 2".
    if c.token >= 2
        && int(c.token - 1)
        && toks[c.token - 2].capitalized
        && toks[c.token - 2].is_word
        && toks.get(last + 2).is_none_or(|t| t.text(a.text) != ",")
    {
        return true;
    }
    // A score line: the next name runs to the next number.
    let mut k = last + 2;
    let mut named = false;
    while toks.get(k).is_some_and(|t| t.capitalized && t.is_word) {
        named = true;
        k += 1;
    }
    named && int(k) && toks.get(k + 1).is_none_or(|t| t.text(a.text) != ",")
}

/// The kind the words around a name give it: "shares in X", "X's chief executive" (the
/// cues in `data/entity_cues.tsv`).
fn cue_kind(a: &Analysis, c: &Candidate) -> Option<EntityKind> {
    // A team cue ("X beat") only turns a known city into its team: a lone unknown name that
    // beats someone is as often a player.
    cue(a, c).filter(|cue| !cue.team).map(|cue| cue.kind)
}

/// The first cue of `data/entity_cues.tsv` that the words around a name fit.
fn cue<'a>(a: &'a Analysis, c: &Candidate) -> Option<&'a crate::lexicon::EntityCue> {
    let si = c.sentence;
    let toks = &a.tokens[si];
    let first = c.token;
    let last = toks.iter().rposition(|t| t.span.start < c.span.end)?;
    let possessive = strip_possessive(toks[last].text(a.text)).1;
    a.lx.entity_cues.iter().find(|cue| {
        if cue.possessive != possessive && (cue.possessive || !cue.after.is_empty()) {
            return false;
        }
        cue.before.len() <= first
            && cue
                .before
                .iter()
                .enumerate()
                .all(|(k, w)| a.lw(si, first - cue.before.len() + k) == w)
            && cue
                .after
                .iter()
                .enumerate()
                .all(|(k, w)| a.lw(si, last + 1 + k) == w)
    })
}

/// The gender the office-holders table gives a person, if known.
fn office_gender(lx: &Lexicon, name: &str) -> Option<Gender> {
    lx.office_terms
        .iter()
        .find(|t| t.person == name)
        .map(|t| t.gender)
        .filter(|g| *g != Gender::Unknown)
}

/// Whether two names are spelling variants of each other ("Zelensky" / "Zelenskyy").
fn same_spelling(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .replace("yy", "y")
            .replace("iy", "y")
    };
    fold(a) == fold(b)
}

/// A person in the office-holder table whose surname is `surname`, preferring one in office on
/// (or near) the article's date.
pub fn office_holder_by_surname(
    lx: &Lexicon,
    surname: &str,
    date: Option<chrono::NaiveDate>,
) -> Option<String> {
    let mut best: Option<(i64, &str)> = None;
    let terms = lx.office_terms_by_surname.get(surname)?;
    for t in terms.iter().map(|&i| &lx.office_terms[i]) {
        let distance = match date {
            Some(d) if t.holds_on(d) => 0,
            Some(d) => {
                let to = t.to.unwrap_or(d);
                (t.from - d).num_days().abs().min((to - d).num_days().abs())
            }
            None => 0,
        };
        // Within five years of the article, the person is the likely referent.
        if distance <= 5 * 366 && best.is_none_or(|(b, _)| distance < b) {
            best = Some((distance, t.person.as_str()));
        }
    }
    best.map(|(_, name)| name.to_string())
}

/// Whether a word is a number written out: "Forty", "Forty-two", "Seventy-five".
pub(crate) fn is_number_word(word: &str) -> bool {
    const UNITS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
    ];
    word.split('-')
        .all(|part| UNITS.contains(&part.to_lowercase().as_str()))
}
