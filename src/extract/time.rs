//! Dates: time expressions resolved against the article's date.
//!
//! Entry: [`dates_in`] finds every time expression in a span; [`statement_date`] picks the one
//! that dates a statement or event. Calendar arithmetic is chrono's.
//!
//! # Rationale
//! News dates events relative to the day of publication: "on Tuesday" is the most recent
//! Tuesday on or before the article's date (news reports the past), "last month" the month
//! before, "that day" the day the story last named. An explicit date wins over all of these.

use super::analysis::Analysis;
use super::{DatePrecision, DateSource, Dated, Span};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::sync::OnceLock;

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() >= 3) && (w == *m || w.len() <= 4))
        .map(|i| i as u32 + 1)
}

/// Whether a word names a weekday or a month ("Tuesday", "march").
pub fn is_calendar_word(word: &str) -> bool {
    weekday(word).is_some() || MONTHS.contains(&word.to_lowercase().as_str())
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word.to_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn time_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let month = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
        Regex::new(&format!(
            r"(?x)
            (?P<mdy>\b(?P<m1>{month})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?\b)
          | (?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{month})(?:\s+(?P<y2>\d{{4}}))?\b)
          | (?P<iso>\b(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})\b)
          | (?P<my>\b(?P<m4>{month})\s+(?P<rel4>last\s+year|this\s+year|next\s+year|(?P<y4>\d{{4}}))\b)
          | (?P<part>\b(?P<part_word>early|mid|late|end\s+of|beginning\s+of)[-\s](?P<y5>(?:19|20)\d{{2}})\b)
          | (?P<year>\b(?:in|since|until|by|of)\s+(?P<y6>(?:19|20)\d{{2}})\b)
          | (?P<season>\b(?P<rel7>last|this|next)\s+(?P<season_word>spring|summer|fall|autumn|winter)\b)
          | (?P<rel>\b(?P<rel8>last|this|next)\s+(?P<unit>week|month|year)\b)
          | (?P<that_day>\b(?:that|the\s+same)\s+day\b)
          | (?P<yesterday>\byesterday\b)
          | (?P<today>\btoday\b)
          | (?P<wd>\b(?:(?P<rel9>last|this|next)\s+)?(?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
            "
        ))
        .expect("time regex is valid")
    })
}

/// A time expression found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub span: Span,
    pub dated: Option<Dated>,
    /// "that day": refers back to the last date the story named.
    pub anaphoric: bool,
}

fn dated(date: NaiveDate, precision: DatePrecision) -> Option<Dated> {
    Some(Dated {
        date,
        precision,
        source: DateSource::Text,
    })
}

fn shift_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let total = date.year() * 12 + date.month0() as i32 + months;
    NaiveDate::from_ymd_opt(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1)
}

