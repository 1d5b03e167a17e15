#!/usr/bin/env bash
# Ingest and query speed on the corpora of ../shared/corpus, as one table: for BBC (2,225 text
# files) and Reuters-21578 (17,195 JSON lines), a fresh store is built with `newsgraph ingest`,
# the same articles are extracted to N-Quads (`newsgraph extract`, extraction alone), and when the
# Oxigraph command line is installed (`pip install oxigraph`) `oxigraph load` loads those quads
# into a fresh directory: the store's own bulk loader, the reference for ingest speed. Then
# Reuters is ingested into the BBC store (a growing store), and `scripts/bench-queries.sh STORE`,
# when it exists, times every bundled query on BBC+Reuters.
#
# Columns: wall time, CPU % (100 = one core busy), peak resident memory (`/usr/bin/time`), and
# the wall time as a multiple of `oxigraph load`'s on the same quads in the same run.
#
# Usage: scripts/bench.sh                 release build
#        PROFILE=dev scripts/bench.sh     the dev build (what `cargo run` uses)
#        BASELINE=BIN scripts/bench.sh    also the rows of another newsgraph binary (before/after)
#        SCALE=1 scripts/bench.sh         also Reuters ×1, ×2, ×4 (copies under other ids and with
#                                         a changed last line, so each copy is a new article) into
#                                         fresh stores: ingest should grow linearly, memory stay flat
# Corpora are read in place; copies for SCALE go to a temporary directory, never into the project.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${CORPUS:-../shared/corpus}"
bbc="$corpus/bbc/articles"
reuters="$corpus/reuters21578/reuters21578.jsonl"
for input in "$bbc" "$reuters"; do
    if [ ! -e "$input" ]; then
        echo "bench: no corpus at $input" >&2
        exit 1
    fi
done
if [ ! -x /usr/bin/time ]; then
    echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 1
fi
bin="$(scripts/built-binary.sh "${PROFILE:-release}")"
oxigraph="$(command -v oxigraph || true)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
table="$work/table"
: > "$table"
header() {
    echo "| what | articles | quads | wall s | CPU % | peak MB | × oxigraph load |"
    echo "|---|---|---|---|---|---|---|"
}
# Rows are printed as they are measured, and the whole table again at the end.
header

# timed NAME COMMAND...: runs COMMAND under /usr/bin/time, keeping "wall cpu% peak_kb" in
# $work/NAME.time and its stderr in $work/NAME.log.
timed() {
    local name="$1"
    shift
    local status=0
    /usr/bin/time -o "$work/$name.time" -f '%e %P %M' "$@" 2> "$work/$name.log" || status=$?
    if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
        echo "bench: $name exited with $status:" >&2
        tail -n 5 "$work/$name.log" >&2
    fi
}

# row WHAT NAME ARTICLES QUADS [REFERENCE_NAME]: one line of the table.
row() {
    local what="$1" name="$2" articles="$3" quads="$4" ref="${5:-}"
    local ratio="" wall cpu peak
    read -r wall cpu peak < "$work/$name.time"
    if [ -n "$ref" ] && [ -f "$work/$ref.time" ]; then
        ratio=$(awk -v a="$wall" -v b="$(cut -d' ' -f1 "$work/$ref.time")" \
            'BEGIN { if (b > 0) printf "%.2f", a / b }')
    fi
    printf '| %s | %s | %s | %.1f | %s | %d | %s |\n' \
        "$what" "$articles" "$quads" "$wall" "$cpu" $((peak / 1024)) "$ratio" | tee -a "$table"
}

# The "ingested N articles … Q quads" summary of an ingest log, as "N Q".
counts() {
    local found
    found=$(sed -n 's/^ingested \([0-9]*\) articles.* \([0-9]*\) quads in .*/\1 \2/p' "$work/$1.log" | tail -n 1)
    echo "${found:-? ?}"
}

# bench_corpus LABEL INPUT BIN TAG: ingest, extract and (once) oxigraph load of one corpus.
bench_corpus() {
    local label="$1" input="$2" b="$3" tag="$4"
    rm -rf "$work/store"
    timed "$tag-ingest-$label" "$b" --store "$work/store" ingest "$input"
    read -r articles quads <<< "$(counts "$tag-ingest-$label")"
    timed "$tag-extract-$label" sh -c '"$1" extract "$2" > "$3"' sh "$b" "$input" "$work/$label.nq"
    if [ -n "$oxigraph" ] && [ ! -f "$work/oxigraph-$label.time" ]; then
        rm -rf "$work/ox"
        timed "oxigraph-$label" "$oxigraph" load --location "$work/ox" --file "$work/$label.nq"
        rm -rf "$work/ox"
    fi
    local nq
    nq=$(wc -l < "$work/$label.nq")
    row "$tag: ingest $label" "$tag-ingest-$label" "$articles" "$quads" "oxigraph-$label"
    row "$tag: extract $label to N-Quads" "$tag-extract-$label" "$articles" "$nq" "oxigraph-$label"
    if [ "$b" = "$bin" ] && [ -f "$work/oxigraph-$label.time" ]; then
        row "oxigraph load of $label's quads" "oxigraph-$label" "" "$nq" "oxigraph-$label"
    fi
    rm -f "$work/$label.nq"
}

for b in "$bin" ${BASELINE:+"$BASELINE"}; do
    if [ "$b" = "$bin" ]; then tag="newsgraph ${PROFILE:-release}"; else tag="baseline"; fi
    bench_corpus bbc "$bbc" "$b" "$tag"
    bench_corpus reuters "$reuters" "$b" "$tag"
done

# BBC+Reuters: the store the queries are timed on.
both="$work/both"
"$bin" --store "$both" ingest "$bbc" 2> /dev/null || true
timed grow "$bin" --store "$both" ingest "$reuters"
read -r articles quads <<< "$(counts grow)"
row "newsgraph ${PROFILE:-release}: ingest reuters into the BBC store" grow "$articles" "$quads"

if [ "${SCALE:-0}" != 0 ]; then
    for copies in 1 2 4; do
        copy="$work/reuters-x$copies.jsonl"
        python3 - "$reuters" "$copies" > "$copy" <<'PY'
import json, sys
path, copies = sys.argv[1], int(sys.argv[2])
for n in range(copies):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if n:
                record["id"] = f"{record.get('id', '')}-copy{n}"
                record["text"] = record["text"].rstrip() + f"\n\nCopy {n}."
            print(json.dumps(record, ensure_ascii=False))
PY
        rm -rf "$work/scale"
        timed "scale-$copies" "$bin" --store "$work/scale" ingest "$copy"
        read -r articles quads <<< "$(counts "scale-$copies")"
        row "newsgraph ${PROFILE:-release}: ingest reuters x$copies" "scale-$copies" "$articles" "$quads"
        if [ -x scripts/bench-queries.sh ]; then
            echo "queries on reuters x$copies:"
            scripts/bench-queries.sh "$work/scale"
        fi
        rm -rf "$work/scale" "$copy"
    done
fi

echo
header
cat "$table"
if [ -x scripts/bench-queries.sh ]; then
    echo
    echo "queries on BBC+Reuters:"
    scripts/bench-queries.sh "$both"
fi
