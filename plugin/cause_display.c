/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "cause_display.h"

#include "cause_explain.h"
#include "cause_fields.h"
#include "items.h"

static void add_numbers(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_cause *c)
{
    const struct tcpra_cause_fields *f = &tcpra_cause_fields;

    if (c->original_frame)
        tcpra_add_uint(tree, f->original, tvb, c->original_frame);
    if (c->evidence_frame)
        tcpra_add_uint(tree, f->evidence, tvb, c->evidence_frame);
    if (c->trigger == TCPRA_TRIGGER_RTO || c->trigger == TCPRA_TRIGGER_TLP || c->trigger == TCPRA_TRIGGER_LOSS_RECOVERY) {
        if (c->rto_ns)
            tcpra_add_time(tree, f->rto_estimate, tvb, c->rto_ns);
        if (c->trigger == TCPRA_TRIGGER_RTO)
            tcpra_add_uint(tree, f->backoff, tvb, c->backoff);
        if (c->flags & TCPRA_CAUSE_HAS_SRTT)
            tcpra_add_time(tree, f->srtt, tvb, c->srtt_ns);
    }
}

static void add_doubt(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_cause *c)
{
    if (c->flags & TCPRA_CAUSE_LOW_CONFIDENCE)
        tcpra_add_string(tree, tcpra_cause_fields.low_confidence, tvb, tcpra_cause_doubt(c));
}

static void add_vantage(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_cause *c)
{
    if (c->vantage != TCPRA_VANTAGE_UNKNOWN)
        tcpra_add_string(tree, tcpra_cause_fields.vantage, tvb, tcpra_vantage_name((enum tcpra_vantage)c->vantage));
}

/* The verdict heads its own subtree, so that collapsed it reads as one line
 * and expanded it shows the evidence behind it. */
void tcpra_cause_display(const struct tcpra_shown *shown, proto_tree *tree)
{
    const struct tcpra_cause *c = &shown->verdict->cause;
    guint32 kinds = tcpra_cause_kind_bits(c);
    struct tcpra_shown with_words = *shown;
    char text[400];
    proto_item *item;
    proto_tree *sub;

    if (!kinds && c->settles_frame)
        add_vantage(shown->tvb, tree, c);
    tcpra_raise_experts(shown, TCPRA_AT_CAUSE_HEAD, tree);
    if (!kinds)
        return;
    tcpra_cause_explain(c, text, sizeof text);
    item = proto_tree_add_string(tree, tcpra_cause_fields.verdict, shown->tvb, 0, 0, text);
    proto_item_set_generated(item);
    sub = proto_item_add_subtree(item, tcpra_cause_fields.ett);
    with_words.cause_text = text;
    tcpra_raise_experts(&with_words, TCPRA_AT_CAUSE_KINDS, sub);
    add_numbers(shown->tvb, sub, c);
    add_vantage(shown->tvb, sub, c);
    add_doubt(shown->tvb, sub, c);
}
