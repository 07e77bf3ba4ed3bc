#!/bin/sh
# The CI gate: SARIF (validated against the SARIF 2.1.0 schema, with the
# properties GitHub code scanning needs, fingerprints stable when lines
# move), GitHub workflow commands (escaping, injection, the ten-per-kind
# cut), line, md (parsed with cmark-gfm), claimreview, baselines, and the
# man page (renders without warnings; its EXAMPLES run).
#   CLAIMCHECK=build/claimcheck sh tests/gate/run.sh
#
# The schema, sarif-2.1.0-rtm.5.json, is the SARIF 2.1.0 JSON schema (its
# last release candidate, the text OASIS approved; draft-04, strict: no
# unknown properties) as shipped in the npm package @microsoft/jest-sarif
# 1.0.0-beta.0 (MIT), lib/schemas/.
#
# Needs: python3 with jsonschema (Debian python3-jsonschema), cmark-gfm,
# groff (groff-base), man (man-db).

: "${CLAIMCHECK:=build/claimcheck}"
case $CLAIMCHECK in
/*) ;;
*) CLAIMCHECK=$PWD/$CLAIMCHECK ;;
esac
export CLAIMCHECK
if [ ! -x "$CLAIMCHECK" ]; then
    echo "gate: $CLAIMCHECK is not an executable: build it first (make)" >&2
    exit 2
fi
G=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$G/../.." && pwd)
D=$G/data
SCHEMA=$G/sarif-2.1.0-rtm.5.json
# Debian's python3, where python3-jsonschema installs.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-gate.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() {
    fail=$((fail + 1))
    echo "FAIL $1"
    [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/    /'
}
# check NAME COMMAND...: passes when COMMAND exits 0; its output explains a failure.
check() {
    _n=$1
    shift
    if _o=$("$@" 2>&1); then ok; else bad "$_n" "$_o"; fi
}
# status NAME WANT COMMAND...: the exit status of COMMAND is WANT.
status() {
    _n=$1 _w=$2
    shift 2
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    _g=$?
    if [ "$_g" = "$_w" ]; then ok; else bad "$_n" "exit $_g, expected $_w; stderr: $(head -c 600 "$tmp/err")"; fi
}

# A repository of our own (a .git entry is what marks its root), so that
# paths are repository-relative, and no .claimcheck.json above it applies.
R=$tmp/repo
mkdir -p "$R/.git" "$R/claims"
cp "$D/gate.csv" "$D/gate.json" "$R/claims/"
cc() { (cd "$R" && exec "$CLAIMCHECK" "$@"); }

# ---------------------------------------------------------------- SARIF
status "sarif: a ledger with an error exits 1" 1 cc check --format sarif -o out.sarif claims/gate.csv
check "sarif: valid against the SARIF 2.1.0 schema and what GitHub needs" \
    "$PY" "$G/gate_check.py" sarif "$SCHEMA" "$R/out.sarif" "claims/gate.csv"

# Fingerprints survive a claim inserted above (every line moves by one).
{
    head -n 1 "$R/claims/gate.csv"
    echo 'g-00,Latency fell from 40 ms to 20 ms.,inference,first token,40 ms,20 ms,,,previous release,"A100, FP16",Example Lab benchmark report,https://example.org/bench,independent,2025-06-10,unchecked,,'
    tail -n +2 "$R/claims/gate.csv"
} >"$R/claims/moved.csv"
cp "$R/claims/gate.json" "$R/claims/moved.json"
cc check --format sarif -o moved.sarif claims/moved.csv 2>/dev/null
check "sarif: fingerprints stay when a line is inserted above" \
    "$PY" "$G/gate_check.py" same-prints "$R/out.sarif" "$R/moved.sarif"

# Outside any repository the uri is the path as given, with no uriBaseId;
# a path with ',' and ':' is percent-encoded.
O=$tmp/outside/we,ird:dir
mkdir -p "$O"
cp "$D/gate.csv" "$O/a b.csv"
(cd "$tmp/outside" && "$CLAIMCHECK" check --format sarif "we,ird:dir/a b.csv" >"$tmp/o.sarif" 2>/dev/null)
check "sarif: outside a repository, the path as given, percent-encoded" \
    "$PY" "$G/gate_check.py" uri "$tmp/o.sarif" "we%2Cird%3Adir/a%20b.csv" ""
status "sarif: the seed ledger" 0 sh -c "cd '$ROOT' && '$CLAIMCHECK' check --format sarif -o '$tmp/seed.sarif' claims/"
check "sarif: the seed ledger is valid" \
    "$PY" "$G/gate_check.py" sarif "$SCHEMA" "$tmp/seed.sarif" "claims/cann-2025-06-10.csv"
# A suppressed finding carries an inSource suppression with its reason.
check "sarif: suppressions" "$PY" "$G/gate_check.py" suppressed "$R/out.sarif" up-to inSource \
    "the article itself presents it as a best case"

# --------------------------------------------------------------- GitHub
status "github: exit 1" 1 cc check --format github -o gh.txt claims/gate.csv
check "github: one command a line, escaped as the toolkit escapes" "$PY" "$G/gate_check.py" github "$R/gh.txt"
check "github: no ledger text starts a line" sh -c "! grep -v '^::\\(error\\|warning\\|notice\\) ' '$R/gh.txt'"
check "github: the injection stays in its message" grep -qF '%0A::error file=evil.csv,line=1::pwned%0D%0A%250A::warning::also' "$R/gh.txt"
check "github: ',' and ':' escaped in title" grep -qF 'title=claimcheck%3A vague-comparator (claim g%3A03%2Cx)::' "$R/gh.txt"
check "github: suppressed findings are not annotated" sh -c "! grep -q 'up-to' '$R/gh.txt'"
check "github: errors first" sh -c "head -n 1 '$R/gh.txt' | grep -q '^::error '"
mkdir -p "$R/odd,na:me"
cp "$D/gate.csv" "$R/odd,na:me/l%1.csv"
cc check --format github "odd,na:me/l%1.csv" >"$R/gh2.txt" 2>/dev/null
check "github: file= escapes ',' ':' and '%'" grep -qF 'file=odd%2Cna%3Ame/l%251.csv,line=2,col=57,' "$R/gh2.txt"
# Twelve errors, twelve warnings: ten of each, then a notice that counts the rest.
"$PY" "$G/gate_check.py" many >"$R/claims/many.csv"
cc check --format github claims/many.csv >"$R/gh3.txt" 2>/dev/null
check "github: at most ten of each kind, and a closing count" "$PY" "$G/gate_check.py" github-cut "$R/gh3.txt"

# ----------------------------------------------------------------- line
cc check --format line claims/gate.csv claims/many.csv >"$R/line.txt" 2>/dev/null
check "line: every line matches path:line:col: severity: message [rule]" \
    sh -c "test -s '$R/line.txt' && ! grep -Ev '^[^:]+:[0-9]+:[0-9]+: (error|warning|info): .* \\[[a-z0-9-]+\\]\$' '$R/line.txt'"

# ------------------------------------------------------------------- md
cc check --format md claims/gate.csv >"$R/out.md" 2>/dev/null
check "md: the tables have the expected rows, no HTML gets through" "$PY" "$G/gate_check.py" md "$R/out.md"
cc check --format md claims/moved.csv --fail-on never >/dev/null 2>&1
printf 'id,quote,value,source,source_url,source_kind,date,comparator\nc-1,It has 260 operators.,260 operators,Lab,https://example.org,independent,2025-06-10,\n' >"$R/claims/clean.csv"
check "md: no findings" sh -c "cd '$R' && '$CLAIMCHECK' check --format md claims/clean.csv 2>/dev/null | grep -q '^No findings\\.\$'"

# ---------------------------------------------------------- claimreview
printf '{"reviewer": {"name": "Example Fact Desk", "url": "https://example.org/desk"}}\n' >"$R/.claimcheck.json"
SOURCE_DATE_EPOCH=1749600000 cc check --format claimreview -o cr.json claims/gate.csv 2>"$tmp/cr.err"
check "claimreview: one review per reviewed claim, with the required properties" \
    "$PY" "$G/gate_check.py" claimreview "$R/cr.json"
check "claimreview: no reviewer warning when one is configured" sh -c "! grep -q reviewer '$tmp/cr.err'"
rm "$R/.claimcheck.json"
cc check --format claimreview claims/gate.csv >/dev/null 2>"$tmp/cr.err"
check "claimreview: a warning when no reviewer is configured" grep -q 'no reviewer' "$tmp/cr.err"

# ------------------------------------------------------------ baselines
B=$tmp/base
mkdir -p "$B/.git" "$B/claims"
cp "$D/gate.csv" "$B/claims/"
bc() { (cd "$B" && exec "$CLAIMCHECK" "$@"); }
status "baseline: written" 0 bc check -q --fail-on never --write-baseline base.json claims/
status "baseline: old findings pass" 0 bc check -q --fail-on info --baseline base.json claims/
check "baseline: accepted findings are listed, marked baseline" \
    sh -c "cd '$B' && '$CLAIMCHECK' check -q --format json --baseline base.json claims/ | grep -q '\"suppress_reason\":.*\"baseline: accepted in base.json\"'"
check "baseline: files are repository-relative" grep -q '"file":.*"claims/gate.csv"' "$B/base.json"
# From another directory the same baseline still matches.
status "baseline: holds from a subdirectory" 0 sh -c "cd '$B/claims' && '$CLAIMCHECK' check -q --fail-on info --baseline ../base.json gate.csv"
# A new finding fails.
printf 'g-06,Throughput rose from 100 to 150 and doubled.,training,throughput,100,150,翻倍,,previous release,"8 nodes",Lab,https://example.org,independent,2025-06-10,unchecked,,\n' >>"$B/claims/gate.csv"
status "baseline: a new finding fails" 1 bc check -q --baseline base.json claims/
# Lines moved: still accepted.
cp "$D/gate.csv" "$B/claims/gate.csv"
{ head -n 1 "$D/gate.csv"; echo 'g-00,It has 10 operators.,x,y,,,,10 operators,,,Lab,https://example.org,independent,2025-06-10,unchecked,,'; tail -n +2 "$D/gate.csv"; } >"$B/claims/gate.csv"
status "baseline: findings on moved lines still pass" 0 bc check -q --fail-on warning --baseline base.json claims/
# The ratio-mismatch fixed: its entry is stale.
sed 's/提升了5倍/提升了2倍/g' "$D/gate.csv" >"$B/claims/gate.csv"
status "baseline: a fixed finding passes at error" 0 bc check -q --baseline base.json claims/
bc check --format line --fail-on warning --baseline base.json claims/ >"$tmp/stale.txt" 2>&1
st=$?
check "baseline: a fixed finding is reported as stale-baseline" sh -c \
    "[ $st = 1 ] && grep -q '^base.json:[0-9]*:1: warning: the baseline accepts ratio-mismatch on g-01 .*\\[stale-baseline\\]\$' '$tmp/stale.txt'"
bc check --format sarif --baseline base.json claims/ >"$tmp/b.sarif" 2>/dev/null
check "baseline: SARIF is valid with baselined and stale results" \
    "$PY" "$G/gate_check.py" sarif "$SCHEMA" "$tmp/b.sarif" ""
check "baseline: baselined results are external suppressions" \
    "$PY" "$G/gate_check.py" suppressed "$tmp/b.sarif" vague-comparator external "baseline: accepted in base.json"
status "baseline: entries of ledgers not checked are not stale" 0 \
    bc check -q --fail-on warning --baseline base.json "$R/claims/clean.csv"
echo 'not json' >"$B/bad.json"
status "baseline: a bad baseline is exit 2" 2 bc check --baseline bad.json claims/
status "baseline: a missing baseline is exit 2" 2 bc check --baseline nope.json claims/
status "baseline: --write-baseline to an unwritable place is exit 2" 2 bc check -q --fail-on never --write-baseline /nonexistent/dir/b.json claims/

# ------------------------------------------------------ pre-commit hook
if command -v git >/dev/null 2>&1; then
    H=$tmp/hook
    mkdir -p "$H/bin" "$H/repo/claims"
    ln -s "$CLAIMCHECK" "$H/bin/claimcheck"
    hook() { (cd "$H/repo" && PATH="$H/bin:$PATH" exec sh "$ROOT/docs/pre-commit-hook.sh"); }
    (cd "$H/repo" && git init -q . && cp "$D/gate.csv" "$D/gate.json" claims/ && git add claims/gate.json)
    status "hook: nothing staged but a sidecar of no ledger: passes" 0 hook
    (cd "$H/repo" && git add claims/gate.csv)
    status "hook: a staged ledger with an error fails" 1 hook
    check "hook: the finding names the repository path" grep -q '^claims/gate.csv:2:' "$tmp/out"
    (cd "$H/repo" && sed 's/提升了5倍/提升了2倍/g' claims/gate.csv >claims/fixed.csv && mv claims/fixed.csv claims/gate.csv)
    status "hook: the staged content is checked, not the working tree" 1 hook
    (cd "$H/repo" && git add claims/gate.csv)
    status "hook: a fixed ledger passes" 0 hook
else
    bad "hook: git is not installed"
fi

# ------------------------------------------------------------- man page
MAN=$ROOT/docs/claimcheck.1
if [ -f "$MAN" ]; then
    check "man: groff -man -ww renders without warnings" sh -c \
        "out=\$(groff -man -Tutf8 -ww -z '$MAN' 2>&1); [ -z \"\$out\" ] || { echo \"\$out\"; exit 1; }"
    check "man: man -l renders" sh -c "MANWIDTH=80 man -l '$MAN' 2>&1 >/dev/null | { ! grep .; }"
    for sec in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS FORMATS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
        check "man: section $sec" grep -q "^\\.SH \"\\{0,1\\}$sec" "$MAN"
    done
    # Each example is a `.\" exit N` comment followed by an .EX block whose
    # lines run, in a copy of the shipped ledgers, with that exit status.
    E=$tmp/examples
    mkdir -p "$E/.git"
    cp -R "$ROOT/claims" "$E/claims"
    (cd "$E" && "$CLAIMCHECK" check -q --fail-on never --write-baseline .claimcheck-baseline.json claims/ >/dev/null)
    awk '
        /^\.\\" exit [0-9]+/ { want = $3; next }
        /^\.EX/ { if (want != "") { inex = 1; cmd = "" } next }
        /^\.EE/ { if (inex) { print want "\t" cmd; inex = 0; want = "" } next }
        inex { line = $0; gsub(/\\-/, "-", line); gsub(/\\e/, "\\", line); gsub(/\\\(aq/, "\047", line);
               cmd = cmd (cmd == "" ? "" : " ; ") line }
    ' "$MAN" >"$tmp/examples.tsv"
    nex=$(wc -l <"$tmp/examples.tsv")
    check "man: has examples" test "$nex" -ge 5
    while IFS='	' read -r want cmd; do
        status "man example: $cmd" "$want" sh -c "cd '$E' && claimcheck() { '$CLAIMCHECK' \"\$@\"; } && $cmd"
    done <"$tmp/examples.tsv"
else
    bad "man: docs/claimcheck.1 is missing"
fi

echo "gate: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
