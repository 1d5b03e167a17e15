//! Readers that turn files, directories and stdin into [`Article`]s.
//!
//! Entry points: [`sources`] expands command-line paths into [`Source`]s (cheaply: it only lists
//! paths), and [`Source::articles`] streams the articles of one source. The per-format readers
//! are public too, for callers that already hold the bytes: [`read_text`] (`text.rs`),
//! [`read_html`] (`html.rs`) and [`parse_jsonl_line`] (`jsonl.rs`).
//!
//! Every article gets its id from a hash of its text ([`content_id`]), so reading the same
//! article twice yields the same id, and its [`Article::key`] says which stored article a new
//! version replaces.
//!
//! # Rationale
//!
//! - One bad input must not stop a bulk run: [`sources`] returns one result per path, and a
//!   JSON Lines file yields an error for a malformed line and goes on with the next one.
//! - Memory stays bounded whatever the corpus size: JSON Lines and JSON arrays are read record
//!   by record, never slurped; a text or HTML file is one article and is read whole, up to
//!   [`MAX_ARTICLE_BYTES`].
//! - The text is kept as it is in the file (only a byte-order mark is dropped and line endings
//!   become `\n`), so spans into [`Article::text`] can be checked against the file by eye.

mod html;
mod jsonl;
mod text;

pub use html::read_html;
pub use jsonl::parse_jsonl_line;
pub use text::read_text;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use std::fmt;
use std::io::{self, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

/// One news article as read from its source, before extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Stable identifier: the first 16 hex digits of the SHA-256 of `text`.
    pub id: String,
    /// Full SHA-256 of `text`, hex.
    pub content_hash: String,
    /// Identity of the article across versions: a JSON `id`, else the URL, else the file's
    /// absolute path. A new text under the same key replaces the old version in the store.
    pub key: String,
    /// Where it was read from, for messages: `path` or `path:line`.
    pub origin: String,
    pub title: Option<String>,
    /// The text extraction runs on (headline line included for plain text), paragraphs separated
    /// by blank lines.
    pub text: String,
    /// Byte span of the headline inside `text`, when the headline is part of it.
    pub headline: Option<std::ops::Range<usize>>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    /// Publisher or outlet name.
    pub source: Option<String>,
    /// Place named by a wire dateline (`WASHINGTON, March 11 -`).
    pub dateline_place: Option<String>,
    /// What was wrong with the input but did not stop it being read (bytes that could not be
    /// decoded and were replaced), each message starting with the origin.
    pub warnings: Vec<String>,
}

/// Largest text or HTML file read as one article, and largest single JSON record (64 MiB).
pub const MAX_ARTICLE_BYTES: u64 = 64 << 20;

/// How many leading bytes are checked for NUL bytes to recognise binary files.
const BINARY_SNIFF_BYTES: usize = 8 << 10;

/// The origin used for standard input in articles and messages.
pub const STDIN_ORIGIN: &str = "<stdin>";

