/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "stats.h"

#include <epan/address.h>
#include <epan/stats_tree.h>
#include <epan/tap.h>
#include <epan/to_str.h>

#include "attempts.h"
#include "cause_explain.h"
#include "cause_names.h"
#include "compare.h"
#include "config.h"
#include "first_pass.h"

static int tcpra_tap = -1;

/* Top-level nodes, created in this order by start_tree(). */
static int node_classes, node_builtin, node_matrix, node_hosts, node_conversations, node_attempts;
static int node_causes, node_cause_matrix;

/* Connection attempts are followed per statistics tree (window). */
static GHashTable *attempts_by_tree;

static const char *class_title(enum tcpra_class c)
{
    return c == TCPRA_CLASS_COUNT ? "none" : tcpra_class_title(c);
}

static const char *address_text(wmem_allocator_t *pool, const struct tcpra_address *a)
{
    address addr;

    set_address(&addr, a->family == 6 ? AT_IPv6 : AT_IPv4, a->len, a->bytes);
    return address_to_str(pool, &addr);
}

static const char *endpoint_text(wmem_allocator_t *pool, const struct tcpra_address *a, guint16 port)
{
    return wmem_strdup_printf(pool, a->family == 6 ? "[%s]:%u" : "%s:%u",
                              address_text(pool, a), port);
}

/* The node called name under parent, its count raised by `by` (0: only
 * found, or created). */
static int count(stats_tree *st, const char *name, int parent, gint by)
{
    return stats_tree_manip_node_int(MN_INCREASE, st, name, parent, TRUE, by);
}

/* Segments, and below them each class (its share shows as a percentage). */
static void count_classes(stats_tree *st, int parent, guint32 bits)
{
    int segments = count(st, "Segments", parent, 1);

    for (int c = 0; c < TCPRA_CLASS_COUNT; c++) {
        if (bits & TCPRA_BIT(c))
            count(st, tcpra_class_title((enum tcpra_class)c), segments, 1);
    }
}

/* Built-in class -> TCPRA class, one class each (tcpra_primary_class). */
static void count_confusion(stats_tree *st, guint32 builtin, guint32 tcpra)
{
    char name[80];
    int row;

    g_snprintf(name, sizeof name, "built-in: %s", class_title(tcpra_primary_class(builtin)));
    row = count(st, name, node_matrix, 1);
    g_snprintf(name, sizeof name, "TCPRA: %s", class_title(tcpra_primary_class(tcpra)));
    count(st, name, row, 1);
}

/* Retransmissions by cause, each with its spurious ones (their share shows
 * as a percentage); timeouts by backoff. Then originals delivered late and
 * network copies; and the verdicts of low confidence, by reason. */
static void count_causes(stats_tree *st, const struct tcpra_cause *c)
{
    char name[32];
    int node;

    if (c->flags & TCPRA_CAUSE_LOW_CONFIDENCE)
        count(st, tcpra_cause_doubt(c), count(st, "Low confidence", node_causes, 1), 1);
    if (c->trigger != TCPRA_TRIGGER_NONE) {
        node = count(st, tcpra_cause_title(c), count(st, "Retransmissions", node_causes, 1), 1);
        if (c->flags & TCPRA_CAUSE_SPURIOUS)
            count(st, "Spurious", node, 1);
        if (c->trigger == TCPRA_TRIGGER_RTO) {
            g_snprintf(name, sizeof name, "Backoff %u", c->backoff);
            count(st, name, node, 1);
        }
    } else if (c->flags & (TCPRA_CAUSE_REORDERED | TCPRA_CAUSE_NETWORK_DUPLICATE)) {
        count(st, tcpra_cause_title(c), node_causes, 1);
    }
}

/* Built-in class -> cause, one each (tcpra_primary_class, cause_title). */
static void count_cause_confusion(stats_tree *st, guint32 builtin, const struct tcpra_cause *c)
{
    char name[80];

    g_snprintf(name, sizeof name, "built-in: %s", class_title(tcpra_primary_class(builtin)));
    count(st, tcpra_cause_title(c), count(st, name, node_cause_matrix, 1), 1);
}

