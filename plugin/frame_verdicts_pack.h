/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A frame's verdicts in a few bytes: what a verdict usually holds (its
 * flow, no class, no reference) takes four with the count, where the
 * structure takes well over a hundred. Plain C, no Wireshark. */
#ifndef TCPRA_FRAME_VERDICTS_PACK_H
#define TCPRA_FRAME_VERDICTS_PACK_H

#include <stddef.h>
#include <stdint.h>

#include "verdict.h"

/* The most bytes one verdict packs into, after the one-byte count. */
#define TCPRA_PACKED_VERDICT_MAX (1 + 5 + 5 + 2 * 5 + 5 + 10 + sizeof(struct tcpra_reasons) + \
                                  sizeof(unsigned) + sizeof(uint64_t) + TCPRA_PACKED_CAUSE_MAX)
/* The cause verdict: nine bytes, seven 32-bit and four 64-bit varints. */
#define TCPRA_PACKED_CAUSE_MAX (9 + 7 * 5 + 4 * 10)

/* Pack count (1 to 255) verdicts into out, which holds
 * 1 + count * TCPRA_PACKED_VERDICT_MAX bytes; returns the bytes used.
 * Everything is kept but the cause's vantage point (kept with the facts),
 * and the reasons (and the thresholds shown with
 * them) of a verdict with nothing to explain (tcpra_explain() empty), which
 * unpack as zero. */
size_t tcpra_pack_verdicts(const struct tcpra_verdict *verdicts, unsigned count, uint8_t *out);

/* How many verdicts packed bytes hold, and the verdicts themselves; the
 * latter returns how many bytes they took, as tcpra_pack_verdicts() did. */
unsigned tcpra_packed_count(const uint8_t *in);
size_t tcpra_unpack_verdicts(const uint8_t *in, struct tcpra_verdict *verdicts);

#endif
