/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What TCPRA says of one TCP header: the Wireshark-compatible verdict and
 * the cause verdict, side by side, with the connection they belong to and
 * the earlier frames this one settles. */
#ifndef TCPRA_VERDICT_H
#define TCPRA_VERDICT_H

#include <stdbool.h>
#include <stdint.h>

#include "cause.h"
#include "compat_verdict.h"

struct tcpra_verdict {
    bool analysed;              /* false: header too short to follow the connection */
    uint8_t direction;          /* the sending direction (struct tcpra_endpoints) */
    uint32_t connection;        /* its index, 0, 1, 2... in order of first packet */
    struct tcpra_compat_verdict compat;
    struct tcpra_cause cause;
    /* Earlier frames of the connection whose cause verdicts this frame
     * settles (settlement.h), to be passed to tcpra_verdicts_settle(); valid
     * until the next tcpra_analyze(). */
    const uint32_t *settled_frames;
    uint32_t settled_count;
};

/* A frame's stored verdicts (one per TCP layer), settled by the verdict of
 * a later frame `by`: the first retransmission of the same connection among
 * them becomes spurious. False when none is. */
bool tcpra_verdicts_settle(struct tcpra_verdict *layers, unsigned count, const struct tcpra_verdict *settling,
                           uint32_t by);

#endif
