/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The cause analysis, rule by rule: its estimators and lists on values set
 * by hand, then each rule on a connection fed segment by segment. */
#include <string.h>

#include "cause_analysis.h"
#include "cause_explain.h"
#include "check.h"
#include "rtt_estimator.h"
#include "sack_reading.h"
#include "sent_ranges.h"

#define MS TCPRA_NS_PER_MS

static void rtt_and_timers(void)
{
    struct tcpra_rtt_estimator e = {0};

    CHECK_EQ(tcpra_rto(&e, TCPRA_STACK_LINUX), 1000 * MS);
    CHECK_EQ(tcpra_pto(&e, TCPRA_STACK_LINUX, false), 0);
    tcpra_rtt_sample(&e, 100 * MS);
    CHECK_EQ(e.srtt_ns, 100 * MS);
    CHECK_EQ(e.rttvar_ns, 50 * MS);
    /* Linux: SRTT + max(4 RTTVAR, 200 ms); RFC 6298: at least 1 s. */
    CHECK_EQ(tcpra_rto(&e, TCPRA_STACK_LINUX), 300 * MS);
    CHECK_EQ(tcpra_rto(&e, TCPRA_STACK_RFC), 1000 * MS);
    CHECK_EQ(tcpra_rto_backed_off(300 * MS, 2), 1200 * MS);
    CHECK_EQ(tcpra_rto_backed_off(300 * MS, 20), TCPRA_RTO_MAX_NS);
    /* 2 SRTT; one segment in flight adds 200 ms, capped by the RTO. */
    CHECK_EQ(tcpra_pto(&e, TCPRA_STACK_LINUX, false), 200 * MS);
    CHECK_EQ(tcpra_pto(&e, TCPRA_STACK_LINUX, true), 300 * MS);
    CHECK_EQ(tcpra_pto(&e, TCPRA_STACK_RFC, false), 0);
    /* RFC 6298 section 2.3: RTTVAR = 3/4 50 + 1/4 |100 - 20|; SRTT = 7/8 100 + 1/8 20. */
    tcpra_rtt_sample(&e, 20 * MS);
    CHECK_EQ(e.rttvar_ns, 57500000);
    CHECK_EQ(e.srtt_ns, 90 * MS);
}

static void sack_reading(void)
{
    struct tcpra_sack s = {.count = 2, .left = {1000, 3000}, .right = {2000, 5000}};
    struct tcpra_sack_reading r = tcpra_read_sack(&s, 2500);

    /* The first block lies below the ACK: a D-SACK (RFC 2883 section 4). */
    CHECK(r.has_dsack);
    CHECK_EQ(r.dsack_left, 1000);
    CHECK(r.has_sacked);
    CHECK_EQ(r.sacked_high, 5000);
    /* Within the second block: a D-SACK too. */
    s = (struct tcpra_sack){.count = 2, .left = {3500, 3000}, .right = {4000, 5000}};
    r = tcpra_read_sack(&s, 2500);
    CHECK(r.has_dsack);
    CHECK_EQ(r.dsack_left, 3500);
    /* A block that wraps is ignored. */
    s = (struct tcpra_sack){.count = 1, .left = {5000}, .right = {3000}};
    r = tcpra_read_sack(&s, 2500);
    CHECK(r.malformed);
    CHECK(!r.has_sacked && !r.has_dsack);
}

