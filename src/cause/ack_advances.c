// SPDX-License-Identifier: GPL-2.0-or-later
#include "ack_advances.h"

#include <string.h>

void tcpra_ack_advance_note(struct tcpra_ack_advances *a, tcpra_time time)
{
    if (a->count == TCPRA_ACK_ADVANCES) {
        memmove(&a->times[0], &a->times[1], (size_t)(a->count - 1) * sizeof a->times[0]);
        a->count--;
    }
    a->times[a->count++] = time;
}

bool tcpra_ack_advance_by(const struct tcpra_ack_advances *a, tcpra_time by, tcpra_time *time)
{
    if (!a->count)
        return false;
    *time = a->times[0];
    for (int i = a->count - 1; i >= 0; i--) {
        if ((int64_t)(by - a->times[i]) >= 0) {
            *time = a->times[i];
            break;
        }
    }
    return true;
}
