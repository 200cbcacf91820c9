#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Compares TCPRA's tcpra.* analysis with Wireshark's own tcp.analysis.*.

    tests/fidelity/fidelity.py --build BUILD_DIR [-o pref:value ...]
        [--explained FILE] [--json FILE] [--quiet] [--jobs N] CAPTURE_OR_DIR...

Each capture is read once by tshark with the plugin (tests/lib/tshark-as-user.sh).
A frame agrees when, for every class, both sides flag the same number of TCP
layers and the duplicate ACK numbers and frames and the RTO frames are equal.
Per class it prints the frames flagged by the built-in analysis, by TCPRA,
and by both alike ("both"), then the mismatching frames.
Frames listed in the explained file (capture path suffix, frame, reason) may
differ; an explained frame that agrees is stale. Exit status 1 unless every
frame agrees or is explained and no entry is stale.
A frame where TCPRA marks tcpra.header_truncated and the built-in shows
nothing is explained automatically: the built-in stops at the cut.
Only the classes the running Wireshark's built-in analysis has are compared
(4.0 has no partial_ack, 4.0 and 4.4 no ambiguous_ack); the others are named
once, as not compared.

--self-check compares plain tshark's tcp.analysis.* with itself: it must agree
everywhere and tests this tool without the plugin.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from wireshark_fields import known_fields  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
WRAPPER = os.path.join(HERE, "..", "lib", "tshark-as-user.sh")
DEFAULT_EXPLAINED = os.path.join(HERE, "explained.tsv")
CAPTURE_NAME = re.compile(r"\.(pcap|pcapng|cap|trace|ntar|erf|snoop)(\.\d+)?(\.gz)?$")
ALL_CLASSES = [
    "retransmission", "fast_retransmission", "spurious_retransmission",
    "out_of_order", "lost_segment", "ack_lost_segment", "duplicate_ack",
    "keep_alive", "keep_alive_ack", "zero_window", "zero_window_probe",
    "zero_window_probe_ack", "window_update", "window_full", "reused_ports",
    "partial_ack", "ambiguous_ack",
]
# The classes compared: those the running built-in analysis has (main()).
CLASSES = ALL_CLASSES
VALUES = ["duplicate_ack_num", "duplicate_ack_frame", "rto_frame"]
PERTURB_PREF = "tcp.fastrt_supersedes_ooo:FALSE"
MAX_MISMATCH_LINES = 20


def side_fields(prefix):
    """Field counted for each class and field read for each value."""
    fields = {name: f"{prefix}.{name}" for name in CLASSES + VALUES}
    if prefix == "tcp.analysis":
        # Both a field and an expert info: printed twice per TCP layer.
        fields["duplicate_ack"] = "tcp.analysis.duplicate_ack_num"
    return fields


def set_compared(classes):
    """Compare these classes: the fields read on each side follow."""
    global CLASSES, BUILTIN, TCPRA
    CLASSES = classes
    BUILTIN = side_fields("tcp.analysis")
    TCPRA = side_fields("tcpra")
    # Where the capture cut a TCP header, Wireshark stops dissecting it and
    # shows no analysis at all, while TCPRA still classifies the segment.
    TCPRA["header_truncated"] = "tcpra.header_truncated"


set_compared(ALL_CLASSES)
TRUNCATED_REASON = "header cut by the capture: the built-in shows no analysis"


def find_captures(paths):
    captures = []
    for path in paths:
        if not os.path.isdir(path):
            captures.append(path)
            continue
        found = []
        for root, dirs, files in os.walk(path):
            dirs.sort()
            found += [os.path.join(root, f) for f in sorted(files) if CAPTURE_NAME.search(f)]
        if not found:
            print(f"no captures in {path}")
        captures += found
    return captures


def load_explained(path):
    """{(suffix, frame): reason} from lines 'suffix<TAB>frame<TAB>reason'."""
    explained = {}
    with open(path) as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t", 2)
            if len(parts) != 3 or not parts[1].isdigit():
                sys.exit(f"{path}:{number}: expected capture-suffix<TAB>frame<TAB>reason")
            explained[(parts[0], int(parts[1]))] = parts[2]
    return explained


def explained_for(capture, explained):
    """{frame: reason} of the entries whose suffix ends the capture's path."""
    path = os.path.abspath(capture)
    return {frame: reason for (suffix, frame), reason in explained.items()
            if path == suffix or path.endswith("/" + suffix.lstrip("/"))}


def readable_by_others(path):
    path = os.path.abspath(path)
    if not os.stat(path).st_mode & stat.S_IROTH:
        return False
    while path != "/":
        path = os.path.dirname(path)
        if not os.stat(path).st_mode & stat.S_IXOTH:
            return False
    return True


