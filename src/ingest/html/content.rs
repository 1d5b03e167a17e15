//! The article's main text: which part of the page holds it, and its paragraphs without the
//! page furniture around and inside it.
//!
//! Entry point: [`main_text`]. Three steps:
//! 1. Page furniture is marked ([`mark_furniture`]): boxes whose class or id names furniture
//!    ([`FURNITURE_WORDS`]: share bars, related-article and newsletter boxes, tag lists, author
//!    boxes, ratings, ad slots, captions and credits) unless they hold a good part of the
//!    page's paragraph text, and lists of teaser cards (another story's linked headline and
//!    summary).
//! 2. The main block is chosen by `dom_smoothie` (Mozilla Readability's scoring: paragraphs and
//!    their commas score, link-dense and navigation-like blocks lose, `<div>`s of bare text
//!    count as paragraphs, the best block takes in its siblings that read like the same text).
//!    When it finds nothing, or the page is too deep or too large for it, the fallback is ours:
//!    the paragraphs of the `<article>` with the most paragraph text, else of `<main>`, else of
//!    `[role=main]`, else of the body.
//! 3. The block's paragraphs are read ([`paragraphs`]), leaving out marked furniture, elements
//!    that are never text (navigation, asides, figures and captions, forms, buttons, scripts,
//!    hidden elements), paragraphs that are mostly link text (a "read also: other story"
//!    line, a list of links), and whole paragraphs that are page labels
//!    (`data/page_boilerplate.tsv`: "Advertisement", "4 min read", "Related stories", photo
//!    credits, follow-us lines, copyright notes, …).
//!
//! # Rationale
//!
//! Main-block choice is a solved problem with a maintained implementation; what it keeps
//! inside the block (labels, promotion lines, captions) is where news pages differ from the
//! pages Readability was tuned on, so that part is ours. Class words are general furniture
//! names matched as whole words of the attribute (`share-bar`, `relatedLinks`, `ad_slot`),
//! never one site's names, state classes (`has-sharing`, `paywall-on`) do not count, and an
//! element holding much of the text is never dropped for its name (`entry share` around the
//! whole story).

use super::walk::{walk, Visit};
use super::{Page, MAX_CANDIDATES};
use dom_query::NodeId;
use dom_smoothie::{Config, Readability};
use regex::RegexSet;
use scraper::{CaseSensitivity, ElementRef, Html};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Pages nested deeper than this, or with more elements than [`MAX_ELEMENTS`], skip
/// `dom_smoothie` (some of whose tree walks recurse, and whose scoring revisits ancestors) for
/// the fallback, which walks the tree without recursion in one pass.
pub const MAX_DEPTH: usize = 256;
/// See [`MAX_DEPTH`].
pub const MAX_ELEMENTS: usize = 60_000;

/// Words in a class or id that name page furniture rather than article text.
pub const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "author",
    "authors",
    "bio",
    "breadcrumb",
    "breadcrumbs",
    "caption",
    "comment",
    "comments",
    "copyright",
    "credit",
    "credits",
    "disclaimer",
    "disclosure",
    "login",
    "newsletter",
    "notice",
    "paywall",
    "rating",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "social",
    "sources",
    "subcaption",
    "subscribe",
    "subscription",
    "tags",
    "widget",
];

/// The paragraphs of the page's main text, each with its whitespace collapsed (a `<br>`
/// inside a paragraph is a newline).
pub fn main_text(source: &str, page: &Page<'_>) -> Vec<String> {
    if page.shape.depth <= MAX_DEPTH && page.shape.elements <= MAX_ELEMENTS {
        if let Some(content) = readability_block(source) {
            let fragment = Html::parse_fragment(&content);
            let paragraphs = paragraphs(fragment.root_element(), Mode::Chosen);
            if !paragraphs.is_empty() {
                return paragraphs;
            }
        }
    }
    let Some(root) = [&page.articles, &page.mains, &page.role_mains]
        .into_iter()
        .find_map(|candidates| best_candidate(candidates))
        .or(page.body)
        .or(page.root)
    else {
        return Vec::new();
    };
    let rich = page.articles.contains(&root)
        || page.mains.contains(&root)
        || page.role_mains.contains(&root);
    let mut found = paragraphs(root, if rich { Mode::Rich } else { Mode::Plain });
    if found.is_empty() {
        // Text in bare <div>s separated by <br>s, as on some older sites.
        found = paragraphs(root, Mode::AnyText);
    }
    found
}

