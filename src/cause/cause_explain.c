/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "cause_explain.h"

#include "cause_analysis.h"

#include "text.h"
#include "timestamp.h"

static unsigned long long ms(uint64_t ns)
{
    return (unsigned long long)((ns + TCPRA_NS_PER_MS / 2) / TCPRA_NS_PER_MS);
}

static const char *ordinal_suffix(unsigned n)
{
    if (n % 100 >= 11 && n % 100 <= 13)
        return "th";
    return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

static void estimates(struct text *t, const struct tcpra_cause *c)
{
    if (c->flags & TCPRA_CAUSE_HAS_SRTT)
        tcpra_append(t, " (SRTT %llu ms)", ms(c->srtt_ns));
}

static void order(struct text *t, const struct tcpra_cause *c, const char *relation, const char *whose)
{
    if (c->order == TCPRA_ORDER_IP_ID)
        tcpra_append(t, "IP ID %u %s %s %u", c->order_value, relation, whose, c->order_reference);
    else if (c->order == TCPRA_ORDER_TSVAL)
        tcpra_append(t, "TSval %u %s %s %u", c->order_value, relation, whose, c->order_reference);
    else if (c->order == TCPRA_ORDER_TSECR)
        tcpra_append(t, "same TSval, TSecr %u %s %s %u", c->order_value, relation, whose, c->order_reference);
    else if (c->order == TCPRA_ORDER_BEFORE_SIGNAL)
        tcpra_append(t, "sent before any loss here was known: TSecr %u before TSval %u of the peer's"
                        " first ACK telling of data beyond it", c->order_value, c->order_reference);
    else
        tcpra_append(t, "no IP ID or timestamps to order it: by timing");
}

static void trigger(struct text *t, const struct tcpra_cause *c)
{
    switch ((enum tcpra_cause_basis)c->basis) {
    case TCPRA_BASIS_SYN_AGAIN:
        tcpra_append(t, "SYN resent %llu ms after the previous copy", ms(c->elapsed_ns));
        return;
    case TCPRA_BASIS_TIMER_EXPIRED:
        tcpra_append(t, "RTO");
        if (c->backoff)
            tcpra_append(t, ", %u%s backoff", c->backoff, ordinal_suffix(c->backoff));
        /* The rule allows a quarter for what the estimate cannot know. */
        tcpra_append(t, ": %llu ms since the timer was armed %s RTO estimate %llu ms", ms(c->elapsed_ns),
                     c->elapsed_ns >= c->rto_ns ? ">=" : ">= 3/4 of the", ms(c->rto_ns));
        break;
    case TCPRA_BASIS_RTO_EPISODE:
        tcpra_append(t, "RTO recovery: after a timeout, before its recovery point is acknowledged "
                        "(RTO estimate %llu ms)", ms(c->rto_ns));
        break;
    case TCPRA_BASIS_TAIL_PROBE:
        tcpra_append(t, "tail-loss probe: last segment resent %llu ms after it, PTO %llu ms, no loss signalled",
                     ms(c->elapsed_ns), ms(c->pto_ns));
        break;
    case TCPRA_BASIS_PROBE_OR_TIMEOUT:
        tcpra_append(t, "tail-loss probe (or RTO: the same trace with probes off): last segment resent %llu ms "
                        "after it, PTO %llu ms, RTO estimate %llu ms, no loss signalled",
                     ms(c->elapsed_ns), ms(c->pto_ns), ms(c->rto_ns));
        break;
    case TCPRA_BASIS_LOSS_SIGNALLED:
        tcpra_append(t, "fast: the receiver signalled a loss (dup ACK or SACK) from frame %u", c->signal_frame);
        break;
    default:
        tcpra_append(t, "fast (RACK): resent %llu ms after the timer was armed, before the RTO estimate %llu ms",
                     ms(c->elapsed_ns), ms(c->rto_ns));
        break;
    }
    estimates(t, c);
}

static const char *const unsure_reasons[TCPRA_UNSURE_COUNT] = {
    [TCPRA_UNSURE_NO_RTT] = "no RTT measured, RTO taken as 1 s (RFC 6298 section 2.1)",
    [TCPRA_UNSURE_OPTIONS_CUT] = "the capture cut the TCP options",
    [TCPRA_UNSURE_TIME_BACKWARDS] = "the capture's time went backwards",
    [TCPRA_UNSURE_IP_ID_USELESS] = "IP IDs zero, random or too few to order it",
    [TCPRA_UNSURE_SACK_MALFORMED] = "the receiver's SACK blocks wrapped or lay out of any window, ignored",
    [TCPRA_UNSURE_NO_ORDER] = "no IP ID or timestamps to order it",
};

static void spurious(struct text *t, enum tcpra_spurious_basis basis, uint32_t frame, const char *what)
{
    if (basis == TCPRA_SPURIOUS_DSACK)
        tcpra_append(t, "spurious: D-SACK in frame %u covers %s", frame, what);
    else if (basis == TCPRA_SPURIOUS_ORIGINAL_LATE)
        tcpra_append(t, "spurious: the first copy of %s arrived late, in frame %u", what, frame);
    else if (basis == TCPRA_SPURIOUS_EIFEL)
        tcpra_append(t, "spurious: the ACK in frame %u echoes the TSval of the first copy of %s", frame, what);
    else
        tcpra_append(t, "spurious: the receiver had %s already (frame %u)", what, frame);
}

void tcpra_cause_explain(const struct tcpra_cause *c, char *buf, size_t size)
{
    struct text t = {buf, size, 0};

    buf[0] = '\0';
    if (c->flags & TCPRA_CAUSE_NETWORK_DUPLICATE) {
        if (c->original_frame)
            tcpra_append(&t, "network duplicate: the same packet as frame %u (", c->original_frame);
        else
            tcpra_append(&t, "network duplicate: the same packet as one of the last %u without data (",
                         TCPRA_RECENT_BARE);
        order(&t, c, "equal to", "its");
        tcpra_append(&t, ")");
    } else if (c->flags & TCPRA_CAUSE_REORDERED) {
        tcpra_append(&t, "reordered: ");
        order(&t, c, "before", c->settles_frame ? "its retransmission's" : "highest segment's");
    } else if (c->trigger != TCPRA_TRIGGER_NONE) {
        if (c->flags & TCPRA_CAUSE_HOLE_FILLED) {
            tcpra_append(&t, "resent, fills a hole (");
            order(&t, c, "after", "highest segment's");
            tcpra_append(&t, "); ");
        } else if (c->flags & TCPRA_CAUSE_AFTER_GAP) {
            tcpra_append(&t, "resent, its first copy lost before the capture (");
            order(&t, c, "skips from", "the previous packet's");
            tcpra_append(&t, "); ");
        }
        trigger(&t, c);
        if (c->flags & TCPRA_CAUSE_SPURIOUS) {
            tcpra_append(&t, "; ");
            spurious(&t, (enum tcpra_spurious_basis)c->spurious_basis, c->evidence_frame, "it");
        }
    } else {
        return;
    }
    if (c->flags & TCPRA_CAUSE_LOW_CONFIDENCE)
        tcpra_append(&t, "; low confidence: %s", tcpra_cause_doubt(c));
}

const char *tcpra_cause_doubt(const struct tcpra_cause *c)
{
    if (!(c->flags & TCPRA_CAUSE_LOW_CONFIDENCE))
        return "";
    return c->unsure && c->unsure < TCPRA_UNSURE_COUNT ? unsure_reasons[c->unsure] : "no order from the capture";
}

void tcpra_cause_explain_settlement(const struct tcpra_cause *c, char *buf, size_t size)
{
    struct text t = {buf, size, 0};

    buf[0] = '\0';
    if (!c->settles_frame)
        return;
    tcpra_append(&t, "evidence: the retransmission in frame %u was spurious: %s", c->settles_frame,
                 c->settles_basis == TCPRA_SPURIOUS_DSACK        ? "this D-SACK covers it"
                 : c->settles_basis == TCPRA_SPURIOUS_ORIGINAL_LATE ? "this is its first copy, delivered late"
                                                                    : "this ACK of it echoes the first copy's TSval");
}
