#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# What TCPRA costs tshark, one row per way of using it: instructions on the
# first TCPRA_BENCH_SAMPLE packets (default 50,000), and wall time, CPU time
# and peak memory, median (min-max) of TCPRA_BENCH_RUNS runs (default 5), on
# the ground-truth lab's sender-side captures merged (a real kernel's
# traffic). The runs of all commands are interleaved, so that a slower
# moment of the machine does not fall on one command only. Prints a Markdown
# table with the ratios.
#
#   bench/compare.sh
. "$(dirname "$0")/lib.sh"
lab=$(lab_senders)

# Each command: its name, tshark's arguments after -r CAPTURE, and the key of
# the command without TCPRA it is compared with (none: the same without
# TCPRA; tshark without TCPRA knows no tcpra field, so a filter on one is
# compared with the same filter on the built-in's).
commands_list() {
    cat <<'LIST'
summary|-n|
fields|-n -T fields -e frame.number -e tcp.seq|
json|-n -T json -e frame.number -e tcp.seq|
other|-n -Y tcp.flags.syn==1|
builtin|-n -Y tcp.analysis.retransmission -T fields -e frame.number|
tcpra|-n -Y tcpra.retransmission -T fields -e frame.number|builtin_without
details|-n -V|
gui|-n --color|
LIST
}

# commands KIND: every command once with and once without TCPRA, timed or
# counted (measure in lib.sh).
commands() {
    # Not "key": lib.sh's once sets it.
    commands_list | while IFS='|' read -r name args base; do
        # shellcheck disable=SC2086 # the arguments are words
        measure "$1" "$name" with "$lab" $args </dev/null
        # shellcheck disable=SC2086
        [ -n "$base" ] || measure "$1" "${name}_without" without "$lab" $args </dev/null
    done
}
for i in $(seq "$runs"); do
    echo "run $i of $runs" >&2
    commands once
done
echo "counting instructions" >&2
commands count
echo "$(basename "$lab"): $(capinfos -c -M "$lab" | awk '/Number of packets/ { print $NF }') packets; $runs runs"
echo
header "tshark -r CAPTURE ..., with TCPRA (ratio: to the same without)"
commands_list | while IFS='|' read -r name args base; do
    base_args=$(commands_list | awk -F'|' -v b="${base%_without}" '$1 == b { print $2 }')
    row "\`$args\`${base:+ (ratio: to \`$base_args\` without TCPRA)}" "$name" "${base:-${name}_without}"
done
