#!/usr/bin/env python3
"""Choose the articles of the attribution gold by the fixed rule of README.md (stdlib only).

Usage: eval/attribution/choose_articles.py [CORPUS_DIR]   (default ../shared/corpus)
Prints one line per article in annotation order: position, split, article.
Written and run before any system output on these articles was looked at.
"""
import json, os, random, re, sys

SEED = 62
BBC_QUOTA = [("business", 5), ("politics", 5), ("entertainment", 5), ("tech", 5), ("sport", 4)]
REUTERS_N = 16
MAX_CHARS = 3000
SPEECH = re.compile(r"\b(?:said|says|told|according to)\b")
SAID = re.compile(r"\bsaid\b")


def reuters_text(rec):
    """The article text as newsgraph's JSON Lines reader builds it: the title with its runs of
    whitespace collapsed to one space and trimmed, a blank line, then `text` unchanged."""
    title = " ".join(rec["title"].split())
    return f"{title}\n\n{rec['text']}" if title else rec["text"]


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
    here = os.path.dirname(os.path.abspath(__file__))
    taken = set()
    rel = os.path.join(here, "..", "relations", "gold.jsonl")
    for line in open(rel, encoding="utf-8"):
        taken.add(json.loads(line)["article"])
    taken_reuters = {f"reuters21578-{os.path.basename(a)[:-4]}" for a in taken if a.startswith("reuters21578/")}
    rng = random.Random(SEED)
    chosen = []
    for cat, n in BBC_QUOTA:
        d = os.path.join(corpus, "bbc", "articles", cat)
        cands = []
        for name in sorted(os.listdir(d)):
            art = f"bbc/articles/{cat}/{name}"
            text = open(os.path.join(d, name), encoding="utf-8").read()
            if art in taken or len(text) > MAX_CHARS or len(SPEECH.findall(text)) < 2:
                continue
            cands.append(art)
        chosen += rng.sample(cands, n)
    cands = []
    for line in open(os.path.join(corpus, "reuters21578", "reuters21578.jsonl"), encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] in taken_reuters:
            continue
        text = reuters_text(rec)
        if len(text) > MAX_CHARS or len(SAID.findall(text)) < 2:
            continue
        cands.append(rec["id"])
    chosen += rng.sample(cands, REUTERS_N)
    rng.shuffle(chosen)
    for i, art in enumerate(chosen, 1):
        print(i, "heldout" if i % 3 == 0 else "dev", art)


if __name__ == "__main__":
    main()
