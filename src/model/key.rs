//! Deterministic identity: the normalisation key that decides when two names are one entity,
//! and the IRI slugs built from it.
//!
//! # Rationale
//!
//! Shards of a corpus are extracted independently and merged without coordination (DESIGN,
//! "Scale"), so an entity's IRI must follow from its canonical name and kind alone. The key
//! forgives what varies between outlets and transliterations but not what changes the name:
//! case and diacritics ("Erdoğan" / "Erdogan"), punctuation ("U.S." / "US", "Al-Assad" /
//! "Al Assad"), and the doubled final `y` of romanised Slavic names ("Zelenskyy" / "Zelensky").

use crate::extract::EntityKind;
use sha2::{Digest, Sha256};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The words of a name after folding case and diacritics, dropping punctuation and mapping
/// spelling variants: `"Volodymyr Zelenskyy"` → `["volodymyr", "zelensky"]`.
pub fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in name.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—' | '/' | '_')
        {
            // Separators split words: "Al-Assad" and "Al Assad" are the same two words.
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        // Any other punctuation (". ' ’ ,") is dropped inside the word: "U.S." → "us".
    }
    if !word.is_empty() {
        words.push(word);
    }
    for w in &mut words {
        // "Zelenskyy" → "zelensky", "Dmitryy" → "dmitry"; a bare "yy" stays.
        while w.len() > 2 && w.ends_with("yy") {
            w.pop();
        }
    }
    words
}

/// The look-up key of a name (`ng:nameKey`): its normalised words joined by one space, so
/// `"Recep Tayyip  Erdoğan"`, `"recep tayyip erdogan"` and `"RECEP TAYYIP ERDOGAN"` share the key
/// `"recep tayyip erdogan"`. Stored on each entity for its label and every surface form, and
/// applied to a query's `--param` value, so that a name is found by an exact index look-up.
pub fn name_key(name: &str) -> String {
    name_words(name).join(" ")
}

/// The IRI slug of a name: its normalised words joined by `-`. Names with no letters or digits
/// at all get a stable hash-based slug instead of an empty one.
pub fn slug(name: &str) -> String {
    let words = name_words(name);
    if words.is_empty() {
        let digest = Sha256::digest(name.as_bytes());
        let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        return format!("x{hex}");
    }
    words.join("-")
}

/// The identity of an entity across all articles: `{kind}/{slug}`, e.g. `person/vladimir-putin`.
/// Two names with the same key are the same entity; the key is also the tail of its IRI.
pub fn entity_key(name: &str, kind: EntityKind) -> String {
    format!("{}/{}", kind.as_str().to_lowercase(), slug(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_share_one_key() {
        let cases = [
            ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
            ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
            ("U.S.", "US"),
            ("Bashar al-Assad", "Bashar Al Assad"),
            ("Xi Jinping", "XI  JINPING"),
            ("Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador"),
        ];
        for (a, b) in cases {
            assert_eq!(
                entity_key(a, EntityKind::Person),
                entity_key(b, EntityKind::Person),
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn name_keys_ignore_case_diacritics_punctuation_and_spacing() {
        let cases = [
            ("Recep Tayyip  Erdoğan", "recep tayyip erdogan"),
            ("ERDOGAN", "erdogan"),
            ("U.S.", "us"),
            (" Jens\tStoltenberg ", "jens stoltenberg"),
            ("...", ""),
        ];
        for (name, key) in cases {
            assert_eq!(name_key(name), key, "{name:?}");
        }
    }

    #[test]
    fn keys_are_readable_slugs_under_the_kind() {
        let cases = [
            (
                "Vladimir Putin",
                EntityKind::Person,
                "person/vladimir-putin",
            ),
            ("Zelenskyy", EntityKind::Person, "person/zelensky"),
            ("Ayyy", EntityKind::Person, "person/ay"),
            ("NATO", EntityKind::Organization, "organization/nato"),
            (
                "United States",
                EntityKind::Country,
                "country/united-states",
            ),
            ("Kyiv", EntityKind::Place, "place/kyiv"),
        ];
        for (name, kind, key) in cases {
            assert_eq!(entity_key(name, kind), key);
        }
    }

    #[test]
    fn different_names_and_kinds_stay_apart() {
        assert_ne!(
            entity_key("Putin", EntityKind::Person),
            entity_key("Vladimir Putin", EntityKind::Person)
        );
        assert_ne!(
            entity_key("Georgia", EntityKind::Country),
            entity_key("Georgia", EntityKind::Place)
        );
    }

    proptest::proptest! {
        #[test]
        fn slugs_are_idempotent_single_segments(name in "\\PC{0,40}") {
            let s = slug(&name);
            proptest::prop_assert!(!s.is_empty());
            proptest::prop_assert!(!s.contains(['/', ' ', '#', '?', '%']), "{}", s);
            proptest::prop_assert_eq!(slug(&s), s.clone());
        }
    }

    #[test]
    fn names_without_letters_get_a_stable_slug() {
        assert_eq!(slug("?!"), slug("?!"));
        assert!(slug("?!").starts_with('x'));
        assert_ne!(slug("?!"), slug("..."));
    }
}