static void sent_ranges(void)
{
    struct tcpra_sent_ranges list = {0};
    struct tcpra_sent_range r = {.start = 100, .end = 200, .sends = 1};

    tcpra_sent_add(&list, &r);
    r.start = 300, r.end = 400;
    tcpra_sent_add(&list, &r);
    CHECK(tcpra_sent_find(&list, 250) == NULL);
    CHECK_EQ(tcpra_sent_from(&list, 250)->start, 300);
    /* A hole filled later goes in its place. */
    r.start = 200, r.end = 300;
    tcpra_sent_add(&list, &r);
    CHECK_EQ(tcpra_sent_find(&list, 250)->start, 200);
    CHECK_EQ(tcpra_sent_next(&list, tcpra_sent_find(&list, 250))->start, 300);
    tcpra_sent_free(&list);
    /* Past the cap the oldest is forgotten; acknowledged ranges beyond the
     * last 64 are. */
    for (uint32_t i = 0; i < TCPRA_SENT_RANGES_MAX + 10; i++) {
        r.start = i * 10, r.end = i * 10 + 10;
        tcpra_sent_add(&list, &r);
    }
    CHECK_EQ(list.count, TCPRA_SENT_RANGES_MAX);
    CHECK(tcpra_sent_find(&list, 95) == NULL);
    CHECK(tcpra_sent_find(&list, 105) != NULL);
    tcpra_sent_acknowledge(&list, 20000);
    CHECK_EQ(list.count, TCPRA_SENT_RANGES_MAX - (2000 - 10) + TCPRA_SENT_RANGES_ACKED_KEPT);
    CHECK_EQ(list.capacity, 2 * TCPRA_SENT_RANGES_MAX);
    /* The room is halved while a quarter or less of it is used (170 ranges
     * in 512), the ranges kept as they were. */
    tcpra_sent_acknowledge(&list, 40000);
    CHECK_EQ(list.count, TCPRA_SENT_RANGES_MAX + 10 - 4000 + TCPRA_SENT_RANGES_ACKED_KEPT);
    CHECK_EQ(list.capacity, 512);
    CHECK(tcpra_sent_find(&list, 39355) == NULL);
    CHECK_EQ(tcpra_sent_find(&list, 39365)->start, 39360);
    CHECK_EQ(tcpra_sent_find(&list, 41005)->start, 41000);
    tcpra_sent_free(&list);
    /* A range sent twice outlives its ACK, for the D-SACK that may prove
     * the second copy needless; once proved, it goes with the others. */
    for (uint32_t i = 0; i < 300; i++) {
        r.start = i * 10, r.end = i * 10 + 10;
        r.sends = i == 7 || i == 150 ? 2 : 1;
        tcpra_sent_add(&list, &r);
    }
    tcpra_sent_acknowledge(&list, 2000);
    CHECK(tcpra_sent_find(&list, 75) != NULL);
    CHECK(tcpra_sent_find(&list, 85) == NULL);
    CHECK_EQ(list.count, 1 + TCPRA_SENT_RANGES_ACKED_KEPT + 100);
    tcpra_sent_find(&list, 75)->spurious_settled = true;
    tcpra_sent_acknowledge(&list, 3000);
    CHECK(tcpra_sent_find(&list, 75) == NULL);
    CHECK(tcpra_sent_find(&list, 1505) != NULL);
    CHECK_EQ(list.count, 1 + TCPRA_SENT_RANGES_ACKED_KEPT);
    tcpra_sent_free(&list);
}

/* A connection fed by hand: a client 10.0.0.1 and a server 10.0.0.2, both
 * Linux-like (IP IDs counting up, timestamps on, SACK on unless said). */
struct conn {
    struct tcpra_cause_config config;
    struct tcpra_cause_connection state;
    uint32_t frame;
    uint16_t ip_id[2];
    struct tcpra_cause out;
    struct tcpra_frame_list settled;    /* the frames out settles */
    char text[400];
};

enum { CLIENT, SERVER };

struct seg_opts {
    bool no_sack_perm, has_sack, repeat_ip_id;
    uint32_t left, right, left2, right2;
    uint32_t tsval, tsecr;
};

static void send(struct conn *c, int side, double ms, uint32_t seq, uint32_t ack, uint16_t flags, uint32_t len,
                 struct seg_opts o)
{
    struct tcpra_segment s = {0};
    struct tcpra_options opt = {.complete = true, .has_timestamps = true};

    s.frame = ++c->frame;
    s.time = (uint64_t)(ms * 1e6 + 0.5);
    s.seq = seq;
    s.ack = ack;
    s.flags = flags;
    s.has_payload_len = true;
    s.payload_len = len;
    s.has_ip_id = true;
    s.ip_id = o.repeat_ip_id ? c->ip_id[side] : ++c->ip_id[side];
    opt.sack_permitted = (flags & TCPRA_TH_SYN) && !o.no_sack_perm;
    opt.tsval = o.tsval ? o.tsval : (uint32_t)ms;
    opt.tsecr = o.tsecr;
    if (o.has_sack) {
        opt.has_sack = true;
        opt.sack = (struct tcpra_sack){.count = o.left2 ? 2 : 1, .left = {o.left, o.left2},
                                       .right = {o.right, o.right2}};
    }
    tcpra_cause_analyze(&c->config, &c->state, side, &s, &opt, true, &c->out, &c->settled);
    tcpra_cause_explain(&c->out, c->text, sizeof c->text);
}

