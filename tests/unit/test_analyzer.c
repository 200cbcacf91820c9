/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Whole conversations through the analyzer. */
#include "check.h"
#include "conversation.h"

static struct tcpra_config defaults(void)
{
    struct tcpra_config c;

    tcpra_config_defaults(&c);
    return c;
}

/* Client sends 1001..4001 in three segments at 30, 31, 32 ms; the first is
 * lost; from 60 ms (past the 20 ms handshake RTT, so never reordering) the
 * server sends `dupacks` dup ACKs of 1001, 1 ms apart, with a window far
 * larger than the flight; the client resends 1001 `gap_ms` after the last. */
static uint32_t dupack_scenario(struct tcpra_config config, int dupacks, double gap_ms)
{
    struct conversation c;
    double t = 60;
    uint32_t verdict;

    conversation_start(&c, &config);
    handshake(&c);
    send_seg(&c, CLIENT, 30, 1001, 5001, A, 1000, 1000);
    send_seg(&c, CLIENT, 31, 2001, 5001, A, 1000, 1000);
    send_seg(&c, CLIENT, 32, 3001, 5001, A, 1000, 1000);
    send_seg(&c, SERVER, 59, 5001, 1001, A, 0, 60000);         /* the ACK duplicated */
    for (int i = 0; i < dupacks; i++, t += 1)
        CHECK_EQ(send_seg(&c, SERVER, t, 5001, 1001, A, 0, 60000), B(DUPLICATE_ACK));
    verdict = send_seg(&c, CLIENT, t - 1 + gap_ms, 1001, 5001, A, 1000, 1000);
    conversation_end(&c);
    return verdict;
}

static void fast_retransmission_table(void)
{
    const uint32_t fast = B(FAST_RETRANSMISSION) | B(RETRANSMISSION), plain = B(RETRANSMISSION);

    for (unsigned threshold = 1; threshold <= 4; threshold++) {
        const double windows[] = {5, 20, 100};

        for (int w = 0; w < 3; w++) {
            struct tcpra_config config = defaults();

            config.compat.dupack_threshold = threshold;
            config.compat.fast_rtx_window_ns = (uint64_t)windows[w] * TCPRA_NS_PER_MS;
            for (int dupacks = 1; dupacks <= 4; dupacks++) {
                const double gaps[] = {4, 19.9, 20, 60};

                for (int g = 0; g < 4; g++) {
                    int is_fast = dupacks >= (int)threshold && gaps[g] < windows[w];

                    CHECK_EQ(dupack_scenario(config, dupacks, gaps[g]), is_fast ? fast : plain);
                }
            }
        }
    }
}

static void handshake_rtt_sets_reordering_threshold(void)
{
    struct tcpra_config config = defaults();
    struct conversation c;

    conversation_start(&c, &config);
    handshake(&c);
    send_seg(&c, CLIENT, 30, 1101, 5001, A, 100, 1000);        /* 1001..1101 missing */
    CHECK(c.last.compat.classes & B(LOST_SEGMENT));
    /* 15 ms later (< 20 ms RTT), the hole is filled: reordering. */
    CHECK_EQ(send_seg(&c, CLIENT, 45, 1001, 5001, A, 100, 1000), B(OUT_OF_ORDER));
    CHECK_EQ(c.last.compat.reasons.ooo_origin, TCPRA_OOO_FROM_RTT);
    CHECK_EQ(c.last.compat.reasons.ooo_threshold_ns, 20 * TCPRA_NS_PER_MS);
    conversation_end(&c);
}

static void plain_retransmission_refers_to_oldest_unacked(void)
{
    struct tcpra_config config = defaults();
    struct conversation c;

    conversation_start(&c, &config);
    handshake(&c);
    send_seg(&c, CLIENT, 30, 1001, 5001, A, 100, 1000);        /* frame 4 */
    CHECK_EQ(send_seg(&c, CLIENT, 250, 1001, 5001, A, 100, 1000), B(RETRANSMISSION));
    CHECK(c.last.compat.has_oldest_unacked);
    CHECK_EQ(c.last.compat.oldest_unacked_frame, 4);
    CHECK_EQ(c.last.compat.since_oldest_unacked_ns, 220 * TCPRA_NS_PER_MS);
    /* The ACK retires both; a third copy is spurious. */
    send_seg(&c, SERVER, 260, 5001, 1101, A, 0, 1000);
    CHECK_EQ(send_seg(&c, CLIENT, 270, 1001, 5001, A, 100, 1000),
             B(SPURIOUS_RETRANSMISSION) | B(RETRANSMISSION));
    conversation_end(&c);
}

