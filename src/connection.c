/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "connection.h"

#include <string.h>

void tcpra_connection_init(struct tcpra_connection *conn, uint32_t index)
{
    memset(conn, 0, sizeof *conn);
    conn->index = index;
    tcpra_compat_connection_init(&conn->compat);
}

void tcpra_connection_free(struct tcpra_connection *conn)
{
    tcpra_compat_connection_free(&conn->compat);
    tcpra_cause_connection_free(&conn->cause);
}
