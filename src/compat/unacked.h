/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The segments one direction has sent that the other has not yet
 * acknowledged, in the order they were sent. A retransmission refers to the
 * oldest one, or with rto_from_matching_segment (Wireshark 4.4) to the
 * oldest at or above its sequence number.
 *
 * An ACK retires every segment that ends at or before it, and trims one it
 * covers in part, as Wireshark's list does; but where Wireshark walks every
 * segment on every ACK, this list keeps the segments ordered by where they
 * end, so that an ACK visits only what it retires or trims: O(1) amortised
 * per packet for ordinary traffic. */
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
    /* Its bytes went out more than once: it is a retransmission, or one
     * was seen lying within it. An ACK of it is ambiguous (Karn). */
    bool resent;
    tcpra_time time;
};

/* What an ACK did to the segments it reached: those ending exactly at it,
 * which it retires, and those it acknowledges in part. Wireshark walks them
 * newest first and keeps what it read of each, so the one sent first
 * decides. */
struct tcpra_ack_reach {
    bool reached;       /* a segment ends at the ACK or is cut by it */
    bool partial;       /* the first sent of them is cut */
    bool resent;        /* ...and was sent more than once */
};

struct tcpra_unacked_store;

struct tcpra_unacked {
    struct tcpra_unacked_store *store;     /* NULL while empty */
    uint32_t count;
};

/* False when full (or out of memory): the segment is not remembered. */
bool tcpra_unacked_add(struct tcpra_unacked *q, uint32_t seq, uint32_t next_seq,
                       uint32_t frame, tcpra_time time, bool resent);
/* Forget every segment that ends at or before ack; one that ack covers in
 * part now starts at ack, as in Wireshark. Says what the ACK reached. */
struct tcpra_ack_reach tcpra_unacked_acknowledge(struct tcpra_unacked *q, uint32_t ack);
/* The newest segment spanning all of [seq, end), as Wireshark finds it
 * walking newest first; NULL when none does. Valid until the list changes. */
struct tcpra_unacked_segment *tcpra_unacked_newest_spanning(struct tcpra_unacked *q, uint32_t seq,
                                                            uint32_t end);

/* In the order sent: oldest and newer, newest and older; NULL past the end. */
const struct tcpra_unacked_segment *tcpra_unacked_oldest(const struct tcpra_unacked *q);
const struct tcpra_unacked_segment *tcpra_unacked_newer(const struct tcpra_unacked *q,
                                                        const struct tcpra_unacked_segment *s);
const struct tcpra_unacked_segment *tcpra_unacked_newest(const struct tcpra_unacked *q);
const struct tcpra_unacked_segment *tcpra_unacked_older(const struct tcpra_unacked *q,
                                                        const struct tcpra_unacked_segment *s);

void tcpra_unacked_free(struct tcpra_unacked *q);

#endif
