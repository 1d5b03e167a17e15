//! The characters of a saved page: its bytes decoded by the charset the page declares, the way
//! browsers do it (WHATWG Encoding Standard, through `encoding_rs`).
//!
//! Entry point: [`decode_page`]. The encoding is, in this order: the byte-order mark; the
//! `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
//! [`PRESCAN_BYTES`] of the page; UTF-8 when the bytes are valid UTF-8; else windows-1252 (the
//! Encoding Standard's fallback for pages without a declaration). Bytes the encoding cannot
//! decode become U+FFFD and the page is read all the same, with a warning.
//!
//! # Rationale
//!
//! - The HTML standard's prescan looks at the first 1024 bytes only; real pages put dozens of
//!   `<link>`s and inline scripts before their `<meta charset>`, so the window here is wider.
//!   A declaration is only taken from a `<meta>` tag, never from script or body text.
//! - A page that declares a single-byte legacy charset (ISO-8859-1, windows-125x, …) but whose
//!   bytes are valid UTF-8 with multi-byte sequences was re-saved as UTF-8 without its
//!   declaration being updated: legacy text is practically never valid UTF-8 by accident
//!   (an accented letter would have to be followed by the right continuation bytes every time),
//!   so such a page is read as UTF-8.
//! - A `<meta>` declaring UTF-16 means UTF-8 (the bytes of an HTML text that could be scanned
//!   for ASCII `<meta` are not UTF-16); the "replacement" encoding (labels of ISO-2022-KR and
//!   similar) would turn the whole page into one U+FFFD, so it is ignored like an unknown label.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How much of the page is searched for a `<meta>` charset declaration.
pub const PRESCAN_BYTES: usize = 64 << 10;

/// A decoded page.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding's WHATWG name, e.g. `UTF-8`, `windows-1252` (the reader does not report
    /// it; the tests check it).
    #[cfg_attr(not(test), allow(dead_code))]
    pub encoding: &'static str,
    /// What was wrong with the bytes, for a warning: undecodable bytes were replaced by U+FFFD.
    pub problem: Option<String>,
}

/// Decodes a page's bytes; never fails (see the module docs for how the encoding is chosen).
pub fn decode_page(bytes: &[u8]) -> Decoded {
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (encoding, &bytes[bom_len..]),
        None => (choose(bytes), bytes),
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let problem = had_errors.then(|| {
        let replaced = text.matches('\u{FFFD}').count();
        let first = if encoding == UTF_8 {
            std::str::from_utf8(body)
                .err()
                .map(|e| format!(" (first at byte offset {})", e.valid_up_to()))
                .unwrap_or_default()
        } else {
            String::new()
        };
        format!(
            "not valid {}: {replaced} undecodable byte sequence{} replaced with U+FFFD{first}",
            encoding.name(),
            if replaced == 1 { "" } else { "s" }
        )
    });
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        problem,
    }
}

/// The encoding of a page without a byte-order mark.
fn choose(bytes: &[u8]) -> &'static Encoding {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let valid_utf8 = || std::str::from_utf8(bytes).is_ok();
    match declared(head) {
        Some(encoding) if encoding == UTF_8 => UTF_8,
        Some(encoding) => {
            if encoding.is_single_byte() && !bytes.is_ascii() && valid_utf8() {
                UTF_8
            } else {
                encoding
            }
        }
        None if valid_utf8() => UTF_8,
        None => WINDOWS_1252,
    }
}

/// The encoding named by the first `<meta>` charset declaration in `head`, if its label is
/// known (and not the "replacement" encoding).
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let mut at = 0;
    while let Some(found) = find_ci(&head[at..], b"<meta") {
        let start = at + found + 5;
        // The tag ends at the next `>` (attribute values of meta tags hold no `>` in practice).
        let end = head[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |p| start + p);
        let tag = &head[start..end];
        if let Some(label) = charset_in_meta(tag) {
            if let Some(encoding) = Encoding::for_label(label) {
                if encoding == encoding_rs::REPLACEMENT {
                    return None;
                }
                return Some(encoding.output_encoding());
            }
        }
        at = end;
    }
    None
}

/// The label of `charset=LABEL` in a meta tag's attributes (`charset="…"`, or the `content` of
/// an `http-equiv` Content-Type declaration, which holds `…; charset=LABEL`).
fn charset_in_meta(tag: &[u8]) -> Option<&[u8]> {
    let at = find_ci(tag, b"charset")?;
    let rest = &tag[at + 7..];
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    let label = &rest[..len];
    (!label.is_empty()).then_some(label)
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[skip..]
}

/// The offset of the first ASCII-case-insensitive occurrence of `needle` in `haystack`.
fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_encoding_comes_from_the_bom_the_meta_declaration_or_the_bytes() {
        let cases: [(&[u8], &str, &str); 9] = [
            (b"<p>caf\xC3\xA9</p>", "UTF-8", "café"),
            (b"\xEF\xBB\xBF<p>caf\xC3\xA9</p>", "UTF-8", "café"),
            (b"<meta charset=\"windows-1252\"><p>caf\xE9 \x93q\x94</p>", "windows-1252", "café “q”"),
            (b"<META CHARSET=iso-8859-1><p>caf\xE9</p>", "windows-1252", "café"),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"><p>\xB9</p>",
                "windows-1250",
                "ą",
            ),
            // No declaration, not UTF-8: the Encoding Standard's fallback.
            (b"<p>caf\xE9</p>", "windows-1252", "café"),
            // Declared Latin-1, saved as UTF-8.
            (b"<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>", "UTF-8", "café"),
            // A meta declaring UTF-16 means UTF-8.
            (b"<meta charset=\"utf-16\"><p>caf\xC3\xA9</p>", "UTF-8", "café"),
            (b"\xFF\xFE<\0p\0>\0\xE9\0", "UTF-16LE", "é"),
        ];
        for (bytes, encoding, text) in cases {
            let decoded = decode_page(bytes);
            assert_eq!(decoded.encoding, encoding, "{bytes:?}");
            assert!(decoded.text.contains(text), "{bytes:?}: {}", decoded.text);
            assert_eq!(decoded.problem, None, "{bytes:?}");
        }
    }

    #[test]
    fn undecodable_bytes_are_replaced_and_reported() {
        let decoded = decode_page(b"<meta charset=utf-8><p>ok \xE9t\xE9 \xFF</p>");
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(decoded.text.contains("ok \u{FFFD}t\u{FFFD} \u{FFFD}"));
        assert_eq!(
            decoded.problem.as_deref(),
            Some(
                "not valid UTF-8: 3 undecodable byte sequences replaced with U+FFFD \
                 (first at byte offset 26)"
            )
        );
    }

    #[test]
    fn a_declaration_is_only_read_from_a_meta_tag() {
        let decoded = decode_page(b"<p>charset=windows-1250 caf\xC3\xA9</p>");
        assert_eq!(decoded.encoding, "UTF-8");
        let decoded = decode_page(b"<meta name=x content=y><meta charset='x-unknown'><p>a</p>");
        assert_eq!(decoded.encoding, "UTF-8");
    }
}
