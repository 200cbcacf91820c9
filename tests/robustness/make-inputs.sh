#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Writes hostile captures into OUT_DIR, from the bundled captures (joined
# into one, time going back at each join) and, when they exist, three shared
# ones: each cut to 54, 60 and 68 bytes a frame; with 1%, 3% and 10% of
# its bytes changed (editcap -E, fixed seeds, with and without the Ethernet
# header spared); with time going backwards (timewarp.py); plus random
# frames from randpkt of the TCP-bearing types (random each run: a failing
# one is kept in OUT_DIR).
#
#   tests/robustness/make-inputs.sh OUT_DIR
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$1
shared="${TCPRA_SHARED_DIR:-$root/../shared}/captures"
mkdir -p "$out"

# name: a source capture as classic pcap
sources=""
add_source() {
    editcap -F pcap "$2" "$out/$1.pcap" 2>/dev/null || return 0
    sources="$sources $1"
}
mergecap -a -F pcap -w "$out/joined.pcap" "$root"/captures/*.pcap
sources="joined"
for f in zeek-tcprs/tcp__composite__comp008.trace zeek/tunnels__gre-aruba.pcap \
         wireshark/challenge01_ooo_stream.pcapng; do
    [ -f "$shared/$f" ] && add_source "$(basename "$f" | sed 's/\.[a-z]*$//')" "$shared/$f"
done

for s in $sources; do
    for len in 54 60 68; do
        editcap -s "$len" "$out/$s.pcap" "$out/$s-cut$len.pcap"
    done
    for p in 0.01 0.03 0.1; do
        editcap -E "$p" --seed 1 "$out/$s.pcap" "$out/$s-changed$p.pcap" 2>/dev/null
        editcap -E "$p" --seed 2 -o 14 "$out/$s.pcap" "$out/$s-changed$p-from14.pcap" 2>/dev/null
    done
    "$root/tests/robustness/timewarp.py" "$out/$s.pcap" "$out/$s-timewarp.pcap"
done
for t in tcp bgp giop tds; do
    randpkt -t "$t" -c 1000 -b 400 "$out/randpkt-$t.pcap"
done
chmod -R a+rX "$out"