/// Resolves every time expression in `text[span]` against the article date.
pub fn dates_in(text: &str, span: Span, article: Option<NaiveDate>) -> Vec<TimeExpr> {
    let base = span.start;
    let mut out = Vec::new();
    for caps in time_regex().captures_iter(&text[span]) {
        let whole = caps.get(0).expect("match");
        let range = base + whole.start()..base + whole.end();
        let year_of = |y: Option<regex::Match>| -> Option<i32> {
            y.and_then(|y| y.as_str().parse().ok())
                .or_else(|| article.map(|a| a.year()))
        };
        let mut anaphoric = false;
        let dated = if caps.name("mdy").is_some() || caps.name("dmy").is_some() {
            let (m, d, y) = if caps.name("mdy").is_some() {
                (caps.name("m1"), caps.name("d1"), caps.name("y1"))
            } else {
                (caps.name("m2"), caps.name("d2"), caps.name("y2"))
            };
            let month = m.and_then(|m| month_number(m.as_str()));
            let day = d.and_then(|d| d.as_str().parse::<u32>().ok());
            match (month, day, year_of(y)) {
                (Some(month), Some(day), Some(mut year)) => {
                    // "March 30" in an article of March 2: last year's March 30.
                    if y.is_none() {
                        if let (Some(a), Some(date)) =
                            (article, NaiveDate::from_ymd_opt(year, month, day))
                        {
                            if date > a + Duration::days(7) {
                                year -= 1;
                            }
                        }
                    }
                    NaiveDate::from_ymd_opt(year, month, day)
                        .and_then(|d| dated(d, DatePrecision::Day))
                }
                _ => None,
            }
        } else if caps.name("iso").is_some() {
            let p = |n| caps.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
            match (p("y3"), p("m3"), p("d3")) {
                (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d)
                    .and_then(|d| dated(d, DatePrecision::Day)),
                _ => None,
            }
        } else if caps.name("my").is_some() {
            let month = caps.name("m4").and_then(|m| month_number(m.as_str()));
            let year = match (
                caps.name("y4"),
                caps.name("rel4").map(|r| r.as_str().to_lowercase()),
            ) {
                (Some(y), _) => y.as_str().parse::<i32>().ok(),
                (None, Some(rel)) => article.map(|a| {
                    a.year()
                        + if rel.starts_with("last") {
                            -1
                        } else if rel.starts_with("next") {
                            1
                        } else {
                            0
                        }
                }),
                _ => None,
            };
            match (month, year) {
                (Some(m), Some(y)) => {
                    NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| dated(d, DatePrecision::Month))
                }
                _ => None,
            }
        } else if let Some(y) = caps.name("y5") {
            let year: i32 = y.as_str().parse().unwrap_or(0);
            let month = match caps.name("part_word").map(|w| w.as_str().to_lowercase()) {
                Some(w) if w.starts_with("early") || w.starts_with("beginning") => 1,
                Some(w) if w.starts_with("mid") => 7,
                _ => 12,
            };
            // "mid-2019" is a year-level fact; the month marks where in the year.
            NaiveDate::from_ymd_opt(year, month, 1).and_then(|d| dated(d, DatePrecision::Year))
        } else if let Some(y) = caps.name("y6") {
            y.as_str()
                .parse::<i32>()
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
                .and_then(|d| dated(d, DatePrecision::Year))
        } else if caps.name("season").is_some() {
            let rel = caps.name("rel7").map_or("", |m| m.as_str()).to_lowercase();
            let season = caps
                .name("season_word")
                .map_or("", |m| m.as_str())
                .to_lowercase();
            let month = match season.as_str() {
                "spring" => 3,
                "summer" => 6,
                "fall" | "autumn" => 9,
                _ => 12,
            };
            article.and_then(|a| {
                let year = match rel.as_str() {
                    "last" => {
                        let this = NaiveDate::from_ymd_opt(a.year(), month, 1)?;
                        if this < a - Duration::days(90) && season != "winter" {
                            a.year()
                        } else {
                            a.year() - 1
                        }
                    }
                    "next" => a.year() + 1,
                    _ => a.year(),
                };
                NaiveDate::from_ymd_opt(year, month, 1).and_then(|d| dated(d, DatePrecision::Month))
            })
        } else if caps.name("rel").is_some() {
            let rel = caps.name("rel8").map_or("", |m| m.as_str()).to_lowercase();
            let step = match rel.as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let unit = caps.name("unit").map_or("", |m| m.as_str()).to_lowercase();
            article.and_then(|a| match unit.as_str() {
                "week" => dated(a + Duration::days(7 * step as i64), DatePrecision::Day),
                "month" => shift_months(a, step).and_then(|d| dated(d, DatePrecision::Month)),
                _ => NaiveDate::from_ymd_opt(a.year() + step, 1, 1)
                    .and_then(|d| dated(d, DatePrecision::Year)),
            })
        } else if caps.name("that_day").is_some() {
            anaphoric = true;
            None
        } else if caps.name("yesterday").is_some() {
            article.and_then(|a| dated(a - Duration::days(1), DatePrecision::Day))
        } else if caps.name("today").is_some() {
            article.and_then(|a| dated(a, DatePrecision::Day))
        } else if let Some(wd) = caps.name("wday").and_then(|w| weekday(w.as_str())) {
            let rel = caps.name("rel9").map(|m| m.as_str().to_lowercase());
            article.and_then(|a| {
                let back = (7 + a.weekday().num_days_from_monday() as i64
                    - wd.num_days_from_monday() as i64)
                    % 7;
                let date = match rel.as_deref() {
                    Some("next") => {
                        a + Duration::days((7 - back) % 7 + if back == 0 { 7 } else { 0 })
                    }
                    Some("last") if back == 0 => a - Duration::days(7),
                    _ => a - Duration::days(back),
                };
                dated(date, DatePrecision::Day)
            })
        } else {
            None
        };
        out.push(TimeExpr {
            span: range,
            dated,
            anaphoric,
        });
    }
    out
}

