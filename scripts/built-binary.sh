#!/usr/bin/env bash
# Builds newsgraph with the given cargo profile (dev or release) in the shared target directory
# and prints the binary's path. Used by bench.sh and eval.sh. Usage: scripts/built-binary.sh PROFILE
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:?usage: built-binary.sh dev|release}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph-target}"
cargo build --profile "$profile" --quiet
if [ "$profile" = dev ]; then dir=debug; else dir="$profile"; fi
echo "$CARGO_TARGET_DIR/$dir/newsgraph"