#define A TCPRA_TH_ACK
#define S TCPRA_TH_SYN
#define NONE ((struct seg_opts){0})

/* Captured beside the server (SYN-ACK at once, the third ACK 10 ms
 * later): the server's data is seen where it is sent; RTT 10 ms. */
static void open_at_server(struct conn *c, bool sack)
{
    memset(c, 0, sizeof *c);
    tcpra_cause_config_defaults(&c->config);
    c->ip_id[CLIENT] = 100;
    c->ip_id[SERVER] = 5000;
    send(c, CLIENT, 0, 1000, 0, S, 0, (struct seg_opts){.no_sack_perm = !sack});
    send(c, SERVER, 0.05, 9000, 1001, S | A, 0, (struct seg_opts){.no_sack_perm = !sack});
    send(c, CLIENT, 10, 1001, 9001, A, 0, NONE);
}

static void end(struct conn *c)
{
    tcpra_cause_connection_free(&c->state);
    tcpra_frame_list_free(&c->settled);
}

static void timeout_and_backoff(void)
{
    struct conn c;

    open_at_server(&c, false);
    /* The client's data would be seen where it arrives. */
    CHECK_EQ(c.out.vantage, TCPRA_VANTAGE_RECEIVER);
    send(&c, SERVER, 20, 9001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_NONE);
    CHECK_EQ(c.out.vantage, TCPRA_VANTAGE_SENDER);
    /* No SACK: no probe; 230 ms of silence >= 3/4 of 10 + 200 ms. */
    send(&c, SERVER, 250, 9001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_RTO);
    CHECK_EQ(c.out.original_frame, 4);
    CHECK_EQ(c.out.backoff, 0);
    CHECK(!strcmp(c.text, "RTO: 230 ms since the timer was armed >= RTO estimate 210 ms (SRTT 10 ms)"));
    /* Again, after 420 ms >= 3/4 of 420: the first backoff. */
    send(&c, SERVER, 670, 9001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.backoff, 1);
    CHECK(!strcmp(c.text, "RTO, 1st backoff: 420 ms since the timer was armed >= RTO estimate 420 ms (SRTT 10 ms)"));
    /* But 300 ms later is too soon for the second backoff's 840 ms: still the
     * same episode, so still the timeout's. */
    send(&c, SERVER, 970, 9001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_RTO);
    CHECK_EQ(c.out.basis, TCPRA_BASIS_RTO_EPISODE);
    end(&c);
}

static void tail_loss_probe(void)
{
    struct conn c;

    open_at_server(&c, true);
    send(&c, SERVER, 20, 9001, 1001, A, 1000, NONE);
    send(&c, SERVER, 20.1, 10001, 1001, A, 1000, NONE);
    /* Two in flight, no ACK: PTO 2 x 10 ms; the last segment resent. */
    send(&c, SERVER, 45, 10001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_TLP);
    CHECK_EQ(c.out.pto_ns, 20 * MS);
    CHECK(!strcmp(c.text, "tail-loss probe: last segment resent 25 ms after it, PTO 20 ms, no loss signalled "
                          "(SRTT 10 ms)"));
    /* The probe was lost: the RTO (re-armed by the probe) resends the first. */
    send(&c, SERVER, 300, 9001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_RTO);
    end(&c);
    /* One segment left in flight: its PTO, 2 SRTT + 200 ms, is capped at the
     * RTO, 210 ms; 215 ms after the ACK both timers had expired, and the
     * trace is a timeout's as much as a probe's. */
    open_at_server(&c, true);
    send(&c, SERVER, 20, 9001, 1001, A, 1000, NONE);
    send(&c, SERVER, 20.1, 10001, 1001, A, 1000, NONE);
    send(&c, CLIENT, 30, 1001, 10001, A, 0, NONE);
    send(&c, SERVER, 245, 10001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_TLP);
    CHECK_EQ(c.out.basis, TCPRA_BASIS_PROBE_OR_TIMEOUT);
    CHECK(!strcmp(c.text, "tail-loss probe (or RTO: the same trace with probes off): last segment resent 225 ms "
                          "after it, PTO 210 ms, RTO estimate 210 ms, no loss signalled (SRTT 10 ms)"));
    end(&c);
    /* RFC 6298's stack sends no probe: the same resend, found lost by RACK
     * long before its 1 s minimum RTO. */
    open_at_server(&c, true);
    c.config.stack = TCPRA_STACK_RFC;
    send(&c, SERVER, 20, 9001, 1001, A, 1000, NONE);
    send(&c, SERVER, 20.1, 10001, 1001, A, 1000, NONE);
    send(&c, SERVER, 45, 10001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_LOSS_RECOVERY);
    CHECK_EQ(c.out.rto_ns, 1000 * MS);
    end(&c);
}