/// The date of a statement or event read from the words around its cue (outside quotes), or the
/// article's date marked as a fallback.
pub fn statement_date(a: &Analysis, sentence: usize, around: Option<usize>) -> Option<Dated> {
    date_outside(a, sentence, around, None, &[])
}

/// Like [`statement_date`], ignoring time expressions inside `content`: "he expected a vote next
/// week" dates the vote, not the saying; and inside `others`, the contents of the sentence's
/// other clauses: "refused to name a date, saying the poll would come in 2006" does not date
/// the refusal.
pub fn date_outside(
    a: &Analysis,
    sentence: usize,
    around: Option<usize>,
    content: Option<&Span>,
    others: &[Span],
) -> Option<Dated> {
    let span = a.seg.sentences[sentence].clone();
    // "MOSCOW, March 3, 2023 — …": the dateline dates the article, not the sentence.
    let line = dateline(a, sentence);
    let exprs: Vec<TimeExpr> = dates_in(a.text, span.clone(), a.date)
        .into_iter()
        .filter(|e| !a.in_quote(e.span.start))
        .filter(|e| line.as_ref().is_none_or(|l| e.span.start >= l.end))
        .filter(|e| {
            !content
                .into_iter()
                .chain(others)
                .any(|c| c.start <= e.span.start && e.span.end <= c.end)
        })
        .filter(|e| !in_relative_before(a, span.start, &e.span, around))
        .collect();
    // The expression nearest the cue wins.
    let pick = exprs
        .iter()
        .min_by_key(|e| around.map_or(0, |p| (e.span.start as i64 - p as i64).unsigned_abs()));
    match pick {
        Some(TimeExpr { dated: Some(d), .. }) => Some(*d),
        Some(TimeExpr {
            anaphoric: true,
            span,
            ..
        }) => last_date_before(a, span.start),
        _ => a.date.map(|date| Dated {
            date,
            precision: DatePrecision::Day,
            source: DateSource::ArticleFallback,
        }),
    }
}

/// "A former mayor -- Ann Lee, who lost in 2008 -- said …": a date inside a relative clause set
/// off before the cue dates what the clause tells of the source, not the statement.
fn in_relative_before(a: &Analysis, start: usize, expr: &Span, cue: Option<usize>) -> bool {
    let Some(cue) = cue.filter(|&c| c > expr.end) else {
        return false;
    };
    let (Some(before), Some(after)) = (a.text.get(start..expr.start), a.text.get(expr.end..cue))
    else {
        return false;
    };
    let opened = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '—' | '–' | '('))
        .map(|(i, c)| i + c.len_utf8())
        .into_iter()
        .chain(before.rfind("--").map(|i| i + 2))
        .max();
    let Some(opened) = opened else {
        return false;
    };
    let relative = before[opened..].split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "who" | "whom" | "whose" | "which"
        )
    });
    relative && (after.contains([',', '—', '–', ')']) || after.contains("--"))
}

