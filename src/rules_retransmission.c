/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A segment carrying data (or SYN/FIN) that does not advance the sequence
 * number is a retransmission of some kind. Which kind depends on what the
 * other direction said and when:
 *   spurious  - the data was already acknowledged;
 *   fast      - enough duplicate ACKs asked for exactly this byte, recently
 *               (RFC 5681 section 3.2);
 *   out-of-order - it fills a hole shortly after the highest segment, faster
 *               than a sender could have reacted: the network reordered it;
 *   otherwise a retransmission, presumably after a timeout. */
#include "context.h"

#include "seq.h"

static void explain(struct tcpra_context *ctx, bool seq_not_advanced)
{
    const struct tcpra_flow *flow = ctx->flow;
    struct tcpra_reasons *r = &ctx->verdict->reasons;
    tcpra_time now = ctx->seg->time;

    r->evaluated = true;
    r->seq_not_advanced = seq_not_advanced;
    r->reverse_dupacks = ctx->rev->dupack_count;
    r->reverse_ack = ctx->rev->last_ack;
    r->reverse_ack_matches = ctx->rev->last_ack == ctx->seg->seq;
    r->since_reverse_ns = tcpra_elapsed(now, ctx->rev->last_ack_time);
    r->since_highest_ns = tcpra_elapsed(now, ctx->fwd->next_seq_time);
    r->ends_at_next_seq = ctx->fwd->next_seq == ctx->seg->seq + tcpra_seq_space(ctx);
    if (ctx->config->ooo_source == TCPRA_OOO_FIXED) {
        r->ooo_threshold_ns = ctx->config->ooo_threshold_ns;
        r->ooo_origin = TCPRA_OOO_FROM_FIXED;
    } else if (flow->handshake_rtt_ns) {
        r->ooo_threshold_ns = flow->handshake_rtt_ns;
        r->ooo_origin = TCPRA_OOO_FROM_RTT;
    } else {
        r->ooo_threshold_ns = ctx->config->ooo_threshold_ns;
        r->ooo_origin = TCPRA_OOO_FROM_DEFAULT;
    }
}

static bool is_spurious(const struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;

    return seg->payload_len > 0 && ctx->rev->last_ack &&
           seq_at_or_before(seg->seq + seg->payload_len, ctx->rev->last_ack);
}

static bool is_fast(const struct tcpra_context *ctx)
{
    const struct tcpra_reasons *r = &ctx->verdict->reasons;

    return r->seq_not_advanced && tcpra_dupacks_suffice(ctx->config, r->reverse_dupacks) &&
           r->reverse_ack_matches && r->since_reverse_ns < ctx->config->fast_rtx_window_ns;
}

/* A segment that would end exactly at the next expected byte is a plain
 * resend of the last one, not a hole being filled. */
static bool is_out_of_order(const struct tcpra_context *ctx)
{
    const struct tcpra_reasons *r = &ctx->verdict->reasons;

    return r->seq_not_advanced && r->since_highest_ns < r->ooo_threshold_ns && !r->ends_at_next_seq;
}

static bool mark_if(struct tcpra_context *ctx, bool (*test)(const struct tcpra_context *),
                    enum tcpra_class c)
{
    if (!test(ctx))
        return false;
    tcpra_mark(ctx, c);
    return true;
}

/* The retransmitted original: the oldest segment still unacknowledged,
 * else the one that set the highest sequence number. */
static void refer_to_original(struct tcpra_context *ctx)
{
    const struct tcpra_unacked_segment *oldest = tcpra_unacked_oldest(&ctx->fwd->unacked);
    struct tcpra_verdict *v = ctx->verdict;

    v->rto_frame = oldest ? oldest->frame : ctx->fwd->next_seq_frame;
    v->rto_ns = tcpra_elapsed(ctx->seg->time, oldest ? oldest->time : ctx->fwd->next_seq_time);
    /* Like Wireshark, no reference when it was sent at the same instant. */
    v->has_rto = v->rto_ns != 0;
}

void tcpra_rule_retransmission(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;
    bool seq_not_advanced, fast_first;

    if (seg->payload_len == 0 && !tcpra_has_flag(ctx, TCPRA_TH_SYN | TCPRA_TH_FIN))
        return;
    if (tcpra_marked(ctx, TCPRA_KEEP_ALIVE))
        return;
    seq_not_advanced = ctx->fwd->next_seq && seq_before(seg->seq, ctx->fwd->next_seq);
    /* Starting one byte early with real data: the byte below was probably
     * a zero-window probe, and this one carries new data. */
    if (seg->payload_len > 1 && ctx->fwd->next_seq - 1 == seg->seq)
        seq_not_advanced = false;
    explain(ctx, seq_not_advanced);

    if (is_spurious(ctx)) {
        tcpra_mark(ctx, TCPRA_SPURIOUS_RETRANSMISSION);
        return;
    }
    /* A segment can look like both a fast retransmission and a reordered
     * one; the configuration says which reading wins. */
    fast_first = ctx->config->fast_rtx_supersedes_ooo;
    if (mark_if(ctx, fast_first ? is_fast : is_out_of_order,
                fast_first ? TCPRA_FAST_RETRANSMISSION : TCPRA_OUT_OF_ORDER) ||
        mark_if(ctx, fast_first ? is_out_of_order : is_fast,
                fast_first ? TCPRA_OUT_OF_ORDER : TCPRA_FAST_RETRANSMISSION))
        return;
    if (seq_not_advanced) {
        tcpra_mark(ctx, TCPRA_RETRANSMISSION);
        refer_to_original(ctx);
    }
}
