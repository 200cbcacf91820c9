/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Frames waiting for their release time: a binary min-heap ordered by time,
 * then by arrival, so frames due at the same moment leave in the order
 * they came. */
#ifndef GT_RELEASE_QUEUE_H
#define GT_RELEASE_QUEUE_H

#include <stddef.h>
#include <stdint.h>

struct held_frame {
    int64_t release_ns;
    uint64_t order;
    int to_side;          /* 0: side A, 1: side B */
    uint64_t in_frame;    /* frame number in the capture of the side it came from */
    int is_copy;          /* the network's second copy */
    uint64_t index;       /* its number among the frames of its direction, as they arrived */
    uint64_t wait_for;    /* held by count (count_hold.h): leaves after the frame of this number, */
    int64_t due_ns;       /* and not before this; release_ns is then its deadline */
    size_t len;
    unsigned char *data;
};

struct release_queue {
    struct held_frame *items;
    size_t count, capacity;
    uint64_t next_order;
};

void release_queue_push(struct release_queue *q, struct held_frame f);
/* The earliest frame; only when count > 0. */
const struct held_frame *release_queue_peek(const struct release_queue *q);
struct held_frame release_queue_pop(struct release_queue *q);

#endif
