#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tshark with the plugin, in two passes with the full tree (-2 -V), on
# hostile input, under a memory checker:
#
#   tests/robustness/run.sh BUILD_DIR asan
#       An AddressSanitizer + UndefinedBehaviorSanitizer build of the plugin
#       (TCPRA_ASAN_BUILD_DIR, default build-asan; libasan preloaded into
#       tshark) on the bundled captures, Wireshark's tcp-badsegments.pcap,
#       the captures of make-inputs.sh (wmem allocating with malloc, so that
#       ASan sees TCPRA's own), and every shared capture.
#   tests/robustness/run.sh BUILD_DIR memcheck
#       The plugin of BUILD_DIR under valgrind, on one capture joining the
#       bundled captures, tcp-badsegments.pcap, the hostile captures made
#       from the bundled ones, 300 random frames of each type and three
#       shared captures: valgrind is some fifty times slower.
#
# Fails on any report that concerns TCPRA's code (attribute.py), and on any
# crash that tshark without the plugin does not have too. Logs and inputs
# stay in the sanitizer build folder (memcheck: BUILD_DIR/robustness).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "$1" && pwd)
tool=$2
shared="${TCPRA_SHARED_DIR:-$root/../shared}/captures"
cd "$root"
scripts/install-deps.sh --tests

case $tool in
asan)
    plugin_build=${TCPRA_ASAN_BUILD_DIR:-$root/build-asan}
    cmake -S . -B "$plugin_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer" >/dev/null
    cmake --build "$plugin_build" -j"$(nproc)" --target tcpra >/dev/null
    run="env LD_PRELOAD=$(gcc -print-file-name=libasan.so) /usr/bin/tshark"
    jobs=2
    ;;
memcheck)
    plugin_build=$build
    run="valgrind --leak-check=no --num-callers=40 --fullpath-after= --log-file=$build/robustness/logs/valgrind.%p.log /usr/bin/tshark"
    jobs=1
    ;;
*)
    echo "usage: $0 BUILD_DIR asan|memcheck" >&2
    exit 2
    ;;
esac
work="$plugin_build/robustness"
rm -rf "$work"
mkdir -p "$work/logs" "$work/shim"
chmod 1777 "$work/logs"
"$here/make-inputs.sh" "$work/inputs" >/dev/null
# tests/lib/tshark-as-user.sh runs "tshark" from the PATH: this one.
printf '#!/bin/sh\nexec %s "$@"\n' "$run" >"$work/shim/tshark"
chmod 755 "$work/shim/tshark"
chmod -R a+rX "$plugin_build"
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 G_SLICE=always-malloc

badsegments=$build/wireshark-captures/tcp-badsegments.pcap
[ -f "$badsegments" ] || badsegments=$shared/wireshark/tcp-badsegments.pcap
[ -f "$badsegments" ] || { echo "no tcp-badsegments.pcap (run the fidelity suite first)"; badsegments=; }

# The captures to read, one a line: "path wmem-override" (simple: malloc).
if [ "$tool" = asan ]; then
    for f in captures/*.pcap $badsegments "$work"/inputs/*.pcap; do
        echo "$f simple"
    done
    if [ -d "$shared" ]; then
        find "$shared" -type f \( -name '*.pcap*' -o -name '*.trace' -o -name '*.cap' \) | sort
    fi
else
    set -- captures/*.pcap $badsegments "$work"/inputs/joined-*.pcap
    for t in tcp bgp giop tds; do
        editcap -r "$work/inputs/randpkt-$t.pcap" "$work/inputs/randpkt-$t-300.pcap" 1-300
        set -- "$@" "$work/inputs/randpkt-$t-300.pcap"
    done
    for f in zeek-tcprs/tcp__heuristics__reordering-via-proximity.trace zeek-tcprs/tcp__composite__comp026.trace \
             wireshark/challenge01_ooo_stream.pcapng; do
        [ -f "$shared/$f" ] && set -- "$@" "$shared/$f"
    done
    mergecap -a -F pcapng -w "$work/inputs/selection.pcapng" "$@"
    chmod a+r "$work/inputs/selection.pcapng"
    echo "$work/inputs/selection.pcapng simple"
fi >"$work/list"

# check CAPTURE [WMEM_OVERRIDE]: read it; on a crash, see whether tshark
# without the plugin crashes as well.
check() {
    log="$work/logs/$(echo "$1" | tr / _).log"
    status=0
    env PATH="$work/shim:$PATH" ${2:+WIRESHARK_DEBUG_WMEM_OVERRIDE=$2} \
        tests/lib/tshark-as-user.sh "$plugin_build" -n -2 -V -r "$1" >/dev/null 2>"$log" || status=$?
    if [ "$status" -gt 128 ] || grep -q "ERROR: AddressSanitizer" "$log"; then
        if TCPRA_NO_PLUGIN=1 tests/lib/tshark-as-user.sh "$build" -n -2 -V -r "$1" >/dev/null 2>&1; then
            echo "FAIL: tshark crashes on $1 only with TCPRA (exit $status, $log)"
            touch "$log.crash"
        else
            echo "note: tshark crashes on $1 without TCPRA too"
        fi
    fi
}

started=$(date +%s)
for part in $(seq 1 "$jobs"); do
    awk -v n="$jobs" -v part="$part" 'NR % n == part % n' "$work/list" |
        while read -r capture override; do check "$capture" "$override"; done &
done
wait
echo "$tool: $(wc -l <"$work/list") captures read in $(($(date +%s) - started)) s"
status=0
"$here/attribute.py" "$root" "$work"/logs/*.log || status=1
set -- "$work"/logs/*.crash
[ -e "$1" ] && status=1
exit $status
