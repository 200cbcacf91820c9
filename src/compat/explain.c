/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "explain.h"

#include <string.h>

#include "text.h"
#include "timestamp.h"

static void append_ms(struct text *t, uint64_t ns)
{
    /* A wrapped (negative) elapsed time means the capture went backwards. */
    if (ns > UINT64_MAX / 2)
        tcpra_append(t, "(time went backwards)");
    else
        tcpra_append(t, "%llu.%03llu ms", (unsigned long long)(ns / TCPRA_NS_PER_MS),
               (unsigned long long)(ns % TCPRA_NS_PER_MS / 1000));
}

void tcpra_describe_classes(const struct tcpra_compat_verdict *verdict, char *buf, size_t size)
{
    tcpra_describe_class_bits(tcpra_class_bits(verdict), buf, size);
}

void tcpra_describe_class_bits(uint32_t bits, char *buf, size_t size)
{
    struct text t = {buf, size, 0};

    buf[0] = '\0';
    /* Up to the highest class set: most segments have none. */
    for (int c = 0; c < TCPRA_CLASS_COUNT && bits >> c; c++) {
        if (bits & TCPRA_BIT(c))
            tcpra_append(&t, "%s%s", t.used ? ", " : "", tcpra_class_title((enum tcpra_class)c));
    }
}

const char *tcpra_explain_not_analysed(void)
{
    return "payload length unknown (IP fragment, header quoted in an ICMP error, or IP payload shorter than the "
           "TCP header)";
}

const char *tcpra_ooo_origin_name(enum tcpra_ooo_origin origin)
{
    switch (origin) {
    case TCPRA_OOO_FROM_RTT:
        return "handshake RTT";
    case TCPRA_OOO_FROM_FIXED:
        return "fixed";
    case TCPRA_OOO_FROM_DEFAULT:
        break;
    }
    return "default";
}

/* The fast-retransmission test, term by term. */
static void explain_fast(struct text *t, const struct tcpra_compat_verdict *v,
                         const struct tcpra_compat_config *config)
{
    const struct tcpra_reasons *r = &v->reasons;

    if (r->reverse_dupacks < 0)
        tcpra_append(t, "dup-ACK count spent on an ACKed unseen segment, ");
    else
        tcpra_append(t, "%d dup ACK%s %s %u, ", r->reverse_dupacks, r->reverse_dupacks == 1 ? "" : "s",
               r->reverse_dupacks >= (int32_t)config->dupack_threshold ? ">=" : "<", config->dupack_threshold);
    tcpra_append(t, "peer ACK %s seq, ", r->reverse_ack_matches ? "==" : "!=");
    if (r->reverse_sack_blocks)
        tcpra_append(t, "peer SACK %s it, ", r->sack_covers ? "covers" : "does not cover");
    append_ms(t, r->since_reverse_ns);
    tcpra_append(t, " %s ", r->since_reverse_ns < config->fast_rtx_window_ns ? "<" : ">=");
    append_ms(t, config->fast_rtx_window_ns);
}

/* The out-of-order test. */
static void explain_out_of_order(struct text *t, const struct tcpra_compat_verdict *v)
{
    const struct tcpra_reasons *r = &v->reasons;

    bool from_peer = r->ooo_clock == TCPRA_OOO_SINCE_PEER;
    bool reordered = (v->classes & TCPRA_BIT(TCPRA_OUT_OF_ORDER)) != 0;

    append_ms(t, from_peer ? r->since_reverse_ns : r->since_highest_ns);
    tcpra_append(t, " since %s %s ", from_peer ? "peer's last packet" : "highest segment",
           tcpra_ooo_delay_within(r) ? "<" : ">=");
    append_ms(t, r->ooo_threshold_ns);
    tcpra_append(t, " (%s)", tcpra_ooo_origin_name(r->ooo_origin));
    if (r->ends_at_next_seq)
        tcpra_append(t, reordered ? ", ending where the empty highest segment did"
                            : ", but it ends at the next expected byte");
    if (r->within_unacked && !reordered)
        tcpra_append(t, ", within an unacknowledged segment");
}

bool tcpra_has_explanation(const struct tcpra_compat_verdict *v)
{
    uint32_t explained = TCPRA_BIT(TCPRA_SPURIOUS_RETRANSMISSION) | TCPRA_BIT(TCPRA_FAST_RETRANSMISSION) |
                         TCPRA_BIT(TCPRA_OUT_OF_ORDER);

    return v->reasons.evaluated && ((v->classes & explained) || v->reasons.seq_not_advanced);
}

void tcpra_explain(const struct tcpra_compat_verdict *v, const struct tcpra_compat_config *config, char *buf,
                   size_t size)
{
    struct text t = {buf, size, 0};
    uint32_t classes = v->classes;

    buf[0] = '\0';
    if (!tcpra_has_explanation(v))
        return;
    if (classes & TCPRA_BIT(TCPRA_SPURIOUS_RETRANSMISSION)) {
        tcpra_append(&t, "spurious: the data was already acknowledged");
    } else if (classes & TCPRA_BIT(TCPRA_FAST_RETRANSMISSION)) {
        tcpra_append(&t, "fast retransmission: ");
        explain_fast(&t, v, config);
    } else if (classes & TCPRA_BIT(TCPRA_OUT_OF_ORDER)) {
        tcpra_append(&t, "out-of-order: ");
        explain_out_of_order(&t, v);
    } else {
        tcpra_append(&t, "retransmission; not fast: ");
        explain_fast(&t, v, config);
        tcpra_append(&t, "; not out-of-order: ");
        explain_out_of_order(&t, v);
    }
}
