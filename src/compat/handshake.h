/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the SYN exchange tells: the initial sequence numbers, the handshake
 * RTT and the window scaling in use; and whether the connection was closed.
 * Whether a SYN starts a new connection is compat_analysis.h's. */
#ifndef TCPRA_HANDSHAKE_H
#define TCPRA_HANDSHAKE_H

#include "context.h"

/* Before the rules, on a connection that did not start anew: a resent SYN
 * and a renumbering SYN-ACK. */
void tcpra_handshake_follow_resent_syn(struct tcpra_context *ctx);
/* Before the rules, when the payload length is known: learn the ISNs. */
void tcpra_handshake_learn_base_seq(struct tcpra_context *ctx);
/* After the rules: SYN time, handshake RTT, first pure ACK, closing. */
void tcpra_handshake_track(struct tcpra_context *ctx);
/* After the rules: window scale options, and the SYN's verdict on scaling. */
void tcpra_handshake_window_scaling(struct tcpra_context *ctx);

#endif
