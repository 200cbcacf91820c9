/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The switches that differ between Wireshark releases, each on a whole
 * conversation, at each release's settings and with the switch alone. */
#include "check.h"
#include "conversation.h"

#define F TCPRA_TH_FIN
#define R TCPRA_TH_RST
#define S TCPRA_TH_SYN

static struct tcpra_config release(enum tcpra_behaviour r)
{
    struct tcpra_config config;

    tcpra_config_defaults(&config);
    tcpra_config_behave_like(&config.compat, r);
    return config;
}

/* 4.0's settings with one switch as 4.4 has it, set by the caller. */
static struct tcpra_config only(void)
{
    return release(TCPRA_BEHAVE_4_0);
}

/* A conversation after its handshake (RTT 20 ms) and, at 30 ms, the
 * client's first 100 bytes, 1001-1101. */
static void begin(struct conversation *c, const struct tcpra_config *config)
{
    conversation_start(c, config);
    handshake(c);
    send_seg(c, CLIENT, 30, 1001, 5001, A, 100, 1000);
}

/* A pure ACK of the server carrying one SACK block. */
static uint32_t sack_ack(struct conversation *c, double ms, uint32_t ack, uint16_t window,
                         uint32_t left, uint32_t right)
{
    static uint8_t opts[12];
    const uint8_t bytes[12] = {1, 1, 5, 10, left >> 24, left >> 16, left >> 8, left,
                               right >> 24, right >> 16, right >> 8, right};
    struct tcpra_segment s = make_segment(SERVER, ms, 5001, ack, A, 0, window);

    memcpy(opts, bytes, sizeof opts);
    s.header_len = s.captured_len = 32;
    s.options = opts;
    s.options_len = sizeof opts;
    return feed(c, s);
}

static bool same_switches(const struct tcpra_config *a, const struct tcpra_config *b)
{
    for (int s = 0; s < TCPRA_SWITCH_COUNT; s++) {
        if (tcpra_config_switch_on(&a->compat, (enum tcpra_release_switch)s) !=
            tcpra_config_switch_on(&b->compat, (enum tcpra_release_switch)s))
            return false;
    }
    return true;
}

/* Each release has each switch as release_switches.h says, and a switch set
 * on or off reads back so. */
static void releases_follow_the_table(void)
{
    for (int r = 0; r < TCPRA_BEHAVE_COUNT; r++) {
        struct tcpra_config config = release((enum tcpra_behaviour)r);

        for (int s = 0; s < TCPRA_SWITCH_COUNT; s++) {
            enum tcpra_release_switch which = (enum tcpra_release_switch)s;

            CHECK_EQ(tcpra_config_switch_on(&config.compat, which), tcpra_switch_infos[s].on_in[r]);
            tcpra_config_set_switch(&config.compat, which, !tcpra_switch_infos[s].on_in[r]);
            CHECK_EQ(tcpra_config_switch_on(&config.compat, which), !tcpra_switch_infos[s].on_in[r]);
        }
    }
}

static void defaults_are_4_0_and_releases_differ(void)
{
    struct tcpra_config d, r40 = release(TCPRA_BEHAVE_4_0), r44 = release(TCPRA_BEHAVE_4_4),
                           r46 = release(TCPRA_BEHAVE_4_6);

    tcpra_config_defaults(&d);
    CHECK(same_switches(&d, &r40));
    CHECK(!same_switches(&r40, &r44) && !same_switches(&r44, &r46));
    CHECK(!r40.compat.sack_fast_rtx && r44.compat.sack_fast_rtx && r46.compat.sack_fast_rtx);
    CHECK_EQ(r40.compat.ack_unseen_moves_to_ack, TCPRA_UNSEEN_ONCE_PER_HOLE);
    CHECK_EQ(r44.compat.ack_unseen_moves_to_ack, TCPRA_UNSEEN_MOVE_TO_ACK);
    CHECK_EQ(r44.compat.ooo_since_peer, TCPRA_OOO_SINCE_HIGHEST);
    CHECK_EQ(r46.compat.ooo_since_peer, TCPRA_OOO_SINCE_PEER);
    CHECK_EQ(r46.compat.dupack_threshold, 2);
}

/* Three segments; the server ACKs the first and twice asks again for the
 * second, holding the third (SACK 1201-1301); the client resends the
 * third. Wireshark 4.4 compares the block made relative to the ISN (201-301)
 * with the absolute 1201: not covered, so "fast". */
