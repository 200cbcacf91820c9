#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# How the classifier's own time grows with the capture, without Wireshark
# (bench/core_replay.c, built here with -O2; the cause analysis on, as in
# the plugin by default): capgen's realistic traffic at
# 10,000, 100,000 and 1,000,000 packets, and the worst cases of
# bench/stress.sh at 1,000,000. Prints, per capture, the TCP segments and
# nanoseconds a segment (minimum and median of TCPRA_BENCH_RUNS runs,
# default 5), then the slope of the realistic traffic.
#
#   bench/core-scaling.sh
. "$(dirname "$0")/lib.sh"
replay=$work/core_replay
"${CC:-cc}" -std=c11 -Wall -Wextra -O2 -I"$root/src" -I"$root/src/common" -I"$root/src/compat" \
    -I"$root/src/cause" -o "$replay" "$root/bench/core_replay.c" "$root"/src/*.c "$root"/src/*/*.c
echo "| capture | TCP segments | ns a segment, min | median |"
echo "|---|---|---|---|"
for spec in traffic:10000 traffic:100000 traffic:1000000 syn-flood:1000000 unacked-flow:1000000 \
            deep-flight:1000000; do
    big=$(capture "${spec%:*}" "${spec#*:}")
    "$replay" "$big" "$runs" | tee "$timings/${spec%:*}-${spec#*:}" |
        awk -v c="$(basename "$big")" -F '\t' '{ printf "| %s | %d | %s | %s |\n", c, $1, $2, $3 }'
done
awk -F '\t' 'FNR == 1 { ns[FILENAME] = $2 }
    END {
        a = ns[ARGV[1]]; b = ns[ARGV[2]]; c = ns[ARGV[3]]
        printf "\nrealistic traffic, minimum ns a segment: %.1f at 10k, %.1f at 100k, %.1f at 1M packets", a, b, c
        printf " (1M / 10k: %.2f)\n", c / a
    }' "$timings/traffic-10000" "$timings/traffic-100000" "$timings/traffic-1000000"