/// Why an input could not be read. Every message starts with the input (`path` or
/// `path:line`), so a bulk run can report bad articles and go on.
#[derive(thiserror::Error, Debug)]
#[non_exhaustive]
pub enum IngestError {
    /// The path does not exist or cannot be read.
    #[error("{origin}: cannot read: {}", lower_first(&.error.to_string()))]
    Io { origin: String, error: io::Error },
    /// The bytes are not UTF-8; `offset` is the byte offset of the first invalid byte in the file.
    #[error("{origin}:{line}: not valid UTF-8 (first invalid byte at byte offset {offset})")]
    NotUtf8 {
        origin: String,
        line: usize,
        offset: u64,
    },
    /// A UTF-16 byte-order mark: the text must be converted to UTF-8 first.
    #[error("{origin}: UTF-16 text, convert it to UTF-8 first")]
    Utf16 { origin: String },
    /// A FIFO, socket or device met while walking a directory: skipped, since reading it could
    /// wait forever (one named on the command line is read, streamed).
    #[error("{origin}: not a regular file (a FIFO, socket or device), skipped")]
    NotRegular { origin: String },
    /// NUL bytes near the start: an image, archive or other non-text file.
    #[error("{origin}: binary file (NUL byte in the first 8 KiB)")]
    Binary { origin: String },
    /// Nothing to read: an empty or whitespace-only file, an HTML page without text, a JSON file
    /// without records.
    #[error("{origin}: no article text (empty or whitespace-only)")]
    Empty { origin: String },
    /// A single article or JSON record larger than [`MAX_ARTICLE_BYTES`].
    #[error("{}: too large for one article (more than {limit} bytes)", loc(.origin, .line))]
    TooLarge {
        origin: String,
        line: Option<usize>,
        limit: u64,
    },
    /// A JSON syntax error.
    #[error("{origin}:{line}: malformed JSON: {message} at column {column}")]
    Json {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed JSON that is not an article record (not an object, no `text`, a field of the
    /// wrong type).
    #[error("{origin}:{line}: {reason}")]
    InvalidRecord {
        origin: String,
        line: usize,
        reason: String,
    },
    /// A date that none of the accepted formats matches.
    #[error(
        "{}: unparseable date {value:?} (expected e.g. 2023-03-21, 2023-03-21T10:00:00Z, \
         Tue, 21 Mar 2023 10:00:00 +0000, March 21, 2023, 21 March 2023 or 2023/03/21)",
        loc(.origin, .line)
    )]
    Date {
        origin: String,
        line: Option<usize>,
        value: String,
    },
}

impl IngestError {
    /// The input the error is about (a path as given, or [`STDIN_ORIGIN`]).
    pub fn origin(&self) -> &str {
        match self {
            IngestError::Io { origin, .. }
            | IngestError::NotUtf8 { origin, .. }
            | IngestError::Utf16 { origin }
            | IngestError::NotRegular { origin }
            | IngestError::Binary { origin }
            | IngestError::Empty { origin }
            | IngestError::TooLarge { origin, .. }
            | IngestError::Json { origin, .. }
            | IngestError::InvalidRecord { origin, .. }
            | IngestError::Date { origin, .. } => origin,
        }
    }

    /// The 1-based line the error is about, when it is about one line.
    pub fn line(&self) -> Option<usize> {
        match self {
            IngestError::NotUtf8 { line, .. }
            | IngestError::Json { line, .. }
            | IngestError::InvalidRecord { line, .. } => Some(*line),
            IngestError::TooLarge { line, .. } | IngestError::Date { line, .. } => *line,
            _ => None,
        }
    }
}

/// `path` or `path:line`.
fn loc(origin: &str, line: &Option<usize>) -> String {
    match line {
        Some(line) => format!("{origin}:{line}"),
        None => origin.to_string(),
    }
}

/// `No such file` → `no such file`: messages are lower-case, std's io messages are not.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The id (first 16 hex digits) and the full hex SHA-256 of an article text.
pub fn content_id(text: &str) -> (String, String) {
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        hex.push(char::from(HEX[usize::from(byte >> 4)]));
        hex.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    (hex[..16].to_string(), hex)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Input formats, chosen from the file extension or, failing that, from the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text, one article per file (`.txt`, `.text`, `.md`).
    Text,
    /// One web page per file (`.html`, `.htm`, `.xhtml`).
    Html,
    /// One JSON object per line (`.jsonl`, `.ndjson`).
    JsonLines,
    /// One JSON object, or an array of them (`.json`).
    Json,
}

impl Format {
    /// The format a file extension stands for (case-insensitive), if any.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" | "md" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The format of a path, from its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_extension)
    }
}

/// One input: a file (format from its extension, else from its content) or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    origin: String,
    input: Input,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Input {
    File {
        path: PathBuf,
        format: Option<Format>,
    },
    Stdin,
}

impl Source {
    /// A file; its format comes from its extension, or from its first bytes when the extension
    /// says nothing.
    pub fn file(path: impl Into<PathBuf>) -> Source {
        let path = path.into();
        Source {
            origin: path.display().to_string(),
            input: Input::File {
                format: Format::from_path(&path),
                path,
            },
        }
    }

