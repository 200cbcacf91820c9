/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The first word of data beyond each hole, by the TSval of the ACK that
 * gave it: per hole, across the cumulative ACK's advances, and never later
 * than it was when the ticks overflow. */
#include "check.h"
#include "loss_signals.h"

int main(void)
{
    struct tcpra_loss_signals s = {0};
    uint32_t tsval = 0;

    CHECK(!tcpra_loss_signals_first(&s, 1000, &tsval));
    /* Tick 100: data up to 3000 arrived; tick 101: up to 5000. */
    tcpra_loss_signals_note(&s, 100, 2000);
    tcpra_loss_signals_note(&s, 100, 3000);
    tcpra_loss_signals_note(&s, 101, 5000);
    CHECK(s.count == 2);
    CHECK(tcpra_loss_signals_first(&s, 1000, &tsval) && tsval == 100);
    CHECK(tcpra_loss_signals_first(&s, 2999, &tsval) && tsval == 100);
    CHECK(tcpra_loss_signals_first(&s, 3000, &tsval) && tsval == 101);
    CHECK(!tcpra_loss_signals_first(&s, 5000, &tsval));
    /* The ACK passes 3000: the holes below are filled, the one above is
     * still first signalled at tick 101. */
    tcpra_loss_signals_acknowledge(&s, 3000);
    CHECK(s.count == 1);
    CHECK(tcpra_loss_signals_first(&s, 3500, &tsval) && tsval == 101);
    /* An older ACK delivered late makes its tick's signal older. */
    tcpra_loss_signals_note(&s, 99, 4000);
    CHECK(tcpra_loss_signals_first(&s, 3500, &tsval) && tsval == 99);
    /* Full: the two oldest merge, keeping the older TSval and the further
     * arrival, so a hole's first signal is never made later. */
    for (uint32_t i = 0; i < TCPRA_LOSS_SIGNAL_TICKS; i++)
        tcpra_loss_signals_note(&s, 200 + i, 6000 + 1000 * i);
    CHECK(s.count == TCPRA_LOSS_SIGNAL_TICKS);
    CHECK(tcpra_loss_signals_first(&s, 3500, &tsval) && tsval == 99);
    CHECK(tcpra_loss_signals_first(&s, 5999, &tsval) && tsval == 99);
    CHECK(tcpra_loss_signals_first(&s, 6500, &tsval) && tsval == 201);
    CHECK(tcpra_loss_signals_first(&s, 8000, &tsval) && tsval == 203);
    /* TSvals wrap. */
    struct tcpra_loss_signals w = {0};
    tcpra_loss_signals_note(&w, 0xfffffff0u, 10);
    tcpra_loss_signals_note(&w, 5, 20);
    CHECK(w.count == 2 && tcpra_loss_signals_first(&w, 15, &tsval) && tsval == 5);
    CHECK(tcpra_loss_signals_first(&w, 0, &tsval) && tsval == 0xfffffff0u);
    return check_report("loss_signals");
}