def run_tshark(command, capture, prefs, sides):
    """One row per frame: {field: 'v1,v2,...'}; (rows, note) or raises RuntimeError."""
    fields = ["frame.number", "tcp.stream"]
    fields += sorted({field for side in sides for field in side.values()})
    args = command + ["-r", capture, "-T", "fields", "-E", "header=y",
                      "-E", "occurrence=a", "-E", "separator=/t"]
    for pref in prefs:
        args += ["-o", pref]
    for field in fields:
        args += ["-e", field]
    proc = subprocess.run(args, capture_output=True, text=True)
    errors = [line for line in proc.stderr.splitlines() if not line.startswith("Running as user")]
    lines = proc.stdout.splitlines()
    if proc.returncode < 0 or not lines:
        raise RuntimeError(f"tshark exit {proc.returncode}: " + " ".join(e.strip() for e in errors)[:300])
    note = f"tshark exit {proc.returncode}: {errors[0] if errors else ''}" if proc.returncode else ""
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]], note


def occurrences(row, field):
    value = row.get(field, "")
    return value.split(",") if value else []


def frame_view(row, side):
    """What one side says about a frame: {class: layers flagged, value: [..]}."""
    view = {name: len(occurrences(row, side[name])) for name in CLASSES}
    view = {name: count for name, count in view.items() if count}
    view.update({name: occurrences(row, side[name]) for name in VALUES if occurrences(row, side[name])})
    return view


def run_plain_tshark(capture, prefs):
    """Built-in fields only, from tshark with default preferences plus prefs."""
    with tempfile.TemporaryDirectory() as home:
        command = ["env", f"HOME={home}", f"XDG_CONFIG_HOME={home}", "tshark"]
        return run_tshark(command, capture, prefs, [BUILTIN])


def run_plugin_tshark(capture, args):
    """Built-in and TCPRA fields, from tshark run by the wrapper."""
    with tempfile.TemporaryDirectory() as copy_dir:
        if os.geteuid() == 0 and not readable_by_others(capture):
            os.chmod(copy_dir, 0o755)
            capture = shutil.copy(capture, copy_dir)
            os.chmod(capture, 0o644)
        return run_tshark([WRAPPER, args.build], capture, args.prefs, [BUILTIN, TCPRA])


def read_sides(capture, args):
    """(rows, note, the compared side's view of each row) for one capture."""
    if args.self_check_perturb:
        rows, note = run_plain_tshark(capture, args.prefs)
        perturbed, _ = run_plain_tshark(capture, args.prefs + [PERTURB_PREF])
        return rows, note, [frame_view(r, BUILTIN) for r in perturbed]
    if args.self_check:
        rows, note = run_plain_tshark(capture, args.prefs)
        return rows, note, [frame_view(r, BUILTIN) for r in rows]
    rows, note = run_plugin_tshark(capture, args)
    return rows, note, [frame_view(r, TCPRA) for r in rows]


def compare_capture(capture, args, explained):
    result = {"capture": capture, "frames": 0, "tcp_frames": 0, "agreeing": 0,
              "classes": {}, "mismatches": [], "explained": [], "stale": [], "note": "", "error": ""}
    try:
        rows, result["note"], others = read_sides(capture, args)
    except (RuntimeError, OSError) as error:
        result["error"] = str(error)
        return result
    reasons = explained_for(capture, explained)
    counts = {name: {"builtin": 0, "tcpra": 0, "both": 0} for name in CLASSES}
    for row, other in zip(rows, others):
        frame = int(row["frame.number"])
        builtin = frame_view(row, BUILTIN)
        for name in CLASSES:
            counts[name]["builtin"] += name in builtin
            counts[name]["tcpra"] += name in other
            counts[name]["both"] += name in builtin and builtin[name] == other.get(name)
        result["frames"] += 1
        result["tcp_frames"] += bool(row.get("tcp.stream"))
        if builtin == other:
            result["agreeing"] += 1
            if frame in reasons:
                result["stale"].append({"frame": frame, "reason": reasons[frame]})
            continue
        mismatch = {"frame": frame, "builtin": builtin, "tcpra": other}
        if frame in reasons:
            result["explained"].append(dict(mismatch, reason=reasons[frame]))
        elif not builtin and row.get(TCPRA["header_truncated"]):
            result["explained"].append(dict(mismatch, reason=TRUNCATED_REASON))
        else:
            result["mismatches"].append(mismatch)
    seen = {int(row["frame.number"]) for row in rows}
    result["stale"] += [{"frame": f, "reason": r} for f, r in sorted(reasons.items()) if f not in seen]
    result["classes"] = {name: c for name, c in counts.items() if c["builtin"] or c["tcpra"]}
    return result


def failed(result):
    return bool(result["error"] or result["mismatches"] or result["stale"])


def describe(view):
    words = [name if view[name] == 1 else f"{name}(x{view[name]})" for name in CLASSES if name in view]
    words += [f"{name}={','.join(view[name])}" for name in VALUES if name in view]
    return " ".join(words) or "-"


