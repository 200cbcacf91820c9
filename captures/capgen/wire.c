// SPDX-License-Identifier: GPL-2.0-or-later
/* Ethernet / IPv4 / IPv6 / TCP frames and classic pcap files. */
#include "wire.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

FILE *open_or_die(const char *path)
{
    FILE *f = fopen(path, "wb");

    if (!f) {
        fprintf(stderr, "capgen: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    return f;
}

void put16(uint8_t *p, uint32_t v) { p[0] = v >> 8; p[1] = v; }
void put32(uint8_t *p, uint32_t v) { put16(p, v >> 16); put16(p + 2, v); }
static void le32(uint8_t *p, uint32_t v) { for (int i = 0; i < 4; i++) p[i] = v >> (8 * i); }

void pcap_header(FILE *f, uint32_t snaplen)
{
    uint8_t h[24] = { 0 };

    le32(h, 0xa1b2c3d4);            /* magic: microsecond timestamps */
    h[4] = 2; h[6] = 4;             /* version 2.4, little endian */
    le32(h + 16, snaplen);
    le32(h + 20, 1);                /* LINKTYPE_ETHERNET */
    fwrite(h, 1, sizeof h, f);
}

void pcap_record(FILE *f, uint64_t us, const uint8_t *frame, size_t caplen, size_t len)
{
    uint8_t rec[16];

    le32(rec, (uint32_t)(us / 1000000));
    le32(rec + 4, (uint32_t)(us % 1000000));
    le32(rec + 8, (uint32_t)caplen);
    le32(rec + 12, (uint32_t)len);
    fwrite(rec, 1, sizeof rec, f);
    fwrite(frame, 1, caplen, f);
}

struct conn conn(int v6, int net, uint16_t cport, uint16_t sport, uint32_t cisn, uint32_t sisn)
{
    struct conn c = { .v6 = v6, .port = { cport, sport }, .isn = { cisn, sisn },
                      .win = { 64240, 64240 }, .ws = { -1, -1 }, .mss = { 1460, 1460 },
                      .ipid = { 0x1000, 0x5000 } };

    for (int d = 0; d < 2; d++) {
        if (v6) {
            const uint8_t p[] = { 0x20, 0x01, 0x0d, 0xb8, 0, (uint8_t)net };
            memcpy(c.ip[d], p, sizeof p);
            c.ip[d][15] = d + 1;
        } else {
            const uint8_t p[] = { 10, 0, (uint8_t)net, (uint8_t)(d + 1) };
            memcpy(c.ip[d], p, sizeof p);
        }
    }
    return c;
}

static uint32_t sum16(const uint8_t *p, size_t n, uint32_t sum)
{
    for (size_t i = 0; i + 1 < n; i += 2)
        sum += (uint32_t)p[i] << 8 | p[i + 1];
    if (n & 1)
        sum += (uint32_t)p[n - 1] << 8;
    return sum;
}

static uint16_t fold(uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

/* TCP options: MSS, SACK_PERM, WS in SYNs; timestamps when enabled. */
static size_t tcp_options(uint8_t *o, struct conn *c, int dir, unsigned flags, uint64_t t)
{
    size_t n = 0;

    if (flags & SYN) {
        o[n++] = 2; o[n++] = 4; put16(o + n, c->mss[dir]); n += 2;
    }
    if (c->timestamps) {
        if ((flags & SYN) && c->sack_perm) {
            o[n++] = 4; o[n++] = 2;
        } else {
            o[n++] = 1; o[n++] = 1;
        }
        c->tsval[dir] = (uint32_t)(t / 1000) + (dir ? 7000000 : 3000000);
        o[n++] = 8; o[n++] = 10;
        put32(o + n, c->tsval[dir]);
        put32(o + n + 4, (flags & ACK) ? c->tsval[!dir] : 0);
        n += 8;
    } else if ((flags & SYN) && c->sack_perm) {
        o[n++] = 1; o[n++] = 1; o[n++] = 4; o[n++] = 2;
    }
    if ((flags & SYN) && c->ws[dir] >= 0) {
        o[n++] = 1; o[n++] = 3; o[n++] = 3; o[n++] = (uint8_t)c->ws[dir];
    }
    return n;
}

size_t build(uint8_t *f, struct conn *c, int dir, uint64_t t, unsigned flags,
                    uint32_t seq, uint32_t ack, const uint8_t *data, size_t len)
{
    size_t iphl = c->v6 ? 40 : 20, alen = c->v6 ? 16 : 4;
    uint8_t *ip = f + 14, *tcp = ip + iphl;
    size_t optlen = tcp_options(tcp + 20, c, dir, flags, t);
    size_t tcplen = 20 + optlen + len;
    uint32_t rawseq = c->isn[dir] + seq, sum;

    memset(f, 0, 14);
    f[0] = 2; f[5] = (uint8_t)(2 - dir);            /* dst 02:00:00:00:00:0x */
    f[6] = 2; f[11] = (uint8_t)(1 + dir);           /* src */
    put16(f + 12, c->v6 ? 0x86dd : 0x0800);

    memset(ip, 0, iphl);
    if (c->v6) {
        ip[0] = 0x60;
        put16(ip + 4, (uint32_t)tcplen);
        ip[6] = 6;                                  /* next header: TCP */
        ip[7] = 64;
        memcpy(ip + 8, c->ip[dir], 16);
        memcpy(ip + 24, c->ip[!dir], 16);
    } else {
        ip[0] = 0x45;
        put16(ip + 2, (uint32_t)(iphl + tcplen));
        put16(ip + 4, c->ipid[dir]++);
        ip[6] = 0x40;                               /* don't fragment */
        ip[8] = 64;
        ip[9] = 6;
        memcpy(ip + 12, c->ip[dir], 4);
        memcpy(ip + 16, c->ip[!dir], 4);
        put16(ip + 10, fold(sum16(ip, 20, 0)));
    }

    put16(tcp, c->port[dir]);
    put16(tcp + 2, c->port[!dir]);
    put32(tcp + 4, rawseq);
    put32(tcp + 8, (flags & ACK) ? c->isn[!dir] + ack : 0);
    tcp[12] = (uint8_t)((20 + optlen) / 4) << 4;
    tcp[13] = (uint8_t)flags;
    put16(tcp + 14, c->win[dir]);
    put16(tcp + 16, 0);
    put16(tcp + 18, 0);
    for (size_t i = 0; i < len; i++)
        tcp[20 + optlen + i] = data ? data[i] : (uint8_t)(rawseq + i);

    /* pseudo-header: addresses, protocol, TCP length */
    sum = sum16(ip + (c->v6 ? 8 : 12), 2 * alen, 6 + (uint32_t)tcplen);
    put16(tcp + 16, fold(sum16(tcp, tcplen, sum)));

    c->last[dir] = t;
    return 14 + iphl + tcplen;
}
