/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A verdict as a tree, fields and expert infos. */
#ifndef TCPRA_DISPLAY_H
#define TCPRA_DISPLAY_H

#include <epan/packet.h>

#include "frame_facts.h"
#include "verdict.h"

/* One TCP layer's TCPRA subtree: verdict, reasons, and the comparison
 * with the built-in analysis. */
void tcpra_display(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree,
                   const struct tcpra_verdict *verdict, const struct tcpra_layer_facts *facts);

#endif
