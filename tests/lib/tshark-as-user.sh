#!/bin/sh
# Runs tshark with the TCPRA plugin from a build folder, never the installed one.
# Wireshark started as root ignores WIRESHARK_PLUGIN_DIR, so as root this drops
# to an unprivileged user (nobody by default, TCPRA_TEST_USER to change it).
#
#   tests/lib/tshark-as-user.sh BUILD_DIR [tshark arguments...]
#
# BUILD_DIR/plugin-stage/<major.minor>/epan/tcpra.so is made by the build.
# TCPRA_PROGRAM runs another program of Wireshark's (sharkd) the same way.
# TCPRA_NO_PLUGIN=1 runs the same tshark with an empty plugin folder.
# TCPRA_TSHARK_WRAPPER (words) runs tshark under a tool, e.g. valgrind, as the
# same user as tshark, so that the tool's files belong to that user.
set -eu
build_dir=$(cd "$1" && pwd)
shift
stage="$build_dir/plugin-stage"
[ "${TCPRA_NO_PLUGIN:-0}" = 1 ] && stage="$build_dir/plugin-stage-empty" && mkdir -p "$stage"
home="$build_dir/test-home"
mkdir -p "$home"
if [ "$(id -u)" = 0 ]; then
    user="${TCPRA_TEST_USER:-nobody}"
    chown "$user" "$home" 2>/dev/null || true
    # shellcheck disable=SC2086 # the wrapper is words
    exec setpriv --reuid="$(id -u "$user")" --regid="$(id -g "$user")" --clear-groups \
        env HOME="$home" XDG_CONFIG_HOME="$home/.config" WIRESHARK_PLUGIN_DIR="$stage" \
        ${TCPRA_TSHARK_WRAPPER:-} "${TCPRA_PROGRAM:-tshark}" "$@"
fi
# shellcheck disable=SC2086 # the wrapper is words
exec env HOME="$home" XDG_CONFIG_HOME="$home/.config" WIRESHARK_PLUGIN_DIR="$stage" ${TCPRA_TSHARK_WRAPPER:-} "${TCPRA_PROGRAM:-tshark}" "$@"
