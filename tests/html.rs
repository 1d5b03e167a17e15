//! Reading saved web pages, one failure class a test: charsets, teaser cards, paragraphs
//! written as `<div>`s, share bars and labels, unreadable and UTC dates, site names on titles.
//! Every page is hand-written: a made-up story inside the furniture real news pages have
//! (navigation, teaser cards, sidebars, share bars, footers).

use chrono::NaiveDate;
use newsgraph::ingest::{read_html, sources, Article, IngestError};

/// The story every page carries: five paragraphs of a made-up local news item.
const STORY: [&str; 5] = [
    "The town council of Lindenbrook voted on Tuesday evening to rebuild the old stone bridge \
     over the river, ending a dispute that had divided the town for almost three years.",
    "The mayor, who had argued for a new crossing further downstream, said she accepted the \
     result, although she still believed that the repairs would cost more than the council \
     expected, and that traffic would suffer for at least two summers.",
    "Engineers from the regional roads office told the meeting that the bridge, built in the \
     eighteenth century, was safe for pedestrians and bicycles, but that heavy lorries would \
     have to use the ring road until the work was finished.",
    "Shop owners on the market square, who had collected more than two thousand signatures \
     for the repairs, welcomed the decision, saying that the bridge brought visitors into the \
     old town, and that a new crossing would have taken them past it.",
    "Work is expected to start next spring, once the river is low enough for the foundations \
     to be inspected, and the council will publish the timetable in the autumn.",
];

fn story_html() -> String {
    STORY.iter().map(|p| format!("<p>{p}</p>\n")).collect()
}

/// A page with the usual furniture around `main_part`.
fn page(head: &str, main_part: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{head}</head>
<body>
<header class="site-header"><a href="/">The Lindenbrook Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="page">
{main_part}
<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/a">Harvest festival draws record crowds to the valley</a></li>
<li><a href="/b">School choir wins the regional competition again</a></li></ul></aside>
</div>
<footer><p>Copyright 2024 The Lindenbrook Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></p></footer>
</body></html>"#
    )
}

fn read(page: &str) -> Article {
    read_html("page.html", page.as_bytes()).unwrap()
}

/// The article text after the headline.
fn body(article: &Article) -> &str {
    match &article.headline {
        Some(span) => article.text[span.end..].trim_start(),
        None => &article.text,
    }
}

fn assert_story(article: &Article) {
    for paragraph in STORY {
        assert!(
            body(article).contains(paragraph),
            "missing {paragraph:?} in\n{}",
            article.text
        );
    }
}

