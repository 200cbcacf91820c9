/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A cause verdict in words, with its numbers, e.g. "RTO, 2nd backoff:
 * 412 ms since the timer was armed >= RTO estimate 400 ms (SRTT 31 ms)". */
#ifndef TCPRA_CAUSE_EXPLAIN_H
#define TCPRA_CAUSE_EXPLAIN_H

#include <stddef.h>

#include "cause.h"

/* The verdict of the segment itself; "" when it is new data or none. */
void tcpra_cause_explain(const struct tcpra_cause *cause, char *buf, size_t size);
/* Why a verdict is of low confidence (TCPRA_CAUSE_LOW_CONFIDENCE), e.g.
 * "no RTT measured, RTO taken as 1 s ..."; "" when it is not. */
const char *tcpra_cause_doubt(const struct tcpra_cause *cause);
/* What this frame proves of an earlier one; "" when nothing. */
void tcpra_cause_explain_settlement(const struct tcpra_cause *cause, char *buf, size_t size);

#endif
