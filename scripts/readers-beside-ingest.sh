#!/usr/bin/env bash
# Readers beside a writer: ingests CORPUS into a fresh store with small batches (many RocksDB
# compactions) while `stats`, `query quotes-by` and (every fifth round) `export` run in a loop,
# and a `serve` started before the ingest answers a bundled query each round. Prints every
# failure and a count at the end.
#
# Usage: scripts/readers-beside-ingest.sh CORPUS [BATCH_QUADS] [PORT]
#   NEWSGRAPH=path/to/newsgraph (default: newsgraph on PATH)
set -uo pipefail
corpus="$1"
batch="${2:-5000}"
port="${3:-7911}"
bin="${NEWSGRAPH:-newsgraph}"
work="$(mktemp -d)"
store="$work/store"

# A store to read from the start: one article first.
first="$(find "$corpus" -type f -name '*.txt' | sort | head -1)"
"$bin" --store "$store" ingest "$first" >/dev/null 2>&1

"$bin" --store "$store" ingest --batch-quads "$batch" "$corpus" >"$work/ingest.log" 2>&1 &
writer=$!
"$bin" --store "$store" serve --bind "127.0.0.1:$port" 2>"$work/serve.log" &
server=$!
sleep 1

ok=0
failed=0
rounds=0
while kill -0 "$writer" 2>/dev/null; do
    rounds=$((rounds + 1))
    commands=("stats" "query quotes-by --param speaker=Johnson --format csv")
    [ $((rounds % 5)) = 1 ] && commands+=("export --format nquads")
    for command in "${commands[@]}"; do
        # shellcheck disable=SC2086 # the command is words on purpose
        if "$bin" --store "$store" $command >/dev/null 2>"$work/err"; then
            ok=$((ok + 1))
        else
            failed=$((failed + 1))
            echo "FAILED $command: $(tr '\n' ' ' <"$work/err")"
        fi
    done
    code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/queries/who-said-what?format=csv")"
    if [ "$code" = 200 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); echo "FAILED serve: HTTP $code"; fi
done
wait "$writer"
echo "ingest exit status $?: $(tail -1 "$work/ingest.log")"
kill "$server"
echo "rounds $rounds, reads answered $ok, failed $failed"
rm -rf "$work"
