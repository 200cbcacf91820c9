// SPDX-License-Identifier: GPL-2.0-or-later
/* Keep-alives and the receive window: zero, probed, full and updated. */
#include "scenario_capture.h"
#include "scenarios.h"

/* Zero-length and one-byte keep-alives from the client, one from the server. */
void keep_alive(void)
{
    struct conn c = conn(0, 0, 40005, 80, 1000, 5000);
    uint64_t t;

    cap_open("keep_alive");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(45000), ACK, 100, 1, 0, KEEP_ALIVE);
    seg(&c, SRV, t + MS(45010), ACK, 1, 101, 0, KEEP_ALIVE_ACK);
    seg(&c, CLI, t + MS(90000), ACK, 100, 1, 1, KEEP_ALIVE);
    seg(&c, SRV, t + MS(90010), ACK, 1, 101, 0, KEEP_ALIVE_ACK);
    seg(&c, SRV, t + MS(120000), ACK, 0, 101, 0, KEEP_ALIVE);
    seg(&c, CLI, t + MS(120010), ACK, 101, 1, 0, KEEP_ALIVE_ACK);
    cap_close();
}

/*
 * The server's window (3000 bytes, no scaling) fills up and closes, the
 * client sends two one-byte probes, the server reopens the window and the
 * client continues from the probed byte.
 */
void zero_window(void)
{
    struct conn c = conn(0, 0, 40006, 80, 1000, 5000);
    uint64_t t;

    c.win[SRV] = 3000;
    cap_open("zero_window");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 1001, 0, 0);
    seg(&c, CLI, t + MS(12), ACK, 1001, 1, 1000, 0);
    seg(&c, CLI, t + MS(12), ACK, 2001, 1, 1000, 0);
    seg(&c, CLI, t + MS(12), PSH | ACK, 3001, 1, 1000, WIN_FULL);
    c.win[SRV] = 0;
    seg(&c, SRV, t + MS(22), ACK, 1, 4001, 0, ZERO_WIN);
    seg(&c, CLI, t + MS(230), ACK, 4001, 1, 1, ZWP);
    seg(&c, SRV, t + MS(240), ACK, 1, 4001, 0, ZERO_WIN | ZWP_ACK);
    seg(&c, CLI, t + MS(650), ACK, 4001, 1, 1, ZWP);
    seg(&c, SRV, t + MS(660), ACK, 1, 4001, 0, ZERO_WIN | ZWP_ACK);
    c.win[SRV] = 3000;
    seg(&c, SRV, t + MS(900), ACK, 1, 4001, 0, WIN_UPDATE);
    seg(&c, CLI, t + MS(901), PSH | ACK, 4001, 1, 1000, 0);
    seg(&c, SRV, t + MS(911), ACK, 1, 5001, 0, 0);
    cap_close();
}

/*
 * Window scaling negotiated (client shift 7, server shift 2).  The server
 * advertises 1000 << 2 = 4000 bytes; the client's fourth segment reaches the
 * right edge exactly.
 */
void window_full(void)
{
    struct conn c = conn(0, 0, 40007, 80, 1000, 5000);
    uint64_t t;

    c.ws[CLI] = 7;
    c.ws[SRV] = 2;
    c.sack_perm = 1;
    cap_open("window_full");
    t = handshake(&c, 0, MS(10));
    c.win[CLI] = 502;
    c.win[SRV] = 1000;
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 1001, 0, 0);
    for (uint32_t s = 1001; s < 5001; s += 1000)
        seg(&c, CLI, t + MS(12), ACK, s, 1, 1000, s == 4001 ? WIN_FULL : 0);
    seg(&c, SRV, t + MS(22), ACK, 1, 5001, 0, 0);
    cap_close();
}

/* The receiver enlarges its window without acknowledging anything new. */
void window_update(void)
{
    struct conn c = conn(0, 0, 40008, 80, 1000, 5000);
    uint64_t t;

    cap_open("window_update");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 1000, 0);
    c.win[SRV] = 1000;
    seg(&c, SRV, t + MS(11), ACK, 1, 1001, 0, 0);
    c.win[SRV] = 8000;
    seg(&c, SRV, t + MS(50), ACK, 1, 1001, 0, WIN_UPDATE);
    seg(&c, CLI, t + MS(51), PSH | ACK, 1001, 1, 1000, 0);
    seg(&c, SRV, t + MS(61), ACK, 1, 2001, 0, 0);
    cap_close();
}
