#!/usr/bin/env bash
# Throughput of a full ingest (read → extract → model → store) on the BBC corpus, in articles/s
# and MB/s, into a fresh temporary store. Usage: scripts/bench.sh [CORPUS_DIR]
# The corpus is read in place and never copied into the project.
# PROFILE=dev scripts/bench.sh measures the dev build instead (no release build needed).
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/corpus/bbc/articles}"
if [ ! -d "$corpus" ]; then
    echo "bench: no corpus at $corpus" >&2
    exit 1
fi
bin="$(scripts/built-binary.sh "${PROFILE:-release}")"

store="$(mktemp -d)"
trap 'rm -rf "$store"' EXIT

files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.jsonl' \) | wc -l)
bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.jsonl' \) -printf '%s\n' \
    | awk '{ s += $1 } END { print s + 0 }')

start=$(date +%s.%N)
status=0
"$bin" --store "$store/db" ingest "$corpus" 2> "$store/ingest.log" || status=$?
end=$(date +%s.%N)
tail -n 1 "$store/ingest.log"
if [ "$status" -ne 0 ]; then
    echo "bench: ingest exited with $status (see messages above)" >&2
fi

articles=$(sed -n 's/^ingested \([0-9]*\) articles.*/\1/p' "$store/ingest.log" | tail -n 1)
articles=${articles:-$files}
awk -v a="$articles" -v b="$bytes" -v s="$start" -v e="$end" -v f="$files" 'BEGIN {
    t = e - s
    printf "%d files, %d articles, %.2f MB in %.2f s: %.1f articles/s, %.2f MB/s\n",
        f, a, b / 1e6, t, a / t, b / 1e6 / t
}'
du -sh "$store/db" | awk '{ print "store size: " $1 }'
