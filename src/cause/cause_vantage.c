/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Where a direction was captured. Beside a host, its own packets leave
 * with no delay and the peer's answers take a round trip; so the handshake's
 * first gap (SYN to SYN-ACK) is long next to the client, its second gap
 * (SYN-ACK to ACK) long next to the server, and both moderate in the middle.
 * Without a handshake the two halves of a round trip that the data and its
 * ACKs show (cause_state.h) tell the same. */
#include "cause_context.h"

#include "seq.h"

/* One gap is long next to the other: a factor of 4 leaves room for a
 * receiver's processing and for jitter on the path. */
#define VANTAGE_RATIO 4u

static enum tcpra_vantage from_gaps(uint64_t own_to_answer, uint64_t answer_to_own)
{
    if (answer_to_own * VANTAGE_RATIO < own_to_answer)
        return TCPRA_VANTAGE_SENDER;
    if (own_to_answer * VANTAGE_RATIO < answer_to_own)
        return TCPRA_VANTAGE_RECEIVER;
    return TCPRA_VANTAGE_MIDDLE;
}

void tcpra_cause_infer_vantage(struct tcpra_cause_direction *d)
{
    if (d->vantage == TCPRA_VANTAGE_UNKNOWN && d->has_data_to_ack && d->has_ack_to_data)
        d->vantage = (uint8_t)from_gaps(d->data_to_ack_ns, d->ack_to_data_ns);
}

uint64_t tcpra_cause_sender_lag(const struct tcpra_cause_direction *d)
{
    /* The path's delay: a delayed ACK holds the sender's timer back, not
     * the packets. */
    uint64_t rtt = d->rtt.measured ? d->rtt.min_rtt_ns : 0;

    if (d->vantage == TCPRA_VANTAGE_RECEIVER)
        return rtt;
    if (d->vantage == TCPRA_VANTAGE_MIDDLE)
        return rtt / 2;
    return 0;
}

static void complete(struct tcpra_cause_context *c, int client)
{
    struct tcpra_cause_handshake *h = c->handshake;
    uint64_t syn_to_synack = tcpra_cause_since(h->syn[!client].last_time, h->syn[client].last_time);
    uint64_t synack_to_ack = tcpra_cause_since(c->seg->time, h->syn[!client].last_time);
    enum tcpra_vantage client_side = from_gaps(syn_to_synack, synack_to_ack);

    h->completed = true;
    h->completed_time = c->seg->time;
    h->client = (uint8_t)client;
    /* The client's own data is seen where its SYN was. */
    h->vantage[client] = (uint8_t)client_side;
    h->vantage[!client] = (uint8_t)(client_side == TCPRA_VANTAGE_SENDER     ? TCPRA_VANTAGE_RECEIVER
                                    : client_side == TCPRA_VANTAGE_RECEIVER ? TCPRA_VANTAGE_SENDER
                                                                            : TCPRA_VANTAGE_MIDDLE);
    /* SYN to third ACK: one round trip wherever the capture is. */
    h->rtt_ns = syn_to_synack + synack_to_ack;
}

void tcpra_cause_track_handshake(struct tcpra_cause_context *c)
{
    const struct tcpra_segment *seg = c->seg;
    struct tcpra_cause_handshake *h = c->handshake;
    struct tcpra_cause_syn *peer = &h->syn[!c->direction];

    if (!(seg->flags & TCPRA_TH_ACK))
        return;
    if (peer->seen && !peer->answered_frame && seg->ack == peer->isn + 1) {
        peer->answered_frame = seg->frame;
        /* Eifel (RFC 3522) for the SYN: the answer echoes an earlier copy's
         * TSval than the latest's, so the latest was needless. */
        if (peer->copies >= 2 && peer->has_ts && c->options->has_timestamps &&
            seq_before(c->options->tsecr, peer->last_tsval)) {
            c->out->settles_frame = peer->last_frame;
            c->out->settles_basis = TCPRA_SPURIOUS_EIFEL;
            c->out->settles_all_copies = c->options->tsecr == peer->first_tsval;
        }
    }
    /* The SYN's sender acknowledging the SYN-ACK, without SYN itself. */
    if (!h->completed && !(seg->flags & TCPRA_TH_SYN) && h->syn[c->direction].seen && peer->seen &&
        peer->synack && !h->syn[c->direction].synack && seg->ack == peer->isn + 1)
        complete(c, c->direction);
}