def mismatch_line(mismatch, labels):
    return (f"    frame {mismatch['frame']}: {labels[0]} [{describe(mismatch['builtin'])}]"
            f"  {labels[1]} [{describe(mismatch['tcpra'])}]")


def print_capture(result, labels):
    print(f"== {result['capture']}")
    if result["error"]:
        print(f"  ERROR {result['error']}")
        return
    if result["note"]:
        print(f"  note: {result['note']}")
    print(f"  {result['frames']} frames, {result['tcp_frames']} TCP frames")
    if result["classes"]:
        print(f"  {'class':<24}{labels[0]:>10}{labels[1]:>10}{'both':>8}")
    for name, c in result["classes"].items():
        print(f"  {name:<24}{c['builtin']:>10}{c['tcpra']:>10}{c['both']:>8}")
    mismatches = result["mismatches"]
    if mismatches:
        print(f"  {len(mismatches)} mismatching frames:")
        for mismatch in mismatches[:MAX_MISMATCH_LINES]:
            print(mismatch_line(mismatch, labels))
        if len(mismatches) > MAX_MISMATCH_LINES:
            print(f"    ... and {len(mismatches) - MAX_MISMATCH_LINES} more")
    if result["explained"]:
        print(f"  {len(result['explained'])} explained frames:")
        for mismatch in result["explained"]:
            print(mismatch_line(mismatch, labels) + f"  ({mismatch['reason']})")
    for entry in result["stale"]:
        print(f"  STALE explained entry, frame {entry['frame']} agrees or does not exist: {entry['reason']}")


def percent(part, whole):
    return f"{100.0 * part / whole:.2f}%" if whole else "-"


def print_table(results, quiet):
    shown = [r for r in results if failed(r) or not quiet]
    width = max([len(r["capture"]) for r in shown] + [len("capture")])
    print(f"{'capture':<{width}} {'frames':>8} {'agree':>8} {'mismatch':>8} {'explained':>9} {'stale':>5}")
    for r in shown:
        if r["error"]:
            print(f"{r['capture']:<{width}} ERROR")
            continue
        print(f"{r['capture']:<{width}} {r['frames']:>8} {percent(r['agreeing'], r['frames']):>8}"
              f" {len(r['mismatches']):>8} {len(r['explained']):>9} {len(r['stale']):>5}")
    frames = sum(r["frames"] for r in results)
    agreeing = sum(r["agreeing"] for r in results)
    print(f"{'total':<{width}} {frames:>8} {percent(agreeing, frames):>8}"
          f" {sum(len(r['mismatches']) for r in results):>8}"
          f" {sum(len(r['explained']) for r in results):>9}"
          f" {sum(len(r['stale']) for r in results):>5}"
          f"  ({len(results)} captures, {sum(bool(r['error']) for r in results)} errors)")


def parse_args():
    parser = argparse.ArgumentParser(description="Compare TCPRA's analysis with Wireshark's tcp.analysis.")
    parser.add_argument("captures", nargs="+", metavar="CAPTURE_OR_DIR")
    parser.add_argument("--build", metavar="BUILD_DIR", help="build folder holding plugin-stage/")
    parser.add_argument("-o", dest="prefs", action="append", default=[], metavar="PREF:VALUE",
                        help="tshark preference, passed on (repeatable)")
    parser.add_argument("--explained", default=DEFAULT_EXPLAINED, metavar="FILE", help="explained frames (TSV)")
    parser.add_argument("--json", metavar="FILE", help="write the per-capture results to this file")
    parser.add_argument("--quiet", action="store_true", help="print only failing captures and the total")
    parser.add_argument("--jobs", type=int, default=2, metavar="N", help="captures read in parallel (default 2)")
    parser.add_argument("--self-check", action="store_true",
                        help="compare plain tshark's tcp.analysis with itself (no plugin needed)")
    parser.add_argument("--self-check-perturb", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not (args.build or args.self_check or args.self_check_perturb):
        parser.error("--build is required unless --self-check")
    return args


def main():
    args = parse_args()
    explained = load_explained(args.explained)
    if args.self_check_perturb:
        labels = ("default", "perturbed")
    elif args.self_check:
        labels = ("built-in", "built-in")
    else:
        labels = ("built-in", "TCPRA")
    known = known_fields(["tshark"], "tcp.analysis.")
    set_compared([name for name in ALL_CLASSES if f"tcp.analysis.{name}" in known])
    if CLASSES != ALL_CLASSES:
        print("not compared, as this Wireshark's built-in analysis does not have them: " +
              ", ".join(name for name in ALL_CLASSES if name not in CLASSES))
    captures = find_captures(args.captures)
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for result in pool.map(lambda c: compare_capture(c, args, explained), captures):
            results.append(result)
            if not args.quiet or failed(result):
                print_capture(result, labels)
                sys.stdout.flush()
    print()
    print_table(results, args.quiet)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 1 if any(failed(r) for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
