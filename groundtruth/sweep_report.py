#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Scores every classifier on each draw of a randomized sweep (sweep.sh)
and reports per draw, in total, and on the worst tenth of the draws.

    groundtruth/sweep_report.py --build BUILD_DIR SWEEP_DIR

SWEEP_DIR is sweep.sh's: scenarios.tsv (the draws), status.tsv (each
draw's run: ok, or failed with why) and a folder per draw. Failed draws
are listed and left out. Writes SWEEP_DIR/figures.tsv (every draw,
vantage point and classifier: the counts behind each figure) and prints:

  - the totals over the draws, per vantage point (sender, receiver, and
    middle where the draws have it) and all, tcpra-cause beside the
    built-in analysis (and whether TCPRA's Wireshark-compatible flags equal
    the built-in's on every draw);
  - the same totals per sender stack (linux, lwip: the scenario's last
    column), with each classifier's confusion matrix over every capture point
    and its precision and recall per cause;
  - the worst decile: for retransmission precision and for the cause
    named right, each classifier's own worst tenth of the draws (of those
    where the figure counts at least --min-count frames, 5 by default: one
    frame is no figure), its figure pooled over them and the lowest; and
    tcpra-cause's worst draws with the built-in's figure on the same draw;
  - the draws where tcpra-cause is less precise than the built-in, and
    those where it names fewer causes right;
  - a table per draw.

Retransmissions with nothing before them in the capture ("traceless",
score.py) are left out of recall and cause figures and counted apart;
precision counts every frame.
"""

import argparse
import concurrent.futures
import math
import os
import sys

from classifiers import CLASSIFIERS
from score import OPTIONAL_VANTAGES, RETRANSMISSIONS, VANTAGES, ScoreError, Tally, report, tally_capture, verdicts

SHOWN = ("tcpra-cause", "builtin")
ALL_VANTAGES = VANTAGES + ("all",)


def read_status(sweep):
    """[(draw, status, seconds, why)] in sweep order."""
    found = []
    with open(os.path.join(sweep, "status.tsv")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            draw, status, secs, why = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
            found.append((draw, status, secs, why))
    return found


def read_scenarios(sweep):
    with open(os.path.join(sweep, "scenarios.tsv")) as f:
        return {line.split("\t", 1)[0]: line.rstrip("\n") for line in f if not line.startswith("#")}


def score_draws(build, sweep, draws):
    """{(draw, vantage, classifier): Tally}, "all" (every capture point) included."""
    jobs = [(draw, vantage, name) for draw in draws for vantage in VANTAGES for name in CLASSIFIERS]

    def run(job):
        draw, vantage, name = job
        capture = os.path.join(sweep, draw, f"{vantage}.pcap.gz")
        labels = os.path.join(sweep, draw, f"{vantage}.labels.tsv")
        if vantage in OPTIONAL_VANTAGES and not os.path.isfile(capture):
            return Tally()
        if not os.path.isfile(labels):
            raise ScoreError(f"{capture}: no labels ({labels})")
        return tally_capture(capture, labels, verdicts(build, capture, CLASSIFIERS[name], []), CLASSIFIERS[name])

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        tallies = dict(zip(jobs, pool.map(run, jobs)))
    for draw in draws:
        for name in CLASSIFIERS:
            every = tallies[(draw, "all", name)] = Tally()
            for vantage in VANTAGES:
                every.merge(tallies[(draw, vantage, name)])
    return tallies


def figures(t):
    """{figure: (numerator, denominator)} of one Tally."""
    tp, truth, said = t.pairs["retransmission"]
    traced = {c: t.named_traced[c] for c in RETRANSMISSIONS}
    out = {
        "precision": (tp, said),
        "recall": (tp - t.traceless_detected, truth - t.traceless),
        "named right": (sum(n[0] for n in traced.values()), sum(n[1] for n in traced.values())),
    }
    for c in RETRANSMISSIONS:
        out[f"{c} named right"] = tuple(traced[c])
    for key, title in (("spurious", "spurious"), ("reordered", "reordering"), ("network_duplicate", "duplicate")):
        k_tp, k_truth, k_said = t.pairs[key]
        out[f"{title} precision"] = (k_tp, k_said)
        out[f"{title} recall"] = (k_tp, k_truth)
    named_traceless = sum(t.named[c][0] - t.named_traced[c][0] for c in RETRANSMISSIONS)
    out["traceless detected"] = (t.traceless_detected, t.traceless)
    out["traceless named right"] = (named_traceless, t.traceless)
    return out


def what(scenarios, draw):
    """A draw's stack, paths and traffic, on one line."""
    return "  ".join(scenarios.get(draw, "").split("\t")[3:7])


