#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The command line equals the plugin frame for frame: tcpra --all -T tsv and
# tshark -2 with TCPRA on every corpus (the bundled captures, the lab's, and
# Wireshark's test captures and the shared captures where present), and
# the bundled ones again with the knobs changed on both sides. Every frame
# both analyse must carry the same classes, cause kinds, cause words,
# evidence frames and reason; frames only one analyses are counted per corpus
# and listed per file (compare_verdicts.py). Last, two workers must print
# what one prints.
#   tests/cli/check-equal.sh BUILD_DIR [CAPTURE...]
set -eu
build=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod a+rwx "$work"

# The fields tshark prints: every boolean tcpra.<class> and tcpra.cause.<kind>
# the plugin registers (not its comparisons with the built-in analysis).
booleans=$("$root/tests/lib/tshark-as-user.sh" "$build" -G fields 2>/dev/null |
    awk -F'\t' '$1 == "F" && $5 == "tcpra" && $4 == "FT_BOOLEAN" && $3 !~ /^tcpra\.(agree|header_truncated|cause\.contradicts_builtin)$/ { printf " -e %s", $3 }')
[ -n "$booleans" ] || { echo "FAIL: tshark lists no TCPRA fields"; exit 1; }

# one CAPTURE REPORT: both on CAPTURE, compared into REPORT, with the
# command line's options $cli_knobs and tshark's $tshark_knobs.
one() {
    out=$2.d
    mkdir -p "$out"
    # shellcheck disable=SC2086 # the options are words
    "$build/tcpra" --all -T tsv $cli_knobs "$1" > "$out/cli.tsv" 2> /dev/null || true
    # shellcheck disable=SC2086 # the fields and options are words
    "$root/tests/lib/tshark-as-user.sh" "$build" -2 -r "$1" $tshark_knobs -T fields -E header=y -E aggregator='|' \
        -e frame.number -e tcpra.flow -e tcpra.not_analysed $booleans -e tcpra.cause \
        -e tcpra.cause.original -e tcpra.cause.evidence -e tcpra.cause.settles -e tcpra.reason \
        > "$out/tshark.tsv" 2> /dev/null || true
    python3 "$here/compare_verdicts.py" "$out/cli.tsv" "$out/tshark.tsv" "${1#"$root"/}" > "$2" ||
        touch "$2.differs"
    rm -rf "$out"
}

status=0
# compare NAME FILE...: one corpus, two captures at a time.
compare() {
    corpus=$1
    shift
    rm -f "$work"/report.*
    n=0
    for capture in "$@"; do
        n=$((n + 1))
        one "$capture" "$work/report.$(printf %05d "$n")" &
        [ $((n % 2)) = 1 ] || wait
    done
    wait
    cat "$work"/report.[0-9][0-9][0-9][0-9][0-9] > "$work/report"
    ! ls "$work"/report.*.differs >/dev/null 2>&1 || status=1
    awk -F'\t' -v corpus="$corpus" '$1 == "counts" {
            files++; both += $2; differ += $3; only_tshark += $4; nested += $5; only_cli += $6 }
        END { printf "%s: %d files, %d frames analysed by both, %d equal, %d differ; %d only tshark, %d with nested TCP layers (the command line reads the outer one), %d only the command line\n",
                     corpus, files, both, both - differ, differ, only_tshark, nested, only_cli }' "$work/report"
    # The files with frames only one side analyses, and which; every file's
    # line with TCPRA_CLI_VERBOSE set.
    grep -B1 -E '^  (DIFFER|only)' "$work/report" | grep -v -e '^counts' -e '^--$' || true
    [ -z "${TCPRA_CLI_VERBOSE:-}" ] || grep -v '^counts' "$work/report"
    return 0
}

cli_knobs="" tshark_knobs=""
if [ "$#" -gt 0 ]; then
    compare "given" "$@"
else
    compare "bundled" "$root"/captures/*.pcap*
    # The knobs are the preferences: changed on both sides, still equal.
    cli_knobs="--dupack-threshold 3 --fast-rtx-window 5 --behave-like 4.6 --cause-stack rfc"
    tshark_knobs="-o tcpra.dupack_threshold:3 -o tcpra.fast_rtx_window_ms:5 -o tcpra.behave_like:4.6 -o tcpra.cause_stack:rfc"
    compare "bundled, knobs changed" "$root"/captures/*.pcap*
    cli_knobs="" tshark_knobs=""
    compare "lab" "$root"/groundtruth/captures/*/*.pcap.gz
    [ -d "$build/wireshark-captures" ] &&
        compare "wireshark" $(find "$build/wireshark-captures" -type f \( -name '*.pcap*' -o -name '*.cap' -o -name '*.pcapng*' \) | sort)
    shared=${TCPRA_SHARED_DIR:-$root/../shared}/captures
    [ -d "$shared" ] &&
        compare "shared" $(find "$shared" -type f \( -name '*.pcap*' -o -name '*.cap' -o -name '*.pcapng*' \) | sort)
fi
# Workers change nothing: the lab's captures with two workers print what one
# prints.
if [ "$#" = 0 ]; then
    "$build/tcpra" -j 1 "$root"/groundtruth/captures/*/*.pcap.gz > "$work/one-worker.jsonl"
    "$build/tcpra" -j 2 "$root"/groundtruth/captures/*/*.pcap.gz > "$work/two-workers.jsonl"
    if cmp -s "$work/one-worker.jsonl" "$work/two-workers.jsonl"; then
        echo "workers: -j 2 prints the $(wc -l < "$work/one-worker.jsonl") lines -j 1 prints"
    else
        echo "FAIL: -j 2 prints other lines than -j 1"
        status=1
    fi
fi
[ "$status" = 0 ] && echo "command line and plugin: equal on every frame both analyse"
exit "$status"
