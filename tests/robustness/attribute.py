#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Finds, in sanitizer and memcheck logs, the reports that concern TCPRA.

    tests/robustness/attribute.py ROOT LOG...

A report is an AddressSanitizer or LeakSanitizer error (up to its SUMMARY
line), an UndefinedBehaviorSanitizer "runtime error" with the stack that
follows it, or a valgrind error (a block of "==PID==" lines with a stack).
It concerns TCPRA when one of its lines names a file under ROOT/src/ or
ROOT/plugin/, or tcpra.so. Prints those reports, then one line counting
them and the others (Wireshark's or glib's own); exit status 1 when any
concerns TCPRA.
"""

import os
import re
import sys

SANITIZER_START = re.compile(r"ERROR: (Address|Leak)Sanitizer|WARNING: AddressSanitizer|: runtime error: ")
VALGRIND = re.compile(r"^==\d+== (.*)$")


def sanitizer_reports(lines):
    """From a start line to the SUMMARY line (or to the next start)."""
    report = None
    for line in lines:
        if SANITIZER_START.search(line):
            if report:
                yield report
            report = [line]
        elif report is not None:
            report.append(line)
            if line.startswith("SUMMARY:"):
                yield report
                report = None
    if report:
        yield report


def valgrind_reports(lines):
    """Blocks of ==PID== lines that hold a stack ("at 0x...")."""
    block = []
    for line in lines + ["==0== "]:
        match = VALGRIND.match(line)
        if not match:
            continue
        if match.group(1).strip():
            block.append(line)
            continue
        if any(re.search(r"\s(at|by) 0x", entry) for entry in block):
            yield block
        block = []


def concerns_tcpra(report, markers):
    return any(marker in line for line in report for marker in markers)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    root = os.path.realpath(sys.argv[1])
    markers = [os.path.join(root, "src") + "/", os.path.join(root, "plugin") + "/", "tcpra.so"]
    ours = others = 0
    for path in sys.argv[2:]:
        with open(path, errors="replace") as f:
            lines = f.read().splitlines()
        for report in list(sanitizer_reports(lines)) + list(valgrind_reports(lines)):
            if concerns_tcpra(report, markers):
                ours += 1
                print(f"--- {path}")
                print("\n".join(report))
            else:
                others += 1
    print(f"reports concerning TCPRA: {ours}; others: {others}")
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main())
