//! Extraction: from an article's text to annotations with character-level provenance.
//!
//! Stages run in this order, one file each:
//! 1. [`segment`]: paragraphs, boilerplate, sentences, photo captions.
//! 2. [`mention`]: names, titles and roles, one entity per referent ([`coref`] adds
//!    descriptions such as "the Kremlin leader").
//! 3. [`quote`]: quoted spans; [`speech`]: reported-speech clauses.
//! 4. Attribution, in text order so that "he" can refer to the last speaker.
//! 5. [`relation`]: typed events between entities, with [`time`] for their dates.
//!
//! Extraction knows nothing of RDF; [`crate::model`] turns a [`Document`] into quads.

mod analysis;
pub mod coref;
pub mod description;
pub mod document;
pub mod mention;
pub mod quote;
pub mod relation;
pub mod segment;
pub mod speech;
pub mod time;
pub mod token;

pub use document::*;

use crate::ingest::Article;
use crate::lexicon::Lexicon;
use analysis::Analysis;
use chrono::NaiveDate;

/// Runs the whole extraction pipeline on an article.
pub fn extract(article: &Article) -> Document {
    let mut doc = Document {
        text: article.text.clone(),
        headline: article.headline.clone(),
        date: article.date,
        annotations: Annotations::default(),
    };
    annotate(&mut doc);
    doc
}

/// Runs extraction on bare text (no headline), for tests and quick use.
pub fn extract_text(text: &str, date: Option<NaiveDate>) -> Document {
    let mut doc = Document {
        text: text.to_string(),
        headline: None,
        date,
        annotations: Annotations::default(),
    };
    annotate(&mut doc);
    doc
}

/// Fills `doc.annotations` using the built-in lexicon.
pub fn annotate(doc: &mut Document) {
    annotate_with(doc, Lexicon::get());
}

/// The latest full date (day, month and year) written in a text: a guess at when an undated
/// article was written. Extraction does not use it (see [`annotate_with`]): the text does not
/// say that this is the publication date.
pub fn infer_date(text: &str) -> Option<NaiveDate> {
    time::dates_in(text, 0..text.len(), None)
        .into_iter()
        .filter_map(|e| e.dated)
        .filter(|d| d.precision == DatePrecision::Day)
        .map(|d| d.date)
        .max()
}

/// The fewest words a partial quote with neither a source nor a cue needs to be a statement.
const MIN_UNCREDITED_FRAGMENT: usize = 7;

fn word_count(text: &str, span: &Span) -> usize {
    token::tokenize(text, span.clone())
        .iter()
        .filter(|t| t.is_word)
        .count()
}

