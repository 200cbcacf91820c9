/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "display.h"

#include <epan/tap.h>

#include "builtin.h"
#include "cause_display.h"
#include "compare.h"
#include "explain.h"
#include "fields.h"
#include "prefs.h"
#include "timestamp.h"

static nstime_t to_nstime(uint64_t ns)
{
    nstime_t t;

    t.secs = (time_t)(ns / TCPRA_NS_PER_S);
    t.nsecs = (int)(ns % TCPRA_NS_PER_S);
    return t;
}

static void add_time(proto_tree *tree, int hf, tvbuff_t *tvb, uint64_t ns)
{
    nstime_t t = to_nstime(ns);

    proto_item_set_generated(proto_tree_add_time(tree, hf, tvb, 0, 0, &t));
}

static void add_uint(proto_tree *tree, int hf, tvbuff_t *tvb, guint32 value)
{
    proto_item_set_generated(proto_tree_add_uint(tree, hf, tvb, 0, 0, value));
}

static void add_string(proto_tree *tree, int hf, tvbuff_t *tvb, const char *text)
{
    proto_item_set_generated(proto_tree_add_string(tree, hf, tvb, 0, 0, text));
}

static void add_classes(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree,
                        const struct tcpra_verdict *v)
{
    uint32_t bits = tcpra_class_bits(v);

    for (int c = 0; c < TCPRA_CLASS_COUNT; c++) {
        proto_item *item;

        if (!(bits & TCPRA_BIT(c)))
            continue;
        item = proto_tree_add_boolean(tree, tcpra_fields.classes[c], tvb, 0, 0, TRUE);
        proto_item_set_generated(item);
        if (c == TCPRA_DUPLICATE_ACK)
            expert_add_info_format(pinfo, item, &tcpra_fields.expert[c], "Duplicate ACK (#%u)",
                                   v->dupack_num);
        else
            expert_add_info(pinfo, item, &tcpra_fields.expert[c]);
    }
}

static void add_references(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_verdict *v)
{
    if (v->classes & TCPRA_BIT(TCPRA_DUPLICATE_ACK)) {
        add_uint(tree, tcpra_fields.dupack_num, tvb, v->dupack_num);
        add_uint(tree, tcpra_fields.dupack_frame, tvb, v->dupack_frame);
    }
    if (v->has_oldest_unacked) {
        add_uint(tree, tcpra_fields.oldest_unacked_frame, tvb, v->oldest_unacked_frame);
        add_time(tree, tcpra_fields.since_oldest_unacked, tvb, v->since_oldest_unacked_ns);
    }
}

static void add_reasons(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_verdict *v)
{
    const struct tcpra_reasons *r = &v->reasons;
    char text[320];
    proto_item *item;
    proto_tree *sub;

    tcpra_explain(v, text, sizeof text);
    if (!text[0])
        return;
    item = proto_tree_add_string(tree, tcpra_fields.reason, tvb, 0, 0, text);
    proto_item_set_generated(item);
    sub = proto_item_add_subtree(item, tcpra_fields.ett_reasons);
    proto_item_set_generated(proto_tree_add_int(sub, tcpra_fields.reverse_dupacks, tvb, 0, 0,
                                                r->reverse_dupacks));
    add_uint(sub, tcpra_fields.reverse_ack, tvb, r->reverse_ack);
    add_time(sub, tcpra_fields.since_reverse, tvb, r->since_reverse_ns);
    add_time(sub, tcpra_fields.since_highest, tvb, r->since_highest_ns);
    add_time(sub, tcpra_fields.ooo_threshold, tvb, r->ooo_threshold_ns);
    add_string(sub, tcpra_fields.ooo_threshold_source, tvb, tcpra_ooo_origin_name(r->ooo_origin));
    add_uint(sub, tcpra_fields.dupack_threshold, tvb, v->dupack_threshold);
    add_time(sub, tcpra_fields.fast_rtx_window, tvb, v->fast_rtx_window_ns);
}

/* On the classes the running Wireshark's built-in analysis has. */
static gboolean agrees_with_builtin(const struct tcpra_verdict *v, const struct tcpra_layer_facts *facts)
{
    return tcpra_agrees(facts->builtin_classes, tcpra_builtin_reportable(), v);
}

/* Wireshark's own verdict beside TCPRA's; disagreements raise an expert info
 * naming both, with TCPRA's numbers. */

