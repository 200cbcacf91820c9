#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The partial and ambiguous ACK notes of every bundled capture, per release,
# against captures/expected/notes_after_4.0.tsv (4.0 has none; the file
# lists each noted frame's notes in 4.4 and in 4.6; every other frame has
# none).
#
#   tests/e2e/check-notes.sh BUILD_DIR          TCPRA behaving like 4.0, 4.4 and 4.6
#   tests/e2e/check-notes.sh --builtin RELEASE  Wireshark's own analysis, of that release
#
# One check per capture and release; prints each wrong frame and ends with
# "N passed, N failed"; exits 1 if any check failed.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
expected="$root/captures/expected/notes_after_4.0.tsv"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

if [ "$1" = --builtin ]; then
    releases=$2
    prefix=tcp.analysis.
else
    build_dir=$1
    releases="4.0 4.4 4.6"
    prefix=tcpra.
fi

# notes RELEASE CAPTURE > "frame<TAB>notes" for every frame
notes() {
    if [ "$prefix" = tcpra. ]; then
        "$root/tests/lib/tshark-as-user.sh" "$build_dir" -o "tcpra.behave_like:$1" -r "$2" \
            -T fields -E occurrence=a -e frame.number -e tcpra.ambiguous_ack -e tcpra.partial_ack
    else
        # The built-in has only the notes of its release: ask for those.
        case $1 in
        4.4) set -- "$2" -e frame.number -e tcp.analysis.partial_ack ;;
        *) set -- "$2" -e frame.number -e tcp.analysis.ambiguous_ack -e tcp.analysis.partial_ack ;;
        esac
        home=$tmp/home
        mkdir -p "$home"
        HOME=$home XDG_CONFIG_HOME=$home/.config tshark -r "$@" -T fields -E occurrence=a
    fi 2>"$tmp/stderr" | awk -F'\t' -v r="$1" '{
        # 4.4 has no ambiguous ACK: its column is the partial one.
        if (NF == 2) { $3 = $2; $2 = "" }
        out = ($2 != "" ? "ambiguous_ack" : "")
        if ($3 != "") out = out (out == "" ? "" : ",") "partial_ack"
        print $1 "\t" (out == "" ? "-" : out)
    }'
}

for release in $releases; do
    column=$(case $release in 4.0) echo 0 ;; 4.4) echo 3 ;; 4.6) echo 4 ;; esac)
    for pcap in "$root"/captures/*.pcap; do
        name=$(basename "$pcap" .pcap)
        if ! notes "$release" "$pcap" >"$tmp/got" || [ ! -s "$tmp/got" ]; then
            echo "$name [$release]: tshark failed: $(grep -v '^Running as user' "$tmp/stderr" | head -n 1)"
            failed=$((failed + 1))
            continue
        fi
        if awk -F'\t' -v cap="$name" -v col="$column" -v r="$release" '
            NR == FNR { if (FNR > 1 && $1 == cap && col) want[$2] = $col; next }
            {
                w = ($1 in want) ? want[$1] : "-"
                if ($2 != w) { printf "%s [%s] frame %s: expected %s, got %s\n", cap, r, $1, w, $2; bad = 1 }
            }
            END { exit bad }' "$expected" "$tmp/got"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
        fi
    done
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
