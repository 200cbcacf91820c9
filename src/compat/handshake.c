/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "handshake.h"

static bool is_syn_only(const struct tcpra_context *ctx)
{
    return (ctx->seg->flags & (TCPRA_TH_SYN | TCPRA_TH_ACK)) == TCPRA_TH_SYN;
}

static bool is_syn_ack(const struct tcpra_context *ctx)
{
    return (ctx->seg->flags & (TCPRA_TH_SYN | TCPRA_TH_ACK)) == (TCPRA_TH_SYN | TCPRA_TH_ACK);
}

static bool is_pure_ack(const struct tcpra_context *ctx)
{
    return (ctx->seg->flags & (TCPRA_TH_SYN | TCPRA_TH_ACK)) == TCPRA_TH_ACK;
}

/* A SYN or SYN-ACK with a new ISN, or where configured after the connection
 * was closed (FIN-ACK or RST), opens a new connection on the same ports. */
static bool opens_anew(const struct tcpra_compat_connection *conn, const struct tcpra_direction *fwd,
                       const struct tcpra_compat_config *config, const struct tcpra_segment *seg)
{
    return fwd->base_seq_set && (seg->seq != fwd->base_seq || (config->restart_after_close && conn->closed));
}

bool tcpra_compat_starts_anew(const struct tcpra_compat_config *config, const struct tcpra_compat_connection *conn,
                              int direction, const struct tcpra_segment *seg)
{
    const struct tcpra_direction *fwd = &conn->directions[direction];
    uint16_t syn_ack = seg->flags & (TCPRA_TH_SYN | TCPRA_TH_ACK);

    if (syn_ack == TCPRA_TH_SYN)
        return opens_anew(conn, fwd, config, seg);
    return syn_ack == (TCPRA_TH_SYN | TCPRA_TH_ACK) && config->syn_ack_restarts &&
           opens_anew(conn, fwd, config, seg);
}

/* On a connection that did not start anew: a SYN repeating the ISN is a
 * retransmitted SYN, and the sender went back to its first byte, and so
 * does next_seq (an RST may have carried any sequence number meanwhile). A
 * SYN-ACK with a new ISN only renumbers its direction (syn_ack_restarts
 * off). */
void tcpra_handshake_follow_resent_syn(struct tcpra_context *ctx)
{
    if (is_syn_only(ctx) && ctx->fwd->base_seq_set) {
        ctx->fwd->next_seq = ctx->fwd->max_seq_to_be_acked;
    } else if (is_syn_ack(ctx) && opens_anew(ctx->conn, ctx->fwd, ctx->config, ctx->seg) &&
               ctx->seg->seq != ctx->fwd->base_seq) {
        ctx->fwd->base_seq = ctx->seg->seq;
        tcpra_mark(ctx, TCPRA_REUSED_PORTS);
    }
}

/* Without a SYN, the first byte seen is taken as ISN + 1. The other
 * direction's ISN is the first ACK number minus one. */
void tcpra_handshake_learn_base_seq(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;

    if (!ctx->fwd->base_seq_set) {
        ctx->fwd->base_seq = tcpra_has_flag(ctx, TCPRA_TH_SYN) ? seg->seq : seg->seq - 1;
        ctx->fwd->base_seq_set = true;
    }
    if (!ctx->rev->base_seq_set && tcpra_has_flag(ctx, TCPRA_TH_ACK)) {
        ctx->rev->base_seq = seg->ack - 1;
        ctx->rev->base_seq_set = true;
    }
}

/* The handshake RTT runs from the latest SYN to the first pure ACK after
 * it, in either direction; it bounds how late a reordered segment can be.
 * A FIN-ACK or an RST closes the connection. */
void tcpra_handshake_track(struct tcpra_context *ctx)
{
    struct tcpra_compat_connection *conn = ctx->conn;

    if (tcpra_has_flag(ctx, TCPRA_TH_SYN)) {
        if (!tcpra_has_flag(ctx, TCPRA_TH_ACK))
            conn->last_syn_time = ctx->seg->time;
        ctx->fwd->is_first_ack = true;
    }
    if (is_pure_ack(ctx)) {
        if (conn->last_syn_time && !conn->handshake_rtt_ns)
            conn->handshake_rtt_ns = tcpra_elapsed(ctx->seg->time, conn->last_syn_time);
        ctx->fwd->is_first_ack = false;
    }
    if (tcpra_has_flag(ctx, TCPRA_TH_RST) ||
        (ctx->seg->flags & (TCPRA_TH_FIN | TCPRA_TH_ACK)) == (TCPRA_TH_FIN | TCPRA_TH_ACK))
        conn->closed = true;
}

/* Scaling is in force only if both SYNs offer it (RFC 7323 section 2.2). A
 * SYN without the option settles "no scaling" for both directions; a SYN-ACK
 * offering it to a SYN that did not is ignored. */
void tcpra_handshake_window_scaling(struct tcpra_context *ctx)
{
    const struct tcpra_options *options = ctx->options;

    if (options->has_window_scale)
        ctx->fwd->win_scale = (int8_t)options->window_scale;
    if (!options->complete || !tcpra_has_flag(ctx, TCPRA_TH_SYN))
        return;
    if (ctx->fwd->win_scale == TCPRA_WSCALE_UNKNOWN) {
        ctx->fwd->win_scale = TCPRA_WSCALE_NONE;
        ctx->rev->win_scale = TCPRA_WSCALE_NONE;
    } else if (is_syn_ack(ctx) && ctx->rev->win_scale == TCPRA_WSCALE_NONE) {
        ctx->fwd->win_scale = TCPRA_WSCALE_NONE;
    }
}
