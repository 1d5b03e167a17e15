//! The page's headline, publication date, publisher and address, from its `<head>` metadata
//! (Open Graph, `<meta name>`, JSON-LD) and, failing those, its markup.
//!
//! - Headline: the first of `og:title`, JSON-LD `headline`, `<title>`, the first `<h1>`, with a
//!   site name cut off: `Headline | Site`, `Site - Headline` and the like lose the part that is
//!   the page's `og:site_name` or publisher, and a headline that the page's `<h1>` or JSON-LD
//!   `headline` repeats without the extra parts (`Headline | Section | Site`) is taken as that.
//! - Date: `article:published_time`, `og:article:published_time`, `<meta name=date|pubdate|
//!   publishdate|dc.date|dc.date.issued>`, `itemprop=datePublished`, JSON-LD `datePublished`,
//!   then the first `<time datetime>` of the page; a value written in local time (with a
//!   non-zero offset or none) wins over one in UTC, whose day may be the next or the previous
//!   one where the article appeared. An unreadable value is passed over: it costs the date,
//!   never the article.
//! - Publisher: `og:site_name`, else JSON-LD `publisher.name`. URL: `<link rel=canonical>`,
//!   else `og:url`.

use super::super::collapse_whitespace;
use super::super::text::parse_date;
use super::Page;
use chrono::NaiveDate;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

/// Separators between a headline and a site or section name in `<title>`s.
const SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / "];

impl Page<'_> {
    /// The headline (see the module docs).
    pub fn headline(&self) -> Option<String> {
        let clean = |s: &str| Some(collapse_whitespace(s)).filter(|s| !s.is_empty());
        let sites: Vec<String> = [
            self.meta("og:site_name").map(str::to_string),
            self.publisher_from_json_ld(),
            self.url().as_deref().and_then(site_of_url),
        ]
        .into_iter()
        .flatten()
        .filter_map(|s| clean(&s))
        .collect();
        let strip = |t: String| strip_site(&t, &sites).to_string();
        let json_ld = self
            .json_ld
            .iter()
            .find_map(|v| find_key(v, "headline").and_then(Value::as_str))
            .map(decode_entities)
            .and_then(|s| clean(&s));
        let og_title = self.meta("og:title").and_then(clean).map(strip);
        let title_tag = self.title.as_deref().and_then(clean).map(strip);
        let h1 = self
            .h1
            .as_deref()
            .and_then(clean)
            .filter(|h1| !sites.iter().any(|site| same_name(h1, site)));
        let metadata: Vec<&String> = [&og_title, &json_ld, &title_tag]
            .into_iter()
            .flatten()
            .collect();
        let title = metadata.first().copied().or(h1.as_ref())?.clone();
        if let Some(h1) = &h1 {
            // A kicker in front of the headline the metadata gives: the metadata's.
            if let Some(inner) = metadata
                .iter()
                .filter(|t| t.len() < h1.len() && h1.contains(t.as_str()))
                .max_by_key(|t| t.len())
            {
                return Some((*inner).clone());
            }
            // The headline as printed, when the metadata say the same in other words (an SEO
            // title) or add a section or site name to it.
            if metadata.iter().any(|t| same_story(h1, t)) {
                return Some(h1.clone());
            }
        }
        // A shorter headline of the page that the title starts or ends with, at a separator.
        for short in [&h1, &json_ld].into_iter().flatten() {
            if short.len() < title.len() && is_headline_part(&title, short) {
                return Some(short.clone());
            }
        }
        Some(title)
    }

    /// The publisher: `og:site_name`, else JSON-LD `publisher.name`.
    pub fn publisher(&self) -> Option<String> {
        self.meta("og:site_name")
            .map(collapse_whitespace)
            .filter(|s| !s.is_empty())
            .or_else(|| self.publisher_from_json_ld())
    }

    fn publisher_from_json_ld(&self) -> Option<String> {
        self.json_ld.iter().find_map(publisher_name)
    }

    /// The page's absolute URL, if it states one.
    pub fn url(&self) -> Option<String> {
        [self.canonical.as_deref(), self.meta("og:url")]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|u| u.starts_with("http://") || u.starts_with("https://"))
            .map(str::to_string)
    }

    /// The publication date (see the module docs); `None` when no candidate is readable.
    pub fn date(&self) -> Option<NaiveDate> {
        const META_KEYS: [&str; 8] = [
            "article:published_time",
            "og:article:published_time",
            "date",
            "pubdate",
            "publishdate",
            "dc.date",
            "dc.date.issued",
            "datepublished",
        ];
        let metadata = META_KEYS
            .iter()
            .flat_map(|key| self.metas_named(key))
            .chain(
                self.json_ld
                    .iter()
                    .filter_map(|v| find_key(v, "datePublished").and_then(Value::as_str)),
            )
            .filter_map(|value| Some((read_date(value)?, is_utc(value))));
        let times = self
            .times
            .iter()
            .filter_map(|el| el.value().attr("datetime"))
            .filter_map(|value| Some((read_date(value)?, is_utc(value))));
        // Dates printed on the page, in elements named for dates: those after the headline
        // come before `<time datetime>`s (which also mark comments and other stories in the
        // article); then a date in the first short texts after the headline; those before the
        // headline last (the site's "today", other stories').
        let (after, before): (Vec<_>, Vec<_>) = self
            .date_texts
            .iter()
            .filter_map(|(text, after_h1)| Some((text_date(text)?, *after_h1)))
            .partition(|(_, after_h1)| *after_h1);
        let printed =
            |dates: Vec<(NaiveDate, bool)>| dates.into_iter().map(|(date, _)| (date, false));
        let candidates: Vec<(NaiveDate, bool)> = metadata
            .chain(printed(after))
            .chain(times)
            .chain(
                self.texts_after_h1
                    .iter()
                    .filter_map(|text| Some((text_date(text)?, false))),
            )
            .chain(printed(before))
            .collect();
        let (first, utc) = *candidates.first()?;
        if !utc {
            return Some(first);
        }
        // A UTC time's day may not be the day the article appeared where it was published: a
        // candidate in local time one day off is the same moment, and the better day.
        let local = candidates
            .iter()
            .find(|(date, utc)| !utc && (*date - first).num_days().abs() <= 1);
        Some(local.map_or(first, |(date, _)| *date))
    }

    /// Every non-empty `content` of meta tags by (lower-case) property or name.
    fn metas_named<'s>(&'s self, key: &'s str) -> impl Iterator<Item = &'s str> + 's {
        self.metas
            .iter()
            .filter(move |(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }
}

