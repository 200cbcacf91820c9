# SPDX-License-Identifier: GPL-2.0-or-later
"""Every way of looking at TCPRA must see what printing its fields shows.

TCPRA classifies nothing in a tshark pass where none of its fields, expert
infos, columns or statistics can be seen (plugin/audience.c). Each run here
sees TCPRA in one way only (a filter, a filter while loading, a column, the
expert column, a statistic, the GUI-like first pass of sharkd); if TCPRA
wrongly decided that nothing could be seen, the run would show nothing, and
it must instead show what the full path (every field printed) shows.
"""

import json
import os
import subprocess

WRAPPER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "tshark-as-user.sh")
FULL_PATH = ["-o", "tcpra.classify_always:TRUE"]  # classified whatever is seen
# sharkd shows values as columns; these are text fields, printed alike.
SHARKD_FIELDS = ["tcpra.flags", "tcpra.cause"]
# Fields printed alone: a pass naming only some fields computes only what
# they show (the cause analysis, the built-in's verdict, the reasons' words
# each only when named), and must print what the full path prints for them.
NAMED_ALONE = [["tcpra.flags"], ["tcpra.cause"], ["tcpra.cause.rto_estimate", "tcpra.cause.low_confidence"],
               ["tcpra.agree", "tcpra.mismatch"], ["tcpra.builtin"], ["tcpra.reason.since_highest"],
               ["tcpra.retransmission", "tcpra.duplicate_ack_num"]]


def run(build, args, program="tshark", stdin=None):
    env = dict(os.environ, TCPRA_PROGRAM=program)
    proc = subprocess.run([WRAPPER, build] + args, capture_output=True, text=True, input=stdin, env=env)
    # A capture cut short ends tshark's reading with exit 2 after what it
    # could read, whoever looks: that much is compared.
    if proc.returncode and not (proc.returncode == 2 and "cut short" in proc.stderr):
        errors = [line for line in proc.stderr.splitlines() if not line.startswith("Running as user")]
        raise RuntimeError(f"{program} {' '.join(args)}: exit {proc.returncode}: {' '.join(errors)[:300]}")
    return proc.stdout


def column_values(text):
    """{frame: value} from summary lines of two columns, number then value."""
    rows = {}
    for line in text.splitlines():
        number, _, value = line.strip().partition(" ")
        rows[int(number)] = value.strip()
    return rows


def field_rows(text):
    """{frame: [values]} from -T fields lines, frame number first."""
    return {int(values[0]): values[1:] for values in (line.split("\t") for line in text.splitlines() if line)}


def frame_numbers(text):
    return sorted(int(line.split()[0]) for line in text.splitlines() if line.strip())


def sharkd_columns(build, capture, fields):
    """{frame: [values]} as sharkd's columns show them after loading the
    capture (its first pass names no TCPRA field, as the GUI's)."""
    requests = [{"jsonrpc": "2.0", "id": 1, "method": "load", "params": {"file": capture}},
                {"jsonrpc": "2.0", "id": 2, "method": "frames",
                 "params": {f"column{i}": f"{field}:0" for i, field in enumerate(["frame.number"] + fields)}}]
    out = run(build, ["-"], program="sharkd", stdin="".join(json.dumps(r) + "\n" for r in requests))
    for line in out.splitlines():
        if line.startswith("{") and json.loads(line).get("id") == 2:
            return {int(f["c"][0]): f["c"][1:] for f in json.loads(line)["result"]}
    raise RuntimeError(f"sharkd: no frames in {out[:300]!r}")


def compare(label, expected, shown):
    if expected == shown:
        return []
    frames = sorted(set(expected) | set(shown)) if isinstance(expected, dict) else None
    if frames is None:
        return [f"  {label}: differs from the full path"]
    bad = [n for n in frames if expected.get(n) != shown.get(n)]
    return [f"  {label}: frame {n}: {expected.get(n)!r} -> {shown.get(n)!r}" for n in bad]


def check(build, capture, fields, single, two_pass):
    """Lines naming each way of looking that does not see what the single
    pass (single, two_pass: {frame: values of fields}) shows."""
    flags = fields.index("tcpra.flags")
    rtx = fields.index("tcpra.retransmission")
    with_rtx = sorted(n for n, values in single.items() if values[rtx])
    columns = 'gui.column.format:"No.","%m","F","%Cus:tcpra.flags"'
    expert_column = 'gui.column.format:"No.","%m","E","%a"'
    lines = compare("filter", with_rtx, frame_numbers(run(build, ["-n", "-r", capture, "-Y", "tcpra.retransmission"])))
    lines += compare("filter, -T fields of another field", with_rtx, frame_numbers(
        run(build, ["-n", "-r", capture, "-Y", "tcpra.retransmission", "-T", "fields", "-e", "frame.number"])))
    # A read filter drops the other frames before numbering: count them.
    lines += compare("filter while loading", len(with_rtx), len(frame_numbers(
        run(build, ["-n", "-2", "-r", capture, "-R", "tcpra.retransmission", "-T", "fields", "-e", "frame.number"]))))
    lines += compare("a TCPRA column only", {n: v[flags] for n, v in single.items()},
                     column_values(run(build, ["-n", "-r", capture, "-o", columns])))
    lines += compare("expert column", column_values(run(build, ["-n", "-r", capture, "-o", expert_column] + FULL_PATH)),
                     column_values(run(build, ["-n", "-r", capture, "-o", expert_column])))
    for stat in ("tcpra,tree", "expert"):
        full = run(build, ["-n", "-q", "-r", capture, "-z", stat] + FULL_PATH)
        lines += compare(f"-z {stat}", full, run(build, ["-n", "-q", "-r", capture, "-z", stat]))
    for alone in NAMED_ALONE:
        indexes = [fields.index(f) for f in alone]
        printed = run(build, ["-n", "-r", capture, "-T", "fields", "-E", "occurrence=a", "-E", "separator=/t",
                              "-e", "frame.number"] + [arg for f in alone for arg in ("-e", f)])
        lines += compare(f"-e {' -e '.join(alone)} alone", {n: [v[i] for i in indexes] for n, v in single.items()},
                         field_rows(printed))
    for field in ("tcpra.cause.rto", "tcpra.agree == 0", "tcpra.reason.dupack_threshold"):
        lines += compare(f"filter {field}, -T fields of another field",
                         frame_numbers(run(build, ["-n", "-r", capture, "-Y", field] + FULL_PATH)),
                         frame_numbers(run(build, ["-n", "-r", capture, "-Y", field, "-T", "fields",
                                                   "-e", "frame.number"])))
    shown = sharkd_columns(build, os.path.abspath(capture), SHARKD_FIELDS)
    indexes = [fields.index(f) for f in SHARKD_FIELDS]
    lines += compare("GUI-like first pass (sharkd)", {n: [v[i] for i in indexes] for n, v in two_pass.items()},
                     shown)
    return lines

