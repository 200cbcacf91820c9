/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One captured packet's bytes, from its link layer down to its TCP header:
 * the segment record the core classifies, or why there is none. Ethernet
 * (with VLAN tags), Linux cooked (SLL, SLL2), raw IP and BSD loopback, then
 * the core's IP reader (ip_packet.h). Nothing else is guessed. */
#ifndef TCPRA_CLI_PACKET_H
#define TCPRA_CLI_PACKET_H

#include <stdint.h>

#include "ip_packet.h"

/* Read the packet of link type linktype (libpcap's DLT_*): caplen bytes
 * captured of wire_len sent. On TCPRA_PACKET_SEGMENT, seg holds the header
 * (its options pointing into bytes) but for its frame and time, which are
 * the caller's. */
enum tcpra_packet_outcome tcpra_packet_parse(int linktype, const uint8_t *bytes, uint32_t caplen, uint32_t wire_len,
                                             struct tcpra_segment *seg);

#endif
