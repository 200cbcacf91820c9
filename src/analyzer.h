/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCPRA's core: feed it every TCP header of a capture in order, get a
 * verdict for each. It finds each header's connection and hands the header
 * to both analyses, the Wireshark-compatible one (compat/) and the cause
 * analysis (cause/), each on its own state. */
#ifndef TCPRA_ANALYZER_H
#define TCPRA_ANALYZER_H

#include <stdbool.h>

#include "config.h"
#include "connection_table.h"
#include "segment.h"
#include "settlement.h"
#include "verdict.h"

struct tcpra_analyzer {
    struct tcpra_config config;
    struct tcpra_connection_table connections;
    struct tcpra_frame_list settled;    /* the last verdict's settled frames */
};

void tcpra_analyzer_init(struct tcpra_analyzer *analyzer, const struct tcpra_config *config);
void tcpra_analyzer_free(struct tcpra_analyzer *analyzer);

/* Classify seg, which must follow every earlier segment of the capture. */
void tcpra_analyze(struct tcpra_analyzer *analyzer, const struct tcpra_segment *seg,
                   struct tcpra_verdict *verdict);

/* The endpoints of connection index (verdict->connection); false when
 * unknown. */
bool tcpra_analyzer_endpoints(const struct tcpra_analyzer *analyzer, uint32_t index, struct tcpra_endpoints *out);

#endif