static void syn_retransmission_and_port_reuse(void)
{
    struct tcpra_config config = defaults();
    struct conversation c;
    uint32_t first_flow;

    conversation_start(&c, &config);
    send_seg(&c, CLIENT, 0, 1000, 0, TCPRA_TH_SYN, 0, 1000);
    first_flow = c.last.connection;
    CHECK_EQ(send_seg(&c, CLIENT, 1000, 1000, 0, TCPRA_TH_SYN, 0, 1000), B(RETRANSMISSION));
    CHECK_EQ(c.last.connection, first_flow);
    CHECK_EQ(send_seg(&c, SERVER, 1001, 5000, 0, TCPRA_TH_RST | A, 0, 0), 0);
    /* A SYN with a new ISN on the same ports: a new connection. */
    CHECK_EQ(send_seg(&c, CLIENT, 5000, 77777, 0, TCPRA_TH_SYN, 0, 1000), B(REUSED_PORTS));
    CHECK(c.last.connection != first_flow);
    conversation_end(&c);
}

/* A connection seen once keeps no state; its second packet is classified
 * on the state the first left, the first's options (window scaling)
 * included. */
static void connections_seen_once_keep_no_state(void)
{
    static const uint8_t wscale_7[] = {1, 3, 3, 7};    /* NOP, window scale 7 */
    struct tcpra_config config = defaults();
    struct conversation c;
    struct tcpra_segment s;
    enum { COUNT = 20000, PICKED = 12345 };

    conversation_start(&c, &config);
    for (uint16_t i = 0; i < COUNT; i++) {
        s = make_segment(CLIENT, i * 0.01, 1000, 0, TCPRA_TH_SYN, 0, 1000);
        s.src_port = (uint16_t)(20000 + i);
        s.header_len = s.captured_len = 24;
        s.options = wscale_7;
        s.options_len = sizeof wscale_7;
        CHECK_EQ(feed(&c, s), 0);
    }
    CHECK_EQ(c.analyzer.connections.count, COUNT);
    CHECK_EQ(c.analyzer.connections.states, 0);
    /* The picked connection's SYN again: a retransmission of it. */
    s.src_port = 20000 + PICKED;
    s.time += 1000000000u;
    CHECK_EQ(feed(&c, s), B(RETRANSMISSION));
    CHECK_EQ(c.last.connection, PICKED);
    CHECK_EQ(c.analyzer.connections.states, 1);
    /* Scaled by 2^7 both ways: 10 segments of 1024 bytes fill the server's
     * window of 80 * 128 (a SYN's own window is never scaled). */
    s = make_segment(SERVER, 300, 5000, 1001, TCPRA_TH_SYN | A, 0, 80);
    s.dst_port = 20000 + PICKED;
    s.header_len = s.captured_len = 24;
    s.options = wscale_7;
    s.options_len = sizeof wscale_7;
    feed(&c, s);
    s = make_segment(CLIENT, 310, 1001, 5001, A, 0, 1000);
    s.src_port = 20000 + PICKED;
    feed(&c, s);
    s = make_segment(SERVER, 315, 5001, 1001, A, 0, 80);
    s.dst_port = 20000 + PICKED;
    feed(&c, s);
    for (uint32_t k = 0; k < 10; k++) {
        s = make_segment(CLIENT, 320 + k, 1001 + k * 1024, 5001, A, 1024, 1000);
        s.src_port = 20000 + PICKED;
        CHECK_EQ(feed(&c, s) & B(WINDOW_FULL), k == 9 ? B(WINDOW_FULL) : 0);
    }
    CHECK_EQ(c.analyzer.connections.states, 1);
    conversation_end(&c);
}

static void keep_alive_and_zero_window(void)
{
    struct tcpra_config config = defaults();
    struct conversation c;

    conversation_start(&c, &config);
    handshake(&c);
    send_seg(&c, CLIENT, 30, 1001, 5001, A, 100, 1000);
    send_seg(&c, SERVER, 40, 5001, 1101, A, 0, 1000);
    CHECK_EQ(send_seg(&c, CLIENT, 5000, 1100, 5001, A, 0, 1000), B(KEEP_ALIVE));
    CHECK_EQ(send_seg(&c, SERVER, 5001, 5001, 1101, A, 0, 1000), B(KEEP_ALIVE_ACK));
    CHECK_EQ(send_seg(&c, SERVER, 6000, 5001, 1101, A, 0, 0), B(ZERO_WINDOW));
    CHECK_EQ(send_seg(&c, CLIENT, 6100, 1101, 5001, A, 1, 1000), B(ZERO_WINDOW_PROBE));
    CHECK_EQ(send_seg(&c, SERVER, 6101, 5001, 1101, A, 0, 0),
             B(ZERO_WINDOW) | B(ZERO_WINDOW_PROBE_ACK));
    CHECK_EQ(send_seg(&c, SERVER, 7000, 5001, 1101, A, 0, 1000), B(WINDOW_UPDATE));
    conversation_end(&c);
}

