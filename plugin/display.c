/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "display.h"

#include <epan/tap.h>

#include "cause_display.h"
#include "experts.h"
#include "explain.h"
#include "fields.h"
#include "first_pass.h"
#include "items.h"

static void add_references(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_compat_verdict *v)
{
    if (v->classes & TCPRA_BIT(TCPRA_DUPLICATE_ACK)) {
        tcpra_add_uint(tree, tcpra_fields.dupack_num, tvb, v->dupack_num);
        tcpra_add_uint(tree, tcpra_fields.dupack_frame, tvb, v->dupack_frame);
    }
    if (v->has_oldest_unacked) {
        tcpra_add_uint(tree, tcpra_fields.oldest_unacked_frame, tvb, v->oldest_unacked_frame);
        tcpra_add_time(tree, tcpra_fields.since_oldest_unacked, tvb, v->since_oldest_unacked_ns);
    }
}

/* Whether the tree shows any of the fields: words cost more than the
 * verdict, and are made only for a field that will be seen. */
static gboolean any_shown(proto_tree *tree, const int *const fields[], size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (proto_field_is_referenced(tree, *fields[i]))
            return TRUE;
    }
    return FALSE;
}

static void add_reasons(tvbuff_t *tvb, proto_tree *tree, const struct tcpra_compat_verdict *v,
                        const struct tcpra_compat_config *config)
{
    static const int *const fields[] = {
        &tcpra_fields.reason, &tcpra_fields.reverse_dupacks, &tcpra_fields.reverse_ack,
        &tcpra_fields.since_reverse, &tcpra_fields.since_highest, &tcpra_fields.ooo_threshold,
        &tcpra_fields.ooo_threshold_source, &tcpra_fields.dupack_threshold, &tcpra_fields.fast_rtx_window,
    };
    const struct tcpra_reasons *r = &v->reasons;
    char text[320];
    proto_item *item;
    proto_tree *sub;

    if (!tcpra_has_explanation(v) || !any_shown(tree, fields, G_N_ELEMENTS(fields)))
        return;
    tcpra_explain(v, config, text, sizeof text);
    if (!text[0])
        return;
    item = proto_tree_add_string(tree, tcpra_fields.reason, tvb, 0, 0, text);
    proto_item_set_generated(item);
    sub = proto_item_add_subtree(item, tcpra_fields.ett_reasons);
    proto_item_set_generated(proto_tree_add_int(sub, tcpra_fields.reverse_dupacks, tvb, 0, 0,
                                                r->reverse_dupacks));
    tcpra_add_uint(sub, tcpra_fields.reverse_ack, tvb, r->reverse_ack);
    tcpra_add_time(sub, tcpra_fields.since_reverse, tvb, r->since_reverse_ns);
    tcpra_add_time(sub, tcpra_fields.since_highest, tvb, r->since_highest_ns);
    tcpra_add_time(sub, tcpra_fields.ooo_threshold, tvb, r->ooo_threshold_ns);
    tcpra_add_string(sub, tcpra_fields.ooo_threshold_source, tvb, tcpra_ooo_origin_name(r->ooo_origin));
    tcpra_add_uint(sub, tcpra_fields.dupack_threshold, tvb, config->dupack_threshold);
    tcpra_add_time(sub, tcpra_fields.fast_rtx_window, tvb, config->fast_rtx_window_ns);
}

/* Wireshark's own verdict beside TCPRA's; a disagreement is an expert info
 * naming both, with TCPRA's numbers (experts.c). */
static void add_comparison(const struct tcpra_shown *s, proto_tree *tree)
{
    char text[400];

    if (!s->facts->builtin_known) {
        tcpra_add_string(tree, tcpra_fields.builtin_off, s->tvb,
                   "Wireshark's own sequence analysis is off (tcp.analyze_sequence_numbers)");
        return;
    }
    if (proto_field_is_referenced(tree, tcpra_fields.builtin)) {
        tcpra_describe_class_bits(s->facts->builtin_classes, text, sizeof text);
        tcpra_add_string(tree, tcpra_fields.builtin, s->tvb, text[0] ? text : "none");
    }
    proto_item_set_generated(
        proto_tree_add_boolean(tree, tcpra_fields.agree, s->tvb, 0, 0, tcpra_agrees_with_builtin(s)));
    tcpra_raise_experts(s, TCPRA_AT_COMPARISON, tree);
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

void tcpra_view_open(struct tcpra_view *view, proto_tree *tree, const GArray *named)
{
    view->hidden = named && tree && PTREE_DATA(tree)->visible ? tree : NULL;
    if (!view->hidden)
        return;
    PTREE_DATA(tree)->visible = FALSE;
    for (guint i = 0; i < named->len; i++) {
        header_field_info *hf = proto_registrar_get_nth((guint)g_array_index(named, int, i));
        header_field_info *parent = hf->parent >= 0 ? proto_registrar_get_nth((guint)hf->parent) : NULL;

        if (parent && parent->ref_type == HF_REF_TYPE_NONE)
            parent->ref_type = HF_REF_TYPE_INDIRECT;
        hf->ref_type = HF_REF_TYPE_DIRECT;
    }
}

void tcpra_view_close(struct tcpra_view *view)
{
    if (view->hidden)
        PTREE_DATA(view->hidden)->visible = TRUE;
}

void tcpra_display(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, gboolean wanted, gboolean experts,
                   const struct tcpra_verdict *v, const struct tcpra_layer_facts *facts)
{
    const struct tcpra_compat_verdict *compat = &v->compat;
    struct tcpra_shown shown = {tvb, pinfo, v, facts, tcpra_first_pass_config(), NULL, experts};
    char flags[320];
    proto_item *top;
    proto_tree *sub;

    if (!wanted) {
        tcpra_raise_experts(&shown, TCPRA_AT_ALL, NULL);
        return;
    }
    top = proto_tree_add_item(tree, tcpra_fields.proto, tvb, 0, 0, ENC_NA);
    sub = proto_item_add_subtree(top, tcpra_fields.ett_tcpra);
    proto_item_set_generated(top);
    tcpra_add_uint(sub, tcpra_fields.flow, tvb, v->connection);
    if (!compat->sequence_analysed) {
        tcpra_add_string(sub, tcpra_fields.not_analysed, tvb, tcpra_explain_not_analysed());
        return;
    }
    if (!compat->header_complete)
        proto_item_set_generated(proto_tree_add_boolean(sub, tcpra_fields.header_truncated, tvb, 0, 0,
                                                        TRUE));
    flags[0] = '\0';
    /* The flags' words are also the label's, seen in a visible tree. */
    if (proto_field_is_referenced(sub, tcpra_fields.flags) || PTREE_DATA(tree)->visible)
        tcpra_describe_classes(compat, flags, sizeof flags);
    if (flags[0]) {
        tcpra_add_string(sub, tcpra_fields.flags, tvb, flags);
        proto_item_append_text(top, ": %s", flags);
    }
    tcpra_raise_experts(&shown, TCPRA_AT_CLASSES, sub);
    add_references(tvb, sub, compat);
    add_reasons(tvb, sub, compat, &shown.config->compat);
    add_comparison(&shown, sub);
    if (shown.config->cause.enabled)
        tcpra_cause_display(&shown, sub);
}
