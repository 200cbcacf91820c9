/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "analyzer.h"

#include <string.h>

#include "context.h"
#include "handshake.h"
#include "options.h"

void tcpra_analyzer_init(struct tcpra_analyzer *analyzer, const struct tcpra_config *config)
{
    memset(analyzer, 0, sizeof *analyzer);
    analyzer->config = *config;
}

void tcpra_analyzer_free(struct tcpra_analyzer *analyzer)
{
    tcpra_flow_table_free(&analyzer->flows);
}

/* The rules of one segment, in Wireshark's order. A zero-window probe, a
 * keep-alive ACK and a probe ACK are settled before the duplicate-ACK test. */
static void apply_rules(struct tcpra_context *ctx)
{
    if (!tcpra_rule_zero_window_probe(ctx)) {
        tcpra_rule_zero_window(ctx);
        tcpra_rule_lost_segment(ctx);
        tcpra_rule_keep_alive(ctx);
        tcpra_rule_window_update(ctx);
        tcpra_rule_window_full(ctx);
        if (!tcpra_rule_keep_alive_ack(ctx) && !tcpra_rule_zero_window_probe_ack(ctx))
            tcpra_rule_duplicate_ack(ctx);
    }
    tcpra_rule_reset_dupacks_on_new_ack(ctx);
    tcpra_rule_ack_lost_segment(ctx);
    tcpra_rule_retransmission(ctx);
    tcpra_sequence_update(ctx);
}

/* Options lie past the fixed header: none are read from a header shorter
 * than it, as declared or as captured. */
static struct tcpra_options read_options(const struct tcpra_segment *seg)
{
    if (seg->header_len < TCPRA_TCP_MIN_HEADER || seg->captured_len < TCPRA_TCP_MIN_HEADER)
        return (struct tcpra_options){.complete = false};
    return tcpra_parse_options(seg->options, seg->options_len,
                               (uint32_t)seg->header_len - TCPRA_TCP_MIN_HEADER);
}

/* The Wireshark-compatible analysis of a segment whose flow is known. */
static void follow(struct tcpra_context *ctx, struct tcpra_analyzer *analyzer)
{
    const struct tcpra_segment *seg = ctx->seg;
    struct tcpra_verdict *verdict = ctx->verdict;

    verdict->analysed = true;
    tcpra_handshake_detect_reuse(ctx, &analyzer->flows);
    verdict->flow_index = ctx->flow->index;
    /* Only this packet's SACK blocks count. */
    ctx->fwd->sack.count = 0;
    if (seg->has_payload_len) {
        verdict->sequence_analysed = true;
        tcpra_handshake_learn_base_seq(ctx);
        apply_rules(ctx);
    }

    /* The rest is read from parts of the header that may be missing. */
    if (seg->header_len < TCPRA_TCP_MIN_HEADER)
        return;
    tcpra_handshake_track(ctx);
    if (seg->captured_len < TCPRA_TCP_MIN_HEADER)
        return;
    tcpra_handshake_window_scaling(ctx);
    tcpra_rule_sack_window_update(ctx);
    if (ctx->options->has_sack) {
        ctx->fwd->sack = ctx->options->sack;
        ctx->fwd->sack.base = ctx->rev->base_seq;
    }
    verdict->header_complete = ctx->options->complete;
}

void tcpra_analyze(struct tcpra_analyzer *analyzer, const struct tcpra_segment *seg,
                   struct tcpra_verdict *verdict)
{
    struct tcpra_flow_lookup found;
    struct tcpra_context ctx;
    struct tcpra_options options;

    memset(verdict, 0, sizeof *verdict);
    verdict->dupack_threshold = analyzer->config.dupack_threshold;
    verdict->fast_rtx_window_ns = analyzer->config.fast_rtx_window_ns;
    if (seg->captured_len < TCPRA_TCP_FIXED_FIELDS)
        return;
    found = tcpra_flow_table_find(&analyzer->flows, seg);
    if (!found.flow)
        return;
    options = read_options(seg);
    ctx = (struct tcpra_context){
        .config = &analyzer->config,
        .seg = seg,
        .flow = found.flow,
        .fwd = &found.flow->directions[found.direction],
        .rev = &found.flow->directions[!found.direction],
        .verdict = verdict,
        .options = &options,
    };
    follow(&ctx, analyzer);
    /* Beside it, on its own state: the cause analysis. */
    tcpra_cause_analyze(&analyzer->config.cause, &ctx.flow->cause, found.direction, seg, &options,
                        seg->has_payload_len, &verdict->cause);
}
