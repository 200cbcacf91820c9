/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "rtt_estimator.h"

void tcpra_rtt_sample(struct tcpra_rtt_estimator *e, uint64_t sample_ns)
{
    if (!e->measured || sample_ns < e->min_rtt_ns)
        e->min_rtt_ns = sample_ns;
    if (!e->measured) {
        /* RFC 6298 section 2.2. */
        e->srtt_ns = sample_ns;
        e->rttvar_ns = sample_ns / 2;
        e->measured = true;
        return;
    }
    /* Section 2.3: RTTVAR first, with the old SRTT; beta 1/4, alpha 1/8. */
    uint64_t deviation = e->srtt_ns > sample_ns ? e->srtt_ns - sample_ns : sample_ns - e->srtt_ns;

    e->rttvar_ns = e->rttvar_ns - e->rttvar_ns / 4 + deviation / 4;
    e->srtt_ns = e->srtt_ns - e->srtt_ns / 8 + sample_ns / 8;
}

uint64_t tcpra_rto(const struct tcpra_rtt_estimator *e, enum tcpra_cause_stack stack)
{
    uint64_t rto;

    if (!e->measured)
        return TCPRA_RTO_INITIAL_NS;
    if (stack == TCPRA_STACK_LINUX) {
        /* tcp_set_rto: the variance term never falls below tcp_rto_min. */
        uint64_t variance = 4 * e->rttvar_ns;

        rto = e->srtt_ns + (variance > TCPRA_RTO_MIN_LINUX_NS ? variance : TCPRA_RTO_MIN_LINUX_NS);
    } else {
        rto = e->srtt_ns + 4 * e->rttvar_ns;
        if (rto < TCPRA_RTO_MIN_RFC_NS)
            rto = TCPRA_RTO_MIN_RFC_NS;
    }
    return rto < TCPRA_RTO_MAX_NS ? rto : TCPRA_RTO_MAX_NS;
}

uint64_t tcpra_rto_backed_off(uint64_t rto_ns, unsigned backoff)
{
    for (unsigned i = 0; i < backoff && rto_ns < TCPRA_RTO_MAX_NS; i++)
        rto_ns *= 2;
    return rto_ns < TCPRA_RTO_MAX_NS ? rto_ns : TCPRA_RTO_MAX_NS;
}

uint64_t tcpra_pto(const struct tcpra_rtt_estimator *e, enum tcpra_cause_stack stack,
                   bool single_in_flight)
{
    uint64_t pto, rto;

    if (stack != TCPRA_STACK_LINUX || !e->measured)
        return 0;
    pto = 2 * e->srtt_ns + (single_in_flight ? TCPRA_RTO_MIN_LINUX_NS : 0);
    rto = tcpra_rto(e, stack);
    return pto < rto ? pto : rto;
}
