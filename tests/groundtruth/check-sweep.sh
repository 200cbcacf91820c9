#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# A randomized sweep of the lab in small (groundtruth/sweep.sh): three fixed
# draws of a few seconds each, run with the kernel's TCP as root where
# network namespaces and tracefs work (elsewhere it says why it skipped).
# Every draw must pass the lab's invariants, the report must score every
# classifier, and tcpra-cause's totals must stay above floors far below
# what it scores, so a timing difference between machines does not fail
# it but a broken analysis, scorer or lab does.
#   tests/groundtruth/check-sweep.sh BUILD_DIR
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$1
# Three draws that together lose data (random, burst and tail losses),
# reorder it (count holds and spraying), duplicate it, turn SACK and tail
# loss probes off, and rewrite IP IDs (host, random, zero); each runs in
# 2-4 s.
first_seed=7004
draws=3
why=$("$root/groundtruth/lab-probe.sh") || { echo "SKIPPED: lab sweep: $why"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"   # tshark reads the captures as an unprivileged user
started=$(date +%s)
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}
"$root/groundtruth/sweep.sh" "$draws" "$first_seed" -o "$tmp/sweep" --build "$build" ||
    fail "a draw failed the lab's invariants, or the report was not made (above)"
report="$tmp/sweep/report.txt"
[ -s "$report" ] || { echo "FAIL: no report"; exit 1; }
grep -q "^sweep: .*: $draws draws, $draws scored, 0 left out" "$report" || fail "not every draw scored: $(head -n 1 "$report")"
grep -q "^classifiers: builtin, tcpra, tcpra-cause$" "$report" || fail "the report does not name every classifier"
grep -q "scores as the built-in on every draw" "$report" || fail "TCPRA's compatible flags differ from the built-in: $(grep '^tcpra differs' "$report")"
for classifier in builtin tcpra tcpra-cause; do
    [ "$(grep -c "	all	$classifier	" "$tmp/sweep/figures.tsv")" = "$draws" ] ||
        fail "figures.tsv lacks a draw of $classifier"
done

# FIGURE COLUMN FLOOR: the total of a figure over every capture point is at
# least FLOOR % (column 8: tcpra-cause, 9: the built-in, in the totals table:
# the first, over every draw; the tables per sender stack follow it).
floor() {
    line=$(grep -m1 "^| $1 | " "$report") || { fail "no total for $1"; return; }
    figure=$(echo "$line" | awk -F' [|] ' -v c="$2" '{ print $c }' | sed 's/ %.*//')
    awk -v f="$figure" -v min="$3" 'BEGIN { exit !(f != "n/a" && f + 0 >= min) }' ||
        fail "$1: $figure %, below the floor of $3 % (column $2: $(echo "$line" | awk -F' [|] ' -v c="$2" '{ print $c }'))"
}
# Three short draws vary from run to run with the machine's timing: over
# every capture point, in runs on a loaded machine tcpra-cause's
# precision was 75-83 %, recall 93-99 %, causes named right 89-98 %,
# reordering 99-100 % and 74-89 %; the built-in's precision 68-81 %,
# recall 54-89 %. The floors catch a collapse, not a small loss.
floor precision 8 60
floor recall 8 80
floor "named right" 8 70
floor "reordering precision" 8 85
floor "reordering recall" 8 60
floor "duplicate precision" 8 90
floor precision 9 45
floor recall 9 40
[ "$failed" = 0 ] || { sed -n '/^Totals/,/^$/p' "$report"; exit 1; }
echo "lab sweep: $draws draws passed the invariants and scored above the floors ($(( $(date +%s) - started )) s)"
