#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The bundled captures and their expectations are exactly what the
# generator makes: regenerate into a temporary folder and compare.
#   tests/e2e/check-captures-fresh.sh BUILD_DIR
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/expected"
"$1/capgen" "$tmp" "$tmp/knobs.tsv" >/dev/null
passed=0 failed=0
for f in "$tmp"/*.pcap "$tmp"/expected/*.tsv "$tmp/knobs.tsv"; do
    name=${f#"$tmp"/}
    case $name in knobs.tsv) committed="$here/tests/e2e/knobs.tsv" ;; *) committed="$here/captures/$name" ;; esac
    if cmp -s "$f" "$committed"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $committed differs from what capgen makes (run captures/regenerate.sh)"
    fi
done
echo "fresh captures: $passed passed, $failed failed"
[ "$failed" = 0 ]
