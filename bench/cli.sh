#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The command line against tshark: `tcpra CAPTURE` (JSON lines of the frames
# with a verdict) beside `tshark -2 -r CAPTURE -Y tcpra.cause -T fields -e
# frame.number`, wall time median of TCPRA_BENCH_RUNS runs (default 5),
# interleaved, on the realistic capture (capgen --traffic) of 1M packets and
# on the lab's real-kernel captures; then tcpra alone from 10k to
# TCPRA_BENCH_CLI_LARGEST packets (default 10M): CPU time per packet and peak
# memory, two passes (kept frames) or one, and with every frame kept. Prints
# Markdown tables.
#
#   bench/cli.sh
. "$(dirname "$0")/lib.sh"
largest=${TCPRA_BENCH_CLI_LARGEST:-10000000}
tcpra=$build/tcpra

# cli KEY ARGUMENTS...: tcpra once, output to /dev/null, its wall time, peak
# RSS and CPU time added to $timings/KEY.times, as once does for tshark; the
# wall time to the microsecond, for a run may take less than 10 ms.
cli() {
    cli_key=$1
    shift
    cli_start=$(date +%s%N)
    /usr/bin/time -o "$timings/$cli_key.last" -f "%M %U %S" "$tcpra" "$@" >/dev/null 2>&1
    cli_end=$(date +%s%N)
    awk -v ns=$((cli_end - cli_start)) '{ printf "%.6f %s %s %s\n", ns / 1e9, $1, $2, $3 }' \
        "$timings/$cli_key.last" >>"$timings/$cli_key.times"
}

# copies FILE COUNT: FILE, COUNT times: one call of tcpra scans each alone.
copies() {
    for copies_i in $(seq "$2"); do
        echo "$1"
    done
}

packets() {
    capinfos -c -M "$1" | awk '/Number of packets/ { print $NF }'
}

traffic=$(capture traffic 1000000)
lab=$(lab_senders)
for i in $(seq "$runs"); do
    echo "run $i of $runs" >&2
    for name in traffic lab; do
        eval "file=\$$name"
        once "tshark_$name" with -2 -r "$file" -Y tcpra.cause -T fields -e frame.number
        cli "cli_$name" "$file"
    done
done
echo "tcpra CAPTURE beside tshark -2 -r CAPTURE -Y tcpra.cause -T fields -e frame.number; wall time, median of $runs"
echo
echo "| capture | packets | tshark s | tcpra s | ratio | tcpra packets/s (wall) | tcpra packets/s (CPU) | tcpra peak RSS MiB |"
echo "|---|---|---|---|---|---|---|---|"
for name in traffic lab; do
    eval "file=\$$name"
    n=$(packets "$file")
    t=$(median "tshark_$name" "$WALL")
    c=$(median "cli_$name" "$WALL" 4)
    cpu=$(median "cli_$name" "$CPU")
    echo "| $(basename "$file") | $n | $t | $c | $(awk -v a="$t" -v b="$c" 'BEGIN { printf "%.0f", a / b }') |" \
        "$(awk -v n="$n" -v s="$c" 'BEGIN { printf "%.2fM", n / s / 1e6 }') |" \
        "$(awk -v n="$n" -v s="$cpu" 'BEGIN { printf "%.2fM", (s > 0 ? n / s / 1e6 : 0) }') | $(median "cli_$name" "$RSS") |"
done

echo
echo "tcpra alone on capgen --traffic, CPU time (median of $runs) per packet and peak RSS; a capture of"
echo "fewer than 1M packets is given as many times as make 1M in one call (each copy scanned alone), so"
echo "that CPU time is measured on a second or more"
echo
echo "| packets | two passes: ns/packet | peak RSS MiB | one pass: ns/packet | peak RSS MiB | --all, two passes: ns/packet | peak RSS MiB |"
echo "|---|---|---|---|---|---|---|"
n=10000
while [ "$n" -le "$largest" ]; do
    file=$(capture traffic "$n")
    repeat=$(( n < 1000000 ? 1000000 / n : 1 ))
    # shellcheck disable=SC2046 # one word per copy
    for i in $(seq "$runs"); do
        cli "two_$n" $(copies "$file" "$repeat")
        cli "one_$n" --one-pass $(copies "$file" "$repeat")
        cli "all_$n" --all $(copies "$file" "$repeat")
    done
    line="| $n"
    for mode in two one all; do
        line="$line | $(awk -v n=$((n * repeat)) -v s="$(median "${mode}_$n" "$CPU")" 'BEGIN { printf "%.0f", s * 1e9 / n }')"
        line="$line | $(median "${mode}_$n" "$RSS")"
    done
    echo "$line |"
    n=$((n * 10))
done

# Memory per connection: a SYN flood's connections each keep their one
# packet (connection_table.h); peak RSS over the flood's connections.
flood=$(capture syn-flood 1000000)
cli flood "$flood"
echo
echo "SYN flood, 1,000,000 connections of one packet: peak RSS $(median flood "$RSS") MiB"