    /// Standard input, read once; its format comes from its first non-space character
    /// (`{` or `[` JSON, `<` HTML, anything else plain text).
    pub fn stdin() -> Source {
        Source {
            origin: STDIN_ORIGIN.to_string(),
            input: Input::Stdin,
        }
    }

    /// The path as given, or [`STDIN_ORIGIN`]; articles' origins start with it.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The file path, `None` for stdin.
    pub fn path(&self) -> Option<&Path> {
        match &self.input {
            Input::File { path, .. } => Some(path),
            Input::Stdin => None,
        }
    }

    /// The format from the extension; `None` when it will be sniffed from the content.
    pub fn format(&self) -> Option<Format> {
        match &self.input {
            Input::File { format, .. } => *format,
            Input::Stdin => None,
        }
    }

    /// Streams the articles of this source: one for a text or HTML file, one per record for JSON
    /// Lines and JSON. The file is opened on the first call to `next`; errors (unreadable file,
    /// bad encoding, malformed record) are items, and after a bad JSON record the following
    /// records still come through.
    pub fn articles(&self) -> Box<dyn Iterator<Item = Result<Article, IngestError>> + Send> {
        let source = self.clone();
        Box::new(std::iter::once_with(move || source.open()).flatten())
    }

    /// Opens the input, checks its first bytes, and picks the reader for its format.
    fn open(self) -> Box<dyn Iterator<Item = Result<Article, IngestError>> + Send> {
        match self.try_open() {
            Ok(articles) => articles,
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    }

    fn try_open(
        self,
    ) -> Result<Box<dyn Iterator<Item = Result<Article, IngestError>> + Send>, IngestError> {
        let origin = self.origin;
        let io_err = |error| IngestError::Io {
            origin: origin.clone(),
            error,
        };
        let (mut reader, file_format, file_path): (Box<dyn Read + Send>, _, _) = match self.input {
            Input::File { path, format } => {
                let file = std::fs::File::open(&path).map_err(io_err)?;
                (Box::new(file), format, Some(path))
            }
            Input::Stdin => (Box::new(io::stdin()), None, None),
        };

        let mut head = Vec::with_capacity(BINARY_SNIFF_BYTES);
        (&mut reader)
            .take(BINARY_SNIFF_BYTES as u64)
            .read_to_end(&mut head)
            .map_err(io_err)?;
        check_head(&origin, &head)?;
        let format = match file_format {
            Some(format) => format,
            None => sniff(&head),
        };
        let rest = Cursor::new(head).chain(reader);

        let key = file_path.as_deref().map(file_url);
        Ok(match format {
            Format::JsonLines => Box::new(jsonl::LineRecords::new(
                origin,
                Box::new(BufReader::with_capacity(64 << 10, rest)),
            )),
            Format::Json => Box::new(jsonl::ValueRecords::new(
                origin,
                Box::new(BufReader::with_capacity(64 << 10, rest)),
            )),
            Format::Text | Format::Html => {
                let bytes = read_limited(&origin, rest)?;
                let article = if format == Format::Text {
                    read_text(&origin, &bytes).map(|mut a| {
                        if let Some(key) = key {
                            a.key = key;
                        }
                        a
                    })
                } else {
                    // An HTML page's own URL identifies it better than the file it was saved to.
                    read_html(&origin, &bytes).map(|mut a| {
                        if let (None, Some(key)) = (&a.url, key) {
                            a.key = key;
                        }
                        a
                    })
                };
                Box::new(std::iter::once(article))
            }
        })
    }
}

/// Reads a whole text or HTML input, refusing more than [`MAX_ARTICLE_BYTES`].
fn read_limited(origin: &str, reader: impl Read) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| IngestError::Io {
            origin: origin.to_string(),
            error,
        })?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(IngestError::TooLarge {
            origin: origin.to_string(),
            line: None,
            limit: MAX_ARTICLE_BYTES,
        });
    }
    Ok(bytes)
}

