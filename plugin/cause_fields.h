/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause analysis's fields and expert infos (tcpra.cause.*), one
 * boolean and one expert info for each kind of cause verdict
 * (cause_names.h), and one for a contradiction of the built-in. */
#ifndef TCPRA_CAUSE_FIELDS_H
#define TCPRA_CAUSE_FIELDS_H

#include <epan/expert.h>
#include <epan/packet.h>

#include "cause_names.h"

struct tcpra_cause_fields {
    int verdict;                        /* tcpra.cause */
    int kinds[TCPRA_KIND_COUNT];        /* tcpra.cause.<kind> */
    int contradicts_builtin;
    int original, evidence, rto_estimate, backoff, srtt, vantage, low_confidence;
    int settles, settlement;
    int ett;
    expert_field expert[TCPRA_KIND_COUNT];
    expert_field expert_contradicts_builtin;
    expert_field expert_settlement;
};

extern struct tcpra_cause_fields tcpra_cause_fields;

void tcpra_cause_fields_register(int proto, expert_module_t *expert);

#endif