static void loss_recovery_and_dsack(void)
{
    struct conn c;

    open_at_server(&c, true);
    for (uint32_t i = 0; i < 4; i++)
        send(&c, SERVER, 20 + i * 0.1, 9001 + i * 1000, 1001, A, 1000, NONE);
    /* The first is lost; the client SACKs the second. */
    send(&c, CLIENT, 30, 1001, 9001, A, 0, (struct seg_opts){.has_sack = true, .left = 10001, .right = 11001});
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_NONE);
    send(&c, SERVER, 30.01, 9001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_LOSS_RECOVERY);
    CHECK_EQ(c.out.evidence_frame, 8);
    CHECK(!strcmp(c.text, "fast: the receiver signalled a loss (dup ACK or SACK) from frame 8 (SRTT 10 ms)"));
    /* A SACK block that wraps is ignored, and the next verdict says so. */
    send(&c, CLIENT, 30.5, 1001, 9001, A, 0, (struct seg_opts){.has_sack = true, .left = 12001, .right = 11001});
    send(&c, SERVER, 30.6, 10001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.unsure, TCPRA_UNSURE_SACK_MALFORMED);
    CHECK(c.out.flags & TCPRA_CAUSE_LOW_CONFIDENCE);
    /* It was not lost after all: a D-SACK names it, and settles frame 9. */
    send(&c, CLIENT, 40, 1001, 13001, A, 0, (struct seg_opts){.has_sack = true, .left = 9001, .right = 10001});
    CHECK_EQ(c.out.settles_frame, 9);
    CHECK_EQ(c.out.settles_basis, TCPRA_SPURIOUS_DSACK);
    tcpra_cause_explain_settlement(&c.out, c.text, sizeof c.text);
    CHECK(!strcmp(c.text, "evidence: the retransmission in frame 9 was spurious: this D-SACK covers it"));
    end(&c);
}

/* Captured beside the client: the server's data is seen where it arrives. */
static void open_at_client(struct conn *c)
{
    memset(c, 0, sizeof *c);
    tcpra_cause_config_defaults(&c->config);
    c->ip_id[CLIENT] = 100;
    c->ip_id[SERVER] = 5000;
    send(c, CLIENT, 0, 1000, 0, S, 0, NONE);
    send(c, SERVER, 10, 9000, 1001, S | A, 0, NONE);
    send(c, CLIENT, 10.05, 1001, 9001, A, 0, NONE);
}

