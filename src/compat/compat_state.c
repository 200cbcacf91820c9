/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "compat_state.h"

static void direction_init(struct tcpra_direction *d)
{
    *d = (struct tcpra_direction){0};
    d->window = UINT32_MAX;
    d->win_scale = TCPRA_WSCALE_UNKNOWN;
}

void tcpra_compat_connection_init(struct tcpra_compat_connection *conn)
{
    *conn = (struct tcpra_compat_connection){0};
    direction_init(&conn->directions[0]);
    direction_init(&conn->directions[1]);
}

void tcpra_compat_connection_free(struct tcpra_compat_connection *conn)
{
    tcpra_unacked_free(&conn->directions[0].unacked);
    tcpra_unacked_free(&conn->directions[1].unacked);
}
