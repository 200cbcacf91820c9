/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The command line's packet parser: packets built byte by byte, each link
 * type and IP layer it reads, and each reason it gives for not reading one;
 * and the length the IP layer gives a TCP header found where the plugin
 * finds it. */
#include <string.h>

#include <pcap/dlt.h>

#include "check.h"
#include "packet.h"

/* A packet under construction. */
struct packet {
    uint8_t bytes[256];
    uint32_t len;
};

static void put(struct packet *p, const void *bytes, uint32_t n)
{
    memcpy(p->bytes + p->len, bytes, n);
    p->len += n;
}

static void put16(struct packet *p, unsigned v)
{
    uint8_t b[2] = {(uint8_t)(v >> 8), (uint8_t)v};
    put(p, b, 2);
}

static void put32(struct packet *p, uint32_t v)
{
    put16(p, v >> 16);
    put16(p, v & 0xFFFF);
}

static void zeros(struct packet *p, uint32_t n)
{
    memset(p->bytes + p->len, 0, n);
    p->len += n;
}

/* IPv4 of header_len bytes (options zero), total_len as given. */
static void ipv4(struct packet *p, unsigned header_len, unsigned total_len, unsigned protocol, unsigned fragment)
{
    uint8_t addrs[8] = {10, 0, 0, 1, 10, 0, 0, 2};

    put(p, (uint8_t[]){(uint8_t)(0x40 | header_len / 4), 0}, 2);
    put16(p, total_len);
    put16(p, 0x1234);       /* identification */
    put16(p, fragment);
    put(p, (uint8_t[]){64, (uint8_t)protocol}, 2);
    put16(p, 0);
    put(p, addrs, 8);
    zeros(p, header_len - 20);
}

static void ipv6(struct packet *p, unsigned payload_len, unsigned next)
{
    put32(p, 0x60000000u);
    put16(p, payload_len);
    put(p, (uint8_t[]){(uint8_t)next, 57}, 2);
    zeros(p, 15);
    put(p, (uint8_t[]){1}, 1);      /* ::1 */
    zeros(p, 15);
    put(p, (uint8_t[]){2}, 1);      /* ::2 */
}

/* TCP from port 40000 to 80, seq 1000, ack 2000, ACK, window 512,
 * header_len bytes of header (options NOP) and payload bytes. */
static void tcp(struct packet *p, unsigned header_len, unsigned payload)
{
    put16(p, 40000);
    put16(p, 80);
    put32(p, 1000);
    put32(p, 2000);
    put16(p, (header_len / 4) << 12 | TCPRA_TH_ACK);
    put16(p, 512);
    zeros(p, 4);
    memset(p->bytes + p->len, 1, header_len > 20 ? header_len - 20 : 0);
    p->len += header_len > 20 ? header_len - 20 : 0;
    zeros(p, payload);
}

static void ethernet(struct packet *p, unsigned ethertype, bool vlan)
{
    zeros(p, 12);
    if (vlan) {
        put16(p, 0x8100);
        put16(p, 7);
    }
    put16(p, ethertype);
}

static enum tcpra_packet_outcome parse(int linktype, const struct packet *p, uint32_t caplen, uint32_t wire_len,
                                       struct tcpra_segment *seg)
{
    memset(seg, 0xAA, sizeof *seg);
    return tcpra_packet_parse(linktype, p->bytes, caplen, wire_len, seg);
}

