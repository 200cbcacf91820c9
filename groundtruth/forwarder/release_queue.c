// SPDX-License-Identifier: GPL-2.0-or-later
#include "release_queue.h"

#include <stdio.h>
#include <stdlib.h>

static int before(const struct held_frame *a, const struct held_frame *b)
{
    if (a->release_ns != b->release_ns)
        return a->release_ns < b->release_ns;
    return a->order < b->order;
}

static void swap(struct held_frame *a, struct held_frame *b)
{
    struct held_frame t = *a;

    *a = *b;
    *b = t;
}

void release_queue_push(struct release_queue *q, struct held_frame f)
{
    if (q->count == q->capacity) {
        q->capacity = q->capacity ? 2 * q->capacity : 256;
        q->items = realloc(q->items, q->capacity * sizeof *q->items);
        if (!q->items) {
            perror("forwarder: release queue");
            exit(1);
        }
    }
    f.order = q->next_order++;
    size_t i = q->count++;
    q->items[i] = f;
    while (i > 0 && before(&q->items[i], &q->items[(i - 1) / 2])) {
        swap(&q->items[i], &q->items[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
}

const struct held_frame *release_queue_peek(const struct release_queue *q)
{
    return &q->items[0];
}

struct held_frame release_queue_pop(struct release_queue *q)
{
    struct held_frame top = q->items[0];
    size_t i = 0;

    q->items[0] = q->items[--q->count];
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < q->count && before(&q->items[l], &q->items[m]))
            m = l;
        if (r < q->count && before(&q->items[r], &q->items[m]))
            m = r;
        if (m == i)
            break;
        swap(&q->items[i], &q->items[m]);
        i = m;
    }
    return top;
}