/// Refuses UTF-16 and binary files by their first bytes.
fn check_head(origin: &str, head: &[u8]) -> Result<(), IngestError> {
    if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        return Err(IngestError::Utf16 {
            origin: origin.to_string(),
        });
    }
    if head.iter().take(BINARY_SNIFF_BYTES).any(|&b| b == 0) {
        return Err(IngestError::Binary {
            origin: origin.to_string(),
        });
    }
    Ok(())
}

/// The format of an input without a telling extension, from its first non-space character.
fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(UTF8_BOM).unwrap_or(head);
    let mut rest = head.iter().skip_while(|b| b.is_ascii_whitespace());
    match rest.next() {
        Some(b'[') => Format::Json,
        Some(b'{') => {
            // `{` alone on its line is a pretty-printed object, not JSON Lines.
            let line_rest = rest.take_while(|&&b| b != b'\n');
            if line_rest.clone().all(|b| b.is_ascii_whitespace()) {
                Format::Json
            } else {
                Format::JsonLines
            }
        }
        Some(b'<') => Format::Html,
        _ => Format::Text,
    }
}

pub(crate) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Expands command-line paths into sources, one result per file so that one bad path does not
/// stop the others.
///
/// - `-` is standard input.
/// - A file is taken whatever its extension (its format is then sniffed from its content).
/// - A directory is walked recursively in sorted order, skipping hidden files and directories
///   (names starting with `.`) and files whose extension is not one of `txt text md html htm
///   xhtml jsonl ndjson json`. Symbolic links are followed.
///
/// Only paths are listed: files are opened by [`Source::articles`].
pub fn sources(paths: &[PathBuf]) -> Vec<Result<Source, IngestError>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(Source::stdin()));
            continue;
        }
        match std::fs::metadata(path) {
            Err(error) => out.push(Err(IngestError::Io {
                origin: path.display().to_string(),
                error,
            })),
            Ok(meta) if meta.is_dir() => walk_dir(path, &mut out),
            // Files, but also pipes such as `<(zcat x.jsonl.gz)`.
            Ok(_) => out.push(Ok(Source::file(path))),
        }
    }
    out
}

fn walk_dir(dir: &Path, out: &mut Vec<Result<Source, IngestError>>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().as_encoded_bytes().starts_with(b"."));
    for entry in walker {
        match entry {
            Ok(entry) => {
                let kind = entry.file_type();
                if kind.is_dir() || Format::from_path(entry.path()).is_none() {
                    continue;
                }
                if kind.is_file() {
                    out.push(Ok(Source::file(entry.into_path())));
                } else {
                    let origin = entry.path().display().to_string();
                    out.push(Err(IngestError::NotRegular { origin }));
                }
            }
            Err(e) => {
                let origin = e.path().unwrap_or(dir).display().to_string();
                let error = match e.into_io_error() {
                    Some(error) => error,
                    None => io::Error::other("filesystem loop (a symbolic link to a parent)"),
                };
                out.push(Err(IngestError::Io { origin, error }));
            }
        }
    }
}

/// `file://` URL of a path, absolute and with symbolic links resolved where possible, bytes
/// outside the URL-safe set percent-encoded.
pub(crate) fn file_url(path: &Path) -> String {
    let absolute = std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf());
    let bytes = absolute.as_os_str().as_encoded_bytes();
    let mut url = String::from("file://");
    if !bytes.starts_with(b"/") {
        url.push('/');
    }
    for &b in bytes {
        match b {
            b'\\' => url.push('/'),
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'/'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b':'
            | b'@' => url.push(char::from(b)),
            _ => {
                url.push('%');
                url.push(char::from(HEX[usize::from(b >> 4)].to_ascii_uppercase()));
                url.push(char::from(HEX[usize::from(b & 0xf)].to_ascii_uppercase()));
            }
        }
    }
    url
}

