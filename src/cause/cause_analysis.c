/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One segment through the cause analysis: the handshake, the ACK it
 * carries for the peer's data, then its own data: new, a copy the network
 * made, an original delivered late, or a retransmission, whose trigger the
 * rules name. */
#include "cause_analysis.h"

#include <stdlib.h>
#include <string.h>

#include "cause_context.h"
#include "seq.h"

void tcpra_cause_config_defaults(struct tcpra_cause_config *config)
{
    *config = (struct tcpra_cause_config){.enabled = true, .stack = TCPRA_STACK_LINUX, .dupack_threshold = 3};
}

/* The state for data, made with the first data; the handshake, when seen,
 * says where each direction was captured and gives the first RTT. */
static struct tcpra_cause_senders *senders_of(struct tcpra_cause_connection *conn)
{
    const struct tcpra_cause_handshake *h = &conn->handshake;

    if (conn->senders)
        return conn->senders;
    conn->senders = calloc(1, sizeof *conn->senders);
    if (!conn->senders || !h->completed)
        return conn->senders;
    for (int i = 0; i < 2; i++) {
        conn->senders->dir[i].vantage = h->vantage[i];
        tcpra_rtt_sample(&conn->senders->dir[i].rtt, h->rtt_ns);
    }
    return conn->senders;
}

static uint32_t fingerprint(const struct tcpra_segment *seg)
{
    uint32_t h = 2166136261u;   /* FNV-1a */
    uint32_t words[] = {seg->seq, seg->ack, seg->flags, seg->window, seg->ip_id};

    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        h = (h ^ words[i]) * 16777619u;
    for (uint32_t i = 0; i < seg->options_len; i++)
        h = (h ^ seg->options[i]) * 16777619u;
    return h;
}

/* A packet without data the network copied: the same header, IP ID and
 * options included, as one of the direction's last few such packets. A
 * sender's repeated ACK differs in its IP ID; without one (IPv6, or zero)
 * nothing tells them apart, since a receiver sends ACKs several to a clock
 * tick alike to the last bit, SACK blocks included: no copy is named. */
static void check_copied_bare(struct tcpra_cause_context *c, struct tcpra_cause_connection *conn)
{
    const struct tcpra_segment *seg = c->seg;
    uint32_t print = fingerprint(seg);
    uint32_t *recent = conn->recent_bare[c->direction];

    if (seg->has_ip_id && seg->ip_id != 0) {
        for (unsigned i = 0; i < TCPRA_RECENT_BARE; i++) {
            if (recent[i] == print) {
                c->out->flags |= TCPRA_CAUSE_NETWORK_DUPLICATE;
                c->out->basis = TCPRA_BASIS_SAME_PACKET;
                c->out->order = TCPRA_ORDER_IP_ID;
                c->out->order_value = c->out->order_reference = seg->ip_id;
                return;
            }
        }
    }
    recent[conn->recent_next[c->direction]++ % TCPRA_RECENT_BARE] = print;
}

static struct tcpra_sent_copy copy_of(const struct tcpra_cause_context *c)
{
    return (struct tcpra_sent_copy){.frame = c->seg->frame, .time = c->seg->time, .ip_id = c->seg->ip_id,
                                    .tsval = c->options->tsval, .tsecr = c->options->tsecr};
}

static void remember(struct tcpra_cause_context *c, uint32_t start, uint32_t end)
{
    struct tcpra_sent_range r = {.start = start, .end = end, .first = copy_of(c), .last = copy_of(c),
                                 .sends = 1, .has_ip_id = c->seg->has_ip_id,
                                 .has_ts = c->options->has_timestamps};

    if (seq_before(start, end))
        tcpra_sent_add(&c->fwd->sent, &r);
}

/* Data beyond what was seen sent extends the right edge. */
static void extend(struct tcpra_cause_context *c)
{
    struct tcpra_cause_direction *d = c->fwd;

    if (!seq_after(c->end, d->high_end))
        return;
    remember(c, seq_after(c->seq, d->high_end) ? c->seq : d->high_end, c->end);
    d->high_end = c->end;
    d->high = copy_of(c);
    d->high_has_ip_id = c->seg->has_ip_id;
    d->high_has_ts = c->options->has_timestamps;
}

