/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The last ACK advance a sender could have heard by a given time: the
 * latest captured by then, else the oldest kept. */
#include "ack_advances.h"
#include "check.h"

int main(void)
{
    struct tcpra_ack_advances a = {0};
    tcpra_time t = 0;

    CHECK(!tcpra_ack_advance_by(&a, 1000, &t));
    tcpra_ack_advance_note(&a, 100);
    tcpra_ack_advance_note(&a, 200);
    tcpra_ack_advance_note(&a, 300);
    CHECK(tcpra_ack_advance_by(&a, 1000, &t) && t == 300);
    CHECK(tcpra_ack_advance_by(&a, 299, &t) && t == 200);
    CHECK(tcpra_ack_advance_by(&a, 200, &t) && t == 200);
    /* Every advance kept came later: the oldest is the bound. */
    CHECK(tcpra_ack_advance_by(&a, 50, &t) && t == 100);
    /* Full: the oldest go. */
    for (tcpra_time i = 4; i <= 10; i++)
        tcpra_ack_advance_note(&a, i * 100);
    CHECK(a.count == TCPRA_ACK_ADVANCES);
    CHECK(tcpra_ack_advance_by(&a, 250, &t) && t == 300);
    CHECK(tcpra_ack_advance_by(&a, 950, &t) && t == 900);
    return check_report("ack_advances");
}
