#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The scorer on the bundled lab captures (groundtruth/captures) gives
# exactly the committed figures, for the built-in analysis and for TCPRA's
# Wireshark-compatible flags alike: at Wireshark's values TCPRA must score
# what the built-in scores, figure for figure. The figures are those of the
# built-in analysis of one Wireshark release (expected-figures-RELEASE.txt);
# built for a release without such a file, only the two are compared.
# TCPRA's cause analysis (tcpra.cause.*) reads only the headers, so its
# figures are the same for every release: expected-cause-figures.txt, on the
# scenarios it was tuned on and, apart, on those held out.
#   tests/groundtruth/check-scores.sh BUILD_DIR
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$1
release=$(ls "$build/plugin-stage")
expected="$root/tests/groundtruth/expected-figures-$release.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
# Both at once; the first line names the classifier, the rest are its figures.
"$root/groundtruth/score.py" --build "$build" --classifier builtin > "$tmp/builtin.out" &
scoring=$!
"$root/groundtruth/score.py" --build "$build" --classifier tcpra > "$tmp/tcpra.out"
wait "$scoring"
for classifier in builtin tcpra; do
    tail -n +2 "$tmp/$classifier.out" > "$tmp/$classifier"
done
if ! diff -u "$tmp/builtin" "$tmp/tcpra"; then
    echo "FAIL: TCPRA's figures differ from the built-in analysis's (above)"
    failed=1
fi
if [ -f "$expected" ]; then
    for classifier in builtin tcpra; do
        if ! diff -u "$expected" "$tmp/$classifier"; then
            echo "FAIL: $classifier: figures differ from ${expected#"$root"/} (above)"
            failed=1
        fi
    done
else
    echo "No expected figures for Wireshark $release: compared the built-in analysis with TCPRA only"
fi
for subset in tune held-out; do
    echo "== subset: $subset"
    "$root/groundtruth/score.py" --build "$build" --classifier tcpra-cause --subset "$subset" | tail -n +2
done > "$tmp/cause"
if ! diff -u "$root/tests/groundtruth/expected-cause-figures.txt" "$tmp/cause"; then
    echo "FAIL: tcpra-cause: figures differ from tests/groundtruth/expected-cause-figures.txt (above)"
    failed=1
fi
[ "$failed" = 0 ] && echo "lab scores: as expected"
exit "$failed"
