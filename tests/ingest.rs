//! Ingest end to end: command-line paths → sources → articles, on the sample articles in
//! `data/articles/` and on hand-made bad inputs in temporary directories.
//!
//! - `crash`: `kill -9` during `newsgraph ingest` leaves whole articles, and a re-run completes
//!   the store.
//! - `full_disk`: a store on a small filesystem that fills during `ingest` keeps whole articles,
//!   is read, and is completed once space is freed; `export -o` onto a full disk keeps the file.
//! - `readers`: reading commands and `serve` answer while an ingest runs in another process, and
//!   read a store they cannot write to (or on a read-only mount) without changing a byte of it.
//! - `support` (shared with the other test binaries): the binary, scratch directories, a tmpfs.

#[path = "ingest/crash.rs"]
mod crash;
#[path = "ingest/full_disk.rs"]
mod full_disk;
#[path = "ingest/readers.rs"]
mod readers;
mod support;

use newsgraph::ingest::{content_id, sources, Article, Format, IngestError, Source};
use std::fs;
use std::path::{Path, PathBuf};

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles")
}

/// All articles and errors of the sources of `paths`, errors as messages.
fn ingest(paths: &[PathBuf]) -> Vec<Result<Article, String>> {
    sources(paths)
        .into_iter()
        .flat_map(|source| match source {
            Ok(source) => source.articles().collect::<Vec<_>>(),
            Err(e) => vec![Err(e)],
        })
        .map(|r| r.map_err(|e| e.to_string()))
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn the_sample_directory_yields_both_articles_in_name_order() {
    let got = ingest(&[samples_dir()]);
    assert_eq!(got.len(), 2);
    let origins: Vec<String> = got
        .iter()
        .map(|a| a.as_ref().unwrap().origin.clone())
        .collect();
    assert!(
        origins[0].ends_with("000_f0061f79107f2e27.txt"),
        "{origins:?}"
    );
    assert!(
        origins[1].ends_with("001_68fefd65340c904e.txt"),
        "{origins:?}"
    );
}

#[test]
fn the_first_sample_opens_with_its_headline() {
    let path = samples_dir().join("000_f0061f79107f2e27.txt");
    let a = Source::file(&path).articles().next().unwrap().unwrap();
    let headline = "Xi-Putin meeting: Russia and China leaders play peacemakers on Ukraine, pledge closer ties";
    assert_eq!(a.title.as_deref(), Some(headline));
    assert_eq!(a.headline, Some(0..headline.len()));
    assert_eq!(&a.text[a.headline.clone().unwrap()], headline);
    // The text is the file's, unchanged.
    assert_eq!(a.text, fs::read_to_string(&path).unwrap());
    assert_eq!(a.date, None);
    assert_eq!(a.dateline_place, None);
    assert_eq!(a.url, None);
    assert_eq!(a.origin, path.display().to_string());
}

#[test]
fn the_second_sample_has_no_headline_because_it_opens_with_a_paragraph() {
    let path = samples_dir().join("001_68fefd65340c904e.txt");
    let a = Source::file(&path).articles().next().unwrap().unwrap();
    assert_eq!(a.title, None);
    assert_eq!(a.headline, None);
    assert!(a.text.starts_with("After two days of talks"));
    assert_eq!(a.text, fs::read_to_string(&path).unwrap());
}

#[test]
fn a_file_article_is_keyed_by_its_absolute_file_url_and_identified_by_its_text_hash() {
    let path = samples_dir().join("000_f0061f79107f2e27.txt");
    let a = Source::file(&path).articles().next().unwrap().unwrap();
    let absolute = fs::canonicalize(&path).unwrap();
    assert_eq!(a.key, format!("file://{}", absolute.display()));
    let (id, hash) = content_id(&a.text);
    assert_eq!(
        (a.id.as_str(), a.content_hash.as_str()),
        (id.as_str(), hash.as_str())
    );
    assert_eq!(a.id.len(), 16);
    assert_eq!(a.content_hash.len(), 64);
    assert!(a.id.chars().all(|c| c.is_ascii_hexdigit()));
}

#[test]
fn reading_the_same_article_twice_gives_the_same_article() {
    let first = ingest(&[samples_dir()]);
    let second = ingest(&[samples_dir()]);
    assert_eq!(first, second);
}

#[test]
fn directories_are_walked_recursively_in_order_skipping_hidden_and_foreign_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for name in [
        "b.txt",
        "a.md",
        "sub/c.HTML",
        "sub/d.jsonl",
        "e.ndjson",
        "f.json",
        "g.text",
        "h.htm",
        "i.xhtml",
        ".hidden.txt",
        ".git/j.txt",
        "k.pdf",
        "l",
    ] {
        write(d, name, b"x");
    }
    let got: Vec<String> = sources(&[d.to_path_buf()])
        .into_iter()
        .map(|s| {
            let s = s.unwrap();
            let path = s.path().unwrap();
            path.strip_prefix(d).unwrap().display().to_string()
        })
        .collect();
    assert_eq!(
        got,
        [
            "a.md",
            "b.txt",
            "e.ndjson",
            "f.json",
            "g.text",
            "h.htm",
            "i.xhtml",
            "sub/c.HTML",
            "sub/d.jsonl"
        ]
    );
}