/// A date as written in page metadata: the forms of [`parse_date`], `21.03.2023` (day first,
/// as everywhere dots are used), and the leading `YYYY-MM-DD` of a value whose time part is
/// garbled.
pub fn read_date(value: &str) -> Option<NaiveDate> {
    static DOTTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[^\d]{0,12}?\s)?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
            .expect("valid regex")
    });
    static LEADING_ISO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)").expect("valid regex"));
    let value = value.trim();
    if let Some(date) = parse_date(value) {
        return Some(date);
    }
    let c = DOTTED
        .captures(value)
        .or_else(|| LEADING_ISO.captures(value))?;
    let (a, b, c) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    if a > 999 {
        NaiveDate::from_ymd_opt(a as i32, b, c)
    } else {
        NaiveDate::from_ymd_opt(c as i32, b, a)
    }
}

/// The first date written out in a short text: `21.03.2023`, `21.03.23`, `2023-03-21`,
/// `21. März 2023`, `21 de marzo de 2023`, `21 mars 2023`, `March 21, 2023`, `21 March 2023`.
/// Numeric dates with slashes are left alone: their day and month order depends on the country.
pub fn text_date(text: &str) -> Option<NaiveDate> {
    static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?:[^\d.]|\.?$)|\b(\d{4})-(\d{2})-(\d{2})\b")
            .expect("valid regex")
    });
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        let month = r"\p{L}{3,10}\.?";
        Regex::new(&format!(
            r"(?i)\b(?:(\d{{1,2}})(?:\.|º|er)?\s+(?:de\s+)?({month})\s+(?:de\s+|del\s+)?(\d{{4}})|({month})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}))\b"
        ))
        .expect("valid regex")
    });
    if text.len() > MAX_DATE_TEXT {
        return None;
    }
    let numeric = NUMERIC.captures(text).and_then(|c| {
        let at = c.get(0)?.start();
        let date = if let Some(d) = c.get(1) {
            let y: i32 = c[3].parse().ok()?;
            let y = if y < 100 { 2000 + y } else { y };
            NaiveDate::from_ymd_opt(y, c[2].parse().ok()?, d.as_str().parse().ok()?)
        } else {
            NaiveDate::from_ymd_opt(c[4].parse().ok()?, c[5].parse().ok()?, c[6].parse().ok()?)
        }?;
        Some((at, date))
    });
    let named = NAMED.captures_iter(text).find_map(|c| {
        let at = c.get(0)?.start();
        let (d, m, y) = match c.get(1) {
            Some(d) => (d.as_str(), &c[2], &c[3]),
            None => (c.get(5)?.as_str(), c.get(4)?.as_str(), c.get(6)?.as_str()),
        };
        let date = NaiveDate::from_ymd_opt(y.parse().ok()?, month_of(m)?, d.parse().ok()?)?;
        Some((at, date))
    });
    match (numeric, named) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
        (a, b) => a.or(b).map(|(_, date)| date),
    }
}

