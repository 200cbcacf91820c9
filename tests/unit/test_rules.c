/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Each rule on a state built by hand. */
#include <string.h>

#include "check.h"
#include "context.h"
#include "timestamp.h"

struct fixture {
    struct tcpra_compat_config config;
    struct tcpra_compat_connection conn;
    struct tcpra_segment seg;
    struct tcpra_compat_verdict verdict;
    struct tcpra_options options;
    struct tcpra_context ctx;
};

/* fwd has sent up to 3000 (highest segment at t=100 ms); rev has ACKed 2000
 * three times, last at t=110 ms, window 1000. The segment: fwd resends
 * 2000..2100 at t=115 ms. */
static void setup(struct fixture *f)
{
    memset(f, 0, sizeof *f);
    tcpra_compat_config_defaults(&f->config);
    tcpra_compat_connection_init(&f->conn);
    f->conn.directions[0].next_seq = 3000;
    f->conn.directions[0].next_seq_time = 100 * TCPRA_NS_PER_MS;
    f->conn.directions[0].max_seq_to_be_acked = 3000;
    f->conn.directions[1].last_ack = 2000;
    f->conn.directions[1].last_ack_time = 110 * TCPRA_NS_PER_MS;
    f->conn.directions[1].dupack_count = 3;
    f->conn.directions[1].window = 1000;
    f->conn.directions[1].next_seq = 9000;
    f->seg.time = 115 * TCPRA_NS_PER_MS;
    f->seg.seq = 2000;
    f->seg.ack = 9000;
    f->seg.flags = TCPRA_TH_ACK;
    f->seg.payload_len = 100;
    f->seg.window = 500;
    f->ctx = (struct tcpra_context){&f->config, &f->seg, &f->conn, &f->conn.directions[0],
                                    &f->conn.directions[1], &f->verdict, &f->options};
}

static uint32_t retransmission_verdict(struct fixture *f)
{
    f->verdict.classes = 0;
    tcpra_rule_retransmission(&f->ctx);
    return f->verdict.classes;
}

static void fast_retransmission_boundaries(void)
{
    struct fixture f;

    setup(&f);
    CHECK_EQ(retransmission_verdict(&f), B(FAST_RETRANSMISSION));
    for (unsigned threshold = 1; threshold <= 4; threshold++) {
        setup(&f);
        f.config.dupack_threshold = threshold;
        /* 3 dup ACKs: fast up to threshold 3; at 4, 15 ms > 3 ms: plain. */
        CHECK_EQ(retransmission_verdict(&f),
                 threshold <= 3 ? B(FAST_RETRANSMISSION) : B(RETRANSMISSION));
    }
    setup(&f);
    f.config.fast_rtx_window_ns = 5 * TCPRA_NS_PER_MS;     /* exactly 5 ms: not < */
    CHECK_EQ(retransmission_verdict(&f), B(RETRANSMISSION));
    setup(&f);
    f.config.fast_rtx_window_ns = 5 * TCPRA_NS_PER_MS + 1;
    CHECK_EQ(retransmission_verdict(&f), B(FAST_RETRANSMISSION));
    setup(&f);
    f.conn.directions[1].last_ack = 1900;                   /* asks for another byte */
    CHECK_EQ(retransmission_verdict(&f), B(RETRANSMISSION));
    CHECK(!f.verdict.reasons.reverse_ack_matches);
}

/* Wireshark's unsigned -1 after an "ACKed unseen segment" passes any
 * threshold; the preference turns that off. */
static void spent_dupack_count(void)
{
    struct fixture f;

    setup(&f);
    f.conn.directions[1].dupack_count = -1;
    f.config.dupack_threshold = 1000;
    CHECK_EQ(retransmission_verdict(&f), B(FAST_RETRANSMISSION));
    f.config.unseen_ack_enables_fast_rtx = false;
    CHECK_EQ(retransmission_verdict(&f), B(RETRANSMISSION));
}

static void out_of_order_and_precedence(void)
{
    struct fixture f;

    /* A hole filled 2 ms after the highest segment, no dup ACKs. */
    setup(&f);
    f.conn.directions[1].dupack_count = 0;
    f.seg.time = 102 * TCPRA_NS_PER_MS;
    CHECK_EQ(retransmission_verdict(&f), B(OUT_OF_ORDER));
    CHECK_EQ(f.verdict.reasons.ooo_origin, TCPRA_OOO_FROM_DEFAULT);
    /* 3 ms exactly is not less than the 3 ms default. */
    f.seg.time = 103 * TCPRA_NS_PER_MS;
    CHECK_EQ(retransmission_verdict(&f), B(RETRANSMISSION));
    /* The handshake RTT replaces the default... */
    f.conn.handshake_rtt_ns = 10 * TCPRA_NS_PER_MS;
    CHECK_EQ(retransmission_verdict(&f), B(OUT_OF_ORDER));
    CHECK_EQ(f.verdict.reasons.ooo_origin, TCPRA_OOO_FROM_RTT);
    /* ...unless the threshold is fixed. */
    f.config.ooo_source = TCPRA_OOO_FIXED;
    CHECK_EQ(retransmission_verdict(&f), B(RETRANSMISSION));
    CHECK_EQ(f.verdict.reasons.ooo_origin, TCPRA_OOO_FROM_FIXED);

    /* Both readings fit: the preference decides. */
    setup(&f);
    f.conn.directions[1].last_ack_time = 101 * TCPRA_NS_PER_MS;
    f.seg.time = 102 * TCPRA_NS_PER_MS;
    CHECK_EQ(retransmission_verdict(&f), B(FAST_RETRANSMISSION));
    f.config.fast_rtx_supersedes_ooo = false;
    CHECK_EQ(retransmission_verdict(&f), B(OUT_OF_ORDER));
}

