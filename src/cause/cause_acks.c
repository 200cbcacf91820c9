/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The peer's ACKs of a direction's data, as its sender reads them: the
 * cumulative ACK advancing (an RTT sample, the timer re-armed, the end of a
 * recovery episode), duplicate ACKs and SACK blocks (loss signalled), and
 * the proof that a retransmission was needless: a D-SACK naming its bytes
 * (RFC 2883), or the first ACK of them echoing the original's timestamp
 * (Eifel detection, RFC 3522). */
#include "cause_context.h"

#include <stddef.h>

#include "sack_reading.h"
#include "seq.h"

/* The last copy of r was needless: this frame proves it. */
static void settle_spurious(struct tcpra_cause_context *c, struct tcpra_sent_range *r,
                            enum tcpra_spurious_basis basis, bool all_copies)
{
    if (r->sends < 2 || r->spurious_settled)
        return;
    r->spurious_settled = true;
    c->out->settles_frame = r->last.frame;
    c->out->settles_basis = (uint8_t)basis;
    c->out->settles_all_copies = all_copies;
    /* The sender undoes the recovery (RFC 3522 section 3.3; Linux
     * tcp_try_undo_loss): what it resends next is a new decision. */
    c->rev->in_rto_recovery = false;
    c->rev->backoff = 0;
}

/* An RTT sample from the range holding the last byte acknowledged: Karn's
 * rule (RFC 6298 section 3) unless the echoed timestamp names the copy. */
static void sample_rtt(struct tcpra_cause_context *c, struct tcpra_cause_direction *d,
                       const struct tcpra_sent_range *r)
{
    const struct tcpra_options *o = c->options;
    uint64_t half;

    if (r->sends == 1)
        half = tcpra_cause_since(c->seg->time, r->first.time);
    else if (o->has_timestamps && r->has_ts && o->tsecr == r->last.tsval)
        half = tcpra_cause_since(c->seg->time, r->last.time);
    else
        return;
    smooth_half(&d->data_to_ack_ns, &d->has_data_to_ack, half);
    tcpra_cause_infer_vantage(d);
    /* Beside the sender this half is the round trip; elsewhere the other
     * half is needed, or the sample would be the receiver's ACK delay. */
    if (d->has_ack_to_data)
        tcpra_rtt_sample(&d->rtt, half + d->ack_to_data_ns);
    else if (d->vantage == TCPRA_VANTAGE_SENDER)
        tcpra_rtt_sample(&d->rtt, half);
}

/* Eifel (RFC 3522 section 3.2): the ACK of a retransmitted range echoes a
 * TSval older than the retransmission's: the original arrived. */
static void check_echo(struct tcpra_cause_context *c, struct tcpra_sent_range *r)
{
    const struct tcpra_options *o = c->options;

    if (r->sends >= 2 && r->has_ts && o->has_timestamps && seq_before(o->tsecr, r->last.tsval) &&
        seq_at_or_before(r->first.tsval, o->tsecr))
        settle_spurious(c, r, TCPRA_SPURIOUS_EIFEL, seq_before(o->tsecr, r->first_resend_tsval));
}

static void advance(struct tcpra_cause_context *c, struct tcpra_cause_direction *d, uint32_t ack)
{
    struct tcpra_sent_range *r = tcpra_sent_find(&d->sent, ack - 1);

    if (r)
        sample_rtt(c, d, r);
    r = d->acked_any ? tcpra_sent_find(&d->sent, d->acked) : NULL;
    if (r)
        check_echo(c, r);
    d->acked_any = true;
    d->acked = ack;
    d->progress_time = d->timer_start = c->seg->time;
    tcpra_ack_advance_note(&d->ack_advances, c->seg->time);
    d->dupacks = 0;
    d->loss_signal_time = 0;
    d->sacked_high = ack;
    tcpra_loss_signals_acknowledge(&d->loss_signals, ack);
    d->backoff = 0;
    if (d->probe_out && seq_at_or_before(d->probe_high, ack))
        d->probe_out = false;
    if (d->in_loss_recovery && seq_at_or_before(d->loss_recovery_high, ack))
        d->in_loss_recovery = false;
    d->sack_malformed = false;
    /* Released data measures the sender's half only while data is
     * waiting: otherwise the application, not the ACK, releases it. */
    d->awaiting_release = seq_before(ack, d->high_end);
    if (d->in_rto_recovery && !d->recovery_point_unseen && seq_at_or_before(d->recovery_point, ack))
        d->in_rto_recovery = false;
    tcpra_sent_acknowledge(&d->sent, ack);
}

/* The peer has data up to RECEIVED_END beyond its cumulative ACK. */
static void signal_loss(struct tcpra_cause_context *c, struct tcpra_cause_direction *d, uint32_t received_end)
{
    if (c->options->has_timestamps)
        tcpra_loss_signals_note(&d->loss_signals, c->options->tsval, received_end);
    if (!d->loss_signal_time) {
        d->loss_signal_time = c->seg->time;
        d->loss_signal_frame = c->seg->frame;
    }
}

static void read_sack(struct tcpra_cause_context *c, struct tcpra_cause_direction *d)
{
    struct tcpra_sack_reading s = tcpra_read_sack(&c->options->sack, c->seg->ack);

    if (s.malformed)
        d->sack_malformed = true;
    if (s.has_dsack) {
        struct tcpra_sent_range *r = tcpra_sent_find(&d->sent, s.dsack_left);

        if (r)
            settle_spurious(c, r, TCPRA_SPURIOUS_DSACK, true);
    }
    if (s.has_sacked && seq_after(s.sacked_high, d->sacked_high)) {
        d->sacked_high = s.sacked_high;
        signal_loss(c, d, s.sacked_high);
    }
}

void tcpra_cause_read_ack(struct tcpra_cause_context *c)
{
    const struct tcpra_segment *seg = c->seg;
    struct tcpra_cause_direction *d = c->rev;

    if (!(seg->flags & TCPRA_TH_ACK) || !d->data_seen)
        return;
    if (!d->acked_any || seq_after(seg->ack, d->acked)) {
        if (seq_at_or_before(seg->ack, d->high_end))
            advance(c, d, seg->ack);
    } else if (seg->ack == d->acked && c->end == c->seq && !(seg->flags & (TCPRA_TH_SYN | TCPRA_TH_FIN)) &&
               seq_before(d->acked, d->high_end)) {
        if (++d->dupacks == c->config->dupack_threshold)
            d->dupacks_enough_time = seg->time;
        signal_loss(c, d, seg->ack + 1);
    }
    if (c->options->has_sack)
        read_sack(c, d);
}