/// Longest text searched for a printed date: a date line, not a paragraph.
pub const MAX_DATE_TEXT: usize = 200;

/// The month of a month name or its usual abbreviation in the languages of European and
/// American news (English, German, Spanish, French, Italian, Portuguese, Dutch, Polish).
fn month_of(name: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &[
            "jan", "january", "januar", "jänner", "enero", "ene", "janvier", "janv", "gennaio",
            "gen", "janeiro", "januari", "stycznia", "styczeń",
        ],
        &[
            "feb",
            "february",
            "februar",
            "feber",
            "febrero",
            "février",
            "févr",
            "febbraio",
            "fevereiro",
            "fev",
            "februari",
            "lutego",
            "luty",
        ],
        &[
            "mar", "march", "märz", "marzo", "mars", "março", "maart", "mrt", "marca", "marzec",
        ],
        &[
            "apr",
            "april",
            "abril",
            "abr",
            "avril",
            "avr",
            "aprile",
            "kwietnia",
            "kwiecień",
        ],
        &[
            "may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj",
        ],
        &[
            "jun", "june", "juni", "junio", "juin", "giugno", "giu", "junho", "czerwca", "czerwiec",
        ],
        &[
            "jul", "july", "juli", "julio", "juillet", "juil", "luglio", "lug", "julho", "lipca",
            "lipiec",
        ],
        &[
            "aug",
            "august",
            "agosto",
            "ago",
            "août",
            "augustus",
            "sierpnia",
            "sierpień",
        ],
        &[
            "sep",
            "sept",
            "september",
            "septiembre",
            "setiembre",
            "septembre",
            "settembre",
            "set",
            "setembro",
            "września",
            "wrzesień",
        ],
        &[
            "oct",
            "october",
            "okt",
            "oktober",
            "octubre",
            "octobre",
            "ottobre",
            "ott",
            "outubro",
            "out",
            "października",
            "październik",
        ],
        &[
            "nov",
            "november",
            "noviembre",
            "novembre",
            "novembro",
            "listopada",
            "listopad",
        ],
        &[
            "dec",
            "december",
            "dez",
            "dezember",
            "diciembre",
            "dic",
            "décembre",
            "déc",
            "dicembre",
            "dezembro",
            "grudnia",
            "grudzień",
        ],
    ];
    let name = name.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&name.as_str()))
        .map(|i| i as u32 + 1)
}

/// A date-time written in UTC (`Z`, `+00:00`, `GMT`, `UTC`).
fn is_utc(value: &str) -> bool {
    let v = value.trim();
    v.ends_with('Z')
        || v.ends_with('z')
        || v.ends_with("+00:00")
        || v.ends_with("+0000")
        || v.ends_with("GMT")
        || v.ends_with("UTC")
}

/// Most words of the headline `h1` (at least [`SAME_STORY_SHARE`], and two) are words of
/// `title`, and they are a fair part of the title ([`SAME_STORY_COVER`]).
fn same_story(h1: &str, title: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (h1_words, title_words) = (words(h1), words(title));
    if h1_words.is_empty() || h1.len() > MAX_HEADLINE {
        return false;
    }
    let shared = h1_words.iter().filter(|w| title_words.contains(w)).count();
    shared >= 2
        && shared as f64 >= SAME_STORY_SHARE * h1_words.len() as f64
        && shared as f64 >= SAME_STORY_COVER * title_words.len() as f64
}

