#!/bin/sh
# shellcheck disable=SC2016 # the sh -c scripts expand their own arguments
# run.sh — hostile input: the corpus that gen.sh makes, every command under
# `timeout`, the expected outcome asserted (exit status, the message naming
# file and line, no inf/NaN printed, no sanitizer or valgrind report), the
# fuzz regressions replayed, and the inputs checksummed before and after.
#
#   CLAIMCHECK=build/claimcheck BUILD=build sh tests/hostile/run.sh
#
# Environment:
#   CLAIMCHECK      the program (a sanitizer build, or a valgrind wrapper)
#   BUILD           where the replay programs are ($BUILD/replay/fuzz_*)
#   HOSTILE_DIR     where gen.sh puts the corpus (default $BUILD/hostile)
#   REPLAY_DIR      default $BUILD/replay; REPLAY_WRAP runs each under a wrapper
#   HOSTILE_SMALL=1 leave out the cases of more than a megabyte (valgrind)
#   HOSTILE_SLOW=N  multiply every timeout by N (default: 4 under a sanitizer)
#
#   h NAME SECONDS STATUS [CHECK...] -- COMMAND [ARG...]
# runs COMMAND under `timeout SECONDS` (times HOSTILE_SLOW); STATUS is one
# exit status or several as 0|1.  Each CHECK is
#   out:TEXT !out:TEXT err:TEXT !err:TEXT   stdout/stderr has / lacks TEXT
#   out=                                    stdout is empty
#   count:N:TEXT                            exactly N stdout lines have TEXT
#   finite                                  stdout prints no inf, nan, NaN
#   nonan                                   stdout prints no nan, NaN
#   readable                                stdout names no input problem
#                                           (csv-syntax, invalid-utf8, ...)
#   lines:N                                 stdout has exactly N lines
#   maxsize:BYTES                           stdout is at most BYTES long
#   nolead                                  every stdout line starts with ::
# Every case also fails on a timeout, a signal, or a sanitizer/valgrind
# report on stderr.