/// One utterance split around its attribution (`"A," he said, "B."`, or `"A," she said on
/// Monday. "B."`) is one statement: consecutive quotes of a paragraph credited through the
/// same cue become the pieces of the first; a quote that goes on from a paraphrase through its
/// cue (`Smith said the plan would fail: "A."`) becomes the paraphrase's quoted words.
fn join_split_quotes(
    text: &str,
    seg: &segment::Segments,
    clauses: &std::collections::HashSet<(usize, usize)>,
    statements: &mut Vec<Statement>,
) {
    let paragraph = |byte: usize| seg.paragraph_of(byte);
    let mut joined: Vec<Statement> = Vec::with_capacity(statements.len());
    for st in statements.drain(..) {
        // `"A," Ramos said, referring to X. "B."`, `"A," said Lee, a senator who declined to
        // run. "B."`: a paraphrase credited between the pieces, to anyone, does not part them.
        let quotes = |s: &Statement| s.form != StatementForm::Indirect;
        let between = joined
            .iter()
            .rev()
            .take_while(|p| {
                p.form == StatementForm::Indirect
                    && p.span.end <= st.span.start
                    && p.cue_span.is_some()
            })
            .count();
        let last_at = joined.len().saturating_sub(between + 1);
        // The paraphrase's cue follows the quote's own in the same sentence (", referring",
        // "said Mr. Ekovich, who noted", "said in a speech, as he called for"), or is the
        // quote's own cue read once more (`"A," Lee told a crowd at the hall. "B."`).
        let sentence_of = |byte: usize| seg.sentences.partition_point(|s| s.start <= byte);
        let follows_cue = |l: &Statement, p: &Statement| match (&l.cue_span, &p.cue_span) {
            (Some(c), Some(pc)) => {
                c == pc || c.end <= pc.start && sentence_of(c.start) == sentence_of(pc.start)
            }
            _ => false,
        };
        let inside_last = joined.get(last_at).is_some_and(|l| {
            joined[last_at + 1..]
                .iter()
                .all(|p| p.span.start >= l.span.end && follows_cue(l, p))
        });
        let last_at = if between > 0 && inside_last && joined.get(last_at).is_some_and(quotes) {
            last_at
        } else {
            joined.len().saturating_sub(1)
        };
        if let Some(last) = joined.last_mut() {
            // Quoted words inside the paraphrase just before, credited to the same speaker,
            // are its marked words, not a second statement ("mocked the complaint, saying
            // anybody who complains “is not having a good night.”").
            let inside = last.span.start <= st.span.start && st.span.end <= last.span.end;
            let same_speaker = st.speaker.is_some() && st.speaker == last.speaker;
            let quoted = st.form != StatementForm::Indirect;
            if inside && quoted && last.form == StatementForm::Indirect && same_speaker {
                last.quoted.push(st.span);
                continue;
            }
        }
        // `"A," she sang, before asking him, "B?"`: a participle of speech between the pieces
        // introduces the second as an utterance of its own; one that heads a paraphrase
        // between them (`"A," he said, noting that …. "B."`) introduced that paraphrase.
        let paraphrases = joined.get(last_at + 1..).unwrap_or_default();
        let heads_paraphrase = |t: &token::Token| {
            paraphrases.iter().any(|p| {
                p.cue_span
                    .as_ref()
                    .is_some_and(|c| c.start <= t.span.start && t.span.end <= c.end)
            })
        };
        let own_participle = joined.get(last_at).is_some_and(|last| {
            last.span.end <= st.span.start
                && token::tokenize(text, last.span.end..st.span.start)
                    .iter()
                    .filter(|t| t.is_word && !heads_paraphrase(t))
                    .map(|t| t.text(text).to_lowercase())
                    .any(|w| {
                        w.ends_with("ing")
                            && crate::lexicon::Lexicon::get().speech_verbs.contains_key(&w)
                    })
        });
        if let Some(last) = joined.get_mut(last_at) {
            // The cue stands between the pieces: `"A," he said, "B."`.
            let cue_between = st
                .cue_span
                .as_ref()
                .is_some_and(|c| last.span.end <= c.start && c.end <= st.span.start);
            // The paragraph of the last piece: an utterance may have gone on from an earlier one.
            let (here, before) = (
                paragraph(st.span.start),
                paragraph(last.span.end.saturating_sub(1)),
            );
            // `"A," he said. ¶ "B."`: a quote that opens the next paragraph with no cue of its
            // own goes on with the same utterance.
            // The paragraph is the one after the last piece's, which may itself have gone on
            // from an earlier paragraph (a quote over three paragraphs).
            let last_piece = paragraph(last.span.end.saturating_sub(1));
            let goes_on = here.is_some_and(|h| Some(h) == last_piece.map(|b| b + 1))
                && here.is_some_and(|h| {
                    let before_quote = text.get(seg.paragraphs[h].start..st.span.start);
                    before_quote.is_some_and(|b| b.chars().all(|c| "\"“‘'«„".contains(c)))
                })
                && st.cue_span.as_ref().is_some_and(|c| c.end <= st.span.start);
            // `He said: "A." "B."`: quotes side by side; `"A" -- the writer's aside -- "B,"
            // she said`: the aside between dashes does not part them.
            let gap = text.get(last.span.end..st.span.start).unwrap_or_default();
            let adjacent = gap
                .chars()
                .all(|c| c.is_whitespace() || "\"“”‘’'«»„.,".contains(c))
                || dashed_aside(gap);
            let inherited = st
                .cue_span
                .as_ref()
                .is_some_and(|c| c.end <= last.span.start);
            // `"A," Lee wrote in a statement explaining why …, "but B."`: a second piece that
            // opens in lower case goes on with the first's sentence, whatever participle stands
            // between; `"A," said Ekovich, who noted that …. "B."`: a piece credited through a
            // later cue of the first's sentence, to the same speaker, is the same utterance.
            let continues = text
                .get(st.span.clone())
                .and_then(|t| t.chars().find(|c| c.is_alphabetic()))
                .is_some_and(char::is_lowercase)
                && gap
                    .trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'«„".contains(c))
                    .strip_suffix(',')
                    .is_some_and(|g| !g.ends_with(" that"));
            let same_cue = st.cue_span == last.cue_span
                || here == before && continues && follows_cue(last, &st);
            // `Smith said the plan would fail: "A."`, `… “a waste,” Smith said. “A.”`: a quote
            // that goes on from a paraphrase through the same cue, after a colon or after the
            // cue's own sentence, is that paraphrase's quoted words: one utterance. (A quote in
            // the next sentence of a paraphrase whose cue came before it is left apart: it is
            // as often a second utterance.)
            let opened = gap.trim().ends_with(|c: char| "\"“‘'«„".contains(c));
            let before_quote =
                gap.trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'«„".contains(c));
            let paraphrase_goes_on = last.form == StatementForm::Indirect
                && clauses.contains(&(last.span.start, last.span.end))
                && st.speaker.is_some()
                && st.cue_span.is_some()
                && st.cue_span == last.cue_span
                && opened
                && (inherited && before_quote.ends_with(':')
                    || cue_between && before_quote.ends_with('.'));
            // A cue read once more reaches no further than the paragraph the utterance opened in
            // (`… said: "A. ¶ "B." The book said the pair had "C"`: "C" is not his).
            let inherited = inherited && here == paragraph(last.span.start);
            let same_attribution = (here == before && (cue_between || adjacent || inherited)
                || goes_on)
                && (!own_participle || continues)
                && same_cue
                && st.speaker == last.speaker
                && quotes(&st)
                && (quotes(last) || paraphrase_goes_on);
            if same_attribution {
                let paraphrase = last.form == StatementForm::Indirect || !last.quoted.is_empty();
                if last.form == StatementForm::Indirect {
                    last.quoted.extend(st.pieces.iter().cloned());
                    if st.pieces.is_empty() {
                        last.quoted.push(st.span.clone());
                    }
                    last.form = StatementForm::Partial;
                }
                last.span = last.span.start..st.span.end.max(last.span.end);
                last.pieces.extend(st.pieces);
                for e in st.about {
                    if !last.about.contains(&e) {
                        last.about.push(e);
                    }
                }
                if st.form == StatementForm::Direct && !paraphrase {
                    last.form = StatementForm::Direct;
                }
                continue;
            }
        }
        joined.push(st);
    }
    *statements = joined;
}

