//! JSON Lines (`.jsonl`, `.ndjson`) and JSON (`.json`) article records.
//!
//! Entry point: [`parse_jsonl_line`] for one line; [`LineRecords`] and [`ValueRecords`] stream
//! the records of a whole input for [`super::Source::articles`].
//!
//! A record is an object with `text` (required, a non-empty string) and optional `title`,
//! `date`, `url`, `source` (the outlet) and `id` (a string or number); other fields are
//! ignored. [`Article::text`] is `title + "\n\n" + text` with the headline span on the title,
//! or `text` alone (when the text already opens with the title, the title is not repeated).
//! The key is `id`, else `url`, else the article id.
//!
//! # Rationale
//!
//! - JSON Lines is read one line at a time, so a corpus of any size streams in bounded memory,
//!   and a malformed line costs that line only: the error names `file:line` and the following
//!   lines still come through.
//! - A `.json` file holds one object, an array of objects, or objects one after another (JSON
//!   Lines saved under the wrong extension). It is split into top-level values by a small
//!   byte scanner that only tracks strings and bracket depth, so a big array streams too, and
//!   each record's errors still carry absolute line numbers.

use super::text::{parse_date, Lead};
use super::{
    collapse_whitespace, normalize_newlines, Article, Draft, IngestError, MAX_ARTICLE_BYTES,
    UTF8_BOM,
};
use serde_json::{Map, Value};
use std::io::{self, BufRead};

/// Parses one JSON Lines record; `line_no` (1-based) is used in the article's origin
/// (`path:line`) and in errors.
///
/// # Errors
///
/// [`IngestError::Json`] for malformed JSON, [`IngestError::InvalidRecord`] for a value that
/// is not an object with a non-empty string `text` (or has a field of the wrong type), and
/// [`IngestError::Date`] for an unparseable `date`.
pub fn parse_jsonl_line(origin: &str, line_no: usize, line: &str) -> Result<Article, IngestError> {
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    let value: Value =
        serde_json::from_str(line).map_err(|e| json_error(origin, line_no, 1, &e))?;
    record(origin, line_no, value)
}

/// A serde_json error at a position relative to a record that starts at `line`:`column`.
fn json_error(origin: &str, line: usize, column: usize, e: &serde_json::Error) -> IngestError {
    let message = e.to_string();
    // serde_json appends " at line L column C"; the position is reported in our own terms.
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    let (error_line, error_column) = (e.line().max(1), e.column().max(1));
    IngestError::Json {
        origin: origin.to_string(),
        line: line + error_line - 1,
        column: if error_line == 1 {
            column + error_column - 1
        } else {
            error_column
        },
        message,
    }
}

/// Turns a parsed JSON value into an article.
fn record(origin: &str, line: usize, value: Value) -> Result<Article, IngestError> {
    let invalid = |reason: String| IngestError::InvalidRecord {
        origin: origin.to_string(),
        line,
        reason,
    };
    let map = match value {
        Value::Object(map) => map,
        other => {
            return Err(invalid(format!(
                "expected a JSON object, found {}",
                kind(&other)
            )))
        }
    };
    let text = match map.get("text") {
        Some(Value::String(text)) => normalize_newlines(text),
        None | Some(Value::Null) => return Err(invalid("missing `text` field".into())),
        Some(other) => {
            return Err(invalid(format!(
                "field `text` must be a string, found {}",
                kind(other)
            )))
        }
    };
    if text.trim().is_empty() {
        return Err(invalid("field `text` is empty".into()));
    }
    let field = |name: &str| -> Result<Option<String>, IngestError> {
        match string_field(&map, name) {
            Ok(value) => Ok(value
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)),
            Err(found) => Err(invalid(format!(
                "field `{name}` must be a string, found {found}"
            ))),
        }
    };
    let title = field("title")?
        .map(|t| collapse_whitespace(&t))
        .filter(|t| !t.is_empty());
    let url = field("url")?;
    let source = field("source")?;
    let date = match field("date")? {
        Some(value) => Some(parse_date(&value).ok_or_else(|| IngestError::Date {
            origin: origin.to_string(),
            line: Some(line),
            value,
        })?),
        None => None,
    };
    let id = match map.get("id") {
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => field("id")?,
    };

    let origin = format!("{origin}:{line}");
    let mut draft = match title {
        // Some exports repeat the title as the text's first line: do not repeat it again.
        Some(title) if first_line_span(&text).is_some_and(|span| text[span] == *title) => {
            let span = first_line_span(&text);
            let mut draft = Draft::with_title_and_body(origin, None, text);
            draft.title = Some(title);
            draft.headline = span;
            draft
        }
        title => Draft::with_title_and_body(origin, title, text),
    };
    let body_start = draft.headline.as_ref().map_or(0, |h| h.end);
    let lead = Lead::of(&draft.text[body_start..]);
    draft.key = id.or_else(|| url.clone());
    draft.url = url;
    draft.source = source;
    draft.date = date.or(lead.date);
    draft.dateline_place = lead.place;
    draft.finish()
}