/* Every range the retransmission covers now has it as its last copy. */
static void resend(struct tcpra_cause_context *c, struct tcpra_sent_range *r)
{
    for (; r && seq_before(r->start, c->end); r = tcpra_sent_next(&c->fwd->sent, r)) {
        r->last = copy_of(c);
        if (r->sends == 1)
            r->first_resend_tsval = c->options->tsval;
        if (r->sends < UINT8_MAX)
            r->sends++;
        r->spurious_settled = false;
    }
}

static void retransmitted(struct tcpra_cause_context *c, struct tcpra_sent_range *r)
{
    const struct tcpra_cause_direction *d = c->fwd;

    c->out->original_frame = r->first.frame;
    if (r->sends >= 2)
        c->out->previous_frame = r->last.frame;
    /* Captured beside the receiver: these bytes had arrived. */
    if (d->vantage == TCPRA_VANTAGE_RECEIVER) {
        c->out->flags |= TCPRA_CAUSE_SPURIOUS;
        c->out->spurious_basis = TCPRA_SPURIOUS_ALREADY_RECEIVED;
        c->out->evidence_frame = r->last.frame;
    }
    tcpra_cause_rule_trigger(c);
    resend(c, r);
    extend(c);
}

static void classify_segment(struct tcpra_cause_context *c)
{
    struct tcpra_cause_direction *d = c->fwd;
    struct tcpra_sent_range *r;
    uint32_t hole_end;

    if (!d->data_seen) {
        d->data_seen = d->acked_any = true;
        d->high_end = d->acked = c->seq;
    }
    if (seq_at_or_before(d->high_end, c->seq)) {
        bool again = tcpra_cause_rule_tail_after_gap(c);

        if (again)
            tcpra_cause_rule_trigger(c);
        else if (d->acked == d->high_end)
            d->timer_start = c->seg->time;  /* RFC 6298 section 5.1 */
        if (d->awaiting_release && !again && !c->options->has_timestamps) {
            smooth_half(&d->ack_to_data_ns, &d->has_ack_to_data, tcpra_cause_since(c->seg->time, d->progress_time));
            tcpra_cause_infer_vantage(d);
        }
        d->awaiting_release = false;
        /* The first new data after a timeout whose recovery point the
         * capture missed starts there (the sender's highest sequence number
         * at the timeout). */
        if (d->in_rto_recovery && d->recovery_point_unseen && !again) {
            d->recovery_point = c->seq;
            d->recovery_point_unseen = false;
        }
        extend(c);
        return;
    }
    r = tcpra_sent_find(&d->sent, c->seq);
    if (r) {
        if (!tcpra_cause_rule_network_duplicate(c, r) && !tcpra_cause_rule_original_late(c, r))
            retransmitted(c, r);
        return;
    }
    /* A hole: data this capture never saw before, up to the next range. */
    r = tcpra_sent_from(&d->sent, c->seq);
    hole_end = r && seq_before(r->start, c->end) ? r->start : c->end;
    if (!tcpra_cause_rule_reordered(c))
        tcpra_cause_rule_trigger(c);
    remember(c, c->seq, hole_end);
    if (hole_end != c->end)
        resend(c, tcpra_sent_find(&d->sent, hole_end));
    extend(c);
}

/* Data, after which the probe timer restarts. */
static void classify_data(struct tcpra_cause_context *c)
{
    classify_segment(c);
    c->fwd->last_data_time = c->seg->time;
}

/* The first data echoing the peer's latest TSval answers the ACK that
 * carried it: the sender's half of a round trip as seen here (a round trip
 * beside the receiver, nothing beside the sender). Without timestamps the
 * first new data after the ACK advanced stands for it (classify_segment). */
static void time_echo(struct tcpra_cause_context *c)
{
    const struct tcpra_options *o = c->options;
    struct tcpra_cause_direction *d = c->fwd, *peer = c->rev;

    if (!o->has_timestamps)
        return;
    if (!d->ts_seen || o->tsval != d->ts_value) {
        d->ts_seen = true;
        d->ts_value = o->tsval;
        d->ts_first_seen = c->seg->time;
        d->ts_echoed = false;
    }
    if (c->end == c->seq || !peer->ts_seen || peer->ts_echoed || o->tsecr != peer->ts_value)
        return;
    peer->ts_echoed = true;
    smooth_half(&d->ack_to_data_ns, &d->has_ack_to_data, tcpra_cause_since(c->seg->time, peer->ts_first_seen));
    tcpra_cause_infer_vantage(d);
}

static void note_packet(struct tcpra_cause_context *c)
{
    c->fwd->last_time = c->seg->time;
}