/// "She said she speaks about race because “you talk about …”", "Lynch said she recalled
/// thinking, “This is …”": a speaker's quoted words, with a cue of their own, inside what she
/// is reported to have said are part of that statement, not a second one. (A paraphrase
/// inside stays: "he said he has ordered a review" is an order too.)
fn no_statement_inside_own_report(statements: &mut Vec<Statement>) {
    let inside = |inner: &Statement, outer: &Statement| {
        outer.form != StatementForm::Direct
            && inner.form != StatementForm::Indirect
            && inner.speaker.is_some()
            && inner.speaker == outer.speaker
            && (outer.span.start, outer.span.end) != (inner.span.start, inner.span.end)
            && outer.span.start <= inner.span.start
            && inner.span.end <= outer.span.end
            && inner
                .cue_span
                .as_ref()
                .is_some_and(|c| outer.span.start <= c.start && c.end <= outer.span.end)
    };
    let nested: Vec<bool> = statements
        .iter()
        .map(|st| statements.iter().any(|outer| inside(st, outer)))
        .collect();
    let mut flags = nested.into_iter();
    statements.retain(|_| !flags.next().unwrap_or(false));
}

/// "X announced and said that …", "X cited and mentioned …": two cues of one clause read the
/// same words twice. A statement's IRI comes from its characters, so the words are one
/// statement: the first reading is kept, or the first that names its source.
fn one_statement_per_span(statements: &mut Vec<Statement>) {
    let mut kept: Vec<Statement> = Vec::with_capacity(statements.len());
    let mut index: std::collections::HashMap<(usize, usize), usize> =
        std::collections::HashMap::new();
    for st in statements.drain(..) {
        match index.get(&(st.span.start, st.span.end)) {
            Some(&k) if kept[k].pieces == st.pieces => {
                if kept[k].speaker.is_none() && st.speaker.is_some() {
                    kept[k] = st;
                }
            }
            _ => {
                index.insert((st.span.start, st.span.end), kept.len());
                kept.push(st);
            }
        }
    }
    *statements = kept;
}

