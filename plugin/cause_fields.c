/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "cause_fields.h"

#include "fields.h"

struct tcpra_cause_fields tcpra_cause_fields;

void tcpra_cause_fields_register(int proto, expert_module_t *expert)
{
    struct tcpra_cause_fields *f = &tcpra_cause_fields;
    static hf_register_info hf[TCPRA_KIND_COUNT + 11];
    static ei_register_info ei[TCPRA_KIND_COUNT + 2];
    static int *ett[] = {&tcpra_cause_fields.ett};
    int n = 0;

    hf[n++] = tcpra_field(&f->verdict, "Cause", "tcpra.cause", FT_STRING, BASE_NONE,
                    "The cause analysis's verdict in words, with its numbers");
    for (int k = 0; k < TCPRA_KIND_COUNT; k++) {
        const struct tcpra_cause_kind_words *w = &tcpra_cause_kinds[k];

        hf[n++] = tcpra_field(&f->kinds[k], w->field, g_strdup_printf("tcpra.cause.%s", w->name), FT_BOOLEAN,
                              BASE_NONE, w->summary);
        ei[k] = (ei_register_info){&f->expert[k], {g_strdup_printf("tcpra.expert.cause.%s", w->name), PI_SEQUENCE,
                                                   w->warning ? PI_WARN : PI_NOTE, w->summary, EXPFILL}};
    }
    hf[n++] = tcpra_field(&f->contradicts_builtin, "Contradicts the built-in analysis",
                          "tcpra.cause.contradicts_builtin", FT_BOOLEAN, BASE_NONE,
                          "The cause analysis contradicts the built-in analysis");
    ei[TCPRA_KIND_COUNT] = (ei_register_info){&f->expert_contradicts_builtin,
                                              {"tcpra.expert.cause.contradicts_builtin", PI_SEQUENCE, PI_NOTE,
                                               "The cause analysis contradicts the built-in analysis", EXPFILL}};
    ei[TCPRA_KIND_COUNT + 1] = (ei_register_info){&f->expert_settlement,
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
    hf[n++] = tcpra_field(&f->low_confidence, "Low confidence", "tcpra.cause.low_confidence", FT_STRING,
                          BASE_NONE, "Why the verdict rests on less than it should: ordered by timing alone, "
                          "no RTT measured, the options or the clock of the capture at fault");
    hf[n++] = tcpra_field(&f->settles, "Settles the verdict of frame", "tcpra.cause.settles", FT_FRAMENUM,
                    BASE_NONE, "An earlier retransmission this frame proves spurious");
    hf[n++] = tcpra_field(&f->settlement, "Settlement", "tcpra.cause.settlement", FT_STRING, BASE_NONE,
                    "What this frame proves of an earlier one");
    proto_register_field_array(proto, hf, n);
    expert_register_field_array(expert, ei, TCPRA_KIND_COUNT + 2);
    f->ett = -1;
    proto_register_subtree_array(ett, 1);
}
