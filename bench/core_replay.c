/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The classifier alone on a capture, without Wireshark: how long its own
 * work takes a packet, so that how it grows with the capture is not hidden
 * by everything else tshark does.
 *
 *   core_replay CAPTURE.pcap [RUNS]
 *
 * Reads a classic pcap of Ethernet frames (optionally one VLAN tag) with
 * IPv4 or IPv6 (no extension headers) and TCP, as capgen writes them, into
 * memory; then classifies every segment RUNS times (default 5) with
 * the plugin's default configuration (the cause analysis on, reading IP IDs
 * and TTLs as the plugin does), each time from an empty analyzer.
 * Prints the packets and the minimum and median nanoseconds a packet. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyzer.h"
#include "config.h"

#define PCAP_HEADER 24u
#define RECORD_HEADER 16u

static uint32_t get32(const uint8_t *p, int swapped)
{
    uint32_t v;

    memcpy(&v, p, sizeof v);
    return swapped ? __builtin_bswap32(v) : v;
}

static uint16_t be16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The TCP segment of an Ethernet frame, or false when it has none. */
static int parse_frame(const uint8_t *f, uint32_t len, struct tcpra_segment *seg)
{
    uint32_t at = 14, ip_end, tcp;
    uint16_t type;

    memset(seg, 0, sizeof *seg);
    if (len < at)
        return 0;
    type = be16(f + 12);
    if (type == 0x8100 && len >= at + 4) {
        type = be16(f + 16);
        at += 4;
    }
    if (type == 0x0800 && len >= at + 20 && f[at + 9] == 6) {
        seg->src.family = seg->dst.family = 4;
        seg->src.len = seg->dst.len = 4;
        memcpy(seg->src.bytes, f + at + 12, 4);
        memcpy(seg->dst.bytes, f + at + 16, 4);
        seg->has_ip_id = 1;
        seg->ip_id = be16(f + at + 4);
        seg->ttl = f[at + 8];
        ip_end = at + be16(f + at + 2);
        tcp = at + (f[at] & 0x0Fu) * 4;
    } else if (type == 0x86DD && len >= at + 40 && f[at + 6] == 6) {
        seg->src.family = seg->dst.family = 6;
        seg->src.len = seg->dst.len = 16;
        memcpy(seg->src.bytes, f + at + 8, 16);
        memcpy(seg->dst.bytes, f + at + 24, 16);
        seg->ttl = f[at + 7];
        ip_end = at + 40 + be16(f + at + 4);
        tcp = at + 40;
    } else {
        return 0;
    }
    if (tcp + TCPRA_TCP_FIXED_FIELDS > len || ip_end < tcp)
        return 0;
    seg->src_port = be16(f + tcp);
    seg->dst_port = be16(f + tcp + 2);
    seg->seq = be32(f + tcp + 4);
    seg->ack = be32(f + tcp + 8);
    seg->header_len = (uint8_t)((f[tcp + 12] >> 4) * 4);
    seg->flags = be16(f + tcp + 12) & TCPRA_TH_MASK;
    seg->window = be16(f + tcp + 14);
    seg->has_payload_len = ip_end - tcp >= seg->header_len;
    seg->payload_len = seg->has_payload_len ? ip_end - tcp - seg->header_len : 0;
    seg->captured_len = (len < ip_end ? len : ip_end) - tcp;
    seg->options = NULL;
    seg->options_len = 0;
    if (seg->captured_len > TCPRA_TCP_MIN_HEADER && seg->header_len > TCPRA_TCP_MIN_HEADER) {
        uint32_t end = seg->captured_len < seg->header_len ? seg->captured_len : seg->header_len;

        seg->options = f + tcp + TCPRA_TCP_MIN_HEADER;
        seg->options_len = end - TCPRA_TCP_MIN_HEADER;
    }
    return 1;
}

static uint8_t *read_file(const char *path, size_t *size)
{
    FILE *in = fopen(path, "rb");
    uint8_t *data = NULL;
    long end;

    if (!in)
        return NULL;
    if (fseek(in, 0, SEEK_END) == 0 && (end = ftell(in)) > 0 && fseek(in, 0, SEEK_SET) == 0 &&
        (data = malloc((size_t)end)) && fread(data, 1, (size_t)end, in) != (size_t)end) {
        free(data);
        data = NULL;
    }
    *size = data ? (size_t)end : 0;
    fclose(in);
    return data;
}

/* Every TCP segment of the capture; *count of them. Options point into data. */
static struct tcpra_segment *load(const uint8_t *data, size_t size, size_t *count)
{
    struct tcpra_segment *segs = NULL;
    size_t capacity = 0, at = PCAP_HEADER;
    uint32_t magic, frame = 0;
    int swapped, nanos;

    *count = 0;
    if (size < PCAP_HEADER)
        return NULL;
    memcpy(&magic, data, sizeof magic);
    swapped = magic == 0xD4C3B2A1u || magic == 0x4D3CB2A1u;
    nanos = magic == 0xA1B23C4Du || magic == 0x4D3CB2A1u;
    if (!swapped && !nanos && magic != 0xA1B2C3D4u)
        return NULL;
    while (at + RECORD_HEADER <= size) {
        uint32_t caplen = get32(data + at + 8, swapped);
        struct tcpra_segment seg;

        if (at + RECORD_HEADER + caplen > size)
            break;
        frame++;
        if (parse_frame(data + at + RECORD_HEADER, caplen, &seg)) {
            if (*count == capacity) {
                capacity = capacity ? capacity * 2 : 4096;
                segs = realloc(segs, capacity * sizeof *segs);
                if (!segs)
                    return NULL;
            }
            seg.frame = frame;
            seg.time = tcpra_time_from(get32(data + at, swapped),
                                       (int32_t)(get32(data + at + 4, swapped) * (nanos ? 1 : 1000)));
            segs[(*count)++] = seg;
        }
        at += RECORD_HEADER + caplen;
    }
    return segs;
}

static double seconds(void)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + now.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    size_t size, count;
    uint8_t *data;
    struct tcpra_segment *segs;
    struct tcpra_config config;
    double *ns;

    if (argc < 2 || runs < 1) {
        fprintf(stderr, "usage: %s CAPTURE.pcap [RUNS]\n", argv[0]);
        return 2;
    }
    data = read_file(argv[1], &size);
    segs = data ? load(data, size, &count) : NULL;
    ns = malloc((size_t)runs * sizeof *ns);
    if (!segs || !count || !ns) {
        fprintf(stderr, "%s: no TCP segments read (classic pcap of Ethernet frames)\n", argv[1]);
        return 1;
    }
    tcpra_config_defaults(&config);
    if (!config.cause.enabled) {
        fprintf(stderr, "the cause analysis is off by default: this would not measure what the plugin does\n");
        return 1;
    }
    for (int r = 0; r < runs; r++) {
        struct tcpra_analyzer analyzer;
        struct tcpra_verdict verdict;
        double start = seconds();

        tcpra_analyzer_init(&analyzer, &config);
        for (size_t i = 0; i < count; i++)
            tcpra_analyze(&analyzer, &segs[i], &verdict);
        tcpra_analyzer_free(&analyzer);
        ns[r] = (seconds() - start) * 1e9 / (double)count;
    }
    qsort(ns, (size_t)runs, sizeof *ns, by_value);
    printf("%zu\t%.1f\t%.1f\n", count, ns[0], ns[runs / 2]);
    free(ns);
    free(segs);
    free(data);
    return 0;
}
