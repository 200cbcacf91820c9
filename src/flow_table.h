/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Connections by address/port pair. A pair maps to its latest connection:
 * when a new one reuses the ports, the old one is forgotten. */
#ifndef TCPRA_FLOW_TABLE_H
#define TCPRA_FLOW_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "flow.h"
#include "segment.h"

struct tcpra_flow_entry;

struct tcpra_flow_table {
    struct tcpra_flow_entry **slots;
    size_t capacity;            /* a power of two, or 0 */
    size_t count;
    uint32_t next_index;
};

struct tcpra_flow_lookup {
    struct tcpra_flow *flow;    /* NULL only when out of memory */
    int direction;              /* index of the sending direction */
};

/* The connection of seg's address/port pair, created if new. */
struct tcpra_flow_lookup tcpra_flow_table_find(struct tcpra_flow_table *table,
                                               const struct tcpra_segment *seg);
/* Start over on the same pair: a new connection with a new index. */
void tcpra_flow_table_restart(struct tcpra_flow_table *table, struct tcpra_flow *flow);
void tcpra_flow_table_free(struct tcpra_flow_table *table);

#endif
