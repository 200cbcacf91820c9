/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A frame's verdicts, one per TCP layer, with what the comparison and the
 * statistics need of each layer besides, in a few bytes: a frame of one
 * layer with what a verdict usually holds (its connection, no class, no
 * cause) takes seven or eight, where the structures take well over two
 * hundred. Kept per frame for every pass after the first. */
#ifndef TCPRA_FRAME_RECORD_H
#define TCPRA_FRAME_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "verdict.h"

/* The most TCP layers of one frame TCPRA follows (tunnels nest a few). */
#define TCPRA_MAX_LAYERS 8

/* A TCP layer's facts beside its verdict. */
struct tcpra_layer_facts {
    uint32_t payload_len;
    uint32_t builtin_classes;   /* TCPRA_BIT(class) the built-in analysis shows */
    uint16_t tcp_flags;         /* TCPRA_TH_* */
    bool builtin_known;         /* the built-in analysis ran */
};

/* The most bytes one layer packs into, after the record's one-byte count:
 * a flags byte and varints of at most 5 (32-bit) or 10 (64-bit) bytes. */
#define TCPRA_PACKED_REASONS_MAX (4 + 2 * 5 + 3 * 10)
#define TCPRA_PACKED_CAUSE_MAX (10 + 4 + 6 * 5 + 4 * 10)
#define TCPRA_PACKED_FACTS_MAX (3 * 5)
#define TCPRA_PACKED_LAYER_MAX \
    (1 + 2 * 5 + 2 * 5 + 5 + 10 + TCPRA_PACKED_REASONS_MAX + TCPRA_PACKED_CAUSE_MAX + TCPRA_PACKED_FACTS_MAX)

/* Pack count (1 to 255) layers into out, which holds
 * 1 + count * TCPRA_PACKED_LAYER_MAX bytes; returns the bytes used. Kept:
 * everything but the settled frames (their settling is the caller's), the
 * reasons of a verdict with nothing to explain (tcpra_has_explanation()),
 * and a cause verdict that says nothing (no trigger, flag or settlement);
 * those unpack as zero. Settling a packed verdict (tcpra_verdicts_settle())
 * never changes its size: it can be packed again in place. */
size_t tcpra_record_pack(const struct tcpra_verdict *verdicts, const struct tcpra_layer_facts *facts,
                         unsigned count, uint8_t *out);

/* How many layers a record holds, and the layers themselves; the latter
 * returns how many bytes they took, as tcpra_record_pack() did. */
unsigned tcpra_record_count(const uint8_t *in);
size_t tcpra_record_unpack(const uint8_t *in, struct tcpra_verdict *verdicts, struct tcpra_layer_facts *facts);

/* Settle a record of at most TCPRA_MAX_LAYERS layers, in place, by the
 * verdict of the later frame `by` (tcpra_verdicts_settle()); false when
 * none of its layers is settled. */
bool tcpra_record_settle(uint8_t *record, const struct tcpra_verdict *settling, uint32_t by);

#endif
