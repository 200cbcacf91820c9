// SPDX-License-Identifier: GPL-2.0-or-later
/* Opening connections: SYNs resent, refused, unanswered, and ports reused. */
#include "scenario_capture.h"
#include "scenarios.h"

/* The SYN is retransmitted, then the SYN/ACK (the client ACKs it again). */
void syn_rtx(void)
{
    struct conn c = conn(0, 0, 40011, 80, 1000, 5000);

    cap_open("syn_rtx");
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, CLI, MS(1000), SYN, 0, 0, 0, RTX);
    seg(&c, SRV, MS(1030), SYN | ACK, 0, 1, 0, AMBIGUOUS_ACK);
    seg(&c, CLI, MS(1030), ACK, 1, 1, 0, 0);
    seg(&c, SRV, MS(2030), SYN | ACK, 0, 1, 0, RTX);
    seg(&c, CLI, MS(2030), ACK, 1, 1, 0, DUP_ACK | AMBIGUOUS_ACK);
    seg(&c, CLI, MS(2031), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, MS(2061), ACK, 1, 101, 0, 0);
    cap_close();
}

/* A SYN answered by RST; the application retries from the same port (new ISN). */
void syn_rst(void)
{
    struct conn c = conn(0, 0, 40012, 81, 1000, 0);

    cap_open("syn_rst");
    c.win[SRV] = 0;
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, SRV, MS(0.2), RST | ACK, 0, 1, 0, 0);
    c.isn[CLI] = 777000;
    seg(&c, CLI, MS(1000), SYN, 0, 0, 0, REUSED);
    seg(&c, SRV, MS(1000.2), RST | ACK, 0, 1, 0, 0);
    cap_close();
}

/* A SYN never answered, retransmitted with exponential backoff. */
void syn_unanswered(void)
{
    struct conn c = conn(0, 0, 40013, 81, 1000, 0);

    cap_open("syn_unanswered");
    seg(&c, CLI, 0, SYN, 0, 0, 0, 0);
    seg(&c, CLI, MS(1000), SYN, 0, 0, 0, RTX);
    seg(&c, CLI, MS(3000), SYN, 0, 0, 0, RTX);
    seg(&c, CLI, MS(7000), SYN, 0, 0, 0, RTX);
    cap_close();
}

/* A connection closed with FIN, then a new one on the same ports with a new ISN. */
void port_reuse(void)
{
    struct conn c = conn(0, 0, 40016, 80, 1000, 5000);
    uint64_t t;

    cap_open("port_reuse");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(11), PSH | ACK, 1, 101, 200, 0);
    seg(&c, CLI, t + MS(12), FIN | ACK, 101, 201, 0, 0);
    seg(&c, SRV, t + MS(22), FIN | ACK, 201, 102, 0, 0);
    seg(&c, CLI, t + MS(23), ACK, 102, 202, 0, 0);
    c.isn[CLI] = 2000000;
    c.isn[SRV] = 6000000;
    seg(&c, CLI, t + MS(1000), SYN, 0, 0, 0, REUSED);
    seg(&c, SRV, t + MS(1005), SYN | ACK, 0, 1, 0, 0);
    seg(&c, CLI, t + MS(1010), ACK, 1, 1, 0, 0);
    seg(&c, CLI, t + MS(1011), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(1021), ACK, 1, 101, 0, 0);
    cap_close();
}
