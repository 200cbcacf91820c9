/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the network did rather than the sender: a packet it copied, an
 * original it delivered late, and, where the capture never saw an original,
 * the evidence that a segment is nevertheless a second copy. The order in
 * which a sender sent two packets is read from the IPv4 identification
 * (Linux counts it per connection for DF packets), else from the RFC 7323
 * timestamp, else from capture times alone (and the verdict says so). */
#include "cause_context.h"

#include "seq.h"

/* A copy made by the network is the same IP packet: the same
 * identification, or without one (IPv6) the same timestamps, which a
 * sender's new copy would not repeat after an ACK moved them on. */
bool tcpra_cause_rule_network_duplicate(struct tcpra_cause_context *c, const struct tcpra_sent_range *r)
{
    const struct tcpra_segment *seg = c->seg;
    const struct tcpra_options *o = c->options;
    bool same;

    if (seg->has_ip_id && r->has_ip_id && tcpra_ip_id_orders(c->fwd))
        same = seg->ip_id == r->last.ip_id;
    else if (o->has_timestamps && r->has_ts)
        same = o->tsval == r->last.tsval && o->tsecr == r->last.tsecr;
    else
        return false;
    if (!same)
        return false;
    c->out->flags |= TCPRA_CAUSE_NETWORK_DUPLICATE;
    c->out->basis = TCPRA_BASIS_SAME_PACKET;
    c->out->order = seg->has_ip_id && r->has_ip_id ? TCPRA_ORDER_IP_ID : TCPRA_ORDER_TSVAL;
    c->out->order_value = seg->has_ip_id ? seg->ip_id : o->tsval;
    c->out->order_reference = seg->has_ip_id ? r->last.ip_id : r->last.tsval;
    c->out->original_frame = r->last.frame;
    return true;
}

/* Bytes seen before, but this copy was sent before the one seen: the first
 * copy, delivered after the retransmission that filled its hole, which
 * was needless. */
bool tcpra_cause_rule_original_late(struct tcpra_cause_context *c, const struct tcpra_sent_range *r)
{
    const struct tcpra_segment *seg = c->seg;

    if (!seg->has_ip_id || !r->has_ip_id || !tcpra_ip_id_orders(c->fwd) ||
        !tcpra_ip_id_before(seg->ip_id, r->first.ip_id))
        return false;
    c->out->flags |= TCPRA_CAUSE_REORDERED;
    c->out->basis = TCPRA_BASIS_LATE_ORIGINAL;
    c->out->order = TCPRA_ORDER_IP_ID;
    c->out->order_value = seg->ip_id;
    c->out->order_reference = r->first.ip_id;
    c->out->settles_frame = r->first.frame;
    c->out->settles_basis = TCPRA_SPURIOUS_ORIGINAL_LATE;
    c->out->settles_all_copies = true;
    return true;
}

/* Whether the segment was sent before the highest one, by the evidence at
 * hand; sets the order fields. */
static bool sent_before_highest(struct tcpra_cause_context *c)
{
    const struct tcpra_segment *seg = c->seg;
    const struct tcpra_options *o = c->options;
    const struct tcpra_cause_direction *d = c->fwd;
    struct tcpra_cause *out = c->out;

    if (seg->has_ip_id && d->high_has_ip_id && tcpra_ip_id_orders(d)) {
        out->order = TCPRA_ORDER_IP_ID;
        out->order_value = seg->ip_id;
        out->order_reference = d->high.ip_id;
        return tcpra_ip_id_before(seg->ip_id, d->high.ip_id);
    }
    if (o->has_timestamps && d->high_has_ts && o->tsval != d->high.tsval) {
        out->order = TCPRA_ORDER_TSVAL;
        out->order_value = o->tsval;
        out->order_reference = d->high.tsval;
        return seq_before(o->tsval, d->high.tsval);
    }
    /* Timing: a loss the receiver signalled a round trip ago is being
     * repaired; anything sooner is the network's reordering. */
    out->order = TCPRA_ORDER_TIMING;
    out->flags |= TCPRA_CAUSE_LOW_CONFIDENCE;
    if (!d->loss_signal_time)
        return true;
    return tcpra_cause_since(seg->time, d->loss_signal_time) < tcpra_cause_sender_lag(d) / 2;
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
 * timed out). */
bool tcpra_cause_rule_tail_after_gap(struct tcpra_cause_context *c)
{
    const struct tcpra_segment *seg = c->seg;
    const struct tcpra_cause_direction *d = c->fwd;
    uint64_t silence = tcpra_cause_since(seg->time, d->last_time);
    uint64_t srtt = d->rtt.measured ? d->rtt.srtt_ns : 0;

    if (c->seq != d->high_end || !seg->has_ip_id || !d->last_has_ip_id || !tcpra_ip_id_orders(d) ||
        (uint16_t)(seg->ip_id - d->newest_ip_id) < 2 || !srtt || silence < srtt)
        return false;
    c->out->flags |= TCPRA_CAUSE_AFTER_GAP;
    /* More than one packet missing: an earlier copy went too, which only a
     * tail-loss probe sends this way. */
    if ((uint16_t)(seg->ip_id - d->newest_ip_id) > 2)
        c->fwd->probe_out = true;
    c->out->order = TCPRA_ORDER_IP_ID;
    c->out->order_value = seg->ip_id;
    c->out->order_reference = d->newest_ip_id;
    return true;
}
