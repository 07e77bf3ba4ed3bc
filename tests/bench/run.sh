#!/bin/sh
# run.sh — `make bench`: speed and memory of `claimcheck extract`, side by
# side with a bare UTF-8 decode of the same file and with Microsoft
# Recognizers-Text.  Never part of `make check`: timings depend on the machine.
#
#   CLAIMCHECK=build/claimcheck BUILD=build sh tests/bench/run.sh
#
# 1. builds a corpus of 32 MiB (and one of 4 MiB): the seed article, then
#    text from tests/bench/gen.c (deterministic: the same bytes everywhere);
# 2. best of RUNS runs (default 5: a shared machine's other tenants slow
#    some of them): iconv -f UTF-8 -t UTF-32LE, extract (text and jsonl,
#    output to /dev/null); the ratio extract / iconv (target >= 1), by
#    wall-clock time and by CPU time (user + sys: `perf stat -e task-clock`
#    when perf works, else GNU time at 10 ms resolution), which a loaded
#    machine disturbs less;
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
: "${RUNS:=5}"
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
# CPU nanoseconds (user + sys) of one run of the command
if command -v perf >/dev/null 2>&1 && perf stat -x, -e task-clock true >/dev/null 2>&1; then
    CPU_HOW="perf stat -e task-clock"
    cpu() { perf stat -x, -e task-clock -o "$B/cpu.txt" "$@" >/dev/null 2>&1
            awk -F, '/task-clock/ { printf "%.0f", $1 * 1e6 }' "$B/cpu.txt"; }
elif [ -x /usr/bin/time ]; then
    CPU_HOW="GNU time, user + sys"
    cpu() { /usr/bin/time -f '%U %S' -o "$B/cpu.txt" "$@" >/dev/null 2>&1
            awk '{ printf "%.0f", ($1 + $2) * 1e9 }' "$B/cpu.txt"; }
else
    CPU_HOW=
    cpu() { echo 0; }
fi
# best of RUNS runs of the command: "WALL_NS CPU_NS", each the least
best() {
    b=
    c=
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        i=$((i + 1))
        t0=$(now)
        "$@" >/dev/null 2>&1
        t1=$(now)
        t=$((t1 - t0))
        if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
        u=$(cpu "$@")
        if [ -z "$c" ] || [ "$u" -lt "$c" ]; then c=$u; fi
    done
    echo "$b $c"
}
mbs() { awk -v b="$bytes" -v ns="$1" 'BEGIN { if (ns > 0) printf "%.1f", b / (ns / 1e9) / 1048576; else printf "-" }'; }
secs() { awk -v n="$1" 'BEGIN { printf "%.3f", n / 1e9 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }

set -- $(best iconv -f UTF-8 -t UTF-32LE "$C32"); t_iconv=$1 c_iconv=$2
set -- $(best "$CLAIMCHECK" extract -q "$C32"); t_text=$1 c_text=$2
set -- $(best "$CLAIMCHECK" extract -q --format jsonl "$C32"); t_jsonl=$1 c_jsonl=$2
figures=$("$CLAIMCHECK" extract -q --format jsonl "$C32" | wc -l)

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "corpus: $C32, $bytes bytes, $figures candidates ($(awk -v b="$bytes" -v f="$figures" 'BEGIN { printf "one per %.0f bytes", b / f }'))"
echo "CPU time: ${CPU_HOW:-not measured (neither perf nor /usr/bin/time)}"
case ${PGO:-} in
1) echo "build: profile-guided (make PGO=1, the default with gcc)" ;;
0) echo "build: one pass (make PGO=0)" ;;
esac
printf '%-36s %9s %9s %7s | %9s %9s %7s\n' "32 MiB, best of $RUNS" "wall s" "MiB/s" "ratio" "CPU s" "MiB/s" "ratio"
row() {
    printf '%-36s %9s %9s %7s | %9s %9s %7s\n' "$1" "$(secs "$2")" "$(mbs "$2")" "$(ratio "$t_iconv" "$2")" \
        "$(secs "$3")" "$(mbs "$3")" "$(ratio "$c_iconv" "$3")"
}
row "iconv -f UTF-8 -t UTF-32LE" "$t_iconv" "$c_iconv"
row "claimcheck extract (text)" "$t_text" "$c_text"
row "claimcheck extract --format jsonl" "$t_jsonl" "$c_jsonl"

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
    ents=$(printf '%s\n' "$peer" | sed 's/.*"entities":\([0-9]*\).*/\1/')
    awk -v r="$rate" -v n="$PEER_BYTES" -v e="$ents" 'BEGIN {
        printf "Recognizers-Text (number + percentage, zh-cn), first %d bytes, best of 3 passes: %.0f bytes/s, %s entities\n", n, r, e }'
    awk -v r="$rate" -v b="$bytes" -v t="$t_text" -v j="$t_jsonl" -v ct="$c_text" -v cj="$c_jsonl" 'BEGIN {
        e = b / (t / 1e9); f = b / (j / 1e9);
        printf "extract / Recognizers-Text (wall): %.0fx (text), %.0fx (jsonl); target 200x\n", e / r, f / r
        if (ct > 0 && cj > 0)
            printf "extract (CPU) / Recognizers-Text (wall): %.0fx (text), %.0fx (jsonl)\n", b / (ct / 1e9) / r, b / (cj / 1e9) / r }'
else
    echo "Recognizers-Text: node or npm missing, or npm ci failed (tests/bench/peer)"
fi
