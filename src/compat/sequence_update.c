/* SPDX-License-Identifier: GPL-2.0-or-later */
/* After the rules: move the sending direction forward and let its ACK
 * retire the other direction's segments. */
#include "context.h"

#include "seq.h"

void tcpra_sequence_update(struct tcpra_context *ctx)
{
    const struct tcpra_segment *seg = ctx->seg;
    struct tcpra_direction *fwd = ctx->fwd;
    bool is_probe = tcpra_marked(ctx, TCPRA_ZERO_WINDOW_PROBE);
    uint32_t next_seq = seg->seq + seg->payload_len;
    uint32_t syn_or_fin = tcpra_has_flag(ctx, TCPRA_TH_SYN | TCPRA_TH_FIN) ? 1u : 0u;

    if ((seg->payload_len || syn_or_fin) &&
        fwd->unacked.count < TCPRA_MAX_UNACKED) {
        /* Counting SYN/FIN here only, as Wireshark does: once the list is
         * full, a FIN no longer moves next_seq past itself. */
        next_seq = seg->seq + tcpra_seq_space(ctx);
        tcpra_unacked_add(&fwd->unacked, seg->seq, next_seq, seg->frame, seg->time,
                          (tcpra_class_bits(ctx->verdict) & TCPRA_BIT(TCPRA_RETRANSMISSION)) != 0);
    }

    /* Whether the segment that moves the edge carried data. Like Wireshark,
     * compare with the edge one byte further for a SYN or FIN. */
    if (!fwd->next_seq || seq_after(next_seq, fwd->next_seq + syn_or_fin))
        fwd->last_advance_len = seg->payload_len;

    /* A probe's byte is not accepted into a zero window: it does not move
     * the edge. */
    if ((seq_after(next_seq, fwd->next_seq) || !fwd->next_seq) && !is_probe) {
        fwd->next_seq = next_seq;
        fwd->next_seq_frame = seg->frame;
        fwd->next_seq_time = seg->time;
    }
    if ((seg->seq == fwd->max_seq_to_be_acked || !fwd->max_seq_to_be_acked) && !is_probe)
        fwd->max_seq_to_be_acked = fwd->next_seq;

    fwd->window = seg->window;
    fwd->last_ack = seg->ack;
    fwd->last_ack_time = seg->time;
    fwd->last_segment_classes = ctx->verdict->classes;

    /* Every segment's ACK number retires segments, ACK flag or not, as in
     * Wireshark; what it reached is noted on it. */
    tcpra_rule_ack_notes(ctx, tcpra_unacked_acknowledge(&ctx->rev->unacked, seg->ack));
}
