#!/usr/bin/env bash
# Times the person page's JSON on an existing store, through a real `newsgraph serve`, against
# a reference measured in the same run: the bundled `quotes-by` query for the same person over
# HTTP. Prints how long the server took to answer after it started, then milliseconds (best of
# RUNS, default 3) and the ratio to the reference for each request; the first /api/entity is
# timed alone, as a visitor right after start-up would wait for it.
# Usage: scripts/bench-serve.sh STORE [BIN]   (BIN defaults to the release build)
#   SPEAKER sets the person (default: the one with the most statements); PORT (default 7931).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-common.sh
store="${1:?usage: scripts/bench-serve.sh STORE [BIN]}"
bin="${2:-$(scripts/built-binary.sh release)}"
port="${PORT:-7931}"
runs="${RUNS:-3}"
SPEAKER="${SPEAKER:-$(top_speaker "$bin" "$store")}"
started=$(date +%s.%N)
"$bin" --store "$store" serve --bind "127.0.0.1:$port" 2>/dev/null &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 600); do curl -s -o /dev/null "http://127.0.0.1:$port/queries" && break; sleep 0.1; done
answering=$(python3 -c "print($(date +%s.%N) - $started)")
url="http://127.0.0.1:$port"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
surname="${SPEAKER##* }"
iri=$(curl -s "$url/api/search?q=$(enc "$SPEAKER")" | python3 -c 'import json, sys; print(json.load(sys.stdin)["results"][0]["iri"])')
# Seconds for one GET, as curl measures it.
once() { curl -s -o /dev/null -w '%{time_total}' "$1"; }
best() {
    local best=""
    for _ in $(seq "$runs"); do
        t=$(once "$1")
        best=$(python3 -c "print(min(float('$t'), float('${best:-inf}')))")
    done
    echo "$best"
}
# What the page said of the comparisons on the first request: null while a build that computes
# them in the background after start-up is still at it.
first_entity=$(once "$url/api/entity?iri=$(enc "$iri")")
pending=$(curl -s "$url/api/entity?iri=$(enc "$iri")" | python3 -c 'import json, sys; print(json.load(sys.stdin)["conflicting"] is None)')
started=$(date +%s.%N)
until curl -s "$url/api/entity?iri=$(enc "$iri")" | python3 -c 'import json, sys; sys.exit(json.load(sys.stdin)["conflicting"] is None)'; do sleep 1; done
comparisons=$(python3 -c "print($(date +%s.%N) - $started)")
reference=$(best "$url/queries/quotes-by?speaker=$(enc "$SPEAKER")&format=json")
# A misspelling of the surname: its fifth letter doubled.
misspelt="${surname:0:5}${surname:4}"
echo "store $store ($(du -sh "$store" | cut -f1)); person \"$SPEAKER\" ($iri); best of $runs"
echo "server answering $(python3 -c "print(round($answering, 1))") s after it started"
printf '%-44s %10s %8s\n' request ms ratio
row() { python3 -c "print('%-44s %10.1f %8.2f' % ('$1', $2 * 1000, $2 / $reference))"; }
row "quotes-by (reference)" "$reference"
row "/api/search exact ($SPEAKER)" "$(best "$url/api/search?q=$(enc "$SPEAKER")")"
row "/api/search word prefix (${surname:0:4})" "$(best "$url/api/search?q=$(enc "${surname:0:4}")")"
row "/api/search inside a word (${surname:1:5})" "$(best "$url/api/search?q=$(enc "${surname:1:5}")")"
row "/api/search misspelt ($misspelt)" "$(best "$url/api/search?q=$(enc "$misspelt")")"
row "/api/entity, first after start-up" "$first_entity"
echo "comparisons pending on that first request: $pending; ready about $(python3 -c "print(round($comparisons))") s after it"
row "/api/entity, again" "$(best "$url/api/entity?iri=$(enc "$iri")")"
row "/ (the page)" "$(best "$url/")"
