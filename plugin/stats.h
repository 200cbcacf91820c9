/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Statistics → TCP Retransmission Analysis, and tshark -z tcpra,tree. */
#ifndef TCPRA_STATS_H
#define TCPRA_STATS_H

#include <epan/packet.h>

#include "frame_verdicts.h"

/* Register the tap and the statistics tree; call at protocol registration. */
void tcpra_stats_register(void);
/* Hand a frame's TCP layers (allocated in pinfo->pool) to the statistics. */
void tcpra_stats_queue(packet_info *pinfo, const struct tcpra_frame_verdicts *frame);

#endif
