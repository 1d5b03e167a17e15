"""Shared helpers of the table generators in scripts/: where data/ is and how its rows read.

Rows of a table are its non-blank, non-comment lines split on tabs, as src/lexicon/ reads them.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data")


def table_rows(name):
    """The rows of data/NAME as lists of trimmed columns."""
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield [c.strip() for c in line.split("\t")]
