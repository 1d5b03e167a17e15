//! One self-contained HTML page to explore the graph in a browser: search an entity, see its
//! links and its quotes with their article and sentence.
//!
//! Entry point: [`HtmlSerializer`], in the style of oxttl's serializers:
//! `HtmlSerializer::new().for_writer(w)`, then `serialize_node`, `serialize_edge`,
//! `serialize_article` and `serialize_quote` in any order, then `finish()`, which writes the page.
//!
//! # Rationale
//!
//! - One file that works offline, from a USB stick or an e-mail attachment: the CSS and the small
//!   script are inline, the data is embedded as JSON in a `<script type="application/json">`
//!   element, and nothing is loaded from the network (no CDN, no fonts, no trackers).
//! - The script builds the page with `textContent` and `createElement`, never `innerHTML`, so a
//!   quote cannot inject markup; the embedded JSON escapes `<`, `>` and `&` so it cannot close
//!   its script element.
//! - What a reader needs from a quote is provenance: every quote shows its article (headline,
//!   date, publisher, link) and the sentence it was read from, with the quoted words marked.
//! - The page holds every element until `finish`, because the data is one JSON document; it is
//!   meant for what a person can read in a browser (use `--about`, `--since`, `--min-mentions` on
//!   big stores).

use super::graph::{date_string, ArticleRef, Edge, Node, Quote};
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// Builds a [`WriterHtmlSerializer`].
#[derive(Debug, Clone)]
pub struct HtmlSerializer {
    title: String,
    focus: Vec<String>,
}

impl Default for HtmlSerializer {
    fn default() -> Self {
        Self::new()
    }
}

impl HtmlSerializer {
    pub fn new() -> Self {
        Self {
            title: "newsgraph".into(),
            focus: Vec::new(),
        }
    }

    /// Node ids to show first (the first one is selected when the page opens; default: the
    /// most mentioned entity).
    pub fn with_focus(mut self, focus: Vec<String>) -> Self {
        self.focus = focus;
        self
    }

    /// The page title (default `newsgraph`).
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    pub fn for_writer<W: Write>(self, writer: W) -> WriterHtmlSerializer<W> {
        WriterHtmlSerializer {
            writer,
            title: self.title,
            focus: self.focus,
            nodes: Vec::new(),
            edges: Vec::new(),
            articles: Map::new(),
            quotes: Vec::new(),
        }
    }
}

/// Collects the graph and writes the page on [`finish`](Self::finish).
pub struct WriterHtmlSerializer<W: Write> {
    writer: W,
    title: String,
    focus: Vec<String>,
    nodes: Vec<Value>,
    edges: Vec<Value>,
    articles: Map<String, Value>,
    quotes: Vec<Value>,
}

fn opt_date(date: Option<chrono::NaiveDate>) -> Value {
    match date {
        Some(_) => date_string(date).into(),
        None => Value::Null,
    }
}

impl<W: Write> WriterHtmlSerializer<W> {
    pub fn serialize_node(&mut self, node: &Node) {
        self.nodes.push(json!({
            "id": node.id,
            "label": node.label,
            "kind": node.kind,
            "altLabels": node.alt_labels,
            "mentions": node.mentions,
            "articles": node.articles,
            "first": opt_date(node.first),
            "last": opt_date(node.last),
        }));
    }

    pub fn serialize_edge(&mut self, edge: &Edge) {
        self.edges.push(json!({
            "source": edge.source,
            "target": edge.target,
            "kind": edge.kind,
            "count": edge.count,
            "first": opt_date(edge.first),
            "last": opt_date(edge.last),
            "articles": edge.articles,
        }));
    }

    pub fn serialize_article(&mut self, article: &ArticleRef) {
        self.articles.insert(
            article.id.clone(),
            json!({
                "headline": article.headline,
                "date": opt_date(article.date),
                "url": article.url,
                "publisher": article.publisher,
            }),
        );
    }

    pub fn serialize_quote(&mut self, quote: &Quote) {
        self.quotes.push(json!({
            "speaker": quote.speaker,
            "about": quote.about,
            "text": quote.text,
            "form": quote.form,
            "cue": quote.cue,
            "date": opt_date(quote.date),
            "article": quote.article,
            "sentence": quote.sentence,
        }));
    }

