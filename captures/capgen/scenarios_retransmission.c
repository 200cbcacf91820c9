// SPDX-License-Identifier: GPL-2.0-or-later
/* Retransmissions: fast, after a timeout, reordered and spurious. */
#include "knobs.h"
#include "scenario_capture.h"
#include "scenarios.h"

/*
 * The client sends 100-byte segment 1 (ACKed), segment 2 is lost before the
 * capture point, then `dups` more segments each answered by a duplicate ACK.
 * Segment 2 is retransmitted `delay` after the last duplicate ACK and the
 * server ACKs everything.  Handshake RTT 0.5 ms, so never out-of-order.
 */
static uint64_t lost_then_dupacks(struct conn *c, uint64_t t, int dups, uint64_t delay)
{
    t = handshake(c, t, MS(0.5));
    seg(c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(c, SRV, t + MS(1.05), ACK, 1, 101, 0, 0);
    for (int i = 0; i < dups; i++) {
        t += MS(1);
        seg(c, CLI, t + MS(1), PSH | ACK, 201 + 100 * i, 1, 100, i ? 0 : LOST);
        seg(c, SRV, t + MS(1.05), ACK, 1, 101, 0, DUP_ACK);
    }
    t = c->last[SRV] + delay;
    seg(c, CLI, t, PSH | ACK, 101, 1, 100, knob(dups, delay, RTX));
    seg(c, SRV, t + MS(0.05), ACK, 1, 201 + 100 * dups, 0, 0);
    return t + MS(0.05);
}

static void one_lost_then_dupacks(const char *name, int dups, uint64_t delay)
{
    struct conn c = conn(0, 0, 40000, 80, 1000, 5000);

    cap_open(name);
    lost_then_dupacks(&c, 0, dups, delay);
    cap_close();
}

void fast_rtx_3dupacks(void) { one_lost_then_dupacks("fast_rtx_3dupacks", 3, MS(1)); }

void fast_rtx_2dupacks(void) { one_lost_then_dupacks("fast_rtx_2dupacks", 2, MS(1)); }

void rtx_1dupack(void) { one_lost_then_dupacks("rtx_1dupack", 1, MS(1)); }

void rtx_25ms_after_dupack(void) { one_lost_then_dupacks("rtx_25ms_after_dupack", 3, MS(25)); }

/* One connection per (duplicate ACK count 1..5, delay), client port 4DDxx. */
static void knob_grid(const char *name, const double *delays_ms, int n_delays)
{
    uint64_t t = 0;

    cap_open(name);
    for (int dups = 1; dups <= 5; dups++)
        for (int i = 0; i < n_delays; i++) {
            struct conn c = conn(0, 0, (uint16_t)(40000 + 100 * dups + i), 80, 1000u * dups + i, 9000);
            t = lost_then_dupacks(&c, t + MS(500), dups, MS(delays_ms[i]));
        }
    cap_close();
}

void knob_grid_4_to_20ms(void)
{
    static const double delays[] = { 4, 19.9, 20 };
    knob_grid("knob_grid_4_to_20ms", delays, 3);
}

void knob_grid_60_150ms(void)
{
    static const double delays[] = { 60, 150 };
    knob_grid("knob_grid_60_150ms", delays, 2);
}

/* Timeout retransmissions without any duplicate ACK, one of them twice. */
void rto_rtx(void)
{
    struct conn c = conn(0, 0, 40001, 80, 1000, 5000);
    uint64_t t;

    cap_open("rto_rtx");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, CLI, t + MS(1), PSH | ACK, 101, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(221), PSH | ACK, 101, 1, 100, knob(0, MS(210), RTX));
    seg(&c, SRV, t + MS(231), ACK, 1, 201, 0, AMBIGUOUS_ACK);
    seg(&c, CLI, t + MS(300), PSH | ACK, 201, 1, 100, 0);
    seg(&c, CLI, t + MS(520), PSH | ACK, 201, 1, 100, RTX);
    seg(&c, CLI, t + MS(960), PSH | ACK, 201, 1, 100, RTX);
    seg(&c, SRV, t + MS(970), ACK, 1, 301, 0, AMBIGUOUS_ACK);
    cap_close();
}

/*
 * Capture at the receiver, handshake RTT 40 ms.  Segment 2 arrives 5 ms after
 * segment 3 (out-of-order: within the RTT, one duplicate ACK only).  Segment
 * 4 then arrives twice within the RTT: the copy ends at the highest sequence
 * number seen, so it is a plain retransmission, not out-of-order.
 */
