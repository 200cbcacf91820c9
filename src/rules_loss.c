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

/* The ACK covers bytes the other direction was never seen sending. Reported
 * once per hole: the boundary moves to the highest byte seen, and when it
 * cannot move, the other direction's dup-ACK count is spent (-1) instead. */
void tcpra_rule_ack_lost_segment(struct tcpra_context *ctx)
{
    struct tcpra_direction *rev = ctx->rev;

    if (!rev->max_seq_to_be_acked || !seq_after(ctx->seg->ack, rev->max_seq_to_be_acked) ||
        !tcpra_has_flag(ctx, TCPRA_TH_ACK))
        return;
    if (seq_before(rev->max_seq_to_be_acked, rev->next_seq)) {
        rev->max_seq_to_be_acked = rev->next_seq;
        tcpra_mark(ctx, TCPRA_ACK_LOST_SEGMENT);
        return;
    }
    if (rev->dupack_count == 0)
        tcpra_mark(ctx, TCPRA_ACK_LOST_SEGMENT);
    rev->dupack_count = -1;
}
