/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The segments one direction has sent that the other has not yet
 * acknowledged, oldest first. A retransmission refers to the oldest one. */
#ifndef TCPRA_UNACKED_H
#define TCPRA_UNACKED_H

#include <stdbool.h>
#include <stdint.h>

#include "timestamp.h"

/* Wireshark stops remembering a direction's segments past this many, as
 * when the capture misses the ACKs; so do we. */
#define TCPRA_MAX_UNACKED 10000u

struct tcpra_unacked_segment {
    uint32_t seq, next_seq;
    uint32_t frame;
    tcpra_time time;
};

struct tcpra_unacked {
    struct tcpra_unacked_segment *items;   /* insertion order */
    uint32_t count, capacity;
    /* Every remaining segment has been checked against this ACK number;
     * until a segment is added, the same ACK removes nothing more. */
    bool settled;
    uint32_t settled_ack;
};

/* False when full (or out of memory): the segment is not remembered. */
bool tcpra_unacked_add(struct tcpra_unacked *q, uint32_t seq, uint32_t next_seq,
                       uint32_t frame, tcpra_time time);
/* Forget every segment that ends at or before ack. */
void tcpra_unacked_acknowledge(struct tcpra_unacked *q, uint32_t ack);
/* NULL when empty. */
const struct tcpra_unacked_segment *tcpra_unacked_oldest(const struct tcpra_unacked *q);
void tcpra_unacked_free(struct tcpra_unacked *q);

#endif
