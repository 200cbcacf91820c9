/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Connections by address/port pair. A pair maps to its latest connection:
 * when a new one reuses the ports, the old one is forgotten.
 *
 * A connection seen once keeps only that packet, not its state: most of a
 * SYN flood's or a port scan's connections never send a second, and the
 * state is about five times the packet. The second packet's analysis
 * rebuilds the state by analysing the first again (tcpra_analyze()).
 *
 * Connections are also found by index, for their endpoints. */
#ifndef TCPRA_CONNECTION_TABLE_H
#define TCPRA_CONNECTION_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "connection.h"
#include "record_blocks.h"
#include "segment.h"

struct tcpra_connection_entry;
struct tcpra_connection_slot;
struct tcpra_connection_origin;

struct tcpra_connection_table {
    struct tcpra_connection_slot *slots;
    struct tcpra_record_blocks entries;
    size_t capacity;            /* a power of two, or 0 */
    size_t count;
    size_t states;              /* connections past their first packet */
    uint32_t next_index;
    /* By connection index: its entry, and who sent its first packet. */
    struct tcpra_connection_origin *origins;
    uint32_t origins_capacity;
};

struct tcpra_connection_lookup {
    struct tcpra_connection_entry *entry; /* NULL only when out of memory */
    tcpra_record_handle handle;           /* the entry's */
    bool is_new;                /* seg is its first packet: kept, no state */
    struct tcpra_connection *conn;        /* its state; NULL while it has one packet */
    int direction;              /* index of the sending direction */
};

/* A connection's endpoints: addr[d] and port[d] send direction d (0 is
 * the endpoint that sorts first, as in Wireshark); first_sender sent its
 * first packet. */
struct tcpra_endpoints {
    struct tcpra_address addr[2];
    uint16_t port[2];
    uint8_t first_sender;
};

/* The connection of seg's address/port pair; a new one keeps seg. */
struct tcpra_connection_lookup tcpra_connection_table_find(struct tcpra_connection_table *table,
                                                           const struct tcpra_segment *seg);
/* The index a new connection gets, before it has any state. */
uint32_t tcpra_connection_table_index(const struct tcpra_connection_entry *entry);
/* A state, as after tcpra_connection_init(), for a connection seen once;
 * its one packet into *first (options pointing into the entry) and the
 * direction that sent it into *first_direction. NULL when out of memory. */
struct tcpra_connection *tcpra_connection_table_add_state(struct tcpra_connection_table *table,
                                                          struct tcpra_connection_entry *entry,
                                                          struct tcpra_segment *first, int *first_direction);
/* Start over on the pair found: a new connection with a new index, whose
 * first packet the found direction sent. */
void tcpra_connection_table_restart(struct tcpra_connection_table *table, const struct tcpra_connection_lookup *found);
/* The endpoints of connection index; false when there is none such. */
bool tcpra_connection_table_endpoints(const struct tcpra_connection_table *table, uint32_t index,
                                      struct tcpra_endpoints *out);
void tcpra_connection_table_free(struct tcpra_connection_table *table);

#endif
