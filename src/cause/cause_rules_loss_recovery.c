/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Which mechanism sent a retransmission. Within the recovery after a
 * timeout, the timeout; then the tail-loss probe, for the last segment when
 * no loss was signalled; then a timeout, when the timer expired; then loss
 * recovery, once the receiver signalled a loss (a duplicate ACK or a SACK
 * above the segment: RFC 6675 section 5, RFC 8985 section 6); anything else
 * was found lost by RACK's timer (RFC 8985 section 6.3), loss recovery too. */
#include "cause_context.h"

#include "rtt_estimator.h"
#include "seq.h"

static bool loss_signalled(const struct tcpra_cause_context *c)
{
    const struct tcpra_cause_direction *d = c->fwd;

    /* RFC 5681 section 3.2 without SACK; with it, RACK needs one SACK above
     * (RFC 8985 section 6.2). */
    return d->loss_signal_time &&
           (d->dupacks >= c->config->dupack_threshold || seq_before(c->seq, d->sacked_high));
}

void tcpra_cause_rule_loss_recovery(struct tcpra_cause_context *c)
{
    struct tcpra_cause_direction *d = c->fwd;

    c->out->trigger = TCPRA_TRIGGER_LOSS_RECOVERY;
    c->out->basis = TCPRA_BASIS_RACK_TIMER;
    c->out->elapsed_ns = tcpra_cause_since(c->seg->time, d->timer_start);
    if (d->rtt.measured) {
        c->out->flags |= TCPRA_CAUSE_HAS_SRTT;
        c->out->srtt_ns = d->rtt.srtt_ns;
        c->out->rto_ns = tcpra_rto(&d->rtt, c->config->stack);
    }
    if (loss_signalled(c)) {
        c->out->basis = TCPRA_BASIS_LOSS_SIGNALLED;
        c->out->evidence_frame = c->out->signal_frame = d->loss_signal_frame;
    }
    if (!d->in_loss_recovery) {
        d->in_loss_recovery = true;
        d->loss_recovery_high = d->high_end;
    }
}

/* When the sender armed the timer that sent this segment: by the last ACK
 * that could have reached it in time (ack_advances.h), or by its own
 * timeout or probe. */
static tcpra_time sender_timer_start(const struct tcpra_cause_context *c, uint64_t lag)
{
    const struct tcpra_cause_direction *d = c->fwd;
    tcpra_time heard;

    if (!lag || !tcpra_ack_advance_by(&d->ack_advances, c->seg->time - lag, &heard))
        return d->timer_start;
    return (int64_t)(d->rearm_time - heard) > 0 ? d->rearm_time : heard;
}

void tcpra_cause_rule_trigger(struct tcpra_cause_context *c)
{
    const struct tcpra_cause_direction *d = c->fwd;
    uint64_t lag = tcpra_cause_sender_lag(d);
    uint64_t since = tcpra_cause_since(c->seg->time, sender_timer_start(c, lag));
    uint64_t elapsed = since > lag ? since - lag : 0;

    if (tcpra_cause_rule_timeout(c, elapsed, true))
        return;
    if (!loss_signalled(c) && tcpra_cause_rule_tail_probe(c, elapsed))
        return;
    if (tcpra_cause_rule_timeout(c, elapsed, false))
        return;
    tcpra_cause_rule_loss_recovery(c);
}
