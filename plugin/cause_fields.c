/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "cause_fields.h"

#include "fields.h"

struct tcpra_cause_fields tcpra_cause_fields;

static const struct {
    const char *name, *title;
    int severity;
    const char *summary;
} kinds[TCPRA_CC_COUNT] = {
    [TCPRA_CC_RTO] = {"rto", "Retransmission timeout", PI_NOTE, "Cause: retransmission timeout"},
    [TCPRA_CC_FAST] = {"fast", "Loss recovery (dup ACKs, SACK or RACK)", PI_NOTE,
                       "Cause: loss recovery (dup ACKs, SACK or RACK)"},
    [TCPRA_CC_TLP] = {"tlp", "Tail-loss probe", PI_NOTE, "Cause: tail-loss probe"},
    [TCPRA_CC_SYN] = {"syn", "SYN or SYN-ACK retransmission", PI_NOTE, "Cause: SYN or SYN-ACK timer"},
    [TCPRA_CC_SPURIOUS] = {"spurious", "Spurious: the first copy had arrived", PI_NOTE,
                           "Cause: spurious retransmission, the first copy had arrived"},
    [TCPRA_CC_REORDERED] = {"reordered", "Reordered: an original delivered late", PI_WARN,
                            "Cause: an original the network delivered late, not a retransmission"},
    [TCPRA_CC_NETWORK_DUPLICATE] = {"network_duplicate", "Network duplicate", PI_WARN,
                                    "Cause: a copy the network made, not a retransmission"},
    [TCPRA_CC_CONTRADICTS_BUILTIN] = {"contradicts_builtin", "Contradicts the built-in analysis", PI_NOTE,
                                      "The cause analysis contradicts the built-in analysis"},
};

void tcpra_cause_fields_register(int proto, expert_module_t *expert)
{
    struct tcpra_cause_fields *f = &tcpra_cause_fields;
    static hf_register_info hf[TCPRA_CC_COUNT + 9];
    static ei_register_info ei[TCPRA_CC_COUNT + 1];
    static int *ett[] = {&tcpra_cause_fields.ett};
    int n = 0;

    hf[n++] = tcpra_field(&f->verdict, "Cause", "tcpra.cause", FT_STRING, BASE_NONE,
                    "The cause analysis's verdict in words, with its numbers");
    for (int c = 0; c < TCPRA_CC_COUNT; c++) {
        hf[n++] = tcpra_field(&f->classes[c], kinds[c].title, g_strdup_printf("tcpra.cause.%s", kinds[c].name),
                        FT_BOOLEAN, BASE_NONE, kinds[c].summary);
        ei[c] = (ei_register_info){&f->expert[c], {g_strdup_printf("tcpra.expert.cause.%s", kinds[c].name),
                                                   PI_SEQUENCE, kinds[c].severity, kinds[c].summary, EXPFILL}};
    }
    ei[TCPRA_CC_COUNT] = (ei_register_info){&f->expert_settlement,
                                            {"tcpra.expert.cause.evidence", PI_SEQUENCE, PI_NOTE,
                                             "Cause: this frame settles an earlier frame's verdict", EXPFILL}};
    hf[n++] = tcpra_field(&f->original, "First transmission in frame", "tcpra.cause.original", FT_FRAMENUM,
                    BASE_NONE, "The first transmission of these bytes seen in the capture");
    hf[n++] = tcpra_field(&f->evidence, "Evidence in frame", "tcpra.cause.evidence", FT_FRAMENUM, BASE_NONE,
                    "The frame whose content settled the verdict");
    hf[n++] = tcpra_field(&f->rto_estimate, "RTO estimate", "tcpra.cause.rto_estimate", FT_RELATIVE_TIME,
                    BASE_NONE, "The sender's retransmission timeout as estimated, backoff included");
    hf[n++] = tcpra_field(&f->backoff, "RTO backoffs", "tcpra.cause.backoff", FT_UINT32, BASE_DEC,
                    "Timeouts before this one since the ACK last advanced");
    hf[n++] = tcpra_field(&f->srtt, "Smoothed RTT", "tcpra.cause.srtt", FT_RELATIVE_TIME, BASE_NONE,
                    "The sender's smoothed round-trip time as estimated (RFC 6298)");
    hf[n++] = tcpra_field(&f->vantage, "Captured at", "tcpra.cause.vantage", FT_STRING, BASE_NONE,
                    "Where this direction was captured: sender, receiver or middle");
    hf[n++] = tcpra_field(&f->settles, "Settles the verdict of frame", "tcpra.cause.settles", FT_FRAMENUM,
                    BASE_NONE, "An earlier retransmission this frame proves spurious");
    hf[n++] = tcpra_field(&f->settlement, "Settlement", "tcpra.cause.settlement", FT_STRING, BASE_NONE,
                    "What this frame proves of an earlier one");
    proto_register_field_array(proto, hf, n);
    expert_register_field_array(expert, ei, TCPRA_CC_COUNT + 1);
    f->ett = -1;
    proto_register_subtree_array(ett, 1);
}

guint32 tcpra_cause_class_bits(const struct tcpra_cause *cause)
{
    static const enum tcpra_cause_class by_trigger[TCPRA_TRIGGER_COUNT] = {
        [TCPRA_TRIGGER_RTO] = TCPRA_CC_RTO, [TCPRA_TRIGGER_FAST] = TCPRA_CC_FAST,
        [TCPRA_TRIGGER_TLP] = TCPRA_CC_TLP, [TCPRA_TRIGGER_SYN] = TCPRA_CC_SYN,
    };
    guint32 bits = 0;

    if (cause->trigger != TCPRA_TRIGGER_NONE && cause->trigger < TCPRA_TRIGGER_COUNT)
        bits |= 1u << by_trigger[cause->trigger];
    if (cause->flags & TCPRA_CAUSE_SPURIOUS)
        bits |= 1u << TCPRA_CC_SPURIOUS;
    if (cause->flags & TCPRA_CAUSE_REORDERED)
        bits |= 1u << TCPRA_CC_REORDERED;
    if (cause->flags & TCPRA_CAUSE_NETWORK_DUPLICATE)
        bits |= 1u << TCPRA_CC_NETWORK_DUPLICATE;
    return bits;
}
