#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Every number of `tshark -q -z tcpra,tree`, recomputed independently.

Usage: tests/stats/check-stats.py --build BUILD_DIR CAPTURE...

For each capture the statistics tree printed by tshark is compared, node by
node, with counts computed here from the same capture's packet fields
(`-T json`: IP addresses, TCP ports, flags and lengths from the IP and TCP
dissectors; TCPRA's classes and connection numbers). It also checks that
tcpra.builtin names exactly the built-in tcp.analysis.* classes of each
frame with one TCP layer. Ends with "N passed, N failed" (one check per
capture) and exits 1 on any difference.
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from wireshark_fields import known_fields  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
WRAPPER = os.path.join(HERE, "..", "lib", "tshark-as-user.sh")

# name in filters, title in the tree; in TCPRA's order
CLASSES = [
    ("retransmission", "Retransmission"),
    ("fast_retransmission", "Fast retransmission"),
    ("spurious_retransmission", "Spurious retransmission"),
    ("out_of_order", "Out-of-order"),
    ("lost_segment", "Previous segment not captured"),
    ("ack_lost_segment", "ACKed unseen segment"),
    ("duplicate_ack", "Duplicate ACK"),
    ("keep_alive", "Keep-alive"),
    ("keep_alive_ack", "Keep-alive ACK"),
    ("zero_window", "Zero window"),
    ("zero_window_probe", "Zero-window probe"),
    ("zero_window_probe_ack", "Zero-window probe ACK"),
    ("window_update", "Window update"),
    ("window_full", "Window full"),
    ("reused_ports", "Ports reused"),
    ("partial_ack", "Partial ACK"),
    ("ambiguous_ack", "Ambiguous ACK"),
]
TITLE = dict(CLASSES)
PRIMARY_FIRST = ["spurious_retransmission", "fast_retransmission", "retransmission", "out_of_order"]
# The cause fields, in the order they name a segment's cause, and their titles.
CAUSES = [("network_duplicate", "Network duplicate"), ("reordered", "Reordered"), ("rto", "RTO"),
          ("fast", "Loss recovery"), ("tlp", "Tail-loss probe"), ("syn", "SYN")]
TRIGGERS = ("rto", "fast", "tlp", "syn")
SYN, RST, ACK = 0x002, 0x004, 0x010


def tshark(build, *args):
    proc = subprocess.run([WRAPPER, build, *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"tshark {' '.join(args)}: {proc.stderr.strip()[:300]}")
    return proc.stdout


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def primary(classes):
    for name in PRIMARY_FIRST + [name for name, _ in CLASSES]:
        if name in classes:
            return TITLE[name]
    return "none"


def endpoint(addr, port):
    return f"[{addr}]:{port}" if ":" in addr else f"{addr}:{port}"


def tcp_layers(layers):
    """(src, dst, tcp fields, tcpra fields) for each TCP layer TCPRA analysed."""
    tcps = as_list(layers.get("tcp"))
    tcpras = as_list(layers.get("tcpra"))
    ips = as_list(layers.get("ip")) or as_list(layers.get("ipv6"))
    ips = ips[len(ips) - len(tcps):] if len(ips) >= len(tcps) else []
    for ip, tcp, tcpra in zip(ips, tcps, tcpras):
        if "tcpra.not_analysed" in tcpra or "tcp.len" not in tcp:
            continue
        src = ip.get("ip.src") or ip.get("ipv6.src")
        dst = ip.get("ip.dst") or ip.get("ipv6.dst")
        yield src, dst, tcp, tcpra


def class_set(tcpra):
    return {name for name, _ in CLASSES if f"tcpra.{name}" in tcpra}


def cause_of(tcpra):
    """(title, is a retransmission, spurious, backoff, why of low confidence)
    of the cause fields, which the verdict's subtree holds."""
    tcpra = {**tcpra, **tcpra.get("tcpra.cause_tree", {})}
    for name, title in CAUSES:
        if f"tcpra.cause.{name}" in tcpra:
            return (title, name in TRIGGERS, "tcpra.cause.spurious" in tcpra, tcpra.get("tcpra.cause.backoff"),
                    tcpra.get("tcpra.cause.low_confidence"))
    return "none", False, False, None, None


def builtin_set(tcpra):
    text = tcpra.get("tcpra.builtin", "none")
    by_title = {title: name for name, title in CLASSES}
    return set() if text == "none" else {by_title[t] for t in text.split(", ")}


class Expected:
    def __init__(self):
        self.counts = collections.Counter()
        self.flows = {}          # flow -> (first src endpoint, first dst endpoint)
        self.attempts = {}       # flow -> (initiator endpoint, server, ended)

    def add(self, path, by=1):
        self.counts[path] += by

    def classes(self, root, classes):
        self.add((root, "Segments"))
        for name in classes:
            self.add((root, "Segments", TITLE[name]))

    def traffic(self, base, suffix, length, flags, classes, cause):
        if length > 0:
            data = base + (f"Data segments{suffix}",)
            self.add(data)
            title, resent, spurious, _, _ = cause
            if resent:
                self.add(data + ("Resent, by cause",))
                self.add(data + ("Resent, by cause", title))
                if spurious:
                    self.add(data + ("Resent, by cause", "Spurious"))
            if "retransmission" in classes:
                self.add(data + ("Retransmitted",))
                kind = ("Fast retransmissions" if "fast_retransmission" in classes else
                        "Spurious retransmissions" if "spurious_retransmission" in classes else
                        "Other retransmissions")
                self.add(data + ("Retransmitted", kind))
            if "out_of_order" in classes:
                self.add(data + ("Out-of-order",))
        if "duplicate_ack" in classes:
            self.add(base + (f"Duplicate ACKs{suffix}",))
        if flags & RST:
            self.add(base + (f"RSTs{suffix}",))

    def causes(self, cause):
        title, resent, spurious, backoff, doubt = cause
        if doubt:
            self.add(("Causes", "Low confidence"))
            self.add(("Causes", "Low confidence", doubt))
        if resent:
            node = ("Causes", "Retransmissions", title)
            self.add(node[:2])
            self.add(node)
            if spurious:
                self.add(node + ("Spurious",))
            if title == "RTO":
                self.add(node + (f"Backoff {backoff}",))
        elif title != "none":
            self.add(("Causes", title))

    def attempt(self, flow, src_ep, dst_ep, flags, classes):
        state = self.attempts.get(flow)
        pure_syn = flags & (SYN | ACK) == SYN
        if state is None and pure_syn:
            self.attempts[flow] = (src_ep, dst_ep, False)
            node = ("Connection attempts", dst_ep)
            self.add(node)
            for child in ("Answered", "Refused (RST)", "Never answered"):
                self.add(node + (child,), 0)
            self.add(node + ("Never answered",))
        elif state and not state[2] and src_ep != state[0] and (flags & SYN and flags & ACK or flags & RST):
            node = ("Connection attempts", state[1])
            self.attempts[flow] = (state[0], state[1], True)
            self.add(node + ("Never answered",), -1)
            self.add(node + ("Answered" if flags & SYN else "Refused (RST)",))
        if pure_syn and "retransmission" in classes:
            self.add(("Connection attempts", dst_ep, "SYN retransmissions"))

    def segment(self, src, dst, tcp, tcpra):
        flow = int(tcpra["tcpra.flow"])
        flags = int(tcp["tcp.flags"], 16)
        length = int(tcp["tcp.len"])
        src_ep = endpoint(src, tcp["tcp.srcport"])
        dst_ep = endpoint(dst, tcp["tcp.dstport"])
        classes = class_set(tcpra)
        cause = cause_of(tcpra)
        self.flows.setdefault(flow, (src_ep, dst_ep))
        self.classes("TCPRA classes", classes)
        self.causes(cause)
        if "tcpra.builtin" in tcpra:
            builtin = builtin_set(tcpra)
            self.classes("Built-in classes", builtin)
            row = ("Built-in vs TCPRA", f"built-in: {primary(builtin)}")
            self.add(row)
            self.add(row + (f"TCPRA: {primary(classes)}",))
            row = ("Built-in vs cause", f"built-in: {primary(builtin)}")
            self.add(row)
            self.add(row + (cause[0],))
        self.add(("Hosts", src))
        self.add(("Hosts", dst), 0)
        self.traffic(("Hosts", src), " sent", length, flags, classes, cause)
        if flags & RST:
            self.add(("Hosts", dst, "RSTs received"))
        first_src, first_dst = self.flows[flow]
        conversation = ("Conversations", f"{first_src} <-> {first_dst}")
        self.add(conversation)
        self.traffic(conversation, "", length, flags, classes, cause)
        self.attempt(flow, src_ep, dst_ep, flags, classes)


def parse_tree(text):
    """{(node, child, ...): count} from tshark's stats_tree output."""
    counts, stack, count_at = {}, [], None
    for line in text.splitlines():
        if line.startswith("Topic / Item"):
            count_at = line.index("Count")
            continue
        if count_at is None or not line.strip() or line.startswith("-") or line.startswith("="):
            continue
        name = line[:count_at].rstrip()
        depth = len(name) - len(name.lstrip(" "))
        stack[depth:] = [name.strip()]
        counts[tuple(stack)] = int(line[count_at:].split()[0])
    return counts


def builtin_per_frame(build, capture, names):
    """{frame: set of built-in classes} for frames with one TCP layer, of the
    classes named (those this Wireshark has)."""
    fields = ["-e", "frame.number", "-e", "tcp.srcport"]
    for name in names:
        fields += ["-e", f"tcp.analysis.{name}"]
    out = tshark(build, "-r", capture, "-T", "fields", "-E", "occurrence=a", *fields)
    frames = {}
    for line in out.splitlines():
        cols = line.split("\t")
        if len(cols[1].split(",")) == 1:
            frames[int(cols[0])] = {name for name, v in zip(names, cols[2:]) if v}
    return frames


def check(build, capture, builtin_names):
    problems = []
    got = parse_tree(tshark(build, "-r", capture, "-q", "-z", "tcpra,tree"))
    packets = json.loads(tshark(build, "-r", capture, "-T", "json", "--no-duplicate-keys",
                                "-J", "frame ip ipv6 tcp tcpra") or "[]")
    builtin = builtin_per_frame(build, capture, builtin_names)
    expected = Expected()
    for packet in packets:
        layers = packet["_source"]["layers"]
        frame = int(layers["frame"]["frame.number"])
        analysed = list(tcp_layers(layers))
        for src, dst, tcp, tcpra in analysed:
            expected.segment(src, dst, tcp, tcpra)
        if len(analysed) == 1 and frame in builtin and "tcpra.builtin" in analysed[0][3]:
            if builtin_set(analysed[0][3]) != builtin[frame]:
                problems.append(f"frame {frame}: tcpra.builtin {sorted(builtin_set(analysed[0][3]))}"
                                f" but tcp.analysis.* {sorted(builtin[frame])}")
    roots = {("TCPRA classes",), ("Built-in classes",), ("Built-in vs TCPRA",), ("Hosts",),
             ("Conversations",), ("Connection attempts",), ("Causes",), ("Built-in vs cause",)}
    for path in sorted(set(got) | set(expected.counts)):
        if path in roots:
            continue
        if got.get(path) != expected.counts.get(path):
            problems.append(f"{' / '.join(path)}: tshark {got.get(path)}, expected {expected.counts.get(path)}")
    return problems


def readable_copy(capture, folder):
    """The capture, or a copy the unprivileged tshark can read when run as root."""
    if os.geteuid() != 0:
        return capture
    probe = subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                            "test", "-r", os.path.abspath(capture)])
    if probe.returncode == 0:
        return capture
    copy = shutil.copy(capture, folder)
    os.chmod(copy, 0o644)
    return copy


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True)
    parser.add_argument("captures", nargs="+")
    args = parser.parse_args()
    passed = failed = 0
    known = known_fields(["tshark"], "tcp.analysis.")
    builtin_names = [name for name, _ in CLASSES if f"tcp.analysis.{name}" in known]
    folder = tempfile.mkdtemp()
    os.chmod(folder, 0o755)
    for capture in args.captures:
        try:
            problems = check(args.build, readable_copy(capture, folder), builtin_names)
        except RuntimeError as error:
            problems = [str(error)]
        if problems:
            failed += 1
            print(f"FAIL {capture}:")
            for problem in problems[:20]:
                print(f"  {problem}")
            if len(problems) > 20:
                print(f"  ... and {len(problems) - 20} more")
        else:
            passed += 1
    shutil.rmtree(folder)
    print(f"statistics: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
