//! Web pages saved as HTML: metadata from the page head, main text from the article body.
//!
//! Entry point: [`read_html`]. The page is parsed with `scraper` (html5ever, so entities are
//! decoded and broken markup is repaired the way browsers do it).
//!
//! - Title: `og:title`, else `<title>` (without a ` | Site` or ` - Site` suffix when `Site` is
//!   the page's `og:site_name`), else the first `<h1>`.
//! - Date: `article:published_time`, `og:article:published_time`, `<meta name=date|pubdate|
//!   publishdate|dc.date|dc.date.issued>`, `itemprop=datePublished`, the first `<time
//!   datetime>` in the article, JSON-LD `datePublished`: the first one that parses wins.
//! - Publisher: `og:site_name`, else JSON-LD `publisher.name`. URL: `<link rel=canonical>`,
//!   else `og:url`.
//! - Text: the paragraphs (`<p>`, and `<h2>`–`<h4>`, `<blockquote>`, `<li>`) of the `<article>`
//!   with the most paragraph text, else of `<main>`, else of `[role=main]`, else the `<p>`s of
//!   the body; navigation, headers, footers, asides, scripts, forms and figures are skipped.
//!   [`Article::text`] is the title, a blank line, and the paragraphs separated by blank lines.
//!
//! # Rationale
//!
//! The tree is walked without recursion (first child / next sibling / parent), so a page with
//! absurdly deep nesting cannot overflow the stack. An unparseable `<time datetime>` is
//! skipped (HTML allows times and durations there); an unparseable date in the page metadata
//! is an error, like a bad date in a JSON record, when no other date candidate parses.

use super::text::{parse_date, Lead};
use super::{collapse_whitespace, decode, Article, Draft, IngestError};
use scraper::{ElementRef, Html, Node};
use serde_json::Value;

/// Reads one HTML page. `key` is the page URL when it has one, else the article id
/// ([`super::Source`] replaces the latter with the file's `file://` URL).
///
/// # Errors
///
/// The encoding errors of [`super::read_text`], [`IngestError::Empty`] when the page has no
/// paragraph text, and [`IngestError::Date`] when its metadata dates are all unparseable.
pub fn read_html(origin: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    let source = decode(origin, bytes)?;
    let document = Html::parse_document(&source);
    let page = Page::scan(&document);

    let root = [&page.articles, &page.mains, &page.role_mains]
        .into_iter()
        .find_map(|candidates| best_candidate(candidates))
        .or(page.body)
        .unwrap_or_else(|| document.root_element());
    let rich = page.articles.contains(&root)
        || page.mains.contains(&root)
        || page.role_mains.contains(&root);
    let mut paragraphs = paragraphs(root, if rich { Mode::Rich } else { Mode::Plain });
    if paragraphs.is_empty() {
        // Text in bare <div>s separated by <br>s, as on some older sites.
        paragraphs = paragraphs_of_any_text(root);
    }

    let site = page.meta("og:site_name");
    let title = page
        .meta("og:title")
        .map(collapse_whitespace)
        .or_else(|| {
            let title = collapse_whitespace(page.title.as_deref()?);
            Some(match site {
                Some(site) => strip_site_suffix(&title, site).to_string(),
                None => title,
            })
        })
        .filter(|t| !t.is_empty())
        .or_else(|| page.h1.clone());
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

    let date = match page.date(root, origin, &source)? {
        Some(date) => Some(date),
        None => lead.date,
    };
    let url = [page.canonical.as_deref(), page.meta("og:url")]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|u| u.starts_with("http://") || u.starts_with("https://"))
        .map(str::to_string);
    let publisher = site
        .map(collapse_whitespace)
        .filter(|s| !s.is_empty())
        .or_else(|| page.json_ld.iter().find_map(publisher_name));

    let mut draft = Draft::with_title_and_body(origin.to_string(), title, body);
    draft.key.clone_from(&url);
    draft.url = url;
    draft.date = date;
    draft.source = publisher;
    draft.dateline_place = lead.place;
    Ok(draft.finish())
}

/// What one walk over the whole page collects.
#[derive(Default)]
struct Page<'a> {
    /// `(property | name | itemprop, content)`, names lower-cased, in document order.
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    title: Option<String>,
    h1: Option<String>,
    json_ld: Vec<Value>,
    articles: Vec<ElementRef<'a>>,
    mains: Vec<ElementRef<'a>>,
    role_mains: Vec<ElementRef<'a>>,
    times: Vec<ElementRef<'a>>,
    body: Option<ElementRef<'a>>,
}

/// How many candidates of one kind are weighed, and how many `<time>`s kept: enough for any
/// real page, and a bound on the work for pathological ones.
const MAX_CANDIDATES: usize = 32;

