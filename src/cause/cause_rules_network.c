/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the network did rather than the sender: a packet it copied, an
 * original it delivered late, and, where the capture never saw an original,
 * the evidence that a segment is nevertheless a second copy. The order in
 * which a sender sent two packets is read from the IPv4 identification
 * (Linux counts it per connection for DF packets), else from the RFC 7323
 * timestamp and its echo, else from capture times alone (and the verdict
 * says so). */
#include "cause_context.h"

#include "seq.h"

/* A copy made by the network is the same IP packet: the same
 * identification (even a random one is the packet's own; zero is none) and
 * the same timestamps, as far as the packet has them. A sender's new copy
 * differs in its identification, or without one (IPv6) in its timestamps
 * once an ACK moved them on. */
bool tcpra_cause_rule_network_duplicate(struct tcpra_cause_context *c, const struct tcpra_sent_range *r)
{
    const struct tcpra_segment *seg = c->seg;
    const struct tcpra_options *o = c->options;
    bool ids = seg->has_ip_id && r->has_ip_id && seg->ip_id != 0;
    bool stamps = o->has_timestamps && r->has_ts;

    if ((!ids && !stamps) || (ids && seg->ip_id != r->last.ip_id) ||
        (stamps && (o->tsval != r->last.tsval || o->tsecr != r->last.tsecr)))
        return false;
    c->out->flags |= TCPRA_CAUSE_NETWORK_DUPLICATE;
    c->out->basis = TCPRA_BASIS_SAME_PACKET;
    c->out->order = ids ? TCPRA_ORDER_IP_ID : TCPRA_ORDER_TSVAL;
    c->out->order_value = ids ? seg->ip_id : o->tsval;
    c->out->order_reference = ids ? r->last.ip_id : r->last.tsval;
    c->out->original_frame = r->last.frame;
    return true;
}

/* Whether the segment was sent before copy (with has_ip_id, has_ts: what
 * it carried), by the best evidence at hand, setting the order fields: the
 * IP ID when it counts; else the TSval; else, in one clock tick, the TSecr,
 * since the sender's echo of its peer only grows (RFC 7323 section 4.3).
 * UNKNOWN when none tells. */
enum sent_order { SENT_UNKNOWN, SENT_BEFORE, SENT_AFTER };

static enum sent_order order_against(struct tcpra_cause_context *c, const struct tcpra_sent_copy *copy,
                                     bool has_ip_id, bool has_ts)
{
    const struct tcpra_segment *seg = c->seg;
    const struct tcpra_options *o = c->options;
    struct tcpra_cause *out = c->out;
    bool before;

    if (seg->has_ip_id && has_ip_id && tcpra_ip_id_orders(c->ip_ids) && seg->ip_id != copy->ip_id) {
        out->order = TCPRA_ORDER_IP_ID;
        out->order_value = seg->ip_id;
        out->order_reference = copy->ip_id;
        before = tcpra_ip_id_before(seg->ip_id, copy->ip_id);
    } else if (o->has_timestamps && has_ts && o->tsval != copy->tsval) {
        out->order = TCPRA_ORDER_TSVAL;
        out->order_value = o->tsval;
        out->order_reference = copy->tsval;
        before = seq_before(o->tsval, copy->tsval);
    } else if (o->has_timestamps && has_ts && o->tsecr != copy->tsecr) {
        out->order = TCPRA_ORDER_TSECR;
        out->order_value = o->tsecr;
        out->order_reference = copy->tsecr;
        before = seq_before(o->tsecr, copy->tsecr);
    } else {
        return SENT_UNKNOWN;
    }
    return before ? SENT_BEFORE : SENT_AFTER;
}

/* Bytes seen before, but this copy was sent before the one seen: the first
 * copy, delivered after the retransmission that filled its hole, which
 * was needless. */
bool tcpra_cause_rule_original_late(struct tcpra_cause_context *c, const struct tcpra_sent_range *r)
{
    struct tcpra_cause saved = *c->out;

    if (order_against(c, &r->first, r->has_ip_id, r->has_ts) != SENT_BEFORE) {
        *c->out = saved;
        return false;
    }
    c->out->flags |= TCPRA_CAUSE_REORDERED;
    c->out->basis = TCPRA_BASIS_LATE_ORIGINAL;
    c->out->settles_frame = r->first.frame;
    c->out->settles_basis = TCPRA_SPURIOUS_ORIGINAL_LATE;
    c->out->settles_all_copies = true;
    return true;
}

