# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by the shell checks: expect NAME TEXT PATTERN counts a check as
# passed when a line of TEXT matches the grep PATTERN, and prints it
# otherwise. The counts are in $passed and $failed.
passed=0 failed=0
expect() {
    if printf '%s\n' "$2" | grep -q -- "$3"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $1: no line matching '$3'"
    fi
}
