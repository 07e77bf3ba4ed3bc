#!/bin/sh
# Command-line tests: exit status, and what stdout/stderr must (not) contain.
#   CLAIMCHECK=build/claimcheck sh tests/cli/run.sh
#
#   t NAME STATUS [CHECK...] -- COMMAND [ARG...]
# runs COMMAND and compares its exit status with STATUS; each CHECK is
#   out:TEXT  !out:TEXT   stdout contains / does not contain TEXT
#   err:TEXT  !err:TEXT   the same for stderr
#   out=      err=        stdout / stderr is empty
#   order:A|B             A first appears on an earlier stdout line than B
#   file:PATH !file:PATH  PATH exists / does not exist afterwards

: "${CLAIMCHECK:=build/claimcheck}"
case $CLAIMCHECK in
/*) ;;
*) CLAIMCHECK=$PWD/$CLAIMCHECK ;;
esac
if [ ! -x "$CLAIMCHECK" ]; then
    echo "cli: $CLAIMCHECK is not an executable: build it first (make)" >&2
    exit 2
fi
D=$(cd "$(dirname "$0")" && pwd)/data
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-cli.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
ESC=$(printf '\033')
NL='
'

# `check` looks for .claimcheck.json in the current directory and its
# parents: run it from an empty directory so that a config in the
# checkout cannot change the defaults these tests expect.
mkdir "$tmp/iso"
cc() { (cd "$tmp/iso" && exec "$CLAIMCHECK" "$@"); }
# cc_in DIR ARGS...: the same, from DIR.
cc_in() { (cd "$1" && shift && exec "$CLAIMCHECK" "$@"); }

n=0 pass=0 fail=0

t() {
    _name=$1 _want=$2
    shift 2
    _checks=
    while [ $# -gt 0 ] && [ "$1" != -- ]; do
        _checks=$_checks$1$NL
        shift
    done
    [ $# -gt 0 ] && shift
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    _got=$?
    _why=
    [ "$_got" = "$_want" ] || _why="exit status $_got, expected $_want$NL"
    set -f
    _ifs=$IFS
    IFS=$NL
    for _c in $_checks; do
        IFS=$_ifs
        case $_c in
        out:*) grep -qF -- "${_c#out:}" "$tmp/out" || _why="${_why}stdout lacks: ${_c#out:}$NL" ;;
        '!out:'*) grep -qF -- "${_c#!out:}" "$tmp/out" && _why="${_why}stdout has: ${_c#!out:}$NL" ;;
        err:*) grep -qF -- "${_c#err:}" "$tmp/err" || _why="${_why}stderr lacks: ${_c#err:}$NL" ;;
        '!err:'*) grep -qF -- "${_c#!err:}" "$tmp/err" && _why="${_why}stderr has: ${_c#!err:}$NL" ;;
        out=) [ -s "$tmp/out" ] && _why="${_why}stdout is not empty$NL" ;;
        err=) [ -s "$tmp/err" ] && _why="${_why}stderr is not empty$NL" ;;
        order:*)
            _o=${_c#order:}
            _a=$(grep -nF -- "${_o%%|*}" "$tmp/out" | head -n 1 | cut -d: -f1)
            _b=$(grep -nF -- "${_o#*|}" "$tmp/out" | head -n 1 | cut -d: -f1)
            if [ -z "$_a" ] || [ -z "$_b" ] || [ "$_a" -ge "$_b" ]; then
                _why="${_why}stdout does not have '${_o%%|*}' before '${_o#*|}'$NL"
            fi
            ;;
        file:*) [ -e "${_c#file:}" ] || _why="${_why}no file ${_c#file:}$NL" ;;
        '!file:'*) [ -e "${_c#!file:}" ] && _why="${_why}file exists: ${_c#!file:}$NL" ;;
        *) _why="${_why}unknown check: $_c$NL" ;;
        esac
        IFS=$NL
    done
    IFS=$_ifs
    set +f
    n=$((n + 1))
    if [ -z "$_why" ]; then
        pass=$((pass + 1))
        echo "ok $n - $_name"
    else
        fail=$((fail + 1))
        echo "not ok $n - $_name"
        printf '%s' "$_why" | sed 's/^/#   /'
        echo "#   command: $*"
        sed -n '1,8s/^/#   stdout| /p' "$tmp/out"
        sed -n '1,8s/^/#   stderr| /p' "$tmp/err"
    fi
}

skip() {
    n=$((n + 1))
    pass=$((pass + 1))
    echo "ok $n - $1 # SKIP $2"
}

# --- the program -------------------------------------------------------

t "--help prints usage on stdout" 0 "out:usage: claimcheck" out:check out:explain err= -- "$CLAIMCHECK" --help
t "--version prints the version" 0 "out:claimcheck 0." err= -- "$CLAIMCHECK" --version
t "no command is a usage error" 2 out= "err:usage: claimcheck" -- "$CLAIMCHECK"
t "unknown command is exit 2" 2 out= "err:unknown command 'frobnicate'" -- "$CLAIMCHECK" frobnicate

# --- parse -------------------------------------------------------------

t "parse --help" 0 "out:usage: claimcheck parse" "out:Exit status" -- "$CLAIMCHECK" parse --help
t "parse prints the Figure fields" 0 'out:"input":"提升了3倍"' \
    'out:"kind":"multiplier"' 'out:"qualifier":' 'out:"unit":' 'out:"dimension":' 'out:"direction":"up"' \
    'out:"lo_open":' 'out:"hi_open":' 'out:"readings":' 'out:"label":' err= -- "$CLAIMCHECK" parse 提升了3倍
t "parse --format text prints a line to read" 0 "out:5分钟以内" "out:[0, 5]" '!out:{' \
    -- "$CLAIMCHECK" parse --format text 5分钟以内
t "parse: an unreadable figure is exit 1, the others still printed" 1 \
    'out:"input":"30%"' 'out:"input":"5x"' '!out:"input":"abc"' "err:'abc'" \
    -- "$CLAIMCHECK" parse 30% abc 5x
t "parse without a figure is exit 2" 2 out= "err:no figure given" -- "$CLAIMCHECK" parse
t "parse: unknown format is exit 2" 2 out= "err:unknown format" -- "$CLAIMCHECK" parse --format xml 30%

# --- check: exit status -------------------------------------------------

t "check --help" 0 "out:usage: claimcheck check" out:--fail-on "out:Exit status" err= -- cc check --help
t "check: a clean ledger is exit 0" 0 "out:clean: ok-01, ok-02" "out:2 claims in 1 ledger" \
    "out:0 errors, 0 warnings, 0 info" '!out:error ' -- cc check "$D/clean.csv"
t "check: warnings alone are exit 0 by default" 0 out:up-to "out:1 warning," -- cc check "$D/warning.csv"
t "check: an error is exit 1" 1 out:ratio-mismatch "out:after/before = " "out:1 error," -- cc check "$D/error.csv"
t "check: file-level findings come before the claims" 1 "order:missing-column|m-01" \
    -- cc check "$D/nocolumn.csv"
t "check: csv-syntax is an error with its line" 1 out:csv-syntax "out:line 2" -- cc check "$D/syntax.csv"

t "--fail-on error: a warning passes" 0 -- cc check --fail-on error "$D/warning.csv"
t "--fail-on warning: a warning fails" 1 -- cc check --fail-on warning "$D/warning.csv"
t "--fail-on warning: info passes" 0 -- cc check --fail-on warning "$D/info.csv"
t "--fail-on info: info fails" 1 -- cc check --fail-on info "$D/info.csv"
t "--fail-on info: a clean ledger passes" 0 -- cc check --fail-on info "$D/clean.csv"
t "--fail-on never: an error passes" 0 out:ratio-mismatch -- cc check --fail-on never "$D/error.csv"
t "--fail-on info: a suppressed finding never fails" 0 "out:suppressed (the article presents it as a best case)" \
    "out:0 warnings" "out:1 suppressed" -- cc check --fail-on info "$D/suppressed.csv"
t "check: suppressed findings are listed with their reason" 1 \
    "out:suppressed (the article itself says it is a best case)" "out:1 suppressed" "out:clean: e-03" \
    -- cc check "$D/error.csv"

t "check: an unreadable ledger is exit 2, the others still checked" 2 "err:cannot read" err:missing.csv \
    "out:clean: ok-01, ok-02" -- cc check "$D/missing.csv" "$D/clean.csv"
t "check: an unreadable ledger beats findings" 2 out:ratio-mismatch -- cc check "$D/error.csv" "$D/missing.csv"
t "check: no ledger is a usage error" 2 out= "err:no ledger given" -- cc check
t "check: unknown format is a usage error" 2 out= "err:unknown format 'xml'" -- cc check --format xml "$D/clean.csv"
t "check: unknown --fail-on is a usage error" 2 out= err:--fail-on -- cc check --fail-on sometimes "$D/clean.csv"
t "check: unknown --color is a usage error" 2 out= err:--color -- cc check --color sometimes "$D/clean.csv"
t "check: unknown option is a usage error" 2 out= "err:usage: claimcheck check" -- cc check --bogus "$D/clean.csv"

# --- check: directories ---------------------------------------------------

mkdir "$tmp/dir"
cp "$D/clean.csv" "$tmp/dir/z.csv"
cp "$D/warning.csv" "$tmp/dir/a.csv"
cp "$D/error.csv" "$tmp/dir/notes.txt"
mkdir "$tmp/dir/sub.csv" "$tmp/dir/sub"
cp "$D/error.csv" "$tmp/dir/sub/deep.csv"
t "check DIR: every *.csv directly in it, by name" 0 "order:a.csv|z.csv" "out:2 ledgers" \
    '!out:notes.txt' '!out:deep.csv' '!out:ratio-mismatch' -- cc check "$tmp/dir"
mkdir "$tmp/empty"
t "check DIR without ledgers says so" 0 "err:no *.csv ledger" "out:0 ledgers" -- cc check "$tmp/empty"

# --- check: configuration -------------------------------------------------

t "check: a bad config is exit 2 with its line" 2 out= "err:bad-config.json:3:" \
    -- cc check --config "$D/bad-config.json" "$D/clean.csv"
t "check: a missing config is exit 2" 2 out= "err:nonexistent.json" \
    -- cc check --config "$D/nonexistent.json" "$D/clean.csv"
t "check: the config's fail_on applies" 1 -- cc check --config "$D/fail-on-warning.json" "$D/warning.csv"
t "check: --fail-on overrides the config's fail_on" 0 \
    -- cc check --config "$D/fail-on-warning.json" --fail-on error "$D/warning.csv"
t "check: config severities: off drops a rule, error raises one" 1 '!out:up-to' "out:error    undated" \
    -- cc check --config "$D/overrides.json" "$D/warning.csv" "$D/info.csv"
mkdir -p "$tmp/proj/sub"
cp "$D/fail-on-warning.json" "$tmp/proj/.claimcheck.json"
t "check: .claimcheck.json is found in the current directory" 1 -- cc_in "$tmp/proj" check "$D/warning.csv"
t "check: .claimcheck.json is found in a parent directory" 1 -- cc_in "$tmp/proj/sub" check "$D/warning.csv"
cp "$D/bad-config.json" "$tmp/proj/sub/.claimcheck.json"
t "check: a bad .claimcheck.json found nearby is exit 2" 2 err:.claimcheck.json -- cc_in "$tmp/proj/sub" check "$D/clean.csv"

# --- check: output --------------------------------------------------------

mkdir "$tmp/o"
t "check -o FILE writes nothing to stdout" 1 out= file:"$tmp/o/report.txt" \
    -- cc check -o "$tmp/o/report.txt" "$D/error.csv"
t "check -o FILE: the file holds the report" 0 out:ratio-mismatch "out:3 claims in 1 ledger" -- cat "$tmp/o/report.txt"
t "check -o FILE leaves no temporary file" 0 out= -- find "$tmp/o" -name '*.tmp*'
t "check -o into a missing directory is exit 2, no file" 2 out= "err:cannot write" '!file:'"$tmp/nodir/r.txt" \
    -- cc check -o "$tmp/nodir/r.txt" "$D/error.csv"
t "check -o: a failed write keeps no partial file" 0 out= -- find "$tmp" -name 'r.txt*'

t "--format line: path:line:col: severity: message [rule]" 1 \
    "out:error.csv:2:7: error: " "out:[ratio-mismatch]" '!out:[up-to]' '!out:e-03' "err:1 suppressed" \
    -- cc check --format line "$D/error.csv"
t "--format line: a file-level finding is at line 1" 1 "out:nocolumn.csv:1:1: error: " "out:[missing-column]" \
    -- cc check --format line "$D/nocolumn.csv"
t "--format line -q: nothing on stderr" 1 err= out:ratio-mismatch -- cc check -q --format line "$D/error.csv"
t "--format json: the DESIGN 4 document" 1 'out:"tool"' 'out:"name":' 'out:"claimcheck"' 'out:"files"' \
    'out:"path":' 'out:"findings"' 'out:"rule":' 'out:"severity":' 'out:"line":' 'out:"column":' \
    'out:"claim":' 'out:"message":' 'out:"derivation":' 'out:"suppressed":' 'out:"suppress_reason":' \
    'out:"summary"' 'out:"claims":' 'out:"figures":' 'out:"checkable":' 'out:"error":' 'out:"warning":' \
    'out:"info":' -- cc check --format json "$D/error.csv"
if command -v python3 >/dev/null 2>&1; then
    # shellcheck disable=SC2016 # the inner sh expands $1..$3
    t "--format json is valid JSON" 0 -- sh -c '"$1" check --format json "$2" "$3" | python3 -m json.tool >/dev/null' \
        sh "$CLAIMCHECK" "$D/error.csv" "$D/nocolumn.csv"
    # shellcheck disable=SC2016
    t "--format jsonl: one valid JSON object a line, nothing else" 0 -- sh -c \
        '"$1" check --format jsonl "$2" 2>/dev/null | python3 -c "import sys, json; print(sum(1 for l in sys.stdin if json.loads(l)[\"rule\"]))" | grep -qx 2' \
        sh "$CLAIMCHECK" "$D/error.csv"
else
    skip "--format json is valid JSON" "no python3"
    skip "--format jsonl: one valid JSON object a line" "no python3"
fi
t "--format jsonl: keys in order, no summary on stdout" 1 \
    'out:{"rule":"ratio-mismatch","severity":"error","file":' '!out:"summary"' '!out:claims in' err:claims \
    -- cc check --format jsonl "$D/error.csv"
t "--format jsonl -q: nothing on stderr" 1 err= -- cc check -q --format jsonl "$D/error.csv"

# --- standard input -------------------------------------------------------

# shellcheck disable=SC2016 # the inner sh expands $1, $2
t "check -: the ledger on standard input, findings at its lines" 1 'out:-:2:7: error:' out:ratio-mismatch \
    err:'3 claims in 1 ledger' -- sh -c '"$1" check --format line - <"$2"' sh "$CLAIMCHECK" "$D/error.csv"
# shellcheck disable=SC2016
t "check - twice: read once" 1 err:'3 claims in 1 ledger' -- sh -c '"$1" check --format line - - <"$2"' \
    sh "$CLAIMCHECK" "$D/error.csv"
# shellcheck disable=SC2016
t "extract --format csv | check -: the skeleton checked as it comes" 0 out:'-:2:' out:imprecise \
    err:'23 claims in 1 ledger' \
    -- sh -c '"$1" extract -q --format csv "$2" | "$1" check --format line -' sh "$CLAIMCHECK" "$D/../../../../shared/seed/000_7968fe5010cbed1b.txt"
t "check -: an empty standard input is a ledger without a header" 1 out:missing-column -- cc check --format line -
# shellcheck disable=SC2016
t "audit: the article on standard input" 0 "out:23 of 23 quotes found" -- sh -c \
    'cd "$4" && "$1" audit --claims "$2" - <"$3"' sh "$CLAIMCHECK" "$D/../../../claims/cann-2025-06-10.csv" \
    "$D/../../../../shared/seed/000_7968fe5010cbed1b.txt" "$tmp/iso"
t "audit: a quote not in the article on standard input says so" 1 'out:the quote is not in the article on standard input' \
    -- cc audit --claims "$D/../../../claims/cann-2025-06-10.csv" -
t "audit: the ledger and the article both on standard input" 2 'err:cannot both be standard input' \
    -- cc audit --claims - -

# --- colour ---------------------------------------------------------------

t "not a terminal: no escape codes" 1 "!out:$ESC" -- cc check "$D/error.csv"
t "--color never: no escape codes" 1 "!out:$ESC" -- cc check --color never "$D/error.csv"
t "--color always: escape codes" 1 "out:${ESC}[" -- cc check --color always "$D/error.csv"
t "NO_COLOR with --color auto: no escape codes" 1 "!out:$ESC" -- env NO_COLOR=1 "$CLAIMCHECK" check --color auto "$D/error.csv"
printf 'id,quote,value,source,source_url,source_kind\nx-01,"evil \033[31mred\033[0m 260 items",260 items,s,https://example.org,independent\n' >"$tmp/evil.csv"
t "--color never: escape codes in a ledger are not passed through" 0 "!out:$ESC" out:x-01 -- cc check --color never "$tmp/evil.csv"
if script -qec true /dev/null >/dev/null 2>&1; then
    t "a terminal: escape codes" 0 "out:${ESC}[" -- script -qec "'$CLAIMCHECK' check '$D/warning.csv'" /dev/null
    t "a terminal with NO_COLOR: no escape codes" 0 "!out:${ESC}[" \
        -- env NO_COLOR=1 script -qec "'$CLAIMCHECK' check '$D/warning.csv'" /dev/null
else
    skip "a terminal: escape codes" "no script(1)"
    skip "a terminal with NO_COLOR: no escape codes" "no script(1)"
fi

t "text: a long quote is cut to one line" 0 "out:…" '!out:great detail' -- cc check "$D/long.csv"
printf '%s\n' 'id,quote,value,source,source_url,source_kind' \
    'x-01,"Over the years the library grew slowly: it shipped a handful of operators at first, then dozens, then more, and today the library ships 260 operators.",260 operators,s,https://example.org,independent' \
    >"$tmp/window.csv"
t "text: a cut quote still shows the claim's figure" 0 "out:    …" "out:ships 260 operators." '!out:Over the years' \
    -- cc check "$tmp/window.csv"

t "direction-mismatch says why when lower is better" 1 \
    "out:'3x faster' says the performance went up, but before '10 ms' → after '20 ms' goes up, which is worse where lower is better" \
    -- "$CLAIMCHECK" check "$D/../../ledgers/direction-mismatch.csv"

# --- rules, explain -------------------------------------------------------

rules_args=
for id in ratio-mismatch direction-mismatch unit-mismatch figure-not-in-quote figure-conflict \
    part-exceeds-whole shares-over-100 csv-syntax missing-column duplicate-id bad-figure bad-reference \
    bad-date invalid-utf8 empty-claim ambiguous-multiplier percent-or-points up-to vague-comparator \
    no-comparator missing-conditions unsourced reading-resolved open-bound imprecise edge-of-rounding \
    no-primary-source self-reported undated suppression-without-reason; do
    rules_args="$rules_args out:$id"
done
# shellcheck disable=SC2086
t "rules lists every rule of DESIGN 3" 0 $rules_args "out:Fires when" err= -- "$CLAIMCHECK" rules
t "rules --format json has every field" 0 'out:"id":' 'out:"severity":' 'out:"summary":' 'out:"why":' \
    'out:"fires":' 'out:"passes":' -- "$CLAIMCHECK" rules --format json
t "rules --help" 0 "out:usage: claimcheck rules" -- "$CLAIMCHECK" rules --help
t "rules: unknown format is exit 2" 2 out= -- "$CLAIMCHECK" rules --format xml
t "explain up-to" 0 "out:up-to (warning)" "out:Fires when" "out:why it matters" "out:fires:" \
    "out:does not fire:" err= -- "$CLAIMCHECK" explain up-to
t "explain nope is exit 2" 2 out= "err:unknown rule 'nope'" -- "$CLAIMCHECK" explain nope
t "explain suggests close ids" 2 "err:unknown rule 'ratio'" err:ratio-mismatch -- "$CLAIMCHECK" explain ratio
t "explain without a rule is exit 2" 2 out= "err:no rule given" -- "$CLAIMCHECK" explain
t "explain --help" 0 "out:usage: claimcheck explain" -- "$CLAIMCHECK" explain --help

# regressions: a config saved with a BOM reads; a failed write says so once
printf '\357\273\277{"fail_on": "warning"}\n' >"$tmp/bom.json"
t "a config with a UTF-8 BOM is read" 1 "out:up-to" -- "$CLAIMCHECK" check --config "$tmp/bom.json" "$D/warning.csv"
if [ -w /dev/full ]; then
    t "a write to a full disk is exit 2 with one message" 2 "err:cannot write to standard output" -- \
        sh -c '"$1" check "$2" >/dev/full 2>"$3"; s=$?; cat "$3" >&2; [ "$(grep -c "cannot write" "$3")" = 1 ] || exit 9; exit $s' \
        sh "$CLAIMCHECK" "$D/clean.csv" "$tmp/full.err"
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
