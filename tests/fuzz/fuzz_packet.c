/* SPDX-License-Identifier: GPL-2.0-or-later */
/* libFuzzer target: the command line's packet parser on any bytes, under
 * any of the link types it reads. The input's first byte picks the link
 * type, the next two the length sent beside the length captured; a segment
 * found must lie within the bytes, and is then classified. */
#include <stdio.h>
#include <stdlib.h>

#include <pcap/dlt.h>

#include "analyzer.h"
#include "fuzz_input.h"
#include "packet.h"

static const int linktypes[] = {DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_RAW, DLT_IPV4,
                                DLT_IPV6,   DLT_NULL,      DLT_LOOP,       DLT_IEEE802_11};

static void require(int holds, const char *what)
{
    if (!holds) {
        fprintf(stderr, "packet parser: %s\n", what);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_input in = {data, size};
    int linktype = linktypes[fuzz_bytes(&in, 1) % (sizeof linktypes / sizeof linktypes[0])];
    uint32_t extra = (uint32_t)fuzz_bytes(&in, 2);
    /* A copy of its own, so that ASan sees any read past the end. */
    uint8_t *bytes = malloc(in.size ? in.size : 1);
    struct tcpra_segment seg;
    enum tcpra_packet_outcome outcome;

    if (!bytes)
        return 0;
    for (size_t i = 0; i < in.size; i++)
        bytes[i] = in.data[i];
    outcome = tcpra_packet_parse(linktype, bytes, (uint32_t)in.size, (uint32_t)in.size + extra, &seg);
    require(outcome < TCPRA_PACKET_OUTCOME_COUNT, "an outcome out of range");
    if (outcome == TCPRA_PACKET_SEGMENT) {
        struct tcpra_config config;
        struct tcpra_analyzer analyzer;
        struct tcpra_verdict verdict;

        require(seg.captured_len >= TCPRA_TCP_FIXED_FIELDS && seg.captured_len <= in.size, "captured bytes");
        require(!seg.options_len ||
                    (seg.options >= bytes && seg.options + seg.options_len <= bytes + in.size &&
                     seg.options_len <= seg.captured_len - TCPRA_TCP_MIN_HEADER),
                "options outside the packet");
        require(!seg.has_payload_len || seg.header_len >= TCPRA_TCP_MIN_HEADER, "a payload without a header");
        seg.frame = 1;
        seg.time = 0;
        tcpra_config_defaults(&config);
        tcpra_analyzer_init(&analyzer, &config);
        tcpra_analyze(&analyzer, &seg, &verdict);
        tcpra_analyzer_free(&analyzer);
    }
    free(bytes);
    return 0;
}