/// The candidate with the most paragraph text, if any has some; the first of equals.
fn best_candidate<'a>(candidates: &[ElementRef<'a>]) -> Option<ElementRef<'a>> {
    let mut best: Option<(usize, ElementRef<'a>)> = None;
    for el in candidates.iter().take(MAX_CANDIDATES) {
        let size: usize = paragraphs(*el, Mode::Rich).iter().map(String::len).sum();
        if size > 0 && best.is_none_or(|(best_size, _)| size > best_size) {
            best = Some((size, *el));
        }
    }
    best.map(|(_, el)| el)
}

/// How big a page's tree is.
#[derive(Clone, Copy, Debug, Default)]
pub struct Shape {
    pub depth: usize,
    pub elements: usize,
}

/// The HTML of the block `dom_smoothie` chooses, classes kept, page furniture marked
/// ([`mark_furniture`]); `None` when it finds none.
fn readability_block(source: &str) -> Option<String> {
    let config = Config {
        keep_classes: true,
        // Our own metadata reading does JSON-LD.
        disable_json_ld: true,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    // The crate is well tested, but a panic on one odd page must cost that page's main-block
    // choice, not the article: the fallback takes over.
    let result = std::panic::catch_unwind(|| {
        let document = dom_query::Document::from(source);
        mark_furniture(&document);
        let mut readability = Readability::with_document(document, None, Some(config)).ok()?;
        readability.parse().ok().map(|a| a.content.to_string())
    });
    result.ok().flatten()
}

/// Marks in the page, before Readability rearranges it, what is furniture by its name (see
/// [`names_furniture`]) unless it holds [`PROTECTED_SHARE`] of the page's paragraph text, and
/// teaser cards: short blocks (at most [`MAX_CARD_TEXT`] bytes of text) around a linked
/// heading, another story's headline and summary, two or more of them side by side.
///
/// Readability unwraps a `<div>` holding a single `<p>` (a newsletter blurb) into that `<p>`,
/// after which the box's name is gone; the mark on every element inside stays. The page is
/// marked, not pruned: Readability's choice of block then stays the one it makes on the page
/// as served (taking furniture out moved it, on some pages, to a headline ticker).
fn mark_furniture(document: &dom_query::Document) {
    let total = paragraph_text_len(document.root());
    let mut doomed = Vec::new();
    for node in document.select("[class], [id]").nodes() {
        let name = node.node_name().unwrap_or_default();
        // Boxes only: `<main>` and `<body>` are what they say whatever their class, and
        // scripts, styles and void elements are Readability's to drop.
        if !is_box(&name) {
            continue;
        }
        let named = [node.attr("class"), node.id_attr()]
            .into_iter()
            .flatten()
            .any(|value| names_furniture(&value));
        if named && (paragraph_text_len(*node) as f64) < PROTECTED_SHARE * total as f64 {
            doomed.push(*node);
        }
    }
    let mut cards = Vec::new();
    for heading in document.select("h2, h3, h4").nodes() {
        if !is_linked_heading(heading) {
            continue;
        }
        let card = heading.ancestors_it(Some(MAX_CARD_DEPTH)).find(|a| {
            matches!(
                &*a.node_name().unwrap_or_default(),
                "article" | "li" | "div" | "section"
            )
        });
        if let Some(card) = card.filter(is_short_card) {
            cards.push(card);
        }
    }
    // Teasers come in lists: a card alone may be the story itself, headline and a short text.
    let mut per_parent: HashMap<Option<NodeId>, usize> = HashMap::new();
    for card in &cards {
        *per_parent.entry(card.parent().map(|p| p.id)).or_default() += 1;
    }
    for card in cards {
        if per_parent[&card.parent().map(|p| p.id)] >= 2 {
            doomed.push(card);
        }
    }
    for node in doomed {
        node.add_class(FURNITURE_MARK);
        // Collected first: the iterator borrows the tree that `add_class` changes.
        for descendant in node.descendants().into_iter().filter(|n| n.is_element()) {
            descendant.add_class(FURNITURE_MARK);
        }
    }
}

/// The class [`mark_furniture`] gives page furniture and everything in it, so that it is still
/// known for furniture after Readability has rearranged the block.
const FURNITURE_MARK: &str = "newsgraph-furniture";

/// Elements that can be page furniture: boxes of content, not the page's main landmarks.
fn is_box(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "article"
            | "section"
            | "aside"
            | "nav"
            | "header"
            | "footer"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "p"
            | "span"
            | "a"
            | "figure"
            | "figcaption"
            | "form"
            | "table"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "button"
            | "iframe"
            | "ins"
    )
}

