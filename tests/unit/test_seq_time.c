/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "check.h"
#include "config.h"
#include "seq.h"
#include "timestamp.h"

static void sequence_numbers_wrap(void)
{
    CHECK(seq_after(1, 0xFFFFFFF0u));
    CHECK(seq_before(0xFFFFFFF0u, 1));
    CHECK(!seq_after(5, 5));
    CHECK(seq_at_or_before(5, 5));
    CHECK(seq_at_or_before(0xFFFFFFFFu, 0));
    CHECK(!seq_after(0x80000001u, 1) || !seq_after(1, 0x80000001u));
}

static void elapsed_time_wraps_backwards(void)
{
    tcpra_time t0 = tcpra_time_from(100, 500), t1 = tcpra_time_from(101, 0);

    CHECK_EQ(tcpra_elapsed(t1, t0), 999999500);
    /* Going backwards gives a huge elapsed time, never a small one. */
    CHECK(tcpra_elapsed(t0, t1) > UINT64_MAX / 2);
    CHECK_EQ(tcpra_time_from(-1, 0), (uint64_t)0 - TCPRA_NS_PER_S);
}

static void durations_parse_to_nanoseconds(void)
{
    char err[128];
    uint64_t ns = 0;

    CHECK(tcpra_parse_duration_ms("20", "w", &ns, err, sizeof err));
    CHECK_EQ(ns, 20000000);
    CHECK(tcpra_parse_duration_ms("0.5", "w", &ns, err, sizeof err));
    CHECK_EQ(ns, 500000);
    CHECK(tcpra_parse_duration_ms(" 3.000001 ", "w", &ns, err, sizeof err));
    CHECK_EQ(ns, 3000001);
    CHECK(tcpra_parse_duration_ms("0", "w", &ns, err, sizeof err));
    CHECK_EQ(ns, 0);
    CHECK(tcpra_parse_duration_ms(".25", "w", &ns, err, sizeof err));
    CHECK_EQ(ns, 250000);
    CHECK(!tcpra_parse_duration_ms("0.0000001", "w", &ns, err, sizeof err));
    CHECK(strstr(err, "six decimals") != NULL);
    CHECK(!tcpra_parse_duration_ms("abc", "fast_rtx_window_ms", &ns, err, sizeof err));
    CHECK(strstr(err, "fast_rtx_window_ms") != NULL);
    CHECK(!tcpra_parse_duration_ms("-1", "w", &ns, err, sizeof err));
    CHECK(!tcpra_parse_duration_ms("", "w", &ns, err, sizeof err));
    CHECK(!tcpra_parse_duration_ms(NULL, "w", &ns, err, sizeof err));
    CHECK(!tcpra_parse_duration_ms("99999999999999999999", "w", &ns, err, sizeof err));
    CHECK(tcpra_parse_duration_ms("3600000", "w", &ns, err, sizeof err));
    CHECK(!tcpra_parse_duration_ms("3600000.5", "w", &ns, err, sizeof err));
}

static void dupack_threshold_range(void)
{
    char err[128];

    CHECK(!tcpra_check_dupack_threshold(0, err, sizeof err));
    CHECK(strstr(err, "1..1000") != NULL);
    CHECK(tcpra_check_dupack_threshold(1, err, sizeof err));
    CHECK(tcpra_check_dupack_threshold(1000, err, sizeof err));
    CHECK(!tcpra_check_dupack_threshold(1001, err, sizeof err));
}

static void defaults_are_wiresharks(void)
{
    struct tcpra_config c;

    tcpra_config_defaults(&c);
    CHECK_EQ(c.compat.dupack_threshold, 2);
    CHECK_EQ(c.compat.fast_rtx_window_ns, 20000000);
    CHECK_EQ(c.compat.ooo_threshold_ns, 3000000);
    CHECK_EQ(c.compat.ooo_source, TCPRA_OOO_HANDSHAKE_RTT);
    CHECK(c.compat.fast_rtx_supersedes_ooo);
}

int main(void)
{
    sequence_numbers_wrap();
    elapsed_time_wraps_backwards();
    durations_parse_to_nanoseconds();
    dupack_threshold_range();
    defaults_are_wiresharks();
    return check_report("seq_time");
}
