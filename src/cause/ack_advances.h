/* SPDX-License-Identifier: GPL-2.0-or-later */
/* When the cumulative ACK last advanced, as captured. Away from the data's
 * sender, an ACK captured reaches the sender only later: one that the
 * capture saw less than a round trip's lag (cause_vantage.c) before a
 * segment arrived had not reached the sender when it sent that segment, so
 * its retransmission timer was still running from an earlier ACK. */
#ifndef TCPRA_ACK_ADVANCES_H
#define TCPRA_ACK_ADVANCES_H

#include <stdbool.h>
#include <stdint.h>

#include "timestamp.h"

#define TCPRA_ACK_ADVANCES 8

struct tcpra_ack_advances {
    tcpra_time times[TCPRA_ACK_ADVANCES];  /* the last advances, oldest first */
    uint8_t count;
};

void tcpra_ack_advance_note(struct tcpra_ack_advances *a, tcpra_time time);

/* The latest advance captured at or before BY; when every one kept is
 * later, the oldest kept (the sender's is older still). False when none
 * is kept. */
bool tcpra_ack_advance_by(const struct tcpra_ack_advances *a, tcpra_time by, tcpra_time *time);

#endif