static void receiver_side_order(void)
{
    struct conn c;

    open_at_client(&c);
    send(&c, SERVER, 19, 7001, 1001, A, 1000, NONE);      /* IP ID 5002 */
    send(&c, SERVER, 19.5, 8001, 1001, A, 1000, NONE);
    send(&c, SERVER, 20, 9001, 1001, A, 1000, NONE);
    c.ip_id[SERVER]++;                                     /* 5005 delayed */
    send(&c, SERVER, 20.1, 11001, 1001, A, 1000, NONE);   /* 5006 */
    CHECK_EQ(c.out.vantage, TCPRA_VANTAGE_RECEIVER);
    /* 5005 arrives late: an original, not a retransmission. */
    c.ip_id[SERVER] = 5004;
    send(&c, SERVER, 20.2, 10001, 1001, A, 1000, NONE);
    CHECK(c.out.flags & TCPRA_CAUSE_REORDERED);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_NONE);
    CHECK(!strcmp(c.text, "reordered: IP ID 5005 before highest segment's 5006"));
    /* The network copies 5005. */
    send(&c, SERVER, 20.3, 10001, 1001, A, 1000, (struct seg_opts){.repeat_ip_id = true});
    CHECK(c.out.flags & TCPRA_CAUSE_NETWORK_DUPLICATE);
    CHECK_EQ(c.out.original_frame, 8);
    /* A hole after 12001 filled by a packet sent after the highest: resent. */
    c.ip_id[SERVER] = 5006;
    send(&c, SERVER, 21, 13001, 1001, A, 1000, NONE);     /* 5007; 12001 lost */
    send(&c, CLIENT, 21.1, 1001, 12001, A, 0, (struct seg_opts){.has_sack = true, .left = 13001, .right = 14001});
    send(&c, SERVER, 31.2, 12001, 1001, A, 1000, NONE);   /* 5008 */
    /* Its SRTT is the handshake's 10 ms: the client's ACK delays seen here
     * are no round trip. */
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_LOSS_RECOVERY);
    CHECK(c.out.flags & TCPRA_CAUSE_HOLE_FILLED);
    CHECK(!strcmp(c.text, "resent, fills a hole (IP ID 5008 after highest segment's 5007); fast: the receiver "
                          "signalled a loss (dup ACK or SACK) from frame 11 (SRTT 10 ms)"));
    CHECK(!(c.out.flags & TCPRA_CAUSE_SPURIOUS));
    /* The original of 12001 (IP ID 5006, before its retransmission's 5008)
     * arrives after all: reordered, and it settles frame 12. */
    c.ip_id[SERVER] = 5005;
    send(&c, SERVER, 31.3, 12001, 1001, A, 1000, NONE);
    CHECK(c.out.flags & TCPRA_CAUSE_REORDERED);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_NONE);
    CHECK_EQ(c.out.settles_frame, 12);
    CHECK_EQ(c.out.settles_basis, TCPRA_SPURIOUS_ORIGINAL_LATE);
    CHECK_EQ(c.settled.count, 1);
    CHECK_EQ(c.settled.frames[0], 12);
    CHECK(!strcmp(c.text, "reordered: IP ID 5006 before its retransmission's 5008"));
    c.ip_id[SERVER] = 5008;
    /* Bytes the receiver had: a needless copy. */
    send(&c, SERVER, 32, 9001, 1001, A, 1000, NONE);
    CHECK(c.out.flags & TCPRA_CAUSE_SPURIOUS);
    CHECK_EQ(c.out.spurious_basis, TCPRA_SPURIOUS_ALREADY_RECEIVED);
    end(&c);
}

/* IP IDs that order nothing (random, or a middlebox's) and segments sent
 * in one timestamp tick with one echo: what else tells a late original from
 * a repair, beside the receiver. */
