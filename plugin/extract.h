/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Reading the TCP headers of a frame: TCPRA reads every header field
 * itself, whatever the TCP dissector's preferences, and takes from the
 * tree only where each header is and the segment's payload length. */
#ifndef TCPRA_EXTRACT_H
#define TCPRA_EXTRACT_H

#include <epan/packet.h>

#include "frame_record.h"
#include "segment.h"

/* Add the fields the extraction reads to the post-dissector's wanted fields. */
void tcpra_extract_want(GArray *wanted);

/* Fill segs with the frame's TCP layers, outermost first, and layer_nums
 * with each one's layer number in the frame; returns how many. Option bytes
 * point into the frame's data and live as long as it. */
unsigned tcpra_extract_segments(packet_info *pinfo, proto_tree *tree,
                                struct tcpra_segment segs[TCPRA_MAX_LAYERS],
                                int layer_nums[TCPRA_MAX_LAYERS]);

#endif