    /// Writes the page and returns the writer (not flushed).
    pub fn finish(mut self) -> io::Result<W> {
        let data = json!({
            "nodes": self.nodes,
            "edges": self.edges,
            "articles": self.articles,
            "quotes": self.quotes,
            "focus": self.focus,
        });
        let page = TEMPLATE
            .replace("{{TITLE}}", &html_escape(&self.title))
            .replace("{{STYLE}}", STYLE)
            .replace("{{SCRIPT}}", SCRIPT)
            .replace("{{DATA}}", &script_safe_json(&data));
        self.writer.write_all(page.as_bytes())?;
        Ok(self.writer)
    }
}

/// JSON that cannot end its `<script>` element or open a comment in it.
fn script_safe_json(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const TEMPLATE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{{TITLE}}</title>
<style>{{STYLE}}</style>
</head>
<body>
<header>
  <h1>{{TITLE}}</h1>
  <p id="summary"></p>
</header>
<main>
  <nav>
    <input id="search" type="search" placeholder="Search an entity (name or alias)" autocomplete="off" aria-label="Search an entity">
    <select id="kind" aria-label="Kind"><option value="">all kinds</option></select>
    <ul id="entities"></ul>
  </nav>
  <section id="detail"><p class="hint">Choose an entity to see its links and quotes.</p></section>
</main>
<pre id="errors" hidden></pre>
<script id="graph-data" type="application/json">{{DATA}}</script>
<script>{{SCRIPT}}</script>
</body>
</html>
"##;

const STYLE: &str = r##"
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #f6f6f4; }
header { padding: .6rem 1.2rem; background: #22313f; color: #fff; }
header h1 { margin: 0; font-size: 1.2rem; }
header p { margin: .2rem 0 0; opacity: .8; font-size: .9rem; }
main { display: flex; min-height: calc(100vh - 4.5rem); }
nav { width: 22rem; flex: none; padding: .8rem; border-right: 1px solid #ddd; background: #fff; }
nav input, nav select { width: 100%; padding: .45rem; margin-bottom: .5rem; font: inherit; }
#entities { list-style: none; margin: 0; padding: 0; max-height: calc(100vh - 11rem); overflow-y: auto; }
#entities li { padding: .3rem .4rem; border-radius: 4px; cursor: pointer; display: flex; justify-content: space-between; gap: .5rem; }
#entities li:hover, #entities li.selected { background: #e7eef6; }
.kind { font-size: .75rem; color: #555; text-transform: uppercase; letter-spacing: .03em; }
.count { color: #777; font-size: .85rem; }
#detail { flex: 1; padding: 1rem 1.5rem; min-width: 0; }
#detail h2 { margin: 0 0 .2rem; }
.aliases { color: #555; margin: 0 0 .8rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; background: #fff; }
td, th { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eee; font-size: .92rem; }
a.entity { color: #0b5cad; cursor: pointer; text-decoration: none; }
a.entity:hover { text-decoration: underline; }
.quote { background: #fff; border-left: 4px solid #22313f; padding: .6rem .8rem; margin: .6rem 0; }
.quote blockquote { margin: 0 0 .35rem; font-size: 1.02rem; }
.quote .sentence { color: #444; font-size: .9rem; margin: .3rem 0; }
.quote mark { background: #fff1a8; }
.meta { color: #666; font-size: .85rem; }
svg { background: #fff; border: 1px solid #e3e3e3; max-width: 100%; }
svg text { font: 11px system-ui, sans-serif; }
svg .hub circle { fill: #22313f; }
svg .hub text { fill: #fff; }
svg g.other { cursor: pointer; }
svg g.other circle { fill: #cfe2ff; stroke: #6c8ebf; }
svg line { stroke: #999; }
.hint { color: #777; }
#errors { color: #b00020; padding: 1rem; white-space: pre-wrap; }
"##;

const SCRIPT: &str = r##"
"use strict";
(function () {
  var errors = document.getElementById("errors");
  window.addEventListener("error", function (e) {
    errors.hidden = false;
    errors.textContent += (e.message || String(e)) + "\n";
  });

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function entityLink(id) {
    var n = byId[id];
    var a = el("a", { "class": "entity", href: "#" + encodeURIComponent(id), text: n ? n.label : id });
    return a;
  }
  function span(from, to) {
    if (!from) { return ""; }
    return from === to ? from : from + " – " + to;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  document.getElementById("summary").textContent =
    plural(data.nodes.length, "entity").replace("entitys", "entities") + ", " +
    plural(data.edges.length, "link") + ", " + plural(data.quotes.length, "quote") + " from " +
    plural(Object.keys(data.articles).length, "article");

  var kinds = {};
  data.nodes.forEach(function (n) { kinds[n.kind] = true; });
  var kindSelect = document.getElementById("kind");
  Object.keys(kinds).sort().forEach(function (k) { kindSelect.appendChild(el("option", { value: k, text: k })); });

  var sorted = data.nodes.slice().sort(function (a, b) {
    return b.mentions - a.mentions || a.label.localeCompare(b.label);
  });
  var list = document.getElementById("entities");
  var search = document.getElementById("search");
  var items = sorted.map(function (n) {
    var li = el("li", { "data-id": n.id }, [
      el("span", {}, [el("span", { "class": "name", text: n.label }), " ", el("span", { "class": "kind", text: n.kind })]),
      el("span", { "class": "count", text: String(n.mentions) })
    ]);
    li.addEventListener("click", function () { location.hash = "#" + encodeURIComponent(n.id); });
    li._keys = fold([n.label].concat(n.altLabels).join("\u0001"));
    li._kind = n.kind;
    list.appendChild(li);
    return li;
  });
  function filter() {
    var q = fold(search.value.trim());
    var k = kindSelect.value;
    items.forEach(function (li) {
      li.hidden = (q && li._keys.indexOf(q) < 0) || (k && li._kind !== k);
    });
  }
  search.addEventListener("input", filter);
  kindSelect.addEventListener("change", filter);
  search.addEventListener("keydown", function (e) {
    if (e.key !== "Enter") { return; }
    var first = items.filter(function (li) { return !li.hidden; })[0];
    if (first) { location.hash = "#" + encodeURIComponent(first.getAttribute("data-id")); }
  });

  function quoteView(q, showSpeaker) {
    var art = data.articles[q.article] || {};
    var sentence = el("p", { "class": "sentence" });
    var at = q.sentence.indexOf(q.text);
    if (q.text && at >= 0) {
      sentence.appendChild(document.createTextNode(q.sentence.slice(0, at)));
      sentence.appendChild(el("mark", { text: q.text }));
      sentence.appendChild(document.createTextNode(q.sentence.slice(at + q.text.length)));
    } else {
      sentence.textContent = q.sentence;
    }
    var meta = el("p", { "class": "meta" });
    if (showSpeaker) {
      meta.appendChild(q.speaker ? entityLink(q.speaker) : document.createTextNode("unattributed"));
      meta.appendChild(document.createTextNode(" · "));
    }
    meta.appendChild(document.createTextNode(q.form + (q.cue ? " · " + q.cue : "") + (q.date ? " · " + q.date : "") + " · "));
    var headline = art.headline || q.article;
    meta.appendChild(art.url ? el("a", { href: art.url, rel: "noopener noreferrer", text: headline }) : document.createTextNode(headline));
    if (art.publisher) { meta.appendChild(document.createTextNode(" (" + art.publisher + ")")); }
    return el("div", { "class": "quote" }, [el("blockquote", { text: "“" + q.text + "”" }), sentence, meta]);
  }

  function egoGraph(node, links) {
    var ns = "http://www.w3.org/2000/svg";
    var others = [];
    var weight = {};
    links.forEach(function (l) {
      var o = l.source === node.id ? l.target : l.source;
      if (o === node.id) { return; }
      if (!(o in weight)) { others.push(o); weight[o] = 0; }
      weight[o] += l.count;
    });
    others.sort(function (a, b) { return weight[b] - weight[a]; });
    others = others.slice(0, 24);
    var w = 640, h = 360, cx = w / 2, cy = h / 2, r = 140;
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "Links of " + node.label);
    function make(tag, attrs, text) {
      var e = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) { e.textContent = text; }
      return e;
    }
    var pos = {};
    others.forEach(function (o, i) {
      var a = 2 * Math.PI * i / Math.max(others.length, 1) - Math.PI / 2;
      pos[o] = [cx + r * 1.3 * Math.cos(a), cy + r * Math.sin(a)];
      svg.appendChild(make("line", { x1: cx, y1: cy, x2: pos[o][0], y2: pos[o][1], "stroke-width": Math.min(1 + Math.log(weight[o]), 6) }));
    });
    others.forEach(function (o) {
      var g = make("g", { "class": "other" });
      g.appendChild(make("circle", { cx: pos[o][0], cy: pos[o][1], r: 6 }));
      var left = pos[o][0] < cx - 1;
      g.appendChild(make("text", { x: pos[o][0] + (left ? -9 : 9), y: pos[o][1] + 4, "text-anchor": left ? "end" : "start" }, byId[o] ? byId[o].label : o));
      g.addEventListener("click", function () { location.hash = "#" + encodeURIComponent(o); });
      svg.appendChild(g);
    });
    var hub = make("g", { "class": "hub" });
    hub.appendChild(make("circle", { cx: cx, cy: cy, r: 10 }));
    svg.appendChild(hub);
    svg.appendChild(make("text", { x: cx + 14, y: cy + 4, "font-weight": "bold" }, node.label));
    return svg;
  }

  function show(id) {
    var node = byId[id];
    var detail = document.getElementById("detail");
    items.forEach(function (li) { li.classList.toggle("selected", li.getAttribute("data-id") === id); });
    detail.textContent = "";
    if (!node) {
      detail.appendChild(el("p", { "class": "hint", text: "Choose an entity to see its links and quotes." }));
      return;
    }
    detail.appendChild(el("h2", { text: node.label }));
    detail.appendChild(el("p", { "class": "meta", text: node.kind + " · " + plural(node.mentions, "mention") + " in " + plural(node.articles, "article") + (node.first ? " · " + span(node.first, node.last) : "") }));
    if (node.altLabels.length) {
      detail.appendChild(el("p", { "class": "aliases", text: "Also: " + node.altLabels.join(", ") }));
    }
    var links = data.edges.filter(function (e) { return e.source === id || e.target === id; });
    if (links.length) {
      detail.appendChild(egoGraph(node, links));
      detail.appendChild(el("h3", { text: "Links" }));
      var table = el("table", {}, [el("tr", {}, [el("th", { text: "who" }), el("th", { text: "what" }), el("th", { text: "whom" }), el("th", { text: "times" }), el("th", { text: "when" })])]);
      links.forEach(function (l) {
        table.appendChild(el("tr", {}, [
          el("td", {}, [entityLink(l.source)]), el("td", { text: l.kind }), el("td", {}, [entityLink(l.target)]),
          el("td", { text: String(l.count) }), el("td", { text: span(l.first, l.last) })
        ]));
      });
      detail.appendChild(table);
    }
    var said = data.quotes.filter(function (q) { return q.speaker === id; });
    var about = data.quotes.filter(function (q) { return q.speaker !== id && q.about.indexOf(id) >= 0; });
    detail.appendChild(el("h3", { text: "Quotes by " + node.label + " (" + said.length + ")" }));
    said.forEach(function (q) { detail.appendChild(quoteView(q, false)); });
    if (!said.length) { detail.appendChild(el("p", { "class": "hint", text: "None." })); }
    detail.appendChild(el("h3", { text: "Quotes mentioning " + node.label + " (" + about.length + ")" }));
    about.forEach(function (q) { detail.appendChild(quoteView(q, true)); });
    if (!about.length) { detail.appendChild(el("p", { "class": "hint", text: "None." })); }
  }

  function route() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    show(id || data.focus[0] || (sorted[0] && sorted[0].id));
  }
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "true");
})();
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_json_cannot_close_its_script_element() {
        let v = json!({ "text": "</script><script>alert(1)</script> & <!--" });
        let s = script_safe_json(&v);
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn the_page_is_self_contained() {
        let mut s = HtmlSerializer::new().for_writer(Vec::new());
        s.serialize_node(&Node {
            id: "person/a".into(),
            iri: "https://w3id.org/newsgraph/id/person/a".into(),
            label: "Ada <Example>".into(),
            kind: "Person".into(),
            alt_labels: vec![],
            mentions: 1,
            articles: 1,
            first: None,
            last: None,
        });
        let page = String::from_utf8(s.finish().unwrap()).unwrap();
        assert!(
            page.contains("Ada \\u003cExample\\u003e"),
            "data is embedded"
        );
        for remote in ["http://", "https://", "//cdn", "src=\""] {
            let outside_data = page
                .lines()
                .filter(|l| {
                    !l.contains("graph-data")
                        && !l.contains("xmlns")
                        && !l.contains("w3.org/2000/svg")
                })
                .any(|l| l.contains(remote));
            assert!(!outside_data, "the page must not load {remote}");
        }
    }
}