def pct(n, d):
    return f"{100 * n / d:.2f} % ({n}/{d})" if d else "n/a (0/0)"


def short(n, d):
    return f"{100 * n / d:.1f}" if d else "-"


def value(fig):
    n, d = fig
    return n / d if d else None


def pooled(tallies, draws, vantage, name):
    t = Tally()
    for draw in draws:
        t.merge(tallies[(draw, vantage, name)])
    return t


def totals_table(tallies, draws):
    out = ["| figure | " + " | ".join(f"{v}: {c}" for v in ALL_VANTAGES for c in SHOWN) + " |",
           "|---" * (1 + len(ALL_VANTAGES) * len(SHOWN)) + "|"]
    figs = {(v, c): figures(pooled(tallies, draws, v, c)) for v in ALL_VANTAGES for c in SHOWN}
    for key in figs[("all", SHOWN[0])]:
        out.append(f"| {key} | " + " | ".join(pct(*figs[(v, c)][key]) for v in ALL_VANTAGES for c in SHOWN) + " |")
    return out


def sender_stack(scenarios, draw):
    """The stack that sent the draw's data: linux unless the line names one."""
    cols = scenarios.get(draw, "").split("\t")
    return cols[8] if len(cols) > 8 else "linux"


def per_cause(t):
    """Per cause, of the frames not left out: precision (of the frames the
    classifier gives that cause) and recall (of the frames truly so)."""
    out = []
    for c in RETRANSMISSIONS:
        said = sum(t.matrix[r][c] for r in t.matrix)
        truth = sum(t.matrix[c].values())
        out.append(f"  {c:<5} precision {pct(t.matrix[c][c], said):<24} recall {pct(t.matrix[c][c], truth)}")
    return out


def per_stack(tallies, draws, scenarios):
    out = []
    for stack in sorted({sender_stack(scenarios, d) for d in draws}):
        mine = [d for d in draws if sender_stack(scenarios, d) == stack]
        out += ["", f"Sender stack {stack}: totals over {len(mine)} draws ({', '.join(mine)})"]
        out += totals_table(tallies, mine)
        for name in SHOWN:
            t = pooled(tallies, mine, "all", name)
            out += [""] + report(f"sender stack {stack}, every capture point, {name}", t) + per_cause(t)
    return out


def worst_decile(tallies, draws, scenarios, min_count):
    out = []
    for metric in ("precision", "named right"):
        out += ["", f"Worst decile by {metric} (each classifier's own worst tenth of the draws with at least "
                    f"{min_count} frames to count)",
                "| vantage | " + " | ".join(f"{c}: draws | {c}: lowest | {c}: pooled" for c in SHOWN) + " |",
                "|---" * (1 + 3 * len(SHOWN)) + "|"]
        worst_of_cause = {}
        for vantage in ALL_VANTAGES:
            cells = []
            for name in SHOWN:
                ranked = sorted((value(figures(tallies[(d, vantage, name)])[metric]), d) for d in draws
                                if figures(tallies[(d, vantage, name)])[metric][1] >= max(1, min_count))
                worst = [d for _, d in ranked[:math.ceil(len(ranked) / 10)]]
                if name == SHOWN[0]:
                    worst_of_cause[vantage] = worst
                lowest = figures(tallies[(worst[0], vantage, name)])[metric] if worst else (0, 0)
                cells += [f"{len(worst)} of {len(ranked)}", pct(*lowest),
                          pct(*figures(pooled(tallies, worst, vantage, name))[metric])]
            out.append(f"| {vantage} | " + " | ".join(cells) + " |")
        out += ["", f"{SHOWN[0]}'s worst decile by {metric}, the built-in's figure on the same draw:"]
        for vantage in ALL_VANTAGES:
            for draw in worst_of_cause[vantage]:
                mine, theirs = (figures(tallies[(draw, vantage, c)])[metric] for c in SHOWN)
                out.append(f"  {vantage:<8} {draw:<11} {SHOWN[0]} {pct(*mine):<22} builtin {pct(*theirs):<22} "
                           f"{what(scenarios, draw)}")
    return out