static void resend_of_the_last_segment_is_not_reordering(void)
{
    struct fixture f;

    setup(&f);
    f.conn.directions[1].dupack_count = 0;
    f.seg.seq = 2900;
    f.seg.time = 101 * TCPRA_NS_PER_MS;
    CHECK_EQ(retransmission_verdict(&f), B(RETRANSMISSION));
    CHECK(f.verdict.reasons.ends_at_next_seq);
}

static void spurious_and_new_data(void)
{
    struct fixture f;

    setup(&f);
    f.seg.seq = 1800;
    f.seg.payload_len = 200;        /* ends at 2000, already acknowledged */
    CHECK_EQ(retransmission_verdict(&f), B(SPURIOUS_RETRANSMISSION));
    setup(&f);
    f.seg.seq = 3000;               /* the next byte: nothing to say */
    CHECK_EQ(retransmission_verdict(&f), 0);
    setup(&f);
    f.seg.seq = 2999;               /* one below, with real data: after a probe */
    CHECK_EQ(retransmission_verdict(&f), 0);
}

static void retransmission_refers_to_the_oldest_unacked(void)
{
    struct fixture f;

    setup(&f);
    f.conn.directions[1].dupack_count = 0;
    tcpra_unacked_add(&f.conn.directions[0].unacked, 2000, 2100, 7, 40 * TCPRA_NS_PER_MS, false);
    tcpra_unacked_add(&f.conn.directions[0].unacked, 2100, 3000, 8, 100 * TCPRA_NS_PER_MS, false);
    CHECK_EQ(retransmission_verdict(&f), B(RETRANSMISSION));
    CHECK(f.verdict.has_oldest_unacked);
    CHECK_EQ(f.verdict.oldest_unacked_frame, 7);
    CHECK_EQ(f.verdict.since_oldest_unacked_ns, 75 * TCPRA_NS_PER_MS);
    tcpra_compat_connection_free(&f.conn);
}

static void window_rules(void)
{
    struct fixture f;

    setup(&f);
    f.seg.payload_len = 1;
    f.seg.seq = 3000;
    f.conn.directions[1].window = 0;
    CHECK(tcpra_rule_zero_window_probe(&f.ctx));
    CHECK_EQ(f.verdict.classes, B(ZERO_WINDOW_PROBE));

    setup(&f);
    f.seg.window = 0;
    tcpra_rule_zero_window(&f.ctx);
    CHECK_EQ(f.verdict.classes, B(ZERO_WINDOW));
    f.verdict.classes = 0;
    f.seg.flags |= TCPRA_TH_RST;
    tcpra_rule_zero_window(&f.ctx);
    CHECK_EQ(f.verdict.classes, 0);

    /* rev advertised 1000 << 2 from its ACK at 2000: the edge is 6000. */
    setup(&f);
    f.conn.directions[1].win_scale = 2;
    f.seg.seq = 5900;
    tcpra_rule_window_full(&f.ctx);
    CHECK_EQ(f.verdict.classes, B(WINDOW_FULL));
    setup(&f);                                  /* scale unknown: no verdict */
    f.seg.seq = 2900;
    tcpra_rule_window_full(&f.ctx);
    CHECK_EQ(f.verdict.classes, 0);
    f.conn.directions[1].win_scale = TCPRA_WSCALE_NONE;
    tcpra_rule_window_full(&f.ctx);
    CHECK_EQ(f.verdict.classes, B(WINDOW_FULL));
}