/* Data segments, and below them the retransmitted ones (the rate shows as
 * their percentage), split by kind, and again by cause. */
static void count_traffic(stats_tree *st, int parent, const char *suffix, const struct tcpra_layer_facts *f,
                          guint32 bits, const struct tcpra_cause *c)
{
    char name[64];
    int data, retransmitted;

    if (f->payload_len > 0) {
        g_snprintf(name, sizeof name, "Data segments%s", suffix);
        data = count(st, name, parent, 1);
        if (c && c->trigger != TCPRA_TRIGGER_NONE) {
            retransmitted = count(st, "Resent, by cause", data, 1);
            count(st, tcpra_cause_title(c), retransmitted, 1);
            if (c->flags & TCPRA_CAUSE_SPURIOUS)
                count(st, "Spurious", retransmitted, 1);
        }
        if (bits & TCPRA_BIT(TCPRA_RETRANSMISSION)) {
            retransmitted = count(st, "Retransmitted", data, 1);
            if (bits & TCPRA_BIT(TCPRA_FAST_RETRANSMISSION))
                count(st, "Fast retransmissions", retransmitted, 1);
            else if (bits & TCPRA_BIT(TCPRA_SPURIOUS_RETRANSMISSION))
                count(st, "Spurious retransmissions", retransmitted, 1);
            else
                count(st, "Other retransmissions", retransmitted, 1);
        }
        if (bits & TCPRA_BIT(TCPRA_OUT_OF_ORDER))
            count(st, "Out-of-order", data, 1);
    }
    if (bits & TCPRA_BIT(TCPRA_DUPLICATE_ACK)) {
        g_snprintf(name, sizeof name, "Duplicate ACKs%s", suffix);
        count(st, name, parent, 1);
    }
    if (f->tcp_flags & TCPRA_TH_RST) {
        g_snprintf(name, sizeof name, "RSTs%s", suffix);
        count(st, name, parent, 1);
    }
}

static void count_hosts(stats_tree *st, wmem_allocator_t *pool, const struct tcpra_endpoints *ep, int direction,
                        const struct tcpra_layer_facts *f, guint32 bits, const struct tcpra_cause *c)
{
    int sender = count(st, address_text(pool, &ep->addr[direction]), node_hosts, 1);
    int receiver = count(st, address_text(pool, &ep->addr[!direction]), node_hosts, 0);

    count_traffic(st, sender, " sent", f, bits, c);
    if (f->tcp_flags & TCPRA_TH_RST)
        count(st, "RSTs received", receiver, 1);
}

static void count_conversation(stats_tree *st, wmem_allocator_t *pool, const struct tcpra_endpoints *ep,
                               const struct tcpra_layer_facts *f, guint32 bits, const struct tcpra_cause *c)
{
    int first = ep->first_sender;
    char *name = wmem_strdup_printf(pool, "%s <-> %s",
                                    endpoint_text(pool, &ep->addr[first], ep->port[first]),
                                    endpoint_text(pool, &ep->addr[!first], ep->port[!first]));

    count_traffic(st, count(st, name, node_conversations, 1), "", f, bits, c);
}

/* Per server endpoint: attempts (first SYNs), then how each ended. "Never
 * answered" counts up at the SYN and down at the answer, so that it is right
 * whenever the capture ends. */
static void count_attempt(stats_tree *st, wmem_allocator_t *pool, const struct tcpra_verdict *v,
                          const struct tcpra_endpoints *ep, const struct tcpra_layer_facts *f, guint32 bits)
{
    struct tcpra_attempts *attempts = g_hash_table_lookup(attempts_by_tree, st);
    gboolean is_syn = (f->tcp_flags & (TCPRA_TH_SYN | TCPRA_TH_ACK)) == TCPRA_TH_SYN;
    int server_side = is_syn ? !v->direction : v->direction;
    const char *server = endpoint_text(pool, &ep->addr[server_side], ep->port[server_side]);
    int node;

    switch (tcpra_attempts_observe(attempts, v->connection, v->direction, f->tcp_flags)) {
    case TCPRA_ATTEMPT_STARTED:
        node = count(st, server, node_attempts, 1);
        count(st, "Answered", node, 0);
        count(st, "Refused (RST)", node, 0);
        count(st, "Never answered", node, 1);
        break;
    case TCPRA_ATTEMPT_ANSWERED:
        node = count(st, server, node_attempts, 0);
        count(st, "Never answered", node, -1);
        count(st, "Answered", node, 1);
        break;
    case TCPRA_ATTEMPT_REFUSED:
        node = count(st, server, node_attempts, 0);
        count(st, "Never answered", node, -1);
        count(st, "Refused (RST)", node, 1);
        break;
    case TCPRA_ATTEMPT_NONE:
        break;
    }
    if (is_syn && (bits & TCPRA_BIT(TCPRA_RETRANSMISSION)))
        count(st, "SYN retransmissions", count(st, server, node_attempts, 0), 1);
}