: "${CLAIMCHECK:=build/claimcheck}"
: "${BUILD:=build}"
root=$(cd "$(dirname "$0")/../.." && pwd)
case $CLAIMCHECK in /*) ;; *) CLAIMCHECK=$PWD/$CLAIMCHECK ;; esac
case $BUILD in /*) ;; *) BUILD=$PWD/$BUILD ;; esac
HOSTILE_DIR=${HOSTILE_DIR:-$BUILD/hostile}
case $HOSTILE_DIR in /*) ;; *) HOSTILE_DIR=$PWD/$HOSTILE_DIR ;; esac
REPLAY_DIR=${REPLAY_DIR:-$BUILD/replay}
case $REPLAY_DIR in /*) ;; *) REPLAY_DIR=$PWD/$REPLAY_DIR ;; esac
REPLAY_WRAP=${REPLAY_WRAP:-}
SMALL=${HOSTILE_SMALL:-0}
if [ -z "${HOSTILE_SLOW:-}" ]; then
    HOSTILE_SLOW=1
    [ -n "${ASAN_OPTIONS:-}" ] && HOSTILE_SLOW=4
    [ "$SMALL" = 1 ] && HOSTILE_SLOW=10
fi
if [ ! -x "$CLAIMCHECK" ]; then
    echo "hostile: $CLAIMCHECK is not an executable: build it first (make)" >&2
    exit 2
fi
if ! command -v timeout >/dev/null; then
    echo "hostile: timeout (coreutils) not found" >&2
    exit 2
fi

sh "$root/tests/hostile/gen.sh" "$HOSTILE_DIR" || { echo "hostile: gen.sh failed" >&2; exit 2; }
H=$HOSTILE_DIR
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-hostile.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
mkdir "$tmp/iso" "$tmp/out"
NL='
'
LC_ALL=C
export LC_ALL

# Checksums of every input the runs read: nothing may write to them.
inputs() {
    find "$H" "$root/tests/fuzz/regressions" "$root/claims" -type f ! -name .stamp | sort | while IFS= read -r f; do
        cksum "$f"
    done
}
inputs >"$tmp/before"

n=0 pass=0 fail=0 skip=0

# The patterns of a memory error, UB or leak report, and of our own OOM abort.
S_REPORT='AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:|^==[0-9]+== (Invalid|Conditional|Syscall|Mismatched|Source and destination)|definitely lost in|indirectly lost in|out of memory'

h() {
    _name=$1 _secs=$2 _want=$3
    shift 3
    _checks=
    while [ $# -gt 0 ] && [ "$1" != -- ]; do
        _checks=$_checks$1$NL
        shift
    done
    [ $# -gt 0 ] && shift
    n=$((n + 1))
    _secs=$((_secs * HOSTILE_SLOW))
    (cd "$tmp/iso" && exec timeout -s KILL "$_secs" "$@") >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
    _got=$?
    _why=
    case $_got in
    124 | 137) _why="no result within ${_secs}s (killed: a hang or a quadratic slowdown)$NL" ;;
    *)
        if [ "$_got" -gt 128 ]; then
            _why="killed by signal $((_got - 128))$NL"
        else
            case "|$_want|" in
            *"|$_got|"*) ;;
            *) _why="exit status $_got, expected $_want$NL" ;;
            esac
        fi
        ;;
    esac
    if grep -Eq "$S_REPORT" "$tmp/stderr"; then
        _why="${_why}a sanitizer, valgrind or out-of-memory report on stderr$NL"
    fi
    set -f
    _ifs=$IFS
    IFS=$NL
    for _c in $_checks; do
        IFS=$_ifs
        case $_c in
        out:*) grep -qF -- "${_c#out:}" "$tmp/stdout" || _why="${_why}stdout lacks: ${_c#out:}$NL" ;;
        '!out:'*) grep -qF -- "${_c#!out:}" "$tmp/stdout" && _why="${_why}stdout has: ${_c#!out:}$NL" ;;
        err:*) grep -qF -- "${_c#err:}" "$tmp/stderr" || _why="${_why}stderr lacks: ${_c#err:}$NL" ;;
        '!err:'*) grep -qF -- "${_c#!err:}" "$tmp/stderr" && _why="${_why}stderr has: ${_c#!err:}$NL" ;;
        out=) [ -s "$tmp/stdout" ] && _why="${_why}stdout is not empty$NL" ;;
        count:*)
            _c=${_c#count:}
            _k=$(grep -cF -- "${_c#*:}" "$tmp/stdout")
            [ "$_k" = "${_c%%:*}" ] || _why="${_why}$_k lines have '${_c#*:}', expected ${_c%%:*}$NL"
            ;;
        lines:*)
            _k=$(wc -l <"$tmp/stdout" | tr -d ' ')
            [ "$_k" = "${_c#lines:}" ] || _why="${_why}stdout has $_k lines, expected ${_c#lines:}$NL"
            ;;
        maxsize:*)
            _k=$(wc -c <"$tmp/stdout" | tr -d ' ')
            [ "$_k" -le "${_c#maxsize:}" ] || _why="${_why}stdout is $_k bytes, more than ${_c#maxsize:}$NL"
            ;;
        finite)
            if grep -Eiq '(^|[^A-Za-z0-9_])(-?inf|-?nan|infinity)([^A-Za-z0-9_]|$)' "$tmp/stdout"; then
                _why="${_why}stdout prints a non-finite number: $(grep -Eio '.{0,40}(^|[^A-Za-z0-9_])(-?inf|-?nan|infinity)([^A-Za-z0-9_]|$).{0,20}' "$tmp/stdout" | head -n 1)$NL"
            fi
            ;;
        nonan)
            grep -Eiq '(^|[^A-Za-z0-9_])-?nan([^A-Za-z0-9_]|$)' "$tmp/stdout" &&
                _why="${_why}stdout prints NaN: $(grep -Eio '.{0,40}(^|[^A-Za-z0-9_])-?nan([^A-Za-z0-9_]|$).{0,20}' "$tmp/stdout" | head -n 1)$NL"
            ;;
        readable)
            grep -Eq '\[(csv-syntax|invalid-utf8|missing-column|limit-exceeded|bad-sidecar)\]|"(csv-syntax|invalid-utf8|missing-column|limit-exceeded|bad-sidecar)"' "$tmp/stdout" &&
                _why="${_why}an input problem was reported for a valid input: $(grep -E 'csv-syntax|invalid-utf8|missing-column|limit-exceeded|bad-sidecar' "$tmp/stdout" | head -n 1)$NL"
            ;;
        nolead)
            grep -qv '^::' "$tmp/stdout" && _why="${_why}a line does not start with :: (a workflow command can be forged): $(grep -v '^::' "$tmp/stdout" | head -n 1)$NL"
            ;;
        *) _why="${_why}unknown check: $_c$NL" ;;
        esac
        IFS=$NL
    done
    IFS=$_ifs
    set +f
    if [ -z "$_why" ]; then
        pass=$((pass + 1))
        echo "ok   $_name"
    else
        fail=$((fail + 1))
        echo "FAIL $_name"
        printf '%s' "$_why" | sed 's/^/     /'
        head -c 600 "$tmp/stderr" | sed 's/^/     stderr: /'
        echo
    fi
}

skip() {
    skip=$((skip + 1))
    echo "skip $1"
}

big() { [ "$SMALL" = 1 ]; }

cc=$CLAIMCHECK
L=$H/ledgers

# A config that turns every rule off but the input problems, so that a
# million-record ledger prints one line, not millions.
rules=$("$cc" rules 2>/dev/null | cut -d' ' -f1)
{
    printf '{"rules": {'
    sep=
    for r in $rules; do
        case $r in limit-exceeded | csv-syntax | missing-column | invalid-utf8 | duplicate-id) continue ;; esac
        printf '%s"%s": "off"' "$sep" "$r"
        sep=', '
    done
    printf '}}\n'
} >"$tmp/inputs-only.json"

has_format() {
    "$cc" check --format "$1" "$L/header-only.csv" >/dev/null 2>"$tmp/fmt.err"
    ! grep -q 'unknown format' "$tmp/fmt.err"
}
has_command() { "$cc" "$1" --help >/dev/null 2>&1; }
formats=
for f in text line json jsonl sarif github md claimreview html; do
    has_format $f && formats="$formats $f"
done
echo "hostile: $cc (formats:$formats)"

# --- bytes that are not a ledger ------------------------------------
for s in 1 2 3; do
    h "random bytes $s" 20 1 out:random-$s.csv: -- "$cc" check -q --format line "$L/random-$s.csv"
done
h "random bytes after a header" 20 1 out:random-after-header.csv:2: 'out:[invalid-utf8]' -- "$cc" check -q --format line "$L/random-after-header.csv"
h "empty file" 20 1 out:empty.csv:1:1: 'out:[missing-column]' -- "$cc" check -q --format line "$L/empty.csv"
h "header only" 20 0 out= -- "$cc" check -q --format line "$L/header-only.csv"
h "header only, no newline" 20 0 out= -- "$cc" check -q --format line "$L/header-only-no-newline.csv"
h "blank lines only" 20 1 'out:[missing-column]' -- "$cc" check -q --format line "$L/blank-lines.csv"

# --- limits ---------------------------------------------------------
if big; then
    for c in "100,000 columns" "5 MiB field" "5 MiB line without end" "unterminated quote before 5 MiB" "200,000 rows" \
        "1,000,001 records" "20,000 claims on one subject" "10,000 part_of chain"; do skip "$c"; done
else
    h "100,000 columns" 20 1 out:cols-100000.csv:1:1: 'out:[limit-exceeded]' 'out:the limit is 256' -- "$cc" check -q --format line "$L/cols-100000.csv"
    h "5 MiB field" 20 1 out:field-5mib.csv:3:2: 'out:[limit-exceeded]' 'out:1 MiB' -- "$cc" check -q --format line "$L/field-5mib.csv"
    h "5 MiB line without end" 20 1 out:noend-5mib.csv:2:3: 'out:[limit-exceeded]' 'out:1 MiB' -- "$cc" check -q --format line "$L/noend-5mib.csv"
    h "unterminated quote before 5 MiB" 20 1 out:unterminated-5mib.csv:2:2: 'out:[limit-exceeded]' -- "$cc" check -q --format line "$L/unterminated-5mib.csv"
    h "200,000 rows" 60 0\|1 readable finite 'err:200000 claims' -- "$cc" check --format line "$L/rows-200000.csv"
    h "200,000 rows, jsonl" 60 0\|1 readable finite -- "$cc" check -q --format jsonl "$L/rows-200000.csv"
    h "1,000,001 records" 90 1 out:records-1000001.csv:1000002: 'out:[limit-exceeded]' 'out:1000000' lines:1 -- "$cc" check -q --format line --config "$tmp/inputs-only.json" "$L/records-1000001.csv"
    h "20,000 claims on one subject" 60 0\|1 readable finite -- "$cc" check -q --format line "$L/same-subject-20000.csv"
    h "10,000 part_of chain" 60 0\|1 readable finite -- "$cc" check -q --format line "$L/part-chain-10000.csv"
fi
if big; then skip "one id 40,000 times"; else
    h "one id 40,000 times" 20 1 'count:39999:[duplicate-id]' 'out:dup-one-id-40000.csv:40001:1:' -- "$cc" check -q --format line "$L/dup-one-id-40000.csv"
fi
h "unterminated quote" 20 1 out:unterminated.csv:2:2: 'out:[csv-syntax]' -- "$cc" check -q --format line "$L/unterminated.csv"
h "duplicate ids by the thousand" 30 1 'count:3000:[duplicate-id]' 'out:dup-ids.csv:1002:1:' 'out:dup-ids.csv:4001:1:' -- "$cc" check -q --format line "$L/dup-ids.csv"

# --- encodings ------------------------------------------------------
h "UTF-8 cut in a field" 20 1 out:truncated-utf8-mid.csv:2: 'out:[invalid-utf8]' -- "$cc" check -q --format line "$L/truncated-utf8-mid.csv"
h "UTF-8 cut at the end of the file" 20 1 out:truncated-utf8-end.csv:3: 'out:[invalid-utf8]' -- "$cc" check -q --format line "$L/truncated-utf8-end.csv"
h "overlong, surrogate, past U+10FFFF" 20 1 out:invalid-utf8.csv:2: 'out:[invalid-utf8]' -- "$cc" check -q --format line "$L/invalid-utf8.csv"
h "NUL bytes" 20 1 out:nul.csv:2: out:NUL -- "$cc" check -q --format line "$L/nul.csv"
h "UTF-16" 20 1 out:utf16.csv:1: 'out:[invalid-utf8]' out:UTF-16 -- "$cc" check -q --format line "$L/utf16.csv"
h "BOM and CRLF (valid)" 20 0\|1 readable finite 'err:2 claims' -- "$cc" check --format line "$L/bom-crlf.csv"

# --- config and sidecar ---------------------------------------------
J=$H/json
for f in deep-array deep-object deep-unclosed; do
    h "config: $f, 100,000 deep" 20 2 "err:$f.json:" 'err:nested deeper than 64' -- "$cc" check --config "$J/$f.json" "$L/bom-crlf.csv"
    h "sidecar: $f, 100,000 deep" 20 1 "out:$f.json:" 'out:nested deeper than 64' 'out:[bad-sidecar]' -- "$cc" check -q --format line "$H/sidecar/$f.csv"
done
for f in illtyped-fail-on:fail_on illtyped-rules:rules illtyped-rule-value:rules.up-to unknown-rule:no-such-rule \
    illtyped-tolerance:tolerance.approx negative-tolerance:tolerance.approx inf-tolerance:tolerance.approx \
    huge-tolerance:tolerance.nearly illtyped-vague:vague_comparators illtyped-vague-items:'vague_comparators[0]' \
    illtyped-reviewer:reviewer not-object:'top level' truncated:1:22 invalid-utf8:1:18 random:1:1 empty:1:1 nul-escape:fail_on; do
    h "config: ${f%%:*}" 20 2 "err:${f%%:*}.json" "err:${f#*:}" -- "$cc" check --config "$J/${f%%:*}.json" "$L/bom-crlf.csv"
done
h "config: 100,000 vague comparators" 30 0\|1 readable -- "$cc" check -q --format line --config "$J/vague-100000.json" "$L/bom-crlf.csv"
for f in not-object truncated invalid-utf8 random empty; do
    h "sidecar: $f" 20 1 "out:$f.json:1:" 'out:[bad-sidecar]' -- "$cc" check -q --format line "$H/sidecar/$f.csv"
done
h "sidecar: ill-typed fields" 20 1 out:illtyped.json:1: 'count:3:[bad-sidecar]' 'out:[bad-date]' -- "$cc" check -q --format line "$H/sidecar/illtyped.csv"

# --- baseline (check --baseline) -------------------------------------
if "$cc" check --help 2>/dev/null | grep -q -- --baseline; then
    printf '{"claimcheck_baseline": 1, "findings": []}\n' >"$tmp/empty-baseline.json"
    h "baseline: no entries" 20 0 -- "$cc" check -q --baseline "$tmp/empty-baseline.json" "$L/header-only.csv"
    for f in deep-array:1:73 deep-object:1:321 deep-unclosed:2: random:1:1 empty:1:1 truncated:1:22 not-object:; do
        h "baseline: ${f%%:*}" 20 2 "err:${f%%:*}.json:${f#*:}" -- "$cc" check -q --baseline "$J/${f%%:*}.json" "$L/header-only.csv"
    done
else
    skip "baseline (no --baseline yet)"
fi

# --- numbers --------------------------------------------------------
N=$H/numbers
for f in $formats; do
    h "overflow, underflow, zero, negative: $f" 20 1 finite -- "$cc" check -q --format "$f" "$N/extremes.csv" "$N/shares.csv"
done
if has_command report; then
    # the HTML keeps "inf" for an unbounded end in its data- attributes on purpose
    h "overflow, underflow, zero, negative: report html" 30 1 nonan -- "$cc" report -q --format html "$N/extremes.csv" "$N/shares.csv"
    for f in md text; do
        h "overflow, underflow, zero, negative: report $f" 30 1 finite -- "$cc" report -q --format "$f" "$N/extremes.csv" "$N/shares.csv"
    done
fi
h "a million digits in a ledger" 20 1 out:million-digits.csv:2:3: 'out:[bad-figure]' 'out:limit of 256' -- "$cc" check -q --format line "$N/million-digits.csv"
for f in "$H"/figures/*.txt; do
    b=$(basename "$f" .txt)
    fig=$(cat "$f")
    size=$(wc -c <"$f" | tr -d ' ')
    if [ "$size" -gt 256 ]; then
        h "parse: $b ($size bytes)" 20 1 out= 'err:longer than the limit of 256' -- "$cc" parse "$fig"
    else
        h "parse: $b" 20 0\|1 finite '!out:"value":null' -- "$cc" parse "$fig"
        h "parse --format text: $b" 20 0\|1 finite -- "$cc" parse --format text "$fig"
    fi
done

# --- output safety --------------------------------------------------
I=$H/inject
case " $formats " in
*" github "*) h "github: no forged workflow command" 20 1 nolead 'out:%25' -- "$cc" check -q --format github "$I/github.csv" ;;
*) skip "github: no forged workflow command (no github format yet)" ;;
esac
for f in $formats; do
    h "injection ledger: $f" 20 1 finite -- "$cc" check -q --format "$f" "$I/github.csv" "$I/html.csv"
done
# a file name is attacker-controlled too (a pull request adds it): invalid
# UTF-8, an escape sequence and a newline in it
evil=$(printf '%s/bad\377name\033[31mred\nline.csv' "$tmp/out")
cp "$L/bom-crlf.csv" "$evil"
ESC=$(printf '\033')
for f in $formats; do
    case $f in
    github) h "hostile file name: $f" 20 0\|1 nolead "!out:$ESC" -- "$cc" check -q --format "$f" "$evil" ;;
    line) h "hostile file name: $f" 20 0\|1 lines:2 "!out:$ESC" -- "$cc" check -q --format "$f" "$evil" ;;
    *) h "hostile file name: $f" 20 0\|1 "!out:$ESC" -- "$cc" check -q --format "$f" "$evil" ;;
    esac
done
if has_command report; then
    h "report html: no markup from the ledger" 30 0\|1 '!out:<script>alert' '!out:<img src=x' '!out:<svg onload' '!out:<b>业界' '!out:href="javascript:' -- "$cc" report --format html "$I/html.csv"
    h "report html: a broken ledger still renders" 30 0\|1 '!out:<script>alert' -- "$cc" report --format html "$L/random-1.csv" "$L/utf16.csv"
else
    skip "report html escaping (no report command yet)"
fi

# --- extract --------------------------------------------------------
A=$H/articles
if has_command extract; then
    h "extract: binary" 20 0 -- "$cc" extract -q --format jsonl "$A/binary.txt"
    h "extract: binary with a figure" 20 0 'out:提升了3倍' -- "$cc" extract -q "$A/binary-with-figure.txt"
    h "extract: empty" 20 0 out= -- "$cc" extract -q --format jsonl "$A/empty.txt"
    h "extract: UTF-8 cut at the end" 20 0 -- "$cc" extract -q --format jsonl "$A/truncated-utf8.txt"
    h "extract: BOM and CRLF" 20 0 'out:5分钟以内' -- "$cc" extract -q --format csv "$A/bom-crlf.txt"
    if big; then skip "extract: 12 MiB on one line"; else
        h "extract: 12 MiB on one line" 60 0 lines:192 maxsize:33554432 finite -- "$cc" extract -q --format jsonl "$A/one-line-12mib.txt"
    fi
    if big; then skip "extract: 4 MiB of pairs on one line"; else
        h "extract: 4 MiB of pairs on one line" 20 0 out:174762 'out::1:2097133: 从30%提升到了90%' lines:2 -- sh -c '"$1" extract -q "$2" | grep -c ": 从30%提升到了90%$"; "$1" extract -q "$2" | grep ": 从30%提升到了90%$" | tail -n 1' sh "$cc" "$A/one-line-pairs.txt"
    fi
    if ! big; then
        h "extract: 12 MiB on one line from standard input" 60 0 lines:192 -- sh -c 'exec "$1" extract -q --format jsonl - <"$2"' sh "$cc" "$A/one-line-12mib.txt"
    fi
    # a cell that starts with = @ tab CR, or + - before a non-digit, is a formula to a spreadsheet
    h "extract csv: no formula injection" 20 0 -- sh -c '"$1" extract -q --format csv "$2" >"$3" || exit $?; ! grep -Eq "(^|,)\"?([=@	]|[-+][^0-9.,\"])" "$3"' sh "$cc" "$I/formula.txt" "$tmp/out/formula.csv"
else
    skip "extract (no extract command yet)"
fi

# --- audit ------------------------------------------------------------
if has_command audit; then
    h "audit: random ledger, binary article" 30 0\|1 -- "$cc" audit -q --format line --claims "$L/random-1.csv" "$A/binary.txt"
    h "audit: 4000 claims, a short article" 30 1 'count:4000:[quote-not-found]' -- "$cc" audit -q --format line --claims "$L/dup-ids.csv" "$A/bom-crlf.txt"
    if big; then skip "audit: 12 MiB article on one line"; else
        h "audit: 12 MiB article on one line" 60 1 finite -- "$cc" audit -q --format jsonl --claims "$L/bom-crlf.csv" "$A/one-line-12mib.txt"
    fi
    h "audit: missing article is exit 2" 20 2 'err:no-such.txt' -- "$cc" audit --claims "$L/bom-crlf.csv" "$tmp/out/no-such.txt"
else
    skip "audit (no audit command yet)"
fi

# --- nothing lost: writes that fail, and -o ---------------------------
O=$tmp/out
h "stdout is /dev/full: check" 20 2 'err:cannot write' -- sh -c 'exec "$1" check --format json "$2" >/dev/full' sh "$cc" "$L/bom-crlf.csv"
h "stdout is /dev/full: parse" 20 2 'err:cannot write' -- sh -c 'exec "$1" parse 30% >/dev/full' sh "$cc"
h "stdout is closed: check" 20 2 'err:cannot write' -- sh -c 'exec "$1" check --format line "$2" >&-' sh "$cc" "$L/bom-crlf.csv"
h "stdout is closed: parse" 20 2 'err:cannot write' -- sh -c 'exec "$1" parse 30% >&-' sh "$cc"
if has_command extract; then
    h "stdout is /dev/full: extract" 20 2 'err:cannot write' -- sh -c 'exec "$1" extract "$2" >/dev/full' sh "$cc" "$A/bom-crlf.txt"
fi
h "-o /dev/full" 20 2 'err:cannot write /dev/full' -- "$cc" check --format json -o /dev/full "$L/bom-crlf.csv"
h "-o /dev/null stays a device" 20 0\|1 -- sh -c '"$1" check -q -o /dev/null "$2"; s=$?; [ -c /dev/null ] || exit 99; exit $s' sh "$cc" "$L/bom-crlf.csv"
mkdir "$O/adir"
h "-o a directory" 20 2 'err:cannot write' -- "$cc" check -o "$O/adir" "$L/bom-crlf.csv"
h "-o into a missing folder" 20 2 'err:cannot write' -- "$cc" check -o "$O/no/such/dir/x.json" "$L/bom-crlf.csv"
h "unreadable ledger is exit 2, the others still checked" 20 2 'err:no-such.csv' 'out:bom-crlf.csv' -- "$cc" check -q --format line "$O/no-such.csv" "$L/bom-crlf.csv"
printf 'OLD CONTENT\n' >"$O/keep.json"
h "-o replaces the file whole, with the usual permissions" 20 0\|1 -- sh -c '"$1" check -q --format json -o "$2" "$3"; s=$?; tail -n 1 "$2" | grep -q "^}" || exit 98; : >"$2.ref"; [ "$(stat -c %a "$2")" = "$(stat -c %a "$2.ref")" ] || exit 97; exit $s' sh "$cc" "$O/keep.json" "$L/bom-crlf.csv"
h "-o a failed run leaves the old file" 20 2 -- sh -c 'printf "OLD CONTENT\n" >"$2"; "$1" check -q --format json -o "$2" --config /nonexistent.json "$3"; s=$?; [ "$(cat "$2")" = "OLD CONTENT" ] || exit 96; exit $s' sh "$cc" "$O/keep.json" "$L/bom-crlf.csv"
if big; then skip "kill -9 mid-write leaves the old file whole"; else
    # Kill at a few moments; whenever it lands, the file is the old one or a
    # complete new one, never a part.  (The moment is not asserted.)
    for d in 0.1 0.5 1 2; do
        h "kill -9 after ${d}s of -o on 200,000 rows" 30 0 -- sh -c '
            printf "OLD CONTENT\n" >"$2"
            "$1" check -q --format json -o "$2" "$3" & p=$!
            sleep "$4"; kill -9 $p 2>/dev/null; wait $p 2>/dev/null
            if [ "$(cat "$2")" = "OLD CONTENT" ]; then exit 0; fi
            tail -n 1 "$2" | grep -q "^}" || exit 95
            grep -q "\"summary\"" "$2" || exit 94' sh "$cc" "$O/killed.json" "$L/rows-200000.csv" "$d"
    done
fi

# --- fuzz regressions -------------------------------------------------
for d in "$root"/tests/fuzz/regressions/*/; do
    [ -d "$d" ] || continue
    harness=$(basename "$d")
    for f in "$d"*; do
        [ -f "$f" ] || continue
        if [ ! -x "$REPLAY_DIR/$harness" ]; then
            h "replay $harness/$(basename "$f")" 1 0 -- sh -c "echo 'no $REPLAY_DIR/$harness: make replay' >&2; exit 3"
            continue
        fi
        # shellcheck disable=SC2086
        h "replay $harness/$(basename "$f")" 30 0 -- $REPLAY_WRAP "$REPLAY_DIR/$harness" "$f"
    done
done

# --- nothing written to the inputs ------------------------------------
inputs >"$tmp/after"
n=$((n + 1))
if cmp -s "$tmp/before" "$tmp/after"; then
    pass=$((pass + 1))
    echo "ok   inputs unchanged ($(wc -l <"$tmp/before" | tr -d ' ') files checksummed)"
else
    fail=$((fail + 1))
    echo "FAIL inputs unchanged"
    diff "$tmp/before" "$tmp/after" | sed 's/^/     /' | head -n 20
fi

[ "$skip" -gt 0 ] && echo "hostile: $skip skipped"
echo "hostile: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
