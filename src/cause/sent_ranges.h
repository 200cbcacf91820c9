/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The byte ranges one direction was seen sending, in sequence order, each
 * with its first and last transmission: when, in which frame, with which
 * IPv4 identification and TSval. The cause analysis looks a segment up here
 * to tell new data from data sent again, and a copy from a new packet.
 *
 * New data is appended at the right edge; a hole filled later (data this
 * capture never saw before) is inserted in place, moving only the ranges
 * above it, which holes near the right edge keep few. At most
 * TCPRA_SENT_RANGES_MAX ranges are kept: past that the oldest is forgotten,
 * and data sent again from it counts as not seen before. */
#ifndef TCPRA_SENT_RANGES_H
#define TCPRA_SENT_RANGES_H

#include <stdbool.h>
#include <stdint.h>

#include "timestamp.h"

#define TCPRA_SENT_RANGES_MAX 4096u
/* Ranges kept once acknowledged: the last few, for data sent again after
 * its ACK; and of the older ones, those sent more than once and not yet
 * proved needless, for the D-SACKs that may name them (RFC 2883). */
#define TCPRA_SENT_RANGES_ACKED_KEPT 64u
#define TCPRA_SENT_RANGES_RESENT_KEPT 256u

/* The time first: no padding inside, 24 bytes, a range 64 (every
 * connection keeps dozens of them). */
struct tcpra_sent_copy {
    tcpra_time time;
    uint32_t frame;
    uint32_t tsval, tsecr;
    uint16_t ip_id;
};

struct tcpra_sent_range {
    uint32_t start, end;
    struct tcpra_sent_copy first, last;
    uint32_t first_resend_tsval;    /* of the second copy */
    uint8_t sends;              /* transmissions seen, at most 255 */
    bool has_ip_id, has_ts;
    bool spurious_settled;      /* a D-SACK or echo proved the last copy needless */
};

struct tcpra_sent_ranges {
    struct tcpra_sent_range *ranges;   /* ranges[head .. head + count) */
    uint32_t head, count, capacity;
};

/* The range holding seq, or NULL. */
struct tcpra_sent_range *tcpra_sent_find(struct tcpra_sent_ranges *list, uint32_t seq);
/* The first range ending after seq (the one holding it, or the next above),
 * or NULL. */
struct tcpra_sent_range *tcpra_sent_from(struct tcpra_sent_ranges *list, uint32_t seq);
/* The range after r, or NULL. */
struct tcpra_sent_range *tcpra_sent_next(struct tcpra_sent_ranges *list,
                                         const struct tcpra_sent_range *r);
/* Remember r, which overlaps no range kept; false when out of memory. */
bool tcpra_sent_add(struct tcpra_sent_ranges *list, const struct tcpra_sent_range *r);
/* Forget ranges ending at or before ack, but the last
 * TCPRA_SENT_RANGES_ACKED_KEPT of them and, of the others, the last
 * TCPRA_SENT_RANGES_RESENT_KEPT sent more than once and not settled. */
void tcpra_sent_acknowledge(struct tcpra_sent_ranges *list, uint32_t ack);
void tcpra_sent_free(struct tcpra_sent_ranges *list);

#endif