/// The trimmed first non-empty line of `text`.
fn first_line_span(text: &str) -> Option<std::ops::Range<usize>> {
    let start = text.len() - text.trim_start().len();
    let line = text[start..].lines().next()?.trim_end();
    Some(start..start + line.len())
}

/// A string field: `Ok(None)` when absent or null, `Err(kind)` when of another type.
fn string_field<'m>(
    map: &'m Map<String, Value>,
    name: &str,
) -> Result<Option<&'m str>, &'static str> {
    match map.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(kind(other)),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The records of a JSON Lines input, one line at a time.
pub(crate) struct LineRecords {
    origin: String,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
    offset: u64,
    buf: Vec<u8>,
    seen_record: bool,
    done: bool,
}

impl LineRecords {
    pub fn new(origin: String, reader: Box<dyn BufRead + Send>) -> LineRecords {
        LineRecords {
            origin,
            reader,
            line_no: 0,
            offset: 0,
            buf: Vec::new(),
            seen_record: false,
            done: false,
        }
    }
}

impl Iterator for LineRecords {
    type Item = Result<Article, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let start = self.offset;
            let read = read_line_limited(&mut self.reader, &mut self.buf, MAX_ARTICLE_BYTES);
            let (len, too_long) = match read {
                Ok(None) => {
                    self.done = true;
                    if self.seen_record {
                        return None;
                    }
                    return Some(Err(IngestError::Empty {
                        origin: self.origin.clone(),
                    }));
                }
                Ok(Some(read)) => read,
                Err(error) => {
                    self.done = true;
                    return Some(Err(IngestError::Io {
                        origin: self.origin.clone(),
                        error,
                    }));
                }
            };
            self.line_no += 1;
            self.offset += len;
            if too_long {
                self.seen_record = true;
                return Some(Err(IngestError::TooLarge {
                    origin: self.origin.clone(),
                    line: Some(self.line_no),
                    limit: MAX_ARTICLE_BYTES,
                }));
            }
            let mut bytes = &self.buf[..];
            let mut bom = 0;
            if self.line_no == 1 {
                if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
                    bytes = rest;
                    bom = UTF8_BOM.len() as u64;
                }
            }
            // Without its line break: serde_json would place an error at its end on the next line.
            let bytes = bytes.trim_ascii_end();
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.seen_record = true;
            return Some(match std::str::from_utf8(bytes) {
                Ok(line) => parse_jsonl_line(&self.origin, self.line_no, line),
                Err(e) => Err(IngestError::NotUtf8 {
                    origin: self.origin.clone(),
                    line: self.line_no,
                    offset: start + bom + e.valid_up_to() as u64,
                }),
            });
        }
        None
    }
}

