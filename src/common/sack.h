/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SACK blocks (RFC 2018): the ranges above its ACK that a receiver holds. */
#ifndef TCPRA_SACK_H
#define TCPRA_SACK_H

#include <stdbool.h>
#include <stdint.h>

/* Wireshark keeps the first four blocks of an option. */
#define TCPRA_SACK_MAX_BLOCKS 4u

struct tcpra_sack {
    uint8_t count;
    uint32_t left[TCPRA_SACK_MAX_BLOCKS], right[TCPRA_SACK_MAX_BLOCKS];   /* absolute */
    /* The data sender's initial sequence number when they were read:
     * Wireshark keeps the edges relative to it. */
    uint32_t base;
};

/* Whether one block holds all of [seq, end). With relative_edges, the
 * block's edges are made relative to base while seq and end stay absolute,
 * compared as plain numbers: Wireshark's way. Otherwise modulo 2^32. */
bool tcpra_sack_covers(const struct tcpra_sack *sack, uint32_t seq, uint32_t end,
                       bool relative_edges);

#endif
