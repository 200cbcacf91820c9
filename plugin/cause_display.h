/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause verdict of one TCP layer, in its TCPRA subtree. */
#ifndef TCPRA_CAUSE_DISPLAY_H
#define TCPRA_CAUSE_DISPLAY_H

#include <epan/packet.h>

#include "frame_facts.h"
#include "verdict.h"

void tcpra_cause_display(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree,
                         const struct tcpra_verdict *verdict, const struct tcpra_layer_facts *facts);

/* Its expert infos alone, in the same order, on no item and with their
 * registered summaries. */
void tcpra_cause_raise_experts(packet_info *pinfo, const struct tcpra_verdict *verdict,
                               const struct tcpra_layer_facts *facts);

#endif
