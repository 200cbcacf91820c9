// SPDX-License-Identifier: GPL-2.0-or-later
/* Segments the capture missed. */
#include "knobs.h"
#include "scenario_capture.h"
#include "scenarios.h"

/* Segment 2 is not captured; it is retransmitted after one duplicate ACK. */
void lost_segment(void)
{
    struct conn c = conn(0, 0, 40009, 80, 1000, 5000);
    uint64_t t;

    cap_open("lost_segment");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, CLI, t + MS(12), PSH | ACK, 201, 1, 100, LOST);
    seg(&c, SRV, t + MS(22), ACK, 1, 101, 0, DUP_ACK);
    seg(&c, CLI, t + MS(230), PSH | ACK, 101, 1, 100, knob(1, MS(208), RTX));
    seg(&c, SRV, t + MS(240), ACK, 1, 301, 0, 0);
    cap_close();
}

/*
 * Segment 2 is ACKed although it was not captured.  The ACK of segment 3
 * is flagged again: the "highest sequence number to be ACKed" only moves
 * along contiguous data, and segment 3 did not start there.
 */
void ack_unseen_segment(void)
{
    struct conn c = conn(0, 0, 40010, 80, 1000, 5000);
    uint64_t t;

    cap_open("ack_unseen_segment");
    t = handshake(&c, 0, MS(10));
    seg(&c, CLI, t + MS(1), PSH | ACK, 1, 1, 100, 0);
    seg(&c, SRV, t + MS(11), ACK, 1, 101, 0, 0);
    seg(&c, SRV, t + MS(12), ACK, 1, 201, 0, ACK_LOST);
    seg(&c, CLI, t + MS(13), PSH | ACK, 201, 1, 100, LOST);
    seg(&c, SRV, t + MS(23), ACK, 1, 301, 0, ACK_LOST);
    cap_close();
}