/// Whether the words between two quotes are only an aside between dashes, their quote marks
/// aside: `” -- that the port is too small -- “`.
fn dashed_aside(gap: &str) -> bool {
    let marks = |c: char| c.is_whitespace() || "\"“”‘’'«»„,".contains(c);
    let inner = gap.trim_matches(marks);
    let dashes = ['-', '—', '–'];
    let quoted = inner.contains(['"', '“', '”']);
    inner.len() > 4 && inner.starts_with(dashes) && inner.ends_with(dashes) && !quoted
}

/// "A Conservative spokeswoman said … She said: “…”": a pronoun no entity could be found for
/// stands for the unnamed source described just before it, within two paragraphs.
fn pronoun_sources_to_descriptions(
    lx: &crate::lexicon::Lexicon,
    seg: &segment::Segments,
    text: &str,
    statements: &mut [Statement],
) {
    let paragraph = |byte: usize| seg.paragraph_of(byte);
    let words = |st: &Statement| st.speaker_span.clone().map(|s| text[s].to_lowercase());
    for i in 1..statements.len() {
        let Some(pronoun) = words(&statements[i]) else {
            continue;
        };
        // "A spokesman for the Home Office said … said the spokesman": the body the first
        // spoke for, as the first did.
        if let Some(head) = pronoun.strip_prefix("the ").filter(|h| {
            matches!(*h, "spokesman" | "spokeswoman" | "spokesperson")
                && statements[i].speaker.is_none()
        }) {
            let here = paragraph(statements[i].span.start).unwrap_or(0);
            let spoke_for = (0..i).rev().map(|k| &statements[k]).find_map(|d| {
                let near = paragraph(d.span.start).is_some_and(|p| here.saturating_sub(p) <= 2);
                let span = d.speaker_span.as_ref().filter(|_| near)?;
                // The few words before the source's name, not the whole text before it.
                let mut from = span.start.saturating_sub(40);
                while !text.is_char_boundary(from) {
                    from += 1;
                }
                let before = text[from..span.start].trim_end().to_lowercase();
                let before = before.strip_suffix(" the").unwrap_or(&before);
                before
                    .ends_with(&format!("{head} for"))
                    .then_some(d.speaker)
                    .flatten()
            });
            if spoke_for.is_some() {
                statements[i].speaker = spoke_for;
            }
            continue;
        }
        // Descriptions the pronoun cannot stand for: "he" is not "a spokeswoman".
        let other: &[&str] = match pronoun.as_str() {
            "he" => &["spokeswoman", "woman", "chairwoman"],
            "she" => &["spokesman", "man", "chairman"],
            "they" | "it" => &[],
            _ => continue,
        };
        if statements[i].speaker.is_some() {
            continue;
        }
        let here = paragraph(statements[i].span.start).unwrap_or(0);
        let near =
            |d: &&Statement| paragraph(d.span.start).is_some_and(|p| here.saturating_sub(p) <= 2);
        let donor = (0..i)
            .rev()
            .map(|k| &statements[k])
            .take_while(near)
            .find(|d| {
                words(d).is_some_and(|w| {
                    // "he" is not "the council": a person's pronoun never stands for a body.
                    let head = w.split_whitespace().next_back().unwrap_or_default();
                    let body =
                        lx.org_nouns.contains_key(head) || matches!(head, "office" | "media");
                    let person = matches!(pronoun.as_str(), "he" | "she");
                    // Nor is "he" "Tory sources": one person is not a plural; "they" is one
                    // ("analysts said … They also pointed out"), never one named person.
                    let plural = head.ends_with('s') && !head.ends_with("ss");
                    let they = pronoun == "they";
                    // "The prime minister and Alan Milburn … what they claim": two people
                    // joined are a "they" too.
                    let unnamed_plural =
                        they && (plural && d.speaker.is_none() || w.contains(" and "));
                    (w.contains(' ') || unnamed_plural)
                        && !w.split_whitespace().any(|t| other.contains(&t))
                        && !(person && (body || plural))
                        && !(they && !unnamed_plural && !body)
                })
            });
        if let Some(donor) = donor {
            let (speaker, span) = (donor.speaker, donor.speaker_span.clone());
            statements[i].speaker = speaker;
            statements[i].speaker_span = span;
        }
    }
}