static uint32_t resend_sacked(const struct tcpra_config *config)
{
    struct conversation c;
    uint32_t bits;

    begin(&c, config);
    send_seg(&c, CLIENT, 31, 1101, 5001, A, 100, 1000);
    send_seg(&c, CLIENT, 32, 1201, 5001, A, 100, 1000);
    send_seg(&c, SERVER, 40, 5001, 1101, A, 0, 1000);
    sack_ack(&c, 41, 1101, 1000, 1201, 1301);
    sack_ack(&c, 42, 1101, 1000, 1201, 1301);
    bits = send_seg(&c, CLIENT, 45, 1201, 5001, A, 100, 1000);
    conversation_end(&c);
    return bits;
}

static void sack_fast_retransmission(void)
{
    struct tcpra_config config = release(TCPRA_BEHAVE_4_4);

    CHECK_EQ(resend_sacked(&config), B(RETRANSMISSION) | B(FAST_RETRANSMISSION));
    config = only();
    CHECK_EQ(resend_sacked(&config), B(RETRANSMISSION));
    config.compat.sack_fast_rtx = true;
    config.compat.sack_relative_edges = true;
    CHECK_EQ(resend_sacked(&config), B(RETRANSMISSION) | B(FAST_RETRANSMISSION));
    /* Compared as absolute numbers, the block holds it: not fast. */
    config.compat.sack_relative_edges = false;
    CHECK_EQ(resend_sacked(&config), B(RETRANSMISSION));
}

static void window_update_with_sack_is_a_duplicate_ack(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int on = 0; on <= 1; on++) {
        config.compat.sack_window_update_is_dupack = on;
        begin(&c, &config);
        send_seg(&c, SERVER, 40, 5001, 1101, A, 0, 1000);
        CHECK_EQ(sack_ack(&c, 41, 1101, 2000, 1201, 1301),
                 on ? B(DUPLICATE_ACK) : B(WINDOW_UPDATE));
        CHECK_EQ(c.last.compat.dupack_num, on ? 1 : 0);
        conversation_end(&c);
    }
}

/* The server closes its window; the client probes it with one byte. */
static void probe_zero_window(struct conversation *c, const struct tcpra_config *config)
{
    begin(c, config);
    send_seg(c, SERVER, 40, 5001, 1101, A, 0, 0);
    CHECK_EQ(send_seg(c, CLIENT, 50, 1101, 5001, A, 1, 1000), B(ZERO_WINDOW_PROBE));
}

static void zero_window_probe_byte_taken_in(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int on = 0; on <= 1; on++) {
        config.compat.zero_window_probe_consumed = on;
        /* The probe ACK covers the probe's byte... */
        probe_zero_window(&c, &config);
        CHECK_EQ(send_seg(&c, SERVER, 51, 5001, 1102, A, 0, 0),
                 on ? B(ZERO_WINDOW_PROBE_ACK) | B(ZERO_WINDOW)
                    : B(ZERO_WINDOW) | B(ACK_LOST_SEGMENT));
        /* ...so the next byte is the client's next segment. */
        CHECK_EQ(send_seg(&c, CLIENT, 60, 1102, 5001, A, 100, 1000), on ? 0 : B(LOST_SEGMENT));
        conversation_end(&c);
        /* The window opens with an ACK of the probe's byte. */
        probe_zero_window(&c, &config);
        CHECK_EQ(send_seg(&c, SERVER, 51, 5001, 1102, A, 0, 1000),
                 on ? B(WINDOW_UPDATE) : B(ACK_LOST_SEGMENT));
        conversation_end(&c);
    }
}

/* 1101-1201 was not captured. The server ACKs 1251, inside 1201-1301, then
 * 1301: 4.0 moved its boundary to 1401 at the first, 4.4 to the ACK. Then
 * two ACKs beyond anything sent: 4.0 reports the first only. */
static void ack_unseen_rules(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int on = 0; on <= 1; on++) {
        config.compat.ack_unseen_moves_to_ack = on ? TCPRA_UNSEEN_MOVE_TO_ACK : TCPRA_UNSEEN_ONCE_PER_HOLE;
        begin(&c, &config);
        CHECK_EQ(send_seg(&c, CLIENT, 31, 1201, 5001, A, 100, 1000), B(LOST_SEGMENT));
        send_seg(&c, CLIENT, 32, 1301, 5001, A, 100, 1000);
        CHECK_EQ(send_seg(&c, SERVER, 40, 5001, 1251, A, 0, 1000), B(ACK_LOST_SEGMENT));
        CHECK_EQ(send_seg(&c, SERVER, 41, 5001, 1301, A, 0, 1000), on ? B(ACK_LOST_SEGMENT) : 0);
        send_seg(&c, SERVER, 42, 5001, 1401, A, 0, 1000);
        CHECK_EQ(send_seg(&c, SERVER, 43, 5001, 1501, A, 0, 1000), B(ACK_LOST_SEGMENT));
        CHECK_EQ(send_seg(&c, SERVER, 44, 5001, 1601, A, 0, 1000), on ? B(ACK_LOST_SEGMENT) : 0);
        conversation_end(&c);
    }
}

