#!/bin/sh
# run.sh — `claimcheck report`: self-contained, escaped HTML; reproducible
# bytes; exit status; text and md; and the printed PDF (Chromium), read back
# with poppler: pages, quotes as text, no card cut across a page.
# CLAIMCHECK names the binary (default build/claimcheck).  Chromium and
# poppler-utils are required: without them the run fails (make deps installs them).
set -u
CC_BIN=${CLAIMCHECK:-build/claimcheck}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$HERE/data
SEED=claims/cann-2025-06-10.csv
export LC_ALL=C.UTF-8
unset NO_COLOR
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL: $*"
}
check() { # check NAME COMMAND...: passes when the command succeeds
    name=$1
    shift
    if "$@" >/dev/null 2>&1; then ok; else fail "$name"; fi
}
status() { # status NAME EXPECTED COMMAND...
    name=$1
    want=$2
    shift 2
    "$@" >/dev/null 2>&1
    got=$?
    if [ "$got" -eq "$want" ]; then ok; else fail "$name: exit $got, expected $want"; fi
}
absent() { # absent NAME FILE ERE: no line of FILE matches
    if grep -Eiq -- "$3" "$2"; then
        fail "$1: $(grep -Eio -- "$3" "$2" | head -n 1)"
    else
        ok
    fi
}

export SOURCE_DATE_EPOCH=1749513600 # 2025-06-10

ledgers="$DATA/mixed.csv $DATA/escape.csv"
[ -f "$SEED" ] && ledgers="$SEED $ledgers"

# --- HTML: one self-contained page -------------------------------------
for l in $ledgers; do
    n=$(basename "$l" .csv)
    "$CC_BIN" report -q --fail-on never -o "$tmp/$n.html" "$l"
    check "$n: html written" test -s "$tmp/$n.html"
    absent "$n: no script" "$tmp/$n.html" '<script'
    absent "$n: nothing fetched by src=" "$tmp/$n.html" 'src="?(https?:)?//'
    absent "$n: no @import" "$tmp/$n.html" '@import'
    absent "$n: no url() in CSS" "$tmp/$n.html" 'url\('
    absent "$n: no <link>, <iframe>, <object>, <img>" "$tmp/$n.html" '<(link|iframe|object|embed|img)[ >]'
    absent "$n: no event handler in a tag" "$tmp/$n.html" '<[^>]* on[a-z]+='
    absent "$n: links only to http(s)" "$tmp/$n.html" 'href="([^h"]|h[^t]|ht[^t]|htt[^p])'
    check "$n: A4 print style" grep -q '@page{size:A4;margin:18mm 16mm 20mm;' "$tmp/$n.html"
    check "$n: cards never split" grep -q 'break-inside:avoid' "$tmp/$n.html"
    check "$n: CJK font list" grep -q 'font-family:"Noto Sans CJK SC","Noto Serif CJK SC",sans-serif' "$tmp/$n.html"
    check "$n: a chart" grep -q '<svg class="chart"' "$tmp/$n.html"
    check "$n: an appendix" grep -q 'Appendix: the rules that fired' "$tmp/$n.html"
done

# --- escaping ------------------------------------------------------------
E=$tmp/escape.html
absent "escape: no live tag from a ledger" "$E" '<(b>bold|img|svg onload|style>body)'
absent "escape: no javascript: link" "$E" 'href="javascript:'
absent "escape: no data: link" "$E" 'href="data:'
check "escape: quote shown as text" grep -qF 'Speed rose &lt;script&gt;alert(1)&lt;/script&gt;' "$E"
check "escape: attribute breakout shown as text" grep -qF '&quot;&gt;&lt;img src=x onerror=alert(6)&gt;' "$E"
check "escape: javascript: URL shown as text" grep -qF '<span class="url">javascript:alert(3)</span>' "$E"
check "escape: sidecar URL shown as text" grep -qF "<span class=\"url\">javascript:alert(&#39;u&#39;)</span>" "$E"
check "escape: title escaped" grep -qF '<title>Audit report: Title &lt;/title&gt;&lt;script&gt;' "$E"
check "escape: quote in CJK gets lang=zh" grep -qF '<blockquote lang="zh">Speed rose' "$E"
check "escape: English quote gets lang=en" grep -qF '<blockquote lang="en">The library ships 300' "$E"
check "escape: http(s) source_url is a link" grep -qF '<a href="https://example.org/with-space">' "$E"
"$CC_BIN" report -q --fail-on never --format md "$DATA/escape.csv" >"$tmp/escape.md"
absent "escape md: no raw tag" "$tmp/escape.md" '<(script|img|b>|svg)'
absent "escape md: no javascript: link" "$tmp/escape.md" '\]\(<?javascript:'
# x-06 holds a raw ESC [31m: it must not reach a terminal
"$CC_BIN" report -q --fail-on never --format text --color never "$DATA/escape.csv" >"$tmp/escape.txt"
check "escape text: the ledger's escape sequence is gone" sh -c "grep -q 'Red  *\[31m alert' '$tmp/escape.txt' && ! grep -q \"$(printf '\033')\" '$tmp/escape.txt'"
check "escape html: the ledger's escape sequence is gone" sh -c "grep -q 'Red \[31m alert' '$E' && ! grep -q \"$(printf '\033')\" '$E'"

