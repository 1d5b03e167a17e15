//! Web pages saved as HTML: the article's headline, date, publisher and address from the page
//! metadata, its main text from the page body.
//!
//! Entry point: [`read_html`]. The steps, one file each:
//! - `charset.rs`: the bytes are decoded by the page's byte-order mark or declared charset
//!   (WHATWG Encoding Standard via `encoding_rs`); undecodable bytes become U+FFFD with a
//!   warning on the article, never a refusal.
//! - the page is parsed with `scraper` (html5ever: entities decoded, broken markup repaired the
//!   way browsers do it) and scanned once for metadata ([`Page`]);
//! - `metadata.rs`: headline, date, publisher, URL;
//! - `content.rs`: the main block (Readability's algorithm, `dom_smoothie`) and its paragraphs
//!   without page furniture; the standfirst printed above it is put back in front when the
//!   block left it out ([`Page::printed_deck`]).
//!
//! [`Article::text`] is the headline, a blank line, and the paragraphs separated by blank
//! lines.
//!
//! # Rationale
//!
//! Nesting deeper than `depth::MAX_DEPTH` elements is flattened before parsing (`depth.rs`),
//! since the parser's scope checks would take time in the square of the depth. Every tree walk
//! of ours is iterative ([`walk::walk`]), so absurdly deep nesting cannot
//! overflow the stack; such pages skip `dom_smoothie` for our own one-pass fallback. A bad
//! date, a bad byte or broken JSON-LD costs that piece of information, never the article: only
//! a page without any text is refused.

mod charset;
mod content;
mod depth;
mod metadata;
mod walk;

use super::text::Lead;
use super::{collapse_whitespace, normalize_newlines, Article, Draft, IngestError};
use content::Shape;
use scraper::{ElementRef, Html};
use serde_json::Value;
use walk::{walk, Visit};

/// Reads one HTML page. `key` is the page URL when it has one, else the article id
/// ([`super::Source`] replaces the latter with the file's `file://` URL).
///
/// # Errors
///
/// [`IngestError::Binary`] for NUL bytes near the start, [`IngestError::Empty`] when the page
/// has no text.
pub fn read_html(origin: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    let decoded = charset::decode_page(bytes);
    // A NUL in decoded text near the start: not a page (UTF-16 pages decode without NULs).
    if decoded.text.chars().take(8 << 10).any(|c| c == '\0') {
        return Err(IngestError::Binary {
            origin: origin.to_string(),
        });
    }
    let mut warnings = Vec::new();
    if let Some(problem) = decoded.problem {
        warnings.push(format!("{origin}: {problem}"));
    }
    let mut source = normalize_newlines(&decoded.text);
    // Control characters (NUL further on included) are removed with a warning, as in text and
    // JSON Lines; the parser would otherwise drop some silently and keep others.
    if let Some(first) = source.find(super::is_stray_control) {
        let line = super::line_at(&source, first);
        let removed = source.matches(super::is_stray_control).count();
        warnings.push(format!(
            "{origin}: {removed} control character{} removed (the first at line {line} of the page)",
            if removed == 1 { "" } else { "s" }
        ));
        source = source.replace(super::is_stray_control, "");
    }
    if let Some((flat, dropped)) = depth::flatten(&source, depth::MAX_DEPTH) {
        warnings.push(format!(
            "{origin}: elements nested deeper than {} levels flattened ({dropped} tags dropped, their text kept)",
            depth::MAX_DEPTH
        ));
        source = flat;
    }
    let document = Html::parse_document(&source);
    let page = Page::scan(&document);

    let mut paragraphs = content::main_text(&source, &page);
    if let Some(deck) = page.printed_deck(&paragraphs) {
        paragraphs.insert(0, deck);
    }
    let title = page.headline();
    if title.is_some() && paragraphs.first() == title.as_ref() {
        paragraphs.remove(0);
    }
    if paragraphs.is_empty() {
        return Err(IngestError::Empty {
            origin: origin.to_string(),
        });
    }
    let body = paragraphs.join("\n\n");
    let lead = Lead::of(&body);
    let url = page.url();

    let mut draft = Draft::with_title_and_body(origin.to_string(), title, body);
    draft.key.clone_from(&url);
    draft.url = url;
    draft.date = page.date().or(lead.date);
    draft.source = page.publisher();
    draft.dateline_place = lead.place;
    draft.warnings = warnings;
    draft.finish()
}

