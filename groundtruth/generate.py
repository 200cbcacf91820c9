#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Draws one random lab scenario from a seed and prints it as a line of
groundtruth/scenarios.tsv (name draw-SEED, subset "random"), for
run-lab.sh --scenarios; sweep.sh runs many.

    groundtruth/generate.py SEED [SEED...]

The same seed gives the same line on any machine (one exception: BBR is
replaced by CUBIC where the kernel has no BBR). Each draw is a few seconds
of traffic: the traffic is cut until a rough estimate of its duration is
under 3 s. The distribution, each part drawn independently:

  IP version       6 with probability 0.12, else 4
  congestion       cubic 0.6, bbr 0.25, reno 0.15
  sysctls          (both hosts) each off with probability 0.15: tcp_sack,
                   tcp_timestamps, tcp_recovery (RACK), tcp_early_retrans
                   (TLP), tcp_frto; tcp_ecn=1 (ask for ECN) 0.2
  RTT              log-uniform 0.2-300 ms, split between the directions
                   0.3-0.7; jitter (0.4) up to 30 % of a direction's delay
  data path (A to B, the sender's data):
    random loss    0.45: log-uniform 0.2-5 %
    burst loss     0.15: Gilbert, enter 0.2-2 %, stay 30-80 %
    tail loss      0.25: drop_byte at the response's last byte (or a
                   random one, 0.3), once (0.7) or twice
    blackout       0.12: 0.2-1.5 s, starting within the traffic
    SYN-ACK loss   0.08: the first of each connection
  ACK path (B to A): ACK loss 0.3 (log-uniform 0.5-30 %), a stall 0.12
    (0.1-0.8 s), a blackout 0.08 (0.2-1 s), SYN loss 0.08
  reordering       data path: none 0.4; rare 0.25 (reorder=P:MS, P
                   0.2-3 %, MS 0.5-20); heavy 0.35: reorder_by (P 0.05-0.8,
                   N 2-50 frames, at most 20-150 ms), spray (2-8 paths
                   0.2-10 ms apart) or both; ACK path: rare reordering or
                   spray, 0.15
  duplication      each path 0.2: 0.5-5 %
  bottleneck       data path 0.2: 2-100 Mbit/s, a queue of 10-200 frames
  IP IDs (IPv4)    sender: linux 0.45, host 0.2, random 0.15, zero (a
                   middlebox after the sender's capture) 0.2; receiver:
                   linux 0.6, host 0.2, random 0.2
  traffic          bulk 0.3 (1-6 connections, 50 KB-1 MB each);
                   request/response 0.5 (10-60 connections, 4-30 at a
                   time, 0.5-20 KB, 1-4 requests each); paused 0.2 (as
                   request/response, the client waiting 50-1000 ms before
                   reading, with a 4-32 KB receive buffer half the time)
  sender stack     (IPv4) lwip 0.15, else linux: lwIP serves in host A
                   instead of the kernel (run-lab.sh), with the client's
                   default receive buffer (lwIP's zero-window probes resend
                   a byte, a retransmission whose cause the lab does not
                   name); drawn from a stream of its own, so every other
                   part of a seed's draw is as it was before the lwIP
                   sender (and the draws of tests/groundtruth/
                   check-sweep.sh, 7004-7006, stay linux). A linux draw's
                   line has no stack column.
"""

import math
import random
import sys

MAX_SECONDS = 3.0
MSS = 1448
FORWARDER_MBIT = 200   # about what the userspace forwarder carries


class Draw:
    """Draws from one seed with random() alone, which Python keeps stable
    across releases for an integer or string seed."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def chance(self, p):
        return self.r.random() < p

    def uniform(self, a, b):
        return a + (b - a) * self.r.random()

    def log_uniform(self, a, b):
        return math.exp(self.uniform(math.log(a), math.log(b)))

    def integer(self, a, b):
        return min(b, int(self.uniform(a, b + 1)))

    def pick(self, weighted):
        """One key of {key: weight}, weights summing to 1."""
        x = self.r.random()
        for key, weight in weighted.items():
            x -= weight
            if x < 0:
                return key
        return key


def num(x):
    return f"{x:.3g}"


def bbr_available():
    try:
        with open("/proc/sys/net/ipv4/tcp_available_congestion_control") as f:
            return "bbr" in f.read().split()
    except OSError:
        return False


def stack(d):
    congestion = d.pick({"cubic": 0.6, "bbr": 0.25, "reno": 0.15})
    if congestion == "bbr" and not bbr_available():
        congestion = "cubic"
    sysctls = [f"tcp_congestion_control={congestion}"] if congestion != "cubic" else []
    for name in ("tcp_sack", "tcp_timestamps", "tcp_recovery", "tcp_early_retrans", "tcp_frto"):
        if d.chance(0.15):
            sysctls.append(f"{name}=0")
    if d.chance(0.2):
        sysctls.append("tcp_ecn=1")
    return sysctls


def traffic(d):
    """[flows, parallel, size, pause_ms, rcvbuf, requests]."""
    kind = d.pick({"bulk": 0.3, "request": 0.5, "paused": 0.2})
    if kind == "bulk":
        flows = d.integer(1, 6)
        return [flows, d.integer(1, flows), int(d.log_uniform(50_000, 1_000_000)), 0, 0, 1]
    flows = d.integer(10, 60)
    parallel = min(flows, d.integer(4, 30))
    size, requests = int(d.log_uniform(500, 20_000)), d.integer(1, 4)
    pause = rcvbuf = 0
    if kind == "paused":
        pause = int(d.uniform(50, 1000))
        rcvbuf = int(d.uniform(4096, 32768)) if d.chance(0.5) else 0
    return [flows, parallel, size, pause, rcvbuf, requests]


def seconds(t, rtt_s, rate_mbit, penalty_s):
    """A rough duration: rounds of slow start per response, the
    bottleneck, pauses and a penalty per connection for repairs."""
    flows, parallel, size, pause, _, requests = t
    rounds = 1 + math.log2(1 + size / (10 * MSS))
    per_response = rounds * rtt_s + pause / 1000 + (size * 8 / (rate_mbit * 1e6) if rate_mbit else 0)
    per_connection = rtt_s + requests * per_response + penalty_s
    waves = math.ceil(flows / parallel)
    # Connections side by side share the bottleneck, or the forwarder.
    shared = flows * requests * size * 8 / (min(rate_mbit or FORWARDER_MBIT, FORWARDER_MBIT) * 1e6)
    return max(waves * per_connection, shared)


def shrink(t, rtt_s, rate_mbit, penalty_s):
    """Fewer connections, then smaller responses, then fewer requests, until
    the traffic fits the time a draw may take."""
    while seconds(t, rtt_s, rate_mbit, penalty_s) > MAX_SECONDS:
        if t[0] > 1:
            t[0] -= max(1, t[0] // 5)
            t[1] = min(t[1], t[0])
        elif t[5] > 1:
            t[5] -= 1
        elif t[2] > 2000:
            t[2] = t[2] * 2 // 3
        else:
            break
    return t


def data_path(d, rules, delay, traffic_s):
    """The sender's data: losses, reordering; the repair cost they add per
    connection (s)."""
    penalty = 0.0
    rtt = 2 * delay / 1000
    if d.chance(0.45):
        rules.append(f"loss={num(d.log_uniform(0.002, 0.05))}")
        penalty += 0.1
    if d.chance(0.15):
        rules.append(f"burst={num(d.uniform(0.002, 0.02))}:{num(d.uniform(0.3, 0.8))}")
        penalty += 0.2
    if d.chance(0.25):
        # Where in the response, written once the traffic is cut to size.
        where = 1.0 if d.chance(0.7) else d.r.random()
        times = 1 if d.chance(0.7) else 2
        rules.append(lambda size: f"drop_byte={int(where * (size - 1))}:{times}")
        penalty += 2 * rtt + 0.3
    if d.chance(0.12):
        rules.append(f"blackout={int(d.uniform(0.1, 0.6) * traffic_s * 1000)}:{int(d.uniform(200, 1500))}")
    if d.chance(0.08):
        rules.append("drop_syn=1")
        penalty += 1.0   # the SYN-ACK's first timeout is 1 s
    level = d.pick({"none": 0.4, "rare": 0.25, "heavy": 0.35})
    if level == "rare":
        rules.append(f"reorder={num(d.log_uniform(0.002, 0.03))}:{num(d.uniform(0.5, 20))}")
    elif level == "heavy":
        how = d.pick({"reorder_by": 0.4, "spray": 0.3, "both": 0.3})
        if how != "spray":
            rules.append(f"reorder_by={num(d.uniform(0.05, 0.8))}:{d.integer(2, 50)}:{int(d.uniform(20, 150))}")
        if how != "reorder_by":
            rules.append(f"spray={d.integer(2, 8)}:{num(d.uniform(0.2, 10))}")
    return penalty


def ack_path(d, rules, traffic_s):
    penalty = 0.0
    if d.chance(0.3):
        rules.append(f"loss={num(d.log_uniform(0.005, 0.3))}")
    if d.chance(0.12):
        rules.append(f"stall={int(d.uniform(0.1, 0.6) * traffic_s * 1000)}:{int(d.uniform(100, 800))}")
    if d.chance(0.08):
        rules.append(f"blackout={int(d.uniform(0.1, 0.6) * traffic_s * 1000)}:{int(d.uniform(200, 1000))}")
    if d.chance(0.08):
        rules.append("drop_syn=1")
        penalty += 1.0   # the SYN's first timeout is 1 s
    if d.chance(0.15):
        if d.chance(0.5):
            rules.append(f"reorder={num(d.log_uniform(0.002, 0.03))}:{num(d.uniform(0.5, 20))}")
        else:
            rules.append(f"spray={d.integer(2, 8)}:{num(d.uniform(0.2, 10))}")
    return penalty


def sender_stack(seed, family):
    """linux or lwip (IPv4 only)."""
    if family == 4 and Draw(f"stack-{seed}").chance(0.15):
        return "lwip"
    return "linux"


def scenario(seed):
    d = Draw(seed)
    family = 6 if d.chance(0.12) else 4
    sysctls = stack(d)
    rtt = d.log_uniform(0.2, 300)
    split = d.uniform(0.3, 0.7)
    delays = (rtt * split, rtt * (1 - split))
    paths = [[f"delay={num(x)}"] for x in delays]
    for rules, delay in zip(paths, delays):
        if d.chance(0.4):
            rules.append(f"jitter={num(d.uniform(0, 0.3) * delay)}")
    rate = 0.0
    if d.chance(0.2):
        rate = d.log_uniform(2, 100)
        paths[0].append(f"rate={num(rate)}:{d.integer(10, 200)}")
    # Cut to size once to time the blackouts and stalls, again with the
    # time their repairs take (cutting draws nothing: the draws stay).
    t = shrink(traffic(d), rtt / 1000, rate, 0)
    # At least 0.2 s: a blackout may start in a handshake, not always.
    traffic_s = max(0.2, seconds(t, rtt / 1000, rate, 0))
    penalty = data_path(d, paths[0], delays[0], traffic_s)
    penalty += ack_path(d, paths[1], traffic_s)
    for rules in paths:
        if d.chance(0.2):
            rules.append(f"duplicate={num(d.log_uniform(0.005, 0.05))}")
    sender_id = d.pick({"linux": 0.45, "host": 0.2, "random": 0.15, "zero": 0.2})
    receiver_id = d.pick({"linux": 0.6, "host": 0.2, "random": 0.2})
    if family == 4:
        for rules, mode in zip(paths, (sender_id, receiver_id)):
            if mode != "linux":
                rules.append(f"ip_id={mode}")
    t = shrink(t, rtt / 1000, rate, penalty)
    rules = [",".join(r(t[2]) if callable(r) else r for r in path) for path in paths]
    sender = sender_stack(seed, family)
    if sender == "lwip":
        t[4] = 0
    return "\t".join([f"draw-{seed}", "random", str(family), ",".join(sysctls) or "-",
                      *rules, " ".join(map(str, t)), str(seed)] + ([sender] if sender != "linux" else []))


def main():
    if len(sys.argv) < 2 or not all(a.isdigit() for a in sys.argv[1:]):
        sys.exit(__doc__)
    for seed in sys.argv[1:]:
        print(scenario(int(seed)))


if __name__ == "__main__":
    main()
