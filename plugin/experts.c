/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "experts.h"

#include "builtin.h"
#include "cause_explain.h"
#include "cause_fields.h"
#include "compare.h"
#include "fields.h"

/* Words longer than any verdict's. */
#define WORDS_MAX 640

gboolean tcpra_agrees_with_builtin(const struct tcpra_shown *s)
{
    return tcpra_agrees(s->facts->builtin_classes, tcpra_builtin_reportable(), &s->verdict->compat);
}

static gboolean cause_shown(const struct tcpra_shown *s)
{
    return s->config->cause.enabled && s->verdict->compat.sequence_analysed;
}

static proto_item *generated(proto_item *item)
{
    proto_item_set_generated(item);
    return item;
}

static guint32 classes_raised(const struct tcpra_shown *s)
{
    return s->verdict->compat.sequence_analysed ? tcpra_class_bits(&s->verdict->compat) : 0;
}

static proto_item *class_item(const struct tcpra_shown *s, proto_tree *tree, int c, char *words)
{
    if (c == TCPRA_DUPLICATE_ACK)
        g_snprintf(words, WORDS_MAX, "Duplicate ACK (#%u)", s->verdict->compat.dupack_num);
    return generated(proto_tree_add_boolean(tree, tcpra_fields.classes[c], s->tvb, 0, 0, TRUE));
}

static expert_field *class_expert(int c)
{
    return &tcpra_fields.expert[c];
}

static guint32 mismatch_raised(const struct tcpra_shown *s)
{
    return s->verdict->compat.sequence_analysed && s->facts->builtin_known && !tcpra_agrees_with_builtin(s);
}

static proto_item *mismatch_item(const struct tcpra_shown *s, proto_tree *tree, int i _U_, char *words)
{
    tcpra_describe_mismatch(s->facts->builtin_classes, tcpra_builtin_reportable(), &s->verdict->compat,
                            &s->config->compat, words, WORDS_MAX);
    return generated(proto_tree_add_string(tree, tcpra_fields.mismatch, s->tvb, 0, 0, words));
}

static expert_field *mismatch_expert(int i _U_)
{
    return &tcpra_fields.expert_mismatch;
}

static guint32 settlement_raised(const struct tcpra_shown *s)
{
    return cause_shown(s) && s->verdict->cause.settles_frame;
}

static proto_item *settlement_item(const struct tcpra_shown *s, proto_tree *tree, int i _U_, char *words)
{
    const struct tcpra_cause *c = &s->verdict->cause;

    tcpra_cause_explain_settlement(c, words, WORDS_MAX);
    generated(proto_tree_add_uint(tree, tcpra_cause_fields.settles, s->tvb, 0, 0, c->settles_frame));
    return generated(proto_tree_add_string(tree, tcpra_cause_fields.settlement, s->tvb, 0, 0, words));
}

static expert_field *settlement_expert(int i _U_)
{
    return &tcpra_cause_fields.expert_settlement;
}

static guint32 contradiction_raised(const struct tcpra_shown *s)
{
    return cause_shown(s) && s->facts->builtin_known &&
           tcpra_cause_contradicts(s->facts->builtin_classes, &s->verdict->cause);
}

static proto_item *contradiction_item(const struct tcpra_shown *s, proto_tree *tree, int i _U_, char *words)
{
    tcpra_describe_contradiction(s->facts->builtin_classes, &s->verdict->cause, words, WORDS_MAX);
    return generated(proto_tree_add_boolean(tree, tcpra_cause_fields.contradicts_builtin, s->tvb, 0, 0, TRUE));
}

static expert_field *contradiction_expert(int i _U_)
{
    return &tcpra_cause_fields.expert_contradicts_builtin;
}

static guint32 kinds_raised(const struct tcpra_shown *s)
{
    return cause_shown(s) ? tcpra_cause_kind_bits(&s->verdict->cause) : 0;
}

static proto_item *kind_item(const struct tcpra_shown *s, proto_tree *tree, int k, char *words)
{
    g_strlcpy(words, s->cause_text, WORDS_MAX);
    return generated(proto_tree_add_boolean(tree, tcpra_cause_fields.kinds[k], s->tvb, 0, 0, TRUE));
}

static expert_field *kind_expert(int k)
{
    return &tcpra_cause_fields.expert[k];
}

static const struct {
    enum tcpra_expert_place place;
    /* The instances raised, one bit each: a class's or a kind's, else bit 0. */
    guint32 (*raised)(const struct tcpra_shown *s);
    /* Adds the item and, unless the registered summary will do, its words. */
    proto_item *(*item)(const struct tcpra_shown *s, proto_tree *tree, int i, char *words);
    expert_field *(*field)(int i);
} experts[] = {
    {TCPRA_AT_CLASSES, classes_raised, class_item, class_expert},
    {TCPRA_AT_COMPARISON, mismatch_raised, mismatch_item, mismatch_expert},
    {TCPRA_AT_CAUSE_HEAD, settlement_raised, settlement_item, settlement_expert},
    {TCPRA_AT_CAUSE_HEAD, contradiction_raised, contradiction_item, contradiction_expert},
    {TCPRA_AT_CAUSE_KINDS, kinds_raised, kind_item, kind_expert},
};

void tcpra_raise_experts(const struct tcpra_shown *s, enum tcpra_expert_place place, proto_tree *tree)
{
    for (size_t e = 0; e < G_N_ELEMENTS(experts); e++) {
        if (place != TCPRA_AT_ALL && experts[e].place != place)
            continue;
        for (guint32 raised = experts[e].raised(s); raised; raised &= raised - 1) {
            int i = __builtin_ctz(raised);
            char words[WORDS_MAX];
            proto_item *item;

            if (!tree) {
                if (s->experts)
                    expert_add_info(s->pinfo, NULL, experts[e].field(i));
                continue;
            }
            words[0] = '\0';
            item = experts[e].item(s, tree, i, words);
            if (!s->experts)
                continue;
            if (words[0])
                expert_add_info_format(s->pinfo, item, experts[e].field(i), "%s", words);
            else
                expert_add_info(s->pinfo, item, experts[e].field(i));
        }
    }
}
