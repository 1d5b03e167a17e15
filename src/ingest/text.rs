//! Plain-text articles, and the text-level cues every format shares: headline lines, wire
//! datelines and publication dates.
//!
//! Entry point: [`read_text`]. A plain-text article is kept as it is in the file (byte-order
//! mark dropped, line endings normalised to `\n`); paragraphs are separated by blank lines or by
//! single newlines (one line per paragraph).
//!
//! # Rationale
//!
//! - The first non-empty line is the headline only when it looks like one: short (at most 200
//!   characters and 25 words), not ending like a sentence (`.`, `,`, `:` or `;`, also before a
//!   closing quote), not a dateline, and followed by more text. The two sample articles show
//!   both cases: `000_*` opens with a headline and blank lines, `001_*` opens straight with a
//!   long body paragraph.
//! - Datelines (`WASHINGTON, March 11 -`, `SALVADOR, Feb 26 - `, `LONDON (Reuters) -`,
//!   `KYIV, Ukraine (AP) — `) name the place a story was filed from; the place is written in
//!   capitals, so it is title-cased for display. A dateline with a year also gives the date.
//! - Dates are only taken from unambiguous forms: `03/04/2023` means different days on either
//!   side of the Atlantic, so it is refused rather than guessed.

use super::{decode, Article, Draft, IngestError};
use chrono::{DateTime, NaiveDate};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Reads a plain-text article. `key` is the article id; [`super::Source`] replaces it with the
/// file's `file://` URL.
///
/// # Errors
///
/// [`IngestError::Binary`], [`IngestError::Utf16`], [`IngestError::NotUtf8`] (with the line
/// and byte offset of the first invalid byte) and [`IngestError::Empty`].
pub fn read_text(origin: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    let text = decode(origin, bytes)?;
    let headline = find_headline(&text);
    let body_start = headline.as_ref().map_or(0, |h| h.end);
    let lead = Lead::of(&text[body_start..]);
    Draft {
        origin: origin.to_string(),
        title: headline.clone().map(|h| text[h].to_string()),
        headline,
        date: lead.date,
        dateline_place: lead.place,
        text,
        ..Draft::default()
    }
    .finish()
}

/// The byte span of the first non-empty line, trimmed, when it looks like a headline.
pub(crate) fn find_headline(text: &str) -> Option<Range<usize>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            offset += line.len();
            continue;
        }
        let start = offset + (line.len() - line.trim_start().len());
        // A lone line is the article itself, not its headline.
        let rest = &text[offset + line.len()..];
        if rest.trim().is_empty() || !looks_like_headline(trimmed) {
            return None;
        }
        return Some(start..start + trimmed.len());
    }
    None
}

const CLOSING_QUOTES: &[char] = &['"', '”', '’', '\'', '»'];

/// Whether a trimmed line reads like a headline rather than a body paragraph.
fn looks_like_headline(line: &str) -> bool {
    if line.chars().count() > 200 || line.split_whitespace().count() > 25 {
        return false;
    }
    if Dateline::parse(line).is_some() {
        return false;
    }
    // A paragraph ends like a sentence, also inside a quotation: “We will win,” he said.
    // `'EU rebate will stay'` (a quoted headline) and `Rivals of the Apple...` do not.
    let core = line.trim_end_matches(CLOSING_QUOTES);
    if core.ends_with("...") || core.ends_with('…') || in_title_case(line) {
        return true;
    }
    match core.chars().next_back() {
        // `Talks resume in the U.S.` still is a headline.
        Some('.') => {
            let last_word = core.split_whitespace().next_back().unwrap_or("");
            INITIALS.is_match(last_word)
        }
        Some(',' | ';' | ':') | None => false,
        Some(_) => true,
    }
}

/// `Clinton Says Russians Hacked DNC, Calls Trump’s Remarks ‘Troubling.’`: a line whose longer
/// words nearly all open with a capital is a headline, however it ends; a sentence of a body
/// never reads so.
fn in_title_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() > 3)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.len() >= 4 && capitalised * 10 >= long.len() * 9
}

static INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Lu}\.)+$|^(?:Inc|Corp|Co|Ltd|Jr|Sr|St)\.$").expect("valid regex")
});

/// What the first lines of a body say about the article: a wire dateline's place, and a date.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Lead {
    pub place: Option<String>,
    pub date: Option<NaiveDate>,
}

impl Lead {
    /// Looks for a dateline opening the first paragraph of `body`, and for a date in the
    /// dateline or in a short date line (`Published March 21, 2023`) before that paragraph.
    /// Short lines before the first paragraph (bylines, dates) are looked past.
    pub fn of(body: &str) -> Lead {
        let mut lead = Lead::default();
        let lines = body.lines().map(str::trim).filter(|l| !l.is_empty());
        for line in lines.take(4) {
            if let Some(dateline) = Dateline::parse(line) {
                lead.place = Some(dateline.place);
                lead.date = lead.date.or(dateline.date);
                break;
            }
            if lead.date.is_none() {
                if let Some(date) = date_line(line) {
                    lead.date = Some(date);
                    continue;
                }
            }
            if line.chars().count() > 100 {
                break;
            }
        }
        lead
    }
}

/// A line that is only a date, possibly labelled: `Published: 21 March 2023, 10:31`.
fn date_line(line: &str) -> Option<NaiveDate> {
    if line.len() > 80 {
        return None;
    }
    let rest = match DATE_LABEL.find(line) {
        Some(m) => &line[m.end()..],
        None => line,
    };
    parse_date(rest)
}

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:first\s+published|published|updated|last\s+updated|posted|date)(?:\s+on)?\s*:?\s*")
        .expect("valid regex")
});

/// A wire dateline at the start of a paragraph.
#[derive(Debug, PartialEq)]
pub(crate) struct Dateline {
    /// The place, title-cased: `NEW YORK` → `New York`.
    pub place: String,
    /// The date, when the dateline gives a year.
    pub date: Option<NaiveDate>,
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // Place words: capitals for wire copy (`NEW YORK`), title case only with a date after it
    // (`Toronto, March 20 -`), which `Dateline::parse` checks.
    let word = r"\p{Lu}[\p{L}\p{M}'’.\-]*";
    let region = r"\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2}";
    let date = format!(r"(?P<month>{MONTH})\.?[ ]+(?P<day>\d{{1,2}})(?:,?[ ]+(?P<year>\d{{4}}))?");
    let agency = r"\((?P<agency>[^()\n]{1,40})\)|(?P<wire>Reuters?|AP|AFP|UPI|Bloomberg)";
    let pattern = format!(
        r"^(?P<place>{word}(?:[ ]{word}){{0,4}})(?:,[ ]+(?P<region>{region}))?(?:,?[ ]+{date})?(?:,?[ ]*(?:{agency}))?[ ]*(?P<dash>--|[-–—])(?:\s|$)"
    );
    Regex::new(&pattern).expect("valid regex")
});

impl Dateline {
    /// Parses a dateline opening `paragraph`, if there is one.
    pub fn parse(paragraph: &str) -> Option<Dateline> {
        let caps = DATELINE.captures(paragraph)?;
        let place = caps.name("place")?.as_str();
        if place.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return None;
        }
        let has_date = caps.name("month").is_some();
        let capitals = !place.chars().any(char::is_lowercase);
        if !capitals && !has_date {
            return None;
        }
        let qualified = has_date
            || caps.name("region").is_some()
            || caps.name("agency").is_some()
            || caps.name("wire").is_some();
        // `LONDON-based` or `U.S.-China`: a bare capitalised word before a hyphen is no
        // dateline; `MOSCOW — ` (a real dash) is.
        if !qualified && caps.name("dash").map(|d| d.as_str()) == Some("-") {
            return None;
        }
        let date = match (caps.name("month"), caps.name("day"), caps.name("year")) {
            (Some(m), Some(d), Some(y)) => {
                let month = month_number(m.as_str())?;
                let day = d.as_str().parse().ok()?;
                let year = y.as_str().parse().ok()?;
                NaiveDate::from_ymd_opt(year, month, day)
            }
            _ => None,
        };
        Some(Dateline {
            place: if capitals {
                title_case(place)
            } else {
                place.to_string()
            },
            date,
        })
    }
}

