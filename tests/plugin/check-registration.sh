#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tshark loads the built plugin, with its version, protocol and every field.
#   tests/plugin/check-registration.sh BUILD_DIR
set -eu
build="$1"
tshark_tcpra() { "$(dirname "$0")/../lib/tshark-as-user.sh" "$build" "$@"; }
passed=0 failed=0
expect() {
    if printf '%s\n' "$2" | grep -q -- "$3"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $1: no line matching '$3'"
    fi
}
version=$(sed -n 's/^project(TCPRA VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../../CMakeLists.txt")
plugins=$(tshark_tcpra -G plugins 2>&1)
expect "tshark -G plugins" "$plugins" "^tcpra.so[[:space:]]*$version[[:space:]]*dissector"
protocols=$(tshark_tcpra -G protocols 2>&1)
expect "tshark -G protocols" "$protocols" "^TCP Retransmission Analyzer	TCPRA	tcpra"
fields=$(tshark_tcpra -G fields 2>&1)
for f in flags retransmission fast_retransmission spurious_retransmission out_of_order lost_segment \
         ack_lost_segment duplicate_ack duplicate_ack_num duplicate_ack_frame keep_alive keep_alive_ack \
         zero_window zero_window_probe zero_window_probe_ack window_update window_full reused_ports \
         rto rto_frame flow reason reason.reverse_dupacks reason.since_reverse reason.since_highest \
         reason.ooo_threshold reason.ooo_threshold_source reason.dupack_threshold reason.fast_rtx_window \
         builtin agree mismatch builtin_off expert.mismatch; do
    expect "field tcpra.$f" "$fields" "	tcpra\.$f	"
done
prefs=$(tshark_tcpra -G defaultprefs 2>&1)
for p in "dupack_threshold: 2" "fast_rtx_window_ms: 20" "ooo_threshold_source: Handshake RTT, else the out-of-order threshold" "ooo_threshold_ms: 3" \
         "fast_rtx_supersedes_ooo: TRUE" "unseen_ack_enables_fast_rtx: TRUE"; do
    expect "preference tcpra.$p" "$prefs" "^#tcpra\.$p$"
done
taps=$(tshark_tcpra -z help 2>&1)
expect "tshark -z help" "$taps" "^     tcpra,tree$"
bad=$(tshark_tcpra -o tcpra.fast_rtx_window_ms:abc -r /dev/null 2>&1 || true)
expect "invalid preference message" "$bad" 'fast_rtx_window_ms: "abc" is not a number of milliseconds'
echo "registration: $passed passed, $failed failed"
[ "$failed" = 0 ]
