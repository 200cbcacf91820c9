/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Reading the TCP headers of a frame: TCPRA reads every header field
 * itself, whatever the TCP dissector's preferences, and takes from the
 * tree only where the IP and TCP headers are; the payload length is the
 * one the IP header gives, by the core's rules (ip_packet.h). */
#ifndef TCPRA_EXTRACT_H
#define TCPRA_EXTRACT_H

#include <epan/packet.h>

#include "frame_record.h"
#include "segment.h"

/* Find the protocols the extraction looks for, once they are registered,
 * and add to wanted those that must be asked for to be found at the tree's
 * top level (ws_compat.h: none before 4.2). */
void tcpra_extract_init(GArray *wanted);

/* Fill segs with the frame's TCP layers, outermost first, and layer_nums
 * with each one's layer number in the frame; returns how many. Option bytes
 * point into the frame's data and live as long as it. */
unsigned tcpra_extract_segments(packet_info *pinfo, proto_tree *tree,
                                struct tcpra_segment segs[TCPRA_MAX_LAYERS],
                                int layer_nums[TCPRA_MAX_LAYERS]);

#endif
