/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A packet's bytes from its IP header down to its TCP header, by the rules
 * Wireshark's IP and TCP layers follow: the segment record the core
 * classifies, or why there is none. IPv4 with options, IPv6 with extension
 * headers, a TCP header quoted in an ICMP or ICMPv6 error. Whoever has the
 * bytes reads them with this: the command line after the link layer, the
 * plugin where Wireshark found the IP and TCP layers. */
#ifndef TCPRA_IP_PACKET_H
#define TCPRA_IP_PACKET_H

#include <stdbool.h>
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

/* Read the IP packet of the given version (4 or 6) at p: caplen bytes
 * captured of wire_len sent from its first byte. On TCPRA_PACKET_SEGMENT,
 * seg holds the header (its options pointing into p) but for its frame and
 * time, which are the caller's. */
enum tcpra_packet_outcome tcpra_ip_packet_read(unsigned version, const uint8_t *p, uint32_t caplen, uint32_t wire_len,
                                               struct tcpra_segment *seg);

/* The length IP gives a TCP segment found tcp_offset bytes into the IP
 * packet at p (caplen captured, wire_len sent): false when it gives none,
 * as for a fragment, whose segment's length is not its own. */
bool tcpra_ip_segment_length(unsigned version, const uint8_t *p, uint32_t caplen, uint32_t wire_len,
                             uint32_t tcp_offset, uint32_t *reported);

/* A TCP header of which captured bytes (at least TCPRA_TCP_FIXED_FIELDS)
 * are at hand and which IP gives reported bytes, header included, if
 * length_known: Wireshark knows the payload length only with a header
 * length of at least 20 that those bytes hold; the options are read as far
 * as captured. */
void tcpra_tcp_read_header(const uint8_t *header, uint32_t captured, uint32_t reported, bool length_known,
                           struct tcpra_segment *seg);

#endif
