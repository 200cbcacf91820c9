/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Verdicts are computed once, on the first pass in capture order, and kept
 * per frame with the facts of each TCP layer, packed (frame_record.h):
 * later passes (tshark -2, clicking in the GUI, taps) show the stored ones
 * instead of re-running the analysis out of order. Some ten bytes a frame
 * in all, where per-frame proto data would cost more than that in
 * bookkeeping alone. */
#ifndef TCPRA_FRAME_VERDICTS_H
#define TCPRA_FRAME_VERDICTS_H

#include <epan/packet.h>

#include "frame_record.h"
#include "verdict.h"

/* One frame's TCP layers: count verdicts and as many facts. */
struct tcpra_frame_verdicts {
    unsigned count;
    const struct tcpra_verdict *verdicts;
    const struct tcpra_layer_facts *facts;
};

/* Keep the verdicts and facts of the frame's TCP layers (1 to
 * TCPRA_MAX_LAYERS). */
void tcpra_frame_verdicts_store(packet_info *pinfo, const struct tcpra_verdict *verdicts,
                                const struct tcpra_layer_facts *facts, unsigned count);
/* The frame's verdicts and facts, allocated in pinfo->pool; NULL when the
 * frame has no TCP header TCPRA could follow. */
const struct tcpra_frame_verdicts *tcpra_frame_verdicts_get(packet_info *pinfo);

/* The earlier frames the verdict of frame `by` settles (its settled_frames)
 * say so from now on, in every later pass. */
void tcpra_frame_verdicts_settle(const struct tcpra_verdict *settling, guint32 by);

#endif
