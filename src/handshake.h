/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the SYN exchange tells: a new connection on old ports, the initial
 * sequence numbers, the handshake RTT and the window scaling in use; and
 * whether the connection was closed. */
#ifndef TCPRA_HANDSHAKE_H
#define TCPRA_HANDSHAKE_H

#include "context.h"
#include "flow_table.h"

/* Before the rules: a SYN with a new ISN starts a new connection. */
void tcpra_handshake_detect_reuse(struct tcpra_context *ctx, struct tcpra_flow_table *table);
/* Before the rules, when the payload length is known: learn the ISNs. */
void tcpra_handshake_learn_base_seq(struct tcpra_context *ctx);
/* After the rules: SYN time, handshake RTT, first pure ACK, closing. */
void tcpra_handshake_track(struct tcpra_context *ctx);
/* After the rules: window scale options, and the SYN's verdict on scaling. */
void tcpra_handshake_window_scaling(struct tcpra_context *ctx);

#endif
