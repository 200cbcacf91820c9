#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# A randomized sweep of the ground-truth lab: draws N scenarios from seeds
# SEED..SEED+N-1 (generate.py), runs each with the kernel's TCP
# (run-lab.sh), then scores every classifier on every draw that passed
# the lab's invariants (sweep_report.py). As root.
#
#   groundtruth/sweep.sh N SEED [-o OUT_DIR] [--build BUILD_DIR]
#
# OUT_DIR (default a new folder under /tmp; keep sweeps out of the
# repository) gets scenarios.tsv (the draws), a folder per draw as
# run-lab.sh makes them, logs/DRAW.log, status.tsv (per draw: ok or
# failed, seconds, the first reason given), report.txt and figures.tsv.
# A draw that fails is reported and left out of the scores, never
# dropped silently. BUILD_DIR (default build) holds the plugin to score;
# scoring again, with another build, needs no new run:
#   groundtruth/sweep_report.py --build BUILD_DIR OUT_DIR
# Exits 1 when any draw failed, 2 on bad arguments or where the lab cannot
# run (lab-probe.sh).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
usage() { echo "usage: groundtruth/sweep.sh N SEED [-o OUT_DIR] [--build BUILD_DIR]" >&2; exit 2; }
[ $# -ge 2 ] || usage
count=$1 seed=$2
shift 2
case "$count$seed" in *[!0-9]*|'') usage ;; esac
out="" build="$here/../build"
while [ $# -ge 2 ]; do
    case "$1" in
        -o) out=$2 ;;
        --build) build=$2 ;;
        *) usage ;;
    esac
    shift 2
done
[ $# = 0 ] || usage
why=$("$here/lab-probe.sh") || { echo "sweep.sh: the lab cannot run here: $why" >&2; exit 2; }
[ -n "$out" ] || out=$(mktemp -d /tmp/tcpra-sweep.XXXXXX)
mkdir -p "$out/logs"
# tshark reads the captures as an unprivileged user.
chmod 755 "$out"
: > "$out/scenarios.tsv"
printf '# draw\tstatus\tseconds\twhy\n' > "$out/status.tsv"
last=$((seed + count - 1))
# shellcheck disable=SC2046 # one seed an argument
python3 "$here/generate.py" $(seq "$seed" "$last") > "$out/scenarios.tsv"

failed=0
for s in $(seq "$seed" "$last"); do
    draw="draw-$s"
    started=$(date +%s)
    if "$here/run-lab.sh" -o "$out" --scenarios "$out/scenarios.tsv" "$draw" > "$out/logs/$draw.log" 2>&1; then
        status=ok why=""
    else
        status=failed failed=$((failed + 1))
        # The first thing the run said went wrong: an invariant, the traffic, the path.
        why=$(grep -m1 -E 'invariant failed|failed|error|forwarder:|run-lab.sh:' "$out/logs/$draw.log" || tail -n 1 "$out/logs/$draw.log")
    fi
    secs=$(($(date +%s) - started))
    printf '%s\t%s\t%s\t%s\n' "$draw" "$status" "$secs" "$why" >> "$out/status.tsv"
    echo "$draw: $status ($secs s)${why:+: $why}"
done
chmod -R a+rX "$out"
echo "sweep: $count draws in $out, $failed failed"
"$here/sweep_report.py" --build "$build" "$out" > "$out/report.txt"
echo "report: $out/report.txt"
[ "$failed" = 0 ]
