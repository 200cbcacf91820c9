/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Everything one rule may look at while classifying one segment: the
 * segment and its options, the direction that sent it (fwd), the other one
 * (rev), and the verdict being built.
 *
 * The rules run in Wireshark's order, and a later one sees the state an
 * earlier one wrote. Most only read it; these write:
 *   - the duplicate-ACK rules: fwd's count of duplicate ACKs and the frame
 *     of its last new ACK;
 *   - tcpra_rule_ack_lost_segment(): how far rev's data may be acknowledged,
 *     and, as Wireshark 4.0, rev's duplicate-ACK count, spent (-1), which the
 *     retransmission rule then reads;
 *   - an ACK of the peer's zero-window probe byte takes the byte in
 *     (tcpra_take_probe_byte());
 *   - the retransmission rule marks the unacknowledged segment a resent one
 *     lies within as sent twice (Karn);
 *   - tcpra_sequence_update(), after the rules, everything else this segment
 *     changes in fwd, and the acknowledged segments of rev.
 * Before and after the rules, handshake.h keeps the connection's own state
 * (ISNs, handshake RTT, window scaling, a resent SYN's return to its first
 * byte) and tcpra_compat_analyze() the SACK blocks. A new connection on the
 * same ports (tcpra_compat_starts_anew()) gets a new state before any of
 * this. */
#ifndef TCPRA_CONTEXT_H
#define TCPRA_CONTEXT_H

#include "compat_config.h"
#include "compat_state.h"
#include "compat_verdict.h"
#include "options.h"
#include "segment.h"

struct tcpra_context {
    const struct tcpra_compat_config *config;
    const struct tcpra_segment *seg;
    struct tcpra_compat_connection *conn;
    struct tcpra_direction *fwd, *rev;
    struct tcpra_compat_verdict *verdict;
    /* Read once, before any rule: none when the fixed header is cut. */
    const struct tcpra_options *options;
};

static inline void tcpra_mark(struct tcpra_context *ctx, enum tcpra_class c)
{
    ctx->verdict->classes |= TCPRA_BIT(c);
}

static inline bool tcpra_marked(const struct tcpra_context *ctx, enum tcpra_class c)
{
    return (ctx->verdict->classes & TCPRA_BIT(c)) != 0;
}

/* This segment acknowledges the byte of the peer's zero-window probe: it
 * counts as sent. */
static inline void tcpra_take_probe_byte(struct tcpra_context *ctx)
{
    ctx->rev->next_seq = ctx->seg->ack;
    ctx->rev->max_seq_to_be_acked = ctx->seg->ack;
}

static inline bool tcpra_has_flag(const struct tcpra_context *ctx, uint16_t flags)
{
    return (ctx->seg->flags & flags) != 0;
}

/* SYN, FIN and RST segments are never keep-alives, window updates, window
 * full or duplicate ACKs. */
static inline bool tcpra_is_plain(const struct tcpra_context *ctx)
{
    return !tcpra_has_flag(ctx, TCPRA_TH_SYN | TCPRA_TH_FIN | TCPRA_TH_RST);
}

/* SYN and FIN occupy one sequence number each. */
static inline uint32_t tcpra_seq_space(const struct tcpra_context *ctx)
{
    return ctx->seg->payload_len + (tcpra_has_flag(ctx, TCPRA_TH_SYN | TCPRA_TH_FIN) ? 1u : 0u);
}

/* Rules, in the order the analysis applies them. Those returning bool
 * return true when the segment is settled and the ACK-side rules that
 * follow must be skipped. */
bool tcpra_rule_zero_window_probe(struct tcpra_context *ctx);
void tcpra_rule_zero_window(struct tcpra_context *ctx);
void tcpra_rule_lost_segment(struct tcpra_context *ctx);
void tcpra_rule_keep_alive(struct tcpra_context *ctx);
void tcpra_rule_window_update(struct tcpra_context *ctx);
void tcpra_rule_window_full(struct tcpra_context *ctx);
bool tcpra_rule_keep_alive_ack(struct tcpra_context *ctx);
bool tcpra_rule_zero_window_probe_ack(struct tcpra_context *ctx);
void tcpra_rule_duplicate_ack(struct tcpra_context *ctx);
void tcpra_rule_reset_dupacks_on_new_ack(struct tcpra_context *ctx);
void tcpra_rule_ack_lost_segment(struct tcpra_context *ctx);
/* After the rules, when the whole fixed header was captured: a window
 * update with SACK. */
void tcpra_rule_sack_window_update(struct tcpra_context *ctx);
void tcpra_rule_retransmission(struct tcpra_context *ctx);

/* Bookkeeping after the rules: remember this segment in fwd, forget what
 * it acknowledges in rev, and note what the ACK reached there. */
void tcpra_sequence_update(struct tcpra_context *ctx);
/* Called by tcpra_sequence_update() with what this segment's ACK number
 * reached: a partial or an ambiguous ACK. */
void tcpra_rule_ack_notes(struct tcpra_context *ctx, struct tcpra_ack_reach reach);

#endif
