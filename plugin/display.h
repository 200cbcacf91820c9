/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A verdict as a tree, fields and expert infos. */
#ifndef TCPRA_DISPLAY_H
#define TCPRA_DISPLAY_H

#include <epan/packet.h>

#include "frame_record.h"
#include "verdict.h"

/* Whether anyone will see TCPRA's items or words in this frame's tree:
 * proto_expert_info is "_ws.expert", expert_tap the "expert" tap (0: none). */
gboolean tcpra_display_wanted(proto_tree *tree, int proto_expert_info, int expert_tap);

/* One TCP layer's TCPRA subtree: verdict, reasons, and the comparison
 * with the built-in analysis. When not wanted (tcpra_display_wanted), only
 * its expert infos, on no item and without their words. */
void tcpra_display(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, gboolean wanted,
                   const struct tcpra_verdict *verdict, const struct tcpra_layer_facts *facts);

#endif