static void window_full_uses_the_negotiated_scale(void)
{
    struct tcpra_config config = defaults();
    struct conversation c;
    const uint8_t ws2[] = {3, 3, 2, 1};
    struct tcpra_segment s;

    conversation_start(&c, &config);
    s = make_segment(CLIENT, 0, 1000, 0, TCPRA_TH_SYN, 0, 1000);
    s.header_len = 24, s.captured_len = 24, s.options = ws2, s.options_len = 4;
    feed(&c, s);
    s = make_segment(SERVER, 10, 5000, 1001, TCPRA_TH_SYN | A, 0, 1000);
    s.header_len = 24, s.captured_len = 24, s.options = ws2, s.options_len = 4;
    feed(&c, s);
    send_seg(&c, CLIENT, 20, 1001, 5001, A, 0, 1000);
    send_seg(&c, SERVER, 21, 5001, 1001, A, 0, 1000);           /* 1000 << 2 = 4000 */
    CHECK_EQ(send_seg(&c, CLIENT, 30, 1001, 5001, A, 2000, 1000), 0);
    CHECK_EQ(send_seg(&c, CLIENT, 31, 3001, 5001, A, 2000, 1000), B(WINDOW_FULL));
    conversation_end(&c);
}

static void sequence_wrap(void)
{
    struct tcpra_config config = defaults();
    struct conversation c;

    conversation_start(&c, &config);
    send_seg(&c, CLIENT, 0, 0xFFFFFF00u, 0, TCPRA_TH_SYN, 0, 1000);
    send_seg(&c, SERVER, 10, 5000, 0xFFFFFF01u, TCPRA_TH_SYN | A, 0, 1000);
    send_seg(&c, CLIENT, 20, 0xFFFFFF01u, 5001, A, 0, 1000);
    CHECK_EQ(send_seg(&c, CLIENT, 30, 0xFFFFFF01u, 5001, A, 0x200, 1000), 0);   /* crosses 0 */
    CHECK_EQ(send_seg(&c, CLIENT, 31, 0x101, 5001, A, 0x100, 1000), 0);
    send_seg(&c, SERVER, 40, 5001, 0x101, A, 0, 1000);
    CHECK_EQ(send_seg(&c, SERVER, 41, 5001, 0x101, A, 0, 1000), B(DUPLICATE_ACK));
    CHECK_EQ(send_seg(&c, SERVER, 42, 5001, 0x101, A, 0, 1000), B(DUPLICATE_ACK));
    CHECK_EQ(send_seg(&c, CLIENT, 43, 0x101, 5001, A, 0x100, 1000),
             B(FAST_RETRANSMISSION) | B(RETRANSMISSION));
    conversation_end(&c);
}

static void short_or_partial_headers(void)
{
    struct tcpra_config config = defaults();
    struct conversation c;
    struct tcpra_segment s;

    conversation_start(&c, &config);
    s = make_segment(CLIENT, 0, 1000, 0, TCPRA_TH_SYN, 0, 1000);
    s.captured_len = 12;                    /* not even the flags */
    feed(&c, s);
    CHECK(!c.last.analysed);
    s.captured_len = 20;
    s.has_payload_len = false;              /* e.g. quoted in an ICMP error */
    feed(&c, s);
    CHECK(c.last.analysed && !c.last.compat.sequence_analysed);
    s.has_payload_len = true;
    s.header_len = 8;                       /* bogus data offset */
    feed(&c, s);
    CHECK(c.last.compat.sequence_analysed && !c.last.compat.header_complete);
    conversation_end(&c);
}

static void time_going_backwards_is_never_fast(void)
{
    struct tcpra_config config = defaults();
    struct conversation c;

    conversation_start(&c, &config);
    handshake(&c);
    send_seg(&c, CLIENT, 30, 1001, 5001, A, 100, 1000);
    send_seg(&c, CLIENT, 31, 1101, 5001, A, 100, 1000);
    send_seg(&c, SERVER, 40, 5001, 1001, A, 0, 1000);
    send_seg(&c, SERVER, 41, 5001, 1001, A, 0, 1000);
    send_seg(&c, SERVER, 42, 5001, 1001, A, 0, 1000);
    CHECK_EQ(send_seg(&c, CLIENT, 10, 1001, 5001, A, 100, 1000), B(RETRANSMISSION));
    conversation_end(&c);
}

int main(void)
{
    fast_retransmission_table();
    handshake_rtt_sets_reordering_threshold();
    plain_retransmission_refers_to_oldest_unacked();
    syn_retransmission_and_port_reuse();
    connections_seen_once_keep_no_state();
    keep_alive_and_zero_window();
    window_full_uses_the_negotiated_scale();
    sequence_wrap();
    short_or_partial_headers();
    time_going_backwards_is_never_fast();
    return check_report("analyzer");
}