static void ethernet_vlan_ipv4_with_options(void)
{
    struct packet p = {0};
    struct tcpra_segment seg;

    ethernet(&p, 0x0800, true);
    ipv4(&p, 24, 24 + 32 + 100, 6, 0x4000);    /* don't fragment */
    tcp(&p, 32, 100);
    zeros(&p, 6);                               /* Ethernet padding: no payload */
    CHECK_EQ(parse(DLT_EN10MB, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK_EQ(seg.src.family, 4);
    CHECK_EQ(seg.src.bytes[3], 1);
    CHECK_EQ(seg.dst.bytes[3], 2);
    CHECK_EQ(seg.src_port, 40000);
    CHECK_EQ(seg.dst_port, 80);
    CHECK_EQ(seg.seq, 1000);
    CHECK_EQ(seg.ack, 2000);
    CHECK_EQ(seg.flags, TCPRA_TH_ACK);
    CHECK_EQ(seg.window, 512);
    CHECK_EQ(seg.header_len, 32);
    CHECK(seg.has_payload_len);
    CHECK_EQ(seg.payload_len, 100);
    CHECK_EQ(seg.captured_len, 132);
    CHECK_EQ(seg.options_len, 12);
    CHECK(seg.options == p.bytes + 18 + 24 + 20);
    CHECK(seg.has_ip_id);
    CHECK_EQ(seg.ip_id, 0x1234);
    CHECK_EQ(seg.ttl, 64);

    /* Cut by the snap length inside the options: the IP length still
     * gives the payload; the options are what was captured. */
    CHECK_EQ(parse(DLT_EN10MB, &p, 18 + 24 + 26, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK_EQ(seg.payload_len, 100);
    CHECK_EQ(seg.captured_len, 26);
    CHECK_EQ(seg.options_len, 6);
    /* Cut before the window: no segment. */
    CHECK_EQ(parse(DLT_EN10MB, &p, 18 + 24 + 15, p.len, &seg), TCPRA_PACKET_MALFORMED);
}

static void ipv4_lengths(void)
{
    struct packet p = {0};
    struct tcpra_segment seg;

    /* Total length 0, as TCP segmentation offload leaves it: the frame's. */
    ipv4(&p, 20, 0, 6, 0);
    tcp(&p, 20, 30);
    CHECK_EQ(parse(DLT_RAW, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK_EQ(seg.payload_len, 30);
    /* A header length below 20: the payload length is unknown. */
    p = (struct packet){0};
    ipv4(&p, 20, 40, 6, 0);
    tcp(&p, 20, 0);
    p.bytes[20 + 12] = 0x40;
    CHECK_EQ(parse(DLT_RAW, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK(!seg.has_payload_len);
    CHECK_EQ(seg.header_len, 16);
    /* An IP payload shorter than the TCP header: unknown too. */
    p = (struct packet){0};
    ipv4(&p, 20, 20 + 24, 6, 0);
    tcp(&p, 28, 0);
    CHECK_EQ(parse(DLT_RAW, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK(!seg.has_payload_len);
    CHECK_EQ(seg.captured_len, 24);
    /* A total length below the header's: bogus. */
    p.bytes[3] = 10;
    CHECK_EQ(parse(DLT_RAW, &p, p.len, p.len, &seg), TCPRA_PACKET_MALFORMED);
}

static void ipv4_not_read(void)
{
    struct packet p = {0};
    struct tcpra_segment seg;

    ipv4(&p, 20, 60, 6, 0x2000);        /* more fragments */
    tcp(&p, 20, 20);
    CHECK_EQ(parse(DLT_IPV4, &p, p.len, p.len, &seg), TCPRA_PACKET_FRAGMENT);
    p.bytes[6] = 0;
    p.bytes[7] = 5;                     /* offset 40 bytes, last fragment */
    CHECK_EQ(parse(DLT_IPV4, &p, p.len, p.len, &seg), TCPRA_PACKET_FRAGMENT);
    p.bytes[7] = 0;
    p.bytes[9] = 17;
    CHECK_EQ(parse(DLT_IPV4, &p, p.len, p.len, &seg), TCPRA_PACKET_NOT_TCP);
    p.bytes[9] = 47;
    CHECK_EQ(parse(DLT_IPV4, &p, p.len, p.len, &seg), TCPRA_PACKET_TUNNEL);
    p.bytes[9] = 4;
    CHECK_EQ(parse(DLT_IPV4, &p, p.len, p.len, &seg), TCPRA_PACKET_TUNNEL);
}

static void sll2_ipv6_extension_headers(void)
{
    struct packet p = {0};
    struct tcpra_segment seg;

    put16(&p, 0x86DD);
    zeros(&p, 18);
    ipv6(&p, 8 + 20 + 10, 0);           /* hop-by-hop options */
    put(&p, (uint8_t[]){6, 0}, 2);
    zeros(&p, 6);
    tcp(&p, 20, 10);
    CHECK_EQ(parse(DLT_LINUX_SLL2, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK_EQ(seg.src.family, 6);
    CHECK_EQ(seg.src.bytes[15], 1);
    CHECK_EQ(seg.dst.bytes[15], 2);
    CHECK(!seg.has_ip_id);
    CHECK_EQ(seg.ttl, 57);
    CHECK_EQ(seg.payload_len, 10);
    CHECK_EQ(seg.captured_len, 30);
    /* A fragment header: an atomic fragment is whole, others are not. */
    p.bytes[20 + 40] = 6;
    p.bytes[20 + 6] = 44;
    CHECK_EQ(parse(DLT_LINUX_SLL2, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    p.bytes[20 + 40 + 3] = 1;           /* more fragments */
    CHECK_EQ(parse(DLT_LINUX_SLL2, &p, p.len, p.len, &seg), TCPRA_PACKET_FRAGMENT);
    /* ESP: nothing to read. */
    p.bytes[20 + 6] = 50;
    CHECK_EQ(parse(DLT_LINUX_SLL2, &p, p.len, p.len, &seg), TCPRA_PACKET_NOT_TCP);
    /* Extension headers cut by the capture. */
    p.bytes[20 + 6] = 0;
    CHECK_EQ(parse(DLT_LINUX_SLL2, &p, 20 + 44, p.len, &seg), TCPRA_PACKET_MALFORMED);
}

static void icmp_errors(void)
{
    struct packet p = {0};
    struct tcpra_segment seg;

    /* Destination unreachable quoting 10.0.0.1 -> 10.0.0.2 and 20 bytes of
     * its TCP header: the inner packet's addresses, no payload length. */
    ipv4(&p, 20, 20 + 8 + 20 + 20, 1, 0);
    put(&p, (uint8_t[]){3, 1}, 2);
    zeros(&p, 6);
    ipv4(&p, 20, 1000, 6, 0);
    tcp(&p, 20, 0);
    p.bytes[12] = 192;                  /* the error's own source */
    CHECK_EQ(parse(DLT_RAW, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK_EQ(seg.src.bytes[0], 10);
    CHECK_EQ(seg.src_port, 40000);
    CHECK(!seg.has_payload_len);
    CHECK_EQ(seg.captured_len, 20);
    /* An echo request quotes nothing. */
    p.bytes[20] = 8;
    CHECK_EQ(parse(DLT_RAW, &p, p.len, p.len, &seg), TCPRA_PACKET_NOT_TCP);
    /* An error quoting an error is not read further. */
    p.bytes[20] = 11;
    p.bytes[28 + 9] = 1;
    CHECK_EQ(parse(DLT_RAW, &p, p.len, p.len, &seg), TCPRA_PACKET_NOT_TCP);
    /* ICMPv6 packet too big quoting IPv6 and TCP. */
    p = (struct packet){0};
    ipv6(&p, 8 + 40 + 20, 58);
    put(&p, (uint8_t[]){2, 0}, 2);
    zeros(&p, 6);
    ipv6(&p, 1000, 6);
    tcp(&p, 20, 0);
    CHECK_EQ(parse(DLT_IPV6, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK(!seg.has_payload_len);
    CHECK_EQ(seg.dst_port, 80);
}

static void other_links(void)
{
    struct packet p = {0};
    struct tcpra_segment seg;

    /* SLL: protocol at byte 14. */
    zeros(&p, 14);
    put16(&p, 0x0800);
    ipv4(&p, 20, 40, 6, 0);
    tcp(&p, 20, 0);
    CHECK_EQ(parse(DLT_LINUX_SLL, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK_EQ(seg.payload_len, 0);
    /* BSD loopback: the family in the capturing host's order, or in
     * network order. */
    p = (struct packet){0};
    put(&p, (uint8_t[]){2, 0, 0, 0}, 4);
    ipv4(&p, 20, 40, 6, 0);
    tcp(&p, 20, 0);
    CHECK_EQ(parse(DLT_NULL, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    memcpy(p.bytes, (uint8_t[]){0, 0, 0, 2}, 4);
    CHECK_EQ(parse(DLT_NULL, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    CHECK_EQ(parse(DLT_LOOP, &p, p.len, p.len, &seg), TCPRA_PACKET_SEGMENT);
    memcpy(p.bytes, (uint8_t[]){0, 0, 0, 7}, 4);
    CHECK_EQ(parse(DLT_LOOP, &p, p.len, p.len, &seg), TCPRA_PACKET_LINK_UNREAD);
    /* Ethernet: ARP is not IP; an unknown link type is not read. */
    p = (struct packet){0};
    ethernet(&p, 0x0806, false);
    zeros(&p, 28);
    CHECK_EQ(parse(DLT_EN10MB, &p, p.len, p.len, &seg), TCPRA_PACKET_LINK_UNREAD);
    CHECK_EQ(parse(DLT_IEEE802_11, &p, p.len, p.len, &seg), TCPRA_PACKET_LINK_UNREAD);
    CHECK_EQ(parse(DLT_EN10MB, &p, 10, p.len, &seg), TCPRA_PACKET_MALFORMED);
    CHECK_EQ(parse(DLT_RAW, &p, 0, 0, &seg), TCPRA_PACKET_MALFORMED);
}

/* What the plugin asks of the IP header below a TCP header Wireshark found. */
static void segment_lengths(void)
{
    struct packet p = {0};
    uint32_t reported = 0;

    ipv4(&p, 24, 24 + 20 + 100, 6, 0x4000);
    tcp(&p, 20, 100);
    zeros(&p, 6);                       /* padding past the IP packet */
    CHECK(tcpra_ip_segment_length(4, p.bytes, p.len, p.len, 24, &reported));
    CHECK_EQ(reported, 120);
    /* Segmentation offload: a total length of 0 is the frame's. */
    p.bytes[2] = p.bytes[3] = 0;
    CHECK(tcpra_ip_segment_length(4, p.bytes, p.len, p.len, 24, &reported));
    CHECK_EQ(reported, p.len - 24);
    /* A total length past the frame: what the frame holds. */
    p.bytes[2] = 0x05;
    CHECK(tcpra_ip_segment_length(4, p.bytes, p.len, 100, 24, &reported));
    CHECK_EQ(reported, 76);
    /* A fragment's length is not its segment's; nor is a header past it. */
    p.bytes[2] = 0;
    p.bytes[3] = 144;
    p.bytes[6] = 0x20;
    CHECK(!tcpra_ip_segment_length(4, p.bytes, p.len, p.len, 24, &reported));
    p.bytes[6] = 0x40;
    CHECK(!tcpra_ip_segment_length(4, p.bytes, p.len, p.len, 150, &reported));

    p = (struct packet){0};
    ipv6(&p, 8 + 20 + 10, 0);           /* hop-by-hop options */
    put(&p, (uint8_t[]){6, 0}, 2);
    zeros(&p, 6);
    tcp(&p, 20, 10);
    CHECK(tcpra_ip_segment_length(6, p.bytes, p.len, p.len, 48, &reported));
    CHECK_EQ(reported, 30);
    /* A jumbogram's payload length is 0: the frame's. */
    p.bytes[4] = p.bytes[5] = 0;
    CHECK(tcpra_ip_segment_length(6, p.bytes, p.len, p.len + 8, 48, &reported));
    CHECK_EQ(reported, 38);
    /* Behind a fragment header: an atomic fragment is whole, others not. */
    p.bytes[6] = 44;
    CHECK(tcpra_ip_segment_length(6, p.bytes, p.len, p.len, 48, &reported));
    p.bytes[40 + 3] = 1;
    CHECK(!tcpra_ip_segment_length(6, p.bytes, p.len, p.len, 48, &reported));
}

int main(void)
{
    ethernet_vlan_ipv4_with_options();
    ipv4_lengths();
    ipv4_not_read();
    sll2_ipv6_extension_headers();
    icmp_errors();
    other_links();
    segment_lengths();
    return check_report("packet");
}
