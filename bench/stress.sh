#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The worst cases: a SYN flood of COUNT distinct connections, one connection
# of COUNT segments that the other side never acknowledges, and COUNT
# packets of one connection with 8,000 segments always in flight, each ACK
# retiring the oldest (capgen; COUNT default 1,000,000). tshark reads each
# filtered on tcp.analysis.flags, with and without TCPRA (computing all it
# can show, as in the GUI's first pass), and with the
# built-in analysis on and off (its list of unacknowledged segments is walked
# on every packet, TCPRA's is not). Prints instructions on the first
# TCPRA_BENCH_SAMPLE packets (default 50,000), and wall and CPU time and
# peak RSS, medians of TCPRA_BENCH_RUNS runs (default 1: the unacknowledged
# connection takes the built-in analysis many minutes), as a Markdown table.
# TCPRA_BENCH_BUILTIN=off leaves out the runs with the built-in analysis on,
# whose time is Wireshark's own.
#
#   bench/stress.sh [COUNT]
. "$(dirname "$0")/lib.sh"
runs=${TCPRA_BENCH_RUNS:-1}
count=${1:-1000000}
builtin=${TCPRA_BENCH_BUILTIN:-on}
# commands KIND: every capture with and without TCPRA, timed or counted.
commands() {
    for mode in syn-flood unacked-flow deep-flight; do
        big=$(capture "$mode" "$count")
        for plugin in with without; do
            # shellcheck disable=SC2046 # the option is words
            [ "$builtin" = off ] || measure "$1" "$mode-$plugin" "$plugin" "$big" $(everything "$plugin") \
                -n -Y tcp.analysis.flags -T fields -e frame.number
            # shellcheck disable=SC2046
            measure "$1" "$mode-$plugin-off" "$plugin" "$big" $(everything "$plugin") -n \
                -o tcp.analyze_sequence_numbers:FALSE -Y tcp.analysis.flags -T fields -e frame.number
        done
    done
}
for i in $(seq "$runs"); do
    echo "run $i of $runs" >&2
    commands once
done
echo "counting instructions" >&2
commands count
header "capture ($count packets)"
for mode in syn-flood unacked-flow deep-flight; do
    if [ "$builtin" != off ]; then
        row "$mode, without TCPRA" "$mode-without"
        row "$mode, with TCPRA" "$mode-with" "$mode-without"
    fi
    row "$mode, built-in analysis off, without TCPRA" "$mode-without-off"
    row "$mode, built-in analysis off, with TCPRA" "$mode-with-off" "$mode-without-off"
done
