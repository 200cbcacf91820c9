/* SPDX-License-Identifier: GPL-2.0-or-later */
/* libFuzzer target: the unacknowledged-segment list against a plain model
 * that walks every segment on every ACK, as Wireshark does. Any difference
 * in what is kept, in which order, with which bounds, aborts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_input.h"
#include "seq.h"
#include "unacked.h"

struct model {
    struct tcpra_unacked_segment items[TCPRA_MAX_UNACKED];
    uint32_t count;
};

static bool model_add(struct model *m, const struct tcpra_unacked_segment *s)
{
    if (m->count >= TCPRA_MAX_UNACKED)
        return false;
    m->items[m->count++] = *s;
    return true;
}

static void model_acknowledge(struct model *m, uint32_t ack)
{
    uint32_t kept = 0;

    for (uint32_t i = 0; i < m->count; i++) {
        if (!seq_after(m->items[i].next_seq, ack))
            continue;
        if (seq_after(ack, m->items[i].seq))
            m->items[i].seq = ack;
        m->items[kept++] = m->items[i];
    }
    m->count = kept;
}

static bool model_within(const struct model *m, uint32_t seq, uint32_t end)
{
    for (uint32_t i = 0; i < m->count; i++) {
        if (!seq_before(seq, m->items[i].seq) && seq_at_or_before(end, m->items[i].next_seq))
            return true;
    }
    return false;
}

static void differ(const char *what)
{
    fprintf(stderr, "unacked list and model differ: %s\n", what);
    abort();
}

static bool same_segment(const struct tcpra_unacked_segment *a, const struct tcpra_unacked_segment *b)
{
    return a->seq == b->seq && a->next_seq == b->next_seq && a->frame == b->frame && a->time == b->time;
}

/* Both walks, oldest first and newest first, give the model's segments. */
static void compare(const struct tcpra_unacked *q, const struct model *m)
{
    const struct tcpra_unacked_segment *s = tcpra_unacked_oldest(q);
    uint32_t i = 0;

    if (q->count != m->count)
        differ("count");
    for (; s; s = tcpra_unacked_newer(q, s), i++) {
        if (i >= m->count || !same_segment(s, &m->items[i]))
            differ("oldest-first walk");
    }
    if (i != m->count)
        differ("oldest-first walk length");
    for (s = tcpra_unacked_newest(q); s; s = tcpra_unacked_older(q, s)) {
        if (i == 0 || !same_segment(s, &m->items[--i]))
            differ("newest-first walk");
    }
    if (i != 0)
        differ("newest-first walk length");
}

static void add(struct tcpra_unacked *q, struct model *m, uint32_t seq, uint32_t len, uint32_t frame)
{
    struct tcpra_unacked_segment s = {seq, seq + len, frame, (tcpra_time)frame * 1000};

    if (tcpra_unacked_add(q, s.seq, s.next_seq, s.frame, s.time) != model_add(m, &s))
        differ("add");
}

/* A point of interest: near the newest segment's edges, or anywhere. */
static uint32_t anchor(const struct model *m, struct fuzz_input *in)
{
    if (!m->count)
        return fuzz_u32(in);
    return fuzz_u8(in) & 1 ? m->items[m->count - 1].next_seq : m->items[0].seq;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct model m;
    struct fuzz_input in = {data, size};
    struct tcpra_unacked q = {0};
    uint32_t frame = 0, next = fuzz_u32(&in);

    m.count = 0;
    while (fuzz_more(&in)) {
        uint8_t op = fuzz_u8(&in);
        uint32_t seq, end;

        switch (op % 5) {
        case 0:     /* the next segment, or a resend near an edge */
            seq = op & 0x80 ? fuzz_near(&in, anchor(&m, &in)) : next;
            add(&q, &m, seq, op & 0x40 ? fuzz_u32(&in) : fuzz_u16(&in) % 3000, ++frame);
            next = m.count ? m.items[m.count - 1].next_seq : next;
            break;
        case 1:     /* a burst of segments in order, up to the cap */
            for (uint32_t n = (uint32_t)fuzz_u8(&in) * 64, len = 1 + fuzz_u8(&in); n > 0; n--, next += len)
                add(&q, &m, next, len, ++frame);
            break;
        case 2:
        case 3:
            end = fuzz_near(&in, anchor(&m, &in));
            model_acknowledge(&m, end);
            tcpra_unacked_acknowledge(&q, end);
            break;
        default:
            seq = fuzz_near(&in, anchor(&m, &in));
            end = seq + fuzz_u16(&in);
            if (tcpra_unacked_within(&q, seq, end) != model_within(&m, seq, end))
                differ("within");
            break;
        }
        compare(&q, &m);
    }
    tcpra_unacked_free(&q);
    return 0;
}