#[test]
fn a_file_named_explicitly_is_read_whatever_its_extension_and_its_format_sniffed() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "notes",
            b"Plain headline\n\nPutin met Xi.",
            "Plain headline",
        ),
        (
            "page.dat",
            b"<html><head><title>Page title</title></head><body><p>Putin met Xi.</p></body></html>",
            "Page title",
        ),
        (
            "records",
            b"{\"title\": \"Record title\", \"text\": \"Putin met Xi.\"}\n",
            "Record title",
        ),
    ];
    for (name, bytes, title) in cases {
        let path = write(dir.path(), name, bytes);
        let source = sources(&[path]).pop().unwrap().unwrap();
        assert_eq!(source.format(), None);
        let a = source.articles().next().unwrap().unwrap();
        assert_eq!(a.title.as_deref(), Some(title), "{name}");
    }
}

#[test]
fn a_missing_path_is_an_io_error_naming_it_and_the_other_paths_still_come_through() {
    let missing = PathBuf::from("/no/such/dir/article.txt");
    let got = ingest(&[missing, samples_dir()]);
    assert_eq!(got.len(), 3);
    let err = got[0].as_ref().unwrap_err();
    assert!(
        err.starts_with("/no/such/dir/article.txt: cannot read: no such file or directory"),
        "{err}"
    );
    assert!(got[1].is_ok() && got[2].is_ok());
}

#[test]
fn a_file_that_vanishes_after_listing_is_an_io_error_when_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "gone.txt", b"Headline\n\nBody.");
    let source = sources(std::slice::from_ref(&path)).pop().unwrap().unwrap();
    fs::remove_file(&path).unwrap();
    let got: Vec<_> = source.articles().collect();
    assert_eq!(got.len(), 1);
    assert!(matches!(got[0], Err(IngestError::Io { .. })), "{got:?}");
}

#[test]
fn bad_text_files_are_errors_that_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "latin1.txt",
            b"Headline\n\nCaf\xe9 society.\n",
            ":3: not valid UTF-8 (first invalid byte at byte offset 13)",
        ),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            ": binary file (NUL byte in the first 8 KiB)",
        ),
        (
            "empty.txt",
            b"",
            ": no article text (empty or whitespace-only)",
        ),
        (
            "blank.txt",
            b" \n\r\n\t \n",
            ": no article text (empty or whitespace-only)",
        ),
        (
            "utf16.txt",
            b"\xff\xfeH\0i\0",
            ": UTF-16 text, convert it to UTF-8 first",
        ),
    ];
    for (name, bytes, want) in cases {
        let path = write(dir.path(), name, bytes);
        let got = ingest(std::slice::from_ref(&path));
        assert_eq!(got.len(), 1, "{name}");
        let err = got[0].as_ref().unwrap_err();
        assert_eq!(err, &format!("{}{want}", path.display()), "{name}");
    }
}

#[test]
fn a_malformed_json_line_in_the_middle_costs_only_that_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "feed.jsonl",
        concat!(
            "{\"id\": \"a\", \"title\": \"First\", \"date\": \"2023-03-21\", \"text\": \"Putin met Xi.\"}\n",
            "{\"id\": \"b\", \"text\": \"Xi met Putin.\"\n",
            "\n",
            "{\"id\": \"c\", \"text\": \"The talks ended.\", \"date\": \"someday\"}\n",
            "{\"id\": \"d\", \"url\": \"https://example.org/d\", \"source\": \"Wire\", \"text\": \"LONDON (Reuters) - Markets rose.\"}\n",
        )
        .as_bytes(),
    );
    let got = ingest(std::slice::from_ref(&path));
    let p = path.display();
    assert_eq!(got.len(), 4);

    let a = got[0].as_ref().unwrap();
    assert_eq!(a.origin, format!("{p}:1"));
    assert_eq!(a.key, "a");
    assert_eq!(a.text, "First\n\nPutin met Xi.");
    assert_eq!(a.date, chrono::NaiveDate::from_ymd_opt(2023, 3, 21));

    assert_eq!(
        got[1].as_ref().unwrap_err(),
        &format!("{p}:2: malformed JSON: EOF while parsing an object at column 35")
    );
    assert!(got[2]
        .as_ref()
        .unwrap_err()
        .starts_with(&format!("{p}:4: unparseable date \"someday\"")));

    let d = got[3].as_ref().unwrap();
    assert_eq!(d.origin, format!("{p}:5"));
    assert_eq!(d.key, "d");
    assert_eq!(d.url.as_deref(), Some("https://example.org/d"));
    assert_eq!(d.source.as_deref(), Some("Wire"));
    assert_eq!(d.dateline_place.as_deref(), Some("London"));
    assert_eq!(d.title, None);
}

