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

/* Both analyses of seg, sent by direction of flow. */
static void analyze_in(struct tcpra_analyzer *analyzer, struct tcpra_flow *flow, int direction,
                       const struct tcpra_segment *seg, struct tcpra_verdict *verdict)
{
    struct tcpra_options options = read_options(seg);
    struct tcpra_context ctx = {
        .config = &analyzer->config,
        .seg = seg,
        .flow = flow,
        .fwd = &flow->directions[direction],
        .rev = &flow->directions[!direction],
        .verdict = verdict,
        .options = &options,
    };

    follow(&ctx, analyzer);
    /* Beside it, on its own state: the cause analysis. */
    tcpra_cause_analyze(&analyzer->config.cause, &ctx.flow->cause, direction, seg, &options,
                        seg->has_payload_len, &verdict->cause);
}

static void start_verdict(const struct tcpra_analyzer *analyzer, struct tcpra_verdict *verdict)
{
    memset(verdict, 0, sizeof *verdict);
    verdict->dupack_threshold = analyzer->config.dupack_threshold;
    verdict->fast_rtx_window_ns = analyzer->config.fast_rtx_window_ns;
}

/* The state of a connection seen once: its first packet analysed again, on
 * a state as new as when it came, gives the state it left. */
static struct tcpra_flow *rebuild_state(struct tcpra_analyzer *analyzer, struct tcpra_flow_entry *entry)
{
    struct tcpra_segment first;
    struct tcpra_verdict unused;
    int direction;
    struct tcpra_flow *flow = tcpra_flow_table_add_state(&analyzer->flows, entry, &first, &direction);

    if (flow) {
        start_verdict(analyzer, &unused);
        analyze_in(analyzer, flow, direction, &first, &unused);
    }
    return flow;
}

void tcpra_analyze(struct tcpra_analyzer *analyzer, const struct tcpra_segment *seg,
                   struct tcpra_verdict *verdict)
{
    struct tcpra_flow_lookup found;

    start_verdict(analyzer, verdict);
    if (seg->captured_len < TCPRA_TCP_FIXED_FIELDS)
        return;
    found = tcpra_flow_table_find(&analyzer->flows, seg);
    if (!found.entry)
        return;
    if (found.is_new) {
        /* Its state lasts as long as its verdict takes: the table keeps the
         * packet instead. */
        struct tcpra_flow state;

        tcpra_flow_init(&state, tcpra_flow_table_index(found.entry));
        analyze_in(analyzer, &state, found.direction, seg, verdict);
        tcpra_flow_free(&state);
        return;
    }
    if (!found.flow && !(found.flow = rebuild_state(analyzer, found.entry)))
        return;
    analyze_in(analyzer, found.flow, found.direction, seg, verdict);
}
