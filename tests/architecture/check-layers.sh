#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The core's layers, as docs/ARCHITECTURE.md draws them: common includes
# nothing of the others; the Wireshark-compatible analysis (compat) and the
# cause analysis (cause) include common and themselves, never each other;
# nothing in the core includes Wireshark or glib; the command line (cli/,
# beside src/) includes nothing of the plugin, Wireshark or glib. The build
# enforces the same with each library's include folders; this names the
# offending line.
#   tests/architecture/check-layers.sh SRC_DIR
set -eu
src=$1
status=0

headers_of() {
    (cd "$src/$1" && ls -- *.h)
}

# forbid FOLDER LAYER...: no file in FOLDER includes a header of LAYER.
forbid() {
    folder=$1
    shift
    for layer in "$@"; do
        for header in $(headers_of "$layer"); do
            if grep -n "#include \"$header\"" "$src/$folder"/*.c "$src/$folder"/*.h; then
                echo "FAIL: $folder/ includes $layer/$header"
                status=1
            fi
        done
    done
}

top_headers=$(cd "$src" && ls -- *.h)
forbid common compat cause
forbid compat cause
forbid cause compat
for folder in common compat cause; do
    for header in $top_headers; do
        if grep -n "#include \"$header\"" "$src/$folder"/*.c "$src/$folder"/*.h; then
            echo "FAIL: $folder/ includes the composer's $header"
            status=1
        fi
    done
done
if grep -rn -E '#include <(glib|wireshark|epan/|wsutil/)' "$src"; then
    echo "FAIL: the core includes Wireshark or glib"
    status=1
fi
cli="$src/../cli"
for header in $(cd "$src/../plugin" && ls -- *.h); do
    if grep -n "#include \"$header\"" "$cli"/*.c "$cli"/*.h; then
        echo "FAIL: cli/ includes plugin/$header"
        status=1
    fi
done
if grep -rn -E '#include <(glib|wireshark|epan/|wsutil/)' "$cli"; then
    echo "FAIL: the command line includes Wireshark or glib"
    status=1
fi
[ "$status" = 0 ] && echo "architecture: common < compat, cause < core < cli; no Wireshark in the core or the command line"
exit "$status"