/// 1–12 for an English month name or abbreviation (`Sept`, `feb`).
fn month_number(name: &str) -> Option<u32> {
    let prefix: String = name.chars().take(3).flat_map(char::to_lowercase).collect();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| *m == prefix)
        .map(|i| i as u32 + 1)
}

/// Words that stay lower-case inside a place name (`RIO DE JANEIRO` → `Rio de Janeiro`).
const PLACE_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "les", "el", "al",
    "of", "on", "upon", "am", "an", "der", "den", "van", "von", "y",
];

/// `NEW YORK` → `New York`, `WINSTON-SALEM` → `Winston-Salem`, `ST. PETERSBURG` →
/// `St. Petersburg`; initials (`U.S.`) are kept.
fn title_case(place: &str) -> String {
    let mut out = String::with_capacity(place.len());
    for (i, word) in place.split(' ').filter(|w| !w.is_empty()).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        if i > 0 && PLACE_PARTICLES.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else if INITIALS.is_match(word) {
            out.push_str(word);
        } else {
            let mut capitalise = true;
            let mut letters_since_break = 0;
            for c in lower.chars() {
                if capitalise && c.is_alphabetic() {
                    out.extend(c.to_uppercase());
                    capitalise = false;
                } else {
                    out.push(c);
                }
                if c.is_alphabetic() {
                    letters_since_break += 1;
                }
                // Hyphens start a new word; an apostrophe after one letter does too (N'Djamena).
                if c == '-' || ((c == '\'' || c == '’') && letters_since_break == 1) {
                    capitalise = true;
                    letters_since_break = 0;
                }
            }
        }
    }
    out
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$",
    )
    .expect("valid regex")
});

static NAMED_MONTH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})\.?,?\s+(?P<y2>\d{{4}}))(?:(?:,|\s+at|\s+-)?\s+\d{{1,2}}[:.]\d{{2}}.*)?$"
    );
    Regex::new(&pattern).expect("valid regex")
});

