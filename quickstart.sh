#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the build dependencies, builds TCPRA, installs the plugin and
# shows Wireshark's built-in verdicts beside TCPRA's on a bundled capture.
set -eu
cd "$(dirname "$0")"
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
cmake --install build
capture=captures/fast_rtx_3dupacks.pcap
echo
echo "Frames of $capture that Wireshark (Info column) or TCPRA flags:"
tshark -r "$capture" -Y 'tcp.analysis.flags || tcpra.flags' -T fields -E header=y \
    -e frame.number -e _ws.col.Info -e tcpra.flags -e tcpra.reason