/// Reads one line (with its `\n`) into `buf`, keeping at most `limit` bytes: returns the
/// number of bytes consumed and whether the line was longer than `limit` (then `buf` is left
/// empty and the rest of the line is skipped), or `None` at the end of the input.
fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: u64,
) -> io::Result<Option<(u64, bool)>> {
    let mut total = 0u64;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((total > 0).then_some((total, too_long)));
        }
        let (n, found) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            if (buf.len() + n) as u64 > limit {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&available[..n]);
            }
        }
        reader.consume(n);
        total += n as u64;
        if found {
            return Ok(Some((total, too_long)));
        }
    }
}

/// The records of a JSON input: one object, an array of objects, or objects one after
/// another, split into top-level values by tracking strings and bracket depth.
pub(crate) struct ValueRecords {
    origin: String,
    reader: Box<dyn BufRead + Send>,
    /// Position of the next byte: 1-based line and column (in bytes), and byte offset.
    line: usize,
    column: usize,
    offset: u64,
    state: State,
    buf: Vec<u8>,
    seen_record: bool,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum State {
    Start,
    /// Values one after another, not in an array.
    TopLevel,
    /// Inside the top-level array, after `[`.
    ArrayFirst,
    /// Inside the top-level array, after `,`.
    ArrayValue,
    /// Inside the top-level array, after a value.
    ArrayNext,
    /// After the closing `]`.
    End,
    Done,
}

impl ValueRecords {
    pub fn new(origin: String, reader: Box<dyn BufRead + Send>) -> ValueRecords {
        ValueRecords {
            origin,
            reader,
            line: 1,
            column: 1,
            offset: 0,
            state: State::Start,
            buf: Vec::new(),
            seen_record: false,
        }
    }

