/* SPDX-License-Identifier: GPL-2.0-or-later */
/* TCPRA's verdicts beside Wireshark's own, in the same vocabulary: the
 * compatible classes, and the cause where it contradicts them. */
#ifndef TCPRA_COMPARE_H
#define TCPRA_COMPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cause.h"
#include "compat_config.h"
#include "compat_verdict.h"

/* Whether the built-in shows the same classes as TCPRA (as displayed, see
 * tcpra_class_bits), among those it can show at all: reportable has
 * TCPRA_BIT(class) for each (Wireshark 4.0 has no partial or ambiguous ACK
 * notes). */
bool tcpra_agrees(uint32_t builtin_bits, uint32_t reportable, const struct tcpra_compat_verdict *verdict);

/* "built-in: Out-of-order, TCPRA: Fast retransmission (3 dup ACKs >= 2, ...)",
 * of the reportable classes, with the thresholds of config. */
void tcpra_describe_mismatch(uint32_t builtin_bits, uint32_t reportable, const struct tcpra_compat_verdict *verdict,
                             const struct tcpra_compat_config *config, char *buf, size_t size);

/* The one class that best names a segment, for a confusion matrix: the
 * retransmission family first, then the rest in tcpra_class order.
 * TCPRA_CLASS_COUNT when there is none. */
enum tcpra_class tcpra_primary_class(uint32_t bits);

/* Whether the cause analysis contradicts the built-in's classes: one calls
 * the segment a retransmission and the other not, or the built-in's fast
 * retransmission is a timer's by the cause analysis. */
bool tcpra_cause_contradicts(uint32_t builtin_bits, const struct tcpra_cause *cause);
/* "built-in: Retransmission, cause: reordered" */
void tcpra_describe_contradiction(uint32_t builtin_bits, const struct tcpra_cause *cause, char *buf,
                                  size_t size);

#endif
