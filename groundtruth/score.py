#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Puts a classifier's verdicts beside the lab's labels.

    groundtruth/score.py --build BUILD_DIR [--classifier NAME] [--subset tune|held-out]
        [-o pref:value ...] [PATH ...]

PATH: a scenario folder (its sender, receiver and, when it has one,
middle captures with their labels), a folder of them, or one capture with its NAME.labels.tsv beside
it; default groundtruth/captures. --subset keeps the scenarios of that
subset in groundtruth/scenarios.tsv. Classifiers (classifiers.py): builtin,
tcpra, tcpra-cause. tshark runs with the plugin of BUILD_DIR
(tests/lib/tshark-as-user.sh); -o passes preferences to it.

Prints, per vantage point (the sender's capture, the receiver's, the
middle's) and for all of them: a confusion matrix of the lab's classes against the classifier's
cause, and the headline figures. Frames labelled "unknown" are left out
and counted. Frames without sequence space ("-": pure ACKs, probes) are
not retransmissions: one flagged as such is a false positive. A network
duplicate is not a retransmission either, whatever its original was: it
has a row of its own.

A retransmission that is the first packet of its connection in a capture
(a SYN whose first copy was lost before the capture point) has nothing
before it to be compared with: the figures are given twice, with every
retransmission and without these "traceless" ones.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

from classifiers import CLASSIFIERS

HERE = os.path.dirname(os.path.abspath(__file__))
WRAPPER = os.path.join(HERE, "..", "tests", "lib", "tshark-as-user.sh")
RETRANSMISSIONS = ("rto", "fast", "tlp", "syn")
ROWS = ("new", "rto", "fast", "tlp", "syn", "-", "network_duplicate")
COLUMNS = ("none",) + RETRANSMISSIONS
VANTAGES = ("sender", "receiver", "middle")
# Captures made before the lab had a tap in the middle of the path have none.
OPTIONAL_VANTAGES = ("middle",)


class ScoreError(Exception):
    pass


def find_pairs(paths):
    """[(vantage, capture, labels)] under the paths."""
    pairs = []
    for path in paths:
        if os.path.isfile(path):
            base = path[:-len(".gz")] if path.endswith(".gz") else path
            base = base[:-len(".pcap")] if base.endswith(".pcap") else base
            pairs.append((os.path.basename(base), path, base + ".labels.tsv"))
            continue
        if not os.path.isdir(path):
            raise ScoreError(f"{path}: no such file or folder")
        found = []
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                for vantage in VANTAGES:
                    if name in (f"{vantage}.pcap", f"{vantage}.pcap.gz"):
                        found.append((vantage, os.path.join(root, name),
                                      os.path.join(root, f"{vantage}.labels.tsv")))
        if not found:
            raise ScoreError(f"{path}: no lab captures (sender.pcap.gz, receiver.pcap.gz)")
        pairs += found
    for _, capture, labels in pairs:
        if not os.path.isfile(labels):
            raise ScoreError(f"{capture}: no labels ({labels})")
    return pairs


def read_labels(path):
    labels = {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.split()
            if len(parts) != 2 or not parts[0].isdigit() or parts[1].split("+")[0] not in ROWS[:-1] + ("unknown",):
                raise ScoreError(f"{path}:{n}: not a label line: {line.strip()}")
            labels[int(parts[0])] = parts[1]
    return labels


def verdicts(build, capture, classifier, prefs):
    """{frame: ({field: present}, first packet of its connection)} from tshark."""
    fields = ["frame.number", "tcp.stream", "tcp.flags.syn"] + classifier.fields()
    args = [WRAPPER, build, "-n", "-r", capture, "-T", "fields", "-E", "separator=/t"]
    if classifier.two_pass:
        args.append("-2")
    for pref in prefs:
        args += ["-o", pref]
    for field in fields:
        args += ["-e", field]
    proc = subprocess.run(args, capture_output=True, text=True)
    errors = [e for e in proc.stderr.splitlines() if e.strip() and not e.startswith("Running as user")]
    if proc.returncode != 0 or errors:
        raise ScoreError(f"tshark on {capture}: " + (" ".join(e.strip() for e in errors)[:300]
                                                     or f"exit status {proc.returncode}"))
    rows = {}
    connections = set()
    for line in proc.stdout.splitlines():
        values = line.split("\t")
        first = values[1] not in connections
        connections.add(values[1])
        rows[int(values[0])] = ({f: v not in ("", "0", "False") for f, v in zip(fields[2:], values[2:])}, first)
    return rows


def predicted(row, classifier):
    cause = next((c for f, c in classifier.cause if row.get(f)), None)
    if cause and classifier.syn_from_flags and row.get("tcp.flags.syn"):
        cause = "syn"

    def says(field):
        return bool(field and row.get(field))

    return cause, says(classifier.spurious), says(classifier.reordered), says(classifier.network_duplicate)


class Tally:
    def __init__(self):
        self.matrix = {r: {c: 0 for c in COLUMNS} for r in ROWS}
        self.frames = self.unknown = 0
        self.pairs = {k: [0, 0, 0] for k in ("retransmission", "spurious", "reordered", "network_duplicate")}
        self.cause_right = 0
        # Per true cause: [named right, all]; with every retransmission and
        # without the traceless ones.
        self.named = {c: [0, 0] for c in RETRANSMISSIONS}
        self.named_traced = {c: [0, 0] for c in RETRANSMISSIONS}
        self.traceless = self.traceless_detected = 0

    def add(self, label, verdict, traceless):
        self.frames += 1
        parts = label.split("+")
        if parts[0] == "unknown":
            self.unknown += 1
            return
        copy = "network_duplicate" in parts
        cause, spurious, reordered, duplicate = verdict
        row = "network_duplicate" if copy else parts[0]
        self.matrix[row][cause or "none"] += 1
        retransmitted = parts[0] in RETRANSMISSIONS and not copy
        self._count("retransmission", retransmitted, cause is not None)
        self._count("spurious", retransmitted and "spurious" in parts, spurious)
        self._count("reordered", "reordered" in parts, reordered)
        self._count("network_duplicate", copy, duplicate)
        if not retransmitted:
            return
        right = cause == parts[0]
        self.cause_right += right
        self.named[parts[0]][0] += right
        self.named[parts[0]][1] += 1
        if traceless:
            self.traceless += 1
            self.traceless_detected += cause is not None
        else:
            self.named_traced[parts[0]][0] += right
            self.named_traced[parts[0]][1] += 1

    def _count(self, name, truth, verdict):
        # [true positives, truly so, said so]
        p = self.pairs[name]
        p[0] += truth and verdict
        p[1] += truth
        p[2] += verdict

    def merge(self, other):
        for r in ROWS:
            for c in COLUMNS:
                self.matrix[r][c] += other.matrix[r][c]
        self.frames += other.frames
        self.unknown += other.unknown
        self.cause_right += other.cause_right
        self.traceless += other.traceless
        self.traceless_detected += other.traceless_detected
        for c in RETRANSMISSIONS:
            for mine, theirs in ((self.named, other.named), (self.named_traced, other.named_traced)):
                mine[c] = [a + b for a, b in zip(mine[c], theirs[c])]
        for k, v in other.pairs.items():
            self.pairs[k] = [a + b for a, b in zip(self.pairs[k], v)]


def tally_capture(capture, labels_path, rows, classifier):
    """The Tally of one capture's verdicts (verdicts()) against its labels."""
    labels = read_labels(labels_path)
    if set(labels) != set(rows):
        extra = sorted(set(labels) - set(rows))
        missing = sorted(set(rows) - set(labels))
        raise ScoreError(f"{labels_path}: " + (f"labels frame {extra[0]}, which {capture} does not have"
                                               if extra else f"no label for frame {missing[0]}"))
    tally = Tally()
    for number in sorted(rows):
        row, first = rows[number]
        tally.add(labels[number], predicted(row, classifier), first)
    return tally


def ratio(n, d):
    return f"{100 * n / d:6.2f} % ({n}/{d})" if d else "   n/a   (0/0)"


def report(name, t):
    out = [f"== {name}: {t.frames} frames, {t.unknown} unknown (left out)",
           "truth \\ verdict     " + "".join(f"{c:>8}" for c in COLUMNS)]
    for r in ROWS:
        out.append(f"{r:<20}" + "".join(f"{t.matrix[r][c]:>8}" for c in COLUMNS))
    for key, title in (("retransmission", "retransmission detection"), ("spurious", "spurious retransmission"),
                       ("reordered", "reordering"), ("network_duplicate", "network duplicate")):
        tp, truth, said = t.pairs[key]
        out.append(f"{title:<25} precision {ratio(tp, said)}  recall {ratio(tp, truth)}")
    tp, truth, _ = t.pairs["retransmission"]
    out.append(f"{'cause accuracy':<25} {ratio(t.cause_right, tp)} of the retransmissions detected")
    for title, named in (("named right", t.named), ("named right, traced", t.named_traced)):
        right = sum(n[0] for n in named.values())
        out.append(f"{title:<25} {ratio(right, sum(n[1] for n in named.values()))} of the true retransmissions")
        for c in RETRANSMISSIONS:
            out.append(f"  {c:<23} {ratio(*named[c])}")
    out.append(f"{'traceless':<25} {t.traceless} retransmissions first of their connection here, "
               f"{t.traceless_detected} detected; recall without them "
               f"{ratio(tp - t.traceless_detected, truth - t.traceless)}")
    return out


def scenario_names(subset):
    names = set()
    with open(os.path.join(HERE, "scenarios.tsv")) as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cols) > 1 and cols[1] == subset:
                names.add(cols[0])
    return names


def main():
    parser = argparse.ArgumentParser(description="Scores a classifier against the lab's labels.")
    parser.add_argument("--build", required=True)
    parser.add_argument("--classifier", default="builtin", choices=sorted(CLASSIFIERS))
    parser.add_argument("--subset", choices=("tune", "held-out"))
    parser.add_argument("-o", dest="prefs", action="append", default=[], metavar="PREF:VALUE")
    parser.add_argument("paths", nargs="*", default=[os.path.join(HERE, "captures")])
    args = parser.parse_args()
    classifier = CLASSIFIERS[args.classifier]
    try:
        pairs = find_pairs(args.paths)
        if args.subset:
            keep = scenario_names(args.subset)
            pairs = [p for p in pairs if os.path.basename(os.path.dirname(p[1])) in keep]
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            runs = list(pool.map(lambda p: verdicts(args.build, p[1], classifier, args.prefs), pairs))
        tallies = {v: Tally() for v in VANTAGES}
        for (vantage, capture, labels_path), rows in zip(pairs, runs):
            tallies.setdefault(vantage, Tally()).merge(tally_capture(capture, labels_path, rows, classifier))
    except (ScoreError, OSError) as e:
        sys.exit(f"score.py: error: {e}")
    scenarios = len({os.path.dirname(p[1]) for p in pairs})
    print(f"classifier: {args.classifier}, {classifier.description}; preferences: {' '.join(args.prefs) or 'defaults'}")
    print(f"captures: {len(pairs)} of {scenarios} scenarios; subset: {args.subset or 'all'}")
    every = Tally()
    for vantage, tally in tallies.items():
        if tally.frames:
            print("\n".join(report(vantage, tally)))
            every.merge(tally)
    print("\n".join(report("all", every)))


if __name__ == "__main__":
    main()
