#!/usr/bin/env bash
# Hard inputs, one tenth and full size: extraction time must grow linearly with the input (10×
# input, at most 15× time). Inputs are generated at run time in a temporary directory from the
# BBC articles of ../shared/corpus (read in place, never copied into the project):
#   distinct  one article of distinct text: BBC articles concatenated, 300 KB / 3 MB
#   repeated  one BBC article repeated, 3 MB / 30 MB (a mis-split dump)
#   quotes    BBC paragraphs, each opened by a quote mark never closed, 500 / 5,000 of them
#   divs      a BBC article inside 10,000 / 100,000 nested <div> (HTML)
# Each input is run through `newsgraph extract` (reading and extraction, no store) under
# /usr/bin/time: wall seconds and peak MB; a run past TIMEOUT seconds (default 300) is killed.
#
# Usage: scripts/bench-hard.sh                 the release build
#        scripts/bench-hard.sh BIN [BIN2]      given binaries (before/after in the same run)
#        CASES="distinct quotes" scripts/bench-hard.sh    some cases only
#        INPUTS=DIR scripts/bench-hard.sh      keep the generated inputs in DIR
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${CORPUS:-../shared/corpus}"
bbc="$corpus/bbc/articles"
[ -d "$bbc" ] || { echo "bench-hard: no corpus at $bbc" >&2; exit 1; }
if [ "$#" -gt 0 ]; then bins=("$@"); else bins=("$(scripts/built-binary.sh release)"); fi
timeout_s="${TIMEOUT:-300}"
cases="${CASES:-distinct repeated quotes divs}"
# The bundled limits would refuse the largest inputs: measure the work, not the refusal.
extra_args=()
for bin in "${bins[@]}"; do
    if "$bin" extract --help | grep -q -- --max-article-bytes; then
        extra_args+=("--max-article-bytes=100000000")
    else
        extra_args+=("")
    fi
done

if [ -n "${INPUTS:-}" ]; then
    work="$INPUTS"          # keep the generated inputs there (for profiling)
    mkdir -p "$work"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi

python3 - "$bbc" "$work" <<'EOF'
import os, sys
bbc, work = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(bbc) for f in fs if f.endswith(".txt"))
def body(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    return "\n".join(lines[1:]).strip()          # without the headline
bodies = [body(p) for p in files]

def distinct(limit):
    out, size = ["Many stories in one\n"], 0
    for b in bodies:
        if size >= limit:
            break
        out.append(b + "\n\n")
        size += len(b.encode()) + 2
    return "\n".join(out)

def repeated(limit):
    one = bodies[0] + "\n\n"
    return "One story again and again\n\n" + one * (limit // len(one.encode()) + 1)

paragraphs = [p for b in bodies for p in b.split("\n\n") if len(p) > 80]
def quotes(n):
    out = ["Stray quote marks\n"]
    for p in paragraphs[:n]:
        words = p.split(" ", 1)
        out.append(words[0] + ' "' + (words[1] if len(words) > 1 else ""))
    return "\n\n".join(out) + "\n"

def divs(n):
    ps = "".join("<p>%s</p>\n" % p for p in bodies[0].split("\n\n"))
    return ("<html><head><title>Deep page</title></head><body>" + "<div>" * n + ps
            + "</div>" * n + "</body></html>\n")

def write(name, text):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(text)

write("distinct-small.txt", distinct(300_000)); write("distinct-full.txt", distinct(3_000_000))
write("repeated-small.txt", repeated(3_000_000)); write("repeated-full.txt", repeated(30_000_000))
write("quotes-small.txt", quotes(500)); write("quotes-full.txt", quotes(5_000))
write("divs-small.html", divs(10_000)); write("divs-full.html", divs(100_000))
EOF

# run BIN_INDEX FILE: prints "seconds peakMB" or "killed>TIMEOUT".
run() {
    local b="$1" file="$2" out="$work/time" status=0
    # shellcheck disable=SC2086
    timeout "$timeout_s" /usr/bin/time -o "$out" -f '%e %M' \
        "${bins[$b]}" extract ${extra_args[$b]} "$file" > /dev/null 2> "$work/log" || status=$?
    if [ "$status" -eq 124 ]; then
        echo "killed>${timeout_s}"
    elif [ "$status" -gt 1 ]; then
        echo "exit $status"
        tail -n 3 "$work/log" >&2
    else
        awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$out"
    fi
}

echo "| binary | input | 1/10 size: s (MB) | full: s (MB) | growth |"
echo "|---|---|---|---|---|"
for b in "${!bins[@]}"; do
    for c in $cases; do
        ext=txt
        [ "$c" = divs ] && ext=html
        small="$(run "$b" "$work/$c-small.$ext")"
        full="$(run "$b" "$work/$c-full.$ext")"
        growth="$(awk -v s="${small%% *}" -v f="${full%% *}" 'BEGIN {
            if (s + 0 > 0 && f ~ /^[0-9.]+$/) printf "x%.1f", f / s; else print "-" }')"
        fmt() { case "$1" in *" "*) echo "${1% *} (${1#* })" ;; *) echo "$1" ;; esac; }
        echo "| $(basename "${bins[$b]}") #$b | $c ($(du -h "$work/$c-small.$ext" | cut -f1) / $(du -h "$work/$c-full.$ext" | cut -f1)) | $(fmt "$small") | $(fmt "$full") | $growth |"
    done
done