/// What one walk over the whole page collects.
#[derive(Default)]
pub(crate) struct Page<'a> {
    /// `(property | name | itemprop, content)`, names lower-cased, in document order.
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    title: Option<String>,
    h1: Option<String>,
    json_ld: Vec<Value>,
    articles: Vec<ElementRef<'a>>,
    mains: Vec<ElementRef<'a>>,
    role_mains: Vec<ElementRef<'a>>,
    /// `<time datetime>`s inside an `<article>` or `<main>`.
    times: Vec<ElementRef<'a>>,
    /// Short texts of elements named for dates (`class="date"`, `<time>` without
    /// `datetime`), and whether they come after the first `<h1>`.
    date_texts: Vec<(String, bool)>,
    /// The first short texts after the first `<h1>`: where a date stands without a name.
    texts_after_h1: Vec<String>,
    body: Option<ElementRef<'a>>,
    root: Option<ElementRef<'a>>,
    shape: Shape,
}

/// An element that holds a printed date: a `<time>`, or one whose class or id has a word with
/// `date`, `datum` or `fecha` in it, or `time`, `published`, `posted`, `release`, `meta`.
fn names_a_date(el: &ElementRef<'_>) -> bool {
    let e = el.value();
    if e.name() == "time" {
        return true;
    }
    if matches!(
        e.name(),
        "html" | "body" | "main" | "article" | "script" | "style"
    ) {
        return false;
    }
    const HINTS: [&str; 8] = [
        "date", "datum", "fecha", "time", "publish", "posted", "release", "meta",
    ];
    [e.attr("class"), e.attr("id")]
        .into_iter()
        .flatten()
        // Most values have none of the words: checked cheaply before splitting.
        .filter(|value| {
            let value = value.to_ascii_lowercase();
            HINTS.iter().any(|h| value.contains(h))
        })
        .flat_map(content::words)
        .any(|w| {
            w.contains("date")
                || w.contains("datum")
                || w.contains("fecha")
                || matches!(
                    w.as_str(),
                    "time" | "published" | "posted" | "timestamp" | "release" | "meta"
                )
        })
}

/// Shortest description looked for as a printed standfirst.
const MIN_DECK: usize = 40;
/// How many body elements are looked at for the standfirst.
const MAX_DECK_ELEMENTS: usize = 5000;

/// How many text nodes after the headline are searched for a date nobody named.
const MAX_TEXTS_AFTER_H1: usize = 40;

/// How many candidates of one kind are weighed, and how many `<time>`s kept: enough for any
/// real page, and a bound on the work for pathological ones.
const MAX_CANDIDATES: usize = 32;

