#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what building TCPRA needs, from Debian's archive; with --tests,
# also what its tests need (the Wireshark GUI under Xvfb for the screenshot;
# clang's fuzzer runtime, valgrind and GNU time for fuzzing, memory checking
# and the benchmarks; ethtool, iproute2 and lwIP for the ground-truth lab).
# Idempotent: installs only what is missing. Uses sudo unless run as root.
set -eu
packages="build-essential cmake pkg-config wireshark-dev libwireshark-dev libglib2.0-dev libpcap-dev zlib1g-dev tshark util-linux"
if [ "${1:-}" = --tests ]; then
    packages="$packages python3 wireshark xvfb xdotool x11-apps imagemagick clang libclang-rt-dev valgrind time ethtool iproute2 liblwip-dev liblwip0 parallel jq"
fi
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "Installing:$missing"
$sudo apt-get update -q
# tshark asks whether non-root users may capture; the default (no) is fine.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $missing
