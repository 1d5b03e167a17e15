#!/usr/bin/env bash
# Times the person page's JSON on an existing store, through a real `newsgraph serve`, against
# a reference measured in the same run: the bundled `quotes-by` query for the same person over
# HTTP. Prints milliseconds (best of RUNS, default 3) and the ratio to the reference.
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
"$bin" --store "$store" serve --bind "127.0.0.1:$port" 2>/dev/null &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/queries" && break; sleep 0.2; done
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
first_entity=$(once "$url/api/entity?iri=$(enc "$iri")")
# The whole-store comparisons run in the background from the start: time the rest after them.
started=$(date +%s.%N)
until curl -s "$url/api/entity?iri=$(enc "$iri")" | python3 -c 'import json, sys; sys.exit(json.load(sys.stdin)["conflicting"] is None)'; do sleep 1; done
comparisons=$(python3 -c "print($(date +%s.%N) - $started)")
reference=$(best "$url/queries/quotes-by?speaker=$(enc "$SPEAKER")&format=json")
echo "store $store ($(du -sh "$store" | cut -f1)); person \"$SPEAKER\" ($iri); best of $runs"
printf '%-44s %10s %8s\n' request ms ratio
row() { python3 -c "print('%-44s %10.1f %8.2f' % ('$1', $2 * 1000, $2 / $reference))"; }
row "quotes-by (reference)" "$reference"
row "/api/search exact ($SPEAKER)" "$(best "$url/api/search?q=$(enc "$SPEAKER")")"
row "/api/search word prefix (${surname:0:4})" "$(best "$url/api/search?q=$(enc "${surname:0:4}")")"
row "/api/entity, first (comparisons pending)" "$first_entity"
echo "comparisons ready about $(python3 -c "print(round($comparisons))") s after that first request"
row "/api/entity, again" "$(best "$url/api/entity?iri=$(enc "$iri")")"
row "/ (the page)" "$(best "$url/")"
