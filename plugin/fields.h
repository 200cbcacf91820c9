/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCPRA's protocol, fields, subtrees and expert infos. */
#ifndef TCPRA_FIELDS_H
#define TCPRA_FIELDS_H

#include <epan/expert.h>
#include <epan/packet.h>

#include "verdict.h"

struct tcpra_fields {
    int proto;
    int flags;
    int classes[TCPRA_CLASS_COUNT];       /* tcpra.<class>, boolean */
    int dupack_num, dupack_frame;
    int since_oldest_unacked, oldest_unacked_frame;
    int flow;
    int not_analysed;
    int header_truncated;
    int reason;
    int reverse_dupacks, reverse_ack, since_reverse, since_highest;
    int ooo_threshold, ooo_threshold_source;
    int dupack_threshold, fast_rtx_window;
    int builtin, agree, mismatch, builtin_off;
    int ett_tcpra, ett_reasons;
    expert_field expert[TCPRA_CLASS_COUNT];
    expert_field expert_mismatch;
};

extern struct tcpra_fields tcpra_fields;

/* A generated field's registration: no value strings, no mask. */
hf_register_info tcpra_field(int *id, const char *name, const char *abbrev, enum ftenum type, int display,
                             const char *blurb);

/* Register the protocol "TCP Retransmission Analyzer" (tcpra) and its fields. */
void tcpra_fields_register(void);

#endif