impl<'a> Page<'a> {
    fn scan(document: &'a Html) -> Page<'a> {
        let mut page = Page {
            root: Some(document.root_element()),
            ..Page::default()
        };
        let mut depth = 0usize;
        let mut in_content = 0usize;
        let mut seen_h1 = false;
        walk(document.root_element(), |visit| {
            let el = match visit {
                Visit::Open(el) => el,
                Visit::Close(el) => {
                    depth = depth.saturating_sub(1);
                    if matches!(el.value().name(), "article" | "main") {
                        in_content = in_content.saturating_sub(1);
                    }
                    return true;
                }
                Visit::Text(text) => {
                    let text = text.trim();
                    if seen_h1
                        && !text.is_empty()
                        && text.len() <= metadata::MAX_DATE_TEXT
                        && page.texts_after_h1.len() < MAX_TEXTS_AFTER_H1
                    {
                        page.texts_after_h1.push(text.to_string());
                    }
                    return true;
                }
            };
            let e = el.value();
            page.shape.elements += 1;
            match e.name() {
                "meta" => {
                    if let Some(content) = e.attr("content") {
                        for attr in ["property", "name", "itemprop"] {
                            if let Some(key) = e.attr(attr) {
                                page.metas
                                    .push((key.trim().to_ascii_lowercase(), content.to_string()));
                            }
                        }
                    }
                }
                "link" => {
                    let canonical = e.attr("rel").is_some_and(|rel| {
                        rel.split_ascii_whitespace()
                            .any(|r| r.eq_ignore_ascii_case("canonical"))
                    });
                    if canonical && page.canonical.is_none() {
                        page.canonical = e.attr("href").map(str::to_string);
                    }
                }
                "title" if page.title.is_none() => page.title = Some(el.text().collect()),
                "h1" if page.h1.is_none() => {
                    seen_h1 = true;
                    let h1 = collapse_whitespace(&el.text().collect::<String>());
                    if !h1.is_empty() {
                        page.h1 = Some(h1);
                    }
                }
                "script" => {
                    let is_ld = e
                        .attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                    if is_ld {
                        let text: String = el.text().collect();
                        // Broken JSON-LD is common and not the article's fault: ignore it.
                        if let Ok(value) = serde_json::from_str(text.trim()) {
                            page.json_ld.push(value);
                        }
                    }
                    return false;
                }
                "style" => return false,
                "article" => page.articles.push(el),
                "main" => page.mains.push(el),
                "body" if page.body.is_none() => page.body = Some(el),
                // `<time datetime>`s outside any article are other stories' and the site's.
                "time"
                    if e.attr("datetime").is_some()
                        && in_content > 0
                        && page.times.len() < MAX_CANDIDATES =>
                {
                    page.times.push(el);
                }
                _ => {}
            }
            if matches!(e.name(), "article" | "main") {
                in_content += 1;
            }
            if page.date_texts.len() < MAX_CANDIDATES && names_a_date(&el) {
                let text: String = el.text().take(64).collect();
                if text.len() <= metadata::MAX_DATE_TEXT && !text.trim().is_empty() {
                    page.date_texts.push((collapse_whitespace(&text), seen_h1));
                }
            }
            if e.attr("role")
                .is_some_and(|r| r.eq_ignore_ascii_case("main"))
            {
                page.role_mains.push(el);
            }
            // `itemprop=datePublished` on a <span content> or <time datetime>, not only <meta>.
            if e.name() != "meta" && e.attr("itemprop") == Some("datePublished") {
                if let Some(value) = e.attr("content").or_else(|| e.attr("datetime")) {
                    page.metas.push(("datepublished".into(), value.to_string()));
                }
            }
            depth += 1;
            page.shape.depth = page.shape.depth.max(depth);
            true
        });
        page
    }

    /// The standfirst printed under the headline, when the main block left it out: the text
    /// of an element of the body that is the page's `og:description` (or `description`), at
    /// least [`MIN_DECK`] bytes long, and that the paragraphs do not already begin with or
    /// hold. Pages put the deck in the article's header, which Readability often leaves
    /// behind with the headline.
    fn printed_deck(&self, paragraphs: &[String]) -> Option<String> {
        let description = ["og:description", "description"]
            .iter()
            .find_map(|key| self.meta(key))
            .map(collapse_whitespace)?;
        let description = description.trim_end_matches(['…', '.', ' ']);
        if description.len() < MIN_DECK {
            return None;
        }
        let probe: String = description.chars().take(40).collect();
        if paragraphs.iter().any(|p| p.contains(&probe)) {
            return None;
        }
        let body = self.body?;
        let limit = description.len() * 2;
        body.descendants()
            .filter_map(ElementRef::wrap)
            .filter(|el| {
                matches!(
                    el.value().name(),
                    "p" | "h2" | "h3" | "h4" | "div" | "span" | "strong" | "em" | "dd"
                )
            })
            .take(MAX_DECK_ELEMENTS)
            .find_map(|el| {
                // The element's text, read only as far as a deck could go.
                let mut text = String::new();
                for piece in el.text() {
                    text.push_str(piece);
                    if text.len() > limit {
                        return None;
                    }
                }
                let text = collapse_whitespace(&text);
                text.starts_with(description).then_some(text)
            })
    }

    /// The first non-empty `content` of a meta tag by (lower-case) property or name.
    fn meta(&self, key: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn html(s: &str) -> Article {
        read_html("page.html", s.as_bytes()).unwrap()
    }

    #[test]
    fn the_title_comes_from_og_title_then_title_then_h1() {
        let body = "<body><article><p>Putin met Xi.</p></article></body>";
        let cases = [
            (
                r#"<meta property="og:title" content="OG title"><title>Doc title</title>"#,
                "OG title",
            ),
            (
                r#"<meta property="og:site_name" content="The Daily"><title>Doc title | The Daily</title>"#,
                "Doc title",
            ),
            (
                r#"<meta property="og:site_name" content="The Daily"><title>Doc title - The Daily</title>"#,
                "Doc title",
            ),
            (
                "<title>Doc title | Another Site</title>",
                "Doc title | Another Site",
            ),
            (
                "<title>  Spread\n  over   lines </title>",
                "Spread over lines",
            ),
            ("<title> </title><h1>Heading one</h1>", "Heading one"),
        ];
        for (head, want) in cases {
            let a = html(&format!("<html><head>{head}</head>{body}</html>"));
            assert_eq!(a.title.as_deref(), Some(want), "{head}");
            assert_eq!(&a.text[a.headline.clone().unwrap()], want);
            assert_eq!(a.text, format!("{want}\n\nPutin met Xi."));
        }
    }

    #[test]
    fn the_date_comes_from_metadata_time_elements_or_json_ld() {
        let day = NaiveDate::from_ymd_opt(2023, 3, 21);
        let cases = [
            r#"<meta property="article:published_time" content="2023-03-21T09:00:00+03:00">"#,
            r#"<meta property="og:article:published_time" content="2023-03-21">"#,
            r#"<meta name="pubdate" content="20230321x"><meta name="date" content="2023-03-21">"#,
            r#"<meta name="DC.date.issued" content="March 21, 2023">"#,
            r#"<span itemprop="datePublished" content="2023-03-21"></span>"#,
            r#"<article><time datetime="10:00"></time><time datetime="2023-03-21T10:00Z">x</time><p>t</p></article>"#,
            r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-03-21T08:00:00Z"}]}</script>"#,
        ];
        for extra in cases {
            let a = html(&format!(
                "<html><body>{extra}<p>Putin met Xi.</p></body></html>"
            ));
            assert_eq!(a.date, day, "{extra}");
        }
    }

    #[test]
    fn an_unreadable_date_costs_the_date_not_the_article() {
        for date in ["someday", "10/05/2022 05:22 pm", "2022-13-45"] {
            let page = format!(
                "<html><head>\n<meta name=\"date\" content=\"{date}\">\n</head><body><p>Text.</p></body></html>"
            );
            let a = html(&page);
            assert_eq!(a.date, None, "{date}");
            assert_eq!(a.text, "Text.");
        }
    }

    #[test]
    fn publisher_and_url_come_from_open_graph_canonical_links_and_json_ld() {
        let cases = [
            (
                r#"<meta property="og:site_name" content="The Daily"><link rel="canonical" href="https://example.org/a"><meta property="og:url" content="https://example.org/b">"#,
                Some("The Daily"),
                Some("https://example.org/a"),
            ),
            (
                r#"<link rel="canonical" href="/relative"><meta property="og:url" content="https://example.org/b">"#,
                None,
                Some("https://example.org/b"),
            ),
            (
                r#"<script type="application/ld+json">{"publisher":{"@type":"Organization","name":"Wire Co"}}</script>"#,
                Some("Wire Co"),
                None,
            ),
            (
                r#"<script type="application/ld+json">{ broken json </script>"#,
                None,
                None,
            ),
        ];
        for (head, publisher, url) in cases {
            let a = html(&format!(
                "<html><head>{head}</head><body><p>Putin met Xi.</p></body></html>"
            ));
            assert_eq!(a.source.as_deref(), publisher, "{head}");
            assert_eq!(a.url.as_deref(), url, "{head}");
            assert_eq!(a.key, url.map_or(a.id.clone(), str::to_string), "{head}");
        }
    }

    #[test]
    fn the_text_is_the_paragraphs_of_the_main_content_without_page_furniture() {
        let cases = [
            (
                "<body><nav><p>Menu</p></nav><article><header><p>By Jane Doe</p></header>\
                 <p>First &amp; <b>bold</b>.</p><figure><figcaption>Caption</figcaption></figure>\
                 <h2>Sub</h2><blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>\
                 <ul><li>Item</li></ul><script>var x;</script><aside><p>Ad</p></aside></article>\
                 <footer><p>Copyright</p></footer></body>",
                "First & bold.\n\nSub\n\nQuoted one.\n\nQuoted two.\n\nItem",
            ),
            (
                "<body><p>Line one<br>line   two</p><p hidden>Hidden.</p></body>",
                "Line one\nline two",
            ),
            (
                "<body><div>Old style one.<br><br>Old style two.</div></body>",
                "Old style one.\n\nOld style two.",
            ),
        ];
        for (body, want) in cases {
            let a = html(&format!("<html>{body}</html>"));
            assert_eq!(a.text, want, "{body}");
            assert_eq!(a.title, None);
        }
    }

    #[test]
    fn a_page_without_text_is_empty() {
        for page in [
            "<html><head><title>Only a title</title></head><body></body></html>",
            "<html><body><nav><p>Menu</p></nav></body></html>",
        ] {
            let err = read_html("page.html", page.as_bytes()).unwrap_err();
            assert!(matches!(err, IngestError::Empty { .. }), "{page}: {err}");
        }
    }

    #[test]
    fn a_dateline_in_the_first_paragraph_names_the_place() {
        let a = html("<html><body><p>KYIV, Ukraine (AP) — Sirens sounded.</p></body></html>");
        assert_eq!(a.dateline_place.as_deref(), Some("Kyiv"));
    }

    #[test]
    fn deeply_nested_markup_does_not_overflow_the_stack() {
        let page = format!("{}<p>Deep.</p>", "<div>".repeat(20_000));
        let a = read_html("deep.html", page.as_bytes()).unwrap();
        assert_eq!(a.text, "Deep.");
    }
}
