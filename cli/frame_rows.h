/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The frames a two-pass run prints, kept from the first pass with their
 * verdicts packed as the plugin keeps them (frame_record.h), so that a later
 * frame's evidence settles an earlier verdict before anything is printed.
 * A row costs 24 bytes plus its record, some 8 to 30 bytes. */
#ifndef TCPRA_CLI_FRAME_ROWS_H
#define TCPRA_CLI_FRAME_ROWS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frame_record.h"
#include "timestamp.h"

struct tcpra_frame_row {
    uint32_t frame;
    tcpra_time time;
    size_t record;              /* offset of its packed record */
};

struct tcpra_frame_rows {
    struct tcpra_frame_row *rows;   /* in frame order */
    size_t count, capacity;
    uint8_t *records;
    size_t records_len, records_capacity;
};

/* Keep frame's verdict, after every frame kept so far; false when out of
 * memory. */
bool tcpra_frame_rows_add(struct tcpra_frame_rows *rows, uint32_t frame, tcpra_time time,
                          const struct tcpra_verdict *verdict, const struct tcpra_layer_facts *facts);
/* Settle the kept frames a verdict lists (verdict->settled_frames) by the
 * frame `by` that gave it. */
void tcpra_frame_rows_settle(struct tcpra_frame_rows *rows, const struct tcpra_verdict *verdict, uint32_t by);
/* Row i's verdict and facts, unpacked. */
void tcpra_frame_rows_get(const struct tcpra_frame_rows *rows, size_t i, struct tcpra_verdict *verdict,
                          struct tcpra_layer_facts *facts);
void tcpra_frame_rows_free(struct tcpra_frame_rows *rows);

#endif
