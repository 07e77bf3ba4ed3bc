#!/bin/sh
# tests/ledgers/run.sh — the ledger tests: each NAME.csv is checked and its
# findings, one `RULE CLAIM` a line (CLAIM `-` for a file-level finding,
# ` suppressed` appended for a suppressed one), sorted with LC_ALL=C, must
# equal NAME.expect.  seed.expect pins the shipped ledger
# claims/cann-2025-06-10.csv.  Run from the project root:
#
#   CLAIMCHECK=build/claimcheck sh tests/ledgers/run.sh
#
# Output is TAP-like: `ok N - NAME` / `not ok N - NAME` with the diff
# (`-` expected, `+` got), then `ledgers: P passed, F failed`.  Exit 1 when
# a ledger fails, when there are fewer than 40 ledgers, or when a rule that
# `check` can produce is not fired by any .expect.
set -u
LC_ALL=C
export LC_ALL

CLAIMCHECK=${CLAIMCHECK:-build/claimcheck}
DIR=tests/ledgers
SEED=claims/cann-2025-06-10.csv
MIN_LEDGERS=40
# Rules that only `audit` or a baseline produce: `check` cannot fire them.
NOT_CHECK_RULES="quote-not-found unregistered-figure stale-baseline"

if [ ! -x "$CLAIMCHECK" ]; then
    echo "run.sh: $CLAIMCHECK is not an executable (set CLAIMCHECK)" >&2
    exit 2
fi
if [ ! -d "$DIR" ]; then
    echo "run.sh: run from the project root ($DIR not found)" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ledgers.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# One JSON line -> `RULE CLAIM[ suppressed]`.  The keys come in the order
# rule, severity, file, line, column, claim, message, derivation,
# suppressed, suppress_reason; inside a JSON string every `"` is escaped,
# so the raw text `"claim":` and `"suppressed":true` occur only as keys.
to_lines() {
    sed -e '/^[[:space:]]*{/!d' \
        -e '/"suppressed"[[:space:]]*:[[:space:]]*true/s/^/@S/' \
        -e 's/^\(@S\)\{0,1\}[[:space:]]*{[[:space:]]*"rule"[[:space:]]*:[[:space:]]*"\([^"]*\)".*"claim"[[:space:]]*:[[:space:]]*"\([^"\\]*\(\\.[^"\\]*\)*\)".*$/\2 \3 \1/' \
        -e 's/^\(@S\)\{0,1\}[[:space:]]*{[[:space:]]*"rule"[[:space:]]*:[[:space:]]*"\([^"]*\)".*"claim"[[:space:]]*:[[:space:]]*null.*$/\2 - \1/' \
        -e 's/^\(@S\)\{0,1\}[[:space:]]*{.*/UNPARSED &/' \
        -e 's/ @S$/ suppressed/' \
        -e 's/ $//'
}

n=0
pass=0
fail=0
failed=""

run_one() { # NAME CSV EXPECT
    name=$1 csv=$2 expect=$3
    n=$((n + 1))
    out=$tmp/out err=$tmp/err
    "$CLAIMCHECK" check --format jsonl --fail-on never "$csv" >"$out" 2>"$err"
    rc=$?
    why=""
    if [ ! -f "$expect" ]; then
        why="no $expect"
    elif [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
        why="exit status $rc"
    fi
    to_lines <"$out" | sort >"$tmp/got"
    if [ -z "$why" ] && sort "$expect" | diff -u - "$tmp/got" >"$tmp/diff" 2>&1; then
        pass=$((pass + 1))
        echo "ok $n - $name"
    else
        fail=$((fail + 1))
        failed="$failed $name"
        echo "not ok $n - $name${why:+ ($why)}"
        if [ -f "$expect" ]; then
            sort "$expect" | diff -u - "$tmp/got" | sed -e '1,2d' -e 's/^/#   /'
        fi
        if [ -s "$err" ]; then
            sed -e 's/^/#   stderr: /' "$err" | head -n 5
        fi
    fi
}

if [ -f "$DIR/seed.expect" ]; then
    run_one seed "$SEED" "$DIR/seed.expect"
fi
nledgers=0
for csv in "$DIR"/*.csv; do
    [ -f "$csv" ] || continue
    nledgers=$((nledgers + 1))
    name=$(basename "$csv" .csv)
    run_one "$name" "$csv" "$DIR/$name.expect"
done
for exp in "$DIR"/*.expect; do
    [ -f "$exp" ] || continue
    name=$(basename "$exp" .expect)
    if [ "$name" != seed ] && [ ! -f "$DIR/$name.csv" ]; then
        n=$((n + 1))
        fail=$((fail + 1))
        failed="$failed $name"
        echo "not ok $n - $name (no $DIR/$name.csv)"
    fi
done

status=0
echo "ledgers: $pass passed, $fail failed"
[ "$fail" -eq 0 ] || status=1

if [ "$nledgers" -lt "$MIN_LEDGERS" ]; then
    echo "ledgers: only $nledgers test ledgers, at least $MIN_LEDGERS expected"
    status=1
fi

# Every rule of the catalogue fires in at least one .expect.
missing=""
exempt=""
for rule in $("$CLAIMCHECK" rules 2>/dev/null | awk '{ print $1 }' | grep -E '^[a-z0-9]+(-[a-z0-9]+)+$'); do
    if cat "$DIR"/*.expect | grep -v ' suppressed$' | grep -q "^$rule "; then
        continue
    fi
    case " $NOT_CHECK_RULES " in
    *" $rule "*) exempt="$exempt $rule" ;;
    *) missing="$missing $rule" ;;
    esac
done
if [ -n "$exempt" ]; then
    echo "rules not fired by check (audit/baseline only):$exempt"
fi
if [ -n "$missing" ]; then
    echo "rules fired by no .expect:$missing"
    status=1
fi
exit $status
