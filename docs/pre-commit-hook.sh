#!/bin/sh
# pre-commit hook: refuses a commit whose staged ledgers have a finding at
# or above --fail-on (the configuration's fail_on, else error).
#   cp docs/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# It checks what is staged, not the working tree: the staged ledgers (and
# their sidecars, the configuration and the baseline) are copied to a
# temporary directory and checked there, so paths print as in the
# repository.  `git commit --no-verify` skips it.
set -u
command -v claimcheck >/dev/null 2>&1 || {
    echo "pre-commit: claimcheck is not installed; skipping the ledger check" >&2
    exit 0
}
ledgers=$(git diff --cached --name-only --diff-filter=ACMR -- '*.csv' '*.json' |
    sed -n 's/\.json$/.csv/; /\.csv$/p' | sort -u)
[ -n "$ledgers" ] || exit 0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-hook.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/.git"   # marks the copy's root, so paths stay repository-relative
files=
for f in $ledgers; do
    git cat-file -e ":$f" 2>/dev/null || continue   # a sidecar without its ledger
    files="$files $f"
    git checkout-index --prefix="$tmp/" -- "$f"
    side=${f%.csv}.json
    ! git cat-file -e ":$side" 2>/dev/null || git checkout-index --prefix="$tmp/" -- "$side"
done
[ -n "$files" ] || exit 0
set --
for extra in .claimcheck.json .claimcheck-baseline.json; do
    ! git cat-file -e ":$extra" 2>/dev/null || git checkout-index --prefix="$tmp/" -- "$extra"
done
[ -f "$tmp/.claimcheck-baseline.json" ] && set -- --baseline .claimcheck-baseline.json

# shellcheck disable=SC2086 # the ledger paths are split on purpose
(cd "$tmp" && claimcheck check --format line "$@" $files)
status=$?
if [ $status -eq 1 ]; then
    echo "pre-commit: claimcheck found problems in the staged ledgers (see above);" >&2
    echo "pre-commit: fix them, suppress one with a reason in its ignore column, or commit with --no-verify" >&2
fi
exit $status
