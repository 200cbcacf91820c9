#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks that TCPRA shows the same thing however a capture is dissected.

    tests/stability/stability.py --build BUILD_DIR [--against BUILD_DIR2]
        [--jobs N] [--quiet] CAPTURE_OR_DIR...

tshark (with the plugin of BUILD_DIR, through tests/lib/tshark-as-user.sh)
prints every TCPRA field of every frame, first with tcpra.classify_always
on (the reference: classified whatever is seen), then as it decides alone: each field that `tshark -G fields`
lists under the tcpra protocol, expert infos included, every occurrence. It
does so in single pass, in two passes (-2), and in two passes with a display
filter that refers to later frames (tcp.reassembled_in); every frame printed
must show exactly what the single pass shows, but for the fields of a cause
verdict that a later frame may settle (SETTLED_LATER: in a single pass the
frame is shown before the evidence is read), which the two two-pass runs
must show alike. Then every other way of looking at TCPRA (a filter, a
column, a statistic, sharkd's first pass; audiences.py) must see what the
single pass shows. With --against, the single
pass of a second build must show the same as well: a change of how the
verdicts are kept must not change what is shown.

Exit status 1 on any difference, or when tshark fails on a capture.
"""

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fidelity"))
sys.path.insert(0, HERE)
from fidelity import WRAPPER, find_captures, readable_by_others  # noqa: E402
import audiences  # noqa: E402

LATER_FRAMES_FILTER = "tcp.reassembled_in > frame.number || tcpra"
# A retransmission proved needless by a later D-SACK or echoed timestamp:
# its words, its spurious flag, the evidence frame, and the expert infos
# that carry its words.
SETTLED_LATER = {"tcpra.cause", "tcpra.cause.spurious", "tcpra.cause.evidence", "tcpra.expert.cause.rto",
                 "tcpra.expert.cause.fast", "tcpra.expert.cause.tlp", "tcpra.expert.cause.syn",
                 "tcpra.expert.cause.spurious"}
MAX_LINES = 10
# The reference: every pass classifies, whatever can be seen (the path every
# other run must agree with).
FULL_PATH = "tcpra.classify_always"


def tcpra_fields(build):
    """The abbreviations of every field of the tcpra protocol."""
    out = subprocess.run([WRAPPER, build, "-G", "fields"], capture_output=True, text=True, check=True).stdout
    fields = [cols[2] for cols in (line.split("\t") for line in out.splitlines())
              if len(cols) > 4 and cols[0] == "F" and cols[4] == "tcpra"]
    if not fields:
        sys.exit(f"no tcpra fields in `tshark -G fields` with {build}: is the plugin built?")
    return ["tcpra"] + fields


def frames(build, capture, fields, options):
    """{frame number: [field values]} as tshark prints them."""
    args = [WRAPPER, build] + options + ["-r", capture, "-T", "fields", "-E", "occurrence=a",
                                         "-E", "separator=/t", "-e", "frame.number"]
    for field in fields:
        args += ["-e", field]
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode < 0 or (proc.returncode and not proc.stdout):
        errors = [line for line in proc.stderr.splitlines() if not line.startswith("Running as user")]
        raise RuntimeError(f"tshark {' '.join(options)}: exit {proc.returncode}: {' '.join(errors)[:300]}")
    rows = {}
    for line in proc.stdout.splitlines():
        values = line.split("\t")
        rows[int(values[0])] = values[1:]
    return rows


def differences(label, fields, reference, rows, ignored=frozenset()):
    """Lines naming each frame of rows that differs from the reference, in
    the fields not ignored."""
    lines = []
    kept = [i for i, field in enumerate(fields) if field not in ignored]
    for number, values in rows.items():
        expected = reference.get(number)
        if expected is not None and [expected[i] for i in kept] == [values[i] for i in kept]:
            continue
        if expected is None:
            lines.append(f"  {label}: frame {number} is not in the single pass")
            continue
        changed = [f"{field}: {old!r} -> {new!r}" for field, old, new in zip(fields, expected, values)
                   if old != new and field not in ignored]
        lines.append(f"  {label}: frame {number}: " + "; ".join(changed))
    return lines


def check_capture(capture, args, fields):
    """(frames compared, lines describing differences and errors)."""
    with tempfile.TemporaryDirectory() as copy_dir:
        if os.geteuid() == 0 and not readable_by_others(capture):
            os.chmod(copy_dir, 0o755)
            capture = shutil.copy(capture, copy_dir)
            os.chmod(capture, 0o644)
        try:
            single = frames(args.build, capture, fields, ["-o", f"{FULL_PATH}:TRUE"])
            runs = [("every field printed", frames(args.build, capture, fields, [])),("two-pass", frames(args.build, capture, fields, ["-2"])),
                    ("two-pass filtered", frames(args.build, capture, fields,
                                                 ["-2", "-Y", LATER_FRAMES_FILTER]))]
            if args.against:
                runs.append((f"single pass of {args.against}", frames(args.against, capture, fields, [])))
            looking = audiences.check(args.build, capture, fields, single, runs[1][1])
        except RuntimeError as error:
            return 0, [f"  ERROR {error}"]
    lines = looking + differences(runs[0][0], fields, single, runs[0][1])
    lines += differences("two-pass", fields, single, runs[1][1], SETTLED_LATER)
    lines += differences("two-pass filtered", fields, runs[1][1], runs[2][1])
    for label, rows in runs[3:]:
        lines += differences(label, fields, single, rows)
    if len(runs[1][1]) != len(single):
        lines.append(f"  two-pass printed {len(runs[1][1])} frames, single pass {len(single)}")
    return len(single), lines


def main():
    parser = argparse.ArgumentParser(description="TCPRA's fields in single and two-pass dissection.")
    parser.add_argument("captures", nargs="+", metavar="CAPTURE_OR_DIR")
    parser.add_argument("--build", required=True, metavar="BUILD_DIR")
    parser.add_argument("--against", metavar="BUILD_DIR2", help="a second build whose output must be the same")
    parser.add_argument("--jobs", type=int, default=2, metavar="N")
    parser.add_argument("--quiet", action="store_true", help="name only the captures that differ")
    args = parser.parse_args()
    fields = tcpra_fields(args.build)
    captures = find_captures(args.captures)
    total = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for capture, (count, lines) in zip(captures, pool.map(lambda c: check_capture(c, args, fields),
                                                               captures)):
            total += count
            failed += bool(lines)
            if lines or not args.quiet:
                print(f"{'DIFFERS' if lines else 'same'}: {capture} ({count} frames)")
            for line in lines[:MAX_LINES]:
                print(line)
            if len(lines) > MAX_LINES:
                print(f"  ... and {len(lines) - MAX_LINES} more")
    print(f"stability: {len(captures)} captures, {total} frames, {len(fields)} fields, "
          f"{failed} captures differ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
