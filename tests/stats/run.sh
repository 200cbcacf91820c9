#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The statistics tree, number by number, on the bundled captures and on the
# shared real-world captures with connection failures, when present.
#   tests/stats/run.sh BUILD_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="${TCPRA_SHARED_DIR:-$root/../shared}/captures"
set -- "$1" "$root"/captures/*.pcap
if [ -d "$shared" ]; then
    for f in chrissanders-packets/tcp_refuseconnection.pcapng chrissanders-packets/ppa2e__synscan.pcap \
             chrissanders-packets/ppa1e__http-client-refuse.pcap chrissanders-packets/tcp_retransmissions.pcapng \
             arkime/wireshark-retrans.pcap zeek-tcprs/tcp__fastretransmit__fast011.trace; do
        [ -f "$shared/$f" ] && set -- "$@" "$shared/$f"
    done
else
    echo "(shared captures not found at $shared: bundled captures only)"
fi
build=$1
shift
exec "$here/check-stats.py" --build "$build" "$@"
