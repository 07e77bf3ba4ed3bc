#!/bin/sh
# run.sh — `make bench`: speed and memory of `claimcheck extract`, side by
# side with a bare UTF-8 decode of the same file and with Microsoft
# Recognizers-Text.  Never part of `make check`: timings depend on the machine.
#
#   CLAIMCHECK=build/claimcheck BUILD=build sh tests/bench/run.sh
#
# 1. builds a corpus of 32 MiB (and one of 4 MiB): the seed article, then
#    text from tests/bench/gen.c (deterministic: the same bytes everywhere);
# 2. best of 3 wall-clock runs: iconv -f UTF-8 -t UTF-32LE, extract (text
#    and jsonl, output to /dev/null); the ratio extract / iconv (target >= 1);
# 3. peak memory (/usr/bin/time -f %M, Debian package `time`) at 4 and
#    32 MiB: it must not grow with the input;
# 4. Recognizers-Text (tests/bench/peer: npm ci, then node bench.js) on the
#    first PEER_BYTES of the corpus, line by line, Chinese culture; its rate
#    is per byte, so a sample is fair; the ratio extract / peer (target >= 200).
set -u
: "${CLAIMCHECK:=build/claimcheck}"
: "${BUILD:=build}"
: "${CC:=cc}"
: "${PEER_BYTES:=1048576}"
D=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$D/../.." && pwd)
SEED=$ROOT/../shared/seed/000_7968fe5010cbed1b.txt
B=$BUILD/bench
mkdir -p "$B" || exit 2
[ -x "$CLAIMCHECK" ] || { echo "bench: build $CLAIMCHECK first (make)" >&2; exit 2; }

$CC -O2 -std=c11 -o "$B/gen" "$D/gen.c" || exit 2
[ -f "$B/corpus-32m.txt" ] || "$B/gen" 33554432 "$SEED" >"$B/corpus-32m.txt" || exit 2
[ -f "$B/corpus-4m.txt" ] || "$B/gen" 4194304 "$SEED" >"$B/corpus-4m.txt" || exit 2
C32=$B/corpus-32m.txt
bytes=$(wc -c <"$C32")

now() { date +%s%N; }
# best N: the least wall-clock seconds of three runs of the command
best() {
    b=
    for i in 1 2 3; do
        t0=$(now)
        "$@" >/dev/null 2>&1
        t1=$(now)
        t=$((t1 - t0))
        if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
    done
    echo "$b"
}
mbs() { awk -v b="$bytes" -v ns="$1" 'BEGIN { printf "%.1f", b / (ns / 1e9) / 1048576 }'; }

t_iconv=$(best iconv -f UTF-8 -t UTF-32LE "$C32")
t_text=$(best "$CLAIMCHECK" extract -q "$C32")
t_jsonl=$(best "$CLAIMCHECK" extract -q --format jsonl "$C32")
figures=$("$CLAIMCHECK" extract -q --format jsonl "$C32" | wc -l)

echo "corpus: $C32, $bytes bytes, $figures candidates ($(awk -v b="$bytes" -v f="$figures" 'BEGIN { printf "one per %.0f bytes", b / f }'))"
printf '%-44s %10s %10s %8s\n' "32 MiB, best of 3" "seconds" "MiB/s" "ratio"
printf '%-44s %10.3f %10s %8s\n' "iconv -f UTF-8 -t UTF-32LE" "$(awk -v n="$t_iconv" 'BEGIN{print n/1e9}')" "$(mbs "$t_iconv")" "1.00"
printf '%-44s %10.3f %10s %8s\n' "claimcheck extract (text)" "$(awk -v n="$t_text" 'BEGIN{print n/1e9}')" "$(mbs "$t_text")" \
    "$(awk -v a="$t_iconv" -v b="$t_text" 'BEGIN { printf "%.2f", a / b }')"
printf '%-44s %10.3f %10s %8s\n' "claimcheck extract --format jsonl" "$(awk -v n="$t_jsonl" 'BEGIN{print n/1e9}')" "$(mbs "$t_jsonl")" \
    "$(awk -v a="$t_iconv" -v b="$t_jsonl" 'BEGIN { printf "%.2f", a / b }')"

if [ -x /usr/bin/time ]; then
    m4=$(/usr/bin/time -f %M "$CLAIMCHECK" extract -q --format jsonl "$B/corpus-4m.txt" 2>&1 >/dev/null | tail -n 1)
    m32=$(/usr/bin/time -f %M "$CLAIMCHECK" extract -q --format jsonl "$C32" 2>&1 >/dev/null | tail -n 1)
    i32=$(/usr/bin/time -f %M iconv -f UTF-8 -t UTF-32LE "$C32" 2>&1 >/dev/null | tail -n 1)
    echo "peak memory (KiB): extract 4 MiB $m4, 32 MiB $m32 (iconv on 32 MiB: $i32)"
else
    echo "peak memory: /usr/bin/time missing (Debian package time)"
fi

P=$D/peer
if command -v node >/dev/null 2>&1 && { [ -d "$P/node_modules" ] || (cd "$P" && npm ci --no-audit --no-fund >/dev/null 2>&1); }; then
    head -c "$PEER_BYTES" "$C32" >"$B/peer-sample.txt"
    peer=$(node "$P/bench.js" "$B/peer-sample.txt")
    rate=$(printf '%s\n' "$peer" | sed 's/.*"bytes_per_second":\([0-9.e+]*\).*/\1/')
    echo "Recognizers-Text (number + percentage, zh-cn), first $PEER_BYTES bytes: $peer"
    awk -v r="$rate" -v b="$bytes" -v t="$t_text" -v j="$t_jsonl" 'BEGIN {
        e = b / (t / 1e9); f = b / (j / 1e9);
        printf "extract / Recognizers-Text: %.0fx (text), %.0fx (jsonl); target 200x\n", e / r, f / r }'
else
    echo "Recognizers-Text: node or npm missing, or npm ci failed (tests/bench/peer)"
fi
