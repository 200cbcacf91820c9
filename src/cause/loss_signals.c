// SPDX-License-Identifier: GPL-2.0-or-later
#include "loss_signals.h"

#include <string.h>

#include "seq.h"

void tcpra_loss_signals_note(struct tcpra_loss_signals *s, uint32_t tsval, uint32_t received_end)
{
    if (s->count && !seq_after(tsval, s->ticks[s->count - 1].tsval)) {
        /* The same tick, or an older ACK the path delivered late. */
        if (seq_before(tsval, s->ticks[s->count - 1].tsval))
            s->ticks[s->count - 1].tsval = tsval;
        if (seq_after(received_end, s->ticks[s->count - 1].received_end))
            s->ticks[s->count - 1].received_end = received_end;
        return;
    }
    if (s->count == TCPRA_LOSS_SIGNAL_TICKS) {
        if (seq_after(s->ticks[1].received_end, s->ticks[0].received_end))
            s->ticks[0].received_end = s->ticks[1].received_end;
        memmove(&s->ticks[1], &s->ticks[2], (size_t)(s->count - 2) * sizeof s->ticks[0]);
        s->count--;
    }
    s->ticks[s->count].tsval = tsval;
    s->ticks[s->count].received_end = received_end;
    s->count++;
}

void tcpra_loss_signals_acknowledge(struct tcpra_loss_signals *s, uint32_t ack)
{
    uint8_t kept = 0;

    for (uint8_t i = 0; i < s->count; i++)
        if (seq_after(s->ticks[i].received_end, ack))
            s->ticks[kept++] = s->ticks[i];
    s->count = kept;
}

bool tcpra_loss_signals_first(const struct tcpra_loss_signals *s, uint32_t seq, uint32_t *tsval)
{
    bool found = false;

    for (uint8_t i = 0; i < s->count; i++) {
        if (seq_after(s->ticks[i].received_end, seq) && (!found || seq_before(s->ticks[i].tsval, *tsval))) {
            *tsval = s->ticks[i].tsval;
            found = true;
        }
    }
    return found;
}
