/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Every expert info TCPRA raises, in one table: when each is raised, the
 * item it is raised on, and its words. The subtree raises them on their
 * items, place by place; when nobody will see the subtree, the same table
 * raises them on no item, with their registered summaries, so that the
 * Expert column and the capture's highest severity are the same either
 * way. */
#ifndef TCPRA_EXPERTS_H
#define TCPRA_EXPERTS_H

#include <epan/packet.h>

#include "config.h"
#include "frame_record.h"
#include "verdict.h"

/* What one TCP layer shows. */
struct tcpra_shown {
    tvbuff_t *tvb;
    packet_info *pinfo;
    const struct tcpra_verdict *verdict;
    const struct tcpra_layer_facts *facts;
    const struct tcpra_config *config;
    /* The cause verdict in words, for its kinds' expert infos; NULL on no
     * item. */
    const char *cause_text;
    /* Whether the expert infos can be seen; without, only their items. */
    gboolean experts;
};

/* Where in the subtree an expert info's item stands. */
enum tcpra_expert_place {
    TCPRA_AT_CLASSES,       /* a class of the compatible verdict */
    TCPRA_AT_COMPARISON,    /* a disagreement with the built-in */
    TCPRA_AT_CAUSE_HEAD,    /* a settlement, a contradiction of the built-in */
    TCPRA_AT_CAUSE_KINDS,   /* a kind of cause verdict, below its words */
    TCPRA_AT_ALL,
};

/* Raise the expert infos of place (all of them with TCPRA_AT_ALL) that the
 * layer has: on their items, added to tree; with tree NULL, on no item. */
void tcpra_raise_experts(const struct tcpra_shown *shown, enum tcpra_expert_place place, proto_tree *tree);

/* The built-in's verdict agrees with TCPRA's compatible one, on the classes
 * the running Wireshark has. */
gboolean tcpra_agrees_with_builtin(const struct tcpra_shown *shown);

#endif
