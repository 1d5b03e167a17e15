//! A walk over an element's subtree in document order, without recursion (first child / next
//! sibling / parent), so a page with absurdly deep nesting cannot overflow the stack.

use scraper::{ElementRef, Node};

pub enum Visit<'a> {
    Open(ElementRef<'a>),
    Close(ElementRef<'a>),
    Text(&'a str),
}

/// Visits the nodes under `root` (not `root` itself) in document order, without recursion.
/// Returning `false` from an `Open` skips that element's subtree and its `Close`.
pub fn walk<'a>(root: ElementRef<'a>, mut visit: impl FnMut(Visit<'a>) -> bool) {
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
