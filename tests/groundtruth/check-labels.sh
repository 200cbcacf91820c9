#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The labeller, run again on each bundled lab scenario (its captures, the
# path's fates and the kernel's events, or lwIP's own account of its
# retransmissions), holds every invariant and gives
# exactly the committed labels: a change to groundtruth/label.py that moves a
# label shows here, without root or a live run.
#   tests/groundtruth/check-labels.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/labels" "$tmp/out"
failed=0
for dir in "$root"/groundtruth/captures/*/; do
    name=$(basename "$dir")
    mkdir "$tmp/labels/$name"
    cp "$dir"/*.pcap.gz "$dir"/*fates.tsv "$dir/kernel-events.txt" "$tmp/labels/$name/"
    # A sender other than the kernel's TCP (lwIP) gives its own account.
    [ ! -f "$dir/lwip-retransmissions.txt" ] || cp "$dir/lwip-retransmissions.txt" "$tmp/labels/$name/"
    if ! PYTHONDONTWRITEBYTECODE=1 python3 "$root/groundtruth/label.py" "$tmp/labels/$name" > "$tmp/out/$name"; then
        echo "FAIL: $name: an invariant fails:"
        grep invariant "$tmp/out/$name"
        failed=1
    fi
done
# Only the label files are compared: the rest is the labeller's input.
if ! diff -rq -x '*.gz' -x '*fates.tsv' -x kernel-events.txt -x lwip-retransmissions.txt -x MANIFEST "$root/groundtruth/captures" "$tmp/labels"; then
    echo "FAIL: labels differ from what label.py makes now (above)"
    failed=1
fi
[ "$failed" = 0 ] && echo "lab labels: every scenario's invariants hold, its labels as committed"
exit "$failed"
