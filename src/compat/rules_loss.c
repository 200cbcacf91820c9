/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Gaps in what the capture saw: data beyond the next expected byte, and
 * ACKs for data that was never seen. Usually the capture's own losses. */
#include "context.h"

#include "seq.h"

/* The segment starts beyond the highest byte seen so far: something in
 * between was not captured. RSTs may carry any sequence number. */
void tcpra_rule_lost_segment(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;

    if (ctx->fwd->next_seq && seq_after(seg->seq, ctx->fwd->next_seq) &&
        !tcpra_has_flag(ctx, TCPRA_TH_RST))
        tcpra_mark(ctx, TCPRA_LOST_SEGMENT);
}

/* Wireshark 4.0: the boundary moves to the highest byte seen; when it cannot
 * move, the hole is reported once, and the other direction's dup-ACK count
 * is spent (-1) instead. */
static void once_per_hole(struct tcpra_context *ctx)
{
    struct tcpra_direction *rev = ctx->rev;

    if (seq_before(rev->max_seq_to_be_acked, rev->next_seq)) {
        rev->max_seq_to_be_acked = rev->next_seq;
        tcpra_mark(ctx, TCPRA_ACK_LOST_SEGMENT);
        return;
    }
    if (rev->dupack_count == 0)
        tcpra_mark(ctx, TCPRA_ACK_LOST_SEGMENT);
    rev->dupack_count = -1;
}

/* Wireshark 4.4: the boundary moves to the ACK, or past the run of
 * unacknowledged segments that starts right at it. Like Wireshark, walk
 * them newest first, restarting the run at each gap. */
static uint32_t boundary_after(const struct tcpra_unacked *q, uint32_t ack)
{
    uint32_t left = 0, right = 0;

    for (const struct tcpra_unacked_segment *s = tcpra_unacked_newest(q); s;
         s = tcpra_unacked_older(q, s)) {
        if (left == right) {
            left = s->seq;
            right = s->next_seq;
        }
        if (!seq_before(s->seq, ack)) {
            if (s->next_seq != left)
                right = s->next_seq;
            left = s->seq;
        }
    }
    return ack == left && seq_after(right, ack) ? right : ack;
}

/* The peer probed a zero window, and this ACK covers the probe's byte
 * and nothing else new: the window opened again. */
static bool reopens_after_probe(const struct tcpra_context *ctx)
{
    return ctx->config->zero_window_probe_consumed && ctx->seg->ack == ctx->fwd->last_ack + 1 &&
           ctx->seg->seq == ctx->fwd->next_seq &&
           (ctx->rev->last_segment_classes & TCPRA_BIT(TCPRA_ZERO_WINDOW_PROBE));
}

/* The ACK covers bytes the other direction was never seen sending. */
void tcpra_rule_ack_lost_segment(struct tcpra_context *ctx)
{
    struct tcpra_direction *rev = ctx->rev;

    if (!rev->max_seq_to_be_acked || !seq_after(ctx->seg->ack, rev->max_seq_to_be_acked) ||
        !tcpra_has_flag(ctx, TCPRA_TH_ACK))
        return;
    if (reopens_after_probe(ctx)) {
        tcpra_take_probe_byte(ctx);
        tcpra_mark(ctx, TCPRA_WINDOW_UPDATE);
    } else if (ctx->config->ack_unseen_moves_to_ack == TCPRA_UNSEEN_ONCE_PER_HOLE) {
        once_per_hole(ctx);
    } else {
        rev->max_seq_to_be_acked = boundary_after(&rev->unacked, ctx->seg->ack);
        tcpra_mark(ctx, TCPRA_ACK_LOST_SEGMENT);
    }
}
