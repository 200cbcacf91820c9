# SPDX-License-Identifier: GPL-2.0-or-later
"""The kernel's account of retransmissions, from tracefs text output
(events tcp:tcp_retransmit_skb, tcp:tcp_retransmit_synack and
tcp:tcp_cong_state_set, trace_clock mono).

Each retransmission carries the congestion-avoidance state its socket was
in (the last tcp_cong_state_set before it; a socket starts Open), which
names its cause: Loss is a retransmission timeout, Recovery a fast
retransmission (duplicate ACKs, SACK or RACK), Open or CWR a tail loss
probe, since Linux schedules a loss probe only in those two states
(tcp_schedule_loss_probe in net/ipv4/tcp_output.c). Disorder has no cause
of its own: such a retransmission is left unknown.
"""

import re
from dataclasses import dataclass

LINE = re.compile(r"^\s*.+?-\d+\s+\[\d+\]\s+\S+\s+(\d+)\.(\d+): (\w+): (.*)$")
CA_CAUSE = {0: "tlp", 1: None, 2: "tlp", 3: "fast", 4: "rto"}
SYN_STATES = ("TCP_SYN_SENT", "TCP_SYN_RECV", "TCP_NEW_SYN_RECV")


@dataclass
class Retransmission:
    time_ns: int
    cause: str      # rto, fast, tlp, syn, or None when the state says nothing
    err: int        # non-zero: it never reached the wire


def _flow(fields):
    if fields["family"] == "AF_INET6":
        return (fields["saddrv6"], int(fields["sport"]), fields["daddrv6"], int(fields["dport"]))
    return (fields["saddr"], int(fields["sport"]), fields["daddr"], int(fields["dport"]))


def read_retransmissions(path):
    """{flow: [Retransmission, ...]} in time order, flow as sent."""
    ca_state, found = {}, {}
    with open(path) as f:
        for line in f:
            m = LINE.match(line)
            if not m:
                continue
            secs, frac, event, rest = m.groups()
            time_ns = int(secs) * 1_000_000_000 + int(frac.ljust(9, "0"))
            fields = dict(kv.split("=", 1) for kv in rest.split())
            flow = _flow(fields)
            if event == "tcp_cong_state_set":
                ca_state[flow] = int(fields["cong_state"])
            elif event == "tcp_retransmit_synack":
                found.setdefault(flow, []).append(Retransmission(time_ns, "syn", 0))
            elif event == "tcp_retransmit_skb":
                cause = "syn" if fields["state"] in SYN_STATES else CA_CAUSE[ca_state.get(flow, 0)]
                found.setdefault(flow, []).append(Retransmission(time_ns, cause, int(fields["err"])))
    return found
