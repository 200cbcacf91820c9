/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Retransmissions a timer set off: the SYN's (RFC 6298 section 5.7), the
 * retransmission timeout with its backoff (RFC 6298 section 5; Linux
 * tcp_retransmit_timer) and the tail-loss probe (RFC 8985 section 7; Linux
 * tcp_send_loss_probe). Times are the sender's: measured here, less the lag
 * of this vantage point (cause_vantage.c). */
#include "cause_context.h"

#include "rtt_estimator.h"
#include "seq.h"

/* Capture timing, delayed ACKs and an RTT estimate built from what the
 * capture saw leave room: a timer counts as expired from 3/4 of its value. */
#define TIMER_SLACK_NUM 3u
#define TIMER_SLACK_DEN 4u

static void note_estimates(struct tcpra_cause_context *c, uint64_t elapsed_ns)
{
    const struct tcpra_cause_direction *d = c->fwd;

    c->out->elapsed_ns = elapsed_ns;
    c->out->rto_ns = tcpra_rto_backed_off(tcpra_rto(&d->rtt, c->config->stack), d->backoff);
    c->out->backoff = d->backoff;
    if (d->rtt.measured) {
        c->out->flags |= TCPRA_CAUSE_HAS_SRTT;
        c->out->srtt_ns = d->rtt.srtt_ns;
    } else {
        c->out->flags |= TCPRA_CAUSE_LOW_CONFIDENCE;
        c->out->unsure = TCPRA_UNSURE_NO_RTT;
    }
}

/* Linux's initial RTO, which times SYNs and SYN-ACKs (RFC 6298 section
 * 2.1), less the usual slack. */
#define SYN_TIMEOUT_NS (TCPRA_RTO_INITIAL_NS / TIMER_SLACK_DEN * TIMER_SLACK_NUM)

/* A first SYN-ACK seen that answers the SYN a whole SYN-ACK timeout late:
 * the capture missed its first copy. The echoed TSval names the SYN it
 * answers; without timestamps, the latest SYN. */
static bool late_answer(const struct tcpra_cause_context *c, const struct tcpra_cause_syn *peer)
{
    const struct tcpra_options *o = c->options;
    tcpra_time answered = peer->last_time;

    if (!(c->seg->flags & TCPRA_TH_ACK) || !peer->seen || c->seg->ack != peer->isn + 1)
        return false;
    if (o->has_timestamps && peer->has_ts && o->tsecr == peer->first_tsval)
        answered = peer->first_time;
    return tcpra_cause_since(c->seg->time, answered) >= SYN_TIMEOUT_NS;
}

static void first_syn(struct tcpra_cause_context *c, struct tcpra_cause_syn *syn)
{
    const struct tcpra_segment *seg = c->seg;
    const struct tcpra_options *o = c->options;

    *syn = (struct tcpra_cause_syn){.seen = true, .isn = seg->seq, .first_frame = seg->frame,
                                    .last_frame = seg->frame, .first_time = seg->time, .last_time = seg->time,
                                    .has_ts = o->has_timestamps, .first_tsval = o->tsval,
                                    .last_tsval = o->tsval, .copies = 1,
                                    .last_ip_id = seg->has_ip_id ? seg->ip_id : 0,
                                    .synack = (seg->flags & TCPRA_TH_ACK) != 0,
                                    .sack_permitted = o->sack_permitted};
    if (late_answer(c, &c->handshake->syn[!c->direction])) {
        c->out->trigger = TCPRA_TRIGGER_SYN;
        c->out->basis = TCPRA_BASIS_SYN_AGAIN;
        c->out->flags |= TCPRA_CAUSE_AFTER_GAP;
        c->out->order = TCPRA_ORDER_TIMING;
        c->out->elapsed_ns = tcpra_cause_since(seg->time, c->handshake->syn[!c->direction].first_time);
    }
}

/* The same SYN again, copied by the network: its identification (when it
 * has one) and its timestamp (when it has one) repeat the last copy's. */
static bool copied_syn(const struct tcpra_cause_context *c, const struct tcpra_cause_syn *syn)
{
    const struct tcpra_segment *seg = c->seg;
    bool ids = seg->has_ip_id && seg->ip_id != 0 && syn->last_ip_id != 0;
    bool stamps = c->options->has_timestamps && syn->has_ts;

    return (ids || stamps) && (!ids || seg->ip_id == syn->last_ip_id) &&
           (!stamps || c->options->tsval == syn->last_tsval);
}

