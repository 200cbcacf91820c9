#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds TCPRA and runs every test: unit tests of the classifier, the
# plugin in the real tshark, per-frame expectations on the bundled
# captures, and fidelity to Wireshark's built-in analysis. Exits non-zero
# on any failure.
set -eu
cd "$(dirname "$0")"
build="${TCPRA_BUILD_DIR:-build}"
: "${TCPRA_SHARED_DIR:=$(cd .. && pwd)/shared}"
export TCPRA_SHARED_DIR

# As root, tshark runs as an unprivileged user (see tests/lib): it must be
# able to read this tree. If it cannot (a checkout under /root, say), run
# from a readable copy.
test_user="${TCPRA_TEST_USER:-nobody}"
if [ "$(id -u)" = 0 ] && ! setpriv --reuid="$(id -u "$test_user")" --regid="$(id -g "$test_user")" \
        --clear-groups test -r "$PWD/README.md"; then
    copy=$(mktemp -d /tmp/tcpra-tests.XXXXXX)
    chmod 755 "$copy"
    cp -a . "$copy/tree"
    # A build made here belongs to this path; the copy builds its own.
    rm -rf "$copy/tree/$build"
    chmod -R a+rX "$copy/tree"
    echo "Running from a copy readable by $test_user: $copy/tree"
    exec "$copy/tree/run-tests.sh" "$@"
fi

started=$(date +%s)
scripts/install-deps.sh --tests
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"
# tshark runs unprivileged in the tests: let it read the build.
chmod -R a+rX "$build"

passed=0 failed=0 failures="" times=""
suite() {
    name=$1
    shift
    echo "=== $name"
    suite_start=$(date +%s)
    if "$@"; then
        passed=$((passed + 1))
        outcome=passed
    else
        failed=$((failed + 1))
        failures="$failures
  $name"
        outcome=FAILED
    fi
    times="$times
$(printf '%6s s  %-6s  %s' $(($(date +%s) - suite_start)) "$outcome" "$name")"
}

# The bundled captures' expected verdicts are Wireshark 4.0's. Built for
# another release, TCPRA must still give them when it behaves like 4.0, and
# only the fidelity suites compare it with that release's built-in analysis.
ws_release=$(ls "$build/plugin-stage")
e2e_options=""
[ "$ws_release" = 4.0 ] || e2e_options="-o tcpra.behave_like:4.0"

suite "unit tests" sh -c "cd '$build' && ctest --output-on-failure"
suite "plugin registration" tests/plugin/check-registration.sh "$build"
suite "captures match their generator" tests/e2e/check-captures-fresh.sh "$build"
[ "$ws_release" != 4.0 ] || suite "expectations match the built-in" captures/check-builtin.sh
suite "expected verdicts" env TCPRA_E2E_TSHARK_OPTIONS="$e2e_options" tests/e2e/check-expected.sh "$build"
# The partial and ambiguous ACK notes of 4.4 and 4.6: TCPRA behaving like
# each release, and the built-in of a release that has them.
suite "ACK notes per release" tests/e2e/check-notes.sh "$build"
[ "$ws_release" = 4.0 ] || suite "ACK notes match the built-in" tests/e2e/check-notes.sh --builtin "$ws_release"
# The same verdicts in two-pass mode, and whatever the built-in TCP
# preferences are.
suite "expected verdicts, two-pass, built-in analysis off" env \
    TCPRA_E2E_TSHARK_OPTIONS="-2 -o tcp.analyze_sequence_numbers:FALSE -o tcp.relative_sequence_numbers:FALSE $e2e_options" \
    tests/e2e/check-expected.sh "$build"
suite "fidelity to the built-in" tests/fidelity/run-all.sh "$build" --quiet
# Wireshark's test captures, when the suite above could fetch them.
ws_captures="$build/wireshark-captures"
[ -f "$ws_captures/.wireshark-version" ] || ws_captures=""
suite "fidelity with out-of-order first" tests/fidelity/fidelity.py --build "$build" --quiet \
    -o tcp.fastrt_supersedes_ooo:FALSE -o tcpra.fast_rtx_supersedes_ooo:FALSE \
    captures $ws_captures

suite "built-in vs TCPRA per frame" env TCPRA_E2E_TSHARK_OPTIONS="$e2e_options" tests/e2e/check-mismatch.sh "$build"
suite "statistics" tests/stats/run.sh "$build"
suite "command line equals the plugin" tests/cli/check-equal.sh "$build"
suite "ground-truth lab: labels as committed" tests/groundtruth/check-labels.sh
suite "ground-truth lab: scores of the built-in analysis and TCPRA" tests/groundtruth/check-scores.sh "$build"
suite "ground-truth lab: scorer input errors" tests/groundtruth/check-scorer-errors.sh "$build"
# A live scenario needs root, network namespaces and this machine's tracefs:
# not in the tests/compat chroots.
[ "$ws_release" != 4.0 ] || suite "ground-truth lab: a live scenario" tests/groundtruth/check-live.sh
[ "$ws_release" != 4.0 ] || suite "ground-truth lab: a randomized sweep" tests/groundtruth/check-sweep.sh "$build"
suite "profile and GUI" tests/gui/check-profile-and-screenshot.sh "$build" "$build/screenshots"

# Reliability, on this machine's Wireshark only (not again in tests/compat):
# the classifier fuzzed (2.5 minutes), the same output in one and two passes,
# and hostile captures under ASan+UBSan and under valgrind. About 13 minutes.
if [ "$ws_release" = 4.0 ]; then
    suite "fuzzing the classifier" tests/fuzz/run.sh 150
    suite "verdicts stable across passes" tests/stability/run.sh "$build"
    suite "hostile captures under ASan+UBSan" tests/robustness/run.sh "$build" asan
    suite "hostile captures under valgrind" tests/robustness/run.sh "$build" memcheck
fi

# On Debian 12 (Wireshark 4.0), as root: the same tests built against
# Wireshark 4.4 and 4.6 in Debian 13 and unstable chroots, and the Debian
# package installed in a clean Debian 12 chroot (tests/compat). They take
# about 25 minutes on a fresh machine; TCPRA_COMPAT=0 skips them.
if [ "$ws_release" = 4.0 ] && [ "$(id -u)" = 0 ] && [ "${TCPRA_COMPAT:-1}" != 0 ]; then
    # The chroots' last resort for Wireshark's test captures: this machine's.
    [ -z "$ws_captures" ] || export TCPRA_WIRESHARK_CAPTURES_FALLBACK="$(cd "$ws_captures" && pwd)"
    # The two chroots are independent: 4.4's runs beside 4.6's, its output
    # held until it ends (its time below is the wait; its own line gives
    # its steps).
    compat_4_4_log="$build/compat-4.4.log"
    tests/compat/run 4.4 > "$compat_4_4_log" 2>&1 &
    compat_4_4=$!
    compat_4_4_result() {
        compat_status=0
        wait "$compat_4_4" || compat_status=$?
        cat "$compat_4_4_log"
        return "$compat_status"
    }
    suite "Wireshark 4.6 (Debian unstable chroot)" tests/compat/run 4.6
    suite "Wireshark 4.4 (Debian 13 chroot, beside 4.6)" compat_4_4_result
    suite "Debian package" tests/compat/check-deb.sh 4.0
fi

echo
echo "Time per suite:$times"
printf '%6s s  total, with the build\n' $(($(date +%s) - started))
[ -z "$failures" ] || echo "Failed:$failures"
echo "test suites: $passed passed, $failed failed"
[ "$failed" = 0 ]
