// SPDX-License-Identifier: GPL-2.0-or-later
#include "tcp_frame.h"

#include <string.h>

static uint32_t get16(const unsigned char *p) { return (uint32_t)p[0] << 8 | p[1]; }
static uint32_t get32(const unsigned char *p) { return get16(p) << 16 | get16(p + 2); }

int tcp_frame_parse(const unsigned char *frame, size_t len, struct tcp_frame *t)
{
    const unsigned char *ip = frame + 14, *tcp;
    size_t ip_total, ip_header;

    if (len < 14 + 40)
        return 0;
    memset(t, 0, sizeof *t);
    switch (get16(frame + 12)) {
    case 0x0800:
        if (ip[9] != 6)
            return 0;
        ip_header = (size_t)(ip[0] & 0x0f) * 4;
        ip_total = get16(ip + 2);
        memcpy(t->flow_key, ip + 12, 8);
        break;
    case 0x86dd:
        if (ip[6] != 6)
            return 0;
        ip_header = 40;
        ip_total = 40 + get16(ip + 4);
        memcpy(t->flow_key, ip + 8, 32);
        break;
    default:
        return 0;
    }
    if (14 + ip_total > len || ip_header + 20 > ip_total)
        return 0;
    tcp = ip + ip_header;
    memcpy(t->flow_key + 32, tcp, 4);
    t->seq = get32(tcp + 4);
    t->flags = tcp[13];
    size_t tcp_header = (size_t)(tcp[12] >> 4) * 4;
    if (ip_header + tcp_header > ip_total)
        return 0;
    t->payload_len = (uint32_t)(ip_total - ip_header - tcp_header);
    t->frame_len = (uint32_t)len;
    return 1;
}
