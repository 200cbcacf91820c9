#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tshark loads the built plugin, with its version, protocol and every field.
#   tests/plugin/check-registration.sh BUILD_DIR
set -eu
build="$1"
tshark_tcpra() { "$(dirname "$0")/../lib/tshark-as-user.sh" "$build" "$@"; }
. "$(dirname "$0")/../lib/expect.sh"
version=$(sed -n 's/^project(TCPRA VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../../CMakeLists.txt")
plugins=$(tshark_tcpra -G plugins 2>&1)
expect "tshark -G plugins" "$plugins" "^tcpra.so[[:space:]]*$version[[:space:]]*dissector"
protocols=$(tshark_tcpra -G protocols 2>&1)
expect "tshark -G protocols" "$protocols" "^TCP Retransmission Analyzer	TCPRA	tcpra"
fields=$(tshark_tcpra -G fields 2>&1)
for f in flags retransmission fast_retransmission spurious_retransmission out_of_order lost_segment \
         ack_lost_segment duplicate_ack duplicate_ack_num duplicate_ack_frame keep_alive keep_alive_ack \
         zero_window zero_window_probe zero_window_probe_ack window_update window_full reused_ports \
         partial_ack ambiguous_ack rto rto_frame flow reason reason.reverse_dupacks reason.since_reverse reason.since_highest \
         reason.ooo_threshold reason.ooo_threshold_source reason.dupack_threshold reason.fast_rtx_window \
         builtin agree mismatch builtin_off expert.mismatch \
         cause cause.rto cause.fast cause.tlp cause.syn cause.spurious cause.reordered \
         cause.network_duplicate cause.contradicts_builtin cause.original cause.evidence \
         cause.rto_estimate cause.backoff cause.srtt cause.vantage cause.low_confidence cause.settles \
         cause.settlement; do
    expect "field tcpra.$f" "$fields" "	tcpra\.$f	"
done
# Expert infos: the ACK notes, in the built-in's group and severity; one per
# cause class, and the settling evidence.
for e in partial_ack ambiguous_ack; do
    expect "expert info tcpra.expert.$e" "$fields" "	tcpra\.expert\.$e	"
done
# Expert infos: one per cause class, and the settling evidence.
for e in rto fast tlp syn spurious reordered network_duplicate contradicts_builtin evidence; do
    expect "expert info tcpra.expert.cause.$e" "$fields" "	tcpra\.expert\.cause\.$e	"
done
prefs=$(tshark_tcpra -G defaultprefs 2>&1)
for p in "dupack_threshold: 2" "fast_rtx_window_ms: 20" "ooo_threshold_source: Handshake RTT, else the out-of-order threshold" "ooo_threshold_ms: 3" \
         "fast_rtx_supersedes_ooo: TRUE" "unseen_ack_enables_fast_rtx: TRUE" "cause_analysis: TRUE" \
         "cause_stack: Linux: 200 ms minimum RTO, tail-loss probes" "cause_dupack_threshold: 3"; do
    expect "preference tcpra.$p" "$prefs" "^#tcpra\.$p$"
done
# The release switches follow tcpra.behave_like, whose default is the
# release built for.
release=$(ls "$build/plugin-stage")
case $release in 4.0 | 4.1) behave="Wireshark 4.0" ;; 4.6) behave="Wireshark 4.6" ;; *) behave="Wireshark 4.2 and 4.4" ;; esac
expect "preference tcpra.behave_like" "$prefs" "^#tcpra\.behave_like: $behave$"
for p in ack_unseen_moves_to_ack zero_window_probe_consumed sack_fast_rtx sack_relative_edges \
         sack_window_update_is_dupack ooo_excludes_unacked ooo_after_empty_highest \
         rto_from_matching_segment restart_after_close syn_ack_restarts ooo_since_peer \
         partial_ack_note ambiguous_ack_note; do
    expect "preference tcpra.$p" "$prefs" "^#tcpra\.$p: As the release in tcpra.behave_like$"
done
switched=$(tshark_tcpra -o tcpra.behave_like:4.6 -o tcpra.sack_fast_rtx:off \
    -r "$(dirname "$0")/../../captures/fast_rtx_2dupacks.pcap" -Y tcpra.fast_retransmission 2>&1)
expect "tcpra.behave_like and a switch set with -o" "$switched" "TCP Fast Retransmission"
# The ACK notes' expert infos: the built-in's group (Sequence) and severity
# (Note), one per noted frame.
notes=$(tshark_tcpra -o tcpra.behave_like:4.6 -r "$(dirname "$0")/../../captures/ack_notes.pcap" \
    -q -z expert,note 2>&1 | sed -n '/^Notes/,/^[A-Z][a-z]* ([0-9]*)$/p')
expect "expert info tcpra.expert.partial_ack: Sequence, Note" "$notes" \
    "^ *5 *Sequence *TCPRA *Partial Acknowledgement of a segment$"
expect "expert info tcpra.expert.ambiguous_ack: Sequence, Note" "$notes" \
    "^ *7 *Sequence *TCPRA *Ambiguous ACK following Karn's definition$"
taps=$(tshark_tcpra -z help 2>&1)
expect "tshark -z help" "$taps" "^     tcpra,tree$"
bad=$(tshark_tcpra -o tcpra.fast_rtx_window_ms:abc -r /dev/null 2>&1 || true)
expect "invalid preference message" "$bad" 'fast_rtx_window_ms: "abc" is not a number of milliseconds'
bad=$(tshark_tcpra -o tcpra.cause_dupack_threshold:0 -r /dev/null 2>&1 || true)
expect "invalid cause preference message" "$bad" \
    'cause_dupack_threshold: duplicate-ACK threshold 0 is outside 1..1000; using 3'
echo "registration: $passed passed, $failed failed"
[ "$failed" = 0 ]
