/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "ip_packet.h"

#include <string.h>

#include "tcp_header.h"

#define IPPROTO_NUM_TCP 6u
#define IP_HEADER_V4_MIN 20u
#define IP_HEADER_V6 40u

const char *tcpra_packet_outcome_name(enum tcpra_packet_outcome outcome)
{
    static const char *const names[TCPRA_PACKET_OUTCOME_COUNT] = {
        [TCPRA_PACKET_SEGMENT] = "tcp",
        [TCPRA_PACKET_NOT_TCP] = "not tcp",
        [TCPRA_PACKET_LINK_UNREAD] = "link or network protocol not read",
        [TCPRA_PACKET_TUNNEL] = "tunnel not read",
        [TCPRA_PACKET_FRAGMENT] = "ip fragment",
        [TCPRA_PACKET_MALFORMED] = "header cut or bogus",
    };
    return (unsigned)outcome < TCPRA_PACKET_OUTCOME_COUNT ? names[outcome] : "unknown";
}

/* What the IP layer hands to TCP: the bytes captured and the length the
 * IP header gives, both from the first byte past the IP headers. */
struct ip_payload {
    const uint8_t *bytes;
    uint32_t captured;
    uint32_t reported;
    /* The packet is quoted in an ICMP error: its length is not the
     * segment's, whose payload length is then unknown. */
    bool quoted;
};

static uint32_t min32(uint32_t a, uint32_t b)
{
    return a < b ? a : b;
}

/* Whether an IP protocol number carries another IP packet the capture
 * readers would open: IPv4 or IPv6 in IP, GRE. */
static bool is_tunnel(unsigned protocol)
{
    return protocol == 4 || protocol == 41 || protocol == 47;
}

/* The TCP header at the start of the IP payload. */
static enum tcpra_packet_outcome read_tcp(const struct ip_payload *ip, struct tcpra_segment *seg)
{
    uint32_t captured = min32(ip->captured, ip->reported);

    if (captured < TCPRA_TCP_FIXED_FIELDS)
        return TCPRA_PACKET_MALFORMED;
    tcpra_tcp_read_header(ip->bytes, captured, ip->reported, !ip->quoted, seg);
    return TCPRA_PACKET_SEGMENT;
}

static void set_addresses(struct tcpra_segment *seg, int family, const uint8_t *src, const uint8_t *dst)
{
    uint8_t len = family == 6 ? 16 : 4;

    seg->src.family = seg->dst.family = (uint8_t)family;
    seg->src.len = seg->dst.len = len;
    memcpy(seg->src.bytes, src, len);
    memcpy(seg->dst.bytes, dst, len);
}

/* The IP layer's own length, never more than the frame sent: IPv4's total
 * length, 0 meaning "as captured" (TCP segmentation offload leaves it so);
 * IPv6's fixed header and payload length, 0 in a jumbogram. */
static uint32_t ipv4_length(const uint8_t *p, uint32_t wire_len)
{
    return tcpra_be16(p + 2) == 0 ? wire_len : min32(tcpra_be16(p + 2), wire_len);
}

static uint32_t ipv6_length(const uint8_t *p, uint32_t wire_len)
{
    return tcpra_be16(p + 4) == 0 ? wire_len : min32(IP_HEADER_V6 + tcpra_be16(p + 4), wire_len);
}

static enum tcpra_packet_outcome read_ip(unsigned version, const uint8_t *p, uint32_t caplen, uint32_t wire_len,
                                         bool quoted, struct tcpra_segment *seg);

/* An ICMP or ICMPv6 error (destination unreachable, time exceeded, ...)
 * quotes the packet that caused it after its 8-byte header: the plugin
 * reads a TCP header quoted there, without its payload length. */
static enum tcpra_packet_outcome read_icmp_error(unsigned version, const uint8_t *icmp, uint32_t captured,
                                                 uint32_t reported, struct tcpra_segment *seg)
{
    unsigned type;

    if (captured < 8)
        return TCPRA_PACKET_NOT_TCP;
    type = icmp[0];
    if (version == 4 ? !(type == 3 || type == 4 || type == 5 || type == 11 || type == 12) : !(type >= 1 && type <= 4))
        return TCPRA_PACKET_NOT_TCP;
    return read_ip(version, icmp + 8, captured - 8, reported - 8, true, seg);
}

static enum tcpra_packet_outcome read_ipv4(const uint8_t *p, uint32_t caplen, uint32_t wire_len, bool quoted,
                                           struct tcpra_segment *seg)
{
    uint32_t header_len, total;
    struct ip_payload payload;

    if (caplen < IP_HEADER_V4_MIN || (p[0] >> 4) != 4)
        return TCPRA_PACKET_MALFORMED;
    header_len = (p[0] & 0x0Fu) * 4u;
    total = ipv4_length(p, wire_len);
    if (header_len < IP_HEADER_V4_MIN || total < header_len || caplen < header_len)
        return TCPRA_PACKET_MALFORMED;
    if (tcpra_be16(p + 6) & 0x3FFFu)
        return TCPRA_PACKET_FRAGMENT;
    if (is_tunnel(p[9]))
        return TCPRA_PACKET_TUNNEL;
    if (p[9] == 1 && !quoted)
        return read_icmp_error(4, p + header_len, min32(caplen, total) - header_len, total - header_len, seg);
    if (p[9] != IPPROTO_NUM_TCP)
        return TCPRA_PACKET_NOT_TCP;
    set_addresses(seg, 4, p + 12, p + 16);
    seg->has_ip_id = true;
    seg->ip_id = tcpra_be16(p + 4);
    seg->ttl = p[8];
    payload = (struct ip_payload){p + header_len, min32(caplen, total) - header_len, total - header_len, quoted};
    return read_tcp(&payload, seg);
}

