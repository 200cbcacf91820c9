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

/* Newest first, as Wireshark walks them: each segment the ACK ends or cuts
 * overwrites what is read of the ACK, so the oldest of them decides. */
static struct tcpra_ack_reach model_acknowledge(struct model *m, uint32_t ack)
{
    struct tcpra_ack_reach reach = {0};
    uint32_t kept = 0;

    for (uint32_t i = m->count; i-- > 0;) {
        struct tcpra_unacked_segment *s = &m->items[i];

        if (s->next_seq == ack)
            reach = (struct tcpra_ack_reach){true, false, s->resent};
        else if (seq_after(ack, s->seq) && seq_at_or_before(ack, s->next_seq))
            reach = (struct tcpra_ack_reach){true, true, s->resent};
        if (seq_after(ack, s->seq) && seq_after(s->next_seq, ack))
            s->seq = ack;
    }
    for (uint32_t i = 0; i < m->count; i++) {
        if (seq_after(m->items[i].next_seq, ack))
            m->items[kept++] = m->items[i];
    }
    m->count = kept;
    return reach;
}

/* The newest segment spanning [seq, end), or NULL. */
static struct tcpra_unacked_segment *model_newest_spanning(struct model *m, uint32_t seq, uint32_t end)
{
    for (uint32_t i = m->count; i-- > 0;) {
        if (!seq_before(seq, m->items[i].seq) && seq_at_or_before(end, m->items[i].next_seq))
            return &m->items[i];
    }
    return NULL;
}

static void differ(const char *what)
{
    fprintf(stderr, "unacked list and model differ: %s\n", what);
    abort();
}

static bool same_segment(const struct tcpra_unacked_segment *a, const struct tcpra_unacked_segment *b)
{
    return a->seq == b->seq && a->next_seq == b->next_seq && a->frame == b->frame &&
           a->resent == b->resent && a->time == b->time;
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

static void add(struct tcpra_unacked *q, struct model *m, uint32_t seq, uint32_t len, uint32_t frame,
                bool resent)
{
    struct tcpra_unacked_segment s = {seq, seq + len, frame, resent, (tcpra_time)frame * 1000};

    if (tcpra_unacked_add(q, s.seq, s.next_seq, s.frame, s.time, s.resent) != model_add(m, &s))
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
        struct tcpra_ack_reach got, want;
        struct tcpra_unacked_segment *spanning, *model_spanning;

        switch (op % 5) {
        case 0:     /* the next segment, or a resend near an edge */
            seq = op & 0x80 ? fuzz_near(&in, anchor(&m, &in)) : next;
            /* Under half the sequence space: beyond it, which of two
             * numbers comes first is undefined (RFC 1982), for Wireshark
             * as for TCP. */
            add(&q, &m, seq, op & 0x40 ? fuzz_u32(&in) % 0x80000000u : fuzz_u16(&in) % 3000, ++frame, op & 0x20);
            next = m.count ? m.items[m.count - 1].next_seq : next;
            break;
        case 1:     /* a burst of segments in order, up to the cap */
            for (uint32_t n = (uint32_t)fuzz_u8(&in) * 64, len = 1 + fuzz_u8(&in); n > 0; n--, next += len)
                add(&q, &m, next, len, ++frame, false);
            break;
        case 2:
        case 3:
            end = fuzz_near(&in, anchor(&m, &in));
            want = model_acknowledge(&m, end);
            got = tcpra_unacked_acknowledge(&q, end);
            if (got.reached != want.reached ||
                (want.reached && (got.partial != want.partial || got.resent != want.resent)))
                differ("what an ACK reached");
            break;
        default:
            seq = fuzz_near(&in, anchor(&m, &in));
            end = seq + fuzz_u16(&in);
            spanning = tcpra_unacked_newest_spanning(&q, seq, end);
            model_spanning = model_newest_spanning(&m, seq, end);
            if (!spanning != !model_spanning || (spanning && spanning->frame != model_spanning->frame))
                differ("newest spanning segment");
            /* As a resend lying within it marks it. */
            if (spanning && op & 0x80)
                spanning->resent = model_spanning->resent = true;
            break;
        }
        compare(&q, &m);
    }
    tcpra_unacked_free(&q);
    return 0;
}
