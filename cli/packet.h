/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One captured packet's bytes, from its link layer down to its TCP header:
 * the segment record the core classifies, or why there is none. Ethernet
 * (with VLAN tags), Linux cooked (SLL, SLL2), raw IP and BSD loopback; IPv4
 * with options, IPv6 with extension headers; a TCP header quoted in an ICMP
 * or ICMPv6 error, as the plugin reads it. Nothing else is guessed. */
#ifndef TCPRA_CLI_PACKET_H
#define TCPRA_CLI_PACKET_H

#include <stdint.h>

#include "segment.h"

enum tcpra_packet_outcome {
    TCPRA_PACKET_SEGMENT,       /* a TCP header for the analyzer */
    TCPRA_PACKET_NOT_TCP,       /* IP carrying something else: nothing to analyse */
    /* Not analysed, each for its reason: */
    TCPRA_PACKET_LINK_UNREAD,   /* a link type or a protocol above it that is not read */
    TCPRA_PACKET_TUNNEL,        /* IP in IP or GRE: the inner packet is not read */
    TCPRA_PACKET_FRAGMENT,      /* an IP fragment: no whole segment */
    TCPRA_PACKET_MALFORMED,     /* a header cut by the capture or with a bogus length */
    TCPRA_PACKET_OUTCOME_COUNT
};

/* "ip fragment": why a packet was not analysed. */
const char *tcpra_packet_outcome_name(enum tcpra_packet_outcome outcome);

/* Read the packet of link type linktype (libpcap's DLT_*): caplen bytes
 * captured of wire_len sent. On TCPRA_PACKET_SEGMENT, seg holds the header
 * (its options pointing into bytes) but for its frame and time, which are
 * the caller's. */
enum tcpra_packet_outcome tcpra_packet_parse(int linktype, const uint8_t *bytes, uint32_t caplen, uint32_t wire_len,
                                             struct tcpra_segment *seg);

#endif