/// Share of the page's paragraph text that keeps an element named like furniture in the page
/// (`<div class="entry share">` around the whole story).
const PROTECTED_SHARE: f64 = 0.4;

/// Bytes of text in the `<p>`s under `node`.
fn paragraph_text_len(node: dom_query::NodeRef<'_>) -> usize {
    node.descendants_it()
        .filter(|n| n.node_name().is_some_and(|name| &*name == "p"))
        .map(|p| p.text().len())
        .sum()
}

/// A block with one heading and at most [`MAX_CARD_TEXT`] bytes of text. The walk stops as
/// soon as the block is too big, so a heading deep in a large page costs little.
fn is_short_card(card: &dom_query::NodeRef<'_>) -> bool {
    let (mut headings, mut text, mut nodes) = (0, 0, 0);
    for node in card.descendants_it() {
        nodes += 1;
        if node.is_text() {
            text += node.text().len();
        } else if node.node_name().is_some_and(|name| is_heading(&name)) {
            headings += 1;
        }
        if headings > 1 || text > MAX_CARD_TEXT || nodes > MAX_CARD_NODES {
            return false;
        }
    }
    headings == 1
}

/// Most nodes in a teaser card (markup of a picture, a kicker, a date, a summary).
const MAX_CARD_NODES: usize = 200;

/// Longest text of a teaser card: a headline and a summary of a few lines.
const MAX_CARD_TEXT: usize = 500;
/// How far above its heading a teaser card's box may be.
const MAX_CARD_DEPTH: usize = 3;

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// A heading that is a link: inside an `<a href>`, or with most of its text in one.
fn is_linked_heading(heading: &dom_query::NodeRef<'_>) -> bool {
    let is_link = |n: &dom_query::NodeRef<'_>| {
        n.node_name().is_some_and(|name| &*name == "a") && n.has_attr("href")
    };
    if heading
        .ancestors_it(Some(MAX_CARD_DEPTH))
        .any(|a| is_link(&a))
    {
        return true;
    }
    let all = heading.text();
    let all = all.trim();
    let linked: usize = heading
        .descendants_it()
        .filter(is_link)
        .map(|a| a.text().trim().len())
        .sum();
    !all.is_empty() && linked * 2 > all.len()
}

/// Which elements' text counts as article text.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mode {
    /// Inside the main content: paragraphs, subheadings, quotes, list items.
    Rich,
    /// In a whole page body: paragraphs only (lists there are menus and link farms).
    Plain,
    /// Everything that is not skipped, split at block boundaries.
    AnyText,
    /// [`Mode::AnyText`] in the block Readability chose, whose `<header>` is the article's own
    /// (headline, standfirst), not the site's.
    Chosen,
}

/// The paragraphs under `root` in `mode`, page furniture left out (see the module docs).
pub fn paragraphs(root: ElementRef<'_>, mode: Mode) -> Vec<String> {
    let total: usize = root.text().map(str::len).sum();
    let mut out = Paragraphs::default();
    let any_text = matches!(mode, Mode::AnyText | Mode::Chosen);
    let mut inside = usize::from(any_text);
    let mut in_link = 0usize;
    walk(root, |visit| {
        match visit {
            Visit::Open(el) => {
                let own_header = mode == Mode::Chosen && el.value().name() == "header";
                let marked = el
                    .value()
                    .has_class(FURNITURE_MARK, CaseSensitivity::CaseSensitive);
                if (is_skipped(&el) && !own_header) || marked || is_furniture(&el, total) {
                    return false;
                }
                let name = el.value().name();
                if name == "br" {
                    out.buffer.push('\n');
                } else if is_block(name) {
                    out.flush();
                }
                if is_text_block(name, mode) {
                    inside += 1;
                }
                if is_link(&el) {
                    in_link += 1;
                }
            }
            Visit::Close(el) => {
                let name = el.value().name();
                if is_block(name) {
                    out.flush();
                }
                if is_text_block(name, mode) {
                    inside = inside.saturating_sub(1);
                }
                if is_link(&el) {
                    in_link = in_link.saturating_sub(1);
                }
            }
            Visit::Text(text) => {
                if inside > 0 {
                    out.push_text(text, in_link > 0);
                }
            }
        }
        true
    });
    out.flush();
    let mut paragraphs = out.done;
    paragraphs.retain(|p| !is_label(p));
    paragraphs
}

