/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A segment carrying data (or SYN/FIN) that does not advance the sequence
 * number is a retransmission of some kind. Which kind depends on what the
 * other direction said and when:
 *   spurious  - the data was already acknowledged;
 *   fast      - enough duplicate ACKs asked for exactly this byte, recently
 *               (RFC 5681 section 3.2), or, with SACK, recently and for data
 *               the receiver does not hold;
 *   out-of-order - it fills a hole shortly after the highest segment, faster
 *               than a sender could have reacted: the network reordered it;
 *   otherwise a retransmission, presumably after a timeout. */
#include "context.h"

#include <stddef.h>

#include "seq.h"

/* Returns the newest unacknowledged segment the segment lies within, if any. */
static struct tcpra_unacked_segment *explain_out_of_order(struct tcpra_context *ctx,
                                                          struct tcpra_reasons *r)
{
    const struct tcpra_compat_config *config = ctx->config;
    const struct tcpra_segment *seg = ctx->seg;
    struct tcpra_unacked_segment *container =
        tcpra_unacked_newest_spanning(&ctx->fwd->unacked, seg->seq, seg->seq + seg->payload_len);

    r->since_highest_ns = tcpra_elapsed(seg->time, ctx->fwd->next_seq_time);
    r->ends_at_next_seq = ctx->fwd->next_seq == seg->seq + tcpra_seq_space(ctx);
    r->highest_was_empty = ctx->fwd->last_advance_len == 0;
    r->within_unacked = container != NULL;
    r->ooo_clock = config->ooo_since_peer;
    if (config->ooo_source == TCPRA_OOO_FIXED) {
        r->ooo_threshold_ns = config->ooo_threshold_ns;
        r->ooo_origin = TCPRA_OOO_FROM_FIXED;
    } else if (ctx->conn->handshake_rtt_ns) {
        r->ooo_threshold_ns = ctx->conn->handshake_rtt_ns;
        r->ooo_origin = TCPRA_OOO_FROM_RTT;
    } else {
        r->ooo_threshold_ns = config->ooo_threshold_ns;
        r->ooo_origin = TCPRA_OOO_FROM_DEFAULT;
    }
    return container;
}

/* Returns what explain_out_of_order() found. */
static struct tcpra_unacked_segment *explain(struct tcpra_context *ctx, bool seq_not_advanced)
{
    const struct tcpra_segment *seg = ctx->seg;
    struct tcpra_reasons *r = &ctx->verdict->reasons;

    r->evaluated = true;
    r->seq_not_advanced = seq_not_advanced;
    r->reverse_dupacks = ctx->rev->dupack_count;
    r->reverse_ack = ctx->rev->last_ack;
    r->reverse_ack_matches = ctx->rev->last_ack == seg->seq;
    r->since_reverse_ns = tcpra_elapsed(seg->time, ctx->rev->last_ack_time);
    r->reverse_sack_blocks = ctx->rev->sack.count;
    r->sack_covers = tcpra_sack_covers(&ctx->rev->sack, seg->seq, seg->seq + seg->payload_len,
                                       ctx->config->sack_relative_edges);
    return explain_out_of_order(ctx, r);
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
    bool not_held = r->reverse_sack_blocks > 0 && !r->sack_covers;
    bool asked_for_it = r->reverse_ack_matches || (ctx->config->sack_fast_rtx && not_held);

    return r->seq_not_advanced && tcpra_dupacks_suffice(ctx->config, r->reverse_dupacks) &&
           asked_for_it && r->since_reverse_ns < ctx->config->fast_rtx_window_ns;
}

/* A segment that would end exactly at the next expected byte is a plain
 * resend of the last one, not a hole being filled, unless that last one
 * carried no data; and a resend of data still unacknowledged is not
 * reordering either, where the configuration says so. */
static bool is_out_of_order(const struct tcpra_context *ctx)
{
    const struct tcpra_compat_config *config = ctx->config;
    const struct tcpra_reasons *r = &ctx->verdict->reasons;

    return r->seq_not_advanced && tcpra_ooo_delay_within(r) &&
           !(config->ooo_excludes_unacked && r->within_unacked) &&
           (!r->ends_at_next_seq || (config->ooo_after_empty_highest && r->highest_was_empty));
}

static bool mark_if(struct tcpra_context *ctx, bool (*test)(const struct tcpra_context *),
                    enum tcpra_class c)
{
    if (!test(ctx))
        return false;
    tcpra_mark(ctx, c);
    return true;
}

/* The oldest unacknowledged segment, or with rto_from_matching_segment the
 * oldest starting at or above seq; NULL when there is none. */
static const struct tcpra_unacked_segment *original_of(const struct tcpra_context *ctx)
{
    const struct tcpra_unacked *q = &ctx->fwd->unacked;
    const struct tcpra_unacked_segment *s = tcpra_unacked_oldest(q);

    while (s && ctx->config->rto_from_matching_segment && seq_before(s->seq, ctx->seg->seq))
        s = tcpra_unacked_newer(q, s);
    return s;
}

/* The retransmitted original, else the segment that set the highest
 * sequence number. */
static void refer_to_original(struct tcpra_context *ctx)
{
    const struct tcpra_unacked_segment *original = original_of(ctx);
    struct tcpra_compat_verdict *v = ctx->verdict;

    v->oldest_unacked_frame = original ? original->frame : ctx->fwd->next_seq_frame;
    v->since_oldest_unacked_ns =
        tcpra_elapsed(ctx->seg->time, original ? original->time : ctx->fwd->next_seq_time);
    /* Like Wireshark, no reference when it was sent at the same instant. */
    v->has_oldest_unacked = v->since_oldest_unacked_ns != 0;
}

void tcpra_rule_retransmission(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;
    struct tcpra_unacked_segment *container;
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
    container = explain(ctx, seq_not_advanced);

    if (is_spurious(ctx)) {
        tcpra_mark(ctx, TCPRA_SPURIOUS_RETRANSMISSION);
        return;
    }
    /* A segment can look like both a fast retransmission and a reordered
     * one; the configuration says which reading wins. */
    fast_first = ctx->config->fast_rtx_supersedes_ooo;
    /* Wireshark 4.6 looks for a segment this one lies within only when it
     * comes to the out-of-order test, and takes the newest it finds as sent
     * twice: an ACK of it is ambiguous. */
    if (seq_not_advanced && container && !(fast_first && is_fast(ctx)))
        container->resent = true;
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
