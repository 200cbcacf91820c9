/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the comparison and the statistics need of each TCP layer besides the
 * verdict, kept per frame for the passes after the first: TCP flags, payload
 * length, which endpoint sent it, and the built-in's classes. */
#ifndef TCPRA_FRAME_FACTS_H
#define TCPRA_FRAME_FACTS_H

#include <epan/packet.h>

#include "segment.h"
#include "verdict.h"

/* Twelve bytes a TCP layer: the small fields share a word. */
struct tcpra_layer_facts {
    guint32 payload_len;
    guint32 builtin_classes : 24;   /* TCPRA_BIT(class) shown by the built-in */
    guint32 side : 1;               /* 0: sent by the connection's first sender */
    guint32 builtin_known : 1;      /* the built-in analysis ran */
    guint32 vantage : 6;            /* enum tcpra_vantage of the sending direction */
    guint16 tcp_flags;
};
_Static_assert(TCPRA_CLASS_COUNT <= 24, "every class has a bit in builtin_classes");

/* A connection's endpoints, the first sender first. */
struct tcpra_endpoints {
    struct tcpra_address addr[2];
    guint16 port[2];
};

/* Forget every connection (a new dissection of the capture). */
void tcpra_facts_start(void);
/* Which side of connection flow_index sent seg (learning the endpoints the
 * first time). */
guint8 tcpra_facts_side(guint32 flow_index, const struct tcpra_segment *seg);
const struct tcpra_endpoints *tcpra_facts_endpoints(guint32 flow_index);

#endif