/* Sent before the sender could know of a loss here: its echo predates the
 * peer's first word of data beyond this hole, and its retransmission timer
 * could not have expired yet (loss_signals.h). */
static bool sent_before_loss_known(struct tcpra_cause_context *c)
{
    const struct tcpra_cause_direction *d = c->fwd;
    const struct tcpra_options *o = c->options;
    uint32_t first_signal;

    if (!o->has_timestamps || !tcpra_loss_signals_first(&d->loss_signals, c->seq, &first_signal) ||
        !seq_before(o->tsecr, first_signal) ||
        tcpra_cause_since(c->seg->time, d->timer_start) >= tcpra_rto(&d->rtt, c->config->stack))
        return false;
    c->out->order = TCPRA_ORDER_BEFORE_SIGNAL;
    c->out->order_value = o->tsecr;
    c->out->order_reference = first_signal;
    return true;
}

/* Whether the segment was sent before the highest one, by the evidence at
 * hand; sets the order fields. */
static bool sent_before_highest(struct tcpra_cause_context *c)
{
    const struct tcpra_cause_direction *d = c->fwd;
    enum sent_order order = order_against(c, &d->high, d->high_has_ip_id, d->high_has_ts);

    if (order != SENT_UNKNOWN)
        return order == SENT_BEFORE;
    if (sent_before_loss_known(c))
        return true;
    /* Timing: a loss the receiver signalled a round trip ago is being
     * repaired; anything sooner is the network's reordering. The signal is
     * the first SACK above the segment, else the duplicate ACK that reached
     * the threshold (RFC 5681 section 3.2): fewer start no repair. */
    c->out->order = TCPRA_ORDER_TIMING;
    c->out->flags |= TCPRA_CAUSE_LOW_CONFIDENCE;
    tcpra_time signal = d->loss_signal_time;
    if (!seq_before(c->seq, d->sacked_high)) {
        if (d->dupacks < c->config->dupack_threshold)
            return true;
        signal = d->dupacks_enough_time;
    }
    if (!signal)
        return true;
    return tcpra_cause_since(c->seg->time, signal) < tcpra_cause_sender_lag(d) / 2;
}

bool tcpra_cause_rule_reordered(struct tcpra_cause_context *c)
{
    if (!sent_before_highest(c)) {
        c->out->flags |= TCPRA_CAUSE_HOLE_FILLED;
        return false;
    }
    c->out->flags |= TCPRA_CAUSE_REORDERED;
    c->out->basis = TCPRA_BASIS_LATE_ORIGINAL;
    c->out->original_frame = c->seg->frame;
    return true;
}

/* In order, but the identification skipped a packet beyond the furthest
 * one seen, after a silence a timer could have ended: the skipped packet was
 * this data's first copy, lost before the capture (a lost tail probed or
 * timed out). Beside the sender nothing is lost before the capture: there a
 * skip is a packet of the host's other connections (one counter per host). */
bool tcpra_cause_rule_tail_after_gap(struct tcpra_cause_context *c)
{
    const struct tcpra_segment *seg = c->seg;
    const struct tcpra_cause_direction *d = c->fwd;
    uint64_t silence = tcpra_cause_since(seg->time, d->last_time);
    uint64_t srtt = d->rtt.measured ? d->rtt.srtt_ns : 0;
    const struct tcpra_ip_id_order *ids = c->ip_ids;
    uint16_t skip = (uint16_t)(seg->ip_id - ids->newest);

    if (d->vantage == TCPRA_VANTAGE_SENDER || c->seq != d->high_end || !seg->has_ip_id || !ids->has_last ||
        !tcpra_ip_id_dense(ids) || skip < 2 ||
        skip > TCPRA_IP_ID_NEAR || !srtt || silence < srtt)
        return false;
    c->out->flags |= TCPRA_CAUSE_AFTER_GAP;
    /* More than one packet missing: an earlier copy went too, which only a
     * tail-loss probe sends this way. */
    if (skip > 2) {
        c->fwd->probe_out = true;
        c->fwd->probe_high = c->end;
    }
    c->out->order = TCPRA_ORDER_IP_ID;
    c->out->order_value = seg->ip_id;
    c->out->order_reference = ids->newest;
    return true;
}
