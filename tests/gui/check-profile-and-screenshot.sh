#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The "TCPRA" profile in the real Wireshark GUI.
#   tests/gui/check-profile-and-screenshot.sh BUILD_DIR [SCREENSHOT_DIR]
# 1. Every column and colouring rule of profile/TCPRA refers to fields that
#    exist (tshark -G fields, with the plugin) and compiles as a filter.
# 2. With Xvfb and Wireshark installed, two screenshots (into docs/ by
#    default) of Wireshark with the profile, each with its first frame
#    selected: screenshot.png, a bundled capture filtered to tcpra.mismatch
#    || tcpra.fast_retransmission at dup-ACK threshold 3, its TCPRA tree
#    expanded; screenshot-cause.png, a lab capture filtered to a
#    retransmission and the D-SACK, 117 frames later, that proves it
#    spurious, the retransmission's cause subtree expanded. (A filter given
#    at load time sees each verdict as it stood when the frame was first
#    read: hence frame numbers, not tcpra.cause.spurious.)
#    Without them the GUI part is skipped with a message.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
shots=${2:-$root/docs}
profile="$root/profile/TCPRA"
capture="$root/captures/knob_grid_4_to_20ms.pcap"
user=${TCPRA_TEST_USER:-nobody}
passed=0 failed=0
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

fields=$("$root/tests/lib/tshark-as-user.sh" "$build" -G fields 2>/dev/null | cut -f3)
for field in $(sed -n 's/.*%Cus:\([^:]*\):.*/\1/p' "$profile/preferences" "$profile/recent" | sort -u); do
    if printf '%s\n' "$fields" | grep -qx "$field"; then passed=$((passed + 1)); else fail "column field $field does not exist"; fi
done
while IFS= read -r rule; do
    case $rule in @*) ;; *) continue ;; esac
    rule_filter=$(printf '%s' "$rule" | cut -d@ -f3)
    if "$root/tests/lib/tshark-as-user.sh" "$build" -r "$capture" -c 1 -Y "$rule_filter" >/dev/null 2>&1; then
        passed=$((passed + 1))
    else
        fail "colouring rule filter does not compile: $rule_filter"
    fi
done < "$profile/colorfilters"

# gui CAPTURE FILTER SCREENSHOT EXPAND [wireshark options...]: EXPAND "all"
# opens the TCPRA tree with every subtree; "cause" opens it one level and
# then the cause verdict, its last item, with every subtree.
gui() {
    gui_capture=$1 filter=$2 shot=$3 expand=$4
    shift 4
    tmp=$(mktemp -d)
    trap 'kill $xvfb_pid $ws_pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
    chmod 755 "$tmp"
    home="$tmp/home"
    mkdir -p "$home/.config/wireshark/profiles"
    cp -r "$profile" "$home/.config/wireshark/profiles/"
    # The test window shows the packet list and details, not the bytes.
    echo "gui.byte_view_show: FALSE" >> "$home/.config/wireshark/profiles/TCPRA/recent"
    cp "$gui_capture" "$tmp/capture.pcap"
    chmod -R a+rX "$tmp"
    [ "$(id -u)" = 0 ] && chown -R "$user" "$home"
    chmod 700 "$home"
    # Xvfb takes the first free display and writes its number to
    # descriptor 5 once it accepts clients: another run's display (the last
    # one's, still closing; a chroot's beside this one, whose sockets this
    # machine shares) is never taken.
    Xvfb -displayfd 5 -screen 0 1600x1000x24 -nolisten tcp 5>"$tmp/display" >/dev/null 2>&1 &
    xvfb_pid=$!
    tries=0
    while [ ! -s "$tmp/display" ] && [ "$tries" -lt 100 ]; do
        sleep 0.2
        tries=$((tries + 1))
    done
    if [ ! -s "$tmp/display" ]; then
        fail "Xvfb did not start"
        return
    fi
    display=:$(cat "$tmp/display")
    run_as=""
    [ "$(id -u)" = 0 ] && run_as="setpriv --reuid=$(id -u "$user") --regid=$(id -g "$user") --clear-groups"
    $run_as env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home" DISPLAY="$display" \
        WIRESHARK_PLUGIN_DIR="$build/plugin-stage" \
        wireshark -C TCPRA "$@" -r "$tmp/capture.pcap" -Y "$filter" >"$tmp/wireshark.log" 2>&1 &
    ws_pid=$!
    export DISPLAY="$display"
    window=$(timeout 60 xdotool search --sync --name "capture.pcap" | head -1)
    sleep 5
    xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000
    sleep 2
    xdotool mousemove 200 120 click 1         # the first frame of the list
    sleep 1
    xdotool key --window "$window" ctrl+shift+r   # View > Resize Columns
    sleep 1
    xdotool mousemove 200 613 click 1         # its TCPRA tree, fifth in the details
    sleep 1
    if [ "$expand" = cause ]; then
        xdotool key Right End                 # one level open, then its last item
        sleep 1
    fi
    xdotool key shift+Right                   # expand it with its subtrees
    sleep 2
    mkdir -p "$(dirname "$shot")"
    xwd -root -silent -display "$display" | /usr/bin/convert xwd:- "$shot"
    if [ -s "$shot" ] && kill -0 "$ws_pid" 2>/dev/null; then
        passed=$((passed + 1))
        echo "screenshot: $shot"
    else
        fail "Wireshark did not come up; its log:"
        cat "$tmp/wireshark.log"
    fi
    kill "$xvfb_pid" "$ws_pid" 2>/dev/null || true
    wait "$ws_pid" "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
    trap - EXIT
}

if command -v Xvfb >/dev/null && command -v wireshark >/dev/null && command -v xdotool >/dev/null &&
   command -v xwd >/dev/null && [ -x /usr/bin/convert ]; then
    gui "$capture" "tcpra.mismatch || tcpra.fast_retransmission" "$shots/screenshot.png" all \
        -o tcpra.dupack_threshold:3
    gui "$root/groundtruth/captures/reorder_spurious_fast/sender.pcap.gz" \
        "frame.number == 156 || frame.number == 273" "$shots/screenshot-cause.png" cause
else
    echo "SKIPPED the GUI screenshot: install xvfb, wireshark, xdotool, x11-apps and imagemagick for it"
fi
echo "profile and GUI: $passed passed, $failed failed"
[ "$failed" = 0 ]