/* Unseen 1101-1201; the server ACKs 1201, where the run 1201-1401 starts:
 * with the 4.4 rule the boundary moves past it, so 1301 is no news. */
static void ack_unseen_run_of_segments(void)
{
    struct tcpra_config config = release(TCPRA_BEHAVE_4_4);
    struct conversation c;

    begin(&c, &config);
    send_seg(&c, CLIENT, 31, 1201, 5001, A, 100, 1000);
    send_seg(&c, CLIENT, 32, 1301, 5001, A, 100, 1000);
    CHECK_EQ(send_seg(&c, SERVER, 40, 5001, 1201, A, 0, 1000), B(ACK_LOST_SEGMENT));
    CHECK_EQ(send_seg(&c, SERVER, 41, 5001, 1301, A, 0, 1000), 0);
    conversation_end(&c);
}

/* Two segments, then the first again 1 ms later: it lies within an
 * unacknowledged segment. */
static void unacked_data_is_not_out_of_order(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int on = 0; on <= 1; on++) {
        config.compat.ooo_excludes_unacked = on;
        begin(&c, &config);
        send_seg(&c, CLIENT, 31, 1101, 5001, A, 100, 1000);
        CHECK_EQ(send_seg(&c, CLIENT, 32, 1001, 5001, A, 100, 1000),
                 on ? B(RETRANSMISSION) : B(OUT_OF_ORDER));
        conversation_end(&c);
    }
}

/* An empty segment jumps to 1201; then 1101-1201 arrives and ends there. */
static void out_of_order_up_to_an_empty_highest(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int on = 0; on <= 1; on++) {
        config.compat.ooo_after_empty_highest = on;
        begin(&c, &config);
        CHECK_EQ(send_seg(&c, CLIENT, 31, 1201, 5001, A, 0, 1000), B(LOST_SEGMENT));
        CHECK_EQ(send_seg(&c, CLIENT, 32, 1101, 5001, A, 100, 1000),
                 on ? B(OUT_OF_ORDER) : B(RETRANSMISSION));
        conversation_end(&c);
    }
}

/* Frames 4, 5, 6 carry 1001, 1101, 1201; the first is ACKed; 1201 is sent
 * again much later. */
static void retransmission_refers_to_the_matching_segment(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int on = 0; on <= 1; on++) {
        config.compat.rto_from_matching_segment = on;
        begin(&c, &config);
        send_seg(&c, CLIENT, 31, 1101, 5001, A, 100, 1000);
        send_seg(&c, CLIENT, 32, 1201, 5001, A, 100, 1000);
        send_seg(&c, SERVER, 40, 5001, 1101, A, 0, 1000);
        CHECK_EQ(send_seg(&c, CLIENT, 300, 1201, 5001, A, 100, 1000), B(RETRANSMISSION));
        CHECK_EQ(c.last.compat.oldest_unacked_frame, on ? 6 : 5);
        conversation_end(&c);
    }
}

/* The client closes, then sends a SYN with its old ISN. */
static void new_connection_after_close(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int on = 0; on <= 1; on++) {
        config.compat.restart_after_close = on;
        conversation_start(&c, &config);
        handshake(&c);
        send_seg(&c, CLIENT, 30, 1001, 5001, F | A, 0, 1000);
        CHECK_EQ(send_seg(&c, CLIENT, 500, 1000, 0, S, 0, 1000),
                 on ? B(REUSED_PORTS) : B(RETRANSMISSION));
        conversation_end(&c);
    }
    /* An RST closes too. */
    config.compat.restart_after_close = true;
    conversation_start(&c, &config);
    handshake(&c);
    send_seg(&c, SERVER, 30, 5001, 1001, R | A, 0, 0);
    CHECK_EQ(send_seg(&c, CLIENT, 500, 1000, 0, S, 0, 1000), B(REUSED_PORTS));
    conversation_end(&c);
}

