#!/bin/sh
# Tests of `claimcheck extract` and `claimcheck audit`:
#  - spec cases (cases.tsv: exact spans and readings, and texts of non-figures
#    that must yield nothing), through build/conformance/extract --spec;
#  - read-back: every figure extracted from the seed article, the audit
#    article and the spec cases' inputs reads again, on its own, to the
#    Figure printed;
#  - the look-back list of extract.c against every word of lexicon.c;
#  - the command line: formats, stdin, several files, csv formula guard,
#    streaming of a long line, memory;
#  - audit cases (audit/*.csv against audit/article.txt) and the seed ledger.
#   CLAIMCHECK=build/claimcheck sh tests/extract/run.sh
# Ends with "extract: P passed, F failed"; exits 1 on any failure.

: "${CLAIMCHECK:=build/claimcheck}"
: "${EXTRACT_CONF:=build/conformance/extract}"
: "${CC:=cc}"
case $CLAIMCHECK in /*) ;; *) CLAIMCHECK=$PWD/$CLAIMCHECK ;; esac
case $EXTRACT_CONF in /*) ;; *) EXTRACT_CONF=$PWD/$EXTRACT_CONF ;; esac
D=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$D/../.." && pwd)
SEED=$ROOT/../shared/seed/000_7968fe5010cbed1b.txt
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-extract.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
# Adds the "P passed, F failed" of a helper's last line to the totals.
add() {
    p=$(printf '%s\n' "$1" | sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p' | tail -n 1)
    f=$(printf '%s\n' "$1" | sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p' | tail -n 1)
    pass=$((pass + ${p:-0}))
    fail=$((fail + ${f:-1}))
}

if [ ! -x "$CLAIMCHECK" ]; then
    echo "extract: $CLAIMCHECK is not an executable: build it first (make)" >&2
    exit 2
fi
LIB=$ROOT/build/libclaimcheck.a
CFLAGS_T="-std=c11 -O2 -I$ROOT/include -I$ROOT/src -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE"
if [ ! -x "$EXTRACT_CONF" ]; then
    EXTRACT_CONF=$tmp/extract-conf
    $CC $CFLAGS_T -o "$EXTRACT_CONF" "$ROOT/tests/conformance/extract.c" "$LIB" -lcjson -lcsv -lm || exit 2
fi

# --- spec cases, read-back, lexicon guard ---------------------------------
out=$("$EXTRACT_CONF" --spec "$D/cases.tsv"); echo "$out" | grep -v 'passed,' ; add "$out"
# the cases' inputs too, one a line: every wording the spec covers
grep -v '^#' "$D/cases.tsv" | cut -f 1 > "$tmp/inputs.txt"
out=$("$EXTRACT_CONF" --readback "$SEED" "$D/audit/article.txt" "$tmp/inputs.txt"); echo "$out" | grep -v 'passed,'; add "$out"
if $CC $CFLAGS_T -o "$tmp/lexends" "$D/lexends.c" "$LIB" -lcjson -lcsv -lm; then
    out=$("$tmp/lexends"); echo "$out" | grep -v 'passed,'; add "$out"
else
    ko "lexends.c does not build"
fi

# --- the command line -------------------------------------------------------
X() { "$CLAIMCHECK" extract "$@"; }

# the seed article: every figure of its ledger, none of its years, dates, models
X -q "$SEED" >"$tmp/seed.txt" || ko "extract seed: exit $?"
for fig in 1000多人 6000多人 30多个 260多个 '30%' '90%' '30分钟' '5分钟以内' '提升了3倍' '50+' '超过10个' \
    '提升了15%以上' '5%的提升' '20%以内' '提升了2倍' '20多家' '最高达20%' '6000位' '50%' '100%' '200%' '500%' \
    '2.78倍的加速效率' '1.23倍' '1.17倍' '1.21倍' '近30个' '三个月'; do
    if grep -qF -- "$fig" "$tmp/seed.txt"; then ok; else ko "seed: $fig not extracted"; fi
done
for non in 2025年 2023年 2024年 2022年 2020年 '3月' 2025-06-10 16:25 FP32 BF16 FP16 INT8 INT4 R1 'Atlas 800' \
    ': 01' ': 02' ': 2025 ' 一些 两位 三类 四个 数十次 数百次 两个月前 两年 二维码 一场; do
    if grep -F -- "$non" "$tmp/seed.txt" | grep -qv '→.*'"$non"; then ko "seed: '$non' reported"; else ok; fi
done
n=$(grep -c '^/' "$tmp/seed.txt")
[ "$n" -eq 23 ] && ok || ko "seed: $n candidates listed, expected 23 (28 figures: 5 are pairs)"

# jsonl: the fields of DESIGN 4, byte offsets that point at the text
X -q --format jsonl "$SEED" >"$tmp/seed.jsonl" || ko "jsonl: exit $?"
first=$(head -n 1 "$tmp/seed.jsonl")
for key in '"file":' '"line":' '"start":' '"end":' '"text":' '"quote":' '"before":{' '"after":{' '"kind":' '"readings":'; do
    case $first in *"$key"*) ok ;; *) ko "jsonl: no $key in $first" ;; esac
done
start=$(printf '%s\n' "$first" | sed 's/.*"start":\([0-9]*\).*/\1/')
end=$(printf '%s\n' "$first" | sed 's/.*"end":\([0-9]*\),.*/\1/')
text=$(printf '%s\n' "$first" | sed 's/.*"text":"\([^"]*\)".*/\1/')
span=$(dd if="$SEED" bs=1 skip="$start" count=$((end - start)) 2>/dev/null)
[ "$span" = "$text" ] && ok || ko "jsonl: bytes $start..$end are '$span', text is '$text'"
[ "$(wc -l <"$tmp/seed.jsonl")" -eq 23 ] && ok || ko "jsonl: not one line a candidate"