# --- reproducible bytes ----------------------------------------------------
for l in $ledgers; do
    n=$(basename "$l" .csv)
    for f in html md text; do
        "$CC_BIN" report -q --fail-on never --format $f -o "$tmp/r1.$f" "$l"
        "$CC_BIN" report -q --fail-on never --format $f -o "$tmp/r2.$f" "$l"
        check "$n: two $f runs are byte-identical" cmp -s "$tmp/r1.$f" "$tmp/r2.$f"
    done
done
check "SOURCE_DATE_EPOCH dates the report" grep -q '<dt>report date</dt><dd>2025-06-10</dd>' "$tmp/mixed.html"
today=$(date +%F)
env -u SOURCE_DATE_EPOCH "$CC_BIN" report -q --fail-on never "$DATA/mixed.csv" >"$tmp/today.html"
check "without SOURCE_DATE_EPOCH: today" grep -q "<dd>$today</dd>" "$tmp/today.html"
status "bad SOURCE_DATE_EPOCH" 2 env SOURCE_DATE_EPOCH=yesterday "$CC_BIN" report -q "$DATA/mixed.csv"

# --- exit status, as for check ----------------------------------------------
status "errors fail" 1 "$CC_BIN" report -q -o "$tmp/x.html" "$DATA/mixed.csv"
status "--fail-on never" 0 "$CC_BIN" report -q --fail-on never -o "$tmp/x.html" "$DATA/mixed.csv"
status "clean ledger" 0 "$CC_BIN" report -q -o "$tmp/x.html" tests/cli/data/clean.csv
status "warnings under --fail-on warning" 1 "$CC_BIN" report -q --fail-on warning -o "$tmp/x.html" tests/cli/data/warning.csv
status "unknown format" 2 "$CC_BIN" report --format pdf "$DATA/mixed.csv"
status "missing ledger" 2 "$CC_BIN" report -q -o "$tmp/missing.html" "$DATA/none.csv"
check "missing ledger: no file left" test ! -e "$tmp/missing.html"
status "no ledger" 2 "$CC_BIN" report
status "--help" 0 "$CC_BIN" report --help
"$CC_BIN" report -q --fail-on never -o "$tmp/dir.html" "$DATA"
check "a DIR means its *.csv" sh -c "grep -q 'ledger-2' '$tmp/dir.html' && ! grep -q 'ledger-3' '$tmp/dir.html'"
check "ledgers start on a new page" grep -q '.ledger+.ledger{break-before:page}' "$tmp/dir.html"

# --- text and md --------------------------------------------------------------
"$CC_BIN" report -q --fail-on never --format text "$DATA/mixed.csv" "$DATA/escape.csv" >"$tmp/m.txt"
[ -f "$SEED" ] && "$CC_BIN" report -q --fail-on never --format text "$SEED" >>"$tmp/m.txt"
check "text: no colour when not a terminal" sh -c "! grep -q \"$(printf '\033')\" '$tmp/m.txt'"
"$CC_BIN" report -q --fail-on never --format text --color always "$DATA/mixed.csv" >"$tmp/c.txt"
check "text: --color always colours" grep -q "$(printf '\033')\\[" "$tmp/c.txt"
NO_COLOR=1 "$CC_BIN" report -q --fail-on never --format text --color auto "$DATA/mixed.csv" >"$tmp/nc.txt"
check "text: NO_COLOR" sh -c "! grep -q \"$(printf '\033')\" '$tmp/nc.txt'"
check "text: 80 columns" python3 -c "
import sys, unicodedata
bad = [l for l in open('$tmp/m.txt', encoding='utf-8').read().split('\n')
       if sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in l) > 80]
