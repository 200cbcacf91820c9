#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Copies the TCP captures of Wireshark's own test suite (test/captures in the
# Debian source package of the installed tshark) into DEST.
#
#   tests/fidelity/fetch-wireshark-captures.sh DEST
#
# Needs root on Debian when a deb-src entry or the source package is missing.
# The source package is kept into $TCPRA_SOURCE_CACHE
# (default ~/.cache/tcpra/wireshark-source). Prints the number of TCP captures.
set -eu
[ $# = 1 ] || { echo "usage: $0 DEST" >&2; exit 2; }
dest=$1
src_package=$(dpkg-query -W -f='${source:Package}' tshark)
version=$(dpkg-query -W -f='${source:Version}' tshark)
cache=${TCPRA_SOURCE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tcpra/wireshark-source}
stamp="$dest/.wireshark-version"
list='' parts=''
eval "$(apt-config shell list Dir::Etc::sourcelist/f parts Dir::Etc::sourceparts/d)"
log=$(mktemp)
work=
trap 'rm -rf "$log" $work' EXIT

quietly() {
    "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "failed: $*" >&2; exit 1; }
}

has_deb_src() {
    cat "$list" "$parts"*.list "$parts"*.sources 2>/dev/null |
        grep -Eq '^[[:space:]]*(deb-src|Types:.*deb-src)'
}

# Changing apt's sources needs root: sudo for a normal user.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# A deb822 copy of the binary entries with Types: deb-src keeps the same
# Signed-By, so apt sees no conflicting options for the same archive.
add_deb_src() {
    if [ -f "$parts/debian.sources" ]; then
        sed -n 's/^Types:.*/Types: deb-src/; /^#/!p' "$parts/debian.sources" |
            as_root tee "$parts/tcpra-deb-src.sources" >/dev/null
    else
        codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
        printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' \
            "Suites: $codename $codename-updates" 'Components: main' \
            'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' '' \
            'Types: deb-src' 'URIs: http://deb.debian.org/debian-security' \
            "Suites: $codename-security" 'Components: main' \
            'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
            as_root tee "$parts/tcpra-deb-src.sources" >/dev/null
    fi
}

source_is_known() {
    apt-cache showsrc "$src_package" 2>/dev/null | grep -qx "Version: $version"
}

download_source() {
    if ! source_is_known; then
        has_deb_src || add_deb_src
        quietly as_root apt-get update -qq
    fi
    mkdir -p "$cache"
    # apt-get source skips files already there with the right checksum. Only
    # the upstream tarball is needed: a mirror missing the .dsc or the Debian
    # tarball does not matter. A mirror missing the installed version's
    # tarball: the newest other version apt knows gives its test captures.
    for v in "$version" $(apt-cache showsrc "$src_package" | sed -n 's/^Version: //p' |
                          grep -vxF "$version" | sort -rV); do
        (cd "$cache" && apt-get source -qq --download-only "$src_package=$v") >"$log" 2>&1 || true
        orig=$(orig_tarball "$v")
        if [ -n "$orig" ]; then
            [ "$v" = "$version" ] ||
                echo "The source of Wireshark $version is not to be had: using $v's test captures" >&2
            return 0
        fi
    done
    cat "$log" >&2
    echo "failed: apt-get source $src_package=$version" >&2
    exit 1
}

# The upstream tarball of Debian version $1 in the cache, if there.
orig_tarball() {
    upstream=${1#*:}
    find "$cache" -maxdepth 1 -name "${src_package}_${upstream%-*}.orig.tar.*" | head -n 1
}

count_captures() {
    find "$dest" -type f ! -name '.*' | wc -l
}

if [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then
    echo "$(count_captures) Wireshark $version TCP captures in $dest"
    exit 0
fi
if [ -n "$(ls -A "$dest" 2>/dev/null)" ] && [ ! -f "$stamp" ]; then
    echo "$dest is not empty and was not made by $0; not touching it" >&2
    exit 1
fi
download_source
work=$(mktemp -d)
quietly tar -xf "$orig" -C "$work" --wildcards '*/test/captures/*'
mkdir -p "$dest"
find "$dest" -type f -delete
find "$work" -name '*.gz' -exec gunzip -f {} +
# shellcheck disable=SC2016
# Keeps the files in which tshark finds a TCP packet, $(nproc) at a time.
find "$work" -type f -print0 | xargs -0 -n 1 -P "$(nproc)" sh -c \
    'if tshark -r "$1" -Y tcp -c 1 2>/dev/null | grep -q .; then cp "$1" "$0/"; fi' "$dest"
chmod -R a+rX "$dest"
echo "$version" >"$stamp"
echo "$(count_captures) Wireshark $version TCP captures in $dest"