static void receiver_side_order_without_ip_ids(void)
{
    struct conn c;
    const struct seg_opts tick = {.tsval = 100, .tsecr = 60};

    /* The echo: 8001 echoes TSval 50, older than the SACK that first told
     * of data beyond it (TSval 60); its sender knew of no loss there. */
    open_at_client(&c);
    for (int i = 0; i < 4; i++) {
        c.ip_id[SERVER] = (uint16_t)(7000 + 9001 * i);
        send(&c, SERVER, 19 + 0.1 * i, 3001 + 1000 * (uint32_t)i, 1001, A, 1000,
             (struct seg_opts){.tsval = 100, .tsecr = 50});
    }
    c.ip_id[SERVER] = 41000;
    send(&c, SERVER, 19.5, 8001, 1001, A, 1000, (struct seg_opts){.tsval = 100, .tsecr = 50});
    send(&c, CLIENT, 19.6, 1001, 7001, A, 0,
         (struct seg_opts){.has_sack = true, .left = 8001, .right = 9001, .tsval = 60});
    c.ip_id[SERVER] = 2000;
    send(&c, SERVER, 27, 7001, 1001, A, 1000, (struct seg_opts){.tsval = 100, .tsecr = 50});
    CHECK(c.out.flags & TCPRA_CAUSE_REORDERED);
    CHECK(!(c.out.flags & TCPRA_CAUSE_LOW_CONFIDENCE));
    CHECK(!strcmp(c.text, "reordered: sent before any loss here was known: TSecr 50 before TSval 60 of the "
                          "peer's first ACK telling of data beyond it"));
    /* The same hole filled with an echo of that SACK, a round trip after
     * it: a repair, by timing alone. */
    const struct seg_opts echo = {.tsval = 100, .tsecr = 70};
    c.ip_id[SERVER] = 30000;
    send(&c, SERVER, 28, 10001, 1001, A, 1000, tick);
    send(&c, CLIENT, 28.1, 1001, 9001, A, 0,
         (struct seg_opts){.has_sack = true, .left = 10001, .right = 11001, .tsval = 70});
    send(&c, SERVER, 28.2, 11001, 1001, A, 1000, echo);
    c.ip_id[SERVER] = 100;
    send(&c, SERVER, 40, 9001, 1001, A, 1000, echo);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_LOSS_RECOVERY);
    CHECK(c.out.flags & TCPRA_CAUSE_LOW_CONFIDENCE);
    end(&c);

    /* Without SACK, fewer duplicate ACKs than the threshold start no repair:
     * a hole filled after one is the network's reordering, however late. */
    memset(&c, 0, sizeof c);
    tcpra_cause_config_defaults(&c.config);
    send(&c, CLIENT, 0, 1000, 0, S, 0, (struct seg_opts){.no_sack_perm = true});
    send(&c, SERVER, 10, 9000, 1001, S | A, 0, (struct seg_opts){.no_sack_perm = true});
    send(&c, CLIENT, 10.05, 1001, 9001, A, 0, NONE);
    c.ip_id[SERVER] = 500;
    send(&c, SERVER, 19, 9001, 1001, A, 1000, tick);
    send(&c, CLIENT, 19.1, 1001, 10001, A, 0, (struct seg_opts){.tsval = 60});
    c.ip_id[SERVER] = 20000;
    send(&c, SERVER, 19.2, 11001, 1001, A, 1000, tick);
    send(&c, CLIENT, 19.3, 1001, 10001, A, 0, (struct seg_opts){.tsval = 60});
    c.ip_id[SERVER] = 51000;
    send(&c, SERVER, 27, 10001, 1001, A, 1000, tick);
    CHECK(c.out.flags & TCPRA_CAUSE_REORDERED);
    CHECK(c.out.flags & TCPRA_CAUSE_LOW_CONFIDENCE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_NONE);
    end(&c);
}

/* Frames 4, 5 and 6: data, its RTO and its backed-off RTO (timestamps 20,
 * 250 and 670). */
static void resend_twice(struct conn *c)
{
    open_at_server(c, false);
    send(c, SERVER, 20, 9001, 1001, A, 1000, NONE);
    send(c, SERVER, 250, 9001, 1001, A, 1000, NONE);
    send(c, SERVER, 670, 9001, 1001, A, 1000, NONE);
    CHECK_EQ(c->out.previous_frame, 5);
}

/* Later evidence names the earlier frames it settles: all copies when the
 * first copy arrived, only the last when a retransmission's did. */