sys.exit(1 if bad else 0)"
check "text: charts" grep -q '+-' "$tmp/m.txt"
check "text: both readings labelled" sh -c "grep -q '^  2x ' '$tmp/m.txt' && grep -q '^  3x (strict by)' '$tmp/m.txt'"
check "text: quote found in article" grep -q 'quote found in the article, line 2' "$tmp/m.txt"
"$CC_BIN" report -q --fail-on never --format md "$DATA/mixed.csv" >"$tmp/m.md"
check "md: heading" grep -q '^# Audit report: A mixed test article' "$tmp/m.md"
check "md: chart in a code block" grep -q '^```text' "$tmp/m.md"
check "md: link" grep -qF "[https://example.org/bench](<https://example.org/bench>)" "$tmp/m.md"
"$CC_BIN" report -q --fail-on never --format text --article "$DATA/mixed.txt" "$DATA/escape.csv" >"$tmp/a.txt"
check "--article: quotes looked up there" grep -q 'quote NOT found in the article' "$tmp/a.txt"

# --- the printed PDF ------------------------------------------------------------
# Chromium embeds fonts without their names, so the CJK font is checked where
# it comes from: without it Chinese prints in whatever fallback font there is.
check "fonts-noto-cjk installed" sh -c "fc-list ':lang=zh' family | grep -q 'Noto Sans CJK SC'"
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    fail "Chromium is not installed (apt-get install chromium; make deps)"
elif ! command -v pdftotext >/dev/null 2>&1; then
    fail "poppler-utils is not installed (apt-get install poppler-utils; make deps)"
else
    for l in $ledgers; do
        n=$(basename "$l" .csv)
        if ! sh "$HERE/pdf.sh" "$tmp/$n.html" "$tmp/$n.pdf"; then
            fail "$n: Chromium printed no PDF"
            continue
        fi
        pages=$(pdfinfo "$tmp/$n.pdf" | sed -n 's/^Pages: *//p')
        size=$(pdfinfo "$tmp/$n.pdf" | sed -n 's/^Page size: *//p')
        case $size in *A4*) ok ;; *) fail "$n: page size $size, expected A4" ;; esac
        if [ "$n" = "$(basename "$SEED" .csv)" ]; then
            [ "$pages" -ge 2 ] && [ "$pages" -le 40 ] && ok || fail "$n: $pages pages"
        else
            [ "$pages" -ge 1 ] && [ "$pages" -le 20 ] && ok || fail "$n: $pages pages"
        fi
        pdftotext -layout "$tmp/$n.pdf" "$tmp/$n.txt"
        check "$n: page numbers" grep -q "page 1 / $pages" "$tmp/$n.txt"
        # every card: its first and last line on the same page
        grep -o 'class="cid">Claim [^ <]*' "$tmp/$n.html" | sed 's/.*Claim //' >"$tmp/ids"
        cut=0
        while read -r id; do
            first=""
            last=""
            p=1
            while [ "$p" -le "$pages" ]; do
                pdftotext -f "$p" -l "$p" -layout "$tmp/$n.pdf" "$tmp/page.txt"
                grep -qF "Claim $id ·" "$tmp/page.txt" && [ -z "$first" ] && first=$p
                grep -qE "end of $id( |\$)" "$tmp/page.txt" && last=$p
                p=$((p + 1))
            done
            if [ -z "$first" ] || [ "$first" != "$last" ]; then
                cut=$((cut + 1))
                echo "  card $id: starts on page ${first:-?}, ends on page ${last:-?}"
            fi
        done <"$tmp/ids"
        [ -s "$tmp/ids" ] && [ "$cut" -eq 0 ] && ok || fail "$n: $cut cards cut across pages"
    done
    if [ -f "$SEED" ]; then
        T=$tmp/cann-2025-06-10.txt
        tr -d ' \n' <"$T" >"$tmp/seed.flat"
        for q in 深度贡献的开发者数量已经从1000多人迅速增长到6000多人 断点续训的恢复时间从业界平均的30分钟 \
            性能提升了3倍 2.78倍的加速效率 单算子性能提升最高达20% 三类不同身份的 Techsir.com; do
            check "seed pdf: text '$q'" grep -qF "$q" "$tmp/seed.flat"
        done
        for fig in 5分钟以内 提升了15%以上 近30个 '[5.9, ∞)' '4x (strict by)' catlass-speedups; do
            check "seed pdf: figure '$fig'" grep -qF "$fig" "$T"
        done
    fi
    check "mixed pdf: Chinese quote as text" sh -c "tr -d ' \n' <'$tmp/mixed.txt' | grep -qF '训练效率从30%提升到90%'"
fi

echo "report: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
