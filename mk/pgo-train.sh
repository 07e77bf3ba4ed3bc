#!/bin/sh
# pgo-train.sh — the training run of the profile-guided build (mk/pgo.mk).
#
#   sh mk/pgo-train.sh INSTRUMENTED_CLAIMCHECK DIR
#
# Runs the build with counters over what the tool reads most: 4 MiB of
# generated article text (tests/bench/gen.c, stream 1 — the same kind of
# text as the bench's corpus, other sentences), the seed article and the
# texts of the extract cases in every format; then the shipped and test
# ledgers through check, audit and report.  The counters land beside the
# objects (*.gcda).  Exit status 0, 1 (findings) and 2 (a ledger or option
# the tests make bad on purpose) are runs that worked; anything else — a
# crash — fails the build.
set -u
BIN=$1
DIR=$2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SEED=$ROOT/../shared/seed/000_7968fe5010cbed1b.txt
[ -f "$SEED" ] || SEED=

# Without address randomisation: the memos that hash an address (the names
# jsonl prints) then miss alike in every build, and so do the counters — the
# same sources give the same binary.
NORAND=
setarch "$(uname -m)" -R true 2>/dev/null && NORAND="setarch $(uname -m) -R"

run() {
    $NORAND "$BIN" "$@" >/dev/null 2>&1
    st=$?
    if [ "$st" -gt 2 ]; then
        echo "pgo-train: claimcheck $* exited with status $st" >&2
        exit 1
    fi
}

echo "pgo: training $BIN"
${CC:-cc} -O2 -std=c11 -o "$DIR/gen" "$ROOT/tests/bench/gen.c" || exit 1
"$DIR/gen" 4194304 "$SEED" 1 >"$DIR/train.txt" || exit 1
grep -v '^#' "$ROOT/tests/extract/cases.tsv" | cut -f1 >"$DIR/cases.txt"

for fmt in text jsonl csv; do
    run extract -q --format "$fmt" "$DIR/train.txt" ${SEED:+"$SEED"} "$DIR/cases.txt"
done
for fmt in text line json sarif github md claimreview; do
    run check --format "$fmt" "$ROOT/claims" "$ROOT/tests/ledgers"
done
run audit --claims "$ROOT/claims/cann-2025-06-10.csv"
for fmt in html md text; do
    run report --format "$fmt" "$ROOT/claims"
done
rm -f "$DIR/train.txt" "$DIR/cases.txt"
