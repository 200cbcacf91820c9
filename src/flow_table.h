/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Connections by address/port pair. A pair maps to its latest connection:
 * when a new one reuses the ports, the old one is forgotten.
 *
 * A connection seen once keeps only that packet, not its state: most of a
 * SYN flood's or a port scan's connections never send a second, and the
 * state is about five times the packet. The second packet's analysis
 * rebuilds the state by analysing the first again (tcpra_analyze()). */
#ifndef TCPRA_FLOW_TABLE_H
#define TCPRA_FLOW_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "flow.h"
#include "record_blocks.h"
#include "segment.h"

struct tcpra_flow_entry;
struct tcpra_flow_slot;

struct tcpra_flow_table {
    struct tcpra_flow_slot *slots;
    struct tcpra_record_blocks entries;
    size_t capacity;            /* a power of two, or 0 */
    size_t count;
    size_t states;              /* connections past their first packet */
    uint32_t next_index;
};

struct tcpra_flow_lookup {
    struct tcpra_flow_entry *entry; /* NULL only when out of memory */
    bool is_new;                /* seg is its first packet: kept, no state */
    struct tcpra_flow *flow;    /* its state; NULL while it has one packet */
    int direction;              /* index of the sending direction */
};

/* The connection of seg's address/port pair; a new one keeps seg. */
struct tcpra_flow_lookup tcpra_flow_table_find(struct tcpra_flow_table *table,
                                               const struct tcpra_segment *seg);
/* The index a new connection gets, before it has any state. */
uint32_t tcpra_flow_table_index(const struct tcpra_flow_entry *entry);
/* A state, as after tcpra_flow_init(), for a connection seen once; its one
 * packet into *first (options pointing into the entry) and the direction
 * that sent it into *first_direction. NULL when out of memory. */
struct tcpra_flow *tcpra_flow_table_add_state(struct tcpra_flow_table *table, struct tcpra_flow_entry *entry,
                                              struct tcpra_segment *first, int *first_direction);
/* Start over on the same pair: a new connection with a new index. */
void tcpra_flow_table_restart(struct tcpra_flow_table *table, struct tcpra_flow *flow);
void tcpra_flow_table_free(struct tcpra_flow_table *table);

#endif
