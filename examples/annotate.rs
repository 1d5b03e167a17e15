//! Prints what extraction finds in a plain-text article: entities, statements, relations.
//!
//! `cargo run --example annotate -- FILE [YYYY-MM-DD]`

use chrono::NaiveDate;
use newsgraph::extract::extract_text;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: annotate FILE [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let date = args
        .next()
        .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let doc = extract_text(&text, date);
    let ann = &doc.annotations;
    println!(
        "date: {:?} sentences: {} paragraphs: {}",
        doc.date,
        ann.sentences.len(),
        ann.paragraphs.len()
    );
    println!("== entities");
    for e in &ann.entities {
        println!(
            "{:<40} {:<12} {:>2} {:?} {:?}",
            e.name,
            e.kind.as_str(),
            e.mentions,
            e.surface_forms,
            e.roles
                .iter()
                .map(|r| format!("{} of {}", r.title, r.of.as_deref().unwrap_or("?")))
                .collect::<Vec<_>>()
        );
    }
    println!("== statements");
    // ANNOTATE_SOURCE_WORDS=1 shows an unnamed source's own words: `-(a top academic)`.
    let source_words = std::env::var_os("ANNOTATE_SOURCE_WORDS").is_some();
    for s in &ann.statements {
        let words_of_source = match (&s.speaker, &s.speaker_span) {
            (None, Some(span)) if source_words => format!("-({})", &doc.text[span.clone()]),
            _ => "-".to_string(),
        };
        let speaker = s
            .speaker
            .map_or(words_of_source.as_str(), |e| ann.entities[e].name.as_str());
        let date = s.date.map(|d| d.date.to_string()).unwrap_or_default();
        // A statement split around its attribution shows its pieces: «…» + «…».
        let words = if s.pieces.len() > 1 {
            s.pieces
                .iter()
                .map(|p| format!("«{}»", &doc.text[p.clone()]))
                .collect::<Vec<_>>()
                .join(" + ")
        } else {
            format!("«{}»", &doc.text[s.span.clone()])
        };
        println!(
            "[{}] {:<22} {:<8} {} {words}",
            s.form.as_str(),
            speaker,
            s.cue.as_deref().unwrap_or("-"),
            date,
        );
    }
    println!("== relations");
    for r in &ann.relations {
        println!(
            "{} --{}--> {} [{}] {} trigger={:?}",
            ann.entities[r.agent].name,
            r.predicate,
            ann.entities[r.target].name,
            r.modality.as_str(),
            r.date.map(|d| d.date.to_string()).unwrap_or_default(),
            text.get(r.trigger_span.clone()).unwrap_or_default()
        );
    }
}
