#!/bin/sh
# demo.sh — what `make demo` shows: the seed article's ledger, checked.
set -u
bin=${1:-build/claimcheck}
echo "\$ claimcheck check claims/"
"$bin" check --fail-on never claims/
