/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "attempts.h"

#include <stdlib.h>
#include <string.h>

#include "segment.h"

enum {
    NOT_ATTEMPTED = 0,
    PENDING = 1,            /* plus the initiator's side in bit 1 */
    ENDED = 4,
};

static bool reserve(struct tcpra_attempts *a, uint32_t flow_index)
{
    uint32_t capacity = a->capacity ? a->capacity : 64;
    uint8_t *states;

    if (flow_index < a->capacity)
        return true;
    while (capacity <= flow_index) {
        if (capacity > UINT32_MAX / 2)
            return false;
        capacity *= 2;
    }
    states = realloc(a->states, capacity);
    if (!states)
        return false;
    memset(states + a->capacity, NOT_ATTEMPTED, capacity - a->capacity);
    a->states = states;
    a->capacity = capacity;
    return true;
}

enum tcpra_attempt_event tcpra_attempts_observe(struct tcpra_attempts *a, uint32_t flow_index,
                                                int side, uint16_t flags)
{
    uint8_t *state;
    bool syn = flags & TCPRA_TH_SYN, ack = flags & TCPRA_TH_ACK;

    if (!reserve(a, flow_index))
        return TCPRA_ATTEMPT_NONE;
    state = &a->states[flow_index];
    if (*state == NOT_ATTEMPTED) {
        if (!syn || ack)
            return TCPRA_ATTEMPT_NONE;
        *state = (uint8_t)(PENDING | (side ? 2 : 0));
        return TCPRA_ATTEMPT_STARTED;
    }
    if (*state == ENDED || (side ? 2 : 0) == (*state & 2))
        return TCPRA_ATTEMPT_NONE;
    if (syn && ack) {
        *state = ENDED;
        return TCPRA_ATTEMPT_ANSWERED;
    }
    if (flags & TCPRA_TH_RST) {
        *state = ENDED;
        return TCPRA_ATTEMPT_REFUSED;
    }
    return TCPRA_ATTEMPT_NONE;
}

void tcpra_attempts_free(struct tcpra_attempts *a)
{
    free(a->states);
    *a = (struct tcpra_attempts){0};
}
