/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "check.h"
#include "options.h"

static void window_scale_is_read_and_capped(void)
{
    const uint8_t syn[] = {2, 4, 5, 0xb4, 1, 3, 3, 7, 4, 2, 0, 0};
    const uint8_t big[] = {3, 3, 20, 0};
    struct tcpra_options o = tcpra_parse_options(syn, sizeof syn, sizeof syn);

    CHECK(o.complete);
    CHECK(o.has_window_scale);
    CHECK_EQ(o.window_scale, 7);
    o = tcpra_parse_options(big, sizeof big, sizeof big);
    CHECK_EQ(o.window_scale, 14);
}

static void malformed_options_end_the_walk(void)
{
    const uint8_t short_len[] = {3, 1, 7, 0};
    const uint8_t wrong_len[] = {3, 4, 7, 0};
    const uint8_t past_end[] = {1, 3, 9, 7};
    const uint8_t after_eol[] = {0, 3, 3, 7};
    const uint8_t lone_kind[] = {1, 1, 1, 3};
    struct tcpra_options o;

    o = tcpra_parse_options(short_len, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
    o = tcpra_parse_options(wrong_len, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
    o = tcpra_parse_options(past_end, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
    o = tcpra_parse_options(after_eol, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
    o = tcpra_parse_options(lone_kind, 4, 4);
    CHECK(o.complete && !o.has_window_scale);
}

static void truncated_capture_is_incomplete(void)
{
    const uint8_t opts[] = {3, 3, 6, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2};

    struct tcpra_options o = tcpra_parse_options(opts, 6, sizeof opts);
    /* The scale came before the cut: it counts; the timestamp was cut. */
    CHECK(!o.complete);
    CHECK(o.has_window_scale);
    CHECK_EQ(o.window_scale, 6);
    o = tcpra_parse_options(opts, 2, sizeof opts);
    CHECK(!o.complete && !o.has_window_scale);
    o = tcpra_parse_options(opts, 0, 4);
    CHECK(!o.complete);
    o = tcpra_parse_options(NULL, 0, 0);
    CHECK(o.complete);
}

int main(void)
{
    window_scale_is_read_and_capped();
    malformed_options_end_the_walk();
    truncated_capture_is_incomplete();
    return check_report("options");
}
