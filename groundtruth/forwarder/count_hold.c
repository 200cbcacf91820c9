// SPDX-License-Identifier: GPL-2.0-or-later
#include "count_hold.h"

#include <stdio.h>
#include <stdlib.h>

void count_hold_add(struct count_hold *c, struct held_frame f)
{
    if (c->count == c->capacity) {
        c->capacity = c->capacity ? 2 * c->capacity : 64;
        c->items = realloc(c->items, c->capacity * sizeof *c->items);
        if (!c->items) {
            perror("forwarder: held frames");
            exit(1);
        }
    }
    c->items[c->count++] = f;
}

void count_hold_passed(struct count_hold *c, uint64_t index)
{
    if (index > c->left)
        c->left = index;
}

/* When H may leave, as far as is known now. */
static int64_t leaves_at(const struct count_hold *c, const struct held_frame *h)
{
    return h->wait_for <= c->left && h->due_ns < h->release_ns ? h->due_ns : h->release_ns;
}

int count_hold_take(struct count_hold *c, int64_t now, struct held_frame *out)
{
    size_t best = c->count;

    for (size_t i = 0; i < c->count; i++) {
        const struct held_frame *h = &c->items[i];
        if (leaves_at(c, h) <= now &&
            (best == c->count || h->index < c->items[best].index))
            best = i;
    }
    if (best == c->count)
        return 0;
    *out = c->items[best];
    c->items[best] = c->items[--c->count];
    return 1;
}

int64_t count_hold_deadline(const struct count_hold *c)
{
    int64_t first = INT64_MAX;

    for (size_t i = 0; i < c->count; i++)
        if (leaves_at(c, &c->items[i]) < first)
            first = leaves_at(c, &c->items[i]);
    return first;
}