/// See [`same_story`]: the share of the title's words the `<h1>` must have (a site logo in the
/// `<h1>` has all its words in `Headline | Site`, but few of the title's).
const SAME_STORY_COVER: f64 = 0.3;

/// Two names of a site: the same letters and digits, case and a leading "the" aside
/// (`The Daily` and `DAILY`, `daily.com` and `Daily.com`).
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        let s = s.trim().to_lowercase();
        let s = s.strip_prefix("the ").unwrap_or(&s).to_string();
        s.chars().filter(|c| c.is_alphanumeric()).collect()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// See [`same_story`]: the share measured on the dev pages to tell an SEO title of the same
/// story from a site logo or section name in the `<h1>`.
const SAME_STORY_SHARE: f64 = 0.4;

/// Longest `<h1>` taken as a headline.
const MAX_HEADLINE: usize = 400;

/// `title` is `short` followed or preceded by a separator and more.
fn is_headline_part(title: &str, short: &str) -> bool {
    SEPARATORS.iter().any(|sep| {
        title
            .strip_prefix(short)
            .is_some_and(|rest| rest.starts_with(sep))
            || title
                .strip_suffix(short)
                .is_some_and(|rest| rest.ends_with(sep))
    })
}

/// `Title | Site` or `Site - Title` → `Title`, when `Site` is one of the page's site names
/// (compared by [`same_name`]); a date or a section between the title and the site goes too
/// (`Title | Section | Site`, `Title | Site | 23.05.2011`).
fn strip_site<'t>(title: &'t str, sites: &[String]) -> &'t str {
    let is_site = |part: &str| sites.iter().any(|site| same_name(part, site));
    let is_date = |part: &str| text_date(part).is_some() && part.len() <= 40;
    for sep in SEPARATORS {
        let parts: Vec<&str> = title.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        // The site last: drop it and every short part after the longest one.
        if let Some(at) = parts.iter().rposition(|p| is_site(p)) {
            if at > 0 {
                let kept = parts[..at]
                    .iter()
                    .rposition(|p| !is_date(p))
                    .map_or(0, |i| i + 1);
                let end = parts[..kept.max(1)].iter().map(|p| p.len()).sum::<usize>()
                    + sep.len() * (kept.max(1) - 1);
                let stripped = title[..end].trim();
                if !stripped.is_empty() {
                    return stripped;
                }
            } else {
                // The site first: `Site - Title`.
                let stripped = title[parts[0].len() + sep.len()..].trim();
                if !stripped.is_empty() {
                    return stripped;
                }
            }
        }
    }
    strip_pipe_tail(title)
}

/// `Headline | DW | 23.05.2011` → `Headline`: after a `|` (which headlines themselves hardly
/// use), short parts (a site, a section, a date: at most [`MAX_TAIL_WORDS`] words) go, when
/// what stays is a headline of at least [`MIN_HEADLINE_WORDS`] words.
fn strip_pipe_tail(title: &str) -> &str {
    let mut end = title.len();
    while let Some(at) = title[..end].rfind(" | ") {
        let tail = &title[at + 3..end];
        let head = title[..at].trim();
        if tail.split_whitespace().count() > MAX_TAIL_WORDS
            || head.split_whitespace().count() < MIN_HEADLINE_WORDS
        {
            break;
        }
        end = at;
    }
    title[..end].trim()
}

/// See [`strip_pipe_tail`].
const MAX_TAIL_WORDS: usize = 4;
/// See [`strip_pipe_tail`].
const MIN_HEADLINE_WORDS: usize = 4;

/// The name a site's address gives it: `https://www.example-news.co.uk/a` → `example-news`.
fn site_of_url(url: &str) -> Option<String> {
    let host = url
        .split("://")
        .nth(1)?
        .split(['/', '?', '#', ':'])
        .next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    // The label before the public suffix: `co.uk`, `com.ar` and the like take two labels.
    let suffix_len = match labels.as_slice() {
        [.., second, last]
            if last.len() == 2
                && matches!(*second, "co" | "com" | "org" | "net" | "gov" | "ac") =>
        {
            2
        }
        _ => 1,
    };
    let name = labels
        .len()
        .checked_sub(suffix_len + 1)
        .map(|i| labels[i])?;
    Some(name.to_string())
}

