/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "check.h"
#include "explain.h"
#include "timestamp.h"

static struct tcpra_compat_verdict evaluated(uint32_t classes)
{
    struct tcpra_compat_verdict v;

    memset(&v, 0, sizeof v);
    v.classes = classes;
    v.reasons.evaluated = true;
    v.reasons.seq_not_advanced = true;
    v.reasons.reverse_dupacks = 3;
    v.reasons.reverse_ack_matches = true;
    v.reasons.since_reverse_ns = 4100000;
    v.reasons.since_highest_ns = 25 * TCPRA_NS_PER_MS;
    v.reasons.ooo_threshold_ns = 3 * TCPRA_NS_PER_MS;
    return v;
}

int main(void)
{
    char text[320];
    struct tcpra_compat_config config;
    struct tcpra_compat_verdict v = evaluated(TCPRA_BIT(TCPRA_FAST_RETRANSMISSION));

    /* Dup-ACK threshold 2, fast-retransmit window 20 ms. */
    tcpra_compat_config_defaults(&config);

    tcpra_describe_classes(&v, text, sizeof text);
    CHECK(strcmp(text, "Retransmission, Fast retransmission") == 0);
    tcpra_explain(&v, &config, text, sizeof text);
    CHECK(strcmp(text, "fast retransmission: 3 dup ACKs >= 2, peer ACK == seq, 4.100 ms < 20.000 ms") == 0);

    v = evaluated(TCPRA_BIT(TCPRA_RETRANSMISSION));
    v.reasons.reverse_dupacks = 1;
    v.reasons.since_reverse_ns = 25 * TCPRA_NS_PER_MS;
    tcpra_explain(&v, &config, text, sizeof text);
    CHECK(strstr(text, "1 dup ACK < 2") != NULL);
    CHECK(strstr(text, "25.000 ms >= 20.000 ms") != NULL);
    CHECK(strstr(text, "25.000 ms since highest segment >= 3.000 ms (default)") != NULL);

    v.reasons.since_reverse_ns = (uint64_t)0 - 5;
    tcpra_explain(&v, &config, text, sizeof text);
    CHECK(strstr(text, "time went backwards") != NULL);

    /* Wireshark 4.4's SACK test and 4.6's clock, signed from the peer. */
    v = evaluated(TCPRA_BIT(TCPRA_OUT_OF_ORDER));
    v.reasons.reverse_sack_blocks = 1;
    v.reasons.ooo_clock = TCPRA_OOO_SINCE_PEER;
    v.reasons.since_reverse_ns = (uint64_t)0 - 5;
    v.reasons.ends_at_next_seq = true;
    tcpra_explain(&v, &config, text, sizeof text);
    CHECK(strstr(text, "since peer's last packet < 3.000 ms") != NULL);
    CHECK(strstr(text, "ending where the empty highest segment did") != NULL);
    v.classes = TCPRA_BIT(TCPRA_RETRANSMISSION);
    v.reasons.ends_at_next_seq = false;
    v.reasons.within_unacked = true;
    tcpra_explain(&v, &config, text, sizeof text);
    CHECK(strstr(text, "peer SACK does not cover it") != NULL);
    CHECK(strstr(text, "within an unacknowledged segment") != NULL);

    v = evaluated(0);
    v.reasons.seq_not_advanced = false;        /* new data: nothing to explain */
    tcpra_explain(&v, &config, text, sizeof text);
    CHECK(text[0] == '\0');

    v = evaluated(0);
    v.reasons.evaluated = false;
    tcpra_explain(&v, &config, text, sizeof text);
    CHECK(text[0] == '\0');
    tcpra_describe_classes(&v, text, sizeof text);
    CHECK(text[0] == '\0');

    /* A small buffer truncates, never overflows. */
    v = evaluated(TCPRA_BIT(TCPRA_FAST_RETRANSMISSION));
    tcpra_explain(&v, &config, text, 10);
    CHECK(strlen(text) == 9);
    return check_report("explain");
}