/// `Trump called the deal “a terrible mistake,”`, `Lee said she was “going to win.”`: a partial
/// quote after its cue with the reporter's words between them is the end of a paraphrase, and
/// the statement is the clause from the cue on, its quoted words marked. None when the quote
/// follows its cue directly (`said: “…”`) or the cue is in another sentence.
fn clause_of_partial_quote(
    a: &analysis::Analysis,
    q: &quote::RawQuote,
    att: &quote::Attribution,
) -> Option<Span> {
    if q.form != StatementForm::Partial {
        return None;
    }
    let cue = att.cue_span.as_ref()?;
    let close = q.close?;
    if cue.end > q.open || a.sentence_of(cue.start)? != a.sentence_of(q.open)? {
        return None;
    }
    let between = &a.text[cue.end..q.open];
    let words = between.split_whitespace().count();
    let plain = between
        .chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '\'' | '’' | '-'));
    if words == 0 || words > 8 || !plain || a.in_quote(cue.end) {
        return None;
    }
    // "spoke positively about China’s “objective and fair” stance": a manner or a topic after
    // the cue, not what was said; "were discussed by a “group of people”": a passive's agent.
    let first = between
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let topic = first.ends_with("ly")
        || matches!(
            first.as_str(),
            "about" | "on" | "of" | "in" | "at" | "with" | "to" | "for" | "over" | "from" | "by"
        );
    // `promised that “we won't raise taxes”`: the quote is the whole clause already.
    if topic || first == "that" && words == 1 {
        return None;
    }
    // `told supporters Tuesday night that “…”`: the addressee and the time are the reporter's
    // framing; the clause starts at its complementizer.
    let start = match between
        .match_indices("that")
        .find(|(k, _)| {
            let before = between[..*k].chars().next_back();
            let after = between[k + 4..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(k, _)| k)
    {
        Some(k) if k > 0 => cue.end + k,
        _ => cue.end + (between.len() - between.trim_start().len()),
    };
    // `saying he would direct the agency “to stop deportations against” certain immigrants`:
    // the clause goes on after the quoted words to where the reported clause ends. Not after
    // a reason (`tore into Lee for flying “all the way to Moscow” without …`): what was said
    // is the quoted words, the rest is the reporter's.
    let reason = between.split_whitespace().any(|w| w == "for");
    let s = a.sentence_of(q.open)?;
    let end = if reason {
        close
    } else {
        speech::end_of_content(a, s, start).max(close)
    };
    Some(start..end)
}

/// Whether a quotation ends with its comma and its attribution follows at once: `“…,” said
/// Lee`, `“…,” Lee said` (a source of at most four words between, and a cue not in -ing).
fn closes_with_comma_before_cue(
    a: &analysis::Analysis,
    q: &quote::RawQuote,
    att: &quote::Attribution,
) -> bool {
    let (Some(cue), Some(close)) = (att.cue_span.as_ref(), q.close) else {
        return false;
    };
    let comma_inside = a.text[q.span.clone()].trim_end().ends_with(',');
    let Some(between) = a.text.get(close..cue.start) else {
        return false;
    };
    // `… a “strong leader,” comparing him to …`: a participle says more of someone else.
    let participle = a.text[cue.clone()].ends_with("ing");
    comma_inside
        && !participle
        && between.split_whitespace().count() <= 4
        && between.chars().all(|c| {
            c.is_alphanumeric() || c.is_whitespace() || matches!(c, '.' | '-' | '’' | '\'')
        })
}

/// `Not paying taxes “makes me smart,” Lee said.`, `With so many systems, “there is no single
/// point of failure,” she said.`: a partial quote that finishes the reporter's words opening its
/// sentence, credited by a cue after it, is the end of what was said; the statement is the
/// sentence up to the quote's close, its quoted words marked. None when anything before the
/// quote is quoted or introduces it (a colon), or the cue is in another sentence.
fn clause_before_partial_quote(
    a: &analysis::Analysis,
    q: &quote::RawQuote,
    att: &quote::Attribution,
) -> Option<Span> {
    if q.form != StatementForm::Partial {
        return None;
    }
    let (cue, close) = (att.cue_span.as_ref()?, q.close?);
    let s = a.sentence_of(q.open)?;
    if cue.start < close || a.sentence_of(cue.start)? != s {
        return None;
    }
    let start = a.seg.sentences[s].start;
    let before = &a.text[start..q.open];
    let marks = |t: &str| t.contains(['"', '“', '”', '‘']) || t.contains("''");
    let words = before
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric));
    let opens_sentence = words.count() == 0;
    if opens_sentence || marks(before) || before.trim_end().ends_with(':') {
        return None;
    }
    if marks(&a.text[close..cue.start]) {
        return None;
    }
    // Nobody else speaks in the words before the quote.
    let (from, to) = (a.token_at(s, start), a.token_at(s, q.open));
    if (from..to).any(|k| a.quote_verb(s, k).is_some()) {
        return None;
    }
    Some(start..close)
}

