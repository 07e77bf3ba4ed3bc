#!/bin/sh
# check.sh — runs every kind of test, then one closing total.
# Called by `make check` with CLAIMCHECK, UNIT, CONF and BUILD set.
set -u
BUILD=${BUILD:-build}
status=0
passed=0
failed=0

# Adds the "N passed, M failed" line of a log to the totals.
count() {
    line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
    p=$(printf '%s\n' "$line" | sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p')
    f=$(printf '%s\n' "$line" | sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p')
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
}

step() {
    name=$1
    shift
    echo "== $name"
    "$@" >"$BUILD/$name.log" 2>&1
    rc=$?
    cat "$BUILD/$name.log"
    if [ $rc -ne 0 ]; then
        echo "== $name: FAILED (exit $rc)"
        status=1
    fi
    return $rc
}

# Check suites: their summary line is "100%: Checks: N, Failures: F, Errors: E".
step unit "$UNIT"
unit_line=$(grep -E '^[0-9]+%: Checks: ' "$BUILD/unit.log" | tail -n 1)
n=$(printf '%s\n' "$unit_line" | sed -n 's/.*Checks: \([0-9]*\).*/\1/p')
f=$(printf '%s\n' "$unit_line" | sed -n 's/.*Failures: \([0-9]*\).*/\1/p')
e=$(printf '%s\n' "$unit_line" | sed -n 's/.*Errors: \([0-9]*\).*/\1/p')
[ -n "$unit_line" ] || { failed=$((failed + 1)); status=1; }
passed=$((passed + ${n:-0} - ${f:-0} - ${e:-0}))
failed=$((failed + ${f:-0} + ${e:-0}))

# The conformance runs pass as one test each when their rate meets the target.
if step conformance "$CONF" ../shared/conformance/recognizers-text; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
fi

if step extract-conformance "${CONF_EXTRACT:-$BUILD/conformance/extract}" ../shared/conformance/recognizers-text; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
fi

for suite in tests/cli/run.sh tests/ledgers/run.sh tests/extract/run.sh tests/scale/run.sh tests/gate/run.sh \
    tests/report/run.sh tests/hostile/run.sh; do
    [ -f "$suite" ] || continue
    name=$(basename "$(dirname "$suite")")
    step "$name" env CLAIMCHECK="$CLAIMCHECK" BUILD="$BUILD" sh "$suite"
    count "$BUILD/$name.log"
done

echo "== unit: $unit_line"
grep -h '^conformance: .*%\|^extract-conformance: .*%' "$BUILD"/*conformance.log 2>/dev/null
echo "check: $passed passed, $failed failed"
[ $failed -eq 0 ] || status=1
exit $status
