/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The segments live in one block: a pool of nodes, linked in the order they
 * were sent, and a ring of node indices sorted by next_seq - base. Every
 * segment in the ring ends after base, less than 2^31 after it; base is the
 * last ACK (or, before any, just below the first segment's end). Relative to
 * a new ACK the ring keeps its order, and the segments the ACK retires are
 * its front (an ACK ahead of base) or its back (an ACK behind base), so an
 * ACK pops them off the ends. A segment added that does not end after base
 * waits aside, "pending", until the next ACK places or retires it. */
#include "unacked.h"

#include <stdlib.h>
#include <string.h>

#include "seq.h"

#define NONE UINT32_MAX
#define FIRST_CAPACITY 2u

struct tcpra_unacked_node {
    struct tcpra_unacked_segment seg;   /* first: a segment is its node */
    uint32_t older, newer;              /* order sent */
    uint32_t link;                      /* next pending, or next free node */
    uint32_t sent;                      /* order sent, counted from the first */
};

struct tcpra_unacked_store {
    uint32_t capacity, used;            /* nodes allocated, nodes ever handed out */
    uint32_t oldest, newest, pending, free;
    uint32_t ring_start, ring_len;      /* the ring follows the nodes */
    uint32_t base;
    uint32_t sent;                      /* segments added so far */
    /* No segment is longer than this: an ACK trims only segments ending
     * less than this after it. */
    uint32_t max_span;
    struct tcpra_unacked_node nodes[];
};

static uint32_t *ring(struct tcpra_unacked_store *st)
{
    return (uint32_t *)(st->nodes + st->capacity);
}

/* The node index at position i of the ring, and where it is stored. */
static uint32_t *ring_slot(struct tcpra_unacked_store *st, uint32_t i)
{
    uint32_t at = st->ring_start + i;

    return &ring(st)[at >= st->capacity ? at - st->capacity : at];
}

static struct tcpra_unacked_node *ring_node(struct tcpra_unacked_store *st, uint32_t i)
{
    return &st->nodes[*ring_slot(st, i)];
}

static uint32_t key(const struct tcpra_unacked_store *st, const struct tcpra_unacked_node *n)
{
    return n->seg.next_seq - st->base;
}

static size_t block_size(uint32_t capacity)
{
    return sizeof(struct tcpra_unacked_store) +
           capacity * (sizeof(struct tcpra_unacked_node) + sizeof(uint32_t));
}

/* A block with room for more nodes, holding what the old one held. */
static bool grow(struct tcpra_unacked *q)
{
    struct tcpra_unacked_store *old = q->store, *st;
    uint32_t capacity = old ? old->capacity * 2 : FIRST_CAPACITY;

    if (capacity > TCPRA_MAX_UNACKED)
        capacity = TCPRA_MAX_UNACKED;
    st = malloc(block_size(capacity));
    if (!st)
        return false;
    if (!old) {
        *st = (struct tcpra_unacked_store){.oldest = NONE, .newest = NONE, .pending = NONE, .free = NONE};
        st->capacity = capacity;
    } else {
        *st = *old;
        st->capacity = capacity;
        memcpy(st->nodes, old->nodes, old->used * sizeof old->nodes[0]);
        st->ring_start = 0;
        for (uint32_t i = 0; i < old->ring_len; i++)
            ring(st)[i] = *ring_slot(old, i);
    }
    free(old);
    q->store = st;
    return true;
}

static uint32_t take_node(struct tcpra_unacked_store *st)
{
    uint32_t i = st->free;

    if (i == NONE)
        return st->used++;
    st->free = st->nodes[i].link;
    return i;
}

/* Out of the order sent and back to the free nodes. */
static void retire(struct tcpra_unacked *q, uint32_t i)
{
    struct tcpra_unacked_store *st = q->store;
    struct tcpra_unacked_node *n = &st->nodes[i];

    *(n->older == NONE ? &st->oldest : &st->nodes[n->older].newer) = n->newer;
    *(n->newer == NONE ? &st->newest : &st->nodes[n->newer].older) = n->older;
    n->link = st->free;
    st->free = i;
    q->count--;
}

/* The first ring position whose key is greater than k. */
static uint32_t ring_upper_bound(struct tcpra_unacked_store *st, uint32_t k)
{
    uint32_t lo = 0, hi = st->ring_len;

    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;

        if (key(st, ring_node(st, mid)) <= k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Into the ring at its place, moving the shorter side by one. Segments sent
 * in order go to the back, a resent oldest one to the front: O(1). */
static void ring_insert(struct tcpra_unacked_store *st, uint32_t i)
{
    uint32_t k = key(st, &st->nodes[i]);
    uint32_t at = ring_upper_bound(st, k);

    if (at < st->ring_len - at) {
        st->ring_start = st->ring_start ? st->ring_start - 1 : st->capacity - 1;
        for (uint32_t j = 0; j < at; j++)
            *ring_slot(st, j) = *ring_slot(st, j + 1);
    } else {
        for (uint32_t j = st->ring_len; j > at; j--)
            *ring_slot(st, j) = *ring_slot(st, j - 1);
    }
    *ring_slot(st, at) = i;
    st->ring_len++;
}

bool tcpra_unacked_add(struct tcpra_unacked *q, uint32_t seq, uint32_t next_seq,
                       uint32_t frame, tcpra_time time, bool resent)
{
    struct tcpra_unacked_store *st;
    uint32_t i;

    if (q->count >= TCPRA_MAX_UNACKED)
        return false;
    if ((!q->store || (q->store->free == NONE && q->store->used == q->store->capacity)) && !grow(q))
        return false;
    st = q->store;
    if (!q->count)
        st->base = next_seq - 1;
    i = take_node(st);
    st->nodes[i] = (struct tcpra_unacked_node){{seq, next_seq, frame, resent, time}, st->newest, NONE,
                                               NONE, st->sent++};
    *(st->newest == NONE ? &st->oldest : &st->nodes[st->newest].newer) = i;
    st->newest = i;
    q->count++;
    if (next_seq - seq > st->max_span)
        st->max_span = next_seq - seq;
    if (seq_after(next_seq, st->base)) {
        ring_insert(st, i);
    } else {
        st->nodes[i].link = st->pending;
        st->pending = i;
    }
    return true;
}

/* What the ACK reached so far: the first sent of the segments it ended or
 * cut, kept with how. */
struct reach {
    struct tcpra_ack_reach what;
    uint32_t sent;
};

static void reached(struct reach *r, const struct tcpra_unacked_node *n, bool partial)
{
    if (r->what.reached && (int32_t)(n->sent - r->sent) > 0)
        return;
    r->what = (struct tcpra_ack_reach){true, partial, n->seg.resent};
    r->sent = n->sent;
}

/* Retire node i, noting it when the ACK ends exactly where it does. */
static void retire_reached(struct tcpra_unacked *q, uint32_t i, uint32_t ack, struct reach *r)
{
    if (q->store->nodes[i].seg.next_seq == ack)
        reached(r, &q->store->nodes[i], false);
    retire(q, i);
}

/* A segment the ACK covers in part starts at the ACK: one that ends less
 * than its length after it, at the front of the ring. */
static void trim(struct tcpra_unacked_store *st, uint32_t ack, struct reach *r)
{
    for (uint32_t j = 0; j < st->ring_len; j++) {
        struct tcpra_unacked_node *n = ring_node(st, j);

        if (key(st, n) >= st->max_span)
            break;
        if (seq_after(ack, n->seg.seq)) {
            reached(r, n, true);
            n->seg.seq = ack;
        }
    }
}

struct tcpra_ack_reach tcpra_unacked_acknowledge(struct tcpra_unacked *q, uint32_t ack)
{
    struct tcpra_unacked_store *st = q->store;
    struct reach r = {0};
    uint32_t pending;

    if (!st)
        return r.what;
    while (st->ring_len && !seq_after(ring_node(st, 0)->seg.next_seq, ack)) {
        retire_reached(q, *ring_slot(st, 0), ack, &r);
        st->ring_start = st->ring_start + 1 == st->capacity ? 0 : st->ring_start + 1;
        st->ring_len--;
    }
    while (st->ring_len && !seq_after(ring_node(st, st->ring_len - 1)->seg.next_seq, ack))
        retire_reached(q, *ring_slot(st, --st->ring_len), ack, &r);
    st->base = ack;
    for (pending = st->pending, st->pending = NONE; pending != NONE;) {
        uint32_t i = pending;

        pending = st->nodes[i].link;
        if (seq_after(st->nodes[i].seg.next_seq, ack))
            ring_insert(st, i);
        else
            retire_reached(q, i, ack, &r);
    }
    if (!q->count)
        tcpra_unacked_free(q);
    else
        trim(st, ack, &r);
    return r.what;
}

static bool spans(const struct tcpra_unacked_segment *s, uint32_t seq, uint32_t end)
{
    return !seq_before(seq, s->seq) && seq_at_or_before(end, s->next_seq);
}

struct tcpra_unacked_segment *tcpra_unacked_newest_spanning(struct tcpra_unacked *q, uint32_t seq,
                                                            uint32_t end)
{
    struct tcpra_unacked_store *st = q->store;
    uint32_t end_key;

    if (!st)
        return NULL;
    /* New data ends past every segment in the ring: only those pending,
     * newest first, may span it. */
    end_key = end - st->base;
    if (seq_after(end, st->base) &&
        (!st->ring_len || end_key > key(st, ring_node(st, st->ring_len - 1)))) {
        for (uint32_t i = st->pending; i != NONE; i = st->nodes[i].link) {
            if (spans(&st->nodes[i].seg, seq, end))
                return &st->nodes[i].seg;
        }
        return NULL;
    }
    for (uint32_t i = st->newest; i != NONE; i = st->nodes[i].older) {
        if (spans(&st->nodes[i].seg, seq, end))
            return &st->nodes[i].seg;
    }
    return NULL;
}

static const struct tcpra_unacked_segment *segment(const struct tcpra_unacked *q, uint32_t i)
{
    return i == NONE ? NULL : &q->store->nodes[i].seg;
}

static const struct tcpra_unacked_node *node_of(const struct tcpra_unacked_segment *s)
{
    return (const struct tcpra_unacked_node *)s;
}

const struct tcpra_unacked_segment *tcpra_unacked_oldest(const struct tcpra_unacked *q)
{
    return q->store ? segment(q, q->store->oldest) : NULL;
}

const struct tcpra_unacked_segment *tcpra_unacked_newer(const struct tcpra_unacked *q,
                                                        const struct tcpra_unacked_segment *s)
{
    return segment(q, node_of(s)->newer);
}

const struct tcpra_unacked_segment *tcpra_unacked_newest(const struct tcpra_unacked *q)
{
    return q->store ? segment(q, q->store->newest) : NULL;
}

const struct tcpra_unacked_segment *tcpra_unacked_older(const struct tcpra_unacked *q,
                                                        const struct tcpra_unacked_segment *s)
{
    return segment(q, node_of(s)->older);
}

void tcpra_unacked_free(struct tcpra_unacked *q)
{
    free(q->store);
    *q = (struct tcpra_unacked){0};
}