void ooo_handshake_rtt(void)
{
    struct conn c = conn(0, 0, 40002, 80, 1000, 5000);
    uint64_t t;

    cap_open("ooo_handshake_rtt");
    t = handshake(&c, 0, MS(40));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(1.1), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(2), PSH | ACK, 201, 1, 100, LOST);
    seg(&c, SRV, t + MS(2.1), ACK, 1, 101, 0, DUP_ACK);
    seg(&c, CLI, t + MS(7), PSH | ACK, 101, 1, 100, knob(1, MS(4.9), OOO));
    seg(&c, SRV, t + MS(7.1), ACK, 1, 301, 0, 0);
    seg(&c, CLI, t + MS(10), PSH | ACK, 301, 1, 100, 0);
    seg(&c, CLI, t + MS(12), PSH | ACK, 301, 1, 100, RTX);
    seg(&c, SRV, t + MS(12.1), ACK, 1, 401, 0, AMBIGUOUS_ACK);
    cap_close();
}

/*
 * Capture at the receiver, handshake RTT 30 ms.  Segment 2 arrives 1 ms
 * after the second duplicate ACK: it qualifies both as a fast retransmission
 * and as out-of-order; the fast retransmission wins.
 */
void ooo_vs_fast_rtx(void)
{
    struct conn c = conn(0, 0, 40003, 80, 1000, 5000);
    uint64_t t;

    cap_open("ooo_vs_fast_rtx");
    t = handshake(&c, 0, MS(30));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(1.1), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(2), PSH | ACK, 201, 1, 100, LOST);
    seg(&c, SRV, t + MS(2.1), ACK, 1, 101, 0, DUP_ACK);
    seg(&c, CLI, t + MS(3), PSH | ACK, 301, 1, 100, 0);
    seg(&c, SRV, t + MS(3.1), ACK, 1, 101, 0, DUP_ACK);
    seg(&c, CLI, t + MS(4.1), PSH | ACK, 101, 1, 100, knob(2, MS(1), OOO));
    seg(&c, SRV, t + MS(4.2), ACK, 1, 401, 0, 0);
    cap_close();
}

/* Data retransmitted after it was ACKed; the receiver answers with a dup ACK. */
void spurious_rtx(void)
{
    struct conn c = conn(0, 0, 40004, 80, 1000, 5000);
    uint64_t t;

    cap_open("spurious_rtx");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, CLI, t + MS(1), PSH | ACK, 101, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 201, 0, 0);
    seg(&c, CLI, t + MS(300), PSH | ACK, 101, 1, 100, SPURIOUS | RTX);
    seg(&c, SRV, t + MS(310), ACK, 1, 201, 0, DUP_ACK | AMBIGUOUS_ACK);
    cap_close();
}

/*
 * ISNs just below 2^32: the client's data crosses 0 (at relative 4096) and
 * segment 5001:6001, after the wrap, is lost, fast retransmitted after three
 * duplicate ACKs.  The server's reply crosses 0 too and is later
 * retransmitted spuriously.  Timestamps and window scaling on.
 */
void seq_wrap(void)
{
    struct conn c = conn(0, 0, 40014, 80, 0xfffff000u, 0xfffffff0u);
    uint64_t t;

    c.timestamps = c.sack_perm = 1;
    c.ws[CLI] = c.ws[SRV] = 7;
    cap_open("seq_wrap");
    t = handshake(&c, 0, MS(2));
    c.win[CLI] = c.win[SRV] = 502;
    for (uint32_t s = 1; s < 5001; s += 1000)
        seg(&c, CLI, t + MS(1), ACK, s, 1, 1000, 0);
    seg(&c, SRV, t + MS(3), ACK, 1, 5001, 0, 0);
    for (uint32_t s = 6001; s < 9001; s += 1000) {
        seg(&c, CLI, t + MS(4), ACK, s, 1, 1000, s == 6001 ? LOST : 0);
        seg(&c, SRV, t + MS(6), ACK, 1, 5001, 0, DUP_ACK);
    }
    seg(&c, CLI, t + MS(6.5), ACK, 5001, 1, 1000, knob(3, MS(0.5), RTX));
    seg(&c, SRV, t + MS(8.5), PSH | ACK, 1, 9001, 32, 0);
    seg(&c, CLI, t + MS(9), ACK, 9001, 33, 0, 0);
    seg(&c, SRV, t + MS(300), PSH | ACK, 1, 9001, 32, SPURIOUS | RTX);
    seg(&c, CLI, t + MS(301), ACK, 9001, 33, 0, DUP_ACK | AMBIGUOUS_ACK);
    cap_close();
}

void ipv6_fast_rtx(void)
{
    struct conn c = conn(1, 0, 40015, 443, 1000, 5000);

    c.timestamps = c.sack_perm = 1;
    c.mss[CLI] = c.mss[SRV] = 1440;
    cap_open("ipv6_fast_rtx");
    lost_then_dupacks(&c, 0, 3, MS(2));
    cap_close();
}