def worse_than_builtin(tallies, draws, scenarios, metric, words):
    out = ["", f"Draws where {SHOWN[0]} {words} than the built-in (per vantage point):"]
    found = 0
    for draw in draws:
        for vantage in VANTAGES:
            mine, theirs = (figures(tallies[(draw, vantage, c)])[metric] for c in SHOWN)
            if value(mine) is not None and value(theirs) is not None and value(mine) < value(theirs):
                found += 1
                out.append(f"  {draw:<11} {vantage:<8} {SHOWN[0]} {pct(*mine):<22} builtin {pct(*theirs):<22} "
                           f"{what(scenarios, draw)}")
    if not found:
        out.append("  none")
    return out


PER_DRAW = ("precision", "recall", "named right", "rto named right", "fast named right", "tlp named right",
            "syn named right", "reordering precision", "reordering recall", "duplicate precision",
            "duplicate recall")


def per_draw_table(tallies, draws):
    heads = ("P", "R", "named", "rto", "fast", "tlp", "syn", "reoP", "reoR", "dupP", "dupR")
    out = ["", "Per draw, % (cause figures of the true retransmissions, traceless left out; -: nothing to count)",
           f"{'draw':<11} {'vantage':<8} {'classifier':<12}" + "".join(f"{h:>7}" for h in heads) + "  traceless"]
    for draw in draws:
        for vantage in ALL_VANTAGES:
            for name in SHOWN:
                f = figures(tallies[(draw, vantage, name)])
                out.append(f"{draw:<11} {vantage:<8} {name:<12}" + "".join(f"{short(*f[k]):>7}" for k in PER_DRAW)
                           + f"  {f['traceless detected'][1]}")
    return out


def write_tsv(path, tallies, draws):
    keys = list(figures(Tally()))
    with open(path, "w") as f:
        f.write("# draw\tvantage\tclassifier\t" + "\t".join(keys) + "\t(numerator/denominator)\n")
        for draw in draws:
            for vantage in ALL_VANTAGES:
                for name in CLASSIFIERS:
                    fig = figures(tallies[(draw, vantage, name)])
                    f.write(f"{draw}\t{vantage}\t{name}\t" + "\t".join(f"{n}/{d}" for n, d in fig.values()) + "\n")


def main():
    parser = argparse.ArgumentParser(description="Scores a randomized sweep of the lab.")
    parser.add_argument("--build", required=True)
    parser.add_argument("--min-count", type=int, default=5,
                        help="frames a draw's figure counts at least to be ranked in the worst decile (5)")
    parser.add_argument("sweep")
    args = parser.parse_args()
    try:
        status = read_status(args.sweep)
        scenarios = read_scenarios(args.sweep)
        draws = [d for d, s, _, _ in status if s == "ok"]
        if not draws:
            raise ScoreError(f"{args.sweep}: no draw passed the lab's invariants")
        tallies = score_draws(args.build, args.sweep, draws)
        write_tsv(os.path.join(args.sweep, "figures.tsv"), tallies, draws)
    except (ScoreError, OSError) as e:
        sys.exit(f"sweep_report.py: error: {e}")
    failed = [(d, s, why) for d, s, _, why in status if s != "ok"]
    out = [f"sweep: {args.sweep}: {len(status)} draws, {len(draws)} scored, {len(failed)} left out",
           f"classifiers: {', '.join(CLASSIFIERS)}"]
    for draw, s, why in failed:
        out.append(f"  left out: {draw}: {s}: {why}")
    differ = [(d, v) for d in draws for v in ALL_VANTAGES
              if figures(tallies[(d, v, "tcpra")]) != figures(tallies[(d, v, "builtin")])]
    out.append("tcpra (Wireshark-compatible flags) scores as the built-in on every draw" if not differ else
               "tcpra differs from the built-in on: " + ", ".join(f"{d} {v}" for d, v in differ))
    out += ["", f"Totals over {len(draws)} draws"] + totals_table(tallies, draws)
    out += per_stack(tallies, draws, scenarios)
    out += worst_decile(tallies, draws, scenarios, args.min_count)
    out += worse_than_builtin(tallies, draws, scenarios, "precision", "is less precise")
    out += worse_than_builtin(tallies, draws, scenarios, "named right", "names fewer causes right")
    out += per_draw_table(tallies, draws)
    print("\n".join(out))


if __name__ == "__main__":
    main()
