#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# How tshark's time and memory grow with the capture, with and without
# TCPRA: capgen's realistic traffic, 10,000, 100,000 and 1,000,000 packets
# (the same flows, cut at another length), filtered on
# tcp.analysis.retransmission, TCPRA computing all it can show
# (tcpra.classify_always, as in the GUI's first pass); medians of TCPRA_BENCH_RUNS runs (default 5),
# and instructions on the first TCPRA_BENCH_SAMPLE packets (default 50,000;
# the captures share their start, so beyond the sample the counts are the
# same: time is what shows growth). Prints a Markdown table and the slopes:
# the cost of each further packet.
#
#   bench/scaling.sh
. "$(dirname "$0")/lib.sh"
sizes="10000 100000 1000000"
# commands KIND: every size with and without TCPRA, timed or counted.
commands() {
    for n in $sizes; do
        for plugin in with without; do
            # shellcheck disable=SC2046 # the option is words
            measure "$1" "$n-$plugin" "$plugin" "$(capture traffic "$n")" $(everything "$plugin") \
                -n -Y tcp.analysis.retransmission -T fields -e frame.number
        done
    done
}
for i in $(seq "$runs"); do
    echo "run $i of $runs" >&2
    commands once
done
echo "counting instructions" >&2
commands count
header packets
for n in $sizes; do
    row "$n, without TCPRA" "$n-without"
    row "$n, with TCPRA" "$n-with" "$n-without"
done
echo
for plugin in with without; do
    awk -v p="$plugin" -v w1="$(median "10000-$plugin" "$WALL")" -v w2="$(median "100000-$plugin" "$WALL")" \
        -v w3="$(median "1000000-$plugin" "$WALL")" -v m2="$(median "100000-$plugin" "$RSS")" \
        -v m3="$(median "1000000-$plugin" "$RSS")" 'BEGIN {
            printf "%s TCPRA: %.1f us a packet from 10k to 100k packets, %.1f from 100k to 1M; ", p,
                   (w2 - w1) * 1e6 / 90000, (w3 - w2) * 1e6 / 900000
            printf "peak RSS %.0f bytes a packet from 100k to 1M\n", (m3 - m2) * 1048576 / 900000 }'
done
