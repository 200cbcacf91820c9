#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Copies the TCP captures of Wireshark's own test suite (test/captures in
# Wireshark's Debian source package) into DEST and says whose they are.
#
#   tests/fidelity/fetch-wireshark-captures.sh DEST
#
# An archive can list a source it does not serve. So: the installed tshark's
# source version first, then every other version any configured suite
# offers (updates, security, and other releases apt has deb-src entries
# for), newest first; as a last resort, the captures already fetched into
# the folder $TCPRA_WIRESHARK_CAPTURES_FALLBACK (another release's: the test
# captures change little between 4.0 and 4.6).
#
# Adds deb-src entries, copied from this machine's own binary entries, when
# there are none (root, or sudo). Keeps the source package in
# $TCPRA_SOURCE_CACHE (default ~/.cache/tcpra/wireshark-source).
# Exit status 3: no captures could be had; the reason is on stderr.
set -eu
[ $# = 1 ] || { echo "usage: $0 DEST" >&2; exit 2; }
dest=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../scripts/apt-archives.sh"
src_package=$(dpkg-query -W -f='${source:Package}' tshark)
version=$(dpkg-query -W -f='${source:Version}' tshark)
cache=${TCPRA_SOURCE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tcpra/wireshark-source}
fallback=${TCPRA_WIRESHARK_CAPTURES_FALLBACK:-}
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

# deb-src twins of this release's binary entries, in the files' own formats.
# A deb822 copy keeps the entry's Signed-By, so apt sees no conflicting
# options for the same archive.
add_deb_src() {
    codename=$(host_codename)
    stanzas=$(for f in "$parts"*.sources; do
        grep -Eq "^Suites:.*\\b$codename\\b" "$f" 2>/dev/null || continue
        sed -n 's/^Types:.*/Types: deb-src/; /^#/!p' "$f"
        echo
    done)
    lines=$(cat "$list" "$parts"*.list 2>/dev/null |
        grep -E "^deb[[:space:]].*[[:space:]]$codename([-[:space:]]|\$)" | sed 's/^deb[[:space:]]/deb-src /' || true)
    [ -n "$stanzas$lines" ] || { echo "apt's configuration has no entry for Debian $codename to copy" >&2; return 1; }
    [ -z "$stanzas" ] || echo "$stanzas" | as_root tee "$parts/tcpra-deb-src.sources" >/dev/null
    [ -z "$lines" ] || echo "$lines" | as_root tee "$parts/tcpra-deb-src.list" >/dev/null
}

source_versions() {
    apt-cache showsrc "$src_package" 2>/dev/null | sed -n 's/^Version: //p'
}

# The upstream tarball of Debian version $1 in the cache, if there.
orig_tarball() {
    upstream=${1#*:}
    find "$cache" -maxdepth 1 -name "${src_package}_${upstream%-*}.orig.tar.*" 2>/dev/null | head -n 1
}

# Sets $orig to the first upstream tarball apt-get can download, trying the
# installed version first. Only that tarball is needed: a mirror missing the
# .dsc or the Debian tarball does not matter.
download_source() {
    if ! source_versions | grep -qxF "$version"; then
        has_deb_src || add_deb_src || return 1
        as_root apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; return 1; }
    fi
    mkdir -p "$cache"
    tried=""
    for v in "$version" $(source_versions | grep -vxF "$version" | sort -urV); do
        # apt-get source skips files already there with the right checksum.
        (cd "$cache" && apt-get source -qq --download-only "$src_package=$v") >"$log" 2>&1 || true
        orig=$(orig_tarball "$v")
        [ -z "$orig" ] || { captures_of="Debian source $v"; return 0; }
        tried="$tried $v"
    done
    echo "apt-get source $src_package failed for every version apt lists:$tried" >&2
    return 1
}

count_captures() {
    find "$dest" -type f ! -name '.*' | wc -l
}

report() {
    echo "$(count_captures) TCP captures of Wireshark's test suite ($(sed -n 2p "$stamp")) in $dest, for tshark $version"
}

if [ "$(sed -n 1p "$stamp" 2>/dev/null)" = "$version" ]; then
    report
    exit 0
fi
if [ -n "$(ls -A "$dest" 2>/dev/null)" ] && [ ! -f "$stamp" ]; then
    echo "$dest is not empty and was not made by $0; not touching it" >&2
    exit 1
fi
mkdir -p "$dest"
find "$dest" -type f -delete
if download_source; then
    work=$(mktemp -d)
    quietly tar -xf "$orig" -C "$work" --wildcards '*/test/captures/*'
    find "$work" -name '*.gz' -exec gunzip -f {} +
    # shellcheck disable=SC2016
    # Keeps the files in which tshark finds a TCP packet, $(nproc) at a time.
    find "$work" -type f -print0 | xargs -0 -n 1 -P "$(nproc)" sh -c \
        'if tshark -r "$1" -Y tcp -c 1 2>/dev/null | grep -q .; then cp "$1" "$0/"; fi' "$dest"
elif [ -f "$fallback/.wireshark-version" ]; then
    captures_of="$(sed -n 2p "$fallback/.wireshark-version"), copied from $fallback"
    find "$fallback" -maxdepth 1 -type f ! -name '.*' -exec cp {} "$dest/" \;
else
    echo "no captures of Wireshark's test suite to be had, and no earlier fetch in" \
        "\$TCPRA_WIRESHARK_CAPTURES_FALLBACK (${fallback:-unset})" >&2
    exit 3
fi
chmod -R a+rX "$dest"
printf '%s\n%s\n' "$version" "$captures_of" >"$stamp"
report
