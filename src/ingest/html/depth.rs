//! Absurdly deep nesting flattened before parsing.
//!
//! An HTML parser checks the stack of open elements for every start tag (the HTML Standard's
//! "has an element in button scope"), so 100,000 nested `<div>`s cost time in the square of
//! their number. No page a person reads nests more than a few dozen elements; the tags past
//! [`MAX_DEPTH`] are dropped (their text is kept), with a warning, and parsing stays linear.

/// Nesting past this depth is flattened.
pub const MAX_DEPTH: usize = 256;

/// Elements that never hold others (`<br>`), or that the parser closes by itself when the next
/// one opens (`<p>`, `<li>`, `<td>`): they do not deepen the stack for long.
const SHALLOW: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body",
];

/// Elements whose content is text, not markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// The page without the start and end tags nested deeper than `max_depth`, and how many tags
/// were dropped; `None` when the page nests no deeper (the common case: nothing is copied).
pub fn flatten(source: &str, max_depth: usize) -> Option<(String, usize)> {
    let tags = tags(source);
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut drop: Vec<std::ops::Range<usize>> = Vec::new();
    for tag in &tags {
        match tag.kind {
            TagKind::Open => {
                depth += 1;
                deepest = deepest.max(depth);
                if depth > max_depth {
                    drop.push(tag.span.clone());
                }
            }
            TagKind::Close => {
                if depth > max_depth {
                    drop.push(tag.span.clone());
                }
                depth = depth.saturating_sub(1);
            }
        }
    }
    if deepest <= max_depth {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for span in &drop {
        out.push_str(&source[at..span.start]);
        at = span.end;
    }
    out.push_str(&source[at..]);
    Some((out, drop.len()))
}

#[derive(Debug, PartialEq)]
enum TagKind {
    Open,
    Close,
}

struct Tag {
    kind: TagKind,
    span: std::ops::Range<usize>,
}

/// Start and end tags of elements that nest, in order, skipping comments, raw-text content
/// and self-closed or shallow elements. One pass over the bytes.
fn tags(source: &str) -> Vec<Tag> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr(b'<', &bytes[i..]) {
        let start = i + off;
        if bytes[start..].starts_with(b"<!--") {
            i = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let close = bytes.get(start + 1) == Some(&b'/');
        let name_start = start + 1 + usize::from(close);
        let name_end = (name_start..bytes.len())
            .find(|&k| !bytes[k].is_ascii_alphanumeric())
            .unwrap_or(bytes.len());
        if name_end == name_start || !bytes[name_start].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let Some(end) = memchr(b'>', &bytes[name_end..]).map(|e| name_end + e + 1) else {
            break;
        };
        let name = source[name_start..name_end].to_ascii_lowercase();
        i = end;
        if !close && RAW_TEXT.contains(&name.as_str()) {
            // Skip to the element's end tag: what is inside is not markup.
            let closing = format!("</{name}");
            i = find_ignoring_case(bytes, end, closing.as_bytes()).unwrap_or(bytes.len());
            continue;
        }
        let self_closed = bytes[..end].ends_with(b"/>");
        if SHALLOW.contains(&name.as_str()) || self_closed {
            continue;
        }
        out.push(Tag {
            kind: if close { TagKind::Close } else { TagKind::Open },
            span: start..end,
        });
    }
    out
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn find_ignoring_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_ordinary_depth_is_left_alone() {
        let page = "<html><body><div><article><p>One.<p>Two.</article></div></body></html>";
        assert!(flatten(page, 3).is_none());
    }

    #[test]
    fn tags_past_the_limit_are_dropped_and_their_text_kept() {
        let page = "<div><div><div><div>Deep words.</div></div></div></div>";
        let (flat, dropped) = flatten(page, 2).unwrap();
        assert_eq!(flat, "<div><div>Deep words.</div></div>");
        assert_eq!(dropped, 4);
    }

    #[test]
    fn markup_inside_scripts_and_comments_is_not_counted() {
        let page =
            "<script>var s = '<div><div><div>';</script><!-- <div><div><div> --><div>x</div>";
        assert!(flatten(page, 1).is_none());
    }
}
