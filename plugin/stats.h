/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Statistics → TCP Retransmission Analysis, and tshark -z tcpra,tree. */
#ifndef TCPRA_STATS_H
#define TCPRA_STATS_H

#include <epan/packet.h>

#include "frame_facts.h"
#include "verdict.h"

/* What the post-dissector hands the statistics for each frame. */
struct tcpra_tap_frame {
    unsigned count;
    const struct tcpra_verdict *verdicts;
    const struct tcpra_layer_facts *facts;
};

/* Register the tap and the statistics tree; call at protocol registration. */
void tcpra_stats_register(void);
/* Hand a frame's TCP layers to the statistics. */
void tcpra_stats_queue(packet_info *pinfo, const struct tcpra_tap_frame *frame);

#endif
