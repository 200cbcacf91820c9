/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Verdicts in words, with the numbers that decided them. */
#ifndef TCPRA_EXPLAIN_H
#define TCPRA_EXPLAIN_H

#include <stddef.h>

#include "compat_config.h"
#include "compat_verdict.h"

/* "Fast retransmission, Retransmission": every displayed class, or "" */
void tcpra_describe_classes(const struct tcpra_compat_verdict *verdict, char *buf, size_t size);
/* The same for any set of class bits. */
void tcpra_describe_class_bits(uint32_t bits, char *buf, size_t size);

/* Why the retransmission rules decided as they did, with the thresholds of
 * config, e.g. "fast retransmission: 3 dup ACKs >= 2, 4.100 ms < 20.000 ms".
 * Empty for new data, and when the rules did not run (no data, SYN or FIN). */
void tcpra_explain(const struct tcpra_compat_verdict *verdict, const struct tcpra_compat_config *config, char *buf,
                   size_t size);
/* Whether tcpra_explain() has anything to say: the reasons matter. */
bool tcpra_has_explanation(const struct tcpra_compat_verdict *verdict);

/* Why a segment without a known payload length is not analysed
 * (verdict->sequence_analysed false). */
const char *tcpra_explain_not_analysed(void);

/* "handshake RTT", "default" or "fixed" */
const char *tcpra_ooo_origin_name(enum tcpra_ooo_origin origin);

#endif