/// The wire dateline that opens a sentence ("MOSCOW, March 3, 2023 —", "WASHINGTON (AP) —"):
/// a place in capitals, then only capitalised words, numbers and punctuation up to a dash.
pub fn dateline(a: &Analysis, sentence: usize) -> Option<Span> {
    let toks = &a.tokens[sentence];
    let first = toks.first()?.text(a.text);
    let all_caps = first.chars().count() >= 2
        && first
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
        && first.chars().any(char::is_alphabetic);
    if !all_caps {
        return None;
    }
    let dash =
        (1..toks.len().min(14)).find(|&k| matches!(toks[k].text(a.text), "—" | "–" | "-"))?;
    let plain = toks[..dash].iter().all(|t| {
        let w = t.text(a.text);
        t.capitalized || w.chars().all(|c| c.is_ascii_digit()) || matches!(w, "(" | ")" | "," | ".")
    });
    plain.then(|| toks[0].span.start..toks[dash].span.end)
}

/// The date a wire dateline gives the story ("LONDON, Nov. 19 (UPI) —"), for an article with
/// no publication date of its own.
pub fn dateline_date(a: &Analysis) -> Option<NaiveDate> {
    (0..a.tokens.len().min(3)).find_map(|s| {
        let line = dateline(a, s)?;
        dates_in(a.text, line, None)
            .into_iter()
            .filter_map(|e| e.dated)
            .find(|d| d.precision == DatePrecision::Day)
            .map(|d| d.date)
    })
}

/// The last date the story named before a byte offset, skipping photo captions.
fn last_date_before(a: &Analysis, pos: usize) -> Option<Dated> {
    // Sentences are in text order: those starting before `pos` are a prefix.
    let before = a.seg.sentences.partition_point(|s| s.start < pos);
    for (si, s) in a.seg.sentences[..before].iter().enumerate().rev() {
        let paragraph = a.seg.sentence_paragraph[si];
        if a.seg.is_caption(paragraph) {
            continue;
        }
        let found = dates_in(a.text, s.clone(), a.date)
            .into_iter()
            .filter(|e| e.span.end <= pos && !a.in_quote(e.span.start))
            .filter_map(|e| e.dated)
            .next_back();
        if found.is_some() {
            return found;
        }
    }
    a.date.map(|date| Dated {
        date,
        precision: DatePrecision::Day,
        source: DateSource::ArticleFallback,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(phrase: &str, article: &str) -> Option<(String, DatePrecision)> {
        let article = NaiveDate::parse_from_str(article, "%Y-%m-%d").ok();
        dates_in(phrase, 0..phrase.len(), article)
            .into_iter()
            .find_map(|e| e.dated)
            .map(|d| (d.date.to_string(), d.precision))
    }

    #[test]
    fn relative_expressions_resolve_against_the_article_date() {
        use DatePrecision::*;
        let cases = [
            ("on Tuesday", "2023-03-21", "2023-03-21", Day),
            ("warned on Monday", "2023-03-21", "2023-03-20", Day),
            ("said Sunday", "2023-03-21", "2023-03-19", Day),
            ("last month", "2023-03-21", "2023-02-01", Month),
            ("at a meeting last fall", "2023-03-21", "2022-09-01", Month),
            ("in September last year", "2023-03-21", "2022-09-01", Month),
            ("in mid-2019", "2023-03-21", "2019-07-01", Year),
            ("in early 2022", "2023-03-21", "2022-01-01", Year),
            ("on March 20, 2023", "2023-03-21", "2023-03-20", Day),
            ("on 20 March 2023", "2023-03-21", "2023-03-20", Day),
            ("on March 11", "1987-03-12", "1987-03-11", Day),
            ("yesterday", "2005-02-01", "2005-01-31", Day),
        ];
        for (phrase, article, expected, precision) in cases {
            assert_eq!(
                resolve(phrase, article),
                Some((expected.to_string(), precision)),
                "{phrase}"
            );
        }
    }

    #[test]
    fn that_day_is_anaphoric() {
        let text = "also that day said";
        let e = dates_in(text, 0..text.len(), None);
        assert!(e[0].anaphoric);
    }
}
