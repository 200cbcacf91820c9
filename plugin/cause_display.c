/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "cause_display.h"

#include "cause_explain.h"
#include "cause_fields.h"
#include "compare.h"
#include "timestamp.h"

static void add_generated(proto_item *item)
{
    proto_item_set_generated(item);
}

static void add_time(proto_tree *tree, int hf, tvbuff_t *tvb, uint64_t ns)
{
    nstime_t t = {(time_t)(ns / TCPRA_NS_PER_S), (int)(ns % TCPRA_NS_PER_S)};

    add_generated(proto_tree_add_time(tree, hf, tvb, 0, 0, &t));
}

static void add_numbers(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_cause *c)
{
    const struct tcpra_cause_fields *f = &tcpra_cause_fields;

    if (c->original_frame)
        add_generated(proto_tree_add_uint(tree, f->original, tvb, 0, 0, c->original_frame));
    if (c->evidence_frame)
        add_generated(proto_tree_add_uint(tree, f->evidence, tvb, 0, 0, c->evidence_frame));
    if (c->trigger == TCPRA_TRIGGER_RTO || c->trigger == TCPRA_TRIGGER_TLP || c->trigger == TCPRA_TRIGGER_FAST) {
        if (c->rto_ns)
            add_time(tree, f->rto_estimate, tvb, c->rto_ns);
        if (c->trigger == TCPRA_TRIGGER_RTO)
            add_generated(proto_tree_add_uint(tree, f->backoff, tvb, 0, 0, c->backoff));
        if (c->flags & TCPRA_CAUSE_HAS_SRTT)
            add_time(tree, f->srtt, tvb, c->srtt_ns);
    }
}

static void add_classes(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, guint32 bits, const char *text)
{
    struct tcpra_cause_fields *f = &tcpra_cause_fields;

    for (int k = 0; k < TCPRA_CC_COUNT; k++) {
        proto_item *item;

        if (!(bits & (1u << k)))
            continue;
        item = proto_tree_add_boolean(tree, f->classes[k], tvb, 0, 0, TRUE);
        add_generated(item);
        expert_add_info_format(pinfo, item, &f->expert[k], "%s", text);
    }
}

static void add_settlement(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, const struct tcpra_cause *c)
{
    struct tcpra_cause_fields *f = &tcpra_cause_fields;
    char text[160];
    proto_item *item;

    if (!c->settles_frame)
        return;
    tcpra_cause_explain_settlement(c, text, sizeof text);
    add_generated(proto_tree_add_uint(tree, f->settles, tvb, 0, 0, c->settles_frame));
    item = proto_tree_add_string(tree, f->settlement, tvb, 0, 0, text);
    add_generated(item);
    expert_add_info_format(pinfo, item, &f->expert_settlement, "%s", text);
}

static gboolean contradicts_builtin(const struct tcpra_verdict *v, const struct tcpra_layer_facts *facts)
{
    return facts->builtin_known && v->sequence_analysed &&
           tcpra_cause_contradicts(facts->builtin_classes, &v->cause);
}

static void add_vantage(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_layer_facts *facts)
{
    if (facts->vantage != TCPRA_VANTAGE_UNKNOWN)
        add_generated(proto_tree_add_string(tree, tcpra_cause_fields.vantage, tvb, 0, 0,
                                            tcpra_vantage_name((enum tcpra_vantage)facts->vantage)));
}

/* The verdict heads its own subtree, so that collapsed it reads as one line
 * and expanded it shows the evidence behind it. */
void tcpra_cause_display(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree,
                         const struct tcpra_verdict *v, const struct tcpra_layer_facts *facts)
{
    const struct tcpra_cause *c = &v->cause;
    guint32 bits = tcpra_cause_class_bits(c);
    char text[400];
    proto_item *item;
    proto_tree *sub;

    if (!bits && c->settles_frame)
        add_vantage(tvb, tree, facts);
    add_settlement(tvb, pinfo, tree, c);
    if (contradicts_builtin(v, facts)) {
        char both[240];

        tcpra_describe_contradiction(facts->builtin_classes, c, both, sizeof both);
        item = proto_tree_add_boolean(tree, tcpra_cause_fields.classes[TCPRA_CC_CONTRADICTS_BUILTIN], tvb, 0,
                                      0, TRUE);
        add_generated(item);
        expert_add_info_format(pinfo, item, &tcpra_cause_fields.expert[TCPRA_CC_CONTRADICTS_BUILTIN], "%s",
                               both);
    }
    if (!bits)
        return;
    tcpra_cause_explain(c, text, sizeof text);
    item = proto_tree_add_string(tree, tcpra_cause_fields.verdict, tvb, 0, 0, text);
    add_generated(item);
    sub = proto_item_add_subtree(item, tcpra_cause_fields.ett);
    add_classes(tvb, pinfo, sub, bits, text);
    add_numbers(tvb, sub, c);
    add_vantage(tvb, sub, facts);
}

void tcpra_cause_raise_experts(packet_info *pinfo, const struct tcpra_verdict *v,
                               const struct tcpra_layer_facts *facts)
{
    const struct tcpra_cause *c = &v->cause;
    guint32 bits = tcpra_cause_class_bits(c);

    if (c->settles_frame)
        expert_add_info(pinfo, NULL, &tcpra_cause_fields.expert_settlement);
    if (contradicts_builtin(v, facts))
        expert_add_info(pinfo, NULL, &tcpra_cause_fields.expert[TCPRA_CC_CONTRADICTS_BUILTIN]);
    for (int k = 0; k < TCPRA_CC_COUNT; k++) {
        if (bits & (1u << k))
            expert_add_info(pinfo, NULL, &tcpra_cause_fields.expert[k]);
    }
}
