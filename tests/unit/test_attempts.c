/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "attempts.h"
#include "check.h"
#include "segment.h"

enum { SYN = TCPRA_TH_SYN, ACK = TCPRA_TH_ACK, RST = TCPRA_TH_RST };

int main(void)
{
    struct tcpra_attempts a = {0};

    /* Answered: SYN, retransmitted SYN, SYN-ACK, then anything. */
    CHECK_EQ(tcpra_attempts_observe(&a, 0, 0, SYN), TCPRA_ATTEMPT_STARTED);
    CHECK_EQ(tcpra_attempts_observe(&a, 0, 0, SYN), TCPRA_ATTEMPT_NONE);
    CHECK_EQ(tcpra_attempts_observe(&a, 0, 1, SYN | ACK), TCPRA_ATTEMPT_ANSWERED);
    CHECK_EQ(tcpra_attempts_observe(&a, 0, 1, RST), TCPRA_ATTEMPT_NONE);
    /* Refused: the RST comes from the other side; the initiator's own RST
     * does not count. */
    CHECK_EQ(tcpra_attempts_observe(&a, 1, 1, SYN), TCPRA_ATTEMPT_STARTED);
    CHECK_EQ(tcpra_attempts_observe(&a, 1, 1, RST), TCPRA_ATTEMPT_NONE);
    CHECK_EQ(tcpra_attempts_observe(&a, 1, 0, RST | ACK), TCPRA_ATTEMPT_REFUSED);
    CHECK_EQ(tcpra_attempts_observe(&a, 1, 0, SYN | ACK), TCPRA_ATTEMPT_NONE);
    /* A connection first seen mid-stream is no attempt. */
    CHECK_EQ(tcpra_attempts_observe(&a, 2, 0, ACK), TCPRA_ATTEMPT_NONE);
    CHECK_EQ(tcpra_attempts_observe(&a, 2, 1, SYN | ACK), TCPRA_ATTEMPT_NONE);
    /* Far flow indices grow the table. */
    CHECK_EQ(tcpra_attempts_observe(&a, 100000, 0, SYN), TCPRA_ATTEMPT_STARTED);
    CHECK_EQ(tcpra_attempts_observe(&a, 100000, 1, SYN | ACK), TCPRA_ATTEMPT_ANSWERED);
    tcpra_attempts_free(&a);
    return check_report("attempts");
}