#[derive(Default)]
struct Paragraphs {
    buffer: String,
    /// Characters of the buffer inside links.
    link_chars: usize,
    done: Vec<String>,
}

impl Paragraphs {
    /// Appends a text node: its line breaks are the source's, not the page's (only `<br>`
    /// breaks a line), so they become spaces.
    fn push_text(&mut self, text: &str, in_link: bool) {
        for c in text.chars() {
            self.buffer
                .push(if c == '\n' || c == '\r' { ' ' } else { c });
        }
        if in_link {
            self.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
    }

    /// Ends a block: its lines (`<br>`s) become one paragraph, or several where a blank line
    /// (`<br><br>`) separates them.
    fn flush(&mut self) {
        let link_chars = std::mem::take(&mut self.link_chars);
        if self.buffer.trim().is_empty() {
            self.buffer.clear();
            return;
        }
        let text = std::mem::take(&mut self.buffer);
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        // Mostly link text with a short label at most: a "read also: other story" line, an
        // item of a list of other stories. A sentence that ends in a long link stays.
        if link_chars * 2 > chars && chars.saturating_sub(link_chars) < MAX_LINK_LABEL {
            return;
        }
        let mut lines: Vec<String> = Vec::new();
        for line in text.split('\n').map(super::collapse_whitespace) {
            if !line.is_empty() {
                lines.push(line);
            } else if !lines.is_empty() {
                self.done.push(lines.join("\n"));
                lines.clear();
            }
        }
        if !lines.is_empty() {
            self.done.push(lines.join("\n"));
        }
    }
}

/// Non-link characters a paragraph of mostly link text may have and still be left out as a
/// link ("Read also:", "Lea también:", a date).
const MAX_LINK_LABEL: usize = 25;

/// `<a href>`: a link (an `<a name>` is an anchor around text).
fn is_link(el: &ElementRef<'_>) -> bool {
    el.value().name() == "a" && el.value().attr("href").is_some()
}

/// Elements whose content is never article text.
pub fn is_skipped(el: &ElementRef<'_>) -> bool {
    let e = el.value();
    matches!(
        e.name(),
        "nav"
            | "header"
            | "footer"
            | "aside"
            | "script"
            | "style"
            | "noscript"
            | "form"
            | "figure"
            | "figcaption"
            | "template"
            | "svg"
            | "button"
            | "select"
            | "textarea"
            | "iframe"
            | "object"
            | "canvas"
            | "menu"
            | "dialog"
            | "head"
            | "title"
    ) || e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
}

/// An element whose class or id names page furniture and that holds less than half of the
/// text of the whole (`total` bytes). `<article>`, `<main>` and `<body>` are what they say,
/// whatever their class; state classes (`has-sharing`, `paywall-on`) name what an element
/// has or does, not what it is.
fn is_furniture(el: &ElementRef<'_>, total: usize) -> bool {
    let e = el.value();
    if matches!(e.name(), "article" | "main" | "body") {
        return false;
    }
    let named = [e.attr("class"), e.attr("id")]
        .into_iter()
        .flatten()
        .any(names_furniture);
    named && el.text().map(str::len).sum::<usize>() * 2 < total
}

/// A class or id value with a word of [`FURNITURE_WORDS`] in one of its tokens that is not a
/// state class.
fn names_furniture(value: &str) -> bool {
    // Most class values name no furniture: one case-insensitive scan for the words as
    // substrings settles those before any splitting.
    static ANY_WORD: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let any_word = ANY_WORD.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(FURNITURE_WORDS)
            .expect("furniture words form an automaton")
    });
    if !any_word.is_match(value) {
        return false;
    }
    value
        .split_ascii_whitespace()
        .filter(|token| !is_state_class(token))
        .any(|token| words(token).any(|w| FURNITURE_WORDS.binary_search(&w.as_str()).is_ok()))
}

