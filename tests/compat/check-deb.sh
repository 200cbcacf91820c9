#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Makes TCPRA's Debian package with CPack and installs it, with apt-get, in a
# clean chroot of the Debian release it was built on; then tshark there
# (as root: the plugin is in the system folder) must list the plugin with
# its version and type, find the Wireshark profile, and classify a capture.
#
#   tests/compat/check-deb.sh [4.0|4.4|4.6]     (default 4.0)
#
# 4.0 is built on this machine (Debian 12), 4.4 and 4.6 in the chroots of
# tests/compat/run. The clean chroot is a copy of a minimal Debian kept
# under $TCPRA_COMPAT_CACHE (default /var/cache/tcpra-compat/SUITE-base);
# downloaded packages are kept beside it. Needs root (sudo otherwise).
set -eu
release=${1:-4.0}
here=$(cd "$(dirname "$0")" && pwd)
tree=$(cd "$here/../.." && pwd)
. "$here/chroot.sh"
suite=$(compat_suite "$release")
compat_start "$0" "$@"
compat_lock "$suite"
version=$(sed -n 's/^project(TCPRA VERSION \([0-9.]*\).*/\1/p' "$tree/CMakeLists.txt")
debs=$(mktemp -d)
trap 'compat_cleanup; rm -rf "$debs"; compat_remove "$cache/$suite-deb"' EXIT

# The package, built against the release.
if [ "$release" = 4.0 ]; then
    build="$tree/build-deb"
    cmake -S "$tree" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" -j"$(nproc)" --target tcpra >/dev/null
    (cd "$build" && cpack -G DEB >/dev/null)
    cp "$build"/tcpra_*.deb "$debs/"
else
    root="$cache/$suite"
    compat_build_root "$suite" "$tree"
    in_root sh -c 'cd /build/tcpra && cmake -S . -B build-deb -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null &&
        cmake --build build-deb -j"$(nproc)" --target tcpra >/dev/null && cd build-deb && cpack -G DEB >/dev/null'
    cp "$root"/build/tcpra/build-deb/tcpra_*.deb "$debs/"
    compat_cleanup
fi
deb=$(basename "$(ls "$debs"/tcpra_*.deb)")
echo "package: $deb"

# A clean chroot of the same release.
[ -f "$cache/$suite-base/etc/apt/apt.conf.d/99tcpra" ] || compat_debootstrap "$suite" "$cache/$suite-base"
root="$cache/$suite-deb"
compat_remove "$root"
cp -a "$cache/$suite-base" "$root"
compat_write_sources "$suite" "$root"
mkdir -p "$cache/$suite-archives"
compat_mount_system
compat_mount /var/cache/apt/archives --bind "$cache/$suite-archives"
cp "$debs/$deb" "$tree/captures/fast_rtx_2dupacks.pcap" "$root/tmp/"
in_root sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends ./tmp/$deb tshark" \
    >"$root.log" 2>&1 || { tail -n 20 "$root.log" >&2; echo "apt-get install ./$deb failed" >&2; exit 1; }

. "$tree/tests/lib/expect.sh"
release_dir=$(in_root sh -c 'tshark -G folders' | sed -n 's/^Global Plugins:[[:space:]]*//p')
expect "tshark -G plugins" "$(in_root tshark -G plugins 2>&1)" \
    "^tcpra.so[[:space:]]*$version[[:space:]]*dissector[[:space:]]*$release_dir/epan/tcpra.so"
expect "global profile" "$(in_root ls /usr/share/wireshark/profiles/TCPRA)" "^preferences$"
expect "README" "$(in_root ls /usr/share/doc/tcpra)" "^README.md$"
expect "dependency" "$(in_root dpkg-query -W -f='${Depends}' tcpra)" "libwireshark[0-9]"
expect "classifies a capture" \
    "$(in_root tshark -r /tmp/fast_rtx_2dupacks.pcap -Y tcpra.fast_retransmission 2>&1)" "TCP"
expect "the command line runs" "$(in_root tcpra --version 2>&1)" "^tcpra $version "
expect "the command line classifies a capture" \
    "$(in_root tcpra /tmp/fast_rtx_2dupacks.pcap 2>&1)" '"fast_retransmission"'
echo "check-deb $release: $passed passed, $failed failed"
[ "$failed" = 0 ]
