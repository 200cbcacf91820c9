/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "verdict.h"

#include "settlement.h"

bool tcpra_verdicts_settle(struct tcpra_verdict *layers, unsigned count, const struct tcpra_verdict *settling,
                           uint32_t by)
{
    for (unsigned i = 0; i < count; i++) {
        if (layers[i].connection == settling->connection && layers[i].cause.trigger != TCPRA_TRIGGER_NONE) {
            tcpra_cause_settle(&layers[i].cause, &settling->cause, by);
            return true;
        }
    }
    return false;
}
