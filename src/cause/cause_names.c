/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "cause_names.h"

#include <string.h>

const struct tcpra_cause_kind_words tcpra_cause_kinds[TCPRA_KIND_COUNT] = {
    [TCPRA_KIND_RTO] = {"rto", "rto", "RTO", "Retransmission timeout", "Cause: retransmission timeout", false},
    [TCPRA_KIND_LOSS_RECOVERY] = {"fast", "fast", "Loss recovery", "Loss recovery (dup ACKs, SACK or RACK)",
                                  "Cause: loss recovery (dup ACKs, SACK or RACK)", false},
    [TCPRA_KIND_TLP] = {"tlp", "tlp", "Tail-loss probe", "Tail-loss probe", "Cause: tail-loss probe", false},
    [TCPRA_KIND_SYN] = {"syn", "syn", "SYN", "SYN or SYN-ACK retransmission", "Cause: SYN or SYN-ACK timer",
                        false},
    [TCPRA_KIND_SPURIOUS] = {"spurious", "spurious", "Spurious", "Spurious: the first copy had arrived",
                             "Cause: spurious retransmission, the first copy had arrived", false},
    [TCPRA_KIND_REORDERED] = {"reordered", "reordered", "Reordered", "Reordered: an original delivered late",
                              "Cause: an original the network delivered late, not a retransmission", true},
    [TCPRA_KIND_NETWORK_DUPLICATE] = {"network_duplicate", "network duplicate", "Network duplicate",
                                      "Network duplicate", "Cause: a copy the network made, not a retransmission",
                                      true},
};

static const enum tcpra_cause_kind kind_of_trigger[TCPRA_TRIGGER_COUNT] = {
    [TCPRA_TRIGGER_NONE] = TCPRA_KIND_COUNT,
    [TCPRA_TRIGGER_RTO] = TCPRA_KIND_RTO,
    [TCPRA_TRIGGER_LOSS_RECOVERY] = TCPRA_KIND_LOSS_RECOVERY,
    [TCPRA_TRIGGER_TLP] = TCPRA_KIND_TLP,
    [TCPRA_TRIGGER_SYN] = TCPRA_KIND_SYN,
};

static enum tcpra_cause_kind trigger_kind(const struct tcpra_cause *cause)
{
    return cause->trigger < TCPRA_TRIGGER_COUNT ? kind_of_trigger[cause->trigger] : TCPRA_KIND_COUNT;
}

uint32_t tcpra_cause_kind_bits(const struct tcpra_cause *cause)
{
    enum tcpra_cause_kind trigger = trigger_kind(cause);
    uint32_t bits = trigger < TCPRA_KIND_COUNT ? 1u << trigger : 0;

    if (cause->flags & TCPRA_CAUSE_SPURIOUS)
        bits |= 1u << TCPRA_KIND_SPURIOUS;
    if (cause->flags & TCPRA_CAUSE_REORDERED)
        bits |= 1u << TCPRA_KIND_REORDERED;
    if (cause->flags & TCPRA_CAUSE_NETWORK_DUPLICATE)
        bits |= 1u << TCPRA_KIND_NETWORK_DUPLICATE;
    return bits;
}

enum tcpra_cause_kind tcpra_cause_primary_kind(const struct tcpra_cause *cause)
{
    if (cause->flags & TCPRA_CAUSE_NETWORK_DUPLICATE)
        return TCPRA_KIND_NETWORK_DUPLICATE;
    if (cause->flags & TCPRA_CAUSE_REORDERED)
        return TCPRA_KIND_REORDERED;
    return trigger_kind(cause);
}

const char *tcpra_cause_word(const struct tcpra_cause *cause)
{
    enum tcpra_cause_kind kind = tcpra_cause_primary_kind(cause);

    return kind < TCPRA_KIND_COUNT ? tcpra_cause_kinds[kind].word : "not a retransmission";
}

const char *tcpra_cause_title(const struct tcpra_cause *cause)
{
    enum tcpra_cause_kind kind = tcpra_cause_primary_kind(cause);

    return kind < TCPRA_KIND_COUNT ? tcpra_cause_kinds[kind].title : "none";
}

const char *tcpra_vantage_name(enum tcpra_vantage vantage)
{
    static const char *const names[] = {"unknown", "sender", "receiver", "middle"};

    return (unsigned)vantage <= TCPRA_VANTAGE_MIDDLE ? names[vantage] : "unknown";
}

const char *const tcpra_cause_stack_names[TCPRA_STACK_COUNT] = {[TCPRA_STACK_LINUX] = "linux",
                                                                [TCPRA_STACK_RFC] = "rfc"};

bool tcpra_cause_stack_from_name(const char *name, enum tcpra_cause_stack *out)
{
    for (int s = 0; s < TCPRA_STACK_COUNT; s++) {
        if (strcmp(name, tcpra_cause_stack_names[s]) == 0) {
            *out = (enum tcpra_cause_stack)s;
            return true;
        }
    }
    return false;
}
