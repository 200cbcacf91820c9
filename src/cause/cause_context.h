/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What one cause rule may look at: the segment, the direction that sent
 * it (fwd) and the other (rev) as the cause analysis keeps them, and the
 * cause verdict being built. */
#ifndef TCPRA_CAUSE_CONTEXT_H
#define TCPRA_CAUSE_CONTEXT_H

#include "cause.h"
#include "cause_state.h"
#include "ip_id_order.h"
#include "options.h"
#include "segment.h"

struct tcpra_cause_context {
    const struct tcpra_cause_config *config;
    const struct tcpra_segment *seg;
    const struct tcpra_options *options;
    struct tcpra_cause_handshake *handshake;
    int direction;                          /* fwd is handshake->syn[direction]'s */
    struct tcpra_cause_direction *fwd, *rev;
    const struct tcpra_ip_id_order *ip_ids;  /* how fwd's IP IDs run */
    struct tcpra_cause *out;
    uint32_t seq, end;                      /* the segment's data (FIN included) */
};

/* Elapsed time, 0 when the clock went backwards. */
static inline uint64_t tcpra_cause_since(tcpra_time now, tcpra_time then)
{
    return (int64_t)(now - then) > 0 ? now - then : 0;
}

/* Smoothing of the round-trip halves, as SRTT's (RFC 6298: 1/8). */
static inline void smooth_half(uint64_t *avg, bool *has, uint64_t sample)
{
    *avg = *has ? *avg - *avg / 8 + sample / 8 : sample;
    *has = true;
}

/* Handshake and vantage point (cause_vantage.c). */
void tcpra_cause_track_handshake(struct tcpra_cause_context *c);
void tcpra_cause_infer_vantage(struct tcpra_cause_direction *d);
/* The time the data's sender saw happen later than this capture did: a
 * round trip at the receiver, half of one in the middle. */
uint64_t tcpra_cause_sender_lag(const struct tcpra_cause_direction *d);

/* The peer's ACK, SACK and D-SACK of rev's data (cause_acks.c). */
void tcpra_cause_read_ack(struct tcpra_cause_context *c);

/* Rules (cause_rules_*.c). These return true when they settled the
 * segment: a SYN (first or resent), a copy the network made, an original
 * delivered after its retransmission. */
bool tcpra_cause_rule_syn(struct tcpra_cause_context *c);
bool tcpra_cause_rule_network_duplicate(struct tcpra_cause_context *c, const struct tcpra_sent_range *r);
bool tcpra_cause_rule_original_late(struct tcpra_cause_context *c, const struct tcpra_sent_range *r);
/* Data filling a hole: true when it is an original delivered late (settled);
 * false when it is a retransmission, whose trigger the caller names. */
bool tcpra_cause_rule_reordered(struct tcpra_cause_context *c);
/* In-order data: true when it is nevertheless a retransmission, its first
 * copy lost before the capture, whose trigger the caller names; false when
 * it is new data. */
bool tcpra_cause_rule_tail_after_gap(struct tcpra_cause_context *c);
/* A retransmission: name its trigger. */
void tcpra_cause_rule_trigger(struct tcpra_cause_context *c);
/* With episode_only, only within the recovery after a timeout. */
bool tcpra_cause_rule_timeout(struct tcpra_cause_context *c, uint64_t elapsed_ns, bool episode_only);
bool tcpra_cause_rule_tail_probe(struct tcpra_cause_context *c, uint64_t rto_elapsed_ns);
void tcpra_cause_rule_loss_recovery(struct tcpra_cause_context *c);

#endif
