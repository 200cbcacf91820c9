/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Keep-alives (RFC 9293 section 3.8.4): a segment one byte below the next
 * sequence number, with no data or one garbage byte, that forces the peer
 * to repeat its ACK. */
#include "context.h"

void tcpra_rule_keep_alive(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;

    if (seg->payload_len <= 1 && seg->seq == ctx->fwd->next_seq - 1 && tcpra_is_plain(ctx))
        tcpra_mark(ctx, TCPRA_KEEP_ALIVE);
}

/* The repeated ACK that answers a keep-alive: same seq, ack and window. */
bool tcpra_rule_keep_alive_ack(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;
    const struct tcpra_direction *fwd = ctx->fwd;

    if (seg->payload_len != 0 || seg->window == 0 || seg->window != fwd->window ||
        seg->seq != fwd->next_seq || seg->ack != fwd->last_ack ||
        !(ctx->rev->last_segment_classes & TCPRA_BIT(TCPRA_KEEP_ALIVE)) ||
        !tcpra_is_plain(ctx))
        return false;
    tcpra_mark(ctx, TCPRA_KEEP_ALIVE_ACK);
    return true;
}
