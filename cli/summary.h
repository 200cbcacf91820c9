/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Per connection and per host pair: retransmissions by cause, the share
 * of them that was spurious, how often data came reordered, the largest RTO
 * backoff and where each direction was captured. Counted from the verdicts
 * as printed: settled ones in a two-pass run. */
#ifndef TCPRA_CLI_SUMMARY_H
#define TCPRA_CLI_SUMMARY_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "analyzer.h"
#include "cause_names.h"

struct tcpra_connection_summary {
    uint64_t packets, data_segments;
    uint64_t retransmissions;           /* verdicts with a trigger */
    uint64_t kinds[TCPRA_KIND_COUNT];   /* verdicts of each kind */
    unsigned max_backoff;
    uint8_t vantage[2];                 /* enum tcpra_vantage, per sending direction */
};

struct tcpra_summary {
    struct tcpra_connection_summary *connections;   /* by connection index */
    uint32_t count, capacity;
};

/* A segment of verdict's connection, counted as it is analysed. */
bool tcpra_summary_count_segment(struct tcpra_summary *summary, const struct tcpra_verdict *verdict,
                                 uint32_t payload_len);
/* The verdict as it stands when printed. */
void tcpra_summary_add_verdict(struct tcpra_summary *summary, const struct tcpra_verdict *verdict);

/* One row per connection, then per host pair: an aligned table, or JSON
 * lines ("type": "connection" or "host_pair"). */
void tcpra_summary_print(FILE *out, bool json, const char *file, const struct tcpra_summary *summary,
                         const struct tcpra_analyzer *analyzer);
void tcpra_summary_free(struct tcpra_summary *summary);

#endif