/// Checks and decodes the bytes of a text or HTML article: no UTF-16, no NUL bytes in the
/// first 8 KiB, valid UTF-8 (byte-order mark dropped), not blank; line endings become `\n`.
pub(crate) fn decode(origin: &str, bytes: &[u8]) -> Result<String, IngestError> {
    check_head(origin, &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)])?;
    let (bom, body) = match bytes.strip_prefix(UTF8_BOM) {
        Some(body) => (UTF8_BOM.len(), body),
        None => (0, bytes),
    };
    let text = std::str::from_utf8(body).map_err(|e| {
        let bad = e.valid_up_to();
        IngestError::NotUtf8 {
            origin: origin.to_string(),
            line: 1 + body[..bad].iter().filter(|&&b| b == b'\n').count(),
            offset: (bom + bad) as u64,
        }
    })?;
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            origin: origin.to_string(),
        });
    }
    Ok(normalize_newlines(text))
}

/// CRLF and lone CR become LF.
pub(crate) fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Collapses runs of whitespace (newlines included) into single spaces and trims.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The parts of an article a reader found; [`Draft::finish`] hashes the text and fills the
/// key.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub origin: String,
    pub key: Option<String>,
    pub title: Option<String>,
    pub text: String,
    pub headline: Option<std::ops::Range<usize>>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub dateline_place: Option<String>,
    pub warnings: Vec<String>,
}

impl Draft {
    /// `title + "\n\n" + body`, with the headline span on the title, or the body alone.
    pub fn with_title_and_body(origin: String, title: Option<String>, body: String) -> Draft {
        let (text, headline) = match &title {
            Some(title) => (format!("{title}\n\n{body}"), Some(0..title.len())),
            None => (body, None),
        };
        Draft {
            origin,
            title,
            text,
            headline,
            ..Draft::default()
        }
    }

    /// The article, with control characters other than tab and newlines removed, NUL
    /// included, wherever they are (a warning says how many, and where the first was).
    pub fn finish(mut self) -> Result<Article, IngestError> {
        if let Some(first) = self.text.find(is_stray_control) {
            let (line, code) = (
                line_at(&self.text, first),
                self.text[first..].chars().next(),
            );
            let removed = self.text.matches(is_stray_control).count();
            // The headline span moves back by the bytes removed before each of its ends.
            let removed_before = |byte: usize| -> usize {
                self.text[..byte]
                    .matches(is_stray_control)
                    .map(str::len)
                    .sum()
            };
            self.headline = self
                .headline
                .map(|h| h.start - removed_before(h.start)..h.end - removed_before(h.end));
            self.text = self.text.replace(is_stray_control, "");
            self.title = self.title.map(|t| t.replace(is_stray_control, ""));
            self.warnings.push(format!(
                "{}: {removed} control character{} removed (the first, U+{:04X}, at line {line} \
                 of the article text)",
                self.origin,
                if removed == 1 { "" } else { "s" },
                code.map_or(0, u32::from)
            ));
        }
        let (id, content_hash) = content_id(&self.text);
        Ok(Article {
            key: self.key.unwrap_or_else(|| id.clone()),
            id,
            content_hash,
            origin: self.origin,
            title: self.title,
            text: self.text,
            headline: self.headline,
            date: self.date,
            url: self.url,
            source: self.source,
            dateline_place: self.dateline_place,
            warnings: self.warnings,
        })
    }
}

