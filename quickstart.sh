#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the build dependencies, builds TCPRA, installs the plugin and
# shows Wireshark's built-in verdicts beside TCPRA's on a bundled capture,
# then the causes of retransmissions TCPRA finds on real Linux captures.
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

# The flags above only mirror the built-in; what it cannot say is why a
# segment travelled again. Frames picked by number: the captures never change.
# Two passes (-2): a D-SACK settles a verdict made before it arrived.
cause() {
    echo
    echo "$1 ($2):"
    tshark -2 -r "groundtruth/captures/$2" -Y "frame.number in {$3}" -T fields -E header=n \
        -e frame.number -e tcpra.builtin -e tcpra.cause
}
echo
echo "Retransmission causes on real Linux captures: frame, Wireshark's verdict, TCPRA's cause"
cause "A resend the built-in calls fast, proved needless by a later D-SACK" \
    reorder_spurious_fast/sender.pcap.gz 156
cause "A tail-loss probe: the sender resending its last segment unasked" \
    tail_loss_tlp/sender.pcap.gz 357
cause "Originals delivered late, which the built-in calls retransmissions" \
    reorder_spurious_fast/receiver.pcap.gz '497, 518'
