# SPDX-License-Identifier: GPL-2.0-or-later
# Shell functions for the compat scripts (sourced, not run): minimal Debian
# chroots made with debootstrap and kept under $TCPRA_COMPAT_CACHE (default
# /var/cache/tcpra-compat), with their mounts undone on every exit path.
#
# Set before sourcing: here (this folder). Set before use: root (the chroot's
# folder). Call compat_start first.

. "$here/../../scripts/apt-archives.sh"
cache=${TCPRA_COMPAT_CACHE:-/var/cache/tcpra-compat}
compat_mounts=""

# The Debian suite of a Wireshark release.
compat_suite() {
    case $1 in
    4.0) echo bookworm ;;
    4.4) echo trixie ;;
    4.6) echo sid ;;
    *) echo "unknown release $1 (4.0, 4.4 or 4.6)" >&2; return 2 ;;
    esac
}

compat_cleanup() {
    for m in $compat_mounts; do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
    compat_mounts=""
}

# Root is needed for debootstrap, chroot and mount: sudo otherwise.
compat_start() {
    if [ "$(id -u)" != 0 ]; then
        exec sudo TCPRA_COMPAT_CACHE="${TCPRA_COMPAT_CACHE:-}" TCPRA_SHARED_DIR="${TCPRA_SHARED_DIR:-}" \
            TCPRA_WIRESHARK_CAPTURES_FALLBACK="${TCPRA_WIRESHARK_CAPTURES_FALLBACK:-}" "$@"
    fi
    trap compat_cleanup EXIT
    trap 'exit 130' INT TERM HUP
    command -v debootstrap >/dev/null ||
        { apt-get update -qq && apt-get install -y -qq debootstrap; } >/dev/null
}

# compat_lock SUITE: wait until no other run uses that suite's chroots.
compat_lock() {
    mkdir -p "$cache"
    exec 9>"$cache/$1.lock"
    flock 9
}

# compat_mount MOUNTPOINT MOUNT_ARGUMENTS...: a mount inside $root.
compat_mount() {
    point=$1
    shift
    mkdir -p "$root$point"
    mount "$@" "$root$point"
    compat_mounts="$root$point $compat_mounts"
}

compat_mount_system() {
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    compat_mount /proc -t proc proc
    compat_mount /sys -t sysfs sys
    compat_mount /dev --bind /dev
}

in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# compat_write_sources SUITE DIR: DIR's apt sources, from this machine's own
# archives (see scripts/apt-archives.sh), written anew on every run so that a
# kept chroot follows the archive: SUITE with its updates and security suites
# (unstable has neither), their source entries, and the source entries of
# this machine's release (and, for unstable, of trixie), whose Wireshark test
# captures are the next best when SUITE's source is listed but not served.
compat_write_sources() {
    archive=$(apt_debian_archive) || exit 1
    security=$(apt_security_archive)
    host=$(host_codename)
    {
        for type in deb deb-src; do
            echo "$type $archive $1 main"
            [ "$1" = sid ] || echo "$type $archive $1-updates main"
            [ "$1" = sid ] || [ -z "$security" ] || echo "$type $security $1-security main"
        done
        [ "$1" != sid ] || echo "deb-src $archive trixie main"
        [ "$1" = "$host" ] || echo "deb-src $archive $host main"
    } >"$2/etc/apt/sources.list"
}

# compat_debootstrap SUITE DIR: a minimal Debian, made aside and moved into
# place once complete.
compat_debootstrap() {
    rm -rf "$2.new"
    mkdir -p "$cache"
    archive=$(apt_debian_archive) || exit 1
    debootstrap --variant=minbase "$1" "$2.new" "$archive" >"$2.log" 2>&1 ||
        { tail -n 20 "$2.log" >&2; echo "debootstrap $1 failed" >&2; exit 1; }
    compat_write_sources "$1" "$2.new"
    # Unstable's index may be older than its validity: take it anyway.
    echo 'Acquire::Check-Valid-Until "false";' >"$2.new/etc/apt/apt.conf.d/99tcpra"
    mv "$2.new" "$2"
}

# compat_copy_tree TREE: this working tree (no .git, no build folders) into
# $root/build/tcpra.
compat_copy_tree() {
    rm -rf "$root/build/tcpra"
    mkdir -p "$root/build/tcpra"
    tar -C "$1" --exclude=./.git --exclude=./build --exclude='./build-*' -cf - . |
        tar -xf - -C "$root/build/tcpra"
}

# compat_build_root SUITE TREE: $root made (once) with what building and
# testing need, and the tree copied in. The system mounts are made.
compat_build_root() {
    [ -f "$root/etc/apt/apt.conf.d/99tcpra" ] || compat_debootstrap "$1" "$root"
    compat_mount_system
    # A kept chroot is brought up to the archive of today, on every run.
    compat_write_sources "$1" "$root"
    in_root sh -c 'apt-get update -qq && apt-get dist-upgrade -y -qq &&
        apt-get install -y -qq --no-install-recommends bzip2 xz-utils ca-certificates' \
        >"$root.setup.log" 2>&1 || { cat "$root.setup.log" >&2; exit 1; }
    compat_copy_tree "$2"
    in_root /build/tcpra/scripts/install-deps.sh --tests >"$root.deps.log" 2>&1 ||
        { tail -n 20 "$root.deps.log" >&2; exit 1; }
}

# compat_remove DIR: a chroot removed, unless something is still mounted in it.
compat_remove() {
    if grep -q " $1/" /proc/mounts; then
        echo "not removing $1: something is still mounted there" >&2
        return 1
    fi
    rm -rf "$1"
}

elapsed() {
    echo $(($(date +%s) - $1))
}
