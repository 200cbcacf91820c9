/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The fixed fields of a TCP header as they lie on the wire, read into a
 * segment record: whoever finds the header reads it with this; and the
 * network-order numbers of the headers around it. */
#ifndef TCPRA_TCP_HEADER_H
#define TCPRA_TCP_HEADER_H

#include <stdint.h>

#include "segment.h"

/* Numbers in network byte order. */
static inline uint16_t tcpra_be16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

static inline uint32_t tcpra_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Ports, sequence and ACK numbers, header length, flags and window from
 * the first TCPRA_TCP_FIXED_FIELDS bytes of header. */
void tcpra_read_tcp_fixed_fields(const uint8_t *header, struct tcpra_segment *seg);

#endif
