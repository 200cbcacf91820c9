#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The command line and the plugin, frame for frame, on one capture.

Reads the command line's TSV (tcpra --all -T tsv) and tshark's fields
(tshark -2 -T fields -E header=y -E aggregator='|' with frame.number,
tcpra.flow, tcpra.not_analysed, every boolean class and cause kind, and the
values compared below). Every frame both analyse must have the same classes,
cause kinds, cause words, evidence frames and reason; frames only one
analyses are counted, with why where it is known.

  compare_verdicts.py CLI_TSV TSHARK_TSV NAME
prints a line "counts<TAB>both<TAB>differ<TAB>only tshark<TAB>nested<TAB>only
the command line", the same in words, the differing frames (and exits 1 if any), and at
most five frames analysed by one side only.
"""
import csv
import sys

# tshark field -> the command line's column, compared as text.
VALUES = {
    "tcpra.cause": "cause",
    "tcpra.cause.original": "cause.original",
    "tcpra.cause.evidence": "cause.evidence",
    "tcpra.cause.settles": "cause.settles",
    "tcpra.reason": "reason",
    "tcpra.not_analysed": "not_analysed",
}


def read_tsv(path):
    csv.field_size_limit(1 << 20)
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def cli_frames(rows):
    frames = {}
    for row in rows:
        verdict = {"set": set(filter(None, row["flags"].split(",")))}
        verdict["set"] |= {"cause." + k for k in row["cause.kinds"].split(",") if k}
        for column in VALUES.values():
            verdict[column] = row[column]
        frames[int(row["frame"])] = verdict
    return frames


def is_true(value):
    return value not in ("", "0", "False", "FALSE")


def tshark_frames(rows):
    """Frames with one TCP layer analysed; frames with several are kept apart."""
    frames, nested = {}, set()
    booleans = [f for f in (rows[0].keys() if rows else []) if f not in VALUES and f not in ("frame.number", "tcpra.flow")]
    for row in rows:
        if not row["tcpra.flow"]:
            continue
        number = int(row["frame.number"])
        if "|" in row["tcpra.flow"]:
            nested.add(number)
            continue
        verdict = {"set": {f[len("tcpra."):] for f in booleans if is_true(row[f])}}
        for field, column in VALUES.items():
            verdict[column] = row[field]
        frames[number] = verdict
    return frames, nested


def main():
    cli_path, tshark_path, name = sys.argv[1:4]
    cli = cli_frames(read_tsv(cli_path))
    tshark, nested = tshark_frames(read_tsv(tshark_path))
    both = sorted(set(cli) & set(tshark))
    differing = [f for f in both if cli[f] != tshark[f]]
    only_cli = sorted(set(cli) - set(tshark) - nested)
    only_tshark = sorted(set(tshark) - set(cli))
    print(f"counts\t{len(both)}\t{len(differing)}\t{len(only_tshark)}\t{len(nested)}\t{len(only_cli)}")
    print(f"{name}: {len(both)} frames analysed by both, {len(both) - len(differing)} equal, "
          f"{len(differing)} differ; {len(only_tshark)} only tshark, {len(nested)} with nested TCP "
          f"layers (the command line reads the outer one), {len(only_cli)} only the command line")
    for f in differing[:10]:
        keys = sorted(k for k in cli[f] if cli[f][k] != tshark[f][k])
        for k in keys:
            print(f"  DIFFER frame {f} {k}: command line {cli[f][k]!r}, tshark {tshark[f][k]!r}")
    for side, frames in (("only tshark", only_tshark), ("only the command line", only_cli)):
        if frames:
            print(f"  {side}: frames {', '.join(map(str, frames[:5]))}{' ...' if len(frames) > 5 else ''}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
