/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause analysis's fields and expert infos (tcpra.cause.*). */
#ifndef TCPRA_CAUSE_FIELDS_H
#define TCPRA_CAUSE_FIELDS_H

#include <epan/expert.h>
#include <epan/packet.h>

#include "cause.h"

/* The verdicts of the cause analysis that have a boolean and an expert
 * info each. */
enum tcpra_cause_class {
    TCPRA_CC_RTO,
    TCPRA_CC_FAST,
    TCPRA_CC_TLP,
    TCPRA_CC_SYN,
    TCPRA_CC_SPURIOUS,
    TCPRA_CC_REORDERED,
    TCPRA_CC_NETWORK_DUPLICATE,
    TCPRA_CC_CONTRADICTS_BUILTIN,
    TCPRA_CC_COUNT
};

struct tcpra_cause_fields {
    int verdict;                        /* tcpra.cause */
    int classes[TCPRA_CC_COUNT];        /* tcpra.cause.<class> */
    int original, evidence, rto_estimate, backoff, srtt, vantage;
    int settles, settlement;
    int ett;
    expert_field expert[TCPRA_CC_COUNT];
    expert_field expert_settlement;
};

extern struct tcpra_cause_fields tcpra_cause_fields;

void tcpra_cause_fields_register(int proto, expert_module_t *expert);

/* The classes a cause verdict has; TCPRA_CC_CONTRADICTS_BUILTIN is the
 * caller's to add. */
guint32 tcpra_cause_class_bits(const struct tcpra_cause *cause);

#endif