/// Fills `doc.annotations` using a given lexicon.
pub fn annotate_with(doc: &mut Document, lexicon: &Lexicon) {
    let mut a = Analysis::new(&doc.text, doc.date, lexicon);
    if a.date.is_none() {
        // A wire dateline dates the story. Nothing else does: a full date in the body is when
        // something happened (a profile's birth date), not when the story was written, and a
        // guess here would date every statement and event ("dateSource" `article`).
        a.date = time::dateline_date(&a);
        doc.date = a.date;
    }
    mention::find_entities(&mut a);
    let quotes = quote::find_quotes(&a);
    a.quotes = quotes.iter().map(|q| q.span.clone()).collect();
    let reported = speech::find_reported(&a);
    // Each sentence's reported contents: a time inside one dates none of the sentence's other
    // statements.
    let mut contents_in: std::collections::HashMap<usize, Vec<Span>> =
        std::collections::HashMap::new();
    for r in &reported {
        contents_in
            .entry(r.sentence)
            .or_default()
            .push(r.content.clone());
    }

    // Attribute in text order, so pronouns can refer to the last speaker.
    enum Item {
        Quote(usize),
        Reported(usize),
    }
    let mut items: Vec<(usize, Item)> = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| (q.open, Item::Quote(i)))
        .chain(
            reported
                .iter()
                .enumerate()
                .map(|(i, r)| (r.content.start, Item::Reported(i))),
        )
        .collect();
    // A paraphrase opening with quoted words comes before the quote it absorbs.
    items.sort_by_key(|(pos, item)| (*pos, matches!(item, Item::Quote(_))));
    let mut previous_quote: Option<(usize, quote::Attribution)> = None;
    let mut statement_of_quote: Vec<Option<usize>> = vec![None; quotes.len()];
    // Contents of reported clauses taken so far: quoted words inside one belong to it.
    let mut paraphrases: Vec<(Span, usize, usize)> = Vec::new();
    for (_, item) in items {
        let (span, form, kind, att, pieces, quoted) = match item {
            Item::Quote(i) => {
                let q = &quotes[i];
                // Quoted words inside a paraphrase are part of it, marked as quoted
                // ("said the plan was “a waste of time”").
                // The paraphrase may stop short of the closing mark and the comma or period
                // inside it (`… “no single point of failure,” he said`).
                let ends_inside = |p: &Span| {
                    let close = q.close.unwrap_or(q.span.end);
                    close <= p.end
                        || a.text.get(p.end..close).is_some_and(|gap| {
                            gap.chars()
                                .all(|c| matches!(c, ',' | '.' | '”' | '"' | '\'' | '’' | ' '))
                        })
                };
                let paraphrase = paraphrases.iter().find(|(p, cue_end, _)| {
                    p.start <= q.open
                        && ends_inside(p)
                        && !speech::cue_between(&a, *cue_end, q.open)
                });
                if let Some(&(_, _, st)) = paraphrase {
                    // The statement runs on to the quote's closing mark.
                    let close = q.close.unwrap_or(q.span.end);
                    let statement = &mut a.statements[st];
                    if close > statement.span.end {
                        statement.span.end = close;
                        if let Some(last) = statement.pieces.last_mut() {
                            last.end = last.end.max(close);
                        }
                    }
                    statement.quoted.push(q.span.clone());
                    // The quote after it takes its speaker from this paraphrase's source, not
                    // from a quote further back.
                    previous_quote = Some((
                        i,
                        quote::Attribution {
                            speaker: statement.speaker,
                            speaker_span: statement.speaker_span.clone(),
                            cue: statement.cue.clone(),
                            cue_span: statement.cue_span.clone(),
                            anchor: statement.cue_span.as_ref().map(|c| c.start),
                            confidence: statement.confidence,
                        },
                    ));
                    continue;
                }
                let prev = previous_quote.as_ref().map(|(pi, att)| (&quotes[*pi], att));
                let mut att = quote::attribute_quote(&a, q, prev);
                (att.speaker, att.speaker_span) =
                    speech::who_speaks(&a, att.speaker, att.speaker_span.take());
                // A few quoted words credited to no one are a scare quote, a title or a
                // nickname ("the so-called “reset”"), not something said; one or two quoted
                // words are a label even with a speaker near ("called it “quack magic”").
                // A fragment of a sentence with neither a source nor a cue ("would make her
                // “a third term” as commander") is the reporter's borrowing of a few words: no
                // utterance stands behind it that a reader could credit.
                let credited = att.speaker.is_some() || att.speaker_span.is_some();
                let words = word_count(a.text, &q.span);
                let borrowed = !credited && att.cue.is_none() && words < MIN_UNCREDITED_FRAGMENT;
                // `The plan may be “strategic,” said Lee`: one or two quoted words closing,
                // with their comma, a clause that the cue right after them credits are part of
                // what was said.
                let closes_credited_clause = credited
                    && closes_with_comma_before_cue(&a, q, &att)
                    && clause_before_partial_quote(&a, q, &att).is_some();
                if q.form == StatementForm::Partial
                    && (words < 3 && !closes_credited_clause
                        || !credited && words < 4
                        || borrowed
                        || a.is_named_title(q.open))
                {
                    continue;
                }
                previous_quote = Some((i, att.clone()));
                statement_of_quote[i] = Some(a.statements.len());
                match clause_of_partial_quote(&a, q, &att)
                    .or_else(|| clause_before_partial_quote(&a, q, &att))
                {
                    Some(clause) => {
                        let form = speech::form_of(&a, &clause);
                        let quoted = vec![q.span.clone()];
                        (
                            clause.clone(),
                            form,
                            AttributionKind::Speech,
                            att,
                            vec![clause],
                            quoted,
                        )
                    }
                    None => (
                        q.span.clone(),
                        q.form,
                        AttributionKind::Speech,
                        att,
                        vec![q.span.clone()],
                        Vec::new(),
                    ),
                }
            }
            Item::Reported(i) => {
                let r = &reported[i];
                let att = speech::attribute_reported(&a, r);
                if att.cue.is_none() {
                    continue;
                }
                let cue_end = att.cue_span.as_ref().map_or(r.content.start, |c| c.end);
                paraphrases.push((r.content.clone(), cue_end, a.statements.len()));
                (
                    r.content.clone(),
                    r.form,
                    r.kind,
                    att,
                    r.pieces.clone(),
                    Vec::new(),
                )
            }
        };
        let anchor = att.anchor.unwrap_or(span.start);
        let date = a.sentence_of(anchor).and_then(|s| {
            let others = contents_in.get(&s).map_or(&[][..], Vec::as_slice);
            time::date_outside(&a, s, Some(anchor), Some(&span), others)
        });
        let about = {
            let mut about: Vec<EntityId> = Vec::new();
            for mi in a.mentions_in(&span) {
                let e = a.mentions[mi].entity;
                if Some(e) != att.speaker && !about.contains(&e) {
                    about.push(e);
                }
            }
            about
        };
        let addressee = match (&att.cue, &att.cue_span) {
            (Some(cue), Some(cue_span)) => speech::addressee(&a, cue, cue_span),
            _ => None,
        }
        .filter(|&e| Some(e) != att.speaker);
        a.statements.push(Statement {
            form,
            pieces,
            quoted,
            span,
            speaker: att.speaker,
            speaker_span: att.speaker_span,
            kind,
            cue: att.cue,
            cue_span: att.cue_span,
            addressee,
            about,
            date,
            confidence: att.confidence,
        });
    }
    // A quote left open and continued ("…potential. "It is wrong…," she said) takes the speaker
    // its continuation is credited to.
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let (Some(this), Some(next)) = (statement_of_quote[i], statement_of_quote[i + 1]) else {
            continue;
        };
        let continued = quotes[i].close.is_none()
            && (quotes[i + 1].continuation || quotes[i + 1].paragraph == quotes[i].paragraph);
        let uncredited =
            a.statements[this].speaker.is_none() && a.statements[this].speaker_span.is_none();
        if continued && uncredited && a.statements[next].speaker.is_some() {
            let donor = a.statements[next].clone();
            let st = &mut a.statements[this];
            st.speaker = donor.speaker;
            st.speaker_span = donor.speaker_span;
            st.cue = donor.cue;
            st.cue_span = donor.cue_span;
            st.date = donor.date;
            st.confidence = donor.confidence * 0.9;
        }
    }
    pronoun_sources_to_descriptions(a.lx, &a.seg, a.text, &mut a.statements);
    for (st, speaker) in speech::lede_descriptions_named_next(&a) {
        a.statements[st].speaker = Some(speaker);
    }
    // A paraphrase a quote may go on from reads as a clause ("said the plan would fail:"), not
    // as the cue's object ("told the Herald:").
    let clauses = a
        .statements
        .iter()
        .filter(|st| st.form == StatementForm::Indirect && speech::has_verb(&a, &st.span))
        .map(|st| (st.span.start, st.span.end))
        .collect();
    join_split_quotes(a.text, &a.seg, &clauses, &mut a.statements);
    one_statement_per_span(&mut a.statements);
    no_statement_inside_own_report(&mut a.statements);
    a.statements_changed();
    let relations = relation::find_relations(&a);
    doc.annotations = Annotations {
        paragraphs: a.seg.paragraphs.clone(),
        sentences: a.seg.sentences.clone(),
        boilerplate: a.seg.boilerplate.clone(),
        entities: a.entities,
        mentions: a.mentions,
        statements: a.statements,
        relations,
    };
}