# the column of a figure after a long run of mixed text
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "中a"; printf "提升了30%%\n" }' >"$tmp/long.txt"
X -q "$tmp/long.txt" | grep -q ':1:6001: 提升了30%' && ok || ko "long line: not at column 6001: $(X -q "$tmp/long.txt" | head -n 1 | cut -c1-60)"

# pairs along one long line: each pair's column counted back from its
# second figure (once counted from the line's start, quadratic in the line)
awk 'BEGIN { for (i = 0; i < 500; i++) printf "从30%%提升到了90%%，"; printf "\n" }' >"$tmp/pairs.txt"
X -q "$tmp/pairs.txt" | grep ':1:' | sed -n 500p | grep -q ':1:5989: 从30%提升到了90%' && ok || ko "long line of pairs: pair 500 not at column 5989: $(X -q "$tmp/pairs.txt" | grep ':1:' | sed -n 500p | cut -c1-60)"
[ "$(X -q "$tmp/pairs.txt" | grep -c ':1:[0-9]*: 从30%提升到了90%')" -eq 500 ] && ok || ko "long line of pairs: not 500 pairs"

# a line longer than a segment with no sentence end is cut after a clause
# mark, not inside a pair
awk 'BEGIN { for (i = 0; i < 123360; i++) printf "from 30%% to 90%%, "; printf "\n" }' >"$tmp/enpairs.txt"
[ "$(X -q "$tmp/enpairs.txt" | grep -c ':1:[0-9]*: from 30% to 90%$')" -eq 123360 ] && ok || ko "long English line of pairs: not 123360 pairs: $(X -q "$tmp/enpairs.txt" | grep -v '^ ' | grep -v 'from 30% to 90%$' | head -n 2)"

