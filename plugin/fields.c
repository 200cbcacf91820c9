/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "fields.h"

#include "cause_fields.h"

struct tcpra_fields tcpra_fields;

/* Same groups and severities as Wireshark's own tcp.analysis.* infos. */
static const struct {
    int severity;
    const char *summary;
} expert_kinds[TCPRA_CLASS_COUNT] = {
    [TCPRA_RETRANSMISSION] = {PI_NOTE, "This frame is a (suspected) retransmission"},
    [TCPRA_FAST_RETRANSMISSION] = {PI_NOTE, "This frame is a (suspected) fast retransmission"},
    [TCPRA_SPURIOUS_RETRANSMISSION] = {PI_NOTE, "This frame is a (suspected) spurious retransmission"},
    [TCPRA_OUT_OF_ORDER] = {PI_WARN, "This frame is a (suspected) out-of-order segment"},
    [TCPRA_LOST_SEGMENT] = {PI_WARN, "Previous segment(s) not captured (common at capture start)"},
    [TCPRA_ACK_LOST_SEGMENT] = {PI_WARN, "ACKed segment that wasn't captured (common at capture start)"},
    [TCPRA_DUPLICATE_ACK] = {PI_NOTE, "Duplicate ACK"},
    [TCPRA_KEEP_ALIVE] = {PI_NOTE, "TCP keep-alive segment"},
    [TCPRA_KEEP_ALIVE_ACK] = {PI_NOTE, "ACK to a TCP keep-alive segment"},
    [TCPRA_ZERO_WINDOW] = {PI_WARN, "TCP Zero Window segment"},
    [TCPRA_ZERO_WINDOW_PROBE] = {PI_NOTE, "TCP Zero Window Probe"},
    [TCPRA_ZERO_WINDOW_PROBE_ACK] = {PI_NOTE, "ACK to a TCP Zero Window Probe"},
    [TCPRA_WINDOW_UPDATE] = {PI_CHAT, "TCP window update"},
    [TCPRA_WINDOW_FULL] = {PI_WARN, "TCP window specified by the receiver is now completely full"},
    [TCPRA_REUSED_PORTS] = {PI_NOTE, "A new tcp session is started with the same ports as an earlier session in this trace"},
    [TCPRA_PARTIAL_ACK] = {PI_NOTE, "Partial Acknowledgement of a segment"},
    [TCPRA_AMBIGUOUS_ACK] = {PI_NOTE, "Ambiguous ACK following Karn's definition"},
};

hf_register_info tcpra_field(int *id, const char *name, const char *abbrev, enum ftenum type, int display,
                             const char *blurb)
{
    hf_register_info hf = {id, {name, abbrev, type, display, NULL, 0, blurb, HFILL}};
    return hf;
}

static void register_classes(int proto, expert_module_t *expert)
{
    static hf_register_info hf[TCPRA_CLASS_COUNT];
    static ei_register_info ei[TCPRA_CLASS_COUNT];

    for (int c = 0; c < TCPRA_CLASS_COUNT; c++) {
        const char *name = tcpra_class_name((enum tcpra_class)c);

        hf[c] = tcpra_field(&tcpra_fields.classes[c], tcpra_class_title((enum tcpra_class)c),
                      g_strdup_printf("tcpra.%s", name), FT_BOOLEAN, BASE_NONE,
                      "TCPRA classifies the segment so");
        ei[c] = (ei_register_info){&tcpra_fields.expert[c],
                                   {g_strdup_printf("tcpra.expert.%s", name), PI_SEQUENCE,
                                    expert_kinds[c].severity, expert_kinds[c].summary, EXPFILL}};
    }
    proto_register_field_array(proto, hf, TCPRA_CLASS_COUNT);
    expert_register_field_array(expert, ei, TCPRA_CLASS_COUNT);
}

