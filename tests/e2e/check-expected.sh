#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs tshark with the TCPRA plugin on every capture in captures/ and compares
# its verdicts with captures/expected/<capture>.tsv (default settings) and
# with tests/e2e/knobs.tsv (dupack_threshold / fast_rtx_window_ms settings).
#
#   tests/e2e/check-expected.sh BUILD_DIR
#
# One check is one capture at one setting.  Prints one line per wrong frame
# and ends with "N passed, N failed"; exits 1 if any check failed.
#
# TCPRA_E2E_FIELD_PREFIX (default "tcpra.") is the prefix of the class fields
# and TCPRA_E2E_TSHARK, when set, is the tshark command to run instead of
# tests/lib/tshark-as-user.sh BUILD_DIR.  With TCPRA_E2E_FIELD_PREFIX=tcp.analysis.
# TCPRA_E2E_TSHARK=tshark it checks Wireshark's built-in analysis, which has
# no knobs: then only the knobs.tsv rows at 2 / 20 ms are checked, without -o.
# TCPRA_E2E_TSHARK_OPTIONS adds options to every tshark run, e.g. "-2" or
# "-o tcp.analyze_sequence_numbers:FALSE": TCPRA's verdicts must not change.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=${TCPRA_E2E_FIELD_PREFIX:-tcpra.}
if [ -z "${TCPRA_E2E_TSHARK:-}" ]; then
    [ $# = 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
    build_dir=$1
fi
# alphabetical, so the lists built below come out sorted
classes="ack_lost_segment duplicate_ack fast_retransmission keep_alive
keep_alive_ack lost_segment out_of_order retransmission reused_ports
spurious_retransmission window_full window_update zero_window
zero_window_probe zero_window_probe_ack"
tab=$(printf '\t')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

run_tshark() {
    # shellcheck disable=SC2086 # the options are words
    if [ -n "${TCPRA_E2E_TSHARK:-}" ]; then
        $TCPRA_E2E_TSHARK ${TCPRA_E2E_TSHARK_OPTIONS:-} "$@"
    else
        "$root/tests/lib/tshark-as-user.sh" "$build_dir" ${TCPRA_E2E_TSHARK_OPTIONS:-} "$@"
    fi
}

# verdicts CAPTURE [TSHARK_OPTION...] > "frame<TAB>classes" lines
verdicts() {
    cap=$1
    shift
    set -- "$@" -r "$cap" -T fields -E occurrence=a -e frame.number
    for c in $classes; do
        set -- "$@" -e "$prefix$c"
    done
    run_tshark "$@" > "$tmp/fields" 2> "$tmp/stderr" || return 1
    awk -F'\t' -v names="$classes" '
        BEGIN { n = split(names, name, /[ \n]+/) }
        {
            out = ""
            for (i = 1; i <= n; i++)
                if ($(i + 1) != "")
                    out = out (out == "" ? "" : ",") name[i]
            print $1 "\t" (out == "" ? "-" : out)
        }' "$tmp/fields"
}

# check NAME SETTINGS EXPECTED_FILE ALL_FRAMES [TSHARK_OPTION...]
# ALL_FRAMES=1: frames missing from EXPECTED_FILE are errors too.
check() {
    name=$1 settings=$2 expected=$3 all=$4
    shift 4
    if ! verdicts "$root/captures/$name.pcap" "$@" > "$tmp/got"; then
        echo "$name [$settings]: tshark failed: $(grep -v '^Running as user' "$tmp/stderr" | head -n 1)"
        failed=$((failed + 1))
        return
    fi
    if awk -F'\t' -v cap="$name" -v settings="$settings" -v all="$all" '
        function fail(frame, want, got) {
            printf "%s [%s] frame %s: expected %s, got %s\n", cap, settings, frame, want, got
            bad = 1
        }
        NR == FNR { want[$1] = $2; order[++n] = $1; next }
        { got[$1] = $2; if (all && !($1 in want)) fail($1, "(no such frame)", $2) }
        END {
            for (i = 1; i <= n; i++) {
                f = order[i]
                g = (f in got) ? got[f] : "(no such frame)"
                if (g != want[f])
                    fail(f, want[f], g)
            }
            exit bad
        }' "$expected" "$tmp/got"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
}

# (a) every frame at default settings
for pcap in "$root"/captures/*.pcap; do
    name=$(basename "$pcap" .pcap)
    expected="$root/captures/expected/$name.tsv"
    if [ -f "$expected" ]; then
        check "$name" defaults "$expected" 1
    else
        echo "$name [defaults]: no $expected"
        failed=$((failed + 1))
    fi
done

# (b) the retransmissions listed in knobs.tsv, one check per capture and setting
awk -F'\t' -v dir="$tmp" 'NR > 1 {
    group = $1 "\t" $2 "\t" $3
    file = dir "/knob-" $1 "-" $2 "-" $3
    if (!(group in seen)) { seen[group] = 1; print group > (dir "/groups") }
    print $4 "\t" $5 >> file
    close(file)
}' "$root/tests/e2e/knobs.tsv"
skipped=0
while IFS="$tab" read -r name n w; do
    settings="dupack_threshold=$n fast_rtx_window_ms=$w"
    expected="$tmp/knob-$name-$n-$w"
    if [ "$prefix" = tcpra. ]; then
        check "$name" "$settings" "$expected" 0 \
            -o "tcpra.dupack_threshold:$n" -o "tcpra.fast_rtx_window_ms:$w"
    elif [ "$n/$w" = 2/20 ]; then
        check "$name" "$settings" "$expected" 0
    else
        skipped=$((skipped + 1))
    fi
done < "$tmp/groups"
[ "$skipped" = 0 ] || echo "($skipped knob settings skipped: $prefix has no knobs)"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