/// A control character that is not tab, newline or carriage return (C0 with NUL, DEL and C1):
/// nothing a reader sees, and not allowed in XML 1.0 exports.
pub(crate) fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The 1-based line of a byte offset.
pub(crate) fn line_at(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Parses a publication date as found in JSON records and HTML metadata.
///
/// Accepted: `2023-03-21`, RFC 3339 / ISO 8601 date-times (`2023-03-21T10:00:00Z`,
/// `2023-03-21 10:00:00+01:00`; the date is the one written, in the writer's time zone),
/// RFC 2822 (`Tue, 21 Mar 2023 10:00:00 +0000`), `March 21, 2023`, `Mar. 21 2023`,
/// `21 March 2023` (optionally after a weekday and before a time), and `2023/03/21`.
/// Numeric day/month orders such as `03/21/2023` are ambiguous and refused.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    text::parse_date(value)
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::JsonLines => "jsonl",
            Format::Json => "json",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_is_the_sha256_of_the_text_and_its_first_16_hex_digits() {
        let (id, hash) = content_id("abc");
        assert_eq!(
            hash,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(id, "ba7816bf8f01cfea");
    }

    #[test]
    fn formats_come_from_extensions_case_insensitively() {
        let cases = [
            ("a.txt", Some(Format::Text)),
            ("a.TEXT", Some(Format::Text)),
            ("a.md", Some(Format::Text)),
            ("a.html", Some(Format::Html)),
            ("a.HTM", Some(Format::Html)),
            ("a.xhtml", Some(Format::Html)),
            ("a.jsonl", Some(Format::JsonLines)),
            ("a.ndjson", Some(Format::JsonLines)),
            ("a.json", Some(Format::Json)),
            ("a.pdf", None),
            ("README", None),
        ];
        for (path, want) in cases {
            assert_eq!(Format::from_path(Path::new(path)), want, "{path}");
        }
    }

    #[test]
    fn content_without_a_telling_extension_is_sniffed_from_its_first_character() {
        let cases: [(&[u8], Format); 7] = [
            (b"{\"text\": \"a\"}\n{\"text\": \"b\"}", Format::JsonLines),
            (b"  {\n  \"text\": \"a\"\n}", Format::Json),
            (b"[{\"text\": \"a\"}]", Format::Json),
            (b"\xEF\xBB\xBF<!doctype html><p>x</p>", Format::Html),
            (b"\n\n<html>", Format::Html),
            (b"Headline\n\nBody.", Format::Text),
            (b"", Format::Text),
        ];
        for (head, want) in cases {
            assert_eq!(sniff(head), want, "{:?}", String::from_utf8_lossy(head));
        }
    }

    #[test]
    fn decoding_refuses_binary_utf16_invalid_utf8_and_blank_input() {
        let cases: [(&[u8], &str); 5] = [
            (b"PNG\0\0\0", "x: binary file (NUL byte in the first 8 KiB)"),
            (
                b"\xFF\xFEa\0b\0",
                "x: UTF-16 text, convert it to UTF-8 first",
            ),
            (
                b"ok\nline two \xE9t\xE9\n",
                "x:2: not valid UTF-8 (first invalid byte at byte offset 12)",
            ),
            (
                b" \n\t\r\n ",
                "x: no article text (empty or whitespace-only)",
            ),
            (b"", "x: no article text (empty or whitespace-only)"),
        ];
        for (bytes, want) in cases {
            let err = decode("x", bytes).unwrap_err();
            assert_eq!(err.to_string(), want);
            assert_eq!(err.origin(), "x");
        }
    }

    #[test]
    fn decoding_drops_the_bom_and_normalises_line_endings() {
        let text = decode("x", b"\xEF\xBB\xBFa\r\nb\rc\n").unwrap();
        assert_eq!(text, "a\nb\nc\n");
    }

    #[test]
    fn io_errors_name_the_path_in_lower_case() {
        let err = IngestError::Io {
            origin: "data/missing.txt".into(),
            error: io::Error::new(io::ErrorKind::NotFound, "No such file or directory"),
        };
        assert_eq!(
            err.to_string(),
            "data/missing.txt: cannot read: no such file or directory"
        );
    }

    #[test]
    fn file_urls_are_absolute_and_percent_encode_unsafe_bytes() {
        let cases = [
            ("/tmp/a b/c#1.txt", "file:///tmp/a%20b/c%231.txt"),
            ("/x/é.txt", "file:///x/%C3%A9.txt"),
        ];
        for (path, want) in cases {
            assert_eq!(file_url(Path::new(path)), want);
        }
        assert!(file_url(Path::new("relative.txt")).starts_with("file:///"));
    }

    #[test]
    fn a_missing_path_is_an_error_and_does_not_hide_the_others() {
        let got = sources(&[
            PathBuf::from("/definitely/not/here.txt"),
            PathBuf::from("-"),
        ]);
        assert_eq!(got.len(), 2);
        let err = got[0].as_ref().unwrap_err();
        assert!(err
            .to_string()
            .starts_with("/definitely/not/here.txt: cannot read: "));
        assert_eq!(got[1].as_ref().unwrap().origin(), STDIN_ORIGIN);
    }
}
