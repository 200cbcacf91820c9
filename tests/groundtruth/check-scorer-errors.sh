#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Bad input to the scorer is one line of error and exit status 1, not a
# traceback: a capture without labels, labels naming a frame the capture
# lacks, a capture with a frame unlabelled, a malformed label, a missing path.
#   tests/groundtruth/check-scorer-errors.sh BUILD_DIR
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$1
scenario="$root/groundtruth/captures/tail_loss_tlp"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"   # tshark reads it as an unprivileged user
passed=0 failed=0

expect_error() {   # NAME PATTERN PATH
    status=0
    "$root/groundtruth/score.py" --build "$build" "$3" > "$tmp/out" 2> "$tmp/err" || status=$?
    lines=$(wc -l < "$tmp/err")
    if [ "$status" = 1 ] && [ "$lines" = 1 ] && grep -q "^score.py: error: .*$2" "$tmp/err" && [ ! -s "$tmp/out" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $1: exit status $status, $lines lines of error (expected 1 matching '$2'):"
        cat "$tmp/err"
    fi
}

case_dir() {   # NAME: a scenario folder copied for one case
    mkdir "$tmp/$1"
    cp "$scenario/sender.pcap.gz" "$scenario/sender.labels.tsv" "$tmp/$1/"
    chmod 644 "$tmp/$1"/*
    echo "$tmp/$1"
}

dir=$(case_dir no-labels)
rm "$dir/sender.labels.tsv"
expect_error "capture without labels" "sender.pcap.gz: no labels" "$dir"

dir=$(case_dir extra-frame)
printf '99999\tnew\n' >> "$dir/sender.labels.tsv"
expect_error "labels for a frame that does not exist" "labels frame 99999, which .* does not have" "$dir"

dir=$(case_dir unlabelled-frame)
sed -i '$d' "$dir/sender.labels.tsv"
expect_error "a frame without a label" "no label for frame" "$dir"

dir=$(case_dir malformed)
printf 'three\tnew\n' >> "$dir/sender.labels.tsv"
expect_error "a malformed label line" "not a label line: three" "$dir"

expect_error "a path that does not exist" "no such file or folder" "$tmp/nowhere"

echo "scorer errors: $passed passed, $failed failed"
[ "$failed" = 0 ]