static tap_packet_status count_frame(stats_tree *st, packet_info *pinfo, epan_dissect_t *edt _U_,
                                     const void *data, tap_flags_t flags _U_)
{
    const struct tcpra_frame_verdicts *frame = (const struct tcpra_frame_verdicts *)data;

    for (unsigned i = 0; i < frame->count; i++) {
        const struct tcpra_verdict *v = &frame->verdicts[i];
        const struct tcpra_layer_facts *f = &frame->facts[i];
        struct tcpra_endpoints ep;
        guint32 bits = tcpra_class_bits(&v->compat);
        /* The cause analysis, when on. */
        const struct tcpra_cause *c = tcpra_first_pass_config()->cause.enabled ? &v->cause : NULL;

        if (!v->compat.sequence_analysed || !tcpra_first_pass_endpoints(v->connection, &ep))
            continue;
        count_classes(st, node_classes, bits);
        if (f->builtin_known) {
            count_classes(st, node_builtin, f->builtin_classes);
            count_confusion(st, f->builtin_classes, bits);
        }
        if (c) {
            count_causes(st, c);
            if (f->builtin_known)
                count_cause_confusion(st, f->builtin_classes, c);
        }
        count_hosts(st, pinfo->pool, &ep, v->direction, f, bits, c);
        count_conversation(st, pinfo->pool, &ep, f, bits, c);
        count_attempt(st, pinfo->pool, v, &ep, f, bits);
    }
    return TAP_PACKET_REDRAW;
}

static void start_tree(stats_tree *st)
{
    node_classes = stats_tree_create_node(st, "TCPRA classes", 0, STAT_DT_INT, TRUE);
    node_builtin = stats_tree_create_node(st, "Built-in classes", 0, STAT_DT_INT, TRUE);
    node_matrix = stats_tree_create_node(st, "Built-in vs TCPRA", 0, STAT_DT_INT, TRUE);
    node_hosts = stats_tree_create_node(st, "Hosts", 0, STAT_DT_INT, TRUE);
    node_conversations = stats_tree_create_node(st, "Conversations", 0, STAT_DT_INT, TRUE);
    node_attempts = stats_tree_create_node(st, "Connection attempts", 0, STAT_DT_INT, TRUE);
    node_causes = stats_tree_create_node(st, "Causes", 0, STAT_DT_INT, TRUE);
    node_cause_matrix = stats_tree_create_node(st, "Built-in vs cause", 0, STAT_DT_INT, TRUE);
    g_hash_table_insert(attempts_by_tree, st, g_new0(struct tcpra_attempts, 1));
}

static void free_attempts(gpointer attempts)
{
    tcpra_attempts_free((struct tcpra_attempts *)attempts);
    g_free(attempts);
}

static void end_tree(stats_tree *st)
{
    g_hash_table_remove(attempts_by_tree, st);
}

void tcpra_stats_register(void)
{
    tcpra_tap = register_tap("tcpra");
    attempts_by_tree = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, free_attempts);
    stats_tree_register_plugin("tcpra", "tcpra", "TCP Retransmission Analysis", 0, count_frame,
                               start_tree, end_tree);
}

void tcpra_stats_queue(packet_info *pinfo, const struct tcpra_frame_verdicts *frame)
{
    tap_queue_packet(tcpra_tap, pinfo, frame);
}
