/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "tcp_header.h"

static uint16_t be16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

void tcpra_read_tcp_fixed_fields(const uint8_t *header, struct tcpra_segment *seg)
{
    seg->src_port = be16(header);
    seg->dst_port = be16(header + 2);
    seg->seq = be32(header + 4);
    seg->ack = be32(header + 8);
    seg->header_len = (uint8_t)((header[12] >> 4) * 4);
    seg->flags = (uint16_t)(be16(header + 12) & TCPRA_TH_MASK);
    seg->window = be16(header + 14);
}