    fn peek(&mut self) -> io::Result<Option<u8>> {
        loop {
            match self.reader.fill_buf() {
                Ok(available) => return Ok(available.first().copied()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Consumes the byte just peeked, keeping it in `buf` when `keep`.
    fn bump(&mut self, byte: u8, keep: bool) {
        self.reader.consume(1);
        self.offset += 1;
        if byte == b'\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        if keep {
            self.buf.push(byte);
        }
    }

    fn skip_whitespace(&mut self) -> io::Result<Option<u8>> {
        loop {
            match self.peek()? {
                Some(b) if b.is_ascii_whitespace() => self.bump(b, false),
                other => return Ok(other),
            }
        }
    }

    fn syntax_error(&mut self, message: &str) -> IngestError {
        self.state = State::Done;
        IngestError::Json {
            origin: self.origin.clone(),
            line: self.line,
            column: self.column,
            message: message.to_string(),
        }
    }

    /// Reads the next top-level value (its first byte is the next byte) and makes an article
    /// of it.
    fn read_value(&mut self) -> Result<Article, IngestError> {
        let (line, column, offset) = (self.line, self.column, self.offset);
        self.buf.clear();
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        let mut first = true;
        while let Some(b) = self.peek().map_err(|e| self.io_error(e))? {
            if in_string {
                self.bump(b, true);
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                    if depth == 0 {
                        break;
                    }
                }
            } else {
                match b {
                    b'"' if first || depth > 0 => {
                        in_string = true;
                        self.bump(b, true);
                    }
                    b'{' | b'[' if first || depth > 0 => {
                        depth += 1;
                        self.bump(b, true);
                    }
                    b'}' | b']' if depth > 0 => {
                        depth -= 1;
                        self.bump(b, true);
                        if depth == 0 {
                            break;
                        }
                    }
                    // The end of a scalar (or stray bytes): let serde_json judge what it got.
                    b'"' | b'{' | b'[' | b'}' | b']' | b',' if depth == 0 && !first => break,
                    _ if depth == 0 && !first && b.is_ascii_whitespace() => break,
                    _ => self.bump(b, true),
                }
            }
            first = false;
            if self.buf.len() as u64 > MAX_ARTICLE_BYTES {
                self.state = State::Done;
                return Err(IngestError::TooLarge {
                    origin: self.origin.clone(),
                    line: Some(line),
                    limit: MAX_ARTICLE_BYTES,
                });
            }
        }
        self.seen_record = true;
        let text = std::str::from_utf8(&self.buf).map_err(|e| {
            let valid = &self.buf[..e.valid_up_to()];
            IngestError::NotUtf8 {
                origin: self.origin.clone(),
                line: line + valid.iter().filter(|&&b| b == b'\n').count(),
                offset: offset + valid.len() as u64,
            }
        })?;
        let value: Value =
            serde_json::from_str(text).map_err(|e| json_error(&self.origin, line, column, &e))?;
        record(&self.origin, line, value)
    }

    fn io_error(&mut self, error: io::Error) -> IngestError {
        self.state = State::Done;
        IngestError::Io {
            origin: self.origin.clone(),
            error,
        }
    }

    fn step(&mut self) -> Option<Result<Article, IngestError>> {
        loop {
            let next = match self.skip_whitespace() {
                Ok(next) => next,
                Err(e) => return Some(Err(self.io_error(e))),
            };
            match (self.state, next) {
                (State::Done, _) => return None,
                (State::Start, Some(b'[')) => {
                    self.bump(b'[', false);
                    self.state = State::ArrayFirst;
                }
                (State::Start, _) => self.state = State::TopLevel,
                (State::TopLevel | State::End, None) => {
                    self.state = State::Done;
                    if !self.seen_record {
                        return Some(Err(IngestError::Empty {
                            origin: self.origin.clone(),
                        }));
                    }
                    return None;
                }
                (State::TopLevel, Some(_)) => return Some(self.read_value()),
                (State::ArrayFirst | State::ArrayNext, Some(b']')) => {
                    self.bump(b']', false);
                    self.state = State::End;
                }
                (State::ArrayNext, Some(b',')) => {
                    self.bump(b',', false);
                    self.state = State::ArrayValue;
                }
                (State::ArrayNext, Some(_)) => {
                    return Some(Err(self.syntax_error("expected `,` or `]` in the array")))
                }
                (State::ArrayValue, Some(b']')) => {
                    return Some(Err(self.syntax_error("trailing comma in the array")))
                }
                (State::ArrayFirst | State::ArrayValue, Some(_)) => {
                    self.state = State::ArrayNext;
                    return Some(self.read_value());
                }
                (State::ArrayFirst | State::ArrayValue | State::ArrayNext, None) => {
                    return Some(Err(self.syntax_error("EOF while parsing the array")))
                }
                (State::End, Some(_)) => {
                    return Some(Err(self.syntax_error("trailing characters after the array")))
                }
            }
        }
    }
}

impl Iterator for ValueRecords {
    type Item = Result<Article, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.state == State::Start {
            // A byte-order mark before the first value.
            if let Ok(available) = self.reader.fill_buf() {
                if available.starts_with(UTF8_BOM) {
                    self.reader.consume(UTF8_BOM.len());
                    self.offset += UTF8_BOM.len() as u64;
                }
            }
        }
        self.step()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use std::io::Cursor;

    fn values(input: &str) -> Vec<Result<Article, String>> {
        let reader = Box::new(Cursor::new(input.as_bytes().to_vec()));
        ValueRecords::new("x.json".into(), reader)
            .map(|r| r.map_err(|e| e.to_string()))
            .collect()
    }

    fn lines(input: &[u8]) -> Vec<Result<String, String>> {
        let reader = Box::new(Cursor::new(input.to_vec()));
        LineRecords::new("x.jsonl".into(), reader)
            .map(|r| r.map(|a| a.origin).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn a_record_becomes_an_article_with_title_date_url_source_and_key() {
        let a = parse_jsonl_line(
            "x.jsonl",
            3,
            r#"{"id": "r-1", "title": " Cocoa\n review ", "date": "1987-02-26", "url": "https://example.org/1", "source": "Reuters", "text": "SALVADOR, Feb 26 - Showers continued.\r\n\r\nMore.", "extra": [1]}"#,
        )
        .unwrap();
        assert_eq!(
            a.text,
            "Cocoa review\n\nSALVADOR, Feb 26 - Showers continued.\n\nMore."
        );
        assert_eq!(a.title.as_deref(), Some("Cocoa review"));
        assert_eq!(&a.text[a.headline.clone().unwrap()], "Cocoa review");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(1987, 2, 26));
        assert_eq!(a.url.as_deref(), Some("https://example.org/1"));
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        assert_eq!(a.dateline_place.as_deref(), Some("Salvador"));
        assert_eq!(a.key, "r-1");
        assert_eq!(a.origin, "x.jsonl:3");
    }

    #[test]
    fn the_key_is_the_id_else_the_url_else_the_article_id() {
        let cases = [
            (r#"{"id": 42, "url": "u", "text": "t"}"#, Some("42")),
            (r#"{"id": null, "url": "u", "text": "t"}"#, Some("u")),
            (r#"{"id": "", "text": "t"}"#, None),
        ];
        for (line, want) in cases {
            let a = parse_jsonl_line("x", 1, line).unwrap();
            assert_eq!(a.key, want.map_or(a.id.clone(), str::to_string), "{line}");
        }
    }

    #[test]
    fn a_title_repeated_as_the_first_text_line_is_not_repeated() {
        let a = parse_jsonl_line(
            "x",
            1,
            r#"{"title": "Talks end", "text": "Talks end\n\nBody."}"#,
        )
        .unwrap();
        assert_eq!(a.text, "Talks end\n\nBody.");
        assert_eq!(a.headline, Some(0..9));
        assert_eq!(a.title.as_deref(), Some("Talks end"));
    }

    #[test]
    fn bad_records_are_errors_naming_file_and_line() {
        let cases = [
            (
                r#"{"text": "a" "title": "b"}"#,
                "x.jsonl:7: malformed JSON: expected `,` or `}` at column 14",
            ),
            (
                r#"{"text": "a""#,
                "x.jsonl:7: malformed JSON: EOF while parsing an object at column 12",
            ),
            (
                "[1, 2]",
                "x.jsonl:7: expected a JSON object, found an array",
            ),
            (r#"{"title": "t"}"#, "x.jsonl:7: missing `text` field"),
            (r#"{"text": "  "}"#, "x.jsonl:7: field `text` is empty"),
            (
                r#"{"text": 5}"#,
                "x.jsonl:7: field `text` must be a string, found a number",
            ),
            (
                r#"{"text": "t", "title": ["a"]}"#,
                "x.jsonl:7: field `title` must be a string, found an array",
            ),
            (
                r#"{"text": "t", "date": "next Tuesday"}"#,
                "x.jsonl:7: unparseable date \"next Tuesday\"",
            ),
        ];
        for (line, want) in cases {
            let err = parse_jsonl_line("x.jsonl", 7, line)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with(want), "{line}: {err}");
        }
    }

    #[test]
    fn json_lines_skip_blank_lines_and_go_on_after_a_bad_line() {
        let input =
            b"\xEF\xBB\xBF{\"text\": \"a\"}\r\n\n  \n{bad\n{\"text\": \"\xE9\"}\n{\"text\": \"b\"}";
        let got = lines(input);
        assert_eq!(
            got,
            vec![
                Ok("x.jsonl:1".to_string()),
                Err("x.jsonl:4: malformed JSON: key must be a string at column 2".to_string()),
                Err(
                    "x.jsonl:5: not valid UTF-8 (first invalid byte at byte offset 37)".to_string()
                ),
                Ok("x.jsonl:6".to_string()),
            ]
        );
    }

    #[test]
    fn a_blank_json_lines_input_is_empty() {
        assert_eq!(
            lines(b"\n \n"),
            vec![Err(
                "x.jsonl: no article text (empty or whitespace-only)".to_string()
            )]
        );
    }

    #[test]
    fn overlong_lines_are_refused_and_skipped() {
        let mut buf = Vec::new();
        let mut reader = Cursor::new(b"0123456789\nabc\n".to_vec());
        let got = read_line_limited(&mut reader, &mut buf, 5).unwrap();
        assert_eq!(got, Some((11, true)));
        assert!(buf.is_empty());
        let got = read_line_limited(&mut reader, &mut buf, 5).unwrap();
        assert_eq!(got, Some((4, false)));
        assert_eq!(buf, b"abc\n");
        assert_eq!(read_line_limited(&mut reader, &mut buf, 5).unwrap(), None);
    }

    #[test]
    fn json_files_hold_an_object_an_array_or_objects_one_after_another() {
        let cases = [
            ("{\n  \"text\": \"a\"\n}\n", vec!["x.json:1"]),
            (
                "{\n  \"title\": \"T\",\n  \"tags\": [\"a\", {\"b\": 1}],\n  \"text\": \"a\"\n}",
                vec!["x.json:1"],
            ),
            (
                "[{\"title\": \"T\", \"text\": \"a\"}, {\"text\": \"b\", \"id\": 2}]",
                vec!["x.json:1", "x.json:1"],
            ),
            (
                "\u{feff}[\n {\"text\": \"a [x] {y}\"},\n {\"text\": \"b \\\" ]\"}\n]",
                vec!["x.json:2", "x.json:3"],
            ),
            (
                "{\"text\": \"a\"}\n{\"text\": \"b\"}{\"text\": \"c\"}",
                vec!["x.json:1", "x.json:2", "x.json:2"],
            ),
        ];
        for (input, want) in cases {
            let got: Vec<String> = values(input)
                .into_iter()
                .map(|r| r.unwrap().origin)
                .collect();
            assert_eq!(got, want, "{input}");
        }
    }

    #[test]
    fn json_file_errors_carry_absolute_lines_and_later_records_still_come() {
        let input = "[\n {\"text\": \"a\"},\n {\"text\": 1},\n {\"text\":\n   \"b\" \"c\"},\n {\"text\": \"d\"}\n]";
        let got = values(input);
        let got: Vec<String> = got
            .into_iter()
            .map(|r| r.map_or_else(|e| e, |a| a.origin))
            .collect();
        assert_eq!(
            got,
            vec![
                "x.json:2".to_string(),
                "x.json:3: field `text` must be a string, found a number".to_string(),
                "x.json:5: malformed JSON: expected `,` or `}` at column 8".to_string(),
                "x.json:6".to_string(),
            ]
        );
    }

    #[test]
    fn malformed_json_files_end_with_one_error() {
        let cases = [
            (
                "[{\"text\": \"a\"},]",
                "x.json:1: malformed JSON: trailing comma in the array at column 16",
            ),
            (
                "[{\"text\": \"a\"} {\"text\": \"b\"}]",
                "x.json:1: malformed JSON: expected `,` or `]` in the array at column 16",
            ),
            (
                "[{\"text\": \"a\"}",
                "x.json:1: malformed JSON: EOF while parsing the array at column 15",
            ),
            (
                "[{\"text\": \"a\"}] x",
                "x.json:1: malformed JSON: trailing characters after the array at column 17",
            ),
            ("[]", "x.json: no article text (empty or whitespace-only)"),
            ("", "x.json: no article text (empty or whitespace-only)"),
        ];
        for (input, want) in cases {
            let got = values(input);
            let last = got.last().unwrap().as_ref().unwrap_err();
            assert_eq!(last, want, "{input}");
        }
    }

    #[test]
    fn stray_bytes_between_json_values_do_not_loop_forever() {
        let got = values("{\"text\": \"a\"}}]{\"text\": \"b\"}");
        assert_eq!(got.len(), 4);
        assert!(got[0].is_ok() && got[3].is_ok());
    }
}
