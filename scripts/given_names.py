#!/usr/bin/env python3
"""Regenerates data/given_names.tsv from Jörg Michael's name dictionary (nam_dict.txt), as shipped
by the `gender-guesser` package on PyPI.

    python3 -m venv /tmp/ngvenv
    /tmp/ngvenv/bin/pip install gender-guesser==0.4.0 wordfreq==3.1.1
    apt-get install wamerican        # /usr/share/dict/words (SCOWL), Debian
    /tmp/ngvenv/bin/python scripts/given_names.py > data/given_names.tsv

Why this source: about 48,000 given names from some 55 countries and language areas (Europe,
the Arab world, Turkey, Iran, India, China, Japan, Korea, Vietnam), each with its gender and a
frequency per country, maintained by one author over years for the heise c't name matcher, and
free (GNU FDL 1.2 or later). Larger crowd-derived lists (names-dataset) come from leaked social
network profiles and are full of noise.

What is left out, so that a name in the table is evidence of a person:
  - names the hand-kept data/first_names.tsv already has (it wins: news spellings, genders);
  - names that are also English words: written in lower case in Debian's word list
    (wamerican, SCOWL: Long, Rose, Chase, Norm, Porter), or very frequent in English
    (`wordfreq` Zipf frequency >= 5.0); these need a title or a known surname to be a person;
  - names that are countries, places, organisations, demonyms, titles or stop words in data/;
  - one- and two-letter names, and names without a vowel or with digits.
Gender: M → m, 1M/?M (mostly male) → m, F → f, 1F/?F → f, ? or both → u.
"""
import csv
import os
import re
import sys

import gender_guesser
from wordfreq import zipf_frequency

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data")
NAM_DICT = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
MAX_ZIPF = 5.0
DICT = "/usr/share/dict/words"


def table_rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield [c.strip() for c in line.split("\t")]


def known_words():
    """Every word of every name, alias, demonym, metonym, title and stop word in data/."""
    words = set()

    def add(value):
        for alt in value.split("|"):
            alt = alt.strip()
            if alt and alt != "-":
                words.add(alt)
                words.update(alt.split())

    for cols in table_rows("countries.tsv"):
        for c in cols[:4]:
            add(c)
    for cols in table_rows("places.tsv"):
        add(cols[0])
        if len(cols) > 3:
            add(cols[3])
    for cols in table_rows("organizations.tsv"):
        add(cols[0])
        add(cols[1])
    for cols in table_rows("titles.tsv"):
        add(cols[0])
    for cols in table_rows("stopwords.tsv"):
        words.add(cols[0].capitalize())
    return words


def main():
    hand = {cols[0] for cols in table_rows("first_names.tsv")}
    with open(DICT, encoding="utf-8") as f:
        english = {w.strip() for w in f if w.strip() and w[0].islower()}
    known = known_words()
    genders = {}
    with open(NAM_DICT, encoding="utf-8") as f:
        for line in f:
            if line[:1] in "#=" or not line.strip():
                continue
            code = line[:2].strip()
            name = line.split()[1]
            g = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}.get(code, "u")
            forms = [name.replace("+", r) for r in ("-", "")] if "+" in name else [name]
            for form in forms:
                prev = genders.get(form)
                genders[form] = g if prev in (None, g) else "u"
    ok = re.compile(r"^[^\W\d_][^\W\d_'\-]*(?:[-'][^\W\d_]+)*$")
    vowel = re.compile(r"[aeiouyAEIOUYàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűų]")
    out = []
    for name, g in genders.items():
        if len(name) < 3 or not ok.match(name) or not vowel.search(name):
            continue
        if not name[0].isupper() or name in hand or name in known:
            continue
        if name.lower() in english or zipf_frequency(name.lower(), "en") >= MAX_ZIPF:
            continue
        out.append((name, g))
    out.sort()
    version = "0.4.0"
    w = sys.stdout
    w.write(
        "# given_names.tsv — given names and their usual gender, from many countries: evidence that a\n"
        "# capitalised name is a person's (\"Ottavio Brancale\", \"Radomir Kostelecky\") and a guess at\n"
        "# the gender. data/first_names.tsv (hand-kept, news spellings) is read first and wins.\n"
        "#\n"
        "# Columns (tab-separated):\n"
        "#   name     given name as written (accented and unaccented forms are separate rows)\n"
        "#   gender   m, f, or u (unisex, or differs by country)\n"
        "#\n"
        f"# Source: nam_dict.txt (2008-11-30, version 1.2) by Jörg Michael, as shipped in the PyPI\n"
        f"# package gender-guesser {version}. Licence: GNU Free Documentation License 1.2 or later\n"
        "# (no invariant sections); this table is a modified extract and is under the same licence.\n"
        "# Generated by scripts/given_names.py, which says what is left out and why (English words:\n"
        "# lower-case entries of Debian wamerican 2020.12.07 (SCOWL), or wordfreq 3.1.1 Zipf >=\n"
        f"# {MAX_ZIPF}; names of places, organisations, titles and stop words in data/). Do not edit\n"
        "# by hand: change the script and regenerate.\n"
        "#\n"
    )
    for name, g in out:
        w.write(f"{name}\t{g}\n")


if __name__ == "__main__":
    main()
