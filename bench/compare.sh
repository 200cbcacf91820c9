#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# What TCPRA costs tshark: instructions on the first TCPRA_BENCH_SAMPLE
# packets (default 50,000), and wall time, CPU time and peak memory, median
# (min-max) of TCPRA_BENCH_RUNS runs (default 5), on a capture of realistic
# traffic from capgen (PACKETS packets, default 1,000,000) and on the
# ground-truth lab's sender-side captures merged (a real kernel's traffic).
# The runs of all commands are interleaved, so that a slower moment of the
# machine does not fall on one command only. Prints Markdown tables with the
# ratios.
#
#   bench/compare.sh [PACKETS]
. "$(dirname "$0")/lib.sh"
big=$(capture traffic "${1:-1000000}")
lab=$work/lab-senders.pcap
if [ ! -f "$lab" ]; then
    mergecap -F pcap -w "$lab.part" "$root"/groundtruth/captures/*/sender.pcap.gz
    chmod a+r "$lab.part"
    mv "$lab.part" "$lab"
fi
rtx="-n -Y tcp.analysis.retransmission -T fields -e frame.number"

# commands KIND: every command once, timed or counted (measure in lib.sh).
commands() {
    # shellcheck disable=SC2086 # the arguments are words
    {
        measure "$1" rtx with "$big" $rtx
        measure "$1" rtx_without without "$big" $rtx
        measure "$1" tcpra with "$big" -n -Y tcpra.retransmission -T fields -e frame.number
        measure "$1" details with "$big" -n -V
        measure "$1" details_without without "$big" -n -V
        measure "$1" builtin_off without "$big" $rtx -o tcp.analyze_sequence_numbers:FALSE
        measure "$1" summary with "$big" -n
        measure "$1" summary_without without "$big" -n
        measure "$1" summary_tree without "$big" -n -Y frame
        measure "$1" lab with "$lab" $rtx
        measure "$1" lab_without without "$lab" $rtx
    }
}
for i in $(seq "$runs"); do
    echo "run $i of $runs" >&2
    commands once
done
echo "counting instructions" >&2
commands count
packets() {
    capinfos -c -M "$1" | awk '/Number of packets/ { print $NF }'
}
echo "$(basename "$big"): $(packets "$big") packets; $(basename "$lab"): $(packets "$lab") packets; $runs runs"
echo
header "tshark -n -r CAPTURE ..."
row "-Y tcp.analysis.retransmission, without TCPRA" rtx_without
row "-Y tcp.analysis.retransmission, with TCPRA" rtx rtx_without
row "-Y tcpra.retransmission, with TCPRA (ratio: to -Y tcp.analysis.retransmission without TCPRA)" tcpra rtx_without
row "-V >/dev/null, without TCPRA" details_without
row "-V >/dev/null, with TCPRA" details details_without
row "built-in analysis off (-o tcp.analyze_sequence_numbers:FALSE), without TCPRA (ratio: to on)" builtin_off rtx_without
row "summary lines only (no filter, no -V), without TCPRA" summary_without
row "summary lines only, with TCPRA" summary summary_without
row "summary lines, a protocol tree built (-Y frame), without TCPRA (ratio: to none built)" summary_tree summary_without
row "real kernel ($(basename "$lab")), -Y tcp.analysis.retransmission, without TCPRA" lab_without
row "real kernel, -Y tcp.analysis.retransmission, with TCPRA" lab lab_without