impl<'a> Page<'a> {
    fn scan(document: &'a Html) -> Page<'a> {
        let mut page = Page::default();
        walk(document.root_element(), |visit| {
            let Visit::Open(el) = visit else {
                return true;
            };
            let e = el.value();
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
                        if let Ok(value) = serde_json::from_str(&text) {
                            page.json_ld.push(value);
                        }
                    }
                    return false;
                }
                "style" => return false,
                "article" => page.articles.push(el),
                "main" => page.mains.push(el),
                "body" if page.body.is_none() => page.body = Some(el),
                "time" if e.attr("datetime").is_some() && page.times.len() < MAX_CANDIDATES => {
                    page.times.push(el);
                }
                _ => {}
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
            true
        });
        page
    }

    /// The first `content` of a meta tag by (lower-case) property or name.
    fn meta(&self, key: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// The publication date: the first candidate that parses; an error naming the first
    /// metadata value when there are candidates and none parses.
    fn date(
        &self,
        root: ElementRef<'a>,
        origin: &str,
        source: &str,
    ) -> Result<Option<chrono::NaiveDate>, IngestError> {
        const META_KEYS: [&str; 8] = [
            "article:published_time",
            "og:article:published_time",
            "date",
            "pubdate",
            "publishdate",
            "dc.date",
            "dc.date.issued",
            "datepublished",
        ];
        let metadata: Vec<String> = META_KEYS
            .iter()
            .filter_map(|key| self.meta(key))
            .map(str::to_string)
            .chain(self.json_ld.iter().filter_map(|v| {
                find_key(v, "datePublished")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            }))
            .collect();
        if let Some(date) = metadata.iter().find_map(|v| parse_date(v)) {
            return Ok(Some(date));
        }
        let in_root = |el: &ElementRef<'a>| el.ancestors().any(|a| a.id() == root.id());
        let time = self
            .times
            .iter()
            .filter(|el| in_root(el))
            .filter_map(|el| el.value().attr("datetime"))
            .find_map(parse_date);
        if time.is_some() {
            return Ok(time);
        }
        match metadata.into_iter().next() {
            Some(value) => Err(IngestError::Date {
                origin: origin.to_string(),
                line: source
                    .find(value.as_str())
                    .map(|at| 1 + source[..at].matches('\n').count()),
                value,
            }),
            None => Ok(None),
        }
    }
}

/// `Title | Site` → `Title`, when `Site` is the page's site name.
fn strip_site_suffix<'t>(title: &'t str, site: &str) -> &'t str {
    let site = site.trim();
    if site.is_empty() {
        return title;
    }
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " • "] {
        if let Some(stripped) = title.strip_suffix(site).and_then(|t| t.strip_suffix(sep)) {
            if !stripped.trim().is_empty() {
                return stripped.trim();
            }
        }
    }
    title
}

/// The first value of `key` anywhere in a JSON-LD document, depth first (serde_json bounds
/// the nesting depth, so the recursion is bounded too).
fn find_key<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Object(map) => map
            .get(key)
            .or_else(|| map.values().find_map(|v| find_key(v, key))),
        Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

/// JSON-LD `publisher`: a name, or an object (or list of objects) with a `name`.
fn publisher_name(json_ld: &Value) -> Option<String> {
    let publisher = find_key(json_ld, "publisher")?;
    let name = match publisher {
        Value::String(name) => Some(name.as_str()),
        Value::Object(map) => map.get("name").and_then(Value::as_str),
        Value::Array(items) => items
            .iter()
            .find_map(|p| p.get("name").and_then(Value::as_str)),
        _ => None,
    }?;
    Some(collapse_whitespace(name)).filter(|n| !n.is_empty())
}

/// The candidate with the most paragraph text, if any has some.
fn best_candidate<'a>(candidates: &[ElementRef<'a>]) -> Option<ElementRef<'a>> {
    candidates
        .iter()
        .take(MAX_CANDIDATES)
        .map(|el| {
            let size: usize = paragraphs(*el, Mode::Rich).iter().map(String::len).sum();
            (size, *el)
        })
        .filter(|(size, _)| *size > 0)
        // `max_by_key` keeps the last of equals; the first in document order should win.
        .fold(
            None,
            |best: Option<(usize, ElementRef<'a>)>, (size, el)| match best {
                Some((best_size, _)) if best_size >= size => best,
                _ => Some((size, el)),
            },
        )
        .map(|(_, el)| el)
}

/// Which elements' text counts as article text.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Inside the main content: paragraphs, subheadings, quotes, list items.
    Rich,
    /// In a whole page body: paragraphs only (lists there are menus and link farms).
    Plain,
    /// Everything that is not skipped, split at block boundaries.
    AnyText,
}

/// Elements whose content is never article text.
fn is_skipped(el: &ElementRef<'_>) -> bool {
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
    ) || e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
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
    )
}

