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
 * its expert infos, on no item and without their words; without experts,
 * none of them. */
void tcpra_display(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, gboolean wanted, gboolean experts,
                   const struct tcpra_verdict *verdict, const struct tcpra_layer_facts *facts);

/* A tree where only the fields named are built. Wireshark builds no item
 * that nobody looks for in a tree that is not visible; tshark 4.0 makes the
 * tree visible for -T fields, to print only the fields it names. So the
 * tree is made not visible while TCPRA adds to it, and visible again after,
 * come what may; and the fields named are marked as looked for, as tshark
 * marks those of a filter, since its second pass (-2) marks no other. */
struct tcpra_view {
    proto_tree *hidden;
};

void tcpra_view_open(struct tcpra_view *view, proto_tree *tree, const GArray *named);
void tcpra_view_close(struct tcpra_view *view);

#endif
