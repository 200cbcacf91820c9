/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "packet.h"

#include <pcap/dlt.h>

#include "ip_packet.h"
#include "tcp_header.h"

#define ETHERTYPE_IPV4 0x0800u
#define ETHERTYPE_IPV6 0x86DDu

static unsigned version_of_ethertype(unsigned ethertype)
{
    return ethertype == ETHERTYPE_IPV4 ? 4 : ethertype == ETHERTYPE_IPV6 ? 6 : 0;
}

/* BSD loopback's address family, in the capturing host's byte order (DLT_NULL)
 * or in network order (DLT_LOOP): IPv4 is 2 everywhere, IPv6 24, 28 or 30. */
static unsigned version_of_family(uint32_t family)
{
    if (family & 0xFFFF0000u)
        family = (family >> 24) | ((family >> 8) & 0xFF00u);
    if (family == 2)
        return 4;
    return family == 24 || family == 28 || family == 30 ? 6 : 0;
}

/* The link header's length and the IP version it announces (0: not IP). */
static bool read_link(int linktype, const uint8_t *p, uint32_t caplen, uint32_t *offset, unsigned *version)
{
    switch (linktype) {
    case DLT_EN10MB: {
        unsigned ethertype;

        for (*offset = 12;; *offset += 4) {
            if (caplen < *offset + 2)
                return false;
            ethertype = tcpra_be16(p + *offset);
            if (ethertype != 0x8100u && ethertype != 0x88A8u && ethertype != 0x9100u)
                break;
        }
        *offset += 2;
        *version = version_of_ethertype(ethertype);
        return true;
    }
    case DLT_LINUX_SLL:
        *offset = 16;
        if (caplen < *offset)
            return false;
        *version = version_of_ethertype(tcpra_be16(p + 14));
        return true;
    case DLT_LINUX_SLL2:
        *offset = 20;
        if (caplen < *offset)
            return false;
        *version = version_of_ethertype(tcpra_be16(p));
        return true;
    case DLT_NULL:
    case DLT_LOOP:
        *offset = 4;
        if (caplen < *offset)
            return false;
        *version = version_of_family(linktype == DLT_LOOP ? tcpra_be32(p) : (uint32_t)p[0] | (uint32_t)p[1] << 8 |
                                                                          (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
        return true;
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6:
        *offset = 0;
        if (caplen < 1)
            return false;
        *version = p[0] >> 4;
        return true;
    default:
        *version = 0;
        return true;
    }
}

enum tcpra_packet_outcome tcpra_packet_parse(int linktype, const uint8_t *bytes, uint32_t caplen, uint32_t wire_len,
                                             struct tcpra_segment *seg)
{
    uint32_t offset = 0;
    unsigned version;

    if (wire_len < caplen)
        wire_len = caplen;
    if (!read_link(linktype, bytes, caplen, &offset, &version))
        return TCPRA_PACKET_MALFORMED;
    if (version == 0)
        return TCPRA_PACKET_LINK_UNREAD;
    return tcpra_ip_packet_read(version, bytes + offset, caplen - offset, wire_len - offset, seg);
}
