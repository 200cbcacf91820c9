#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds capgen and regenerates captures/*.pcap, captures/expected/*.tsv and
# tests/e2e/knobs.tsv.  The output is deterministic.
#
#   captures/regenerate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"${CC:-cc}" -std=c11 -Wall -Wextra -O2 -o "$tmp/capgen" "$here"/capgen/*.c
mkdir -p "$here/expected"
"$tmp/capgen" "$here" "$here/../tests/e2e/knobs.tsv"
