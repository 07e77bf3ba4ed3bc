#!/bin/sh
# pdf.sh — prints an HTML report to PDF with headless Chromium, as a reader's
# browser would (A4, the page's own @page margins and page numbers).
#
#   tests/report/pdf.sh REPORT.html OUT.pdf
#   tests/report/pdf.sh --png [OUT.png]
#
# --png builds the report of the shipped ledger (claims/cann-2025-06-10.csv),
# prints it, and writes its first page as a PNG at 80 dpi (default
# docs/report-page1.png): the picture in the README.  CLAIMCHECK names the
# binary (default build/claimcheck).
#
# Page numbers come from the page's CSS (@page margin boxes, drawn by
# Chromium 131 and later), so Chromium's own header and footer, which show
# the file's URL and the time of printing, are turned off.
set -eu

die() {
    echo "pdf.sh: $*" >&2
    exit 2
}

browser() {
    for b in chromium chromium-browser google-chrome; do
        if command -v "$b" >/dev/null 2>&1; then
            echo "$b"
            return 0
        fi
    done
    return 1
}

# to_pdf HTML PDF
to_pdf() {
    b=$(browser) || die "no Chromium found (Debian: apt-get install chromium; make deps installs it)"
    [ -f "$1" ] || die "$1: no such file"
    html=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    profile=$(mktemp -d)
    rm -f "$2"
    # new headless mode is the default from Chromium 132; --headless is the
    # spelling that every version since 112 accepts
    if ! timeout 120 "$b" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-dev-shm-usage --disable-extensions --no-pdf-header-footer \
        --user-data-dir="$profile" --print-to-pdf="$2" "file://$html" \
        >"$profile.log" 2>&1; then
        cat "$profile.log" >&2
        rm -rf "$profile" "$profile.log"
        die "Chromium failed on $1"
    fi
    rm -rf "$profile" "$profile.log"
    [ -s "$2" ] || die "Chromium wrote no PDF for $1"
}

if [ "${1:-}" = "--png" ]; then
    out=${2:-docs/report-page1.png}
    bin=${CLAIMCHECK:-build/claimcheck}
    [ -x "$bin" ] || die "$bin: not built (run make)"
    command -v pdftoppm >/dev/null 2>&1 || die "no pdftoppm (Debian: apt-get install poppler-utils)"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # the date of the ledger's last commit (else the article's), so that the
    # picture changes only with the ledger
    epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct -- claims/cann-2025-06-10.csv 2>/dev/null || true)}
    if [ -z "$epoch" ]; then
        published=$(sed -n 's/.*"published": *"\([0-9-]*\)".*/\1/p' claims/cann-2025-06-10.json 2>/dev/null)
        epoch=$(date -u -d "${published:-today}" +%s)
    fi
    SOURCE_DATE_EPOCH=$epoch "$bin" report -q --fail-on never -o "$tmp/report.html" claims/cann-2025-06-10.csv
    to_pdf "$tmp/report.html" "$tmp/report.pdf"
    pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/report.pdf" "$tmp/page"
    mkdir -p "$(dirname "$out")"
    mv "$tmp/page.png" "$out"
    echo "wrote $out"
    exit 0
fi

[ $# -eq 2 ] || die "usage: pdf.sh REPORT.html OUT.pdf | pdf.sh --png [OUT.png]"
to_pdf "$1" "$2"
