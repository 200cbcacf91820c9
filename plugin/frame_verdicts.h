/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Verdicts are computed once, on the first pass in capture order, and kept
 * per frame: later passes (tshark -2, clicking in the GUI, taps) show the
 * stored ones instead of re-running the classifier out of order. */
#ifndef TCPRA_FRAME_VERDICTS_H
#define TCPRA_FRAME_VERDICTS_H

#include <epan/packet.h>

#include "verdict.h"

struct tcpra_frame_verdicts {
    unsigned count;
    struct tcpra_verdict verdicts[];
};

void tcpra_frame_verdicts_store(packet_info *pinfo, int proto, const struct tcpra_verdict *verdicts,
                                unsigned count);
/* NULL when the frame has no TCP header TCPRA could follow. */
const struct tcpra_frame_verdicts *tcpra_frame_verdicts_get(packet_info *pinfo, int proto);

#endif
