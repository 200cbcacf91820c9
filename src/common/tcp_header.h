/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The fixed fields of a TCP header as they lie on the wire, read into a
 * segment record: whoever finds the header reads it with this. */
#ifndef TCPRA_TCP_HEADER_H
#define TCPRA_TCP_HEADER_H

#include <stdint.h>

#include "segment.h"

/* Ports, sequence and ACK numbers, header length, flags and window from
 * the first TCPRA_TCP_FIXED_FIELDS bytes of header. */
void tcpra_read_tcp_fixed_fields(const uint8_t *header, struct tcpra_segment *seg);

#endif
