/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The classifier: feed it every TCP header of a capture in order, get a
 * verdict for each. */
#ifndef TCPRA_ANALYZER_H
#define TCPRA_ANALYZER_H

#include "config.h"
#include "flow_table.h"
#include "segment.h"
#include "verdict.h"

struct tcpra_analyzer {
    struct tcpra_config config;
    struct tcpra_flow_table flows;
};

void tcpra_analyzer_init(struct tcpra_analyzer *analyzer, const struct tcpra_config *config);
void tcpra_analyzer_free(struct tcpra_analyzer *analyzer);

/* Classify seg, which must follow every earlier segment of the capture. */
void tcpra_analyze(struct tcpra_analyzer *analyzer, const struct tcpra_segment *seg,
                   struct tcpra_verdict *verdict);

#endif
