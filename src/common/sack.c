/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "sack.h"

#include "seq.h"

static bool block_covers(const struct tcpra_sack *sack, unsigned i, uint32_t seq, uint32_t end,
                         bool relative_edges)
{
    if (relative_edges)
        return seq >= sack->left[i] - sack->base && end <= sack->right[i] - sack->base;
    return !seq_before(seq, sack->left[i]) && seq_at_or_before(end, sack->right[i]);
}

bool tcpra_sack_covers(const struct tcpra_sack *sack, uint32_t seq, uint32_t end,
                       bool relative_edges)
{
    for (unsigned i = 0; i < sack->count; i++) {
        if (block_covers(sack, i, seq, end, relative_edges))
            return true;
    }
    return false;
}