bool tcpra_cause_rule_syn(struct tcpra_cause_context *c)
{
    struct tcpra_cause_syn *syn = &c->handshake->syn[c->direction];
    const struct tcpra_segment *seg = c->seg;

    if (!(seg->flags & TCPRA_TH_SYN))
        return false;
    if (!syn->seen || syn->isn != seg->seq) {
        first_syn(c, syn);
        return true;
    }
    if (copied_syn(c, syn)) {
        c->out->flags |= TCPRA_CAUSE_NETWORK_DUPLICATE;
        c->out->basis = TCPRA_BASIS_SAME_PACKET;
        c->out->order = syn->last_ip_id ? TCPRA_ORDER_IP_ID : TCPRA_ORDER_TSVAL;
        c->out->order_value = c->out->order_reference = syn->last_ip_id ? syn->last_ip_id : syn->last_tsval;
        c->out->original_frame = syn->last_frame;
        return true;
    }
    c->out->trigger = TCPRA_TRIGGER_SYN;
    c->out->basis = TCPRA_BASIS_SYN_AGAIN;
    c->out->original_frame = syn->first_frame;
    if (syn->copies >= 2)
        c->out->previous_frame = syn->last_frame;
    c->out->elapsed_ns = tcpra_cause_since(seg->time, syn->last_time);
    /* Answered before it was sent again: the first copy had arrived. */
    if (syn->answered_frame) {
        c->out->flags |= TCPRA_CAUSE_SPURIOUS;
        c->out->spurious_basis = TCPRA_SPURIOUS_ALREADY_RECEIVED;
        c->out->evidence_frame = syn->answered_frame;
    }
    syn->last_time = seg->time;
    syn->last_frame = seg->frame;
    syn->last_tsval = c->options->tsval;
    syn->last_ip_id = seg->has_ip_id ? seg->ip_id : 0;
    if (syn->copies < UINT8_MAX)
        syn->copies++;
    return true;
}

static bool timer_expired(const struct tcpra_cause_context *c, uint64_t elapsed_ns)
{
    const struct tcpra_cause_direction *d = c->fwd;
    uint64_t rto = tcpra_rto_backed_off(tcpra_rto(&d->rtt, c->config->stack), d->backoff);

    return elapsed_ns >= rto / TIMER_SLACK_DEN * TIMER_SLACK_NUM;
}

bool tcpra_cause_rule_timeout(struct tcpra_cause_context *c, uint64_t elapsed_ns, bool episode_only)
{
    struct tcpra_cause_direction *d = c->fwd;
    bool expired = timer_expired(c, elapsed_ns);
    bool in_episode = d->in_rto_recovery && seq_before(d->acked, d->recovery_point);

    if (!in_episode && (episode_only || !expired))
        return false;
    note_estimates(c, elapsed_ns);
    c->out->trigger = TCPRA_TRIGGER_RTO;
    if (!expired) {
        c->out->basis = TCPRA_BASIS_RTO_EPISODE;
        return true;
    }
    c->out->basis = TCPRA_BASIS_TIMER_EXPIRED;
    /* RFC 6298 section 5.5: the timer backs off; 5.4: it restarts now. */
    if (d->backoff < UINT8_MAX)
        d->backoff++;
    d->timer_start = d->rearm_time = c->seg->time;
    /* The timeout ends any probe and loss recovery (Linux tcp_enter_loss). */
    d->probe_out = false;
    d->in_loss_recovery = false;
    d->in_rto_recovery = true;
    d->recovery_point = d->high_end;
    d->recovery_point_unseen = (c->out->flags & TCPRA_CAUSE_AFTER_GAP) != 0;
    return true;
}

/* The probe (RFC 8985 section 7; Linux tcp_schedule_loss_probe) goes out
 * while the sender is in its open state: SACK in use, no loss signalled, no
 * timeout being recovered from, no probe already out. Without new data to
 * send it resends the last segment (the highest seen, or beyond it when the
 * capture missed the first copy). Its timeout is 2 SRTT with several
 * segments in flight; re-armed by ACKs until one is left, it grows towards
 * the RTO, where it still goes first: any time from 2 SRTT on is a probe's.
 * rto_elapsed_ns: the RTO timer's time, to say when it had expired too. */
bool tcpra_cause_rule_tail_probe(struct tcpra_cause_context *c, uint64_t rto_elapsed_ns)
{
    struct tcpra_cause_direction *d = c->fwd;
    bool single = seq_at_or_before(c->seq, d->acked);
    uint64_t pto = tcpra_pto(&d->rtt, c->config->stack, single);
    /* The probe timer starts with the last transmission, which reaches any
     * vantage point with the same delay as the probe. Half the shortest
     * PTO leaves room for an SRTT estimated from the capture. */
    uint64_t since_last = tcpra_cause_since(c->seg->time, d->last_data_time);

    if (c->config->stack != TCPRA_STACK_LINUX || seq_before(c->end, d->high_end) || d->probe_out ||
        d->in_rto_recovery || d->in_loss_recovery || !tcpra_cause_sack_on(c->handshake) ||
        since_last < tcpra_pto(&d->rtt, c->config->stack, false) / 2)
        return false;
    note_estimates(c, since_last);
    c->out->trigger = TCPRA_TRIGGER_TLP;
    c->out->basis = timer_expired(c, rto_elapsed_ns) ? TCPRA_BASIS_PROBE_OR_TIMEOUT : TCPRA_BASIS_TAIL_PROBE;
    c->out->pto_ns = pto;
    /* The RTO is re-armed after a probe (tcp_send_loss_probe). */
    d->timer_start = d->rearm_time = c->seg->time;
    d->probe_out = true;
    d->probe_high = d->high_end;
    return true;
}
