// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * RPCAP (remote packet capture, TCP port 2002): the server forwards captured
 * Ethernet frames to the client, so each forwarded frame has two TCP layers.
 * The forwarded connection loses a segment, gets three duplicate ACKs and
 * a fast retransmission.  The outer segment that carried the third duplicate
 * ACK is missing from the capture, so the next outer segment is
 * lost_segment (and the inner retransmission follows only two duplicate
 * ACKs, which is still fast); the final outer ACK covers unseen data.
 */
#include <string.h>

#include "knobs.h"
#include "scenario_capture.h"
#include "scenarios.h"

static struct conn tunnel_outer, tunnel_inner;
static uint32_t tunnel_seq;             /* next outer sequence number, server side */

static void rpcap_header(uint8_t *p, uint8_t type, uint32_t plen)
{
    p[0] = 0;                       /* version */
    p[1] = type;
    put16(p + 2, 0);
    put32(p + 4, plen);
}

/*
 * Forwards one inner segment in an RPCAP packet message.  `classes` are those
 * of both TCP layers; `captured` 0 leaves the outer frame out of the capture.
 */
static void tunnel_seg(uint64_t t, int dir, unsigned flags, uint32_t seq, uint32_t ack,
                       size_t len, unsigned classes, int captured)
{
    static uint8_t msg[65536];
    static uint32_t npkt;
    size_t flen = build(msg + 28, &tunnel_inner, dir, t, flags, seq, ack, NULL, len);

    rpcap_header(msg, 7, (uint32_t)(20 + flen));
    put32(msg + 8, BASE_SECS + (uint32_t)(t / 1000000));
    put32(msg + 12, (uint32_t)(t % 1000000));
    put32(msg + 16, (uint32_t)flen);
    put32(msg + 20, (uint32_t)flen);
    put32(msg + 24, ++npkt);
    if (captured)
        seg_data(&tunnel_outer, SRV, t, PSH | ACK, tunnel_seq, 13, msg, 28 + flen, classes);
    tunnel_seq += (uint32_t)(28 + flen);
}

void tunnel_rpcap(void)
{
    struct conn *o = &tunnel_outer, *in = &tunnel_inner;
    uint8_t open_req[8 + 4], open_reply[8 + 8] = { 0 };
    uint64_t t;

    *o = conn(0, 9, 50002, 2002, 1000, 5000);
    *in = conn(0, 1, 43000, 80, 70000, 90000);
    cap_open("tunnel_rpcap");
    t = handshake(o, 0, MS(1));
    rpcap_header(open_req, 3, 4);
    memcpy(open_req + 8, "eth0", 4);
    seg_data(o, CLI, t + MS(1), PSH | ACK, 1, 1, open_req, sizeof open_req, 0);
    rpcap_header(open_reply, 0x83, 8);
    put32(open_reply + 8, 1);       /* link type: Ethernet */
    seg_data(o, SRV, t + MS(2), PSH | ACK, 1, 13, open_reply, sizeof open_reply, 0);
    tunnel_seq = 17;

    t += MS(10);
    tunnel_seg(t, CLI, SYN, 0, 0, 0, 0, 1);
    tunnel_seg(t + MS(0.2), SRV, SYN | ACK, 0, 1, 0, 0, 1);
    tunnel_seg(t + MS(0.4), CLI, ACK, 1, 1, 0, 0, 1);
    tunnel_seg(t + MS(2), CLI, PSH | ACK, 1, 1, 100, 0, 1);
    tunnel_seg(t + MS(2.1), SRV, ACK, 1, 101, 0, 0, 1);
    tunnel_seg(t + MS(3), CLI, PSH | ACK, 201, 1, 100, LOST, 1);
    tunnel_seg(t + MS(3.1), SRV, ACK, 1, 101, 0, DUP_ACK, 1);
    tunnel_seg(t + MS(4), CLI, PSH | ACK, 301, 1, 100, 0, 1);
    tunnel_seg(t + MS(4.1), SRV, ACK, 1, 101, 0, DUP_ACK, 1);
    tunnel_seg(t + MS(5), CLI, PSH | ACK, 401, 1, 100, 0, 1);
    tunnel_seg(t + MS(5.1), SRV, ACK, 1, 101, 0, 0, 0);
    tunnel_seg(t + MS(6.1), CLI, PSH | ACK, 101, 1, 100, knob_with(LOST, 2, MS(2), RTX), 1);
    tunnel_seg(t + MS(6.2), SRV, ACK, 1, 501, 0, 0, 1);
    seg(o, CLI, t + MS(10), ACK, 13, tunnel_seq, 0, ACK_LOST);
    cap_close();
}
