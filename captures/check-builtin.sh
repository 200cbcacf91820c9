#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Checks captures/expected/*.tsv, and the rows of tests/e2e/knobs.tsv at
# dupack_threshold 2 / fast_rtx_window_ms 20, against Wireshark's built-in
# TCP analysis (tcp.analysis.* fields) at default preferences.
#
#   captures/check-builtin.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# an empty configuration folder: default preferences
HOME=$home XDG_CONFIG_HOME=$home/.config \
TCPRA_E2E_FIELD_PREFIX=tcp.analysis. TCPRA_E2E_TSHARK=${TSHARK:-tshark} \
    "$here/../tests/e2e/check-expected.sh"