#[test]
fn a_json_file_holds_one_article_or_an_array_of_them() {
    let dir = tempfile::tempdir().unwrap();
    let one = write(
        dir.path(),
        "one.json",
        b"{\n  \"title\": \"Only\",\n  \"text\": \"Putin met Xi.\"\n}\n",
    );
    let many = write(
        dir.path(),
        "many.json",
        b"[\n  {\"text\": \"Putin met Xi.\"},\n  {\"text\": 3},\n  {\"text\": \"Xi met Putin.\"}\n]\n",
    );
    let got = ingest(&[one.clone(), many.clone()]);
    assert_eq!(got.len(), 4);
    assert_eq!(
        got[0].as_ref().unwrap().origin,
        format!("{}:1", one.display())
    );
    assert_eq!(
        got[1].as_ref().unwrap().origin,
        format!("{}:2", many.display())
    );
    assert_eq!(
        got[2].as_ref().unwrap_err(),
        &format!(
            "{}:3: field `text` must be a string, found a number",
            many.display()
        )
    );
    assert_eq!(got[3].as_ref().unwrap().text, "Xi met Putin.");
}

#[test]
fn an_html_page_is_keyed_by_its_url_else_by_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let with_url = write(
        dir.path(),
        "with.html",
        br#"<html><head><link rel="canonical" href="https://example.org/story"></head><body><article><p>Putin met Xi.</p></article></body></html>"#,
    );
    let without = write(
        dir.path(),
        "without.htm",
        b"<html><body><article><p>Putin met Xi.</p></article></body></html>",
    );
    let got = ingest(&[with_url, without.clone()]);
    assert_eq!(got[0].as_ref().unwrap().key, "https://example.org/story");
    let key = &got[1].as_ref().unwrap().key;
    assert!(
        key.starts_with("file:///") && key.ends_with("/without.htm"),
        "{key}"
    );
    assert_eq!(Source::file(&without).format(), Some(Format::Html));
}

#[test]
fn article_streams_can_be_sent_to_worker_threads() {
    fn assert_send<T: Send>(_: &T) {}
    let source = Source::file(samples_dir().join("000_f0061f79107f2e27.txt"));
    let articles = source.articles();
    assert_send(&source);
    assert_send(&articles);
    let handle = std::thread::spawn(move || articles.count());
    assert_eq!(handle.join().unwrap(), 1);
}

#[test]
fn control_characters_are_removed_with_a_warning_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "bell.txt",
        "Council backs the plan\n\nThe council voted on Monday.\nThe mayor\u{7} said it was a good day.\n"
            .as_bytes(),
    );
    let articles = ingest(&[path]);
    let article = articles[0].as_ref().unwrap();
    assert!(!article.text.contains('\u{7}'));
    assert!(article.text.contains("The mayor said it was a good day."));
    assert_eq!(article.warnings.len(), 1);
    let warning = &article.warnings[0];
    assert!(
        warning.contains("bell.txt") && warning.contains("line 4"),
        "{warning}"
    );
    assert!(warning.contains("U+0007"), "{warning}");
}

#[test]
fn a_nul_past_the_first_8_kib_is_removed_with_a_warning_in_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let mut late = "A long story about the harbour.\n\n"
        .repeat(400)
        .into_bytes();
    late.extend_from_slice(b"Then a stray \0 byte.\n");
    assert!(late.len() > 8 << 10);
    let text = write(dir.path(), "late.txt", &late);
    let jsonl = write(
        dir.path(),
        "feed.jsonl",
        b"{\"text\": \"The mayor opened the bridge.\"}\n{\"text\": \"A hidden \\u0000 here.\"}\n",
    );
    let html = write(
        dir.path(),
        "page.html",
        format!(
            "<html><body>{}<p>The mayor opened the \0 bridge.</p></body></html>",
            "<p>A long story about the harbour.</p>\n".repeat(300)
        )
        .as_bytes(),
    );
    let results = ingest(&[text, jsonl, html]);
    let articles: Vec<&Article> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(articles.len(), 4, "{results:?}");
    for article in [articles[0], articles[2], articles[3]] {
        assert!(!article.text.contains('\0'));
        assert_eq!(article.warnings.len(), 1, "{:?}", article.warnings);
        assert!(article.warnings[0].contains("control character"));
    }
    assert!(articles[2].warnings[0].contains("feed.jsonl:2"));
    assert!(articles[0].warnings[0].contains("late.txt"));
}
