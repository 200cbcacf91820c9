// SPDX-License-Identifier: GPL-2.0-or-later
/* The stress captures: a SYN flood, a connection never acknowledged, and
 * one with thousands of segments in flight. */
#include <string.h>

#include "large.h"

void write_syn_flood(const char *path, unsigned long flows)
{
    FILE *f = large_open(path);

    for (unsigned long i = 0; i < flows; i++) {
        struct conn c = conn(0, 0, (uint16_t)(1024 + i % 60000), 80, (uint32_t)(i * 2654435761u), 0);
        unsigned long host = i / 60000;

        c.ip[CLI][1] = (uint8_t)(host >> 16);
        c.ip[CLI][2] = (uint8_t)(host >> 8);
        c.ip[CLI][3] = (uint8_t)host;
        memcpy(c.ip[SRV], (const uint8_t[]){ 192, 0, 2, 1 }, 4);
        large_frame(f, &c, CLI, i * 10, SYN, 0, 0, 0);
    }
    fclose(f);
}

void write_unacked_flow(const char *path, unsigned long segments)
{
    FILE *f = large_open(path);
    struct conn c = conn(0, 0, 40000, 5201, 1000, 5000);

    large_frame(f, &c, CLI, 0, SYN, 0, 0, 0);
    large_frame(f, &c, SRV, 1000, SYN | ACK, 0, 1, 0);
    large_frame(f, &c, CLI, 1010, ACK, 1, 1, 0);
    for (unsigned long i = 0; i < segments; i++)
        large_frame(f, &c, CLI, 1020 + i * 10, ACK, (uint32_t)(1 + i * 1448), 1, 1448);
    fclose(f);
}

void write_deep_flight(const char *path, unsigned long packets)
{
    FILE *f = large_open(path);
    struct conn c = conn(0, 0, 40000, 5201, 1000, 5000);
    uint64_t t = 1020;

    c.ws[CLI] = c.ws[SRV] = 14;
    large_frame(f, &c, CLI, 0, SYN, 0, 0, 0);
    large_frame(f, &c, SRV, 1000, SYN | ACK, 0, 1, 0);
    large_frame(f, &c, CLI, 1010, ACK, 1, 1, 0);
    for (unsigned long i = 0, sent = 3; sent < packets; i++, t += 10) {
        large_frame(f, &c, CLI, t, ACK, (uint32_t)(1 + i * 1448), 1, 1448);
        if (i + 1 >= DEEP_FLIGHT && ++sent < packets)
            large_frame(f, &c, SRV, t + 5, ACK, 1, (uint32_t)(1 + (i + 2 - DEEP_FLIGHT) * 1448), 0);
        sent++;
    }
    fclose(f);
}
