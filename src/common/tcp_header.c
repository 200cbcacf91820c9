/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "tcp_header.h"

void tcpra_read_tcp_fixed_fields(const uint8_t *header, struct tcpra_segment *seg)
{
    seg->src_port = tcpra_be16(header);
    seg->dst_port = tcpra_be16(header + 2);
    seg->seq = tcpra_be32(header + 4);
    seg->ack = tcpra_be32(header + 8);
    seg->header_len = (uint8_t)((header[12] >> 4) * 4);
    seg->flags = (uint16_t)(tcpra_be16(header + 12) & TCPRA_TH_MASK);
    seg->window = tcpra_be16(header + 14);
}
