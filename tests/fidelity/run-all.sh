#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the fidelity comparison (fidelity.py) on the project's captures (the
# bundled ones and the ground-truth lab's), on Wireshark's own TCP test
# captures (fetched into BUILD_DIR/wireshark-captures; a skip, with its
# reason, when none can be had) and on the shared real-world captures when
# they exist: $TCPRA_SHARED_DIR/captures (default ../shared/captures).
#
#   tests/fidelity/run-all.sh BUILD_DIR [fidelity.py options...]
set -u
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [fidelity.py options...]" >&2; exit 2; }
build=$(cd "$1" && pwd) || exit 2
shift
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.." || exit 2
status=0

compare() {
    echo "### $1"
    "$here/fidelity.py" --build "$build" "$@" || status=1
    echo
}

compare captures "$@"
# No captures to be had at all (exit 3) is a skip, said aloud; any other
# failure of the fetch is a failure.
fetched=0
"$here/fetch-wireshark-captures.sh" "$build/wireshark-captures" || fetched=$?
case $fetched in
0) compare "$build/wireshark-captures" "$@" ;;
3) echo "### SKIPPED Wireshark's test captures: none could be had (reason above)" ;;
*) echo "### Wireshark's test captures: the fetch failed"; status=1 ;;
esac
compare groundtruth/captures "$@"
shared="${TCPRA_SHARED_DIR:-../shared}/captures"
if [ -d "$shared" ]; then
    compare "$shared" "$@"
else
    echo "### SKIPPED $shared: no such folder"
fi
[ $status = 0 ] && echo "fidelity: all captures agree" || echo "fidelity: FAILED"
exit $status
