#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tcpra.mismatch selects exactly the frames where TCPRA and the built-in
# analysis disagree: none at Wireshark's values, the changed ones at others.
#   tests/e2e/check-mismatch.sh BUILD_DIR
# TCPRA_E2E_TSHARK_OPTIONS (e.g. -o tcpra.behave_like:4.0) applies to the
# checks at non-default thresholds, whose expected reasons are Wireshark 4.0's.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$1
passed=0 failed=0
tshark_tcpra() { "$root/tests/lib/tshark-as-user.sh" "$build" "$@" 2>/dev/null; }
# shellcheck disable=SC2086 # the options are words
tshark_as_4_0() { tshark_tcpra ${TCPRA_E2E_TSHARK_OPTIONS:-} "$@"; }
expect() {
    if [ "$2" = "$3" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf 'FAIL: %s\n  expected: %s\n  got:      %s\n' "$1" "$3" "$2"
    fi
}

for cap in "$root"/captures/*.pcap; do
    expect "no mismatch at defaults in ${cap#"$root"/}" \
        "$(tshark_tcpra -r "$cap" -Y tcpra.mismatch -T fields -e frame.number)" ""
done
expect "2 dup ACKs with threshold 3" \
    "$(tshark_as_4_0 -r "$root/captures/fast_rtx_2dupacks.pcap" -o tcpra.dupack_threshold:3 \
        -Y tcpra.mismatch -T fields -e frame.number -e tcpra.mismatch)" \
    "10	built-in: Retransmission, Fast retransmission, TCPRA: Retransmission (retransmission; not fast: 2 dup ACKs < 3, peer ACK == seq, 1.000 ms < 20.000 ms; not out-of-order: 1.050 ms since highest segment >= 0.500 ms (handshake RTT))"
expect "the expert info names both verdicts" \
    "$(tshark_as_4_0 -r "$root/captures/fast_rtx_2dupacks.pcap" -o tcpra.dupack_threshold:3 -q -z expert,note |
        grep -c 'built-in: Retransmission, Fast retransmission, TCPRA: Retransmission (')" "1"
expect "built-in analysis off: no comparison" \
    "$(tshark_tcpra -r "$root/captures/fast_rtx_2dupacks.pcap" -o tcp.analyze_sequence_numbers:FALSE \
        -c 1 -T fields -e tcpra.builtin_off -e tcpra.agree -e tcpra.mismatch)" \
    "Wireshark's own sequence analysis is off (tcp.analyze_sequence_numbers)		"
# The partial and ambiguous ACK notes are compared only where this
# Wireshark has them (4.4: partial; 4.6: both): with both notes on nothing
# differs anywhere; with both off, exactly the frames its built-in notes.
release=$(ls "$build/plugin-stage")
column=$(case $release in 4.0 | 4.1) echo 0 ;; 4.2 | 4.4) echo 3 ;; *) echo 4 ;; esac)
notes_cap="$root/captures/ack_notes.pcap"
expect "ACK notes on: no mismatch" \
    "$(tshark_tcpra -r "$notes_cap" -o tcpra.partial_ack_note:on -o tcpra.ambiguous_ack_note:on \
        -Y tcpra.mismatch -T fields -e frame.number)" ""
expect "ACK notes off: a mismatch where Wireshark $release notes" \
    "$(tshark_tcpra -r "$notes_cap" -o tcpra.partial_ack_note:off -o tcpra.ambiguous_ack_note:off \
        -Y tcpra.mismatch -T fields -e frame.number | tr '\n' ' ')" \
    "$(awk -F'\t' -v col="$column" 'col && $1 == "ack_notes" && $col != "-" { printf "%s ", $2 }' \
        "$root/captures/expected/notes_after_4.0.tsv")"
echo "mismatch: $passed passed, $failed failed"
[ "$failed" = 0 ]
