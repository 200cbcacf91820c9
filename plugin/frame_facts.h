/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the comparison and the statistics need of each TCP layer besides the
 * verdict, kept per frame for the passes after the first: TCP flags, payload
 * length, which endpoint sent it, and the built-in's classes. */
#ifndef TCPRA_FRAME_FACTS_H
#define TCPRA_FRAME_FACTS_H

#include <epan/packet.h>

#include "segment.h"

struct tcpra_layer_facts {
    guint32 payload_len;
    guint16 tcp_flags;
    guint16 builtin_classes;    /* TCPRA_BIT(class) shown by the built-in */
    guint8 side;                /* 0: sent by the connection's first sender */
    guint8 builtin_known;       /* the built-in analysis ran */
    guint8 vantage;             /* enum tcpra_vantage of the sending direction */
};

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
