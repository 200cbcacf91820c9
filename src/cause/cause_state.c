/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "cause_state.h"

void tcpra_cause_direction_free(struct tcpra_cause_direction *d)
{
    tcpra_sent_free(&d->sent);
}
