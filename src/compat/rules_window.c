/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Receive-window rules: zero window, probes of it, updates and a full window. */
#include "context.h"

/* A probe sends one byte at the next sequence number into a window the
 * receiver advertised as zero (RFC 9293 section 3.8.6.1). */
bool tcpra_rule_zero_window_probe(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;

    if (seg->payload_len != 1 || seg->seq != ctx->fwd->next_seq || ctx->rev->window != 0)
        return false;
    tcpra_mark(ctx, TCPRA_ZERO_WINDOW_PROBE);
    return true;
}

/* The receiver tells the sender to stop. */
void tcpra_rule_zero_window(struct tcpra_context *ctx)
{
    if (ctx->seg->window == 0 && tcpra_is_plain(ctx))
        tcpra_mark(ctx, TCPRA_ZERO_WINDOW);
}

/* A repeated pure ACK whose only news is a different window. */
void tcpra_rule_window_update(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;
    const struct tcpra_direction *fwd = ctx->fwd;

    if (seg->payload_len == 0 && seg->window != 0 && seg->window != fwd->window &&
        seg->seq == fwd->next_seq && seg->ack == fwd->last_ack && tcpra_is_plain(ctx))
        tcpra_mark(ctx, TCPRA_WINDOW_UPDATE);
}

/* The window the receiver last advertised, scaled as the sender applies it.
 * Scaling does not apply to the SYN exchange itself (RFC 7323 section 2.2):
 * until the receiver has sent a pure ACK after its SYN, the raw value holds. */
static uint32_t advertised_window(const struct tcpra_direction *receiver)
{
    int shift = receiver->win_scale;

    if (receiver->is_first_ack || shift == TCPRA_WSCALE_NONE)
        shift = 0;
    return receiver->window << shift;
}

/* The segment ends exactly at the right edge of the receiver's window:
 * the sender must now wait. Meaningless while the scale is unknown. */
void tcpra_rule_window_full(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;
    const struct tcpra_direction *rev = ctx->rev;

    if (seg->payload_len > 0 && rev->win_scale != TCPRA_WSCALE_UNKNOWN &&
        seg->seq + seg->payload_len == rev->last_ack + advertised_window(rev) &&
        tcpra_is_plain(ctx))
        tcpra_mark(ctx, TCPRA_WINDOW_FULL);
}

/* The receiver answers a probe by repeating its ACK with the window still
 * zero; when probe bytes may be taken in, its ACK may also cover the probe's
 * byte, which then counts as sent. */
bool tcpra_rule_zero_window_probe_ack(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;
    const struct tcpra_direction *fwd = ctx->fwd;
    bool takes_byte = ctx->config->zero_window_probe_consumed && seg->ack == fwd->last_ack + 1;

    if (seg->payload_len != 0 || seg->window != 0 || seg->window != fwd->window ||
        seg->seq != fwd->next_seq || (seg->ack != fwd->last_ack && !takes_byte) ||
        !(ctx->rev->last_segment_classes & TCPRA_BIT(TCPRA_ZERO_WINDOW_PROBE)) ||
        !tcpra_is_plain(ctx))
        return false;
    tcpra_mark(ctx, TCPRA_ZERO_WINDOW_PROBE_ACK);
    if (takes_byte)
        tcpra_take_probe_byte(ctx);
    return true;
}
