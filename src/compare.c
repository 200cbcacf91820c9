/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "compare.h"

#include <stdio.h>

#include "cause_names.h"
#include "explain.h"

bool tcpra_agrees(uint32_t builtin_bits, uint32_t reportable, const struct tcpra_compat_verdict *verdict)
{
    return builtin_bits == (tcpra_class_bits(verdict) & reportable);
}

void tcpra_describe_mismatch(uint32_t builtin_bits, uint32_t reportable, const struct tcpra_compat_verdict *verdict,
                             const struct tcpra_compat_config *config, char *buf, size_t size)
{
    char builtin[200], tcpra[200], reason[240];

    tcpra_describe_class_bits(builtin_bits, builtin, sizeof builtin);
    tcpra_describe_class_bits(tcpra_class_bits(verdict) & reportable, tcpra, sizeof tcpra);
    tcpra_explain(verdict, config, reason, sizeof reason);
    snprintf(buf, size, "built-in: %s%s, TCPRA: %s%s%s%s", builtin[0] ? builtin : "none",
             !verdict->header_complete && !builtin_bits
                 ? " (it stops at the TCP header the capture cut)" : "",
             tcpra[0] ? tcpra : "none", reason[0] ? " (" : "", reason, reason[0] ? ")" : "");
}

enum tcpra_class tcpra_primary_class(uint32_t bits)
{
    static const enum tcpra_class family[] = {
        TCPRA_SPURIOUS_RETRANSMISSION, TCPRA_FAST_RETRANSMISSION, TCPRA_RETRANSMISSION,
        TCPRA_OUT_OF_ORDER,
    };

    for (size_t i = 0; i < sizeof family / sizeof family[0]; i++) {
        if (bits & TCPRA_BIT(family[i]))
            return family[i];
    }
    for (int c = 0; c < TCPRA_CLASS_COUNT; c++) {
        if (bits & TCPRA_BIT(c))
            return (enum tcpra_class)c;
    }
    return TCPRA_CLASS_COUNT;
}

bool tcpra_cause_contradicts(uint32_t builtin_bits, const struct tcpra_cause *cause)
{
    uint32_t resent = TCPRA_BIT(TCPRA_RETRANSMISSION) | TCPRA_BIT(TCPRA_FAST_RETRANSMISSION) |
                      TCPRA_BIT(TCPRA_SPURIOUS_RETRANSMISSION);
    bool builtin_resent = (builtin_bits & resent) != 0;
    bool cause_resent = cause->trigger != TCPRA_TRIGGER_NONE;

    if (builtin_resent != cause_resent)
        return true;
    return (builtin_bits & TCPRA_BIT(TCPRA_FAST_RETRANSMISSION)) &&
           (cause->trigger == TCPRA_TRIGGER_RTO || cause->trigger == TCPRA_TRIGGER_TLP);
}

void tcpra_describe_contradiction(uint32_t builtin_bits, const struct tcpra_cause *cause, char *buf,
                                  size_t size)
{
    char builtin[200];

    tcpra_describe_class_bits(builtin_bits, builtin, sizeof builtin);
    snprintf(buf, size, "built-in: %s, cause: %s%s", builtin[0] ? builtin : "none", tcpra_cause_word(cause),
             cause->flags & TCPRA_CAUSE_SPURIOUS ? ", spurious" : "");
}
