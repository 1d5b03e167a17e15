#!/usr/bin/env bash
# Scores newsgraph on the annotated corpora of ../shared with their own scorers: PolNeAR (who said
# what), CoNLL-2003 (entities) and the saved web pages (HTML reading). Prints the score tables.
# Usage: scripts/eval.sh [SPLIT] [DATASET]    SPLIT dev (default) or train;
#        DATASET polnear, conll, webpages, both (polnear and conll) or all (default).
# PROFILE=release scripts/eval.sh uses the release build (default: the dev build).
# Runs and system outputs go to ${NG_EVAL_OUT:-/tmp/newsgraph-eval}, never into the project:
# they quote the corpora, which are for research use only.
set -euo pipefail
cd "$(dirname "$0")/.."

split="${1:-dev}"
dataset="${2:-all}"
if [ ! -x ../shared/eval/evaluate.sh ]; then
    echo "eval: no scorers at ../shared/eval" >&2
    exit 1
fi
built="$(scripts/built-binary.sh "${PROFILE:-dev}")"
# A copy, so that a build started while the evaluation runs does not change the binary under it.
bin_dir="$(mktemp -d)"
trap 'rm -rf "$bin_dir"' EXIT
cp "$built" "$bin_dir/newsgraph"
../shared/eval/evaluate.sh "$bin_dir/newsgraph" "$split" "$dataset"
