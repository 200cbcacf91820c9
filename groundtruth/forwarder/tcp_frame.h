/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the impairments need to know of an Ethernet frame carrying TCP over
 * IPv4 or IPv6 (no IPv6 extension headers: the lab sends none). */
#ifndef GT_TCP_FRAME_H
#define GT_TCP_FRAME_H

#include <stddef.h>
#include <stdint.h>

#define TCP_FLAG_FIN 0x01
#define TCP_FLAG_SYN 0x02

struct tcp_frame {
    /* One direction of a connection: addresses and ports as sent. */
    unsigned char flow_key[36];
    uint32_t seq;
    uint32_t payload_len;
    uint32_t frame_len;   /* the whole Ethernet frame, as on the wire */
    uint8_t flags;
};

/* 1 and fills *t for TCP, 0 for anything else. */
int tcp_frame_parse(const unsigned char *frame, size_t len, struct tcp_frame *t);

#endif