static void add_comparison(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree,
                           const struct tcpra_verdict *v, const struct tcpra_layer_facts *facts)
{
    char text[640];
    proto_item *item;
    gboolean agree;

    if (!facts->builtin_known) {
        add_string(tree, tcpra_fields.builtin_off, tvb,
                   "Wireshark's own sequence analysis is off (tcp.analyze_sequence_numbers)");
        return;
    }
    /* Words cost more than the verdict: only when the field will be seen. */
    if (proto_field_is_referenced(tree, tcpra_fields.builtin)) {
        tcpra_describe_class_bits(facts->builtin_classes, text, sizeof text);
        add_string(tree, tcpra_fields.builtin, tvb, text[0] ? text : "none");
    }
    agree = agrees_with_builtin(v, facts);
    proto_item_set_generated(proto_tree_add_boolean(tree, tcpra_fields.agree, tvb, 0, 0, agree));
    if (agree)
        return;
    tcpra_describe_mismatch(facts->builtin_classes, tcpra_builtin_reportable(), v, text, sizeof text);
    item = proto_tree_add_string(tree, tcpra_fields.mismatch, tvb, 0, 0, text);
    proto_item_set_generated(item);
    expert_add_info_format(pinfo, item, &tcpra_fields.expert_mismatch, "%s", text);
}

/* The expert infos tcpra_display raises, in the same order, each on no item
 * and with its registered summary: what the Expert column and the capture's
 * highest severity get from the frame, without the items and words nobody
 * will see. */
static void raise_experts(packet_info *pinfo, const struct tcpra_verdict *v,
                          const struct tcpra_layer_facts *facts)
{
    uint32_t bits;

    if (!v->sequence_analysed)
        return;
    bits = tcpra_class_bits(v);
    for (int c = 0; c < TCPRA_CLASS_COUNT; c++) {
        if (bits & TCPRA_BIT(c))
            expert_add_info(pinfo, NULL, &tcpra_fields.expert[c]);
    }
    if (facts->builtin_known && !agrees_with_builtin(v, facts))
        expert_add_info(pinfo, NULL, &tcpra_fields.expert_mismatch);
    if (tcpra_prefs_config()->cause.enabled)
        tcpra_cause_raise_experts(pinfo, v, facts);
}

gboolean tcpra_display_wanted(proto_tree *tree, int proto_expert_info, int expert_tap)
{
    /* Visible, or a TCPRA field (any tcpra.* marks the protocol referenced)
     * or an expert field is filtered on, printed or in a column; or the
     * expert infos' words are collected (-z expert, the GUI's dialog). */
    return proto_field_is_referenced(tree, tcpra_fields.proto) ||
           (proto_expert_info >= 0 && proto_field_is_referenced(tree, proto_expert_info)) ||
           (expert_tap > 0 && have_tap_listener(expert_tap));
}

void tcpra_display(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, gboolean wanted,
                   const struct tcpra_verdict *v, const struct tcpra_layer_facts *facts)
{
    char flags[320];
    proto_item *top;
    proto_tree *sub;

    if (!wanted) {
        raise_experts(pinfo, v, facts);
        return;
    }
    top = proto_tree_add_item(tree, tcpra_fields.proto, tvb, 0, 0, ENC_NA);
    sub = proto_item_add_subtree(top, tcpra_fields.ett_tcpra);
    proto_item_set_generated(top);
    add_uint(sub, tcpra_fields.flow, tvb, v->flow_index);
    if (!v->sequence_analysed) {
        add_string(sub, tcpra_fields.not_analysed, tvb,
            "payload length unknown (IP fragment, header quoted in an ICMP error, or IP payload "
            "shorter than the TCP header)");
        return;
    }
    if (!v->header_complete)
        proto_item_set_generated(proto_tree_add_boolean(sub, tcpra_fields.header_truncated, tvb, 0, 0,
                                                        TRUE));
    flags[0] = '\0';
    if (proto_field_is_referenced(sub, tcpra_fields.flags) || proto_field_is_referenced(tree, tcpra_fields.proto))
        tcpra_describe_classes(v, flags, sizeof flags);
    if (flags[0]) {
        add_string(sub, tcpra_fields.flags, tvb, flags);
        proto_item_append_text(top, ": %s", flags);
    }
    add_classes(tvb, pinfo, sub, v);
    add_references(tvb, sub, v);
    add_reasons(tvb, sub, v);
    add_comparison(tvb, pinfo, sub, v, facts);
    if (tcpra_prefs_config()->cause.enabled)
        tcpra_cause_display(tvb, pinfo, sub, v, facts);
}