# a bare end of a pair beside a time or a percentage reads in its unit, as check reads it
printf '利用率从30提升到90%%。from 45 seconds to under 10. 从3个增加到5个。\n' >"$tmp/implied.txt"
X -q "$tmp/implied.txt" >"$tmp/implied.out"
grep -q '^    before 30 → percent 30%: \[29.5, 30.5\] (the after.s unit)$' "$tmp/implied.out" &&
    grep -q '^    after  under 10 → time less than 10 s: \[0, 10) (the before.s unit)$' "$tmp/implied.out" &&
    [ "$(grep -c 'unit)$' "$tmp/implied.out")" -eq 2 ] && ok || ko "text: a bare end of a pair: $(cat "$tmp/implied.out")"

# a byte order mark opening the file takes no column (its bytes still count in offsets)
printf '\357\273\277性能提升了30%%。\n提升了30%%\n' >"$tmp/bom.txt"
X -q "$tmp/bom.txt" | grep -q ':1:3: 提升了30%' && ok || ko "bom: not at column 3: $(X -q "$tmp/bom.txt" | head -n 1)"
X -q "$tmp/bom.txt" | grep -q ':2:1: 提升了30%' && ok || ko "bom: line 2 not at column 1: $(X -q "$tmp/bom.txt" | sed -n 2p)"
X -q --format jsonl "$tmp/bom.txt" | head -n 1 | grep -q '"start":9,' && ok || ko "bom: the offset leaves out the mark: $(X -q --format jsonl "$tmp/bom.txt" | head -n 1 | cut -c1-80)"

