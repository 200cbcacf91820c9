/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "flow.h"

static void direction_init(struct tcpra_direction *d)
{
    *d = (struct tcpra_direction){0};
    d->window = UINT32_MAX;
    d->win_scale = TCPRA_WSCALE_UNKNOWN;
}

void tcpra_flow_init(struct tcpra_flow *flow, uint32_t index)
{
    *flow = (struct tcpra_flow){0};
    flow->index = index;
    direction_init(&flow->directions[0]);
    direction_init(&flow->directions[1]);
}

void tcpra_flow_free(struct tcpra_flow *flow)
{
    tcpra_unacked_free(&flow->directions[0].unacked);
    tcpra_unacked_free(&flow->directions[1].unacked);
    tcpra_cause_connection_free(&flow->cause);
}