void tcpra_fields_register(void)
{
    struct tcpra_fields *f = &tcpra_fields;
    static int *ett[2];
    expert_module_t *expert;
    static hf_register_info hf[24];
    static ei_register_info ei_mismatch[] = {
        {&tcpra_fields.expert_mismatch, {"tcpra.expert.mismatch", PI_SEQUENCE, PI_NOTE,
                                         "The built-in analysis and TCPRA disagree", EXPFILL}},
    };
    int n = 0;

    f->proto = proto_register_protocol("TCP Retransmission Analyzer", "TCPRA", "tcpra");
    hf[n++] = tcpra_field(&f->flags, "Flags", "tcpra.flags", FT_STRING, BASE_NONE,
                    "Every class TCPRA gives this segment");
    hf[n++] = tcpra_field(&f->dupack_num, "Duplicate ACK #", "tcpra.duplicate_ack_num", FT_UINT32, BASE_DEC,
                    "How many times in a row this ACK number was repeated");
    hf[n++] = tcpra_field(&f->dupack_frame, "Duplicate of the ACK in frame", "tcpra.duplicate_ack_frame",
                    FT_FRAMENUM, BASE_NONE, "The last ACK with a new ACK number");
    /* Named after Wireshark's tcp.analysis.rto and rto_frame, which measure
     * the same thing: no retransmission timer is known from a capture. */
    hf[n++] = tcpra_field(&f->since_oldest_unacked, "Time since the oldest unacknowledged segment",
                    "tcpra.rto", FT_RELATIVE_TIME, BASE_NONE,
                    "Not a retransmission timeout: the time since the segment in tcpra.rto_frame "
                    "was sent");
    hf[n++] = tcpra_field(&f->oldest_unacked_frame, "Oldest unacknowledged segment in frame",
                    "tcpra.rto_frame", FT_FRAMENUM, BASE_NONE,
                    "The oldest unacknowledged segment (as Wireshark 4.4: the oldest at or above "
                    "this sequence number), else the one that set the highest sequence number");
    hf[n++] = tcpra_field(&f->flow, "Flow index", "tcpra.flow", FT_UINT32, BASE_DEC,
                    "TCPRA's connection number, counted from 0");
    hf[n++] = tcpra_field(&f->not_analysed, "Not analysed", "tcpra.not_analysed", FT_STRING, BASE_NONE,
                    "Why this TCP header could not be classified");
    hf[n++] = tcpra_field(&f->header_truncated, "Header cut by the capture", "tcpra.header_truncated",
                    FT_BOOLEAN, BASE_NONE,
                    "The capture lost part of the TCP header; Wireshark shows no analysis for it");
    hf[n++] = tcpra_field(&f->reason, "Reason", "tcpra.reason", FT_STRING, BASE_NONE,
                    "Why the retransmission rules decided as they did");
    hf[n++] = tcpra_field(&f->reverse_dupacks, "Duplicate ACKs from the peer", "tcpra.reason.reverse_dupacks",
                    FT_INT32, BASE_DEC, "Duplicate ACKs counted in the reverse direction at this moment");
    hf[n++] = tcpra_field(&f->reverse_ack, "Peer's last ACK (raw)", "tcpra.reason.reverse_ack", FT_UINT32,
                    BASE_DEC, "Absolute ACK number of the reverse direction's last packet");
    hf[n++] = tcpra_field(&f->since_reverse, "Time since the peer's last packet", "tcpra.reason.since_reverse",
                    FT_RELATIVE_TIME, BASE_NONE, "Compared with the fast-retransmit window");
    hf[n++] = tcpra_field(&f->since_highest, "Time since the highest segment", "tcpra.reason.since_highest",
                    FT_RELATIVE_TIME, BASE_NONE, "Compared with the out-of-order threshold");
    hf[n++] = tcpra_field(&f->ooo_threshold, "Out-of-order threshold", "tcpra.reason.ooo_threshold",
                    FT_RELATIVE_TIME, BASE_NONE, "A hole filled sooner than this is reordering");
    hf[n++] = tcpra_field(&f->ooo_threshold_source, "Out-of-order threshold from",
                    "tcpra.reason.ooo_threshold_source", FT_STRING, BASE_NONE,
                    "handshake RTT, default, or fixed");
    hf[n++] = tcpra_field(&f->dupack_threshold, "Duplicate-ACK threshold", "tcpra.reason.dupack_threshold",
                    FT_UINT32, BASE_DEC, "Duplicate ACKs needed for a fast retransmission");
    hf[n++] = tcpra_field(&f->fast_rtx_window, "Fast-retransmit window", "tcpra.reason.fast_rtx_window",
                    FT_RELATIVE_TIME, BASE_NONE, "A fast retransmission follows the peer's last packet sooner");
    hf[n++] = tcpra_field(&f->builtin, "Built-in verdict", "tcpra.builtin", FT_STRING, BASE_NONE,
                    "The classes Wireshark's own analysis (tcp.analysis.*) gives this segment");
    hf[n++] = tcpra_field(&f->agree, "Agrees with the built-in", "tcpra.agree", FT_BOOLEAN, BASE_NONE,
                    "TCPRA and Wireshark's own analysis give the same classes");
    hf[n++] = tcpra_field(&f->mismatch, "Disagreement", "tcpra.mismatch", FT_STRING, BASE_NONE,
                    "Both verdicts, and TCPRA's reasons, where they differ");
    hf[n++] = tcpra_field(&f->builtin_off, "No comparison", "tcpra.builtin_off", FT_STRING, BASE_NONE,
                    "Wireshark's own sequence analysis is off (tcp.analyze_sequence_numbers)");
    proto_register_field_array(f->proto, hf, n);
    expert = expert_register_protocol(f->proto);
    register_classes(f->proto, expert);
    tcpra_cause_fields_register(f->proto, expert);
    expert_register_field_array(expert, ei_mismatch, 1);
    f->ett_tcpra = f->ett_reasons = -1;
    ett[0] = &f->ett_tcpra;
    ett[1] = &f->ett_reasons;
    proto_register_subtree_array(ett, 2);
}
