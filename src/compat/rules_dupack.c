/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Duplicate ACKs: the receiver repeats its ACK for each segment that
 * arrives above a hole (RFC 5681 section 4.2). Counting them is what
 * lets the other direction's retransmission be called "fast". */
#include "context.h"

static void count_duplicate(struct tcpra_context *ctx)
{
    struct tcpra_direction *fwd = ctx->fwd;

    /* -1 marks a count already spent on an "ACKed unseen segment". */
    fwd->dupack_count = fwd->dupack_count < 0 ? 1 : fwd->dupack_count + 1;
    tcpra_mark(ctx, TCPRA_DUPLICATE_ACK);
    ctx->verdict->dupack_num = (uint32_t)fwd->dupack_count;
    ctx->verdict->dupack_frame = fwd->last_nondup_ack_frame;
}

/* A pure ACK that repeats the previous one exactly: same seq, ack and
 * (non-zero) window. */
void tcpra_rule_duplicate_ack(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;
    struct tcpra_direction *fwd = ctx->fwd;

    if (seg->payload_len != 0 || seg->window == 0 || seg->window != fwd->window ||
        seg->seq != fwd->next_seq || seg->ack != fwd->last_ack || !tcpra_is_plain(ctx))
        return;
    count_duplicate(ctx);
}

/* A window update that carries a SACK option: the receiver reports data
 * above a hole, so it is repeating its ACK, and the new window is incidental. */
void tcpra_rule_sack_window_update(struct tcpra_context *ctx)
{
    if (!ctx->options->has_sack || !ctx->config->sack_window_update_is_dupack ||
        !tcpra_marked(ctx, TCPRA_WINDOW_UPDATE))
        return;
    ctx->verdict->classes &= ~TCPRA_BIT(TCPRA_WINDOW_UPDATE);
    count_duplicate(ctx);
}

/* A new ACK number starts a new count. */
void tcpra_rule_reset_dupacks_on_new_ack(struct tcpra_context *ctx)
{
    if (ctx->seg->ack == ctx->fwd->last_ack)
        return;
    ctx->fwd->last_nondup_ack_frame = ctx->seg->frame;
    ctx->fwd->dupack_count = 0;
}
