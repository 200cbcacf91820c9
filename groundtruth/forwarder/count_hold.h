/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Frames of one direction held until later frames of that direction have
 * left (rule reorder_by, see impairment.h). Each frame is numbered as it
 * arrives; a held frame waits for the frame numbered wait_for, or any
 * later one, to leave and for its own due_ns, and never past its
 * release_ns, so a frame is released even when traffic stops. Frames whose wait ends together leave
 * in the order they came. A short list: at most about P * N frames wait. */
#ifndef GT_COUNT_HOLD_H
#define GT_COUNT_HOLD_H

#include <stddef.h>
#include <stdint.h>

#include "release_queue.h"

struct count_hold {
    struct held_frame *items;
    size_t count, capacity;
    uint64_t left;   /* the highest number of a frame that has left */
};

void count_hold_add(struct count_hold *c, struct held_frame f);
/* Notes that the frame numbered INDEX left. */
void count_hold_passed(struct count_hold *c, uint64_t index);
/* Takes the earliest-arrived frame whose wait is over at NOW into *out;
 * 0 when none is. */
int count_hold_take(struct count_hold *c, int64_t now, struct held_frame *out);
/* When the next wait ends by time alone, INT64_MAX when nothing waits. */
int64_t count_hold_deadline(const struct count_hold *c);

#endif
