/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The first pass, in capture order: every TCP layer of a frame through the
 * core, its verdicts and facts stored, and the earlier frames it settles
 * updated. The core's connections outlive the pass, for their endpoints. */
#ifndef TCPRA_FIRST_PASS_H
#define TCPRA_FIRST_PASS_H

#include <epan/packet.h>

#include "connection_table.h"

/* A new dissection of the capture, under the preferences now in force;
 * without the cause analysis, or without reading the built-in's verdict,
 * when nothing of it can be seen. */
void tcpra_first_pass_start(gboolean cause_seen, gboolean comparison_seen);
/* The configuration the pass classifies with. */
const struct tcpra_config *tcpra_first_pass_config(void);
void tcpra_first_pass_end(void);
/* Classify the frame's TCP layers and store their verdicts. */
void tcpra_first_pass_classify(packet_info *pinfo, proto_tree *tree);
/* The endpoints of a connection the pass found; false when unknown. */
gboolean tcpra_first_pass_endpoints(guint32 connection, struct tcpra_endpoints *out);

#endif