/// JSON-LD is script text, where HTML character references are not decoded, yet publishing
/// systems write them there (`&#8211;`, `&amp;`): decoded here.
fn decode_entities(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 10);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse().ok().and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                }
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first value of `key` anywhere in a JSON-LD document, depth first (serde_json bounds
/// the nesting depth, so the recursion is bounded too).
pub fn find_key<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Object(map) => map
            .get(key)
            .or_else(|| map.values().find_map(|v| find_key(v, key))),
        Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

/// JSON-LD `publisher`: a name, or an object (or list of objects) with a `name`.
fn publisher_name(json_ld: &Value) -> Option<String> {
    let publisher = find_key(json_ld, "publisher")?;
    let name = match publisher {
        Value::String(name) => Some(name.as_str()),
        Value::Object(map) => map.get("name").and_then(Value::as_str),
        Value::Array(items) => items
            .iter()
            .find_map(|p| p.get("name").and_then(Value::as_str)),
        _ => None,
    }?;
    Some(collapse_whitespace(name)).filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_dates_are_read_in_more_forms_than_feed_dates() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let cases = [
            ("2023-03-21T10:00:00+01:00", ymd(2023, 3, 21)),
            ("21.03.2023", ymd(2023, 3, 21)),
            ("21.03.2023 - 14:45", ymd(2023, 3, 21)),
            ("Di., 21.03.2023 - 14:45", ymd(2023, 3, 21)),
            ("2023-03-21-0305:49:00-10800", ymd(2023, 3, 21)),
            ("10/05/2022 05:22 pm", None),
            ("32.03.2023", None),
            ("someday", None),
            ("2023-03-211", None),
        ];
        for (value, want) in cases {
            assert_eq!(read_date(value), want, "{value}");
        }
    }

    #[test]
    fn printed_dates_are_found_in_short_texts() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let cases = [
            ("Written: 2023-03-21 15:03", ymd(2023, 3, 21)),
            ("am 21.03.2023", ymd(2023, 3, 21)),
            ("Von: A. Autor | 21.03.23", ymd(2023, 3, 21)),
            ("21.03.2023 · 11:14", ymd(2023, 3, 21)),
            ("Dienstag, 21. März 2023", ymd(2023, 3, 21)),
            ("martes, 21 de marzo de 2023", ymd(2023, 3, 21)),
            ("le 21 mars 2023", ymd(2023, 3, 21)),
            ("Updated March 21, 2023 at 10:00", ymd(2023, 3, 21)),
            ("21 March 2023", ymd(2023, 3, 21)),
            ("03/21/2023", None),
            ("Version 1.2.3", None),
            ("21. Foo 2023", None),
        ];
        for (text, want) in cases {
            assert_eq!(text_date(text), want, "{text}");
        }
    }

    #[test]
    fn character_references_in_json_ld_are_decoded() {
        assert_eq!(
            decode_entities("A &#8211; B &amp; C &#x201C;D&#x201D; &bogus; & E"),
            "A – B & C “D” &bogus; & E"
        );
    }

    #[test]
    fn site_names_and_sections_are_cut_off_titles() {
        let sites = ["The Daily".to_string()];
        assert_eq!(strip_site("Headline | The Daily", &sites), "Headline");
        assert_eq!(strip_site("The Daily - Headline", &sites), "Headline");
        assert_eq!(strip_site("Headline | Other", &sites), "Headline | Other");
        assert_eq!(strip_site("The Daily", &sites), "The Daily");
        assert_eq!(strip_site("Headline | THE DAILY", &sites), "Headline");
        assert_eq!(
            strip_site("Headline | Daily | 23.05.2011", &sites),
            "Headline"
        );
        assert_eq!(
            strip_site("Headline - Part two - Daily", &sites),
            "Headline - Part two"
        );
        assert!(is_headline_part(
            "Headline | Section | 23.05.2011",
            "Headline"
        ));
        assert!(!is_headline_part("Headline and more", "Headline"));
    }
}
