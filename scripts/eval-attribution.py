#!/usr/bin/env python3
"""Score a PolNeAR-style runner on the BBC and Reuters attribution gold (eval/attribution).

Usage: scripts/eval-attribution.py POLNEAR_FAST [--split dev|heldout|all] [--details F]
                                   [--resolved] [--keep DIR] [--corpus DIR] [--scorer FILE]

eval/attribution/gold.jsonl holds offsets only. This script materialises a PolNeAR-format split
in a temporary directory outside the repository (articles/NAME.txt and gold.jsonl with the
source, cue and content strings cut out of the article text), runs `POLNEAR_FAST SPLIT_DIR
OUT.jsonl` on it and prints the table of ../shared/eval/polnear_score.py. Everything written
quotes corpus text, so it stays under the temporary directory (or --keep DIR, which must lie
outside the repository); --details F is the scorer's per-file details file, likewise.

Article text (what the offsets index, in code points): a BBC file as it is; a Reuters-21578
record as newsgraph's JSON Lines reader builds it, the title with runs of whitespace collapsed
to one space, a blank line, then `text` unchanged (`reuters_text` in eval/attribution/choose_articles.py).

--resolved: a second view of (d) and (e). The source string becomes the annotator's canonical
name of whom the source refers to (`source_refers_to`), and a source that refers to a named
person or body counts as named even when it is a pronoun or a description ("he", "the
company"). The default is PolNeAR's own convention (the source's words; named only when they
contain a proper name as a head).
Stdlib only.
"""
import argparse, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "eval", "attribution"))
from choose_articles import reuters_text  # noqa: E402

PUBLISHER = {"bbc": "bbc", "reuters": "reuters"}


def join(text, spans):
    return " ".join(text[s:e] for s, e in spans) if spans else None


def outer(spans):
    return [spans[0][0], spans[-1][1]] if spans else None


def load_texts(rows, corpus):
    want = {r["reuters_id"] for r in rows if "reuters_id" in r}
    reuters = {}
    if want:
        with open(os.path.join(corpus, "reuters21578", "reuters21578.jsonl"), encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in want:
                    reuters[rec["id"]] = reuters_text(rec)
    out = {}
    for r in rows:
        if "article" in r:
            name = r["article"].replace("bbc/articles/", "bbc-").replace("/", "-")
            with open(os.path.join(corpus, r["article"]), encoding="utf-8") as f:
                out[name] = ("bbc", f.read(), r)
        else:
            out[r["reuters_id"] + ".txt"] = ("reuters", reuters[r["reuters_id"]], r)
    return out


def materialise(rows, corpus, outdir, resolved):
    os.makedirs(os.path.join(outdir, "articles"), exist_ok=True)
    n = 0
    with open(os.path.join(outdir, "gold.jsonl"), "w", encoding="utf-8") as g:
        for name, (pub, text, r) in load_texts(rows, corpus).items():
            with open(os.path.join(outdir, "articles", name), "w", encoding="utf-8") as f:
                f.write(text)
            atts = []
            for a in r["attributions"]:
                source = join(text, a["source_span"])
                named = a["source_is_named"]
                if resolved and a.get("source_refers_to"):
                    source, named = a["source_refers_to"], True
                q = a["quoted_fraction"]
                atts.append({
                    "id": a["id"], "source": source, "source_is_named": named,
                    "source_span": outer(a["source_span"]),
                    "cue": join(text, a["cue_span"]), "cue_span": outer(a["cue_span"]),
                    "content": join(text, a["content_span"]), "content_span": outer(a["content_span"]),
                    "content_fragments": a["content_span"], "direct": a["direct"],
                    "quoted_fraction": q, "quotation": "full" if q >= 0.95 else "mixed" if q > 0 else "none",
                    "speech_cue": a["speech_cue"], "in_headline": a["in_headline"]})
            n += len(atts)
            g.write(json.dumps({"file": name, "publisher": pub, "annotator": "newsgraph",
                                "title": text.split("\n", 1)[0], "date": None,
                                "attributions": atts}, ensure_ascii=False) + "\n")
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runner", help="a polnear_fast binary: RUNNER SPLIT_DIR OUT.jsonl")
    ap.add_argument("--split", default="dev", choices=["dev", "heldout", "all"])
    ap.add_argument("--details", help="write the scorer's per-file details here (outside the repository)")
    ap.add_argument("--resolved", action="store_true", help="score speakers against the canonical names")
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON")
    ap.add_argument("--keep", help="materialise here instead of a temporary directory")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "eval", "polnear_score.py"))
    a = ap.parse_args()
    for p in (a.details, a.keep):
        if p and os.path.abspath(p).startswith(ROOT + os.sep):
            sys.exit(f"{p}: must lie outside the repository (it quotes corpus text)")
    with open(os.path.join(ROOT, "eval", "attribution", "gold.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    rows = [r for r in rows if a.split == "all" or r["split"] == a.split]
    tmp = None
    if a.keep:
        outdir = a.keep
    else:
        tmp = tempfile.TemporaryDirectory(prefix="ng-attribution-")
        outdir = tmp.name
    n = materialise(rows, a.corpus, outdir, a.resolved)
    print(f"{a.split}: {len(rows)} articles, {n} gold attributions"
          + (" (sources resolved to canonical names)" if a.resolved else ""), file=sys.stderr)
    system = os.path.join(outdir, "system.jsonl")
    subprocess.run([a.runner, outdir, system], check=True)
    cmd = [sys.executable, a.scorer, os.path.join(outdir, "gold.jsonl"), system]
    if a.details:
        cmd += ["--details", a.details]
    if a.json:
        cmd.append("--json")
    rc = subprocess.run(cmd).returncode
    if tmp:
        tmp.cleanup()
    sys.exit(rc)


if __name__ == "__main__":
    main()
