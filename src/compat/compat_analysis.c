/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "compat_analysis.h"

#include <string.h>

#include "context.h"
#include "handshake.h"

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

void tcpra_compat_analyze(const struct tcpra_compat_config *config, struct tcpra_compat_connection *conn,
                          int direction, const struct tcpra_segment *seg, const struct tcpra_options *options,
                          bool reused_ports, struct tcpra_compat_verdict *out)
{
    struct tcpra_context ctx = {
        .config = config,
        .seg = seg,
        .conn = conn,
        .fwd = &conn->directions[direction],
        .rev = &conn->directions[!direction],
        .verdict = out,
        .options = options,
    };

    memset(out, 0, sizeof *out);
    if (reused_ports)
        tcpra_mark(&ctx, TCPRA_REUSED_PORTS);
    tcpra_handshake_follow_resent_syn(&ctx);
    /* Only this packet's SACK blocks count. */
    ctx.fwd->sack.count = 0;
    if (seg->has_payload_len) {
        out->sequence_analysed = true;
        tcpra_handshake_learn_base_seq(&ctx);
        apply_rules(&ctx);
    }

    /* The rest is read from parts of the header that may be missing. */
    if (seg->header_len < TCPRA_TCP_MIN_HEADER)
        return;
    tcpra_handshake_track(&ctx);
    if (seg->captured_len < TCPRA_TCP_MIN_HEADER)
        return;
    tcpra_handshake_window_scaling(&ctx);
    tcpra_rule_sack_window_update(&ctx);
    if (options->has_sack) {
        ctx.fwd->sack = options->sack;
        ctx.fwd->sack.base = ctx.rev->base_seq;
    }
    out->header_complete = options->complete;
}
