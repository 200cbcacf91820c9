#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerates one short lab scenario with the kernel's TCP and checks its
# labels by the lab's invariants (groundtruth/label.py), as root where
# network namespaces and tracefs work; elsewhere it says why it skipped.
#   tests/groundtruth/check-live.sh [SCENARIO]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
scenario=${1:-mixed_tail_and_syn_loss}
skip() {
    echo "SKIPPED: live lab scenario: $*"
    exit 0
}
why=$("$root/groundtruth/lab-probe.sh") || skip "$why"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
started=$(date +%s)
"$root/groundtruth/run-lab.sh" -o "$tmp" "$scenario"
# The scenario exists to make these classes: the run must have made them.
for class in syn tlp; do
    for capture in sender receiver; do
        grep -q "	$class" "$tmp/$scenario/$capture.labels.tsv" || {
            echo "FAIL: no $class frame in the $capture capture"
            exit 1
        }
    done
done
echo "live lab scenario $scenario: invariants hold ($(( $(date +%s) - started )) s)"
