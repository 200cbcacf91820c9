#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Fuzzes the classifier and the command line's reading of packets and of
# whole files: builds the libFuzzer targets with clang, ASan and
# UBSan (scripts/install-deps.sh --tests installs clang and its fuzzer
# runtime), replays every input under tests/fuzz/regressions/, then runs
# the targets side by side for SECONDS (default 150). Exits non-zero on any crash, sanitizer report or
# difference; the input that caused it is left in BUILD/crashes/ and belongs
# in tests/fuzz/regressions/<target>/ once fixed.
#
#   tests/fuzz/run.sh [SECONDS]
#
# TCPRA_FUZZ_BUILD_DIR (default build-fuzz) is the build folder; its
# corpus/ grows from run to run.
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-150}
build=${TCPRA_FUZZ_BUILD_DIR:-build-fuzz}
targets="analyzer unacked packet capture"
bin=$build/tests/fuzz

scripts/install-deps.sh --tests
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DTCPRA_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" >/dev/null
for t in $targets; do
    cmake --build "$build" -j"$(nproc)" --target "fuzz_$t" >/dev/null
done

status=0
for t in $targets; do
    regressions=tests/fuzz/regressions/$t
    set -- "$regressions"/*
    [ -e "$1" ] || continue
    if "$bin/fuzz_$t" "$@" >"$build/replay-$t.log" 2>&1; then
        echo "fuzz_$t: $# regression inputs replayed"
    else
        echo "FAIL: fuzz_$t fails on a regression input (see $build/replay-$t.log)"
        status=1
    fi
done

mkdir -p "$build/crashes"
for t in $targets; do
    mkdir -p "$build/corpus/$t"
    # Whole files start from the bundled captures.
    [ "$t" = capture ] && cp -n captures/*.pcap "$build/corpus/$t/"
    set -- "$build/corpus/$t"
    [ -d "tests/fuzz/regressions/$t" ] && set -- "$@" "tests/fuzz/regressions/$t"
    [ -f "tests/fuzz/$t.dict" ] && set -- "$@" "-dict=tests/fuzz/$t.dict"
    "$bin/fuzz_$t" "$@" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$build/crashes/$t-" >"$build/fuzz-$t.log" 2>&1 &
    echo $! >"$build/fuzz-$t.pid"
done
for t in $targets; do
    if wait "$(cat "$build/fuzz-$t.pid")"; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-$t.log")
        cov=$(grep -o 'cov: [0-9]*' "$build/fuzz-$t.log" | tail -n 1)
        echo "fuzz_$t: $runs inputs in ${seconds}s, $cov, no failure"
    else
        echo "FAIL: fuzz_$t found a failing input:"
        grep -E 'ERROR|SUMMARY|differ|runtime error|Test unit written' "$build/fuzz-$t.log" | head -n 8
        status=1
    fi
done
exit $status