# stdin and several files in one call; offsets restart per file
X -q --format jsonl - "$SEED" <"$SEED" >"$tmp/two.jsonl"
[ "$(grep -c '"file":"-"' "$tmp/two.jsonl")" -eq 23 ] && ok || ko "stdin: not 23 candidates from -"
[ "$(grep -c '"file":"[^-]' "$tmp/two.jsonl")" -eq 23 ] && ok || ko "two files: not 23 candidates from the file"
# a file name that JSON escapes, then another file: each row is one JSON
# object and names its own file
odd="$tmp/a\"b\\c.txt"
cp "$SEED" "$odd"
X -q --format jsonl "$odd" "$SEED" >"$tmp/names.jsonl" || ko "jsonl names: exit $?"
if command -v python3 >/dev/null 2>&1; then
    python3 - "$tmp/names.jsonl" "$odd" "$SEED" <<'PY' && ok || ko "jsonl: rows do not parse or name the wrong file"
import json, sys
files = [json.loads(line)["file"] for line in open(sys.argv[1], encoding="utf-8")]
sys.exit(files != [sys.argv[2]] * 23 + [sys.argv[3]] * 23)
PY
fi
X -q - - </dev/null >/dev/null 2>&1; [ $? -eq 2 ] && ok || ko "- twice: expected exit 2"
X -q "$tmp/none.txt" >/dev/null 2>&1; [ $? -eq 2 ] && ok || ko "missing file: expected exit 2"
X -q --format xml "$SEED" >/dev/null 2>&1; [ $? -eq 2 ] && ok || ko "bad format: expected exit 2"

# csv: a ledger skeleton (DESIGN 2 header), ids from the article's name,
# and no cell a spreadsheet would run as a formula
X -q --format csv -o "$tmp/seed.csv" "$SEED" || ko "csv: exit $?"
head -n 1 "$tmp/seed.csv" | grep -q '^"id","quote","subject","metric","better","before","after","change","value"' && ok ||
    ko "csv: header is $(head -n 1 "$tmp/seed.csv")"
grep -q '^"000_7968fe5010cbed1b-01",' "$tmp/seed.csv" && ok || ko "csv: no id 000_7968fe5010cbed1b-01"
"$CLAIMCHECK" check -q --format line "$tmp/seed.csv" >"$tmp/check.txt" 2>&1
grep -q 'csv-syntax\|missing-column\|empty-claim' "$tmp/check.txt" && ko "csv: check finds $(head -n 3 "$tmp/check.txt")" || ok
# a pair's verb goes to change, so that check holds the direction against the
# figures: in Chinese (提升到800) and in English, where the verb stands before
# "from" (rose from 1200 to 800: change "rose to 800")
printf 'Throughput rose from 1200 to 800 QPS.\n吞吐从1200提升到800。\nLatency fell from 120 ms to 35 ms.\n' >"$tmp/dir.txt"
X -q --format csv "$tmp/dir.txt" >"$tmp/dir.csv"
grep -q '"1200","800 QPS","rose to 800 QPS"' "$tmp/dir.csv" && ok || ko "csv: English pair's change: $(cat "$tmp/dir.csv")"
grep -q '"120 ms","35 ms","fell to 35 ms"' "$tmp/dir.csv" && ok || ko "csv: English pair's change: $(cat "$tmp/dir.csv")"
"$CLAIMCHECK" check -q --format line "$tmp/dir.csv" >"$tmp/dir.check" 2>&1
[ "$(grep -c 'direction-mismatch' "$tmp/dir.check")" = 2 ] && ok || ko "csv: direction-mismatch twice: $(cat "$tmp/dir.check")"
grep 'direction-mismatch' "$tmp/dir.check" | grep -q ':4:' && ko "csv: fell from 120 ms to 35 ms is no mismatch" || ok
# the change after "A，较B的…" goes to that pair's change, and has no row of
# its own: check recomputes it from the article (100/80 is +25%, not +30%)
printf '营收达到100亿元，较去年的80亿元增长30%%。\n毛利率为45.2%%，比上年同期的41.8%%提高3.4个百分点。\n' >"$tmp/rev.txt"
X -q --format csv "$tmp/rev.txt" >"$tmp/rev.csv"
grep -q '"80亿元","100亿元","增长30%"' "$tmp/rev.csv" && grep -q '"41.8%","45.2%","提高3.4个百分点"' "$tmp/rev.csv" &&
    [ "$(wc -l <"$tmp/rev.csv")" -eq 3 ] && ok || ko "csv: change after A，较B: $(cat "$tmp/rev.csv")"
"$CLAIMCHECK" check -q --format line "$tmp/rev.csv" >"$tmp/rev.check" 2>&1
[ "$(grep -c 'ratio-mismatch\|percent-or-points' "$tmp/rev.check")" = 1 ] && grep -q ':2:.*ratio-mismatch' "$tmp/rev.check" && ok ||
    ko "csv: check of A，较B: $(cat "$tmp/rev.check")"
printf 'Revenue was $100 billion, up 30%% from $80 billion.\nRevenue rose 30%% to $5.2 billion from $4.6 billion.\n' >>"$tmp/rev.txt"
X -q --format csv "$tmp/rev.txt" >"$tmp/rev.csv"
grep -q '"$80 billion","$100 billion","up 30%"' "$tmp/rev.csv" && grep -q '"$4.6 billion","$5.2 billion","rose 30%"' "$tmp/rev.csv" &&
    [ "$(wc -l <"$tmp/rev.csv")" -eq 5 ] && ok || ko "csv: change in A, up X% from B and rose X% to A from B: $(cat "$tmp/rev.csv")"
"$CLAIMCHECK" check -q --format line "$tmp/rev.csv" >"$tmp/rev.check" 2>&1
grep -q ':4:.*ratio-mismatch' "$tmp/rev.check" && grep -q ':5:.*ratio-mismatch' "$tmp/rev.check" && ok ||
    ko "csv: check of A, up X% from B and rose X% to A from B: $(cat "$tmp/rev.check")"
X -q --format jsonl "$tmp/rev.txt" >"$tmp/rev.jsonl"
[ "$(wc -l <"$tmp/rev.jsonl")" -eq 8 ] && ok || ko "jsonl: the change after A，较B is a figure too: $(cat "$tmp/rev.jsonl")"
# the comparator a relative figure names goes to the comparator column, so
# that check finds the vague ones (友商, competitor) straight from the article
cat >"$tmp/cmp.txt" <<'EOF'
速度是竞品的1.5到2倍，性能比友商高出30%。
与上一代相比，功耗降低了20%；相较于H100，速度快了2倍。
It is 2.78x faster than a foreign competitor in FP32. Compared with the A100, it is 30% faster.
占比提升了30%，同比增长120%，比例提高了5个百分点。
Revenue climbed 18% year over year; sales were up 5% from a year earlier; costs fell 5% from 2023 levels.
It outperforms GPT-4 by 20% and trails Gemini by 3 points.
比亚迪销量增长31%，比特币价格上涨32%，比如性能提升33%，性能比较高，提升34%。
比起去年，营收增长35%；营收较上季度增长36%。
It runs at twice the speed of the previous release; it delivers 4x the throughput of its predecessor, 1.6 times that of the A100.
EOF
X -q --format csv "$tmp/cmp.txt" >"$tmp/cmp.csv"
for want in '"是竞品的1.5到2倍","","竞品"' '"高出30%","","友商"' '"降低了20%","","上一代"' '"快了2倍","","H100"' \
    '"2.78x faster","","a foreign competitor"' '"30% faster","","the A100"' '"提升了30%","",""' '"增长120%","","同比"' \
    '"提高了5个百分点","",""' '"climbed 18% year over year","","year over year"' '"up 5%","","a year earlier"' \
    '"fell 5%","",""' '"outperforms GPT-4 by 20%","","GPT-4"' '"trails Gemini by 3 points","","Gemini"' \
    '"增长31%","",""' '"上涨32%","",""' '"提升33%","",""' '"提升34%","",""' '"增长35%","","去年"' '"增长36%","","上季度"' \
    '"twice","","the previous release"' '"4x the throughput","","its predecessor"' '"1.6 times that of the A100","","the A100"'; do
    grep -qF "$want" "$tmp/cmp.csv" && ok || ko "csv comparator: no $want in $(cat "$tmp/cmp.csv")"
done
"$CLAIMCHECK" check -q --format line "$tmp/cmp.csv" >"$tmp/cmp.check" 2>&1
[ "$(grep -c 'vague-comparator' "$tmp/cmp.check")" = 3 ] && ok || ko "csv comparator: vague-comparator thrice: $(cat "$tmp/cmp.check")"
grep -q ',"国外友商",' "$tmp/seed.csv" && ok || ko "csv: the seed's 和国外友商对比 is no comparator"
# jsonl has the same comparator, and a pair's change, in keys of their own
X -q --format jsonl "$tmp/cmp.txt" >"$tmp/cmp.jsonl"
for want in '"text":"是竞品的1.5到2倍","quote":"速度是竞品的1.5到2倍，性能比友商高出30%","comparator":"竞品",' \
    '"text":"outperforms GPT-4 by 20%","quote":"It outperforms GPT-4 by 20% and trails Gemini by 3 points","comparator":"GPT-4",'; do
    grep -qF "$want" "$tmp/cmp.jsonl" && ok || ko "jsonl comparator: no $want in $(cat "$tmp/cmp.jsonl")"
done
# the 16 comparators of the csv above
[ "$(grep -c '"comparator":' "$tmp/cmp.jsonl")" -eq 16 ] && ok ||
    ko "jsonl comparator: not the 16 of the csv: $(grep -c '"comparator":' "$tmp/cmp.jsonl")"
grep -q '"change":"up 30%","before"' "$tmp/rev.jsonl" &&
    grep -q '"change":"rose 30%","before"' "$tmp/rev.jsonl" && ok || ko "jsonl: a pair's change: $(cat "$tmp/rev.jsonl")"
# ... and the before of a pair as a share of something: 从开箱只有业界的30%, 从业界平均的30分钟
grep -q '"30%","90%","提升到了90%","","业界"' "$tmp/seed.csv" && grep -q '"30分钟","5分钟以内","下降到了5分钟以内","","业界平均"' "$tmp/seed.csv" &&
    ok || ko "csv: the seed's pairs against 业界 have no comparator: $(grep -F '90%' "$tmp/seed.csv")"
printf '=HYPERLINK("x") 提升了3倍\n@SUM(1) 提升了15%%\n+15%% growth; -20%% cost\n' >"$tmp/inj.txt"
X -q --format csv "$tmp/inj.txt" >"$tmp/inj.csv"
grep -q '"=HYPERLINK' "$tmp/inj.csv" && ko "csv: formula cell not guarded" || ok
grep -q "\"'=HYPERLINK" "$tmp/inj.csv" && ok || ko "csv: =… not prefixed with '"
grep -q "\"'@SUM" "$tmp/inj.csv" && ok || ko "csv: @… not prefixed with '"
grep -q '"+15% growth"' "$tmp/inj.csv" && ok || ko "csv: +15% growth changed: $(cat "$tmp/inj.csv")"
grep -q '"-20%"' "$tmp/inj.csv" && ok || ko "csv: -20% changed"

# streaming: a line far longer than the sentence limit, and figures on both
# sides of it; memory flat between 1 MiB and 16 MiB of input
awk 'BEGIN { printf "开头提升了3倍。"; for (i = 0; i < 40000; i++) printf "一段没有数字的长文字"; printf "结尾下降了20%%。\n" }' >"$tmp/long.txt"
X -q "$tmp/long.txt" >"$tmp/long.out"
grep -q '提升了3倍' "$tmp/long.out" && grep -q '下降了20%' "$tmp/long.out" && ok || ko "long line: $(cat "$tmp/long.out")"
# a line of 20 000 figures with no full stop: each quote is the clauses
# around its figure (about 1 KiB), not the whole line, so that the output
# does not grow as the square of the line
awk 'BEGIN { printf "和友商对比，"; for (i = 0; i < 20000; i++) printf "性能提升%d%%，", i % 90 + 10; printf "\n" }' >"$tmp/clauses.txt"
X -q --format jsonl "$tmp/clauses.txt" >"$tmp/clauses.jsonl"
[ "$(wc -l <"$tmp/clauses.jsonl")" -eq 20000 ] && [ "$(wc -c <"$tmp/clauses.jsonl")" -lt 40000000 ] &&
    ! grep -q '"quote":"[^"]\{1100\}' "$tmp/clauses.jsonl" && sed -n 12345p "$tmp/clauses.jsonl" | grep -q '"quote":"[^"]*提升' &&
    ok || ko "a line of figures: $(wc -lc <"$tmp/clauses.jsonl") lines/bytes"
# traditional characters over many segments: the same spans and readings as
# the simplified twin of the text (2.8 MB each), the text as written
awk 'BEGIN { for (i = 0; i < 20000; i++) print "營收較去年同期成長了25%，效能提升約3倍。處理速度從每秒100筆提升至每秒500筆。延遲時間由50毫秒縮短為10毫秒。" }' >"$tmp/trad.txt"
awk 'BEGIN { for (i = 0; i < 20000; i++) print "营收较去年同期成长了25%，效能提升约3倍。处理速度从每秒100笔提升至每秒500笔。延迟时间由50毫秒缩短为10毫秒。" }' >"$tmp/simp.txt"
fields() { sed 's/"\(file\|text\|quote\|input\|unit\|label\)":"[^"]*"//g' "$1"; }
X -q --format jsonl "$tmp/trad.txt" >"$tmp/trad.out"
X -q --format jsonl "$tmp/simp.txt" >"$tmp/simp.out"
fields "$tmp/trad.out" >"$tmp/trad.f"
fields "$tmp/simp.out" >"$tmp/simp.f"
[ "$(wc -l <"$tmp/trad.out")" -eq 80000 ] && cmp -s "$tmp/trad.f" "$tmp/simp.f" && grep -q '"text":"從每秒100筆提升至每秒500筆"' "$tmp/trad.out" &&
    ok || ko "traditional text over many segments: $(wc -l <"$tmp/trad.out") figures; $(diff "$tmp/trad.f" "$tmp/simp.f" | head -n 2)"
# (not under a sanitizer: ASan's quarantine holds freed memory, so its RSS grows)
if [ -x /usr/bin/time ] && [ -z "${ASAN_OPTIONS:-}" ]; then
    for i in 1 2 3 4; do cat "$SEED"; done >"$tmp/s1"
    for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do cat "$tmp/s1" "$tmp/s1" "$tmp/s1" "$tmp/s1"; done >"$tmp/s16"
    for i in 1 2 3 4 5 6; do cat "$tmp/s16"; done >"$tmp/s96"
    m1=$(/usr/bin/time -f %M "$CLAIMCHECK" extract -q --format jsonl "$tmp/s1" 2>&1 >/dev/null | tail -n 1)
    m2=$(/usr/bin/time -f %M "$CLAIMCHECK" extract -q --format jsonl "$tmp/s96" 2>&1 >/dev/null | tail -n 1)
    [ "$m2" -le $((m1 + 1024)) ] && ok || ko "memory grows with input: ${m1} KiB for 40 KiB, ${m2} KiB for 40 MiB"
fi

# --- audit --------------------------------------------------------------------
A=$D/audit
for l in covered drift missing; do
    (cd "$A" && "$CLAIMCHECK" audit -q --format line --claims "$l.csv" article.txt >"$tmp/$l.out" 2>&1; echo "exit $?" >>"$tmp/$l.out")
    if cmp -s "$tmp/$l.out" "$A/$l.expected"; then ok; else ko "audit $l:"; diff "$A/$l.expected" "$tmp/$l.out"; fi
done
# the article from the sidecar, relative to it; --fail-on warning
(cd "$ROOT" && "$CLAIMCHECK" audit --claims tests/extract/audit/covered.csv >"$tmp/side.out" 2>&1)
[ $? -eq 0 ] && grep -q 'coverage: 7 of 7 figures covered (100%) · 6 of 6 quotes found' "$tmp/side.out" && ok ||
    ko "audit sidecar: $(cat "$tmp/side.out")"
(cd "$A" && "$CLAIMCHECK" audit -q --fail-on warning --claims missing.csv article.txt >/dev/null 2>&1)
[ $? -eq 1 ] && ok || ko "audit --fail-on warning: expected exit 1"
(cd "$A" && "$CLAIMCHECK" audit -q --format json --claims drift.csv article.txt >"$tmp/drift.json" 2>&1)
grep -q '"covered":	5' "$tmp/drift.json" && grep -q '"quotes_found":	5' "$tmp/drift.json" && ok ||
    ko "audit json: no coverage in the summary"
"$CLAIMCHECK" audit -q --claims "$A/covered.csv" "$tmp/none.txt" >/dev/null 2>&1; [ $? -eq 2 ] && ok || ko "audit: missing article not exit 2"
"$CLAIMCHECK" audit -q "$A/article.txt" >/dev/null 2>&1; [ $? -eq 2 ] && ok || ko "audit: no --claims not exit 2"
# the seed: every quote found, every figure covered
if [ -f "$ROOT/claims/cann-2025-06-10.csv" ]; then
    (cd "$ROOT" && "$CLAIMCHECK" audit --claims claims/cann-2025-06-10.csv >"$tmp/seed-audit.out" 2>&1)
    rc=$?
    if [ $rc -eq 0 ] && grep -q 'coverage: 28 of 28 figures covered (100%) · 23 of 23 quotes found' "$tmp/seed-audit.out" &&
        ! grep -q 'unregistered-figure\|quote-not-found' "$tmp/seed-audit.out"; then ok; else
        ko "audit seed (exit $rc):"; cat "$tmp/seed-audit.out"
    fi
fi

echo "extract: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
