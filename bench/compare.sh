#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# What TCPRA costs tshark: wall time and peak memory, median (min-max) of
# TCPRA_BENCH_RUNS runs (default 5), on a capture of realistic traffic from
# capgen (PACKETS packets, default 1,000,000). The runs of all commands are
# interleaved, so that a slower moment of the machine does not fall on one
# command only. Prints a Markdown table with the ratios of the medians.
#
#   bench/compare.sh [PACKETS]
. "$(dirname "$0")/lib.sh"
big=$(capture traffic "${1:-1000000}")
rtx="-n -r $big -Y tcp.analysis.retransmission -T fields -e frame.number"
for i in $(seq "$runs"); do
    echo "run $i of $runs" >&2
    # shellcheck disable=SC2086 # the arguments are words
    {
        once rtx with $rtx
        once rtx_without without $rtx
        once tcpra with -n -r "$big" -Y tcpra.retransmission -T fields -e frame.number
        once details with -n -r "$big" -V
        once details_without without -n -r "$big" -V
        once builtin_off without $rtx -o tcp.analyze_sequence_numbers:FALSE
        once summary with -n -r "$big"
        once summary_without without -n -r "$big"
    }
done
echo "$(basename "$big"): $(capinfos -c -M "$big" | awk '/Number of packets/ { print $NF }') packets, $runs runs"
echo
header "tshark -n -r CAPTURE ..."
row "-Y tcp.analysis.retransmission, without TCPRA" rtx_without
row "-Y tcp.analysis.retransmission, with TCPRA" rtx rtx_without
row "-Y tcpra.retransmission, with TCPRA (ratio: to the line above)" tcpra rtx
row "-V >/dev/null, without TCPRA" details_without
row "-V >/dev/null, with TCPRA" details details_without
row "built-in analysis off (-o tcp.analyze_sequence_numbers:FALSE), without TCPRA (ratio: to on)" builtin_off rtx_without
row "summary lines only (no filter, no -V), without TCPRA" summary_without
row "summary lines only, with TCPRA" summary summary_without