/// `has-…`, `with-…`, `no-…`, `is-…`, `…-on`, `…-enabled` and the like.
fn is_state_class(token: &str) -> bool {
    let t = token.to_ascii_lowercase();
    [
        "has-", "has_", "with-", "with_", "no-", "no_", "is-", "is_", "show-", "hide-",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        || [
            "-on",
            "_on",
            "-off",
            "_off",
            "-enabled",
            "-disabled",
            "-active",
            "-open",
        ]
        .iter()
        .any(|s| t.ends_with(s))
}

/// The lower-case words of a class or id value: split at non-alphanumerics and at camelCase
/// humps (`relatedLinks` → `related`, `links`).
pub fn words(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .flat_map(|token| {
            let mut parts = Vec::new();
            let mut start = 0;
            let bytes = token.as_bytes();
            for i in 1..bytes.len() {
                if bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase() {
                    parts.push(&token[start..i]);
                    start = i;
                }
            }
            parts.push(&token[start..]);
            parts
        })
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// Longest paragraph (bytes) that is matched against the page labels: a label or a note,
/// never an article paragraph that happens to mention a label's words.
const MAX_LABEL: usize = 400;

/// A whole paragraph that is a page label, not text (`data/page_boilerplate.tsv`).
fn is_label(paragraph: &str) -> bool {
    static LABELS: OnceLock<RegexSet> = OnceLock::new();
    let labels = LABELS.get_or_init(|| {
        let patterns = include_str!("../../../data/page_boilerplate.tsv")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| format!("(?i)^(?:{l})$"));
        RegexSet::new(patterns).expect("data/page_boilerplate.tsv: valid regular expressions")
    });
    paragraph.len() <= MAX_LABEL && labels.is_match(paragraph.trim())
}

/// Elements that start and end a line of text when rendered.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "pre"
            | "address"
            | "hr"
            | "center"
            | "details"
            | "summary"
            | "body"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "figure"
    )
}

fn is_text_block(name: &str, mode: Mode) -> bool {
    match mode {
        Mode::Rich => matches!(name, "p" | "h2" | "h3" | "h4" | "blockquote" | "li"),
        Mode::Plain => name == "p",
        Mode::AnyText | Mode::Chosen => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_words_are_sorted_for_binary_search() {
        assert!(FURNITURE_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn pages_nested_up_to_the_depth_limit_go_through_readability_on_a_small_stack() {
        let story = "<p>The council voted on Tuesday to rebuild the bridge, which the town had \
                     asked for, and the work will start next spring, once the river is low.</p>"
            .repeat(5);
        let depth = MAX_DEPTH - 10;
        let page = format!(
            "<html><body>{}{story}{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        // Ingest runs on worker threads, whose stacks are 2 MiB.
        let content = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || readability_block(&page))
            .unwrap()
            .join()
            .unwrap();
        assert!(content.is_some_and(|c| c.contains("rebuild the bridge")));
    }

    #[test]
    fn page_labels_are_whole_paragraphs() {
        for label in [
            "Advertisement",
            "4 Min Read",
            "Lesezeit: 3 Minuten",
            "Read also: Ferry service to resume",
            "Tagged: bridges, council",
            "By Jane Doe",
            "Von Max Muster, Berlin",
            "Por Juan Pérez y Ana Gómez",
            "The old bridge at dusk. (Photo: Jane Roe)",
        ] {
            assert!(is_label(label), "{label}");
        }
        for text in [
            "Von Entwarnung keine Spur.",
            "By the end of the year the bridge will be open again.",
            "Advertisement revenue fell by a third, the council said.",
            "Por fin llegó la lluvia al valle.",
        ] {
            assert!(!is_label(text), "{text}");
        }
    }

    #[test]
    fn class_words_split_at_punctuation_and_camel_case() {
        let got: Vec<String> = words("relatedLinks share_bar  js-AdSlot").collect();
        assert_eq!(
            got,
            ["related", "links", "share", "bar", "js", "ad", "slot"]
        );
    }
}
