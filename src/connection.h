/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One TCP connection as TCPRA follows it: the state of each analysis, side
 * by side, neither reading the other's. */
#ifndef TCPRA_CONNECTION_H
#define TCPRA_CONNECTION_H

#include <stdint.h>

#include "cause_analysis.h"
#include "compat_state.h"

struct tcpra_connection {
    uint32_t index;                 /* 0, 1, 2... in order of first packet */
    struct tcpra_compat_connection compat;
    struct tcpra_cause_connection cause;
};

void tcpra_connection_init(struct tcpra_connection *conn, uint32_t index);
void tcpra_connection_free(struct tcpra_connection *conn);

#endif
