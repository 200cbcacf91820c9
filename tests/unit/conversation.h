/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Building TCP conversations by hand for the tests: a client and a server,
 * each sending segments at given times, fed straight to the analyzer. */
#ifndef TCPRA_TEST_CONVERSATION_H
#define TCPRA_TEST_CONVERSATION_H

#include <string.h>

#include "analyzer.h"
#include "timestamp.h"

struct conversation {
    struct tcpra_analyzer analyzer;
    uint32_t frame;
    struct tcpra_verdict last;
    uint8_t client_wscale;    /* shift offered in the client's SYN; 0xff: none */
};

enum side { CLIENT, SERVER };

static inline void conversation_start(struct conversation *c, const struct tcpra_config *config)
{
    memset(c, 0, sizeof *c);
    tcpra_analyzer_init(&c->analyzer, config);
}

static inline void conversation_end(struct conversation *c)
{
    tcpra_analyzer_free(&c->analyzer);
}

static inline struct tcpra_segment make_segment(enum side from, double ms, uint32_t seq, uint32_t ack,
                                                uint16_t flags, uint32_t len, uint16_t window)
{
    static const struct tcpra_address client = {4, 4, {10, 0, 0, 1}};
    static const struct tcpra_address server = {4, 4, {10, 0, 0, 2}};
    struct tcpra_segment s;

    memset(&s, 0, sizeof s);
    s.time = tcpra_time_from(1700000000, 0) + (uint64_t)(ms * 1e6 + 0.5);
    s.src = from == CLIENT ? client : server;
    s.dst = from == CLIENT ? server : client;
    s.src_port = from == CLIENT ? 40000 : 80;
    s.dst_port = from == CLIENT ? 80 : 40000;
    s.seq = seq;
    s.ack = ack;
    s.flags = flags;
    s.window = window;
    s.header_len = 20;
    s.captured_len = 20;
    s.has_payload_len = true;
    s.payload_len = len;
    return s;
}

/* Feed one segment; returns its verdict's displayed classes. */
static inline uint32_t feed(struct conversation *c, struct tcpra_segment s)
{
    s.frame = ++c->frame;
    tcpra_analyze(&c->analyzer, &s, &c->last);
    return tcpra_class_bits(&c->last.compat);
}

static inline uint32_t send_seg(struct conversation *c, enum side from, double ms, uint32_t seq,
                                uint32_t ack, uint16_t flags, uint32_t len, uint16_t window)
{
    return feed(c, make_segment(from, ms, seq, ack, flags, len, window));
}

#define A TCPRA_TH_ACK

/* Client ISN 1000, server ISN 5000, handshake at 0, 10, 20 ms (RTT 20 ms
 * as Wireshark measures it: SYN to the client's ACK). Window 1000. */
static inline void handshake(struct conversation *c)
{
    send_seg(c, CLIENT, 0, 1000, 0, TCPRA_TH_SYN, 0, 1000);
    send_seg(c, SERVER, 10, 5000, 1001, TCPRA_TH_SYN | A, 0, 1000);
    send_seg(c, CLIENT, 20, 1001, 5001, A, 0, 1000);
}

#endif
