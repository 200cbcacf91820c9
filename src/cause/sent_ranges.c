/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "sent_ranges.h"

#include <stdlib.h>
#include <string.h>

#include "seq.h"

_Static_assert(sizeof(struct tcpra_sent_range) <= 64, "a range stays 64 bytes: connections keep dozens");

static struct tcpra_sent_range *at(struct tcpra_sent_ranges *list, uint32_t i)
{
    return &list->ranges[list->head + i];
}

/* The index of the first range ending after seq; count when none. Ranges are
 * ordered and do not overlap, so their ends rise. */
static uint32_t index_from(struct tcpra_sent_ranges *list, uint32_t seq)
{
    uint32_t lo = 0, hi = list->count;

    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;

        if (seq_after(at(list, mid)->end, seq))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

struct tcpra_sent_range *tcpra_sent_from(struct tcpra_sent_ranges *list, uint32_t seq)
{
    uint32_t i = index_from(list, seq);

    return i < list->count ? at(list, i) : NULL;
}

struct tcpra_sent_range *tcpra_sent_find(struct tcpra_sent_ranges *list, uint32_t seq)
{
    struct tcpra_sent_range *r = tcpra_sent_from(list, seq);

    return r && seq_at_or_before(r->start, seq) ? r : NULL;
}

struct tcpra_sent_range *tcpra_sent_next(struct tcpra_sent_ranges *list,
                                         const struct tcpra_sent_range *r)
{
    uint32_t i = (uint32_t)(r - list->ranges) - list->head + 1;

    return i < list->count ? at(list, i) : NULL;
}

static void forget_oldest(struct tcpra_sent_ranges *list, uint32_t n)
{
    list->head += n;
    list->count -= n;
}

/* Room for one more range at the end of the array. */
static bool make_room(struct tcpra_sent_ranges *list)
{
    if (list->count == TCPRA_SENT_RANGES_MAX)
        forget_oldest(list, 1);
    if (list->head + list->count < list->capacity)
        return true;
    if (list->head > 0 && list->head >= list->capacity / 2) {
        memmove(list->ranges, list->ranges + list->head, list->count * sizeof *list->ranges);
        list->head = 0;
        return true;
    }
    uint32_t capacity = list->capacity ? list->capacity * 2 : 8;
    struct tcpra_sent_range *grown = realloc(list->ranges, capacity * sizeof *grown);

    if (!grown)
        return false;
    list->ranges = grown;
    list->capacity = capacity;
    return true;
}

bool tcpra_sent_add(struct tcpra_sent_ranges *list, const struct tcpra_sent_range *r)
{
    uint32_t i;

    if (!make_room(list))
        return false;
    i = index_from(list, r->start);
    memmove(at(list, i + 1), at(list, i), (list->count - i) * sizeof *r);
    *at(list, i) = *r;
    list->count++;
    return true;
}

/* Halve the room while a quarter or less of it is used: a burst's flight
 * grows the array, and the connection keeps it to the end of the capture. */
static void shrink(struct tcpra_sent_ranges *list)
{
    uint32_t capacity = list->capacity;
    struct tcpra_sent_range *shrunk;

    while (capacity > 16 && list->count <= capacity / 4)
        capacity /= 2;
    if (capacity == list->capacity)
        return;
    memmove(list->ranges, list->ranges + list->head, list->count * sizeof *list->ranges);
    list->head = 0;
    shrunk = realloc(list->ranges, capacity * sizeof *shrunk);
    if (!shrunk)
        return;
    list->ranges = shrunk;
    list->capacity = capacity;
}

void tcpra_sent_acknowledge(struct tcpra_sent_ranges *list, uint32_t ack)
{
    uint32_t acked = index_from(list, ack);   /* ranges ending at or before ack */
    uint32_t aged, kept;

    if (acked <= TCPRA_SENT_RANGES_ACKED_KEPT)
        return;
    /* Of the ranges aged past the last few, those a D-SACK may still
     * settle stay, at the front; the rest go. */
    aged = acked - TCPRA_SENT_RANGES_ACKED_KEPT;
    kept = 0;
    for (uint32_t i = 0; i < aged; i++) {
        const struct tcpra_sent_range *r = at(list, i);

        if (r->sends >= 2 && !r->spurious_settled)
            *at(list, kept++) = *r;
    }
    memmove(at(list, aged - kept), at(list, 0), kept * sizeof *list->ranges);
    forget_oldest(list, aged - kept);
    if (kept > TCPRA_SENT_RANGES_RESENT_KEPT)
        forget_oldest(list, kept - TCPRA_SENT_RANGES_RESENT_KEPT);
    shrink(list);
}

void tcpra_sent_free(struct tcpra_sent_ranges *list)
{
    free(list->ranges);
    *list = (struct tcpra_sent_ranges){0};
}
