#!/usr/bin/env bash
# Times every bundled query on an existing store and prints one table: query, rows, wall time,
# CPU %, peak memory (GNU time), the best of RUNS runs (default 3).
# Usage: scripts/bench-queries.sh STORE [BIN ...]
#   BIN defaults to the build of PROFILE (release unless PROFILE=dev); give several binaries
#   (an old and a new build) to compare them in one run, on the same store and machine.
#   SPEAKER / ENTITY set the --param values of quotes-by / about; by default both are the person
#   with the most statements in the store, found with one SPARQL query.
#   QUERIES="quotes-by about" times only those; KEEP=DIR keeps each output as DIR/QUERY.BIN.tsv
#   (to diff the answers of two builds).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-common.sh

store="${1:?usage: scripts/bench-queries.sh STORE [BIN ...]}"
shift
if [ "$#" -eq 0 ]; then
    set -- "$(scripts/built-binary.sh "${PROFILE:-release}")"
fi
if [ ! -x /usr/bin/time ]; then
    echo "bench-queries: needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 1
fi
runs="${RUNS:-3}"
first="$1"

SPEAKER="${SPEAKER:-$(top_speaker "$first" "$store")}"
ENTITY="${ENTITY:-$SPEAKER}"
queries="${QUERIES:-$("$first" --store "$store" queries | awk '{ print $1 }')}"
echo "store $store ($(du -sh "$store" | cut -f1)); quotes-by speaker=\"$SPEAKER\", about entity=\"$ENTITY\"; best of $runs"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '%-26s %-16s %8s %9s %6s %9s\n' query binary rows "wall s" "CPU %" "peak MB"
for q in $queries; do
    params=()
    case "$q" in
        quotes-by) params=(--param "speaker=$SPEAKER") ;;
        about) params=(--param "entity=$ENTITY") ;;
    esac
    for bin in "$@"; do
        best=""
        for _ in $(seq "$runs"); do
            status=0
            /usr/bin/time -o "$tmp/time" -f '%e %P %M' \
                "$bin" --store "$store" query "$q" --format tsv "${params[@]}" \
                > "$tmp/out" 2> "$tmp/err" || status=$?
            if [ "$status" -ne 0 ]; then
                echo "bench-queries: $bin query $q failed ($status): $(head -c 300 "$tmp/err")" >&2
                break
            fi
            read -r wall cpu mem < <(tail -n 1 "$tmp/time")
            if [ -z "$best" ] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
                best="$wall $cpu $mem"
            fi
        done
        [ -n "$best" ] || continue
        read -r wall cpu mem <<< "$best"
        rows=$(($(wc -l < "$tmp/out") - 1))
        if [ -n "${KEEP:-}" ]; then
            mkdir -p "$KEEP" && cp "$tmp/out" "$KEEP/$q.$(basename "$bin").tsv"
        fi
        printf '%-26s %-16s %8d %9.2f %6s %9.1f\n' "$q" "$(basename "$bin")" "$rows" "$wall" "$cpu" \
            "$(awk -v k="$mem" 'BEGIN { print k / 1024 }')"
    done
done
