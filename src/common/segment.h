/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One TCP header as captured: the classifier's whole input. */
#ifndef TCPRA_SEGMENT_H
#define TCPRA_SEGMENT_H

#include <stdbool.h>
#include <stdint.h>

#include "timestamp.h"

#define TCPRA_TH_FIN 0x001
#define TCPRA_TH_SYN 0x002
#define TCPRA_TH_RST 0x004
#define TCPRA_TH_PSH 0x008
#define TCPRA_TH_ACK 0x010
#define TCPRA_TH_URG 0x020
#define TCPRA_TH_ECE 0x040
#define TCPRA_TH_CWR 0x080
#define TCPRA_TH_AE  0x100
#define TCPRA_TH_MASK 0xFFF

#define TCPRA_TCP_MIN_HEADER 20u
/* Bytes of header needed to read seq, ack, flags and window. */
#define TCPRA_TCP_FIXED_FIELDS 16u

struct tcpra_address {
    uint8_t family;            /* 4 or 6 */
    uint8_t len;               /* 4 or 16 */
    uint8_t bytes[16];
};

struct tcpra_segment {
    uint32_t frame;
    tcpra_time time;
    struct tcpra_address src, dst;
    /* From the IP header enclosing this TCP header: IPv4's identification
     * (IPv6 has none) and the TTL or hop limit, which tell apart copies of
     * one packet from packets sent anew. */
    bool has_ip_id;
    uint16_t ip_id;
    uint8_t ttl;
    uint16_t src_port, dst_port;
    uint32_t seq, ack;
    uint16_t flags;            /* TCPRA_TH_* (12 bits) */
    uint16_t window;           /* as on the wire, unscaled */
    uint8_t header_len;        /* data offset * 4, as on the wire */
    /* Header bytes actually captured, counted from the first byte of the
     * TCP header and never beyond the IP payload. */
    uint32_t captured_len;
    /* Payload length is known only when the IP layer gives the segment's
     * size: not for IP fragments, not for headers quoted in ICMP errors,
     * not when the IP payload is shorter than header_len. */
    bool has_payload_len;
    uint32_t payload_len;
    /* The option bytes that were captured (at most header_len - 20). */
    const uint8_t *options;
    uint32_t options_len;
};

#endif
