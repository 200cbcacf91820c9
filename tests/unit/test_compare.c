/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "check.h"
#include "compare.h"
#include "timestamp.h"

/* Every class the built-in can report, as in Wireshark 4.6. */
#define ALL (TCPRA_BIT(TCPRA_CLASS_COUNT) - 1)

int main(void)
{
    struct tcpra_compat_verdict v;
    struct tcpra_compat_config config;
    char text[400];

    /* Dup-ACK threshold 2, fast-retransmit window 20 ms. */
    tcpra_compat_config_defaults(&config);
    memset(&v, 0, sizeof v);
    v.header_complete = true;
    v.classes = B(FAST_RETRANSMISSION);
    v.reasons.evaluated = v.reasons.seq_not_advanced = v.reasons.reverse_ack_matches = true;
    v.reasons.reverse_dupacks = 3;
    v.reasons.since_reverse_ns = 4100000;

    /* Fast implies retransmission on both sides. */
    CHECK(tcpra_agrees(B(FAST_RETRANSMISSION) | B(RETRANSMISSION), ALL, &v));
    CHECK(!tcpra_agrees(B(OUT_OF_ORDER), ALL, &v));
    tcpra_describe_mismatch(B(OUT_OF_ORDER), ALL, &v, &config, text, sizeof text);
    CHECK(strcmp(text, "built-in: Out-of-order, TCPRA: Retransmission, Fast retransmission "
                       "(fast retransmission: 3 dup ACKs >= 2, peer ACK == seq, "
                       "4.100 ms < 20.000 ms)") == 0);

    v.classes = 0;
    v.reasons.evaluated = false;
    tcpra_describe_mismatch(B(DUPLICATE_ACK), ALL, &v, &config, text, sizeof text);
    CHECK(strcmp(text, "built-in: Duplicate ACK, TCPRA: none") == 0);

    /* A note the running Wireshark does not have (4.0: no partial ACK) is
     * not compared; where it has it, it is. */
    v.classes = B(DUPLICATE_ACK) | B(PARTIAL_ACK);
    CHECK(tcpra_agrees(B(DUPLICATE_ACK), ALL & ~B(PARTIAL_ACK), &v));
    CHECK(!tcpra_agrees(B(DUPLICATE_ACK), ALL, &v));
    tcpra_describe_mismatch(0, ALL & ~B(PARTIAL_ACK), &v, &config, text, sizeof text);
    CHECK(strcmp(text, "built-in: none, TCPRA: Duplicate ACK") == 0);
    tcpra_describe_mismatch(B(DUPLICATE_ACK), ALL, &v, &config, text, sizeof text);
    CHECK(strcmp(text, "built-in: Duplicate ACK, TCPRA: Duplicate ACK, Partial ACK") == 0);

    /* Where the capture cut the header the built-in shows nothing. */
    v.header_complete = false;
    v.classes = B(LOST_SEGMENT);
    tcpra_describe_mismatch(0, ALL, &v, &config, text, sizeof text);
    CHECK(strcmp(text, "built-in: none (it stops at the TCP header the capture cut), "
                       "TCPRA: Previous segment not captured") == 0);

    CHECK_EQ(tcpra_primary_class(B(RETRANSMISSION) | B(FAST_RETRANSMISSION) | B(ACK_LOST_SEGMENT)),
             TCPRA_FAST_RETRANSMISSION);
    CHECK_EQ(tcpra_primary_class(B(ZERO_WINDOW) | B(ZERO_WINDOW_PROBE_ACK)), TCPRA_ZERO_WINDOW);
    CHECK_EQ(tcpra_primary_class(B(OUT_OF_ORDER) | B(LOST_SEGMENT)), TCPRA_OUT_OF_ORDER);
    CHECK_EQ(tcpra_primary_class(0), TCPRA_CLASS_COUNT);
    return check_report("compare");
}