/// Parses a publication date; see [`super::parse_date`] for the accepted forms.
pub(crate) fn parse_date(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    if v.is_empty() || v.len() > 100 {
        return None;
    }
    // The date as written, in the writer's time zone: that is the day the outlet printed.
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(v) {
        return Some(dt.date_naive());
    }
    if let Some(c) = ISO_DATE.captures(v) {
        // `2023/03/21` but not `2023/03/21T10:00` nor `2023-03/21`.
        let slash = &c["sep"] == "/";
        if slash && (v.len() > 10 || v.contains('-')) {
            return None;
        }
        return NaiveDate::from_ymd_opt(
            c["y"].parse().ok()?,
            c["m"].parse().ok()?,
            c["d"].parse().ok()?,
        );
    }
    if let Some(c) = NAMED_MONTH_DATE.captures(v) {
        let (m, d, y) = match (c.name("m1"), c.name("d1"), c.name("y1")) {
            (Some(m), Some(d), Some(y)) => (m, d, y),
            _ => (c.name("m2")?, c.name("d2")?, c.name("y2")?),
        };
        return NaiveDate::from_ymd_opt(
            y.as_str().parse().ok()?,
            month_number(m.as_str())?,
            d.as_str().parse().ok()?,
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn dates_are_parsed_from_the_accepted_forms_only() {
        let cases = [
            ("2023-03-21", ymd(2023, 3, 21)),
            ("  2023-03-21 ", ymd(2023, 3, 21)),
            ("2023-03-21T10:00:00Z", ymd(2023, 3, 21)),
            ("2023-03-21T23:30:00-05:00", ymd(2023, 3, 21)),
            ("2023-03-21T10:00:00.000+0000", ymd(2023, 3, 21)),
            ("2023-03-21 10:00", ymd(2023, 3, 21)),
            ("Tue, 21 Mar 2023 10:00:00 +0000", ymd(2023, 3, 21)),
            ("Tue, 21 Mar 2023 10:00:00 GMT", ymd(2023, 3, 21)),
            ("March 21, 2023", ymd(2023, 3, 21)),
            ("Mar. 21 2023", ymd(2023, 3, 21)),
            ("Sept 5, 2023", ymd(2023, 9, 5)),
            ("Tuesday, March 21, 2023", ymd(2023, 3, 21)),
            ("March 21, 2023 at 10:31 AM EDT", ymd(2023, 3, 21)),
            ("21 March 2023", ymd(2023, 3, 21)),
            ("21st March, 2023", ymd(2023, 3, 21)),
            ("2023/03/21", ymd(2023, 3, 21)),
            ("1987-02-26", ymd(1987, 2, 26)),
            ("03/21/2023", None),
            ("21/03/2023", None),
            ("2023-02-30", None),
            ("2023-03-21 and later", None),
            ("next Tuesday", None),
            ("March 2023", None),
            ("", None),
        ];
        for (value, want) in cases {
            assert_eq!(parse_date(value), want, "{value:?}");
        }
    }

    #[test]
    fn datelines_give_the_place_title_cased_and_a_date_when_they_have_a_year() {
        let cases = [
            (
                "WASHINGTON, March 11 - The Senate voted.",
                Some(("Washington", None)),
            ),
            (
                "SALVADOR, Feb 26 - Showers continued.",
                Some(("Salvador", None)),
            ),
            ("NEW YORK, Feb. 26 - Banks said.", Some(("New York", None))),
            ("LONDON (Reuters) - Shares fell.", Some(("London", None))),
            ("KYIV, Ukraine (AP) — Sirens sounded.", Some(("Kyiv", None))),
            ("MOSCOW — Talks ended.", Some(("Moscow", None))),
            (
                "RIO DE JANEIRO, Jan 3 - Rain fell.",
                Some(("Rio de Janeiro", None)),
            ),
            (
                "WINSTON-SALEM, N.C. (AP) -- A plant closed.",
                Some(("Winston-Salem", None)),
            ),
            (
                "ST. PETERSBURG, May 2 - Ships docked.",
                Some(("St. Petersburg", None)),
            ),
            (
                "SÃO PAULO (Reuters) - Markets rose.",
                Some(("São Paulo", None)),
            ),
            (
                "MOSCOW, March 21, 2023 (Reuters) - Xi arrived.",
                Some(("Moscow", ymd(2023, 3, 21))),
            ),
            ("LONDON-based lenders said.", None),
            ("U.S.-China talks resumed.", None),
            ("NATO said it was aware.", None),
            (
                "BRANCHVILLE, N.J., Feb 26 - A bank said.",
                Some(("Branchville", None)),
            ),
            (
                "VANCOUVER, British Columbia, March 25 - Shr loss.",
                Some(("Vancouver", None)),
            ),
            (
                "OKLAHOMA CITY, Okla. March 11, Reuter - A bank closed.",
                Some(("Oklahoma City", None)),
            ),
            (
                "MONTREAL, March 20, Reuter - The seaway opens.",
                Some(("Montreal", None)),
            ),
            (
                "Toronto, March 20 - Title-case place with a date.",
                Some(("Toronto", None)),
            ),
            (
                "McAllen, Jan 2, 1987 - Kept as written.",
                Some(("McAllen", ymd(1987, 1, 2))),
            ),
            ("Toronto - Title-case place without a date.", None),
            ("Putin, Xi - not a place.", None),
            ("A - B", None),
        ];
        for (text, want) in cases {
            let got = Dateline::parse(text);
            let got = got.as_ref().map(|d| (d.place.as_str(), d.date));
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn headlines_are_short_lines_that_do_not_end_like_sentences() {
        let many_words = "word ".repeat(26);
        let many_chars = "x".repeat(201);
        let cases = [
            ("Xi-Putin meeting: Russia and China leaders play peacemakers on Ukraine, pledge closer ties", true),
            ("Ad sales boost Time Warner profit", true),
            ("BANKS EXPRESS GRAVE CONCERN ON BRAZIL DEBT MOVE", true),
            ("Will the talks end the war?", true),
            ("Talks resume in the U.S.", true),
            ("Xi calls the talks “successful”", true),
            ("Putin met Xi in Moscow on Tuesday.", false),
            ("“We will win,” he said.", false),
            ("“We will win.”", false),
            ("'We will stand firm on the rebate'", true),
            ("Rivals of the Apple...", true),
            ("Lee Says Voters Backed Levy, Calls Hale’s Remarks ‘Troubling.’", true),
            ("He said:", false),
            ("WASHINGTON, March 11 - The Senate voted", false),
            (many_words.as_str(), false),
            (many_chars.as_str(), false),
        ];
        for (line, want) in cases {
            assert_eq!(looks_like_headline(line.trim()), want, "{line:?}");
        }
    }

    #[test]
    fn the_headline_is_the_first_non_empty_line_and_never_the_only_one() {
        let cases = [
            ("Headline here\n\nBody.", Some("Headline here")),
            ("\n\n  Headline here  \r\nBody.", Some("Headline here")),
            ("Only a line", None),
            ("Only a line\n\n  \n", None),
            ("A body sentence.\nAnother one.", None),
            ("", None),
        ];
        for (text, want) in cases {
            let got = find_headline(text).map(|span| &text[span]);
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn the_lead_looks_past_short_byline_and_date_lines() {
        let late = format!(
            "{} body.\nPARIS — Not the first paragraph.",
            "Long ".repeat(30)
        );
        let cases = [
            ("LONDON (Reuters) - Text.", Some("London"), None),
            (
                "By Jane Doe\nPublished: 21 March 2023\nPARIS — Text.",
                Some("Paris"),
                ymd(2023, 3, 21),
            ),
            (
                "March 21, 2023\n\nA long first paragraph.",
                None,
                ymd(2023, 3, 21),
            ),
            (late.as_str(), None, None),
        ];
        for (body, place, date) in cases {
            let lead = Lead::of(body);
            assert_eq!(lead.place.as_deref(), place, "{body:?}");
            assert_eq!(lead.date, date, "{body:?}");
        }
    }

    #[test]
    fn a_text_article_keeps_its_text_and_points_the_headline_into_it() {
        let input = "\u{feff}Putin hosts Xi\r\n\r\nMOSCOW, March 21, 2023 (Reuters) - Putin met Xi.\r\nXi said he was glad.\r\n";
        let a = read_text("x.txt", input.as_bytes()).unwrap();
        assert_eq!(
            a.text,
            "Putin hosts Xi\n\nMOSCOW, March 21, 2023 (Reuters) - Putin met Xi.\nXi said he was glad.\n"
        );
        assert_eq!(a.title.as_deref(), Some("Putin hosts Xi"));
        assert_eq!(&a.text[a.headline.clone().unwrap()], "Putin hosts Xi");
        assert_eq!(a.dateline_place.as_deref(), Some("Moscow"));
        assert_eq!(a.date, ymd(2023, 3, 21));
        assert_eq!(a.origin, "x.txt");
        assert_eq!(a.key, a.id);
        assert_eq!(a.id.len(), 16);
        assert!(a.content_hash.starts_with(&a.id));
    }

    #[test]
    fn a_text_without_headline_has_no_title() {
        let a = read_text("x.txt", b"Putin met Xi in Moscow on Tuesday.\nXi said so.").unwrap();
        assert_eq!(a.title, None);
        assert_eq!(a.headline, None);
        assert_eq!(a.date, None);
        assert_eq!(a.dateline_place, None);
    }
}