fn assert_left_out(article: &Article, furniture: &[&str]) {
    for piece in furniture {
        assert!(
            !article.text.contains(piece),
            "kept {piece:?} in\n{}",
            article.text
        );
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn pages_in_legacy_charsets_are_decoded_by_their_declaration() {
    let story = "<p>The council met in the caf\u{e9} of the town hall, where the mayor said the \
                 bridge would be rebuilt, as the town had asked, and the work would start next \
                 spring, once the river was low enough for the engineers.</p>"
        .repeat(4);
    // (declaration in the head, encoding to write the page in, word to find).
    let cases: [(&str, &'static encoding_rs::Encoding, &str); 4] = [
        (
            r#"<meta charset="windows-1252">"#,
            encoding_rs::WINDOWS_1252,
            "caf\u{e9}",
        ),
        (
            // Declared after 2 KB of other head elements: beyond the HTML prescan's 1024 bytes.
            &format!(
                "{}<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                "<link rel=\"stylesheet\" href=\"/assets/site-styles.css\">".repeat(50)
            ),
            encoding_rs::WINDOWS_1252,
            "caf\u{e9}",
        ),
        (
            r#"<meta charset="windows-1250">"#,
            encoding_rs::WINDOWS_1250,
            "caf\u{e9}",
        ),
        // No declaration and not UTF-8: the Encoding Standard's fallback, windows-1252.
        ("", encoding_rs::WINDOWS_1252, "caf\u{e9}"),
    ];
    for (declaration, encoding, word) in cases {
        let html = format!(
            "<html><head>{declaration}<title>Bridge vote</title></head><body><article>{story}</article></body></html>"
        );
        let (bytes, _, unmappable) = encoding.encode(&html);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err(), "{declaration}");
        let article = read_html("page.html", &bytes).unwrap();
        assert!(
            article.text.contains(word),
            "{declaration}: {}",
            article.text
        );
        assert!(!article.text.contains('\u{FFFD}'), "{declaration}");
        assert_eq!(article.warnings, Vec::<String>::new(), "{declaration}");
    }
    // Polish letters in windows-1250.
    let html = "<html><head><meta charset=\"windows-1250\"></head><body><p>Rada miasta \
                zdecydowała, że most zostanie odbudowany.</p></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(html);
    let article = read_html("page.html", &bytes).unwrap();
    assert!(
        article.text.contains("zdecydowała, że most"),
        "{}",
        article.text
    );
}

#[test]
fn undecodable_bytes_are_replaced_with_a_warning_naming_the_file() {
    let mut bytes = page(
        "<title>Bridge vote</title>",
        &format!("<article>{}</article>", story_html()),
    )
    .into_bytes();
    // A stray Latin-1 byte in a page that says it is UTF-8.
    let at = bytes.windows(7).position(|w| w == b"council").unwrap();
    bytes.splice(at..at, [b'\xE9']);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stray.html");
    std::fs::write(&path, &bytes).unwrap();
    let articles: Vec<Article> = sources(std::slice::from_ref(&path))
        .into_iter()
        .flat_map(|s| s.unwrap().articles())
        .map(Result::unwrap)
        .collect();
    assert_eq!(articles.len(), 1);
    let article = &articles[0];
    assert!(article.text.contains("\u{FFFD}council"));
    assert_eq!(article.warnings.len(), 1);
    let warning = &article.warnings[0];
    assert!(
        warning.starts_with(&format!(
            "{}: not valid UTF-8: 1 undecodable byte sequence replaced",
            path.display()
        )),
        "{warning}"
    );
}

#[test]
fn binary_files_and_pages_without_text_are_refused_naming_the_file() {
    let err = read_html("img.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
    assert!(matches!(err, IngestError::Binary { .. }), "{err}");
    let err = read_html(
        "empty.html",
        page("", "<div class=\"story\"></div>")
            .replace("Most read", "")
            .as_bytes(),
    );
    // The furniture has text, but no paragraphs of an article: either way the file is named.
    if let Err(err) = err {
        assert!(err.to_string().starts_with("empty.html"), "{err}");
    }
}

#[test]
fn teaser_cards_and_sidebar_widgets_are_not_the_story() {
    let cards: String = [
        "Harbour master retires after forty years",
        "New bus timetable for the valley villages",
        "Library extends its opening hours in winter",
    ]
    .iter()
    .map(|h| {
        format!(
            "<article class=\"card\"><h3><a href=\"/x\">{h}</a></h3><p>A short summary of the \
             other story, with a few words about what happened, where and when.</p></article>"
        )
    })
    .collect();
    let widget = "<article class=\"widget\"><h3>Weather</h3><p>Sunny, 21 degrees, light wind \
                  from the west, rain expected on Thursday, with showers in the hills.</p></article>";
    let main_part = format!(
        "<section class=\"teasers\">{cards}</section>\
         <div class=\"story\"><h1>Council votes to rebuild the old bridge</h1>{}</div>\
         <section class=\"more\">{widget}</section>",
        story_html()
    );
    let article = read(&page("<title>Bridge vote</title>", &main_part));
    assert_story(&article);
    assert_left_out(
        &article,
        &[
            "A short summary of the other story",
            "Sunny, 21 degrees",
            "Harbour master",
        ],
    );
}

#[test]
fn paragraphs_written_as_divs_are_read() {
    let divs: String = STORY
        .iter()
        .map(|p| format!("<div class=\"text-block\">{p}</div>\n"))
        .collect();
    let main_part = format!(
        "<div class=\"video-rail\"><p>Watch: the harvest festival in pictures</p>\
         <p>Watch: the choir's winning performance</p></div>\
         <div class=\"article-body\"><h1>Council votes to rebuild the old bridge</h1>{divs}</div>\
         <div class=\"subscribe-box\"><p>Get the Courier delivered: subscribe now and read \
         every story for one euro a month.</p></div>"
    );
    let article = read(&page("<title>Bridge vote</title>", &main_part));
    assert_story(&article);
    assert_left_out(&article, &["Watch: the", "subscribe now"]);
}

#[test]
fn share_bars_related_links_tags_and_labels_are_left_out() {
    let [p1, p2, p3, p4, p5] = STORY;
    let main_part = format!(
        "<article><h1>Council votes to rebuild the old bridge</h1>\
         <div class=\"share-bar\"><a href=\"/s/f\">Facebook</a> <a href=\"/s/t\">Share on X</a> \
         <a href=\"/s/m\">Email this story</a></div>\
         <p>4 Min Read</p>\
         <p>{p1}</p><p>{p2}</p>\
         <p>Advertisement</p>\
         <p>Read also: <a href=\"/o\">Ferry service to resume after the floods</a></p>\
         <p>{p3}</p><p>{p4}</p>\
         <div class=\"relatedStories\"><h3>Related stories</h3><ul>\
         <li><a href=\"/r1\">How the old bridge was built in the eighteenth century</a></li>\
         <li><a href=\"/r2\">Ring road traffic at record levels this summer</a></li></ul></div>\
         <p>The old bridge at dusk, seen from the market square. (Photo: Jane Roe)</p>\
         <p>{p5}</p>\
         <p>Follow us on Facebook and Instagram for more news from the valley.</p>\
         <p>Tagged: <a href=\"/t/b\">bridges</a>, <a href=\"/t/c\">council</a></p>\
         <p>&copy; 2024 The Lindenbrook Courier. All rights reserved.</p>\
         <div class=\"author-box\"><p>Jane Doe covers local politics for the Courier and has \
         written about the town for ten years.</p></div>\
         </article>"
    );
    let article = read(&page("<title>Bridge vote</title>", &main_part));
    assert_story(&article);
    assert_left_out(
        &article,
        &[
            "Facebook",
            "Share on X",
            "4 Min Read",
            "Advertisement",
            "Ferry service",
            "Related stories",
            "How the old bridge was built",
            "Tagged",
            "Jane Doe covers",
            "(Photo: Jane Roe)",
            "Follow us",
            "All rights reserved",
        ],
    );
}

#[test]
fn an_article_whose_main_holds_text_in_spans_is_read() {
    let spans: String = STORY
        .iter()
        .map(|p| format!("<span class=\"line\">{p}</span><br><br>"))
        .collect();
    let article = read(&page(
        "<title>Bridge vote</title>",
        &format!("<main>{spans}</main>"),
    ));
    assert_story(&article);
}

#[test]
fn an_unreadable_date_costs_the_date_not_the_article() {
    for value in ["10/05/2022 05:22 pm", "someday", "2022-13-45T10:00:00Z"] {
        let head = format!(r#"<meta property="article:published_time" content="{value}">"#);
        let article = read(&page(
            &head,
            &format!("<article>{}</article>", story_html()),
        ));
        assert_eq!(article.date, None, "{value}");
        assert_story(&article);
    }
    // A garbled time after a clear day keeps the day; a readable later candidate is taken.
    let cases = [
        (
            r#"<meta property="article:published_time" content="2022-05-04-0305:49:00-10800">"#,
            ymd(2022, 5, 4),
        ),
        (
            r#"<meta name="date" content="someday"><meta name="pubdate" content="2022-05-04">"#,
            ymd(2022, 5, 4),
        ),
        (
            r#"<meta property="article:published_time" content="Di., 03.05.2022 - 14:45">"#,
            ymd(2022, 5, 3),
        ),
    ];
    for (head, want) in cases {
        let article = read(&page(head, &format!("<article>{}</article>", story_html())));
        assert_eq!(article.date, want, "{head}");
    }
}

#[test]
fn a_utc_timestamp_gives_way_to_the_same_moment_in_local_time() {
    let head = r#"<meta property="article:published_time" content="2022-05-04T02:30:00Z">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-03T22:30:00-04:00"}</script>"#;
    let article = read(&page(head, &format!("<article>{}</article>", story_html())));
    assert_eq!(article.date, ymd(2022, 5, 3));
    // A local date of another story (more than a day away) does not override it.
    let head = r#"<meta property="article:published_time" content="2022-05-04T02:30:00Z">"#;
    let main_part = format!(
        "<article><h1>Council votes</h1>{}<time datetime=\"2020-07-29\">old</time></article>",
        story_html()
    );
    assert_eq!(read(&page(head, &main_part)).date, ymd(2022, 5, 4));
}

#[test]
fn a_date_printed_under_the_headline_is_read() {
    let cases = [
        (
            "<span class=\"date\">03.11.2021 · 11:14</span>",
            ymd(2021, 11, 3),
        ),
        (
            "<div class=\"article-meta\">Von: A. Autor | 03.11.21</div>",
            ymd(2021, 11, 3),
        ),
        (
            "<p class=\"fecha\">martes, 3 de mayo de 2022</p>",
            ymd(2022, 5, 3),
        ),
        ("<time>3. November 2021</time>", ymd(2021, 11, 3)),
        ("<h5>Datum:</h5> 03.11.2021", ymd(2021, 11, 3)),
    ];
    for (printed, want) in cases {
        let main_part = format!(
            "<span class=\"date\">Today: 01.01.2024</span>\
             <div class=\"story\"><h1>Council votes to rebuild the old bridge</h1>{printed}{}</div>",
            story_html()
        );
        let article = read(&page("<title>Bridge vote</title>", &main_part));
        assert_eq!(article.date, want, "{printed}");
    }
}

#[test]
fn site_names_and_sections_are_cut_off_titles() {
    let h1 = "<h1>Council votes to rebuild the old bridge</h1>";
    let cases = [
        (
            r#"<meta property="og:site_name" content="The Lindenbrook Courier"><title>Council votes to rebuild the old bridge | The Lindenbrook Courier</title>"#,
            "",
            "Council votes to rebuild the old bridge",
        ),
        (
            r#"<meta property="og:site_name" content="Courier"><meta property="og:title" content="Courier - Bridge to be rebuilt">"#,
            "",
            "Bridge to be rebuilt",
        ),
        (
            // A section and a date after the headline that the page prints in its <h1>.
            r#"<meta property="og:title" content="Council votes to rebuild the old bridge | Politics | 23.05.2011">"#,
            h1,
            "Council votes to rebuild the old bridge",
        ),
        (
            // An SEO title of the same story: the printed headline wins.
            r#"<meta property="og:title" content="Lindenbrook bridge: council votes to rebuild it">"#,
            h1,
            "Council votes to rebuild the old bridge",
        ),
        (
            // An <h1> that is the site's logo, not the story's headline.
            r#"<meta property="og:title" content="Council votes to rebuild the old bridge">"#,
            "<h1>The Lindenbrook Courier</h1>",
            "Council votes to rebuild the old bridge",
        ),
    ];
    for (head, heading, want) in cases {
        let main_part = format!("<article>{heading}{}</article>", story_html());
        let article = read(&page(head, &main_part));
        assert_eq!(article.title.as_deref(), Some(want), "{head}");
        assert_eq!(&article.text[article.headline.clone().unwrap()], want);
        assert!(
            !body(&article).starts_with(want),
            "headline repeated in the body"
        );
    }
}

#[test]
fn a_page_of_a_thousand_stories_is_read_whole() {
    // Not a timing test (machines differ): a page with a thousand times the story is read,
    // whole, without running out of stack or falling back to nothing.
    let big: String = (0..1000).map(|_| story_html()).collect();
    let article = read(&page(
        "<title>Bridge vote</title>",
        &format!("<article>{big}</article>"),
    ));
    assert_eq!(body(&article).matches(STORY[0]).count(), 1000);
}

/// The story inside `depth` nested `<div>`s.
fn nested_page(depth: usize) -> String {
    page(
        "<title>Bridge vote</title>",
        &format!(
            "{}{}{}",
            "<div>".repeat(depth),
            story_html(),
            "</div>".repeat(depth)
        ),
    )
}

/// The shortest of three reads of `page`, in seconds: one slow read on a busy machine is noise.
fn fastest_read(page: &str) -> f64 {
    (0..3)
        .map(|_| {
            let started = std::time::Instant::now();
            read(page);
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn nesting_past_the_depth_limit_is_flattened_with_a_warning_in_time_linear_in_the_page() {
    let deep = nested_page(100_000);
    let article = read(&deep);
    assert_story(&article);
    assert!(
        article
            .warnings
            .iter()
            .any(|w| w.starts_with("page.html: ") && w.contains("flattened")),
        "{:?}",
        article.warnings
    );
    // Ten times the nesting, at most fifteen times the time (the HTML parser's scope checks
    // made it a hundred times); a floor of 50 ms keeps a fast small read from deciding it.
    let small = fastest_read(&nested_page(10_000)).max(0.05);
    let full = fastest_read(&deep);
    assert!(
        full <= 15.0 * small,
        "10,000 levels: {small:.3} s, 100,000 levels: {full:.3} s"
    );
}

/// Pieces of markup that real pages combine, some of them broken.
const SOUP: [&str; 24] = [
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<article class=\"card\">",
    "</article>",
    "<h2><a href=\"/x\">",
    "</a></h2>",
    "<div class=\"share-bar\">",
    "<main>",
    "<br>",
    "<br><br>",
    "The council voted, again, on the bridge.",
    " Advertisement ",
    "<meta charset=\"windows-1252\">",
    "<meta property=\"article:published_time\" content=\"2022-05-04T02:30:00Z\">",
    "<span class=\"date\">03.11.2021</span>",
    "<h1>Headline</h1>",
    "<title>Headline | Site</title>",
    "<script type=\"application/ld+json\">{\"headline\": \"H &amp;",
    "</script>",
    "<time>3. März",
    "&#8211;&#x;&bogus;",
    "\u{e9}\u{FFFD}<",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any mix of those pieces, and stray bytes, is read or refused with an error naming the
    /// file, never a panic; an article read has text and a headline span inside it.
    #[test]
    fn any_markup_is_read_or_refused_without_panic(
        pieces in proptest::collection::vec(0..SOUP.len(), 0..80),
        stray in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..8),
    ) {
        let mut bytes: Vec<u8> = pieces.iter().flat_map(|&i| SOUP[i].bytes()).collect();
        let at = bytes.len() / 2;
        bytes.splice(at..at, stray);
        match read_html("soup.html", &bytes) {
            Ok(article) => {
                proptest::prop_assert!(!article.text.trim().is_empty());
                if let Some(span) = &article.headline {
                    proptest::prop_assert!(article.text.get(span.clone()).is_some());
                }
            }
            Err(err) => proptest::prop_assert!(err.to_string().starts_with("soup.html")),
        }
    }
}

#[test]
fn the_standfirst_printed_above_the_story_is_kept() {
    let deck = "After three years of dispute, the town will repair its old crossing instead of \
                building a new one downstream.";
    let head = format!(r#"<meta property="og:description" content="{deck}">"#);
    let main_part = format!(
        "<div class=\"story-header\"><h1>Council votes to rebuild the old bridge</h1>\
         <p class=\"deck\">{deck}</p></div><div class=\"story-body\">{}</div>",
        story_html()
    );
    let article = read(&page(&head, &main_part));
    assert_story(&article);
    assert!(body(&article).starts_with(deck), "{}", article.text);
    assert_eq!(article.text.matches(deck).count(), 1);
    // A description the page does not print is not text.
    let head = r#"<meta property="og:description" content="A summary written for search engines only, never shown on the page.">"#;
    let article = read(&page(head, &format!("<article>{}</article>", story_html())));
    assert!(!article.text.contains("search engines"));
}