static void settling_earlier_frames(void)
{
    struct conn c;

    /* A D-SACK of the bytes: the first copy had arrived. */
    resend_twice(&c);
    send(&c, CLIENT, 680, 1001, 10001, A, 0, (struct seg_opts){.has_sack = true, .left = 9001, .right = 10001});
    CHECK_EQ(c.out.settles_frame, 6);
    CHECK_EQ(c.out.settles_basis, TCPRA_SPURIOUS_DSACK);
    CHECK(c.out.settles_all_copies);
    CHECK_EQ(c.settled.count, 2);
    CHECK_EQ(c.settled.frames[0], 6);
    CHECK_EQ(c.settled.frames[1], 5);
    /* Settled once: the same D-SACK again settles nothing. */
    send(&c, CLIENT, 681, 1001, 10001, A, 0, (struct seg_opts){.has_sack = true, .left = 9001, .right = 10001});
    CHECK_EQ(c.out.settles_frame, 0);
    CHECK_EQ(c.settled.count, 0);
    end(&c);
    /* The ACK echoes the first copy's TSval (Eifel): both resends needless. */
    resend_twice(&c);
    send(&c, CLIENT, 680, 1001, 10001, A, 0, (struct seg_opts){.tsecr = 20});
    CHECK_EQ(c.out.settles_basis, TCPRA_SPURIOUS_EIFEL);
    CHECK_EQ(c.settled.count, 2);
    end(&c);
    /* It echoes the first resend's: only the second was needless. */
    resend_twice(&c);
    send(&c, CLIENT, 680, 1001, 10001, A, 0, (struct seg_opts){.tsecr = 250});
    CHECK_EQ(c.out.settles_basis, TCPRA_SPURIOUS_EIFEL);
    CHECK(!c.out.settles_all_copies);
    CHECK_EQ(c.settled.count, 1);
    CHECK_EQ(c.settled.frames[0], 6);
    end(&c);
}

static void syn_again(void)
{
    struct conn c;

    memset(&c, 0, sizeof c);
    tcpra_cause_config_defaults(&c.config);
    send(&c, CLIENT, 0, 1000, 0, S, 0, NONE);
    send(&c, CLIENT, 1000, 1000, 0, S, 0, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_SYN);
    CHECK_EQ(c.out.original_frame, 1);
    CHECK(!(c.out.flags & TCPRA_CAUSE_SPURIOUS));
    CHECK(!strcmp(c.text, "SYN resent 1000 ms after the previous copy"));
    /* Answered, then sent again: the answer shows the SYN had arrived. */
    send(&c, SERVER, 1010, 9000, 1001, S | A, 0, NONE);
    send(&c, CLIENT, 3000, 1000, 0, S, 0, NONE);
    CHECK(c.out.flags & TCPRA_CAUSE_SPURIOUS);
    CHECK_EQ(c.out.evidence_frame, 3);
    /* Disabled: nothing. */
    c.config.enabled = false;
    send(&c, CLIENT, 4000, 1000, 0, S, 0, NONE);
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_NONE);
    end(&c);
}

/* Between the hosts: both handshake gaps moderate. Then a capture whose
 * time runs backwards: a verdict, of low confidence, saying why. */
static void middle_and_doubts(void)
{
    struct conn c;

    memset(&c, 0, sizeof c);
    tcpra_cause_config_defaults(&c.config);
    send(&c, CLIENT, 0, 1000, 0, S, 0, NONE);
    send(&c, SERVER, 5, 9000, 1001, S | A, 0, NONE);
    send(&c, CLIENT, 10, 1001, 9001, A, 0, NONE);
    CHECK_EQ(c.out.vantage, TCPRA_VANTAGE_MIDDLE);
    send(&c, SERVER, 20, 9001, 1001, A, 1000, NONE);
    CHECK_EQ(c.out.vantage, TCPRA_VANTAGE_MIDDLE);
    /* Its TSval says it was sent after the first copy: a retransmission. */
    send(&c, SERVER, 15, 9001, 1001, A, 1000, (struct seg_opts){.tsval = 21});
    CHECK_EQ(c.out.trigger, TCPRA_TRIGGER_LOSS_RECOVERY);
    CHECK_EQ(c.out.unsure, TCPRA_UNSURE_TIME_BACKWARDS);
    CHECK(strstr(c.text, "; low confidence: the capture's time went backwards") != NULL);
    CHECK(!strcmp(tcpra_cause_doubt(&c.out), "the capture's time went backwards"));
    end(&c);
}

int main(void)
{
    rtt_and_timers();
    sack_reading();
    sent_ranges();
    timeout_and_backoff();
    tail_loss_probe();
    loss_recovery_and_dsack();
    receiver_side_order();
    receiver_side_order_without_ip_ids();
    settling_earlier_frames();
    syn_again();
    middle_and_doubts();
    return check_report("cause");
}