/* IPv6 extension headers before TCP: their length, or the outcome that
 * stops the walk. */
static enum tcpra_packet_outcome skip_extensions(const uint8_t *p, uint32_t caplen, unsigned *next_header,
                                                 uint32_t *offset)
{
    for (unsigned next = *next_header;; next = *next_header) {
        const uint8_t *ext = p + *offset;
        uint32_t len;

        if (next == IPPROTO_NUM_TCP || next == 58)
            return TCPRA_PACKET_SEGMENT;
        if (is_tunnel(next))
            return TCPRA_PACKET_TUNNEL;
        if (next != 0 && next != 43 && next != 44 && next != 51 && next != 60 && next != 135)
            return TCPRA_PACKET_NOT_TCP;
        if (caplen < *offset + 8)
            return TCPRA_PACKET_MALFORMED;
        if (next == 44 && (tcpra_be16(ext + 2) & 0xFFF9u))
            return TCPRA_PACKET_FRAGMENT;
        len = next == 44 ? 8u : next == 51 ? (ext[1] + 2u) * 4u : (ext[1] + 1u) * 8u;
        *next_header = ext[0];
        *offset += len;
    }
}

static enum tcpra_packet_outcome read_ipv6(const uint8_t *p, uint32_t caplen, uint32_t wire_len, bool quoted,
                                           struct tcpra_segment *seg)
{
    uint32_t offset = IP_HEADER_V6, total;
    unsigned next;
    enum tcpra_packet_outcome outcome;
    struct ip_payload payload;

    if (caplen < IP_HEADER_V6 || (p[0] >> 4) != 6)
        return TCPRA_PACKET_MALFORMED;
    total = ipv6_length(p, wire_len);
    next = p[6];
    outcome = skip_extensions(p, caplen, &next, &offset);
    if (outcome != TCPRA_PACKET_SEGMENT)
        return outcome;
    if (offset > caplen || offset > total)
        return TCPRA_PACKET_MALFORMED;
    if (next == 58)
        return quoted ? TCPRA_PACKET_NOT_TCP
                      : read_icmp_error(6, p + offset, min32(caplen, total) - offset, total - offset, seg);
    set_addresses(seg, 6, p + 8, p + 24);
    seg->has_ip_id = false;
    seg->ip_id = 0;
    seg->ttl = p[7];
    payload = (struct ip_payload){p + offset, min32(caplen, total) - offset, total - offset, quoted};
    return read_tcp(&payload, seg);
}

static enum tcpra_packet_outcome read_ip(unsigned version, const uint8_t *p, uint32_t caplen, uint32_t wire_len,
                                         bool quoted, struct tcpra_segment *seg)
{
    if (version == 4)
        return read_ipv4(p, caplen, wire_len, quoted, seg);
    if (version == 6)
        return read_ipv6(p, caplen, wire_len, quoted, seg);
    return TCPRA_PACKET_LINK_UNREAD;
}


enum tcpra_packet_outcome tcpra_ip_packet_read(unsigned version, const uint8_t *p, uint32_t caplen, uint32_t wire_len,
                                               struct tcpra_segment *seg)
{
    return read_ip(version, p, caplen, wire_len, false, seg);
}

bool tcpra_ip_segment_length(unsigned version, const uint8_t *p, uint32_t caplen, uint32_t wire_len,
                             uint32_t tcp_offset, uint32_t *reported)
{
    uint32_t total;

    if (version == 4) {
        if (caplen < IP_HEADER_V4_MIN || (tcpra_be16(p + 6) & 0x3FFFu))
            return false;
        total = ipv4_length(p, wire_len);
    } else {
        uint32_t offset = IP_HEADER_V6;
        unsigned next;

        if (caplen < IP_HEADER_V6)
            return false;
        next = p[6];
        if (tcp_offset > IP_HEADER_V6 &&
            skip_extensions(p, min32(caplen, tcp_offset), &next, &offset) == TCPRA_PACKET_FRAGMENT)
            return false;
        total = ipv6_length(p, wire_len);
    }
    if (total < tcp_offset)
        return false;
    *reported = total - tcp_offset;
    return true;
}

void tcpra_tcp_read_header(const uint8_t *header, uint32_t captured, uint32_t reported, bool length_known,
                           struct tcpra_segment *seg)
{
    tcpra_read_tcp_fixed_fields(header, seg);
    seg->has_payload_len = length_known && seg->header_len >= TCPRA_TCP_MIN_HEADER && reported >= seg->header_len;
    seg->payload_len = seg->has_payload_len ? reported - seg->header_len : 0;
    seg->captured_len = captured;
    seg->options = NULL;
    seg->options_len = 0;
    if (captured > TCPRA_TCP_MIN_HEADER && seg->header_len > TCPRA_TCP_MIN_HEADER) {
        seg->options = header + TCPRA_TCP_MIN_HEADER;
        seg->options_len = min32(captured, seg->header_len) - TCPRA_TCP_MIN_HEADER;
    }
}
