/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "sack_reading.h"

#include "seq.h"

/* No window reaches this far (RFC 7323 section 2.3: 2^30). */
#define MAX_DISTANCE (1u << 30)

static bool plausible(uint32_t left, uint32_t right, uint32_t ack)
{
    uint32_t from_ack = left - ack, to_ack = ack - left;

    return seq_after(right, left) && (from_ack < MAX_DISTANCE || to_ack < MAX_DISTANCE) &&
           right - left < MAX_DISTANCE;
}

struct tcpra_sack_reading tcpra_read_sack(const struct tcpra_sack *sack, uint32_t ack)
{
    struct tcpra_sack_reading r = {0};

    for (unsigned i = 0; i < sack->count; i++) {
        uint32_t left = sack->left[i], right = sack->right[i];

        if (!plausible(left, right, ack)) {
            r.malformed = true;
            continue;
        }
        bool below_ack = seq_at_or_before(right, ack);
        bool within_second = i == 0 && sack->count > 1 && plausible(sack->left[1], sack->right[1], ack) &&
                             seq_at_or_before(sack->left[1], left) && seq_at_or_before(right, sack->right[1]);

        if (i == 0 && (below_ack || within_second)) {
            r.has_dsack = true;
            r.dsack_left = left;
            r.dsack_right = right;
            if (below_ack)
                continue;
        }
        if (seq_after(right, ack) && (!r.has_sacked || seq_after(right, r.sacked_high))) {
            r.has_sacked = true;
            r.sacked_high = right;
        }
    }
    return r;
}