static void ack_rules(void)
{
    struct fixture f;

    /* fwd repeats its ACK 9000 with the same window: a duplicate ACK. */
    setup(&f);
    f.conn.directions[0].last_ack = 9000;
    f.conn.directions[0].window = 500;
    f.conn.directions[0].dupack_count = 1;
    f.conn.directions[0].last_nondup_ack_frame = 42;
    f.seg.seq = 3000;
    f.seg.payload_len = 0;
    tcpra_rule_duplicate_ack(&f.ctx);
    CHECK_EQ(f.verdict.classes, B(DUPLICATE_ACK));
    CHECK_EQ(f.verdict.dupack_num, 2);
    CHECK_EQ(f.verdict.dupack_frame, 42);
    /* A different window makes it a window update instead. */
    setup(&f);
    f.conn.directions[0].last_ack = 9000;
    f.conn.directions[0].window = 400;
    f.seg.seq = 3000;
    f.seg.payload_len = 0;
    tcpra_rule_window_update(&f.ctx);
    tcpra_rule_duplicate_ack(&f.ctx);
    CHECK_EQ(f.verdict.classes, B(WINDOW_UPDATE));

    /* An ACK beyond what rev was seen sending, reported once. */
    setup(&f);
    f.seg.ack = 9500;
    f.conn.directions[1].max_seq_to_be_acked = 9000;
    f.conn.directions[1].dupack_count = 0;
    tcpra_rule_ack_lost_segment(&f.ctx);
    CHECK_EQ(f.verdict.classes, B(ACK_LOST_SEGMENT));
    CHECK_EQ(f.conn.directions[1].dupack_count, -1);
    f.verdict.classes = 0;
    tcpra_rule_ack_lost_segment(&f.ctx);
    CHECK_EQ(f.verdict.classes, 0);

    /* Data beyond the highest byte seen: a segment was not captured. */
    setup(&f);
    f.seg.seq = 3500;
    tcpra_rule_lost_segment(&f.ctx);
    CHECK_EQ(f.verdict.classes, B(LOST_SEGMENT));
}

/* The notes on what this segment's ACK reached, each under its switch. */
static void ack_note_rules(void)
{
    static const struct tcpra_ack_reach none = {false, true, true}, ended = {true, false, false},
                                        cut = {true, true, false}, resent = {true, false, true},
                                        both = {true, true, true};
    struct fixture f;

    setup(&f);
    f.config.partial_ack_note = f.config.ambiguous_ack_note = true;
    tcpra_rule_ack_notes(&f.ctx, none);
    tcpra_rule_ack_notes(&f.ctx, ended);
    CHECK_EQ(f.verdict.classes, 0);
    tcpra_rule_ack_notes(&f.ctx, cut);
    CHECK_EQ(f.verdict.classes, B(PARTIAL_ACK));
    f.verdict.classes = 0;
    tcpra_rule_ack_notes(&f.ctx, resent);
    CHECK_EQ(f.verdict.classes, B(AMBIGUOUS_ACK));
    f.verdict.classes = 0;
    tcpra_rule_ack_notes(&f.ctx, both);
    CHECK_EQ(f.verdict.classes, B(PARTIAL_ACK) | B(AMBIGUOUS_ACK));
    setup(&f);      /* 4.0: neither note */
    tcpra_rule_ack_notes(&f.ctx, both);
    CHECK_EQ(f.verdict.classes, 0);
    f.config.ambiguous_ack_note = true;
    tcpra_rule_ack_notes(&f.ctx, both);
    CHECK_EQ(f.verdict.classes, B(AMBIGUOUS_ACK));
}

/* A resend reaching the out-of-order test marks the newest unacknowledged
 * segment it lies within as sent twice; a fast or spurious one does not. */
static void resend_marks_the_segment_it_lies_within(void)
{
    struct tcpra_unacked *q;
    struct fixture f;

    for (int kind = 0; kind < 4; kind++) {
        setup(&f);
        q = &f.conn.directions[0].unacked;
        tcpra_unacked_add(q, 2000, 3000, 7, 40 * TCPRA_NS_PER_MS, false);
        tcpra_unacked_add(q, 1000, 3000, 8, 50 * TCPRA_NS_PER_MS, false);
        if (kind == 1)
            f.conn.directions[1].dupack_count = 0;      /* not fast: plain */
        if (kind == 2)
            f.config.fast_rtx_supersedes_ooo = false;   /* out-of-order tested first */
        if (kind == 3)
            f.conn.directions[1].last_ack = 2100;       /* already acknowledged */
        CHECK_EQ(retransmission_verdict(&f),
                 kind == 0 || kind == 2 ? B(FAST_RETRANSMISSION)
                 : kind == 1           ? B(RETRANSMISSION)
                                       : B(SPURIOUS_RETRANSMISSION));
        CHECK_EQ(tcpra_unacked_newest(q)->resent, kind == 1 || kind == 2);
        CHECK(!tcpra_unacked_oldest(q)->resent);
        tcpra_unacked_free(q);
    }
}

int main(void)
{
    ack_note_rules();
    resend_marks_the_segment_it_lies_within();
    fast_retransmission_boundaries();
    spent_dupack_count();
    out_of_order_and_precedence();
    resend_of_the_last_segment_is_not_reordering();
    spurious_and_new_data();
    retransmission_refers_to_the_oldest_unacked();
    window_rules();
    ack_rules();
    return check_report("rules");
}
