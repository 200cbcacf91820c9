#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Labels every frame of a lab scenario's captures with what happened,
from the kernel's retransmission events and the path's record of fates,
and checks that these accounts agree.

    groundtruth/label.py SCENARIO_DIR

Writes SCENARIO_DIR/sender.labels.tsv and receiver.labels.tsv, and
middle.labels.tsv when the scenario has a middle capture: per frame, its
number and its label, a class with modifiers joined by "+":

  new      first transmission of its sequence numbers (data, SYN or FIN)
  rto      retransmitted by the retransmission timer (congestion state Loss)
  fast     retransmitted in fast recovery (duplicate ACKs, SACK, RACK)
  tlp      a tail loss probe that resent data
  syn      a retransmitted SYN or SYN-ACK
  -        no sequence space: a pure ACK, window probe or keep-alive
  unknown  the lab cannot tell (never guessed)

The kernel's events name the causes of its own retransmissions; with the
lwIP sender (lwip-retransmissions.txt present), lwIP's account names those
of host A, its classes the same.

  +spurious           a retransmission whose every byte an earlier copy had
                      already carried to the receiver (whether it arrived
                      before or after this one)
  +reordered          (frames seen on their way: at the receiver, and both
                      directions in the middle) a first transmission
                      arriving after data its sender sent later
  +network_duplicate  (frames seen on their way) the path's second copy of
                      a frame

A frame seen on its way carries its sender's class: a fast retransmission
is "fast" in every capture. Exit status 1 if an invariant fails:
  - every kernel retransmission that reached the wire (err 0) is exactly one
    frame of the sender's capture, in order, per connection direction;
  - every frame the path dropped is absent from the other capture, and every
    frame there (and in the middle) came from one forwarded or duplicated
    frame with the same TCP header;
  - the path's socket lost nothing (the forwarder's own exit status);
  - at most 0.5 % of the frames of each capture are unknown.
