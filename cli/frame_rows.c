/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "frame_rows.h"

#include <stdlib.h>
#include <string.h>

/* Grow *buf to hold at least `needed` items of `size` bytes. */
static bool reserve(void **buf, size_t *capacity, size_t needed, size_t size)
{
    size_t grown = *capacity ? *capacity : 1024;
    void *moved;

    if (needed <= *capacity)
        return true;
    while (grown < needed)
        grown *= 2;
    moved = realloc(*buf, grown * size);
    if (!moved)
        return false;
    *buf = moved;
    *capacity = grown;
    return true;
}

bool tcpra_frame_rows_add(struct tcpra_frame_rows *rows, uint32_t frame, tcpra_time time,
                          const struct tcpra_verdict *verdict, const struct tcpra_layer_facts *facts)
{
    if (!reserve((void **)&rows->rows, &rows->capacity, rows->count + 1, sizeof *rows->rows) ||
        !reserve((void **)&rows->records, &rows->records_capacity, rows->records_len + 1 + TCPRA_PACKED_LAYER_MAX,
                 1))
        return false;
    rows->rows[rows->count++] = (struct tcpra_frame_row){frame, time, rows->records_len};
    rows->records_len += tcpra_record_pack(verdict, facts, 1, rows->records + rows->records_len);
    return true;
}

static int compare_frame(const void *key, const void *row)
{
    uint32_t frame = *(const uint32_t *)key, other = ((const struct tcpra_frame_row *)row)->frame;

    return frame < other ? -1 : frame > other;
}

void tcpra_frame_rows_settle(struct tcpra_frame_rows *rows, const struct tcpra_verdict *verdict, uint32_t by)
{
    for (uint32_t i = 0; i < verdict->settled_count; i++) {
        const struct tcpra_frame_row *row =
            bsearch(&verdict->settled_frames[i], rows->rows, rows->count, sizeof *rows->rows, compare_frame);

        if (row)
            tcpra_record_settle(rows->records + row->record, verdict, by);
    }
}

void tcpra_frame_rows_get(const struct tcpra_frame_rows *rows, size_t i, struct tcpra_verdict *verdict,
                          struct tcpra_layer_facts *facts)
{
    tcpra_record_unpack(rows->records + rows->rows[i].record, verdict, facts);
}

void tcpra_frame_rows_free(struct tcpra_frame_rows *rows)
{
    free(rows->rows);
    free(rows->records);
    memset(rows, 0, sizeof *rows);
}
