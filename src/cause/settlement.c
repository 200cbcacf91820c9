/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "settlement.h"

#include <stdlib.h>

static bool reserve(void **items, uint32_t *capacity, uint32_t count, size_t item_size)
{
    uint32_t grown;
    void *more;

    if (count < *capacity)
        return true;
    grown = *capacity ? *capacity * 2 : 16;
    if (grown <= *capacity || !(more = realloc(*items, (size_t)grown * item_size)))
        return false;
    *items = more;
    *capacity = grown;
    return true;
}

void tcpra_resend_log_note(struct tcpra_resend_log *log, uint32_t frame, const struct tcpra_cause *cause)
{
    void *items = log->resends;

    /* A frame may hold two layers of one connection (a tunnel): the first
     * decides, as when its stored verdicts are settled. */
    if (log->count && log->resends[log->count - 1][0] == frame)
        return;
    if (!reserve(&items, &log->capacity, log->count, sizeof *log->resends))
        return;
    log->resends = items;
    log->resends[log->count][0] = frame;
    log->resends[log->count][1] = cause->previous_frame;
    log->count++;
}

/* The retransmission before frame's, 0 when frame is no retransmission
 * logged; frames come in capture order, so the log is sorted. */
static uint32_t previous_of(const struct tcpra_resend_log *log, uint32_t frame, bool *found)
{
    uint32_t low = 0, high = log->count;

    while (low < high) {
        uint32_t mid = low + (high - low) / 2;

        if (log->resends[mid][0] < frame)
            low = mid + 1;
        else
            high = mid;
    }
    *found = low < log->count && log->resends[low][0] == frame;
    return *found ? log->resends[low][1] : 0;
}

static void append(struct tcpra_frame_list *list, uint32_t frame)
{
    void *items = list->frames;

    if (!reserve(&items, &list->capacity, list->count, sizeof *list->frames))
        return;
    list->frames = items;
    list->frames[list->count++] = frame;
}

void tcpra_resend_log_settled(const struct tcpra_resend_log *log, const struct tcpra_cause *cause,
                              struct tcpra_frame_list *settled)
{
    uint32_t frame = cause->settles_frame;

    settled->count = 0;
    while (frame) {
        bool found;
        uint32_t previous = previous_of(log, frame, &found);

        if (!found)
            return;
        append(settled, frame);
        /* Copies come before the frame they led to: anything else would
         * loop. */
        if (!cause->settles_all_copies || previous >= frame)
            return;
        frame = previous;
    }
}

void tcpra_resend_log_free(struct tcpra_resend_log *log)
{
    free(log->resends);
    *log = (struct tcpra_resend_log){0};
}

void tcpra_cause_settle(struct tcpra_cause *earlier, const struct tcpra_cause *settling, uint32_t by)
{
    earlier->flags |= TCPRA_CAUSE_SPURIOUS | TCPRA_CAUSE_SETTLED_LATER;
    earlier->spurious_basis = settling->settles_basis;
    earlier->evidence_frame = by;
}

void tcpra_frame_list_free(struct tcpra_frame_list *list)
{
    free(list->frames);
    *list = (struct tcpra_frame_list){0};
}
