#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The command line equals the plugin frame for frame: tcpra --all -T tsv and
# tshark -2 with TCPRA on every corpus (the bundled captures, the lab's, and
# Wireshark's test captures and the shared captures where present). Every
# frame both analyse must carry the same classes, cause kinds, cause words,
# evidence frames and reason; frames only one analyses are counted per corpus
# and listed per file (compare_verdicts.py).
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

status=0
# compare NAME FILE...: one corpus.
compare() {
    corpus=$1
    shift
    : > "$work/report"
    for capture in "$@"; do
        name=${capture#"$root"/}
        "$build/tcpra" --all -T tsv "$capture" > "$work/cli.tsv" 2> "$work/cli.err" || true
        # shellcheck disable=SC2086 # the fields are words
        "$root/tests/lib/tshark-as-user.sh" "$build" -2 -r "$capture" -T fields -E header=y -E aggregator='|' \
            -e frame.number -e tcpra.flow -e tcpra.not_analysed $booleans -e tcpra.cause \
            -e tcpra.cause.original -e tcpra.cause.evidence -e tcpra.cause.settles -e tcpra.reason \
            > "$work/tshark.tsv" 2> /dev/null || true
        python3 "$here/compare_verdicts.py" "$work/cli.tsv" "$work/tshark.tsv" "$name" >> "$work/report" || status=1
    done
    awk -F'\t' -v corpus="$corpus" '$1 == "counts" {
            files++; both += $2; differ += $3; only_tshark += $4; nested += $5; only_cli += $6 }
        END { printf "%s: %d files, %d frames analysed by both, %d equal, %d differ; %d only tshark, %d with nested TCP layers (the command line reads the outer one), %d only the command line\n",
                     corpus, files, both, both - differ, differ, only_tshark, nested, only_cli }' "$work/report"
    grep -B1 '^  DIFFER' "$work/report" || true
    [ -z "${TCPRA_CLI_VERBOSE:-}" ] || grep -v '^counts' "$work/report"
    return 0
}

if [ "$#" -gt 0 ]; then
    compare "given" "$@"
else
    compare "bundled" "$root"/captures/*.pcap*
    compare "lab" "$root"/groundtruth/captures/*/*.pcap.gz
    [ -d "$build/wireshark-captures" ] &&
        compare "wireshark" $(find "$build/wireshark-captures" -type f \( -name '*.pcap*' -o -name '*.cap' -o -name '*.pcapng*' \) | sort)
    shared=${TCPRA_SHARED_DIR:-$root/../shared}/captures
    [ -d "$shared" ] &&
        compare "shared" $(find "$shared" -type f \( -name '*.pcap*' -o -name '*.cap' -o -name '*.pcapng*' \) | sort)
fi
[ "$status" = 0 ] && echo "command line and plugin: equal on every frame both analyse"
exit "$status"
