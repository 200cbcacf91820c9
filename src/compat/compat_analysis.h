/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The Wireshark-compatible analysis of one segment: the tcp.analysis.*
 * classes, by Wireshark's rules in Wireshark's order, on the connection's
 * compatible state. It reads nothing of the cause analysis. */
#ifndef TCPRA_COMPAT_ANALYSIS_H
#define TCPRA_COMPAT_ANALYSIS_H

#include <stdbool.h>

#include "compat_config.h"
#include "compat_state.h"
#include "compat_verdict.h"
#include "options.h"
#include "segment.h"

/* Whether seg, sent by direction (0 or 1) of conn, opens a new connection
 * on the same ports: a SYN with a new ISN, or where configured a SYN after
 * a FIN-ACK or RST, or a SYN-ACK with a new ISN. The caller then gives it a
 * new state. */
bool tcpra_compat_starts_anew(const struct tcpra_compat_config *config, const struct tcpra_compat_connection *conn,
                              int direction, const struct tcpra_segment *seg);

/* Classify seg, sent by direction of conn, with its options as read
 * (tcpra_segment_options()); reused_ports: conn was just started anew for
 * it. seg must follow every earlier segment of the connection. */
void tcpra_compat_analyze(const struct tcpra_compat_config *config, struct tcpra_compat_connection *conn,
                          int direction, const struct tcpra_segment *seg, const struct tcpra_options *options,
                          bool reused_ports, struct tcpra_compat_verdict *out);

#endif
