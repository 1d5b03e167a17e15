#!/usr/bin/env python3
"""Regenerates data/subdivision_places.tsv: the states, provinces, counties and regions of every
country (ISO 3166-2), as shipped by the `pycountry` package on PyPI, so that "in Gloucestershire",
"Helmand province" or "Saskatchewan said" read as places that data/places.tsv does not list.

    python3 -m venv /tmp/ngvenv
    /tmp/ngvenv/bin/pip install pycountry==26.2.16 wordfreq==3.1.1
    /tmp/ngvenv/bin/python scripts/subdivision_places.py > data/subdivision_places.tsv

Why this source: ISO 3166-2 is the maintained list of countries' first-level (and, for the UK,
county-level) subdivisions; pycountry ships it from Debian's iso-codes.

What is kept, so that a name in the table is evidence of a place (the gazetteer is matched
case-sensitively, on whole words, and a known place wins over every other reading):
  - first-level units (states, provinces, regions, departments, governorates) and the UK's
    counties; not districts, municipalities, rayons, parishes, boroughs and other small units;
  - names as news writes them: accents dropped ("Bihar", "Gujarat"), a Chinese province without
    its administrative word ("Anhui", not "Anhui Sheng"); names with a comma, brackets, a
    lower-case administrative word ("Altayskiy kray") or other letters than ASCII are left out;
  - only names that are rare as English words (`wordfreq` Zipf frequency below 3.5: not
    "Central", "Centre", "Bedford");
  - nor words that are very common in Spanish, French, Portuguese, German or Italian (Zipf
    4.5 or more: "Norte", "Ouest"), which name a region only with the rest of its name;
  - not names that are given names or surnames in data/ ("Angus", "Clare"), nor names that
    data/places.tsv, data/geonames_places.tsv, data/countries.tsv or data/organizations.tsv
    already know;
  - where two countries have a subdivision of the same name, neither (the country would be a
    guess).
"""
import re
import sys
import unicodedata
from importlib import metadata

import pycountry
from wordfreq import zipf_frequency

from tables import table_rows

MAX_ZIPF = 3.5
FOREIGN_ZIPF = 4.5
# Second-level units of many countries (Uganda's districts, Slovenia's municipalities,
# Azerbaijan's rayons, Malta's local councils): rarely in news, and their names are often
# people's ("Oguz").
SMALL_UNITS = ("district", "municipalit", "rayon", "council", "parish", "commune", "city",
               "town", "village", "island", "borough", "ward", "local")
# Lower-case words that may sit inside an English place name.
JOINERS = {"and", "of", "upon", "on", "with", "the", "de", "del", "la", "y"}


def ascii_name(name):
    """The name without accents, or None when letters outside ASCII remain."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded if folded.isascii() else None


def news_form(name, country_code):
    name = re.sub(r"\s*\[.*?\]", "", name).strip()
    if "," in name or "(" in name or "'" in name or "\u2019" in name:
        return None
    name = ascii_name(name)
    if not name:
        return None
    words = name.split()
    if country_code == "CN" and len(words) > 1:
        # "Anhui Sheng", "Beijing Shi", "Guangxi Zhuangzu Zizhiqu": the province's own name.
        words = words[:1]
    if any(w[:1].islower() and w not in JOINERS for w in words):
        return None
    name = " ".join(words)
    if not name[:1].isupper() or sum(c.isalpha() for c in name) < 4:
        return None
    return name


def known_names():
    taken = set()
    for table, cols_used in [("places.tsv", 4), ("geonames_places.tsv", 1),
                             ("countries.tsv", 4), ("organizations.tsv", 2)]:
        for cols in table_rows(table):
            for c in cols[:cols_used]:
                taken.update(a.strip() for a in c.split("|") if a.strip() != "-")
    return taken


def main():
    taken = known_names()
    people = {cols[0] for cols in table_rows("first_names.tsv")}
    people |= {cols[0] for cols in table_rows("given_names.tsv")}
    people |= {cols[0] for cols in table_rows("surnames.tsv")}
    countries_by_name = {}
    for cols in table_rows("countries.tsv"):
        for n in [cols[0]] + ([] if cols[1] == "-" else cols[1].split("|")):
            countries_by_name[n.strip()] = cols[0]

    def country_of(code):
        c = pycountry.countries.get(alpha_2=code)
        for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)):
            if n in countries_by_name:
                return countries_by_name[n]
        return "-"

    found = {}
    for sub in pycountry.subdivisions:
        if any(word in sub.type.lower() for word in SMALL_UNITS):
            continue
        name = news_form(sub.name, sub.country_code)
        if not name or name in taken or name in people:
            continue
        if zipf_frequency(name.lower(), "en") >= MAX_ZIPF:
            continue
        # "Norte", "Ouest": a common word of another language names a region only with the
        # rest of its name.
        if any(zipf_frequency(name.lower(), lang) >= FOREIGN_ZIPF for lang in ("es", "fr", "pt", "de", "it")):
            continue
        found.setdefault(name, set()).add(sub.country_code)
    w = sys.stdout
    w.write(
        "# subdivision_places.tsv — states, provinces, counties and regions (ISO 3166-2) that\n"
        "# data/places.tsv and data/geonames_places.tsv do not list, so that \"in Gloucestershire\"\n"
        "# or \"Helmand province\" is a place. data/places.tsv is read first and wins.\n"
        "#\n"
        "# Columns (tab-separated): name, kind (Subdivision: a club's name in a sports report, as a\n"
        "# city's is), country (from countries.tsv, or -), aliases (-)\n"
        "#\n"
        f"# Source: ISO 3166-2 subdivisions as shipped in the PyPI package pycountry "
        f"{metadata.version('pycountry')}\n"
        "# (from Debian iso-codes). Licence: LGPL-2.1-or-later (pycountry, iso-codes).\n"
        "# Generated by scripts/subdivision_places.py, which says what is left out and why\n"
        "# (districts, municipalities and other small units; names with letters outside ASCII once\n"
        "# accents are dropped; frequent English words by\n"
        f"# wordfreq 3.1.1, Zipf >= {MAX_ZIPF}, or in es/fr/pt/de/it, Zipf >= {FOREIGN_ZIPF}; given\n"
        "# names and surnames; names two countries share).\n"
        "# Do not edit by hand: change the script and regenerate.\n"
        "#\n"
    )
    for name in sorted(found):
        codes = found[name]
        if len(codes) != 1:
            continue
        w.write(f"{name}\tSubdivision\t{country_of(next(iter(codes)))}\t-\n")


if __name__ == "__main__":
    main()
