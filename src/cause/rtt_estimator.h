/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The round-trip time a data sender measures, and the timers it derives
 * from it: the retransmission timeout (RFC 6298, with Linux's floor) and
 * the tail-loss probe timeout (RFC 8985 section 7.2). */
#ifndef TCPRA_RTT_ESTIMATOR_H
#define TCPRA_RTT_ESTIMATOR_H

#include <stdbool.h>
#include <stdint.h>

/* The stack whose timers the estimates follow. */
enum tcpra_cause_stack {
    TCPRA_STACK_LINUX,          /* 200 ms minimum RTO, tail-loss probes */
    TCPRA_STACK_RFC,            /* RFC 6298: 1 s minimum RTO, no TLP */
    TCPRA_STACK_COUNT
};

/* RFC 6298 section 2.1: before any measurement the RTO is 1 s. */
#define TCPRA_RTO_INITIAL_NS 1000000000ull
/* Linux's TCP_RTO_MIN (200 ms); RFC 6298 section 2.4 says 1 s. */
#define TCPRA_RTO_MIN_LINUX_NS 200000000ull
#define TCPRA_RTO_MIN_RFC_NS 1000000000ull
/* RFC 6298 section 2.5 allows a maximum of at least 60 s; Linux's
 * TCP_RTO_MAX is 120 s. */
#define TCPRA_RTO_MAX_NS 120000000000ull

struct tcpra_rtt_estimator {
    bool measured;
    uint64_t srtt_ns, rttvar_ns;
    uint64_t min_rtt_ns;        /* the path's own delay, without delayed ACKs */
};

/* One round-trip sample (RFC 6298 sections 2.2 and 2.3). The caller keeps
 * Karn's rule: no sample from a segment sent more than once, unless its
 * timestamp echo tells which copy was answered (RFC 7323 section 4). */
void tcpra_rtt_sample(struct tcpra_rtt_estimator *e, uint64_t sample_ns);

/* The retransmission timeout before any backoff: Linux's SRTT +
 * max(4 RTTVAR, 200 ms), or RFC 6298's max(SRTT + 4 RTTVAR, 1 s); 1 s
 * unmeasured. */
uint64_t tcpra_rto(const struct tcpra_rtt_estimator *e, enum tcpra_cause_stack stack);

/* The timeout after backoff doublings (RFC 6298 section 5.5), at most
 * TCPRA_RTO_MAX_NS. */
uint64_t tcpra_rto_backed_off(uint64_t rto_ns, unsigned backoff);

/* The probe timeout (RFC 8985 section 7.2; Linux tcp_schedule_loss_probe):
 * 2 SRTT, plus the minimum RTO when a single segment is in flight (the
 * receiver may delay its ACK), never beyond the RTO. 0 for the RFC stack or
 * without a measurement: no probe. */
uint64_t tcpra_pto(const struct tcpra_rtt_estimator *e, enum tcpra_cause_stack stack,
                   bool single_in_flight);

#endif
