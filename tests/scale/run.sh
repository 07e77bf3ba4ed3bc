#!/bin/sh
# run.sh — DESIGN 7: an archive split across processes gives the same
# findings as one process, merged by concatenation.  For `extract` (and
# `check` when there are ledgers): one process over every file, then the
# files spread over 4 processes by GNU parallel (Debian package `parallel`),
# or `xargs -P` where it is missing; the jsonl outputs, sorted, must be equal.
#   CLAIMCHECK=build/claimcheck sh tests/scale/run.sh
# Ends with "scale: P passed, F failed"; exits 1 on any failure.
set -u
: "${CLAIMCHECK:=build/claimcheck}"
: "${CC:=cc}"
case $CLAIMCHECK in /*) ;; *) CLAIMCHECK=$PWD/$CLAIMCHECK ;; esac
D=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$D/../.." && pwd)
SEED=$ROOT/../shared/seed/000_7968fe5010cbed1b.txt
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-scale.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

[ -x "$CLAIMCHECK" ] || { echo "scale: $CLAIMCHECK is not an executable: build it first (make)" >&2; exit 2; }

# an archive: 64 articles of different lengths, cut from the bench corpus
$CC -O2 -std=c11 -o "$tmp/gen" "$ROOT/tests/bench/gen.c" || exit 2
"$tmp/gen" 4194304 "$SEED" >"$tmp/corpus.txt" || exit 2
mkdir "$tmp/archive"
(cd "$tmp/archive" && split -d -a 3 -n l/64 ../corpus.txt article- && for f in article-*; do mv "$f" "$f.txt"; done)
ls "$tmp/archive"/*.txt >"$tmp/files"
[ "$(wc -l <"$tmp/files")" -eq 64 ] && ok || ko "archive: not 64 files"

# spread FILES over 4 processes, each writing its own part; prints the tool
# used.  Exit statuses are not looked at: check exits 1 when it has findings.
spread() { # spread OUT COMMAND...
    out=$1
    shift
    mkdir "$out.d"
    if command -v parallel >/dev/null 2>&1 && parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
        parallel --will-cite -j 4 -X "$@" '{}' '>' "$out.d/part-{#}" <"$tmp/files"
        echo "GNU parallel"
    else
        # shellcheck disable=SC2016
        xargs -P 4 -n 16 sh -c 'out=$1; shift; exec "$@" > "$out/part-$$"' sh "$out.d" "$@" <"$tmp/files"
        echo "xargs -P"
    fi
    cat "$out.d"/part-* >"$out"
}

# extract: one process, then four
xargs "$CLAIMCHECK" extract -q --format jsonl <"$tmp/files" >"$tmp/one.jsonl" || ko "extract, one process: exit $?"
tool=$(spread "$tmp/many.jsonl" "$CLAIMCHECK" extract -q --format jsonl)
sort "$tmp/one.jsonl" >"$tmp/one.sorted"
sort "$tmp/many.jsonl" >"$tmp/many.sorted"
n=$(wc -l <"$tmp/one.sorted")
[ "$n" -gt 1000 ] && ok || ko "extract: only $n figures in the archive"
if cmp -s "$tmp/one.sorted" "$tmp/many.sorted"; then ok; else
    ko "extract: 4 processes ($tool) differ from one"
    diff "$tmp/one.sorted" "$tmp/many.sorted" | head -n 5
fi
echo "extract: $n figures, one process = 4 processes ($tool)"

# stdin as a mapper (Hadoop Streaming): each file through -, concatenated
for f in $(cat "$tmp/files"); do "$CLAIMCHECK" extract -q --format jsonl - <"$f"; done |
    sed 's/"file":"-",//' | sort >"$tmp/stdin.sorted"
sed 's/"file":"[^"]*",//' "$tmp/one.sorted" | sort >"$tmp/one.nofile"
cmp -s "$tmp/stdin.sorted" "$tmp/one.nofile" && ok || ko "extract -: the mapper form differs"

# check: the same for ledgers, when the checkout has some
set -- "$ROOT"/claims/*.csv "$ROOT"/tests/extract/audit/*.csv
ledgers=
for l in "$@"; do [ -f "$l" ] && ledgers="$ledgers $l"; done
if [ -n "$ledgers" ]; then
    printf '%s\n' $ledgers >"$tmp/files"
    # shellcheck disable=SC2086
    "$CLAIMCHECK" check -q --format jsonl $ledgers | sort >"$tmp/check-one.sorted"
    spread "$tmp/check-many.jsonl" "$CLAIMCHECK" check -q --format jsonl >/dev/null
    sort "$tmp/check-many.jsonl" >"$tmp/check-many.sorted"
    echo "check: $(wc -l <"$tmp/check-one.sorted") findings over$(printf ' %s' $ledgers | wc -w | sed 's/^/ /') ledgers"
    if [ -s "$tmp/check-one.sorted" ] && cmp -s "$tmp/check-one.sorted" "$tmp/check-many.sorted"; then ok; else
        ko "check: 4 processes differ from one"
    fi
fi

echo "scale: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
