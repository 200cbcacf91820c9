// SPDX-License-Identifier: GPL-2.0-or-later
/* Large captures, for benchmarks and stress tests: classic pcap files of
 * Ethernet frames cut to LARGE_SNAPLEN bytes (headers and a little payload,
 * like a capture taken with -s 128). Deterministic. */
#ifndef CAPGEN_LARGE_H
#define CAPGEN_LARGE_H

#include "wire.h"

#define LARGE_SNAPLEN 128u

/* A new large capture, and one frame in it, t microseconds from its start. */
FILE *large_open(const char *path);
void large_frame(FILE *f, struct conn *c, int dir, uint64_t t, unsigned flags, uint32_t seq,
                 uint32_t ack, size_t len);

/* Thousands of downloads side by side, of all sizes, over paths of 1 to
 * 100 ms, captured at the clients: losses before the capture point (then
 * duplicate ACKs and fast or, at a flow's tail, timeout retransmissions),
 * reordering and spurious retransmissions. The first `packets` packets. */
void write_traffic(const char *path, unsigned long packets);

/* `flows` SYNs from distinct address/port pairs, none answered. */
void write_syn_flood(const char *path, unsigned long flows);

/* One connection whose client sends `segments` segments after the
 * handshake, and whose server never sends again: nothing is acknowledged. */
void write_unacked_flow(const char *path, unsigned long segments);

/* One connection whose client keeps DEEP_FLIGHT segments unacknowledged:
 * each segment it sends is answered by an ACK of the oldest one. `packets`
 * packets in all. */
#define DEEP_FLIGHT 8000u
void write_deep_flight(const char *path, unsigned long packets);

#endif