/* After the handshake, the server sends a SYN-ACK with another ISN. */
static void syn_ack_with_a_new_isn(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int on = 0; on <= 1; on++) {
        config.compat.syn_ack_restarts = on;
        conversation_start(&c, &config);
        handshake(&c);
        /* Only renumbered, the direction still expects 5001. */
        CHECK_EQ(send_seg(&c, SERVER, 30, 7000, 1001, S | A, 0, 1000),
                 on ? B(REUSED_PORTS) : B(REUSED_PORTS) | B(LOST_SEGMENT));
        CHECK_EQ(c.last.connection, on ? 1 : 0);
        conversation_end(&c);
    }
}

/* 1051-1151 again, 1 ms after the highest segment but 22 ms after the
 * server's SYN-ACK, its last packet (RTT 20 ms). */
static void out_of_order_clock(void)
{
    struct tcpra_config config = only();
    struct conversation c;

    for (int peer = 0; peer <= 1; peer++) {
        config.compat.ooo_since_peer = peer ? TCPRA_OOO_SINCE_PEER : TCPRA_OOO_SINCE_HIGHEST;
        conversation_start(&c, &config);
        send_seg(&c, CLIENT, 0, 1000, 0, S, 0, 1000);
        send_seg(&c, SERVER, 10, 5000, 1001, S | A, 0, 1000);
        send_seg(&c, CLIENT, 20, 1001, 5001, A, 0, 1000);
        send_seg(&c, CLIENT, 30, 1001, 5001, A, 100, 1000);
        send_seg(&c, CLIENT, 31, 1101, 5001, A, 100, 1000);
        CHECK_EQ(send_seg(&c, CLIENT, 32, 1051, 5001, A, 100, 1000),
                 peer ? B(RETRANSMISSION) : B(OUT_OF_ORDER));
        CHECK_EQ(c.last.compat.reasons.ooo_clock, peer ? TCPRA_OOO_SINCE_PEER : TCPRA_OOO_SINCE_HIGHEST);
        CHECK_EQ(c.last.compat.reasons.since_reverse_ns, 22 * TCPRA_NS_PER_MS);
        CHECK_EQ(c.last.compat.reasons.since_highest_ns, 1 * TCPRA_NS_PER_MS);
        /* Stamped before the server's last packet: within any threshold
         * from the peer, beyond any from the highest segment. */
        CHECK_EQ(send_seg(&c, CLIENT, 5, 1051, 5001, A, 100, 1000),
                 peer ? B(OUT_OF_ORDER) : B(RETRANSMISSION));
        conversation_end(&c);
    }
}

/* 1001-1101 resent after a timeout, then ACKed in two halves: the first
 * ACK cuts the original, the second ends it, and it went out twice. */
static void partial_and_ambiguous_ack_notes(void)
{
    for (int r = 0; r <= TCPRA_BEHAVE_COUNT; r++) {
        /* Each release, then 4.0 with both notes on. */
        struct tcpra_config config = release(r < TCPRA_BEHAVE_COUNT ? (enum tcpra_behaviour)r
                                                                    : TCPRA_BEHAVE_4_0);
        bool partial = r != TCPRA_BEHAVE_4_0, ambiguous = r >= TCPRA_BEHAVE_4_6;
        struct conversation c;

        if (r == TCPRA_BEHAVE_COUNT)
            config.compat.partial_ack_note = config.compat.ambiguous_ack_note = true;
        begin(&c, &config);
        CHECK_EQ(send_seg(&c, CLIENT, 300, 1001, 5001, A, 100, 1000), B(RETRANSMISSION));
        CHECK_EQ(send_seg(&c, SERVER, 310, 5001, 1051, A, 0, 1000),
                 (partial ? B(PARTIAL_ACK) : 0) | (ambiguous ? B(AMBIGUOUS_ACK) : 0));
        CHECK_EQ(send_seg(&c, SERVER, 311, 5001, 1101, A, 0, 1000), ambiguous ? B(AMBIGUOUS_ACK) : 0);
        conversation_end(&c);
    }
}

int main(void)
{
    defaults_are_4_0_and_releases_differ();
    partial_and_ambiguous_ack_notes();
    releases_follow_the_table();
    sack_fast_retransmission();
    window_update_with_sack_is_a_duplicate_ack();
    zero_window_probe_byte_taken_in();
    ack_unseen_rules();
    ack_unseen_run_of_segments();
    unacked_data_is_not_out_of_order();
    out_of_order_up_to_an_empty_highest();
    retransmission_refers_to_the_matching_segment();
    new_connection_after_close();
    syn_ack_with_a_new_isn();
    out_of_order_clock();
    return check_report("releases");
}
