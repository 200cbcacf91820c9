# SPDX-License-Identifier: GPL-2.0-or-later
"""The lwIP sender's account of its retransmissions (lwip/sent_segments.h):
a line per segment it sent again,

    TIME_NS SADDR SPORT DADDR DPORT CAUSE

TIME_NS as seconds.nanoseconds on the monotonic clock, the kernel's trace
clock; CAUSE rto, fast, syn, or "-" when lwIP's state names none (a
zero-window probe's byte sent again), left unknown.
"""

from kernel_events import Retransmission


def read_retransmissions(path):
    """{flow: [Retransmission, ...]} in time order, flow as sent, as
    kernel_events.read_retransmissions gives the kernel's."""
    found = {}
    with open(path) as f:
        for line in f:
            time, saddr, sport, daddr, dport, cause = line.split()
            secs, frac = time.split(".")
            flow = (saddr, int(sport), daddr, int(dport))
            found.setdefault(flow, []).append(
                Retransmission(int(secs) * 1_000_000_000 + int(frac), None if cause == "-" else cause, 0))
    return found
