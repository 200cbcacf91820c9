#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the stability check (stability.py) on the bundled captures, on
# Wireshark's own test captures when the fidelity suite fetched them
# (BUILD_DIR/wireshark-captures), and on $TCPRA_SHARED_DIR/captures (default
# ../shared/captures) when it exists.
#
#   tests/stability/run.sh BUILD_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
build=$1
shared="${TCPRA_SHARED_DIR:-../shared}/captures"
set -- captures
[ -d "$build/wireshark-captures" ] && set -- "$@" "$build/wireshark-captures"
[ -d "$shared" ] && set -- "$@" "$shared"
exec "$here/stability.py" --build "$build" --quiet "$@"