/* Why the verdict rests on less than it should, when nothing worse was
 * noted. */
static void note_doubts(struct tcpra_cause_context *c, bool time_backwards)
{
    struct tcpra_cause *out = c->out;

    if (out->trigger == TCPRA_TRIGGER_NONE && !(out->flags & (TCPRA_CAUSE_REORDERED | TCPRA_CAUSE_NETWORK_DUPLICATE)))
        return;
    if (time_backwards)
        out->unsure = TCPRA_UNSURE_TIME_BACKWARDS;
    else if (!c->options->complete)
        out->unsure = TCPRA_UNSURE_OPTIONS_CUT;
    else if (out->order == TCPRA_ORDER_TIMING)
        out->unsure = c->seg->has_ip_id ? TCPRA_UNSURE_IP_ID_USELESS : TCPRA_UNSURE_NO_ORDER;
    else if (c->fwd->sack_malformed && out->trigger != TCPRA_TRIGGER_NONE)
        out->unsure = TCPRA_UNSURE_SACK_MALFORMED;
    if (out->unsure != TCPRA_UNSURE_NONE)
        out->flags |= TCPRA_CAUSE_LOW_CONFIDENCE;
}

/* The analysis proper; tcpra_cause_analyze() adds the settling. */
static void analyze(const struct tcpra_cause_config *config, struct tcpra_cause_connection *conn, int direction,
                    const struct tcpra_segment *seg, const struct tcpra_options *options, bool has_sequence,
                    struct tcpra_cause *out)
{
    bool syn = (seg->flags & TCPRA_TH_SYN) != 0;
    struct tcpra_cause_context c = {.config = config, .seg = seg, .options = options,
                                    .handshake = &conn->handshake, .direction = direction,
                                    .ip_ids = &conn->ip_ids[direction], .out = out};
    bool time_backwards;

    memset(out, 0, sizeof *out);
    if (!config->enabled)
        return;
    c.seq = seg->seq + (syn ? 1u : 0u);
    c.end = c.seq + (has_sequence ? seg->payload_len : 0u) + ((seg->flags & TCPRA_TH_FIN) ? 1u : 0u);
    tcpra_cause_track_handshake(&c);
    out->vantage = conn->handshake.completed ? conn->handshake.vantage[direction] : TCPRA_VANTAGE_UNKNOWN;
    if (syn && has_sequence)
        tcpra_cause_rule_syn(&c);
    else if (has_sequence && c.end == c.seq)
        check_copied_bare(&c, conn);
    if (!conn->senders && (syn || c.end == c.seq || !has_sequence))
        return;
    if (!senders_of(conn))
        return;
    c.fwd = &conn->senders->dir[direction];
    c.rev = &conn->senders->dir[!direction];
    out->vantage = c.fwd->vantage;
    time_backwards = (int64_t)(seg->time - c.fwd->last_time) < 0 || (int64_t)(seg->time - c.rev->last_time) < 0;
    tcpra_cause_read_ack(&c);
    if (has_sequence && !syn && c.end != c.seq)
        classify_data(&c);
    time_echo(&c);
    note_doubts(&c, time_backwards);
    note_packet(&c);
}

void tcpra_cause_analyze(const struct tcpra_cause_config *config, struct tcpra_cause_connection *conn,
                         int direction, const struct tcpra_segment *seg, const struct tcpra_options *options,
                         bool has_sequence, struct tcpra_cause *out, struct tcpra_frame_list *settled)
{
    analyze(config, conn, direction, seg, options, has_sequence, out);
    if (!(out->flags & TCPRA_CAUSE_NETWORK_DUPLICATE))
        tcpra_ip_id_note(&conn->ip_ids[direction], seg->has_ip_id, seg->ip_id);
    /* Most frames settle nothing and resend nothing: no call for them. */
    if (out->settles_frame)
        tcpra_resend_log_settled(&conn->resends, out, settled);
    else
        settled->count = 0;
    if (out->trigger != TCPRA_TRIGGER_NONE)
        tcpra_resend_log_note(&conn->resends, seg->frame, out);
}

void tcpra_cause_connection_free(struct tcpra_cause_connection *conn)
{
    tcpra_resend_log_free(&conn->resends);
    if (conn->senders) {
        tcpra_cause_direction_free(&conn->senders->dir[0]);
        tcpra_cause_direction_free(&conn->senders->dir[1]);
        free(conn->senders);
    }
    *conn = (struct tcpra_cause_connection){0};
}