fn is_text_block(name: &str, mode: Mode) -> bool {
    match mode {
        Mode::Rich => matches!(name, "p" | "h2" | "h3" | "h4" | "blockquote" | "li"),
        Mode::Plain => name == "p",
        Mode::AnyText => true,
    }
}

/// The paragraphs under `root`, each with its whitespace collapsed; a `<br>` inside a
/// paragraph becomes a newline.
fn paragraphs(root: ElementRef<'_>, mode: Mode) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut buffer = String::new();
    let mut inside = usize::from(mode == Mode::AnyText);
    walk(root, |visit| {
        match visit {
            Visit::Open(el) => {
                if is_skipped(&el) {
                    return false;
                }
                let name = el.value().name();
                if name == "br" {
                    buffer.push('\n');
                } else if is_block(name) {
                    flush(&mut buffer, &mut paragraphs);
                }
                if is_text_block(name, mode) {
                    inside += 1;
                }
            }
            Visit::Close(el) => {
                let name = el.value().name();
                if is_block(name) {
                    flush(&mut buffer, &mut paragraphs);
                }
                if is_text_block(name, mode) {
                    inside = inside.saturating_sub(1);
                }
            }
            Visit::Text(text) => {
                if inside > 0 {
                    buffer.push_str(text);
                }
            }
        }
        true
    });
    flush(&mut buffer, &mut paragraphs);
    paragraphs
}

fn paragraphs_of_any_text(root: ElementRef<'_>) -> Vec<String> {
    // Each line of text is a paragraph: <br><br> separated paragraphs in old markup.
    paragraphs(root, Mode::AnyText)
        .iter()
        .flat_map(|p| p.lines())
        .map(str::to_string)
        .collect()
}

fn flush(buffer: &mut String, paragraphs: &mut Vec<String>) {
    if buffer.trim().is_empty() {
        buffer.clear();
        return;
    }
    let lines: Vec<String> = buffer
        .split('\n')
        .map(collapse_whitespace)
        .filter(|l| !l.is_empty())
        .collect();
    paragraphs.push(lines.join("\n"));
    buffer.clear();
}

enum Visit<'a> {
    Open(ElementRef<'a>),
    Close(ElementRef<'a>),
    Text(&'a str),
}

/// Visits the nodes under `root` (not `root` itself) in document order, without recursion.
/// Returning `false` from an `Open` skips that element's subtree and its `Close`.
fn walk<'a>(root: ElementRef<'a>, mut visit: impl FnMut(Visit<'a>) -> bool) {
    let root_id = root.id();
    let mut next = root.first_child();
    while let Some(node) = next {
        let mut descend = false;
        let mut skipped = false;
        match node.value() {
            Node::Element(_) => {
                if let Some(el) = ElementRef::wrap(node) {
                    descend = visit(Visit::Open(el));
                    skipped = !descend;
                }
            }
            Node::Text(text) => {
                visit(Visit::Text(text));
            }
            _ => {}
        }
        if descend {
            if let Some(child) = node.first_child() {
                next = Some(child);
                continue;
            }
        }
        // Leave `node`, then every ancestor whose last child it was.
        let mut current = node;
        let mut first = true;
        next = loop {
            if !(first && skipped) {
                if let Some(el) = ElementRef::wrap(current) {
                    visit(Visit::Close(el));
                }
            }
            first = false;
            if let Some(sibling) = current.next_sibling() {
                break Some(sibling);
            }
            match current.parent() {
                Some(parent) if parent.id() != root_id => current = parent,
                _ => break None,
            }
        };
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
    fn an_unparseable_metadata_date_is_an_error_naming_the_value_and_line() {
        let page = "<html><head>\n<meta name=\"date\" content=\"someday\">\n</head><body><p>Text.</p></body></html>";
        let err = read_html("page.html", page.as_bytes()).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("page.html:2: unparseable date \"someday\""),
            "{err}"
        );
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
                "<body><nav><p>Menu</p></nav><article><header><p>By X</p></header>\
                 <p>First &amp; <b>bold</b>.</p><figure><figcaption>Caption</figcaption></figure>\
                 <h2>Sub</h2><blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>\
                 <ul><li>Item</li></ul><script>var x;</script><aside><p>Ad</p></aside></article>\
                 <footer><p>Copyright</p></footer></body>",
                "First & bold.\n\nSub\n\nQuoted one.\n\nQuoted two.\n\nItem",
            ),
            (
                "<body><article><p>Teaser.</p></article><article><p>The real story, longer.</p>\
                 <p>More.</p></article></body>",
                "The real story, longer.\n\nMore.",
            ),
            (
                "<body><p>Outside.</p><main><p>Inside main.</p></main></body>",
                "Inside main.",
            ),
            (
                "<body><div role=\"main\"><p>Role main.</p></div><p>Other.</p></body>",
                "Role main.",
            ),
            (
                "<body><ul><li>Home</li></ul><p>Body para.</p></body>",
                "Body para.",
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