"""

import os
import sys

from intervals import Intervals
from kernel_events import read_retransmissions
from lab_pcap import read_frames
import lwip_events

HOST_A = ("10.77.0.1", "fd77::1")
MAX_UNKNOWN = 0.005
# The capture stamps a frame when it reaches the forwarder's interface,
# during the sender's transmission, just before the kernel records the
# event (tcp:tcp_retransmit_skb fires once the frame is sent): the two are
# microseconds apart, more when the sender is interrupted in between.
MAX_FRAME_BEFORE_EVENT_NS = 20_000_000
MAX_EVENT_BEFORE_FRAME_NS = 100_000_000


class Invariants:
    def __init__(self):
        self.failures = []

    def check(self, ok, message):
        if not ok:
            self.failures.append(message)


def read_fates(path):
    """{(in_side, in_frame): [(fate, out_frame or None)]} and the clock offset
    (fates.tsv's; 0 for middle-fates.tsv, which has none)."""
    fates, offset = {}, 0
    with open(path) as f:
        for line in f:
            if line.startswith("#"):
                if "=" in line:
                    offset = int(line.rsplit("=", 1)[1])
                continue
            side, in_frame, fate, out_frame = line.split()
            fates.setdefault((side, int(in_frame)), []).append(
                (fate, None if out_frame == "-" else int(out_frame)))
    return fates, offset


def capture_path(d, name):
    """The run writes NAME.pcap, then compresses it to NAME.pcap.gz."""
    plain = os.path.join(d, f"{name}.pcap")
    return plain if os.path.exists(plain) else plain + ".gz"


def side_of(frame):
    return "A" if frame.src in HOST_A else "B"


def side_of_flow(flow):
    return "A" if flow[0] in HOST_A else "B"


def relative_sequence(frames):
    """{frame number: (start, end)} of each frame's sequence space from its ISN."""
    isn, span = {}, {}
    for fr in frames:
        if fr.flags & 0x02:
            isn[fr.flow] = fr.seq
        if fr.flow in isn:
            start = (fr.seq - isn[fr.flow]) % 2**32
            span[fr.number] = (start, start + fr.seq_space)
    return span


def label_transmissions(own, events, offset, check):
    """Cause of each frame a host sent: {number: class}.

    A frame resends when it overlaps bytes sent before. (Not "below the
    highest byte sent": two new segments sent from two CPUs a few
    microseconds apart may reach the tap in the other order.)"""
    span = relative_sequence(own)
    labels, sent, resent = {}, {}, {}
    for fr in own:
        if not fr.seq_space:
            labels[fr.number] = "-"
            continue
        if fr.number not in span:
            labels[fr.number] = "unknown"     # no SYN seen: no origin to count from
            continue
        start, end = span[fr.number]
        before = sent.setdefault(fr.flow, Intervals())
        if before.overlaps(start, end):
            resent.setdefault(fr.flow, []).append(fr)
        else:
            labels[fr.number] = "new"
        before.add(start, end)
    for flow in set(resent) | set(events):
        frames = resent.get(flow, [])
        on_wire = [e for e in events.get(flow, []) if e.err == 0]
        failed = len(events.get(flow, [])) - len(on_wire)
        check.check(len(frames) == len(on_wire),
                    f"{flow}: {len(frames)} retransmitted frames, {len(on_wire)} kernel retransmissions"
                    f" (and {failed} that failed)")
        if len(frames) != len(on_wire):
            for fr in frames:
                labels[fr.number] = "unknown"
            continue
        for fr, ev in zip(frames, on_wire):
            late = fr.time_ns - (ev.time_ns + offset)
            check.check(-MAX_FRAME_BEFORE_EVENT_NS < late < MAX_EVENT_BEFORE_FRAME_NS,
                        f"{flow}: frame {fr.number} is {late / 1e6:.3f} ms from its kernel event")
            labels[fr.number] = "syn" if fr.flags & 0x02 else (ev.cause or "unknown")
    return labels, span


def mark_spurious(own, labels, span, delivered):
    carried = {}
    for fr in own:
        if fr.number not in span or not fr.seq_space:
            continue
        start, end = span[fr.number]
        earlier = carried.setdefault(fr.flow, Intervals())
        if labels[fr.number] in ("rto", "fast", "tlp", "syn") and earlier.covers(start, end):
            labels[fr.number] += "+spurious"
        if delivered(fr.number):
            earlier.add(start, end)


def sender_stack_events(d):
    """The retransmissions of a sender that is not the kernel's TCP (lwIP),
    from its own account; {} for the kernel's."""
    path = os.path.join(d, "lwip-retransmissions.txt")
    if not os.path.exists(path):
        return {}
    print(f"{os.path.basename(d)}: sender stack lwip: its retransmissions from {os.path.basename(path)}")
    return lwip_events.read_retransmissions(path)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    check = Invariants()
    captures = {"A": read_frames(capture_path(d, "sender")),
                "B": read_frames(capture_path(d, "receiver"))}
    middle = os.path.exists(capture_path(d, "middle"))
    if middle:
        captures["M"] = read_frames(capture_path(d, "middle"))
    fates, offset = read_fates(os.path.join(d, "fates.tsv"))
    events = read_retransmissions(os.path.join(d, "kernel-events.txt"))
    events.update(sender_stack_events(d))
    # The kernel's TCP events name no network namespace: those of flows this
    # scenario never carried are another lab run's on the same machine.
    carried = {fr.flow for frames in captures.values() for fr in frames if fr}
    events = {flow: found for flow, found in events.items() if flow in carried}
    labels = {side: {} for side in captures}
    origin = {side: {} for side in captures}   # frame seen on its way -> (sending side, its frame)
    spans = {}
    for side in captures:
        if not all(captures[side]):
            print(f"{d}: invariant failed: {side}: a frame that is not TCP (the forwarder captures only TCP)")
            return 1
    for side, other in (("A", "B"), ("B", "A")):
        own = [fr for fr in captures[side] if side_of(fr) == side]
        own_events = {flow: ev for flow, ev in events.items() if side_of_flow(flow) == side}
        sent, spans[side] = label_transmissions(own, own_events, offset, check)
        for fr in own:
            fate = fates.get((side, fr.number), [])
            check.check(len(fate) in (1, 2), f"{side} frame {fr.number}: {len(fate)} fates")
            link_origins(captures, side, fr, fate, other, origin, check)
        mark_spurious(own, sent, spans[side],
                      lambda n: any(out is not None for _, out in fates.get((side, n), [])))
        labels[side].update(sent)
    if middle:
        passed = read_fates(os.path.join(d, "middle-fates.tsv"))[0]
        for side in ("A", "B"):
            for fr in captures[side]:
                if side_of(fr) == side:
                    link_origins(captures, side, fr, passed.get((side, fr.number), []), "M", origin, check)
        label_arrivals(captures["M"], "M", origin["M"], labels, spans, check)
    for side in ("A", "B"):
        label_arrivals([fr for fr in captures[side] if side_of(fr) != side], side, origin[side], labels, spans,
                       check)
    failed = write_and_count(d, captures, labels, check)
    unsent = sum(e.err != 0 for flow_events in events.values() for e in flow_events)
    print(f"{os.path.basename(d)}: kernel retransmissions that never reached the wire (err != 0): {unsent}")
    for message in check.failures[:20]:
        print(f"{d}: invariant failed: {message}")
    return 1 if check.failures or failed else 0


def link_origins(captures, side, fr, fate, where, origin, check):
    """Records where frame FR that SIDE sent was seen in capture WHERE."""
    for _, out in fate:
        if out is not None:
            seen = captures[where][out - 1]
            check.check(seen.header() == fr.header(), f"{side} frame {fr.number} is not {where} frame {out}")
            check.check(out not in origin[where], f"{where} frame {out} has two origins")
            origin[where][out] = (side, fr.number)


def label_arrivals(frames, where, origin, labels, spans, check):
    """A frame seen on its way takes its sender's label, and says whether
    the path reordered or duplicated it before capture WHERE. Of the
    copies of a frame, the first to arrive is the frame and the later ones
    the network's duplicates, whichever copy the path made: a tap cannot
    tell them apart, and the receiver's TCP takes the first. A first
    transmission is reordered when data sent after it arrived first: a
    first transmission of later bytes (the kernel sends new data in
    sequence order), or a retransmission the tap saw leave later."""
    latest_new, latest_resent, arrived = {}, {}, set()
    for fr in frames:
        check.check(fr.number in origin, f"{where} frame {fr.number} came from no frame sent")
        if fr.number not in origin:
            labels[where][fr.number] = "unknown"
            continue
        sender, sent_number = origin[fr.number]
        label = labels[sender][sent_number]
        if (sender, sent_number) in arrived:
            label += "+network_duplicate"
        elif fr.seq_space and sent_number in spans[sender]:
            start = spans[sender][sent_number][0]
            if label == "new":
                if latest_new.get(fr.flow, -1) > start or latest_resent.get(fr.flow, 0) > sent_number:
                    label += "+reordered"
                latest_new[fr.flow] = max(latest_new.get(fr.flow, -1), start)
            else:
                latest_resent[fr.flow] = max(latest_resent.get(fr.flow, 0), sent_number)
        arrived.add((sender, sent_number))
        labels[where][fr.number] = label


def write_and_count(d, captures, labels, check):
    """Writes the label files; prints the count of each class; 1 if too many unknown."""
    failed = 0
    for side, name in (("A", "sender"), ("B", "receiver"), ("M", "middle")):
        if side not in captures:
            continue
        counts = {}
        with open(os.path.join(d, f"{name}.labels.tsv"), "w") as f:
            f.write("# frame\tlabel (groundtruth/label.py)\n")
            for fr in captures[side]:
                label = labels[side].get(fr.number, "unknown")
                f.write(f"{fr.number}\t{label}\n")
                for part in label.split("+"):
                    counts[part] = counts.get(part, 0) + 1
        total = len(captures[side])
        unknown = counts.get("unknown", 0)
        if unknown > MAX_UNKNOWN * total:
            check.check(False, f"{name}: {unknown} of {total} frames unknown")
            failed = 1
        print(f"{os.path.basename(d)} {name}: {total} frames; "
              + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return failed


if __name__ == "__main__":
    sys.exit(main())
