/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "unacked.h"

#include <stdlib.h>

#include "seq.h"

bool tcpra_unacked_add(struct tcpra_unacked *q, uint32_t seq, uint32_t next_seq,
                       uint32_t frame, tcpra_time time)
{
    if (q->count >= TCPRA_MAX_UNACKED)
        return false;
    if (q->count == q->capacity) {
        uint32_t capacity = q->capacity ? q->capacity * 2 : 8;
        struct tcpra_unacked_segment *items;

        if (capacity > TCPRA_MAX_UNACKED)
            capacity = TCPRA_MAX_UNACKED;
        items = realloc(q->items, capacity * sizeof *items);
        if (!items)
            return false;
        q->items = items;
        q->capacity = capacity;
    }
    q->items[q->count++] = (struct tcpra_unacked_segment){seq, next_seq, frame, time};
    q->settled = false;
    return true;
}

void tcpra_unacked_acknowledge(struct tcpra_unacked *q, uint32_t ack)
{
    uint32_t kept = 0;

    if (q->settled && q->settled_ack == ack)
        return;
    for (uint32_t i = 0; i < q->count; i++) {
        if (seq_after(q->items[i].next_seq, ack))
            q->items[kept++] = q->items[i];
    }
    q->count = kept;
    q->settled = true;
    q->settled_ack = ack;
}

const struct tcpra_unacked_segment *tcpra_unacked_oldest(const struct tcpra_unacked *q)
{
    return q->count ? &q->items[0] : NULL;
}

void tcpra_unacked_free(struct tcpra_unacked *q)
{
    free(q->items);
    *q = (struct tcpra_unacked){0};
}
